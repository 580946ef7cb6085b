"""One run, one behaviour (issue 13, item 16): `main.py run` follows the settings the person
chose in the workbench's Indstillinger — the default timeout of a step without its own, who
answers checkpoints, the abort keys, the language — as a run from the window does. And a case
worker reads the run in Danish (item 15): its lines, the checkpoint's question, why it failed."""

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

RECIPE = """\
name: Følger indstillingerne
steps:
  - {id: start, action: launch, command: [xmessage, -title, Indstillingsprøve, "Sag 17 er klar"]}
  - {id: klar, action: wait_for, target: {text: Sag 17 er klar}, timeout: 20}
  - {id: tjek, action: checkpoint, message: "Ser sagen rigtig ud?"}
  - {id: vent, action: wait_for, target: {text: Findes ikke på skærmen}}
"""


def test_a_command_line_run_follows_the_workbench_settings(vscreen, tmp_path, home, qapp):
    from workbench.settings import load_settings, save_settings

    settings = load_settings()
    settings.default_timeout = 1.5
    settings.user_name = "Søren Ærø, Team Løn"     # a comma: QSettings quotes it
    settings.abort_hotkey = "ctrl+alt+F9"
    save_settings(settings)                        # as Indstillinger's OK does

    recipe = tmp_path / "r.yaml"
    recipe.write_text(RECIPE, "utf-8")
    t0 = time.monotonic()
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "run", str(recipe)],
                          input="ja\n", capture_output=True, text=True, timeout=120,
                          env=dict(vscreen.env(), WORKBENCH_HOME=str(home)))
    took = time.monotonic() - t0
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    # Danish, as the settings say (the workbench's default): the stop line names the keys set
    assert "stop robotten når som helst med Ctrl+Alt+F9" in out, out
    assert "KONTROLPUNKT: Ser sagen rigtig ud?" in out
    assert "Godkend? [j/ja = godkend, alt andet = afvis]" in out
    assert "kontrolpunkt" in out and " ok" in out                 # the step lines
    assert "Fejlet: »Følger indstillingerne« på" in out          # the result line
    # why, in Danish, after the settings' timeout, not the built-in 10 s
    assert "teksten »Findes ikke på skærmen« blev ikke fundet inden for 1,5 s" in out, out
    assert took < 9, took
    assert "not found" not in out and "passed" not in out
    with sqlite3.connect(home / "history.db") as db:
        (who,) = db.execute("SELECT answered_by FROM steps WHERE answered_by != ''").fetchone()
    assert who.startswith("Søren Ærø, Team Løn")


def test_the_lang_option_speaks_english_whatever_the_settings_say(vscreen, tmp_path, home):
    recipe = tmp_path / "r.yaml"
    recipe.write_text(RECIPE, "utf-8")
    (home / "settings.ini").write_text("[General]\ndefault_timeout=1\nlanguage=da\n", "utf-8")
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "en", "run",
                           str(recipe)], input="y\n", capture_output=True, text=True,
                          timeout=120, env=dict(vscreen.env(), WORKBENCH_HOME=str(home)))
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "CHECKPOINT: Ser sagen rigtig ud?" in out
    assert "text 'Findes ikke på skærmen' was not found within 1 s" in out, out
