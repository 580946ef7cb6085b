"""Asking for a run's input values (CPR-nummer, ...) before a run from the window."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from workbench.mnemonics import mnemonic_of, with_mnemonic


class InputsDialog(QDialog):
    def __init__(self, recipe, parent=None, practice: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Værdier til øvelsen") if practice
                            else self.tr("Værdier til kørslen"))
        form = QFormLayout(self)
        form.addRow(QLabel(
            self.tr("Udfyld værdierne til øvelsen; du skriver dem selv i programmet, og "
                    "robotten bruger dem kun, når du beder den vise et trin:") if practice
            else self.tr("Udfyld værdierne, som opskriften skal bruge:")))
        self.edits = {}
        start = self.tr("&Start øvelsen") if practice else self.tr("&Kør")
        cancel = self.tr("A&nnuller")
        taken = {mnemonic_of(start), mnemonic_of(cancel)}
        for i in recipe.inputs:
            ed = QLineEdit(i.default or "")
            if i.sensitive and not practice:
                # In practice the trainee types it into the program from here: shown.
                ed.setEchoMode(QLineEdit.Password)
            self.edits[i.name] = ed
            form.addRow(with_mnemonic(i.label or i.name, taken), ed)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(start)
        buttons.button(QDialogButtonBox.Cancel).setText(cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, str]:
        return {name: ed.text() for name, ed in self.edits.items()}


# Tests and scripted runs may set this to answer instead of a person: recipe -> values or None.
answer_for_tests = None


def ask_values(recipe, parent=None, practice: bool = False) -> dict[str, str] | None:
    """Values for every input (defaults filled in); None when the person cancels. `practice`:
    for guided practice (its own words, values shown)."""
    if not recipe.inputs:
        return {}
    if all(i.default is not None for i in recipe.inputs):
        return {i.name: i.default for i in recipe.inputs}
    if answer_for_tests is not None:
        return answer_for_tests(recipe)
    dialog = InputsDialog(recipe, parent, practice)
    return dialog.values() if dialog.exec() else None
