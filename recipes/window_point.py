"""A point in a window: where a target `{window: TITLE, point: [x, y]}` is on the screen now.

Such a target is a place with nothing of its own to find it by (a blank editor, an empty part of
a canvas), measured from the top-left corner of its window's content, so it moves with the
window. The window is found by its title through the `Desktop` port, as `focus` finds one:
- no window matches within the timeout: `WindowNotFound`;
- several match (and stay several a moment): `AmbiguousWindow`, naming them; nothing is done;
- the window's place and size must be the same in two looks a moment apart (a window that is
  still opening or being moved is not clicked, as an anchor must show at one place on two
  screenshots): `WindowMoving` after the timeout;
- the point must lie inside the window (`WindowPointOutside`) and the window must be the one
  shown there, not covered by another window or a menu (`WindowPointCovered`); both are looked
  at again until the timeout, since a dialog in front may close.
The point is at the recorded display scale: it is multiplied by this run's scale.
"""

from __future__ import annotations

from typing import Any

from recipes.errors import (
    AmbiguousWindow, AnchorStillVisible, StepFailed, WindowMoving, WindowNotFound,
    WindowPointCovered, WindowPointOutside,
)
from recipes.locate.wait import SETTLE_GAP  # the two looks that must agree, as for anchors
from recipes.match import Match
from recipes.ports import Clock, Desktop, Window
from recipes.window_focus import AMBIGUOUS_FOR, POLL, _NoAbort


def _place(w: Window) -> tuple[int, int, int, int]:
    return (w.x, w.y, w.width, w.height)


def point_in_window(desktop: Desktop, pattern: str, point: tuple[int, int], scale: float,
                    timeout: float, clock: Clock, abort: Any = None, shown: str | None = None,
                    offset: tuple[int, int] = (0, 0)) -> Match:
    """The point on the screen, as a 1 x 1 `Match` (`how` "window", `label` the window's
    title) whose `point(offset)` is the place acted on. `pattern` is the title pattern with its
    placeholders filled, `shown` as the recipe writes it (for messages). Raises the errors the
    module docstring names."""
    abort = abort or _NoAbort()
    shown = pattern if shown is None else shown
    deadline = clock.now() + timeout
    several_since: float | None = None
    last: Window | None = None        # the one window the previous look saw
    moved: Window | None = None       # seen at another place than the look before
    problem: StepFailed | None = None  # why a settled window could not be used
    while True:
        abort.check()
        found = desktop.find_windows(pattern)
        now = clock.now()
        if len(found) > 1:
            several_since = now if several_since is None else several_since
            if now - several_since >= AMBIGUOUS_FOR or now >= deadline:
                raise AmbiguousWindow(shown, [w.title for w in found], focusing=False)
            last = None
        elif len(found) == 1:
            several_since = None
            window = found[0]
            if last is not None and last.id == window.id and _place(last) == _place(window):
                moved = None
                m = Match(window.x + round(point[0] * scale), window.y + round(point[1] * scale),
                          1, 1, 1.0, scale, "window", window.title)
                problem = _unusable(desktop, window, m, offset, shown)
                if problem is None:
                    return m
            else:
                if last is not None and last.id == window.id:
                    moved = window
                last, problem = window, None
                if now < deadline:
                    clock.sleep(SETTLE_GAP)   # the second look, a moment later
                    continue
        else:
            several_since, last, moved, problem = None, None, None, None
        if now >= deadline:
            if problem is not None:
                raise problem
            if moved is not None or last is not None:
                raise WindowMoving(shown, (moved or last).title, timeout)
            raise WindowNotFound(shown, timeout)
        clock.sleep(min(POLL, deadline - now))


def _unusable(desktop: Desktop, window: Window, m: Match, offset: tuple[int, int],
              shown: str) -> StepFailed | None:
    """Why the point cannot be acted on in this window (outside it, or something in front of
    it), or None."""
    x, y = m.point(offset)
    dx, dy = x - window.x, y - window.y
    if not (0 <= dx < window.width and 0 <= dy < window.height):
        return WindowPointOutside(shown, window.title, dx, dy, window.width,
                                  window.height)
    under = desktop.window_at(x, y)
    if under is None or under.id != window.id:
        return WindowPointCovered(shown, window.title, dx, dy,
                                  under.title if under is not None else None)
    return None


def wait_window_gone(desktop: Desktop, pattern: str, timeout: float, clock: Clock,
                     what: list[dict], abort: Any = None) -> None:
    """Return once two looks a moment apart find no window whose title matches; after the
    timeout `AnchorStillVisible` (`what`: the target's parts, `Target.parts()`)."""
    abort = abort or _NoAbort()
    deadline = clock.now() + timeout
    absent_once = False
    while True:
        abort.check()
        if not desktop.find_windows(pattern):
            if absent_once:
                return
            absent_once = True
            clock.sleep(SETTLE_GAP)
            continue
        absent_once = False
        if clock.now() >= deadline:
            raise AnchorStillVisible(what, timeout)
        clock.sleep(POLL)
