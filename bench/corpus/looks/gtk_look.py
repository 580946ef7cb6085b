"""The corpus screen in GTK 3 (Adwaita, Debian's python3-gi); reports where its texts are drawn.

Run by `make.py` as `python3 gtk_look.py SPEC X Y` with GDK_SCALE (200 %) or GDK_DPI_SCALE
(125 and 150 %: GTK 3 scales only text by fractions) set. Once drawn it prints one JSON line
with every text's box on the screen, from GTK's own layout (never from the pixels):

  labels (also inside buttons, menu items, list rows and column headings)
            `gtk_label_get_layout_offsets` (where the label draws its Pango layout, in its
            window) plus the layout's pixel extents: the logical box and the ink box
  table cells  the cell area (`gtk_tree_view_get_cell_area`) and a layout of the cell's text made
            in the view's Pango context, placed the way GtkCellRendererText places it (xalign 0,
            yalign 0.5, the renderer's padding)

times the window's scale factor, in screen pixels.
"""

import json
import sys

import gi

gi.require_version("Gtk", "3.0")
from gi.repository import Gdk, GLib, Gtk  # noqa: E402

spec = [line.split("\t") for line in open(sys.argv[1], encoding="utf-8").read().splitlines()]
X, Y = int(sys.argv[2]), int(sys.argv[3])


def role(name):
    return [(style, text) for r, style, text in spec if r == name]


Gtk.Settings.get_default().set_property("gtk-font-name", "DejaVu Sans 9")
css = Gtk.CssProvider()
css.load_from_data(b"""
button.coloured { background-image: none; background-color: #2e7d32; color: #ffffff; }
label.bold { font-weight: bold; }
label.small { font-size: 7pt; }
""")
Gtk.StyleContext.add_provider_for_screen(Gdk.Screen.get_default(), css,
                                         Gtk.STYLE_PROVIDER_PRIORITY_APPLICATION)

win = Gtk.Window(title="Sagsoversigt")
win.connect("destroy", Gtk.main_quit)
outer = Gtk.Box(orientation=Gtk.Orientation.VERTICAL)
win.add(outer)
labels = []     # (label widget, text, kind, style)

bar = Gtk.MenuBar()
for style, text in role("menu"):
    item = Gtk.MenuItem.new_with_mnemonic("_" + text)
    sub = Gtk.Menu()
    sub.append(Gtk.MenuItem(label="Luk"))
    item.set_submenu(sub)
    bar.append(item)
    labels.append((item.get_child(), text, "menu", style))
outer.pack_start(bar, False, False, 0)

grid = Gtk.Grid(column_spacing=16, row_spacing=6, margin=12)
outer.pack_start(grid, True, True, 0)
for i, ((_, name), (_, value)) in enumerate(zip(role("formlabel"), role("formvalue"))):
    for col, text in ((0, name), (1, value)):
        lab = Gtk.Label(label=text, xalign=0)
        grid.attach(lab, col, i, 1, 1)
        labels.append((lab, text, "label", "normal"))
for n, (style, text) in enumerate(role("label")):
    lab = Gtk.Label(label=text, xalign=0)
    if style in ("bold", "small"):
        lab.get_style_context().add_class(style)
    if style == "disabled":
        lab.set_sensitive(False)
    grid.attach(lab, n % 2, 3 + n // 2, 1, 1)
    labels.append((lab, text, "label", style))
box = Gtk.Box(spacing=6)
for style, text in role("button"):
    b = Gtk.Button.new_with_mnemonic("_" + text) if style == "mnemonic" else Gtk.Button(label=text)
    b.set_can_focus(False)
    if style == "coloured":
        b.get_style_context().add_class("coloured")
    if style == "disabled":
        b.set_sensitive(False)
    box.pack_start(b, False, False, 0)
    labels.append((b.get_child(), text, "button", style))
grid.attach(box, 0, 5, 3, 1)

listbox = Gtk.ListBox()
listbox.set_selection_mode(Gtk.SelectionMode.SINGLE)
for style, text in role("list"):
    lab = Gtk.Label(label=text, xalign=0, margin_start=6, margin_end=6, margin_top=3,
                    margin_bottom=3)
    row = Gtk.ListBoxRow()
    row.set_can_focus(False)
    row.add(lab)
    listbox.add(row)
    labels.append((lab, text, "list_row", style))
    if style == "selected":
        selected_row = row
frame = Gtk.Frame()
frame.add(listbox)
frame.set_valign(Gtk.Align.START)
grid.attach(frame, 0, 6, 1, 1)

headers = [text for _, text in role("header")]
cells = [text for _, text in role("cell")]
store = Gtk.ListStore(*([str] * len(headers)))
for r in range(len(cells) // len(headers)):
    store.append(cells[r * len(headers):(r + 1) * len(headers)])
tree = Gtk.TreeView(model=store)
tree.set_can_focus(False)
tree.get_selection().set_mode(Gtk.SelectionMode.NONE)
tree.set_grid_lines(Gtk.TreeViewGridLines.NONE)
columns = []
for i, (text, width) in enumerate(zip(headers, (70, 130, 100))):
    renderer = Gtk.CellRendererText()
    col = Gtk.TreeViewColumn(None, renderer, text=i)
    head = Gtk.Label(label=text)
    head.show()
    col.set_widget(head)
    col.set_fixed_width(width)
    col.set_sizing(Gtk.TreeViewColumnSizing.FIXED)
    tree.append_column(col)
    columns.append((col, renderer))
    labels.append((head, text, "table_header", "normal"))
tframe = Gtk.Frame()
tframe.add(tree)
tframe.set_valign(Gtk.Align.START)
grid.attach(tframe, 1, 6, 2, 1)

win.show_all()
listbox.select_row(selected_row)
scale = win.get_scale_factor()
win.move(X // scale, Y // scale)


def rect(x0, y0, r, origin):
    """A Pango pixel rectangle at layout position (x0, y0) in a window -> screen pixels."""
    return [(origin[0] + x0 + r.x) * scale, (origin[1] + y0 + r.y) * scale,
            r.width * scale, r.height * scale]


def font_of(widget):
    d = widget.get_pango_context().get_font_description()
    return d.to_string()


def report():
    out = []
    win.set_mnemonics_visible(True)
    for lab, text, kind, style in labels:
        layout = lab.get_layout()
        ink, logical = layout.get_pixel_extents()
        ox, oy = lab.get_layout_offsets()
        _, wx, wy = lab.get_window().get_origin()
        out.append({"text": text, "kind": kind, "style": style,
                    "text_box": rect(ox, oy, logical, (wx, wy)),
                    "ink": rect(ox, oy, ink, (wx, wy)), "ink_from": "toolkit",
                    "font": font_of(lab) + (" bold" if style == "bold" else "")})
    _, bx, by = tree.get_bin_window().get_origin()
    for r in range(len(cells) // len(headers)):
        for c, (col, renderer) in enumerate(columns):
            text = cells[r * len(headers) + c]
            area = tree.get_cell_area(Gtk.TreePath(r), col)
            layout = tree.create_pango_layout(text)
            ink, logical = layout.get_pixel_extents()
            xpad, ypad = renderer.get_padding()
            xalign, yalign = renderer.get_alignment()
            # GtkCellRendererText: the layout is aligned in the area less the padding.
            x_off = max(0, int(xalign * (area.width - (logical.width + 2 * xpad))))
            y_off = max(0, int(yalign * (area.height - (logical.height + 2 * ypad))))
            x0, y0 = area.x + x_off + xpad, area.y + y_off + ypad
            out.append({"text": text, "kind": "table_cell", "style": "normal",
                        "text_box": rect(x0, y0, logical, (bx, by)),
                        "ink": rect(x0, y0, ink, (bx, by)), "ink_from": "toolkit",
                        "font": font_of(tree)})
    ok, fx, fy = win.get_window().get_origin()
    frame_ext = win.get_window().get_frame_extents()
    print(json.dumps({"toolkit": "GTK %d.%d.%d Adwaita" % (Gtk.get_major_version(),
                                                       Gtk.get_minor_version(),
                                                       Gtk.get_micro_version()),
                      "window": [frame_ext.x * scale, frame_ext.y * scale,
                                 frame_ext.width * scale, frame_ext.height * scale],
                      "entries": out}, ensure_ascii=False), flush=True)
    return False


GLib.timeout_add(900, report)
Gtk.main()
