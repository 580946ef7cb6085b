"""Step through on a real X server with the workbench minimised (issue 13, item 1): the run bar
stays on the screen with Næste trin; a real mouse click on it leaves the keyboard with the program
being driven; and the bar's own "Stop" is never the robot's target, though the program shows a
button "Stop" too (one candidate, not two).

The workbench runs in its own process (Qt's platform is chosen once per process; the widget tests
use `offscreen`, this needs `xcb`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TITLE = "Kvittering 2024-91"
RECIPE = f"""\
name: Stop kvittering
description: Trykker Stop i beskeden.
steps:
  - {{id: start, action: launch, command: [xmessage, -title, "{TITLE}", -buttons, "Stop:0",
      "Kvitteringen venter"]}}
  - {{id: vent, action: wait_for, target: {{text: Stop}}, timeout: 15}}
  - {{id: tryk, action: click, target: {{text: Stop}}, timeout: 5}}
"""


def test_step_through_with_the_run_bar_on_x11(vscreen, tmp_path):
    folder = tmp_path / "opskrifter" / "kvittering"
    folder.mkdir(parents=True)
    recipe = folder / "kvittering.yaml"
    recipe.write_text(RECIPE, encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    env = {**vscreen.env(), "WORKBENCH_HOME": str(home), "PYTHONPATH": str(ROOT),
           "OMP_THREAD_LIMIT": "1", "QT_QPA_PLATFORM": "xcb"}
    proc = subprocess.run([sys.executable, __file__, str(recipe)], env=env, capture_output=True,
                          text=True, timeout=300)
    print(proc.stdout[-4000:], proc.stderr[-4000:])
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["minimised"] and report["bar_shown"]
    assert report["bar_never_a_target"]
    # After each click on Næste trin the keyboard is where it was: with the program.
    assert report["active_after_clicks"] == [TITLE, TITLE], report
    assert report["status"] == "passed", report
    assert report["statuses"] == ["passed"] * 3
    assert not report["program_left"]      # the program's Stop was clicked, not the bar's


# ----------------------------------------------------------------------------- the flow itself

def _xdo(*args) -> str:
    return subprocess.run(["xdotool", *map(str, args)], capture_output=True, text=True).stdout


def bar_is_never_a_target(bar) -> bool:
    """What the robot makes of a place on the bar's Stop: the real desktop's window there is a
    workbench's, so the locator drops it (recipes.desktop.environment.never_a_target)."""
    from PySide6.QtCore import QPoint

    from recipes.desktop import platform
    from recipes.desktop.environment import never_a_target
    from recipes.match import Match

    corner = bar.stop.mapToGlobal(QPoint(0, 0))
    return never_a_target(platform.desktop())(Match(corner.x(), corner.y(), bar.stop.width(),
                                                    bar.stop.height(), 0.99, how="ocr"))


def flow(recipe: Path) -> dict:
    from PySide6.QtWidgets import QApplication

    from recipes.ports import WORKBENCH_APP_NAME
    from workbench import app as wb_app
    from workbench.settings import load_settings, save_settings

    app = QApplication.instance() or QApplication([])
    app.setApplicationName(WORKBENCH_APP_NAME)

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    def until(cond, timeout: float, what: str) -> None:
        end = time.monotonic() + timeout
        while not cond():
            if time.monotonic() > end:
                raise AssertionError(f"timed out waiting for {what}")
            pump(0.05)

    settings = load_settings()
    settings.minimize_during_run = True
    settings.recipe_folder = str(recipe.parent.parent)
    save_settings(settings)
    w = wb_app.build_window(app)
    w.show()
    pump(1.0)
    assert w.open_recipe(recipe)
    model = w.editor.steps.model
    report: dict = {"active_after_clicks": []}

    def started(index, _step):
        if index > 0:  # each started by a click on the bar: where is the keyboard now?
            report["active_after_clicks"].append(
                _xdo("getactivewindow", "getwindowname").strip())
    w.runs.bridge.worker.stepStarted.connect(started)
    w.runs.last_run = None
    assert w.runs.run(step_through=True)
    bar = w.runs.bar
    for step in (1, 2):
        until(lambda: model.status.get(step - 1) == "passed", 60, f"step {step}")
        until(lambda: bar.next.isEnabled(), 10, "Næste trin")
        pump(0.5)
        report["minimised"] = w.isMinimized()
        report["bar_shown"] = bar.isVisible()
        report["bar_never_a_target"] = bar_is_never_a_target(bar)
        centre = bar.next.mapToGlobal(bar.next.rect().center())
        _xdo("mousemove", centre.x(), centre.y(), "click", 1)
        pump(0.5)
    until(lambda: w.runs.last_run is not None, 60, "the run's end")
    run = w.runs.last_run
    report["status"] = run.status
    report["statuses"] = [s.status for s in run.steps]
    pump(1.0)
    report["program_left"] = bool(_xdo("search", "--onlyvisible", "--name", TITLE).split())
    w.runs.shutdown()
    return report


if __name__ == "__main__":
    result = flow(Path(sys.argv[1]))
    print(json.dumps(result), flush=True)
    os._exit(0)  # Qt objects owned by threads make interpreter teardown noisy
