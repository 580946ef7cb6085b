"""The main window as a whole: Ctrl+S, the crash-restore offer, closing with unsaved work."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from workbench.editor.commands import SetRecipeField
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


def test_switching_language_keeps_the_open_recipe_and_its_unsaved_edit(qtbot, home, recipe_file):
    from workbench import app as wb_app
    from workbench.settings import save_settings

    save_settings(Settings(recipe_folder=str(recipe_file.parent.parent)))
    app = QApplication.instance()
    w = wb_app.build_window(app)
    w.open_recipe(recipe_file)
    w.document.push(SetRecipeField("description", "Redigeret"))
    w.settings.language = "en"
    w.languageChanged.emit()
    new = wb_app.current_window()
    assert new is not w
    assert new.tabs.tabText(0) == "Recipes"
    assert new.document.recipe.description == "Redigeret" and new.document.dirty
    new.document.undo_stack.undo()  # back to Danish and clean for the other tests
    new.settings.language = "da"
    new.languageChanged.emit()
    latest = wb_app.current_window()
    assert latest.tabs.tabText(0) == "Opskrifter"
    latest.runs.shutdown()
    latest.close()


REAL_QUESTION = QMessageBox.question  # taken before the autouse fixture answers every question


def _click_in_message_box(qtbot, button, seen, tries=100):
    """When the question shows, click `button` in it with the mouse (as a person does)."""
    from PySide6.QtCore import Qt

    def look(left=tries):
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if left:
                QTimer.singleShot(20, lambda: look(left - 1))
            return
        seen.append(box.text())
        qtbot.mouseClick(box.button(button), Qt.LeftButton)
    QTimer.singleShot(20, look)


def test_ctrl_q_quits_asking_about_unsaved_work_as_closing_does(qtbot, recipe_file, monkeypatch):
    from PySide6.QtCore import Qt

    monkeypatch.setattr(QMessageBox, "question", REAL_QUESTION)
    w = _window(qtbot, recipe_file)
    w.open_recipe(recipe_file)
    w.document.push(SetRecipeField("description", "Gem mig ved afslut"))
    try:
        w.activateWindow()
        qtbot.waitUntil(w.isActiveWindow)
        seen: list[str] = []
        _click_in_message_box(qtbot, QMessageBox.Cancel, seen)
        qtbot.keyClick(w, Qt.Key_Q, Qt.ControlModifier)
        qtbot.wait(100)
        assert seen and "ændringer, der ikke er gemt" in seen[0]
        assert w.isVisible() and w.document.dirty  # Annuller: nothing closes, nothing is lost
        w.activateWindow()
        qtbot.waitUntil(w.isActiveWindow)
        _click_in_message_box(qtbot, QMessageBox.Save, seen)
        qtbot.keyClick(w, Qt.Key_Q, Qt.ControlModifier)
        assert len(seen) == 2
        qtbot.waitUntil(lambda: not w.isVisible())
        assert "Gem mig ved afslut" in recipe_file.read_text()
    finally:  # a failed check must not leave a question open for the clean-up to wait on
        if w.document is not None:
            w.document.undo_stack.setClean()
        w.runs.shutdown()
