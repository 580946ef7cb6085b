"""Every error a run can end with carries typed data for the edges to word (`problem()`: a code
and JSON-safe values), beside its English sentence; the run and the history keep it."""

from __future__ import annotations

import json

import pytest

from recipes import errors as E
from recipes.desktop.win32.input import UnknownKeyOnLayout
from recipes.history import History
from recipes.model import Target
from recipes.run import could_not_start
from tests.unit.fakes import FakeSecrets, match
from tests.unit.test_runner import DRAG, PLACES, RECIPE, VALUES, make

TEXT = Target.model_validate({"text": "Gem", "image": "gem.png", "index": 2}).parts()
POINT = Target.model_validate({"window": "^Sag$", "point": [40, 30]}).parts()
BEST = E.Candidate(100, 200, 40, 20, 0.61, "Gemt")

# (error, code, values that must be there)
ERRORS = [
    (E.AnchorNotFound(TEXT, 3), "anchor_not_found",
     {"anchor": [{"kind": "text", "text": "Gem", "occurrence": 2},
                 {"kind": "image", "image": "gem.png", "occurrence": 2}],
      "timeout": 3, "best": None, "drag_end": False}),
    (E.AnchorNotFound(TEXT, 3, BEST), "anchor_not_found",
     {"best": {"centre": [120, 210], "box": [100, 200, 40, 20], "score": 0.61,
               "label": "Gemt"}}),
    (E.AnchorNotFound(TEXT, 3, BEST, moving=True, drag_end=True), "anchor_moving",
     {"drag_end": True, "best": {"centre": [120, 210], "box": [100, 200, 40, 20],
                                 "score": 0.61, "label": "Gemt"}}),
    (E.AmbiguousAnchor(TEXT, [BEST, BEST]), "anchor_ambiguous", {"count": 2}),
    (E.AnchorCountChanged(TEXT, 3, [BEST]), "anchor_count_changed",
     {"count": 1, "expected": 3}),
    (E.AnchorStillVisible(POINT, 5), "anchor_still_visible",
     {"anchor": [{"kind": "point", "point": [40, 30], "window": "^Sag$", "occurrence": None}],
      "timeout": 5}),
    (E.ScreenBlank(TEXT, colour=(0, 0, 0)), "screen_blank",
     {"black": True, "colour": [0, 0, 0], "grab_failed": False}),
    (E.ScreenBlank(TEXT, grab_failed=True, reason="XGetImage() failed"), "screen_blank",
     {"grab_failed": True, "reason": "XGetImage() failed", "colour": None}),
    (E.WindowNotFound("^Sag", 20), "window_not_found", {"pattern": "^Sag", "timeout": 20}),
    (E.AmbiguousWindow("Sag", ["Sag 1", "Sag 2"], focusing=False), "window_ambiguous",
     {"pattern": "Sag", "titles": ["Sag 1", "Sag 2"], "count": 2, "focusing": False}),
    (E.WindowMoving("Sag", "Sag 1", 10), "window_moving", {"title": "Sag 1", "timeout": 10}),
    (E.WindowPointOutside("Sag", "Sag 1", 120, 80, 100, 60), "window_point_outside",
     {"x": 120, "y": 80, "width": 100, "height": 60, "title": "Sag 1"}),
    (E.WindowPointCovered("Sag", "Sag 1", 12, 8, None), "window_point_covered",
     {"other": None, "title": "Sag 1"}),
    (E.WindowNotActive("Sag", "Opdatering"), "window_not_active",
     {"case": "other_window", "expected": "Sag", "actual": "Opdatering"}),
    (E.WindowNotActive(None, None), "window_not_active", {"case": "none_chosen"}),
    (E.WindowNotActive("Sag", "Sag"), "window_not_active", {"case": "same_title"}),
    (E.WindowNotActive(None, "bash", program="python3"), "window_not_active",
     {"case": "launched_program", "program": "python3"}),
    (E.FocusMoved("Sag", "Sag", 3, 9), "focus_moved",
     {"same_title": True, "typed": 3, "total": 9}),
    (E.SecretRefused("sag", "bash", terminal=True), "secret_refused",
     {"credential": "sag", "title": "bash", "terminal": True}),
    (E.NoSpareKeycode(9, 4), "no_spare_keycode", {"needed": 9, "spare": 4}),
    (E.KeyHeldDown(2.5), "key_held_down", {"seconds": 2.5}),
    (E.ProgramDied("sagsform", -9, ""), "program_died",
     {"program": "sagsform", "status": -9, "signal": 9, "error_output": ""}),
    (E.SecretMissing("sag", "username", "keyring", "the keyring", "python main.py secret set sag"),
     "secret_missing", {"credential": "sag", "field": "username", "store": "keyring"}),
    (UnknownKeyOnLayout("ctrl+ø"), "key_not_on_layout", {"combo": "ctrl+ø"}),
    (E.CheckpointRejected("Mette (login mette)", "forkert beløb"), "rejected_at_checkpoint",
     {"who": "Mette (login mette)", "comment": "forkert beløb"}),
    (E.CheckpointRejected(), "checkpoint_unanswered", {}),
    (E.UserAbort.of("hotkey", hotkey="ctrl+shift+Escape"), "user_abort",
     {"kind": "hotkey", "keys": "ctrl+shift+Escape"}),
    (E.UserAbort.of("screen_corner", corner=(0, 0)), "user_abort", {"kind": "screen_corner"}),
    (E.UserAbort.of("sigterm"), "user_abort", {"kind": "sigterm"}),
    (E.UserAbort.of("workbench"), "user_abort", {"kind": "workbench"}),
    (KeyboardInterrupt(), "user_abort", {"kind": "ctrl_c"}),
    (E.StepFailed("no OCR", "no_ocr", {}), "no_ocr", {}),
    (E.KeyringUnavailable("locked", "unlock", credential="sag", locked=True),
     "keyring_unavailable", {"credential": "sag", "locked": True}),
    (ValueError("boom"), "unexpected_error", {"error": "ValueError: boom"}),
]


@pytest.mark.parametrize("error, code, values", ERRORS,
                         ids=[f"{i}-{c}" for i, (_, c, _) in enumerate(ERRORS)])
def test_every_error_gives_its_code_and_json_safe_values(error, code, values):
    problem = E.problem_of(error)
    assert problem["code"] == code
    assert json.loads(json.dumps(problem)) == problem    # JSON-safe, and unchanged by it
    for name, value in values.items():
        assert problem["values"][name] == value, name


def test_the_english_sentence_stays_as_the_command_line_knows_it():
    assert str(E.AnchorNotFound(TEXT, 3)) == ("text 'Gem' or image gem.png (occurrence 2) was not "
                                              "found within 3 s; nothing similar was on the screen")
    assert str(E.AnchorStillVisible(POINT, 5)) == ("point [40, 30] in the window '^Sag$' was still "
                                                   "visible after 5 s")
    assert str(E.UserAbort.of("hotkey", hotkey="ctrl+shift+Escape")) == \
        "stopped by the abort hotkey ctrl+shift+Escape"
    assert str(E.CheckpointRejected("Mette", "nej")) == "rejected at the checkpoint by Mette: nej"


def test_a_failed_run_keeps_the_problem_of_its_step_and_the_history_stores_both(tmp_path):
    places = {k: v for k, v in PLACES.items() if k != "Søg"}
    run = make(places=places, history=History(tmp_path))[0].run(VALUES)
    failed = run.failed_step
    assert failed.problem["code"] == "anchor_not_found"
    assert failed.problem["values"]["anchor"] == [{"kind": "text", "text": "Søg",
                                                   "occurrence": None}]
    assert run.problem == failed.problem
    (stored,) = History(tmp_path).runs("Sag")
    assert json.loads(stored["problem"]) == run.problem
    steps = History(tmp_path).steps(stored["id"])
    assert json.loads(steps[-1]["problem"]) == failed.problem
    assert all(s["problem"] is None for s in steps[:-1])


def test_a_sensitive_value_in_a_problem_is_masked_as_in_the_message():
    recipe = RECIPE.replace("{id: sog, action: click, target: {text: Søg}}",
                            "{id: sog, action: click, target: {text: \"Sag {cpr}\"}}")
    run = make(recipe=recipe)[0].run(VALUES)
    assert "010203-1234" not in json.dumps(run.failed_step.problem)
    assert "010203-1234" not in run.failed_step.message


def test_a_drag_end_not_found_names_the_end_as_data():
    run = make(places={"Fil": match(100, 100)}, recipe=DRAG)[0].run({})
    assert run.failed_step.problem["values"]["drag_end"] is True


def test_a_missing_password_is_a_problem_checked_before_the_run():
    runner, env = make()
    env.secrets = FakeSecrets({})
    run = runner.run(VALUES)
    assert run.problem["code"] == "secret_missing"
    assert run.problem["values"]["checked_before"] is True
    assert run.problem["values"]["credential"] == "sagssystem"


def test_a_rejection_and_an_abort_keep_who_and_how():
    run = make(answers=[(False, {})])[0].run(VALUES)
    assert run.problem["code"] == "rejected_at_checkpoint"
    assert run.problem["values"]["who"] == "Mette (test)"
    run = make(appear_at={"Sagen er gemt": 1050.0}, abort_at=1002.0)[0].run(VALUES)
    assert run.problem == {"code": "user_abort",
                           "values": {"kind": "hotkey", "keys": "ctrl+shift+Escape"}}


def test_a_retry_note_carries_the_attempts_problem():
    recipe = RECIPE.replace("{id: sog, action: click, target: {text: Søg}}",
                            "{id: sog, action: click, target: {text: Søg}, on_failure: retry, timeout: 1}")
    places = {k: v for k, v in PLACES.items() if k != "Søg"}
    runner, _ = make(places=places, recipe=recipe)
    notes = []
    runner.observer.log = notes.append
    runner.run(VALUES)
    retries = [n for n in notes if n.code == "retry"]
    assert len(retries) == 2 and retries[0].values["problem"]["code"] == "anchor_not_found"


def test_a_run_that_could_not_start_says_so_as_a_value():
    run = could_not_start("r", None, "h", E.DisplayMissing("no display", "start X"))
    assert run.problem == {"code": "display_missing",
                           "values": {"wayland": False, "checked_before": True}}


def test_a_decision_without_its_checkpoint_is_named_as_data():
    recipe = RECIPE.replace("{id: gem, action: click, target: {text: Gem, offset: [0, 0]}}",
                            "{id: gem, action: click, decision: true, target: {text: Gem}}")
    run = make(recipe=recipe)[0].run(VALUES, start=6)
    assert run.problem["code"] == "decision_unchecked"
    values = run.problem["values"]
    assert values["step"] == {"number": 7, "id": "gem"} and values["checked_before"] is True
    assert values["since_kind"] == "starts_here"
