"""The run bar: while the robot works and the workbench is out of its way, a small always-on-top
bar keeps the run's controls on the screen (which step of how many, Næste trin, Pause, Stop, the
abort hotkey), and the robot never sees it (issue 13, item 1)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from recipes.history import History
from workbench.running import inputs_dialog
from workbench.main_window import MainWindow
from workbench.settings import Settings

from wb_fakes import ALL_FOUND, env_factory


@pytest.fixture
def window(qtbot, recipe_file, home, monkeypatch):
    monkeypatch.setattr(inputs_dialog, "answer_for_tests", lambda recipe: {"cpr": "010203-1234"})
    # The workbench steps aside while the robot works, as it does by default.
    settings = Settings(recipe_folder=str(recipe_file.parent.parent), minimize_during_run=True,
                        user_name="Mette")
    w = MainWindow(settings, history=History(home))
    qtbot.addWidget(w)
    w.open_recipe(recipe_file)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    yield w
    w.runs.shutdown()


def choose_from_run_menu(qtbot, window, text: str) -> None:
    """Kør ▸ text, clicked in the Kør button's menu."""
    menu = window.runs._menu
    menu.popup(window.mapToGlobal(QPoint(40, 40)))
    qtbot.waitExposed(menu)
    (action,) = [a for a in menu.actions() if a.text().replace("&", "") == text]
    qtbot.mouseClick(menu, Qt.LeftButton, pos=menu.actionGeometry(action).center())


def visible_run_bars():
    return [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and w.windowTitle() == "Opskrift kører"]


def test_step_through_keeps_its_controls_on_screen_while_the_workbench_is_minimised(window, qtbot):
    window.runs.env_factory = env_factory(ALL_FOUND)
    model = window.editor.steps.model
    choose_from_run_menu(qtbot, window, "Trin for trin")
    qtbot.waitUntil(lambda: model.status.get(0) == "passed", timeout=10000)
    assert window.isMinimized()          # the workbench is out of the program's way ...
    (bar,) = visible_run_bars()          # ... and its controls are not inside it
    assert bar.windowFlags() & Qt.WindowStaysOnTopHint
    # The program being driven keeps the keyboard, also after a click on the bar (Qt's offscreen
    # platform activates every window shown; tests/e2e/test_workbench_run_bar.py sees it on X11).
    assert bar.windowFlags() & Qt.WindowDoesNotAcceptFocus
    assert "Trin 2 af 5" in bar.progress.text()
    assert "Næste trin" in bar.state.text()
    # what the next step will do (from the first-hour trial: the bar did not say)
    assert "Klik tekst »Godkend«" in bar.state.text(), bar.state.text()
    assert bar.hotkey.text() == "Nødstop: Ctrl+Shift+Esc"   # as people write keys
    # The robot looks past it: its place is painted over on the screen the robot searches.
    qtbot.waitUntil(lambda: bar.frameGeometry().getRect()
                    in window.runs.bridge.worker.own_windows.rects, timeout=2000)

    qtbot.mouseClick(bar.next, Qt.LeftButton)
    qtbot.waitUntil(lambda: model.status.get(1) == "passed", timeout=10000)
    assert "Trin 3 af 5" in bar.progress.text()
    assert model.status.get(2) is None   # one step per click

    qtbot.mouseClick(bar.pause, Qt.LeftButton)
    assert bar.pause.text() == "For&tsæt" == window.runs.panel.pause.text()
    assert not bar.next.isEnabled()      # paused: no step until it goes on
    qtbot.mouseClick(bar.pause, Qt.LeftButton)
    assert bar.pause.text() == "&Pause" and bar.next.isEnabled()
    qtbot.wait(300)
    assert model.status.get(2) is None   # going on is not a step: Næste trin is

    window.runs.last_run = None
    qtbot.mouseClick(bar.stop, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.runs.last_run is not None, timeout=10000)
    assert window.runs.last_run.status == "aborted"
    assert not visible_run_bars()        # gone with the run ...
    assert not window.isMinimized()      # ... and the workbench is back


def test_a_whole_run_shows_the_bar_until_it_ends(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from workbench.running.checkpoint_dialog import CheckpointDialog
    from wb_fakes import CheckpointClicker

    monkeypatch.setattr(CheckpointDialog, "exec", QDialog.exec)
    clicker = CheckpointClicker(qtbot, "Godkend")
    seen = []
    window.runs.env_factory = env_factory(ALL_FOUND)
    window.runs.bridge.worker.stepStarted.connect(lambda *_: seen.append(len(visible_run_bars())))
    window.runs.last_run = None
    qtbot.keyClick(window, Qt.Key_F5)    # Kør
    qtbot.waitUntil(lambda: window.runs.last_run is not None, timeout=10000)
    clicker.stop()
    assert window.runs.last_run.status == "passed"
    assert seen == [1] * 5               # on the screen at every step
    assert not visible_run_bars()


def test_f10_starts_a_step_through_and_takes_the_next_step(window, qtbot):
    window.runs.env_factory = env_factory(ALL_FOUND)
    window.settings.minimize_during_run = False   # the workbench keeps the keyboard here
    model = window.editor.steps.model
    qtbot.keyClick(window, Qt.Key_F10)
    qtbot.waitUntil(lambda: model.status.get(0) == "passed", timeout=10000)
    (bar,) = visible_run_bars()
    qtbot.waitUntil(lambda: bar.next.isEnabled(), timeout=5000)
    assert model.status.get(1) is None          # it waits for Næste trin ...
    qtbot.keyClick(window, Qt.Key_F10)          # ... which F10 is
    qtbot.waitUntil(lambda: model.status.get(1) == "passed", timeout=10000)
    window.runs.stop()
    qtbot.waitUntil(lambda: not window.runs.bridge.running, timeout=10000)


def test_ctrl_r_starts_a_recording(window, qtbot):
    rec = window.recording
    started = []
    rec.session_factory = lambda out: started.append(out) or None
    rec.COUNTDOWN = 60   # only the countdown's start matters here
    window.editor.steps.select_row(len(window.document.recipe.steps) - 1)
    qtbot.keyClick(window, Qt.Key_R, Qt.ControlModifier)
    assert rec.control.isVisible() and "Optagelsen starter" in rec.control.label.text()
    rec._countdown.stop()
    rec.control.hide()
