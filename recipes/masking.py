"""Keeping personal data and secrets out of logs, history and screenshots.

A `Masker` knows the sensitive values of one run (sensitive inputs, credentials, values read into
sensitive variables) and replaces them, and every CPR number (`recipes.cpr`, the one rule), with
a mark in text. On screenshots it blacks out the words OCR reads there that carry such values,
also a CPR number that OCR read in pieces. A screenshot that cannot be read (no OCR engine, an
OCR error) cannot be masked, and then there is no screenshot at all: `frame` returns None.
"""

from __future__ import annotations

from typing import Iterable, Sequence

import numpy as np

from recipes import cpr

BULLETS = "••••"
NOT_MASKABLE = "screenshot not kept: it could not be masked"


class Masker:
    def __init__(self, values: Iterable[str] = ()):
        self._values: set[str] = set()
        for v in values:
            self.add(v)

    def add(self, value: str | None) -> None:
        if value and len(value.strip()) >= 2:
            self._values.add(value.strip())
            for number in cpr.find(value):  # the same number written another way on screen
                self._values.add(cpr.digits(number))

    def text(self, s: str) -> str:
        if not s:
            return s
        for v in sorted(self._values, key=len, reverse=True):
            s = s.replace(v, BULLETS)
        return cpr.mask(s)

    def hidden_parts(self, s: str) -> list[tuple[str, str]]:
        """What `text(s)` hides, in order: (the mark shown, the original part)."""
        parts: list[tuple[int, int, str, str]] = []
        taken = [False] * len(s)
        for v in sorted(self._values, key=len, reverse=True):
            start = s.find(v)
            while start >= 0:
                if not any(taken[start:start + len(v)]):
                    parts.append((start, start + len(v), BULLETS, v))
                    taken[start:start + len(v)] = [True] * len(v)
                start = s.find(v, start + 1)
        for m in cpr.matches(s):
            if not any(taken[m.start():m.end()]):
                parts.append((m.start(), m.end(), cpr.MASK, m.group(0)))
        return [(mark, original) for _a, _b, mark, original in sorted(parts)]

    def restore(self, original: str, edited: str) -> str | None:
        """A value that a person edited where it was shown masked (`text(original)`), with the
        hidden parts that they left as marks put back as they really are, so that a mark never
        becomes the value. None where the marks left cannot be matched to the hidden parts one
        to one (one deleted, another copied): the caller must not guess."""
        parts = self.hidden_parts(original)
        if not parts:
            return edited
        marks = [mark for mark, _ in parts]
        left = _marks_in(edited, {BULLETS, cpr.MASK})
        if not left:
            return edited  # every hidden part was typed anew
        if left != marks:
            return None
        out, pos = [], 0
        for mark, real in parts:
            at = edited.index(mark, pos)
            out.append(edited[pos:at] + real)
            pos = at + len(mark)
        return "".join(out) + edited[pos:]

    def is_sensitive_word(self, word: str) -> bool:
        """True for a word OCR read that shows (part of) a sensitive value or a CPR number.
        Errs on the side of hiding: a screenshot with a word too many blacked out is harmless."""
        w = word.strip()
        if cpr.contains(w):
            return True
        if len(w) < 3:
            return w in self._values
        compact = w.replace("-", "")
        return any(w in v or v in w or compact in v.replace("-", "") for v in self._values)

    def sensitive_words(self, words: Sequence) -> list:
        """The OCR words to black out: sensitive values, and every part of a CPR number, also
        of one that OCR split into several words."""
        split = cpr.sensitive_word_indices(words)
        return [w for i, w in enumerate(words) if i in split or self.is_sensitive_word(w.text)]

    def frame(self, pixels: np.ndarray, ocr=None, origin: tuple[int, int] = (0, 0)) -> np.ndarray | None:
        """A copy of a screenshot with sensitive words blacked out, or None where it cannot be
        masked (no OCR engine, or OCR failed): an unmasked picture is never kept."""
        if ocr is None:
            return None
        try:
            words = ocr.words(pixels, origin=origin)
        except Exception:  # fail closed: a picture that cannot be read is not kept
            return None
        return black_out(pixels, self.sensitive_words(words), origin)


def _marks_in(text: str, marks: set[str]) -> list[str]:
    """The hiding marks in a text, left to right."""
    found, pos = [], 0
    while True:
        hits = [(text.find(m, pos), m) for m in marks if text.find(m, pos) >= 0]
        if not hits:
            return found
        at, mark = min(hits)
        found.append(mark)
        pos = at + len(mark)


def black_out(pixels: np.ndarray, words: Iterable, origin: tuple[int, int] = (0, 0)) -> np.ndarray:
    """A copy of the pixels with these OCR words (screen coordinates) blacked out, with a margin."""
    out = pixels.copy()
    ox, oy = origin
    for w in words:
        x0, y0 = max(0, w.x - ox - 2), max(0, w.y - oy - 2)
        out[y0:max(0, w.y - oy + w.h + 2), x0:max(0, w.x - ox + w.w + 2)] = 0
    return out
