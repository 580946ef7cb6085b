"""A run that cannot go on says why in plain words, at once, and leaves the history honest:
a keyring that is not there or is locked, a program that dies as it starts."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import secretstorage

from recipes.desktop.keyring_session import DEFAULT_COLLECTION, private_keyring
from recipes.desktop.secrets import KeyringSecrets

ROOT = Path(__file__).resolve().parents[2]

WITH_LOGIN = """\
name: Log ind
credentials:
  - {name: sagssystem, username: sagsbeh}
steps:
  - {id: start, action: launch, command: [xmessage, -title, "Må ikke starte", "Hej"]}
  - {id: login, action: type, secret: sagssystem}
"""


def run_main(tmp_path, env, recipe_text, timeout=120):
    recipe = tmp_path / "r.yaml"
    recipe.write_text(textwrap.dedent(recipe_text), "utf-8")
    env = dict(env, WORKBENCH_HOME=str(tmp_path / "home"))
    t0 = time.monotonic()
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "en", "run", str(recipe)],
                          capture_output=True, text=True, env=env, timeout=timeout)
    return proc, time.monotonic() - t0


def history_rows(tmp_path):
    with sqlite3.connect(tmp_path / "home" / "history.db") as db:
        return db.execute("SELECT status, message FROM runs").fetchall()


def no_window(vscreen, title):
    from recipes.desktop.windows import X11Desktop

    desk = X11Desktop(vscreen.display)
    try:
        return not desk.find_windows(title)
    finally:
        desk.close()


def test_no_keyring_on_the_session_bus_fails_the_run_plainly_before_anything_is_done(
        vscreen, tmp_path):
    # A session bus with nothing on it: no Secret Service answers.
    env = dict(vscreen.env(), DBUS_SESSION_BUS_ADDRESS=f"unix:path={tmp_path}/ingen-bus")
    proc, _ = run_main(tmp_path, env, WITH_LOGIN)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "Traceback" not in out
    assert "no keyring is reachable" in out and "gnome-keyring-daemon --unlock" in out
    assert "nothing was done" in out
    ((status, message),) = history_rows(tmp_path)
    assert status == "failed" and "no keyring is reachable" in message
    assert no_window(vscreen, "Må ikke starte")  # the program was not even started


def test_a_locked_keyring_fails_the_run_plainly_and_closes_its_history_row(vscreen, tmp_path):
    with private_keyring() as session:
        KeyringSecrets().set("sagssystem", "sagsbeh", "Hemmelig1!")
        conn = secretstorage.dbus_init()
        try:
            secretstorage.Collection(conn, DEFAULT_COLLECTION).lock()
        finally:
            conn.close()
        env = dict(vscreen.env(), DBUS_SESSION_BUS_ADDRESS=session.address)
        proc, seconds = run_main(tmp_path, env, WITH_LOGIN)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "Traceback" not in out and "Hemmelig1!" not in out
    assert "the keyring is locked, so the credential 'sagssystem' cannot be read" in out
    assert "unlock the keyring" in out
    ((status, message),) = history_rows(tmp_path)
    assert status == "failed" and "locked" in message
    assert no_window(vscreen, "Må ikke starte")


def test_a_program_that_cannot_start_is_reported_at_once_with_its_status_and_error(
        vscreen, tmp_path):
    # An X display nobody runs (the machine may run other virtual screens).
    free = next(n for n in range(4242, 4342) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    proc, seconds = run_main(tmp_path, vscreen.env(), f"""\
        name: Start
        steps:
          - {{action: launch, command: [xmessage, -display, ":{free}", "Hej"]}}
          - {{action: click, target: {{text: Hej}}, timeout: 20}}
        """)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "the program 'xmessage' stopped with exit status 1 just after it was started" in out
    assert f"Can't open display: :{free}" in out
    assert "not found" not in out and seconds < 15
    ((status, _),) = history_rows(tmp_path)
    assert status == "failed"


def test_a_program_that_dies_while_the_robot_waits_for_its_window_ends_the_wait(
        vscreen, tmp_path):
    proc, seconds = run_main(tmp_path, vscreen.env(), """\
        name: Start
        steps:
          - action: launch
            command: [python3, -c, "import time, sys; time.sleep(1.5); sys.exit('Fejl: databasen svarer ikke')"]
          - {action: click, target: {text: Borgeropslag}, timeout: 30}
        """)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    lines = [line for line in out.splitlines() if "FAILED" in line]
    assert lines and lines[0].lstrip().startswith("2/2"), out   # the wait, not the launch
    assert "the program 'python3' stopped with exit status 1" in out
    assert "Fejl: databasen svarer ikke" in out
    assert "was not found" not in out and seconds < 25   # not at the 30 s timeout
