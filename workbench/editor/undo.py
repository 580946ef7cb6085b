"""The one place where pure commands meet Qt's undo stack."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from workbench.editor.commands import Command

_MERGE_ID = 4711


class UndoCommand(QUndoCommand):
    """Wraps a pure `Command`; redo/undo go through the document so the models hear of it."""

    def __init__(self, document, command: Command):
        super().__init__(command.text)
        self.document = document
        self.command = command

    def redo(self) -> None:
        self.document.apply(self.command, undo=False)

    def undo(self) -> None:
        self.document.apply(self.command, undo=True)

    def id(self) -> int:
        return _MERGE_ID if self.command.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UndoCommand):
            return False
        return self.command.merge(other.command)
