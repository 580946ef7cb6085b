"""Repairing a failed step from the failure view (issue 13, item 7): "Ret anker" shows the screen
at the failure with the anchor's box on it, dragging the box there reads the text in it, the
candidates are counted in Danish, the hint about the workbench's own windows is given only where
they cover the anchor's place, and "Prøv igen" runs again with the values the run was given."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from recipes.history import History
from recipes.match import Match
from recipes.ports import Frame
from workbench.running import inputs_dialog
from workbench.editor.document import RecipeDocument
from workbench.editor.page import EditorPage
from workbench.running.inputs_dialog import InputsDialog
from workbench.live_find import find_in_frame
from workbench.main_window import MainWindow
from workbench.settings import Settings

import wb_fakes
from wb_fakes import ALL_FOUND, Input, env_factory

MOVED = (480, 260)  # where the program shows the button now (it was "Godkend" at 300, 200)


def moved_screen() -> np.ndarray:
    """The program as it looks at the failure: the button moved and now says "Send"."""
    img = np.full((600, 800, 3), 236, np.uint8)
    cv2.rectangle(img, (40, 40), (760, 560), (255, 255, 255), -1)
    cv2.rectangle(img, (40, 40), (760, 70), (160, 110, 40), -1)
    x, y = MOVED
    cv2.rectangle(img, (x - 50, y - 17), (x + 50, y + 17), (210, 210, 210), -1)
    cv2.putText(img, "Send", (x - 27, y + 9), cv2.FONT_HERSHEY_SIMPLEX, 0.8, (0, 0, 0), 2)
    return img


class MovedScreen(wb_fakes.Screen):
    def grab(self):
        return Frame(moved_screen())


def failing_env(request, prompt):
    env = env_factory({})(request, prompt)
    env.screen = MovedScreen()
    return env


def alone_on_screen(widget) -> None:
    """Where the workbench's windows are matters here: none left open by an earlier test."""
    for other in QApplication.topLevelWidgets():
        if other is not widget and other.isVisible():
            other.hide()


@pytest.fixture
def window(qtbot, recipe_file, home):
    w = MainWindow(Settings(recipe_folder=str(recipe_file.parent.parent),
                            minimize_during_run=False, user_name="Mette"), history=History(home))
    qtbot.addWidget(w)
    w.open_recipe(recipe_file)
    w.resize(1400, 900)
    w.show()
    w.move(900, 0)  # beside the program's screen, not over it
    qtbot.waitExposed(w)
    alone_on_screen(w)
    yield w
    w.runs.shutdown()


def button(parent, text) -> QPushButton:
    (b,) = [b for b in parent.findChildren(QPushButton) if b.text().replace("&", "") == text and b.isVisible()]
    return b


def fail_once(window, qtbot, monkeypatch):
    monkeypatch.setattr(inputs_dialog, "answer_for_tests", lambda recipe: {"cpr": "010203-1234"})
    window.runs.env_factory = failing_env
    window.runs.last_run = None
    assert window.runs.run()
    qtbot.waitUntil(lambda: window.runs.last_run is not None, timeout=10000)
    assert window.runs.last_run.failed_step.index == 1


def test_dragging_the_box_on_the_failure_screen_takes_the_text_there(window, qtbot, monkeypatch):
    fail_once(window, qtbot, monkeypatch)
    failure = window.runs.panel.failure
    qtbot.mouseClick(button(failure, "Ret anker"), Qt.LeftButton)
    anchor = window.editor.anchor
    canvas = anchor.canvas
    # The screen at the failure, with the anchor's box where it was recorded, ready to drag.
    assert canvas.image is not None and canvas.image.width() == 800
    assert canvas.box == QRect(255, 185, 90, 30)  # near (300, 200), size 90 x 30
    # Nothing of the workbench covered the program: no hint about hidden windows; the one
    # candidate is counted in Danish.
    status = anchor.status.text()
    assert "skjult" not in status, status
    assert "1 kandidat: 0,52" in status and "andre kandidater" not in status, status
    qtbot.mouseClick(button(anchor, "Hele skærmen"), Qt.LeftButton)
    start = canvas.to_widget(canvas.box).center().toPoint()
    end = canvas.to_widget(QRect(MOVED[0], MOVED[1], 1, 1)).topLeft().toPoint()
    qtbot.mousePress(canvas, Qt.LeftButton, pos=start)
    qtbot.mouseMove(canvas, (start + end) / 2)
    qtbot.mouseMove(canvas, end)
    qtbot.mouseRelease(canvas, Qt.LeftButton, pos=end)
    target = window.document.recipe.steps[1].target
    assert abs(target.near[0] - MOVED[0]) <= 3 and abs(target.near[1] - MOVED[1]) <= 3
    # The text in the box is what the anchor looks for now, shown in the field, one undo.
    assert target.text == "Send", target.text
    assert anchor.text.text() == "Send"
    propose = button(anchor, "Læs tekst i boksen")
    assert propose.isEnabled()
    anchor.text.clear()
    qtbot.mouseClick(propose, Qt.LeftButton)
    assert anchor.text.text() == "Send"
    window.document.undo_stack.undo()
    back = window.document.recipe.steps[1].target
    assert back.text == "Godkend" and back.near == (300, 200)


def test_a_box_set_by_a_click_can_be_read_at_once(window, qtbot, monkeypatch):
    # A step whose anchor has no recorded place: a click on the failure screen places the box,
    # and "Læs tekst i boksen" is there for it without choosing the step again.
    from recipes.model import Recipe
    from workbench import recipe_io

    data = window.document.recipe.model_dump(mode="json", exclude_defaults=True)
    data["steps"][1]["target"] = {"text": "Godkend"}
    recipe_io.save(Recipe.model_validate(data), window.document.path)
    assert window.open_recipe(window.document.path)
    fail_once(window, qtbot, monkeypatch)
    qtbot.mouseClick(button(window.runs.panel.failure, "Ret anker"), Qt.LeftButton)
    anchor = window.editor.anchor
    propose = button(anchor, "Læs tekst i boksen")
    assert not propose.isEnabled()
    qtbot.mouseClick(button(anchor, "Hele skærmen"), Qt.LeftButton)
    canvas = anchor.canvas
    spot = canvas.to_widget(QRect(MOVED[0], MOVED[1], 1, 1)).topLeft().toPoint()
    qtbot.mouseClick(canvas, Qt.LeftButton, pos=spot)
    assert propose.isEnabled()
    qtbot.mouseClick(propose, Qt.LeftButton)
    assert anchor.text.text() == "Send"


class InputsAnswerer:
    """Answers each inputs dialog that shows by typing the CPR number and clicking Kør."""

    def __init__(self, qtbot):
        self.qtbot, self.shown = qtbot, []
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self):
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, InputsDialog) or not dialog.isVisible() or dialog in self.shown:
            return
        self.shown.append(dialog)
        self.qtbot.keyClicks(dialog.edits["cpr"], "010203-1234")
        self.qtbot.mouseClick(button(dialog, "Kør"), Qt.LeftButton)


def test_provigen_runs_again_with_the_values_it_was_given(window, qtbot, monkeypatch):
    monkeypatch.setattr(inputs_dialog, "answer_for_tests", None)  # the real dialog
    answerer = InputsAnswerer(qtbot)
    try:
        window.runs.env_factory = failing_env
        window.runs.last_run = None
        assert window.runs.run()
        qtbot.waitUntil(lambda: window.runs.last_run is not None, timeout=10000)
        assert len(answerer.shown) == 1 and window.runs.last_run.status == "failed"
        typed = Input()
        window.runs.env_factory = env_factory(ALL_FOUND, typed)
        first = window.runs.last_run
        qtbot.mouseClick(button(window.runs.panel.failure, "Prøv igen"), Qt.LeftButton)
        qtbot.waitUntil(lambda: window.runs.last_run is not first, timeout=10000)
        # Not asked again: the CPR number the run was started with is typed at step 3.
        assert len(answerer.shown) == 1
        assert ("type_text", ("010203-1234",)) in typed.calls
        assert [s.index for s in window.runs.last_run.steps][0] == 1  # from the failed step
    finally:
        answerer.timer.stop()


@pytest.fixture
def editor(qtbot, recipe_file):
    page = EditorPage(RecipeDocument.open(recipe_file))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    alone_on_screen(page)
    page.steps.select_row(1)
    return page


class NothingThere:
    def candidates(self, frame, target):
        return []


class Finder:
    def __init__(self, locator):
        self.locator = locator

    def find(self, target):
        return find_in_frame(self.locator, Frame(np.full((600, 800, 3), 230, np.uint8)), target)


def test_find_now_asks_about_hidden_windows_only_where_they_cover_the_anchor(editor, qtbot):
    anchor = editor.anchor
    anchor.finder = Finder(NothingThere())
    editor.move(0, 0)  # the workbench over the place where "Godkend" was recorded (300, 200)
    qtbot.mouseClick(button(anchor, "Find nu"), Qt.LeftButton)
    qtbot.waitUntil(lambda: not anchor.finding)
    assert "er programmet skjult bag dem?" in anchor.status.text()
    editor.move(1000, 0)  # beside it: the robot saw the whole screen
    qtbot.mouseClick(button(anchor, "Find nu"), Qt.LeftButton)
    qtbot.waitUntil(lambda: not anchor.finding)
    text = anchor.status.text()
    assert "Ikke fundet" in text and "skjult" not in text, text


@pytest.mark.parametrize("scores, said", [
    ((0.96, 0.61), "1 anden kandidat: 0,61"),
    ((0.96, 0.61, 0.55), "2 andre kandidater: 0,61, 0,55"),
])
def test_other_candidates_are_counted_in_danish(editor, qtbot, scores, said):
    class Several:
        def candidates(self, frame, target):
            return [Match(255 + 110 * i, 185, 90, 30, s) for i, s in enumerate(scores)]

    editor.anchor.finder = Finder(Several())
    qtbot.mouseClick(button(editor.anchor, "Find nu"), Qt.LeftButton)
    qtbot.waitUntil(lambda: not editor.anchor.finding)
    text = editor.anchor.status.text()
    assert said in text and "0,96" in text, text
