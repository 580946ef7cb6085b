"""Choose the anchor of a pointer step from the screenshot taken just before it.

Given the frame and the point clicked, `capture_anchor` returns an `Anchor`:
- for a button or any labelled thing: the text under the click (the button's label), with the
  `offset` from the text's centre to the click;
- for an input field (the person typed right after clicking it): the label to the left of the
  field or above it, with the offset from the label to the click, so the field's own content
  (which changes from case to case) is never the anchor;
- always an image patch centred on the same centre as the text (so one `offset` serves both),
  grown until it is unique on the screen; without text, a patch centred on the click;
- the text's own pixels (`patch`) and size, for a cheap exact match and for scale at replay;
- where the same text shows more than once: the image patch alone when it is unique, else the
  text with its `index` (occurrence in reading order) and `count` (how many times it shows), so
  that replay is never ambiguous and fails rather than count among another number of places.
  Places count as the same text by the rule replay counts them by (the locator's threshold).

Pure: the caller passes the OCR words of the frame (see `recipes.ocr`), so golden screenshots
test it without a display or a second read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import cv2
import numpy as np

MIN_CONF = 40
IMAGE_PAD = 10
UNIQUE_SCORE = 0.93  # another place scoring this high makes an image patch not unique


@dataclass
class Phrase:
    """Words read on one line close enough together to be one label."""

    text: str
    x: int
    y: int
    w: int
    h: int

    @property
    def centre(self) -> tuple[int, int]:
        return (self.x + self.w // 2, self.y + self.h // 2)

    def contains(self, px: int, py: int, pad: int = 0) -> bool:
        return self.x - pad <= px <= self.x + self.w + pad and self.y - pad <= py <= self.y + self.h + pad


@dataclass
class Anchor:
    text: str | None
    text_box: tuple[int, int, int, int] | None  # x, y, w, h on the screen
    image_box: tuple[int, int, int, int]  # the image patch, on the screen
    offset: tuple[int, int]  # from the anchor's centre to the point acted on
    near: tuple[int, int]  # the anchor's centre
    index: int | None = None  # occurrence in reading order, where the text repeats
    count: int | None = None  # how many times the text shows, written with `index`
    occurrences: int = 0  # how many times the text shows on the screen
    image_unique: bool = True
    kind: str = ""  # label | field_label | image
    use_text: bool = True  # write `text` (and `patch`, `size`) into the target
    use_image: bool = True  # write `image` into the target


def useful(word) -> bool:
    text = word.text.strip()
    alnum = [c for c in text if c.isalnum()]
    if word.conf < MIN_CONF or not alnum or re.fullmatch(r"[|_\-=~.,:;'\"`]+", text):
        return False
    # a text cursor or a focus ring read as "I", "(I", "|l": one tall thin letter
    return not (len(alnum) <= 1 and word.w * 2 < word.h)


def phrases(words) -> list[Phrase]:
    """Group OCR words into phrases: same line, gaps narrower than about one letter height."""
    ws = sorted((w for w in words if useful(w)), key=lambda w: (w.x, w.y))
    lines: list[list] = []
    for w in ws:
        cy = w.y + w.h / 2
        for line in lines:
            last = line[-1]
            lcy = last.y + last.h / 2
            height = min(last.h, w.h)
            alike = max(last.h, w.h) <= 2.5 * height  # a tall glyph is a box edge, not a word
            # "(Godkend)" "(Afvis)": two boxed buttons side by side, not one label
            boxed = last.text.endswith((")", "]", "|", "}")) and w.text.startswith(("(", "[", "|", "{"))
            if (alike and not boxed and abs(cy - lcy) <= height * 0.6
                    and -2 <= w.x - (last.x + last.w) <= height * 1.3):
                line.append(w)
                break
        else:
            lines.append([w])
    out = []
    for line in lines:
        x0, y0 = min(w.x for w in line), min(w.y for w in line)
        x1, y1 = max(w.x + w.w for w in line), max(w.y + w.h for w in line)
        out.append(Phrase(" ".join(w.text for w in line), x0, y0, x1 - x0, y1 - y0))
    return sorted(out, key=lambda p: (p.y, p.x))


def widget_box(grey: np.ndarray, x: int, y: int) -> tuple[int, int, int, int] | None:
    """The box of the flat-coloured area around the point (a field's or button's face), or None
    where the area is not widget-sized (the window background, a gradient that leaks).

    The face is the commonest grey near the point; the fill is tried from several seeds around
    it, because one seed may sit inside a letter's loop ('ø', 'e')."""
    h, w = grey.shape
    if not (0 <= x < w and 0 <= y < h):
        return None
    r = 8
    x0, y0 = max(0, x - r), max(0, y - r)
    patch = grey[y0:y + r + 1, x0:x + r + 1]
    values, counts = np.unique(patch, return_counts=True)
    face = int(values[np.argmax(counts)])
    best = None
    for dx, dy in ((0, 0), (0, -r), (0, r), (-r, 0), (r, 0), (-r, -r), (r, r), (-r, r), (r, -r)):
        sx, sy = min(w - 1, max(0, x + dx)), min(h - 1, max(0, y + dy))
        if int(grey[sy, sx]) != face:
            continue
        mask = np.zeros((h + 2, w + 2), np.uint8)
        flags = 4 | cv2.FLOODFILL_MASK_ONLY | cv2.FLOODFILL_FIXED_RANGE | (255 << 8)
        cv2.floodFill(grey, mask, (sx, sy), 0, 3, 3, flags)
        ys, xs = np.nonzero(mask[1:-1, 1:-1])
        if len(xs) == 0:
            continue
        box = (int(xs.min()), int(ys.min()), int(xs.max() - xs.min() + 1), int(ys.max() - ys.min() + 1))
        if box[2] > 900 or box[3] > 240 or box[2] < 8 or box[3] < 8:
            continue
        if not (box[0] <= x < box[0] + box[2] and box[1] <= y < box[1] + box[3]):
            continue
        if best is None or box[2] * box[3] > best[2] * best[3]:
            best = box
    return best


def _label_of_field(phr: list[Phrase], box: tuple[int, int, int, int], x: int, y: int) -> Phrase | None:
    """The label to the left of the field on its row, else the nearest one above it."""
    bx, by, bw, bh = box
    left, above = [], []
    for p in phr:
        if p.x >= bx - 2 and p.x + p.w <= bx + bw + 2 and p.y >= by - 2 and p.y + p.h <= by + bh + 2:
            continue  # inside the field: its content, not its label
        pcy = p.centre[1]
        if p.x + p.w <= bx + 4 and by - p.h / 2 <= pcy <= by + bh + p.h / 2:
            gap = bx - (p.x + p.w)
            if gap <= 320:
                left.append((gap, p))
        elif p.y + p.h <= by + 4 and bx - 30 <= p.x <= bx + bw and by - (p.y + p.h) <= 60:
            above.append(((by - (p.y + p.h)) * 1.5 + abs(p.x - bx) * 0.2, p))
    for group in (left, above):
        if group:
            return min(group, key=lambda dp: dp[0])[1]
    return None


def _label_of_thing(phr: list[Phrase], words, box, x: int, y: int) -> Phrase | None:
    """The label of what was clicked: the words on the clicked widget's face, else the phrase
    under the click, else a check box's or radio button's label just to its right."""
    if box is not None:
        bx, by, bw, bh = box
        on_face = [w for w in words if useful(w) and w.x >= bx - 3 and w.x + w.w <= bx + bw + 3
                   and w.y >= by - 3 and w.y + w.h <= by + bh + 3]
        if on_face and bh <= 80:  # a button's face, not a whole panel
            face = phrases(on_face)
            inside = [p for p in face if p.contains(x, y, pad=3)]
            return inside[0] if inside else min(
                face, key=lambda p: abs(p.centre[0] - x) + abs(p.centre[1] - y))
    inside = [p for p in phr if p.contains(x, y, pad=3)]
    if inside:
        return inside[0]
    side = [p for p in phr if 0 <= p.x - x <= 40 and abs(p.centre[1] - y) <= p.h]
    if side:
        return min(side, key=lambda p: p.x - x)
    return None


_PAIRS = {"(": ")", "[": "]", "{": "}"}


def _clean_word(word: str) -> str:
    """Drop a box edge read as a bracket or bar: '(Godkend' -> 'Godkend', but '(kr.):' stays."""
    if len(word) > 2 and word[0] in _PAIRS and word[-1] == _PAIRS[word[0]]:
        word = word[1:-1]  # a whole word in a box: '(Godkend)'
    while word and word[0] in "([{|" and (word[0] == "|" or _PAIRS[word[0]] not in word[1:]):
        word = word[1:]
    while word and word[-1] in ")]}|" and (word[-1] == "|" or not any(
            o in word[:-1] for o, c in _PAIRS.items() if c == word[-1])):
        word = word[:-1]
    return word


def clean_text(text: str) -> str:
    """An anchor's text as a person would write it: without the brackets a boxed button reads as."""
    words = [_clean_word(w) for w in text.split()]
    return " ".join(w for w in words if w) or text


def _replay_threshold(text: str) -> float:
    """The least score at which replay takes a reading for this text (and so counts it)."""
    try:
        from recipes.locate.text import threshold
        from recipes.model import Target
    except ImportError:
        return 0.97
    return threshold(Target(text=text))


def _alike(a: str, b: str) -> float:
    try:
        from recipes.locate.text import similarity
    except ImportError:  # the locator is optional here; exact comparison is the fallback
        return 1.0 if clean_text(a).casefold() == clean_text(b).casefold() else 0.0
    return similarity(a, b)


def reading_order(items: list[Phrase]) -> list[Phrase]:
    """Top to bottom, left to right within a row (as the locator counts `index`)."""
    rows: list[list[Phrase]] = []
    for p in sorted(items, key=lambda p: p.y + p.h / 2):
        mid = p.y + p.h / 2
        if rows and abs(mid - (rows[-1][0].y + rows[-1][0].h / 2)) <= max(4, rows[-1][0].h / 2):
            rows[-1].append(p)
        else:
            rows.append([p])
    return [p for row in rows for p in sorted(row, key=lambda p: p.x)]


def occurrences(phr: list[Phrase], text: str, alike: float = 0.97) -> list[Phrase]:
    """Places where `text` reads (as a run of whole words of a phrase), in reading order; the
    phrase the anchor came from is one of them. `alike` is how close a reading counts as the
    same text: replay cannot tell such places apart by their text."""
    n = len(text.split())
    out = []
    for p in phr:
        words = p.text.split()
        for size in {max(1, n - 1), n, n + 1}:
            if any(_alike(text, " ".join(words[i:i + size])) >= alike
                   for i in range(0, len(words) - size + 1)):
                out.append(p)
                break
    return reading_order(out)


def _matches(grey: np.ndarray, box: tuple[int, int, int, int]) -> int:
    """How many places on the screen look like this patch (the patch itself included)."""
    x, y, w, h = box
    tpl = grey[y:y + h, x:x + w]
    if tpl.size == 0 or tpl.std() < 1.0:
        return 99  # a flat patch matches every flat area
    res = cv2.matchTemplate(grey, tpl, cv2.TM_CCOEFF_NORMED)
    hits = np.argwhere(res >= UNIQUE_SCORE)
    if len(hits) <= 1:
        return len(hits)
    # count separate places, not neighbouring pixels of one peak
    places: list[tuple[int, int]] = []
    for hy, hx in hits:
        if all(abs(hx - px) > w // 2 or abs(hy - py) > h // 2 for px, py in places):
            places.append((hx, hy))
    return len(places)


def _clip(box, width: int, height: int) -> tuple[int, int, int, int]:
    x, y, w, h = box
    x0, y0 = max(0, x), max(0, y)
    x1, y1 = min(width, x + w), min(height, y + h)
    return x0, y0, max(1, x1 - x0), max(1, y1 - y0)


def image_box(grey: np.ndarray, centre: tuple[int, int], min_size: tuple[int, int],
              grow: int = 4) -> tuple[tuple[int, int, int, int], bool]:
    """A patch centred on `centre`, at least `min_size`, grown until it is unique on the screen."""
    H, W = grey.shape
    cx, cy = centre
    w, h = max(min_size[0], 48), max(min_size[1], 28)
    box = _clip((cx - w // 2, cy - h // 2, w, h), W, H)
    for _ in range(grow + 1):
        box = _clip((cx - w // 2, cy - h // 2, w, h), W, H)
        if _matches(grey, box) <= 1:
            return box, True
        w, h = w + 60, h + 24
    return box, False


class _Shifted:
    """A word moved into frame coordinates."""

    def __init__(self, w, ox: int, oy: int):
        self.text, self.conf = w.text, w.conf
        self.x, self.y, self.w, self.h = w.x - ox, w.y - oy, w.w, w.h


def _overlap(a: Phrase, b: Phrase) -> bool:
    return (min(a.x + a.w, b.x + b.w) > max(a.x, b.x)) and (min(a.y + a.h, b.y + b.h) > max(a.y, b.y))


def capture_anchor(pixels: np.ndarray, words, x: int, y: int, field: bool = False,
                   origin: tuple[int, int] = (0, 0), screen_words=None) -> Anchor:
    """The anchor for a pointer step at screen point (x, y) on a frame (BGR pixels at `origin`).

    `words` are the OCR words the label is chosen from (a close read around the click is the most
    accurate); `screen_words`, where given, are the words of the whole screen, against which the
    text is checked for being unique."""
    ox, oy = origin
    grey = cv2.cvtColor(pixels, cv2.COLOR_BGR2GRAY) if pixels.ndim == 3 else pixels
    lx, ly = x - ox, y - oy  # frame coordinates
    phr = phrases(words)
    box = widget_box(grey, lx, ly)
    local_phr = [Phrase(p.text, p.x - ox, p.y - oy, p.w, p.h) for p in phr]
    if field:
        fbox = box or (lx - 10, ly - 10, 20, 20)
        label = _label_of_field(local_phr, fbox, lx, ly)
        kind = "field_label"
    else:
        local_words = [_Shifted(w, ox, oy) for w in words]
        label = _label_of_thing(local_phr, local_words, box, lx, ly)
        kind = "label"
    if label is None:
        ibox, unique = image_box(grey, (lx, ly), (64, 32))
        icx, icy = ibox[0] + ibox[2] // 2, ibox[1] + ibox[3] // 2
        return Anchor(None, None, (ibox[0] + ox, ibox[1] + oy, ibox[2], ibox[3]),
                      (lx - icx, ly - icy), (icx + ox, icy + oy), image_unique=unique, kind="image",
                      use_text=False)
    text = clean_text(label.text)
    if screen_words is not None:
        everywhere = [Phrase(p.text, p.x - ox, p.y - oy, p.w, p.h) for p in phrases(screen_words)]
        same = occurrences(everywhere, text, _replay_threshold(text))
        mine = next((p for p in same if _overlap(p, label)), None)
        if mine is None:  # the whole-screen read missed it: count the close read instead
            same = reading_order(same + [label])
        else:
            label_in_same = mine
            same = [label if p is label_in_same else p for p in same]
    else:
        same = occurrences(local_phr, text, _replay_threshold(text))
    cx, cy = label.centre
    ibox, unique = image_box(grey, (cx, cy), (label.w + 2 * IMAGE_PAD, label.h + 2 * IMAGE_PAD))
    anchor = Anchor(
        text=text, text_box=(label.x + ox, label.y + oy, label.w, label.h),
        image_box=(ibox[0] + ox, ibox[1] + oy, ibox[2], ibox[3]), offset=(lx - cx, ly - cy),
        near=(cx + ox, cy + oy), occurrences=len(same), image_unique=unique, kind=kind,
        use_image=unique)  # a patch that shows twice would make the text's one place a tie
    if len(same) > 1:
        # Replay cannot tell repeated text apart once the window has moved. A unique image patch
        # can; without one, the occurrence in reading order does (and the image, which would
        # cover several of the places, is left out so it cannot merge them into one).
        anchor.index = 1 + next((i for i, p in enumerate(same) if p is label), 0)
        anchor.count = len(same)
        anchor.use_text = not unique
        anchor.use_image = unique
    return anchor
