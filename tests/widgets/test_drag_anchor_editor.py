"""The anchor editor on a drag step: "Fra" edits `target`, "Til" edits `to`, with the same box,
point, text, image and "Find nu" tools, every edit undoable back to an equal recipe."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from recipes.match import Match
from recipes.model import Recipe
from recipes.ports import Frame
from workbench import recipe_io
from workbench.anchor_geometry import anchor_box, click_point
from workbench.editor.document import RecipeDocument
from workbench.editor.page import EditorPage
from workbench.live_find import find_in_frame

DRAG = {"id": "traek", "action": "drag", "screenshot": "shots/screen.png",
        "target": {"text": "Godkend", "near": [300, 200], "size": [90, 30], "offset": [-30, 0]},
        "to": {"text": "Afvis", "near": [410, 200], "size": [90, 30]},
        "note": "Træk fra Godkend til Afvis."}


@pytest.fixture
def editor(qtbot, recipe_file):
    recipe = recipe_io.load(recipe_file)
    recipe_io.save(Recipe.model_validate({**recipe.model_dump(exclude_defaults=True),
                                          "steps": [*recipe.model_dump()["steps"][:2], DRAG]}),
                   recipe_file)
    page = EditorPage(RecipeDocument.open(recipe_file))
    qtbot.addWidget(page)
    page.resize(1600, 900)
    page.show()
    page.steps.select_row(2)
    return page


def drag_box(qtbot, canvas, by: QPoint) -> None:
    centre = canvas.to_widget(canvas.box).center().toPoint()
    qtbot.mousePress(canvas, Qt.LeftButton, pos=centre)
    qtbot.mouseMove(canvas, centre + by)
    qtbot.mouseRelease(canvas, Qt.LeftButton, pos=centre + by)


def test_a_drag_step_offers_fra_and_til_and_shows_the_other_end_dashed(editor):
    anchor = editor.anchor
    step = editor.document.recipe.steps[2]
    assert anchor.ends.isVisible() and anchor.end_from.isChecked() and anchor.part == "target"
    assert anchor.canvas.label == "Fra" and anchor.canvas.box.getRect() == anchor_box(step.target)
    assert anchor.canvas.companion[0].getRect() == anchor_box(step.to)
    anchor.end_to.click()
    assert anchor.part == "to" and anchor.end_to.isChecked() and anchor.canvas.label == "Til"
    assert anchor.canvas.box.getRect() == anchor_box(step.to)
    assert anchor.canvas.point == click_point(step.to)
    assert anchor.canvas.companion[0].getRect() == anchor_box(step.target)
    assert anchor.text.text() == "Afvis" and "slippes" in anchor.help.text()
    editor.steps.select_row(1)  # a click step: no ends to choose, and its own target shown
    assert not anchor.ends.isVisible() and anchor.part == "target"
    assert anchor.canvas.companion is None


def test_editing_the_til_anchor_changes_only_to_and_undoes_to_the_original(editor, qtbot,
                                                                           recipe_file):
    doc, anchor, canvas = editor.document, editor.anchor, editor.anchor.canvas
    before = doc.recipe.model_copy(deep=True)
    anchor.end_to.click()

    drag_box(qtbot, canvas, QPoint(30, 15))  # move the box
    spot = canvas.to_widget(canvas.box).topLeft().toPoint() + QPoint(3, 3)
    qtbot.mouseClick(canvas, Qt.LeftButton, pos=spot)  # where the button is let go
    anchor.text.setText("Afvis sagen")
    anchor.text.editingFinished.emit()
    anchor.kind_image.click()  # cut the box out of the screenshot

    to = doc.recipe.steps[2].to
    assert to.near != before.steps[2].to.near and to.offset != (0, 0)
    assert to.image == "anchors/traek_til.png" and to.text is None
    assert (recipe_file.parent / "anchors" / "traek_til.png").exists()
    assert doc.recipe.steps[2].target == before.steps[2].target  # "Fra" untouched
    assert doc.undo_stack.count() == 4 and "(til)" in doc.undo_stack.text(0)

    anchor.end_from.click()
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.recipe == before
    assert anchor.part == "to"  # the undo shows the end it changed
    assert canvas.box.getRect() == anchor_box(before.steps[2].to)


def test_editing_the_fra_anchor_of_a_drag_leaves_til_alone(editor, qtbot):
    doc = editor.document
    before = doc.recipe.model_copy(deep=True)
    drag_box(qtbot, editor.anchor.canvas, QPoint(-20, 10))
    assert doc.recipe.steps[2].target.near != before.steps[2].target.near
    assert doc.recipe.steps[2].to == before.steps[2].to
    doc.undo_stack.undo()
    assert doc.recipe == before


def test_find_now_searches_the_end_that_is_shown(editor, qtbot):
    searched = []

    class Loc:
        def candidates(self, frame, target):
            searched.append(target.text)
            return [Match(365, 185, 90, 30, 0.93)]

    class Finder:
        def find(self, target):
            return find_in_frame(Loc(), Frame(np.zeros((600, 800, 3), np.uint8)), target)

    editor.anchor.finder = Finder()
    editor.anchor.end_to.click()
    editor.anchor.find_now()
    qtbot.waitUntil(lambda: not editor.anchor.finding)   # it searches off the GUI thread
    assert searched == ["Afvis"] and "0,93" in editor.anchor.status.text()
    assert editor.anchor.canvas.companion is None  # the live screen has no recorded other end


def test_the_properties_call_a_drags_targets_fra_and_til(editor):
    from PySide6.QtWidgets import QGroupBox

    titles = [b.title() for b in editor.form.body.findChildren(QGroupBox)]
    assert titles[:2] == ["Fra (anker)", "Til (anker)"]


def test_a_failed_drag_end_is_shown_and_fixed_as_til(editor):
    from recipes.run import StepResult
    from workbench.running.failure_view import FailureView, failed_part

    step = editor.document.recipe.steps[2]
    result = StepResult(2, "traek", "drag", status="failed", found=Match(255, 185, 90, 30, 1.0),
                        message="the drag's end (to) text 'Afvis' was not found within 10 s")
    assert failed_part(step, result) == "to"
    view = FailureView()
    view.show_failure(2, step, result, editor.document)
    assert "Afvis" in view.reason.text() and "slutter" in view.reason.text()
    assert failed_part(step, StepResult(2, "traek", "drag", status="failed")) == "target"


def test_ret_anker_after_a_drag_that_missed_its_end_opens_til(qtbot, recipe_file, home,
                                                              monkeypatch):
    from recipes.history import History
    from workbench.running import inputs_dialog
    from workbench.main_window import MainWindow
    from workbench.settings import Settings
    from wb_fakes import ALL_FOUND, env_factory

    recipe = recipe_io.load(recipe_file)
    recipe_io.save(Recipe.model_validate({**recipe.model_dump(exclude_defaults=True),
                                          "steps": [*recipe.model_dump()["steps"][:2], DRAG]}),
                   recipe_file)
    monkeypatch.setattr(inputs_dialog, "answer_for_tests", lambda recipe: {"cpr": "010203-1234"})
    window = MainWindow(Settings(recipe_folder=str(recipe_file.parent.parent),
                                 minimize_during_run=False), history=History(home))
    qtbot.addWidget(window)
    window.open_recipe(recipe_file)
    try:
        window.runs.env_factory = env_factory(ALL_FOUND)  # "Godkend" is there, "Afvis" is not
        assert window.runs.run()
        qtbot.waitUntil(lambda: window.runs.last_run is not None, timeout=10000)
        assert window.runs.last_run.failed_step.index == 2
        failure = window.runs.panel.failure
        assert "hvor trækket slutter" in failure.reason.text()
        failure.editAnchor.emit(2)
        anchor = window.editor.anchor
        assert anchor.index == 2 and anchor.part == "to" and anchor.end_to.isChecked()
        assert anchor.canvas.matches  # the candidates the robot saw at the failure
    finally:
        window.runs.shutdown()


def test_the_step_picture_of_a_drag_shows_both_ends(editor):
    from PySide6.QtGui import QColor

    from workbench.thumbnails import ANCHOR_COLOUR, THUMB, step_thumbnail

    doc = editor.document
    pix = step_thumbnail(doc, doc.recipe.steps[2], THUMB).toImage()
    # Along the middle row: the left and right edges of two anchor frames (Godkend, Afvis).
    blue = QColor(ANCHOR_COLOUR)
    row = [pix.pixelColor(x, pix.height() // 2 + 3) == blue for x in range(pix.width())]
    edges = sum(1 for x in range(1, len(row)) if row[x] and not row[x - 1])
    assert edges == 4
