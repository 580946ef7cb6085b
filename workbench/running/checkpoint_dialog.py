"""The checkpoint dialog: the robot stops, shows what it sees and the values it read, and a person
approves or rejects. The robot never decides; the answer records who gave it."""

from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QStyle,
    QVBoxLayout,
)

from recipes.ports import Decision
from workbench.frames import frame_to_qimage
from workbench.mnemonics import mnemonic_of, with_mnemonic

MASK = "••••••"


def _windows(pixels) -> list[tuple[int, int, int, int]]:
    """Boxes of the windows on the screen: what is neither empty desktop nor one of the
    workbench's own (greyed-out) windows."""
    import cv2
    import numpy as np

    from recipes.locate.text import content_boxes
    from workbench.own_windows import OwnWindowsHidden

    grey = cv2.cvtColor(pixels, cv2.COLOR_BGR2GRAY)
    grey[np.all(pixels == np.array(OwnWindowsHidden.FILL, np.uint8), axis=2)] = 0
    return content_boxes(grey)


def _shown_part(pixels):
    """The windows on the screen without the empty desktop around them, so that a small dialog
    to check is shown large enough to read."""
    boxes = _windows(pixels)
    if not boxes:
        return pixels
    x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1 = max(b[0] + b[2] for b in boxes)
    y1 = max(b[1] + b[3] for b in boxes)
    return pixels[y0:y1, x0:x1]


def _around(frame, focus, w: int = 1100, h: int = 620):
    """The part of the screen around where the robot worked last (what the person checks): the
    window there, without the workbench's own (greyed) windows and the empty desktop around it;
    of a window larger than w x h, the part around that place."""
    ox, oy = frame.origin
    fx, fy = focus[0] - ox, focus[1] - oy
    pixels = frame.pixels
    H, W = pixels.shape[:2]
    boxes = [b for b in _windows(pixels) if b[0] <= fx < b[0] + b[2] and b[1] <= fy < b[1] + b[3]]
    bx, by, bw, bh = min(boxes, key=lambda b: b[2] * b[3]) if boxes else (0, 0, W, H)
    cw, ch = min(w, bw), min(h, bh)
    x0 = min(max(bx, fx - cw // 2), bx + bw - cw)
    y0 = min(max(by, fy - ch // 2), by + bh - ch)
    return pixels[y0:y0 + ch, x0:x0 + cw]


class CheckpointDialog(QDialog):
    def __init__(self, message: str, frame, values: dict, sensitive: set[str], who: str,
                 parent=None, labels: dict[str, str] | None = None,
                 focus: tuple[int, int] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kontrolpunkt – din godkendelse"))
        self.setWindowFlag(Qt.WindowStaysOnTopHint, True)
        self.values, self.sensitive = dict(values), set(sensitive)
        self.decision: Decision | None = None

        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.SP_MessageBoxQuestion).pixmap(40, 40))
        text = QLabel(message)
        text.setWordWrap(True)
        text.setObjectName("pageTitle")
        head = QHBoxLayout()
        head.addWidget(icon)
        head.addWidget(text, 1)
        explain = QLabel(self.tr("Robotten venter. Se skærmen og værdierne efter, og afgør selv, "
                                 "om kørslen skal fortsætte. Robotten træffer ingen afgørelse."))
        explain.setWordWrap(True)
        explain.setObjectName("hint")

        screen = self.screen_view = QLabel()
        screen.setAlignment(Qt.AlignCenter)
        if frame is not None:
            pixels = _around(frame, focus) if focus else _shown_part(frame.pixels)
            pix = QPixmap.fromImage(frame_to_qimage(pixels))
            screen.setPixmap(pix.scaled(760, 430, Qt.KeepAspectRatio, Qt.SmoothTransformation))
        else:
            screen.setText(self.tr("(intet skærmbillede)"))
        screen.setStyleSheet("background: #3a3f44; padding: 4px;")

        box = QGroupBox(self.tr("Værdier"))
        form = QFormLayout(box)
        self.edits: dict[str, QLineEdit] = {}
        answered, comment = self.tr("&Besvaret af"), self.tr("&Kommentar")
        approve_text, reject_text = self.tr("&Godkend"), self.tr("&Afvis")
        # the values' labels take the letters the fixed texts leave (Alt+G stays Godkend)
        taken = {mnemonic_of(t) for t in (answered, comment, approve_text, reject_text)}
        for name, value in self.values.items():
            ed = QLineEdit(MASK if name in self.sensitive else str(value))
            if name in self.sensitive:
                ed.setReadOnly(True)
                ed.setToolTip(self.tr("Følsom værdi – vises ikke"))
            self.edits[name] = ed
            form.addRow(with_mnemonic((labels or {}).get(name) or name, taken), ed)
        if not self.values:
            form.addRow(QLabel(self.tr("Ingen værdier endnu.")))
        self.who = QLineEdit(who)
        self.comment = QLineEdit(placeholderText=self.tr("Begrundelse (valgfri)"))
        form.addRow(answered, self.who)
        form.addRow(comment, self.comment)

        approve = QPushButton(self.style().standardIcon(QStyle.SP_DialogApplyButton),
                              approve_text)
        approve.setObjectName("primary")
        reject = QPushButton(self.style().standardIcon(QStyle.SP_DialogCancelButton),
                             reject_text)
        reject.setObjectName("danger")
        # No default button: Enter (in the comment, say) must not decide a case for a person.
        for button in (approve, reject):
            button.setAutoDefault(False)
            button.setDefault(False)
        approve.clicked.connect(lambda: self._answer(True))
        reject.clicked.connect(lambda: self._answer(False))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(reject)
        buttons.addWidget(approve)

        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(explain)
        lay.addWidget(screen, 1)
        lay.addWidget(box)
        lay.addLayout(buttons)

    def _answer(self, approved: bool) -> None:
        edited = {n: e.text() for n, e in self.edits.items()
                  if n not in self.sensitive and e.text() != str(self.values.get(n))}
        self.decision = Decision(approved=approved, who=answered_by(self.who.text()),
                                 values=edited, comment=self.comment.text().strip())
        self.accept()

    def reject(self) -> None:  # Esc or closing the window counts as "Afvis"
        if self.decision is None:
            self.decision = Decision(approved=False, who=answered_by(self.who.text()),
                                     comment=self.comment.text().strip())
        super().reject()


def answered_by(name: str) -> str:
    """Who answered, for the history: the name typed, and always the login the answer came
    from, so that no one can answer in another person's name unseen."""
    from recipes.principal import principal

    login = principal()
    name = name.strip()
    if not name or name == login:
        return login
    return f"{name} (login {login})"
