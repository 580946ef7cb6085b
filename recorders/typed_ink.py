"""The recorder's one rule for password fields: a field is ordinary only where the screen shows the
typed characters themselves.

`judge_typing` looks at the ink that appeared on the screen between the frame just before the first
key and a frame after the last one, and reads it back (OCR):

- "clear": the ink reads as the characters typed (the field shows the text);
- "masked": the ink is one glyph repeated (bullets, asterisks) and does not read as the text;
- "no_ink": nothing appeared at all (a prompt that echoes nothing);
- None: undecided (the ink reads as something else, there is no OCR, too little was typed).

Everything but "clear" is a secret; an undecided field is reported to the person at the end.
The ink is looked for first on the line that was clicked before typing, then on every other line of
the screen where new glyphs appeared: a terminal writes at its prompt line, wherever the click was,
and a dialog the program opened by itself (a re-login) has its field far from the last click.
Bullets elsewhere on the screen do not read as the text, so they are never taken for an echo.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from recorders.sensitive import masked_glyphs, new_glyphs

FOCUS_BAND = 30  # pixels above and below a click that count as the clicked line
LINES_READ = 3  # lines of new ink read back at most (nearest the click, then the fullest)
SMALL_INK = 14  # a line of ink lower than this (pixels) is read again, enlarged
SCROLLED_MIN = 8  # characters of the text's end a scrolled field must show to count as clear
_SAME = str.maketrans({"o": "0", "l": "1", "i": "1", "|": "1"})  # what OCR confuses


@dataclass
class Typed:
    verdict: str | None  # clear | masked | no_ink | None (undecided)
    box: tuple[int, int, int, int] | None = None  # where the typing showed (screen x, y, w, h)
    near_focus: bool = False  # whether that is on the line clicked before typing


def reads_as(typed: str, read: str) -> bool:
    """Whether text read back by OCR is the typed text: the same characters (spaces, case and the
    letters OCR confuses with digits aside), a fifth of them misread at most. Text read around
    it (what the field held before) does not count against it; text missing does."""
    from rapidfuzz.distance import Levenshtein
    from rapidfuzz.fuzz import partial_ratio_alignment

    a = "".join(typed.split()).casefold().translate(_SAME)
    b = "".join(read.split()).casefold().translate(_SAME)
    if not a or not b:
        return False
    allowed = len(a) // 5
    if len(b) > len(a) + allowed:
        hit = partial_ratio_alignment(a, b)
        b = b[hit.dest_start:hit.dest_end]
    elif len(b) < len(a) - allowed and len(b) >= SCROLLED_MIN:
        # A field narrower than the text scrolls and shows only its end (a long file path in a
        # Save dialog). Eight characters and more read as typed are no bullets.
        return Levenshtein.distance(a[-len(b):], b) <= len(b) // 5
    return Levenshtein.distance(a, b) <= allowed


def _reads_back(reader, pixels, origin, typed: str, height: int) -> bool:
    """Whether OCR reads the typed text in `pixels`; small text (a dialog's 8-9 point font,
    glyphs under SMALL_INK pixels) is read once more three times larger."""
    import cv2

    tries = [pixels]
    if height < SMALL_INK:
        tries.append(cv2.resize(pixels, None, fx=3, fy=3, interpolation=cv2.INTER_CUBIC))
    for picture in tries:
        try:
            words = reader(np.ascontiguousarray(picture), origin)
        except Exception:
            continue
        if reads_as(typed, " ".join(w.text for w in words)):
            return True
    return False


def _lines(glyphs) -> list[list[tuple[int, int, int, int]]]:
    """Glyph boxes (x, y, w, h) grouped into text lines: overlapping vertically, and split where
    the gap between neighbours is wider than three glyph heights (two changes on one row)."""
    boxes = sorted(((x, y, w, h) for _, x, y, w, h in glyphs), key=lambda b: b[1] + b[3] / 2)
    rows: list[list[tuple[int, int, int, int]]] = []
    for b in boxes:
        cy = b[1] + b[3] / 2
        for row in rows:
            top = min(r[1] for r in row)
            bottom = max(r[1] + r[3] for r in row)
            if top <= cy <= bottom or b[1] <= (top + bottom) / 2 <= b[1] + b[3]:
                row.append(b)
                break
        else:
            rows.append([b])
    lines = []
    for row in rows:
        row.sort()
        height = sorted(r[3] for r in row)[len(row) // 2]
        piece = [row[0]]
        for b in row[1:]:
            right = max(r[0] + r[2] for r in piece)
            if b[0] - right > 3 * max(height, 4):
                lines.append(piece)
                piece = []
            piece.append(b)
        lines.append(piece)
    return lines


def _box(line) -> tuple[int, int, int, int]:
    x0, y0 = min(b[0] for b in line), min(b[1] for b in line)
    x1, y1 = max(b[0] + b[2] for b in line), max(b[1] + b[3] for b in line)
    return x0, y0, x1 - x0, y1 - y0


def judge_typing(before, after, typed: str, reader: Callable | None,
                 focus: tuple[int, int] | None = None) -> Typed:
    """What the screen says about a field, from frames (`recipes.ports.Frame`) before the first key
    and after the last; `reader(pixels, origin)` is the OCR, `focus` the point clicked before
    typing (screen coordinates), None where the keyboard or the program moved the focus."""
    if before is None or after is None or before.pixels.shape != after.pixels.shape:
        return Typed(None)
    ox, oy = after.origin
    _, glyphs = new_glyphs(before.grey, after.grey, both=True)
    if not glyphs:
        return Typed("no_ink")
    lines = _lines(glyphs)

    def near(line) -> bool:
        if focus is None:
            return False
        x, y, w, h = _box(line)
        return abs(y + h / 2 + oy - focus[1]) <= FOCUS_BAND

    lines.sort(key=lambda ln: (not near(ln), -len(ln)))
    first: Typed | None = None
    masked: Typed | None = None
    for line in lines[:LINES_READ]:
        x, y, w, h = _box(line)
        pad_x, pad_y = max(6, h), max(3, h // 3)  # a narrow '1' is no glyph
        x0, y0 = max(0, x - pad_x), max(0, y - pad_y)
        x1, y1 = min(after.width, x + w + pad_x), min(after.height, y + h + pad_y)
        box = (x + ox, y + oy, w, h)  # the ink itself; what is read has a margin around it
        if reader is not None:
            if _reads_back(reader, after.pixels[y0:y1, x0:x1], (x0 + ox, y0 + oy), typed, h):
                return Typed("clear", box, near(line))
        first = first or Typed(None, box, near(line))
        if masked is None and masked_glyphs(before.grey[y0:y1, x0:x1], after.grey[y0:y1, x0:x1],
                                            typed) == "masked":
            masked = Typed("masked", box, near(line))
    return masked or first or Typed(None)
