"""The recipe model: what a recipe file says, as typed values (see RECIPE_FORMAT.md).

Definition only; what happened in a run lives in `recipes/run.py`. Every model forbids unknown
fields so that a typo in a hand-written recipe is an error, not a silently ignored key.
Steps are a discriminated union on `action`.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from recipes.errors import anchor_text

SCHEMA_VERSION = 1

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
NAME = r"^[A-Za-z_][A-Za-z0-9_]*$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


Pair = tuple[int, int]


def _title_pattern(v: str | None) -> str | None:
    """A window title pattern must be a valid regular expression."""
    if v is None:
        return v
    if not v.strip():
        raise ValueError("the window title pattern must not be empty")
    try:
        re.compile(v)
    except re.error as e:
        raise ValueError(f"'{v}' is not a valid regular expression ({e})") from None
    return v


class Target(_Model):
    """Where a pointer step acts, or what a wait or read looks for."""

    text: str | None = None
    image: str | None = None
    point: Pair | None = None
    offset: Pair = (0, 0)
    region: tuple[int, int, int, int] | None = None
    near: Pair | None = None
    similarity: float | None = Field(default=None, ge=0.0, le=1.0)
    index: int | None = Field(default=None, ge=1)
    # How many times the anchor showed on the screen when it was recorded (written with `index`):
    # where the screen shows another number, the step fails and names the places, since an
    # occurrence counted among a different number of places may be another row.
    count: int | None = Field(default=None, ge=1)
    # Project additions, written by the recorder (optional for people writing by hand):
    # `patch` is a PNG of the anchor's own pixels at record time, so that an unmoved text anchor
    # is found by a cheap pixel comparison before any OCR; `size` is the anchor's [w, h] at record
    # time, which tells the scale it is found at on a differently scaled screen.
    patch: str | None = None
    size: Pair | None = None
    # With `window`, `point` is measured from the top-left corner of the one window whose title
    # matches this regular expression (case-insensitive, anywhere in the title), not from the
    # screen's: a place without text or picture of its own (a blank editor, a canvas) that
    # moves with its window. `near` is then where the point was on the screen when it was
    # recorded (for the editor's picture; the window is found by its title only).
    window: str | None = None

    @field_validator("window")
    @classmethod
    def _window_pattern(cls, v):
        return _title_pattern(v)

    @field_validator("text")
    @classmethod
    def _text_not_blank(cls, v: str | None) -> str | None:
        if v is not None and not v.strip():
            raise ValueError("text must not be empty")
        return v

    @field_validator("region")
    @classmethod
    def _region_positive(cls, v):
        if v is not None and (v[2] <= 0 or v[3] <= 0):
            raise ValueError("region width and height must be positive")
        return v

    @model_validator(mode="after")
    def _something_to_find(self) -> "Target":
        if self.window is not None and (self.text is not None or self.image is not None):
            # The window says where `point` is measured from; text and images are found
            # anywhere on the screen, so which would the robot act on?
            raise ValueError("a target with `window` is a point in that window and has no "
                             "`text` or `image`; remove `window`, or `text` and `image`")
        if self.window is not None and self.point is None:
            raise ValueError("a target with `window` needs `point`: where in the window, "
                             "measured from its top-left corner")
        if self.text is None and self.image is None and self.point is None:
            raise ValueError("a target needs `text`, `image` or `point`")
        if self.point is not None and (self.text is not None or self.image is not None):
            # Never a silent fallback: which of the two would the robot act on?
            raise ValueError("a target has either `point` or `text`/`image`, not both; remove "
                             "`point` (use `near` to say where the anchor is expected)")
        return self

    @model_validator(mode="after")
    def _index_within_count(self) -> "Target":
        if self.count is not None and self.index is not None and self.index > self.count:
            raise ValueError(f"index {self.index} is more than count {self.count}")
        return self

    @property
    def is_anchored(self) -> bool:
        """True where the target is found on screen (by text or image), not a fixed point."""
        return self.text is not None or self.image is not None

    def parts(self) -> list[dict]:
        """What the target finds by, as data for errors and the history: `{"kind": "text",
        "text": ...}`, `{"kind": "image", "image": ...}` or `{"kind": "point", "point": [x, y],
        "window": title pattern or None}`, each with `occurrence` (its `index`, or None)."""
        parts: list[dict] = []
        if self.text is not None:
            parts.append({"kind": "text", "text": self.text})
        if self.image is not None:
            parts.append({"kind": "image", "image": self.image})
        if not parts and self.point is not None:
            parts.append({"kind": "point", "point": list(self.point), "window": self.window})
        return [{**p, "occurrence": self.index or None} for p in parts]

    def describe(self) -> str:
        """In English: "text 'Gem' or image gem.png (occurrence 2)"."""
        return anchor_text(self.parts())


OnFailure = Literal["abort", "retry", "skip"]


class _Step(_Model):
    id: str | None = None
    note: str | None = None
    timeout: float = Field(default=10.0, gt=0)
    on_failure: OnFailure = "abort"
    # Project addition: a thumbnail of the screen at record time (PNG, relative to the recipe),
    # for the editor and for training guides.
    screenshot: str | None = None
    # Project addition: with `--data`, a step marked `once` runs for the first row only (start the
    # program and log in once, then handle every case).
    once: bool = False
    # Governance: the step writes a decision on a case (approves, rejects, pays). A person must
    # have approved it at a checkpoint first; see `decision_problems`.
    decision: bool = False

    @property
    def target_or_none(self) -> Target | None:
        return getattr(self, "target", None)

    def label(self, number: int) -> str:
        return f"step {number}" + (f" '{self.id}'" if self.id else "")


class ClickStep(_Step):
    action: Literal["click", "double_click", "right_click"]
    target: Target


class TypeStep(_Step):
    action: Literal["type"]
    text: str | None = None
    secret: str | None = None
    field: Literal["password", "username"] = "password"
    target: Target | None = None

    @model_validator(mode="after")
    def _text_or_secret(self) -> "TypeStep":
        if (self.text is None) == (self.secret is None):
            raise ValueError("a type step needs exactly one of `text` or `secret`")
        return self


class PressStep(_Step):
    action: Literal["press"]
    keys: str

    @field_validator("keys")
    @classmethod
    def _keys_known(cls, v: str) -> str:
        from recipes.keys import parse_combo  # local: keys imports nothing heavy, avoids a cycle

        parse_combo(v)
        return v


class ScrollStep(_Step):
    action: Literal["scroll"]
    target: Target | None = None
    amount: int = Field(default=3)

    @field_validator("amount")
    @classmethod
    def _nonzero(cls, v: int) -> int:
        if v == 0:
            raise ValueError("amount must not be 0 (positive scrolls down, negative up)")
        return v


class DragStep(_Step):
    action: Literal["drag"]
    target: Target
    to: Target


class WaitStep(_Step):
    action: Literal["wait"]
    seconds: float = Field(ge=0)


class WaitForStep(_Step):
    action: Literal["wait_for"]
    target: Target
    gone: bool = False


class ReadTextStep(_Step):
    action: Literal["read_text"]
    target: Target
    size: Pair
    into: str = Field(pattern=NAME)
    # The area's centre is the anchor's centre plus this offset (in recorded pixels); where it is
    # not given here, the target's own `offset` is used.
    offset: Pair | None = None

    @field_validator("size")
    @classmethod
    def _size_positive(cls, v: Pair) -> Pair:
        if v[0] <= 0 or v[1] <= 0:
            raise ValueError("size must be a positive [w, h]")
        return v


class ExpectStep(_Step):
    action: Literal["expect"]
    target: Target


class CheckpointStep(_Step):
    action: Literal["checkpoint"]
    message: str
    # Checkpoints wait for a person, however long; `timeout` does not apply to them.


class LaunchStep(_Step):
    action: Literal["launch"]
    command: list[str] = Field(min_length=1)


class FocusStep(_Step):
    action: Literal["focus"]
    window: str

    @field_validator("window")
    @classmethod
    def _window_pattern(cls, v):
        return _title_pattern(v)


Step = Annotated[
    Union[
        ClickStep,
        TypeStep,
        PressStep,
        ScrollStep,
        DragStep,
        WaitStep,
        WaitForStep,
        ReadTextStep,
        ExpectStep,
        CheckpointStep,
        LaunchStep,
        FocusStep,
    ],
    Field(discriminator="action"),
]

ACTIONS: tuple[str, ...] = (
    "click", "double_click", "right_click", "type", "press", "scroll", "drag", "wait",
    "wait_for", "read_text", "expect", "checkpoint", "launch", "focus",
)


class Input(_Model):
    name: str = Field(pattern=NAME)
    label: str | None = None
    sensitive: bool = False
    default: str | None = None


class Credential(_Model):
    name: str = Field(pattern=NAME)
    label: str | None = None
    # The keyring entry's user name; the password is always read from the keyring.
    username: str | None = None
    # The title (regular expression, case-insensitive) of the windows the credential may be
    # typed into; it is never typed anywhere else, and never into a terminal.
    window: str | None = None

    @field_validator("window")
    @classmethod
    def _window_pattern(cls, v):
        return _title_pattern(v)


BASELINE_SOURCES = ("målt", "indtastet", "estimeret")


class Baseline(_Model):
    """The time a person needs for one case by hand, and where the figure comes from: `målt`
    (measured: the median of `samples`, timed with the workbench's stopwatch), `indtastet` (typed
    in from another measurement) or `estimeret` (an estimate). The gains report rests on it."""

    seconds: float = Field(gt=0)
    source: Literal["målt", "indtastet", "estimeret"] = "indtastet"
    samples: list[float] = Field(default_factory=list)
    by: str | None = None          # who measured or entered it
    at: str | None = None          # when (YYYY-MM-DD)

    @field_validator("at", mode="before")
    @classmethod
    def _date_as_text(cls, v):
        # YAML reads an unquoted 2026-12-07 as a date: kept as the text it was written as.
        import datetime as dt

        return v.isoformat() if isinstance(v, dt.date) else v

    @field_validator("samples")
    @classmethod
    def _positive(cls, v):
        if any(x <= 0 for x in v):
            raise ValueError("every sample must be a number of seconds above 0")
        return v

    @model_validator(mode="after")
    def _measured_has_samples(self):
        if self.source == "målt" and not self.samples:
            raise ValueError("a measured baseline (source: målt) lists its samples")
        return self


class Recipe(_Model):
    schema_version: int = SCHEMA_VERSION
    name: str = Field(min_length=1)
    description: str = ""
    # Governance: how many people (none of them an author of a change since the last approval)
    # must approve this version before an operator may run it.
    approvals_required: int = Field(default=1, ge=1)
    baseline_seconds: float | None = Field(default=None, ge=0)
    baseline: Baseline | None = None
    inputs: list[Input] = Field(default_factory=list)
    credentials: list[Credential] = Field(default_factory=list)
    steps: list[Step] = Field(default_factory=list)

    @model_validator(mode="after")
    def _one_baseline(self):
        if self.baseline is not None and self.baseline_seconds is not None:
            raise ValueError("give the manual time once: `baseline` (with its source) or "
                             "`baseline_seconds`, not both")
        return self

    def manual_time(self) -> tuple[float, str] | None:
        """(seconds a person needs for one case by hand, its source) or None where not given;
        a bare `baseline_seconds` was typed in."""
        if self.baseline is not None:
            return self.baseline.seconds, self.baseline.source
        if self.baseline_seconds:
            return self.baseline_seconds, "indtastet"
        return None

    def targets(self) -> list[Target]:
        """What the steps look for: each step's `target` and a drag's `to`, in step order."""
        return [t for step in self.steps for t in (getattr(step, "target", None),
                                                   getattr(step, "to", None)) if t is not None]

    def input(self, name: str) -> Input | None:
        return next((i for i in self.inputs if i.name == name), None)

    def credential(self, name: str) -> Credential | None:
        return next((c for c in self.credentials if c.name == name), None)

    def sensitive_names(self) -> set[str]:
        return {i.name for i in self.inputs if i.sensitive}


def placeholders(text: str) -> list[str]:
    """The `{name}` placeholders in a text, in order."""
    return PLACEHOLDER.findall(text)


def step_texts(step) -> list[str]:
    """Every text of a step that may hold `{name}` placeholders."""
    out = []
    if isinstance(step, TypeStep) and step.text is not None:
        out.append(step.text)
    if isinstance(step, CheckpointStep):
        out.append(step.message)
    if isinstance(step, LaunchStep):
        out.extend(step.command)
    if isinstance(step, FocusStep):
        out.append(step.window)
    for t in (getattr(step, "target", None), getattr(step, "to", None)):
        if t is not None and t.text is not None:
            out.append(t.text)
        if t is not None and t.window is not None:
            out.append(t.window)
    return out
