"""The run bar: a small always-on-top bar on the screen while the robot works.

The workbench steps aside during a run (it is minimised, out of the program's way), so the run's
controls cannot live inside it only: without a taskbar a person stepping through a recipe would be
left without "Næste trin". The bar shows which step of how many, what the robot is doing or
waiting for, Næste trin (step through), Pause, Stop and the abort hotkey, as the recording control
does while recording.

It never gets in the robot's way: it takes no keyboard focus (the program being driven keeps it,
also after a click on the bar), and it is one of the workbench's own windows, so the robot looks
past it (its place is painted over on the screen the robot searches, `own_windows.OwnWindowsHidden`,
and a place on it is never a target, `recipes.desktop.environment.never_a_target`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget


class RunBar(QWidget):
    MARGIN = 12  # from the screen's edge: clear of the corner that stops a run

    def __init__(self, parent=None):
        # No parent window: a tool window the manager would hide with the minimised workbench.
        super().__init__(parent, Qt.Tool | Qt.WindowStaysOnTopHint | Qt.FramelessWindowHint
                         | Qt.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WA_ShowWithoutActivating)
        self.setWindowTitle(self.tr("Opskrift kører"))
        self.setObjectName("runBar")
        self.setStyleSheet("QWidget#runBar { background: #2b2f33; border-radius: 6px; }"
                           "QLabel { color: white; padding: 0 4px; }"
                           "QLabel#runBarProgress { font-weight: 600; }"
                           "QLabel#runBarHotkey { color: #c8ccd0; font-size: 11px; }")
        style = self.style()
        self.progress = QLabel()
        self.progress.setObjectName("runBarProgress")
        self.state = QLabel()
        self.state.setMaximumWidth(260)
        self.next = QPushButton(style.standardIcon(QStyle.SP_MediaSkipForward),
                                self.tr("&Næste trin"))
        self.pause = QPushButton(style.standardIcon(QStyle.SP_MediaPause), self.tr("&Pause"))
        self.stop = QPushButton(style.standardIcon(QStyle.SP_MediaStop), self.tr("&Stop"))
        self.stop.setObjectName("danger")
        for button in (self.next, self.pause, self.stop):
            button.setFocusPolicy(Qt.NoFocus)
        self.hotkey = QLabel()
        self.hotkey.setObjectName("runBarHotkey")
        self._screen = None
        said = QVBoxLayout()
        said.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(self.progress)
        top.addWidget(self.state)
        top.addStretch(1)
        said.addLayout(top)
        said.addWidget(self.hotkey)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 6, 8, 6)
        lay.addLayout(said)
        lay.addSpacing(8)
        lay.addWidget(self.next)
        lay.addWidget(self.pause)
        lay.addWidget(self.stop)

    def begin(self, step_through: bool, abort_hotkey: str, screen) -> None:
        """Shown at the top right of `screen` (a QScreen) for a run that starts now."""
        self.next.setVisible(step_through)
        self.next.setEnabled(False)
        self.pause.setEnabled(True)
        self.stop.setEnabled(True)
        self.pause.setText(self.tr("&Pause"))
        self.progress.setText(self.tr("Starter …"))
        self.state.setText("")
        from recipes.guide import keys_text

        keys = keys_text(abort_hotkey)
        self.hotkey.setText(self.tr("Nødstop: {0}").format(keys))
        self.setToolTip(self.tr("Nødstop: tryk {0} eller før musen helt op i et hjørne af "
                                "skærmen.").format(keys))
        self._screen = screen
        self._place()
        self.show()

    def _place(self) -> None:
        """At the top right, clear of the corner; kept there as its texts change its width."""
        self.adjustSize()
        if self._screen is not None:
            area = self._screen.availableGeometry()
            self.move(area.right() - self.width() - self.MARGIN, area.top() + self.MARGIN)

    def step(self, number: int, total: int, text: str) -> None:
        self.progress.setText(self.tr("Trin {0} af {1}").format(number, total))
        self.say(text)

    def say(self, text: str) -> None:
        self.state.setText(text)
        self._place()

    def end(self) -> None:
        self.hide()
