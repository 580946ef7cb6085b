"""Asking for a run's input values (CPR-nummer, ...) before a run from the window."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit


class InputsDialog(QDialog):
    def __init__(self, recipe, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Værdier til kørslen"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Udfyld værdierne, som opskriften skal bruge:")))
        self.edits = {}
        for i in recipe.inputs:
            ed = QLineEdit(i.default or "")
            if i.sensitive:
                ed.setEchoMode(QLineEdit.Password)
            self.edits[i.name] = ed
            form.addRow(i.label or i.name, ed)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Kør"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Annuller"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, str]:
        return {name: ed.text() for name, ed in self.edits.items()}


# Tests and scripted runs may set this to answer instead of a person: recipe -> values or None.
answer_for_tests = None


def ask_values(recipe, parent=None) -> dict[str, str] | None:
    """Values for every input (defaults filled in); None when the person cancels."""
    if not recipe.inputs:
        return {}
    if all(i.default is not None for i in recipe.inputs):
        return {i.name: i.default for i in recipe.inputs}
    if answer_for_tests is not None:
        return answer_for_tests(recipe)
    dialog = InputsDialog(recipe, parent)
    return dialog.values() if dialog.exec() else None
