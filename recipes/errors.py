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

    def __init__(self, what: str, hint: str):
        self.what = what
        self.hint = hint
        super().__init__(f"{what}\n  What to do: {hint}")


class KeyringUnavailable(EnvironmentMissing):
    """The keyring cannot give a credential: none is reachable, or its collection is locked."""

    def __init__(self, what: str, hint: str, credential: str | None = None, locked: bool = False):
        self.credential = credential
        self.locked = locked
        super().__init__(what, hint)


class DisplayMissing(EnvironmentMissing):
    """No X display to replay on; `wayland` when the session is a Wayland one."""

    def __init__(self, what: str, hint: str, wayland: bool = False):
        self.wayland = wayland
        super().__init__(what, hint)


class OcrDataMissing(EnvironmentMissing):
    """Tesseract's language data are missing: `languages` in `folder` (None: no folder found),
    installed with `package`."""

    def __init__(self, what: str, hint: str, languages: list[str], folder: str | None,
                 package: str):
        self.languages = languages
        self.folder = folder
        self.package = package
        super().__init__(what, hint)


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

    def __init__(self, what: str, timeout: float, best: Candidate | None = None, screenshot: Any = None):
        self.what = what
        self.timeout = timeout
        self.best = best
        self.screenshot = screenshot
        msg = f"{what} was not found within {timeout:g} s"
        if best is not None:
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


class CheckpointRejected(WorkbenchError):
    """A person rejected the run at a checkpoint. Not a failure of the robot."""


@dataclass
class UserAbort(BaseException):
    """The person stopped the run (abort hotkey, pointer in a screen corner, Ctrl+C)."""

    reason: str = "stopped by the user"
    details: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.reason
