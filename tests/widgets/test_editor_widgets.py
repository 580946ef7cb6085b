"""The editor's views: properties panel validation in Danish, anchor editor edits, step list edits,
all undoable back to an equal recipe."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from workbench.editor.document import RecipeDocument
from workbench.editor.page import EditorPage


@pytest.fixture
def editor(qtbot, recipe_file):
    doc = RecipeDocument.open(recipe_file)
    page = EditorPage(doc)
    qtbot.addWidget(page)
    page.resize(1600, 900)
    page.show()
    return page


def _type(qtbot, field_editor, text):
    field_editor.editor.selectAll()
    qtbot.keyClicks(field_editor.editor, text)


def test_an_invalid_value_is_shown_in_danish_and_not_applied(editor, qtbot):
    editor.steps.select_row(1)
    before = editor.document.recipe.model_copy(deep=True)
    timeout = editor.form.editors[("", "timeout")]
    _type(qtbot, timeout, "-3")
    assert "større end 0" in timeout.error.text() and timeout.error.isVisible()
    assert editor.document.recipe == before
    _type(qtbot, timeout, "abc")
    assert "tal" in timeout.error.text()
    text = editor.form.editors[("target", "text")]
    text.editor.clear()
    qtbot.keyClick(text.editor, Qt.Key_Backspace)  # an emptied text: no anchor left at all?
    assert editor.document.recipe.steps[1].target.text == "Godkend" or text.error.isVisible()


def test_typing_a_valid_value_is_one_undo_step(editor, qtbot):
    editor.steps.select_row(1)
    before = editor.document.recipe.model_copy(deep=True)
    note = editor.form.editors[("", "note")]
    _type(qtbot, note, "Tryk på knappen")
    assert editor.document.recipe.steps[1].note == "Tryk på knappen"
    assert editor.document.undo_stack.count() == 1  # every keystroke merged into one edit
    editor.document.undo_stack.undo()
    assert editor.document.recipe == before
    assert note.editor.text() == before.steps[1].note  # the form follows the undo


def test_editing_one_field_keeps_every_other_field_of_the_step(editor, qtbot):
    # `once: true` (start the program only for the first row) must survive an edit of the note.
    editor.steps.select_row(0)
    before = editor.document.recipe.model_copy(deep=True)
    _type(qtbot, editor.form.editors[("", "note")], "Start beskeden")
    step = editor.document.recipe.steps[0]
    assert step.note == "Start beskeden" and step.once is True
    once = editor.form.editors[("", "once")]
    assert once.value() is True
    once.editor.click()                       # the person unticks "Kun ved første række"
    assert editor.document.recipe.steps[0].once is False
    while editor.document.undo_stack.canUndo():
        editor.document.undo_stack.undo()
    assert editor.document.recipe == before


def test_changing_the_action_keeps_the_target_and_undoes(editor, qtbot):
    editor.steps.select_row(1)
    before = editor.document.recipe.model_copy(deep=True)
    editor.form.action.setCurrentIndex(editor.form.action.findData("double_click"))
    step = editor.document.recipe.steps[1]
    assert step.action == "double_click" and step.target.text == "Godkend"
    editor.document.undo_stack.undo()
    assert editor.document.recipe == before


def test_moving_the_anchor_box_and_setting_the_click_point_undo(editor, qtbot):
    editor.steps.select_row(1)
    before = editor.document.recipe.model_copy(deep=True)
    canvas = editor.anchor.canvas
    centre = canvas.to_widget(canvas.box).center().toPoint()
    qtbot.mousePress(canvas, Qt.LeftButton, pos=centre)
    qtbot.mouseMove(canvas, centre + QPoint(40, 20))
    qtbot.mouseRelease(canvas, Qt.LeftButton, pos=centre + QPoint(40, 20))
    moved = editor.document.recipe.steps[1].target
    assert moved.near != before.steps[1].target.near
    assert moved.offset == before.steps[1].target.offset
    # a plain click sets the click point (the offset from the anchor's centre)
    spot = canvas.to_widget(canvas.box).topLeft().toPoint() + QPoint(2, 2)
    qtbot.mouseClick(canvas, Qt.LeftButton, pos=spot)
    assert editor.document.recipe.steps[1].target.offset != (0, 0)
    editor.document.undo_stack.undo()
    editor.document.undo_stack.undo()
    assert editor.document.recipe == before


def test_switching_to_an_image_anchor_cuts_the_box_out(editor, recipe_file):
    editor.steps.select_row(1)
    before = editor.document.recipe.model_copy(deep=True)
    editor.anchor.kind_image.click()
    target = editor.document.recipe.steps[1].target
    assert target.image == "anchors/godkend.png" and target.text is None
    assert (recipe_file.parent / "anchors" / "godkend.png").exists()
    editor.document.undo_stack.undo()
    assert editor.document.recipe == before


def test_proposing_the_ocr_text_of_the_box(editor):
    editor.anchor.ocr_reader = lambda pixels: "Godkend" if pixels.shape[1] == 90 else "?"
    editor.steps.select_row(1)
    editor.anchor.propose_text()
    assert editor.anchor.text.text() == "Godkend"


def test_find_now_shows_the_match_and_rivals(editor, qtbot):
    from recipes.match import Match
    from recipes.ports import Frame
    from workbench.live_find import find_in_frame
    import numpy as np

    class Loc:
        def candidates(self, frame, target):
            return [Match(255, 185, 90, 30, 0.96), Match(365, 185, 90, 30, 0.61)]

    class Finder:
        def find(self, target):
            return find_in_frame(Loc(), Frame(np.zeros((600, 800, 3), np.uint8)), target)

    editor.anchor.finder = Finder()
    editor.steps.select_row(1)
    editor.anchor.find_now()
    qtbot.waitUntil(lambda: not editor.anchor.finding)   # it searches off the GUI thread
    status = editor.anchor.status.text()
    assert "0,96" in status and "1 anden kandidat: 0,61" in status
    assert len(editor.anchor.canvas.matches) == 2


def test_step_list_insert_duplicate_delete_move_undo_to_equal(editor):
    doc = editor.document
    before = doc.recipe.model_copy(deep=True)
    editor.steps.select_row(1)
    editor.steps.insert_step("wait")
    assert doc.recipe.steps[2].action == "wait"
    editor.steps.select_row(2)
    editor.steps.duplicate()
    editor.steps.select_row(0)
    editor.steps.move(1)
    assert doc.recipe.steps[1].id == "start"
    editor.steps.select_row(3)
    editor.steps.delete()
    assert len(doc.recipe.steps) == 6
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.recipe == before


def test_recipe_inputs_and_fields_are_edited_with_undo(editor, qtbot):
    doc = editor.document
    before = doc.recipe.model_copy(deep=True)
    panel = editor.recipe_panel
    _type(qtbot, panel.name, "Ny titel")
    assert doc.recipe.name == "Ny titel"
    panel.inputs._add()
    assert len(doc.recipe.inputs) == 2
    panel.inputs.table.item(1, 0).setText("1forkert")
    assert not panel.inputs.error.isHidden() and len(doc.recipe.inputs) == 2
    assert doc.recipe.inputs[1].name != "1forkert"
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.recipe == before


def test_a_credential_password_goes_to_the_keyring_only(editor, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    stored = {}

    class Keyring:
        def set(self, service, username, password):
            stored[service] = (username, password)

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Sommer2024!", True))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    assert editor.recipe_panel.store_password(secrets=Keyring())
    assert stored == {"sagssystem": (None, "Sommer2024!")}
    assert "Sommer2024!" not in editor.document.path.read_text()
    assert not editor.document.dirty


def test_an_unknown_placeholder_is_flagged_and_blocks_saving(editor, qtbot, recipe_file):
    before = recipe_file.read_bytes()
    editor.steps.select_row(2)  # type {cpr}
    text = editor.form.editors[("", "text")]
    _type(qtbot, text, "{navn}")
    assert "{navn}" in editor.form.form_error.text() and not editor.form.form_error.isHidden()
    with pytest.raises(Exception):
        editor.document.save()
    assert recipe_file.read_bytes() == before


def test_the_step_context_menu_offers_the_edits(editor):
    editor.steps.select_row(1)
    texts = [a.text().replace("&", "") for a in editor.steps.context_menu().actions()]
    assert "Dupliker" in texts and "Slet" in texts and "Indsæt trin efter" in texts
