"""Places a Locator weighs: the outcome of a search, reading order, nearness, display scales."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from recipes.errors import Candidate
from recipes.locate.geometry import dedupe
from recipes.match import Match
from recipes.ports import Frame

TIE_MARGIN = 0.03        # scores this close count as equally good
# Display scales a desktop is set to, as the ratio of replay to record (100 % recorded, 125 %
# replayed is 1.25; 125 % recorded, 100 % replayed is 0.8).
DISPLAY_SCALES = (0.5, 0.8, 0.9, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)
TEXT_SCALE_TOLERANCE = 0.08   # a text box's size snaps to a known scale only this close to it


@dataclass
class Outcome:
    """What one search of one screenshot found."""

    match: Match | None = None
    candidates: list[Match] = field(default_factory=list)   # everything good enough, best first
    ambiguous: list[Match] = field(default_factory=list)    # set when several tie
    best: Candidate | None = None                           # best place seen (hit or near miss)
    stage: str = ""
    settled: bool = True     # False: a search of only the places near `near` decided nothing
    miscount: list[Match] = field(default_factory=list)  # set when not `count` places show
    frame: Frame | None = None   # what was searched (a small grab or the whole screen)

    @property
    def found(self) -> bool:
        return self.match is not None


def candidate(m: Match) -> Candidate:
    return Candidate(m.x, m.y, m.w, m.h, m.score, m.label)


def reading_order(matches: list[Match]) -> list[Match]:
    """Top to bottom, and left to right within a row (boxes whose middles share a band)."""
    rows: list[list[Match]] = []
    for m in sorted(matches, key=lambda m: m.y + m.h / 2):
        mid = m.y + m.h / 2
        if rows and abs(mid - (rows[-1][0].y + rows[-1][0].h / 2)) <= max(4, rows[-1][0].h / 2):
            rows[-1].append(m)
        else:
            rows.append([m])
    return [m for row in rows for m in sorted(row, key=lambda m: m.x)]


def distance(m: Match, point) -> float:
    cx, cy = m.centre
    return math.hypot(cx - point[0], cy - point[1])


def clearly_nearer(d_best: float, d_other: float) -> bool:
    return 2 * d_best + 20 < d_other


def snap_scale(estimate: float, tolerance: float = TEXT_SCALE_TOLERANCE) -> float:
    """The known display scale an estimate is close to; 1.0 where it is close to none (a few
    pixels of jitter in a small box must not become a scale)."""
    nearest = min(DISPLAY_SCALES, key=lambda s: abs(math.log(estimate / s)))
    return nearest if abs(math.log(estimate / nearest)) <= tolerance else 1.0


def around(cx: int, cy: int, half_w: int, half_h: int, whole) -> tuple[int, int, int, int]:
    """A box centred on (cx, cy), clipped to the box `whole`."""
    x0, y0 = max(whole[0], cx - half_w), max(whole[1], cy - half_h)
    x1 = min(whole[0] + whole[2], cx + half_w)
    y1 = min(whole[1] + whole[3], cy + half_h)
    return (x0, y0, max(0, x1 - x0), max(0, y1 - y0))


def clearance(window, whole, near, m: Match) -> float:
    """How far from `near` the centre of an anchor like `m` outside `window` (but inside `whole`)
    would at least be. An anchor cut by the window's edge may have its centre half its size
    inside; sides where the window already reaches the edge of `whole` have nothing beyond."""
    x, y, w, h = window
    nx, ny = near
    gaps = [math.inf]
    if x > whole[0]:
        gaps.append(nx - x - m.w / 2)
    if y > whole[1]:
        gaps.append(ny - y - m.h / 2)
    if x + w < whole[0] + whole[2]:
        gaps.append(x + w - nx - m.w / 2)
    if y + h < whole[1] + whole[3]:
        gaps.append(y + h - ny - m.h / 2)
    return max(0.0, min(gaps))


def merge(found: list[Match]) -> list[Match]:
    """One candidate per place across methods (patch, OCR, image): the best-scored stays."""
    return dedupe(found, overlap=0.5)


def better(a: Match | None, b: Match | None) -> Match | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if a.score >= b.score else b
