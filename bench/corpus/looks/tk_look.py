"""The corpus screen in Tk (classic widgets, a ttk Treeview for the table); reports its texts.

Run by `make.py` as `python3 tk_look.py SPEC X Y SCALE` (Debian's python3-tk). The scale is
`tk scaling` (points to pixels): fonts are given in points and grow with it, as a Tk program's
do on a scaled display; pixel paddings stay. Once drawn it prints one JSON line with every text's
box on the screen, from Tk's own geometry and font metrics (never from the pixels):

  label, button   Tk centres the text in the widget (TkComputeAnchor): x = (width - text width)
                  / 2, y = (height - linespace) / 2; `font measure` and `font metrics` give the
                  text's size
  list row        `listbox bbox i`, which is the text's box (x, y of the text, its width,
                  the font's linespace)
  menu bar item   the item's box between `menu xposition` of it and of the next item
  table cell      `ttk::treeview bbox item column`, the cell; headings: the heading row
                  above the first item, between the columns' edges

Tk has no ink box: `ink` is null, and `make.py` takes the ink inside these boxes from the
screenshot. A menu item's and a cell's box is the whole item or cell (Tk does not say where in it
the text is), so there the ink is the ink of that box.
"""

import json
import sys
import tkinter as tk
from tkinter import font as tkfont
from tkinter import ttk

spec = [line.split("\t") for line in open(sys.argv[1], encoding="utf-8").read().splitlines()]
X, Y, SCALE = int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
FAMILY, POINTS, SMALL_POINTS = "DejaVu Sans", 9, 7     # 12 px and 9 px at 100 %


def role(name):
    return [(style, text) for r, style, text in spec if r == name]


root = tk.Tk()
root.title("Sagsoversigt")
root.tk.call("tk", "scaling", 96 / 72 * SCALE)
p = lambda n: int(round(n * SCALE))      # paddings a careful program scales itself
normal = tkfont.Font(root, family=FAMILY, size=POINTS)
bold = tkfont.Font(root, family=FAMILY, size=POINTS, weight="bold")
small = tkfont.Font(root, family=FAMILY, size=SMALL_POINTS)
root.option_add("*Font", normal)
bg = "#d9d9d9"
root.configure(bg=bg)

bar = tk.Menu(root, tearoff=0)
for style, text in role("menu"):
    sub = tk.Menu(bar, tearoff=0)
    sub.add_command(label="Luk")
    bar.add_cascade(label=text, menu=sub, underline=0 if style == "mnemonic" else -1)
root.configure(menu=bar)

body = tk.Frame(root, bg=bg, padx=p(10), pady=p(10))
body.pack(fill="both", expand=True)
widgets = []     # (widget, text, kind, style, font)
for i, ((_, name), (_, value)) in enumerate(zip(role("formlabel"), role("formvalue"))):
    for col, text in ((0, name), (1, value)):
        lab = tk.Label(body, text=text, bg=bg, font=normal, anchor="w")
        lab.grid(row=i, column=col, sticky="w", padx=p(4), pady=p(2))
        widgets.append((lab, text, "label", "normal", normal))
for n, (style, text) in enumerate(role("label")):
    f = {"bold": bold, "small": small}.get(style, normal)
    lab = tk.Label(body, text=text, bg=bg, font=f, anchor="w")
    if style == "disabled":
        lab.configure(state="disabled")
    lab.grid(row=3 + n // 2, column=n % 2, sticky="w", padx=p(4), pady=p(2))
    widgets.append((lab, text, "label", style, f))
buttons = tk.Frame(body, bg=bg)
buttons.grid(row=5, column=0, columnspan=3, sticky="w", pady=p(6))
for style, text in role("button"):
    b = tk.Button(buttons, text=text, font=normal, padx=p(10), pady=p(2), takefocus=0)
    if style == "mnemonic":
        b.configure(underline=0)
    elif style == "coloured":
        b.configure(bg="#2e7d32", fg="#ffffff", activebackground="#2e7d32", activeforeground="#ffffff")
    elif style == "disabled":
        b.configure(state="disabled")
    b.pack(side="left", padx=p(3))
    widgets.append((b, text, "button", style, normal))

rows = role("list")
lb = tk.Listbox(body, font=normal, height=len(rows), width=20, exportselection=False,
                selectbackground="#3465a4", selectforeground="white", activestyle="none")
for _, text in rows:
    lb.insert("end", text)
for i, (style, _) in enumerate(rows):
    if style == "selected":
        lb.selection_set(i)
lb.grid(row=6, column=0, sticky="nw", padx=p(4), pady=p(4))

headers = [text for _, text in role("header")]
cells = [text for _, text in role("cell")]
ttk.Style(root).configure("Treeview", font=normal, rowheight=normal.metrics("linespace") + p(6))
ttk.Style(root).configure("Treeview.Heading", font=normal)
tree = ttk.Treeview(body, columns=list(range(len(headers))), show="headings",
                    height=len(cells) // len(headers), selectmode="none")
for i, (text, width) in enumerate(zip(headers, (70, 130, 100))):
    tree.heading(i, text=text, anchor="w")
    tree.column(i, width=p(width), anchor="w", stretch=False)
items = [tree.insert("", "end", values=cells[r * len(headers):(r + 1) * len(headers)])
         for r in range(len(cells) // len(headers))]
tree.grid(row=6, column=1, columnspan=2, sticky="nw", padx=p(4), pady=p(4))
root.geometry(f"+{X}+{Y}")


def entry(text, kind, style, box, f, exact):
    name = f"{f.actual('family')} {f.actual('size')}pt{' bold' if f.actual('weight') == 'bold' else ''}"
    return {"text": text, "kind": kind, "style": style, "text_box": [int(v) for v in box],
            "ink": None, "ink_from": None, "box_is": "text" if exact else "item", "font": name}


def report():
    root.update_idletasks()
    out = []
    # The menu bar is a clone of `bar` that Tk puts above the window's client area.
    clone = [c for c in root.tk.call("winfo", "children", ".") if str(c).startswith(".#")]
    mb = str(clone[0]) if clone else None
    if mb:
        mx, my = root.tk.call("winfo", "rootx", mb), root.tk.call("winfo", "rooty", mb)
        mh = root.tk.call("winfo", "height", mb)
        menus = role("menu")
        xs = [int(root.tk.call(mb, "xposition", i)) for i in range(len(menus))]
        for i, (style, text) in enumerate(menus):
            right = xs[i + 1] if i + 1 < len(xs) else xs[i] + normal.measure(text) + p(20)
            y0 = int(root.tk.call(mb, "yposition", i))
            # Less the menu bar's raised border at its bottom (2 px).
            out.append(entry(text, "menu", style, (mx + xs[i], my + y0, right - xs[i], mh - y0 - 3),
                             normal, False))
    for w, text, kind, style, f in widgets:
        tw, ls = f.measure(text), f.metrics("linespace")
        x = w.winfo_rootx() + (w.winfo_width() - tw) // 2
        y = w.winfo_rooty() + (w.winfo_height() - ls) // 2
        out.append(entry(text, kind, style, (x, y, tw, ls), f, True))
    for i, (style, text) in enumerate(rows):
        x, y, w, h = lb.bbox(i)
        out.append(entry(text, "list_row", style, (lb.winfo_rootx() + x, lb.winfo_rooty() + y, w, h),
                         normal, True))
    tx, ty = tree.winfo_rootx(), tree.winfo_rooty()
    for i, text in enumerate(headers):
        x, y, w, h = tree.bbox(items[0], i)
        # Inside the heading's raised border (2 px each side).
        out.append(entry(text, "table_header", "normal", (tx + x + 3, ty + 3, w - 6, y - 6),
                         normal, False))
    for r, item in enumerate(items):
        for c in range(len(headers)):
            x, y, w, h = tree.bbox(item, c)
            out.append(entry(cells[r * len(headers) + c], "table_cell", "normal",
                             (tx + x, ty + y, w, h), normal, False))
    print(json.dumps({"toolkit": f"Tk {root.tk.call('info', 'patchlevel')}",
                      "window": [root.winfo_rootx(), root.winfo_rooty() - (int(mh) if mb else 0),
                                 root.winfo_width(), root.winfo_height() + (int(mh) if mb else 0)],
                      "entries": out}, ensure_ascii=False), flush=True)


root.after(700, report)
root.mainloop()
