"""Gennemgang: what a reviewer must see before approving a recipe, and the approval itself.

Always shown: the version (content hash) and its approvals, what stands in the way, the programs
the recipe launches, the credentials it types and into which windows, and the steps that write a
decision with the checkpoint before each. Then what changed since the approved version: a
step-level diff (new, changed with each field before and after, removed) and every changed
anchor image with the approved one beside it. "Godkend denne version" signs the content hash as
the person at the computer (recipes.governance.approve_recipe, as `python main.py approve`);
a refusal is said in Danish and nothing is signed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from recipes.errors import EnvironmentMissing
from workbench.labels import action_label, approval_problem

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".gif"}
PICTURE = (380, 230)


def _step(index: int, step_id: str | None) -> str:
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate("ReviewDialog", "Trin {0}").format(index + 1)
    return f"{text} »{step_id}«" if step_id else text


def field_name(name: str) -> str:
    """A dotted field of a step (`target.text`) in Danish where it has a name people use."""
    from PySide6.QtCore import QCoreApplication

    names = {
        "action": QCoreApplication.translate("ReviewDialog", "Handling"), "target.text": QCoreApplication.translate("ReviewDialog", "Anker: tekst"),
        "target.image": QCoreApplication.translate("ReviewDialog", "Anker: billede"), "target.near": QCoreApplication.translate("ReviewDialog", "Anker: nær"),
        "target.size": QCoreApplication.translate("ReviewDialog", "Anker: størrelse"), "target.region": QCoreApplication.translate("ReviewDialog", "Anker: område"),
        "target.offset": QCoreApplication.translate("ReviewDialog", "Anker: forskydning"), "target.window": QCoreApplication.translate("ReviewDialog", "Anker: vindue"),
        "target.point": QCoreApplication.translate("ReviewDialog", "Anker: punkt"), "message": QCoreApplication.translate("ReviewDialog", "Besked"), "note": QCoreApplication.translate("ReviewDialog", "Note"),
        "text": QCoreApplication.translate("ReviewDialog", "Tekst"), "keys": QCoreApplication.translate("ReviewDialog", "Taster"), "command": QCoreApplication.translate("ReviewDialog", "Kommando"),
        "decision": QCoreApplication.translate("ReviewDialog", "Afgørelse"), "secret": QCoreApplication.translate("ReviewDialog", "Adgang"), "screenshot": QCoreApplication.translate("ReviewDialog", "Skærmbillede"),
        "timeout": QCoreApplication.translate("ReviewDialog", "Ventetid"), "id": QCoreApplication.translate("ReviewDialog", "Navn"), "window": QCoreApplication.translate("ReviewDialog", "Vindue"),
    }
    return names.get(name, name)


def _value(text: str | None) -> str:
    from PySide6.QtCore import QCoreApplication

    if text is None:
        return QCoreApplication.translate("ReviewDialog", "(ikke sat)")
    return text[1:-1] if len(text) > 1 and text[0] == text[-1] == "'" else text


class ReviewDialog(QDialog):
    approved = Signal(str)   # the recipe's path, after a valid approval

    def __init__(self, path: Path, keys=None, parent=None):
        super().__init__(parent)
        self.path = Path(path)
        self._keys = keys            # the signing keys (the OS keyring unless given)
        self.setWindowTitle(self.tr("Gennemgang"))
        self.resize(980, 760)
        self.body = QWidget()
        self.body.setObjectName("reviewBody")
        self.content = QVBoxLayout(self.body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("Kommentar til godkendelsen (valgfri)"))
        self.approve_button = QPushButton(self.tr("&Godkend denne version"))
        self.approve_button.setObjectName("primary")
        self.approve_button.setAutoDefault(False)
        self.approve_button.clicked.connect(self.approve)
        self.close_button = QPushButton(self.tr("&Luk"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.comment, 1)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addWidget(scroll, 1)
        lay.addWidget(self.result_label)
        lay.addLayout(buttons)
        self.refresh()

    # -- contents ------------------------------------------------------------------------------
    def refresh(self) -> None:
        from recipes.governance import review
        from recipes.principal import principal
        from workbench import recipe_io

        while self.content.count():
            item = self.content.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        recipe = recipe_io.load(self.path)
        self.review = r = review(self.path, recipe)
        now = r.standing
        self.setWindowTitle(self.tr("Gennemgang af »{0}«").format(r.name))
        self._title(r.name)
        approvals = self.tr("{0} af {1} godkendelser af denne version").format(
            len(now.approved_by), now.required)
        if now.approved_by:
            approvals += self.tr(" (af {0})").format(", ".join(now.approved_by))
        self._line(self.tr("Fil: {0} · version {1} · {2}").format(
            self.path.name, now.hash[:12], approvals))
        for problem in now.problems:
            if problem.code != "not_approved":
                self._line("⚠ " + approval_problem(problem), "warning")
        who = principal()
        if r.authors:
            names = (", ".join(r.authors[:-1]) + self.tr(" og ") + r.authors[-1]
                     if len(r.authors) > 1 else r.authors[0])
            self._line(self.tr("Ændret siden sidste godkendelse af {0}, som derfor ikke selv kan "
                               "godkende den.").format(names),
                       "warning" if who in r.authors else "")
        elif r.unattributed:
            self._line(self.tr("Ændret uden for arbejdsbordet (det vides ikke af hvem): se "
                               "ændringerne nedenfor godt igennem."), "warning")

        self._section(self.tr("Programmer, som opskriften starter"))
        for x in r.launches:
            self._line(f"{_step(x.index, x.step_id)}: {' '.join(x.command)}", mono=True)
        if not r.launches:
            self._line(self.tr("Ingen"), "muted")
        self._section(self.tr("Adgangskoder, som opskriften skriver"))
        for c in r.credentials:
            what = (self.tr("adgangskoden") if c.field == "password" else self.tr("brugernavnet"))
            user = self.tr(", bruger {0}").format(c.username) if c.username else ""
            if c.window:
                self._line(self.tr("{0}: {1} til »{2}«{3}, kun i vinduer med titlen »{4}«").format(
                    _step(c.index, c.step_id), what, c.secret, user, c.window))
            else:
                self._line(self.tr("{0}: {1} til »{2}«{3}, i ethvert vindue (adgangen har ingen "
                                   "vinduesbinding)").format(_step(c.index, c.step_id), what,
                                                             c.secret, user), "warning")
        if not r.credentials:
            self._line(self.tr("Ingen"), "muted")
        self._section(self.tr("Afgørelser (hver efter et kontrolpunkt)"))
        for d in r.decisions:
            if d.checkpoint is None:
                self._line(self.tr("{0} ({1}): intet kontrolpunkt før").format(
                    _step(d.index, d.step_id), action_label(d.action)), "warning")
            else:
                self._line(self.tr("{0} ({1}), efter {2}: »{3}«").format(
                    _step(d.index, d.step_id), action_label(d.action),
                    _step(d.checkpoint, d.checkpoint_id), d.message or ""))
        if not r.decisions:
            self._line(self.tr("Ingen trin er markeret som afgørelse"), "muted")

        self._section(self.tr("Ændringer siden den godkendte version"))
        if not r.has_approved_copy:
            self._line(self.tr("Der er ingen godkendt version at sammenligne med – det er den "
                               "første gennemgang. Se alle trin i »Redigér«."), "muted")
        elif not r.steps and not r.files:
            self._line(self.tr("Ingen ændringer"), "muted")
        else:
            if r.steps:
                self._diff_tree(r)
            for f in r.files:
                self._file(f)
        self.content.addStretch(1)
        self._update_approve(who)

    def _update_approve(self, who: str) -> None:
        r = self.review
        blocked = None
        if who in r.authors:
            blocked = self.tr("Du har selv ændret opskriften siden sidste godkendelse.")
        elif who in r.standing.approved_by:
            blocked = self.tr("Du har allerede godkendt denne version.")
        elif any(p.code == "decision_without_checkpoint" for p in r.standing.problems):
            blocked = self.tr("En afgørelse mangler sit kontrolpunkt.")
        self.approve_button.setEnabled(blocked is None)
        self.approve_button.setToolTip(blocked or self.tr(
            "Underskriv denne version som {0}").format(who))

    def _title(self, text: str) -> None:
        label = QLabel(text)
        label.setObjectName("pageTitle")
        self.content.addWidget(label)

    def _section(self, text: str) -> None:
        label = QLabel(text)
        label.setObjectName("sectionTitle")
        label.setContentsMargins(0, 10, 0, 0)
        self.content.addWidget(label)

    def _line(self, text: str, kind: str = "", mono: bool = False) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        style = {"warning": "color: #b3261e;", "muted": "color: #6d6d6d;"}.get(kind, "")
        if mono:
            style += "font-family: monospace;"
        label.setStyleSheet(style)
        label.setProperty("kind", kind)
        self.content.addWidget(label)
        return label

    def _diff_tree(self, r) -> None:
        """The changed steps as a table: each changed field on a row of its own, before and
        after wrapped in full (a long note is shown whole)."""
        from PySide6.QtGui import QBrush, QColor
        from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

        what = {"new": self.tr("nyt"), "changed": self.tr("ændret"), "removed": self.tr("fjernet")}
        colours = {"new": "#2e7d32", "changed": "#ad6800", "removed": "#c62828"}
        rows = []
        for c in r.steps:
            head = (f"{_step(c.index, c.step_id)} ({action_label(c.action)}): {what[c.kind]}")
            if not c.fields:
                rows.append((head, "", "", "", c.kind))
            for n, f in enumerate(c.fields):
                rows.append((head if n == 0 else "", field_name(f.name), _value(f.before),
                             _value(f.after), c.kind))
        table = QTableWidget(len(rows), 4)
        table.setObjectName("stepDiff")
        table.setHorizontalHeaderLabels([self.tr("Trin"), self.tr("Felt"), self.tr("Før"),
                                         self.tr("Nu")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        for row, (head, name, before, after, kind) in enumerate(rows):
            for col, text in enumerate((head, name, before, after)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col == 0:
                    item.setForeground(QBrush(QColor(colours[kind])))
                table.setItem(row, col, item)
        table.resizeRowsToContents()
        table.setFixedHeight(min(420, 36 + sum(table.rowHeight(i) for i in range(len(rows)))))
        self.content.addWidget(table)
        self.diff_table = table

    def _file(self, f) -> None:
        if Path(f.path).suffix.lower() not in IMAGE_SUFFIXES:
            kinds = {"new": self.tr("ny"), "changed": self.tr("ændret"),
                     "removed": self.tr("fjernet")}
            self._line(self.tr("Fil {0}: {1}").format(f.path, kinds[f.kind]))
            return
        box = QWidget()
        box.setObjectName("imageDiff")
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 6, 0, 6)
        caption = QLabel(self.tr("Billede {0}").format(f.path))
        caption.setStyleSheet("font-weight: 600;")
        grid.addWidget(caption, 0, 0, 1, 2)
        changed = changed_box(f.before, f.after)
        for col, (title, file, gone) in enumerate((
                (self.tr("Godkendt version"), f.before, self.tr("(ny fil – fandtes ikke)")),
                (self.tr("Nu"), f.after, self.tr("(fjernet)")))):
            grid.addWidget(QLabel(title), 1, col)
            pic = QLabel()
            pic.setAlignment(Qt.AlignCenter)
            pic.setMinimumSize(*PICTURE)
            pic.setStyleSheet("background: #3a3f44; color: #e0e0e0; padding: 4px;")
            pixmap = QPixmap(str(file)) if file is not None else QPixmap()
            if pixmap.isNull():
                pic.setText(gone if file is None else self.tr("(kan ikke vises)"))
            else:
                if changed is not None:
                    marked_pixmap(pixmap, changed)
                if pixmap.width() > PICTURE[0] or pixmap.height() > PICTURE[1]:
                    pixmap = pixmap.scaled(*PICTURE, Qt.KeepAspectRatio, Qt.SmoothTransformation)
                pic.setPixmap(pixmap)
            pic.setProperty("side", "before" if col == 0 else "after")
            grid.addWidget(pic, 2, col)
        if changed is not None:
            note = QLabel(self.tr("Det ændrede område er markeret med rødt."))
            note.setStyleSheet("color: #6d6d6d;")
            grid.addWidget(note, 3, 0, 1, 2)
        self.content.addWidget(box)

    # -- approving -----------------------------------------------------------------------------
    def approve(self) -> None:
        from recipes.approvals import KeyringKeys, Refused
        from recipes.governance import approve_recipe
        from recipes.principal import principal
        from workbench import recipe_io

        who = principal()
        try:
            keys = self._keys if self._keys is not None else KeyringKeys()
            done = approve_recipe(self.path, recipe_io.load(self.path), who,
                                  self.comment.text().strip(), keys)
        except Refused as e:
            self._said(self.tr("Ikke godkendt: {0}").format(approval_problem(e.problem)), False)
            return
        except EnvironmentMissing as e:
            self._said(self.tr("Nøgleringen kan ikke nås, så din underskrift kan ikke laves. "
                               "Intet er godkendt. ({0})").format(e), False)
            return
        now = done.standing
        text = self.tr("Godkendt af {0} ({1} af {2}).").format(
            who, len(now.approved_by), now.required)
        if now.runnable:
            text += " " + self.tr("En operatør må nu køre denne version.")
        if done.first_signer:
            text += " " + self.tr("Du er nu den første godkender i {0}; godkendelser og roller "
                                  "der bygger på din nøgle.").format(done.first_signer)
        self.comment.clear()
        self.refresh()
        self._said(text, True)
        self.approved.emit(str(self.path))

    def _said(self, text: str, good: bool) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet("color: #2e7d32; font-weight: 600;" if good
                                        else "color: #b3261e; font-weight: 600;")


def changed_box(before: Path | None, after: Path | None):
    """The rectangle (x, y, w, h) around every pixel that differs between two images of the
    same size; None where either is missing, they differ in size or nothing differs."""
    if before is None or after is None:
        return None
    import cv2
    import numpy as np

    a, b = (cv2.imread(str(p), cv2.IMREAD_COLOR) for p in (before, after))
    if a is None or b is None or a.shape != b.shape:
        return None
    diff = np.any(cv2.absdiff(a, b) > 24, axis=2)
    if not diff.any():
        return None
    ys, xs = np.nonzero(diff)
    return (int(xs.min()), int(ys.min()), int(xs.max() - xs.min() + 1),
            int(ys.max() - ys.min() + 1))


def marked_pixmap(pixmap: QPixmap, box) -> None:
    """Outline `box` on `pixmap` in red, a few pixels outside it, as thick as the image is
    large (so the line survives the scaling to the dialog)."""
    from PySide6.QtGui import QColor, QPainter, QPen

    x, y, w, h = box
    pen = max(2, round(max(pixmap.width(), pixmap.height()) / 250))
    painter = QPainter(pixmap)
    painter.setPen(QPen(QColor("#e53935"), pen))
    m = pen + 2
    painter.drawRect(x - m, y - m, w + 2 * m, h + 2 * m)
    painter.end()
