"""Waiting for a target: poll the screen until it shows (or is gone), with an injectable clock.

The screen is grabbed through the `Screen` port and time goes through the `Clock` port, so a test
runs a ten-second timeout in no real time. A screenshot identical to the previous one is not
searched again (and the OCR cache spares regions that did not change), so polling a still screen
costs little more than the grab. An anchor with recorded pixels (or an image) and a recorded
place is looked for in a small grab around that place first (see `Locator.locate`).
"""

from __future__ import annotations

import hashlib

from recipes.errors import AmbiguousAnchor, AnchorNotFound, AnchorStillVisible
from recipes.locate.locator import Locator, Outcome, candidate
from recipes.match import Match
from recipes.model import Target
from recipes.ports import AbortWatch, Clock, Frame, Screen

POLL_INTERVAL = 0.25


def _fingerprint(frame: Frame) -> bytes:
    return hashlib.blake2b(frame.pixels.data if frame.pixels.flags.c_contiguous
                           else frame.pixels.tobytes(), digest_size=16).digest()


def wait(locator: Locator, screen: Screen, target: Target, timeout: float, clock: Clock,
         gone: bool = False, abort: AbortWatch | None = None,
         interval: float = POLL_INTERVAL) -> Match | None:
    """Poll until the target shows (returns its Match) or, with `gone`, until it is not on the
    screen (returns None). After `timeout` seconds: AnchorNotFound with the best candidate and
    the last screenshot, or AnchorStillVisible. An ambiguity seen on two polls in a row is raised
    at once: waiting does not make two equal buttons different."""
    what = target.describe()
    deadline = clock.now() + timeout
    last_print: bytes | None = None
    outcome = Outcome()
    ambiguous_polls = 0
    # Where the anchor has a recorded look and place, a small grab there settles most polls.
    quick = None if gone else locator.quick_box(screen, target)
    while True:
        if abort is not None:
            abort.check()
        if quick is not None:
            near = locator.look_near(screen, target, quick)
            if near.settled and near.match is not None:
                return near.match
        frame = screen.grab()
        fingerprint = _fingerprint(frame)
        if fingerprint != last_print:
            outcome = locator.search(frame, target)
            last_print = fingerprint
        if outcome.ambiguous:
            ambiguous_polls += 1
            if not gone and ambiguous_polls >= 2:
                raise AmbiguousAnchor(what, [candidate(m) for m in outcome.ambiguous], frame)
        else:
            ambiguous_polls = 0
            if not gone and outcome.match is not None:
                return outcome.match
            if gone and outcome.match is None:
                return None
        remaining = deadline - clock.now()
        if remaining <= 0:
            if gone:
                err = AnchorStillVisible(f"{what} was still visible after {timeout:g} s")
                err.screenshot = frame
                err.best = outcome.best
                raise err
            if outcome.ambiguous:
                raise AmbiguousAnchor(what, [candidate(m) for m in outcome.ambiguous], frame)
            raise AnchorNotFound(what, timeout, outcome.best, frame)
        clock.sleep(min(interval, remaining))
