"""The main window as a whole: Ctrl+S, the crash-restore offer, closing with unsaved work."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from workbench.commands import SetRecipeField
from workbench.main_window import MainWindow
from workbench.settings import Settings


def _window(qtbot, recipe_file):
    w = MainWindow(Settings(recipe_folder=str(recipe_file.parent.parent)))
    qtbot.addWidget(w)
    w.show()
    return w


def test_ctrl_s_saves_atomically(qtbot, recipe_file):
    w = _window(qtbot, recipe_file)
    w.open_recipe(recipe_file)
    w.document.push(SetRecipeField("description", "Ny beskrivelse"))
    assert w.act_save.isEnabled()
    assert w.act_save.shortcut().matches(QKeySequence("Ctrl+S")) == QKeySequence.ExactMatch
    w.act_save.trigger()  # what Ctrl+S does (shortcuts need an active window on a real screen)
    assert "Ny beskrivelse" in recipe_file.read_text() and not w.document.dirty
    w.runs.shutdown()


def test_unsaved_work_left_by_a_crash_is_offered_back(qtbot, recipe_file, monkeypatch):
    first = _window(qtbot, recipe_file)
    first.open_recipe(recipe_file)
    first.document.push(SetRecipeField("description", "Ikke gemt"))
    first.document.autosave_now()
    first.runs.shutdown()
    first._replacing = True  # the "crash": the window goes away without asking
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    second = _window(qtbot, recipe_file)
    second.open_recipe(recipe_file)
    assert second.document.recipe.description == "Ikke gemt" and second.document.dirty
    assert "Ikke gemt" not in recipe_file.read_text()
    second.document.undo_stack.setClean()
    second.runs.shutdown()


def test_the_entry_point_opens_and_closes(home, recipe_file, monkeypatch):
    from types import SimpleNamespace

    from workbench import app as wb_app

    QTimer.singleShot(300, lambda: [t.close() for t in QApplication.topLevelWidgets()])
    assert wb_app.main(SimpleNamespace(command=None, lang="da")) == 0
