"""A fake world for running recipes from the window without a display."""

from __future__ import annotations

import numpy as np

from recipes.errors import AnchorNotFound, Candidate
from recipes.match import Match
from recipes.ports import Frame, Window
from recipes.runner import RunEnvironment


class Clock:
    def __init__(self):
        self.t = 0.0

    def now(self):
        return self.t

    def sleep(self, s):
        self.t += s


class Screen:
    def grab(self):
        return Frame(np.full((600, 800, 3), 230, np.uint8))

    def size(self):
        return (800, 600)


class Input:
    def __init__(self):
        self.calls = []

    def __getattr__(self, name):
        return lambda *a, **k: self.calls.append((name, a))


class Locator:
    """Finds the anchors named in `places`; any other fails at once with a candidate."""

    def __init__(self, places):
        self.places = places

    def wait(self, screen, target, timeout, clock, gone=False, abort=None, anywhere=False):
        if abort is not None:
            abort.check()
        key = target.text or target.image
        if key in self.places:
            return self.places[key]
        raise AnchorNotFound(target.parts(), timeout, Candidate(250, 180, 100, 40, 0.52, "Godk"),
                             screenshot=screen.grab())


class Desktop:
    """One program window, which has the keyboard focus and is under every click."""

    WINDOW = Window(1, "Sagssystem", 40, 40, 720, 520)

    def __init__(self):
        self.launched = []

    def launch(self, command, cwd=None):
        self.launched.append(command)

    def find_windows(self, title_pattern):
        return [self.WINDOW]

    def activate(self, window_id):
        pass

    def ready(self, window_id):
        return True

    def active_window(self):
        return self.WINDOW

    def window_at(self, x, y):
        return self.WINDOW

    def process_chain(self, pid):
        return (pid,)


class Ocr:
    """Reads no words on the fake screen (nothing to mask): a failure screenshot is kept. Without
    an OCR engine none would be (it could not be masked)."""

    def words(self, pixels, origin=(0, 0)):
        return []


def env_factory(places, inputs=None):
    inputs = inputs if inputs is not None else Input()

    def make(request, prompt):
        return RunEnvironment(screen=Screen(), input=inputs, clock=Clock(),
                              locator=Locator(places), desktop=Desktop(), prompt=prompt,
                              ocr=Ocr())
    return make


ALL_FOUND = {"Godkend": Match(255, 185, 90, 30, 0.97, how="ocr"),
             "CPR": Match(230, 110, 40, 20, 0.95, how="ocr")}


class CheckpointClicker:
    """Answers every checkpoint dialog that shows as a person does: types the comment and clicks
    the real Godkend or Afvis button with the mouse. Stop it at the end of the test."""

    def __init__(self, qtbot, button: str, comment: str = ""):
        from PySide6.QtCore import QTimer

        self.qtbot, self.button, self.comment = qtbot, button, comment
        self.clicked: list[str] = []  # the message of each dialog answered
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication, QPushButton

        from workbench.running.checkpoint_dialog import CheckpointDialog

        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CheckpointDialog) or not dialog.isVisible() \
                or dialog.decision is not None:
            return
        if self.comment:
            self.qtbot.keyClicks(dialog.comment, self.comment)
        (button,) = [b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == self.button]
        self.clicked.append(dialog.windowTitle())
        self.qtbot.mouseClick(button, Qt.LeftButton)

    def stop(self) -> None:
        self.timer.stop()
