"""The bridge between the runner (in a worker thread) and the window (in the GUI thread).

`RunWorker` lives in a QThread and calls `recipes.runner.Runner.run`; the runner's observer calls
become queued Qt signals. Checkpoints are asked through `GuiPrompt`: the worker thread emits a
signal and blocks until the person answers in the GUI thread (or the run is stopped, which rejects).

A run whose robot cannot be set up (no display, no OCR data) still ends as a run: failed before its
first step, in the history with why (`recipes.run.could_not_start`). Where the keyring cannot be
reached, `OneRunSecrets` asks the person for the password through `GuiPasswords`, for this one
run: it is held in memory until the run ends and stored nowhere.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from recipes.errors import KeyringUnavailable, UserAbort
from recipes.fileformat import RecipeDocument as FileDocument
from recipes.ports import Decision
from recipes.runner import RunControl, Runner

if TYPE_CHECKING:
    from workbench.own_windows import OwnWindowsHidden


@dataclass
class RunRequest:
    recipe: Any  # recipes.model.Recipe (a copy: edits during the run do not change it)
    path: Any  # the recipe file, for relative anchors and the history
    values: dict[str, str] = field(default_factory=dict)
    start: int = 0
    only: int | None = None
    step_through: bool = False
    mode: str = "run"
    operator: str = ""
    # A data file's rows (Kør med datafil): the recipe once per row, `values` unused; the
    # `once` steps only in the first row; it stops at the first row that does not pass.
    rows: list[dict[str, str]] | None = None


class GuiPrompt(QObject):
    """`recipes.ports.Prompt` for the window. `checkpoint` is called in the worker thread."""

    asked = Signal(str, object, object)  # message, frame, values

    def __init__(self, parent=None):
        super().__init__(parent)
        self._answer: Decision | None = None
        self._answered = threading.Event()
        self._cancelled = False

    def checkpoint(self, message, frame, values) -> Decision:
        self._answered.clear()
        self._answer = None
        if self._cancelled:
            return Decision(approved=False, who="", comment="kørslen blev stoppet")
        self.asked.emit(message, frame, dict(values))
        while not self._answered.wait(0.1):
            if self._cancelled:
                return Decision(approved=False, who="", comment="kørslen blev stoppet")
        return self._answer

    def answer(self, decision: Decision) -> None:
        self._answer = decision
        self._answered.set()

    def cancel(self) -> None:
        self._cancelled = True
        self._answered.set()

    def reset(self) -> None:
        self._cancelled = False


@dataclass
class PasswordRequest:
    """A credential the keyring could not give, asked of the person for one run."""

    credential: str
    label: str
    username: str | None
    problem: dict  # why the keyring could not give it (KeyringUnavailable.problem())


class GuiPasswords(QObject):
    """Asks the person for a password the keyring cannot give. `ask` is called in the worker
    thread and blocks until the GUI thread answers (None: cancelled, or the run was stopped)."""

    asked = Signal(object)  # PasswordRequest

    def __init__(self, parent=None):
        super().__init__(parent)
        self._answer: tuple[str | None, str] | None = None
        self._answered = threading.Event()
        self._cancelled = False

    def ask(self, request: PasswordRequest) -> tuple[str | None, str] | None:
        self._answered.clear()
        self._answer = None
        if self._cancelled:
            return None
        self.asked.emit(request)
        while not self._answered.wait(0.1):
            if self._cancelled:
                return None
        return self._answer

    def answer(self, answer: tuple[str | None, str] | None) -> None:
        self._answer = answer
        self._answered.set()

    def cancel(self) -> None:
        self._cancelled = True
        self._answered.set()

    def reset(self) -> None:
        self._cancelled = False


class OneRunSecrets:
    """`ports.Secrets` for one run from the workbench: the keyring, and where it cannot be
    reached (none there, locked), the password the person types for this run. That is held in
    this object only, which ends with the run; nothing is ever written to the keyring here."""

    def __init__(self, keyring, ask: Callable[[PasswordRequest], Any], recipe):
        self.keyring = keyring
        self.ask = ask
        self.recipe = recipe
        self._typed: dict[str, tuple[str | None, str]] = {}

    def get(self, service: str, username: str | None) -> tuple[str | None, str | None]:
        if service in self._typed:
            return self._typed[service]
        try:
            return self.keyring.get(service, username)
        except KeyringUnavailable as exc:
            cred = self.recipe.credential(service)
            label = (cred.label if cred is not None and cred.label else service)
            answer = self.ask(PasswordRequest(service, label, username, exc.problem()))
            if answer is None:
                raise  # not given: the run refuses, with why the keyring could not
            self._typed[service] = answer
            return answer

    def set(self, service: str, username: str | None, password: str) -> None:
        self.keyring.set(service, username, password)


class _StopAware:
    """The run's abort watch, plus the window's Stop button (which must stop a step mid-wait)."""

    def __init__(self, inner, control: RunControl | None):
        self.inner, self.control = inner, control

    def check(self) -> None:
        if self.control is not None and self.control.stopped:
            raise UserAbort.of("workbench")
        self.inner.check()


class RunWorker(QObject):
    stepStarted = Signal(int, object)
    stepFinished = Signal(int, object)
    logged = Signal(object)   # a recipes.run.RunNote (or a plain text)
    finished = Signal(object)  # recipes.run.Run
    rowStarted = Signal(int, int)     # row number, rows (Kør med datafil)
    rowFinished = Signal(int, object)  # row number, its recipes.run.Run
    crashed = Signal(object)  # the error: the run could not start or broke outside any step

    def __init__(self, env_factory: Callable, history=None):
        super().__init__()
        self.env_factory = env_factory
        self.history = history
        self.control: RunControl | None = None
        self.own_windows: OwnWindowsHidden | None = None
        self.passwords: GuiPasswords | None = None

    # observer protocol (called in the worker thread)
    def step_started(self, index, step):
        self.stepStarted.emit(index, step)

    def step_finished(self, index, result):
        self.stepFinished.emit(index, result)

    def log(self, message):
        self.logged.emit(message)

    @Slot(object, object)
    def run(self, request: RunRequest, prompt) -> None:
        env = None
        try:
            env = self.env_factory(request, prompt)
        except BaseException as exc:  # noqa: BLE001 - the robot could not be set up
            self._could_not_start(request, exc)
            return
        try:
            env.abort = _StopAware(env.abort, self.control)
            if getattr(env.input, "abort", None) is not None:
                env.input.abort = env.abort  # Stop ends long typing between two keys too
            if hasattr(env.secrets, "abort"):
                env.secrets.abort = env.abort  # and a wait for a locked keyring
            if env.secrets is not None and self.passwords is not None:
                env.secrets = OneRunSecrets(env.secrets, self.passwords.ask, request.recipe)
            if self.own_windows is not None:
                self.own_windows.inner = env.screen
                env.screen = self.own_windows
            doc = FileDocument(recipe=request.recipe, path=request.path)
            # SQLite connections belong to one thread: the worker opens its own on the same file.
            history = type(self.history)(self.history.home) if self.history is not None else None
            runner = Runner(doc, env, observer=self, history=history, control=self.control)
            if request.rows:
                run = None
                for n, values in enumerate(request.rows, start=1):
                    self.rowStarted.emit(n, len(request.rows))
                    run = runner.run(values, row_number=n, first_row=(n == 1), mode="run",
                                     operator=request.operator)
                    self.rowFinished.emit(n, run)
                    if run.status != "passed":
                        break   # the program may be mid-case: the robot does not guess on
            else:
                run = runner.run(request.values, start=request.start, only=request.only,
                                 mode=request.mode, operator=request.operator)
        except BaseException as exc:  # noqa: BLE001 - the thread must always report back
            self.crashed.emit(exc)
            return
        finally:
            if env is not None:
                env.abort = getattr(env.abort, "inner", env.abort)
                try:
                    from recipes.desktop.environment import close_environment

                    close_environment(env)
                except Exception:
                    pass
        self.finished.emit(run)

    def _could_not_start(self, request: RunRequest, exc: BaseException) -> None:
        """The run ends before its first step: failed, in the history with why."""
        from pathlib import Path

        from recipes.run import could_not_start
        from recipes.runner import recipe_hash

        path = str(Path(request.path).resolve()) if request.path else None
        run = could_not_start(request.recipe.name, path, recipe_hash(request.recipe), exc,
                              mode=request.mode, operator=request.operator)
        try:
            if self.history is not None:
                type(self.history)(self.history.home).record(run)
        except Exception as history_error:  # noqa: BLE001 - the thread must always report back
            self.crashed.emit(history_error)
            return
        self.finished.emit(run)


class RunBridge(QObject):
    """Owns the worker thread; the controller calls `start`, `pause`, `resume`, `next`, `stop`."""

    request = Signal(object, object)

    def __init__(self, env_factory: Callable, history=None, parent=None):
        super().__init__(parent)
        self.prompt = GuiPrompt(self)
        self.passwords = GuiPasswords(self)
        self.thread = QThread(self)
        self.thread.setObjectName("run-worker")
        self.worker = RunWorker(env_factory, history)
        self.worker.passwords = self.passwords
        self.worker.moveToThread(self.thread)
        self.request.connect(self.worker.run)
        self.thread.start()
        self.running = False
        self.worker.finished.connect(self._done)
        self.worker.crashed.connect(self._done)

    def start(self, request: RunRequest) -> None:
        if self.running:
            return
        self.running = True
        self.prompt.reset()
        self.passwords.reset()
        self.worker.control = RunControl(step_through=request.step_through)
        self.request.emit(request, self.prompt)

    def _done(self, *_):
        self.running = False

    @property
    def control(self) -> RunControl | None:
        return self.worker.control

    def pause(self):
        if self.control:
            self.control.pause()

    def resume(self):
        if self.control:
            self.control.resume()

    def next_step(self):
        if self.control:
            self.control.next_step()

    def stop(self):
        if self.control:
            self.control.stop()
        self.prompt.cancel()
        self.passwords.cancel()

    def shutdown(self):
        self.stop()
        self.thread.quit()
        self.thread.wait(5000)
