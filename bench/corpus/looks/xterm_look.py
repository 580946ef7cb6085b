"""The corpus screen as a text-mode case program in xterm with a bitmap font.

Unlike the other looks, xterm cannot be asked where its text is; it needs no asking: a terminal
is a grid. The screen is written with cursor addressing (row, column) and colours, so every text's
cells are known; the generator then measures the grid itself from X:

  cell size   the font's max_bounds.width and font_ascent + font_descent (XQueryFont), which is
              how xterm sizes its cells
  grid origin the vt100 window's origin on the screen (XTranslateCoordinates) plus xterm's
              internal border (2 px, `-b 2`); checked: the window is exactly columns x cell width
              (+ 2 borders) wide, else it raises
  ink         XQueryTextExtents of the text in the font, at its first cell's baseline

Scales are bitmap fonts of Debian's xfonts-base, as one picks a larger terminal font:
6x13 (100 %), 8x16 (125 %), 9x18 (150 %), 12x24 (200 %). A terminal has one font, so the
"small" label is drawn in it too (style normal); mnemonics are underlined letters, buttons are
[ Brackets ], the coloured button has a green background, disabled text is grey, the selected
list row is reverse video.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

FONTS = {   # scale: (normal, bold or None: xterm then overstrikes)
    1.0: ("-misc-fixed-medium-r-semicondensed--13-120-75-75-c-60-iso10646-1",
          "-misc-fixed-bold-r-semicondensed--13-120-75-75-c-60-iso10646-1"),
    1.25: ("-sony-fixed-medium-r-normal--16-120-100-100-c-80-iso8859-1", None),
    1.5: ("-misc-fixed-medium-r-normal--18-120-100-100-c-90-iso10646-1",
          "-misc-fixed-bold-r-normal--18-120-100-100-c-90-iso10646-1"),
    2.0: ("-sony-fixed-medium-r-normal--24-170-100-100-c-120-iso8859-1", None),
}
BORDER = 2
COLS, ROWS = 72, 18
ESC = "\x1b"


def layout(content) -> list[tuple[int, int, str, str, str, str]]:
    """(row, column, text, kind, style, SGR codes) of every text, from the content's roles."""
    def role(name):
        return [(style, text) for r, style, text in content if r == name]

    out = []
    col = 1
    for style, text in role("menu"):
        out.append((0, col, text, "menu", "mnemonic", "7"))
        col += len(text) + 3
    for i, ((_, name), (_, value)) in enumerate(zip(role("formlabel"), role("formvalue"))):
        out.append((2 + i, 2, name, "label", "normal", ""))
        out.append((2 + i, 18, value, "label", "normal", ""))
    for n, (style, text) in enumerate(role("label")):
        sgr = {"bold": "1", "disabled": "90"}.get(style, "")
        shown = style if style in ("bold", "disabled") else "normal"
        out.append((6 + n // 2, 2 if n % 2 == 0 else 18, text, "label", shown, sgr))
    col = 2
    for style, text in role("button"):
        sgr = {"coloured": "97;42", "disabled": "90"}.get(style, "")
        out.append((9, col + 2, text, "button", style, sgr))
        col += len(text) + 6
    for i, (style, text) in enumerate(role("list")):
        out.append((11 + i, 2, text, "list_row", style, "7" if style == "selected" else ""))
    starts = (28, 36, 52)
    for c, (_, text) in enumerate(role("header")):
        out.append((11, starts[c], text, "table_header", "bold", "1"))
    cells = [text for _, text in role("cell")]
    for i, text in enumerate(cells):
        out.append((13 + i // 3, starts[i % 3], text, "table_cell", "normal", ""))
    return out


def screen_bytes(items) -> str:
    """The escape sequences that draw `items`: plain frames around buttons, the menu bar as one
    reverse-video line, a rule under the table's headings, the selected row padded."""
    s = [ESC + "[?25l", ESC + "[2J"]
    s.append(f"{ESC}[1;1H{ESC}[7m{' ' * COLS}{ESC}[0m")
    for row, col, text, kind, style, sgr in items:
        s.append(f"{ESC}[{row + 1};{col + 1}H")
        if kind == "button":
            s.append(f"{ESC}[{row + 1};{col - 1}H[ ")
        on = f"{ESC}[0;{sgr}m" if sgr else f"{ESC}[0m"
        if style == "mnemonic":
            s.append(f"{on}{ESC}[4m{text[0]}{ESC}[24m{text[1:]}")
        elif kind == "list_row" and style == "selected":
            s.append(f"{on}{text.ljust(22)}")
        else:
            s.append(on + text)
        s.append(f"{ESC}[0m" + ("" if kind != "menu" else f"{ESC}[7m"))
        if kind == "button":
            s.append(" ]")
        s.append(f"{ESC}[0m")
    s.append(f"{ESC}[13;29H{ESC}[0m" + "\u2500" * 40)   # under the headings (row 11)
    s.append(f"{ESC}[{ROWS};1H")
    return "".join(s)


def start(env: dict, scale: float, content, build: Path):
    from Xlib import display as xdisplay

    font, bold = FONTS[scale]
    items = layout(content)
    script = build / f"xterm_screen_{scale:g}.txt"
    script.write_text(screen_bytes(items), encoding="utf-8")
    cmd = ["xterm", "-T", "Sagsoversigt", "-n", "Sagsoversigt", "-u8", "-fn", font,
           "-b", str(BORDER), "-geometry", f"{COLS}x{ROWS}+60+50", "-bg", "white", "-fg", "black",
           "+sb", "-xrm", "XTerm*allowBoldFonts: true"]
    if bold:
        cmd += ["-fb", bold]
    cmd += ["-e", "sh", "-c", f"cat '{script}'; exec sleep 100000"]
    e = dict(env, LANG="C.UTF-8", LC_ALL="C.UTF-8")
    proc = subprocess.Popen(cmd, env=e, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    d = xdisplay.Display(env["DISPLAY"])
    try:
        vt, shell = _wait_for_vt100(d, proc)
        time.sleep(0.6)
        fnt = d.open_font(font)
        info = fnt.query()
        cw, asc, desc = info.max_bounds.character_width, info.font_ascent, info.font_descent
        ch = asc + desc
        geo = vt.get_geometry()
        if geo.width != COLS * cw + 2 * BORDER or geo.height != ROWS * ch + 2 * BORDER:
            raise RuntimeError(f"xterm's window {geo.width}x{geo.height} is not a {COLS}x{ROWS} "
                               f"grid of {cw}x{ch} cells with {BORDER} px borders")
        root = d.screen().root
        org = root.translate_coords(vt, 0, 0)
        ox, oy = org.x, org.y
        entries = []
        for row, col, text, kind, style, sgr in items:
            x = ox + BORDER + col * cw
            top = oy + BORDER + row * ch
            ext = fnt.query_text_extents([ord(c) for c in text])   # CHAR2B: row, column
            base = top + asc
            ink = [x + ext.overall_left, base - ext.overall_ascent,
                   ext.overall_right - ext.overall_left, ext.overall_ascent + ext.overall_descent]
            entries.append({"text": text, "kind": kind, "style": style,
                            "text_box": [x, top, len(text) * cw, ch], "ink": ink,
                            "ink_from": "font metrics", "font": font})
        sg = shell.get_geometry()
        so = root.translate_coords(shell, 0, 0)
        report = {"toolkit": f"xterm {_version()} bitmap font", "window": [so.x, so.y, sg.width, sg.height],
                  "entries": entries}
        return proc, report
    finally:
        d.close()


def _wait_for_vt100(d, proc, timeout=15.0):
    """The xterm's top window (titled Sagsoversigt) and its vt100 child window."""
    deadline = time.monotonic() + timeout
    root = d.screen().root
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("xterm exited: " + proc.stderr.read().decode(errors="replace"))
        for w in _all_windows(root):
            try:
                if w.get_wm_name() == "Sagsoversigt" and w.get_attributes().map_state == 2:
                    kids = [k for k in w.query_tree().children if k.get_attributes().map_state == 2]
                    if kids:
                        return kids[0], w
            except Exception:
                continue
        time.sleep(0.1)
    raise TimeoutError("xterm's window did not appear")


def _all_windows(w):
    for k in w.query_tree().children:
        yield k
        yield from _all_windows(k)


def _version() -> str:
    out = subprocess.run([shutil.which("xterm") or "xterm", "-version"], capture_output=True,
                         text=True).stdout.strip()
    return out.split("(")[-1].rstrip(")") if "(" in out else out
