"""A transient frame on the live screen around where the robot found an anchor."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QRegion
from PySide6.QtWidgets import QWidget

BORDER = 4


class FoundFrame(QWidget):
    def __init__(self):
        super().__init__(None, Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint | Qt.Tool
                         | Qt.WindowTransparentForInput | Qt.X11BypassWindowManagerHint)
        self.setAttribute(Qt.WA_ShowWithoutActivating)
        self.setWindowTitle("opskrift-highlight")
        self._hide = QTimer(self, singleShot=True, interval=700)
        self._hide.timeout.connect(self.hide)

    def flash(self, x: int, y: int, w: int, h: int) -> None:
        self.setGeometry(QRect(x - BORDER * 2, y - BORDER * 2, w + BORDER * 4, h + BORDER * 4))
        # Only the border is part of the window (X shape): the anchor itself stays visible and
        # readable for the robot, with or without a compositing window manager.
        outer = QRegion(self.rect())
        self.setMask(outer.subtracted(QRegion(self.rect().adjusted(BORDER, BORDER, -BORDER, -BORDER))))
        self.show()
        self._hide.start()

    def paintEvent(self, _e):
        QPainter(self).fillRect(self.rect(), QColor("#2e7d32"))
