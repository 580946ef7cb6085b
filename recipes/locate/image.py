"""Finding an image anchor on a screenshot: grey template matching over display scales.

A pure function over a `Frame`. The template is searched at the scales a desktop may be set to
(a little below 100 % up to 200 %), coarse to fine: first on a screenshot shrunk by 2 or 4 (a
few milliseconds for a whole screen), then each promising place is scored exactly at full size
in a small window. Non-maximum suppression leaves one candidate per place; `Match.scale` is the
scale it was found at.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from recipes.locate.geometry import clip_box, grey_of, iou
from recipes.match import Match
from recipes.model import Target
from recipes.ports import Frame

DEFAULT_SIMILARITY = 0.85
SCALES = (1.0, 1.25, 1.5, 1.75, 2.0, 0.9)
COARSE_SLACK = 0.3        # a place is refined when its coarse score is this close to the threshold
COARSE_BLUR = 0.75        # sigma (shrunk pixels): makes coarse scores independent of pixel phase
MIN_COARSE_SIDE = 8       # shrink the screen only while the template keeps this many pixels


def to_grey(pixels: np.ndarray) -> np.ndarray:
    if pixels.ndim == 2:
        return pixels
    code = cv2.COLOR_BGRA2GRAY if pixels.shape[2] == 4 else cv2.COLOR_BGR2GRAY
    return cv2.cvtColor(pixels, code)


def threshold(target: Target | None) -> float:
    if target is not None and target.similarity is not None:
        return target.similarity
    return DEFAULT_SIMILARITY


def _scaled(template: np.ndarray, scale: float) -> np.ndarray:
    if scale == 1.0:
        return template
    h, w = template.shape[:2]
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    interp = cv2.INTER_CUBIC if scale > 1 else cv2.INTER_AREA
    return cv2.resize(template, size, interpolation=interp)


def _peaks(scores: np.ndarray, floor: float, tw: int, th: int):
    """Local maxima of a score map at or above `floor`, best first, one per template-sized area.
    Every such place is kept, however many: a list of twenty equal rows has twenty, and cutting
    them at some number would shift every `index` beyond it."""
    above = scores >= floor
    if not above.any():
        return []
    # A place is a peak where it is the best in a template-sized neighbourhood.
    kernel = np.ones((max(1, th | 1), max(1, tw | 1)), np.uint8)
    peaks = above & (scores >= cv2.dilate(scores, kernel))
    ys, xs = np.nonzero(peaks)
    order = np.argsort(-scores[ys, xs], kind="stable")
    out: list[tuple[int, int, float]] = []
    taken = np.zeros(scores.shape, bool)
    for i in order:
        x, y = int(xs[i]), int(ys[i])
        if taken[y, x]:
            continue   # a plateau or a shoulder of a better peak next to it
        out.append((x, y, float(scores[y, x])))
        taken[max(0, y - th // 2):y + th // 2 + 1, max(0, x - tw // 2):x + tw // 2 + 1] = True
    return out


def _refine(grey: np.ndarray, templ: np.ndarray, x: int, y: int, pad: int):
    """Exact best score and place of `templ` near (x, y) in `grey` (full size)."""
    th, tw = templ.shape
    x0, y0 = max(0, x - pad), max(0, y - pad)
    x1, y1 = min(grey.shape[1], x + tw + pad), min(grey.shape[0], y + th + pad)
    window = grey[y0:y1, x0:x1]
    if window.shape[0] < th or window.shape[1] < tw:
        return None
    scores = cv2.matchTemplate(window, templ, cv2.TM_CCOEFF_NORMED)
    _, best, _, (bx, by) = cv2.minMaxLoc(scores)
    return x0 + bx, y0 + by, float(best)


def _shrunk(grey: np.ndarray, factor: int, cache: dict | None) -> np.ndarray:
    """`grey` shrunk by `factor` and slightly blurred (see COARSE_BLUR); kept in `cache`."""
    if cache is not None and factor in cache:
        return cache[factor]
    small = cv2.resize(grey, (grey.shape[1] // factor, grey.shape[0] // factor),
                       interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (0, 0), COARSE_BLUR)
    if cache is not None:
        cache[factor] = small
    return small


def match_scale(grey: np.ndarray, templ: np.ndarray, floor: float,
                cache: dict | None = None) -> list[tuple[int, int, float]]:
    """(x, y, score) of places in `grey` where `templ` scores at least `floor`, coarse to fine.
    `cache` keeps the shrunk screen between calls on the same `grey` (one per scale)."""
    th, tw = templ.shape
    if grey.shape[0] < th or grey.shape[1] < tw:
        return []
    if np.ptp(templ) == 0:
        return []  # a flat template matches everywhere and nowhere
    factor = 1
    while min(th, tw) // (factor * 2) >= MIN_COARSE_SIDE and factor < 8:
        factor *= 2
    if factor == 1:
        scores = cv2.matchTemplate(grey, templ, cv2.TM_CCOEFF_NORMED)
        return _peaks(np.nan_to_num(scores, nan=-1.0), floor, tw, th)
    # Thin strokes land on different shrunk pixels depending on where they fall; a slight blur
    # of both keeps the true place's coarse score high (0.85+ instead of 0.55+).
    small = _shrunk(grey, factor, cache)
    small_t = cv2.resize(templ, (max(1, tw // factor), max(1, th // factor)),
                         interpolation=cv2.INTER_AREA)
    small_t = cv2.GaussianBlur(small_t, (0, 0), COARSE_BLUR)
    if small.shape[0] < small_t.shape[0] or small.shape[1] < small_t.shape[1]:
        return []
    coarse = np.nan_to_num(cv2.matchTemplate(small, small_t, cv2.TM_CCOEFF_NORMED), nan=-1.0)
    out = []
    for cx, cy, _ in _peaks(coarse, floor - COARSE_SLACK, small_t.shape[1], small_t.shape[0]):
        found = _refine(grey, templ, cx * factor, cy * factor, factor + 1)
        if found is not None and found[2] >= floor:
            out.append(found)
    return out


def unique_place(grey: np.ndarray, templ: np.ndarray, accept: float,
                 edge: int = 0) -> tuple[int, int, float] | None:
    """(x, y, score) of the one place in a small `grey` where `templ` scores at least `accept`,
    at least `edge` pixels from its left and right sides; None where there is none or a second.
    Cheaper than `match_scale` for a small window: the best place, then the best elsewhere."""
    th, tw = templ.shape[:2]
    if grey.shape[0] < th or grey.shape[1] < tw + 2 * edge or np.ptp(templ) == 0:
        return None
    scores = cv2.matchTemplate(grey, templ, cv2.TM_CCOEFF_NORMED)
    _, best, _, (bx, by) = cv2.minMaxLoc(scores)
    if not best >= accept or not edge <= bx <= grey.shape[1] - tw - edge:
        return None   # not there (or NaN), or at an edge
    scores[max(0, by - th // 2):by + th // 2 + 1, max(0, bx - tw // 2):bx + tw // 2 + 1] = -1
    if cv2.minMaxLoc(scores)[1] >= accept:
        return None   # a second place
    return bx, by, float(best)


def image_in_place(frame: Frame, template: np.ndarray, target: Target, region) -> Match | None:
    """The one place in a small `region` where the recorded image shows at its recorded size
    (see `Locator.in_place`), or None."""
    box = clip_box(frame, region)
    if box is None:
        return None
    found = unique_place(grey_of(frame, box), template, threshold(target))
    if found is None:
        return None
    bx, by, score = found
    th, tw = template.shape[:2]
    label = Path(target.image).name if target.image else ""
    return Match(box[0] + bx, box[1] + by, tw, th, round(score, 4), 1.0, "image", label)


def find_image(frame: Frame, template: np.ndarray, target: Target | None = None, region=None,
               scales=SCALES, floor: float | None = None,
               trusted: float | None = None) -> list[Match]:
    """Places in `region` (screen box; default the frame) where `template` (BGR or grey) shows,
    best first, at any of `scales` (tried in that order); one candidate per place. Only matches
    scoring at least the target's similarity (or `floor` where given). A screen has one display
    scale: once a match is near-perfect, or good enough at the `trusted` scale (the one seen
    last), the other scales are not tried."""
    box = clip_box(frame, region)
    if box is None:
        return []
    x, y, w, h = box
    grey = grey_of(frame, box)
    base = to_grey(template)
    limit = threshold(target) if floor is None else floor
    found: list[Match] = []
    label = ""
    shrunk: dict = {}
    for scale in scales:
        templ = _scaled(base, scale)
        for fx, fy, score in match_scale(grey, templ, limit, shrunk):
            found.append(Match(x + fx, y + fy, templ.shape[1], templ.shape[0], round(score, 4),
                               scale, "image", label))
        best = max((m.score for m in found), default=0.0)
        if best >= 0.97 or (scale == trusted and best >= threshold(target)):
            break
    return suppress(found)


def suppress(matches: list[Match], overlap: float = 0.3) -> list[Match]:
    """Non-maximum suppression: the best of overlapping candidates stands for the place."""
    kept: list[Match] = []
    for m in sorted(matches, key=lambda m: -m.score):
        if all(iou(m, k) < overlap for k in kept):
            kept.append(m)
    return kept
