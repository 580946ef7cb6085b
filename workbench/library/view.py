"""The recipe library page: every recipe in the folder with its last run, and what to do with it."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QFileSystemWatcher, QModelIndex, QSortFilterProxyModel,
    Qt, QTimer, Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit,
    QMessageBox, QPushButton, QSplitter, QStyle, QTableView, QVBoxLayout, QWidget,
)

from workbench.labels import OUTCOME_COLOURS, outcome_label
from workbench.library.folder import LibraryEntry, RecipeLibrary



def unreadable(error: str) -> str:
    """A broken recipe in a few Danish words; the checker's own (English) words follow for the
    one who fixes the file."""
    import re

    lines = sorted({int(n) for n in re.findall(r"line (\d+)", str(error))})
    where = (QCoreApplication.translate("LibraryTableModel", "linje {0}").format(
        ", ".join(str(n) for n in lines[:4])) if lines else "")
    lead = (QCoreApplication.translate("LibraryTableModel", "Kan ikke læses – fejl i {0}.").format(where)
            if where else QCoreApplication.translate("LibraryTableModel", "Kan ikke læses."))
    return f"{lead} {error}"


class LibraryTableModel(QAbstractTableModel):
    PathRole = Qt.UserRole + 1

    def __init__(self, library: RecipeLibrary, parent=None):
        super().__init__(parent)
        self.library = library
        # (path) -> a reason not to rename or delete it now (open with unsaved edits, running)
        self.busy = lambda path: None
        self.entries: list[LibraryEntry] = []
        self.approved_only = False   # the operator view lists what an operator may run
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self.entries = [e for e in self.library.entries()
                        if not self.approved_only or e.approval == "approved"]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return (self.tr("Navn"), self.tr("Beskrivelse"), self.tr("Trin"),
                    self.tr("Sidst kørt"), self.tr("Resultat"), self.tr("Godkendelse"))[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        col = index.column()
        if role == Qt.DisplayRole:
            if col == 0:
                return e.name
            if col == 1:
                return unreadable(e.error) if e.error else e.description
            if col == 2:
                return "" if e.error else str(e.steps)
            if col == 3:
                return time.strftime("%d-%m-%Y %H:%M", time.localtime(e.last_run)) if e.last_run else self.tr("Aldrig")
            if col == 4:
                return outcome_label(e.last_outcome)
            if col == 5:
                return self.approval_text(e)
        if role == Qt.ForegroundRole:
            if col == 5 and e.approval in APPROVAL_COLOURS:
                return QBrush(QColor(APPROVAL_COLOURS[e.approval]))
            if col == 4 and e.last_outcome in OUTCOME_COLOURS:
                return QBrush(QColor(OUTCOME_COLOURS[e.last_outcome]))
            if col == 1 and e.error:
                return QBrush(QColor("#c62828"))
        if role == Qt.ToolTipRole:
            if col == 5 and e.approval:
                return self.approval_tip(e)
            return f"{e.path}\n\n{e.error}" if e.error else str(e.path)
        if role == self.PathRole:
            return str(e.path)
        return None


    def approval_text(self, e: LibraryEntry) -> str:
        if e.error or e.approval is None:
            return ""
        if e.approval == "approved":
            return self.tr("Godkendt af {0}").format(", ".join(e.approved_by))
        return {"changed": self.tr("Ændret siden godkendelse"),
                "invalid": self.tr("Godkendelse ugyldig"),
                "none": self.tr("Ikke godkendt")}.get(e.approval, "")

    def approval_tip(self, e: LibraryEntry) -> str:
        return {
            "approved": self.tr("Denne version og alle dens filer er godkendt; en operatør må "
                                "køre den."),
            "changed": self.tr("Opskriften eller et af dens billeder er ændret, siden den blev "
                               "godkendt. En anden person skal godkende den igen, før en "
                               "operatør må køre den."),
            "invalid": self.tr("En godkendelse kan ikke efterprøves (signaturen passer ikke, "
                               "eller nøglen er trukket tilbage)."),
            "none": self.tr("Ingen har godkendt denne version endnu (python main.py review og "
                            "approve)."),
        }.get(e.approval, "")


# Green: an operator may run it; orange: changed since; red: an approval that does not hold.
APPROVAL_COLOURS = {"approved": "#2e7d32", "changed": "#ef6c00", "invalid": "#c62828",
                    "none": "#757575"}


class LibraryPage(QWidget):
    """Opskrifter: search, new, open, duplicate, rename, delete (to the trash) and restore."""

    openRequested = Signal(str)
    runRequested = Signal(str)
    moved = Signal(str, str)  # old path, new path (renamed)
    removed = Signal(str)  # moved to the trash

    def __init__(self, library: RecipeLibrary, parent=None):
        super().__init__(parent)
        self.library = library
        # (path) -> a reason not to rename or delete it now (open with unsaved edits, running)
        self.busy = lambda path: None
        self.signing_keys = None   # the OS keyring (a test may give its own store)
        self.review_dialog = None  # while one is open
        self.model = LibraryTableModel(library, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        title = QLabel(self.tr("Opskrifter"))
        title.setObjectName("pageTitle")
        self.search = QLineEdit(placeholderText=self.tr("Søg i navn og beskrivelse …"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)

        style = self.style()
        self.buttons = {}
        bar = QHBoxLayout()
        for key, text, icon, slot in (
            ("new", self.tr("&Ny"), QStyle.SP_FileIcon, self.new_recipe),
            ("open", self.tr("Å&bn"), QStyle.SP_DialogOpenButton, self.open_selected),
            ("run", self.tr("Kø&r"), QStyle.SP_MediaPlay, self.run_selected),
            ("review", self.tr("&Gennemgå"), QStyle.SP_DialogApplyButton, self.review_selected),
            ("guide", self.tr("Vej&ledning …"), QStyle.SP_FileDialogInfoView, self.guide_selected),
            ("training", self.tr("&Oplæring …"), QStyle.SP_DialogHelpButton,
             self.training_selected),
            ("duplicate", self.tr("&Dupliker"), QStyle.SP_FileDialogNewFolder, self.duplicate_selected),
            ("rename", self.tr("O&mdøb"), QStyle.SP_FileDialogDetailedView, self.rename_selected),
            ("delete", self.tr("&Slet"), QStyle.SP_TrashIcon, self.delete_selected),
            ("trash", self.tr("&Papirkurv …"), QStyle.SP_DialogResetButton, self.show_trash),
        ):
            b = QPushButton(style.standardIcon(icon), text)
            b.clicked.connect(slot)
            bar.addWidget(b)
            self.buttons[key] = b
        bar.addStretch(1)
        bar.addWidget(self.search, 2)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Opskrifter"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.Stretch)
        for c in (2, 3, 4, 5):
            h.setSectionResizeMode(c, QHeaderView.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.empty = QLabel(self.tr("Der er ingen opskrifter endnu. Klik på »Ny« for at lave den "
                                    "første, eller optag en arbejdsgang med »Optag«."))
        self.empty.setWordWrap(True)
        self.empty.setObjectName("hint")
        # A first hour starts from something that works: the bundled demos, one click away.
        self.demos = QPushButton(self.tr("&Hent demo-opskrifterne"))
        self.demos.setToolTip(self.tr("Kopierer de fire demo-opskrifter og deres fiktive "
                                      "programmer ind i mappen med opskrifter"))
        self.demos.clicked.connect(self.add_demos)

        from workbench.library.preview import LibraryPreview

        self.preview = LibraryPreview()
        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([900, 520])
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.preview.show_recipe(self.selected_path()))
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(bar)
        lay.addWidget(split, 1)
        empty_row = QHBoxLayout()
        empty_row.addWidget(self.empty, 1)
        empty_row.addWidget(self.demos)
        lay.addLayout(empty_row)
        # Recipes copied into the folder (from a colleague, a shared drive) show up by themselves.
        self.watcher = QFileSystemWatcher(self)
        self._soon = QTimer(self, singleShot=True, interval=300)
        self._soon.timeout.connect(self.refresh)
        self.watcher.directoryChanged.connect(lambda _path: self._soon.start())
        self.refresh()

    def add_demos(self) -> None:
        """Hent demo-opskrifterne: the bundled demos copied into the library, the first chosen."""
        from workbench.paths import demo_folder

        added = self.library.add_demos(demo_folder())
        self.refresh()
        if added:
            self.select_path(added[0])

    def set_operator_view(self, on: bool) -> None:
        """An operator sees the approved recipes and Kør; nothing that changes a recipe."""
        self.model.approved_only = on
        for key, button in self.buttons.items():
            button.setVisible(not on or key == "run")
        if on:
            self.empty.setText(self.tr(
                "Der er ingen godkendte opskrifter at køre. En opskrift vises her, når en "
                "godkender har godkendt den, og igen, når en ændret version er godkendt."))
        self.refresh()

    def set_read_only(self, on: bool) -> None:
        """A person who does not hold `author` (a reviewer, a trainee) opens, runs and reviews
        recipes but makes, renames or deletes none."""
        for key in ("new", "duplicate", "rename", "delete", "trash"):
            self.buttons[key].setVisible(not on)
        if on:
            self.empty.setText(self.tr("Der er ingen opskrifter i mappen endnu."))
            self.demos.setVisible(False)

    def _watch(self) -> None:
        """Watch the recipe folder and each recipe's own folder (a recipe lives in one)."""
        folder = self.library.folder
        wanted = {str(folder)} | {str(p) for p in folder.iterdir() if p.is_dir()} \
            if folder.is_dir() else set()
        have = set(self.watcher.directories())
        if have - wanted:
            self.watcher.removePaths(list(have - wanted))
        if wanted - have:
            self.watcher.addPaths(sorted(wanted - have))

    # -- helpers -------------------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.selected_path() if hasattr(self, "preview") else None
        self.model.refresh()
        if keep is not None:
            self.select_path(keep)
        if self.selected_path() is None and self.proxy.rowCount():
            self.table.selectRow(0)   # (what was selected may no longer be listed)
        if hasattr(self, "preview"):
            self.preview.show_recipe(self.selected_path())
        self.empty.setVisible(self.model.rowCount() == 0)
        self.demos.setVisible(self.model.rowCount() == 0 and self.buttons["new"].isVisibleTo(self))
        self._update_buttons()
        self._watch()

    def selected_path(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return Path(self.proxy.data(rows[0], LibraryTableModel.PathRole))

    def select_path(self, path: Path) -> None:
        for r in range(self.proxy.rowCount()):
            if self.proxy.data(self.proxy.index(r, 0), LibraryTableModel.PathRole) == str(path):
                self.table.selectRow(r)
                return

    def _update_buttons(self, *_):
        has = self.selected_path() is not None
        for key in ("open", "run", "review", "guide", "training", "duplicate", "rename",
                    "delete"):
            self.buttons[key].setEnabled(has)

    def _ask(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, label, QLineEdit.Normal, text)
        value = value.strip()
        return value if ok and value else None

    def _error(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Det lykkedes ikke"), str(exc))

    # -- actions -------------------------------------------------------------------------------
    def new_recipe(self) -> None:
        name = self._ask(self.tr("Ny opskrift"), self.tr("Navn på den nye opskrift:"))
        if name:
            try:
                path = self.library.new(name)
            except Exception as exc:
                return self._error(exc)
            self.refresh()
            self.select_path(path)
            self.openRequested.emit(str(path))

    def open_selected(self) -> None:
        path = self.selected_path()
        if path:
            self.openRequested.emit(str(path))

    def run_selected(self) -> None:
        path = self.selected_path()
        if path:
            self.runRequested.emit(str(path))

    def guide_selected(self) -> str | None:
        """Vejledning: the selected recipe as a guide for trainees (PDF, Word or HTML), its
        pictures masked; nothing is written where they cannot be."""
        from PySide6.QtWidgets import QFileDialog

        path = self.selected_path()
        if path is None:
            return None
        filters = {self.tr("PDF (*.pdf)"): "pdf", self.tr("Word-dokument (*.docx)"): "docx",
                   self.tr("Webside (*.html)"): "html"}
        target, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Gem vejledning"), str(Path.home() / f"vejledning_{path.stem}.pdf"),
            ";;".join(filters))
        if not target:
            return None
        typed = Path(target).suffix.lstrip(".").lower()
        from workbench.library.guide_pdf import FORMATS

        kind = typed if typed in FORMATS else filters.get(chosen, "pdf")
        if not target.lower().endswith("." + kind):
            target += "." + kind
        from recipes.guide import GuideNotMaskable, build_guide
        from recipes.ocr import default_engine
        from workbench import recipe_io

        try:
            from workbench.library.guide_pdf import write_guide

            write_guide(build_guide(path, recipe_io.load(path), default_engine()), Path(target),
                        kind)
        except GuideNotMaskable as exc:
            QMessageBox.warning(self, self.tr("Ingen vejledning"), self.tr(
                "Billedet til trin {0} kunne ikke sløres for personoplysninger, så der er ikke "
                "skrevet nogen vejledning.").format(exc.step))
            return None
        except Exception as exc:  # noqa: BLE001 - said, not raised
            QMessageBox.warning(self, self.tr("Ingen vejledning"), self.tr(
                "Vejledningen kunne ikke skrives: {0}").format(exc))
            return None
        self.window().statusBar().showMessage(self.tr("Vejledning gemt: {0}").format(target), 8000)
        return target

    def training_selected(self) -> None:
        """Oplæring: how the trainees' guided sessions of the selected recipe went, per step."""
        from recipes.history import workbench_home
        from recipes.training import TrainingLog
        from workbench.recipe_io import load_document
        from workbench.library.training import TrainingDialog

        path = self.selected_path()
        if path is None:
            return
        try:
            recipe = load_document(path).recipe
        except Exception as exc:  # noqa: BLE001 - a broken recipe: said, not raised
            self._error(exc)
            return
        history = getattr(self.window(), "history", None)
        log = TrainingLog(history.db) if history is not None else \
            TrainingLog.open(workbench_home())
        self.training_dialog = TrainingDialog(recipe, log, self)
        self.training_dialog.exec()
        self.training_dialog = None

    def review_selected(self) -> None:
        """Gennemgå: what changed since the approved version, and the approval itself."""
        from workbench.library.review import ReviewDialog

        path = self.selected_path()
        if path is None:
            return
        try:
            dialog = ReviewDialog(path, keys=self.signing_keys, parent=self)
        except Exception as exc:  # noqa: BLE001 - a broken recipe: said, not raised
            self._error(exc)
            return
        dialog.approved.connect(lambda _p: self.refresh())
        self.review_dialog = dialog
        dialog.exec()
        self.review_dialog = None

    def duplicate_selected(self) -> None:
        path = self.selected_path()
        if not path:
            return
        name = self._ask(self.tr("Dupliker opskrift"), self.tr("Navn på kopien:"),
                         self.tr("{0} (kopi)").format(self.proxy.data(self._current(0))))
        if name:
            try:
                new = self.library.duplicate(path, name)
            except Exception as exc:
                return self._error(exc)
            self.refresh()
            self.select_path(new)

    def rename_selected(self) -> None:
        path = self.selected_path()
        if not path:
            return
        reason = self.busy(path)
        if reason:
            return self._error(reason)
        name = self._ask(self.tr("Omdøb opskrift"), self.tr("Nyt navn:"),
                         self.proxy.data(self._current(0)))
        if name:
            try:
                new = self.library.rename(path, name)
            except Exception as exc:
                return self._error(exc)
            self.refresh()
            self.select_path(new)
            self.moved.emit(str(path), str(new))

    def delete_selected(self) -> None:
        path = self.selected_path()
        if not path:
            return
        reason = self.busy(path)
        if reason:
            return self._error(reason)
        name = self.proxy.data(self._current(0))
        answer = QMessageBox.question(
            self, self.tr("Slet opskrift"),
            self.tr("Flyt »{0}« til papirkurven? Den kan hentes tilbage derfra.").format(name))
        if answer == QMessageBox.Yes:
            try:
                self.library.delete(path)
            except Exception as exc:
                return self._error(exc)
            self.refresh()
            self.removed.emit(str(path))

    def show_trash(self) -> None:
        items = self.library.trashed()
        if not items:
            QMessageBox.information(self, self.tr("Papirkurv"), self.tr("Papirkurven er tom."))
            return
        names = [p.name for p in items]
        choice, ok = QInputDialog.getItem(self, self.tr("Papirkurv"),
                                          self.tr("Vælg en opskrift at hente tilbage:"),
                                          names, 0, False)
        if ok and choice:
            try:
                path = self.library.restore(items[names.index(choice)])
            except Exception as exc:
                return self._error(exc)
            self.refresh()
            self.select_path(path)

    def _current(self, column: int):
        row = self.table.selectionModel().selectedRows()[0].row()
        return self.proxy.index(row, column)
