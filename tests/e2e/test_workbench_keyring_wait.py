"""A run waiting for a keyring that asks for its password in a dialog nobody answers (a session
whose keyring is locked): Stop ends it at once, not when the keyring gives up half a minute
later, and it never stays "Kører" (issue 13, item 2).

The keyring is the real one: a session bus of the desktop's kind (with service activation, as a
login session has) on the virtual screen, on which gnome-keyring starts and shows its prompt."""

from __future__ import annotations

import os
import signal
import subprocess
import time

import pytest
from PySide6.QtCore import Qt

from recipes.desktop.secrets import KEYRING_WAIT
from recipes.history import History
from recipes.model import Recipe
from workbench import recipe_io
from workbench.running import inputs_dialog
from workbench.main_window import MainWindow
from workbench.settings import Settings


@pytest.fixture
def locked_session_keyring(vscreen, tmp_path, monkeypatch):
    """A session bus like a desktop's, in a fresh home: the first question to the keyring starts
    gnome-keyring, which has no unlocked keyring and asks for a password on the screen."""
    for sub in ("data", "run"):
        (tmp_path / sub).mkdir(mode=0o700)
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_RUNTIME_DIR": str(tmp_path / "run")}
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True,
                           start_new_session=True)
    address = bus.stdout.readline().strip()
    assert address, "the session bus did not start"
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield
    os.killpg(bus.pid, signal.SIGTERM)   # the bus and what it started for this test
    bus.wait(10)
    bus.stdout.close()


def test_stop_ends_a_run_waiting_for_a_locked_keyring_at_once(qtbot, tmp_path, home, monkeypatch,
                                                              locked_session_keyring):
    folder = tmp_path / "lib" / "log_ind"
    folder.mkdir(parents=True)
    path = folder / "log_ind.yaml"
    recipe_io.save(Recipe.model_validate({
        "name": "Log ind", "credentials": [{"name": "sagssystem", "username": "sagsbeh"}],
        "steps": [{"action": "click", "target": {"text": "Godkend"}},
                  {"action": "type", "secret": "sagssystem"}]}), path)
    monkeypatch.setattr(inputs_dialog, "answer_for_tests", lambda recipe: {})
    window = MainWindow(Settings(recipe_folder=str(folder.parent), minimize_during_run=False),
                        history=History(home))
    qtbot.addWidget(window)
    window.show()
    assert window.open_recipe(path)
    # The real robot on the virtual screen: before its first step it asks the keyring for the
    # password, which waits up to KEYRING_WAIT (30 s) for an answer.
    assert KEYRING_WAIT >= 25
    window.runs.last_run = None
    assert window.runs.run()
    qtbot.wait(3000)                          # the keyring's prompt is up; nobody answers it
    assert window.runs.last_run is None and window.runs.bridge.running
    stopped = time.monotonic()
    qtbot.mouseClick(window.runs.bar.stop, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.runs.last_run is not None, timeout=25000)
    assert time.monotonic() - stopped < 3, "the run went on waiting for the keyring"
    assert window.runs.last_run.status == "aborted"
    assert [r["status"] for r in History(home).runs()] == ["aborted"]
