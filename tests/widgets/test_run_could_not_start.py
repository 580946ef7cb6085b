"""A run that could not start, or was cut off, never stays "Kører": the library and Historik say
Fejlet with the reason in Danish; and where no keyring is reachable, the workbench takes the
password for this one run, in memory only (issue 13, item 2)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from recipes.desktop.secrets import KeyringSecrets
from recipes.history import History
from recipes.model import Recipe
from workbench import recipe_io
from workbench.running import inputs_dialog
from workbench.main_window import MainWindow
from workbench.settings import Settings

from wb_fakes import ALL_FOUND, Input, env_factory

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Vinter-Æble7!"


def make_window(qtbot, recipe_file, home) -> MainWindow:
    settings = Settings(recipe_folder=str(recipe_file.parent.parent), minimize_during_run=False,
                        user_name="Mette")
    w = MainWindow(settings, history=History(home))
    qtbot.addWidget(w)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    return w


@pytest.fixture
def window(qtbot, recipe_file, home, monkeypatch):
    monkeypatch.setattr(inputs_dialog, "answer_for_tests", lambda recipe: {"cpr": "010203-1234"})
    w = make_window(qtbot, recipe_file, home)
    w.open_recipe(recipe_file)
    yield w
    w.runs.shutdown()


def click_tab(qtbot, window, page) -> None:
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(window.tabs.indexOf(page)).center())


def library_result(window) -> str:
    lib = window.library_page.model
    return lib.data(lib.index(0, 4))


def historik(qtbot, window) -> tuple[str, str]:
    """The newest run's outcome in Historik and the summary under the list of runs."""
    click_tab(qtbot, window, window.history_page)
    page = window.history_page
    return page.runs_model.data(page.runs_model.index(0, 3)), page.summary.text()


def test_a_run_that_cannot_start_is_failed_in_the_library_and_historik(window, qtbot,
                                                                        monkeypatch):
    from workbench.running.controller import default_env_factory

    # A Wayland session without an X display: the real environment check finds it.
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    window.runs.env_factory = default_env_factory(window)
    qtbot.keyClick(window, Qt.Key_F5)                        # Kør
    qtbot.waitUntil(lambda: not window.runs.bridge.running, timeout=10000)
    outcome, summary = historik(qtbot, window)
    assert outcome == "Fejlet"
    assert "Kørslen kunne ikke starte: dette er en Wayland-session" in summary, summary
    assert "Wayland session" not in summary                  # not the robot's English
    click_tab(qtbot, window, window.library_page)
    assert library_result(window) == "Fejlet"
    # No case was attempted: the gains leave it out.
    assert window.history.runs()[0]["failure_category"] == "not_started"


def test_a_run_cut_off_when_its_program_ended_is_failed_when_the_workbench_opens(
        qtbot, recipe_file, home, monkeypatch):
    # A run begun by a program that then ended without finishing it (killed, crashed, closed
    # while it waited): a real process, gone before the workbench opens.
    program = (
        "import os, sys\n"
        "from recipes.history import History\n"
        "from recipes.run import Run\n"
        "History(sys.argv[1]).begin(Run(recipe_name='Godkend besked', recipe_path=sys.argv[2],"
        " recipe_hash='x'))\n"
        "os._exit(9)\n")
    ended = subprocess.run([sys.executable, "-c", program, str(home), str(recipe_file)],
                           cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert ended.returncode == 9
    with sqlite3.connect(home / "history.db") as db:      # as the program left it
        assert db.execute("select status from runs").fetchall() == [("running",)]
    window = make_window(qtbot, recipe_file, home)
    assert library_result(window) == "Fejlet"
    outcome, summary = historik(qtbot, window)
    assert outcome == "Fejlet"
    assert "Kørslen blev afbrudt: programmet, der kørte den, sluttede, før den var færdig" \
        in summary, summary


@pytest.fixture
def login_recipe(window, sample_recipe):
    """The sample recipe, typing the password of `sagssystem` after its click on Godkend."""
    data = sample_recipe.model_dump(mode="json", exclude_defaults=True)
    steps = [{"action": s.action, **d} for s, d in zip(sample_recipe.steps, data["steps"])]
    data["steps"] = [*steps[:2], {"id": "login", "action": "type", "secret": "sagssystem"},
                     *steps[2:]]
    path = window.document.path.with_name("log_ind.yaml")
    recipe_io.save(Recipe.model_validate({**data, "name": "Log ind"}), path)
    assert window.open_recipe(path)
    return path


def no_keyring_reachable(monkeypatch, tmp_path) -> None:
    """A session bus with nothing on it: no Secret Service answers."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/ingen-bus")


def answer_password_for_the_run(qtbot, password: str | None, seen: list) -> None:
    """When the dialog asking for this run's password shows: note its text, and type the
    password and click its OK button, or click Annuller (password None)."""
    from PySide6.QtCore import QTimer

    from workbench.credentials_view import RunPasswordDialog

    def answer():
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, RunPasswordDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(30, answer)
            return
        seen.append(dialog.explain.text())
        if password is None:
            qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Cancel), Qt.LeftButton)
            return
        qtbot.keyClicks(dialog.password, password)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    QTimer.singleShot(30, answer)


def test_without_a_keyring_the_password_is_asked_for_this_one_run_and_kept_nowhere(
        window, login_recipe, qtbot, monkeypatch, tmp_path, home):
    from PySide6.QtWidgets import QDialog

    from workbench.running.checkpoint_dialog import CheckpointDialog
    from wb_fakes import CheckpointClicker

    from workbench.credentials_view import RunPasswordDialog

    monkeypatch.setattr(CheckpointDialog, "exec", QDialog.exec)
    monkeypatch.setattr(RunPasswordDialog, "exec", QDialog.exec)   # shown, answered below
    clicker = CheckpointClicker(qtbot, "Godkend")
    no_keyring_reachable(monkeypatch, tmp_path)
    typed = Input()
    fake = env_factory(ALL_FOUND, typed)

    def with_the_real_keyring(request, prompt):
        env = fake(request, prompt)
        env.secrets = KeyringSecrets()
        return env
    window.runs.env_factory = with_the_real_keyring
    seen: list = []
    answer_password_for_the_run(qtbot, PASSWORD, seen)
    window.runs.last_run = None
    qtbot.keyClick(window, Qt.Key_F5)
    qtbot.waitUntil(lambda: window.runs.last_run is not None, timeout=15000)
    clicker.stop()
    assert window.runs.last_run.status == "passed"
    (said,) = seen
    assert "nøglering" in said and "kun til denne kørsel" in said and "gemmes ikke" in said, said
    assert ("type_text", (PASSWORD,)) in [(n, a[:1]) for n, a in typed.calls]
    # Kept nowhere: not in the recipe, not in the history.
    for file in [login_recipe, *home.rglob("*")]:
        if file.is_file():
            assert PASSWORD.encode() not in file.read_bytes(), file

    # The next run asks again; cancelled, it ends as Fejlet with the reason in Danish.
    seen.clear()
    answer_password_for_the_run(qtbot, None, seen)
    window.runs.last_run = None
    kor = window.toolbar.widgetForAction(window.runs.act_run)
    qtbot.mouseClick(kor, Qt.LeftButton, pos=kor.rect().center() - QPoint(6, 0))  # not the arrow
    qtbot.waitUntil(lambda: window.runs.last_run is not None, timeout=15000)
    assert len(seen) == 1 and window.runs.last_run.status == "failed"
    assert "der er ingen nøglering at hente adgangskoden fra" in \
        window.runs.panel.failure.reason.text()
    outcome, summary = historik(qtbot, window)
    assert outcome == "Fejlet" and "der er ingen nøglering" in summary, summary


def test_a_failed_run_is_said_in_danish_from_its_typed_problem(window, qtbot):
    """The failure view, the run's log and Historik word why the run failed from the core's
    typed problem (a program that died at start, which no English sentence was ever
    re-worded from)."""
    import wb_fakes
    from recipes.errors import ProgramDied
    from recipes.runner import RunEnvironment

    class DiesAtStart(wb_fakes.Desktop):
        def launch(self, command, cwd=None):
            raise ProgramDied(command[0], 2, "Error: Can't open display")

    def make(request, prompt):
        return RunEnvironment(screen=wb_fakes.Screen(), input=Input(), clock=wb_fakes.Clock(),
                              locator=wb_fakes.Locator(ALL_FOUND), desktop=DiesAtStart(),
                              prompt=prompt, ocr=wb_fakes.Ocr())
    window.runs.env_factory = make
    qtbot.keyClick(window, Qt.Key_F5)                        # Kør
    qtbot.waitUntil(lambda: window.runs.last_run is not None, timeout=10000)
    danish = ("programmet »xmessage« stoppede med afslutningskode 2 lige efter, at det blev "
              "startet; dets sidste fejludskrift: Error: Can't open display")
    failure = window.runs.panel.failure
    qtbot.waitUntil(lambda: not failure.isHidden())
    assert danish in failure.reason.text(), failure.reason.text()
    assert "exit status" not in failure.reason.text()
    outcome, summary = historik(qtbot, window)
    assert outcome == "Fejlet"
    assert danish in summary, summary
    page = window.history_page
    steps = page.steps_model
    assert danish in steps.data(steps.index(0, 7)), steps.data(steps.index(0, 7))
