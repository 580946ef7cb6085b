"""The runner over fake ports: what it clicks and types, when it stops, what it records."""

import pytest

from recipes.errors import UsageError
from recipes.fileformat import parse_recipe
from recipes.history import History
from recipes.runner import RunControl, RunEnvironment, Runner, resolve_values
from tests.unit.fakes import (
    AbortAfter, FakeClock, FakeDesktop, FakeInput, FakeLocator, FakeOcr, FakePrompt, FakeScreen,
    FakeSecrets, match,
)

RECIPE = """\
name: Sag
inputs:
  - {name: cpr, label: CPR-nummer, sensitive: true}
  - {name: belob}
credentials:
  - {name: sagssystem, username: sagsbeh}
steps:
  - {id: start, action: launch, command: [python3, app.py], once: true}
  - {id: login, action: type, secret: sagssystem, target: {text: Adgangskode, offset: [100, 0]}, once: true}
  - {id: cpr, action: type, text: "{cpr}", target: {text: CPR-nummer, offset: [120, 4]}}
  - {id: sog, action: click, target: {text: Søg}}
  - {id: navn, action: read_text, target: {text: Navn}, offset: [150, 0], size: [200, 20], into: navn}
  - {id: ok, action: checkpoint, message: "Gem sag for {navn} ({cpr}) med {belob} kr?"}
  - {id: gem, action: click, target: {text: Gem, offset: [0, 0]}}
  - {id: gemt, action: wait_for, target: {text: Sagen er gemt}, timeout: 5}
"""

PLACES = {
    "Adgangskode": match(100, 100, 80, 20), "CPR-nummer": match(100, 200, 80, 20),
    "Søg": match(300, 200, 40, 20), "Navn": match(100, 250, 40, 20),
    "Gem": match(500, 500, 40, 20, scale=1.5), "Sagen er gemt": match(400, 300, 120, 20),
}


def make(places=PLACES, answers=((True, {}),), ocr_reads=("Søren Ærø Ågesen",), history=None,
         appear_at=None, recipe=RECIPE, abort_at=None):
    doc = parse_recipe(recipe, "/tmp/demo/sag.yaml")
    clock = FakeClock()
    env = RunEnvironment(
        screen=FakeScreen(), input=FakeInput(), clock=clock,
        locator=FakeLocator(places, appear_at), desktop=FakeDesktop(),
        secrets=FakeSecrets({"sagssystem": ("sagsbeh", "Hemmelig1!")}),
        prompt=FakePrompt(list(answers)), ocr=FakeOcr(list(ocr_reads)))
    if abort_at is not None:
        env.abort = AbortAfter(clock, abort_at)
    return Runner(doc, env, history=history), env


VALUES = {"cpr": "010203-1234", "belob": "1.250,00"}


def test_a_passing_run_clicks_at_anchor_plus_scaled_offset_and_types_values():
    runner, env = make()
    run = runner.run(VALUES)
    assert run.status == "passed" and run.exit_code == 0
    calls = env.input.calls
    assert ("click", 100 + 40 + 100, 110, "left", 1) in calls  # Adgangskode centre + offset
    assert ("type", "Hemmelig1!") in calls
    assert ("click", 140 + 120, 214, "left", 1) in calls  # CPR field
    assert ("type", "010203-1234") in calls
    assert ("click", 520, 510, "left", 1) in calls  # Gem, offset 0 at scale 1.5
    assert env.desktop.launched == [(["python3", "app.py"], "/tmp/demo")]


def test_read_text_fills_the_checkpoint_message_which_a_person_answers():
    runner, env = make()
    run = runner.run(VALUES)
    message, values = env.prompt.asked[0]
    # The CPR number is sensitive: the prompt (which may be a terminal log) never gets it.
    assert message == "Gem sag for Søren Ærø Ågesen (••••) med 1.250,00 kr?"
    assert values["navn"] == "Søren Ærø Ågesen" and values["cpr"] == "••••"
    assert "010203" not in message + repr(values)
    ok = next(s for s in run.steps if s.step_id == "ok")
    assert ok.answered_by == "Mette (test)"


def test_rejection_at_a_checkpoint_stops_before_saving_with_exit_3():
    runner, env = make(answers=[(False, {})])
    run = runner.run(VALUES)
    assert run.status == "rejected" and run.exit_code == 3
    assert not any(c[:3] == ("click", 520, 510) for c in env.input.calls)  # Gem never clicked


def test_a_missing_anchor_fails_after_its_timeout_without_clicking_a_guess():
    places = {k: v for k, v in PLACES.items() if k != "Søg"}
    runner, env = make(places=places)
    run = runner.run(VALUES)
    assert run.status == "failed" and run.exit_code == 1
    failed = run.failed_step
    assert failed.step_id == "sog"
    assert "not found within 10 s" in failed.message and "0.41" in failed.message
    assert failed.duration == pytest.approx(10, abs=0.2)
    assert all(c[0] != "click" or c[1:3] != (320, 210) for c in env.input.calls)
    assert failed.screenshot is not None


def test_ambiguous_anchor_fails_and_names_the_candidates():
    places = dict(PLACES, **{"Søg": [match(300, 200), match(300, 400)]})
    run = make(places=places)[0].run(VALUES)
    assert run.status == "failed" and "matches 2 places" in run.failed_step.message
    assert len(run.failed_step.candidates) == 2


def test_wait_for_waits_until_a_slow_program_shows_the_confirmation():
    runner, env = make(appear_at={"Sagen er gemt": 1003.0})
    run = runner.run(VALUES)
    assert run.status == "passed"
    assert run.steps[-1].duration > 2.5


def test_skip_continues_and_retry_tries_again():
    recipe = RECIPE.replace("{id: sog, action: click, target: {text: Søg}}",
                            "{id: sog, action: click, target: {text: Søg}, on_failure: skip, timeout: 1}")
    places = {k: v for k, v in PLACES.items() if k != "Søg"}
    run = make(places=places, recipe=recipe)[0].run(VALUES)
    assert run.status == "passed"
    assert next(s for s in run.steps if s.step_id == "sog").status == "skipped"

    recipe = RECIPE.replace("{id: sog, action: click, target: {text: Søg}}",
                            "{id: sog, action: click, target: {text: Søg}, on_failure: retry, timeout: 1}")
    run = make(places=places, recipe=recipe)[0].run(VALUES)
    sog = next(s for s in run.steps if s.step_id == "sog")
    assert sog.status == "failed" and sog.attempts == 3


def test_abort_stops_at_once_with_exit_130():
    runner, env = make(appear_at={"Sagen er gemt": 1050.0}, abort_at=1002.0)
    run = runner.run(VALUES)
    assert run.status == "aborted" and run.exit_code == 130
    assert env.clock.t < 1003


def test_once_steps_run_for_the_first_data_row_only():
    runner, env = make(answers=[(True, {}), (True, {})], ocr_reads=["A B", "C D"])
    runner.run(VALUES, row_number=1, first_row=True)
    runner.run(VALUES, row_number=2, first_row=False)
    assert len(env.desktop.launched) == 1
    assert sum(1 for c in env.input.calls if c == ("type", "Hemmelig1!")) == 1


def test_history_keeps_steps_and_scores_but_never_sensitive_values(tmp_path):
    history = History(tmp_path)
    runner, env = make(history=history, answers=[(False, {})])
    run = runner.run(VALUES)
    rows = history.runs("Sag")
    assert rows[0]["status"] == "rejected" and rows[0]["failed_step"] == 6
    steps = history.steps(rows[0]["id"])
    assert [s["step_id"] for s in steps] == ["start", "login", "cpr", "sog", "navn", "ok"]
    assert steps[3]["score"] == pytest.approx(0.97) and steps[3]["found_x"] == 300
    dump = "\n".join(history.db.iterdump())
    assert "010203-1234" not in dump and "Hemmelig1!" not in dump
    assert "010203" not in (run.message or "")


def test_missing_input_value_is_a_usage_error_naming_it():
    doc = parse_recipe(RECIPE)
    with pytest.raises(UsageError, match="'cpr' \\(CPR-nummer\\) has no value"):
        resolve_values(doc.recipe, {"belob": "1"})
    with pytest.raises(UsageError, match="no input named navn"):
        resolve_values(doc.recipe, {"navn": "x", **VALUES})


def test_step_through_waits_for_next_step():
    import threading

    runner, env = make()
    control = RunControl(step_through=True)
    runner.control = control
    done = []
    t = threading.Thread(target=lambda: done.append(runner.run(VALUES, start=2, only=None)))
    t.start()
    t.join(0.3)
    assert t.is_alive() and len(env.input.calls) <= 2  # first step done, then it waits
    control.step_through = False
    control.resume()
    t.join(5)
    assert done and done[0].status == "passed"


DRAG = """\
name: Træk
steps:
  - {id: traek, action: drag, target: {text: Fil, offset: [10, 0]}, to: {text: Papirkurv, offset: [0, 20]}}
"""


def test_drag_presses_at_the_first_anchor_and_releases_at_the_second_plus_scaled_offsets():
    places = {"Fil": match(100, 100, 40, 20), "Papirkurv": match(600, 400, 80, 20, scale=2.0)}
    runner, env = make(places=places, recipe=DRAG)
    run = runner.run({})
    assert run.status == "passed"
    assert env.input.calls == [("drag", 130, 110, 640, 450)]  # (640, 410) + [0, 20] at scale 2
    (step,) = run.steps
    assert step.found == places["Fil"] and step.found_to == places["Papirkurv"]


def test_drag_whose_end_is_missing_fails_naming_the_end_and_never_presses():
    runner, env = make(places={"Fil": match(100, 100)}, recipe=DRAG)
    run = runner.run({})
    step = run.failed_step
    assert run.status == "failed" and env.input.calls == []
    assert step.message.startswith("the drag's end (to) text 'Papirkurv' was not found within 10 s")
    assert step.found is not None and step.found_to is None


def test_a_password_missing_from_the_keyring_stops_the_run_before_anything_is_done():
    runner, env = make()
    env.secrets = FakeSecrets({})
    run = runner.run(VALUES)
    assert run.status == "failed" and run.exit_code == 1
    assert "no password for the credential 'sagssystem'" in run.message
    assert "before the run started" in run.message
    assert env.input.calls == [] and env.desktop.launched == []   # not even the program started
    assert [s.step_id for s in run.steps] == ["login"]


def test_ctrl_c_in_a_step_ends_the_run_as_aborted_with_exit_130(tmp_path):
    runner, env = make(history=History(tmp_path))

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    env.input.click = interrupted        # Ctrl+C arrives while the robot clicks Søg
    run = runner.run(VALUES)
    assert run.status == "aborted" and run.exit_code == 130
    assert run.steps[-1].status == "aborted" and "Ctrl+C" in run.steps[-1].message
    (stored,) = History(tmp_path).runs("Sag")
    assert stored["status"] == "aborted" and stored["finished_at"]


def test_a_batch_stopped_by_a_rejection_says_which_rows_were_not_run(capsys):
    from recipes.console import ConsoleObserver, run_rows

    runner, env = make(answers=[(True, {}), (False, {})],
                       ocr_reads=("Søren Ærø Ågesen", "Åse Møller Kjær", "Jørgen Østergård"))
    rows = [dict(VALUES, cpr=f"01020{i}-1234") for i in range(3)]
    code = run_rows(runner.doc, rows, env, None, ConsoleObserver(runner.recipe), numbered=True)
    out = capsys.readouterr().out
    assert code == 3
    assert "--- row 3 of 3 ---" not in out
    assert "stopped at row 2 of 3: row 3 was not run" in out


@pytest.mark.parametrize("on_failure", ["skip", "retry"])
def test_a_screen_that_shows_nothing_ends_the_run_even_where_the_step_may_be_skipped(on_failure):
    recipe = RECIPE.replace("{id: sog, action: click, target: {text: Søg}}",
                            f"{{id: sog, action: click, target: {{text: Søg}}, on_failure: {on_failure}, "
                            "timeout: 2}")
    runner, env = make(recipe=recipe)
    env.locator.blank = True
    start = env.clock.now()
    run = runner.run(VALUES, start=3)     # from the search, as a later case would
    sog = next(s for s in run.steps if s.step_id == "sog")
    assert run.status == "failed" and sog.status == "failed" and sog.screen_blank
    assert sog.attempts == 1 and env.clock.now() - start < 3   # not tried again: it cannot see
    assert "the screen shows nothing" in run.message and len(run.steps) == 1
    assert not [c for c in env.input.calls if c[0] == "click"]


def test_a_batch_stops_at_the_first_row_whose_screen_shows_nothing(capsys):
    from recipes.console import ConsoleObserver, run_rows

    # Every step may be skipped: on a locked screen each row would "pass" having done nothing.
    recipe = """\
name: Søg sag
inputs: [{name: cpr}]
steps:
  - {id: sog, action: click, target: {text: Søg}, on_failure: skip, timeout: 1}
  - {id: cpr, action: type, text: "{cpr}", target: {text: CPR-nummer}, on_failure: skip, timeout: 1}
"""
    runner, env = make(recipe=recipe)
    env.locator.blank = True
    rows = [{"cpr": f"01020{i}-1234"} for i in range(3)]
    code = run_rows(runner.doc, rows, env, None, ConsoleObserver(runner.recipe), numbered=True)
    out = capsys.readouterr().out
    assert code == 1
    assert "--- row 2 of 3 ---" not in out
    assert "the screen shows nothing" in out
    assert ("stopped at row 1 of 3: rows 2-3 (2) were not run (the screen shows nothing, so they "
            "would fail the same way)") in out


def test_the_checkpoint_shows_the_screen_once_the_program_has_finished_drawing():
    import numpy as np

    from recipes.ports import Frame

    class Redrawing:
        """A window still being drawn for the first grabs after a click, then still."""

        def __init__(self):
            self.grabs = 0

        def grab(self):
            self.grabs += 1
            return Frame(np.full((60, 80, 3), min(self.grabs, 4) * 50, np.uint8))

        def size(self):
            return (80, 60)

    runner, env = make()
    env.screen = Redrawing()
    runner.run(VALUES)
    (frame,) = env.prompt.frames
    assert frame.pixels[0, 0, 0] == 200          # the finished picture, not a half-drawn one


def test_history_keeps_where_both_ends_of_a_drag_were_found(tmp_path):
    history = History(tmp_path)
    recipe = "name: Træk\nsteps:\n  - {id: flyt, action: drag, target: {text: Sag}, to: {text: Arkiv}}\n"
    runner, env = make(history=history, recipe=recipe,
                       places={"Sag": match(100, 100, 40, 20), "Arkiv": match(600, 400, 60, 20)})
    assert runner.run({}).status == "passed"
    (step,) = history.steps(history.runs("Træk")[0]["id"])
    assert (step["found_x"], step["to_x"], step["to_y"]) == (100, 600, 400)


def test_a_history_written_by_the_previous_version_gains_the_drag_columns(tmp_path):
    import sqlite3

    db = sqlite3.connect(tmp_path / "history.db")
    db.execute("CREATE TABLE runs (id INTEGER PRIMARY KEY, recipe_name TEXT, status TEXT)")
    db.execute("CREATE TABLE steps (id INTEGER PRIMARY KEY, run_id INTEGER, position INTEGER, "
               "found_x INTEGER)")
    db.execute("INSERT INTO steps (run_id, position, found_x) VALUES (1, 0, 42)")
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    history = History(tmp_path)
    assert {"to_x", "to_y", "to_score"} <= set(history.db["steps"].columns_dict)
    assert history.steps(1)[0]["found_x"] == 42            # nothing lost


BUILTINS = """\
name: Indbyggede
steps:
  - {action: launch, command: ["{recipe_dir}/app.py", "--row", "{row_number}"]}
  - {action: type, text: "række {row_number} i {recipe_dir}"}
"""


def test_recipe_dir_and_row_number_are_filled_by_the_runner():
    runner, env = make(recipe=BUILTINS)
    from recipes.ports import Window

    env.desktop.active = Window(1, "App", 0, 0, 400, 300, pid=4242)  # the program launched
    run = runner.run({}, row_number=3)
    assert run.status == "passed", run.message
    assert env.desktop.launched[0][0] == ["/tmp/demo/app.py", "--row", "3"]
    assert env.input.calls == [("type", "række 3 i /tmp/demo")]
    runner.run({})  # without a data file, the one run is row 1
    assert env.input.calls[-1] == ("type", "række 1 i /tmp/demo")


class _DyingDesktop:
    """A desktop whose launched program died at start (as X11Desktop.check_started says)."""

    def __init__(self):
        self.checks = 0

    def launch(self, command, cwd=None):
        pass

    def check_started(self):
        from recipes.errors import ProgramDied

        self.checks += 1
        if self.checks >= 2:
            raise ProgramDied("app.py", 1, "ModuleNotFoundError: No module named 'tkinter'")


def test_a_program_that_died_at_start_ends_the_wait_for_its_window_at_once():
    runner, env = make(places={}, recipe="name: x\nsteps:\n"
                       "  - {action: launch, command: [app.py]}\n"
                       "  - {action: click, target: {text: Gem}, timeout: 30}\n")
    env.desktop = _DyingDesktop()
    t0 = env.clock.now()
    run = runner.run({})
    assert run.status == "failed" and env.clock.now() - t0 < 5  # not at the 30 s timeout
    assert run.failed_step.message == (
        "the program 'app.py' stopped with exit status 1 just after it was started; its last "
        "error output: ModuleNotFoundError: No module named 'tkinter'")


def test_a_locked_keyring_stops_the_run_as_failed_before_anything_is_done(tmp_path):
    from recipes.errors import KeyringUnavailable

    class LockedKeyring:
        def get(self, service, username):
            raise KeyringUnavailable(f"the keyring is locked, so the credential '{service}' "
                                     "cannot be read.", "unlock the keyring", credential=service,
                                     locked=True)

    history = History(tmp_path)
    runner, env = make(history=history)
    env.secrets = LockedKeyring()
    run = runner.run(VALUES)
    assert run.status == "failed" and run.exit_code == 1
    assert run.message.startswith("the keyring is locked, so the credential 'sagssystem'")
    assert env.input.calls == [] and env.desktop.launched == []
    assert history.runs("Sag")[0]["status"] == "failed"


def test_an_unexpected_error_outside_the_steps_still_closes_the_run_as_failed(tmp_path):
    history = History(tmp_path)
    runner, env = make(history=history)

    def broken(run, result):
        raise OSError("disk full")

    history.add_step = broken
    with pytest.raises(OSError):
        runner.run(VALUES)
    assert history.runs("Sag")[0]["status"] == "failed"


def test_wait_for_and_expect_pass_where_the_text_shows_at_several_places():
    recipe = RECIPE.replace("{id: sog, action: click, target: {text: Søg}}",
                            "{id: sog, action: expect, target: {text: Søg}}")
    places = dict(PLACES, **{"Søg": [match(300, 200), match(300, 400)]})
    run = make(places=places, recipe=recipe)[0].run(VALUES)
    assert run.status == "passed", run.failed_step and run.failed_step.message


def test_a_passed_step_keeps_a_small_masked_picture_of_where_it_acted(tmp_path):
    import cv2

    history = History(tmp_path)
    # OCR reads a CPR number on the screen around the first place the robot acts at.
    runner, env = make(history=history, ocr_reads=("010203-1234", "", "", "Søren Ærø Ågesen"))
    run = runner.run(VALUES)
    assert run.status == "passed"
    login = run.steps[1]
    assert login.thumbnail is not None and login.thumbnail.shape[1] <= 320
    assert (login.thumbnail == 0).all(axis=2).sum() > 50    # the number blacked out
    stored = cv2.imread(str(tmp_path / history.steps(run.id)[1]["thumbnail"]))
    assert stored.shape == login.thumbnail.shape
    assert run.steps[0].thumbnail is None                    # a launch acts at no place
    assert all(s.place is None for s in run.steps)           # the unmasked grab is gone


def test_no_picture_without_a_history_or_where_it_cannot_be_masked(tmp_path):
    runner, _ = make()
    assert all(s.thumbnail is None for s in runner.run(VALUES).steps)
    history = History(tmp_path)
    runner, env = make(history=history)
    env.ocr = None  # nothing can be read, so nothing can be blacked out
    run = runner.run({**VALUES})
    assert all(s.thumbnail is None for s in run.steps)
    assert not list(tmp_path.glob("runs/*/*.png"))
