"""Running from the window: progress, highlights, a failure with its view, checkpoints, history."""

from __future__ import annotations

import getpass

import pytest
from PySide6.QtWidgets import QDialog

from recipes.history import History
from workbench.running import inputs_dialog
from workbench.running.checkpoint_dialog import CheckpointDialog
from workbench.main_window import MainWindow
from workbench.running.controller import RunController
from workbench.settings import Settings

from wb_fakes import ALL_FOUND, CheckpointClicker, env_factory


@pytest.fixture
def window(qtbot, recipe_file, home, monkeypatch):
    monkeypatch.setattr(inputs_dialog, "answer_for_tests", lambda recipe: {"cpr": "010203-1234"})
    settings = Settings(recipe_folder=str(recipe_file.parent.parent), minimize_during_run=False,
                        user_name="Mette")
    w = MainWindow(settings, history=History(home))
    qtbot.addWidget(w)
    w.open_recipe(recipe_file)
    yield w
    w.runs.shutdown()


def run_and_wait(window, qtbot, **how):
    window.runs.last_run = None
    assert window.runs.run(**how)
    qtbot.waitUntil(lambda: window.runs.last_run is not None, timeout=10000)
    return window.runs.last_run


@pytest.fixture
def answer(qtbot, monkeypatch):
    """answer("Godkend") / answer("Afvis", "comment"): each checkpoint dialog that shows is
    answered by a click on that real button (its own modal exec, not a shortcut)."""
    monkeypatch.setattr(CheckpointDialog, "exec", QDialog.exec)
    clickers = []

    def arm(button, comment=""):
        clickers.append(CheckpointClicker(qtbot, button, comment))
        return clickers[-1]
    yield arm
    for c in clickers:
        c.stop()


def test_a_run_passes_marks_every_step_and_lands_in_the_history(window, qtbot, answer):
    clicker = answer("Godkend")
    window.runs.env_factory = env_factory(ALL_FOUND)
    run = run_and_wait(window, qtbot)
    assert run.status == "passed" and len(clicker.clicked) == 1
    model = window.editor.steps.model
    assert [model.status.get(i) for i in range(5)] == ["passed"] * 5
    # The name typed, and the login it was typed from: no one answers in another's name unseen.
    assert run.steps[4].answered_by == f"Mette (login {getpass.getuser()})"
    assert window.runs.panel.progress.value() == 5
    rows = window.history.runs("Godkend besked")
    assert rows and rows[0]["status"] == "passed"


def test_a_failed_step_shows_the_failure_view(window, qtbot):
    window.runs.env_factory = env_factory({})
    assert run_and_wait(window, qtbot).status == "failed"
    panel = window.runs.panel
    qtbot.waitUntil(lambda: window.editor.steps.current_row() == 1)
    assert not panel.failure.isHidden()
    assert "Trin 2" in panel.failure.title.text()
    assert window.editor.steps.current_row() == 1
    assert window.editor.steps.model.status[1] == "failed"
    # The live log ends in Danish, naming the step; the robot's English stays in the details.
    last = panel.log.toPlainText().splitlines()[-1]
    assert "Kørslen sluttede: Fejlet. Trin 2 (" in last and "not found" not in last


def test_rejecting_a_checkpoint_stops_the_run(window, qtbot, answer):
    answer("Afvis", "forkert beløb")
    window.runs.env_factory = env_factory(ALL_FOUND)
    run = run_and_wait(window, qtbot)
    assert run.status == "rejected" and run.message.endswith(": forkert beløb")
    assert window.runs.panel.log.toPlainText().splitlines()[-1].endswith("Afvist ved et kontrolpunkt.")
    # What the person wrote is kept: in the run's history and in the audit trail.
    [asked] = [s for s in window.history.steps(run.id) if s["action"] == "checkpoint"]
    assert asked["comment"] == "forkert beløb"
    [answered] = [r for r in window.history.audit.rows() if r["event"] == "checkpoint_answered"]
    assert '"approved": false' in answered["details"] and "forkert beløb" in answered["details"]


def test_run_only_the_selected_step(window, qtbot):
    window.runs.env_factory = env_factory(ALL_FOUND)
    window.editor.steps.select_row(3)
    run = run_and_wait(window, qtbot, only_selected=True)
    assert [s.index for s in run.steps] == [3] and run.mode == "single_step"


def test_stop_ends_a_step_through_run(window, qtbot):
    window.runs.env_factory = env_factory(ALL_FOUND)
    with qtbot.waitSignal(window.runs.bridge.worker.stepFinished, timeout=10000):
        window.runs.run(step_through=True)
    with qtbot.waitSignal(window.runs.bridge.worker.finished, timeout=10000) as sig:
        window.runs.stop()
    assert sig.args[0].status == "aborted"


def test_the_history_page_shows_the_run_and_its_failed_step(window, qtbot):
    window.runs.env_factory = env_factory({})
    run_and_wait(window, qtbot)
    page = window.history_page
    window.tabs.setCurrentWidget(page)
    assert page.runs_model.rowCount() == 1
    assert page.runs_model.data(page.runs_model.index(0, 3)) == "Fejlet"
    assert page.steps_model.rowCount() == 2
    # the failed step is selected and its (masked) screenshot shown
    assert page.steps.currentIndex().row() == 1
    assert not page.shot.pixmap().isNull()
    # the library shows the last run and its outcome
    window.tabs.setCurrentWidget(window.library_page)
    lib = window.library_page.model
    assert lib.data(lib.index(0, 4)) == "Fejlet"


def test_edit_anchor_from_a_failure_shows_the_failure_screen_and_candidates(window, qtbot):
    window.runs.env_factory = env_factory({})
    run_and_wait(window, qtbot)
    window.runs.panel.failure.editAnchor.emit(1)
    anchor = window.editor.anchor
    assert anchor.index == 1
    assert anchor.canvas.matches and not anchor.canvas.matches[0][2]  # a rival, not a match
    assert "Ikke fundet" in anchor.status.text()


def test_a_history_screenshot_opens_at_full_size(window, qtbot):
    window.runs.env_factory = env_factory({})
    run_and_wait(window, qtbot)
    page = window.history_page
    window.tabs.setCurrentWidget(page)
    page.show_full_shot()
    assert page.full_shot_dialog.isVisible()
    page.full_shot_dialog.close()


def test_run_from_the_library_like_an_operator(window, qtbot, answer):
    answer("Godkend")
    window.runs.env_factory = env_factory(ALL_FOUND)
    page = window.library_page
    page.select_path(window.document.path)
    window.runs.last_run = None
    page.buttons["run"].click()
    qtbot.waitUntil(lambda: window.runs.last_run is not None, timeout=10000)
    assert window.tabs.currentWidget() is window.editor
    window.tabs.setCurrentWidget(page)
    assert page.model.data(page.model.index(0, 4)) == "Gennemført"


def test_step_through_shows_the_next_step_and_the_context_menu_runs_from_a_step(window, qtbot):
    texts = [a.text().replace("&", "") for a in window.editor.steps.context_menu().actions()]
    assert texts[:2] == ["Kør fra dette trin", "Kør kun dette trin"]
    window.runs.env_factory = env_factory(ALL_FOUND)
    window.runs.run(step_through=True)
    model = window.editor.steps.model
    qtbot.waitUntil(lambda: model.status.get(0) == "passed", timeout=10000)
    assert model.current_row == 1
    window.runs.stop()
    qtbot.waitUntil(lambda: window.runs.last_run is not None, timeout=10000)


def test_after_godkend_the_window_gets_out_of_the_way_again(window, qtbot, monkeypatch, answer):
    # The checkpoint brings the workbench up; the next steps need the program visible again.
    answer("Godkend")
    window.settings.minimize_during_run = True
    shown = []
    monkeypatch.setattr(window, "showMinimized", lambda: shown.append("minimised"))
    monkeypatch.setattr(window, "isMinimized", lambda: bool(shown))
    monkeypatch.setattr(window, "showNormal", lambda: shown.clear())
    window.runs.env_factory = env_factory(ALL_FOUND)
    states = []
    real_answer = window.runs.bridge.prompt.answer
    monkeypatch.setattr(window.runs.bridge.prompt, "answer",
                        lambda d: (states.append(list(shown)), real_answer(d)))
    assert run_and_wait(window, qtbot).status == "passed"
    assert states == [["minimised"]]      # minimised again before the robot went on


def test_the_checkpoint_shows_the_program_to_check_large_enough_to_read(qtbot):
    import numpy as np

    from recipes.ports import Frame

    screen = np.zeros((1080, 1920, 3), np.uint8)          # an empty desktop ...
    screen[400:600, 700:1100] = 230                        # ... with one small dialog on it
    screen[450:470, 720:900] = 20
    dialog = CheckpointDialog("Er sagen rigtig?", Frame(screen), {"navn": "Åse"}, set(), "Mette")
    qtbot.addWidget(dialog)
    shown = dialog.screen_view.pixmap()
    # The dialog fills the picture (not 400 px of a whole screen shrunk to 760).
    assert shown.width() >= 700 and abs(shown.width() / shown.height() - 2.0) < 0.3


def test_the_checkpoint_shows_the_window_the_robot_worked_in_not_the_workbench(qtbot):
    import numpy as np

    from recipes.ports import Frame
    from workbench.own_windows import OwnWindowsHidden

    screen = np.zeros((1080, 1920, 3), np.uint8)
    screen[0:1000, 0:1500] = OwnWindowsHidden.FILL        # the workbench, greyed out
    screen[100:400, 1550:1900] = 230                        # the program the robot works in
    screen[200:220, 1600:1800] = 20
    dialog = CheckpointDialog("Er sagen rigtig?", Frame(screen), {}, set(), "Mette",
                              focus=(1700, 210))
    qtbot.addWidget(dialog)
    shown = dialog.screen_view.pixmap().toImage()
    # The picture is the program's window (light), not the grey workbench beside it.
    centre = shown.pixelColor(shown.width() // 2, shown.height() // 4)
    assert centre.red() > 200 and abs(shown.width() / shown.height() - 350 / 300) < 0.25


@pytest.mark.parametrize("button, approved", [("Godkend", True), ("Afvis", False)])
def test_the_checkpoint_buttons_give_the_decision_with_the_comment(qtbot, button, approved):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    dialog = CheckpointDialog("Er beløbet rigtigt?", None, {"belob": "1.250,00", "cpr": "x"},
                              {"cpr"}, "Mette")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.comment, "set af to")
    dialog.edits["belob"].clear()
    qtbot.keyClicks(dialog.edits["belob"], "1.350,00")
    (clicked,) = [b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == button]
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(clicked, Qt.LeftButton)
    decision = dialog.decision
    assert decision.approved is approved and decision.comment == "set af to"
    assert decision.who == f"Mette (login {getpass.getuser()})"
    if approved:
        assert decision.values == {"belob": "1.350,00"}  # the corrected value goes on
    assert not dialog.isVisible()


def test_a_run_that_cannot_start_ends_as_failed_with_a_danish_reason(window, qtbot, monkeypatch):
    from workbench.running.controller import default_env_factory

    # A Wayland session without an X display: the real environment check finds it.
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    window.runs.env_factory = default_env_factory(window)
    window.runs.last_run = None
    assert window.runs.run()
    qtbot.waitUntil(lambda: not window.runs.bridge.running, timeout=10000)
    last = window.runs.panel.log.toPlainText().splitlines()[-1]
    assert "Kørslen sluttede: Fejlet. Kørslen kunne ikke starte: dette er en Wayland-session" \
        in last, last
    assert "X11" in last and "Wayland session" not in last


def test_a_keyring_that_is_not_there_fails_the_run_in_danish(window, qtbot, monkeypatch, tmp_path,
                                                             sample_recipe):
    from recipes.desktop.secrets import KeyringSecrets
    from recipes.model import Recipe
    from workbench import recipe_io

    data = sample_recipe.model_dump(mode="json", exclude_defaults=True)
    data["steps"] = [{"id": "login", "action": "type", "secret": "sagssystem"},
                     *({"action": s.action, **d} for s, d in zip(sample_recipe.steps,
                                                                  data["steps"]))]
    path = window.document.path.with_name("log_ind.yaml")
    recipe_io.save(Recipe.model_validate({**data, "name": "Log ind"}), path)
    assert window.open_recipe(path)
    # A session bus with nothing on it: no Secret Service answers.
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/ingen-bus")
    fake = env_factory(ALL_FOUND)

    def make(request, prompt):
        env = fake(request, prompt)
        env.secrets = KeyringSecrets()
        return env
    window.runs.env_factory = make
    run = run_and_wait(window, qtbot)
    assert run.status == "failed" and window.history.runs("Log ind")[0]["status"] == "failed"
    assert window.editor.steps.model.status.get(1) is None  # nothing was done
    failure = window.runs.panel.failure
    assert not failure.isHidden()
    reason = failure.reason.text()
    assert "der er ingen nøglering at hente adgangskoden fra" in reason, reason
    assert "(set før kørslen startede; intet blev gjort)" in reason


def test_enter_in_the_checkpoint_decides_nothing(qtbot):
    import numpy as np
    from PySide6.QtCore import Qt

    from recipes.ports import Frame

    dialog = CheckpointDialog("Er sagen rigtig?", Frame(np.full((300, 400, 3), 230, np.uint8)),
                              {"navn": "Åse"}, set(), "Mette")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.comment.setFocus()
    qtbot.keyClicks(dialog.comment, "ser fin ud")
    qtbot.keyClick(dialog.comment, Qt.Key_Return)
    qtbot.keyClick(dialog, Qt.Key_Enter)
    assert dialog.decision is None and dialog.isVisible()
