"""`Opskrift.cmd demo` under Wine: the Windows demo starts Sagsform from the zip, replays its
recipe for the three cases of its cases.csv on the person's screen (Windows always has one), and
holds its fictitious password in memory only. The test compares what Sagsform saved with the CSV,
not only the exit status."""

from __future__ import annotations

import csv
import time
from pathlib import Path

from tests.e2e.wine.conftest import xdo

PASSWORD = "Sommer2024!"  # the demo's fictitious password (recipes/demo.py, sagsform.c)
DEMO_FOLDER = Path("app") / "resources" / "windows" / "demo"


def saved_cases(lines: list[str]) -> list[dict[str, str]]:
    """Sagsform's `key=value` lines as one dict per case (a case starts with navn=)."""
    cases: list[dict[str, str]] = []
    for line in lines:
        key, _, value = line.partition("=")
        if key == "navn":
            cases.append({})
        if key in ("navn", "cpr", "afdeling", "gemt") and cases:
            cases[-1][key] = value
    return cases


def files(folder: Path) -> dict[Path, tuple[int, int]]:
    return {p: (p.stat().st_mtime_ns, p.stat().st_size)
            for p in folder.rglob("*") if p.is_file() and not p.is_symlink()}


def test_the_demo_saves_the_three_cases_of_its_csv_in_sagsform_and_keeps_its_password_in_memory(
        wine):
    assert xdo("search", "--name", "^Sagsform").split() == []
    store = wine.home() / "demo" / "sagsform_gemt.txt"
    lines_before = len(store.read_text(encoding="utf-8").splitlines()) if store.exists() else 0
    held_before = wine.credentials()
    files_before = files(wine.prefix)
    t0 = time.monotonic()
    done = wine.opskrift("demo", input="\n", timeout=300)  # Enter: go ahead
    seconds = time.monotonic() - t0
    said = done.stdout + done.stderr
    assert done.returncode == 0, said
    print(f"\n`Opskrift.cmd demo` under Wine (3 cases): {seconds:.1f} s")

    # What Sagsform received: the three cases of the CSV in the zip, each saved after approval.
    with open(wine.app / DEMO_FOLDER / "cases.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 3 and any(c in rows[0]["navn"] for c in "æøåÆØÅ")
    lines = store.read_text(encoding="utf-8").splitlines()[lines_before:]
    assert lines[0] == "login=ok", lines
    assert saved_cases(lines) == [{**row, "gemt": "ja"} for row in rows]
    assert "Sagsform saved 3 case(s)" in said
    # The demo closed the program it started.
    assert xdo("search", "--name", "^Sagsform").split() == []

    # It spoke of Windows: the Windows abort hotkey, its password in memory, nothing to install.
    assert "Ctrl+Shift+F11" in said and "only in memory" in said, said
    assert "apt-get" not in said and "Ctrl+Shift+Esc" not in said and "Traceback" not in said

    # The password went into no store and no file: the Credential Manager is as it was, and no
    # file the demo wrote or changed in the prefix holds it (the history, the screenshots, the
    # registry). The one exception is the bytecode of the demo's own source, whose constant it is.
    assert wine.credentials() == held_before
    for path, stamp in files(wine.prefix).items():
        if files_before.get(path) == stamp:
            continue
        if path.name.startswith("demo.") and path.suffix == ".pyc" and "pycache" in path.parts:
            continue
        data = path.read_bytes()
        assert PASSWORD.encode("utf-8") not in data and PASSWORD.encode("utf-16-le") not in data, \
            path
