"""Recording from the workbench on a real Xvfb with the demo program:
- a log-in keeps the password in the keyring, as `main.py record` does: the question after the
  recording is answered by clicking »Gem i nøgleringen«, and the first run of the recipe logs in
  (gnome-keyring on a private bus);
- a recording killed with SIGKILL is offered back by »Optag«, taken in by clicking »Hent trinene
  ind«, and never recorded over.

The flow runs in its own process (Qt's platform is chosen once per process: `xcb` here).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Sommer2024!"


def test_a_password_recorded_in_the_workbench_is_kept_and_the_first_run_logs_in(vscreen, tmp_path):
    from recipes.desktop.keyring_session import private_keyring

    with private_keyring() as keyring:
        env = {**vscreen.env(), "WORKBENCH_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT),
               "OMP_THREAD_LIMIT": "1", "DBUS_SESSION_BUS_ADDRESS": keyring.address}
        proc = subprocess.run([sys.executable, __file__], env=env, capture_output=True, text=True,
                              timeout=600)
    print(proc.stdout[-3000:], proc.stderr[-3000:])
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["asked"] and "adgangskode" in report["asked"]
    assert report["keyring"] == ["sagsbeh", PASSWORD]
    assert report["password_in_files"] == []
    assert report["run"] == "passed"
    assert report["logged_in"]


def test_a_killed_recording_is_offered_back_and_taken_in_by_clicking(vscreen, tmp_path):
    env = {**vscreen.env(), "WORKBENCH_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT),
           "OMP_THREAD_LIMIT": "1"}
    proc = subprocess.run([sys.executable, __file__, "recover"], env=env, capture_output=True,
                          text=True, timeout=600)
    print(proc.stdout[-3000:], proc.stderr[-3000:])
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert "ikke blev afsluttet" in report["asked"]
    assert report["steps"] == ["click", "type"] and report["typed"] == "sagsbeh"
    assert report["journal_left"] is False and report["recording_started"] is False


def recover_flow() -> dict:
    """A recorder killed mid-recording into the recipe's folder, then »Optag« in the workbench."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox

    from recorders.journal import journal_path
    from test_workbench_e2e import Flow, _xdo
    from workbench import app as wb_app

    f = Flow(Path(os.environ["WORKBENCH_HOME"]) / "shots")
    report: dict = {}
    f.window = w = wb_app.build_window(f.app)
    w.setGeometry(0, 30, 1500, 1000)
    w.show()
    f.start_legacy()
    path = w.library.new("Log ind i KommuneSag", "Logger ind.")
    out = path.with_name(f"{path.stem}_optagelse_1.yaml")
    rec_proc = subprocess.Popen([sys.executable, "-m", "recorders.cli", str(out), "--countdown", "0"],
                                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert "recording into" in rec_proc.stdout.readline()
    f.pump(1.0)
    x, y = f.find("Brugernavn:")
    f.click(x + 176, y - 1)
    _xdo("type", "--delay", "80", "sagsbeh")
    f.pump(2.0)
    rec_proc.kill()  # kill -9: the journal is all that is left
    rec_proc.wait()
    assert journal_path(out).exists() and not out.exists()
    w.library_page.refresh()
    assert w.open_recipe(path)
    rec = w.recording
    started = []
    rec.session_factory = lambda o: started.append(o) or SimpleNamespace(  # never really records
        start=lambda: None, stopped=threading.Event(), paused=False, gestures=lambda: [])
    assert rec.start()
    boxes: list = []
    end = time.monotonic() + 10
    while time.monotonic() < end and not boxes:
        boxes = [b for b in f.app.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible()]
        f.pump(0.1)
    report["asked"] = boxes[0].text() if boxes else ""
    if boxes:
        button = next(b for b in boxes[0].buttons() if b.text().replace("&", "") == "Hent trinene ind")
        QTest.mouseClick(button, Qt.LeftButton)
        f.until(lambda: len(w.document.recipe.steps) >= 2, 120, "the steps taken in")
    f.pump(2.0)
    steps = w.document.recipe.steps
    report["steps"] = [s.action for s in steps]
    report["typed"] = next((s.text for s in steps if s.action == "type"), None)
    report["journal_left"] = journal_path(out).exists()
    report["recording_started"] = bool(started)
    f.legacy.terminate()
    w.document.undo_stack.setClean()
    w.runs.shutdown()
    return report


def flow() -> dict:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox

    from test_workbench_e2e import Flow, _wait_window, _xdo
    from workbench import app as wb_app
    from workbench.settings import load_settings, save_settings

    f = Flow(Path(os.environ["WORKBENCH_HOME"]) / "shots")
    report: dict = {}
    settings = load_settings()
    settings.minimize_during_run = False
    save_settings(settings)
    f.window = w = wb_app.build_window(f.app)
    w.setGeometry(0, 30, 1500, 1000)
    w.show()
    f.start_legacy()
    path = w.library.new("Log ind i KommuneSag", "Logger ind.")
    w.library_page.refresh()
    assert w.open_recipe(path)
    rec = w.recording
    rec.COUNTDOWN = 1
    assert rec.start()
    f.until(lambda: rec.session is not None, 20, "the recording to start")
    f.pump(1.0)
    x, y = f.find("Brugernavn:")
    f.click(x + 176, y - 1)
    _xdo("type", "--delay", "80", "sagsbeh")
    f.pump(0.8)
    x, y = f.find("Adgangskode:")
    f.click(x + 170, y - 1)
    _xdo("type", "--delay", "80", PASSWORD)
    f.pump(0.8)
    f.click(*f.find("Log ind"))
    _wait_window("KommuneSag - Borgeropslag")
    f.pump(0.5)
    rec.stop()
    f.until(lambda: rec.session is None and not rec.control.isVisible(), 120, "the recipe")
    boxes: list = []

    def asked() -> bool:
        boxes[:] = [b for b in f.app.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible()]
        return bool(boxes)

    end = time.monotonic() + 5
    while time.monotonic() < end and not asked():
        f.pump(0.1)
    report["asked"] = boxes[0].text() if boxes else ""
    if boxes:  # answered by clicking its button
        button = next(b for b in boxes[0].buttons() if b.text().replace("&", "") == "Gem i nøgleringen")
        QTest.mouseClick(button, Qt.LeftButton)
        f.pump(0.5)
    from recipes.desktop.secrets import KeyringSecrets

    report["keyring"] = list(KeyringSecrets().get(f"{path.stem}_adgangskode", "sagsbeh"))
    assert w.save()
    home = Path(os.environ["WORKBENCH_HOME"])
    report["password_in_files"] = [
        str(p) for folder in (home, w.library.folder) for p in folder.rglob("*")
        if p.is_file() and p.suffix != ".jsonl" and PASSWORD.encode() in p.read_bytes()]

    f.start_legacy()  # a fresh log-in window; the run types the password from the keyring
    w.runs.last_run = None
    assert w.runs.run()
    f.until(lambda: w.runs.last_run is not None, 120, "the run")
    report["run"] = w.runs.last_run.status
    end = time.monotonic() + 10
    while time.monotonic() < end and not _xdo("search", "--onlyvisible", "--name",
                                               "KommuneSag - Borgeropslag").split():
        f.pump(0.2)
    report["logged_in"] = bool(_xdo("search", "--onlyvisible", "--name",
                                    "KommuneSag - Borgeropslag").split())
    f.legacy.terminate()
    w.document.undo_stack.setClean()
    w.runs.shutdown()
    return report


if __name__ == "__main__":
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    result = recover_flow() if sys.argv[1:] == ["recover"] else flow()
    print(json.dumps(result), flush=True)
    os._exit(0)  # Qt objects owned by threads make interpreter teardown noisy
