"""A point in a window in the workbench: said in Danish in the step list, edited in the form
without losing its window, drawn where it was clicked, and its failures worded in Danish."""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter

from recipes import errors
from recipes.model import Step
from workbench.editor.document import RecipeDocument
from workbench.editor.page import EditorPage
from workbench.labels import describe_step, readable_title
from workbench.run_words import problem_words

make = TypeAdapter(Step).validate_python
CLICK = {"id": "skriv_her", "action": "click", "screenshot": "shots/screen.png",
         "target": {"window": r"^Untitled\ \-\ Notepad$", "point": [120, 80], "near": [420, 280]},
         "note": "Klik i vinduet »Untitled - Notepad« ved (120, 80)."}


@pytest.fixture
def editor(qtbot, recipe_file):
    doc = RecipeDocument.open(recipe_file)
    doc.recipe.steps.insert(2, make(CLICK))
    page = EditorPage(doc)
    qtbot.addWidget(page)
    page.resize(1600, 900)
    page.show()
    return page


def _type(qtbot, field_editor, text):
    field_editor.editor.selectAll()
    qtbot.keyClicks(field_editor.editor, text)


def test_the_step_list_says_where_in_which_window(qapp):
    assert describe_step(make(CLICK)) == "i vinduet »Untitled - Notepad« ved (120, 80)"
    typing = make({"action": "type", "text": "Hej",
                   "target": {"window": "Notepad", "point": [5, 6]}})
    assert describe_step(typing) == "»Hej« i vinduet »Notepad« ved (5, 6)"
    assert readable_title(r"^Sag\ \{x\}\ {cpr}$") == "Sag {x} {cpr}"
    assert readable_title("Sag.*17") == "Sag.*17"   # a real pattern is shown as written


def test_editing_the_note_keeps_the_window_and_the_window_can_be_edited(editor, qtbot):
    editor.steps.select_row(2)
    before = editor.document.recipe.model_copy(deep=True)
    window = editor.form.editors[("target", "window")]
    assert window.editor.text() == r"^Untitled\ \-\ Notepad$"
    _type(qtbot, editor.form.editors[("", "note")], "Klik midt i teksten")
    step = editor.document.recipe.steps[2]
    assert step.note == "Klik midt i teksten"
    assert (step.target.window, step.target.point, step.target.near) == (
        r"^Untitled\ \-\ Notepad$", (120, 80), (420, 280))
    _type(qtbot, window, "Notepad (")   # not a regular expression: refused, in Danish
    assert window.error.isVisible()
    assert window.error.text().startswith("»Notepad (« er ikke et gyldigt regulært udtryk")
    assert editor.document.recipe.steps[2].target.window == "Notepad "   # the last valid one
    _type(qtbot, window, "Notesblok")
    assert editor.document.recipe.steps[2].target.window == "Notesblok"
    assert not window.error.isVisible()
    while editor.document.undo_stack.canUndo():
        editor.document.undo_stack.undo()
    assert editor.document.recipe == before


def test_a_window_without_a_point_is_refused_under_the_window_field(editor, qtbot):
    editor.steps.select_row(2)
    point = editor.form.editors[("target", "point")]
    point.editor.selectAll()
    point.editor.del_()
    editor.form._edited("target", "point")
    window = editor.form.editors[("target", "window")]
    assert "skal have et punkt" in window.error.text()
    assert editor.document.recipe.steps[2].target.point == (120, 80)


def test_the_anchor_editor_draws_the_point_where_it_was_clicked(editor):
    editor.steps.select_row(2)
    assert editor.anchor.canvas.point == (420, 280)


def test_find_now_shows_the_point_in_the_live_window(editor, qtbot):
    import numpy as np

    from recipes.ports import Frame, Window
    from workbench.live_find import find_in_window

    class Desktop:
        def __init__(self, *windows):
            self.windows = windows

        def find_windows(self, pattern):
            import re
            return [w for w in self.windows if re.search(pattern, w.title, re.I)]

    notepad = Window(1, "Untitled - Notepad", 500, 300, 640, 480)

    class Finder:
        desktop = Desktop(notepad)

        def find(self, target):
            return find_in_window(self.desktop, Frame(np.zeros((900, 1400, 3), np.uint8)), target)

    editor.anchor.finder = Finder()
    editor.steps.select_row(2)
    editor.anchor.find_now()
    qtbot.waitUntil(lambda: not editor.anchor.finding)   # it searches off the GUI thread
    assert editor.anchor.status.text().startswith("Fundet ved (620, 380)")
    Finder.desktop = Desktop(notepad, Window(2, "Untitled - Notepad", 0, 0, 640, 480))
    editor.anchor.find_now()
    qtbot.waitUntil(lambda: not editor.anchor.finding)   # it searches off the GUI thread
    status = editor.anchor.status.text()
    assert "Findes flere steder" in status and "2 kandidater: 1,00, 1,00" in status, status


@pytest.mark.parametrize("error, danish", [
    (errors.AmbiguousWindow("Notepad", ["a - Notepad", "b - Notepad"], focusing=False),
     "titlen »Notepad« passer til 2 vinduer (»a - Notepad«; »b - Notepad«); intet blev gjort. "
     "Gør mønsteret så præcist, at kun ét vindue passer, fx ^Titel$."),
    (errors.WindowMoving("Notepad", "Untitled - Notepad", 10),
     "vinduet »Untitled - Notepad« blev ikke stående ét sted inden for 10 s (det var ved at åbne "
     "eller flytte sig); intet blev gjort"),
    (errors.WindowPointOutside("Notepad", "Untitled - Notepad", 120, 80, 100, 60),
     "punktet (120, 80) ligger uden for vinduet »Untitled - Notepad«, som nu kun er 100 × 60 "
     "punkter; intet blev gjort. Gør vinduet lige så stort som ved optagelsen, eller optag "
     "trinnet igen."),
    (errors.WindowPointCovered("Notepad", "Untitled - Notepad", 120, 80, "Gem ændringer?"),
     "punktet (120, 80) i vinduet »Untitled - Notepad« er dækket af vinduet »Gem ændringer?«; "
     "intet blev gjort"),
    (errors.WindowPointCovered("Notepad", "Untitled - Notepad", 120, 80, None),
     "punktet (120, 80) i vinduet »Untitled - Notepad« er dækket af noget, der ikke er et vindue "
     "(en menu eller en pop op-boks); intet blev gjort"),
    (errors.WindowNotFound(r"^Untitled\ \-\ Notepad$", 10),
     r"intet vindue med en titel, der passer til »^Untitled\ \-\ Notepad$«, kom frem inden for "
     "10 s"),
])
def test_the_failures_of_a_point_in_a_window_are_said_in_danish(qapp, error, danish):
    assert problem_words(error.problem()) == danish
