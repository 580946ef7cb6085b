"""Where a step clicks, relative to its anchor: a picture with a marker to drag, and a sentence.

`ClickSpotPicker` draws the anchor (the recorded screen around it, the anchor's own image, or,
for a text with no picture, a small sketch of the text) and a red marker at the step's offset
from the anchor's centre. Dragging the marker (or pressing anywhere on the picture) moves it;
letting go emits `offsetChosen`. The arrow keys move it one pixel (Shift: ten).
`where_sentence` says the same in plain Danish: "Klikker 40 punkter til højre for teksten".
Offsets are in pixels at the scale the anchor was recorded, measured from the anchor's centre.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from workbench.anchor_geometry import DEFAULT_SIZE


ANCHOR = QColor("#1f6fd1")
POINT = QColor("#d12f1f")
BACKDROP = QColor("#e9edf1")
GRAB = 16          # widget pixels around the marker that pick it up
MAX_ZOOM = 2.0     # a small anchor is enlarged at most this much

POINTER_VERBS = {"click", "double_click", "right_click", "type", "scroll", "drag"}


def anchor_size(target, image_size: tuple[int, int] | None = None) -> tuple[int, int]:
    """The anchor's [w, h] at record time: recorded, else its image's, else the editor's guess."""
    if target is not None and target.size:
        return int(target.size[0]), int(target.size[1])
    if image_size:
        return image_size
    return DEFAULT_SIZE


def _points(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("ClickSpot", "1 punkt")
    return QCoreApplication.translate("ClickSpot", "{0} punkter").format(n)


def _sides(dx: int, dy: int) -> str:
    """"40 punkter til højre for og 3 punkter over" (the thing named after it)."""
    parts = []
    if dx > 0:
        parts.append(QCoreApplication.translate("ClickSpot", "{0} til højre for").format(
            _points(dx)))
    elif dx < 0:
        parts.append(QCoreApplication.translate("ClickSpot", "{0} til venstre for").format(
            _points(-dx)))
    if dy > 0:
        parts.append(QCoreApplication.translate("ClickSpot", "{0} under").format(_points(dy)))
    elif dy < 0:
        parts.append(QCoreApplication.translate("ClickSpot", "{0} over").format(_points(-dy)))
    return QCoreApplication.translate("ClickSpot", " og ").join(parts)


def _verb(action: str, part: str) -> str:
    if action == "drag" and part == "to":
        return QCoreApplication.translate("ClickSpot", "Slipper musen")
    if action == "drag":
        return QCoreApplication.translate("ClickSpot", "Trykker musen ned")
    if action == "double_click":
        return QCoreApplication.translate("ClickSpot", "Dobbeltklikker")
    if action == "right_click":
        return QCoreApplication.translate("ClickSpot", "Højreklikker")
    if action == "scroll":
        return QCoreApplication.translate("ClickSpot", "Ruller med musehjulet")
    return QCoreApplication.translate("ClickSpot", "Klikker")


def where_sentence(action: str, part: str, target, size: tuple[int, int]) -> str:
    """One sentence for a person: where the step acts, relative to its anchor."""
    verb = _verb(action, part)
    if target.text:
        thing = QCoreApplication.translate("ClickSpot", "teksten »{0}«").format(target.text)
    else:
        thing = QCoreApplication.translate("ClickSpot", "billedet")
    dx, dy = int(target.offset[0]), int(target.offset[1])
    w, h = size
    if dx == 0 and dy == 0:
        return QCoreApplication.translate("ClickSpot", "{0} midt på {1}.").format(verb, thing)
    if abs(dx) <= w / 2 and abs(dy) <= h / 2:
        # On the anchor itself: how far from its middle.
        return QCoreApplication.translate("ClickSpot", "{0} på {1}, {2} midten.").format(
            verb, thing, _sides(dx, dy))
    # Beside the anchor: how far from its edge, on the sides where the point lies outside it.
    gap_x = (abs(dx) - w // 2) * (1 if dx > 0 else -1) if abs(dx) > w / 2 else 0
    gap_y = (abs(dy) - h // 2) * (1 if dy > 0 else -1) if abs(dy) > h / 2 else 0
    return QCoreApplication.translate("ClickSpot", "{0} {1} {2}.").format(
        verb, _sides(gap_x, gap_y), thing)


class ClickSpotPicker(QWidget):
    """The anchor and a draggable marker where the step acts. `set_anchor` before showing."""

    offsetChosen = Signal(int, int, bool)   # dx, dy, whether it may merge with the edit before

    def __init__(self, parent=None):
        super().__init__(parent)
        self.size_px: tuple[int, int] = DEFAULT_SIZE
        self.offset: tuple[int, int] = (0, 0)
        self.text = ""
        self.picture: QImage | None = None       # the anchor's own image
        self.screen: QImage | None = None        # the recorded screen, and the anchor's centre on it
        self.centre: tuple[int, int] | None = None
        self._frozen: tuple[float, float, float] | None = None   # the view while dragging
        self._kept: tuple[float, float, float] | None = None     # the view after a drag
        self._grab = QPointF(0, 0)
        self.setMinimumSize(180, 110)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setCursor(Qt.CrossCursor)
        self.setAccessibleName(self.tr("Klikpunkt"))
        self.setToolTip(self.tr("Træk den røde markør derhen, hvor der skal klikkes "
                                "(piletasterne flytter den også)"))

    def sizeHint(self) -> QSize:
        return QSize(300, 120)

    def resizeEvent(self, event) -> None:
        self._kept = None   # a view kept for the old size would not fit the new one
        super().resizeEvent(event)

    def set_anchor(self, size: tuple[int, int], offset: tuple[int, int], text: str = "",
                   picture: QImage | None = None, screen: QImage | None = None,
                   centre: tuple[int, int] | None = None) -> None:
        size = (max(4, int(size[0])), max(4, int(size[1])))
        if screen is None or not centre:
            screen, centre = None, None
        same = (size, text, centre, picture is None) == (self.size_px, self.text, self.centre,
                                                         self.picture is None)
        view = self._frozen or self._kept
        self.size_px, self.text, self.picture = size, text, picture
        self.screen, self.centre = screen, centre
        self.offset = (int(offset[0]), int(offset[1]))
        self._frozen = None
        # The same anchor, the marker still in sight (after a drag, an undo): the picture holds
        # still, so the marker stays where it was let go.
        self._kept = view if same and view is not None and self._in_sight(view) else None
        self.update()

    def _in_sight(self, view) -> bool:
        s, x, y = view
        px, py = self.offset[0] * s + x, self.offset[1] * s + y
        return 10 <= px <= self.width() - 10 and 10 <= py <= self.height() - 10

    # -- mapping: scene = pixels relative to the anchor's centre --------------------------------
    def _scene(self) -> QRectF:
        w, h = self.size_px
        anchor = QRectF(-w / 2, -h / 2, w, h)
        spot = QRectF(self.offset[0] - 14, self.offset[1] - 14, 28, 28)
        margin = max(30.0, min(w, h) * 0.8)
        return anchor.united(spot).adjusted(-margin, -margin, margin, margin)

    def _view(self) -> tuple[float, float, float]:
        """(scale, x, y): widget = scene * scale + (x, y)."""
        if self._frozen is not None or self._kept is not None:
            return self._frozen or self._kept
        scene = self._scene()
        scale = min(self.width() / scene.width(), self.height() / scene.height(), MAX_ZOOM)
        c = scene.center()
        return scale, self.width() / 2 - c.x() * scale, self.height() / 2 - c.y() * scale

    def marker_pos(self) -> QPointF:
        """Where the marker is drawn, in widget coordinates."""
        s, x, y = self._view()
        return QPointF(self.offset[0] * s + x, self.offset[1] * s + y)

    def _to_scene(self, pos: QPointF) -> tuple[int, int]:
        s, x, y = self._view()
        return round((pos.x() - x) / s), round((pos.y() - y) / s)

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        p.setRenderHint(QPainter.SmoothPixmapTransform)
        p.fillRect(self.rect(), BACKDROP)
        s, ox, oy = self._view()
        w, h = self.size_px
        anchor = QRectF(-w / 2 * s + ox, -h / 2 * s + oy, w * s, h * s)
        if self.screen is not None:
            # The recorded screen around the anchor, as much of it as the picture shows.
            seen = QRectF(-ox / s + self.centre[0], -oy / s + self.centre[1],
                          self.width() / s, self.height() / s)
            part = seen.intersected(QRectF(self.screen.rect()))
            if not part.isEmpty():
                dest = QRectF((part.x() - self.centre[0]) * s + ox,
                              (part.y() - self.centre[1]) * s + oy,
                              part.width() * s, part.height() * s)
                p.drawImage(dest, self.screen, part)
        elif self.picture is not None:
            p.drawImage(anchor, self.picture)
        else:
            p.setPen(QPen(QColor("#8a96a3"), 1))
            p.setBrush(QColor("white"))
            p.drawRoundedRect(anchor, 4, 4)
            f = QFont(self.font())
            p.setFont(f)
            p.setPen(QColor("#1d2733"))
            shown = p.fontMetrics().elidedText(self.text, Qt.ElideRight, int(anchor.width()) - 6)
            p.drawText(anchor, Qt.AlignCenter, shown)
        p.setBrush(Qt.NoBrush)
        p.setPen(QPen(ANCHOR, 2, Qt.DashLine))
        p.drawRect(anchor)
        m = self.marker_pos()
        for colour, width in ((QColor("white"), 5), (POINT, 2)):
            p.setPen(QPen(colour, width))
            p.drawLine(QPointF(m.x() - 11, m.y()), QPointF(m.x() + 11, m.y()))
            p.drawLine(QPointF(m.x(), m.y() - 11), QPointF(m.x(), m.y() + 11))
            p.drawEllipse(m, 6, 6)
        if self.hasFocus():
            p.setPen(QPen(ANCHOR, 1, Qt.DotLine))
            p.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))

    # -- mouse and keys ------------------------------------------------------------------------
    def mousePressEvent(self, e) -> None:
        if e.button() != Qt.LeftButton:
            return
        self._frozen = self._view()   # the picture holds still under the mouse while dragging
        m = self.marker_pos()
        d = e.position() - m
        if abs(d.x()) <= GRAB and abs(d.y()) <= GRAB:
            self._grab = d            # picked up where it was grabbed: no jump
        else:
            self._grab = QPointF(0, 0)
            self._move_to(e.position())

    def mouseMoveEvent(self, e) -> None:
        if self._frozen is None:
            near = (e.position() - self.marker_pos()).manhattanLength() <= GRAB * 1.5
            self.setCursor(Qt.OpenHandCursor if near else Qt.CrossCursor)
            return
        self._move_to(e.position())

    def mouseReleaseEvent(self, e) -> None:
        if self._frozen is None or e.button() != Qt.LeftButton:
            return
        self._move_to(e.position())
        self._kept, self._frozen = self._frozen, None
        self.update()
        self.offsetChosen.emit(self.offset[0], self.offset[1], False)

    def _move_to(self, pos: QPointF) -> None:
        self.offset = self._to_scene(pos - self._grab)
        self.update()

    def keyPressEvent(self, e) -> None:
        step = 10 if e.modifiers() & Qt.ShiftModifier else 1
        move = {Qt.Key_Left: (-step, 0), Qt.Key_Right: (step, 0), Qt.Key_Up: (0, -step),
                Qt.Key_Down: (0, step)}.get(e.key())
        if move is None:
            super().keyPressEvent(e)
            return
        self.offset = (self.offset[0] + move[0], self.offset[1] + move[1])
        self.update()
        self.offsetChosen.emit(self.offset[0], self.offset[1], True)
