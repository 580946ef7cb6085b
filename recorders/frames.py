"""The screenshots of a recording, as the step builder uses them.

Frames are loaded lazily by the seq of the event they were taken before, read by OCR once (the
whole screen, for uniqueness; a close read around a click, for its label), and served masked for
anything written next to the recipe: CPR numbers and other sensitive values shown on the screen
are blacked out of thumbnails and anchor images, as everywhere else in the workbench. A frame
that cannot be masked (no OCR, or OCR failed on it) gives no picture at all (fail closed).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import cv2
import numpy as np

Reader = Callable[[np.ndarray, tuple[int, int]], list]


@dataclass
class RecordedFrame:
    seq: int
    pixels: np.ndarray  # BGR
    origin: tuple[int, int] = (0, 0)


WINDOW_CHANGE_PX = 20000  # changed pixels that mean a window opened, not a focus ring moved


def changed_box(a: np.ndarray, b: np.ndarray, min_pixels: int = 320) -> tuple[int, int, int, int] | None:
    """Bounding box (frame pixels) of where two frames differ, or None where fewer than
    `min_pixels` changed."""
    if a.shape != b.shape:
        return (0, 0, b.shape[1], b.shape[0])
    small_a = cv2.resize(a, (a.shape[1] // 4, a.shape[0] // 4), interpolation=cv2.INTER_AREA)
    small_b = cv2.resize(b, (b.shape[1] // 4, b.shape[0] // 4), interpolation=cv2.INTER_AREA)
    diff = np.abs(small_a.astype(np.int16) - small_b.astype(np.int16)).max(axis=2) > 24
    ys, xs = np.nonzero(diff)
    if len(xs) * 16 < min_pixels:
        return None
    return int(xs.min()) * 4, int(ys.min()) * 4, int(xs.max() - xs.min() + 1) * 4, int(ys.max() - ys.min() + 1) * 4


class RecordingFrames:
    """Frames by the seq of the event they were taken before; loads lazily, reads OCR once."""

    def __init__(self, frames: dict[int, Callable[[], RecordedFrame]], reader: Reader | None,
                 masker=None):
        self._loaders = frames
        self._cache: dict[int, RecordedFrame] = {}
        self._words: dict[int, list | Exception] = {}
        self._masked: dict[int, tuple[np.ndarray, list] | None] = {}
        self._reader = reader
        self.masker = masker  # recipes.masking.Masker: which words are personal data

    def seq_for(self, seq: int) -> int | None:
        earlier = [s for s in self._loaders if s <= seq]
        return max(earlier) if earlier else None

    def get(self, seq: int) -> RecordedFrame | None:
        s = self.seq_for(seq)
        if s is None:
            return None
        if s not in self._cache:
            self._cache[s] = self._loaders[s]()
        return self._cache[s]

    def words(self, seq: int) -> list:
        """OCR words of the whole frame ([] where there is no OCR or it failed on the frame)."""
        s = self.seq_for(seq)
        if s is None or self._reader is None:
            return []
        try:
            return self._read_once(s)
        except Exception:
            return []

    def _read_once(self, s: int) -> list:
        """The whole frame's words; raises (every time) where OCR failed on it."""
        if s not in self._words:
            f = self.get(s)
            try:
                self._words[s] = self._reader(f.pixels, f.origin)
            except Exception as e:
                self._words[s] = e
        found = self._words[s]
        if isinstance(found, Exception):
            raise found
        return found

    def words_near(self, seq: int, x: int, y: int) -> list:
        """OCR words of the part of the frame around a point (where labels of what was clicked
        are): a close read finds small labels that a whole-screen read can miss."""
        f = self.get(seq)
        if f is None or self._reader is None:
            return []
        ox, oy = f.origin
        h, w = f.pixels.shape[:2]
        x0, y0 = max(0, x - ox - 520), max(0, y - oy - 110)
        x1, y1 = min(w, x - ox + 360), min(h, y - oy + 60)
        if x1 - x0 < 8 or y1 - y0 < 8:
            return []
        return self._read_part(f.pixels[y0:y1, x0:x1], (x0 + ox, y0 + oy))

    def words_in(self, seq: int, box: tuple[int, int, int, int], pad: int = 4) -> list:
        """OCR words of one box of the frame (frame pixels), e.g. a button's face: read alone, a
        short label reads where the window around it would confuse the page layout analysis."""
        f = self.get(seq)
        if f is None or self._reader is None:
            return []
        h, w = f.pixels.shape[:2]
        x0, y0 = max(0, box[0] - pad), max(0, box[1] - pad)
        x1, y1 = min(w, box[0] + box[2] + pad), min(h, box[1] + box[3] + pad)
        ox, oy = f.origin
        part, origin = f.pixels[y0:y1, x0:x1], (x0 + ox, y0 + oy)
        words = self._read_part(part, origin)
        if _strength(words) >= STRONG_READING:
            return words
        # A weak reading ("m" for "Gem" in a light Windows font): look the other way too, and
        # keep the reading that holds more of what a label is made of.
        plain = self._read_part(part, origin, look="plain")
        return plain if _strength(plain) > _strength(words) else words

    def _read_part(self, pixels: np.ndarray, origin: tuple[int, int], look: str | None = None) -> list:
        """OCR words of a part of a frame; [] where OCR failed (then the frame itself is not
        masked either, so nothing of it is kept)."""
        try:
            if look is None:
                return self._reader(np.ascontiguousarray(pixels), origin)
            return self._reader(np.ascontiguousarray(pixels), origin, look=look)
        except Exception:  # also a reader that knows one way of looking only
            return []

    def looks_alike(self, seq_a: int, seq_b: int, box: tuple[int, int, int, int]) -> bool:
        """Whether a box (frame pixels) shows the same shapes in two frames, whatever the colours:
        a title bar greyed out when a dialog takes the focus still shows the same title."""
        a, b = self.get(seq_a), self.get(seq_b)
        if a is None or b is None or a.pixels.shape != b.pixels.shape:
            return False
        x, y, w, h = box
        ca = cv2.cvtColor(a.pixels[y:y + h, x:x + w], cv2.COLOR_BGR2GRAY)
        cb = cv2.cvtColor(b.pixels[y:y + h, x:x + w], cv2.COLOR_BGR2GRAY)
        if ca.size == 0 or ca.std() < 8 or cb.std() < 8:
            return False
        _, ma = cv2.threshold(ca, 0, 1, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
        _, mb = cv2.threshold(cb, 0, 1, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
        agree = float((ma == mb).mean())
        return max(agree, 1.0 - agree) >= 0.93

    def reads_as(self, text: str, seen: list[str]) -> bool | None:
        """Whether a close read (`seen`) confirms `text` (None where there is no OCR to ask)."""
        if self._reader is None:
            return None
        from recipes.locate.text import similarity

        return any(similarity(text, other) >= 0.9 for other in seen)

    def masked(self, seq: int) -> tuple[np.ndarray, list[tuple[int, int, int, int]]] | None:
        """The frame's pixels with sensitive words blacked out, and those words' screen boxes;
        None where there is no frame, or where it cannot be masked (no OCR, or OCR failed on
        it): then no picture of it may be kept."""
        s = self.seq_for(seq)
        if s is None or self._reader is None or self.masker is None:
            return None
        if s not in self._masked:
            f = self.get(s)
            try:
                words = self._read_once(s)
            except Exception:  # fail closed: a frame that cannot be read is not kept
                self._masked[s] = None
                return None
            from recipes.masking import black_out

            hidden = self.masker.sensitive_words(words)
            boxes = [(w.x - 2, w.y - 2, w.w + 4, w.h + 4) for w in hidden]
            self._masked[s] = (black_out(f.pixels, hidden, f.origin), boxes)
        return self._masked[s]


def intersects(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


STRONG_READING = 3 * 80  # three letters read with 80 % confidence


def _strength(words: list) -> float:
    """How much of a label a reading holds: letters and digits weighted by confidence."""
    return sum(sum(c.isalnum() for c in w.text) * max(0.0, float(w.conf)) for w in words)
