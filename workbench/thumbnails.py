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


def step_thumbnail(document, step, size: QSize = THUMB) -> QPixmap | None:
    target = getattr(step, "target", None)
    img = load_image(document.resolve(step.screenshot))
    if img is None and target is not None and target.image:
        anchor = load_image(document.resolve(target.image))
        if anchor is not None:
            return QPixmap.fromImage(anchor.scaled(size, Qt.KeepAspectRatio, Qt.SmoothTransformation))
    if img is None:
        return None
    box = anchor_box(target)
    if box is None:
        return QPixmap.fromImage(img.scaled(size, Qt.KeepAspectRatio, Qt.SmoothTransformation))
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
