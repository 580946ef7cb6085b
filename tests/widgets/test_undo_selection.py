"""After an undo or a redo the step list and the editor beside it show the same step: the one
highlighted in the list is the one whose anchor and properties are shown (issue 13, item 4).
Steps are chosen by clicking rows; edits, undo and redo by their keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from recipes.history import History
from recipes.model import Recipe
from workbench import recipe_io
from workbench.main_window import MainWindow
from workbench.settings import Settings

STEPS = [{"id": f"knap_{i}", "action": "click", "target": {"text": f"Knap {i}"},
          "note": f"Klik på knap {i}."} for i in range(1, 13)]


@pytest.fixture
def window(qtbot, tmp_path, home):
    folder = tmp_path / "lib" / "tolv_knapper"
    folder.mkdir(parents=True)
    path = folder / "tolv_knapper.yaml"
    recipe_io.save(Recipe.model_validate({"name": "Tolv knapper", "steps": STEPS}), path)
    w = MainWindow(Settings(recipe_folder=str(folder.parent)), history=History(home))
    qtbot.addWidget(w)
    assert w.open_recipe(path)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    yield w
    w.runs.shutdown()


def click_step(qtbot, window, number: int, modifier=Qt.NoModifier) -> None:
    table = window.editor.steps.table
    index = table.model().index(number - 1, 2)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, modifier, table.visualRect(index).center())


def press(qtbot, window, key, modifier=Qt.NoModifier) -> None:
    qtbot.keyClick(window.editor.steps.table, key, modifier)


def assert_list_and_editor_agree(window) -> None:
    """The one step highlighted in the list is the step the anchor editor and the properties
    show: its number in the anchor's title, its anchor text, its note."""
    editor = window.editor
    highlighted = editor.steps.selected_rows()
    assert len(highlighted) == 1, f"the list highlights {highlighted}"
    (row,) = highlighted
    step = window.document.recipe.steps[row]
    assert editor.anchor_title.text() == f"Anker for trin {row + 1}"
    assert editor.anchor.text.text() == step.target.text
    assert editor.form.editors[("", "id")].value() == step.id
    assert editor.form.editors[("", "note")].value() == step.note


def test_undoing_a_delete_above_the_selected_step(window, qtbot):
    click_step(qtbot, window, 3)
    press(qtbot, window, Qt.Key_Delete)                  # step 3 (Knap 3) is gone
    click_step(qtbot, window, 10)                        # Knap 11
    assert_list_and_editor_agree(window)
    press(qtbot, window, Qt.Key_Z, Qt.ControlModifier)   # Knap 3 is back above it
    assert_list_and_editor_agree(window)
    press(qtbot, window, Qt.Key_Y, Qt.ControlModifier)
    assert_list_and_editor_agree(window)


def test_undoing_inserted_steps_the_selection_was_in(window, qtbot):
    click_step(qtbot, window, 6)
    click_step(qtbot, window, 10, Qt.ShiftModifier)      # steps 6 to 10
    press(qtbot, window, Qt.Key_D, Qt.ControlModifier)   # duplicated after step 10
    assert len(window.document.recipe.steps) == 17
    click_step(qtbot, window, 13)                        # one of the copies
    assert_list_and_editor_agree(window)
    press(qtbot, window, Qt.Key_Z, Qt.ControlModifier)   # the copies are gone
    assert len(window.document.recipe.steps) == 12
    assert_list_and_editor_agree(window)
    press(qtbot, window, Qt.Key_Y, Qt.ControlModifier)
    assert_list_and_editor_agree(window)


def test_moving_a_step_and_undoing_it(window, qtbot):
    click_step(qtbot, window, 4)
    press(qtbot, window, Qt.Key_Down, Qt.ControlModifier)   # Knap 4 is step 5 now
    assert_list_and_editor_agree(window)
    assert window.document.recipe.steps[4].target.text == "Knap 4"
    click_step(qtbot, window, 8)
    press(qtbot, window, Qt.Key_Z, Qt.ControlModifier)
    assert_list_and_editor_agree(window)
    press(qtbot, window, Qt.Key_Y, Qt.ControlModifier)
    assert_list_and_editor_agree(window)
