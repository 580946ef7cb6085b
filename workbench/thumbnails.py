"""Small pictures of where each step acts: a crop of its recorded screenshot, anchor boxed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap

from workbench.anchor_geometry import anchor_box, click_point

THUMB = QSize(112, 56)
ANCHOR_COLOUR = QColor("#1f6fd1")
POINT_COLOUR = QColor("#d12f1f")

_images: dict[str, QImage] = {}


def load_image(path: Path | None) -> QImage | None:
    if path is None:
        return None
    key = str(path)
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return None
    cached = _images.get(key)
    if cached is not None and cached.text("mtime") == str(mtime):
        return cached
    img = QImage(key)
    if img.isNull():
        return None
    img.setText("mtime", str(mtime))
    _images[key] = img
    return img


RECORDER_THUMB_WIDTH = 480  # the recorder keeps screenshots scaled down to this width


def _screen_width(img: QImage, document) -> int:
    """The width of the screen a screenshot was taken of (it may be a scaled-down thumbnail)."""
    far = 0
    for s in document.recipe.steps:
        for t in (getattr(s, "target", None), getattr(s, "to", None)):
            c = t is not None and (t.near or t.point)
            if c:
                far = max(far, c[0])
    if img.width() != RECORDER_THUMB_WIDTH and far <= img.width():
        return img.width()
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    width = screen.geometry().width() if screen is not None else 1920
    return width if width >= far else max(1920, far)


def recorded_screen(document, step) -> QImage | None:
    """The step's recorded screen in screen pixels: a thumbnail is scaled back up to the screen's
    size, and the anchor's own full-resolution pixels (patch or image) are drawn in sharp."""
    shot = document.resolve(step.screenshot)
    if shot is None:
        return None
    from recorders.full_screens import full_path

    full = load_image(full_path(shot))
    if full is not None:
        return full
    img = load_image(shot)
    if img is None:
        return None
    width = _screen_width(img, document)
    if width != img.width():
        img = img.scaledToWidth(width, Qt.SmoothTransformation)
        for t in (getattr(step, "target", None), getattr(step, "to", None)):
            box = anchor_box(t)
            sharp = t is not None and load_image(document.resolve(t.patch or t.image))
            if box is not None and sharp:
                p = QPainter(img)
                p.drawImage(QRect(box[0], box[1], box[2], box[3]), sharp)
                p.end()
    return img


def step_thumbnail(document, step, size: QSize = THUMB) -> QPixmap | None:
    target = getattr(step, "target", None)
    img = recorded_screen(document, step)
    if img is None and target is not None and target.image:
        anchor = load_image(document.resolve(target.image))
        if anchor is not None:
            return QPixmap.fromImage(anchor.scaled(size, Qt.KeepAspectRatio, Qt.SmoothTransformation))
    if img is None:
        return None
    box = anchor_box(target)
    if box is None:
        return QPixmap.fromImage(img.scaled(size, Qt.KeepAspectRatio, Qt.SmoothTransformation))
    to_box = anchor_box(step.to) if step.action == "drag" and step.to is not None else None
    if to_box is not None:
        return _drag_thumbnail(img, target, box, step.to, to_box, size)
    x, y, w, h = box
    # A window around the anchor, twice its size but with the thumbnail's aspect ratio.
    cw = max(w * 2, 160)
    ch = int(cw * size.height() / size.width())
    crop = QRect(x + w // 2 - cw // 2, y + h // 2 - ch // 2, cw, ch)
    part = img.copy(crop)
    scale = size.width() / cw
    pix = QPixmap.fromImage(part.scaled(size, Qt.IgnoreAspectRatio, Qt.SmoothTransformation))
    p = QPainter(pix)
    p.setRenderHint(QPainter.Antialiasing)
    p.setPen(QPen(ANCHOR_COLOUR, 2))
    p.drawRect(int((x - crop.x()) * scale), int((y - crop.y()) * scale),
               max(3, int(w * scale)), max(3, int(h * scale)))
    pt = click_point(target)
    if pt is not None:
        p.setPen(QPen(POINT_COLOUR, 2))
        cx, cy = int((pt[0] - crop.x()) * scale), int((pt[1] - crop.y()) * scale)
        p.drawLine(cx - 5, cy, cx + 5, cy)
        p.drawLine(cx, cy - 5, cx, cy + 5)
    p.end()
    return pix


def _drag_thumbnail(img: QImage, target, box, to, to_box, size: QSize) -> QPixmap:
    """Both ends of a drag in one picture: where it starts, where it ends, an arrow between."""
    x0 = min(box[0], to_box[0])
    y0 = min(box[1], to_box[1])
    x1 = max(box[0] + box[2], to_box[0] + to_box[2])
    y1 = max(box[1] + box[3], to_box[1] + to_box[3])
    aspect = size.width() / size.height()
    cw = max(int((x1 - x0) * 1.3), 160)
    ch = max(int((y1 - y0) * 1.3), int(cw / aspect))
    cw = max(cw, int(ch * aspect))
    crop = QRect((x0 + x1) // 2 - cw // 2, (y0 + y1) // 2 - ch // 2, cw, ch)
    scale = size.width() / cw
    pix = QPixmap.fromImage(img.copy(crop).scaled(size, Qt.IgnoreAspectRatio,
                                                   Qt.SmoothTransformation))
    p = QPainter(pix)
    p.setRenderHint(QPainter.Antialiasing)

    def at(px, py):
        return int((px - crop.x()) * scale), int((py - crop.y()) * scale)

    for b in (box, to_box):
        p.setPen(QPen(ANCHOR_COLOUR, 2))
        bx, by = at(b[0], b[1])
        p.drawRect(bx, by, max(3, int(b[2] * scale)), max(3, int(b[3] * scale)))
    start, end = click_point(target), click_point(to)
    if start is not None and end is not None:
        (sx, sy), (ex, ey) = at(*start), at(*end)
        p.setPen(QPen(POINT_COLOUR, 2))
        p.drawLine(sx, sy, ex, ey)
        import math

        angle = math.atan2(ey - sy, ex - sx)
        for side in (-0.5, 0.5):
            p.drawLine(ex, ey, int(ex - 8 * math.cos(angle + side)),
                       int(ey - 8 * math.sin(angle + side)))
    p.end()
    return pix
