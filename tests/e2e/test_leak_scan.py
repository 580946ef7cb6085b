"""No personal data or secret at rest: real recordings and runs on the demo program KommuneSag that
involve a CPR number and a password, then a scan of everything they left under WORKBENCH_HOME and
in the recipe folder: every file's bytes, every text column of every table of history.db, and the
text OCR reads back from every stored PNG. Zero hits for the password and the CPR number in any
of its forms, and every file readable by its owner only.
"""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import cv2

from recipes.desktop.secrets import KeyringSecrets

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "resources" / "demo" / "legacy_app.py"
PASSWORD = "Sommer2024!"
CPR = "120375-1234"
OTHER = "240188 2468"  # another citizen's number, shown in a message
CPR_FORMS = ("120375-1234", "1203751234", "120375 1234", "240188-2468", "2401882468", OTHER)

from test_record_demo import keyring_env, start_demo, work_a_case  # noqa: E402,F401  (same folder)
from test_record_programs import output  # noqa: E402


def main_py(vscreen, env, *args, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "en", *args], cwd=ROOT,
                          env={**vscreen.env(), **env}, input=stdin, capture_output=True,
                          text=True, timeout=300)


def record_a_case(vscreen, env, out: Path, store: Path) -> str:
    """A person logs in to KommuneSag and registers a case while `main.py record` records."""
    rec = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "record", str(out),
                            "--countdown", "0", "--store-secrets", "yes"], cwd=ROOT,
                           env={**vscreen.env(), **env}, text=True, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT)
    line = rec.stdout.readline()
    assert "recording into" in line, line + rec.stdout.read()
    app = start_demo(vscreen, store, "+80+60", env)
    try:
        time.sleep(0.5)
        work_a_case()
    finally:
        time.sleep(0.5)
        rec.send_signal(signal.SIGINT)
        said, _ = rec.communicate(timeout=240)
        app.terminate()
        output(app)
    assert rec.returncode == 0, line + said
    return line + said


def demo_recipe_in(folder: Path, store: Path) -> Path:
    """The bundled demo recipe, starting KommuneSag with its database outside the scanned folders."""
    text = (ROOT / "resources" / "demo" / "demo.yaml").read_text("utf-8")
    # Without the header comment, which documents the demo's fictitious password.
    text = "\n".join(line for line in text.splitlines() if not line.startswith("#")) + "\n"
    text = text.replace("command: [python3, legacy_app.py]",
                        f"command: [python3, '{APP}', --store, '{store}']")
    path = folder / "registrer_sag.yaml"
    path.write_text(text, "utf-8")
    return path


FAILING = """\
name: Slå borger op
inputs:
  - {name: cpr, label: CPR-nummer, sensitive: true}
  - {name: nummer, label: Nummer}
steps:
  - {id: vindue, action: focus, window: KommuneSag}
  - {id: cpr, action: type, text: "{cpr}", target: {text: "CPR-nummer:", offset: [129, 0]}}
  - {id: besked, action: launch, command: [xmessage, -geometry, +1100+650, "Sag vedr. {nummer}"]}
  - {id: vent, action: wait_for, target: {text: Sag vedr.}, timeout: 10}
  - {id: findes_ikke, action: expect, target: {text: Borgeren findes ikke}, timeout: 2}
"""


def close_programs(env) -> None:
    """Close the KommuneSag and the xmessage the recipes started (by the pids of their windows)."""
    ids = subprocess.run(["xdotool", "search", "--name", "^(KommuneSag|xmessage)"], env=env,
                         capture_output=True, text=True).stdout.split()
    for wid in ids:
        pid = subprocess.run(["xdotool", "getwindowpid", wid], env=env, capture_output=True,
                             text=True).stdout.strip()
        if pid.isdigit():
            try:
                os.kill(int(pid), signal.SIGTERM)
            except ProcessLookupError:
                pass


def hits(text: str) -> list[str]:
    """The forms of the CPR number and the password that a text shows."""
    compact = re.sub(r"[\s\-–—]", "", text)
    found = [f for f in (*CPR_FORMS, PASSWORD) if f in text]
    for digits in ("1203751234", "2401882468"):
        if digits in compact:
            found.append(f"{digits} (read across words)")
    if PASSWORD in text.replace(" ", ""):
        found.append(PASSWORD)
    return found


def ocr_text(png: Path) -> str:
    from recipes.ocr import default_engine

    pixels = cv2.imread(str(png), cv2.IMREAD_COLOR)
    assert pixels is not None, png
    if pixels.shape[1] < 1000:  # thumbnails and anchors: read them larger
        pixels = cv2.resize(pixels, None, fx=3, fy=3, interpolation=cv2.INTER_CUBIC)
    return " ".join(w.text for w in default_engine().words(pixels, (0, 0)))


def test_no_cpr_number_or_password_at_rest_after_real_recordings_and_runs(vscreen, tmp_path,
                                                                          keyring_env):
    home, folder = tmp_path / "home", tmp_path / "opskrifter"
    home.mkdir()
    folder.mkdir()
    env = {**keyring_env, "WORKBENCH_HOME": str(home)}
    shown: list[str] = []

    # 1. A recording: log-in with the password, a citizen looked up by CPR number.
    recorded = folder / "opret_sag.yaml"
    shown.append(record_a_case(vscreen, env, recorded, tmp_path / "kommunesag_1.jsonl"))
    assert recorded.exists()

    # 2. A run of the demo recipe: the CPR number from standard input, a checkpoint answered.
    KeyringSecrets().set("kommunesag", "sagsbeh", PASSWORD)  # keyring_env is this process's too
    store = tmp_path / "kommunesag_2.jsonl"
    recipe = demo_recipe_in(folder, store)
    try:
        run = main_py(vscreen, env, "run", str(recipe), "--set-stdin", "cpr",
                      "--set", "sagstype=Enkeltydelse", "--set", "beloeb=1.250,00",
                      "--set", "bemaerkning=Vinterjakke", stdin=f"{CPR}\nja\n")
        shown.append(run.stdout + run.stderr)
        assert run.returncode == 0, run.stdout + run.stderr
        assert CPR in store.read_text("utf-8")  # the program itself got the number

        # 3. A run that fails with CPR numbers on the screen: one typed as the sensitive input,
        # another in a message shown from an input its author did not mark as sensitive, written
        # with a space, which OCR reads as two words. Its screenshot is kept, masked.
        failing = folder / "slaa_op.yaml"
        failing.write_text(FAILING, "utf-8")
        number = tmp_path / "nummer.txt"
        number.write_text(OTHER + "\n", "utf-8")
        fail = main_py(vscreen, env, "run", str(failing), "--set-stdin", "cpr",
                       "--set-file", f"nummer={number}", stdin=CPR + "\n")
        shown.append(fail.stdout + fail.stderr)
        assert fail.returncode == 1 and "findes_ikke" in fail.stdout, fail.stdout + fail.stderr
    finally:
        close_programs(vscreen.env())

    # What was printed on the way holds neither (the checkpoint's message shows the CPR masked).
    for text in shown:
        assert hits(text) == [], text

    # Every file under WORKBENCH_HOME and in the recipe folder, byte for byte.
    written = [p for p in [*home.rglob("*"), *folder.rglob("*")] if p.is_file()]
    pngs = [p for p in written if p.suffix == ".png"]
    assert any(p.parent.parent.name == "runs" for p in pngs), "no failure screenshot was kept"
    assert len(pngs) >= 10, pngs
    for path in written:
        data = path.read_bytes()
        for form in (*CPR_FORMS, PASSWORD):
            assert form.encode() not in data, (path, form)

    # history.db: every text column of every row of every table.
    db = sqlite3.connect(home / "history.db")
    tables = [r[0] for r in db.execute("select name from sqlite_master where type = 'table'")]
    assert {"runs", "steps"} <= set(tables)
    rows = 0
    for table in tables:
        for row in db.execute(f"select * from [{table}]"):
            rows += 1
            for value in row:
                if isinstance(value, str):
                    assert hits(value) == [], (table, value)
    assert rows >= 20
    db.close()

    # What OCR reads back from every stored picture.
    read_any = False
    for png in pngs:
        text = ocr_text(png)
        read_any = read_any or "KommuneSag" in text or "CPR-nummer" in text
        assert hits(text) == [], (png, text)
        assert not {"120375", "240188"} & set(text.split()), (png, text)
    assert read_any, "OCR read nothing on any stored picture: the scan would see nothing"

    # Owner only: the home and the folders a recording writes 0700, every file they hold 0600.
    mine = {recipe, failing}  # written by this test, not by the workbench
    assets = folder / "opret_sag_assets"
    for path in [home, *home.rglob("*"), recorded, assets, *assets.rglob("*")]:
        if path in mine:
            continue
        want = 0o700 if path.is_dir() else 0o600
        assert stat.S_IMODE(path.stat().st_mode) == want, (path, oct(path.stat().st_mode))
