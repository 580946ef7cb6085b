"""The step list: a table of the recipe's steps with thumbnails; drag to reorder, and the edits
insert, duplicate, delete, move up and down (all undoable)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QMenu, QStyle, QTableView, QToolBar, QToolButton, QVBoxLayout,
    QWidget,
)
from pydantic import TypeAdapter

from recipes.model import Step
from workbench.editor.commands import InsertSteps, RemoveSteps
from workbench.labels import action_labels
from workbench.mnemonics import with_mnemonic
from workbench.editor.steps_model import StepsTableModel
from workbench.thumbnails import THUMB

NEW_STEP = {
    "click": {"target": {"text": "Tekst"}}, "double_click": {"target": {"text": "Tekst"}},
    "right_click": {"target": {"text": "Tekst"}}, "type": {"text": ""},
    "press": {"keys": "Return"}, "scroll": {"amount": 3},
    "drag": {"target": {"text": "Fra"}, "to": {"text": "Til"}}, "wait": {"seconds": 1},
    "wait_for": {"target": {"text": "Tekst"}},
    "read_text": {"target": {"text": "Tekst"}, "size": [200, 30], "into": "vaerdi"},
    "expect": {"target": {"text": "Tekst"}}, "checkpoint": {"message": "Er alt rigtigt?"},
    "launch": {"command": ["program"]}, "focus": {"window": "Vindue"},
}
_ADAPTER = TypeAdapter(Step)


def new_step(action: str):
    return _ADAPTER.validate_python({"action": action, **NEW_STEP[action]})


class StepsView(QWidget):
    currentStepChanged = Signal(object)  # int or None

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.model = StepsTableModel(document, self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Opskriftens trin"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.InternalMove)
        self.table.setDefaultDropAction(Qt.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setIconSize(THUMB)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setDefaultSectionSize(THUMB.height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.Fixed)
        self.table.setColumnWidth(0, THUMB.width() + 12)
        h.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.Stretch)
        h.setSectionResizeMode(3, QHeaderView.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        style = self.style()
        bar = QToolBar()
        bar.setIconSize(QSize(18, 18))
        bar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        insert = QToolButton()
        insert.setText(self.tr("&Indsæt trin"))
        insert.setIcon(style.standardIcon(QStyle.SP_FileDialogNewFolder))
        insert.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        insert.setPopupMode(QToolButton.InstantPopup)
        menu = QMenu(insert)
        taken: set[str] = set()
        for action, label in action_labels().items():
            menu.addAction(with_mnemonic(label, taken), lambda a=action: self.insert_step(a))
        insert.setMenu(menu)
        bar.addWidget(insert)
        self.actions = {}
        for key, text, icon, shortcut, slot in (
            ("duplicate", self.tr("&Dupliker"), QStyle.SP_FileLinkIcon, "Ctrl+D", self.duplicate),
            ("delete", self.tr("&Slet"), QStyle.SP_TrashIcon, QKeySequence.Delete, self.delete),
            ("up", self.tr("&Op"), QStyle.SP_ArrowUp, "Ctrl+Up", lambda: self.move(-1)),
            ("down", self.tr("&Ned"), QStyle.SP_ArrowDown, "Ctrl+Down", lambda: self.move(1)),
        ):
            a = QAction(style.standardIcon(icon), text, self)
            a.setShortcut(QKeySequence(shortcut))
            a.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            a.triggered.connect(slot)
            bar.addAction(a)
            # Also on the view itself: a shortcut's "widget with children" is the widget the
            # action is added to, and the keys are pressed in the table, not in the toolbar.
            self.addAction(a)
            self.actions[key] = a
        self._run_actions: list[tuple[str, object]] = []
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self._insert_menu = menu
        self.toolbar = bar
        self.read_only = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(bar)
        lay.addWidget(self.table, 1)

    def set_read_only(self, on: bool = True) -> None:
        """Steps to look at and run, not to change (the operator view): no toolbar, no
        dragging, and the context menu offers only running."""
        self.read_only = on
        self.toolbar.setVisible(not on)
        self.table.setDragEnabled(not on)
        self.table.setAcceptDrops(not on)
        self.table.setDragDropMode(QAbstractItemView.NoDragDrop if on
                                   else QAbstractItemView.InternalMove)
        for action in self.actions.values():
            action.setEnabled(not on)

    def add_run_actions(self, actions) -> None:
        """(text, callable) pairs offered first in the step's context menu (set by the runner)."""
        self._run_actions = list(actions)

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        for text, slot in self._run_actions:
            menu.addAction(self.style().standardIcon(QStyle.SP_MediaPlay), text, slot)
        if self.read_only:
            return menu
        if self._run_actions:
            menu.addSeparator()
        insert = menu.addMenu(self.tr("&Indsæt trin efter"))
        for action in self._insert_menu.actions():
            insert.addAction(action)
        for key in ("duplicate", "delete", "up", "down"):
            menu.addAction(self.actions[key])
        return menu

    def _context_menu(self, pos) -> None:
        if self.table.indexAt(pos).isValid():
            self.context_menu().exec(self.table.viewport().mapToGlobal(pos))

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def current_row(self) -> int | None:
        idx = self.table.currentIndex()
        return idx.row() if idx.isValid() else None

    def select_row(self, row: int | None) -> None:
        if row is None or not (0 <= row < self.model.rowCount()):
            self.table.clearSelection()
            self.currentStepChanged.emit(None)
            return
        # Through the selection model, not selectRow/setCurrentIndex: those follow the keyboard
        # modifiers held at the moment (Ctrl toggles the row), so a Ctrl still down from a
        # shortcut would deselect the step the program means to show.
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        self.table.scrollTo(index)

    def _current_changed(self, current, _previous):
        self.currentStepChanged.emit(current.row() if current.isValid() else None)

    # -- edits ---------------------------------------------------------------------------------
    def insert_position(self) -> int:
        rows = self.selected_rows()
        return rows[-1] + 1 if rows else len(self.document.recipe.steps)

    def insert_steps(self, steps: list, at: int | None = None, text: str | None = None) -> None:
        at = self.insert_position() if at is None else at
        self.document.push(InsertSteps(at, steps, text or self.tr("Indsæt trin")))
        self.select_row(at)

    def insert_step(self, action: str) -> None:
        self.insert_steps([new_step(action)])

    def duplicate(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        steps = [self.document.recipe.steps[r].model_copy(update={"id": None}) for r in rows]
        self.insert_steps(steps, rows[-1] + 1, self.tr("Dupliker trin"))

    def delete(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        stack = self.document.undo_stack
        stack.beginMacro(self.tr("Slet trin"))
        for r in reversed(rows):
            self.document.push(RemoveSteps(r, 1, self.tr("Slet trin")))
        stack.endMacro()
        self.select_row(min(rows[0], len(self.document.recipe.steps) - 1))

    def move(self, delta: int) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        n = len(self.document.recipe.steps)
        if (delta < 0 and rows[0] == 0) or (delta > 0 and rows[-1] == n - 1):
            return
        before = rows[0] - 1 if delta < 0 else rows[-1] + 2
        self.model.move_rows(rows, before)
        self.table.clearSelection()
        first = rows[0] + delta
        self.table.setCurrentIndex(self.model.index(first, 0))
        for r in range(first, first + len(rows)):
            self.table.selectionModel().select(
                self.model.index(r, 0),
                QItemSelectionModel.Select | QItemSelectionModel.Rows)
