"""Finding a text anchor on a screenshot: by OCR phrases, and by the word's own recorded pixels.

Pure functions over a `Frame`; they never grab the screen. `find_text` reads the words in a
region and scores every run of consecutive words on one line against the target's text (case and
whitespace normalised, rapidfuzz ratio), so that "Gem sagen" is found as two words and "(Gem)" on
a boxed button still reads as "Gem". `find_patch` is the fast path for a recorded anchor: the
word's pixels saved at record time, template-matched in a small window where it was.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import OrderedDict
from dataclasses import replace
from functools import lru_cache

import cv2
import numpy as np
from rapidfuzz import fuzz

from recipes.locate.geometry import clip_box, dedupe, grey_of, intersect, iou
from recipes.locate.image import match_scale, unique_place
from recipes.match import Match
from recipes.model import Target
from recipes.ocr import OcrEngine, Word, pixels_key, prepare
from recipes.ports import Frame

DEFAULT_SIMILARITY = 0.8
SHORT_SIMILARITY = 0.9       # for texts of four letters or fewer
PATCH_ACCEPT = 0.95          # a recorded patch must match nearly pixel for pixel
TILE_AREA = 700_000          # regions larger than this are read in two tiles, in parallel
TILE_OVERLAP = 48            # taller than any UI text line, so every line lies wholly in one tile
_EDGE_PUNCT = "()[]{}|<>\"'`‘’“”«»"


@lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    """Case-folded, NFC, single-spaced, without the brackets and quotes that boxes read as,
    without spaces around hyphens and slashes."""
    text = unicodedata.normalize("NFC", text).casefold()
    words = [w.strip(_EDGE_PUNCT) for w in text.split()]
    # A space read beside a hyphen or slash splits one token ("K- 31", "2024 -117").
    return _JOINED.sub(r"\1", " ".join(w for w in words if w))


_JOINED = re.compile(r"\s*([-/])\s*")


def similarity(wanted: str, seen: str) -> float:
    """0..1: how alike two texts read (after `normalise`).

    Reading errors swap letters; they seldom add letters at the end of a word, where Danish
    makes other words ("Gem" and "Gemt", "Adresse" and "Adresser", "godkende" and
    "godkendelse"). So where one text is the other with letters added at its end, the score says
    they differ. A first letter lost beside a border ("ournalnummer") is a common misreading of
    a longer word and is not held against it.
    """
    a, b = normalise(wanted), normalise(seen)
    if not a or not b:
        return 0.0
    if a != b and a.rstrip(_WORD_PUNCT) == b.rstrip(_WORD_PUNCT) and a.rstrip(_WORD_PUNCT):
        # "Nr." read as "Nr" or "Nr,", "Adresse:" as "Adresse": a point or colon at the end is
        # lost or misread far more often than it tells two labels apart.
        return max(0.95, fuzz.ratio(a, b) / 100.0)
    score = fuzz.ratio(a, b) / 100.0
    return score * 0.7 if another_word(a, b) or other_numbers(a, b) else score


_DIGITISH = str.maketrans({"o": "0", "l": "1", "i": "1"})


def numbers_in(text: str) -> list[str]:
    """The numbers of a normalised text, in order, where a token holding a digit has the letters
    OCR takes for digits (o, l, i) read as digits: "f-2o41" has the number 2041."""
    out = []
    for token in text.split():
        if any(c.isdigit() for c in token):
            out += re.findall(r"\d+", token.translate(_DIGITISH))
    return out


def other_numbers(a: str, b: str) -> bool:
    """True where two texts hold other numbers: a number is an identity (an invoice, a case, an
    amount), so "F-2041" is not a misreading of "F-2047", and a text without the number is
    another text ("Godkend til betaling" is not "Godkendt til betaling: F-2041.")."""
    if not (_DIGIT.search(a) or _DIGIT.search(b)):   # most texts: no number, nothing to do
        return False
    return numbers_in(a) != numbers_in(b)


_DIGIT = re.compile(r"\d")


def another_word(a: str, b: str) -> bool:
    """True where two normalised texts are different words rather than one misread: another
    form of a word ("godkendt", "godkende"), or one with letters added at its end ("Gem",
    "Gemt") or at its start (two letters or more; one for a short word)."""
    if _other_word_form(a, b):
        return True
    short, long_ = sorted((a, b), key=len)
    if short == long_:
        return False
    if long_.startswith(short):
        return any(c.isalnum() for c in long_[len(short):])
    if long_.endswith(short):
        letters = sum(c.isalnum() for c in long_[:-len(short)])
        return letters >= 2 or (letters and len(short) < 6)
    return False


_WORD_PUNCT = ".,:;!?"


def _goes_on(wanted: str, seen: str) -> bool:
    """True where a normalised reading holds the wanted text with letters right after it
    ("sagen godkendes?" for "godkend"): there it is part of another word."""
    return re.search(re.escape(wanted) + r"[^\W_]", seen) is not None


def _other_word_form(a: str, b: str) -> bool:
    """True where a word of one text is another form of the same word in the other: the same
    stem with another ending ("godkendt" and "godkende", "sagen" and "sager"). Danish bends
    words at their end, and the forms mean different things (approved / approve), so such a
    pair is not a misreading. A letter lost inside a word ("sagr" for "sager") keeps the last
    letter and is not taken for another form."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return False
    for x, y in zip(wa, wb):
        x, y = x.strip(_WORD_PUNCT), y.strip(_WORD_PUNCT)
        if x == y or min(len(x), len(y)) < 3 or x[-1] == y[-1]:
            continue
        longer = max(len(x), len(y))
        stem = 0
        while stem < min(len(x), len(y)) and x[stem] == y[stem]:
            stem += 1
        if stem >= longer - 2:
            return True
    return False


def threshold(target: Target) -> float:
    """The least score accepted: the target's `similarity`, else 0.8; for a word of four letters
    or fewer, where one letter more or less makes another word ("Slet", "Set"), 0.9."""
    if target.similarity is not None:
        return target.similarity
    if len(normalise(target.text or "")) <= 4:
        return SHORT_SIMILARITY
    return DEFAULT_SIMILARITY


def content_boxes(grey: np.ndarray, min_side: int = 10) -> list[tuple[int, int, int, int]]:
    """Boxes (in `grey`'s pixels) around everything that is not plain background: windows on an
    empty desktop, blocks of text on a page. Found on a 4x shrunk copy, so it costs about 1 ms."""
    h, w = grey.shape
    small = cv2.resize(grey, (max(1, w // 4), max(1, h // 4)), interpolation=cv2.INTER_AREA)
    kernel = np.ones((3, 3), np.uint8)
    busy = ((cv2.dilate(small, kernel) - cv2.erode(small, kernel)) > 12).astype(np.uint8)
    busy = cv2.dilate(busy, np.ones((3, 5), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(busy, connectivity=8)
    boxes = []
    for x, y, bw, bh, _area in stats[1:]:
        x0, y0 = max(0, x * 4 - 8), max(0, y * 4 - 8)
        x1, y1 = min(w, (x + bw) * 4 + 8), min(h, (y + bh) * 4 + 8)
        if min(x1 - x0, y1 - y0) >= min_side:
            boxes.append((int(x0), int(y0), int(x1 - x0), int(y1 - y0)))
    return _merge_overlapping(boxes)


def _overlaps(a, b) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def _merge_overlapping(boxes: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    boxes = list(boxes)
    merged = True
    while merged:
        merged = False
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, b = boxes[i], boxes[j]
                if _overlaps(a, b):
                    x0, y0 = min(a[0], b[0]), min(a[1], b[1])
                    x1, y1 = max(a[0] + a[2], b[0] + b[2]), max(a[1] + a[3], b[1] + b[3])
                    boxes[i] = (x0, y0, x1 - x0, y1 - y0)
                    del boxes[j]
                    merged = True
                    break
            if merged:
                break
    return boxes


def _split(box) -> list[tuple[tuple, tuple]]:
    """(read box, keep box) pairs: a large box as two overlapping tiles, top and bottom; each
    word is kept from the tile that holds its centre."""
    x, y, w, h = box
    if w * h <= TILE_AREA or h < 4 * TILE_OVERLAP:
        return [(box, box)]
    mid = y + h // 2
    top = (x, y, w, mid + TILE_OVERLAP // 2 - y)
    bottom = (x, mid - TILE_OVERLAP // 2, w, y + h - (mid - TILE_OVERLAP // 2))
    return [(top, (x, y, w, mid - y)), (bottom, (x, mid, w, y + h - mid))]


def read_words(frame: Frame, ocr: OcrEngine, box=None, within=None,
               look: str = "prepared") -> list[Word]:
    """All words in a screen box of the frame (default: all of it). A large box is read only
    where something is shown, each window on its own, and what is still large in two
    overlapping tiles; the pieces are read in parallel. With `within`, only the pieces that
    reach into it are read and only its words returned: a later read of the whole box finds
    those pieces in the OCR cache, so searching near first never costs more than one read of
    everything."""
    box = clip_box(frame, box)
    if box is None:
        return []
    x, y, w, h = box
    if w * h <= TILE_AREA:
        pieces = [(box, box)]
    else:
        ox, oy = frame.origin
        grey = frame.grey[y - oy:y - oy + h, x - ox:x - ox + w]
        parts = [(bx + x, by + y, bw, bh) for bx, by, bw, bh in content_boxes(grey)]
        pieces = [pair for part in parts for pair in _split(part)]
    if within is not None:
        pieces = [p for p in pieces if _overlaps(p[1], within)]
    pieces.sort(key=lambda p: -p[0][2] * p[0][3])   # the largest first keeps the workers busy
    words = ocr.words_many([(frame.crop(*read), (read[0], read[1])) for read, _ in pieces],
                           look=look)
    keep = {(read[0], read[1]): kept for read, kept in pieces}
    out = []
    for wd in words:
        cx, cy = wd.x + wd.w // 2, wd.y + wd.h // 2
        for kx, ky, kw, kh in (keep[wd.line[:2]], within or keep[wd.line[:2]]):
            if not (kx <= cx < kx + kw and ky <= cy < ky + kh):
                break
        else:
            out.append(wd)
    return out


def lines_of(words: list[Word]) -> list[list[Word]]:
    """See `_lines_of`; the runs of a list of words read before are remembered (many steps look
    for their texts among the same words of an unchanged screen)."""
    return _lines_remembered(tuple(words))


@lru_cache(maxsize=64)
def _lines_remembered(words: tuple[Word, ...]) -> list[list[Word]]:
    return _lines_of(list(words))   # shared between callers: read, never changed


def _lines_of(words: list[Word]) -> list[list[Word]]:
    """Words grouped in runs along a text line, each left to right. A run is where words stand,
    not how Tesseract grouped them (reading sparse text it may give each word of "Ældre
    pleje" a line of its own): each word is joined to its nearest neighbour on the right that
    stands on the same line (heights overlapping by half the smaller) no further than a wide
    space, or that Tesseract read on the same line, where that word's nearest on the left is
    it too."""
    if not words:
        return []
    ws = sorted(words, key=lambda w: (w.x, w.y))
    x = np.array([w.x for w in ws], np.int32)
    y = np.array([w.y for w in ws], np.int32)
    wd = np.array([w.w for w in ws], np.int32)
    ht = np.array([w.h for w in ws], np.int32)
    n = len(ws)
    right = np.full(n, -1)
    left_gap = np.full(n, np.inf)
    left = np.full(n, -1)
    for i in range(n):
        gap = x - (x[i] + wd[i])
        overlap = np.minimum(y + ht, y[i] + ht[i]) - np.maximum(y, y[i])
        ok = ((x > x[i] + wd[i] // 2) & (overlap >= 0.5 * np.minimum(ht, ht[i])) &
              (gap <= 2.5 * np.maximum(ht, ht[i])) & (gap >= -0.3 * np.minimum(wd, wd[i])))
        # Words Tesseract put on one line stay together, whatever their boxes say (on a small
        # piece read closer they may overlap).
        ok |= (x > x[i]) & np.array([w.line == ws[i].line for w in ws])
        ok[i] = False
        if ok.any():
            j = int(np.argmin(np.where(ok, gap, np.iinfo(np.int32).max)))
            right[i] = j
            if gap[j] < left_gap[j]:
                left_gap[j], left[j] = gap[j], i
    runs = []
    for i in range(n):
        if left[i] >= 0 and right[left[i]] == i:
            continue   # not the start of a run
        run = [ws[i]]
        while right[i] >= 0 and left[right[i]] == i:
            i = right[i]
            run.append(ws[i])
        runs.append(run)
    return runs


def _union(words: list[Word]) -> tuple[int, int, int, int]:
    x0 = min(w.x for w in words)
    y0 = min(w.y for w in words)
    x1 = max(w.x + w.w for w in words)
    y1 = max(w.y + w.h for w in words)
    return x0, y0, x1 - x0, y1 - y0


def scale_from_size(target: Target, w: int, h: int) -> float:
    """How much larger than at record time the anchor shows (1.0 where its size is unknown).
    Width and height together: a word's box height alone jumps with ascenders and descenders."""
    if not target.size or target.size[0] <= 0 or target.size[1] <= 0:
        return 1.0
    scale = (w + h) / float(target.size[0] + target.size[1])
    if 0.9 <= scale <= 1.1:
        return 1.0
    return round(min(4.0, max(0.5, scale)), 2)


def phrase_matches(words: list[Word], target: Target, floor: float) -> list[Match]:
    """Every run of consecutive words on one line that reads like the target, scored."""
    wanted = normalise(target.text or "")
    n = len(wanted.split())
    if not wanted:
        return []
    out: list[Match] = []
    for line in lines_of(words):
        for size in {max(1, n - 1), n, n + 1}:
            for i in range(0, len(line) - size + 1):
                run = line[i:i + size]
                # A big gap means the next word belongs to another field or button.
                if any(b.x - (a.x + a.w) > 2.5 * max(a.h, b.h) for a, b in zip(run, run[1:])):
                    continue
                seen = " ".join(w.text for w in run)
                score = similarity(wanted, seen)
                if score >= floor:
                    x, y, w, h = _union(run)
                    out.append(Match(x, y, w, h, round(score, 4), scale_from_size(target, w, h),
                                     "ocr", seen))
    return dedupe(out)


OTHER_LOOKS = ("plain", "faint", "speckled")


def find_text(frame: Frame, target: Target, ocr: OcrEngine, region=None,
              floor: float | None = None, within=None,
              other_looks: tuple[str, ...] = OTHER_LOOKS, worked: dict | None = None
              ) -> list[Match]:
    """Places in `region` (screen box; default the frame) where the target's text reads, best
    first. Only matches scoring at least the target's similarity, or `floor` where given (to learn
    the best near miss for an error message). `within` narrows to a part of the region that is
    searched first (see `read_words`). `other_looks` are the ways of reading tried where the
    prepared one finds nothing good enough. `worked` (kept by the caller from one look-up to the
    next, as a run's Locator does) remembers which way of reading found text in a region last:
    that way is tried first there, so a program that only one way reads well (Windows' light,
    thin font reads "plain") costs one reading, not two."""
    if not target.text:
        return []
    limit = threshold(target) if floor is None else floor
    # Only near misses of the target's own threshold are worth a second reading; a lower `floor`
    # (asked for to report the best near miss) does not widen that band.
    band = closer_look_band(target)
    looks = ("prepared",) + tuple(other_looks)
    key = (clip_box(frame, region), looks)
    remembered = worked.get(key) if worked is not None else None
    if remembered in looks:
        looks = (remembered,) + tuple(look for look in looks if look != remembered)
    words = read_words(frame, ocr, region, within, look=looks[0])
    seen = phrase_matches(words, target, max(0.0, min(limit, band)))
    found = closer_look(frame, target, ocr, seen, limit, region, band, looks[0])
    if len(looks) > 1 and within is None and len(normalise(target.text)) <= 4 \
            and any(m.score >= threshold(target) for m in found):
        found = _rivals(frame, target, ocr, words, found, looks[1:], region)
    # Other ways of reading are tried on the whole region only: a search near first that does
    # not find the target in the first way leaves them to the search of the whole region,
    # which then reads the same pieces once.
    if not any(m.score >= threshold(target) for m in found) and len(looks) > 1 \
            and within is None:
        # Not there as read first: look other ways. Without flattening and line removal a
        # light, thin font (Windows' anti-aliased text) does not vanish; with light grey made
        # dark, disabled text shows. Only where the first reading left something to see is read
        # again: ink without a word on it, and what read somewhat like the target (see
        # `spots_to_read_again`). A screen that does not change is served from the cache the
        # second time, so waiting for a target costs little.
        first = words
        near_misses = sorted(phrase_matches(words, target, look_again_from(target)),
                             key=lambda m: -m.score)[:NEAR_MISSES_AGAIN]
        others = _other_words(first, target)
        whole_later = []
        for look in looks[1:]:
            spots = spots_to_read_again(frame, first, near_misses, look, region)
            if spots is None:
                words = read_words(frame, ocr, region, look=look)
            else:
                words = ocr.words_many(spots, look="ready")
                whole_later.append(look)
            found = _read_again(frame, target, ocr, words, found, limit, region, band, look,
                                others, first)
            if any(m.score >= CLOSER_LOOK_UNDER for m in found):
                break
        else:
            # Nothing read well in the pieces (a piece may cut a button's edge into its word:
            # "LAfvis", read closer "Atvis" beside the word): the line of each match found
            # only just good enough is read again across the whole region, those ways, as the
            # whole region reads it.
            box = clip_box(frame, region)
            for m in [m for m in found if m.score >= threshold(target)][:CLOSER_LOOK_MAX]:
                window = _window_of(frame, box, m)
                strip = window and intersect((window[0], m.y - m.h, window[2], 3 * m.h), window)
                for look in whole_later if strip else ():
                    words = ocr.words(frame.crop(*strip), strip[:2], look=look)
                    found = _read_again(frame, target, ocr, words, found, limit, region, band,
                                        look, others, first)
        if any(m.score >= threshold(target) for m in found) and worked is not None \
                and len(words) >= 1.5 * len(first):
            # This way read half as many words again as the first did (in all, or just where
            # the first left ink unread): it goes first next time.
            worked[key] = look
    return found


def _other_words(first: list[Word], target: Target) -> list[Match]:
    """The places the first reading read as another word than the target (see
    `another_word`): no other way's reading of the target there is taken. A reading that lost
    the target's first letters beside a border ("“ler" for "Filer") is a misreading, not
    another word."""
    wanted = normalise(target.text or "")
    return [m for m in phrase_matches(first, target, 0.0)
            if another_word(wanted, normalise(m.label)) and not wanted.endswith(normalise(m.label))]


RIVAL_SIZE = 1.6             # an unread line at most this much wider, narrower, taller or
                             # lower than a find may hold a rival (see `_rivals`)


def _rivals(frame, target, ocr, first, found, looks, region) -> list[Match]:
    """`found` (what the first reading, `first`, found of a short target) with the places that
    another way reads as the target in lines of the same size that the first reading left
    unread. A short word may be read at a place it is not ("Gern" through a remote session's
    JPEG reads "Gem"), while the place it is stays unread the first way (white on a green
    button, its background left uneven by JPEG): a second place makes the look-up ambiguous,
    a refusal, where the first alone would be a click on the wrong word. The looks are tried
    in turn until one finds a rival; each reads only lines of the size of a find (see
    `spots_to_read_again`), which the cache keeps for the next look-up. Where more such lines
    are unread than SPOTS_MOST, or more of the region than SPOTS_AT_MOST (a page of small
    unread text), none is read: the check would cost a whole reading per look.

    A place the first reading read as another word (with little confidence, so its line
    counts as unread) is no rival, as in `_read_again`. A rival scores no better than the
    find: it makes the look-up a refusal, never a click on the rival instead."""
    sure = [m for m in found if m.score >= threshold(target)]
    best = max(m.score for m in sure)
    others = None   # worked out only where a look reads the target in a piece

    def fits(line) -> bool:
        _, _, w, h = line
        return any(m.w <= RIVAL_SIZE * w and w <= RIVAL_SIZE * m.w and m.h <= RIVAL_SIZE * h
                   and h <= RIVAL_SIZE * m.h and not _overlaps(line, (m.x, m.y, m.w, m.h))
                   for m in sure)

    for look in looks:
        spots = spots_to_read_again(frame, first, [], look, region, fits=fits)
        if not spots:
            continue
        rivals = [m for m in phrase_matches(ocr.words_many(spots, look="ready"), target,
                                            threshold(target))
                  if not any(iou(m, f) > 0 for f in sure)]
        if rivals:
            others = _other_words(first, target) if others is None else others
            rivals = [replace(m, score=min(m.score, best)) for m in rivals
                      if not any(_read_as(o, m) for o in others)]
        if rivals:
            return dedupe(found + rivals)
    return found


def _window_of(frame: Frame, box, m: Match):
    """The part of a screen box where `m` is shown: the window that holds it where the box is
    large (see `read_words`), else the box."""
    if box is None or box[2] * box[3] <= TILE_AREA:
        return box
    x, y = box[:2]
    cx, cy = m.centre
    for bx, by, bw, bh in content_boxes(grey_of(frame, box)):
        if x + bx <= cx < x + bx + bw and y + by <= cy < y + by + bh:
            return (x + bx, y + by, bw, bh)
    return box


def _read_again(frame, target, ocr, words, found, limit, region, band, look,
                others=(), others_words=()) -> list[Match]:
    """`found` with what `words` (read `look`'s way) show of the target, near misses read
    closer; but not where the first reading read another word (`others`): one way reading
    "Gern" and another "Gem" at one place (JPEG blurs "rn" into "m") is no find of "Gem"; nor
    a box with letters much wider than the window's (the first reading's words,
    `others_words`, and these): a word's box that took in the ink beside it ("Sag" 84 px
    wide where "Sag" is 35) would have a click miss the word."""
    again = phrase_matches(words, target, max(0.0, min(limit, band)))
    shares = [_letter_share(wd.text, wd.w, wd.h) for wd in list(others_words) + list(words)
              if wd.conf >= SURE and not _GLUED.search(wd.text)]
    usual = float(np.median([s for s in shares if s])) if any(shares) else 0.0
    again = [m for m in closer_look(frame, target, ocr, again, limit, region, band, look)
             if not any(_read_as(o, m) for o in others)
             and not (usual and _letter_share(m.label, m.w, m.h) > WIDE_LETTERS * usual)]
    return dedupe(found + again)


WIDE_LETTERS = 1.5   # a box with letters this much wider than the window's usual: ink beside


def _read_as(other: Match, m: Match) -> bool:
    """True where the first reading read the place of `m` as `other`: about the same box, on
    the same line (a box two lines tall is a misreading of both lines, as "K-34" over the row
    of "K-31" in a fixed-width font)."""
    return iou(other, m) >= 0.5 and 0.9 * m.w <= other.w <= 1.5 * m.w \
        and 2 * max(m.h, other.h) <= 3 * min(m.h, other.h)


# How wide a letter is against most (in most fonts): "m" and "w" half as wide again, "i", "l"
# and punctuation half as wide.
_WIDTHS = {**{c: 1.5 for c in "mwæ"}, **{c: 0.5 for c in "ijlftr.,:;!'-()/|"}}


def _letter_share(text: str, w: int, h: int) -> float:
    """How wide a letter (see `_WIDTHS`) of a box reading `text` is, as a share of the box's
    height; 0 for a box of fewer than two letters."""
    letters = sum(_WIDTHS.get(c, 1.0) for c in normalise(text).replace(" ", ""))
    return w / letters / h if letters >= 2 and h > 0 else 0.0


LOOK_AGAIN_FROM = 0.5        # readings this like the target are read again another way,
NEAR_MISSES_AGAIN = 4        # the best this many of them


def look_again_from(target: Target) -> float:
    """The lowest score of a first reading worth reading again another way: LOOK_AGAIN_FROM,
    and for a word of three letters or fewer two letters off ("Nr." read "År")."""
    letters = max(1, len((target.text or "").replace(" ", "")))
    if letters > 3:
        return LOOK_AGAIN_FROM
    return max(0.0, min(LOOK_AGAIN_FROM, threshold(target) - 2.0 / letters - 0.01))


SPOTS_AT_MOST = 0.4          # where more of the region than this is left unread, all is read,
SPOTS_MOST = 12              # and where more pieces than this (each read costs a few ms more)


def spots_to_read_again(frame: Frame, words: list[Word], near_misses: list[Match], look: str,
                        region=None, fits=None
                        ) -> list[tuple[np.ndarray, tuple[int, int]]] | None:
    """What is worth reading `look`'s way after a first reading (`words`) that missed the
    target, or found a short one (see `_rivals`): every line of letters that this way shows
    and no word read covers (disabled grey text that
    flattening made white, a light thin font), and every place that read somewhat like the
    target; each with some context on its sides, as Tesseract reads a word best among its
    neighbours. Pieces of the pixels prepared the `look` way (read them as they are, look
    "ready") with their screen origin; None where so much is left unread that reading
    everything again costs no more (a picture, a page of unread text). `fits`, where given,
    says which unread lines (screen boxes) are wanted."""
    box = clip_box(frame, region)
    if box is None:
        return []
    x, y, w, h = box
    grey = grey_of(frame, box)
    parts = [(0, 0, w, h)] if w * h <= TILE_AREA else content_boxes(grey)
    tall = _two_lines(words)
    pieces, area = [], 0
    for px, py, pw, ph in parts:
        ready, lines = _prepared_lines(grey[py:py + ph, px:px + pw], look)
        ox, oy = x + px, y + py
        spots = [(ox + sx, oy + sy, sw, sh) for sx, sy, sw, sh in lines
                 if _unread(words, (ox + sx, oy + sy, sw, sh), tall)
                 and (fits is None or fits((ox + sx, oy + sy, sw, sh)))]
        spots += [(m.x, m.y, m.w, m.h) for m in near_misses
                  if ox <= m.x + m.w // 2 < ox + pw and oy <= m.y + m.h // 2 < oy + ph]
        # A line's height of context on each side, little above and below: a piece holding
        # one line only is binarised for that line's shade (light grey text beside black text
        # would be lost). A line seen only in part (faint letters through JPEG speckle) is
        # given the height of the window's lines.
        usual = int(np.median([bh for _, _, _, bh in lines])) if lines else 0
        grown = []
        for sx, sy, sw, sh in spots:
            line = max(sh, usual)
            top, pad = sy + sh // 2 - line // 2, max(2, line // 4)
            grown.append(intersect((sx - line, top - pad, sw + 2 * line, line + 2 * pad),
                                   (ox, oy, pw, ph)))
        for gx, gy, gw, gh in _merge_overlapping([g for g in grown if g is not None]):
            area += gw * gh
            pieces.append((ready[gy - oy:gy - oy + gh, gx - ox:gx - ox + gw], (gx, gy)))
    if area > SPOTS_AT_MOST * sum(pw * ph for _, _, pw, ph in parts) or len(pieces) > SPOTS_MOST:
        return None
    return pieces


LINES_KEPT = 12               # (window, way) pairs whose prepared pixels and lines are kept:
                             # four windows read the three other ways (up to 2 MB each)
_lines_kept: OrderedDict = OrderedDict()
_lines_lock = threading.Lock()


def _prepared_lines(grey: np.ndarray, look: str):
    """`grey` prepared the `look` way at its own size, and the lines of letters on it (see
    `_letter_lines`); kept for the last few windows and ways. Every look-up that reads pieces
    on an unchanged screen (a miss, a short target's check for rivals) needs the same, and
    preparing a window costs a few milliseconds per way, more than reading the pieces the
    cache keeps. Shared between callers, so read-only."""
    key = (pixels_key(grey), look)
    with _lines_lock:
        kept = _lines_kept.get(key)
        if kept is not None:
            _lines_kept.move_to_end(key)
            return kept
    ready = prepare(grey, 1, look)
    if np.shares_memory(ready, grey):
        ready = ready.copy()   # not the screenshot's own pixels ("plain" leaves them as they are)
    ready.setflags(write=False)
    kept = (ready, _letter_lines(ready))
    with _lines_lock:
        _lines_kept[key] = kept
        while len(_lines_kept) > LINES_KEPT:
            _lines_kept.popitem(last=False)
    return kept


def _letter_lines(ready: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Boxes of the lines of letters on prepared pixels (dark on light): the letters and words
    of a line joined (a space between words is about half a letter's height, a gap between
    fields or columns several). A letter is darker than the background around it, however
    light both are (disabled grey text on a grey window); the background is what a closing
    leaves (letters' thin strokes filled, a button's light edge no wider than it is)."""
    background = cv2.morphologyEx(ready, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
    ink = (background.astype(np.int16) - ready > INK_CONTRAST).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    heights = stats[1:, 3][(stats[1:, 3] >= 5) & (stats[1:, 3] <= 60)]
    if heights.size == 0:
        return []
    letters = int(np.median(heights))
    # Frames, borders and rules are no letters: what is taller than a line of text, or a thin
    # line, is left out before letters are joined, so that a label beside a frame stays a line.
    w, h = stats[:, 2], stats[:, 3]
    keep = (h <= 2 * letters) & ~((h <= 3) & (w > 4 * letters))
    keep[0] = False
    ink = keep[labels].astype(np.uint8)
    joined = cv2.dilate(ink, np.ones((1, max(5, round(1.2 * letters))), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    return [(int(bx), int(by), int(bw), int(bh)) for bx, by, bw, bh, _ in stats[1:]
            if 5 <= bh <= 3 * letters and bw >= 3]


INK_CONTRAST = 25            # a letter is this much darker than its background, at least
_GLUED = re.compile(r"[|\[\]{}_]")
SURE = 60                    # Tesseract's confidence in a word that counts as read


def _two_lines(words: list[Word]) -> float:
    """How tall a word box read with some confidence is when it took in two lines: half as
    tall again as most (0 where nothing was read)."""
    heights = [wd.h for wd in words if wd.conf >= SURE]
    return 1.5 * float(np.median(heights)) if heights else 0.0


def _unread(words: list[Word], line, tall: float) -> bool:
    """True where a line of letters (a screen box) was not read: a stretch of it as wide as a
    letter is tall lies under no word read with some confidence, as where "Løn og personale"
    read as "Lon og" and "onale". A word with a box's edge or an underline glued to it
    ("Rediger||Sag|", "Pe]", "_atvis") was not read, however sure Tesseract is of it; nor
    does a word box two lines tall (taller than `tall`, see `_two_lines`) reaching into this
    line from the line above ("Førtidspension" over "Sygedagpenge") cover it."""
    x, y, w, h = line
    covered = np.zeros(w + 2, bool)
    covered[0] = covered[-1] = True
    for wd in words:
        overlap = min(y + h, wd.y + wd.h) - max(y, wd.y)
        if wd.conf >= SURE and not _GLUED.search(wd.text) and wd.x < x + w and x < wd.x + wd.w \
                and overlap > 0 and (wd.h <= tall or overlap >= min(h, wd.h) / 2):
            covered[1 + max(0, wd.x - x - 2):1 + max(0, wd.x + wd.w - x + 2)] = True
    edges = np.flatnonzero(np.diff(covered.astype(np.int8)))   # where unread stretches start/end
    return bool((edges[1::2] - edges[0::2] >= max(4, h)).any())


CLOSER_LOOK_BELOW = 0.2      # near misses this far below the threshold get a second reading


def closer_look_band(target: Target) -> float:
    """The lowest score of a near miss worth a second reading: CLOSER_LOOK_BELOW under the
    target's threshold, and for a short word at least one letter off (one misread letter is a
    third of "Kør": a button's underlined mnemonic letter read it as "Kar")."""
    letters = max(1, len((target.text or "").replace(" ", "")))
    return threshold(target) - max(CLOSER_LOOK_BELOW, 1.0 / letters + 0.01)
CLOSER_LOOK_UNDER = 0.95     # matches reading worse than this get a second reading
CLOSER_LOOK_MAX = 3          # at most this many, best first (each costs a few milliseconds)
CLOSER_UPSCALE = 4


def closer_look(frame: Frame, target: Target, ocr: OcrEngine, matches: list[Match],
                limit: float, region=None, band: float = 0.0,
                look: str = "prepared") -> list[Match]:
    """Matches that read imperfectly, read again: a strip around each, twice as large as the
    first reading. A small UI font ("Afvis" read as "Atvis") mostly reads right then, so a
    right target scores near 1 and a near miss that is really the target is not lost. Matches
    scoring below `band` are not looked at again. Only matches that score at least `limit` after
    the second reading are returned, best first. `look` is how the matches were read (the
    closer reading prepares the pixels the same way)."""
    out = []
    looked = 0
    for m in sorted(matches, key=lambda m: -m.score):
        # A match read perfectly is looked at again too where letters touch it: part of a
        # longer word ("sag" of "sagen") was read as a word of its own.
        sure = m.score >= CLOSER_LOOK_UNDER and not _ink_touches(frame, m)
        if sure or m.score < band or looked >= CLOSER_LOOK_MAX:
            if m.score >= limit:
                out.append(m)
            continue
        looked += 1
        # Some context on each side: Tesseract reads nothing on a crop that holds only the word.
        box = intersect((m.x - 2 * m.h, m.y - m.h // 2, m.w + 4 * m.h, 2 * m.h), region)
        box = clip_box(frame, box) if box is not None else None
        best = m
        if box is not None:
            words = ocr.words(frame.crop(*box), (box[0], box[1]), upscale=CLOSER_UPSCALE,
                              look=look)
            here = [again for again in phrase_matches(words, target, 0.0) if iou(again, m) >= 0.5]
            wanted = normalise(target.text or "")
            # (where the first reading read the target with letters after it, a closer
            # reading of only its start is that word split, not the target: "godkendes?" read
            # closer as "godkend" "es?" in a fixed-width font)
            longer = _goes_on(wanted, normalise(m.label))
            better = [again for again in here if again.score > m.score
                      and not (longer and again.w < 0.9 * m.w)]
            # (what spans the whole match: a word of it alone says nothing)
            other = [again for again in here + [
                Match(wd.x, wd.y, wd.w, wd.h, round(similarity(wanted, wd.text), 4), m.scale,
                      "ocr", wd.text) for wd in words if iou(wd, m) >= 0.5]
                if again.w >= 0.9 * m.w and another_word(wanted, normalise(again.label))]
            if better:
                best = max(better, key=lambda again: again.score)
            elif other:
                # Read closer, the place says another word: "Godkend" first read as "Godbkend"
                # is no near miss of "Godkendt".
                best = other[0]
        if best.score >= limit:
            out.append(best)
    return dedupe(out)   # best first


def _ink_touches(frame: Frame, m: Match) -> bool:
    """True where a letter stands closer beside the match than a space between words: the word
    read goes on. A column of a letter changes from light to dark along the word's height; a
    box or grid line beside the word is one tone along it and is no letter."""
    gap = max(3, round(0.35 * m.h))
    ox, oy = frame.origin
    y0, y1 = max(0, m.y + 1 - oy), min(frame.height, m.y + m.h - 1 - oy)
    for x0 in (m.x - gap - ox, m.x + m.w - ox):
        x0, x1 = max(0, x0), min(frame.width, x0 + gap)
        if x1 <= x0 or y1 <= y0:
            continue
        cols = frame.grey[y0:y1, x0:x1]
        if (cols.max(axis=0).astype(np.int16) - cols.min(axis=0) > 60).any():
            return True
    return False


def _has_margins(patch: np.ndarray) -> bool:
    """True where the patch has plain background at its left and right (the recorder cuts the
    word with a margin)."""
    return all(np.ptp(side) <= 30 for side in (patch[:, :2], patch[:, -2:]))


def _margins_match(grey: np.ndarray, x: int, y: int, patch: np.ndarray) -> bool:
    """The found place has the patch's plain margins too: a longer word ("Gemt" for "Gem")
    puts a letter there, which the overall score hardly notices."""
    ph, pw = patch.shape
    found = grey[y:y + ph, x:x + pw].astype(np.int16)
    for cols in (slice(0, 3), slice(pw - 3, pw)):
        if np.mean(np.abs(found[:, cols] - patch[:, cols].astype(np.int16)) > 60) > 0.05:
            return False
    return True


def _isolated(grey: np.ndarray, x: int, y: int, patch: np.ndarray) -> bool:
    """For a patch cut without plain margins: True where no letter touches it from the left or
    right, so a recorded "Gem" is not accepted as the start of "Gemt". A column beyond the cut
    is fine when it is one even tone, or goes on like the patch's own edge column (a field's
    border, a selected row running on); otherwise it holds a letter."""
    ph, pw = patch.shape
    # As far as a gap between letters reaches (a space between words is wider): at 125 % the
    # "s" of "Sagsnummer" starts 3 pixels after the "g" of "Sag".
    reach = max(3, round(0.3 * ph))
    for edge, x0, x1 in ((patch[:, :1], x - reach, x), (patch[:, -1:], x + pw, x + pw + reach)):
        cols = grey[y:y + ph, max(0, x0):max(0, min(grey.shape[1], x1))].astype(np.float32)
        if cols.size == 0:
            continue
        lettered = (np.ptp(cols, axis=0) > 40) & (np.abs(cols - edge).mean(axis=0) > 25)
        if lettered.any():
            return False
    return True


def find_patch(frame: Frame, patch: np.ndarray, target: Target, region,
               accept: float = PATCH_ACCEPT) -> list[Match]:
    """Where the recorded pixels of the anchor (grey `patch`) show in `region` at the same scale,
    with a score of at least `accept`; one candidate per place, best first. A large region is
    searched coarse to fine (a few milliseconds for a whole screen)."""
    box = clip_box(frame, region)
    if box is None:
        return []
    x, y, w, h = box
    ph, pw = patch.shape[:2]
    if w < pw or h < ph:
        return []
    # A few pixels beyond the box too, to see what touches a match at its edge.
    outer = clip_box(frame, (x - 3, y, w + 6, h))
    grey = grey_of(frame, outer)
    window = grey[:, x - outer[0]:x - outer[0] + w]
    margins = _has_margins(patch)
    out = []
    for bx, by, score in match_scale(window, patch, accept):
        gx, gy = x - outer[0] + bx, by
        if _margins_match(grey, gx, gy, patch) if margins else _isolated(grey, gx, gy, patch):
            out.append(Match(x + bx, y + by, pw, ph, round(float(score), 4), 1.0, "patch",
                             target.text or ""))
    return sorted(out, key=lambda m: -m.score)


def patch_in_place(frame: Frame, patch: np.ndarray, target: Target, region,
                   accept: float = PATCH_ACCEPT) -> Match | None:
    """The one place in a small `region` where the recorded pixels show, or None where they do
    not show there, show twice, or have a letter beside them (what `find_patch` would find
    there, for the look-up that settles most of a replay's steps: see `Locator.in_place`)."""
    box = clip_box(frame, region)
    if box is None:
        return None
    grey = grey_of(frame, box)
    ph, pw = patch.shape[:2]
    found = unique_place(grey, patch, accept, edge=3)
    if found is None:
        return None
    bx, by, score = found
    ok = _margins_match(grey, bx, by, patch) if _has_margins(patch) else \
        _isolated(grey, bx, by, patch)
    if not ok:
        return None
    return Match(box[0] + bx, box[1] + by, pw, ph, round(score, 4), 1.0, "patch",
                 target.text or "")
