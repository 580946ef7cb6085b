"""Historik: the runs of each recipe (date, duration, outcome, failed step) and, for one run,
each step's time, score, who answered and its picture: the screen at a failure, or the place where
a passed step acted. Values and pictures are shown as the runner stored them: sensitive ones were
masked before they reached the database, and the pictures go after the retention period."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QSplitter, QTableView,
    QVBoxLayout, QWidget,
)

from workbench.labels import OUTCOME_COLOURS, action_label, outcome_label
from workbench.run_words import run_reason, step_reason


def _when(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        return dt.datetime.fromisoformat(iso).strftime("%d-%m-%Y %H:%M:%S")
    except ValueError:
        return iso


def _secs(value) -> str:
    if value is None:
        return ""
    return f"{value:.1f} s".replace(".", ",")


class _RowsModel(QAbstractTableModel):
    """A read-only table over a list of dict rows, with a function per column."""

    def __init__(self, headers, cells, status_column: int, status_key="status", parent=None):
        super().__init__(parent)
        self.status_column = status_column
        self.headers, self.cells, self.status_key = headers, cells, status_key
        self.rows: list[dict] = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.DisplayRole:
            return self.cells[index.column()](row)
        if role == Qt.ForegroundRole and index.column() == self.status_column:
            colour = OUTCOME_COLOURS.get(row.get(self.status_key))
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.UserRole:
            return row
        return None


class HistoryPage(QWidget):
    def __init__(self, history, parent=None):
        super().__init__(parent)
        self.history = history
        title = QLabel(self.tr("Historik"))
        title.setObjectName("pageTitle")
        self.recipe = QComboBox()
        self.recipe.setAccessibleName(self.tr("Vis kørsler af opskriften"))
        self.recipe.setMinimumWidth(260)
        self.recipe.currentIndexChanged.connect(lambda _i: self._load_runs())
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Opskrift:")))
        top.addWidget(self.recipe)

        self.runs_model = _RowsModel(
            [self.tr("Startet"), self.tr("Opskrift"), self.tr("Varighed"), self.tr("Resultat"),
             self.tr("Fejlet trin"), self.tr("Kørt af"), self.tr("Måde")],
            [lambda r: _when(r.get("started_at")), lambda r: r.get("recipe_name") or "",
             lambda r: _secs(r.get("duration")), lambda r: outcome_label(r.get("status")),
             lambda r: str(r["failed_step"]) if r.get("failed_step") else "",
             lambda r: r.get("operator") or "", lambda r: self._mode(r.get("mode"))], 3, parent=self)
        self.steps_model = _RowsModel(
            [self.tr("Trin"), self.tr("Handling"), self.tr("Resultat"), self.tr("Tid"),
             self.tr("Score"), self.tr("Besvaret af"), self.tr("Værdier"), self.tr("Besked")],
            [lambda r: str((r.get("position") or 0) + 1), lambda r: action_label(r.get("action")),
             lambda r: outcome_label(r.get("status")), lambda r: _secs(r.get("duration")),
             lambda r: f"{r['score']:.2f}".replace(".", ",") if r.get("score") is not None else "",
             lambda r: r.get("answered_by") or "", lambda r: self._values(r.get("values_json")),
             lambda r: "\n".join(t for t in (step_reason(r), self.tr(
                 "Kommentar: {0}").format(r["comment"]) if r.get("comment") else "") if t)],
            2, parent=self)
        self.runs = self._table(self.runs_model)
        self.runs.setAccessibleName(self.tr("Kørsler"))
        self.steps = self._table(self.steps_model)
        self.steps.setAccessibleName(self.tr("Trin i den valgte kørsel"))
        self.steps.horizontalHeader().setSectionResizeMode(7, QHeaderView.Stretch)
        self.steps.setWordWrap(True)
        self.runs.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.runs.selectionModel().currentRowChanged.connect(self._run_selected)
        self.steps.selectionModel().currentRowChanged.connect(self._step_selected)
        self.shot = QLabel(self.tr("Vælg et trin med skærmbillede."))
        self.shot.setAlignment(Qt.AlignCenter)
        self.shot.setMinimumWidth(360)
        self.shot.setStyleSheet("background: #3a3f44; color: #e0e0e0;")
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)

        self.shot.setCursor(Qt.PointingHandCursor)
        self.shot.setToolTip(self.tr("Klik for at se skærmbilledet i fuld størrelse"))
        self.shot.mousePressEvent = lambda _e: self.show_full_shot()
        self.shot_hint = shot_hint = QLabel()
        shot_hint.setObjectName("hint")
        shot_hint.setWordWrap(True)
        self._say_what_is_kept()
        shot_box = QWidget()
        sl = QVBoxLayout(shot_box)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.shot, 1)
        sl.addWidget(shot_hint)
        self._shot_path = None
        lower = QSplitter(Qt.Horizontal)
        lower.addWidget(self.steps)
        lower.addWidget(shot_box)
        lower.setSizes([900, 500])
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.runs)
        box = QWidget()
        bl = QVBoxLayout(box)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.summary)
        bl.addWidget(lower, 1)
        split.addWidget(box)
        split.setSizes([300, 500])
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        if history is None:
            self.summary.setText(self.tr("Historikken kan ikke åbnes."))

    def _table(self, model) -> QTableView:
        t = QTableView()
        t.setModel(model)
        t.setSelectionBehavior(QAbstractItemView.SelectRows)
        t.setSelectionMode(QAbstractItemView.SingleSelection)
        t.setEditTriggers(QAbstractItemView.NoEditTriggers)
        t.setAlternatingRowColors(True)
        t.verticalHeader().hide()
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        return t

    def _retention(self) -> int:
        from recipes.history import DEFAULT_RETENTION_DAYS, retention_days

        return retention_days(self.history.home) if self.history is not None \
            else DEFAULT_RETENTION_DAYS

    def _say_what_is_kept(self) -> None:
        self.shot_hint.setText(self.tr(
            "Robotten gemmer et lille billede af stedet, hvor hvert trin virkede, og hele "
            "skærmen, hvor et trin fejlede, i {0} dage (Indstillinger). CPR-numre og følsomme "
            "værdier er sløret; grå felter er arbejdsbordets egne vinduer, som robotten ikke "
            "ser.").format(self._retention()))

    def _expired(self) -> bool:
        """Whether the selected run is older than the pictures are kept."""
        current = self.runs.currentIndex()
        if not current.isValid():
            return False
        try:
            started = dt.datetime.fromisoformat(self.runs_model.rows[current.row()]["started_at"])
        except (KeyError, TypeError, ValueError):
            return False
        if started.tzinfo is None:
            started = started.astimezone()
        return dt.datetime.now().astimezone() - started > dt.timedelta(days=self._retention())

    def _no_picture(self, step) -> str:
        """Why a step has no picture, in words."""
        passed = step.get("status") == "passed"
        if passed and step.get("found_x") is None:
            return self.tr("Trinnet virker ikke et bestemt sted på skærmen, så der er intet "
                           "billede af det.")
        if self._expired():
            return self.tr("Billedet er slettet: billeder gemmes i {0} dage.").format(
                self._retention())
        if passed:
            return self.tr("Intet billede: skærmen kunne ikke læses, så CPR-numre og følsomme "
                           "værdier kunne ikke sløres, og billedet blev ikke gemt.")
        return self.tr("Intet skærmbillede for dette trin.")

    def _mode(self, mode) -> str:
        return {"run": self.tr("Hele opskriften"), "from_step": self.tr("Fra et trin"),
                "single_step": self.tr("Ét trin"), "step_through": self.tr("Trin for trin")
                }.get(mode, mode or "")

    @staticmethod
    def _values(raw) -> str:
        if not raw:
            return ""
        try:
            return ", ".join(f"{k} = {v}" for k, v in json.loads(raw).items())
        except ValueError:
            return ""

    # -- loading -------------------------------------------------------------------------------
    def refresh(self, recipe_name: str | None = None) -> None:
        if self.history is None:
            return
        self._say_what_is_kept()  # Indstillinger may have changed how long
        names = sorted({r["recipe_name"] for r in self.history.db["runs"].rows if r["recipe_name"]})
        self.recipe.blockSignals(True)
        self.recipe.clear()
        self.recipe.addItem(self.tr("Alle opskrifter"), None)
        for n in names:
            self.recipe.addItem(n, n)
        i = self.recipe.findData(recipe_name) if recipe_name else 0
        self.recipe.setCurrentIndex(max(0, i))
        self.recipe.blockSignals(False)
        self._load_runs()

    def _load_runs(self) -> None:
        if self.history is None:
            return
        self.runs_model.set_rows(self.history.runs(self.recipe.currentData()))
        self.steps_model.set_rows([])
        self.summary.setText("")
        if self.runs_model.rowCount():
            self.runs.selectRow(0)

    def _run_selected(self, current, _prev) -> None:
        if not current.isValid():
            return
        run = self.runs_model.rows[current.row()]
        steps = self.history.steps(run["id"])
        self.steps_model.set_rows(steps)
        self.summary.setText(self.tr("Kørsel {0}: {1}, {2} trin, {3}. {4}").format(
            run["id"], outcome_label(run.get("status")), len(steps), _secs(run.get("duration")),
            run_reason(run)))
        failed = next((i for i, s in enumerate(steps) if s.get("screenshot")), 0)
        if steps:
            self.steps.selectRow(failed)

    def _step_selected(self, current, _prev) -> None:
        if not current.isValid():
            return
        step = self.steps_model.rows[current.row()]
        path = step.get("screenshot") or step.get("thumbnail")
        self._shot_path = None
        if not path:
            self.shot.setPixmap(QPixmap())
            self.shot.setText(self._no_picture(step))
            return
        pix = QPixmap(str(self.history.home / path))
        self._shot_path = self.history.home / path
        if pix.isNull():
            self.shot.setPixmap(QPixmap())
            self.shot.setText(self.tr("Skærmbilledet findes ikke længere."))
            return
        # A step's small picture is shown at most twice its size (larger, it only blurs).
        most = 2 if not step.get("screenshot") else 100
        self.shot.setPixmap(pix.scaled(min(max(200, self.shot.width() - 8), pix.width() * most),
                                       min(max(150, self.shot.height() - 8), pix.height() * most),
                                       Qt.KeepAspectRatio, Qt.SmoothTransformation))

    def show_full_shot(self) -> None:
        """The step's screenshot at full size, in a window of its own."""
        if self._shot_path is None:
            return
        from PySide6.QtWidgets import QDialog, QScrollArea

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Skærmbillede"))
        label = QLabel()
        label.setPixmap(QPixmap(str(self._shot_path)))
        area = QScrollArea()
        area.setWidget(label)
        QVBoxLayout(dialog).addWidget(area)
        dialog.resize(1280, 800)
        self.full_shot_dialog = dialog
        dialog.show()
