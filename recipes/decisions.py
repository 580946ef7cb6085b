"""Decisions stay with people: every step marked `decision: true` (it writes a decision on a
case) must have a checkpoint before it that a person answers, on every run and every case.

A recipe runs its steps in order, once per case; a step may be skipped when it fails
(`on_failure: skip`) and run for the first case only (`once: true`), and a run may start at a
later step (`--from`). So a decision is covered when, between it and the decision before it (or
the start), a checkpoint runs that is neither skippable nor run once only. One checkpoint does
not cover two decisions: each decision is put to a person on its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from recipes.model import CheckpointStep, Recipe


@dataclass(frozen=True)
class UncoveredDecision:
    """A decision step no person approves first. `since` is the step the search began at (the
    decision before it, or None for the start of the run); `weak` a checkpoint in between that
    does not count, with why (`once` or `skip`)."""

    step: int                      # 0-based index of the decision step
    since: int | None
    weak: int | None = None
    why: str | None = None         # "once" or "skip"


def uncovered_decisions(recipe: Recipe, indices: list[int] | None = None
                        ) -> list[UncoveredDecision]:
    """The decision steps that no checkpoint covers when the steps at `indices` run in order
    (default: all of them), in order."""
    out = []
    covered, since, weak = False, None, None
    for i in range(len(recipe.steps)) if indices is None else indices:
        step = recipe.steps[i]
        if isinstance(step, CheckpointStep):
            if step.on_failure == "skip":
                weak = weak or (i, "skip")
            elif step.once:
                weak = weak or (i, "once")
            else:
                covered = True
        if step.decision:
            if not covered:
                out.append(UncoveredDecision(i, since, *(weak or (None, None))))
            covered, since, weak = False, i, None
    return out


def describe(recipe: Recipe, problem: UncoveredDecision, start: int | None = None) -> str:
    """One plain English sentence naming the decision step and where the search began (`start`:
    the step a run starts at, where it does not start at the beginning)."""
    steps = recipe.steps
    label = steps[problem.step].label(problem.step + 1)
    if problem.since is not None:
        since = f"since {steps[problem.since].label(problem.since + 1)}, the decision before it"
    elif start is not None and start == problem.step:
        since = "the run starts at it"
    elif start is not None:
        since = f"since {steps[start].label(start + 1)}, where the run starts"
    else:
        since = "from the start of the recipe"
    text = (f"{label} writes a decision on the case (decision: true), but no checkpoint asks a "
            f"person first ({since})")
    if problem.weak is not None:
        weak = steps[problem.weak].label(problem.weak + 1)
        text += (f"; the checkpoint {weak} is asked for the first case only (once: true)"
                 if problem.why == "once" else
                 f"; the checkpoint {weak} is skipped when it is rejected (on_failure: skip)")
    return text + "; add a checkpoint step just before it"


def gap_problem(recipe: Recipe, problem: UncoveredDecision, start: int | None = None) -> dict:
    """What `describe` says, as typed data (`decision_unchecked`): the decision step and where
    the search began, each as {"number": 1-based, "id": the step's id or None}. `since_kind`:
    "decision" (the decision before it), "start_step" (the step the run starts at), "starts_here"
    (the run starts at the decision) or "recipe_start"; `weak`: a checkpoint that does not count,
    with `weak_why` "once" or "skip"."""
    steps = recipe.steps

    def step(i: int | None) -> dict | None:
        return None if i is None else {"number": i + 1, "id": steps[i].id}

    if problem.since is not None:
        kind, since = "decision", problem.since
    elif start is not None and start == problem.step:
        kind, since = "starts_here", None
    elif start is not None:
        kind, since = "start_step", start
    else:
        kind, since = "recipe_start", None
    return {"code": "decision_unchecked",
            "values": {"step": step(problem.step), "since_kind": kind, "since": step(since),
                       "weak": step(problem.weak), "weak_why": problem.why}}
