"""The workbench's own windows, which the robot must never see or click.

The workbench may be on the screen while the robot looks (not minimised, a checkpoint dialog, the
run bar, the guided-practice panel, Find nu): its tables and pictures show the very words the
robot looks for. Every page that lets the robot look goes through this one piece: where the
workbench's windows are (`own_window_rects`), and the screen with them painted over
(`OwnWindowsHidden`).
"""

from __future__ import annotations

import threading


def own_window_rects() -> list[tuple[int, int, int, int]]:
    """Where this program's visible windows are (they are left out of every search)."""
    from PySide6.QtWidgets import QApplication

    out = []
    for w in QApplication.topLevelWidgets():
        if w.isVisible() and not w.isMinimized():
            g = w.frameGeometry()
            out.append((g.x(), g.y(), g.width(), g.height()))
    return out


def overlaps(a, b) -> bool:
    """Whether two (x, y, w, h) rectangles share pixels."""
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]



class OwnWindowsHidden:
    """The screen as the robot should see it: the workbench's own windows painted over.

    The workbench may be on the screen during a run (not minimised, a checkpoint dialog, the
    highlight): its tables and anchor pictures show the very words the robot looks for, and it
    must never find (and click) them there. The GUI thread keeps `rects` up to date.
    """

    FILL = (128, 128, 128)

    def __init__(self, inner):
        self.inner = inner
        self.rects: list[tuple[int, int, int, int]] = []
        self._lock = threading.Lock()

    def set_rects(self, rects) -> None:
        with self._lock:
            self.rects = list(rects)

    def size(self):
        return self.inner.size()

    def grab(self):
        return self._painted(self.inner.grab())

    def grab_region(self, x: int, y: int, w: int, h: int):
        """A part of the screen, the workbench's windows painted over there too (the Locator's
        look where an anchor was recorded, a step's picture for the history)."""
        if not hasattr(self.inner, "grab_region"):   # a screen that grabs only whole
            whole = self.inner.grab()
            ox, oy = whole.origin
            x0, y0 = max(x, ox), max(y, oy)
            part = whole.pixels[y0 - oy:y + h - oy, x0 - ox:x + w - ox]
            return self._painted(type(whole)(part.copy(), (x0, y0), whole.taken_at))
        return self._painted(self.inner.grab_region(x, y, w, h))

    def _painted(self, frame):
        with self._lock:
            rects = list(self.rects)
        if rects:
            ox, oy = frame.origin
            pixels = frame.pixels.copy()
            for x, y, w, h in rects:
                x0, y0 = max(0, x - ox), max(0, y - oy)
                pixels[y0:max(y0, y - oy + h), x0:max(x0, x - ox + w)] = self.FILL
            frame = type(frame)(pixels, frame.origin, frame.taken_at)
        return frame

    def __getattr__(self, name):
        return getattr(self.inner, name)


def step_aside(window) -> None:
    """The workbench out of the way of the program it drives (a run, a recording, Find nu,
    guided practice): minimised, remembering whether it was maximised."""
    if not window.isMinimized():
        window.setProperty("stateBeforeAside", int(window.windowState().value))
    window.showMinimized()


def come_back(window) -> None:
    """The workbench back as it was before it stepped aside: maximised stays maximised."""
    from PySide6.QtCore import Qt

    state = window.property("stateBeforeAside")
    if state is not None and int(state) & Qt.WindowMaximized.value:
        window.showMaximized()
    elif state is not None and int(state) & Qt.WindowFullScreen.value:
        window.showFullScreen()
    else:
        window.showNormal()
