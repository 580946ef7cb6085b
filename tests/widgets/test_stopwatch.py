"""Stopur: a person times cases done by hand; the median becomes the recipe's measured manual
time (with its samples, who and when), one undoable change; a figure typed in replaces it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from recipes.model import Recipe
from workbench.editor.document import RecipeDocument
from workbench.editor.recipe_panel import RecipePanel
from workbench.editor.stopwatch import StopwatchDialog

from conftest import SAMPLE


class Clock:
    def __init__(self):
        self.t = 100.0

    def __call__(self):
        return self.t


def test_three_cases_timed_by_hand_become_the_measured_manual_time(qtbot):
    doc = RecipeDocument(Recipe.model_validate({**SAMPLE, "baseline_seconds": 45}))
    clock = Clock()
    dialog = StopwatchDialog(doc, "mette", recorded_seconds=200.0, clock=clock)
    qtbot.addWidget(dialog)
    assert dialog.values() == [200.0]                       # the recording, offered first
    for seconds in (170, 190, 400):
        qtbot.mouseClick(dialog.toggle, Qt.LeftButton)
        assert dialog.toggle.text() == "Færdig" and not dialog.save.isEnabled()
        clock.t += seconds
        qtbot.mouseClick(dialog.toggle, Qt.LeftButton)
    assert dialog.values() == [200.0, 170.0, 190.0, 400.0]
    assert dialog.summary.text() == "Median 3:15 af 4 målinger"
    dialog.samples.setCurrentRow(3)                         # an interrupted case: taken away
    qtbot.mouseClick(dialog.remove, Qt.LeftButton)
    qtbot.mouseClick(dialog.save, Qt.LeftButton)
    b = doc.recipe.baseline
    assert (b.seconds, b.source, b.samples, b.by) == (190.0, "målt", [200.0, 170.0, 190.0],
                                                       "mette")
    assert b.at == dt.date.today().isoformat() and doc.recipe.baseline_seconds is None
    assert doc.recipe.manual_time() == (190.0, "målt")
    doc.undo_stack.undo()                                   # one undo brings the 45 s back
    assert doc.recipe.baseline is None and doc.recipe.baseline_seconds == 45


def test_the_panel_says_the_source_and_a_typed_figure_replaces_a_measured_one(qtbot):
    data = {**SAMPLE, "baseline": {"seconds": 190, "source": "målt", "samples": [180, 190, 200],
                                   "by": "mette", "at": "2026-12-07"}}
    data.pop("baseline_seconds")
    doc = RecipeDocument(Recipe.model_validate(data))
    panel = RecipePanel(doc)
    qtbot.addWidget(panel)
    assert panel.baseline_source.text() == ("Kilde: målt, median af 3 målinger, af mette den "
                                            "07-12-2026")
    panel.baseline.editor.clear()
    qtbot.keyClicks(panel.baseline.editor, "240")
    assert doc.recipe.baseline is None and doc.recipe.baseline_seconds == 240
    assert panel.baseline_source.text().startswith("Kilde: indtastet")
    doc.undo_stack.undo()                                   # the typing is one step
    assert doc.recipe.baseline.seconds == 190 and doc.recipe.baseline_seconds is None
