"""What happened in a run: `Run` and `StepResult`, apart from the recipe that said what to do.

`StepReporter` is the one place that sets a step's status and timing: runner code opens it around
a step and never builds a status by hand (as Robot Framework's status reporters do).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from recipes.errors import (
    AmbiguousAnchor, AnchorCountChanged, AnchorNotFound, CheckpointRejected, StepFailed, UserAbort,
    WorkbenchError, problem_of,
)
from recipes.match import Match
from recipes.ports import Clock

Status = Literal["running", "passed", "failed", "skipped", "rejected", "aborted"]


def now_iso() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


@dataclass(frozen=True)
class RunNote:
    """A line for the run's log, as data: `code` ("read": a value read off the screen, "retry":
    a step tried again, with the attempt's `problem` and its English `message`) and its values.
    `str()` words it in English (the command line); the workbench words it in its language
    (`workbench.run_words.note_words`)."""

    code: str
    values: dict = field(default_factory=dict)

    def __str__(self) -> str:
        v = self.values
        if self.code == "read":
            return f"read {v.get('into')} = {v.get('value')!r}"
        if self.code == "retry":
            return (f"step {v.get('step')}: attempt {v.get('attempt')} failed "
                    f"({v.get('message')}); retrying")
        return self.code


@dataclass
class StepResult:
    index: int  # 0-based position in the recipe
    step_id: str | None
    action: str
    status: Status = "running"
    started_at: str = field(default_factory=now_iso)
    duration: float = 0.0
    found: Match | None = None
    found_to: Match | None = None  # where a drag's end (`to`) was found
    message: str = ""   # why it did not pass, in English (logs, the command line)
    # Why it did not pass as typed data, {"code": ..., "values": {...}} (masked as `message`):
    # what the workbench words and the history keeps. None where it passed.
    problem: dict | None = None
    attempts: int = 1
    values: dict[str, str] = field(default_factory=dict)  # read or edited values, masked
    answered_by: str | None = None
    shown: str | None = None     # a checkpoint's message as the person saw it (masked)
    comment: str = ""            # what the person wrote at a checkpoint
    screenshot: Any = None  # BGR numpy array of a failed step, already masked
    screenshot_path: str | None = None
    # A passed step's picture for the history: the place where it acted, masked, scaled down
    # (BGR numpy array); `place` is that part of the screen as grabbed before the step acted
    # there, unmasked, held only until the step is over: (pixels, origin, found boxes).
    thumbnail: Any = None
    thumbnail_path: str | None = None
    place: Any = field(default=None, repr=False)
    candidates: list = field(default_factory=list)
    screen_blank: bool = False  # failed because the screen showed nothing (or no screenshot)
    category: str | None = None  # why it did not pass (FAILURE_CATEGORIES), None where it did

    @property
    def number(self) -> int:
        return self.index + 1


@dataclass
class Run:
    recipe_name: str
    recipe_path: str | None
    recipe_hash: str
    started_at: str = field(default_factory=now_iso)
    finished_at: str | None = None
    duration: float = 0.0
    status: Status = "running"
    steps: list[StepResult] = field(default_factory=list)
    row_number: int | None = None
    message: str = ""
    mode: str = "run"  # run, from_step, single_step, step_through
    operator: str = ""
    id: int | None = None
    # The manual time of one case as the recipe gave it when the run started, and its source
    # (recipes.model.Baseline): the gains report sets the run against it.
    baseline_seconds: float | None = None
    baseline_source: str | None = None
    # Why a run did not pass, as typed data for the reader's language: {"code": ...,
    # "values": {...}}: the problem of the step it ended at, or why it ended before or outside
    # its steps (the robot could not be set up: `could_not_start`; the program running it
    # ended: `recipes.history`). None where it passed.
    problem: dict | None = None
    # The failure category where no failed step gives one (NOT_STARTED: no case was attempted).
    category: str | None = None

    @property
    def outcome(self) -> str | None:
        """The case's outcome for the gains report (OUTCOME_OF_STATUS); None while running."""
        return OUTCOME_OF_STATUS.get(self.status)

    @property
    def failure_category(self) -> str | None:
        failed = self.failed_step
        if self.status in ("passed", "running"):
            return None
        if failed is not None and failed.category:
            return failed.category
        if self.category is not None:
            return self.category
        return CATEGORY_OF_STATUS.get(self.status, "other")

    @property
    def human_seconds(self) -> float:
        """The time people spent in the run: at its checkpoints, answering."""
        return sum(s.duration for s in self.steps if s.action == "checkpoint")

    @property
    def failed_step(self) -> StepResult | None:
        return next((s for s in self.steps if s.status in ("failed", "rejected", "aborted")), None)

    @property
    def exit_code(self) -> int:
        return {"passed": 0, "failed": 1, "rejected": 3, "aborted": 130}.get(self.status, 1)


STOPPED_BY_CTRL_C = "stopped by the user (Ctrl+C)"

# Why a case did not go straight through, as the gains report counts it (its failure Pareto).
FAILURE_CATEGORIES = ("anchor_not_found", "program_changed", "timeout", "data_error",
                      "user_abort", "rejected_at_checkpoint", "other")
# A finished run's outcome for the gains report: the robot did it all (`straight_through`), a
# person took it over at a checkpoint (`handed_off`), or it `failed` or was `aborted`; and the
# category where no failed step says one.
OUTCOME_OF_STATUS = {"passed": "straight_through", "rejected": "handed_off", "failed": "failed",
                     "aborted": "aborted"}
CATEGORY_OF_STATUS = {"rejected": "rejected_at_checkpoint", "aborted": "user_abort"}
# A run refused before its first step (a missing password, a decision without its checkpoint):
# no case was attempted, so the gains report does not count it.
NOT_STARTED = "not_started"
# The end of the message of a run refused before anything was done (its problem's value
# `checked_before`).
CHECKED_BEFORE = " (checked before the run started; nothing was done)"


def checked_before(problem: dict) -> dict:
    """The problem of a run refused before anything was done: with `checked_before` true."""
    return {"code": problem["code"], "values": {**problem.get("values", {}),
                                                "checked_before": True}}


def masked_problem(problem: dict | None, mask) -> dict | None:
    """The problem with every text in its values masked (`mask`: a Masker's `text`), as the
    message is: an anchor's text filled from a sensitive value never reaches the history."""
    def walk(value):
        if isinstance(value, str):
            return mask(value)
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        return value

    if problem is None:
        return None
    return {"code": problem["code"], "values": walk(problem.get("values") or {})}


def could_not_start(recipe_name: str, recipe_path: str | None, recipe_hash: str,
                    error: BaseException, mode: str = "run", operator: str = "") -> Run:
    """A run whose robot could not be set up (no display, no OCR data, no input device): failed
    before its first step, with why as typed data (`Run.problem`) and in English for logs. No
    case was attempted, so the gains report leaves it out."""
    from recipes.errors import EnvironmentMissing

    if isinstance(error, EnvironmentMissing):
        message = f"{error.what} What to do: {error.hint}"
    else:
        message = f"unexpected error: {type(error).__name__}: {error}"
    return Run(recipe_name=recipe_name, recipe_path=recipe_path, recipe_hash=recipe_hash,
               status="failed", message=message + CHECKED_BEFORE, mode=mode, operator=operator,
               problem=checked_before(problem_of(error)), category=NOT_STARTED,
               finished_at=now_iso())


def failure_category(exc: BaseException, action: str) -> str:
    """The category of what a step raised: the anchor was not there (`anchor_not_found`; in a
    step that waits for it, `timeout`), the program looks or behaves otherwise than recorded
    (`program_changed`: several candidates, another window, a program that died), the case's
    data did not fit (`data_error`), a person stopped it (`user_abort`) or rejected it at a
    checkpoint (`rejected_at_checkpoint`); anything else is `other`."""
    from recipes import errors as E

    if isinstance(exc, (E.UserAbort, KeyboardInterrupt)):
        return "user_abort"
    if isinstance(exc, E.CheckpointRejected):
        return "rejected_at_checkpoint"
    if isinstance(exc, (E.DataError, E.SecretRefused)):
        return "data_error"
    if isinstance(exc, E.AnchorStillVisible):
        return "timeout"
    if isinstance(exc, (E.AnchorNotFound, E.ScreenBlank)):
        return "timeout" if action in ("wait_for", "wait") else "anchor_not_found"
    if isinstance(exc, (E.AmbiguousAnchor, E.AnchorCountChanged, E.WindowNotFound,
                        E.AmbiguousWindow, E.WindowMoving, E.WindowPointOutside,
                        E.WindowPointCovered, E.WindowNotActive, E.FocusMoved, E.ProgramDied)):
        return "program_changed"
    return "other"


class StepReporter:
    """Context manager around one step: times it and turns what it raised into a status.

    A `StepFailed` becomes `failed` (and is kept in `.error` for the runner to decide about
    `on_failure`); a rejection at a checkpoint becomes `rejected`; `UserAbort` (and Ctrl+C)
    becomes `aborted` and propagates. Anything else unexpected is a failure of the step with its message, so a bug
    in one step never loses the record of the run.
    """

    def __init__(self, result: StepResult, clock: Clock, mask=lambda s: s):
        self.result = result
        self.clock = clock
        self.mask = mask
        self.error: BaseException | None = None
        self._t0 = 0.0

    def __enter__(self) -> StepResult:
        self._t0 = self.clock.now()
        return self.result

    def __exit__(self, exc_type, exc, tb) -> bool:
        r = self.result
        r.duration = max(0.0, self.clock.now() - self._t0)
        if exc is None:
            if r.status == "running":
                r.status = "passed"
            return False
        self.error = exc
        r.message = self.mask(str(exc))
        r.problem = masked_problem(problem_of(exc), self.mask)
        r.category = failure_category(exc, r.action)
        if isinstance(exc, (UserAbort, KeyboardInterrupt)):
            r.status = "aborted"
            r.message = r.message or STOPPED_BY_CTRL_C
            return False  # the abort must reach the top
        if isinstance(exc, CheckpointRejected):
            r.status = "rejected"
        else:
            r.status = "failed"
            if isinstance(exc, AnchorNotFound) and exc.best is not None:
                r.candidates = [exc.best]
            if isinstance(exc, (AmbiguousAnchor, AnchorCountChanged)):
                r.candidates = list(exc.candidates)
            if not isinstance(exc, (StepFailed, WorkbenchError)):
                r.message = self.mask(f"unexpected error in the step: {type(exc).__name__}: {exc}")
        return True
