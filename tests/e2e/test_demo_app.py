"""KommuneSag 2003, the demo's legacy program, driven on a real X server the way a person does it.

xdotool types on the keyboard and clicks with the mouse; buttons are found by reading the screen
(Tesseract), the way a person finds them by their labels, so these tests also show that the labels
read well. Windows are found by title with `xdotool search --name`. What was saved is read back
from the program's JSON-lines store. Screenshots of every window go to $KOMMUNESAG_SHOTS
(default /tmp/kommunesag-shots) for a person to look at.
"""

from __future__ import annotations

import difflib
import json
import os
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"
APP = DEMO / "legacy_app.py"
SHOTS = Path(os.environ.get("KOMMUNESAG_SHOTS", "/tmp/kommunesag-shots"))
PASSWORD = "Sommer2024!"

LOGIN = "KommuneSag - Velkommen"
SEARCH = "KommuneSag - Borgeropslag"
CASE = "KommuneSag - Sagsregistrering"
RECEIPT = "KommuneSag - Kvittering"
ERROR = "KommuneSag - Fejl"


# ---------------------------------------------------------------- helpers

def xdo(*args: str, check: bool = True) -> str:
    return subprocess.run(["xdotool", *args], capture_output=True, text=True, check=check).stdout


def find_window(title: str) -> int | None:
    out = xdo("search", "--onlyvisible", "--name", f"^{title}$", check=False).split()
    return int(out[-1]) if out else None


def wait_window(title: str, timeout: float = 15) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        win = find_window(title)
        if win is not None:
            time.sleep(0.3)  # let it draw
            return win
        time.sleep(0.05)
    raise AssertionError(f"no window '{title}' within {timeout} s; open: {titles()}")


def wait_gone(title: str, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while find_window(title) is not None:
        assert time.monotonic() < deadline, f"window '{title}' still open after {timeout} s"
        time.sleep(0.05)


def titles() -> list[str]:
    ids = xdo("search", "--onlyvisible", "--name", "KommuneSag", check=False).split()
    return [xdo("getwindowname", i, check=False).strip() for i in ids]


def geometry(win: int) -> tuple[int, int, int, int]:
    vals = dict(line.split("=") for line in xdo("getwindowgeometry", "--shell", str(win)).split())
    return int(vals["X"]), int(vals["Y"]), int(vals["WIDTH"]), int(vals["HEIGHT"])


def grab(region: tuple[int, int, int, int] | None = None):
    import mss
    from PIL import Image

    with (mss.MSS() if hasattr(mss, "MSS") else mss.mss()) as sct:
        mon = sct.monitors[0]
        if region is not None:
            x, y, w, h = region
            mon = {"left": x, "top": y, "width": w, "height": h}
        shot = sct.grab(mon)
    return Image.frombytes("RGB", shot.size, shot.rgb)


def screenshot(name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    grab().save(path)
    return path


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    return " ".join(w.strip("()[]|.:;,'\"") for w in text.split())


def read_screen(region: tuple[int, int, int, int]) -> list[dict]:
    """Words in a screen region, read with the project's OCR (Tesseract, dan+eng)."""
    import numpy as np

    from recipes.ocr import default_engine

    x, y, w, h = region
    x, y = max(0, x - 8), max(0, y - 8)
    img = grab((x, y, w + 16, h + 16))
    pixels = np.ascontiguousarray(np.asarray(img)[:, :, ::-1])  # RGB -> BGR
    return [{"text": wd.text, "line": wd.line, "x": wd.x, "y": wd.y, "w": wd.w, "h": wd.h}
            for wd in default_engine().words(pixels, origin=(x, y))]


def find_text(win: int, phrase: str, timeout: float = 10) -> tuple[int, int]:
    """The screen centre of a phrase shown in a window, read by OCR (as a person reads it)."""
    wanted = _norm(phrase)
    n = len(wanted.split())
    deadline = time.monotonic() + timeout
    seen: list[str] = []
    while True:
        words = read_screen(geometry(win))
        seen = [w["text"] for w in words]
        best, where = 0.0, None
        for i in range(len(words) - n + 1):
            run = words[i:i + n]
            if len({w["line"] for w in run}) != 1:
                continue
            score = difflib.SequenceMatcher(None, wanted, _norm(" ".join(w["text"] for w in run))
                                            ).ratio()
            if score > best:
                x0, y0 = min(w["x"] for w in run), min(w["y"] for w in run)
                x1 = max(w["x"] + w["w"] for w in run)
                y1 = max(w["y"] + w["h"] for w in run)
                best, where = score, ((x0 + x1) // 2, (y0 + y1) // 2)
        if best >= 0.8:
            return where
        if time.monotonic() > deadline:
            raise AssertionError(f"'{phrase}' is not readable in the window; read: {seen}")
        time.sleep(0.2)


def click_text(win: int, phrase: str) -> None:
    x, y = find_text(win, phrase)
    # Not `--sync`: xdotool then waits ~15 s for a motion that never comes when the pointer is
    # already there (the second click on the same button).
    xdo("mousemove", str(x), str(y))
    time.sleep(0.05)
    xdo("click", "1")


def type_text(text: str) -> None:
    xdo("type", "--delay", "25", text)


def key(*keys: str) -> None:
    xdo("key", "--delay", "40", *keys)


def activate(win: int) -> None:
    xdo("windowactivate", "--sync", str(win), check=False)
    time.sleep(0.1)


class Program:
    def __init__(self, proc: subprocess.Popen, store: Path):
        self.proc, self.store = proc, store

    def records(self) -> list[dict]:
        if not self.store.exists():
            return []
        return [json.loads(line) for line in self.store.read_text("utf-8").splitlines() if line]


def start(vscreen, tmp_path: Path, *extra: str) -> Program:
    store = tmp_path / "saved_cases.jsonl"
    env = {**vscreen.env(), "WORKBENCH_HOME": str(tmp_path / "home")}
    env.pop("DEMO_PASSWORD", None)
    proc = subprocess.Popen([sys.executable, str(APP), "--store", str(store), *extra], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return Program(proc, store)


@pytest.fixture
def program(vscreen, tmp_path):
    prog = start(vscreen, tmp_path, "--geometry", "+60+50")
    yield prog
    if prog.proc.poll() is None:
        prog.proc.terminate()
        try:
            prog.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            prog.proc.kill()
            prog.proc.wait()


def log_in(password: str = PASSWORD, shot: str | None = None) -> int:
    win = wait_window(LOGIN)
    activate(win)
    type_text("sagsbeh")        # the cursor starts in Brugernavn
    key("Tab")
    type_text(password)
    if shot:
        screenshot(shot)
    click_text(win, "Log ind")
    return win


def search(cpr: str) -> int:
    win = wait_window(SEARCH)
    activate(win)
    type_text(cpr)               # the cursor starts in CPR-nummer
    click_text(win, "Søg")
    return win


# ---------------------------------------------------------------- tests

def test_a_case_is_registered_and_saved_as_one_json_line(program):
    login = log_in(shot="01_login")
    wait_gone(LOGIN)
    win = wait_window(SEARCH)
    assert win == login, "the program is one window whose title changes"
    screenshot("02_search")
    search("120375-1234")
    form = wait_window(CASE)
    find_text(form, "Søren Ærø Ågesen")          # the citizen found, shown read-only
    activate(form)
    type_text("Særlig støtte")                   # the cursor starts in Sagstype
    key("Tab")
    type_text("1.250,50")
    key("Tab")
    type_text("Tandpleje efter ulykke, jf. aftale med tandlægen.")
    key("Tab", "space")                          # Borger er orienteret om sagen
    screenshot("03_case_form")
    assert program.records() == []

    click_text(form, "Gem")
    clicked = time.monotonic()
    time.sleep(0.15)
    screenshot("04_saving")
    assert find_window(RECEIPT) is None, "saving takes a moment; the robot must wait for it"
    receipt = wait_window(RECEIPT)
    assert time.monotonic() - clicked >= 0.4
    find_text(receipt, "Sagen er gemt")
    find_text(receipt, "Sagsnr. %d-00017" % time.localtime().tm_year)
    screenshot("05_receipt")

    records = program.records()              # on disk before the receipt shows
    assert len(records) == 1
    rec = records[0]
    assert rec["case_number"] == "%d-00017" % time.localtime().tm_year
    assert rec["cpr"] == "120375-1234"
    assert rec["name"] == "Søren Ærø Ågesen"
    assert rec["user"] == "sagsbeh"
    assert rec["fields"] == {
        "sagstype": "Særlig støtte", "beloeb": "1.250,50", "beloeb_decimal": "1250.50",
        "bemaerkning": "Tandpleje efter ulykke, jf. aftale med tandlægen.",
        "borger_orienteret": True,
    }

    click_text(receipt, "OK")
    wait_gone(RECEIPT)
    back = wait_window(SEARCH)
    find_text(back, "Særlig støtte")              # listed among the session's cases
    screenshot("06_search_again")

    # Still logged in: the next case numbers on.
    search("240188-2468")
    form = wait_window(CASE)
    activate(form)
    type_text("Enkeltydelse")
    key("Tab")
    type_text("800")
    click_text(form, "Gem")
    receipt = wait_window(RECEIPT)
    key("Return")
    wait_gone(RECEIPT)
    wait_window(SEARCH)
    second = program.records()[1]
    assert second["name"] == "Åse Møller Kjær"
    assert second["case_number"].endswith("-00018")
    assert second["fields"]["beloeb"] == "800,00"
    assert second["fields"]["bemaerkning"] == ""
    assert second["fields"]["borger_orienteret"] is False


def test_a_wrong_password_is_rejected(program):
    login = log_in(password="Vinter2023")
    error = wait_window(ERROR)
    find_text(error, "Forkert brugernavn eller adgangskode.")
    screenshot("07_wrong_password")
    click_text(error, "OK")
    wait_gone(ERROR)
    assert find_window(LOGIN) == login
    assert find_window(SEARCH) is None
    # The password field was emptied; the right password now lets the user in.
    activate(login)
    type_text(PASSWORD)
    key("Return")
    wait_window(SEARCH)
    assert program.records() == []


def test_an_unknown_cpr_number_finds_nobody(program):
    log_in()
    win = search("010101-0000")
    error = wait_window(ERROR)
    find_text(error, "Ingen borger fundet")
    screenshot("08_unknown_cpr")
    key("Return")
    wait_gone(ERROR)
    assert find_window(SEARCH) == win
    assert find_window(CASE) is None


def test_a_malformed_cpr_number_and_a_bad_amount_are_refused(program):
    log_in()
    search("12-03")
    error = wait_window(ERROR)
    find_text(error, "Ugyldigt CPR-nummer")
    key("Return")
    wait_gone(ERROR)
    search("050762-3579")                        # the wrong number is selected: typing replaces it
    form = wait_window(CASE)
    activate(form)
    type_text("Lønrefusion")
    key("Tab")
    type_text("mange penge")
    click_text(form, "Gem")
    error = wait_window(ERROR)
    find_text(error, "Sagen kan ikke gemmes")
    screenshot("09_bad_amount")
    key("Return")
    wait_gone(ERROR)
    click_text(form, "Annuller")
    wait_window(SEARCH)
    assert program.records() == []


def test_a_second_start_brings_the_running_program_forward(vscreen, tmp_path, program):
    wait_window(LOGIN)
    again = start(vscreen, tmp_path)
    assert again.proc.wait(timeout=10) == 0
    assert "kører allerede" in again.proc.stderr.read()
    assert titles().count(LOGIN) == 1
    assert program.proc.poll() is None


def test_scale_two_draws_everything_twice_as_large(vscreen, tmp_path):
    small = start(vscreen, tmp_path / "s1", "--geometry", "+40+40")
    big = None
    try:
        w1 = geometry(wait_window(LOGIN))[2:]
        find_text(wait_window(LOGIN), "Log ind")
        small.proc.terminate()
        small.proc.wait(timeout=5)
        wait_gone(LOGIN)
        big = start(vscreen, tmp_path / "s2", "--geometry", "+40+40", "--scale", "2")
        win = wait_window(LOGIN)
        w2 = geometry(win)[2:]
        assert 1.8 <= w2[0] / w1[0] <= 2.2 and 1.8 <= w2[1] / w1[1] <= 2.2, (w1, w2)
        find_text(win, "Log ind")
        screenshot("10_login_scale2")
        type_text("sagsbeh")
        key("Tab")
        type_text(PASSWORD)
        key("Return")
        win = wait_window(SEARCH)
        w3 = geometry(win)[2:]
        assert w3[0] >= 1500, w3
        screenshot("11_search_scale2")
    finally:
        for prog in (small, big):
            if prog is not None and prog.proc.poll() is None:
                prog.proc.terminate()
                prog.proc.wait(timeout=5)


# ---------------------------------------------------------------- the bundled recipe and data

def _core():
    sys.path.insert(0, str(DEMO))
    try:
        import kommunesag_core
    finally:
        sys.path.remove(str(DEMO))
    return kommunesag_core


def test_the_bundled_recipe_fits_the_program_and_its_cases():
    import csv

    from recipes.fileformat import load_recipe

    core = _core()
    doc = load_recipe(DEMO / "demo.yaml")
    recipe = doc.recipe
    with open(DEMO / "cases.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 3
    assert set(rows[0]) == {i.name for i in recipe.inputs}
    for row in rows:
        assert core.normalize_cpr(row["cpr"]) in core.REGISTER
        assert core.normalize_case_type(row["sagstype"]) == row["sagstype"]
        assert core.parse_amount(row["beloeb"]) is not None
        assert any(c in row["bemaerkning"] for c in "æøåÆØÅ")
    launch = recipe.steps[0]
    assert launch.action == "launch" and (doc.base_dir / launch.command[-1]).is_file()
    # Start and log in once; every other step handles one case and ends back at the search.
    once = [s.id for s in recipe.steps if s.once]
    assert once == ["start_program", "find_vindue", "brugernavn", "adgangskode", "log_ind"]
    assert recipe.steps[-1].target.text == "CPR-nummer:"
    assert recipe.credential("kommunesag").username == core.DEMO_USER
    assert recipe.input("cpr").sensitive


def test_amounts_and_cpr_numbers_are_read_the_danish_way():
    core = _core()
    assert core.parse_amount("1.250,5") == "1250.50"
    assert core.parse_amount("12875") == "12875.00"
    assert core.parse_amount("1.250,00 kr.") == "1250.00"
    assert core.parse_amount("12,875.00") is None
    assert core.parse_amount("mange penge") is None
    assert core.format_amount("12875.00") == "12.875,00"
    assert core.normalize_cpr("1203751234") == "120375-1234"
    assert core.normalize_cpr("320375-1234") is None
    assert core.normalize_cpr("12-03") is None
    assert core.normalize_case_type("særlig  STØTTE") == "Særlig støtte"
