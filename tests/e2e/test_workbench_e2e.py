"""The workbench end to end on a real X server: from the window, record a session on the demo
program (driven with xdotool), edit one anchor, save, run it (step through, a failure, a
checkpoint), and see the runs in the history.

The flow runs in its own process (Qt's platform is chosen once per process; the widget tests use
`offscreen`, this needs `xcb`). With WORKBENCH_SHOTS set it leaves a screenshot of each view there:
`python tests/e2e/test_workbench_e2e.py OUT_DIR` does only that (docs/screenshots/ holds a set).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


AT_EXIT: list = []  # run before the flow's hard exit (it skips `finally` blocks)
ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "resources" / "demo" / "legacy_app.py"
APP_AT = (1585, 110)


def test_record_edit_save_run_and_history_from_the_window(vscreen, tmp_path):
    env = {**vscreen.env(), "WORKBENCH_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT),
           "OMP_THREAD_LIMIT": "1"}
    shots = os.environ.get("WORKBENCH_SHOTS", str(tmp_path / "shots"))
    proc = subprocess.run([sys.executable, __file__, shots], env=env, capture_output=True,
                          text=True, timeout=600)
    print(proc.stdout[-4000:], proc.stderr[-4000:])
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["recorded_steps"] >= 3
    assert report["anchor_edited_in_file"]
    assert report["statuses"][:2] == ["passed", "failed"]
    assert report["history_runs"] >= 2


# ----------------------------------------------------------------------------- the flow itself

def _xdo(*args):
    return subprocess.run(["xdotool", *map(str, args)], capture_output=True, text=True).stdout


def _wait_window(title, timeout=20):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if _xdo("search", "--onlyvisible", "--name", title).split():
            time.sleep(0.4)
            return True
        time.sleep(0.1)
    raise AssertionError(f"no window {title!r}")


class Flow:
    def __init__(self, shots: Path):
        from PySide6.QtWidgets import QApplication

        self.shots = shots
        shots.mkdir(parents=True, exist_ok=True)
        self.app = QApplication.instance() or QApplication([])
        self.legacy = None
        self.report: dict = {}

    # helpers -----------------------------------------------------------------------------------
    def pump(self, seconds=0.2):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.01)

    def until(self, cond, timeout=30, what="condition"):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.app.processEvents()
            if cond():
                return
            time.sleep(0.02)
        raise AssertionError(f"timed out waiting for {what}")

    def start_legacy(self):
        if self.legacy is not None:
            self.legacy.terminate()
            self.legacy.wait(5)
            self.pump(0.5)
        store = Path(os.environ["WORKBENCH_HOME"]) / "demo.jsonl"
        self.legacy = subprocess.Popen([sys.executable, str(APP), "--store", str(store),
                                        "--geometry", f"+{APP_AT[0]}+{APP_AT[1]}"])
        _wait_window("KommuneSag - Velkommen")
        self.pump(0.5)

    def find(self, text, timeout=10):
        from recipes.desktop.screen import MssScreen
        from recipes.locate import Locator
        from recipes.model import Target

        locator = Locator()
        end = time.monotonic() + timeout
        while True:
            out = locator.search(MssScreen().grab(), Target(text=text))
            if out.match is not None:
                return out.match.centre
            if time.monotonic() > end:
                raise AssertionError(f"{text!r} not on the screen")
            self.pump(0.3)

    def click(self, x, y):
        _xdo("mousemove", x, y, "click", 1)
        self.pump(0.4)

    def shot_screen(self, name):
        import cv2

        from recipes.desktop.screen import MssScreen

        self.pump(0.3)
        cv2.imwrite(str(self.shots / f"{name}.png"), MssScreen().grab().pixels)

    def shot_window(self, name, size=(1600, 980)):
        old = self.window.size()
        self.window.resize(*size)
        self.pump(0.6)
        self.window.grab().save(str(self.shots / f"{name}.png"))
        self.window.resize(old)
        self.pump(0.2)

    # the story ---------------------------------------------------------------------------------
    def run(self):
        from PySide6.QtCore import QTimer

        from workbench import app as wb_app
        from workbench.running.checkpoint_dialog import CheckpointDialog
        from workbench.editor.commands import InsertSteps, ReplaceStep
        from workbench.settings import load_settings, save_settings

        settings = load_settings()
        settings.minimize_during_run = False
        settings.user_name = "Mette Sagsbehandler"
        save_settings(settings)
        self.app.setStyle("Fusion")
        self.app.setStyleSheet((ROOT / "workbench" / "style.qss").read_text(encoding="utf-8"))
        self.window = w = wb_app.build_window(self.app)
        w.setGeometry(0, 30, 1560, 1040)
        w.show()
        self.start_legacy()

        # a new recipe, then record into it from the window
        path = w.library.new("Log ind i KommuneSag", "Logger ind i sagssystemet KommuneSag.")
        w.library_page.refresh()
        assert w.open_recipe(path)
        rec = w.recording
        rec.COUNTDOWN = 1
        assert rec.start()
        self.until(lambda: rec.session is not None, 20, "the recording to start")
        self.pump(1.0)
        x, y = self.find("Brugernavn:")
        self.click(x + 176, y - 1)
        _xdo("type", "--delay", "60", "sagsbeh")
        self.pump(0.8)
        self.click(*self.find("Log ind"))
        _wait_window("KommuneSag - Fejl")
        self.pump(0.5)
        self.click(*self.find("OK"))
        self.pump(1.0)
        rec.stop()
        self.until(lambda: rec.session is None and not rec.control.isVisible(), 120,
                   "the recording to be built")
        self.pump(0.5)
        doc = w.document
        self.report["recorded_steps"] = len(doc.recipe.steps)

        # edit one anchor: the click point of "Log ind" moves a little right
        row = next(i for i, s in enumerate(doc.recipe.steps)
                   if s.action == "click" and s.target.text in ("Log", "Log ind"))
        w.editor.steps.select_row(row)
        self.pump(0.3)
        target = doc.recipe.steps[row].target
        cx, cy = target.near
        w.editor.anchor._point_changed(cx + 6, cy + 1)
        assert w.save()
        self.report["anchor_edited_in_file"] = "offset: [6, 1]" in doc.path.read_text()
        self.shot_window("2_editor_anker")
        w.editor.anchor.find_now()
        self.pump(0.3)
        self.shot_window("2b_anker_find_nu")
        w.editor.anchor.show_step(row)

        # a checkpoint at the end, so a run shows one
        doc.push(InsertSteps(len(doc.recipe.steps), [_checkpoint()]))
        w.save()

        # run 1: step through, with a screenshot mid-run; approve the checkpoint
        statuses = []

        def approve_soon():
            d = w.runs.checkpoint_dialog
            if d is None:
                QTimer.singleShot(200, approve_soon)
                return
            self.pump(0.5)
            self.shot_screen("6_kontrolpunkt")
            d._answer(True)

        self.start_legacy()
        w.runs.last_run = None
        assert w.runs.run(step_through=True)
        self.until(lambda: 0 in w.editor.steps.model.status, 60, "step 1")
        w.runs.bridge.next_step()
        self.until(lambda: 1 in w.editor.steps.model.status, 60, "step 2")
        self.pump(0.3)
        self.shot_screen("3_koersel_i_gang")
        QTimer.singleShot(200, approve_soon)
        end = time.monotonic() + 120
        while w.runs.last_run is None:
            assert time.monotonic() < end, "the step-through run did not end"
            w.runs.bridge.next_step()
            self.pump(0.3)
        statuses.append(w.runs.last_run.status)

        # run 2: a wrong anchor text fails, and the failure view shows why
        self.start_legacy()
        step = doc.recipe.steps[row]
        wrong = step.model_copy(update={"timeout": 3.0, "target": step.target.model_copy(
            update={"text": "Godkend sag", "patch": None, "image": None})})
        doc.push(ReplaceStep(row, wrong))
        w.runs.last_run = None
        assert w.runs.run()
        self.until(lambda: w.runs.last_run is not None, 90, "the failing run")
        statuses.append(w.runs.last_run.status)
        self.pump(0.5)
        self.shot_screen("4_fejlet_trin")
        doc.undo_stack.undo()
        self.report["statuses"] = statuses

        # the history and the library
        w.tabs.setCurrentWidget(w.history_page)
        self.pump(0.3)
        page = w.history_page
        page.runs.selectRow(0)
        self.pump(0.3)
        self.report["history_runs"] = page.runs_model.rowCount()
        self.shot_window("5_historik")
        demo = w.library.folder / "registrer_sag"
        demo.mkdir(exist_ok=True)
        shutil.copy(ROOT / "resources" / "demo" / "demo.yaml", demo / "registrer_sag.yaml")
        w.library.duplicate(doc.path, "Log ind i KommuneSag (øvelse)")
        w.tabs.setCurrentWidget(w.library_page)
        w.library_page.refresh()
        w.library_page.select_path(doc.path)
        self.pump(0.3)
        self.shot_window("1_opskrifter")
        w.document.undo_stack.setClean()
        self.legacy.terminate()
        w.runs.shutdown()
        print(json.dumps(self.report), flush=True)
        for top in self.app.topLevelWidgets():
            top.close()
            top.deleteLater()
        self.app.processEvents()
        for stop in AT_EXIT:
            stop()
        os._exit(0)  # Qt objects owned by threads make interpreter teardown noisy


def _checkpoint():
    from recipes.model import CheckpointStep

    return CheckpointStep(action="checkpoint", id="kontrol",
                          message="Er fejlbeskeden vist og lukket? Godkend for at afslutte.",
                          note="Sagsbehandleren ser efter, at login-fejlen blev vist.")


if __name__ == "__main__":
    screen = None
    if len(sys.argv) > 1 and not os.environ.get("DISPLAY"):
        from recipes.desktop.virtual_screen import VirtualScreen

        screen = VirtualScreen(width=1920, height=1080, layout="dk").start()
        screen.activate()
        os.environ["WORKBENCH_HOME"] = os.environ.get("WORKBENCH_HOME") or tempfile.mkdtemp()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    if screen is not None:
        AT_EXIT.append(screen.stop)   # the virtual screen it started, with its window manager
    Flow(Path(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp())).run()
