"""The Locator: where on a screenshot a recipe Target is, or a clear reason why not.

It ties the pure matchers together. A target is searched where it was recorded first (`near`),
then wider, then in its whole `region` (default: the screen), and the first stage that settles
the question wins. A text anchor recorded with its own pixels (`patch`) is looked for by those
first: where it was (about a millisecond), then anywhere at the recorded size (a few). Only then
is text read, near first, in whole windows that the last, whole-screen read takes from the cache.
A place found in a window around `near` is accepted only when any rival outside that window would
be clearly farther away, so a near-first search never hides an ambiguity. Recorded pixels found
away from `near` are weighed against what reads the same near it (see `_weigh_near`): they never
win by being pixels. Several places matching equally well that neither `near` nor `index` tells
apart make an ambiguity, never a guess. A target recorded with `count` is searched everywhere, and
another number of places than recorded is a miss that names them (`Outcome.miscount`). Nothing
good enough is a miss that carries the best near miss seen.

One display scale holds for a run (`display_scale`): it is learnt from image and patch matches
(which are at known scales), and a text match takes it rather than the size of its own box; a
text match before any such match takes its box's size snapped to a known scale. `region` and
`point` are given at the recorded scale and are scaled by it.

`Locator.wait` (see `recipes.locate.wait`) polls a Screen with it.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import cv2
import numpy as np

from recipes.errors import AmbiguousAnchor, AnchorCountChanged, AnchorNotFound, RecipeFormatError
from recipes.locate import image as image_mod
from recipes.locate import text as text_mod
from recipes.locate.geometry import intersect, iou
from recipes.locate.places import (  # noqa: F401 (Outcome, reading_order, ... are used from here)
    DISPLAY_SCALES, TIE_MARGIN, Outcome, candidate, clearly_nearer, distance, reading_order,
    snap_scale,
)
from recipes.locate.places import around as _around
from recipes.locate.places import better as _better
from recipes.locate.places import clearance as _clearance
from recipes.locate.places import merge as _merge
from recipes.match import Match
from recipes.model import Target
from recipes.ocr import OcrEngine, default_engine
from recipes.ports import Frame


class Locator:
    """Finds targets on frames. `base_dir` is where a recipe's relative image paths start."""

    def __init__(self, base_dir: Path | str | None = None, ocr: OcrEngine | None = None):
        self.base_dir = Path(base_dir) if base_dir is not None else Path.cwd()
        self._ocr = ocr
        self._images: dict[str, np.ndarray] = {}   # by the recipe's relative path
        # The display scale of this run, learnt from image and patch matches; None until one.
        self.display_scale: float | None = None
        # (Match) -> True for a place that is never a target although it shows the text: the
        # workbench's own window (its step list shows the anchors' texts), the terminal the run
        # prints to. Set where the desktop can tell which window is on top at a point.
        self.excluded = None
        # The way of reading that found text in a region last (see text.find_text).
        self.looks_worked: dict = {}

    @property
    def ocr(self) -> OcrEngine:
        if self._ocr is None:
            self._ocr = default_engine()
        return self._ocr

    # --- assets -------------------------------------------------------------------------------

    def load_image(self, relative: str) -> np.ndarray:
        """A recipe's PNG as grey pixels, loaded once. A missing or unreadable file is an error
        that names it."""
        cached = self._images.get(relative)   # by the name the recipe gives: no file system call
        if cached is not None:
            return cached
        path = (self.base_dir / relative).resolve()
        if not path.is_file():
            raise RecipeFormatError(f"the image file {relative} does not exist (looked for {path})",
                                    path)
        pixels = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
        if pixels is None or pixels.size == 0:
            raise RecipeFormatError(f"the image file {relative} cannot be read as an image", path)
        self._images[relative] = pixels
        return pixels

    def preload(self, targets) -> None:
        """Load the images and recorded pixels of these targets now (a run does it as it starts,
        as any program loads its pictures before it looks for them), so that no look-up waits
        for a file. One that cannot be read is left to the step that needs it to report."""
        for target in targets:
            for relative in (target.image, target.patch):
                if relative:
                    try:
                        self.load_image(relative)
                    except RecipeFormatError:
                        pass

    def _patch(self, target: Target) -> np.ndarray | None:
        """The recorded pixels of a text anchor; only an optimisation, so a missing one is
        skipped (the text alone says what to find)."""
        if not target.patch or not target.text:
            return None
        try:
            return self.load_image(target.patch)
        except RecipeFormatError:
            return None

    # --- polling ---------------------------------------------------------------------------------

    def wait(self, screen, target: Target, timeout: float, clock, gone: bool = False,
             abort=None, anywhere: bool = False) -> Match | None:
        """Poll `screen` until the target shows (or, with `gone`, vanishes); see `wait.wait`."""
        from recipes.locate.wait import wait  # the wait module builds on this one

        return wait(self, screen, target, timeout, clock, gone=gone, abort=abort,
                    anywhere=anywhere)

    # --- one screenshot ------------------------------------------------------------------------

    def find(self, frame: Frame, target: Target) -> Match:
        """The target's place, or AnchorNotFound / AmbiguousAnchor (SikuliX's `find`)."""
        out = self.search(frame, target)
        self.raise_for(out, target, frame)
        if out.match is None:
            raise AnchorNotFound(target.parts(), 0, out.best, frame)
        return out.match

    @staticmethod
    def raise_for(out: Outcome, target: Target, frame, timeout: float = 0) -> None:
        """AmbiguousAnchor or AnchorCountChanged where the outcome is one."""
        if out.ambiguous:
            raise AmbiguousAnchor(target.parts(), [candidate(m) for m in out.ambiguous], frame)
        if out.miscount:
            raise AnchorCountChanged(target.parts(), target.count,
                                     [candidate(m) for m in out.miscount], frame, timeout)

    def exists(self, frame: Frame, target: Target) -> Match | None:
        """The target's place or None; still raises AmbiguousAnchor (SikuliX's `exists`)."""
        out = self.search(frame, target)
        self.raise_for(out, target, frame)
        return out.match

    def locate(self, screen, target: Target) -> tuple[Outcome, Frame | None]:
        """One look at the live screen: (outcome, the whole screenshot or None). An anchor with
        recorded pixels or an image, expected at `near`, is first looked for in a small grab
        around that place (where the screen can grab a region); only when that does not settle
        it is the whole screen grabbed and searched."""
        out = self.in_place(screen, target)
        if out is not None:
            return out, None
        quick = self.quick_box(screen, target)
        if quick is not None:
            out = self.look_near(screen, target, quick)
            if out.settled:
                return out, None
        frame = screen.grab()
        return self.search(frame, target), frame

    IN_PLACE_MARGIN = 24   # room around the recorded pixels: see `in_place`

    def in_place(self, screen, target: Target) -> Outcome | None:
        """The commonest look-up of a replay, settled on the least work: the recorded pixels
        (`patch`, else the recorded `image`) where they were recorded, the window unmoved. Only
        a grab of them and a margin around is searched; the margin is as wide as the rule for a
        near place needs (any rival outside it is clearly farther from `near`, see
        `clearly_nearer`), so the outcome is the one the near stages would reach. None where
        this does not settle it (not there, moved, a rival inside, scaled): the stages in
        `locate` then decide."""
        if (target.near is None or self.counted(target) or not target.is_anchored
                or self.display_scale not in (None, 1.0) or not hasattr(screen, "grab_region")):
            return None
        patch = self._patch(target)
        template = self.load_image(target.image) if target.image else None
        if patch is None and template is None:
            return None
        whole = intersect((0, 0) + tuple(screen.size()), target.region)
        if whole is None:
            return None
        nx, ny = target.near
        margin = self.IN_PLACE_MARGIN
        h, w = max(p.shape for p in (patch, template) if p is not None)
        frame = screen.grab_region(*_around(nx, ny, w // 2 + margin, h // 2 + margin, whole))
        for pixels in (patch, template):
            if pixels is None:
                continue
            ph, pw = pixels.shape
            box = _around(nx, ny, pw // 2 + margin, ph // 2 + margin, whole)
            if pixels is patch:
                found = text_mod.patch_in_place(frame, patch, target, box)
            else:
                found = image_mod.image_in_place(frame, template, target, box)
            out = self._decide([found], target, box, whole) if found is not None else None
            if out is not None and out.match is not None:
                out.frame, out.stage = frame, "patch" if pixels is patch else "image-near"
                return self._remember(out, None)
        return None

    def look_near(self, screen, target: Target, box) -> Outcome:
        """The cheap searches around `near` on a grab of only `box` (see `quick_box`); the
        outcome's `settled` says whether they decided anything."""
        bounds = (0, 0) + tuple(screen.size())
        return self.search(screen.grab_region(*box), target, near_only=True, bounds=bounds)

    def at_display_scale(self, target: Target) -> Target:
        """The target with its `region` and `point` (given at the recorded scale) at this run's
        display scale."""
        s = self.display_scale
        if s is None or s == 1.0 or (target.region is None and target.point is None):
            return target
        update = {}
        if target.region is not None:
            update["region"] = tuple(round(v * s) for v in target.region)
        if target.point is not None:
            update["point"] = tuple(round(v * s) for v in target.point)
        return target.model_copy(update=update)

    @staticmethod
    def counted(target: Target) -> bool:
        """True where the target's place depends on every place it shows (`index`, `count`):
        such a target is always searched everywhere."""
        return target.index is not None or target.count is not None

    def quick_box(self, screen, target: Target):
        """The screen box that the cheap searches around `near` need, or None where there are
        none (no `near`, text without recorded pixels, or a screen that grabs only whole)."""
        if (target.near is None or self.counted(target) or not target.is_anchored
                or not hasattr(screen, "grab_region") or not (target.image or target.patch)):
            return None
        bounds = (0, 0) + tuple(screen.size())
        whole = intersect(bounds, self.at_display_scale(target).region)
        if whole is None:
            return None
        template = self.load_image(target.image) if target.image else None
        boxes = [box for _, box, _, _ in self._quick_stages(target, template,
                                                            self._patch(target), whole)]
        boxes = [b for b in boxes if b[2] > 0 and b[3] > 0]
        if not boxes:
            return None
        x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
        x1 = max(b[0] + b[2] for b in boxes)
        y1 = max(b[1] + b[3] for b in boxes)
        return (x0, y0, x1 - x0, y1 - y0)

    def search(self, frame: Frame, target: Target, near_only: bool = False,
               bounds: tuple[int, int, int, int] | None = None) -> Outcome:
        """Searches near, wider, then the whole region; never raises for a miss.

        With `near_only`, `frame` may be a part of the screen (`bounds` is all of it): only the
        cheap searches around `near` run, and an outcome they do not settle comes back with
        `settled` False."""
        out = self._search(frame, self.at_display_scale(target), near_only, bounds)
        out.frame = frame
        return out

    def _search(self, frame: Frame, target: Target, near_only: bool, bounds) -> Outcome:
        if not target.is_anchored:
            if target.point is None or target.window is not None:
                # A point in a window is measured from the window, which the desktop finds
                # (recipes.window_point); a screenshot alone never says where it is.
                return Outcome(stage="window" if target.window is not None else "")
            x, y = target.point
            m = Match(int(x), int(y), 1, 1, 1.0, self.display_scale or 1.0, "point", "")
            return Outcome(m, [m], best=candidate(m), stage="point")
        if bounds is None:
            bounds = (frame.origin[0], frame.origin[1], frame.width, frame.height)
        whole = intersect(bounds, target.region)
        if whole is None:
            return Outcome(stage="outside")
        template = self.load_image(target.image) if target.image else None
        patch = self._patch(target)
        best: Match | None = None
        if near_only:
            stages = self._quick_stages(target, template, patch, whole)
        elif target.near is not None and not self.counted(target):
            stages = self._near_stages(target, template, patch, whole)
        else:
            stages = []
        if stages:
            for stage, box, kinds, centre in stages:
                found, miss = self._run(frame, target, template, patch, box, kinds, whole)
                best = _better(best, miss)
                if not found:
                    continue
                # The recorded pixels searched everywhere know every place they show; what
                # reads the same near the recorded place is weighed against them.
                window = None if stage == "patch-anywhere" else box
                out = self._decide(found, target, window, whole, centre)
                if out is not None and stage == "patch-anywhere":
                    out = self._weigh_near(frame, target, out, found, whole)
                if out is not None:
                    out.stage = stage
                    return self._remember(out, best)
        if near_only:
            return Outcome(stage="near-unsettled", settled=False)
        found, miss = self._run(frame, target, template, None, whole, ("text", "image"), None)
        best = _better(best, miss)
        out = self._decide(found, target, None, whole) or Outcome()
        out.stage = "whole"
        return self._remember(out, best)

    def _weigh_near(self, frame: Frame, target: Target, out: Outcome, patches: list[Match],
                    whole) -> Outcome:
        """Recorded pixels found away from `near` are one candidate like any other: what reads
        the same clearly nearer to `near` is read and weighed against them by the same rule
        (equally good: the clearly nearer wins). Text no nearer than the pixels cannot win
        against an identical rendering, so only the circle that could is read."""
        winner = out.match
        if winner is None or target.near is None or not target.text:
            return out
        reach = (distance(winner, target.near) - 20) / 2   # clearly nearer than the winner
        w, h = target.size or (winner.w, winner.h)
        if reach < min(w, h) / 2:
            return out
        nx, ny = target.near
        box = _around(nx, ny, round(reach + w / 2), round(reach + h / 2), whole)
        limit = text_mod.threshold(target)
        # Read as a rival is read anywhere else on a first look (prepared, then plain); the
        # faint look for disabled text is not worth a third read of the circle on every move.
        near = [m for m in text_mod.find_text(frame, target, self.ocr, box,
                                              other_looks=("plain",))
                if m.score >= limit and distance(m, target.near) <= reach
                and all(iou(m, p) < 0.5 for p in patches)]
        if not near:
            return out
        return self._decide(_merge(patches + near), target, None, whole) or out

    def _remember(self, out: Outcome, best: Match | None) -> Outcome:
        if out.match is not None:
            m = out.match
            if m.how == "image":
                self.display_scale = m.scale
            elif m.how == "patch":
                self.display_scale = 1.0
            elif m.how == "ocr":
                # One scale for the run, not one per box: a few pixels more or less in a small
                # word's box would scale an offset of hundreds of pixels by as much.
                scale = self.display_scale if self.display_scale is not None \
                    else snap_scale(m.scale)
                out.candidates = [c for c in out.candidates if c != m]
                m = out.match = replace(m, scale=scale)
                out.candidates.insert(0, m)
            out.best = candidate(m)
        elif out.ambiguous or out.miscount:
            out.best = candidate((out.ambiguous or out.miscount)[0])
        elif best is not None:
            out.best = candidate(best)
        return out

    QUICK = ("patch", "image-near", "image-near-scaled")

    def _quick_stages(self, target: Target, template, patch, whole):
        """The near stages that look only at a small box around `near` (see `locate`)."""
        if target.near is None or self.counted(target):
            return []
        return [s for s in self._near_stages(target, template, patch, whole) if s[0] in self.QUICK]

    def _near_stages(self, target: Target, template, patch, whole):
        """(name, box, kinds, centre) of the searches around `near`, cheapest first."""
        nx, ny = target.near
        ew, eh = self._expected_size(target, template)
        if patch is not None:
            ph, pw = patch.shape
            yield "patch", _around(nx, ny, pw // 2 + 40, ph // 2 + 30, whole), ("patch",), (nx, ny)
            yield "patch-anywhere", whole, ("patch",), (nx, ny)
        if template is not None:
            th, tw = template.shape
            s = self.display_scale
            if s is not None and s != 1.0:
                # On a display scaled by s, what was at `near` tends to be at s times `near`;
                # the display scale seen last is the likeliest, so it is tried first.
                sx, sy = round(nx * s), round(ny * s)
                yield ("image-near-scaled", _around(sx, sy, round(tw * s) // 2 + 40,
                                                    round(th * s) // 2 + 30, whole),
                       ("image-last",), (sx, sy))
            yield ("image-near", _around(nx, ny, tw // 2 + 40, th // 2 + 30, whole), ("image1",),
                   (nx, ny))
        # Images are searched on the whole screen at once next: coarse to fine it costs little.
        if target.text:
            yield "near", _around(nx, ny, ew // 2 + 140, eh // 2 + 70, whole), ("text",), (nx, ny)
            yield "wider", _around(nx, ny, ew // 2 + 420, eh // 2 + 260, whole), ("text",), (nx, ny)

    @staticmethod
    def _expected_size(target: Target, template) -> tuple[int, int]:
        if template is not None:
            return template.shape[1] * 2, template.shape[0] * 2
        if target.size:
            return int(target.size[0] * 2), int(target.size[1] * 2)
        return 10 * len(target.text or "") + 20, 30

    def _run(self, frame, target, template, patch, box, kinds, whole):
        """Candidates good enough in `box`, and the best near miss. `whole` is the region the
        search ends in (None when `box` is that region): text near first is read so that the
        last, whole read finds those parts in the OCR cache."""
        found: list[Match] = []
        miss: Match | None = None
        final = whole is None
        if "patch" in kinds and patch is not None:
            found += text_mod.find_patch(frame, patch, target, box)
        if "text" in kinds and target.text:
            floor = 0.5 if final else None
            region, within = (box, None) if final else (whole, box)
            ms = text_mod.find_text(frame, target, self.ocr, region, floor=floor, within=within,
                                    worked=self.looks_worked)
            limit = text_mod.threshold(target)
            found += [m for m in ms if m.score >= limit]
            miss = _better(miss, next((m for m in ms if m.score < limit), None))
        if template is not None and {"image", "image1", "image-last"} & set(kinds):
            limit = image_mod.threshold(target)
            # image1: at the recorded size; image-last: at the display scale seen last.
            scales = ((1.0,) if "image1" in kinds else
                      (self.display_scale,) if "image-last" in kinds else self._scales())
            floor = max(0.5, limit - 0.3) if final else None
            ms = image_mod.find_image(frame, template, target, box, scales, floor=floor,
                                      trusted=self.display_scale)
            label = Path(target.image).name
            ms = [Match(m.x, m.y, m.w, m.h, m.score, m.scale, m.how, label) for m in ms]
            found += [m for m in ms if m.score >= limit]
            miss = _better(miss, next((m for m in ms if m.score < limit), None))
        return _merge(found), miss

    def _scales(self):
        s = self.display_scale
        if s is None or s == image_mod.SCALES[0] or s not in image_mod.SCALES:
            return image_mod.SCALES
        return (s,) + tuple(v for v in image_mod.SCALES if v != s)

    def _decide(self, found: list[Match], target: Target, window, whole,
                centre=None) -> Outcome | None:
        """The outcome of a stage, or None where a wider stage must settle it. `centre` is where
        the stage expected the anchor (default: `near`)."""
        near = centre if centre is not None else target.near
        if self.excluded is not None:
            found = [m for m in found if not self.excluded(m)]
        found = sorted(found, key=lambda m: -m.score)
        if self.counted(target):
            ordered = reading_order(found)
            if target.count is not None and ordered and len(ordered) != target.count:
                # `index` counted among another number of places may be another row.
                return Outcome(candidates=found, miscount=ordered)
            if target.index is not None:
                if len(ordered) < target.index:
                    return Outcome(candidates=found)
                return Outcome(ordered[target.index - 1], found)
        top = found[0] if found else None
        if top is None:
            return None if window is not None else Outcome()
        ties = [m for m in found if m.score >= top.score - TIE_MARGIN]
        winner = top
        if len(ties) > 1:
            if near is None:
                return Outcome(candidates=found, ambiguous=ties)
            ties.sort(key=lambda m: distance(m, near))
            if not clearly_nearer(distance(ties[0], near), distance(ties[1], near)):
                return Outcome(candidates=found, ambiguous=ties) if window is None else None
            winner = ties[0]
        if window is not None and near is not None:
            # A rival outside the window would be at least this far from `near`.
            if not clearly_nearer(distance(winner, near), _clearance(window, whole, near, winner)):
                return None
        return Outcome(winner, found)
