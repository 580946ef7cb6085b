"""Four eyes end to end, with two people on one machine (WORKBENCH_USER), a real keyring for
their signing keys, and the command line as they use it: the author saves, cannot approve their
own change, a reviewer approves, an operator runs it on a real program; one changed byte of the
anchor image and `run --operator` exits 4 before anything shows on the screen; a row of the
audit trail edited and `audit verify` names it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import cv2

from recipes.desktop.keyring_session import private_keyring

ROOT = Path(__file__).resolve().parents[2]
TITLE = "Sag 2024-117 til godkendelse"

RECIPE = f"""\
name: Godkend sag
steps:
  - {{id: start, action: launch, command: [xmessage, -title, "{TITLE}", -buttons, "Godkend:0",
      "Sagen er klar til godkendelse"]}}
  - {{id: vent, action: wait_for, target: {{text: Godkend}}}}
  - {{id: ok, action: checkpoint, message: Skal sagen godkendes?}}
  - {{id: godkend, action: click, target: {{image: godkend.png}}, decision: true}}
  - {{id: vent_lidt, action: wait, seconds: 1}}
"""


def cli(env, who, *args, stdin=""):
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "en", *args], input=stdin,
                          capture_output=True, text=True, timeout=180,
                          env=dict(env, WORKBENCH_USER=who))
    out = proc.stdout + proc.stderr
    assert "Traceback" not in out
    return proc.returncode, out


def save_as(env, who, recipe: Path):
    """The author saves the recipe the way the workbench and the recorder do."""
    code = ("import sys; from recipes.fileformat import load_recipe, save_recipe; "
            "d = load_recipe(sys.argv[1]); save_recipe(d.recipe, sys.argv[1])")
    subprocess.run([sys.executable, "-c", code, str(recipe)], check=True, cwd=ROOT,
                   env=dict(env, WORKBENCH_USER=who))


def anchor_from_screen(vscreen, folder: Path):
    """The Godkend button's pixels, cut from the real program as the recorder would."""
    from recipes.desktop.screen import MssScreen
    from recipes.locate import Locator
    from recipes.model import Target
    from recipes.ports import SystemClock

    proc = subprocess.Popen(["xmessage", "-title", TITLE, "-buttons", "Godkend:0",
                             "Sagen er klar til godkendelse"], env=vscreen.env())
    try:
        screen = MssScreen(vscreen.display)
        found = Locator(folder).wait(screen, Target(text="Godkend"), timeout=20,
                                     clock=SystemClock())
        frame = screen.grab()
        cv2.imwrite(str(folder / "godkend.png"),
                    frame.crop(found.x - 4, found.y - 4, found.w + 8, found.h + 8))
    finally:
        proc.terminate()
        proc.wait(10)


def windows_titled(vscreen, title):
    from recipes.desktop.windows import X11Desktop

    desk = X11Desktop(vscreen.display)
    try:
        return desk.find_windows(title)
    finally:
        desk.close()


def test_four_eyes_from_author_to_operator(vscreen, tmp_path):
    folder = tmp_path / "opskrifter"
    folder.mkdir()
    recipe = folder / "sag.yaml"
    recipe.write_text(textwrap.dedent(RECIPE), "utf-8")
    anchor_from_screen(vscreen, folder)
    with private_keyring() as session:
        env = dict(vscreen.env(), DBUS_SESSION_BUS_ADDRESS=session.address,
                   WORKBENCH_HOME=str(tmp_path / "home"))
        save_as(env, "anna", recipe)

        code, out = cli(env, "operatør", "run", "--operator", str(recipe))
        assert code == 4 and "not approved (0 of 1" in out
        assert not windows_titled(vscreen, TITLE)

        code, out = cli(env, "anna", "approve", str(recipe))
        assert code == 4 and "anna saved a change to this recipe since its last approval" in out
        # Deleting the change log beside the recipe does not help: this computer's trail knows.
        (folder / ".approvals" / "sag.yaml.yaml").unlink()
        code, out = cli(env, "anna", "approve", str(recipe))
        assert code == 4 and "anna saved a change" in out

        code, out = cli(env, "bo", "review", str(recipe))
        assert code == 0
        assert "xmessage -title" in out and "step 4 'godkend' (click), after step 3 'ok'" in out

        code, out = cli(env, "bo", "approve", str(recipe), "--comment", "set af Bo")
        assert code == 0 and "1 approval of this version, 1 required" in out

        code, out = cli(env, "operatør", "run", "--operator", str(recipe), stdin="ja\n")
        assert code == 0, out
        assert "approved by bo" in out and "passed" in out
        assert not windows_titled(vscreen, TITLE)      # Godkend was clicked: xmessage closed

        # Roles given (signed by bo, a signer): only an operator runs approved recipes.
        assert cli(env, "bo", "roles", "grant", "operatør", "operator", "--folder",
                   str(folder))[0] == 0
        assert cli(env, "bo", "roles", "grant", "bo", "reviewer", "--folder", str(folder))[0] == 0
        code, out = cli(env, "bo", "roles", "show", "--folder", str(folder))
        assert "operatør" in out and "operator" in out
        code, out = cli(env, "carl", "run", "--operator", str(recipe))
        assert code == 4 and "carl does not hold the role 'operator'" in out
        assert not windows_titled(vscreen, TITLE)

        # One byte of the anchor image changes: refused before anything is done.
        image = folder / "godkend.png"
        data = bytearray(image.read_bytes())
        data[-20] ^= 0xFF
        image.write_bytes(bytes(data))
        code, out = cli(env, "operatør", "run", "--operator", str(recipe), stdin="ja\n")
        assert code == 4 and "changed since it was approved" in out
        assert not windows_titled(vscreen, TITLE)

        code, out = cli(env, "bo", "review", str(recipe))
        assert "file godkend.png: changed" in out
        # A step changed by hand shows what changed in it.
        recipe.write_text(recipe.read_text("utf-8").replace("Skal sagen godkendes?",
                                                            "Skal sagen afvises?"), "utf-8")
        code, out = cli(env, "bo", "review", str(recipe))
        assert "message: 'Skal sagen godkendes?' -> 'Skal sagen afvises?'" in out

        # The allowed signers rewritten from the start (anna makes herself the only signer):
        # this computer pinned bo as the first signer of the folder and refuses.
        (folder / ".approvals" / "signers.yaml").unlink()
        code, out = cli(env, "anna", "approve", str(recipe))
        assert code == 4 and "no longer start with bo" in out
        code, out = cli(env, "operatør", "run", "--operator", str(recipe))
        assert code == 4 and "no longer start with bo" in out

    home = tmp_path / "home"
    code, out = cli(env, "bo", "audit", "show")
    assert "approved 'Godkend sag'" in out and "checkpoint answered" in out
    assert "operator run refused" in out and "approval refused" in out
    assert cli(env, "bo", "audit", "verify")[0] == 0
    with sqlite3.connect(home / "history.db") as db:
        row = db.execute("select id from audit where event = 'approved'").fetchone()[0]
        db.execute("update audit set principal = 'anna' where id = ?", (row,))
    code, out = cli(env, "bo", "audit", "verify")
    assert code == 1 and f"row {row} was edited" in out
    with sqlite3.connect(home / "history.db") as db:
        db.execute("update audit set principal = 'bo' where id = ?", (row,))
    assert cli(env, "bo", "audit", "verify")[0] == 0
    # The rows from the last approval on cut off: the rest of the chain holds, but the head
    # bo signed at that approval names the missing row.
    with sqlite3.connect(home / "history.db") as db:
        last = db.execute("select max(row) from audit_heads").fetchone()[0]
        db.execute("delete from audit where id >= ?", (last,))
    code, out = cli(env, "bo", "audit", "verify")
    assert code == 1 and f"row {last} was deleted" in out and "signed at an approval" in out
