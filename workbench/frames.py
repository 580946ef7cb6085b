"""Screen pixels (BGR numpy arrays from the core) as Qt images."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage


def frame_to_qimage(pixels: np.ndarray) -> QImage:
    """A copy of a BGR (or grey) uint8 array as a QImage."""
    arr = np.ascontiguousarray(pixels)
    if arr.ndim == 2:
        h, w = arr.shape
        return QImage(arr.data, w, h, w, QImage.Format_Grayscale8).copy()
    h, w = arr.shape[:2]
    if arr.shape[2] == 4:
        arr = np.ascontiguousarray(arr[:, :, :3])
    return QImage(arr.data, w, h, 3 * w, QImage.Format_BGR888).copy()


def qimage_to_bgr(image: QImage) -> np.ndarray:
    img = image.convertToFormat(QImage.Format_BGR888)
    h, w = img.height(), img.width()
    arr = np.frombuffer(img.constBits(), np.uint8, count=img.bytesPerLine() * h)
    return arr.reshape(h, img.bytesPerLine())[:, : w * 3].reshape(h, w, 3).copy()


def read_text(pixels: np.ndarray, languages: str = "dan+eng") -> str:
    """The words OCR reads in the pixels, in reading order."""
    from recipes.ocr import default_engine

    words = default_engine().words(pixels)
    return " ".join(w.text for w in sorted(words, key=lambda w: (w.y // 10, w.x)))
