"""Recording into the open recipe (with a fake recorder), the library page, and the settings."""

from __future__ import annotations

import threading
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
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
    # In the middle of a recipe the recorder asks where the new steps go.
    answer_where(qtbot, rec, "Efter trin 2: Klik på »Godkend«")
    qtbot.waitUntil(lambda: session.started, timeout=3000)
    assert rec.control.isVisible()
    rec.toggle_pause()
    assert session.paused
    rec.stop()
    qtbot.waitUntil(lambda: len(doc.recipe.steps) == 7, timeout=3000)
    assert doc.recipe.steps[2].id == "godkend_2"  # ids stay unique
    assert [i.name for i in doc.recipe.inputs] == ["cpr", "dato"]
    assert not rec.out.exists()
    assert doc.recorded_seconds is None   # steps in the middle of a recipe: not a whole case
    doc.undo_stack.undo()  # one undo takes the whole recording out again
    assert doc.recipe == before


def answer_where(qtbot, rec, button_text: str) -> None:
    qtbot.waitUntil(lambda: rec.dialog is not None and rec.dialog.isVisible(), timeout=3000)
    box = rec.dialog
    assert box.windowTitle() == "Hvor skal de nye trin ind?"
    (button,) = [b for b in box.buttons() if b.text().replace("&", "").startswith(button_text)]
    qtbot.mouseClick(button, Qt.LeftButton)


def test_recording_in_the_middle_of_a_recipe_can_go_to_its_end(window, qtbot):
    rec = window.recording
    session = FakeSession()
    rec.session_factory = lambda out: session
    rec.builder = fake_builder
    rec.COUNTDOWN = 1
    doc = window.document
    window.editor.steps.select_row(1)
    assert rec.start()
    answer_where(qtbot, rec, "Til sidst")
    qtbot.waitUntil(lambda: session.started, timeout=3000)
    rec.stop()
    qtbot.waitUntil(lambda: len(doc.recipe.steps) == 7, timeout=3000)
    assert [s.id for s in doc.recipe.steps[-2:]][0] == "godkend_2"
    assert doc.recipe.steps[2].id != "godkend_2"


def test_a_whole_case_recorded_into_an_empty_recipe_is_offered_as_a_first_timing(window, qtbot):
    import time

    from recipes.model import Recipe
    from workbench.editor.document import RecipeDocument

    window.set_document(RecipeDocument(Recipe(name="Ny opskrift"),
                                       window.document.path.with_name("ny.yaml")))
    rec = window.recording
    session = FakeSession()
    rec.session_factory = lambda out: session
    rec.builder = fake_builder
    rec.COUNTDOWN = 1
    assert rec.start()
    qtbot.waitUntil(lambda: session.started, timeout=3000)
    time.sleep(1.2)                       # the person works
    rec.stop()
    doc = window.document
    qtbot.waitUntil(lambda: len(doc.recipe.steps) > 0, timeout=3000)
    assert 1.2 <= doc.recorded_seconds < 10
    panel = window.editor.recipe_panel
    qtbot.mouseClick(panel.measure, Qt.LeftButton)
    assert panel.stopwatch.values() == [round(doc.recorded_seconds, 1)]
    assert "(optagelsen)" in panel.stopwatch.samples.item(0).text()
    panel.stopwatch.close()


def open_box(qtbot, window) -> QMessageBox:
    """The message box the workbench shows now (it does not block: it is answered by a click)."""
    from PySide6.QtWidgets import QApplication

    found = []

    def shown():
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=5000)
    return found[0]


def click_button(qtbot, box: QMessageBox, text: str) -> None:
    from PySide6.QtCore import Qt

    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    qtbot.mouseClick(button, Qt.LeftButton)


def secret_builder(out, session):
    from recorders.steps import Built

    recipe = Recipe.model_validate({"name": "optaget", "steps": [
        {"id": "bruger", "action": "type", "text": "sagsbeh"},
        {"id": "adgangskode", "action": "type", "secret": "adgangskode"},
        {"id": "kode2", "action": "type", "secret": "kode2"}],
        "credentials": [{"name": "adgangskode", "username": "sagsbeh"}, {"name": "kode2"}]})
    out.write_text("name: optaget\n")
    return Built(recipe, secrets={"adgangskode": ("sagsbeh", "Sommer2024!"), "kode2": (None, "500")},
                 unsure=[2])


def test_passwords_typed_while_recording_go_to_the_keyring_and_unsure_steps_are_listed(window, qtbot):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
    from fakes import FakeSecrets

    rec = window.recording
    session = FakeSession()
    rec.session_factory = lambda out: session
    rec.builder = secret_builder
    rec.secrets = store = FakeSecrets({})
    rec.COUNTDOWN = 1
    window.editor.steps.select_row(1)  # the new steps go in after step 2: as steps 3, 4 and 5
    assert rec.start()
    answer_where(qtbot, rec, "Efter trin 2")
    qtbot.waitUntil(lambda: session.started, timeout=3000)
    rec.stop()
    for _ in range(2):   # the recipe has a password already: each typed one may be it
        box = open_box(qtbot, window)
        assert box.windowTitle() == "Kendt adgangskode?"
        click_button(qtbot, box, "Nej, en ny adgangskode")
    box = open_box(qtbot, window)
    assert "»adgangskode«" in box.text() and "Sommer2024!" not in box.text()
    assert box.informativeText() == ("Trin 5: skrevet som adgangskode – ret det, hvis det er "
                                     "almindelig tekst")
    click_button(qtbot, box, "Gem i nøgleringen")
    assert store.get("adgangskode", "sagsbeh") == ("sagsbeh", "Sommer2024!")
    assert store.get("kode2", None) == (None, "500")
    assert "adgangskode" in window.statusBar().currentMessage()


def test_a_password_typed_where_the_recipe_has_one_can_be_that_one(window, qtbot):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
    from fakes import FakeSecrets

    rec = window.recording
    session = FakeSession()
    rec.session_factory = lambda out: session
    rec.builder = secret_builder
    rec.secrets = store = FakeSecrets({})
    rec.COUNTDOWN = 1
    doc = window.document
    assert rec.start()
    answer_where(qtbot, rec, "Til sidst")
    qtbot.waitUntil(lambda: session.started, timeout=3000)
    rec.stop()
    box = open_box(qtbot, window)
    assert "(sagsbeh)" in box.text()
    click_button(qtbot, box, "Brug »sagssystem«")          # the first: the recipe's own
    click_button(qtbot, open_box(qtbot, window), "Nej, en ny adgangskode")   # the second: new
    click_button(qtbot, open_box(qtbot, window), "Gem i nøgleringen")
    assert [c.name for c in doc.recipe.credentials] == ["sagssystem", "kode2"]
    typed = [st.secret for st in doc.recipe.steps if getattr(st, "secret", None)]
    assert typed == ["sagssystem", "kode2"]
    assert "sagssystem" not in store.store                 # the recipe's own is left as it is
    assert store.get("kode2", None) == (None, "500")


def leftover_journal(folder, stem):
    """What a workbench killed in the middle of a recording leaves next to the recipe."""
    from recorders.events import RawEvent, click, keys
    from recorders.journal import Journal

    j = Journal(folder / f"{stem}_optagelse_1.yaml", {"layout": "dk"})
    for i, ev in enumerate(click(0.1, 300, 120) + keys(0.5, "Gade 12"), 1):
        ev.seq = i
        j.event(ev)
    j.write({"type": "field", "seq": 3, "masked": False, "why": "clear", "label": None})
    return j


def test_a_leftover_recording_is_offered_and_its_steps_taken_in_by_clicking(window, qtbot):
    from recorders.journal import journal_path

    doc = window.document
    old = leftover_journal(doc.folder, doc.path.stem)
    rec = window.recording
    session = FakeSession()
    rec.session_factory = lambda out: session
    window.editor.steps.select_row(4)
    n = len(doc.recipe.steps)
    assert rec.start()
    box = open_box(qtbot, window)
    assert "ikke blev afsluttet" in box.text() and not session.started
    click_button(qtbot, box, "Hent trinene ind")
    qtbot.waitUntil(lambda: len(doc.recipe.steps) == n + 2, timeout=20000)
    assert [s.action for s in doc.recipe.steps[5:7]] == ["click", "type"]
    assert doc.recipe.steps[6].text == "Gade 12"
    assert not journal_path(old.out).exists() and not old.out.exists()
    assert not session.started  # nothing was recorded on top of it


def test_a_leftover_recording_can_be_deleted_and_a_new_one_starts_clean(window, qtbot):
    from recorders.journal import journal_path

    doc = window.document
    old = leftover_journal(doc.folder, doc.path.stem)
    rec = window.recording
    session = FakeSession()
    rec.session_factory = lambda out: session
    rec.builder = fake_builder
    rec.COUNTDOWN = 1
    assert rec.start()
    click_button(qtbot, open_box(qtbot, window), "Slet den og optag forfra")
    answer_where(qtbot, rec, "Til sidst")
    qtbot.waitUntil(lambda: session.started, timeout=3000)
    assert not journal_path(old.out).exists()
    rec.stop()
    qtbot.waitUntil(lambda: rec.session is None, timeout=3000)


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
        assert w.act_save.iconText() == "Save"
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
    window.document.push(__import__("workbench.editor.commands", fromlist=["x"]).SetRecipeField(
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


def test_a_new_recipe_folder_is_named_in_the_status_bar(qtbot, tmp_path, home, monkeypatch):
    from PySide6.QtCore import QTimer, Qt
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from workbench.main_window import MainWindow
    from workbench.settings import Settings
    from workbench.settings_dialog import SettingsDialog

    old, new = tmp_path / "gammel", tmp_path / "ny_mappe"
    old.mkdir()
    new.mkdir()
    monkeypatch.setattr(SettingsDialog, "exec", QDialog_exec())
    w = MainWindow(Settings(recipe_folder=str(old)))
    qtbot.addWidget(w)
    assert str(old) in w.statusBar().currentMessage()

    def answer():
        dialog = next((d for d in QApplication.topLevelWidgets()
                       if isinstance(d, SettingsDialog) and d.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(50, answer)
            return
        dialog.folder.selectAll()
        qtbot.keyClicks(dialog.folder, str(new))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    QTimer.singleShot(50, answer)
    w.show_settings()
    assert str(new) in w.statusBar().currentMessage()
    assert str(old) not in w.statusBar().currentMessage()
    w.runs.shutdown()


def QDialog_exec():
    from PySide6.QtWidgets import QDialog

    return QDialog.exec


def pictures_builder(out, session):
    """A recording whose step has its picture in the recording's folder of pictures."""
    import cv2
    import numpy as np

    assets = out.parent / f"{out.stem}_assets"
    assets.mkdir()
    cv2.imwrite(str(assets / "01.png"), np.full((20, 40, 3), 200, np.uint8))
    recipe = Recipe.model_validate({"name": "optaget", "steps": [
        {"id": "gem", "action": "click",
         "target": {"image": f"{assets.name}/01.png", "near": [100, 100]}}]})
    out.write_text("name: optaget\n")
    return SimpleNamespace(recipe=recipe, notes=[])


def record_once(window, qtbot):
    rec = window.recording
    session = FakeSession()
    rec.session_factory = lambda out: session
    rec.builder = pictures_builder
    rec.COUNTDOWN = 1
    n = len(window.document.recipe.steps)
    assert rec.start()
    answer_where(qtbot, rec, "Til sidst")
    qtbot.waitUntil(lambda: session.started, timeout=3000)
    rec.stop()
    qtbot.waitUntil(lambda: len(window.document.recipe.steps) == n + 1, timeout=3000)
    (assets,) = window.document.folder.glob("*_optagelse_*_assets")
    return assets


def test_an_undone_recording_leaves_no_pictures_behind_when_the_recipe_is_closed(window, qtbot):
    assets = record_once(window, qtbot)
    assert (assets / "01.png").exists()
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)       # Fortryd: the recording goes
    assert not window.document.dirty
    window.close()                                            # nothing to save: no question
    assert not assets.exists()


def test_a_kept_recording_keeps_its_pictures(window, qtbot):
    assets = record_once(window, qtbot)
    qtbot.keyClick(window, Qt.Key_S, Qt.ControlModifier)       # Gem
    assert not window.document.dirty
    window.close()
    assert (assets / "01.png").exists()


def test_the_stop_recording_keys_are_set_in_indstillinger_and_shown_while_recording(
        window, qtbot, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from workbench.settings import load_settings
    from workbench.settings_dialog import SettingsDialog

    monkeypatch.setattr(SettingsDialog, "exec", QDialog_exec())
    seen = {}

    def answer():
        dialog = next((d for d in QApplication.topLevelWidgets()
                       if isinstance(d, SettingsDialog) and d.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(50, answer)
            return
        ok = dialog.buttons.button(QDialogButtonBox.Ok)
        dialog.stop_key.selectAll()
        qtbot.keyClicks(dialog.stop_key, dialog.hotkey.text())          # the abort keys again
        seen["same"] = (ok.isEnabled(), dialog.hotkey_error.text())
        dialog.stop_key.selectAll()
        qtbot.keyClicks(dialog.stop_key, "ctrl+alt+F9")
        qtbot.mouseClick(ok, Qt.LeftButton)
    QTimer.singleShot(50, answer)
    qtbot.mouseClick(window.toolbar.widgetForAction(window.act_settings), Qt.LeftButton)
    assert seen["same"] == (False, "Nødstop og stop af optagelse skal være forskellige taster.")
    assert load_settings().stop_recording_hotkey == "ctrl+alt+F9"
    rec = window.recording
    session = FakeSession()
    rec.session_factory = lambda out: session
    rec.builder = fake_builder
    rec.COUNTDOWN = 1
    assert rec.start()
    if rec.dialog is not None:
        answer_where(qtbot, rec, "Til sidst")
    qtbot.waitUntil(lambda: session.started, timeout=3000)
    assert rec.control.hotkey.isVisible()
    assert rec.control.hotkey.text() == "Stop optagelsen: Ctrl+Alt+F9"
    rec.stop()
    qtbot.waitUntil(lambda: rec.session is None, timeout=3000)


def test_a_recording_cut_off_last_time_is_offered_as_the_workbench_starts(
        qtbot, qapp, recipe_file, home):
    from recorders.journal import frames_dir, journal_path
    from workbench import app as wb_app

    settings = load_settings()
    settings.recipe_folder = str(recipe_file.parent.parent)
    save_settings(settings)
    old = leftover_journal(recipe_file.parent, recipe_file.stem)
    w = wb_app.build_window(qapp)
    qtbot.addWidget(w)
    box = open_box(qtbot, w)
    assert "»godkend_besked«" in box.text() and "ikke blev afsluttet" in box.text()
    n = 5
    click_button(qtbot, box, "Hent trinene ind")
    qtbot.waitUntil(lambda: w.document is not None and len(w.document.recipe.steps) == n + 2,
                    timeout=20000)
    assert [s.action for s in w.document.recipe.steps[-2:]] == ["click", "type"]
    assert not journal_path(old.out).exists() and not frames_dir(old.out).exists()
    w.runs.shutdown()


def test_declining_a_cut_off_recording_deletes_its_journal_and_pictures(
        qtbot, qapp, recipe_file, home):
    from recorders.journal import frames_dir, journal_path
    from workbench import app as wb_app

    settings = load_settings()
    settings.recipe_folder = str(recipe_file.parent.parent)
    save_settings(settings)
    old = leftover_journal(recipe_file.parent, recipe_file.stem)
    frames_dir(old.out).mkdir(exist_ok=True)
    (frames_dir(old.out) / "000001.png").write_bytes(b"a picture of the screen")
    w = wb_app.build_window(qapp)
    qtbot.addWidget(w)
    click_button(qtbot, open_box(qtbot, w), "Slet optagelsen")
    assert not journal_path(old.out).exists() and not frames_dir(old.out).exists()
    assert w.document is None or len(w.document.recipe.steps) == 5
    w.runs.shutdown()


def noticing_builder(out, session):
    """A recording in which the recorder put in a wait, took a field as a password and turned
    a CPR number into an input."""
    from recorders.steps import Built, Note

    recipe = Recipe.model_validate({"name": "optaget", "steps": [
        {"id": "vent", "action": "wait_for", "target": {"text": "Borgeropslag"}},
        {"id": "kode", "action": "type", "secret": "kode"},
        {"id": "cpr", "action": "type", "text": "{cpr}"}],
        "credentials": [{"name": "kode"}], "inputs": [{"name": "cpr", "sensitive": True}]})
    out.write_text("name: optaget\n")
    return Built(recipe, notes=[
        Note("wait_inserted", 1, {"text": "Borgeropslag"}),
        Note("password_field", 2, {"label": "Kode:", "name": "kode", "unsure": True}),
        Note("input_made", 3, {"input": "cpr"})])


def test_what_the_recorder_noticed_is_reviewed_in_danish_by_step_when_it_stops(window, qtbot):
    rec = window.recording
    session = FakeSession()
    rec.session_factory = lambda out: session
    rec.builder = noticing_builder
    rec.COUNTDOWN = 1
    doc = window.document
    assert rec.start()
    answer_where(qtbot, rec, "Til sidst")
    qtbot.waitUntil(lambda: session.started, timeout=3000)
    rec.stop()
    for _ in range(1):   # the recipe has a password: "kode" is a new one
        click_button(qtbot, open_box(qtbot, window), "Nej, en ny adgangskode")
    qtbot.waitUntil(lambda: rec.review is not None and rec.review.isVisible(), timeout=5000)
    review = rec.review
    lines = [review.list.item(i).text() for i in range(review.list.count())]
    assert lines == [
        "Trin 6: Der er sat en ventetid ind, til »Borgeropslag« vises, fordi skærmen skiftede.",
        "Trin 7: Feltet »Kode:« blev taget som et adgangskodefelt (»kode«): det, der blev "
        "skrevet, er ikke gemt i opskriften. Skærmen viste ikke prikker: ret det, hvis det var "
        "almindelig tekst.",
        "Trin 8: Det indtastede CPR-nummer blev til inddata »cpr«, som der spørges om ved hver "
        "kørsel."]
    review.list.setCurrentRow(1)
    qtbot.mouseClick(review.go, Qt.LeftButton)
    assert window.editor.steps.selected_rows() == [6]
    assert doc.recipe.steps[6].secret == "kode"
    qtbot.wait(200)
    assert review.isVisible()            # it stays until the person closes it
    from PySide6.QtWidgets import QPushButton

    qtbot.mouseClick(next(b for b in review.findChildren(QPushButton) if b.text().replace("&", "") == "OK"),
                     Qt.LeftButton)
    assert not review.isVisible()
