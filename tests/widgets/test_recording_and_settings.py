"""Recording into the open recipe (with a fake recorder), the library page, and the settings."""

from __future__ import annotations

import threading
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from recipes.model import Recipe
from workbench.main_window import MainWindow
from workbench.settings import Settings, load_settings, save_settings


class FakeSession:
    def __init__(self):
        self.stopped = threading.Event()
        self.paused = False
        self.started = False

    def start(self):
        self.started = True

    def pause(self):
        self.paused = True

    def resume(self):
        self.paused = False

    def gestures(self):
        return [1, 2]


def fake_builder(out, session):
    recipe = Recipe.model_validate({"name": "optaget", "steps": [
        {"id": "godkend", "action": "click", "target": {"text": "Gem"}},
        {"action": "type", "text": "{cpr}"}],
        "inputs": [{"name": "cpr", "sensitive": True}, {"name": "dato"}]})
    out.write_text("name: optaget\n")
    return SimpleNamespace(recipe=recipe, notes=[])


@pytest.fixture
def window(qtbot, recipe_file, home):
    w = MainWindow(Settings(recipe_folder=str(recipe_file.parent.parent)), history=None)
    qtbot.addWidget(w)
    w.open_recipe(recipe_file)
    yield w
    w.runs.shutdown()


def test_recording_inserts_new_steps_after_the_selected_one(window, qtbot):
    rec = window.recording
    session = FakeSession()
    rec.session_factory = lambda out: session
    rec.builder = fake_builder
    rec.COUNTDOWN = 1
    doc = window.document
    before = doc.recipe.model_copy(deep=True)
    window.editor.steps.select_row(1)
    assert rec.start()
    qtbot.waitUntil(lambda: session.started, timeout=3000)
    assert rec.control.isVisible()
    rec.toggle_pause()
    assert session.paused
    rec.stop()
    qtbot.waitUntil(lambda: len(doc.recipe.steps) == 7, timeout=3000)
    assert doc.recipe.steps[2].id == "godkend_2"  # ids stay unique
    assert [i.name for i in doc.recipe.inputs] == ["cpr", "dato"]
    assert not rec.out.exists()
    doc.undo_stack.undo()  # one undo takes the whole recording out again
    assert doc.recipe == before


def test_library_page_new_rename_and_delete(window, qtbot, monkeypatch):
    page = window.library_page
    answers = iter(["Faktura modtages", "Faktura betales"])
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: (next(answers), True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    window.document.undo_stack.clear()
    page.new_recipe()  # opens it in the editor as well
    assert window.document.recipe.name == "Faktura modtages"
    page.select_path(window.document.path)
    page.rename_selected()
    names = [page.proxy.data(page.proxy.index(r, 0)) for r in range(page.proxy.rowCount())]
    assert "Faktura betales" in names
    page.search.setText("betales")
    assert page.proxy.rowCount() == 1
    page.table.selectRow(0)
    page.delete_selected()
    page.search.setText("")
    assert page.proxy.rowCount() == 1 and page.library.trashed()


def test_settings_are_stored_per_user_under_the_home(home):
    s = load_settings()
    assert s.language == "da" and s.default_timeout == 10.0
    s.language, s.default_timeout, s.minimize_during_run = "en", 4.5, False
    save_settings(s)
    again = load_settings()
    assert (again.language, again.default_timeout, again.minimize_during_run) == ("en", 4.5, False)
    assert (home / "settings.ini").exists()


def test_english_interface_through_the_qt_translation(qtbot, home, recipe_file):
    from PySide6.QtWidgets import QApplication

    from workbench.i18n import install_language

    app = QApplication.instance()
    assert install_language(app, "en")
    try:
        w = MainWindow(Settings(recipe_folder=str(recipe_file.parent.parent), language="en"))
        qtbot.addWidget(w)
        assert w.tabs.tabText(0) == "Recipes"
        assert w.act_save.text() == "Save"
        w.runs.shutdown()
    finally:
        install_language(app, "da")
    w2 = MainWindow(Settings(recipe_folder=str(recipe_file.parent.parent)))
    qtbot.addWidget(w2)
    assert w2.tabs.tabText(0) == "Opskrifter"
    w2.runs.shutdown()


def test_renaming_or_deleting_the_open_recipe_keeps_the_window_right(window, monkeypatch):
    page = window.library_page
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    errors = []
    monkeypatch.setattr(page, "_error", lambda reason: errors.append(str(reason)))
    window.document.push(__import__("workbench.commands", fromlist=["x"]).SetRecipeField(
        "description", "ikke gemt"))
    page.select_path(window.document.path)
    page.rename_selected()
    assert errors and "ikke er gemt" in errors[0]  # refused: unsaved edits
    window.document.undo_stack.undo()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Godkend besked ny", True))
    page.select_path(window.document.path)
    page.rename_selected()
    assert window.document.path.name == "godkend_besked_ny.yaml"
    assert window.document.recipe.name == "Godkend besked ny" and not window.document.dirty
    page.select_path(window.document.path)
    page.delete_selected()
    assert window.document is None and window.editor is None
    assert not window.act_save.isEnabled()


def test_failure_screenshots_are_kept_as_long_as_the_settings_say(qtbot, home):
    import datetime as dt

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    from recipes.history import History
    from tests.unit.test_history_at_rest import a_failed_run
    from workbench.settings_dialog import SettingsDialog

    history = History(home)
    run = a_failed_run(history, dt.datetime.now().astimezone() - dt.timedelta(days=10))
    shot = home / history.steps(run.id)[0]["screenshot"]
    assert load_settings().screenshot_retention_days == 30

    dialog = SettingsDialog(load_settings())
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.retention
    field.selectAll()
    qtbot.keyClicks(field, "7")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert dialog.result() == QDialog.Accepted
    save_settings(dialog.result_settings())
    assert load_settings().screenshot_retention_days == 7

    History(home)
    assert not shot.exists()
    assert History(home).runs("Sag")[0]["status"] == "failed"  # the run's row stays
