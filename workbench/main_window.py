"""The workbench's main window: the library, the editor of the open recipe, and the history.

Pages are tabs (Opskrifter, Redigér, Historik); the toolbar carries what a specialist does all day
(Ny, Gem, Fortryd, Gentag, Optag, Kør, Stop, Indstillinger). One recipe is open at a time.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel, QMainWindow, QMessageBox, QStyle, QTabWidget, QToolBar, QVBoxLayout, QWidget,
)

from workbench.editor.document import RecipeDocument, pending_autosave
from workbench.editor.page import EditorPage
from workbench.library.folder import RecipeLibrary
from workbench.library.view import LibraryPage
from workbench.settings import Settings, load_settings


class MainWindow(QMainWindow):
    languageChanged = Signal()

    def __init__(self, settings: Settings | None = None, history=None, parent=None):
        super().__init__(parent)
        self.settings = settings or load_settings()
        self.history = history
        self.document: RecipeDocument | None = None
        self.editor: EditorPage | None = None
        self.setWindowTitle(self.tr("Opskrift – arbejdsbord"))
        self._fit_beside_programs()

        self.library = RecipeLibrary(self.settings.folder, last_run=self._last_run)
        self.library_page = LibraryPage(self.library)
        self.library_page.openRequested.connect(lambda p: self.open_recipe(Path(p)))
        self.library_page.runRequested.connect(self.run_from_library)
        self.library_page.busy = self._busy
        self.library_page.moved.connect(self._recipe_moved)
        self.library_page.removed.connect(self._recipe_removed)
        self.placeholder = QWidget()
        pl = QVBoxLayout(self.placeholder)
        hint = QLabel(self.tr("Ingen opskrift er åben. Vælg en under »Opskrifter«."))
        hint.setObjectName("hint")
        hint.setAlignment(Qt.AlignCenter)
        pl.addWidget(hint)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        style = self.style()
        self.tabs.addTab(self.library_page, style.standardIcon(QStyle.SP_DirHomeIcon),
                         self.tr("Opskrifter"))
        self.tabs.addTab(self.placeholder, style.standardIcon(QStyle.SP_FileDialogDetailedView),
                         self.tr("Redigér"))
        self.history_page = self._make_history_page()
        if self.history_page is not None:
            self.tabs.addTab(self.history_page, style.standardIcon(QStyle.SP_FileDialogInfoView),
                             self.tr("Historik"))
        self.gains_page = self._make_gains_page()
        if self.gains_page is not None:
            self.tabs.addTab(self.gains_page, style.standardIcon(QStyle.SP_ComputerIcon),
                             self.tr("Gevinst"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        self._build_actions()
        self.operator_view = operator_only(self.settings.folder)
        # Making and changing recipes is an author's: without that role (where roles are given)
        # the workbench opens, runs and reviews recipes but records, saves and edits nothing.
        self.read_only = self.operator_view or not may_author(self.settings.folder)
        if self.read_only:
            for action in (self.act_new, self.act_save, self.act_undo, self.act_redo,
                           getattr(self.recording, "act_record", None)):
                if action is not None:
                    action.setVisible(False)
            self.library_page.set_read_only(True)
            if self.operator_view:
                self.act_open.setVisible(False)   # an operator runs what the library lists
            self.tabs.setTabText(1, self._editor_tab_name())
        if self.operator_view:
            self.setWindowTitle(self.tr("Opskrift – operatør"))
            self.library_page.set_operator_view(True)
        self._update_actions()
        self.statusBar().showMessage(self.tr("Opskrifter i {0}").format(self.settings.folder))

    # -- building ------------------------------------------------------------------------------
    def _make_history_page(self):
        try:
            from workbench.history.view import HistoryPage
        except ImportError:
            return None
        return HistoryPage(self.history)

    def _make_gains_page(self):
        if self.history is None:
            return None
        from workbench.history.gains import GainsPage

        def keep(settings):
            from workbench.settings import save_settings

            self.settings = settings
            save_settings(settings)

        return GainsPage(self.history, self.settings, keep)

    def _fit_beside_programs(self) -> None:
        """Room for the program being automated: the workbench takes the right part of the
        screen (at most 1600 × 960), so a legacy program opening at the left stays in sight."""
        from PySide6.QtGui import QGuiApplication

        screen = QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1600, 960)
            return
        avail = screen.availableGeometry()
        w = min(1600, max(1000, round(avail.width() * 0.62)))
        h = min(960, round(avail.height() * 0.94))
        self.resize(w, h)
        self.move(avail.right() - w + 1, avail.top())

    def start_guided(self) -> None:
        """Guided practice on the open recipe (`workbench.running.guided`)."""
        from recipes.errors import WorkbenchError
        from recipes.fileformat import RecipeDocument as FileDocument
        from workbench.running.guided import start_guided
        from workbench.running.inputs_dialog import ask_values

        if self.editor is None:
            self.statusBar().showMessage(self.tr("Åbn først den opskrift, du vil øve."), 8000)
            return
        if self.guided is not None and not self.guided.finished:
            return
        doc = self.editor.document
        values = ask_values(doc.recipe, self, practice=True) if doc.recipe.inputs else {}
        if values is None:
            return
        file_doc = FileDocument(recipe=doc.recipe.model_copy(deep=True), path=doc.path)
        try:
            self.guided = start_guided(self, file_doc, values)
        except WorkbenchError as e:   # no display, no Tesseract data: said in Danish
            from workbench.run_words import error_words

            QMessageBox.warning(self, self.tr("Guidet øvelse"), error_words(e))

    def _action(self, text, icon, slot, shortcut=None, tip=None) -> QAction:
        a = QAction(self.style().standardIcon(icon), text, self)
        # the toolbar shows the word alone; the menu's "…" says a dialog follows
        a.setIconText(text.replace("&", "").removesuffix(" …"))
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        if tip:
            a.setToolTip(tip)
        a.triggered.connect(slot)
        return a

    def _build_actions(self) -> None:
        bar = QToolBar(self.tr("Værktøjer"))
        bar.setObjectName("mainToolbar")
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonTextUnderIcon)
        bar.setMovable(False)
        self.addToolBar(bar)
        self.toolbar = bar
        self.act_new = self._action(self.tr("&Ny"), QStyle.SP_FileIcon,
                                    self.library_page.new_recipe, QKeySequence.New)
        self.act_save = self._action(self.tr("&Gem"), QStyle.SP_DialogSaveButton, self.save,
                                     QKeySequence.Save, self.tr("Gem opskriften (Ctrl+S)"))
        self.act_undo = self._action(self.tr("&Fortryd"), QStyle.SP_ArrowBack, self.undo,
                                     QKeySequence.Undo)
        self.act_redo = self._action(self.tr("&Gentag"), QStyle.SP_ArrowForward, self.redo,
                                     QKeySequence.Redo)
        self.act_settings = self._action(self.tr("&Indstillinger …"), QStyle.SP_FileDialogListView,
                                         self.show_settings)
        self.act_credentials = self._action(
            self.tr("A&dgange …"), QStyle.SP_DialogApplyButton, self.show_credentials,
            tip=self.tr("Adgangskoderne, som opskrifterne bruger, i nøgleringen"))
        # Ctrl+Q as everywhere; it closes the window, so unsaved work is asked about as there.
        # (Some platforms, e.g. a bare X session, have no standard Quit keys: then Ctrl+Q.)
        self.act_quit = self._action(self.tr("&Afslut"), QStyle.SP_DialogCloseButton, self.close)
        self.act_quit.setShortcuts(QKeySequence.keyBindings(QKeySequence.Quit)
                                   or [QKeySequence("Ctrl+Q")])
        self.act_quit.setShortcutContext(Qt.ApplicationShortcut)
        self.addAction(self.act_quit)
        self.act_open = self._action(self.tr("Å&bn fil …"), QStyle.SP_DialogOpenButton,
                                     self.open_file, QKeySequence.Open,
                                     self.tr("Åbn en opskriftsfil, også uden for mappen med "
                                             "opskrifter (Ctrl+O)"))
        for a in (self.act_new, self.act_open, self.act_save):
            bar.addAction(a)
        bar.addSeparator()
        bar.addAction(self.act_undo)
        bar.addAction(self.act_redo)
        bar.addSeparator()
        self.run_actions_anchor = bar.addSeparator()
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding,
                             spacer.sizePolicy().verticalPolicy().Preferred)
        bar.addWidget(spacer)
        bar.addAction(self.act_credentials)
        bar.addAction(self.act_settings)
        self._install_extras(bar)

    def _install_extras(self, bar: QToolBar) -> None:
        """Run and record controls (separate modules; they add their own actions)."""
        try:
            from workbench.running.controller import RunController
        except ImportError:
            self.runs = None
        else:
            self.runs = RunController(self)
            self.runs.install(bar, self.run_actions_anchor)
        # Guided practice: a trainee does the open recipe's work, the workbench shows where.
        self.act_guided = self._action(self.tr("Øv &guidet"), QStyle.SP_DialogHelpButton,
                                       self.start_guided, "Ctrl+G",
                                       self.tr("Guidet øvelse: du gør arbejdet selv, og "
                                               "værkstedet viser hvor (Ctrl+G)"))
        bar.insertAction(self.run_actions_anchor, self.act_guided)
        self.guided = None
        try:
            from workbench.recording.controller import RecordController
        except ImportError:
            self.recording = None
        else:
            self.recording = RecordController(self)
            self.recording.install(bar, self.run_actions_anchor)
        self._build_menus()
        if self.runs is not None:
            # Kør follows the library's choice when the menu opens
            self.run_menu.aboutToShow.connect(self.runs.update_actions)

    def _build_menus(self) -> None:
        """The menu bar: everything the toolbar does, reachable with Alt and a letter (issue 13,
        item 14). A page's own buttons use no letter of the menu bar's, or Alt+K would be
        ambiguous and open nothing."""
        bar = self.menuBar()
        files = bar.addMenu(self.tr("&Fil"))
        files.addActions([self.act_new, self.act_open, self.act_save])
        files.addSeparator()
        files.addActions([self.act_credentials, self.act_settings])
        files.addSeparator()
        files.addAction(self.act_quit)
        edit = bar.addMenu(self.tr("R&edigér"))
        edit.addActions([self.act_undo, self.act_redo])
        self.run_menu = bar.addMenu(self.tr("&Kør"))
        if self.runs is not None:
            self.run_menu.addActions(self.runs.menu_actions())
        self.run_menu.addSeparator()
        if self.recording is not None:
            self.run_menu.addAction(self.recording.act_record)
        self.run_menu.addAction(self.act_guided)
        self.view_menu = bar.addMenu(self.tr("&Vis"))
        self.view_menu.aboutToShow.connect(self._fill_view_menu)
        self._fill_view_menu()

    def _fill_view_menu(self) -> None:
        """Vis: the pages, by their names as the tabs show them now (Redigér is Trin for a
        reader), each with a letter of its own."""
        from workbench.mnemonics import with_mnemonic

        self.view_menu.clear()
        taken: set[str] = set()
        for i in range(self.tabs.count()):
            action = self.view_menu.addAction(with_mnemonic(self.tabs.tabText(i), taken))
            action.triggered.connect(lambda _=False, i=i: self.tabs.setCurrentIndex(i))

    def library_choice(self) -> Path | None:
        """The recipe chosen in the library while the library is in front, else None: Kør
        (F5, or Alt+K K) runs what the person sees chosen."""
        if self.tabs.currentWidget() is not self.library_page:
            return None
        return self.library_page.selected_path()

    # -- the open recipe -----------------------------------------------------------------------
    def open_recipe(self, path: Path, document: RecipeDocument | None = None) -> bool:
        if self.runs is not None and self.runs.bridge.running:
            QMessageBox.information(self, self.tr("Opskriften kører"), self.tr(
                "Vent til kørslen er slut, eller stop den, før du åbner en anden opskrift."))
            return False
        if not self.maybe_save():
            return False
        try:
            doc = document or RecipeDocument.open(path, self)
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Opskriften kan ikke åbnes"), str(exc))
            return False
        doc.setParent(self)
        side = pending_autosave(path) if document is None else None
        if side is not None:
            answer = QMessageBox.question(
                self, self.tr("Ikke-gemte ændringer fundet"),
                self.tr("Der er ændringer i »{0}«, som ikke blev gemt (fx fordi programmet "
                        "lukkede uventet). Vil du hente dem tilbage?").format(doc.recipe.name))
            if answer == QMessageBox.Yes:
                doc.restore_from(side)
            else:
                doc.discard_autosave()
        self.set_document(doc)
        self.tabs.setCurrentIndex(1)
        return True

    def open_file(self) -> bool:
        """Åbn fil (Ctrl+O): a recipe file anywhere, also outside the library folder."""
        from PySide6.QtWidgets import QFileDialog

        start = str(self.document.path.parent) if self.document and self.document.path \
            else str(self.settings.folder)
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Åbn opskrift"), start,
                                              self.tr("Opskrifter (*.yaml *.yml)"))
        if not name:
            return False
        path = Path(name)
        if not self.open_recipe(path):
            return False
        try:
            inside = path.resolve().is_relative_to(Path(self.settings.folder).resolve())
        except OSError:
            inside = False
        self.statusBar().showMessage(
            self.tr("Åbnet: {0}").format(path) if inside else
            self.tr("Åbnet uden for mappen med opskrifter: {0}").format(path), 10000)
        return True

    def _is_open(self, path) -> bool:
        return self.document is not None and self.document.path is not None and \
            Path(path).resolve() == self.document.path.resolve()

    def _busy(self, path) -> str | None:
        if not self._is_open(path):
            return None
        if self.runs is not None and self.runs.bridge.running:
            return self.tr("Opskriften kører lige nu.")
        if self.document.dirty:
            return self.tr("Opskriften er åben med ændringer, der ikke er gemt. Gem eller "
                           "fortryd dem først.")
        return None

    def _recipe_moved(self, old: str, new: str) -> None:
        if self._is_open(old):
            self.document.discard_autosave()
            self.document.undo_stack.setClean()
            self.document = None
            self.open_recipe(Path(new))
            self.tabs.setCurrentWidget(self.library_page)

    def _recipe_removed(self, path: str) -> None:
        if self._is_open(path):
            doc, self.document = self.document, None
            doc.discard_autosave()
            editor, self.editor = self.editor, None
            self.tabs.removeTab(1)
            self.tabs.insertTab(1, self.placeholder, self.style().standardIcon(
                QStyle.SP_FileDialogDetailedView), self._editor_tab_name())
            if editor is not None:
                editor.deleteLater()
            if self.runs is not None:
                self.runs.detach()
            self._update_actions()
            self.setWindowTitle(self.tr("Opskrift – arbejdsbord"))

    def _editor_tab_name(self) -> str:
        if getattr(self, "operator_view", False):
            return self.tr("Kørsel")
        return self.tr("Trin") if getattr(self, "read_only", False) else self.tr("Redigér")

    def show_credentials(self) -> None:
        from workbench.credentials_view import CredentialsDialog

        dialog = CredentialsDialog(self.library.paths(), history=self.history, parent=self)
        dialog.exec()

    def run_from_library(self, path: str) -> None:
        """Kør from the library (what an operator does): open the recipe and run all of it."""
        if self.document is None or self.document.path != Path(path):
            if not self.open_recipe(Path(path)):
                return
        self.tabs.setCurrentWidget(self.editor)
        if self.runs is not None:
            self.runs.run()

    def set_document(self, doc: RecipeDocument) -> None:
        old_editor = self.editor
        self.document = doc
        self.editor = EditorPage(doc)
        self.editor.anchor.languages = self.settings.ocr_languages
        if getattr(self, "read_only", False):
            self.editor.set_run_only(True)
        self.tabs.removeTab(1)
        self.tabs.insertTab(1, self.editor, self.style().standardIcon(
            QStyle.SP_FileDialogDetailedView), self._editor_tab_name())
        if old_editor is not None:
            old_editor.deleteLater()
        doc.undo_stack.canUndoChanged.connect(self._update_actions)
        doc.undo_stack.canRedoChanged.connect(self._update_actions)
        doc.dirtyChanged.connect(self._update_actions)
        doc.saved.connect(self._saved)
        if self.runs is not None:
            self.runs.attach(self.editor)
        self._update_actions()

    def _saved(self, _path: str) -> None:
        self.library_page.refresh()

    def release_document(self):
        """Give the open recipe to another window (language change): stop listening to it."""
        doc, self.document = self.document, None
        if doc is not None:
            for signal, slot in ((doc.undo_stack.canUndoChanged, self._update_actions),
                                 (doc.undo_stack.canRedoChanged, self._update_actions),
                                 (doc.dirtyChanged, self._update_actions),
                                 (doc.saved, self._saved)):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        return doc

    def _update_actions(self, *_):
        try:
            self._update_actions_now()
        except RuntimeError:  # the document went away with another window
            pass

    def _update_actions_now(self):
        doc = self.document
        self.act_save.setEnabled(doc is not None and doc.dirty)
        self.act_undo.setEnabled(doc is not None and doc.undo_stack.canUndo())
        self.act_redo.setEnabled(doc is not None and doc.undo_stack.canRedo())
        if doc is not None:
            self.act_undo.setToolTip(self.tr("Fortryd: {0}").format(doc.undo_stack.undoText()))
            self.act_redo.setToolTip(self.tr("Gentag: {0}").format(doc.undo_stack.redoText()))
            self.setWindowTitle(self.tr("{0}{1} – Opskrift").format(
                doc.recipe.name, " •" if doc.dirty else ""))

    def save(self) -> bool:
        if self.document is None:
            return True
        try:
            self.document.save()
        except Exception as exc:
            QMessageBox.critical(self, self.tr("Kunne ikke gemme"), self.tr(
                "Opskriften blev ikke gemt, og filen er uændret.\n\n{0}").format(exc))
            return False
        self.statusBar().showMessage(self.tr("Gemt: {0}").format(self.document.path), 5000)
        return True

    def maybe_save(self) -> bool:
        """Before the open recipe goes away: save, discard or cancel. True means go on."""
        if self.document is None:
            return True
        if not self.document.dirty:
            self.document.drop_unused_recordings()
            return True
        answer = QMessageBox.question(
            self, self.tr("Gem ændringer?"),
            self.tr("»{0}« har ændringer, der ikke er gemt.").format(self.document.recipe.name),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.save()
        if answer == QMessageBox.Discard:
            self.document.discard_autosave()
            self.document.drop_unused_recordings()
            return True
        return False

    def undo(self):
        if self.document is not None:
            self.document.undo_stack.undo()

    def redo(self):
        if self.document is not None:
            self.document.undo_stack.redo()

    # -- other pages ---------------------------------------------------------------------------
    def _last_run(self, path: Path, name: str | None = None):
        if self.history is None:
            return None
        from workbench.history.access import last_run_for

        return last_run_for(self.history, path, name)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.history_page and self.history_page is not None:
            self.history_page.refresh(self.document.recipe.name if self.document else None)
        if self.tabs.widget(index) is self.library_page:
            self.library_page.refresh()
        if self.gains_page is not None and self.tabs.widget(index) is self.gains_page:
            self.gains_page.refresh()

    def show_settings(self) -> None:
        from workbench.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if dialog.exec():
            old_lang, old_folder = self.settings.language, self.settings.folder
            self.settings = dialog.result_settings()
            from workbench.settings import save_settings

            save_settings(self.settings)
            if self.settings.folder != old_folder:
                self.library = RecipeLibrary(self.settings.folder, last_run=self._last_run)
                self.library_page.library = self.library
                self.library_page.model.library = self.library
                self.library_page.refresh()
                self.statusBar().showMessage(
                    self.tr("Opskrifter i {0}").format(self.settings.folder))
            if self.settings.language != old_lang:
                self.languageChanged.emit()

    def closeEvent(self, event):
        if getattr(self, "_replacing", False) or self.maybe_save():
            if self.runs is not None:
                self.runs.shutdown()
            event.accept()
        else:
            event.ignore()


def operator_only(folder) -> bool:
    """True where roles are given in the library and the person holds `operator` but not
    `author` (recipes.roles): the workbench is then the operator view."""
    from recipes.principal import principal
    from recipes.roles import holds, roles_of

    governance = Path(folder) / ".approvals"
    if roles_of(governance) is None:
        return False
    who = principal()
    return holds(governance, who, "operator") and not holds(governance, who, "author")


def may_author(folder) -> bool:
    """True where the person may make and change recipes: no roles are given in the library
    (everybody holds every role), or the person holds `author` (recipes.roles)."""
    from recipes.principal import principal
    from recipes.roles import holds, roles_of

    governance = Path(folder) / ".approvals"
    return roles_of(governance) is None or holds(governance, principal(), "author")
