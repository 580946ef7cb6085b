"""Guided practice's rules (recipes.training): which steps the trainee does, where a click counts,
what a wrong click is called, and the trainer's summary."""

import sqlite_utils

from recipes.match import Match
from recipes.model import Recipe
from recipes.ocr import Word
from recipes.training import (
    StepFeedback, TrainingLog, action_box, guided_steps, judge_click, label_at, summary,
)

RECIPE = Recipe.model_validate({
    "name": "Øvelse",
    "inputs": [{"name": "cpr", "label": "CPR-nummer", "sensitive": True}],
    "steps": [
        {"id": "start", "action": "launch", "command": ["prog"]},
        {"id": "cpr", "action": "type", "text": "{cpr}",
         "target": {"text": "CPR-nummer:", "offset": [120, 0]}},
        {"id": "tjek", "action": "checkpoint", "message": "Er borgeren den rette?"},
        {"id": "gem", "action": "click", "target": {"text": "Gem"}},
        {"id": "luk", "action": "press", "keys": "ctrl+s"},
        {"id": "vent", "action": "wait_for", "target": {"text": "Gemt"}},
    ],
})


def word(text, x, y, w=40, h=14):
    return Word(text, x, y, w, h, 90.0, (0, 0, 1, 1))


def test_the_trainee_clicks_types_presses_and_checks_the_robot_does_the_rest():
    kinds = [(s.kind, s.instruction) for s in guided_steps(RECIPE)]
    assert [k for k, _ in kinds] == ["robot", "type", "checkpoint", "click", "press", "robot"]
    assert kinds[1][1] == "Skriv «CPR-nummer» i feltet ved »CPR-nummer:«"
    assert kinds[3][1] == "Klik på »Gem«"


def test_a_click_counts_on_the_place_and_the_ring_around_it_not_beside_it():
    gem = RECIPE.steps[3]
    m = Match(300, 200, 30, 14, 0.97, how="ocr", label="Gem")
    assert judge_click(gem, m, 315, 207).code == "right"
    assert judge_click(gem, m, 300 - 8, 200 - 8).code == "right"     # on the ring
    words = [word("Annuller", 180, 200, 60), word("Gem", 300, 200, 30)]
    wrong = judge_click(gem, m, 205, 207, words)
    assert (wrong.code, wrong.seen, wrong.expected) == ("wrong", "Annuller", "Gem")


def test_a_typing_step_beside_a_label_acts_on_the_field_there():
    m = Match(100, 100, 80, 14, 0.95, how="ocr", label="CPR-nummer:")
    x, y, w, h = action_box(RECIPE.steps[1], m)
    assert x < 140 + 120 < x + w and y < 107 < y + h      # the point 120 px right of the centre
    assert x > 100 + 80                                   # not on the label


def test_the_words_at_a_click_are_the_button_not_the_whole_row():
    row = [word("Gem", 100, 50, 30), word("og", 134, 50, 16), word("luk", 154, 50, 22),
           word("|", 60, 50, 3), word("Annuller", 260, 50, 60)]
    assert label_at(row, 140, 56) == "Gem og luk"
    assert label_at(row, 290, 56) == "Annuller"
    assert label_at(row, 500, 56) is None


def test_the_trainer_sees_where_people_hesitate_or_click_wrong_never_what_they_typed(tmp_path):
    log = TrainingLog(sqlite_utils.Database(tmp_path / "h.db"))
    for trainee, gem_wrong, cpr_seconds in (("a", 2, 30.0), ("b", 0, 25.0), ("c", 1, 40.0)):
        s = log.begin("Øvelse", trainee)
        log.add(s, "Øvelse", StepFeedback(1, "cpr", cpr_seconds))
        log.add(s, "Øvelse", StepFeedback(2, "tjek", 4.0))
        log.add(s, "Øvelse", StepFeedback(3, "gem", 3.0, wrong_clicks=gem_wrong))
        log.add(s, "Øvelse", StepFeedback(4, "luk", 2.0, shown=trainee == "b"))
        log.finish(s, True)
    rows = {r.step_id: r for r in summary(log, "Øvelse")}
    assert rows["cpr"].median_seconds == 30.0 and rows["cpr"].hard      # slow
    assert rows["gem"].wrong_clicks == 3 and rows["gem"].sessions_with_wrong == 2
    assert rows["gem"].hard
    assert rows["luk"].shown == 1 and rows["luk"].hard
    assert not rows["tjek"].hard
    assert [s["trainee"] for s in log.sessions("Øvelse")] == ["a", "b", "c"]


def test_the_trainees_command_names_the_hard_steps(tmp_path, monkeypatch, capsys):
    import main
    from recipes.fileformat import save_recipe
    from recipes.history import History

    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    path = tmp_path / "oevelse.yaml"
    save_recipe(RECIPE, path)
    assert main.main(["trainees", str(path)]) == 0
    assert "nobody has practised 'Øvelse' yet" in capsys.readouterr().out
    log = TrainingLog(History(tmp_path / "home").db)
    for wrong in (0, 3):
        s = log.begin("Øvelse", "elev")
        log.add(s, "Øvelse", StepFeedback(3, "gem", 5.0, wrong_clicks=wrong))
        log.add(s, "Øvelse", StepFeedback(4, "luk", 5.0))
        log.finish(s, True)
    assert main.main(["trainees", str(path)]) == 0
    out = capsys.readouterr().out
    assert "2 guided sessions by 1 person, 2 completed" in out
    gem = next(line for line in out.splitlines() if "Klik på »Gem«" in line)
    assert "3 in 1" in gem and "hard here" in gem
    luk = next(line for line in out.splitlines() if "Tryk Ctrl+S" in line)
    assert "hard here" not in luk


def test_a_step_met_again_after_tilbage_is_one_attempt_of_that_session(tmp_path):
    log = TrainingLog(sqlite_utils.Database(tmp_path / "h.db"))
    s = log.begin("Øvelse", "elev")
    log.add(s, "Øvelse", StepFeedback(1, "cpr", 10.0, wrong_clicks=1))
    log.add(s, "Øvelse", StepFeedback(3, "gem", 2.0))
    log.add(s, "Øvelse", StepFeedback(1, "cpr", 5.0, outcome="skipped"))   # after Tilbage
    rows = {r.step_id: r for r in summary(log, "Øvelse")}
    assert rows["cpr"].sessions == 1 and rows["cpr"].median_seconds == 15.0
    assert rows["cpr"].wrong_clicks == 1 and rows["cpr"].skipped == 1


def test_a_login_done_before_the_practice_is_no_trouble_of_the_trainees(tmp_path):
    log = TrainingLog(sqlite_utils.Database(tmp_path / "h.db"))
    first = log.begin("Øvelse", "elev")
    log.add(first, "Øvelse", StepFeedback(1, "cpr", 9.0))
    second = log.begin("Øvelse", "elev")   # the program still logged in: the step was skipped
    log.add(second, "Øvelse", StepFeedback(1, "cpr", 2.0, outcome="done_before"))
    (row,) = summary(log, "Øvelse")
    assert row.sessions == 1 and row.skipped == 0 and not row.hard
