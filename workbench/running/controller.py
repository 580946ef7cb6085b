"""Running the open recipe from the window: Kør (all, from a step, one step, step through),
Pause, Stop; the current step highlighted; failures and checkpoints shown as they happen. While
the robot works, the run bar (`run_bar.RunBar`) keeps the run's controls on the screen, also when
the workbench is minimised out of the program's way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolButton

from recipes.settings_file import with_default_timeout
from workbench.running.checkpoint_dialog import CheckpointDialog
from workbench.running.inputs_dialog import ask_values
from workbench.labels import action_label, outcome_label
from workbench.running.bar import RunBar
from workbench.running.bridge import RunBridge, RunRequest
from workbench.running.panel import RunPanel
from workbench.run_words import run_reason
from workbench.own_windows import come_back, step_aside


def default_env_factory(window):
    def make(request: RunRequest, prompt):
        settings = window.settings  # read at each run: Indstillinger may have changed
        from pathlib import Path

        from recipes.desktop.environment import build_environment

        base = Path(request.path).parent if request.path else Path.cwd()
        return build_environment(base, prompt=prompt, abort_hotkey=settings.abort_hotkey,
                                 languages=settings.ocr_languages)
    return make


def step_words(step, width: int = 60) -> str:
    """What a step does, in a few words for the run bar: "Klik tekst »Gem«"."""
    from recipes.console import cut
    from workbench.labels import describe_step

    return cut(f"{action_label(step.action)} {describe_step(step)}".strip(), width)


class RunController(QObject):
    def __init__(self, window, env_factory=None):
        super().__init__(window)
        self.window = window
        self.editor = None
        self.panel: RunPanel | None = None
        self.env_factory = env_factory or default_env_factory(window)
        self.bridge = RunBridge(lambda req, prompt: self.env_factory(req, prompt),
                                history=window.history, parent=self)
        w = self.bridge.worker
        w.stepStarted.connect(self._step_started)
        w.stepFinished.connect(self._step_finished)
        w.logged.connect(self._log)
        w.finished.connect(self._finished)
        w.rowStarted.connect(self._row_started)
        w.rowFinished.connect(self._row_finished)
        self._rows: list | None = None
        self._row_results: list = []
        self.rows_dialog = None
        w.crashed.connect(self._crashed)
        self.bridge.prompt.asked.connect(self._checkpoint)
        self.bridge.passwords.asked.connect(self._ask_password)
        self.highlight = None
        self.checkpoint_dialog = None
        self.password_dialog = None
        from PySide6.QtCore import QTimer

        from workbench.own_windows import OwnWindowsHidden

        self.bridge.worker.own_windows = OwnWindowsHidden(None)
        self._own = QTimer(self, interval=150)
        self._own.timeout.connect(self._update_own_windows)
        self.last_run = None
        self._request: RunRequest | None = None
        self._paused = False
        # The run's controls on the screen while the workbench is out of the way.
        self.bar = RunBar()
        window.destroyed.connect(self.bar.deleteLater)  # a window of its own, not a child
        self.bar.next.clicked.connect(self.bridge.next_step)
        self.bar.pause.clicked.connect(self.toggle_pause)
        self.bar.stop.clicked.connect(self.stop)

    # -- toolbar -------------------------------------------------------------------------------
    def install(self, bar, before) -> None:
        style = self.window.style()
        self.act_run = QAction(style.standardIcon(QStyle.SP_MediaPlay), self.tr("Kør"), self)
        self.act_run.setShortcut(QKeySequence("F5"))
        self.act_run.setToolTip(self.tr("Kør hele opskriften (F5)"))
        self.act_run.triggered.connect(lambda: self.run_shown())
        # The toolbar's Kør has these under its arrow; the menu bar's Kør menu has them too.
        self.act_all = QAction(self.tr("&Kør hele opskriften"), self)
        self.act_all.triggered.connect(lambda: self.run_shown())
        self.act_from = QAction(self.tr("Kør &fra valgt trin"), self)
        self.act_from.triggered.connect(lambda: self.run(from_selected=True))
        self.act_only = QAction(self.tr("Kør k&un valgt trin"), self)
        self.act_only.triggered.connect(lambda: self.run(only_selected=True))
        self.act_data = QAction(self.tr("Kør med &datafil …"), self)
        self.act_data.triggered.connect(self.run_data_file)
        # F10 steps: it starts a step-through, and in one it runs the next step (Næste trin).
        self.act_step = QAction(self.tr("&Trin for trin"), self)
        self.act_step.setShortcut(QKeySequence("F10"))
        self.act_step.setShortcutContext(Qt.ApplicationShortcut)
        self.act_step.triggered.connect(self.step_key)
        self.window.addAction(self.act_step)
        menu = QMenu()
        menu.addActions([self.act_all, self.act_from, self.act_only, self.act_data, self.act_step])
        self.act_run.setMenu(menu)
        self.act_stop = QAction(style.standardIcon(QStyle.SP_MediaStop), self.tr("&Stop"), self)
        self.act_stop.setIconText(self.tr("Stop"))
        self.act_stop.setShortcut(QKeySequence("Shift+F5"))
        self.act_stop.triggered.connect(self.stop)
        bar.insertAction(before, self.act_run)
        bar.insertAction(before, self.act_stop)
        button = bar.widgetForAction(self.act_run)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.MenuButtonPopup)
        self._menu = menu
        self._update()

    def menu_actions(self) -> list[QAction]:
        """What the menu bar's Kør menu holds (Stop with the ways to start)."""
        return [self.act_all, self.act_from, self.act_only, self.act_data, self.act_step,
                self.act_stop]

    def run_shown(self) -> bool:
        """Kør (F5): the recipe chosen in the library while the library is in front (the
        window opens it), else the open recipe."""
        path = self.window.library_choice()
        if path is not None and not self.bridge.running:
            self.window.run_from_library(str(path))
            return True
        return self.run()

    def attach(self, editor) -> None:
        self.editor = editor
        editor.steps.add_run_actions([
            (self.tr("Kør &fra dette trin"), lambda: self.run(from_selected=True)),
            (self.tr("Kør &kun dette trin"), lambda: self.run(only_selected=True)),
        ])
        self.panel = RunPanel()
        editor.bottom.addWidget(self.panel)
        self.panel.pause.clicked.connect(self.toggle_pause)
        self.panel.stop.clicked.connect(self.stop)
        self.panel.next.clicked.connect(self.bridge.next_step)
        self.panel.failure.editAnchor.connect(self._edit_anchor)
        self.panel.failure.retry.connect(self._retry)
        # The operator's run view: a failed step is retried or reported, not repaired here.
        self.panel.failure.fix_button.setVisible(not getattr(editor, "run_only", False))
        self._update()

    def detach(self) -> None:
        """The editor went away (its recipe was deleted)."""
        self.editor = None
        self.panel = None
        self._update()

    def update_actions(self) -> None:
        """Kør follows what is shown: a recipe chosen in the library, or the open one. Asked
        when the Kør menu opens; `_update` itself never reaches into the window, which may be
        going away when a run's last signal arrives."""
        self._library_choice = self.window.library_choice() is not None
        self._update()

    def _update(self) -> None:
        running = self.bridge.running
        has = self.editor is not None or getattr(self, "_library_choice", False)
        if hasattr(self, "act_run"):
            self.act_run.setEnabled(has and not running)
            self.act_all.setEnabled(has and not running)
            self.act_stop.setEnabled(running)

    # -- starting ------------------------------------------------------------------------------
    def _approved(self, doc) -> bool:
        """The operator view runs only a recipe whose files, as they are now, carry valid
        approvals (as `run --operator`); otherwise it says why in Danish and runs nothing."""
        from PySide6.QtWidgets import QMessageBox

        from recipes.approvals import signers_folder, standing
        from recipes.principal import principal

        from workbench.labels import approval_problem

        reasons, codes = [], []
        if doc.path is None or self.editor.document.dirty:
            codes.append("unsaved")
            reasons.append(self.tr("Opskriften har ændringer, der ikke er gemt og godkendt."))
        else:
            now = standing(doc.path, doc.recipe)
            codes = [p.code for p in now.problems]
            reasons += [approval_problem(p) for p in now.problems]
        if not reasons:
            return True
        if self.window.history is not None and doc.path is not None:
            self.window.history.audit.append(
                "run_refused", principal(), doc.recipe.name, str(doc.path), None,
                reasons=codes, signers=str(signers_folder(doc.path)))
        QMessageBox.warning(self.window, self.tr("Kan ikke køres"), self.tr(
            "Opskriften »{0}« køres ikke:\n{1}\n\nBed en godkender se den igennem.").format(
                doc.recipe.name, "\n".join(reasons)))
        return False

    def run_data_file(self) -> bool:
        """Kør med datafil: a CSV of cases (one row per case, a column per input, as
        `main.py run --data`), the recipe once per row, with a result per row."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from recipes.console import read_rows
        from recipes.errors import WorkbenchError

        if self.editor is None or self.bridge.running:
            return False
        doc = self.editor.document
        start = str(doc.folder) if doc.folder else ""
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Vælg datafil"), start,
                                              self.tr("Datafiler (*.csv)"))
        if not name:
            return False
        try:
            rows = read_rows(name, doc.recipe)
        except WorkbenchError as exc:
            QMessageBox.warning(self.window, self.tr("Datafilen kan ikke bruges"), str(exc))
            return False
        missing = [i.name for i in doc.recipe.inputs
                   if i.default is None and any(not r.get(i.name) for r in rows)]
        if missing:
            QMessageBox.warning(self.window, self.tr("Datafilen kan ikke bruges"), self.tr(
                "Kolonnen »{0}« mangler eller er tom i en række.").format(missing[0]))
            return False
        return self.run(rows=rows)

    def run(self, from_selected=False, only_selected=False, step_through=False, row=None,
            values: dict[str, str] | None = None, rows: list | None = None) -> bool:
        """Run the open recipe; `values`: the input values to use, where the person gave them
        already (Prøv igen), else they are asked for; `rows`: once per row of a data file."""
        if self.editor is None or self.bridge.running:
            return False
        recording = getattr(self.window, "recording", None)
        if recording is not None and recording.session is not None:
            return False  # a replay must not end up in the recording
        doc = self.editor.document
        steps = doc.recipe.steps
        if not steps:
            return False
        if getattr(self.window, "operator_view", False) and not self._approved(doc):
            return False
        selected = row if row is not None else self.editor.steps.current_row()
        start, only, mode = 0, None, "run"
        if from_selected and selected is not None:
            start, mode = selected, "from_step"
        if only_selected:
            if selected is None:
                return False
            only, mode = selected, "single_step"
        if step_through:
            mode = "step_through"
        if rows:
            values = dict(rows[0])
        else:
            values = self._values(doc.recipe, values)
        if values is None:
            return False
        self._rows, self._row_results = (rows or None), []
        recipe = with_default_timeout(doc.recipe, self.window.settings.default_timeout)
        self._request = RunRequest(recipe=recipe, path=doc.path, values=values, start=start,
                                   only=only, step_through=step_through, mode=mode,
                                   operator=self.window.settings.who, rows=rows or None)
        model = self.editor.steps.model
        model.clear_run_state()
        total = 1 if only is not None else len(steps) - start
        self._done = 0
        self.panel.begin(total, only if only is not None else start)
        self.panel.add_log(self.tr("Nødstop: tryk {0} eller før musen helt op i et hjørne af "
                                   "skærmen.").format(self.window.settings.abort_hotkey))
        self.panel.set_running(True, step_through)
        self._paused = False
        # Shown before the robot's first look at the screen, so that it looks past the bar.
        self.bar.begin(step_through, self.window.settings.abort_hotkey, self.window.screen())
        self._last_found = None
        self._update_own_windows()
        self._own.start()
        self.bridge.start(self._request)
        self._update()
        if getattr(self.window.settings, "minimize_during_run", False):
            step_aside(self.window)
        return True

    def _values(self, recipe, given: dict[str, str] | None) -> dict[str, str] | None:
        """The input values for a run: those given where they cover the recipe's inputs (an
        input added since is asked for, with the others filled in), else the inputs dialog's."""
        if given is None:
            return ask_values(recipe, self.window)
        names = [i.name for i in recipe.inputs]
        if all(n in given for n in names):
            return {n: given[n] for n in names}
        from workbench.running.inputs_dialog import InputsDialog

        dialog = InputsDialog(recipe, self.window)
        for name, edit in dialog.edits.items():
            if name in given:
                edit.setText(given[name])
        return dialog.values() if dialog.exec() else None

    def _update_own_windows(self) -> None:
        """Where this program's visible windows are, for the robot to look past them."""
        from workbench.own_windows import own_window_rects

        highlight = self.highlight.frameGeometry().getRect() if (
            self.highlight is not None and self.highlight.isVisible()) else None
        rects = [r for r in own_window_rects() if r != highlight]
        self.bridge.worker.own_windows.set_rects(rects)

    def step_key(self) -> None:
        """F10: Næste trin in a step-through that waits for it, else a new step-through."""
        if self.bridge.running:
            if self.bar.next.isVisible() and self.bar.next.isEnabled():
                self.bar.next.click()
            return
        self.run(step_through=True)

    def toggle_pause(self) -> None:
        """Pause or go on. Step through waits before every step anyway: there a pause only
        holds Næste trin back, and going on does not start the next step by itself."""
        control = self.bridge.control
        if control is None or not self.bridge.running:
            return
        self._paused = not self._paused
        stepping = self._request is not None and self._request.step_through
        if self._paused:
            self.bridge.pause()
            text = self.tr("For&tsæt")
            self.panel.add_log(self.tr("Sat på pause."))
        else:
            if not stepping:
                self.bridge.resume()
            text = self.tr("&Pause")
        for controls in (self.panel, self.bar):
            controls.pause.setText(text)
            controls.next.setEnabled(stepping and not self._paused)

    def stop(self) -> None:
        if self.bridge.running:
            self.panel.add_log(self.tr("Stopper …"))
            self.bridge.stop()

    def shutdown(self) -> None:
        self.bridge.shutdown()
        self.bar.end()

    # -- following the run ---------------------------------------------------------------------
    def _step_started(self, index: int, step) -> None:
        if self.editor is None:
            return
        model = self.editor.steps.model
        model.set_current(index)
        self.editor.steps.table.scrollTo(model.index(index, 0))
        self.panel.step(index + 1, self._done, action_label(step.action))
        self.panel.add_log(self.tr("Trin {0}: {1} …").format(index + 1, action_label(step.action)))
        total = len(self._request.recipe.steps) if self._request is not None else len(model.steps)
        self.bar.step(index + 1, total, step_words(step))
        if self._request is not None and self._request.step_through and not self._paused:
            self.panel.next.setEnabled(True)
            self.bar.next.setEnabled(True)

    def _step_finished(self, index: int, result) -> None:
        self._done += 1
        model = self.editor.steps.model
        model.set_status(index, result.status)
        found = ""
        if result.found is not None:
            f = result.found
            self._last_found = f.centre
            found = self.tr(" – fundet ved ({0}, {1}), score {2}").format(
                *f.centre, f"{f.score:.2f}".replace(".", ","))
            self._flash(f)
        self.panel.progress.setValue(self._done)
        self.panel.add_log(self.tr("Trin {0}: {1} ({2} s){3}").format(
            index + 1, outcome_label(result.status), f"{result.duration:.1f}".replace(".", ","),
            found))
        req = self._request
        if (req is not None and req.step_through and result.status == "passed"
                and index + 1 < len(req.recipe.steps)):
            # show which step comes next while the robot waits for "Næste trin"
            self.editor.steps.model.set_current(index + 1)
            self.panel.state.setText(self.tr("Venter – tryk Næste trin"))
            self.bar.step(index + 2, len(req.recipe.steps), self.tr("{0} – tryk Næste trin").format(
                step_words(req.recipe.steps[index + 1])))
        if result.status == "failed":
            step = self._request.recipe.steps[index]
            self.panel.failure.show_failure(index, step, result, self.editor.document)

    def _flash(self, match) -> None:
        try:
            from workbench.running.highlight import FoundFrame

            if self.highlight is None:
                self.highlight = FoundFrame()
            self.highlight.flash(match.x, match.y, match.w, match.h)
        except Exception:
            pass

    def _log(self, message) -> None:
        from workbench.run_words import note_words

        if self.panel is not None:
            self.panel.add_log(note_words(message))

    def _finished(self, run) -> None:
        self._own.stop()
        self.bar.end()
        self.last_run = run
        if self.editor is not None:
            self.editor.steps.model.set_current(None)
            failed = run.failed_step
            self.panel.finish(run.status, self._summary(run))
            if failed is not None:
                self.editor.steps.select_row(failed.index)
        if self.window.isMinimized():
            come_back(self.window)
        self._update()
        self._refresh_pages()
        if self._rows:
            self._show_rows()
            self._rows = None

    def _row_started(self, n: int, total: int) -> None:
        if self.editor is not None:
            self.editor.steps.model.clear_run_state()
        if self.panel is not None and self.editor is not None:
            self._done = 0
            self.panel.begin(len(self.editor.document.recipe.steps), 0)
            self.panel.add_log(self.tr("Række {0} af {1}").format(n, total))

    def _row_finished(self, n: int, run) -> None:
        self._row_results.append((n, run))

    def _show_rows(self) -> None:
        """A result per row of the data file, and which rows were not run."""
        from PySide6.QtWidgets import QMessageBox

        from workbench.labels import outcome_label

        total = len(self._rows or [])
        lines = []
        for n, run in self._row_results:
            said = self.tr("Række {0}: {1}").format(n, outcome_label(run.status))
            if run.status != "passed":
                said += " – " + (run_reason(run) or "")
            lines.append(said)
        done = len(self._row_results)
        if done < total:
            rest = (self.tr("Række {0} blev ikke kørt").format(done + 1) if total - done == 1
                    else self.tr("Række {0}–{1} blev ikke kørt").format(done + 1, total))
            lines.append(rest + self.tr(" (programmet kan stå midt i en sag: robotten gætter "
                                        "ikke, hvordan den skal fortsætte)."))
        passed = sum(1 for _, r in self._row_results if r.status == "passed")
        box = QMessageBox(QMessageBox.Information, self.tr("Kørsel med datafil"),
                          self.tr("{0} af {1} rækker gennemført.").format(passed, total),
                          QMessageBox.Ok, self.window)
        box.setInformativeText("\n".join(lines))
        box.finished.connect(lambda _r: setattr(self, "rows_dialog", None))
        self.rows_dialog = box
        box.open()

    def _refresh_pages(self) -> None:
        """The library's and Historik's last run as the history has it now."""
        self.window.library_page.refresh()
        page = getattr(self.window, "history_page", None)
        if page is not None and self.window.tabs.currentWidget() is page:
            page.refresh(self.window.document.recipe.name if self.window.document else None)

    def _summary(self, run) -> str:
        """The end of a run in the interface's language; the robot's own (English) words
        stay in the step's details and the history."""
        failed = run.failed_step
        if run.status == "passed":
            return self.tr("Alle trin gennemført.")
        if failed is not None and run.status == "failed":
            return self.tr("Trin {0} ({1}) fejlede – se årsagen nedenfor.").format(
                failed.index + 1, failed.step_id)
        if run.status == "rejected":
            return self.tr("Afvist ved et kontrolpunkt.")
        if run.status == "aborted":
            return self.tr("Stoppet af brugeren.")
        return run_reason(run)

    def _crashed(self, error) -> None:
        from recipes.errors import EnvironmentMissing
        from workbench.run_words import error_words

        self._own.stop()
        self.bar.end()
        if self.panel is not None:
            if isinstance(error, EnvironmentMissing):
                text = self.tr("Kørslen kunne ikke starte: {0}.")
            else:
                text = self.tr("Kørslen kunne ikke gennemføres: {0}")
            self.panel.finish("failed", text.format(error_words(error)))
        if self.window.isMinimized():
            come_back(self.window)
        self._update()
        self._refresh_pages()

    def _checkpoint(self, message, frame, values) -> None:
        if self.window.isMinimized():
            come_back(self.window)
        recipe = self._request.recipe if self._request else None
        sensitive = recipe.sensitive_names() if recipe else set()
        labels = {i.name: i.label for i in recipe.inputs if i.label} if recipe else {}
        dialog = CheckpointDialog(message, frame, values, sensitive, self.window.settings.who,
                                  self.window, labels=labels,
                                  focus=getattr(self, "_last_found", None))
        self.checkpoint_dialog = dialog
        dialog.exec()
        self.checkpoint_dialog = None
        decision = dialog.decision
        self.panel.add_log(self.tr("Kontrolpunkt {0} af {1}.").format(
            self.tr("godkendt") if decision.approved else self.tr("afvist"), decision.who))
        if decision.approved and getattr(self.window.settings, "minimize_during_run", False):
            # Out of the way again before the robot looks for its next anchor.
            step_aside(self.window)
            QCoreApplication.processEvents()
        self.bridge.prompt.answer(decision)

    def _ask_password(self, request) -> None:
        """The keyring cannot be reached: the person may type the password for this one run
        (held by the run's `OneRunSecrets`, never stored)."""
        from PySide6.QtWidgets import QDialog

        from workbench.credentials_view import RunPasswordDialog

        minimised = self.window.isMinimized()
        if minimised:
            come_back(self.window)
        dialog = RunPasswordDialog(request.label, request.username, request.problem, self.window)
        self.password_dialog = dialog
        given = dialog.exec() == QDialog.Accepted
        self.password_dialog = None
        self._log(self.tr("Adgangskoden til »{0}« er skrevet til denne kørsel; den gemmes "
                          "ikke.").format(request.label) if given else
                  self.tr("Ingen adgangskode til »{0}«.").format(request.label))
        if minimised:
            step_aside(self.window)
            QCoreApplication.processEvents()
        self.bridge.passwords.answer(dialog.answer() if given else None)

    def _edit_anchor(self, index: int) -> None:
        """Show the step in the anchor editor, with the screen at the failure and the candidates
        the robot saw, so the author can compare and fix the anchor."""
        self.editor.steps.select_row(index)
        result = next((s for s in reversed(self.last_run.steps) if s.index == index), None) \
            if self.last_run is not None else None
        if result is not None and index < len(self.editor.document.recipe.steps):
            from workbench.running.failure_view import failed_part

            step = self.editor.document.recipe.steps[index]
            self.editor.anchor.set_part(failed_part(step, result))
        if result is not None and result.screenshot is not None:
            from recipes.ports import Frame
            from workbench.live_find import FindResult, _as_match

            rivals = sorted((_as_match(c) for c in result.candidates), key=lambda m: -m.score)
            # Where the workbench's own windows were painted over while the robot looked.
            hidden = list(self.bridge.worker.own_windows.rects)
            self.editor.anchor.show_find_result(FindResult(frame=Frame(result.screenshot),
                                                           rivals=rivals), hidden)
        self.editor.anchor.setFocus()

    def _retry(self, index: int) -> None:
        """Prøv igen: from the failed step, with the values the run was started with."""
        given = self._request.values if self._request is not None else None
        self.panel.failure.hide()
        self.run(from_selected=True, row=index, values=given)
