"""The corpus screen in Qt widgets (PySide6, Fusion style); reports where its texts are drawn.

Run by `make.py` as `python qt_look.py SPEC X Y` with QT_SCALE_FACTOR set for the scale. Once the
window is mapped and drawn it prints one JSON line: every text with its box on the screen in
physical pixels, computed from the widgets' geometry, the style's sub-element rectangles and the
font's metrics, the same way Qt itself places the text when it paints (never read back from the
pixels):

  text_box  the logical text box: QFontMetricsF.boundingRect(rect, flags, text), the rectangle
            `QPainter.drawText(rect, flags, text)` lays the text out in
  ink       QFontMetricsF.tightBoundingRect(text) placed on that box's baseline
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QHBoxLayout,
                               QHeaderView, QLabel, QListWidget, QMainWindow, QPushButton,
                               QStyle, QStyleOptionButton, QStyleOptionHeader,
                               QStyleOptionViewItem, QTableWidget, QTableWidgetItem, QWidget)

spec = [line.split("\t") for line in open(sys.argv[1], encoding="utf-8").read().splitlines()]
X, Y = int(sys.argv[2]), int(sys.argv[3])
FAMILY, POINTS, SMALL_PX = "DejaVu Sans", 9, 9


def role(name):
    return [(style, text) for r, style, text in spec if r == name]


app = QApplication([sys.argv[0]])
app.setStyle("Fusion")
app.setFont(QFont(FAMILY, POINTS))
dpr = app.primaryScreen().devicePixelRatio()

win = QMainWindow()
win.setWindowTitle("Sagsoversigt")
entries = []          # (text, kind, style, widget, rect-function)
menu_actions = []
for style, text in role("menu"):
    menu = win.menuBar().addMenu("&" + text)
    menu.addAction("Luk")
    menu_actions.append((text, style, menu.menuAction()))

body = QWidget()
grid = QGridLayout(body)
grid.setContentsMargins(12, 12, 12, 12)
grid.setHorizontalSpacing(16)
labels = []
for i, ((_, name), (_, value)) in enumerate(zip(role("formlabel"), role("formvalue"))):
    for col, text in ((0, name), (1, value)):
        lab = QLabel(text)
        lab.setTextFormat(Qt.PlainText)
        grid.addWidget(lab, i, col)
        labels.append((text, "normal", lab))
row = 3
for n, (style, text) in enumerate(role("label")):
    lab = QLabel(text)
    lab.setTextFormat(Qt.PlainText)
    if style == "bold":
        f = QFont(FAMILY, POINTS)
        f.setBold(True)
        lab.setFont(f)
    elif style == "small":
        f = QFont(FAMILY)
        f.setPixelSize(SMALL_PX)
        lab.setFont(f)
    elif style == "disabled":
        lab.setEnabled(False)
    grid.addWidget(lab, row + n // 2, n % 2)
    labels.append((text, style, lab))
row += 2
bar = QHBoxLayout()
buttons = []
for style, text in role("button"):
    b = QPushButton(("&" + text) if style == "mnemonic" else text)
    b.setAutoDefault(False)
    b.setFocusPolicy(Qt.NoFocus)     # no focus frame drawn round one of them
    if style == "coloured":
        pal = b.palette()
        pal.setColor(QPalette.Button, QColor("#2e7d32"))
        pal.setColor(QPalette.ButtonText, QColor("#ffffff"))
        b.setPalette(pal)
    elif style == "disabled":
        b.setEnabled(False)
    bar.addWidget(b)
    buttons.append((text, style, b))
bar.addStretch(1)
grid.addLayout(bar, row, 0, 1, 3)
row += 1
lst = QListWidget()
for style, text in role("list"):
    lst.addItem(text)
selected = [i for i, (style, _) in enumerate(role("list")) if style == "selected"]
lst.setSelectionMode(QAbstractItemView.SingleSelection)
if selected:
    lst.setCurrentRow(selected[0])
lst.setFocusPolicy(Qt.NoFocus)
lst.setFixedSize(190, 130)
grid.addWidget(lst, row, 0, 1, 1)
headers = [text for _, text in role("header")]
cells = [text for _, text in role("cell")]
table = QTableWidget(len(cells) // len(headers), len(headers))
table.setHorizontalHeaderLabels(headers)
table.verticalHeader().hide()
table.setFocusPolicy(Qt.NoFocus)
for i, text in enumerate(cells):
    table.setItem(i // len(headers), i % len(headers), QTableWidgetItem(text))
table.setColumnWidth(0, 70)
table.setColumnWidth(1, 130)
table.setColumnWidth(2, 100)
table.horizontalHeader().setSectionResizeMode(QHeaderView.Fixed)
table.setFixedSize(306, 130)
grid.addWidget(table, row, 1, 1, 2)
win.setCentralWidget(body)
win.move(round(X / dpr), round(Y / dpr))
win.show()


def physical(widget, rect: QRectF) -> list[int]:
    """A rectangle in `widget`'s logical coordinates -> [x, y, w, h] in screen pixels, rounded
    outwards."""
    import math
    origin = widget.mapToGlobal(QPoint(0, 0))
    x0 = (origin.x() + rect.left()) * dpr
    y0 = (origin.y() + rect.top()) * dpr
    x1 = (origin.x() + rect.right()) * dpr
    y1 = (origin.y() + rect.bottom()) * dpr
    x0, y0 = math.floor(x0), math.floor(y0)
    return [x0, y0, math.ceil(x1) - x0, math.ceil(y1) - y0]


def text_in(widget, rect: QRect, flags, text: str, font: QFont, kind: str, style: str):
    """The entry for `text` drawn by drawText(rect, flags) in `widget` with `font`."""
    fm = QFontMetricsF(font)
    plain = text.replace("&", "")
    logical = fm.boundingRect(QRectF(rect), int(flags) | int(Qt.TextShowMnemonic), text)
    tight = fm.tightBoundingRect(plain)
    base_x, base_y = logical.left(), logical.top() + fm.ascent()
    ink = QRectF(base_x + tight.left(), base_y + tight.top(), tight.width(), tight.height())
    return {"text": plain, "kind": kind, "style": style, "ink": physical(widget, ink),
            "text_box": physical(widget, logical), "ink_from": "toolkit",
            "font": f"{font.family()} {font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF()}"
                    f"{'px' if font.pixelSize() > 0 else 'pt'}{' bold' if font.bold() else ''}"}


def report():
    out = []
    mb = win.menuBar()
    for text, style, action in menu_actions:
        # Fusion draws a menu bar item's text centred in the item (CE_MenuBarItem).
        out.append(text_in(mb, mb.actionGeometry(action), Qt.AlignCenter | Qt.TextSingleLine,
                           "&" + text, mb.font(), "menu", style))
    for text, style, lab in labels:
        out.append(text_in(lab, lab.contentsRect(), lab.alignment(), text, lab.font(), "label", style))
    for text, style, b in buttons:
        opt = QStyleOptionButton()
        opt.initFrom(b)
        opt.text = b.text()
        rect = b.style().subElementRect(QStyle.SE_PushButtonContents, opt, b)
        out.append(text_in(b, rect, Qt.AlignCenter, b.text(), b.font(), "button", style))
    margin = lst.style().pixelMetric(QStyle.PM_FocusFrameHMargin, None, lst) + 1
    for i, (style, text) in enumerate(role("list")):
        out.append(view_item(lst, lst.visualItemRect(lst.item(i)), text, margin, "list_row", style))
    hdr = table.horizontalHeader()
    for i, text in enumerate(headers):
        opt = QStyleOptionHeader()
        opt.initFrom(hdr)
        opt.rect = QRect(hdr.sectionViewportPosition(i), 0, hdr.sectionSize(i), hdr.height())
        opt.text = text
        opt.textAlignment = hdr.defaultAlignment()
        opt.section = i
        rect = hdr.style().subElementRect(QStyle.SE_HeaderLabel, opt, hdr)
        out.append(text_in(hdr.viewport(), rect, hdr.defaultAlignment(), text, hdr.font(),
                           "table_header", "normal"))
    for i, text in enumerate(cells):
        item = table.item(i // len(headers), i % len(headers))
        out.append(view_item(table, table.visualItemRect(item), text, margin, "table_cell", "normal"))
    g = win.frameGeometry()
    print(json.dumps({"toolkit": f"Qt {__import__('PySide6').__version__} Fusion",
                      "window": [round(g.x() * dpr), round(g.y() * dpr), round(g.width() * dpr),
                                 round(g.height() * dpr)],
                      "entries": out}, ensure_ascii=False), flush=True)


def view_item(view, rect: QRect, text: str, margin: int, kind: str, style: str):
    """An item view's row or cell: the style's text rectangle less the focus margin, the text
    aligned left and centred vertically in it (QCommonStyle's viewItemDrawText)."""
    opt = QStyleOptionViewItem()
    opt.initFrom(view)
    opt.rect = rect
    opt.text = text
    opt.features = QStyleOptionViewItem.HasDisplay
    opt.displayAlignment = Qt.AlignLeft | Qt.AlignVCenter
    opt.font = view.font()
    box = view.style().subElementRect(QStyle.SE_ItemViewItemText, opt, view)
    box = box.adjusted(margin, 0, -margin, 0)
    fm = QFontMetricsF(view.font())
    size = QSize(round(fm.horizontalAdvance(text)), round(fm.height()))
    aligned = QStyle.alignedRect(Qt.LeftToRight, Qt.AlignLeft | Qt.AlignVCenter, size, box)
    return text_in(view.viewport(), aligned, Qt.AlignLeft | Qt.AlignVCenter, text, view.font(),
                   kind, style)


QTimer.singleShot(800, report)
app.exec()
