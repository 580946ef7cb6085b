"""Adgange: the credentials the library's recipes use, over the OS keyring (the backend is the
one `recipes.desktop.secrets` chooses explicitly; no getpass prompt anywhere).

For each credential name: its label, user name and window binding as the recipes declare them,
which recipes use it, and whether the keyring holds a password for it (and for which user).
A person can store or change the password (typed twice, never shown), test it (the keyring is
asked; the password is never shown), and delete it. Every change is a row of the audit trail.
Where the keyring cannot be reached, the dialog says so in Danish, with what it was doing, and
changes nothing; a run then asks for the password for that run only (`RunPasswordDialog`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from recipes.errors import EnvironmentMissing


@dataclass
class Use:
    """One credential name and what the recipes say of it."""

    name: str
    label: str = ""
    username: str | None = None
    window: str | None = None
    recipes: list[str] = field(default_factory=list)


def credentials_in(paths: list[Path]) -> list[Use]:
    """The credentials declared by the recipes at `paths`, by name, with the recipes using each
    (a recipe that cannot be read is passed over: the library shows its error)."""
    from workbench import recipe_io

    found: dict[str, Use] = {}
    for path in paths:
        try:
            recipe = recipe_io.load(path)
        except Exception:  # noqa: BLE001 - listed as broken in the library
            continue
        for cred in recipe.credentials:
            use = found.setdefault(cred.name, Use(cred.name))
            use.label = use.label or cred.label or ""
            use.username = use.username or cred.username
            use.window = use.window or cred.window
            if recipe.name not in use.recipes:
                use.recipes.append(recipe.name)
    return sorted(found.values(), key=lambda u: u.name)


class PasswordDialog(QDialog):
    """The password typed twice, never shown; OK only when both agree."""

    def __init__(self, use: Use, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Adgangskode"))
        self.first = QLineEdit(echoMode=QLineEdit.Password)
        self.second = QLineEdit(echoMode=QLineEdit.Password)
        self.username = QLineEdit(use.username or "")
        form = QFormLayout()
        form.addRow(QLabel(self.tr("Adgangskode til »{0}«").format(use.label or use.name)))
        form.addRow(self.tr("&Brugernavn"), self.username)
        form.addRow(self.tr("&Adgangskode"), self.first)
        form.addRow(self.tr("G&entag adgangskode"), self.second)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Gem i nøgleringen"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("A&nnuller"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.first, self.second):
            edit.textChanged.connect(self._check)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        ok = bool(self.first.text()) and self.first.text() == self.second.text()
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(ok)


def _keyring_problem(locked: bool) -> str:
    return (QCoreApplication.translate("Credentials", "nøgleringen er låst") if locked else
            QCoreApplication.translate("Credentials", "nøgleringen kan ikke nås"))


def _unlock_hint(locked: bool) -> str:
    return (QCoreApplication.translate(
        "Credentials", "Lås nøgleringen op (log ind igen, eller åbn »Adgangskoder og nøgler« og "
        "lås »Login« op), og prøv igen.") if locked else QCoreApplication.translate(
        "Credentials", "Brug et skrivebord med en nøglering (GNOME-nøglering eller KWallet)."))


class RunPasswordDialog(QDialog):
    """The keyring cannot be reached during a run: the password typed for this one run. The
    run holds it in memory until it ends; it is stored nowhere."""

    def __init__(self, label: str, username: str | None, problem: dict, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Adgangskode til denne kørsel"))
        locked = bool((problem.get("values") or {}).get("locked"))
        why = (self.tr("Nøgleringen er låst, så adgangskoden til »{0}« kan ikke hentes derfra.")
               if locked else self.tr("Arbejdsbordet kan ikke nå nogen nøglering, så "
                                      "adgangskoden til »{0}« kan ikke hentes derfra.")).format(label)
        self.explain = QLabel(why + " " + self.tr(
            "Skriv den her for at køre nu. Den bruges kun til denne kørsel og gemmes ikke – "
            "hverken i nøgleringen, i opskriften eller i historikken."))
        self.explain.setWordWrap(True)
        self.username = QLineEdit(username or "")
        self.password = QLineEdit(echoMode=QLineEdit.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Brugernavn"), self.username)
        form.addRow(self.tr("&Adgangskode"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Kør med adgangskoden"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("A&nnuller"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.password.textChanged.connect(self._check)
        lay = QVBoxLayout(self)
        lay.addWidget(self.explain)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.password.setFocus()
        self._check()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(bool(self.password.text()))

    def answer(self) -> tuple[str | None, str]:
        """(user name, password) as typed."""
        return self.username.text().strip() or None, self.password.text()


class CredentialsDialog(QDialog):
    COLUMNS = ("name", "label", "username", "window", "recipes", "stored")

    def __init__(self, paths: list[Path], secrets=None, history=None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Adgange"))
        self.resize(1000, 420)
        self.history = history
        self._secrets = secrets
        self.uses = credentials_in(paths)
        self.table = QTableWidget(len(self.uses), len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([
            self.tr("Navn"), self.tr("Etiket"), self.tr("Brugernavn"), self.tr("Kun i vinduet"),
            self.tr("Bruges af"), self.tr("I nøgleringen")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.Stretch)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("hint")
        self.set_button = QPushButton(self.tr("&Gem / skift adgangskode …"))
        self.test_button = QPushButton(self.tr("&Test"))
        self.delete_button = QPushButton(self.tr("&Slet fra nøgleringen"))
        close = QPushButton(self.tr("&Luk"))
        self.set_button.clicked.connect(self.set_selected)
        self.test_button.clicked.connect(self.test_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        close.clicked.connect(self.accept)
        for b in (self.set_button, self.test_button, self.delete_button, close):
            b.setAutoDefault(False)
        buttons = QHBoxLayout()
        for b in (self.set_button, self.test_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        explain = QLabel(self.tr(
            "Adgangskoder gemmes kun i styresystemets nøglering, aldrig i opskrifterne. Her ses "
            "hver adgang, som opskrifterne i biblioteket bruger."))
        explain.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(explain)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        self.empty = not self.uses
        if self.empty:
            self.message.setText(self.tr("Ingen opskrift i biblioteket bruger en adgang."))
        self.refresh()
        if self.uses:
            self.table.selectRow(0)

    # -- the keyring -------------------------------------------------------------------------
    def secrets(self):
        if self._secrets is None:
            from recipes.desktop.secrets import KeyringSecrets

            self._secrets = KeyringSecrets(wait=5.0)
        return self._secrets

    def _unreachable(self, exc: Exception, use: Use | None = None, doing: str = "read") -> None:
        """Say in Danish what could not be done and why (the keyring's typed error), and what a
        run does meanwhile; change nothing."""
        locked = bool(getattr(exc, "locked", False))
        name = (use.label or use.name) if use is not None else ""
        if doing == "write":
            said = self.tr("Adgangskoden til »{0}« blev ikke gemt: {1}.").format(
                name, _keyring_problem(locked))
        elif doing == "delete":
            said = self.tr("Adgangskoden til »{0}« blev ikke slettet: {1}.").format(
                name, _keyring_problem(locked))
        elif locked:
            said = self.tr("Nøgleringen er låst, så adgangskoderne kan ikke læses her.")
        else:
            said = self.tr("Nøgleringen kan ikke nås, så adgangskoderne kan ikke læses her.")
        self.message.setText(" ".join((said, _unlock_hint(locked), self.tr(
            "Indtil da kan opskrifterne stadig køres: ved hver kørsel spørger arbejdsbordet om "
            "adgangskoden og bruger den kun til den kørsel; den gemmes ikke."))))
        for b in (self.set_button, self.test_button, self.delete_button):
            b.setEnabled(False)

    def refresh(self) -> None:
        for row, use in enumerate(self.uses):
            try:
                user, password = self.secrets().get(use.name, None)
            except EnvironmentMissing as exc:
                self._unreachable(exc)
                user, password = None, None
                stored = self.tr("ukendt")
            else:
                stored = (self.tr("ja, bruger {0}").format(user) if password and user else
                          self.tr("ja") if password else self.tr("nej"))
            values = (use.name, use.label, use.username or "", use.window or self.tr("(alle)"),
                      ", ".join(use.recipes), stored)
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 5 and value == self.tr("nej"):
                    item.setForeground(Qt.darkRed)
                self.table.setItem(row, col, item)

    def selected(self) -> Use | None:
        rows = self.table.selectionModel().selectedRows()
        return self.uses[rows[0].row()] if rows else None

    def _audit(self, event: str, use: Use, **details) -> None:
        if self.history is not None:
            from recipes.principal import principal

            self.history.audit.append(event, principal(), credential=use.name, **details)

    # -- actions -----------------------------------------------------------------------------
    def ask_password(self, use: Use) -> tuple[str | None, str] | None:
        """(user name, password), or None where the person cancelled."""
        dialog = PasswordDialog(use, self)
        if dialog.exec() != QDialog.Accepted:
            return None
        return dialog.username.text().strip() or None, dialog.first.text()

    def set_selected(self) -> bool:
        use = self.selected()
        if use is None:
            return False
        answer = self.ask_password(use)
        if answer is None:
            return False
        user, password = answer
        try:
            self.secrets().set(use.name, user, password)
        except EnvironmentMissing as exc:
            self._unreachable(exc, use, "write")
            return False
        self._audit("credential_changed", use, username=user, source="workbench")
        self.message.setText(self.tr("Adgangskoden til »{0}« er gemt i nøgleringen.").format(
            use.label or use.name))
        self.refresh()
        return True

    def test_selected(self) -> bool:
        use = self.selected()
        if use is None:
            return False
        try:
            user, password = self.secrets().get(use.name, use.username)
        except EnvironmentMissing as exc:
            self._unreachable(exc, use)
            return False
        if password:
            self.message.setText(self.tr(
                "Nøgleringen har en adgangskode til »{0}«{1}. Opskrifterne kan logge ind med "
                "den (om den er rigtig, viser først programmet).").format(
                    use.label or use.name, self.tr(" for brugeren {0}").format(user) if user else ""))
            return True
        wanted = self.tr(" for brugeren {0}").format(use.username) if use.username else ""
        self.message.setText(self.tr(
            "Nøgleringen har ingen adgangskode til »{0}«{1}: en kørsel, der bruger den, stopper "
            "før første trin. Gem den med »Gem / skift adgangskode«.").format(
                use.label or use.name, wanted))
        return False

    def delete_selected(self) -> bool:
        use = self.selected()
        if use is None:
            return False
        try:
            user, _password = self.secrets().get(use.name, None)
            gone = self.secrets().delete(use.name, user)
        except EnvironmentMissing as exc:
            self._unreachable(exc, use, "delete")
            return False
        if gone:
            self._audit("credential_deleted", use, source="workbench")
        self.message.setText(
            self.tr("Adgangskoden til »{0}« er slettet fra nøgleringen.").format(
                use.label or use.name) if gone else
            self.tr("Nøgleringen havde ingen adgangskode til »{0}«.").format(use.label or use.name))
        self.refresh()
        return gone
