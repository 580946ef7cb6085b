"""Guided practice on a real X server (issue 9, part 2): xdotool plays the trainee.

The robot starts the program and waits for it; the trainee (xdotool) clicks into the remark field
and types, then clicks "Annuller" (wrong: the callout says so, kindly, naming what was clicked)
and then "Gem" on the orange ring itself, which the program under the ring receives: the overlay
never takes a click. The session's feedback (time, wrong clicks) is kept; what was typed is not.

The workbench runs in its own process (Qt's platform is chosen once per process; the widget tests
use `offscreen`, this needs `xcb`). With GUIDED_SHOTS=folder it leaves screenshots there."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = ROOT / "tests" / "e2e" / "programs" / "tk_practice.py"
TYPED = "Borgeren ringer tilbage"
RECIPE = """\
name: Gem en bemærkning
description: Skriver en bemærkning på sagen og gemmer den.
inputs:
  - {{name: bemaerkning, label: Bemærkning}}
steps:
  - {{id: start, action: launch, command: [{python}, {program}, --out, {out}]}}
  - {{id: vent, action: wait_for, target: {{text: "Bemærkning:"}}, timeout: 20}}
  - id: skriv
    action: type
    text: "{{bemaerkning}}"
    target: {{text: "Bemærkning:", offset: [150, 0]}}
    note: Skriv bemærkningen, som borgeren gav den.
  - id: gem
    action: click
    target: {{text: Gem}}
    note: Gem sagen. Annuller kasserer det, du har skrevet.
  - {{id: gemt, action: wait_for, target: {{text: Sagen er gemt}}, timeout: 10}}
"""


def practice(tmp_path):
    """(recipe, the program's click log, WORKBENCH_HOME)."""
    folder = tmp_path / "opskrifter" / "oevebog"
    folder.mkdir(parents=True)
    out = tmp_path / "klik.txt"
    recipe = folder / "oevebog.yaml"
    recipe.write_text(RECIPE.format(python=sys.executable, program=PROGRAM, out=out),
                      encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    return recipe, out, home


def run_flow(tmp_path, vscreen, recipe, home, which: str) -> dict:
    env = {**vscreen.env(), "WORKBENCH_HOME": str(home), "PYTHONPATH": str(ROOT),
           "OMP_THREAD_LIMIT": "1", "QT_QPA_PLATFORM": "xcb", "WORKBENCH_USER": "elev1"}
    proc = subprocess.run([sys.executable, __file__, str(recipe), which], env=env,
                          capture_output=True, text=True, timeout=300)
    print(proc.stdout[-4000:], proc.stderr[-4000:])
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_a_trainee_does_the_work_and_the_overlay_never_takes_a_click(vscreen, tmp_path):
    recipe, out, home = practice(tmp_path)
    report = run_flow(tmp_path, vscreen, recipe, home, "clicks")
    # Before the target is seen, the callout stands clear of the program (under the panel).
    assert report["callout_clear_of_program"], report
    # The ring went around the field beside the label, then around "Gem".
    assert report["ring_on_field"] and report["ring_on_gem"], report
    assert report["ring_followed"], report     # the window moved, the ring went with it
    # The wrong click was answered with what was clicked and what to try.
    assert "»Annuller«" in report["wrong_said"] and "»Gem«" in report["wrong_said"], report
    # The program got every click: the field's text, "Annuller", and "Gem" clicked on the ring.
    assert out.read_text(encoding="utf-8").splitlines() == ["klik Annuller", f"klik Gem: {TYPED}"]
    assert report["completed"], report
    # Feedback kept per step for the trainer; never what was typed.
    db = sqlite3.connect(home / "history.db")
    rows = db.execute("SELECT step_id, wrong_clicks, shown, seconds FROM training_steps "
                      "ORDER BY step_index").fetchall()
    assert [(r[0], r[1], r[2]) for r in rows] == [("skriv", 0, 0), ("gem", 1, 0)]
    assert all(r[3] > 0 for r in rows)
    (trainee, finished), = db.execute("SELECT trainee, finished FROM training_sessions").fetchall()
    assert trainee == "elev1" and finished == 1
    dump = "\n".join(db.iterdump())
    assert TYPED not in dump and "Borgeren" not in dump


def test_a_trainee_pauses_goes_back_and_asks_to_be_shown(vscreen, tmp_path):
    recipe, out, home = practice(tmp_path)
    report = run_flow(tmp_path, vscreen, recipe, home, "panel")
    assert report["paused_ring_hidden"] and report["resumed_ring_shown"], report
    assert report["back_to"] == 3, report
    assert report["completed"], report
    # "Vis mig" typed the remark and clicked Gem; the trainee added "!" in between.
    assert out.read_text(encoding="utf-8").splitlines() == ["klik Annuller", f"klik Gem: {TYPED}"]
    db = sqlite3.connect(home / "history.db")
    rows = db.execute("SELECT step_id, wrong_clicks, shown, outcome FROM training_steps "
                      "ORDER BY rowid").fetchall()
    assert rows == [("skriv", 1, 1, "done"), ("skriv", 0, 0, "skipped"), ("gem", 0, 1, "done")]


# ----------------------------------------------------------------------------- the flow itself

def _xdo(*args) -> str:
    return subprocess.run(["xdotool", *map(str, args)], capture_output=True, text=True).stdout


def click_on(button) -> None:
    centre = button.mapToGlobal(button.rect().center())
    _xdo("mousemove", centre.x(), centre.y(), "click", 1)


def panel_flow(session, report, pump, until) -> dict:
    panel, ring, callout = session.panel, session.ring, session.callout
    pump(0.5)
    # A wrong click first (on "Annuller", below the field): counted, and not forgotten by the
    # pause that follows.
    g = ring.geometry()
    _xdo("mousemove", g.x() + 30, g.y() + 60, "click", 1)
    until(lambda: session.callout.feedback.text().startswith("Det var"), 15,
          "the wrong click answered")
    report["wrong_said"] = session.callout.feedback.text()
    click_on(panel.pause)
    until(lambda: session.paused, 10, "the pause")
    pump(1.0)
    report["paused_ring_hidden"] = not ring.isVisible()
    click_on(panel.pause)                                     # now "Fortsæt"
    until(lambda: ring.isVisible(), 20, "the ring again")
    report["resumed_ring_shown"] = True
    click_on(panel.show_me)                                   # the robot types the remark
    until(lambda: session.index == 3 and ring.isVisible(), 60, "the ring on Gem")
    click_on(panel.back)
    until(lambda: session.index == 2 and ring.isVisible(), 30, "the field again")
    report["back_to"] = session.index + 1
    click_on(panel.skip)                                      # Spring over: it is typed already
    until(lambda: session.index == 3 and ring.isVisible(), 30, "Gem after skipping")
    click_on(panel.show_me)                                   # the robot clicks Gem
    until(lambda: session.finished, 60, "the session's end")
    report["completed"] = session.index == len(session.steps) - 1
    return report


def flow(recipe: Path, which: str) -> dict:
    from PySide6.QtWidgets import QApplication

    from recipes.ports import WORKBENCH_APP_NAME
    from workbench import app as wb_app
    from workbench.settings import load_settings, save_settings

    app = QApplication.instance() or QApplication([])
    app.setApplicationName(WORKBENCH_APP_NAME)
    shots = os.environ.get("GUIDED_SHOTS")

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    def until(cond, timeout: float, what: str) -> None:
        end = time.monotonic() + timeout
        while not cond():
            if time.monotonic() > end:
                shot("timed_out")
                raise AssertionError(f"timed out waiting for {what}")
            pump(0.05)

    def shot(name: str) -> None:
        if shots:
            subprocess.run(["import", "-window", "root", str(Path(shots) / f"{name}.png")])

    settings = load_settings()
    settings.recipe_folder = str(recipe.parent.parent)
    save_settings(settings)
    w = wb_app.build_window(app)
    w.show()
    pump(1.0)
    assert w.open_recipe(recipe)
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

    def answer_inputs():
        dialog = app.activeModalWidget()
        QTest.keyClicks(dialog.findChild(QLineEdit), TYPED)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok)
        QTest.mouseClick(ok, Qt.LeftButton)

    # The trainee clicks "Øv guidet" in the toolbar and gives the remark in the inputs dialog.
    from PySide6.QtCore import Qt

    QTimer.singleShot(800, answer_inputs)
    QTest.mouseClick(w.toolbar.widgetForAction(w.act_guided), Qt.LeftButton)
    session = w.guided
    assert session is not None
    report: dict = {}
    until(lambda: session.callout.isVisible(), 20, "the callout")
    c = session.callout.frameGeometry()
    report["callout_clear_of_program"] = c.x() > 220 + 600   # the program opens at +220+240
    ring = session.ring

    def ring_box():
        g = ring.geometry()
        return g.x(), g.y(), g.width(), g.height()

    until(lambda: session.index == 2 and ring.isVisible(), 60, "the ring on the field")
    if which == "panel":
        return panel_flow(session, report, pump, until)
    # Step 3: the field beside "Bemærkning:". The trainee clicks into it and types.
    x, y, rw, rh = ring_box()
    report["ring_on_field"] = rw > 60
    pump(0.5)
    shot("guided_field")
    _xdo("mousemove", x + rw // 2, y + rh // 2, "click", 1)
    pump(0.3)
    _xdo("type", "--delay", "60", TYPED)
    # Step 4: "Gem". First a wrong click on "Annuller".
    until(lambda: session.index == 3 and ring.isVisible(), 30, "the ring on Gem")
    pump(0.8)
    gx, gy, gw, gh = ring_box()
    report["ring_on_gem"] = gw < 140
    # The trainee moves the program's window: the ring follows it.
    window = _xdo("search", "--class", "Oevebog").split()[0]
    _xdo("windowmove", window, 420, 300)
    until(lambda: ring_box()[0] - gx >= 150, 15, "the ring following the window")
    report["ring_followed"] = True
    pump(0.5)
    gx, gy, gw, gh = ring_box()
    # "Annuller" stands left of "Gem" on the same row.
    _xdo("mousemove", gx - 120, gy + gh // 2, "click", 1)
    until(lambda: "Annuller" in session.callout.feedback.text(), 15, "the feedback")
    report["wrong_said"] = session.callout.feedback.text()
    pump(0.5)
    shot("guided_wrong")
    # Then "Gem", clicked on the ring's own top edge: the button under it gets the click.
    _xdo("mousemove", gx + gw // 2, gy + 2, "click", 1)
    until(lambda: session.finished, 60, "the session's end")
    report["completed"] = bool(session.done) and session.index == len(session.steps) - 1
    return report


if __name__ == "__main__":
    result = flow(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "clicks")
    print(json.dumps(result), flush=True)
    os._exit(0)  # Qt objects owned by threads make interpreter teardown noisy
