"""Small editors for one recipe field each: text, number, pair [x, y], list, yes/no, choice.

Each editor turns what a person typed into the value the model wants (`value()`), raising
`ValueError` with a Danish message when it cannot, and shows an inline error under itself.
"""

from __future__ import annotations

import shlex

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QLabel, QLineEdit, QSizePolicy, QToolButton, QVBoxLayout, QWidget,
)

ERROR_STYLE = "color: #b3261e;"


def _number(text: str, kind: type):
    text = text.strip().replace(",", ".") if kind is float else text.strip()
    return kind(text)


class FieldEditor(QWidget):
    """`kind`: str, optstr, float, optfloat, int, optint, pair, optpair, quad, list, bool, choice."""

    edited = Signal(str)

    def __init__(self, key: str, kind: str, choices: list[tuple[str, str]] | None = None,
                 placeholder: str = "", parent=None, text: str = ""):
        super().__init__(parent)
        self.key, self.kind = key, kind
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        if kind == "bool":
            self.editor = QCheckBox(text)  # its own text names it: no form label needed
            self.editor.toggled.connect(lambda _v: self.edited.emit(self.key))
        elif kind == "choice":
            self.editor = QComboBox()
            # A narrow panel: the box may be narrower than its longest choice.
            self.editor.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            self.editor.setMinimumContentsLength(8)
            for value, label in choices or []:
                self.editor.addItem(label, value)
            self.editor.currentIndexChanged.connect(lambda _i: self.edited.emit(self.key))
        else:
            self.editor = QLineEdit(placeholderText=placeholder)
            self.editor.textEdited.connect(lambda _t: self.edited.emit(self.key))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.editor)
        lay.addWidget(self.error)

    def showEvent(self, event) -> None:
        """The editor is named by the form's label for it (a screen reader says the label)."""
        if not self.editor.accessibleName():
            from PySide6.QtWidgets import QFormLayout

            parent = self.parentWidget()
            form = parent.layout() if parent is not None else None
            label = form.labelForField(self) if isinstance(form, QFormLayout) else None
            if label is not None and hasattr(label, "text"):
                self.editor.setAccessibleName(label.text().replace("&", ""))
        super().showEvent(event)

    def set_value(self, value) -> None:
        self.editor.blockSignals(True)
        if self.kind == "bool":
            self.editor.setChecked(bool(value))
        elif self.kind == "choice":
            i = self.editor.findData(value)
            self.editor.setCurrentIndex(max(i, 0))
        elif value is None:
            self.editor.setText("")
        elif self.kind in ("pair", "optpair", "quad"):
            self.editor.setText(", ".join(str(v) for v in value))
        elif self.kind == "list":
            self.editor.setText(shlex.join(value))
        elif self.kind in ("float", "optfloat"):
            self.editor.setText(f"{value:g}".replace(".", ","))
        else:
            self.editor.setText(str(value))
        if isinstance(self.editor, QLineEdit):
            # A long value (a command, a description) shows from its start, and whole on hover.
            self.editor.setCursorPosition(0)
            self.editor.setToolTip(self.editor.text() if len(self.editor.text()) > 30 else "")
        self.editor.blockSignals(False)
        self.set_error(None)

    def value(self):
        if self.kind == "bool":
            return self.editor.isChecked()
        if self.kind == "choice":
            return self.editor.currentData()
        text = self.editor.text()
        if not text.strip():
            if self.kind.startswith("opt") or self.kind in ("pair", "quad"):
                return None
            if self.kind == "list":
                return []
            return text if self.kind == "str" else None
        try:
            if self.kind in ("str", "optstr"):
                return text
            if self.kind in ("float", "optfloat"):
                return _number(text, float)
            if self.kind in ("int", "optint"):
                return _number(text, int)
            if self.kind == "list":
                return shlex.split(text)
            parts = [int(_number(p, float)) for p in text.replace(";", ",").split(",") if p.strip()]
        except ValueError:
            raise ValueError(self._format_hint()) from None
        want = 4 if self.kind == "quad" else 2
        if len(parts) != want:
            raise ValueError(self._format_hint())
        return tuple(parts)

    def _format_hint(self) -> str:
        if self.kind in ("float", "optfloat"):
            return self.tr("Skal være et tal, fx 2 eller 0,5.")
        if self.kind in ("int", "optint"):
            return self.tr("Skal være et helt tal.")
        if self.kind == "quad":
            return self.tr("Skriv fire tal: x, y, bredde, højde.")
        if self.kind == "list":
            return self.tr("Anførselstegn er ikke lukket.")
        return self.tr("Skriv to tal adskilt af komma, fx 120, 40.")

    def set_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self.editor.setStyleSheet("border: 1px solid #b3261e;" if message else "")


class Collapsible(QWidget):
    """A heading that opens and closes the widgets under it (closed to begin with)."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setText(title)
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.toggle.setObjectName("collapsible")
        self.toggle.toggled.connect(self.set_open)
        self.content = QWidget()
        self.content.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.toggle)
        lay.addWidget(self.content)

    def is_open(self) -> bool:
        return self.toggle.isChecked()

    def set_open(self, on: bool) -> None:
        self.toggle.blockSignals(True)
        self.toggle.setChecked(on)
        self.toggle.blockSignals(False)
        self.toggle.setArrowType(Qt.DownArrow if on else Qt.RightArrow)
        self.content.setVisible(on)
