"""The picture part of the anchor editor: a recorded screenshot with the anchor box and click point.

Drag inside the box to move it, drag a corner to resize it, click anywhere without dragging to
set the click point. Matches from "Find nu" are drawn on top (green: the match, orange: rivals).
A drag step has two anchors: the one being edited, and its other end drawn dashed (the companion)
with an arrow from where the button goes down to where it is let go.
Coordinates are the screenshot's own pixels (= screen pixels at record time).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

ANCHOR = QColor("#1f6fd1")
POINT = QColor("#d12f1f")
MATCH = QColor("#2e7d32")
RIVAL = QColor("#ef8a00")
COMPANION = QColor("#6b7785")
HANDLE = 7
MAX_PAIR_VIEW = (1100, 700)  # screen pixels: a drag's two ends are shown together up to this


class AnchorCanvas(QWidget):
    boxChanged = Signal(int, int, int, int)
    pointChanged = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.image: QImage | None = None
        self.box: QRect | None = None
        self.point: tuple[int, int] | None = None
        self.matches: list[tuple[QRect, str, bool]] = []  # rect, label, is_best
        self.label = self.tr("Anker")  # the tag on the edited box
        # A drag's other end: its box, point and tag; `arrow_to_companion` says which way the
        # drag goes (True: from the edited anchor to the companion).
        self.companion: tuple[QRect, tuple[int, int] | None, str] | None = None
        self.arrow_to_companion = True
        self.focus_rect: QRect | None = None  # what part of the image to show (zoom)
        self._drag: str | None = None
        self._press: QPointF | None = None
        self._start_box: QRect | None = None
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMouseTracking(True)
        self.setCursor(Qt.CrossCursor)

    def sizeHint(self):
        return QSize(560, 320)

    # -- state ---------------------------------------------------------------------------------
    def set_image(self, image: QImage | None) -> None:
        self.image = image
        self.update()

    def set_anchor(self, box: tuple[int, int, int, int] | None, point: tuple[int, int] | None,
                   label: str | None = None):
        self.box = QRect(*box) if box else None
        self.point = point
        if label is not None:
            self.label = label
        if self.box is not None and self.image is not None:
            # show the neighbourhood of the anchor, large enough to recognise where it is
            w = max(self.box.width() * 6, 480)
            h = int(w * 0.6)
            c = self.box.center()
            r = QRect(c.x() - w // 2, c.y() - h // 2, w, h)
            if self.companion is not None:
                # A drag: both ends in one view (the same for either end, so switching does not
                # jump), where that view is still small enough to edit in.
                both = self.box.united(self.companion[0]).adjusted(-60, -60, 60, 60)
                if both.width() <= MAX_PAIR_VIEW[0] and both.height() <= MAX_PAIR_VIEW[1]:
                    w = max(both.width(), 480, int(both.height() / 0.6))
                    h = max(both.height(), int(w * 0.6))
                    c = both.center()
                    r = QRect(c.x() - w // 2, c.y() - h // 2, w, h)
            self.focus_rect = r.intersected(self.image.rect()) if not self.image.rect().contains(r) else r
        else:
            self.focus_rect = self.image.rect() if self.image is not None else None
        self.update()

    def set_companion(self, box: tuple[int, int, int, int] | None, point: tuple[int, int] | None,
                      label: str = "", arrow_to_companion: bool = True) -> None:
        """The drag's other end (not edited here), or None. Call before `set_anchor`."""
        self.companion = (QRect(*box), point, label) if box else None
        self.arrow_to_companion = arrow_to_companion
        self.update()

    def set_matches(self, matches: list[tuple[QRect, str, bool]]) -> None:
        self.matches = matches
        self.update()

    def focus_on(self, rect: QRect) -> None:
        """Show the neighbourhood of `rect` (image pixels), large enough to see where it is."""
        if self.image is None:
            return
        w = max(rect.width() + 240, 480)
        h = max(rect.height() + 160, int(w * 0.6))
        w = max(w, int(h / 0.6))
        c = rect.center()
        r = QRect(c.x() - w // 2, c.y() - h // 2, w, h)
        self.focus_rect = r if self.image.rect().contains(r) else r.intersected(self.image.rect())
        self.update()

    def show_whole(self) -> None:
        if self.image is not None:
            self.focus_rect = self.image.rect()
            self.update()

    # -- mapping -------------------------------------------------------------------------------
    def _view(self) -> tuple[float, float, float]:
        src = self.focus_rect or (self.image.rect() if self.image else QRect(0, 0, 1, 1))
        scale = min(self.width() / max(1, src.width()), self.height() / max(1, src.height()))
        ox = (self.width() - src.width() * scale) / 2 - src.x() * scale
        oy = (self.height() - src.height() * scale) / 2 - src.y() * scale
        return scale, ox, oy

    def to_widget(self, r: QRect) -> QRectF:
        s, ox, oy = self._view()
        return QRectF(r.x() * s + ox, r.y() * s + oy, r.width() * s, r.height() * s)

    def to_image(self, p: QPointF) -> tuple[int, int]:
        s, ox, oy = self._view()
        return (round((p.x() - ox) / s), round((p.y() - oy) / s))

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, _event):
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        p.fillRect(self.rect(), QColor("#3a3f44"))
        if self.image is None:
            p.setPen(QColor("#e0e0e0"))
            p.drawText(self.rect(), Qt.AlignCenter | Qt.TextWordWrap,
                       self.tr("Intet skærmbillede til dette trin.\n"
                               "Optag trinnet, så ses hvor det virker."))
            return
        src = self.focus_rect or self.image.rect()
        p.drawImage(self.to_widget(src), self.image, src)
        for rect, label, best in self.matches:
            colour = MATCH if best else RIVAL
            p.setPen(QPen(colour, 3 if best else 2, Qt.SolidLine if best else Qt.DashLine))
            p.setBrush(Qt.NoBrush)
            wr = self.to_widget(rect)
            p.drawRect(wr)
            self._tag(p, wr, label, colour)
        if self.companion is not None:
            self._paint_companion(p)
        if self.box is not None:
            wr = self.to_widget(self.box)
            p.setPen(QPen(ANCHOR, 2))
            p.setBrush(QBrush(QColor(31, 111, 209, 40)))
            p.drawRect(wr)
            p.setBrush(QBrush(ANCHOR))
            for c in self._corners(wr):
                p.drawRect(QRectF(c.x() - HANDLE / 2, c.y() - HANDLE / 2, HANDLE, HANDLE))
            self._tag(p, wr, self.label, ANCHOR)
        if self.point is not None:
            x, y = self._widget_point(self.point)
            p.setPen(QPen(QColor("white"), 4))
            p.drawLine(QPointF(x - 9, y), QPointF(x + 9, y))
            p.drawLine(QPointF(x, y - 9), QPointF(x, y + 9))
            p.setPen(QPen(POINT, 2))
            p.drawLine(QPointF(x - 9, y), QPointF(x + 9, y))
            p.drawLine(QPointF(x, y - 9), QPointF(x, y + 9))
            p.drawEllipse(QPointF(x, y), 4, 4)

    def _widget_point(self, point: tuple[int, int]) -> tuple[float, float]:
        s, ox, oy = self._view()
        return point[0] * s + ox, point[1] * s + oy

    def _paint_companion(self, p: QPainter) -> None:
        rect, point, label = self.companion
        wr = self.to_widget(rect)
        p.setPen(QPen(COMPANION, 2, Qt.DashLine))
        p.setBrush(QBrush(QColor(107, 119, 133, 30)))
        p.drawRect(wr)
        self._tag(p, wr, label, COMPANION)
        if point is not None:
            x, y = self._widget_point(point)
            p.setPen(QPen(COMPANION, 2))
            p.drawLine(QPointF(x - 6, y), QPointF(x + 6, y))
            p.drawLine(QPointF(x, y - 6), QPointF(x, y + 6))
        if point is None or self.point is None:
            return
        a, b = QPointF(*self._widget_point(self.point)), QPointF(*self._widget_point(point))
        if not self.arrow_to_companion:
            a, b = b, a
        line = b - a
        length = (line.x() ** 2 + line.y() ** 2) ** 0.5
        if length < 24:
            return
        ux, uy = line.x() / length, line.y() / length
        a, b = a + QPointF(ux * 10, uy * 10), b - QPointF(ux * 10, uy * 10)  # clear of the marks
        p.setPen(QPen(COMPANION, 2, Qt.DashLine))
        p.drawLine(a, b)
        head = QPolygonF([b, b - QPointF(ux * 11 - uy * 5, uy * 11 + ux * 5),
                          b - QPointF(ux * 11 + uy * 5, uy * 11 - ux * 5)])
        p.setPen(Qt.NoPen)
        p.setBrush(QBrush(COMPANION))
        p.drawPolygon(head)

    def _tag(self, p: QPainter, wr: QRectF, label: str, colour: QColor) -> None:
        if not label:
            return
        f = QFont(self.font())
        f.setPointSizeF(max(7.0, f.pointSizeF() - 1))
        p.setFont(f)
        width = p.fontMetrics().horizontalAdvance(label) + 8
        tag = QRectF(wr.x(), wr.y() - 17, width, 16)
        if tag.y() < 0:
            tag.moveTop(wr.bottom() + 1)
        p.fillRect(tag, colour)
        p.setPen(QColor("white"))
        p.drawText(tag, Qt.AlignCenter, label)

    @staticmethod
    def _corners(r: QRectF):
        return [r.topLeft(), r.topRight(), r.bottomLeft(), r.bottomRight()]

    # -- mouse ---------------------------------------------------------------------------------
    def _hit(self, pos: QPointF) -> str | None:
        if self.box is None:
            return None
        wr = self.to_widget(self.box)
        for name, c in zip(("tl", "tr", "bl", "br"), self._corners(wr)):
            if abs(pos.x() - c.x()) <= HANDLE and abs(pos.y() - c.y()) <= HANDLE:
                return name
        return "move" if wr.contains(pos) else None

    def mousePressEvent(self, e):
        if e.button() != Qt.LeftButton or self.image is None:
            return
        self._press = e.position()
        self._drag = self._hit(e.position())
        self._start_box = QRect(self.box) if self.box else None

    def mouseMoveEvent(self, e):
        hit = self._hit(e.position())
        if self._press is None:
            self.setCursor({"move": Qt.SizeAllCursor, "tl": Qt.SizeFDiagCursor,
                            "br": Qt.SizeFDiagCursor, "tr": Qt.SizeBDiagCursor,
                            "bl": Qt.SizeBDiagCursor}.get(hit, Qt.CrossCursor))
            return
        if self._drag is None or self._start_box is None:
            return
        s, _, _ = self._view()
        dx = round((e.position().x() - self._press.x()) / s)
        dy = round((e.position().y() - self._press.y()) / s)
        b = QRect(self._start_box)
        if self._drag == "move":
            b.translate(dx, dy)
        else:
            if "l" in self._drag:
                b.setLeft(min(b.left() + dx, b.right() - 4))
            if "r" in self._drag:
                b.setRight(max(b.right() + dx, b.left() + 4))
            if "t" in self._drag:
                b.setTop(min(b.top() + dy, b.bottom() - 4))
            if "b" in self._drag:
                b.setBottom(max(b.bottom() + dy, b.top() + 4))
        if self.point is not None and self._drag == "move":
            # the click point travels with the box: the offset stays the same
            old = self.box
            self.point = (self.point[0] + b.x() - old.x(), self.point[1] + b.y() - old.y())
        self.box = b
        self.update()

    def mouseReleaseEvent(self, e):
        if self._press is None:
            return
        moved = (e.position() - self._press).manhattanLength() > 3
        if moved and self._drag and self.box is not None:
            self.boxChanged.emit(self.box.x(), self.box.y(), self.box.width(), self.box.height())
        elif not moved:
            x, y = self.to_image(e.position())
            self.point = (x, y)
            self.update()
            self.pointChanged.emit(x, y)
        self._press = None
        self._drag = None
