"""StepsTableModel: the steps of an open recipe as a Qt table (adapts the pure Recipe).

The model never changes the recipe itself: edits, including drag-and-drop reordering, are pushed
as commands on the document, whose `aboutToChange`/`changed` signals drive the begin/end calls.
It also shows how a run goes: the current step and each step's outcome.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor

from workbench.editor.commands import Change, MoveStep
from workbench.labels import action_label, describe_step, outcome_label
from workbench.action_pictures import action_picture
from workbench.thumbnails import THUMB, step_thumbnail

MIME = "application/x-opskrift-step-rows"
COLUMNS = ("nr", "action", "target", "note")
RUNNING = QColor("#fff1b8")
PASSED = QColor("#e3f4e1")
FAILED = QColor("#fbdcdc")


class StepsTableModel(QAbstractTableModel):
    StepRole = Qt.UserRole + 1
    StatusRole = Qt.UserRole + 2

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.current_row: int | None = None
        self.status: dict[int, str] = {}
        self._thumbs: dict[int, object] = {}
        document.aboutToChange.connect(self._about_to_change)
        document.changed.connect(self._changed)

    # -- reading -------------------------------------------------------------------------------
    @property
    def steps(self):
        return self.document.recipe.steps

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.steps)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return (self.tr("Billede"), self.tr("Handling"), self.tr("Mål"), self.tr("Note"))[section]
        if orientation == Qt.Vertical and role == Qt.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.steps)):
            return None
        row, col = index.row(), index.column()
        step = self.steps[row]
        if role == Qt.DisplayRole:
            if col == 0:
                return ""
            if col == 1:
                # Its state in words as well as colour (and an icon): "Klik – Fejlet".
                state = self._state(row)
                return action_label(step.action) + (f" – {outcome_label(state)}" if state else "")
            if col == 2:
                return describe_step(step)
            if col == 3:
                return step.note or ""
        elif role == Qt.DecorationRole and col == 1:
            return self._state_icon(self._state(row))
        elif role == Qt.DecorationRole and col == 0:
            if row not in self._thumbs:
                self._thumbs[row] = (step_thumbnail(self.document, step)
                                     or action_picture(step, THUMB))
            return self._thumbs[row]
        elif role == Qt.ToolTipRole:
            tip = step.note or describe_step(step)
            return f"{step.id}: {tip}" if step.id else tip
        elif role == Qt.BackgroundRole:
            if row == self.current_row:
                return QBrush(RUNNING)
            status = self.status.get(row)
            if status == "passed":
                return QBrush(PASSED)
            if status in ("failed", "rejected", "aborted"):
                return QBrush(FAILED)
        elif role == Qt.SizeHintRole and col == 0:
            return QSize(THUMB.width() + 48, THUMB.height() + 8)
        elif role == self.StepRole:
            return step
        elif role == self.StatusRole:
            return self.status.get(row)
        return None

    def _state(self, row: int) -> str | None:
        """The step's state in the run shown: running (the current step), else its outcome."""
        return "running" if row == self.current_row else self.status.get(row)

    @staticmethod
    def _state_icon(state: str | None):
        from PySide6.QtWidgets import QApplication, QStyle

        icon = {"running": QStyle.SP_MediaPlay, "passed": QStyle.SP_DialogApplyButton,
                "failed": QStyle.SP_MessageBoxCritical, "rejected": QStyle.SP_DialogNoButton,
                "aborted": QStyle.SP_BrowserStop, "skipped": QStyle.SP_ArrowForward}.get(state)
        return None if icon is None else QApplication.style().standardIcon(icon)

    def flags(self, index):
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDragEnabled
        return base if index.isValid() else Qt.ItemIsDropEnabled

    # -- drag and drop reordering ---------------------------------------------------------------
    def supportedDropActions(self):
        return Qt.MoveAction

    def supportedDragActions(self):
        return Qt.MoveAction

    def mimeTypes(self):
        return [MIME]

    def mimeData(self, indexes):
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(MIME, json.dumps(rows).encode())
        return data

    def canDropMimeData(self, data, action, row, column, parent):
        return data.hasFormat(MIME)

    def dropMimeData(self, data, action, row, column, parent):
        if not data.hasFormat(MIME):
            return False
        rows = json.loads(bytes(data.data(MIME)).decode())
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.steps)
        self.move_rows(rows, row)
        return False  # the command did the move; the view must not remove anything

    def move_rows(self, rows: list[int], before: int) -> None:
        """Move the given rows so they sit, in order, before row `before` (old numbering)."""
        rows = sorted(rows)
        if not rows:
            return
        stack = self.document.undo_stack
        stack.beginMacro(self.tr("Flyt trin"))
        target = before - sum(1 for r in rows if r < before)
        rest = [r for r in range(len(self.steps)) if r not in rows]
        final = rest[:target] + rows + rest[target:]
        current = list(range(len(self.steps)))
        for i, want in enumerate(final):
            src = current.index(want)
            if src != i:
                self.document.push(MoveStep(src, i, self.tr("Flyt trin")))
                current.insert(i, current.pop(src))
        stack.endMacro()

    # -- following the document ----------------------------------------------------------------
    def _about_to_change(self, change: Change) -> None:
        self._thumbs.clear()
        if change.kind == "insert":
            self.beginInsertRows(QModelIndex(), change.first, change.first + change.count - 1)
        elif change.kind == "remove":
            self.beginRemoveRows(QModelIndex(), change.first, change.first + change.count - 1)
        elif change.kind == "move":
            self.beginMoveRows(QModelIndex(), change.first, change.first, QModelIndex(), change.dest)
        elif change.kind == "reset":
            self.beginResetModel()

    def _changed(self, change: Change) -> None:
        if change.kind == "insert":
            self.endInsertRows()
        elif change.kind == "remove":
            self.endRemoveRows()
        elif change.kind == "move":
            self.endMoveRows()
        elif change.kind == "reset":
            self.endResetModel()
        elif change.kind == "update":
            last = change.first + change.count - 1
            self.dataChanged.emit(self.index(change.first, 0), self.index(last, len(COLUMNS) - 1))

    # -- run state -----------------------------------------------------------------------------
    def set_current(self, row: int | None) -> None:
        old, self.current_row = self.current_row, row
        for r in {old, row} - {None}:
            self._row_changed(r)

    def set_status(self, row: int, status: str | None) -> None:
        if status is None:
            self.status.pop(row, None)
        else:
            self.status[row] = status
        self._row_changed(row)

    def clear_run_state(self) -> None:
        self.current_row = None
        self.status.clear()
        if self.steps:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.steps) - 1, len(COLUMNS) - 1))

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.steps):
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
