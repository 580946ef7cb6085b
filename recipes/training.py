"""Guided practice (issue 9): a trainee does a recipe's work by hand while the workbench shows
where, and the feedback a trainer reads afterwards. Nothing here imports Qt.

In guided mode the replay engine finds each step's target on the live screen, but the trainee
acts: clicks, typing and keys are the trainee's (`TRAINEE_ACTIONS`); a checkpoint waits for the
trainee to say it was checked; every other step (start a program, wait for a text, read a value)
the robot does itself. A click is judged against the place the step acts on (`action_box`);
a wrong one is answered with what was clicked, read off the screen (`label_at`).

What is kept per step is time, wrong clicks and whether the trainee asked to be shown (the robot
did the step): never what was typed, never where (`TrainingLog`, in the history's database). The
trainer's view (`summary`) shows per recipe the steps where people hesitate or click wrong.
"""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass
from pathlib import Path

from recipes.guide import instruction
from recipes.match import Match
from recipes.model import Recipe

CLICKS = ("click", "double_click", "right_click")
TRAINEE_ACTIONS = CLICKS + ("type", "press")
FIELD_BOX = (120, 26)     # the place a typing step acts on when its target is a label beside it
EDGES = "|[](){}<>_-—–.,:;'\"!/\\ "   # box lines and marks read beside a button's word
CLICK_SLACK = 10          # pixels around the place that count as on it (the ring is inside)


@dataclass(frozen=True)
class GuidedStep:
    """One step as the trainee meets it. `kind`: "click", "type" or "press" (the trainee does
    it), "checkpoint" (the trainee checks and says so) or "robot" (the robot does it)."""

    index: int
    total: int
    kind: str
    instruction: str
    note: str
    action: str

    @property
    def number(self) -> int:
        return self.index + 1


def guided_steps(recipe: Recipe) -> list[GuidedStep]:
    steps = recipe.steps
    out = []
    for i, step in enumerate(steps):
        a = step.action
        if a in CLICKS:
            kind = "click"
        elif a in ("type", "press"):
            kind = a
        elif a == "checkpoint":
            kind = "checkpoint"
        else:
            kind = "robot"
        if kind in ("click", "type") and getattr(step, "target", None) is None:
            kind = "robot"   # nothing to show a ring around (typing into the focused field)
        if kind in ("click", "type") and step.target.window is not None:
            kind = "robot"   # a point in a window: only the robot knows where exactly
        out.append(GuidedStep(i, len(steps), kind, instruction(step, recipe), step.note or "",
                              a))
    return out


def action_box(step, match: Match) -> tuple[int, int, int, int]:
    """The screen box the step acts on: the anchor itself, or, where the step acts beside it
    (`offset`: the field next to a label), a field-sized box around that point."""
    offset = step.target.offset if step.target is not None else None
    if not offset or offset == (0, 0):
        return (match.x, match.y, match.w, match.h)
    x, y = match.point(offset)
    w, h = (round(v * match.scale) for v in FIELD_BOX)
    return (x - w // 2, y - h // 2, w, h)


def inside(box, x: int, y: int, slack: int = CLICK_SLACK) -> bool:
    bx, by, bw, bh = box
    return bx - slack <= x < bx + bw + slack and by - slack <= y < by + bh + slack


@dataclass(frozen=True)
class ClickVerdict:
    """How a trainee's click went: `code` "right" or "wrong"; `seen` the text at the clicked
    place (None where none reads), `expected` the text the step wants."""

    code: str
    seen: str | None = None
    expected: str | None = None


def judge_click(step, match: Match, x: int, y: int, words=()) -> ClickVerdict:
    """Right where the click lands on the place the step acts on; else wrong, with the words
    (`recipes.ocr.Word`s of the screen the trainee saw) at the clicked place."""
    expected = step.target.text if step.target is not None else None
    if inside(action_box(step, match), x, y):
        return ClickVerdict("right", expected=expected)
    return ClickVerdict("wrong", seen=label_at(words, x, y), expected=expected)


def label_at(words, x: int, y: int, reach: int = 12) -> str | None:
    """The text at a screen point: the words of the line under it, as far as they stand close
    together (a button's "Gem og luk", not the whole row), or None where nothing reads there."""
    hit = [w for w in words if w.x - reach <= x < w.x + w.w + reach and w.y - 4 <= y < w.y + w.h + 4]
    if not hit:
        return None
    first = min(hit, key=lambda w: abs(w.x + w.w // 2 - x) + abs(w.y + w.h // 2 - y))
    line = sorted((w for w in words if abs((w.y + w.h // 2) - (first.y + first.h // 2))
                   <= first.h // 2), key=lambda w: w.x)
    i = line.index(first)
    run = [first]
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(line):
            a, b = (line[j], run[0]) if step < 0 else (run[-1], line[j])
            if b.x - (a.x + a.w) > 1.2 * max(a.h, b.h):
                break
            run = [line[j]] + run if step < 0 else run + [line[j]]
            j += step
    text = " ".join(t for t in (w.text.strip(EDGES) for w in run) if t)
    return text or None


# --- what is kept ---------------------------------------------------------------------------------

@dataclass
class StepFeedback:
    """One step of one trainee's session: seconds until it was done, wrong clicks, and whether
    the robot showed it (the trainee asked, or the step is the robot's)."""

    index: int
    step_id: str
    seconds: float
    wrong_clicks: int = 0
    shown: bool = False
    # done, skipped (Spring over), stopped (the trainee stopped here), done_before (a `once`
    # step, such as logging in, skipped because the program was already past it)
    outcome: str = "done"


class TrainingLog:
    """Guided sessions in the history's database (`history.db` under WORKBENCH_HOME), two tables
    of their own: `training_sessions` and `training_steps`."""

    def __init__(self, db):
        self.db = db

    @classmethod
    def open(cls, home: Path | str) -> "TrainingLog":
        from recipes.history import History

        return cls(History(home).db)

    def begin(self, recipe_name: str, trainee: str) -> int:
        table = self.db["training_sessions"]
        table.insert({"recipe": recipe_name, "trainee": trainee,
                      "started_at": dt.datetime.now().isoformat(timespec="seconds"),
                      "finished": 0}, pk="id", alter=True)
        return table.last_pk

    def add(self, session: int, recipe_name: str, fb: StepFeedback) -> None:
        self.db["training_steps"].insert(
            {"session_id": session, "recipe": recipe_name, "step_index": fb.index,
             "step_id": fb.step_id, "seconds": round(fb.seconds, 2),
             "wrong_clicks": fb.wrong_clicks, "shown": int(fb.shown),
             "outcome": fb.outcome}, alter=True)

    def finish(self, session: int, completed: bool) -> None:
        self.db["training_sessions"].update(session, {"finished": int(completed)})

    def sessions(self, recipe_name: str | None = None) -> list[dict]:
        if "training_sessions" not in self.db.table_names():
            return []
        where, args = ("recipe = ?", [recipe_name]) if recipe_name else (None, None)
        return list(self.db["training_sessions"].rows_where(where, args, order_by="id"))

    def steps(self, recipe_name: str) -> list[dict]:
        if "training_steps" not in self.db.table_names():
            return []
        return list(self.db["training_steps"].rows_where("recipe = ?", [recipe_name],
                                                         order_by="session_id, step_index"))


@dataclass(frozen=True)
class StepSummary:
    """A step across the trainees' sessions: in how many sessions it was met, the median seconds,
    the wrong clicks (all, and in how many sessions), how often the robot was asked to show it,
    how often it was skipped or the practice stopped there, and `hard`: where people hesitate
    (a median well above the recipe's), click wrong, ask, skip or give up."""

    index: int
    step_id: str
    sessions: int
    median_seconds: float
    wrong_clicks: int
    sessions_with_wrong: int
    shown: int
    hard: bool
    skipped: int = 0     # Spring over
    stopped: int = 0     # the trainee stopped the practice here


def summary(log: TrainingLog, recipe_name: str) -> list[StepSummary]:
    """Per step, in step order, from every session of the recipe."""
    # A step met again in one session (Tilbage) is one attempt of that session: its seconds and
    # wrong clicks added up, shown if the robot showed it once, ended as it ended last.
    attempts: dict[tuple, dict] = {}
    for r in log.steps(recipe_name):
        if r.get("outcome") == "done_before":
            continue   # not met in that session: nothing to say about it
        key = (r["session_id"], r["step_index"])
        if key in attempts:
            a = attempts[key]
            a["seconds"] += r["seconds"]
            a["wrong_clicks"] += r["wrong_clicks"]
            a["shown"] = max(a["shown"], r["shown"])
            a["outcome"] = r.get("outcome")
        else:
            attempts[key] = dict(r)
    by_step: dict[int, list[dict]] = {}
    for r in attempts.values():
        by_step.setdefault(r["step_index"], []).append(r)
    medians = {i: statistics.median(r["seconds"] for r in rs) for i, rs in by_step.items()}
    typical = statistics.median(medians.values()) if medians else 0.0
    out = []
    for i in sorted(by_step):
        rs = by_step[i]
        wrong = sum(r["wrong_clicks"] for r in rs)
        with_wrong = sum(1 for r in rs if r["wrong_clicks"])
        shown = sum(r["shown"] for r in rs)
        skipped = sum(1 for r in rs if r.get("outcome") == "skipped")
        stopped = sum(1 for r in rs if r.get("outcome") == "stopped")
        slow = medians[i] >= max(2 * typical, typical + 5)
        out.append(StepSummary(i, rs[0]["step_id"] or "", len(rs), medians[i], wrong, with_wrong,
                               shown, hard=slow or with_wrong > 0 or shown > 0 or skipped > 0
                               or stopped > 0, skipped=skipped, stopped=stopped))
    return out


def trainees_command(args) -> int:
    """`main.py trainees RECIPE`: the trainer's summary of a recipe's guided sessions."""
    import sys

    from recipes.fileformat import load_recipe
    from recipes.history import workbench_home

    doc = load_recipe(Path(args.recipe))
    recipe = doc.recipe
    log = TrainingLog.open(workbench_home(getattr(args, "sub_home", None)))
    sessions = log.sessions(recipe.name)
    if not sessions:
        print(f"nobody has practised '{recipe.name}' yet (the workbench: open it, Øv guidet)")
        return 0
    people = len({s["trainee"] for s in sessions})
    done = sum(1 for s in sessions if s["finished"])
    who = f"{people} {'person' if people == 1 else 'people'}"
    print(f"{recipe.name}: {len(sessions)} guided sessions by {who}, {done} completed")
    print(f"{'step':>4s}  {'met':>4s}  {'median':>8s}  {'wrong clicks':>14s}  {'shown':>5s}  "
          f"{'skipped/stopped':>15s}  what")
    for row in summary(log, recipe.name):
        step = recipe.steps[row.index] if row.index < len(recipe.steps) else None
        what = instruction(step, recipe) if step else row.step_id
        wrong = f"{row.wrong_clicks} in {row.sessions_with_wrong}" if row.wrong_clicks else "0"
        mark = "  <- hard here: look at the step and its note" if row.hard else ""
        gave = f"{row.skipped}/{row.stopped}"
        print(f"{row.index + 1:4d}  {row.sessions:4d}  {row.median_seconds:7.1f}s  {wrong:>14s}  "
              f"{row.shown:5d}  {gave:>15s}  {what}{mark}", file=sys.stdout)
    return 0
