"""Boxes on the screen: clipping to a frame, overlap, one candidate per place."""

from __future__ import annotations

from recipes.match import Match
from recipes.ports import Frame


def clip_box(frame: Frame, box) -> tuple[int, int, int, int] | None:
    """A screen box clipped to the frame; None where nothing is left."""
    ox, oy = frame.origin
    x, y, w, h = box if box is not None else (ox, oy, frame.width, frame.height)
    x0, y0 = max(x, ox), max(y, oy)
    x1, y1 = min(x + w, ox + frame.width), min(y + h, oy + frame.height)
    if x1 - x0 < 2 or y1 - y0 < 2:
        return None
    return (x0, y0, x1 - x0, y1 - y0)


def grey_of(frame: Frame, box: tuple[int, int, int, int]):
    """Grey pixels of a screen box (already clipped to the frame). A small box is converted on
    its own: converting the whole screen costs more than matching in a small window."""
    x, y, w, h = box
    ox, oy = frame.origin
    if w * h * 4 >= frame.width * frame.height or "grey" in frame.__dict__:
        return frame.grey[y - oy:y - oy + h, x - ox:x - ox + w]
    import cv2

    return cv2.cvtColor(frame.pixels[y - oy:y - oy + h, x - ox:x - ox + w], cv2.COLOR_BGR2GRAY)


def dedupe(matches: list[Match], overlap: float = 0.5) -> list[Match]:
    """One candidate per place: the best-scored of matches whose boxes overlap much."""
    kept: list[Match] = []
    for m in sorted(matches, key=lambda m: (-m.score, m.w * m.h)):
        if all(iou(m, k) < overlap for k in kept):
            kept.append(m)
    return kept


def iou(a: Match, b: Match) -> float:
    """How much two boxes overlap, as a share of the smaller one (so a box inside another is 1)."""
    x0, y0 = max(a.x, b.x), max(a.y, b.y)
    x1, y1 = min(a.x + a.w, b.x + b.w), min(a.y + a.h, b.y + b.h)
    inter = max(0, x1 - x0) * max(0, y1 - y0)
    if inter == 0:
        return 0.0
    return inter / float(min(a.w * a.h, b.w * b.h))


def intersect(box, region) -> tuple[int, int, int, int] | None:
    """The part of `box` inside `region` (all of it where region is None); None where empty."""
    if region is None:
        return tuple(int(v) for v in box)
    x0, y0 = max(box[0], region[0]), max(box[1], region[1])
    x1 = min(box[0] + box[2], region[0] + region[2])
    y1 = min(box[1] + box[3], region[1] + region[3])
    if x1 - x0 < 2 or y1 - y0 < 2:
        return None
    return (int(x0), int(y0), int(x1 - x0), int(y1 - y0))
