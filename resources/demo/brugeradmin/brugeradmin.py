"""BrugerAdmin 2006: a small legacy-style IT user administration program in Qt widgets, with
fictitious data.

An IT supporter logs in, creates a user from a request (full name, initials, department), picks
the user's groups in a list, and creates the user with a first password that the program makes
and shows ("Nulstil adgangskode" makes a new one for an existing user). Every user created and
every password reset is appended to $WORKBENCH_HOME/demo/brugeradmin_gemt.jsonl (else
<tmp>/brugeradmin-demo/), one JSON object a line, owner-only, so a test can compare. The
passwords it makes are not written there.

Runs on the workbench's own Python (PySide6). The fictitious password is Sommer2024!.
"""

import datetime
import json
import os
import secrets
import signal
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QMainWindow, QMessageBox, QPushButton, QStackedWidget, QVBoxLayout,
    QWidget,
)

USER, PASSWORD = "itsupport", "Sommer2024!"
DEPARTMENTS = ("Borgerservice", "Løn og Personale", "Teknik og Miljø", "Ældre og Sundhed",
               "Skole og Dagtilbud")
GROUPS = ("Alle medarbejdere", "Sagsbehandlere", "Økonomi-læs", "Økonomi-skriv", "Løn",
          "Byggesager", "Hjemmepleje", "Skoleintra", "Fjernadgang", "Printere 1. sal")


def store() -> Path:
    home = os.environ.get("WORKBENCH_HOME")
    base = Path(home) / "demo" if home else Path(tempfile.gettempdir()) / "brugeradmin-demo"
    return base / "brugeradmin_gemt.jsonl"


def save(record: dict) -> None:
    path = store()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    with open(fd, "a", encoding="utf-8") as f:
        f.write(json.dumps(record, ensure_ascii=False) + "\n")
        f.flush()
        os.fsync(f.fileno())


class BrugerAdmin(QMainWindow):
    def __init__(self):
        super().__init__()
        self.setWindowTitle("BrugerAdmin 2006 – Brugere og grupper")
        self.move(80, 60)
        self.resize(720, 560)
        # The demo's directory starts empty each time the program starts (so the demo can be
        # run again); the file only records what was done.
        self.users: set[str] = set()
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.pages.addWidget(self._login_page())
        self.pages.addWidget(self._main_page())
        self.statusBar().showMessage("Klar.")

    def _login_page(self):
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(40, 40, 40, 40)
        title = QLabel("Velkommen til BrugerAdmin")
        title.setStyleSheet("font-weight: bold;")
        form.addRow(title)
        self.user = QLineEdit()
        self.password = QLineEdit(echoMode=QLineEdit.Password)
        for w in (self.user, self.password):
            w.setFixedWidth(200)
        form.addRow("Brugernavn:", self.user)
        form.addRow("Adgangskode:", self.password)
        button = QPushButton("Log ind")
        button.setFixedWidth(120)
        button.clicked.connect(self._log_in)
        self.password.returnPressed.connect(self._log_in)
        form.addRow("", button)
        return page

    def _main_page(self):
        page = QWidget()
        lay = QHBoxLayout(page)
        request = QGroupBox("Ny bruger")
        form = QFormLayout(request)
        self.full_name = QLineEdit()
        self.initials = QLineEdit()
        self.department = QComboBox()
        self.department.addItems(DEPARTMENTS)
        for w in (self.full_name, self.initials):
            w.setFixedWidth(220)
        form.addRow("Fulde navn:", self.full_name)
        form.addRow("Initialer:", self.initials)
        form.addRow("Afdeling:", self.department)
        self.logon = QLabel("–")
        self.logon.setFixedWidth(260)
        self.initials.textChanged.connect(
            lambda t: self.logon.setText(f"KOMM-{t.strip().upper()}" if t.strip() else "–"))
        form.addRow("Logon-navn:", self.logon)
        self.create = QPushButton("Opret bruger")
        self.create.clicked.connect(self._create)
        form.addRow("", self.create)
        self.reset = QPushButton("Nulstil adgangskode")
        self.reset.clicked.connect(self._reset)
        form.addRow("", self.reset)
        groups = QGroupBox("Grupper")
        gl = QVBoxLayout(groups)
        self.groups = QListWidget()
        self.groups.addItems(GROUPS)
        self.groups.setSelectionMode(QAbstractItemView.MultiSelection)
        gl.addWidget(self.groups)
        lay.addWidget(request, 3)
        lay.addWidget(groups, 2)
        return page

    def _log_in(self):
        if self.user.text() == USER and self.password.text() == PASSWORD:
            self.pages.setCurrentIndex(1)
            self.full_name.setFocus()
        else:
            self.statusBar().showMessage("Forkert brugernavn eller adgangskode.")
            self.password.clear()

    def _create(self):
        name, initials = self.full_name.text().strip(), self.initials.text().strip().lower()
        chosen = [i.text() for i in self.groups.selectedItems()]
        if not name or not (2 <= len(initials) <= 5 and initials.isalpha()):
            self.statusBar().showMessage("Udfyld fulde navn og initialer (2-5 bogstaver).")
            return
        if initials in self.users:
            self.statusBar().showMessage(f"Brugeren {initials} findes allerede.")
            return
        if not chosen:
            self.statusBar().showMessage("Vælg mindst én gruppe.")
            return
        box = QMessageBox(QMessageBox.Question, "Bekræft oprettelse",
                          f"Opret brugeren {initials} ({name}) i {self.department.currentText()} "
                          f"med {len(chosen)} grupper?", parent=self)
        yes = box.addButton("Ja", QMessageBox.YesRole)
        box.setDefaultButton(box.addButton("Nej", QMessageBox.NoRole))
        box.exec()
        if box.clickedButton() is not yes:
            self.statusBar().showMessage("Ikke oprettet.")
            return
        save({"handling": "oprettet", "brugernavn": initials, "logon": self.logon.text(),
              "navn": name,
              "afdeling": self.department.currentText(), "grupper": sorted(chosen),
              "af": USER, "tid": datetime.datetime.now().astimezone().isoformat(timespec="seconds")})
        self.users.add(initials)
        first = secrets.token_urlsafe(6)
        self.statusBar().showMessage(f"Oprettet: {initials}. Første adgangskode: {first}")
        self.full_name.clear()
        self.initials.clear()
        self.groups.clearSelection()
        self.department.setCurrentIndex(0)

    def _reset(self):
        initials = self.initials.text().strip().lower()
        if initials not in self.users:
            self.statusBar().showMessage("Skriv initialerne på en bruger, der findes.")
            return
        save({"handling": "nulstillet", "brugernavn": initials, "af": USER,
              "tid": datetime.datetime.now().astimezone().isoformat(timespec="seconds")})
        self.statusBar().showMessage(f"Ny adgangskode til {initials}: {secrets.token_urlsafe(6)}")


def main() -> int:
    app = QApplication(sys.argv)
    app.setStyle("Windows")          # the look of the time
    app.setFont(QFont("DejaVu Sans", 10))
    window = BrugerAdmin()
    window.show()
    signal.signal(signal.SIGTERM, lambda *_: app.quit())
    tick = QTimer()                  # lets Python see the signal while Qt waits
    tick.start(200)
    tick.timeout.connect(lambda: None)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
