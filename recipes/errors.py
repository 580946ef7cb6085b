"""One error tree for everything the workbench can tell a user went wrong.

Every error here carries a plain English message meant for a person (what is wrong, where, and
what to do): the command line prints `str(error)` and never a traceback. Every error also gives
what went wrong as typed data, `problem()` -> `{"code": ..., "values": {...}}` with JSON-safe
values, which the run history keeps and the edges (the workbench, the command line) word in the
person's language; they never read the English sentence. The codes and their values are listed
in docs/RECIPE_FORMAT.md (other tools read them from the history).

`UserAbort` derives from `BaseException` so that an `except Exception` in a step cannot swallow
the abort hotkey.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def json_safe(value: Any) -> Any:
    """The value with tuples as lists, paths and other objects as text: what json.dumps takes."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    return str(value)


class WorkbenchError(Exception):
    """Base of every error that is meant to be shown to a user as it is.

    `problem()` gives it as typed data. An error raised with only a message (a code of its own
    where it has one: `StepFailed("...", "no_ocr")`) keeps that message as its only value."""

    code = "error"

    def __init__(self, message: str = "", code: str | None = None,
                 values: dict[str, Any] | None = None):
        if code is not None:
            self.code = code
        self._given = values
        super().__init__(message)

    def problem(self) -> dict:
        """What went wrong as typed data, `{"code": ..., "values": {...}}`, for a caller that
        words it in the person's language (the run history keeps it so)."""
        return {"code": self.code, "values": json_safe(self._values())}

    def _values(self) -> dict:
        given = getattr(self, "_given", None)
        return dict(given) if given is not None else {"message": str(self)}


class RecipeFormatError(WorkbenchError):
    """A recipe file cannot be read or is not valid. Names the file and, where known, the line."""

    code = "recipe_invalid"

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

    def _values(self) -> dict:
        return {"problems": [{"reason": self.reason, "path": self.path, "line": self.line}]}


class RecipeProblems(WorkbenchError):
    """Several format problems found at once (validation reports all, not just the first)."""

    code = "recipe_invalid"

    def __init__(self, problems: list[RecipeFormatError]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    def _values(self) -> dict:
        return {"problems": [{"reason": p.reason, "path": p.path, "line": p.line}
                             for p in self.problems]}


class EnvironmentMissing(WorkbenchError):
    """Something the machine must provide is missing (Tesseract, a display, a keyring)."""

    code = "environment_missing"

    def __init__(self, what: str, hint: str):
        self.what = what
        self.hint = hint
        super().__init__(f"{what}\n  What to do: {hint}")

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

    code = "usage"


class StepFailed(WorkbenchError):
    """A step could not be carried out. Subclasses say why; a plain one names its cause by its
    code and values (`StepFailed("...", "no_desktop", {"need": "windows"})`)."""

    code = "step_failed"


# -- what a step looked for ---------------------------------------------------------------------

def anchor_text(anchor: list[dict]) -> str:
    """A target's parts (`recipes.model.Target.parts`) in English: "text 'Gem' or image gem.png
    (occurrence 2)", "point [40, 30] in the window 'Notepad'"."""
    said = []
    for part in anchor:
        if part.get("kind") == "text":
            said.append(f"text '{part.get('text')}'")
        elif part.get("kind") == "image":
            said.append(f"image {part.get('image')}")
        elif part.get("kind") == "point":
            point = f"point {list(part.get('point') or [])}"
            if part.get("window") is not None:
                point += f" in the window '{part['window']}'"
            said.append(point)
    text = " or ".join(said)
    occurrence = next((p.get("occurrence") for p in anchor if p.get("occurrence")), None)
    if occurrence:
        text += f" (occurrence {occurrence})"
    return text


class _Sought:
    """An error about a target: `what` is the target in English; `anchor` its parts as data
    (None where only a sentence was given); `drag_end` where it is the end of a drag (`to`)."""

    what: str
    anchor: list[dict] | None
    drag_end: bool

    def _sought(self, what: str | list[dict], drag_end: bool) -> str:
        if isinstance(what, str):
            self.anchor, text = None, what
        else:
            self.anchor = [dict(p) for p in what]
            text = anchor_text(self.anchor)
        self.drag_end = drag_end
        self.what = f"the drag's end (to) {text}" if drag_end else text
        return self.what

    def _sought_values(self) -> dict:
        values: dict[str, Any] = {"anchor": self.anchor, "drag_end": self.drag_end}
        if self.anchor is None:
            values["what"] = self.what
        return values


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

    def values(self) -> dict:
        """As data: `centre` [x, y] on the screen, `box` [x, y, w, h], `score` 0..1, `label`
        the text read there ("" for an image)."""
        return {"centre": [self.x + self.w // 2, self.y + self.h // 2],
                "box": [self.x, self.y, self.w, self.h], "score": round(float(self.score), 4),
                "label": self.label}


def _candidates(candidates) -> list[dict]:
    return [c.values() if hasattr(c, "values") else json_safe(c) for c in candidates]


class AnchorNotFound(_Sought, StepFailed):
    """The target did not show within the timeout. Carries the best score seen and where.
    `what` is the target in English or its parts (`Target.parts()`)."""

    def __init__(self, what: str | list[dict], timeout: float, best: Candidate | None = None,
                 screenshot: Any = None, moving: bool = False, drag_end: bool = False):
        what = self._sought(what, drag_end)
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

    @property
    def code(self) -> str:
        return "anchor_moving" if self.moving and self.best is not None else "anchor_not_found"

    def _values(self) -> dict:
        return {**self._sought_values(), "timeout": self.timeout,
                "best": self.best.values() if self.best is not None else None}


class ProgramDied(StepFailed):
    """A program the recipe launched ended with an error (before its window could be used)."""

    code = "program_died"

    def __init__(self, program: str, status: int, error_output: str):
        self.program = program
        self.status = status  # the exit status; negative: killed by that signal
        self.error_output = error_output
        how = (f"with exit status {status}" if status >= 0 else f"killed by signal {-status}")
        msg = f"the program '{program}' stopped {how} just after it was started"
        msg += f"; its last error output: {error_output}" if error_output else \
            " (it wrote no error output)"
        super().__init__(msg)

    def _values(self) -> dict:
        return {"program": self.program, "status": self.status,
                "signal": -self.status if self.status < 0 else None,
                "error_output": self.error_output}


class KeyHeldDown(StepFailed):
    """A person held a modifier key (Ctrl, Shift, Alt) on the keyboard the whole time the robot
    waited to type: nothing was typed, as each letter would have been a command."""

    code = "key_held_down"

    def __init__(self, seconds: float):
        self.seconds = seconds
        super().__init__(f"a key (Ctrl, Shift, Alt or AltGr) was held down on the keyboard for "
                         f"{seconds:g} s, so the robot typed nothing: let go of it and try again")

    def _values(self) -> dict:
        return {"seconds": self.seconds}


class AnchorStillVisible(_Sought, StepFailed):
    """A `wait_for ... gone: true` timed out while the target was still on screen."""

    code = "anchor_still_visible"

    def __init__(self, what: str | list[dict], timeout: float):
        what = self._sought(what, False)
        self.timeout = timeout
        self.screenshot = None
        self.best: Candidate | None = None
        super().__init__(f"{what} was still visible after {timeout:g} s")

    def _values(self) -> dict:
        return {**self._sought_values(), "timeout": self.timeout}


class AmbiguousAnchor(_Sought, StepFailed):
    """Several places match equally well and neither `near` nor `index` tells them apart."""

    code = "anchor_ambiguous"

    def __init__(self, what: str | list[dict], candidates: list[Candidate], screenshot: Any = None,
                 drag_end: bool = False):
        what = self._sought(what, drag_end)
        self.candidates = candidates
        self.screenshot = screenshot
        places = "; ".join(c.describe() for c in candidates[:6])
        super().__init__(
            f"{what} matches {len(candidates)} places equally well ({places}). "
            "Add `index`, `near` or `region` to the target to say which one."
        )

    def _values(self) -> dict:
        return {**self._sought_values(), "count": len(self.candidates),
                "candidates": _candidates(self.candidates[:6])}


class WindowNotFound(StepFailed):
    """No window (other than this program's own and its terminal) matched within the timeout."""

    code = "window_not_found"

    def __init__(self, pattern: str, timeout: float):
        self.pattern = pattern
        self.timeout = timeout
        super().__init__(f"no window whose title matches '{pattern}' showed within {timeout:g} s")

    def _values(self) -> dict:
        return {"pattern": self.pattern, "timeout": self.timeout}


class AmbiguousWindow(StepFailed):
    """Several windows match a title pattern: the robot does not pick one. `focusing`: a
    `focus` step (none was focused); else a point in a window (nothing was done)."""

    code = "window_ambiguous"

    def __init__(self, pattern: str, titles: list[str], focusing: bool = True):
        self.pattern = pattern
        self.titles = list(titles)
        self.focusing = focusing
        shown = "; ".join(f"'{t}'" for t in self.titles[:6])
        done = "none was focused" if focusing else "nothing was done"
        super().__init__(
            f"the title '{pattern}' matches {len(self.titles)} windows ({shown}); {done}. "
            "Make the pattern match one window only, e.g. ^Title$.")

    def _values(self) -> dict:
        return {"pattern": self.pattern, "count": len(self.titles), "titles": self.titles[:6],
                "focusing": self.focusing}


class WindowMoving(StepFailed):
    """The window of a point (`window` and `point`) was never at the same place in two looks a
    moment apart: it was still opening or being moved, so nothing was done."""

    code = "window_moving"

    def __init__(self, pattern: str, title: str, timeout: float):
        self.pattern = pattern
        self.title = title
        self.timeout = timeout
        super().__init__(f"the window '{title}' did not stay at one place within {timeout:g} s "
                         "(it was still opening or moving); nothing was done")

    def _values(self) -> dict:
        return {"pattern": self.pattern, "title": self.title, "timeout": self.timeout}


class WindowPointOutside(StepFailed):
    """The point (`x`, `y`, from the window's top-left corner at this run's scale) lies outside
    the window, which is `width` x `height` now (made smaller than when it was recorded)."""

    code = "window_point_outside"

    def __init__(self, pattern: str, title: str, x: int, y: int, width: int, height: int):
        self.pattern, self.title = pattern, title
        self.x, self.y, self.width, self.height = x, y, width, height
        super().__init__(f"the point ({x}, {y}) lies outside the window '{title}', which is "
                         f"{width} x {height} pixels now; nothing was done. Make the window as "
                         "large as when the step was recorded, or record the step again.")

    def _values(self) -> dict:
        return {"pattern": self.pattern, "title": self.title, "x": self.x, "y": self.y,
                "width": self.width, "height": self.height}


class WindowPointCovered(StepFailed):
    """Something else shows at the point of a window: `other` is the title of the window in
    front of it (None: no window of its own, such as an open menu or a pop-up)."""

    code = "window_point_covered"

    def __init__(self, pattern: str, title: str, x: int, y: int, other: str | None):
        self.pattern, self.title, self.x, self.y, self.other = pattern, title, x, y, other
        by = f"the window '{other}'" if other is not None else \
            "something that is no window of its own (a menu or a pop-up)"
        super().__init__(f"the point ({x}, {y}) in the window '{title}' is covered by {by}; "
                         "nothing was done")

    def _values(self) -> dict:
        return {"pattern": self.pattern, "title": self.title, "x": self.x, "y": self.y,
                "other": self.other}


class WindowNotActive(StepFailed):
    """A keyboard step found the keyboard focus elsewhere than on the window the previous focus,
    click or launch acted on; nothing was typed. `expected` is that window's title (None: no step
    chose a window yet), `program` the command a launch started, `actual` the focused window's
    title (None: no window has the focus). Its `case` says which of these it is."""

    code = "window_not_active"

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

    @property
    def case(self) -> str:
        """`launched_program`: not on a window of the program a launch started; `none_chosen`:
        no step chose a window; `same_title`: on another window of the same title;
        `other_window`: on another window (or none)."""
        if self.program is not None:
            return "launched_program"
        if self.expected is None:
            return "none_chosen"
        return "same_title" if self.actual == self.expected else "other_window"

    def _values(self) -> dict:
        return {"case": self.case, "expected": self.expected, "actual": self.actual,
                "program": self.program}


class FocusMoved(StepFailed):
    """The keyboard focus went to another window while a step typed (a program that opened a
    window of its own, a person's click): typing stopped before the next key, so nothing went
    into the other window. `typed` of `total` characters went where they were meant."""

    code = "focus_moved"

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

    def _values(self) -> dict:
        return {"expected": self.expected, "actual": self.actual,
                "same_title": self.actual == self.expected, "typed": self.typed,
                "total": self.total}


class DataError(StepFailed):
    """The case's data did not fit: a credential without a stored password, a value changed at
    a checkpoint where part of it is hidden. The program and the anchors were as expected."""

    code = "data_error"


class SecretMissing(DataError):
    """The password store (`store`: "keyring" or "credential_manager") has no `field`
    ("password" or "username") for the credential; `command` stores it from the command line."""

    code = "secret_missing"

    def __init__(self, credential: str, field: str, store: str, store_name: str, command: str):
        self.credential, self.field, self.store = credential, field, store
        self.command = command
        super().__init__(
            f"{store_name} has no {field} for the credential '{credential}'; store it "
            f"with `{command}` or in the workbench's settings")

    def _values(self) -> dict:
        return {"credential": self.credential, "field": self.field, "store": self.store,
                "command": self.command}


class SecretRefused(StepFailed):
    """A credential would have gone into a window it is not meant for: a terminal, or a window
    whose title does not match the credential's `window`. Nothing was typed."""

    code = "secret_refused"

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

    def _values(self) -> dict:
        return {"credential": self.credential, "title": self.title, "allowed": self.allowed,
                "terminal": self.terminal}


class NoSpareKeycode(StepFailed):
    """The layout lacks more characters than there are empty keycodes to lend them. Counts only:
    the characters themselves may be part of a password."""

    code = "no_spare_keycode"

    def __init__(self, needed: int, spare: int):
        self.needed = needed
        self.spare = spare
        super().__init__(f"the keyboard layout lacks {needed} of the characters to type and has "
                         f"only {spare} free keycodes to lend them")

    def _values(self) -> dict:
        return {"needed": self.needed, "spare": self.spare}


class AnchorCountChanged(_Sought, StepFailed):
    """The anchor shows another number of times than when it was recorded (`count`): an
    occurrence (`index`) counted among a different number of places may be another row, another
    citizen, so nothing is acted on."""

    code = "anchor_count_changed"

    def __init__(self, what: str | list[dict], expected: int, candidates: list[Candidate],
                 screenshot: Any = None, timeout: float = 0):
        what = self._sought(what, False)
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

    def _values(self) -> dict:
        return {**self._sought_values(), "count": len(self.candidates),
                "expected": self.expected, "timeout": self.timeout,
                "candidates": _candidates(self.candidates[:8])}


class ScreenBlank(_Sought, StepFailed):
    """The screen shows nothing to find anything on: one colour everywhere (a locked screen, a
    disconnected remote session, a minimised Citrix window), or the screenshot itself failed."""

    code = "screen_blank"

    def __init__(self, what: str | list[dict], colour: tuple[int, int, int] | None = None,
                 grab_failed: bool = False, reason: str = "", screenshot: Any = None):
        what = self._sought(what, False)
        self.colour = colour            # (r, g, b) of the one-colour screen; None if no grab
        self.grab_failed = grab_failed
        self.reason = reason            # why the grab failed, where it did
        self.screenshot = screenshot
        if grab_failed:
            shown = "the screen could not be read" + (f" ({reason})" if reason else "")
        else:
            name = "black" if self.black else f"one colour, rgb({', '.join(map(str, self._rgb))})"
            shown = f"the screen shows nothing ({name})"
        super().__init__(
            f"{what} could not be looked for: {shown}. The screen may be locked, the remote "
            "session disconnected or the Citrix window minimised; unlock or reconnect it and "
            "run again."
        )

    @property
    def _rgb(self) -> tuple[int, int, int]:
        r, g, b = self.colour if self.colour is not None else (0, 0, 0)
        return int(r), int(g), int(b)

    @property
    def black(self) -> bool:
        return max(self._rgb) < 16

    def _values(self) -> dict:
        return {**self._sought_values(), "grab_failed": self.grab_failed, "reason": self.reason,
                "colour": None if self.grab_failed else list(self._rgb),
                "black": not self.grab_failed and self.black}


class CheckpointRejected(WorkbenchError):
    """A person rejected the run at a checkpoint (`who`, with their `comment`). Not a failure
    of the robot. Without `who`: no person was there to answer it."""

    code = "rejected_at_checkpoint"

    def __init__(self, who: str | None = None, comment: str = ""):
        self.who, self.comment = who, comment
        if who is None:
            self.code = "checkpoint_unanswered"
            message = "no person is there to answer the checkpoint; rejected"
        else:
            message = f"rejected at the checkpoint by {who}" + (f": {comment}" if comment else "")
        super().__init__(message)

    def _values(self) -> dict:
        return {"who": self.who, "comment": self.comment} if self.who is not None else {}


# The ways a person stops a run (`UserAbort.kind`).
ABORT_KINDS = ("ctrl_c", "workbench", "sigterm", "hotkey", "screen_corner", "user")
_ABORT_REASONS = {"ctrl_c": "stopped by the user (Ctrl+C)",
                  "workbench": "stopped from the workbench", "sigterm": "stopped by SIGTERM",
                  "screen_corner": "stopped: the pointer was moved into a screen corner",
                  "user": "stopped by the user"}


@dataclass
class UserAbort(BaseException):
    """The person stopped the run (abort hotkey, pointer in a screen corner, Ctrl+C). `kind` is
    how (ABORT_KINDS); `details` may name the `hotkey` pressed."""

    reason: str = "stopped by the user"
    details: dict[str, Any] = field(default_factory=dict)
    kind: str = "user"

    @classmethod
    def of(cls, kind: str, **details) -> "UserAbort":
        """The abort of this kind, with its English reason (a `hotkey` named in `details`)."""
        if kind == "hotkey":
            reason = f"stopped by the abort hotkey {details.get('hotkey')}"
        else:
            reason = _ABORT_REASONS[kind]
        return cls(reason, dict(details), kind)

    def __str__(self) -> str:
        return self.reason

    def problem(self) -> dict:
        values: dict[str, Any] = {"kind": self.kind}
        if self.kind == "hotkey":
            values["keys"] = str(self.details.get("hotkey", ""))
        return {"code": "user_abort", "values": values}


def problem_of(error: BaseException) -> dict:
    """Any error as typed data: its own `problem()`, Ctrl+C as a user abort, anything else as
    `unexpected_error` with its type and text (a bug, not the person's doing)."""
    problem = getattr(error, "problem", None)
    if callable(problem):
        return problem()
    if isinstance(error, KeyboardInterrupt):
        return UserAbort.of("ctrl_c").problem()
    return {"code": "unexpected_error",
            "values": {"error": f"{type(error).__name__}: {error}"}}
