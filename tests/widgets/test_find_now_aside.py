"""Find nu with room for the program (issue 13, item 10): the workbench steps aside while it
searches (as during a run), the search runs off the GUI thread (the window stays alive), and the
workbench comes back with the result."""

from __future__ import annotations

import threading
import time

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QPushButton

from recipes.history import History
from recipes.match import Match
from recipes.ports import Frame
from workbench.live_find import find_in_frame
from workbench.main_window import MainWindow
from workbench.settings import Settings


class SlowFinder:
    """A search that takes a while, as OCR of a whole screen does; notes what it saw."""

    def __init__(self):
        self.thread = None

    def find(self, target):
        self.thread = threading.current_thread()
        time.sleep(0.6)

        class Loc:
            def candidates(self, frame, target):
                return [Match(255, 185, 90, 30, 0.97)]
        return find_in_frame(Loc(), Frame(np.zeros((600, 800, 3), np.uint8)), target)


def test_find_nu_steps_aside_searches_off_the_gui_thread_and_comes_back(qtbot, recipe_file, home):
    w = MainWindow(Settings(recipe_folder=str(recipe_file.parent.parent),
                            minimize_during_run=True), history=History(home))
    qtbot.addWidget(w)
    w.open_recipe(recipe_file)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    w.editor.steps.select_row(1)
    finder = w.editor.anchor.finder = SlowFinder()
    ticks = []
    timer = QTimer(interval=50)
    timer.timeout.connect(lambda: ticks.append(w.isMinimized()))
    timer.start()
    (find,) = [b for b in w.editor.anchor.findChildren(QPushButton) if b.text().replace("&", "") == "Find nu"]
    qtbot.mouseClick(find, Qt.LeftButton)
    assert w.isMinimized()                                # out of the program's way
    qtbot.waitUntil(lambda: not w.editor.anchor.finding, timeout=5000)
    timer.stop()
    assert finder.thread is not threading.main_thread()  # not on the GUI thread ...
    assert sum(ticks) >= 8                                # ... which kept going meanwhile
    assert not w.isMinimized()                            # back, with the result
    assert "0,97" in w.editor.anchor.status.text()
    w.runs.shutdown()


def test_ctrl_f_is_find_nu(qtbot, recipe_file, home):
    w = MainWindow(Settings(recipe_folder=str(recipe_file.parent.parent),
                            minimize_during_run=False), history=History(home))
    qtbot.addWidget(w)
    w.open_recipe(recipe_file)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    w.editor.steps.select_row(1)
    finder = w.editor.anchor.finder = SlowFinder()
    qtbot.keyClick(w.editor.anchor, Qt.Key_F, Qt.ControlModifier)
    qtbot.waitUntil(lambda: finder.thread is not None and not w.editor.anchor.finding,
                    timeout=5000)
    assert "0,97" in w.editor.anchor.status.text()
    w.runs.shutdown()


def test_a_maximised_workbench_comes_back_maximised_after_find_nu(qtbot, recipe_file, home):
    """From the first-hour trial: after every run, recording and Find nu the workbench came back
    small on the right, however the person had it."""
    w = MainWindow(Settings(recipe_folder=str(recipe_file.parent.parent),
                            minimize_during_run=True), history=History(home))
    qtbot.addWidget(w)
    w.open_recipe(recipe_file)
    with qtbot.waitActive(w):
        w.showMaximized()
        w.activateWindow()
    assert w.isMaximized()
    w.editor.steps.select_row(1)
    w.editor.anchor.finder = SlowFinder()
    (find,) = [b for b in w.editor.anchor.findChildren(QPushButton) if b.text().replace("&", "") == "Find nu"]
    qtbot.mouseClick(find, Qt.LeftButton)
    assert w.isMinimized()
    qtbot.waitUntil(lambda: not w.editor.anchor.finding, timeout=5000)
    qtbot.waitUntil(lambda: not w.isMinimized(), timeout=2000)
    assert w.isMaximized()
    w.runs.shutdown()
