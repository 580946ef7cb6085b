"""Keeping personal data and secrets out of logs, history and screenshots.

A `Masker` knows the sensitive values of one run (sensitive inputs, credentials, values read into
sensitive variables) and replaces them, and anything shaped like a CPR number, with bullets in
text. On screenshots it blacks out the words OCR reads there that carry such values.
"""

from __future__ import annotations

import re
from typing import Iterable

import numpy as np

CPR = re.compile(r"(?<!\d)(\d{6})[- ]?(\d{4})(?!\d)")
BULLETS = "••••"


class Masker:
    def __init__(self, values: Iterable[str] = ()):
        self._values: set[str] = set()
        for v in values:
            self.add(v)

    def add(self, value: str | None) -> None:
        if value and len(value.strip()) >= 2:
            self._values.add(value.strip())

    def text(self, s: str) -> str:
        if not s:
            return s
        for v in sorted(self._values, key=len, reverse=True):
            s = s.replace(v, BULLETS)
        return CPR.sub(lambda m: m.group(1)[:2] + "xxxx-xxxx", s)

    def is_sensitive_word(self, word: str) -> bool:
        """True for a word OCR read that shows (part of) a sensitive value or a CPR number.
        Errs on the side of hiding: a screenshot with a word too many blacked out is harmless."""
        w = word.strip()
        if CPR.search(w):
            return True
        if len(w) < 3:
            return w in self._values
        compact = w.replace("-", "")
        return any(w in v or v in w or compact in v.replace("-", "") for v in self._values)

    def frame(self, pixels: np.ndarray, ocr=None, origin: tuple[int, int] = (0, 0)) -> np.ndarray:
        """A copy of a screenshot with sensitive words blacked out (needs an OCR engine)."""
        out = pixels.copy()
        if ocr is None:
            return out
        try:
            words = ocr.words(pixels, origin=origin)
        except Exception:  # masking must never lose the record; without OCR, hide it all
            out[:] = 0
            return out
        ox, oy = origin
        for w in words:
            if self.is_sensitive_word(w.text):
                x0, y0 = max(0, w.x - ox - 2), max(0, w.y - oy - 2)
                out[y0:w.y - oy + w.h + 2, x0:w.x - ox + w.w + 2] = 0
        return out
