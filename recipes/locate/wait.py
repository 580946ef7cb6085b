"""Waiting for a target: poll the screen until it shows (or is gone), with an injectable clock.

The screen is grabbed through the `Screen` port and time goes through the `Clock` port, so a test
runs a ten-second timeout in no real time. A screenshot identical to the previous one is not
searched again (and the OCR cache spares regions that did not change), so polling a still screen
costs little more than the grab. An anchor with recorded pixels (or an image) and a recorded
place is looked for in a small grab around that place first (see `Locator.locate`).

Nothing is acted on while the screen moves: a place is returned only when two successive
screenshots, at least `SETTLE_GAP` apart, agree on it (a window still opening or being moved is
not clicked). The second look is a small grab of the anchor's own box: unchanged pixels agree at
once, changed ones are searched again there. A target whose place depends on every place it
shows (`index`, `count`) is looked for again on a whole second screenshot. Likewise `gone` needs
two successive screenshots without the target.

A screen that shows nothing (one colour: a locked screen, a disconnected remote session, a
minimised Citrix window) or cannot be grabbed is said to be so (`ScreenBlank`), never "not found"
and never "gone".
"""

from __future__ import annotations

import numpy as np

from recipes.errors import (
    AmbiguousAnchor, AnchorNotFound, AnchorStillVisible, ScreenBlank,
)
from recipes.locate.geometry import intersect
from recipes.locate.locator import Locator, Outcome, candidate
from recipes.match import Match
from recipes.ocr import pixels_key
from recipes.model import Target
from recipes.ports import AbortWatch, Clock, Frame, Screen

POLL_INTERVAL = 0.25
SETTLE_GAP = 0.12      # seconds at least between the two screenshots that must agree: more
                       # than one frame of a remote session at 10 frames a second
SETTLE_PAD = 6         # pixels around the anchor's box in the second, small grab
SAME_PLACE = 2         # pixels the anchor's centre may differ by in two agreeing screenshots
BLANK_SPREAD = 12      # a screen whose colours all lie this close together shows nothing


def _fingerprint(frame: Frame) -> bytes:
    # Of the grey pixels, which every search looks at and so converts anyway: a third of the
    # bytes of the colour ones, 1 ms for a 1920x1080 screen.
    return pixels_key(frame.grey)


def blank_colour(frame: Frame) -> tuple[int, int, int] | None:
    """(r, g, b) where the whole frame is one colour (within a little noise), else None."""
    pixels = frame.pixels
    if pixels.size == 0:
        return None
    if int(np.ptp(pixels[::4, ::4].reshape(-1, pixels.shape[2]), axis=0).max()) > BLANK_SPREAD:
        return None
    if int(np.ptp(pixels.reshape(-1, pixels.shape[2]), axis=0).max()) > BLANK_SPREAD:
        return None    # a small text the sparse look missed
    b, g, r = (int(v) for v in np.median(pixels[::4, ::4].reshape(-1, pixels.shape[2]), axis=0))
    return (r, g, b)


class _Poller:
    """One wait: the screenshots taken so far and what they showed."""

    def __init__(self, locator: Locator, screen: Screen, target: Target, clock: Clock):
        self.locator, self.screen, self.target, self.clock = locator, screen, target, clock
        self.last_print: bytes | None = None
        self.outcome = Outcome()
        self.frame: Frame | None = None      # the last whole screenshot
        self.grab_error: Exception | None = None
        self.blank: tuple[int, int, int] | None = None

    def grab(self) -> Frame | None:
        """The whole screen, searched unless it is the same as last time; None where the grab
        failed (kept in `grab_error`)."""
        try:
            frame = self.screen.grab()
        except Exception as exc:   # X errors, a closed display, a failing remote session
            self.grab_error = exc
            return None
        self.grab_error = None
        fingerprint = _fingerprint(frame)
        if fingerprint != self.last_print:
            self.outcome = self.locator.search(frame, self.target)
            self.blank = blank_colour(frame) if self.outcome.match is None else None
            self.last_print = fingerprint
        self.frame = frame
        return frame

    def region(self, box) -> Frame | None:
        try:
            if hasattr(self.screen, "grab_region"):
                return self.screen.grab_region(*box)
            return self.screen.grab()
        except Exception as exc:
            self.grab_error = exc
            return None

    def agrees(self, seen: Match, shot: Frame) -> bool:
        """Whether a second screenshot shows the target where `shot` showed it at `seen`."""
        if self.locator.counted(self.target):
            # Where the place hangs on every place the target shows, all of them are counted
            # again: a row gone between two screenshots moves the one meant.
            before = self.outcome
            again = self.grab()
            if again is None:
                return False
            if self.outcome is before:
                return True      # the same pixels as before
            return _same_place(self.outcome.match, seen)
        size = tuple(self.screen.size()) if hasattr(self.screen, "size") else None
        box = (seen.x - SETTLE_PAD, seen.y - SETTLE_PAD, seen.w + 2 * SETTLE_PAD,
               seen.h + 2 * SETTLE_PAD)
        box = intersect(box, (0, 0) + size if size else None)
        if box is None:
            return False
        again = self.region(box)
        if again is None:
            return False
        old, new = shot.crop(seen.x, seen.y, seen.w, seen.h), again.crop(seen.x, seen.y, seen.w, seen.h)
        if old.shape == new.shape and np.array_equal(old, new):
            return True
        # The pixels changed (a caret, a hover, or it moved): the target is looked for there.
        local = self.target.model_copy(update={"near": seen.centre, "region": None,
                                               "index": None, "count": None})
        out = self.locator.search(again, local)
        return _same_place(out.match, seen)


def _same_place(a: Match | None, b: Match) -> bool:
    return (a is not None and abs(a.centre[0] - b.centre[0]) <= SAME_PLACE
            and abs(a.centre[1] - b.centre[1]) <= SAME_PLACE
            and abs(a.w - b.w) <= 2 * SAME_PLACE and abs(a.h - b.h) <= 2 * SAME_PLACE)


def wait(locator: Locator, screen: Screen, target: Target, timeout: float, clock: Clock,
         gone: bool = False, abort: AbortWatch | None = None,
         interval: float = POLL_INTERVAL, anywhere: bool = False) -> Match | None:
    """Poll until the target shows at one place on two successive screenshots (returns its
    Match) or, with `gone`, until two successive screenshots do not show it (returns None).
    After `timeout` seconds: AnchorNotFound with the best candidate and the last screenshot,
    AnchorStillVisible, AnchorCountChanged where it shows another number of times than recorded,
    or ScreenBlank where the screen showed nothing. An ambiguity seen on two polls in a row is
    raised at once: waiting does not make two equal buttons different. With `anywhere` (a step
    that only needs the target to show, not a place to act on: `wait_for`, `expect`) several
    equal places are no ambiguity: the first of them is returned."""
    what = target.parts()
    deadline = clock.now() + timeout
    poll = _Poller(locator, screen, target, clock)
    ambiguous_polls = 0
    unsettled: Match | None = None      # found, but not at one place on two screenshots
    absent_at: float | None = None      # (gone) when a screenshot last showed it not
    # Where the anchor has a recorded look and place, a small grab there settles most polls.
    try:
        quick = None if gone else locator.quick_box(screen, target)
    except Exception:
        quick = None
    while True:
        if abort is not None:
            abort.check()
        taken = clock.now()
        found: Match | None = None
        shot: Frame | None = None
        if quick is not None:
            try:
                near = locator.look_near(screen, target, quick)
            except Exception as exc:   # the small grab failed; the whole one will say so
                poll.grab_error, near = exc, Outcome(settled=False)
            if near.settled and near.match is not None:
                found, shot = near.match, near.frame
        if found is None:
            frame = poll.grab()
            outcome = poll.outcome
            if frame is not None:
                if outcome.ambiguous and anywhere and not gone:
                    found, shot = outcome.ambiguous[0], frame
                elif outcome.ambiguous:
                    ambiguous_polls += 1
                    if not gone and ambiguous_polls >= 2:
                        raise AmbiguousAnchor(what, [candidate(m) for m in outcome.ambiguous],
                                              frame)
                else:
                    ambiguous_polls = 0
                    if not gone and outcome.match is not None:
                        found, shot = outcome.match, frame
                if gone and not outcome.ambiguous and outcome.match is None \
                        and poll.blank is None:
                    if absent_at is not None:
                        return None   # two screenshots in a row without it
                    absent_at = taken
                    clock.sleep(SETTLE_GAP)
                    continue
                else:
                    absent_at = None
        if found is not None and found.how == "point":
            return found
        if found is not None:
            # A second screenshot, a little later, must show it at the same place.
            clock.sleep(max(0.0, taken + SETTLE_GAP - clock.now()))
            if poll.agrees(found, shot):
                return found
            unsettled = found
            if clock.now() < deadline:
                continue   # it moves: look again at once
        else:
            unsettled = None
        remaining = deadline - clock.now()
        if remaining <= 0:
            _fail(what, timeout, gone, poll, unsettled)
        clock.sleep(min(interval, remaining))


def _fail(what: list[dict], timeout: float, gone: bool, poll: _Poller, unsettled: Match | None):
    """Raise what the last screenshots say after the timeout."""
    frame, outcome = poll.frame, poll.outcome
    if poll.grab_error is not None:
        raise ScreenBlank(what, grab_failed=True, reason=str(poll.grab_error) or
                          type(poll.grab_error).__name__, screenshot=frame)
    if poll.blank is not None:
        raise ScreenBlank(what, colour=poll.blank, screenshot=frame)
    if gone:
        err = AnchorStillVisible(what, timeout)
        err.screenshot = frame
        err.best = outcome.best
        raise err
    if unsettled is not None:
        raise AnchorNotFound(what, timeout, candidate(unsettled), frame, moving=True)
    Locator.raise_for(outcome, poll.target, frame, timeout)
    raise AnchorNotFound(what, timeout, outcome.best, frame)
