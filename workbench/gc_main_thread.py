"""Python's cycle collector, run in the GUI thread only.

Left to itself, Python collects reference cycles in whichever thread happens to allocate when a
generation's threshold is passed: a run's worker thread, Find nu's search, the guided practice's
look-ups. A Qt object found in such a cycle (a window closed a moment ago, a dialog, the lambdas
connected to its signals) is then let go from the wrong thread; PySide defers its deletion to the
GUI thread, where it may come in the middle of a paint of a table that still points at it, and
the workbench crashes. So the automatic collector is turned off, and the GUI thread collects on a
timer instead, by the same thresholds (the pattern of pyqtgraph and others).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = 500):
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """The young objects on every tick (cheap); an older generation where its count passed
        its threshold, as Python would."""
        counts = gc.get_count()
        for generation in (2, 1):
            if counts[generation] > self.threshold[generation]:
                gc.collect(generation)
                return
        gc.collect(0)

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()
