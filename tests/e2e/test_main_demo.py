"""`python main.py demo` as `make demo` runs it on a fresh machine: no display, no keyring, no
WORKBENCH_HOME; it starts what it needs, and each demo program (KommuneSag, LønAdmin,
BrugerAdmin, Faktura) saves the three cases of its CSV."""

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import cv2
import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_demo_without_a_display_runs_every_demo_and_the_report_counts_their_cases(tmp_path):
    """`make demo`: every demo program gets its three cases (compared with what each program
    saved), before/after pictures, and `report` then counts the cases and their hours."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WORKBENCH_HOME", "XDG_DATA_HOME", "DBUS_SESSION_BUS_ADDRESS")}
    env["HOME"] = str(tmp_path)
    out = tmp_path / "shots"
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", "--out", str(out)],
                          env=env, capture_output=True, text=True, timeout=400, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    home = tmp_path / ".local" / "share" / "opskrift-workbench"
    store = home / "demo" / "saved_cases.jsonl"
    assert "KommuneSag saved 3 case(s)" in proc.stdout and str(store) in proc.stdout
    saved = [json.loads(line) for line in store.read_text(encoding="utf-8").splitlines()]
    assert [r["name"] for r in saved] == ["Søren Ærø Ågesen", "Åse Møller Kjær", "Jørgen Østergård"]
    lon = [json.loads(line) for line in
           (home / "demo" / "lonadmin_gemt.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["medarbejdernr"], r["navn"], r["uge"], r["timer"], r["tillaeg"]) for r in lon] == [
        ("1001", "Karen Holm Østergaard", 48, 37.0, "Aftentillæg"),
        ("1002", "Jens Ågård Nielsen", 48, 29.5, "Intet tillæg"),
        ("1003", "Mette Bæk Sørensen", 48, 41.0, "Weekendtillæg")]
    users = [json.loads(line) for line in
             (home / "demo" / "brugeradmin_gemt.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(u["logon"], u["navn"], u["afdeling"], u["grupper"]) for u in users] == [
        ("KOMM-BAL", "Birgitte Ærøe Lund", "Borgerservice", ["Fjernadgang", "Sagsbehandlere"]),
        ("KOMM-OTH", "Oskar Thøgersen", "Teknik og Miljø", ["Byggesager", "Printere 1. sal"]),
        ("KOMM-FOH", "Fatima Øzdemir Holm", "Ældre og Sundhed", ["Hjemmepleje", "Skoleintra"])]
    invoices = [json.loads(line) for line in
                (home / "demo" / "faktura_gemt.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(i["faktura"], i["leverandoer"], i["beloeb_oere"], i["ordre"]) for i in invoices] == [
        ("F-2041", "Kontorland A/S", 1245000, "O-7781"), ("F-2042", "Grøn Vej ApS", 320000, "O-7790"),
        ("F-2043", "Østjysk IT", 4890000, "O-7802")]
    for key in ("sag", "lon", "brugere", "faktura"):
        for name in ("before.png", "after.png"):
            pixels = cv2.imread(str(out / f"{key}_{name}"))
            assert pixels is not None and pixels.shape[:2] == (1080, 1920) and pixels.std() > 10
    # The passwords came from the demo's own keyring and went nowhere else.
    for path in home.rglob("*"):
        if path.is_file():
            assert b"Sommer2024!" not in path.read_bytes(), path
    assert "Sommer2024!" not in proc.stdout + proc.stderr
    # The gains of what was just done: 12 cases straight through; KommuneSag's 180 s,
    # LønAdmin's 150 s, BrugerAdmin's 240 s and Faktura's 200 s a case by hand.
    report = subprocess.run([sys.executable, str(ROOT / "main.py"), "report", "--xlsx",
                             str(tmp_path / "gevinst.xlsx")], env=env, capture_output=True,
                            text=True, timeout=60)
    assert report.returncode == 0, report.stdout + report.stderr
    assert "cases: 12; straight through 12 (100 %)" in report.stdout
    assert "hours: gross 0.6," in report.stdout   # 3 x (180 + 150 + 240 + 200) / 3600 = 0.64
    import openpyxl

    sheet = openpyxl.load_workbook(tmp_path / "gevinst.xlsx")["Pr. opskrift og måned"]
    head = [c.value for c in sheet[1]]
    totals = {r[0].value: r for r in sheet.iter_rows(min_row=2) if r[1].value == "I alt"}
    assert totals["Registrér timer i LønAdmin"][head.index("Sager")].value == 3
    assert totals["Registrér sag i KommuneSag"][head.index("Sager")].value == 3
    assert totals["Opret bruger i BrugerAdmin"][head.index("Sager")].value == 3
    assert totals["Godkend faktura i Faktura"][head.index("Sager")].value == 3
    gross = totals["Alle opskrifter"][head.index("Brutto timer sparet")].value
    assert gross == pytest.approx(3 * (180 + 150 + 240 + 200) / 3600)


def test_demo_on_the_persons_own_screen_asks_first_and_never_touches_their_keyring(vscreen, tmp_path):
    """A display that the demo did not start is someone's desktop: the demo says what it will do
    there and waits for Enter before it starts anything, and its password goes into a keyring of
    its own, not into the one the person's session uses."""
    import time

    from recipes.desktop.keyring_session import private_keyring
    from recipes.desktop.secrets import KeyringSecrets

    with private_keyring() as persons:  # the person's own login keyring
        env = {k: v for k, v in vscreen.env().items() if k not in ("WORKBENCH_HOME", "XDG_DATA_HOME")}
        env.update(HOME=str(tmp_path), DBUS_SESSION_BUS_ADDRESS=persons.address)
        proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "demo", "--out",
                                 str(tmp_path / "shots")], env=env, stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            said = ""
            while "Press Enter" not in said:
                line = proc.stdout.read(1)
                assert line, said
                said += line
            assert "your screen" in said and "keyring of its own" in said
            time.sleep(2)
            windows = subprocess.run(["xdotool", "search", "--name", "KommuneSag"], env=env,
                                     capture_output=True, text=True).stdout.split()
            assert windows == [], "the demo started before Enter was pressed"
            assert proc.poll() is None
            proc.stdin.write("\n")
            proc.stdin.flush()
            # The first case logs in with the demo's password; once it is saved, the person
            # stops the demo with Ctrl+C (the other two cases add nothing here).
            rest = ""
            while "--- row 2 of 3 ---" not in rest:
                line = proc.stdout.readline()
                assert line, said + rest
                rest += line
            proc.send_signal(signal.SIGINT)
            more, _ = proc.communicate(timeout=120)
            rest += more
        finally:
            if proc.poll() is None:
                proc.kill()
        assert "passed: 'Registrér sag i KommuneSag'" in rest, said + rest
        assert proc.returncode == 130, said + rest[-3000:]
        assert "Traceback" not in rest
        assert KeyringSecrets().get("kommunesag", "sagsbeh") == (None, None)
        assert KeyringSecrets().get("kommunesag", None) == (None, None)


def test_demo_on_the_persons_screen_does_nothing_without_an_answer(vscreen, tmp_path):
    env = {k: v for k, v in vscreen.env().items() if k not in ("WORKBENCH_HOME", "XDG_DATA_HOME")}
    env["HOME"] = str(tmp_path)
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "demo"], env=env,
                          capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert proc.returncode == 130 and "Not started: nothing was done." in proc.stdout
    assert not (tmp_path / ".local" / "share" / "opskrift-workbench" / "history.db").exists()
