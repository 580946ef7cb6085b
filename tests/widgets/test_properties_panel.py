"""The properties panel speaks the user's language (issue 13, items 11 and 10): what the step
looks for (the words, or a thumbnail of the picture), where it clicks (a marker dragged on the
anchor, and a sentence), how long it waits, what happens on failure; the raw fields under a
closed "Avanceret"; and no sideways scrollbar beside the program at 1100-1360 px."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel

from recipes.history import History
from workbench import recipe_io
from workbench.main_window import MainWindow
from workbench.settings import Settings


@pytest.fixture
def window(qtbot, recipe_file, home):
    w = MainWindow(Settings(recipe_folder=str(recipe_file.parent.parent),
                            minimize_during_run=False), history=History(home))
    qtbot.addWidget(w)
    w.open_recipe(recipe_file)
    w.resize(1280, 860)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    yield w
    w.runs.shutdown()


def shown_words(form) -> list[str]:
    """The headings, labels and ticks a person sees in the panel from the top down, leaving out
    the closed Avanceret."""
    seen = []
    for w in form.findChildren(QLabel) + form.findChildren(QAbstractButton) + \
            form.findChildren(QGroupBox):
        if w.isVisible() and not form.advanced.content.isAncestorOf(w):
            text = w.title() if isinstance(w, QGroupBox) else w.text()
            seen.append((w.mapTo(form, QPoint(0, 0)).y(), text))
    return [text for _y, text in sorted(seen)]


def test_a_click_on_a_text_says_the_words_and_where_it_clicks(window):
    form = window.editor.form
    window.editor.steps.select_row(1)                       # click »Godkend«
    text = form.editors[("target", "text")].editor
    assert text.isVisible() and text.text() == "Godkend"
    words = shown_words(form)
    assert "Klikker midt på teksten »Godkend«." in words
    raw = [w for w in words if "Forskydning" in w or "Punkt" in w or "Nær" in w
           or "Område" in w or "Pixelprøve" in w or "Størrelse" in w]
    assert raw == []
    # In the order a person decides: what, where, how long, then on failure.
    order = [w for w in words if w in ("Leder efter", "Hvor der klikkes", "Ventetid",
                                       "Hvis trinnet fejler", "Avanceret")]
    assert order == ["Leder efter", "Hvor der klikkes", "Ventetid", "Hvis trinnet fejler",
                     "Avanceret"]
    assert any("standarden fra Indstillinger, 10 sekunder" in w for w in words)
    timeout = form.editors[("", "timeout")].editor
    assert timeout.text() == "" and timeout.placeholderText() == "10"   # none of its own
    assert any("Kørslen stopper her" in w for w in words)


def test_dragging_the_marker_sets_the_offset_in_the_saved_recipe_and_ctrl_z_undoes_it(
        window, qtbot, recipe_file):
    form = window.editor.form
    window.editor.steps.select_row(1)
    picker = form.sections["target"].picker
    assert picker.isVisible()
    start = picker.marker_pos().toPoint()
    QTest.mousePress(picker, Qt.LeftButton, Qt.NoModifier, start)
    QTest.mouseMove(picker, start + QPoint(20, 0))
    QTest.mouseMove(picker, start + QPoint(60, 1))
    QTest.mouseRelease(picker, Qt.LeftButton, Qt.NoModifier, start + QPoint(60, 1))
    dx, dy = window.editor.document.recipe.steps[1].target.offset
    assert dx > 20 and abs(dy) <= 1
    assert (picker.marker_pos().toPoint() - (start + QPoint(60, 1))).manhattanLength() <= 3
    sentence = form.sections["target"].sentence.text()
    assert "til højre" in sentence and "»Godkend«" in sentence
    assert form.editors[("target", "offset")].value() == (dx, dy)   # Avanceret says the same
    qtbot.keyClick(window, Qt.Key_S, Qt.ControlModifier)             # Gem
    assert recipe_io.load(recipe_file).steps[1].target.offset == (dx, dy)
    saved = recipe_file.read_text(encoding="utf-8")
    assert f"offset:\n    - {dx}\n    - {dy}" in saved or f"offset: [{dx}, {dy}]" in saved
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)             # Fortryd: one drag, one step
    assert window.editor.document.recipe.steps[1].target.offset == (0, 0)
    assert form.sections["target"].sentence.text() == "Klikker midt på teksten »Godkend«."


def test_an_image_anchor_shows_a_thumbnail_not_its_path(window):
    window.editor.steps.select_row(1)
    window.editor.anchor.kind_image.click()          # cut the box out: an image anchor
    assert window.editor.document.recipe.steps[1].target.image == "anchors/godkend.png"
    section = window.editor.form.sections["target"]
    assert section.thumbnail.isVisible()
    pixmap = section.thumbnail.pixmap()
    assert not pixmap.isNull() and (pixmap.width(), pixmap.height()) == (90, 30)
    words = shown_words(window.editor.form)
    assert not any("anchors/" in w for w in words)
    assert "Klikker midt på billedet." in words
    assert any(b.text() == "Ret anker" and b.isVisible()
               for b in section.findChildren(QAbstractButton))


def test_ret_anker_brings_the_anchor_editor_forward(window):
    editor = window.editor
    editor.steps.select_row(1)
    editor.split.setSizes([700, 0, 500])              # the picture had given way
    fix = [b for b in editor.form.sections["target"].findChildren(QAbstractButton)
           if b.text() == "Ret anker"][0]
    fix.click()
    assert editor.split.sizes()[1] >= editor.anchor.minimumSizeHint().width()
    assert QApplication.focusWidget() is editor.anchor.canvas


def test_avanceret_is_closed_and_opens_on_the_other_fields(window, qtbot):
    form = window.editor.form
    window.editor.steps.select_row(1)
    advanced_fields = [("target", k) for k in ("offset", "near", "region", "index", "count",
                                               "patch", "size", "similarity", "image")]
    advanced_fields += [("", "id"), ("", "screenshot")]
    assert not form.advanced.is_open()
    assert not any(form.editors[f].isVisible() for f in advanced_fields)
    qtbot.mouseClick(form.advanced.toggle, Qt.LeftButton)
    assert form.advanced.is_open()
    assert all(form.editors[f].isVisible() for f in advanced_fields)
    assert form.editors[("target", "near")].editor.text() == "300, 200"
    # Still editable, through the undo stack like the rest.
    near = form.editors[("target", "near")]
    near.editor.selectAll()
    qtbot.keyClicks(near.editor, "310, 200")
    assert window.editor.document.recipe.steps[1].target.near == (310, 200)
    window.editor.document.undo_stack.undo()
    assert window.editor.document.recipe.steps[1].target.near == (300, 200)
    # A person who opened it finds it open at the next step too.
    window.editor.steps.select_row(2)
    assert form.advanced.is_open()


@pytest.mark.parametrize("width", [1100, 1360])
def test_beside_the_program_the_properties_need_no_sideways_scrollbar(window, qtbot, width):
    window.resize(width, 860)
    qtbot.waitUntil(lambda: window.width() == width)
    area = window.editor.tabs.widget(0)
    form = window.editor.form
    for row in range(len(window.editor.document.recipe.steps)):
        window.editor.steps.select_row(row)
        for opened in (False, True):
            form.advanced.set_open(opened)
            QApplication.processEvents()
            assert not area.horizontalScrollBar().isVisible(), (row, opened)


def test_a_step_without_its_own_timeout_keeps_the_settings_default_when_the_note_is_edited(
        window, qtbot):
    window.editor.steps.select_row(1)
    note = window.editor.form.editors[("", "note")].editor
    note.selectAll()
    qtbot.keyClicks(note, "Godkend sagen")
    step = window.editor.document.recipe.steps[1]
    assert step.note == "Godkend sagen" and "timeout" not in step.model_fields_set
    timeout = window.editor.form.editors[("", "timeout")].editor
    timeout.selectAll()
    qtbot.keyClicks(timeout, "25")                    # one of its own
    assert window.editor.document.recipe.steps[1].timeout == 25


def test_typing_plain_text_offers_no_password_field_nor_a_credential_a_text(window, qtbot):
    """From the first-hour trial: a recorded step that typed a CPR number showed "Felt:
    Adgangskode" under Avanceret, and a password step an empty "Skriv" field."""
    form = window.editor.form
    window.editor.steps.select_row(2)                       # types {cpr}
    qtbot.mouseClick(form.advanced.toggle, Qt.LeftButton)
    assert ("", "field") not in form.editors
    assert form.editors[("", "text")].editor.text() == "{cpr}"
