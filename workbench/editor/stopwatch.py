"""Stopur: a person times themself doing a case by hand, N times, and the median becomes the
recipe's measured manual time (`baseline: {seconds, source: målt, samples, by, at}`).

A small window that stays on top of the legacy program: Start when the case begins, Færdig when
it is done (the time is a sample), again for the next case; Slet takes the selected sample away.
Where the open recipe was just recorded, the recording's duration is offered as the first
sample (it can be deleted). "Gem som manuel tid" puts the median and the samples into the
recipe as one undoable change; nothing is saved to the file until the person saves.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout,
)


def clock_text(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class StopwatchDialog(QDialog):
    def __init__(self, document, who: str, recorded_seconds: float | None = None,
                 clock=time.monotonic, parent=None):
        super().__init__(parent)
        self.document = document
        self.who = who
        self.clock = clock
        self.started: float | None = None
        self.setWindowTitle(self.tr("Stopur – {0}").format(document.recipe.name))
        self.setWindowFlag(Qt.WindowStaysOnTopHint, True)
        self.setModal(False)
        intro = QLabel(self.tr(
            "Gør en sag i hånden, som du plejer. Tryk Start, når du begynder på sagen, og "
            "Færdig, når den er færdig. Gentag med flere sager: medianen bliver opskriftens "
            "manuelle tid."))
        intro.setWordWrap(True)
        self.time = QLabel("0:00")
        self.time.setAlignment(Qt.AlignCenter)
        self.time.setStyleSheet("font-size: 28pt; font-weight: 600;")
        self.toggle = QPushButton(self.tr("St&art"))
        self.toggle.setObjectName("primary")
        self.toggle.clicked.connect(self.start_or_finish)
        self.samples = QListWidget()
        self.remove = QPushButton(self.tr("Slet &måling"))
        self.remove.clicked.connect(self.delete_selected)
        self.summary = QLabel()
        self.save = QPushButton(self.tr("&Gem som manuel tid"))
        self.save.clicked.connect(self.keep)
        close = QPushButton(self.tr("&Luk"))
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.remove)
        row.addStretch(1)
        row.addWidget(self.save)
        row.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.time)
        lay.addWidget(self.toggle)
        lay.addWidget(QLabel(self.tr("Målinger")))
        lay.addWidget(self.samples, 1)
        lay.addWidget(self.summary)
        lay.addLayout(row)
        self._tick = QTimer(self, interval=250)
        self._tick.timeout.connect(self._show_time)
        if recorded_seconds:
            self._add(recorded_seconds, self.tr("{0} (optagelsen)").format(
                clock_text(recorded_seconds)))
        self._update()
        self.resize(380, 460)

    # -- timing --------------------------------------------------------------------------------
    def start_or_finish(self) -> None:
        if self.started is None:
            self.started = self.clock()
            self.toggle.setText(self.tr("Færdig"))
            self._tick.start()
        else:
            seconds = self.clock() - self.started
            self.started = None
            self._tick.stop()
            self.toggle.setText(self.tr("St&art"))
            if seconds >= 1:
                self._add(seconds, clock_text(seconds))
        self._show_time()
        self._update()

    def _show_time(self) -> None:
        running = self.clock() - self.started if self.started is not None else 0
        self.time.setText(clock_text(running))

    def _add(self, seconds: float, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.UserRole, round(seconds, 1))
        self.samples.addItem(item)

    def delete_selected(self) -> None:
        row = self.samples.currentRow()
        if row >= 0:
            self.samples.takeItem(row)
        self._update()

    def values(self) -> list[float]:
        return [self.samples.item(i).data(Qt.UserRole) for i in range(self.samples.count())]

    def median(self) -> float | None:
        values = self.values()
        return round(statistics.median(values), 1) if values else None

    def _update(self) -> None:
        values = self.values()
        self.remove.setEnabled(bool(values))
        self.save.setEnabled(bool(values) and self.started is None)
        if not values:
            self.summary.setText(self.tr("Ingen målinger endnu"))
        elif len(values) == 1:
            self.summary.setText(self.tr("{0} fra 1 måling – mål gerne flere sager").format(
                clock_text(values[0])))
        else:
            self.summary.setText(self.tr("Median {0} af {1} målinger").format(
                clock_text(self.median()), len(values)))

    # -- keeping -------------------------------------------------------------------------------
    def keep(self) -> None:
        from recipes.model import Baseline
        from workbench.editor.commands import SetManualTime

        values = self.values()
        if not values:
            return
        baseline = Baseline(seconds=self.median(), source="målt", samples=values, by=self.who,
                            at=dt.date.today().isoformat())
        self.document.push(SetManualTime(baseline, None, self.tr("Mål manuel tid")))
        self.accept()
