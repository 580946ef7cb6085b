"""`python main.py demo` as `make demo` runs it on a fresh machine: no display, no keyring, no
WORKBENCH_HOME; it starts what it needs and KommuneSag saves the three cases of cases.csv."""

import json
import os
import subprocess
import sys
from pathlib import Path

import cv2

ROOT = Path(__file__).resolve().parents[2]


def test_demo_without_a_display_saves_the_three_cases_and_shows_before_and_after(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WORKBENCH_HOME", "XDG_DATA_HOME", "DBUS_SESSION_BUS_ADDRESS")}
    env["HOME"] = str(tmp_path)
    out = tmp_path / "shots"
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", "--out", str(out)],
                          env=env, capture_output=True, text=True, timeout=240, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    home = tmp_path / ".local" / "share" / "opskrift-workbench"
    store = home / "demo" / "saved_cases.jsonl"
    assert "KommuneSag saved 3 case(s)" in proc.stdout and str(store) in proc.stdout
    saved = [json.loads(line) for line in store.read_text(encoding="utf-8").splitlines()]
    assert [r["name"] for r in saved] == ["Søren Ærø Ågesen", "Åse Møller Kjær", "Jørgen Østergård"]
    for name in ("before.png", "after.png"):
        pixels = cv2.imread(str(out / name))
        assert pixels is not None and pixels.shape[:2] == (1080, 1920) and pixels.std() > 10
    # The password came from the keyring and went nowhere else.
    for path in home.rglob("*"):
        if path.is_file():
            assert b"Sommer2024!" not in path.read_bytes(), path
    assert "Sommer2024!" not in proc.stdout + proc.stderr
