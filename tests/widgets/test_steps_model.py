"""StepsTableModel without a view, with qtmodeltester, and undo of every kind of edit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from workbench.editor.commands import InsertSteps, MoveStep, RemoveSteps, ReplaceStep, SetRecipeField
from workbench.editor.document import RecipeDocument
from workbench.editor.steps_model import StepsTableModel


@pytest.fixture
def doc(qapp, recipe_file):
    return RecipeDocument.open(recipe_file)


def test_model_shows_steps_without_a_view(doc):
    model = StepsTableModel(doc)
    assert model.rowCount() == 5 and model.columnCount() == 4
    assert model.data(model.index(1, 1)) == "Klik"
    assert "Godkend" in model.data(model.index(1, 2))
    assert model.data(model.index(1, 3)).startswith("Klik på Godkend")
    assert model.data(model.index(1, 0), Qt.DecorationRole) is not None  # thumbnail from screenshot
    assert model.data(model.index(3, 2)) == "ctrl+s"


def test_qtmodeltester_passes_through_edits(doc, qtmodeltester):
    model = StepsTableModel(doc)
    qtmodeltester.check(model)
    doc.push(InsertSteps(0, [doc.recipe.steps[3]]))
    doc.push(MoveStep(0, 4))
    doc.push(RemoveSteps(1, 2))
    qtmodeltester.check(model)
    doc.undo_stack.undo()
    qtmodeltester.check(model)


def _edits(doc):
    steps = doc.recipe.steps
    changed = steps[1].model_copy(update={"note": "Ny note"})
    return [
        InsertSteps(2, [steps[3], steps[4]]),
        RemoveSteps(0, 2),
        MoveStep(0, 4),
        MoveStep(4, 1),
        ReplaceStep(1, changed, field="note"),
        SetRecipeField("name", "Nyt navn"),
        SetRecipeField("inputs", []),
        SetRecipeField("credentials", [{"name": "andet"}]),
        SetRecipeField("baseline_seconds", 12.5),
    ]


@pytest.mark.parametrize("n", range(9))
def test_every_edit_and_its_undo_leave_an_equal_recipe(doc, n):
    model = StepsTableModel(doc)
    before = doc.recipe.model_copy(deep=True)
    cmd = _edits(doc)[n]
    doc.push(cmd)
    assert doc.recipe != before
    assert doc.dirty
    doc.undo_stack.undo()
    assert doc.recipe == before
    assert model.rowCount() == len(before.steps)
    doc.undo_stack.redo()
    assert doc.recipe != before


def test_moves_announce_rows_so_views_follow(doc, qtbot):
    model = StepsTableModel(doc)
    first = doc.recipe.steps[0]
    with qtbot.waitSignal(model.rowsMoved):
        model.move_rows([0], 3)
    assert doc.recipe.steps[2] is first
    assert model.data(model.index(2, 1)) == "Start program"
    doc.undo_stack.undo()
    assert doc.recipe.steps[0] is first


def test_drop_moves_rows_through_the_undo_stack(doc):
    model = StepsTableModel(doc)
    ids = [s.id for s in doc.recipe.steps]
    data = model.mimeData([model.index(0, 0), model.index(1, 0)])
    assert model.dropMimeData(data, Qt.MoveAction, 5, 0, QModelIndex()) is False
    assert [s.id for s in doc.recipe.steps] == ids[2:] + ids[:2]
    doc.undo_stack.undo()
    assert [s.id for s in doc.recipe.steps] == ids


def test_run_state_marks_current_and_failed_rows(doc):
    model = StepsTableModel(doc)
    model.set_current(1)
    model.set_status(0, "passed")
    model.set_status(2, "failed")
    assert model.data(model.index(1, 0), Qt.BackgroundRole) is not None
    assert model.data(model.index(2, 0), StepsTableModel.StatusRole) == "failed"


def test_typing_a_credential_says_which_part_of_it_goes_into_which_field(qapp):
    from recipes.model import Step
    from pydantic import TypeAdapter

    from workbench.labels import describe_step

    make = TypeAdapter(Step).validate_python
    password = make({"action": "type", "secret": "kommunesag",
                     "target": {"text": "Adgangskode:", "offset": [120, 0]}})
    username = make({"action": "type", "secret": "kommunesag", "field": "username",
                     "target": {"text": "Brugernavn:", "offset": [120, 0]}})
    assert describe_step(password) == "adgangskoden til »kommunesag« i feltet ved tekst »Adgangskode:«"
    assert describe_step(username) == "brugernavnet til »kommunesag« i feltet ved tekst »Brugernavn:«"


def test_a_steps_state_is_said_in_words_and_shown_by_an_icon_not_only_by_colour(doc):
    model = StepsTableModel(doc)
    model.set_current(0)
    model.set_status(1, "passed")
    model.set_status(2, "failed")
    assert model.data(model.index(0, 1)) == "Start program – Kører"
    assert model.data(model.index(1, 1)) == "Klik – Gennemført"
    assert model.data(model.index(2, 1)) == "Skriv – Fejlet"
    assert model.data(model.index(3, 1)) == "Tast"
    assert all(model.data(model.index(r, 1), Qt.DecorationRole) is not None for r in (0, 1, 2))
    assert model.data(model.index(3, 1), Qt.DecorationRole) is None
