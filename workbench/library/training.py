"""Oplæring: the trainer's view of a recipe's guided sessions (issue 9, part 3) — the steps where
people hesitate or click wrong, so that the note on that step can be made better. The figures come
from `recipes.training.summary`; nothing of what trainees typed is kept to show."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from recipes.guide import instruction
from recipes.training import TrainingLog, summary

HARD = QColor("#fde2c8")


def seconds_text(s: float) -> str:
    """12,5 s or 2 min 05 s, as a Dane reads it."""
    if s < 60:
        return f"{s:.1f} s".replace(".", ",")
    m, rest = divmod(round(s), 60)
    return f"{m} min {rest:02d} s"


class TrainingDialog(QDialog):
    def __init__(self, recipe, log: TrainingLog, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Oplæring – %1").replace("%1", recipe.name))
        self.resize(980, 520)
        sessions = log.sessions(recipe.name)
        rows = summary(log, recipe.name)
        people = len({s["trainee"] for s in sessions})
        completed = sum(1 for s in sessions if s["finished"])
        if sessions:
            who = self.tr("1 person") if people == 1 else \
                self.tr("%1 personer").replace("%1", str(people))
            count = self.tr("1 øvelse") if len(sessions) == 1 else \
                self.tr("%1 øvelser").replace("%1", str(len(sessions)))
            head = self.tr("%1 af %2, %3 gennemført. Trin markeret »Svært her« er dem, hvor folk "
                           "tøver, klikker forkert, beder robotten vise det, springer over eller "
                           "stopper: se på trinnet og noten til det.") \
                .replace("%1", count).replace("%2", who).replace("%3", str(completed))
        else:
            head = self.tr("Ingen har øvet denne opskrift endnu. Åbn den, og klik »Øv guidet« "
                           "for at øve den.")
        self.head = QLabel(head)
        self.head.setWordWrap(True)
        self.table = QTableWidget(len(rows), 9)
        self.table.setHorizontalHeaderLabels([
            self.tr("Trin"), self.tr("Hvad man gør"), self.tr("Øvet"), self.tr("Median tid"),
            self.tr("Forkerte klik"), self.tr("Vist af robotten"),
            self.tr("Sprunget over / stoppet"), self.tr("Vurdering"), self.tr("Note til trinnet")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setWordWrap(False)   # one line a step; the whole note in its tooltip
        for r, row in enumerate(rows):
            step = recipe.steps[row.index] if row.index < len(recipe.steps) else None
            wrong = (self.tr("%1 (i %2 af %3)").replace("%1", str(row.wrong_clicks))
                     .replace("%2", str(row.sessions_with_wrong)).replace("%3", str(row.sessions))
                     if row.wrong_clicks else "0")
            cells = [str(row.index + 1), instruction(step, recipe) if step else row.step_id,
                     str(row.sessions), seconds_text(row.median_seconds), wrong, str(row.shown),
                     f"{row.skipped} / {row.stopped}",
                     self.tr("Svært her") if row.hard else "–", (step.note or "") if step else ""]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c in (0, 2, 3, 4, 5, 6):
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if row.hard:
                    item.setBackground(HARD)
                self.table.setItem(r, c, item)
        h = self.table.horizontalHeader()
        for c in range(9):
            h.setSectionResizeMode(c, QHeaderView.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.Stretch)
        h.setSectionResizeMode(8, QHeaderView.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("&Luk"))
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.head)
        lay.addWidget(self.table, 1)
        lay.addWidget(buttons)
