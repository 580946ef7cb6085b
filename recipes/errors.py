"""One error tree for everything the workbench can tell a user went wrong.

Every error here carries a plain message meant for a person: what is wrong, where, and what to do.
The command line prints `str(error)` and never a traceback. `UserAbort` derives from
`BaseException` so that an `except Exception` in a step cannot swallow the abort hotkey.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class WorkbenchError(Exception):
    """Base of every error that is meant to be shown to a user as it is."""


class RecipeFormatError(WorkbenchError):
    """A recipe file cannot be read or is not valid. Names the file and, where known, the line."""

    def __init__(self, reason: str, path: Path | str | None = None, line: int | None = None):
        self.reason = reason
        self.path = Path(path) if path is not None else None
        self.line = line
        super().__init__(self._render())

    def _render(self) -> str:
        where = ""
        if self.path is not None:
            where = str(self.path)
            if self.line is not None:
                where += f", line {self.line}"
            where += ": "
        return where + self.reason


class RecipeProblems(WorkbenchError):
    """Several format problems found at once (validation reports all, not just the first)."""

    def __init__(self, problems: list[RecipeFormatError]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class EnvironmentMissing(WorkbenchError):
    """Something the machine must provide is missing (Tesseract, a display, a keyring)."""

    code = "environment_missing"

    def __init__(self, what: str, hint: str):
        self.what = what
        self.hint = hint
        super().__init__(f"{what}\n  What to do: {hint}")

    def problem(self) -> dict:
        """What is missing as typed data, `{"code": ..., "values": {...}}`, for a caller that
        words it in the person's language (the run history keeps it so)."""
        return {"code": self.code, "values": self._values()}

    def _values(self) -> dict:
        return {"what": self.what, "hint": self.hint}


class KeyringUnavailable(EnvironmentMissing):
    """The keyring cannot give or take a credential: none is reachable, or its collection is
    locked. `operation` is what was asked of it: "read", "write" or "delete"."""

    code = "keyring_unavailable"

    def __init__(self, what: str, hint: str, credential: str | None = None, locked: bool = False,
                 operation: str = "read"):
        self.credential = credential
        self.locked = locked
        self.operation = operation
        super().__init__(what, hint)

    def _values(self) -> dict:
        return {"credential": self.credential, "locked": self.locked, "operation": self.operation}


class DisplayMissing(EnvironmentMissing):
    """No X display to replay on; `wayland` when the session is a Wayland one."""

    code = "display_missing"

    def __init__(self, what: str, hint: str, wayland: bool = False):
        self.wayland = wayland
        super().__init__(what, hint)

    def _values(self) -> dict:
        return {"wayland": self.wayland}


class OcrDataMissing(EnvironmentMissing):
    """Tesseract's language data are missing: `languages` in `folder` (None: no folder found),
    installed with `package`."""

    code = "ocr_data_missing"

    def __init__(self, what: str, hint: str, languages: list[str], folder: str | None,
                 package: str):
        self.languages = languages
        self.folder = folder
        self.package = package
        super().__init__(what, hint)

    def _values(self) -> dict:
        return {"languages": list(self.languages), "folder": self.folder, "package": self.package}


class UsageError(WorkbenchError):
    """The command line was used wrongly (unknown input name, bad --set, missing data file)."""


class StepFailed(WorkbenchError):
    """A step could not be carried out. Subclasses say why."""


@dataclass
class Candidate:
    """One place on the screen that looked like the anchor (for messages and the failure view)."""

    x: int
    y: int
    w: int
    h: int
    score: float
    label: str = ""

    def describe(self) -> str:
        what = f" '{self.label}'" if self.label else ""
        return f"{what} at ({self.x + self.w // 2}, {self.y + self.h // 2}) score {self.score:.2f}".strip()


class AnchorNotFound(StepFailed):
    """The target did not show within the timeout. Carries the best score seen and where."""

    def __init__(self, what: str, timeout: float, best: Candidate | None = None, screenshot: Any = None,
                 moving: bool = False):
        self.what = what
        self.timeout = timeout
        self.best = best
        self.screenshot = screenshot
        self.moving = moving   # it showed, but never at one place on two screenshots in a row
        msg = f"{what} was not found within {timeout:g} s"
        if moving and best is not None:
            msg = (f"{what} did not stay at one place within {timeout:g} s (the window was still "
                   f"opening or moving); it was last seen {best.describe()}")
        elif best is not None:
            msg += f"; the best candidate was{' ' if best.label else ' '}{best.describe()}"
        else:
            msg += "; nothing similar was on the screen"
        super().__init__(msg)


class ProgramDied(StepFailed):
    """A program the recipe launched ended with an error (before its window could be used)."""

    def __init__(self, program: str, status: int, error_output: str):
        self.program = program
        self.status = status  # the exit status; negative: killed by that signal
        self.error_output = error_output
        how = (f"with exit status {status}" if status >= 0 else f"killed by signal {-status}")
        msg = f"the program '{program}' stopped {how} just after it was started"
        msg += f"; its last error output: {error_output}" if error_output else \
            " (it wrote no error output)"
        super().__init__(msg)


class KeyHeldDown(StepFailed):
    """A person held a modifier key (Ctrl, Shift, Alt) on the keyboard the whole time the robot
    waited to type: nothing was typed, as each letter would have been a command."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        super().__init__(f"a key (Ctrl, Shift, Alt or AltGr) was held down on the keyboard for "
                         f"{seconds:g} s, so the robot typed nothing: let go of it and try again")


class AnchorStillVisible(StepFailed):
    """A `wait_for ... gone: true` timed out while the target was still on screen."""


class AmbiguousAnchor(StepFailed):
    """Several places match equally well and neither `near` nor `index` tells them apart."""

    def __init__(self, what: str, candidates: list[Candidate], screenshot: Any = None):
        self.what = what
        self.candidates = candidates
        self.screenshot = screenshot
        places = "; ".join(c.describe() for c in candidates[:6])
        super().__init__(
            f"{what} matches {len(candidates)} places equally well ({places}). "
            "Add `index`, `near` or `region` to the target to say which one."
        )


class WindowNotFound(StepFailed):
    """No window (other than this program's own and its terminal) matched within the timeout."""

    def __init__(self, pattern: str, timeout: float):
        self.pattern = pattern
        self.timeout = timeout
        super().__init__(f"no window whose title matches '{pattern}' showed within {timeout:g} s")


class AmbiguousWindow(StepFailed):
    """Several windows match a title pattern: the robot does not pick one. `focusing`: a
    `focus` step (none was focused); else a point in a window (nothing was done)."""

    def __init__(self, pattern: str, titles: list[str], focusing: bool = True):
        self.pattern = pattern
        self.titles = list(titles)
        self.focusing = focusing
        shown = "; ".join(f"'{t}'" for t in self.titles[:6])
        done = "none was focused" if focusing else "nothing was done"
        super().__init__(
            f"the title '{pattern}' matches {len(self.titles)} windows ({shown}); {done}. "
            "Make the pattern match one window only, e.g. ^Title$.")


class WindowMoving(StepFailed):
    """The window of a point (`window` and `point`) was never at the same place in two looks a
    moment apart: it was still opening or being moved, so nothing was done."""

    def __init__(self, pattern: str, title: str, timeout: float):
        self.pattern = pattern
        self.title = title
        self.timeout = timeout
        super().__init__(f"the window '{title}' did not stay at one place within {timeout:g} s "
                         "(it was still opening or moving); nothing was done")


class WindowPointOutside(StepFailed):
    """The point (`x`, `y`, from the window's top-left corner at this run's scale) lies outside
    the window, which is `width` x `height` now (made smaller than when it was recorded)."""

    def __init__(self, pattern: str, title: str, x: int, y: int, width: int, height: int):
        self.pattern, self.title = pattern, title
        self.x, self.y, self.width, self.height = x, y, width, height
        super().__init__(f"the point ({x}, {y}) lies outside the window '{title}', which is "
                         f"{width} x {height} pixels now; nothing was done. Make the window as "
                         "large as when the step was recorded, or record the step again.")


class WindowPointCovered(StepFailed):
    """Something else shows at the point of a window: `other` is the title of the window in
    front of it (None: no window of its own, such as an open menu or a pop-up)."""

    def __init__(self, pattern: str, title: str, x: int, y: int, other: str | None):
        self.pattern, self.title, self.x, self.y, self.other = pattern, title, x, y, other
        by = f"the window '{other}'" if other is not None else \
            "something that is no window of its own (a menu or a pop-up)"
        super().__init__(f"the point ({x}, {y}) in the window '{title}' is covered by {by}; "
                         "nothing was done")


class WindowNotActive(StepFailed):
    """A keyboard step found the keyboard focus elsewhere than on the window the previous focus,
    click or launch acted on; nothing was typed. `expected` is that window's title (None: no step
    chose a window yet), `program` the command a launch started, `actual` the focused window's
    title (None: no window has the focus)."""

    def __init__(self, expected: str | None, actual: str | None, program: str | None = None):
        self.expected = expected
        self.actual = actual
        self.program = program
        where = f"'{actual}'" if actual is not None else "no window"
        if program is not None:
            msg = (f"the keyboard focus is on {where}, not on a window of '{program}', the "
                   "program the recipe started; nothing was typed. Add a `focus` step before "
                   "this step.")
        elif expected is None:
            msg = ("no earlier step chose the window to type into (a `focus` step or a click); "
                   "nothing was typed. Add a `focus` step before this step.")
        elif actual == expected:
            msg = (f"the keyboard focus is on another window titled '{expected}' than the one "
                   "the previous step focused or clicked; nothing was typed")
        else:
            msg = (f"the keyboard focus is on {where}, not on '{expected}', the window the "
                   "previous step focused or clicked; nothing was typed")
        super().__init__(msg)


class FocusMoved(StepFailed):
    """The keyboard focus went to another window while a step typed (a program that opened a
    window of its own, a person's click): typing stopped before the next key, so nothing went
    into the other window. `typed` of `total` characters went where they were meant."""

    def __init__(self, expected: str, actual: str | None, typed: int, total: int):
        self.expected, self.actual, self.typed, self.total = expected, actual, typed, total
        if actual is None:
            where = "no window"
        elif actual == expected:
            where = f"another window titled '{actual}'"
        else:
            where = f"'{actual}'"
        super().__init__(
            f"the keyboard focus moved from '{expected}' to {where} while typing; typing "
            f"stopped after {typed} of {total} characters, and nothing went into the other "
            "window")


class DataError(StepFailed):
    """The case's data did not fit: a credential without a stored password, a value changed at
    a checkpoint where part of it is hidden. The program and the anchors were as expected."""


class SecretRefused(StepFailed):
    """A credential would have gone into a window it is not meant for: a terminal, or a window
    whose title does not match the credential's `window`. Nothing was typed."""

    def __init__(self, credential: str, title: str, allowed: str | None = None,
                 terminal: bool = False):
        self.credential = credential
        self.title = title
        self.allowed = allowed
        self.terminal = terminal
        if terminal:
            msg = (f"the credential '{credential}' is never typed into a terminal, and the "
                   f"keyboard focus is on the terminal '{title}'; nothing was typed")
        else:
            msg = (f"the credential '{credential}' may only be typed into a window whose title "
                   f"matches '{allowed}', and the keyboard focus is on '{title}'; nothing was "
                   "typed")
        super().__init__(msg)


class NoSpareKeycode(StepFailed):
    """The layout lacks more characters than there are empty keycodes to lend them. Counts only:
    the characters themselves may be part of a password."""

    def __init__(self, needed: int, spare: int):
        self.needed = needed
        self.spare = spare
        super().__init__(f"the keyboard layout lacks {needed} of the characters to type and has "
                         f"only {spare} free keycodes to lend them")


class AnchorCountChanged(StepFailed):
    """The anchor shows another number of times than when it was recorded (`count`): an
    occurrence (`index`) counted among a different number of places may be another row, another
    citizen, so nothing is acted on."""

    def __init__(self, what: str, expected: int, candidates: list[Candidate], screenshot: Any = None,
                 timeout: float = 0):
        self.what = what
        self.expected = expected
        self.candidates = candidates
        self.screenshot = screenshot
        self.timeout = timeout
        places = "; ".join(c.describe() for c in candidates[:8]) or "none"
        super().__init__(
            f"{what} shows {len(candidates)} times on the screen, but {expected} times when it was "
            f"recorded ({places}). Nothing was done: check the screen, then record the step again "
            "or correct `count` and `index`."
        )


class ScreenBlank(StepFailed):
    """The screen shows nothing to find anything on: one colour everywhere (a locked screen, a
    disconnected remote session, a minimised Citrix window), or the screenshot itself failed."""

    def __init__(self, what: str, colour: tuple[int, int, int] | None = None,
                 grab_failed: bool = False, reason: str = "", screenshot: Any = None):
        self.what = what
        self.colour = colour            # (r, g, b) of the one-colour screen; None if no grab
        self.grab_failed = grab_failed
        self.reason = reason            # why the grab failed, where it did
        self.screenshot = screenshot
        if grab_failed:
            shown = "the screen could not be read" + (f" ({reason})" if reason else "")
        else:
            r, g, b = colour if colour is not None else (0, 0, 0)
            name = "black" if max(r, g, b) < 16 else f"one colour, rgb({r}, {g}, {b})"
            shown = f"the screen shows nothing ({name})"
        super().__init__(
            f"{what} could not be looked for: {shown}. The screen may be locked, the remote "
            "session disconnected or the Citrix window minimised; unlock or reconnect it and "
            "run again."
        )


class CheckpointRejected(WorkbenchError):
    """A person rejected the run at a checkpoint. Not a failure of the robot."""


@dataclass
class UserAbort(BaseException):
    """The person stopped the run (abort hotkey, pointer in a screen corner, Ctrl+C)."""

    reason: str = "stopped by the user"
    details: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.reason
