"""The runner: replays a recipe's steps on a screen through the ports, one `Run` per case.

It finds every anchored target through the `Locator` (wait with timeout, near-first), acts through
the `Input` port, asks a person at checkpoints through the `Prompt` port, and checks the
`AbortWatch` between and during steps. It never clicks a guess: a target that is not found fails
the step. Observers (the command line, the workbench) hear of every step as it starts and ends;
the history stores the run.
"""

from __future__ import annotations

import hashlib
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from recipes.desktop.platform import COMMAND, SECRET_STORE, SECRET_STORE_KIND
from recipes.errors import (
    AmbiguousAnchor, AnchorNotFound, CheckpointRejected, DataError, EnvironmentMissing, FocusMoved,
    ScreenBlank, SecretMissing, StepFailed, UsageError, UserAbort, problem_of,
)
from recipes.fileformat import RecipeDocument, dump_recipe
from recipes.decisions import describe, gap_problem, uncovered_decisions
from recipes.keys import parse_combo
from recipes.masking import BULLETS, NOT_MASKABLE, Masker
from recipes.match import Match
from recipes.model import (
    CheckpointStep, ClickStep, DragStep, ExpectStep, FocusStep, LaunchStep, PressStep,
    ReadTextStep, Recipe, ScrollStep, Target, TypeStep, WaitForStep, WaitStep, placeholders,
)
from recipes.ports import AbortWatch, Clock, Desktop, Input, Prompt, Screen, Secrets
from recipes.run import (
    CHECKED_BEFORE, STOPPED_BY_CTRL_C, Run, RunNote, StepReporter, StepResult, checked_before,
    masked_problem,
)
from recipes.window_focus import KeyboardWindow, focus_window
from recipes.window_point import point_in_window, wait_window_gone

RETRIES = 2  # extra attempts of a step whose on_failure is `retry`


class RunObserver(Protocol):
    def step_started(self, index: int, step: Any) -> None: ...

    def step_finished(self, index: int, result: StepResult) -> None: ...

    def log(self, message) -> None:
        """A line for the run's log: a `recipes.run.RunNote` (str() words it in English)."""


class NullObserver:
    def step_started(self, index, step):
        pass

    def step_finished(self, index, result):
        pass

    def log(self, message):
        pass


# A passed step's picture in the history: the screen around where it acted (at least
# PLACE_SIZE, the places found with PLACE_MARGIN around them), scaled down to THUMB_WIDTH, the
# places outlined in the workbench's anchor blue (BGR).
PLACE_SIZE = (480, 240)
PLACE_MARGIN = 60
THUMB_WIDTH = 320
PLACE_COLOUR = (209, 111, 31)


class _NoAbort:
    def check(self) -> None:
        pass


@dataclass
class RunEnvironment:
    """The real (or fake) world a run acts on."""

    screen: Screen
    input: Input
    clock: Clock
    locator: Any  # recipes.locate.Locator: wait(screen, target, timeout, clock, gone, abort)
    desktop: Desktop | None = None
    secrets: Secrets | None = None
    prompt: Prompt | None = None
    abort: AbortWatch = field(default_factory=_NoAbort)
    ocr: Any = None  # recipes.ocr.OcrEngine, for read_text and masking screenshots


class RunControl:
    """Pause, resume, stop and step-through from another thread (the workbench's buttons)."""

    def __init__(self, step_through: bool = False):
        self._go = threading.Event()
        self._go.set()
        self.step_through = step_through
        self.stopped = False

    def pause(self) -> None:
        self._go.clear()

    def resume(self) -> None:
        self._go.set()

    def next_step(self) -> None:
        self._go.set()

    def stop(self) -> None:
        self.stopped = True
        self._go.set()

    def wait_to_go(self, abort: AbortWatch) -> None:
        while not self._go.wait(0.1):
            abort.check()
        if self.stopped:
            raise UserAbort.of("workbench")
        if self.step_through:
            self._go.clear()


def recipe_hash(recipe: Recipe) -> str:
    """The content hash that pins a recipe version (of its meaning, not its comments)."""
    return hashlib.sha256(dump_recipe(recipe).encode("utf-8")).hexdigest()


def resolve_values(recipe: Recipe, given: dict[str, str]) -> dict[str, str]:
    """Input values for one run: given ones, then defaults; unknown or missing ones are errors."""
    unknown = sorted(set(given) - {i.name for i in recipe.inputs})
    if unknown:
        names = ", ".join(i.name for i in recipe.inputs) or "none"
        raise UsageError(f"the recipe has no input named {', '.join(unknown)} (its inputs: {names})")
    values = {}
    for inp in recipe.inputs:
        if inp.name in given:
            values[inp.name] = given[inp.name]
        elif inp.default is not None:
            values[inp.name] = inp.default
        else:
            raise UsageError(
                f"the input '{inp.name}'" + (f" ({inp.label})" if inp.label else "")
                + f" has no value; give it with --set {inp.name}=VALUE or a --data file column")
    return values


class Runner:
    def __init__(self, doc: RecipeDocument, env: RunEnvironment, observer: RunObserver | None = None,
                 history: Any = None, control: RunControl | None = None,
                 content: str | None = None):
        self.doc = doc
        self.recipe = doc.recipe
        self.env = env
        self.observer = observer or NullObserver()
        self.history = history
        self.control = control or RunControl()
        # The content hash of the files run (`recipes.content_hash`) where the caller ran them as
        # they are on disk; else the hash of the recipe's meaning (an edit not saved yet).
        self.hash = content or recipe_hash(self.recipe)
        # The window the keyboard steps are meant for; kept from one data row to the next.
        self.keyboard = KeyboardWindow()
        # The recipe's pictures are loaded as the run starts, not by the step that first needs
        # them (a fake locator in a unit test has nothing to load).
        preload = getattr(env.locator, "preload", None)
        if preload is not None:
            preload(self.recipe.targets())

    # -- public ------------------------------------------------------------------------------

    def run(self, values: dict[str, str], *, start: int = 0, only: int | None = None,
            row_number: int | None = None, first_row: bool = True, mode: str = "run",
            operator: str = "") -> Run:
        """Run steps `start..end` (or just `only`) with these input values; returns the Run."""
        masker = self._masker(values)
        run = Run(recipe_name=self.recipe.name,
                  recipe_path=str(Path(self.doc.path).resolve()) if self.doc.path else None,
                  recipe_hash=self.hash, row_number=row_number, mode=mode, operator=operator)
        manual = self.recipe.manual_time()
        if manual is not None:
            run.baseline_seconds, run.baseline_source = manual
        t0 = self.env.clock.now()
        if self.history is not None:
            self.history.begin(run)
        # Built-in values (BUILTIN_VALUES in fileformat): filled where no input or read value
        # of the same name is there; a run without a data file is row 1.
        import sys

        self._builtins = {"recipe_dir": str(self.doc.base_dir),
                          "row_number": str(row_number if row_number is not None else 1),
                          "python": sys.executable}
        variables = dict(values)
        indices = [only] if only is not None else list(range(start, len(self.recipe.steps)))
        indices = [i for i in indices if first_row or not self.recipe.steps[i].once]
        try:
            # Found before anything is done, so no program is left with a half-done case.
            refused = self._decision_gap(indices) or self._missing_secret(indices)
            if refused is not None:
                refused.category = "not_started"   # no case was attempted: not in the gains
                run.steps.append(refused)
                if self.history is not None:
                    self.history.add_step(run, refused)
                self.observer.step_finished(refused.index, refused)
                run.status, run.message = "failed", refused.message
                run.problem = refused.problem
                indices = []
            for i in indices:
                step = self.recipe.steps[i]
                self.control.wait_to_go(self.env.abort)
                self.env.abort.check()
                result = self._run_step(i, step, variables, masker)
                run.steps.append(result)
                if self.history is not None:
                    self.history.add_step(run, result)
                if result.status == "rejected":
                    run.status = "rejected"
                    run.message, run.problem = result.message, result.problem
                    break
                # A screen that shows nothing fails every step after it too: the run stops.
                if result.status == "failed" and (step.on_failure != "skip"
                                                  or result.screen_blank):
                    run.status = "failed"
                    run.message, run.problem = result.message, result.problem
                    break
            else:
                if refused is None:
                    run.status = "passed"
        except (UserAbort, KeyboardInterrupt) as e:
            # Ctrl+C (and SIGTERM, which the command line turns into an abort) ends the run as
            # the abort hotkey does: recorded as aborted, exit status 130.
            run.status = "aborted"
            run.message = str(e) or STOPPED_BY_CTRL_C
            run.problem = problem_of(e)
            stopped_in = getattr(e, "step_result", None)
            if stopped_in is not None:
                run.steps.append(stopped_in)
                if self.history is not None:
                    self.history.add_step(run, stopped_in)
        except Exception as e:
            # A fault outside any step (a bug, the history's disk): the run is closed as failed
            # in the history, and the caller reports the error itself.
            run.status = "failed"
            run.message = masker.text(f"unexpected error: {type(e).__name__}: {e}")
            run.problem = masked_problem(problem_of(e), masker.text)
            raise
        finally:
            run.duration = self.env.clock.now() - t0
            from recipes.run import now_iso

            run.finished_at = now_iso()
            if self.history is not None:
                self.history.finish(run)
        return run

    # -- steps -------------------------------------------------------------------------------

    def _masker(self, values: dict[str, str]) -> Masker:
        masker = Masker(values[i.name] for i in self.recipe.inputs
                        if i.sensitive and i.name in values)
        self._masker_ref = masker
        return masker

    def _run_step(self, i: int, step: Any, variables: dict[str, str], masker: Masker) -> StepResult:
        self.observer.step_started(i, step)
        result = StepResult(index=i, step_id=step.id, action=step.action)
        attempts = 1 + (RETRIES if step.on_failure == "retry" else 0)
        for attempt in range(1, attempts + 1):
            result.attempts = attempt
            result.status, result.message, result.candidates = "running", "", []
            result.found = result.found_to = None  # where this attempt found its anchors
            reporter = StepReporter(result, self.env.clock, masker.text)
            try:
                with reporter:
                    self._do(step, variables, masker, result)
            except (UserAbort, KeyboardInterrupt) as e:
                e.step_result = result   # the run keeps the step it was stopped in
                self.observer.step_finished(i, result)
                raise
            result.screen_blank = isinstance(reporter.error, ScreenBlank)
            if result.status != "failed" or attempt == attempts or result.screen_blank:
                break
            self.observer.log(RunNote("retry", {"step": i + 1, "attempt": attempt,
                                                "message": result.message,
                                                "problem": result.problem}))
        if result.status == "passed":
            self._keep_thumbnail(result, masker)
        result.place = None  # the unmasked grab never outlives its step
        if result.status == "failed":
            self._keep_failure_screenshot(result, reporter.error, masker)
            if step.on_failure == "skip" and not result.screen_blank:
                result.status = "skipped"
        self.observer.step_finished(i, result)
        return result

    def _keep_failure_screenshot(self, result: StepResult, error: Any, masker: Masker) -> None:
        shot = getattr(error, "screenshot", None)
        pixels = getattr(shot, "pixels", shot)
        if pixels is None:
            try:
                pixels = self.env.screen.grab().pixels
            except Exception:
                pixels = None
        if pixels is None:
            return
        result.screenshot = masker.frame(pixels, self.env.ocr)
        if result.screenshot is None:  # fail closed: never an unmasked picture
            result.message = (f"{result.message} ({NOT_MASKABLE})" if result.message
                              else NOT_MASKABLE)
            if result.problem is not None:
                result.problem["values"]["screenshot_not_kept"] = True

    def _glimpse(self, result: StepResult) -> None:
        """The screen around where the step found its target (and a drag's end), grabbed before
        the step acts there: after it passes, a small masked picture of it goes to the history
        (`_keep_thumbnail`). Only where there is a history to keep it."""
        boxes = [m for m in (result.found, result.found_to) if isinstance(m, Match)]
        if self.history is None or not boxes:
            return
        x0, y0 = min(m.x for m in boxes), min(m.y for m in boxes)
        x1, y1 = max(m.x + m.w for m in boxes), max(m.y + m.h for m in boxes)
        w = max(x1 - x0 + 2 * PLACE_MARGIN, PLACE_SIZE[0], 2 * (y1 - y0 + PLACE_MARGIN))
        h = max(w // 2, y1 - y0 + PLACE_MARGIN)
        left, top = max(0, (x0 + x1) // 2 - w // 2), max(0, (y0 + y1) // 2 - h // 2)
        try:
            sw, sh = self.env.screen.size()
            w, h = min(w, sw - left), min(h, sh - top)
        except Exception:  # a screen that does not say its size: grabbed as asked
            pass
        if w <= 0 or h <= 0:
            return
        try:
            # Only that part of the screen (not all of it, on every step of every run).
            if hasattr(self.env.screen, "grab_region"):
                frame = self.env.screen.grab_region(left, top, w, h)
            else:
                frame = self.env.screen.grab()
        except Exception:  # a picture for the history never fails a step
            return
        pixels, (ox, oy) = frame.pixels, frame.origin
        crop = pixels[max(0, top - oy):max(0, top - oy) + h, max(0, left - ox):max(0, left - ox) + w]
        if crop.size == 0:
            return
        origin = (max(left, ox), max(top, oy))
        result.place = (crop.copy(), origin, [(m.x, m.y, m.w, m.h) for m in boxes])

    def _keep_thumbnail(self, result: StepResult, masker: Masker) -> None:
        """The picture of where a passed step acted, masked as a failure screenshot is (every
        CPR number and sensitive value read there blacked out; none where it cannot be read),
        scaled down to THUMB_WIDTH, the places found outlined."""
        if result.place is None:
            return
        crop, origin, boxes = result.place
        masked = masker.frame(crop, self.env.ocr, origin)
        if masked is None:  # fail closed: never an unmasked picture
            return
        import cv2

        scale = min(1.0, THUMB_WIDTH / masked.shape[1])
        if scale < 1.0:
            masked = cv2.resize(masked, (max(1, round(masked.shape[1] * scale)),
                                         max(1, round(masked.shape[0] * scale))),
                                interpolation=cv2.INTER_AREA)
        for x, y, w, h in boxes:
            a = (round((x - origin[0]) * scale) - 2, round((y - origin[1]) * scale) - 2)
            b = (round((x + w - origin[0]) * scale) + 2, round((y + h - origin[1]) * scale) + 2)
            cv2.rectangle(masked, a, b, PLACE_COLOUR, 2)
        result.thumbnail = masked

    def _fill(self, text: str, variables: dict[str, str], escape: bool = False) -> str:
        """The text with its placeholders filled (the recipe's values, then the built-ins
        `recipe_dir` and `row_number`); `escape`: the text is a regular expression, and the
        values are matched as they are (a `.` or `(` in a value is no pattern)."""
        builtins = getattr(self, "_builtins", {})
        for name in placeholders(text):
            value = variables.get(name, builtins.get(name))
            value = "{" + name + "}" if value is None else re.escape(value) if escape else value
            text = text.replace("{" + name + "}", value)
        return text

    def _target(self, target: Target, variables: dict[str, str]) -> Target:
        if target.text is not None and "{" in target.text:
            return target.model_copy(update={"text": self._fill(target.text, variables)})
        return target

    def _find(self, target: Target, step: Any, variables: dict[str, str], result: StepResult) -> Match:
        result.found = self._wait(target, step, variables)
        self._glimpse(result)
        return result.found

    def _wait(self, target: Target, step: Any, variables: dict[str, str],
              gone: bool = False, anywhere: bool = False) -> Match | None:
        """The target's place once it shows at one place (or, with `gone`, None once it is
        gone); a point in a window is found through the desktop, anything else on the screen.
        `anywhere`: the step acts on no place, so the target showing at several places is
        enough (a dialog's title "Save As" beside its button "Save")."""
        if target.window is not None:
            m = self._in_window(target, step, variables, gone)
        else:
            m = self.env.locator.wait(self.env.screen, self._target(target, variables),
                                      step.timeout, self.env.clock, gone=gone,
                                      abort=self._watch(), anywhere=anywhere)
        if m is not None:
            self._launched_ok()
        return m

    def _in_window(self, target: Target, step: Any, variables: dict[str, str],
                   gone: bool) -> Match | None:
        """A point in a window (`window` and `point`), at this run's display scale."""
        if self.env.desktop is None:
            raise StepFailed("this run cannot find windows (no desktop)", "no_desktop",
                             {"need": "windows"})
        pattern = self._fill(target.window, variables, escape=True)
        if gone:
            wait_window_gone(self.env.desktop, pattern, step.timeout, self.env.clock,
                             target.parts(), abort=self._watch())
            return None
        scale = getattr(self.env.locator, "display_scale", None) or 1.0
        return point_in_window(self.env.desktop, pattern, target.point, scale, step.timeout,
                               self.env.clock, abort=self._watch(), shown=target.window,
                               offset=target.offset)

    def _watch(self) -> AbortWatch:
        """The abort watch for a wait, which also ends it at once when a program the recipe
        launched died at start (instead of "not found" at the timeout)."""
        return _StartWatch(self.env.abort, self.env.desktop)

    def _launched_ok(self) -> None:
        ok = getattr(self.env.desktop, "started_ok", None)
        if ok is not None:
            ok()

    def _do(self, step: Any, variables: dict[str, str], masker: Masker, result: StepResult) -> None:
        env = self.env
        if isinstance(step, ClickStep):
            m = self._find(step.target, step, variables, result)
            x, y = m.point(step.target.offset)
            button = {"click": "left", "double_click": "left", "right_click": "right"}[step.action]
            self._clicking(x, y)
            env.input.click(x, y, button=button, count=2 if step.action == "double_click" else 1)
        elif isinstance(step, TypeStep):
            if step.target is not None:
                m = self._find(step.target, step, variables, result)
                self._clicking(*m.point(step.target.offset))
                env.input.click(*m.point(step.target.offset))
            if step.secret is not None:
                text = self._secret(step)
                masker.add(text)
                window = self._keyboard_check(step.secret)
            else:
                text = self._fill(step.text or "", variables)
                # After its own click too: the window clicked has the keyboard once the window
                # manager says so, and typing is kept to that window from its first key.
                window = self._keyboard_check()
            self._type_guarded(text, window)
        elif isinstance(step, PressStep):
            combo = parse_combo(step.keys)
            self._keyboard_check()
            env.input.press(combo)
        elif isinstance(step, ScrollStep):
            x = y = None
            if step.target is not None:
                x, y = self._find(step.target, step, variables, result).point(step.target.offset)
            env.input.scroll(x, y, step.amount)
        elif isinstance(step, DragStep):
            # Both ends are found before the button goes down: a drag never starts towards a guess.
            a = self._find(step.target, step, variables, result).point(step.target.offset)
            try:
                end = self._wait(step.to, step, variables)
            except AnchorNotFound as e:
                raise AnchorNotFound(e.anchor if e.anchor is not None else e.what, e.timeout,
                                     e.best, e.screenshot, moving=e.moving,
                                     drag_end=True) from None
            except AmbiguousAnchor as e:
                raise AmbiguousAnchor(e.anchor if e.anchor is not None else e.what,
                                      e.candidates, e.screenshot, drag_end=True) from None
            result.found_to = end
            self._glimpse(result)  # both ends in one picture
            self._clicking(*a)
            env.input.drag(*a, *end.point(step.to.offset))
        elif isinstance(step, WaitStep):
            self._sleep(step.seconds)
        elif isinstance(step, WaitForStep):
            m = self._wait(step.target, step, variables, gone=step.gone, anywhere=True)
            result.found = m if isinstance(m, Match) else None
            self._glimpse(result)
        elif isinstance(step, ExpectStep):
            result.found = self._wait(step.target, step, variables, anywhere=True)
            self._glimpse(result)
        elif isinstance(step, ReadTextStep):
            self._read_text(step, variables, masker, result)
        elif isinstance(step, CheckpointStep):
            self._checkpoint(step, variables, masker, result)
        elif isinstance(step, LaunchStep):
            if env.desktop is None:
                raise StepFailed("this run cannot start programs (no desktop)", "no_desktop",
                                 {"need": "programs"})
            proc = env.desktop.launch([self._fill(a, variables) for a in step.command],
                                      cwd=str(self.doc.base_dir))
            self.keyboard.launched(getattr(proc, "pid", None), step.command[0])
        elif isinstance(step, FocusStep):
            if env.desktop is None:
                raise StepFailed("this run cannot focus windows (no desktop)", "no_desktop",
                                 {"need": "focus"})
            launched = self.keyboard.program[0] if self.keyboard.program is not None else None
            self.keyboard.focused(focus_window(
                env.desktop, self._fill(step.window, variables, escape=True), step.timeout,
                env.clock, env.abort, shown=step.window, launched=launched))
        else:  # the model's union is closed; this is a bug, not a user error
            raise StepFailed(f"the action '{step.action}' cannot be replayed yet",
                             "action_not_replayable", {"action": step.action})

    def _clicking(self, x: int, y: int) -> None:
        """A click at (x, y) is coming: the window under it will have the keyboard."""
        if self.env.desktop is not None:
            self.keyboard.clicked(self.env.desktop.window_at(x, y))

    def _keyboard_check(self, secret: str | None = None):
        """Keys go only to the window the last focus, click or launch chose (and a secret only
        where its credential may go); otherwise the step fails before the first key. Returns
        that window."""
        if self.env.desktop is None:
            raise StepFailed("this run cannot tell which window has the keyboard focus (no "
                             "desktop); nothing was typed", "no_desktop", {"need": "keyboard"})
        credential = self.recipe.credential(secret) if secret is not None else None
        return self.keyboard.check(self.env.desktop, self.env.clock, self.env.abort,
                                   credential=credential, secret=secret)

    def _type_guarded(self, text: str, window) -> None:
        """Type the text, making sure before every key that the keyboard focus is still on
        `window` (the one `_keyboard_check` returned): a window that opens meanwhile and takes
        the focus gets no key of it (`FocusMoved`)."""
        env = self.env
        guard = _FocusGuard(env.abort, env.desktop, window, len(text))
        before = getattr(env.input, "abort", None)
        env.input.abort = guard
        try:
            env.input.type_text(text)
        finally:
            env.input.abort = before

    def _sleep(self, seconds: float) -> None:
        end = self.env.clock.now() + seconds
        while True:
            self.env.abort.check()
            left = end - self.env.clock.now()
            if left <= 0:
                return
            self.env.clock.sleep(min(0.1, left))

    def _settled_frame(self, most: float = 1.5, interval: float = 0.1):
        """The screen once it stopped changing (at most `most` seconds): the person at a
        checkpoint must see what the program shows, not a half-drawn window just after a
        click."""
        import numpy as np

        clock = self.env.clock
        frame = self.env.screen.grab()
        deadline = clock.now() + most
        while clock.now() < deadline:
            clock.sleep(interval)
            again = self.env.screen.grab()
            if np.array_equal(again.pixels, frame.pixels):
                return again
            frame = again
        return frame

    def _missing_secret(self, indices: list[int]) -> StepResult | None:
        """The first step of these that will type a credential the keyring does not have, as a
        failed result (nothing done yet), or None."""
        for i in indices:
            step = self.recipe.steps[i]
            if isinstance(step, TypeStep) and step.secret is not None:
                try:
                    self._secret(step)
                except (StepFailed, EnvironmentMissing) as e:
                    # A keyring that is locked or not there is found here too: the run ends
                    # as failed, with what to do, before the first step.
                    text = f"{e.what} What to do: {e.hint}" if isinstance(e, EnvironmentMissing) \
                        else str(e)
                    return StepResult(i, step.id, step.action, status="failed",
                                      message=text + CHECKED_BEFORE,
                                      problem=checked_before(e.problem()))
        return None

    def _decision_gap(self, indices: list[int]) -> StepResult | None:
        """A run from a later step, or of one step, must not write a decision that the
        checkpoint before it would have put to a person: the failed result that says so."""
        gaps = uncovered_decisions(self.recipe, indices)
        if not gaps:
            return None
        step = self.recipe.steps[gaps[0].step]
        return StepResult(gaps[0].step, step.id, step.action, status="failed",
                          message=describe(self.recipe, gaps[0], indices[0]) + CHECKED_BEFORE,
                          problem=checked_before(gap_problem(self.recipe, gaps[0], indices[0])))

    def _secret(self, step: TypeStep) -> str:
        cred = self.recipe.credential(step.secret)
        if self.env.secrets is None:
            raise StepFailed("no keyring is available to this run; credentials cannot be typed",
                             "no_keyring_in_run", {})
        username, password = self.env.secrets.get(step.secret, cred.username if cred else None)
        value = username if step.field == "username" else password
        if value is None:
            user = f" --username {cred.username}" if cred is not None and cred.username else ""
            raise SecretMissing(step.secret, step.field, SECRET_STORE_KIND, SECRET_STORE,
                                f"{COMMAND} secret set {step.secret}{user}")
        return value

    def _read_text(self, step: ReadTextStep, variables, masker: Masker, result: StepResult) -> None:
        m = self._find(step.target, step, variables, result)
        offset = step.offset if step.offset is not None else step.target.offset
        cx, cy = m.point(offset)
        w, h = round(step.size[0] * m.scale), round(step.size[1] * m.scale)
        frame = self.env.screen.grab()
        x0, y0 = cx - w // 2, cy - h // 2
        pixels = frame.crop(x0, y0, w, h)
        if self.env.ocr is None:
            raise StepFailed("no OCR engine is available to read text", "no_ocr", {})
        words = self.env.ocr.words(pixels, origin=(max(0, x0), max(0, y0)))
        text = _join_words(words)
        variables[step.into] = text
        sensitive = step.into in self.recipe.sensitive_names() or masker.text(text) != text
        if sensitive:
            masker.add(text)
        result.values[step.into] = masker.text(text) if not sensitive else "••••"
        self.observer.log(RunNote("read", {"into": step.into, "value": result.values[step.into]}))

    def _checkpoint(self, step: CheckpointStep, variables, masker: Masker, result: StepResult):
        if self.env.prompt is None:
            raise CheckpointRejected()
        # What the person is shown may end up in a terminal log: sensitive values stay masked
        # there (the live program beside it shows them to whoever sits at the screen).
        sensitive = self.recipe.sensitive_names()
        message = masker.text(self._fill(step.message, variables))
        shown = {k: (BULLETS if k in sensitive else masker.text(v)) for k, v in variables.items()}
        frame = self._settled_frame()
        decision = self.env.prompt.checkpoint(message, frame, shown)
        result.answered_by, result.shown, result.comment = decision.who, message, decision.comment
        for k, v in decision.values.items():
            # What the person left as it was shown stays what it was: a masked form never
            # replaces the real value, not even a part of it that they did not touch.
            if k in variables and k not in sensitive and v != shown[k]:
                restored = masker.restore(variables[k], v)
                if restored is None:
                    raise DataError(
                        f"the value '{k}' was changed at the checkpoint where part of it is "
                        "hidden; type it in full or leave the hidden parts as they are",
                        "hidden_value_changed", {"name": k})
                variables[k] = restored
        result.values = {k: masker.text(v) for k, v in decision.values.items()
                         if k in variables and k not in self.recipe.sensitive_names()}
        if not decision.approved:
            raise CheckpointRejected(decision.who or "", decision.comment or "")


class _FocusGuard:
    """The abort watch while a step types: also stops before the next key where the keyboard
    focus left the window typing began in. The input adapters check it before each character."""

    def __init__(self, abort: AbortWatch, desktop: Any, window: Any, total: int):
        self.abort, self.desktop, self.window, self.total = abort, desktop, window, total
        self.keys = 0

    def check(self) -> None:
        self.abort.check()
        active = self.desktop.active_window()
        if active is None or active.id != self.window.id:
            raise FocusMoved(self.window.title, active.title if active is not None else None,
                             self.keys, self.total)
        self.keys += 1


class _StartWatch:
    def __init__(self, inner: AbortWatch, desktop: Any):
        self.inner = inner
        self.check_started = getattr(desktop, "check_started", None)

    def check(self) -> None:
        self.inner.check()
        if self.check_started is not None:
            self.check_started()


def _join_words(words: list) -> str:
    """Words in reading order: lines top to bottom, words left to right."""
    if not words:
        return ""
    words = sorted(words, key=lambda w: (w.y + w.h / 2, w.x))
    lines: list[list] = []
    for w in words:
        if lines and abs((lines[-1][-1].y + lines[-1][-1].h / 2) - (w.y + w.h / 2)) < max(6, w.h * 0.6):
            lines[-1].append(w)
        else:
            lines.append([w])
    return "\n".join(" ".join(x.text for x in sorted(line, key=lambda w: w.x)) for line in lines)
