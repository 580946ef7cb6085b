"""Where a target's anchor box and click point lie on its recorded screenshot (no Qt).

The recorder stores `near` (the anchor's centre at record time) and `size` ([w, h]); the box is
centred on `near`. The point acted on is the centre plus `offset`. Screenshots are taken of the
whole screen, so screenshot pixels are screen pixels.
"""

from __future__ import annotations

DEFAULT_SIZE = (80, 24)


def anchor_box(target) -> tuple[int, int, int, int] | None:
    """(x, y, w, h) of the anchor at record time, or None where the target has no position."""
    if target is None:
        return None
    # A point in a window is measured from the window, not the screen: only `near` (where it
    # was on the screen when recorded) places it on the screenshot.
    in_window = getattr(target, "window", None) is not None
    centre = target.near or (None if in_window else target.point)
    if centre is None:
        return None
    w, h = target.size or DEFAULT_SIZE
    return (int(centre[0] - w // 2), int(centre[1] - h // 2), int(w), int(h))


def click_point(target) -> tuple[int, int] | None:
    box = anchor_box(target)
    if box is None:
        return None
    x, y, w, h = box
    return (x + w // 2 + target.offset[0], y + h // 2 + target.offset[1])


def moved_box(target, box: tuple[int, int, int, int]) -> dict:
    """The target fields that place the anchor at `box` (keeping the click point's offset)."""
    x, y, w, h = box
    return {"near": (x + w // 2, y + h // 2), "size": (max(4, w), max(4, h))}


def offset_for(target, point: tuple[int, int]) -> tuple[int, int]:
    box = anchor_box(target)
    x, y, w, h = box
    return (int(point[0] - (x + w // 2)), int(point[1] - (y + h // 2)))
