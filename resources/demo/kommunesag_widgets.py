"""The look of KommuneSag 2003: grey classic widgets, boxed buttons, a blue banner, dialogs.

Standard library only. Sizes are given at scale 1 and multiplied by the `--scale` factor; fonts are
in points and follow Tk's scaling, which is set to scale x 96 dpi.
"""

from __future__ import annotations

import tkinter as tk
from tkinter import font as tkfont
from tkinter import ttk
from typing import Callable

GREY = "#d4d0c8"
GREY_LIGHT = "#e4e1da"
READONLY = "#ece9e2"
BLUE = "#0a246a"
BLUE_LIGHT = "#a6caf0"
FAMILY = "DejaVu Sans"


class Look:
    def __init__(self, root: tk.Tk, scale: float):
        self.root = root
        self.scale = scale
        root.tk.call("tk", "scaling", 96.0 / 72.0 * scale)
        family = FAMILY if FAMILY in tkfont.families(root) else "TkDefaultFont"
        self.normal = tkfont.Font(root, name="KSNormal", family=family, size=11)
        self.bold = tkfont.Font(root, name="KSBold", family=family, size=11, weight="bold")
        # Dialog headings: larger, not bold (bold strokes at 2x scaling read badly by OCR).
        self.heading = tkfont.Font(root, name="KSHeading", family=family, size=12)
        self.small = tkfont.Font(root, name="KSSmall", family=family, size=10)
        self.banner_font = tkfont.Font(root, name="KSBanner", family=family, size=15, weight="bold")
        mono = "DejaVu Sans Mono" if "DejaVu Sans Mono" in tkfont.families(root) else "TkFixedFont"
        self.mono = tkfont.Font(root, name="KSMono", family=mono, size=10)
        for name in ("TkDefaultFont", "TkTextFont", "TkMenuFont", "TkHeadingFont"):
            try:
                tkfont.nametofont(name).configure(family=family, size=11)
            except tk.TclError:
                pass
        opt = root.option_add
        opt("*Font", "KSNormal")
        opt("*Background", GREY)
        opt("*HighlightBackground", GREY)
        opt("*HighlightThickness", 0)
        opt("*Entry.HighlightThickness", 1)
        opt("*Button.HighlightThickness", 1)
        opt("*Checkbutton.HighlightThickness", 1)
        opt("*Text.HighlightThickness", 1)
        opt("*Listbox.HighlightThickness", 1)
        opt("*HighlightColor", "black")
        opt("*activeBackground", GREY_LIGHT)
        opt("*activeForeground", "black")
        opt("*disabledForeground", "#8a877f")
        opt("*selectBackground", BLUE)
        opt("*selectForeground", "white")
        opt("*Entry.Background", "white")
        opt("*Entry.readonlyBackground", READONLY)
        opt("*Entry.Relief", "sunken")
        opt("*Entry.BorderWidth", 2)
        opt("*Button.Relief", "raised")
        opt("*Button.BorderWidth", 2)
        opt("*Checkbutton.selectColor", "white")
        opt("*Labelframe.Relief", "groove")
        opt("*Labelframe.BorderWidth", 2)
        opt("*Labelframe.Font", "KSNormal")
        opt("*Menu.Relief", "raised")
        opt("*Menu.activeBackground", BLUE)
        opt("*Menu.activeForeground", "white")
        opt("*Menu.activeBorderWidth", 0)
        opt("*TCombobox*Listbox.font", "KSNormal")
        opt("*TCombobox*Listbox.background", "white")
        root.configure(background=GREY)
        style = ttk.Style(root)
        style.theme_use("alt")
        style.configure("TCombobox", fieldbackground="white", background=GREY,
                        arrowsize=self.px(14), padding=1)
        style.map("TCombobox", fieldbackground=[("readonly", "white")])

    def px(self, n: float) -> int:
        return int(round(n * self.scale))

    def button(self, parent: tk.Misc, text: str, command: Callable[[], None]) -> tk.Button:
        return tk.Button(parent, text=text, command=command, width=9, padx=self.px(6),
                         pady=self.px(2))

    def banner(self, parent: tk.Misc, title: str, subtitle: str) -> tk.Frame:
        bar = tk.Frame(parent, bg=BLUE, padx=self.px(12), pady=self.px(6))
        tk.Label(bar, text=title, bg=BLUE, fg="white", font=self.banner_font).pack(side="left")
        tk.Label(bar, text=subtitle, bg=BLUE, fg=BLUE_LIGHT, font=self.normal).pack(
            side="right", padx=(self.px(16), 0))
        return bar

    def status_cell(self, parent: tk.Misc, text: str, expand: bool = False) -> tk.Label:
        cell = tk.Label(parent, text=text, relief="sunken", bd=1, anchor="w", font=self.small,
                        padx=self.px(6), pady=self.px(1))
        cell.pack(side="left", fill="x", expand=expand, padx=(0, self.px(2)))
        return cell


def centre_over(win: tk.Toplevel, parent: tk.Misc) -> None:
    """Place a dialog in the middle of its parent window."""
    win.update_idletasks()
    w, h = win.winfo_reqwidth(), win.winfo_reqheight()
    x = parent.winfo_rootx() + (parent.winfo_width() - w) // 2
    y = parent.winfo_rooty() + (parent.winfo_height() - h) // 3
    win.geometry("+%d+%d" % (max(0, x), max(0, y)))


def _icon(look: Look, parent: tk.Misc, kind: str) -> tk.Canvas:
    size = look.px(36)
    c = tk.Canvas(parent, width=size, height=size, highlightthickness=0, bg=GREY)
    pad = look.px(2)
    if kind == "error":
        c.create_oval(pad, pad, size - pad, size - pad, fill="#c00000", outline="#600000")
        m = look.px(11)
        c.create_line(m, m, size - m, size - m, fill="white", width=look.px(4))
        c.create_line(m, size - m, size - m, m, fill="white", width=look.px(4))
    else:
        c.create_oval(pad, pad, size - pad, size - pad, fill="#1f4fbf", outline="#0a246a")
        r = look.px(3)
        cx = size // 2
        c.create_oval(cx - r, look.px(8), cx + r, look.px(8) + 2 * r, fill="white", outline="")
        c.create_rectangle(cx - r + 1, look.px(16), cx + r - 1, size - look.px(8), fill="white",
                           outline="")
    return c


def message_dialog(look: Look, parent: tk.Misc, title: str, heading: str, lines: list[str],
                   kind: str = "info", on_close: Callable[[], None] | None = None) -> tk.Toplevel:
    """A modal message box with an icon, a heading, a few lines and an "OK" button."""
    px = look.px
    win = tk.Toplevel(parent)
    win.withdraw()
    win.title(title)
    win.resizable(False, False)
    win.transient(parent)
    body = tk.Frame(win, padx=px(18), pady=px(14))
    body.pack(fill="both", expand=True)
    _icon(look, body, kind).grid(row=0, column=0, rowspan=len(lines) + 1, sticky="n",
                                 padx=(0, px(14)))
    tk.Label(body, text=heading, font=look.heading, anchor="w").grid(row=0, column=1, sticky="w")
    for i, line in enumerate(lines, start=1):
        tk.Label(body, text=line, anchor="w", justify="left").grid(row=i, column=1, sticky="w",
                                                                  pady=(px(4), 0))

    def close(_event=None) -> None:
        try:
            win.grab_release()
        except tk.TclError:
            pass
        win.destroy()
        if on_close is not None:
            on_close()

    # A minimum width, so the window manager shows the whole title.
    tk.Frame(body, width=px(280), height=0).grid(row=len(lines) + 1, column=1, sticky="w")
    ok = tk.Button(win, text="OK", command=close, width=9, padx=px(6), pady=px(2))
    ok.pack(pady=(0, px(12)))
    win.protocol("WM_DELETE_WINDOW", close)
    win.bind("<Return>", close)
    win.bind("<Escape>", close)
    centre_over(win, parent)
    win.deiconify()
    win.lift()
    win.wait_visibility()
    try:
        win.grab_set()
    except tk.TclError:
        pass
    ok.focus_force()
    return win
