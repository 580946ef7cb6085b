""""Find now": look for a target on the live screen, with its rivals (no Qt).

Uses the project's locator (`recipes.locate.Locator`) on one grab of the real screen and reports
the best match and every other candidate, so the editor can show why an anchor is or is not
unique. Errors from the locator (not found, ambiguous) carry candidates too; they are reported the
same way rather than raised.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from recipes.errors import AmbiguousAnchor, AnchorNotFound
from recipes.match import Match


@dataclass
class FindResult:
    frame: Any  # recipes.ports.Frame of the live screen
    best: Match | None = None
    rivals: list[Match] = field(default_factory=list)
    message: str = ""


def _as_match(c) -> Match:
    if isinstance(c, Match):
        return c
    return Match(x=c.x, y=c.y, w=c.w, h=c.h, score=c.score, label=getattr(c, "label", ""))


class LiveFinder:
    """Builds the real screen and locator on first use (they need a display and Tesseract)."""

    def __init__(self, base_dir: Path, languages: str = "dan+eng", hide_rects=None):
        self.base_dir = Path(base_dir)
        self.languages = languages
        self.hide_rects = hide_rects  # () -> [(x, y, w, h)]: our own windows, never searched
        self._screen = None
        self._locator = None
        self._desktop = None

    def _ensure(self):
        if self._locator is None:
            from recipes.desktop.environment import require_display, require_tesseract

            require_display()
            require_tesseract()
            from recipes.desktop import platform
            from recipes.locate import Locator
            from recipes.ocr import OcrEngine

            self._screen = platform.screen()
            if self.hide_rects is not None:
                from workbench.own_windows import OwnWindowsHidden

                self._screen = OwnWindowsHidden(self._screen)
            self._locator = Locator(ocr=OcrEngine(languages=self.languages), base_dir=self.base_dir)
        return self._screen, self._locator

    def find(self, target, frame=None) -> FindResult:
        screen, locator = self._ensure()
        if self.hide_rects is not None:
            screen.set_rects(self.hide_rects())
        frame = frame if frame is not None else screen.grab()
        if getattr(target, "window", None) is not None:
            if self._desktop is None:
                from recipes.desktop import platform

                self._desktop = platform.desktop()
            return find_in_window(self._desktop, frame, target,
                                  getattr(locator, "display_scale", None) or 1.0)
        return find_in_frame(locator, frame, target)


POINT_BOX = 13  # the size of the box drawn around a point in a window


def find_in_window(desktop, frame, target, scale: float = 1.0) -> FindResult:
    """A point in a window (`window` and `point`) on the live screen: the point in the one
    window whose title matches; where several match, the point in each of them as rivals."""
    result = FindResult(frame=frame)
    try:
        windows = desktop.find_windows(target.window)
    except Exception as exc:  # a pattern the desktop cannot use
        result.message = str(exc)
        return result
    half = POINT_BOX // 2
    places = []
    for w in windows:
        x = w.x + round((target.point[0] + target.offset[0]) * scale)
        y = w.y + round((target.point[1] + target.offset[1]) * scale)
        places.append(Match(x - half, y - half, POINT_BOX, POINT_BOX, 1.0, scale, "window",
                            w.title))
    if len(places) == 1:
        result.best = places[0]
    else:
        result.rivals = places
        result.message = "ambiguous" if places else ""
    return result


def find_in_frame(locator, frame, target) -> FindResult:
    result = FindResult(frame=frame)
    if hasattr(locator, "search"):  # recipes.locate.Locator: one search, never raises for a miss
        out = locator.search(frame, target)
        if out.ambiguous:
            result.rivals = [_as_match(m) for m in out.ambiguous]
            result.message = "ambiguous"
        elif out.match is not None:
            result.best = out.match
            result.rivals = [m for m in out.candidates if m != out.match]
        elif out.best is not None:
            result.rivals = [_as_match(out.best)]
        return result
    try:
        if hasattr(locator, "candidates"):
            found = list(locator.candidates(frame, target))
        elif hasattr(locator, "find_all"):
            found = list(locator.find_all(frame, target))
        else:
            one = locator.find(frame, target)
            found = [one] if isinstance(one, Match) else list(one or [])
    except AmbiguousAnchor as exc:
        found = [_as_match(c) for c in exc.candidates]
        result.message = str(exc)
    except AnchorNotFound as exc:
        found = []
        if exc.best is not None:
            result.rivals = [_as_match(exc.best)]
        result.message = str(exc)
        return result
    found = sorted((_as_match(m) for m in found), key=lambda m: -m.score)
    if found:
        threshold = target.similarity if target.similarity is not None else 0.0
        if found[0].score >= threshold and not result.message:
            result.best, result.rivals = found[0], found[1:]
        else:
            result.rivals = found
    return result
