"""The recipe's own fields: name, description, manual baseline time, inputs and credentials.

Inputs and credentials are edited in small tables; every change is validated with the model and
pushed as one undoable `SetRecipeField`. Passwords never appear here: they live in the OS keyring.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)
from pydantic import ValidationError

from recipes.model import Credential, Input
from workbench.editor.commands import SetRecipeField
from workbench.field_widgets import ERROR_STYLE, FieldEditor
from workbench.editor.validation_text import danish_message


class _ListTable(QGroupBox):
    """A table of inputs or credentials: one row each; text columns plus an optional checkbox."""

    def __init__(self, title, headers, keys, model_cls, field, document, check_key=None):
        super().__init__(title)
        self.keys, self.model_cls, self.field, self.document = keys, model_cls, field, document
        self.check_key = check_key
        self.table = QTableWidget(0, len(keys))
        self.table.setHorizontalHeaderLabels(headers)
        header = self.table.horizontalHeader()
        # Short columns (a tick box, a default value) as wide as their heading; the rest share
        # what is left, so no heading is cut off in a narrow panel.
        header.setSectionResizeMode(QHeaderView.Stretch)
        for col, key in enumerate(keys):
            if key in ("sensitive", "default"):
                header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        header.setMinimumSectionSize(40)
        self.table.setMinimumWidth(160)
        self.table.verticalHeader().hide()
        self.table.itemChanged.connect(self._changed)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        add = QPushButton(self.tr("T&ilføj"))
        remove = QPushButton(self.tr("F&jern"))
        add.clicked.connect(self._add)
        remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(self.error)
        lay.addLayout(buttons)
        self._loading = False

    def load(self, items) -> None:
        self._loading = True
        self.table.setRowCount(0)
        for item in items:
            self._append(item.model_dump())
        self._loading = False
        self.error.hide()

    def _append(self, values: dict) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, key in enumerate(self.keys):
            cell = QTableWidgetItem()
            if key == self.check_key:
                cell.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable | Qt.ItemIsSelectable)
                cell.setCheckState(Qt.Checked if values.get(key) else Qt.Unchecked)
            else:
                v = values.get(key)
                cell.setText("" if v is None else str(v))
            self.table.setItem(r, c, cell)

    def _rows(self) -> list[dict]:
        rows = []
        for r in range(self.table.rowCount()):
            row = {}
            for c, key in enumerate(self.keys):
                cell = self.table.item(r, c)
                if key == self.check_key:
                    row[key] = cell.checkState() == Qt.Checked
                elif cell is not None and cell.text().strip():
                    row[key] = cell.text().strip()
            rows.append(row)
        return rows

    def _changed(self, *_):
        if self._loading:
            return
        try:
            items = [self.model_cls.model_validate(row) for row in self._rows()]
        except ValidationError as exc:
            err = exc.errors()[0]
            where = err["loc"][0] if err["loc"] else ""
            self.error.setText(f"{where}: {danish_message(err)}" if where else danish_message(err))
            self.error.show()
            return
        names = [i.name for i in items]
        if len(set(names)) != len(names):
            self.error.setText(self.tr("To rækker har samme navn."))
            self.error.show()
            return
        self.error.hide()
        if items != getattr(self.document.recipe, self.field):
            owner = self.parent()
            setattr(owner, "_pushing", True)
            try:
                self.document.push(SetRecipeField(self.field, items, self.title()))
            finally:
                setattr(owner, "_pushing", False)

    def _add(self):
        self._loading = True
        n = self.table.rowCount() + 1
        self._append({"name": f"{'vaerdi' if self.field == 'inputs' else 'system'}{n}"})
        self._loading = False
        self._changed()

    def _remove(self):
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for r in rows or [self.table.rowCount() - 1]:
            if r >= 0:
                self.table.removeRow(r)
        self._changed()


class RecipePanel(QWidget):
    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self._pushing = False
        form = QFormLayout()
        self.name = FieldEditor("name", "str")
        self.description = FieldEditor("description", "str")
        self.baseline = FieldEditor("baseline_seconds", "optfloat",
                                    placeholder=self.tr("fx 45"))
        form.addRow(self.tr("&Navn"), self.name)
        form.addRow(self.tr("&Beskrivelse"), self.description)
        self.baseline_source = QLabel()
        self.baseline_source.setWordWrap(True)
        self.baseline_source.setObjectName("hint")
        self.measure = QPushButton(self.tr("Mål med &stopur …"))
        self.measure.setToolTip(self.tr("Tag tid på dig selv, mens du gør sagen i hånden"))
        self.measure.clicked.connect(self.open_stopwatch)
        self.stopwatch = None
        form.addRow(self.tr("Manuel &tid pr. sag (s)"), self.baseline)
        form.addRow("", self.baseline_source)
        form.addRow("", self.measure)
        for ed in (self.name, self.description, self.baseline):
            ed.edited.connect(self._field_edited)
        self.inputs = _ListTable(self.tr("Inddata"), [self.tr("Navn"), self.tr("Etiket"),
                                 self.tr("Følsom"), self.tr("Standardværdi")],
                                 ["name", "label", "sensitive", "default"], Input, "inputs",
                                 document, check_key="sensitive")
        self.credentials = _ListTable(self.tr("Adgange (fra nøgleringen)"),
                                      [self.tr("Navn"), self.tr("Etiket"), self.tr("Brugernavn")],
                                      ["name", "label", "username"], Credential, "credentials",
                                      document)
        self.set_password = QPushButton(self.tr("&Adgangskode …"))
        self.set_password.setToolTip(self.tr("Gem adgangskode i nøgleringen …"))
        self.set_password.clicked.connect(self.store_password)
        self.credentials.layout().itemAt(2).layout().insertWidget(2, self.set_password)
        hint = QLabel(self.tr("Adgangskoder gemmes aldrig i opskriften, kun i styresystemets "
                              "nøglering."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.inputs)
        lay.addWidget(self.credentials)
        lay.addWidget(hint)
        lay.addStretch(1)
        document.changed.connect(self._document_changed)
        self.reload()

    def store_password(self, _checked=False, secrets=None) -> bool:
        """Ask for the selected credential's password and put it in the OS keyring."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

        creds = self.document.recipe.credentials
        if not creds:
            return False
        rows = sorted({i.row() for i in self.credentials.table.selectedIndexes()})
        cred = creds[rows[0]] if rows and rows[0] < len(creds) else creds[0]
        password, ok = QInputDialog.getText(
            self, self.tr("Adgangskode"), self.tr("Adgangskode til »{0}«{1}:").format(
                cred.label or cred.name, f" ({cred.username})" if cred.username else ""),
            QLineEdit.Password)
        if not ok or not password:
            return False
        try:
            if secrets is None:
                from recipes.desktop.secrets import KeyringSecrets

                secrets = KeyringSecrets()
            secrets.set(cred.name, cred.username, password)
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Nøgleringen afviste adgangskoden"), str(exc))
            return False
        QMessageBox.information(self, self.tr("Gemt"), self.tr(
            "Adgangskoden til »{0}« er gemt i nøgleringen.").format(cred.label or cred.name))
        return True

    def reload(self) -> None:
        r = self.document.recipe
        self.name.set_value(r.name)
        self.description.set_value(r.description)
        manual = r.manual_time()
        self.baseline.set_value(manual[0] if manual else None)
        self.baseline_source.setText(self._source_text(r))
        self.inputs.load(r.inputs)
        self.credentials.load(r.credentials)

    def _source_text(self, r) -> str:
        b = r.baseline
        if b is None:
            return (self.tr("Kilde: indtastet. Mål tiden med stopuret, så gevinsten hviler på "
                            "en måling.") if r.baseline_seconds else
                    self.tr("Ingen manuel tid: opskriftens kørsler tæller ikke i gevinsten."))
        source = {"målt": self.tr("målt"), "indtastet": self.tr("indtastet"),
                  "estimeret": self.tr("estimeret")}.get(b.source, b.source)
        text = self.tr("Kilde: {0}").format(source)
        if b.samples:
            text += self.tr(", median af {0} målinger").format(len(b.samples))
        if b.by:
            text += self.tr(", af {0}").format(b.by)
        if b.at:
            text += self.tr(" den {0}").format(_danish_date(b.at))
        return text

    def open_stopwatch(self) -> None:
        from workbench.editor.stopwatch import StopwatchDialog

        settings = getattr(self.window(), "settings", None)
        who = settings.who if settings is not None else ""
        if not who:
            from recipes.principal import principal

            who = principal()
        self.stopwatch = StopwatchDialog(self.document, who,
                                         getattr(self.document, "recorded_seconds", None),
                                         parent=self)
        self.stopwatch.show()

    def _field_edited(self, key: str) -> None:
        ed = {"name": self.name, "description": self.description,
              "baseline_seconds": self.baseline}[key]
        try:
            value = ed.value()
        except ValueError as exc:
            ed.set_error(str(exc))
            return
        if key == "description" and value is None:
            value = ""
        try:
            copy = self.document.recipe.model_copy(
                update={"baseline": None} if key == "baseline_seconds" else {})
            type(self.document.recipe).__pydantic_validator__.validate_assignment(
                copy, key, value)
        except ValidationError as exc:
            ed.set_error(danish_message(exc.errors()[0]))
            return
        ed.set_error(None)
        self._pushing = True
        try:
            if key == "baseline_seconds":
                from workbench.editor.commands import SetManualTime

                # A figure typed in replaces a measured one: its source is then `indtastet`.
                self.document.push(SetManualTime(None, value, self.tr("Ret manuel tid")))
                self.baseline_source.setText(self._source_text(self.document.recipe))
                return
            self.document.push(SetRecipeField(key, value, self.tr("Ret opskriftens felter")))
        finally:
            self._pushing = False

    def _document_changed(self, change) -> None:
        if change.kind in ("recipe", "reset") and not self._pushing:
            self.reload()


def _danish_date(iso: str) -> str:
    try:
        import datetime as dt

        return dt.date.fromisoformat(iso).strftime("%d-%m-%Y")
    except ValueError:
        return iso
