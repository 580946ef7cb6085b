"""The run panel under the editor: progress "Trin N af M", elapsed time, controls and a live log."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QPlainTextEdit, QProgressBar, QPushButton, QStyle, QVBoxLayout, QWidget,
)

from workbench.running.failure_view import FailureView
from workbench.labels import outcome_label


class RunPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        style = self.style()
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("Klar"))
        self.progress.setTextVisible(True)
        self.elapsed = QLabel("0:00")
        self.elapsed.setMinimumWidth(60)
        self.state = QLabel()
        self.state.setObjectName("hint")
        self.state.setMaximumWidth(200)
        self.pause = QPushButton(style.standardIcon(QStyle.SP_MediaPause), self.tr("&Pause"))
        self.next = QPushButton(style.standardIcon(QStyle.SP_MediaSkipForward), self.tr("&Næste trin"))
        self.stop = QPushButton(style.standardIcon(QStyle.SP_MediaStop), self.tr("&Stop"))
        self.stop.setObjectName("danger")
        self.toggle_log = QPushButton(self.tr("&Log"))
        self.toggle_log.setCheckable(True)
        self.toggle_log.setChecked(False)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Kørsel:")))
        row.addWidget(self.progress, 1)
        row.addWidget(self.elapsed)
        row.addWidget(self.state)
        row.addWidget(self.pause)
        row.addWidget(self.next)
        row.addWidget(self.stop)
        row.addWidget(self.toggle_log)
        self.log = QPlainTextEdit(readOnly=True)
        self.log.setObjectName("log")
        self.log.setMaximumBlockCount(2000)
        self.log.setFixedHeight(110)
        self.toggle_log.toggled.connect(self.log.setVisible)
        self.log.hide()
        self.failure = FailureView()
        self.failure.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addLayout(row)
        lay.addWidget(self.failure)
        lay.addWidget(self.log)
        self._t0: float | None = None
        self._timer = QTimer(self, interval=250)
        self._timer.timeout.connect(self._tick)
        self.set_running(False)

    def set_running(self, running: bool, step_through: bool = False) -> None:
        self.pause.setEnabled(running)
        self.stop.setEnabled(running)
        self.next.setVisible(step_through)
        self.next.setEnabled(running and step_through)
        self.pause.setText(self.tr("&Pause"))
        if running:
            self._t0 = time.monotonic()
            self._timer.start()
            self.failure.hide()
        else:
            self._timer.stop()
            self._tick()

    def _tick(self) -> None:
        if self._t0 is None:
            return
        s = int(time.monotonic() - self._t0)
        self.elapsed.setText(f"{s // 60}:{s % 60:02d}")

    def begin(self, total: int, first: int) -> None:
        self.log.clear()
        self.toggle_log.setChecked(True)
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(0)
        self.total = total
        self.add_log(self.tr("Kørslen starter ved trin {0}.").format(first + 1))

    def step(self, number: int, done: int, text: str) -> None:
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("Trin {0} af {1}").format(number, self.total))
        self.state.setText(text)

    def finish(self, status: str, message: str = "") -> None:
        self.set_running(False)
        self.progress.setFormat(outcome_label(status))
        if status == "passed":
            self.progress.setValue(self.progress.maximum())
        self.state.setText("")
        self.add_log(self.tr("Kørslen sluttede: {0}. {1}").format(outcome_label(status), message))

    def add_log(self, text: str) -> None:
        stamp = time.strftime("%H:%M:%S")
        self.log.appendPlainText(f"{stamp}  {text}")
        self.log.verticalScrollBar().setValue(self.log.verticalScrollBar().maximum())
