"""Recording from the window: Optag -> a countdown -> a small always-on-top control (Pause, Stop)
while the workbench steps aside -> the new steps are inserted into the open recipe at the selected
position, as one undoable edit.

The workbench's own windows are never recorded: the X11 recorder ignores this process's windows.
The recording is written next to the open recipe (`<name>_optagelse_N.yaml` with its images in
`<name>_optagelse_N_assets/`), so the relative image paths of the new steps stay valid; the
temporary YAML is removed once its steps are in the recipe.

After a recording the passwords typed are offered to the keyring the way `main.py record` offers
them (`recorders.api.keep_secrets`), and steps typed as a password without proof are listed for
the person to check. A crash mid-recording leaves the recorder's journal; the next »Optag« on the
recipe offers to take its steps in (or to delete it) and never records on top of it.
"""

from __future__ import annotations

import os
import re
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton,
    QVBoxLayout, QWidget,
)

from workbench.editor.commands import InsertSteps
from recipes.guide import keys_text
from workbench.labels import recording_note
from workbench.editor.document import RECORDING_ASSETS
from workbench.mnemonics import mnemonic_of, with_mnemonic
from workbench.own_windows import come_back, step_aside

RECORDING_NAME = "{0}_optagelse_{1}.yaml"


def record_icon() -> QIcon:
    pix = QPixmap(32, 32)
    pix.fill(Qt.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.Antialiasing)
    p.setBrush(QColor("#d12f1f"))
    p.setPen(Qt.NoPen)
    p.drawEllipse(6, 6, 20, 20)
    p.end()
    return QIcon(pix)


def default_session_factory(out: Path, settings):
    """The real recorder on this display (as `main.py record` makes it); this process's windows
    are not recorded."""
    from recorders.api import default_reader, new_recording

    return new_recording(out, ignore_pids={os.getpid()}, reader=default_reader(),
                         stop_keys=settings.stop_recording_hotkey)


def default_builder(out: Path, session):
    """Finish the session and build its recipe (in a worker thread: OCR takes a moment)."""
    from recorders.api import stop_recording

    # Named after the open recipe, not the recording's temporary file: credentials recorded are
    # filed under the recipe's name ("sag_adgangskode").
    return stop_recording(session, name=re.sub(r"_optagelse_\d+$", "", out.stem))


def default_recoverer(out: Path):
    """The recipe of an unfinished recording, rebuilt from its journal (in a worker thread)."""
    from recorders.api import default_reader, recover_recording

    return recover_recording(out, default_reader(), out.stem)


class RecordingControl(QWidget):
    """The small always-on-top control shown while recording."""

    def __init__(self, parent=None):
        super().__init__(parent, Qt.Tool | Qt.WindowStaysOnTopHint | Qt.FramelessWindowHint)
        self.setWindowTitle(self.tr("Optager"))
        self.setObjectName("recordingControl")
        self.setStyleSheet("QWidget#recordingControl { background: #2b2f33; border-radius: 6px; }"
                           "QLabel { color: white; font-weight: 600; padding: 0 6px; }"
                           "QLabel#recordingHotkey { color: #c8ccd0; font-weight: 400; "
                           "font-size: 11px; }")
        self.label = QLabel()
        self.pause = QPushButton(self.tr("&Pause"))
        self.stop = QPushButton(self.tr("&Stop"))
        self.stop.setObjectName("danger")
        dot = QLabel()
        dot.setPixmap(record_icon().pixmap(16, 16))
        self.hotkey = QLabel()
        self.hotkey.setObjectName("recordingHotkey")
        said = QVBoxLayout()
        said.setSpacing(0)
        said.addWidget(self.label)
        said.addWidget(self.hotkey)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.addWidget(dot)
        lay.addLayout(said)
        lay.addWidget(self.pause)
        lay.addWidget(self.stop)

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.adjustSize()

    def show_hotkey(self, keys: str) -> None:
        """The stop hotkey, as people write keys (Ctrl+Shift+F12), always in sight."""
        self.hotkey.setText(self.tr("Stop optagelsen: {0}").format(keys_text(keys)))
        self.adjustSize()


class RecordingReview(QDialog):
    """What the recorder noticed, each attached to its step, shown when the recording stops
    (and staying until the person closes it): a field taken as a password, a value turned into
    an input, a wait put in, a place it could not tell apart. "Gå til trinnet" selects it."""

    def __init__(self, lines: list[tuple[int | None, str]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Det lagde optageren mærke til"))
        self.resize(640, 360)
        intro = QLabel(self.tr("Tjek disse trin, før opskriften bruges:"))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        for row, text in lines:
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, row)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.go = QPushButton(self.tr("&Gå til trinnet"))
        close = QPushButton(self.tr("&OK"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.go)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.list, 1)
        lay.addLayout(buttons)

    def current_row(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.UserRole)


class RecordController(QObject):
    COUNTDOWN = 3

    def __init__(self, window, session_factory=None, builder=None, secrets=None):
        super().__init__(window)
        self.window = window
        self.session_factory = session_factory or (
            lambda out: default_session_factory(out, window.settings))
        self.builder = builder or default_builder
        self.recoverer = default_recoverer
        self.secrets = secrets  # a recipes.ports.Secrets; None: the OS keyring
        self.dialog: QMessageBox | None = None  # the question open after or before a recording
        self.review: RecordingReview | None = None  # what the recorder noticed, until closed
        self.session = None
        self.out: Path | None = None
        self.position = 0
        self.control = RecordingControl()
        self.control.pause.clicked.connect(self.toggle_pause)
        self.control.stop.clicked.connect(self.stop)
        self._count = 0
        self._countdown = QTimer(self, interval=1000)
        self._countdown.timeout.connect(self._tick)
        self._poll = QTimer(self, interval=300)
        self._poll.timeout.connect(self._check)
        self._pool = ThreadPoolExecutor(max_workers=1)
        self._building: Future | None = None

    def install(self, bar, before) -> None:
        self.act_record = QAction(record_icon(), self.tr("&Optag"), self)
        self.act_record.setShortcut(QKeySequence("Ctrl+R"))
        self.act_record.setToolTip(self.tr("Optag nye trin ind i opskriften (Ctrl+R)"))
        self.act_record.triggered.connect(self.start)
        bar.insertAction(before, self.act_record)

    # -- start ---------------------------------------------------------------------------------
    def start(self) -> bool:
        editor = self.window.editor
        if editor is None:
            # nothing open: a new recipe to record into (the library asks for its name)
            self.window.library_page.new_recipe()
            editor = self.window.editor
        if editor is None or editor.document.path is None:
            QMessageBox.information(self.window, self.tr("Optag"), self.tr(
                "Åbn eller opret først en opskrift; de optagne trin sættes ind i den."))
            return False
        if self.session is not None or self._building is not None or self.dialog is not None:
            return False
        runs = getattr(self.window, "runs", None)
        if runs is not None and runs.bridge.running:
            return False  # never record the robot's own replay
        doc = editor.document
        self.position = editor.steps.insert_position()
        from recorders.journal import unfinished_journals

        stem = doc.path.stem
        left = unfinished_journals(doc.folder, RECORDING_NAME.format(stem, "*"))
        if left:
            self._offer_recovery(left[0])
            return True
        if self.position < len(doc.recipe.steps):
            self._ask_where(doc)
            return True
        self._begin(doc)
        return True

    def _ask_where(self, doc) -> None:
        """Recording into the middle of a recipe: after the selected step, or at the end? (A
        recording of a whole case dropped after step 3 would log in twice.)"""
        from recipes.guide import instruction

        steps = doc.recipe.steps
        after = steps[self.position - 1] if self.position > 0 else None
        box = QMessageBox(QMessageBox.Question, self.tr("Hvor skal de nye trin ind?"), self.tr(
            "Opskriften har allerede {0} trin. Skal de trin, du optager nu, sættes ind efter det "
            "valgte trin, eller til sidst i opskriften?").format(len(steps)),
            QMessageBox.NoButton, self.window)
        here = box.addButton(
            self.tr("&Efter trin {0}: {1}").format(self.position, instruction(after, doc.recipe))
            if after is not None else self.tr("&Først i opskriften"), QMessageBox.AcceptRole)
        last = box.addButton(self.tr("&Til sidst"), QMessageBox.AcceptRole)
        box.addButton(self.tr("A&nnuller"), QMessageBox.RejectRole)
        box.setDefaultButton(here)

        def answered(_result) -> None:
            self.dialog = None
            chosen = box.clickedButton()
            if chosen is last:
                self.position = len(steps)
            if chosen in (here, last):
                self._begin(doc)

        box.finished.connect(answered)
        self.dialog = box
        box.open()

    def _begin(self, doc) -> None:
        """The countdown to a recording into `doc` at `self.position`."""
        from recorders.journal import journal_path

        stem = doc.path.stem
        n = 1
        while any(p.exists() for p in (doc.folder / RECORDING_NAME.format(stem, n),
                                        journal_path(doc.folder / RECORDING_NAME.format(stem, n)),
                                        doc.folder / RECORDING_ASSETS.format(stem, n))):
            n += 1
        self.out = doc.folder / RECORDING_NAME.format(stem, n)
        self._count = self.COUNTDOWN
        self._place_control()
        self.control.stop.setEnabled(False)
        self.control.pause.setEnabled(False)
        self.control.show_text(self.tr("Optagelsen starter om {0} …").format(self._count))
        self.control.show_hotkey(self.window.settings.stop_recording_hotkey)
        self.control.show()
        step_aside(self.window)
        self._countdown.start()

    def _offer_recovery(self, out: Path) -> None:
        """An earlier recording into this recipe was not finished: take its steps in, delete it,
        or leave it (a new recording never goes on top of it)."""
        box = QMessageBox(QMessageBox.Question, self.tr("Uafsluttet optagelse"), self.tr(
            "Der ligger en optagelse til denne opskrift, som ikke blev afsluttet (fx fordi "
            "programmet lukkede undervejs).\n\nVil du hente dens trin ind i opskriften?"),
            QMessageBox.NoButton, self.window)
        take = box.addButton(self.tr("&Hent trinene ind"), QMessageBox.AcceptRole)
        drop = box.addButton(self.tr("&Slet den og optag forfra"), QMessageBox.DestructiveRole)
        box.addButton(self.tr("A&nnuller"), QMessageBox.RejectRole)
        box.setDefaultButton(take)

        def answered(_result) -> None:
            self.dialog = None
            chosen = box.clickedButton()
            if chosen is take:
                self._recover(out)
            elif chosen is drop:
                from recorders.journal import discard_journal

                discard_journal(out)
                self.start()

        box.finished.connect(answered)
        self.dialog = box
        box.open()

    def _recover(self, out: Path) -> None:
        """Build the steps of an unfinished recording from its journal and put them in at
        `self.position`."""
        self.out = out
        self.control.show_text(self.tr("Bygger opskriften …"))
        self._building = self._pool.submit(self.recoverer, out)
        self._wait_for_build()

    def offer_unfinished(self) -> bool:
        """As the workbench starts: a recording the workbench or the computer stopped in the
        middle of (its journal is left beside the recipe) is offered back at once, not only at
        the next Optag on that recipe. Taking it in opens the recipe and puts its steps last;
        deleting it deletes its journal and its pictures; Senere leaves it."""
        import re

        from recorders.journal import discard_journal, unfinished_journals

        folder = Path(self.window.settings.folder)
        if self.dialog is not None or self.session is not None or not folder.is_dir():
            return False
        pattern = RECORDING_NAME.format("*", "*")
        found = [out for sub in [folder, *sorted(p for p in folder.iterdir() if p.is_dir())]
                 for out in unfinished_journals(sub, pattern)]
        recipes = [(out, out.with_name(re.sub(r"_optagelse_\d+$", "", out.stem) + ".yaml"))
                   for out in found]
        recipes = [(out, recipe) for out, recipe in recipes if recipe.is_file()]
        if not recipes:
            return False
        out, recipe = recipes[0]
        box = QMessageBox(QMessageBox.Question, self.tr("Uafsluttet optagelse"), self.tr(
            "Der ligger en optagelse til »{0}«, som ikke blev afsluttet (fx fordi arbejdsbordet "
            "eller computeren lukkede undervejs).\n\nVil du hente dens trin ind sidst i "
            "opskriften nu?").format(recipe.stem), QMessageBox.NoButton, self.window)
        take = box.addButton(self.tr("&Hent trinene ind"), QMessageBox.AcceptRole)
        drop = box.addButton(self.tr("&Slet optagelsen"), QMessageBox.DestructiveRole)
        box.addButton(self.tr("S&enere"), QMessageBox.RejectRole)
        box.setDefaultButton(take)

        def answered(_result) -> None:
            self.dialog = None
            chosen = box.clickedButton()
            if chosen is take and self.window.open_recipe(recipe):
                self.position = len(self.window.editor.document.recipe.steps)
                self._recover(out)
            elif chosen is drop:
                discard_journal(out)
                self.window.statusBar().showMessage(
                    self.tr("Den uafsluttede optagelse er slettet."), 10000)

        box.finished.connect(answered)
        self.dialog = box
        box.open()
        return True

    def _place_control(self) -> None:
        screen = self.window.screen().availableGeometry()
        self.control.adjustSize()
        self.control.move(screen.right() - 420, screen.top() + 12)

    def _tick(self) -> None:
        self._count -= 1
        if self._count > 0:
            self.control.show_text(self.tr("Optagelsen starter om {0} …").format(self._count))
            return
        self._countdown.stop()
        try:
            self.session = self.session_factory(self.out)
            self.session.start()
        except Exception as exc:
            self.session = None
            self.control.hide()
            come_back(self.window)
            QMessageBox.warning(self.window, self.tr("Optagelsen kunne ikke starte"), str(exc))
            return
        # How long the person took, pauses left out: offered as a first manual-time sample.
        self._began, self._paused_at, self._paused = time.monotonic(), None, 0.0
        self.control.stop.setEnabled(True)
        self.control.pause.setEnabled(True)
        self._poll.start()
        self._check()

    # -- while recording -----------------------------------------------------------------------
    def _check(self) -> None:
        if self.session is None:
            return
        if self.session.stopped.is_set():  # the stop hotkey
            self.stop()
            return
        try:
            n = len(self.session.gestures())
        except Exception:
            n = 0
        state = self.tr("Pause") if self.session.paused else self.tr("Optager")
        self.control.show_text(self.tr("{0} – {1} trin").format(state, n))
        self.control.setToolTip(self.tr("Stop også med {0}").format(
            keys_text(self.window.settings.stop_recording_hotkey)))

    def toggle_pause(self) -> None:
        if self.session is None:
            return
        if self.session.paused:
            self.session.resume()
            if getattr(self, "_paused_at", None) is not None:
                self._paused += time.monotonic() - self._paused_at
                self._paused_at = None
            self.control.pause.setText(self.tr("&Pause"))
        else:
            self.session.pause()
            self._paused_at = time.monotonic()
            self.control.pause.setText(self.tr("For&tsæt"))
        self._check()

    def stop(self) -> None:
        if self.session is None or self._building is not None:
            return
        self._poll.stop()
        if getattr(self, "_began", None) is not None:
            end = self._paused_at if self._paused_at is not None else time.monotonic()
            self.seconds = max(0.0, end - self._began - self._paused)
        self.control.stop.setEnabled(False)
        self.control.pause.setEnabled(False)
        self.control.show_text(self.tr("Bygger opskriften …"))
        self._building = self._pool.submit(self.builder, self.out, self.session)
        self._wait_for_build()

    def _wait_for_build(self) -> None:
        self._wait = QTimer(self, interval=150)
        self._wait.timeout.connect(self._built_yet)
        self._wait.start()

    def _built_yet(self) -> None:
        if self._building is None or not self._building.done():
            return
        self._wait.stop()
        future, self._building = self._building, None
        self.session = None
        self.control.hide()
        come_back(self.window)
        self.window.activateWindow()
        try:
            built = future.result()
        except Exception as exc:
            QMessageBox.warning(self.window, self.tr("Optagelsen kunne ikke bygges"), self.tr(
                "{0}\n\nIntet er tabt: optagelsens journal ligger ved {1}.").format(exc, self.out))
            return
        self._match_credentials(built, list(self._new_credentials(built)))

    def _new_credentials(self, built):
        """The credentials the recording made where the recipe has some already: each may be a
        password the recipe knows (typed again, where the recipe logs in), not a new one."""
        doc = self.window.editor.document
        have = {c.name for c in doc.recipe.credentials}
        if not have:
            return []
        return [c for c in built.recipe.credentials if c.name not in have]

    def _match_credentials(self, built, new: list) -> None:
        """Ask, for each password typed while recording, whether it is one the recipe has
        (then its steps type that one, and nothing new goes to the keyring), or a new one; then
        put the steps in."""
        if not new:
            self.insert(built)
            self._after_recording(built)
            return
        made, rest = new[0], new[1:]
        existing = list(self.window.editor.document.recipe.credentials)
        user = f" ({made.username})" if made.username else ""
        box = QMessageBox(QMessageBox.Question, self.tr("Kendt adgangskode?"), self.tr(
            "Under optagelsen blev der skrevet en adgangskode{0}. Opskriften har allerede "
            "adgangskoder. Er det en af dem?").format(user), QMessageBox.NoButton, self.window)
        uses = {}
        fresh_text = self.tr("&Nej, en ny adgangskode")
        taken = {mnemonic_of(fresh_text)}
        for c in existing[:4]:
            shown = c.label or c.name
            who = f" – {c.username}" if c.username else ""
            uses[box.addButton(with_mnemonic(self.tr("Brug »{0}«{1}").format(shown, who), taken),
                               QMessageBox.AcceptRole)] = c
        fresh = box.addButton(fresh_text, QMessageBox.RejectRole)
        box.setDefaultButton(fresh)

        def answered(_result) -> None:
            self.dialog = None
            chosen = uses.get(box.clickedButton())
            if chosen is not None:
                steps = [st.model_copy(update={"secret": chosen.name})
                         if getattr(st, "secret", None) == made.name else st
                         for st in built.recipe.steps]
                creds = [c for c in built.recipe.credentials if c.name != made.name]
                built.recipe = built.recipe.model_copy(update={"steps": steps,
                                                               "credentials": creds})
                secrets = getattr(built, "secrets", None)
                if secrets:
                    secrets.pop(made.name, None)   # the recipe's own password stays as it is
            self._match_credentials(built, rest)

        box.finished.connect(answered)
        self.dialog = box
        box.open()

    def _after_recording(self, built) -> None:
        """Offer the passwords typed to the keyring (as `main.py record` does) and list the steps
        typed as a password without proof, so the person can correct them."""
        unsure = [self.tr("Trin {0}: skrevet som adgangskode – ret det, hvis det er almindelig "
                          "tekst").format(self.position + i + 1) for i in getattr(built, "unsure", [])]
        secrets = dict(getattr(built, "secrets", {}) or {})
        if not secrets:
            self._review(built)   # the steps typed as a password without proof are among it
            return
        names = ", ".join(f"»{n}«" for n in secrets)
        box = QMessageBox(QMessageBox.Question, self.tr("Adgangskoder fra optagelsen"), self.tr(
            "Under optagelsen blev der skrevet en adgangskode ({0}). Gem den i nøgleringen, så "
            "opskriften kan køre? Den gemmes aldrig i opskriften.").format(names),
            QMessageBox.NoButton, self.window)
        if unsure:
            box.setInformativeText("\n".join(unsure))
        keep = box.addButton(self.tr("&Gem i nøgleringen"), QMessageBox.AcceptRole)
        box.addButton(self.tr("Gem &ikke"), QMessageBox.RejectRole)
        box.setDefaultButton(keep)

        def answered(_result) -> None:
            from recorders.api import keep_secrets

            self.dialog = None
            yes = box.clickedButton() is keep
            kept = keep_secrets(built, lambda _name, _user: yes, self.secrets)
            stored = [k.name for k in kept if k.stored]
            refused = [k for k in kept if k.error]
            if refused:
                QMessageBox.warning(self.window, self.tr("Nøgleringen"), self.tr(
                    "Nøgleringen tog ikke imod adgangskoden til »{0}«: {1}\nGem den under "
                    "Indstillinger, før opskriften køres.").format(refused[0].name, refused[0].error))
            elif stored:
                self.window.statusBar().showMessage(self.tr(
                    "Adgangskoden er gemt i nøgleringen: {0}").format(", ".join(stored)), 15000)
            else:
                self.window.statusBar().showMessage(self.tr(
                    "Adgangskoden blev ikke gemt; gem den under Indstillinger, før opskriften "
                    "køres."), 15000)
            self._review(built)

        box.finished.connect(answered)
        self.dialog = box
        box.open()

    def _review(self, built) -> None:
        """What the recorder noticed, in Danish, each with its step's number in the recipe."""
        notes = list(getattr(built, "notes", []) or [])
        if not notes:
            return
        lines = []
        for note in notes:
            step = getattr(note, "step", None)
            text = recording_note(note) if hasattr(note, "code") else str(note)
            if step is None:
                lines.append((None, text))
            else:
                row = self.position + step - 1
                lines.append((row, self.tr("Trin {0}: {1}").format(row + 1, text)))
        review = RecordingReview(lines, self.window)

        def go() -> None:
            row = review.current_row()
            if row is not None and self.window.editor is not None:
                self.window.editor.steps.select_row(row)
        review.go.clicked.connect(go)
        review.finished.connect(lambda _r: setattr(self, "review", None))
        self.review = review
        review.open()

    def insert(self, built) -> None:
        """Put the recorded steps (and any new inputs and credentials) into the open recipe."""
        editor = self.window.editor
        doc = editor.document
        if not doc.recipe.steps and getattr(self, "seconds", None):
            # A whole case recorded into an empty recipe: its duration is a first sample of
            # the manual time (the stopwatch offers it).
            doc.recorded_seconds = self.seconds
        taken = {s.id for s in doc.recipe.steps if s.id}
        steps = []
        from recipes.names import unique

        for s in built.recipe.steps:
            if s.id in taken:
                s = s.model_copy(update={"id": unique(s.id, taken)})
            taken.add(s.id)
            steps.append(s)
        stack = doc.undo_stack
        stack.beginMacro(self.tr("Optag {0} trin").format(len(steps)))
        from workbench.editor.commands import SetRecipeField

        for field in ("inputs", "credentials"):
            have = {i.name for i in getattr(doc.recipe, field)}
            new = [i for i in getattr(built.recipe, field) if i.name not in have]
            if new:
                doc.push(SetRecipeField(field, list(getattr(doc.recipe, field)) + new))
        if steps:
            doc.push(InsertSteps(self.position, steps, self.tr("Optag trin")))
        stack.endMacro()
        if self.out is not None:
            self.out.unlink(missing_ok=True)  # its steps are in the recipe now; images stay
        if steps:
            editor.steps.select_row(self.position)
        self.window.statusBar().showMessage(self.tr("{0} trin optaget og sat ind.").format(
            len(steps)), 15000)
