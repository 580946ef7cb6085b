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


def default_ocr_reader_impl(path, box, languages: str = "dan+eng") -> str:
    import cv2

    from recipes.ocr import OcrEngine

    img = cv2.imread(str(path))
    x, y, w, h = box
    crop = img[max(0, y):y + h, max(0, x):x + w]
    words = OcrEngine(languages=languages).words(crop)
    return " ".join(w.text for w in sorted(words, key=lambda w: (w.line, w.x)))
