"""A run from the command line while the workbench is open beside the program: the workbench's
own window shows the recipe's anchor texts (its library and step list), and the robot must
never take its target from there; it clicks the program's button, not a tie or the workbench."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TITLE = "Kvittering 2024-88"
RECIPE = f"""\
name: Bekræft kvittering
description: Trykker Bekræft kvittering i beskeden.
steps:
  - {{id: start, action: launch, command: [xmessage, -title, "{TITLE}", -buttons,
      "Bekræft kvittering:0", "Kvitteringen er klar"]}}
  - {{id: vent, action: wait_for, target: {{text: Bekræft kvittering}}, timeout: 15}}
  - {{id: tryk, action: click, target: {{text: Bekræft kvittering}},
      note: Tryk Bekræft kvittering}}
"""


def _windows(env, name):
    return subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name], env=env,
                          capture_output=True, text=True).stdout.split()


def test_a_run_never_takes_its_target_from_the_open_workbench(vscreen, tmp_path):
    from recipes.desktop.screen import MssScreen
    from recipes.locate.text import find_text
    from recipes.model import Target
    from recipes.ocr import default_engine

    folder = tmp_path / "opskrifter" / "kvittering"
    folder.mkdir(parents=True)
    recipe = folder / "kvittering.yaml"
    recipe.write_text(RECIPE, encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.ini").write_text(
        f"[General]\nrecipe_folder={folder.parent}\nminimize_during_run=false\n", encoding="utf-8")
    env = {**vscreen.env(), "WORKBENCH_HOME": str(home), "OMP_THREAD_LIMIT": "1"}
    workbench = subprocess.Popen([sys.executable, str(ROOT / "main.py")], env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        end = time.monotonic() + 30
        while not _windows(env, "Opskrift") and time.monotonic() < end:
            time.sleep(0.2)
        assert _windows(env, "Opskrift"), "the workbench did not open"
        time.sleep(2)
        # The workbench shows the anchor's text (the library's preview of the recipe's steps).
        frame = MssScreen(vscreen.display).grab()
        shown = find_text(frame, Target(text="Bekræft kvittering"), default_engine())
        assert shown, "the workbench should show the anchor text for this test to mean anything"
        run = subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "en", "run", str(recipe)],
                             env=env, capture_output=True, text=True, timeout=120)
        said = run.stdout + run.stderr
        assert run.returncode == 0, said
        assert "matches 2 places" not in said
        # The program's button was clicked: xmessage closed.
        end = time.monotonic() + 5
        while _windows(env, TITLE) and time.monotonic() < end:
            time.sleep(0.2)
        assert not _windows(env, TITLE), said
    finally:
        workbench.terminate()
        workbench.wait(15)
