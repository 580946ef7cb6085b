"""A run by keyboard alone (issue 13, item 14): the recipe chosen in the library with the arrow
keys, Alt+K opens the Kør menu and K runs the whole recipe, the values are typed and started
with Alt+K, and the checkpoint is approved with Alt+G."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from recipes.history import History
from workbench.main_window import MainWindow
from workbench.settings import Settings

from wb_fakes import ALL_FOUND, env_factory


@pytest.fixture
def window(qtbot, recipe_file, home):
    w = MainWindow(Settings(recipe_folder=str(recipe_file.parent.parent),
                            minimize_during_run=False, user_name="Mette"), history=History(home))
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    yield w
    w.runs.shutdown()
    # Destroyed here, on the GUI thread: left to Python's collector, the window may be collected
    # on a later test's run thread, and Qt then deletes it in the middle of a paint.
    shiboken6.delete(w)


class KeyboardPerson:
    """Answers the dialogs of a run with the keyboard: types the values into the values dialog
    and presses its Alt+letter, and approves each checkpoint with Alt+G."""

    def __init__(self, qtbot, window, values: str):
        self.qtbot, self.values = qtbot, values
        self.answered: list[QDialog] = []
        # the window's child: destroyed with it on the GUI thread, never by Python's collector
        self.timer = QTimer(window, interval=20)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        from workbench.running.checkpoint_dialog import CheckpointDialog
        from workbench.running.inputs_dialog import InputsDialog

        dialog = QApplication.activeModalWidget()
        # keys go to the window that has the keyboard: wait until the dialog has it
        if dialog is None or QApplication.activeWindow() is not dialog or dialog in self.answered:
            return
        if isinstance(dialog, InputsDialog):
            self.answered.append(dialog)
            self.qtbot.keyClicks(dialog.focusWidget(), self.values)
            self.qtbot.keyClick(dialog, Qt.Key_K, Qt.AltModifier)     # &Kør
        elif isinstance(dialog, CheckpointDialog) and dialog.decision is None:
            self.answered.append(dialog)
            self.qtbot.keyClick(dialog, Qt.Key_G, Qt.AltModifier)     # &Godkend

    def stop(self) -> None:
        self.timer.stop()


def test_a_recipe_from_the_library_runs_and_passes_by_keyboard_alone(window, qtbot, monkeypatch):
    from workbench.running.checkpoint_dialog import CheckpointDialog

    monkeypatch.setattr(CheckpointDialog, "exec", QDialog.exec)   # answered by a key press
    window.runs.env_factory = env_factory(ALL_FOUND)
    assert window.tabs.currentWidget() is window.library_page and window.document is None
    table = window.library_page.table
    for _ in range(20):                     # Tab to the list of recipes ...
        if QApplication.focusWidget() is table:
            break
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key_Tab)
    assert QApplication.focusWidget() is table
    qtbot.keyClick(table, Qt.Key_Down)      # ... and choose the first one
    assert window.library_page.selected_path() is not None

    person = KeyboardPerson(qtbot, window, "010203-1234")
    qtbot.keyClick(window, Qt.Key_K, Qt.AltModifier)           # Alt+K: the Kør menu
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.run_menu, timeout=5000)
    qtbot.keyClick(window.run_menu, Qt.Key_K)                  # &Kør hele opskriften
    qtbot.waitUntil(lambda: window.runs.last_run is not None, timeout=20000)
    person.stop()
    assert window.runs.last_run.status == "passed"
    assert [type(d).__name__ for d in person.answered] == ["InputsDialog", "CheckpointDialog"]
    assert window.runs.checkpoint_dialog is None or window.runs.checkpoint_dialog.decision.approved
