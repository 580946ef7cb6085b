"""Decisions stay with people: a step marked `decision: true` needs a checkpoint before it that
a person answers on every run and every case; `check` refuses a recipe without one (naming
both steps), and a run that starts past the checkpoint is refused before it does anything."""

import pytest

from recipes.errors import RecipeProblems
from recipes.fileformat import parse_recipe
from tests.unit.fakes import match
from tests.unit.test_runner import PLACES, VALUES, make

BASE = """\
name: Afgørelse
steps:
  - {id: sog, action: click, target: {text: Søg}}
"""


def problems_of(steps: str) -> list[str]:
    with pytest.raises(RecipeProblems) as e:
        parse_recipe(BASE + steps, "/tmp/afg.yaml")
    return [str(p) for p in e.value.problems]


def test_a_decision_without_a_checkpoint_is_refused_naming_the_step_and_the_start():
    [problem] = problems_of("  - {id: godkend, action: click, target: {text: Godkend}, "
                            "decision: true}\n")
    assert "step 2 'godkend' writes a decision" in problem
    assert "from the start of the recipe" in problem and "add a checkpoint" in problem
    assert problem.startswith("/tmp/afg.yaml, line 4:")


def test_one_checkpoint_does_not_cover_two_decisions():
    [problem] = problems_of(
        "  - {id: ok, action: checkpoint, message: Godkend?}\n"
        "  - {id: godkend, action: click, target: {text: Godkend}, decision: true}\n"
        "  - {id: udbetal, action: click, target: {text: Udbetal}, decision: true}\n")
    assert "step 4 'udbetal'" in problem and "since step 3 'godkend', the decision before it" in problem


@pytest.mark.parametrize("flag, why", [("once: true", "for the first case only"),
                                       ("on_failure: skip", "skipped when it is rejected")])
def test_a_checkpoint_that_may_not_be_asked_does_not_count(flag, why):
    [problem] = problems_of(
        f"  - {{id: ok, action: checkpoint, message: Godkend?, {flag}}}\n"
        "  - {id: godkend, action: click, target: {text: Godkend}, decision: true}\n")
    assert "step 2 'ok'" in problem and why in problem


def test_each_decision_after_its_own_checkpoint_is_valid():
    doc = parse_recipe(BASE +
                       "  - {id: ok, action: checkpoint, message: Godkend?}\n"
                       "  - {id: godkend, action: click, target: {text: Godkend}, decision: true}\n"
                       "  - {id: ok2, action: checkpoint, message: Udbetal?}\n"
                       "  - {id: udbetal, action: click, target: {text: Udbetal}, decision: true}\n",
                       "/tmp/afg.yaml")
    assert [s.decision for s in doc.recipe.steps] == [False, False, True, False, True]


RECIPE = """\
name: Sag
steps:
  - {id: sog, action: click, target: {text: Søg}}
  - {id: ok, action: checkpoint, message: "Gem sagen?"}
  - {id: gem, action: click, target: {text: Gem}, decision: true}
"""


@pytest.mark.parametrize("how", [{"start": 2}, {"only": 2}])
def test_a_run_past_the_checkpoint_is_refused_before_any_click(how):
    runner, env = make(recipe=RECIPE, places={**PLACES, "Søg": match(300, 200, 40, 20)})
    run = runner.run({}, **how)
    assert run.status == "failed"
    assert "step 3 'gem' writes a decision" in run.message and "nothing was done" in run.message
    assert env.input.calls == [] and env.prompt.asked == []


def test_a_run_from_the_checkpoint_asks_and_then_decides():
    runner, env = make(recipe=RECIPE)
    run = runner.run({}, start=1)
    assert run.status == "passed"
    assert len(env.prompt.asked) == 1 and ("click", 520, 510, "left", 1) in env.input.calls
