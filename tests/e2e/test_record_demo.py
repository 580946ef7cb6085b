"""Recording the demo program KommuneSag (Tk) from log-in to a saved case, then replaying it.

A person logs in (the password field shows stars), looks a citizen up by CPR number, fills the
case form and saves. The recipe must hold neither the password nor the CPR number (they become a
keyring credential and a sensitive input), nothing under WORKBENCH_HOME may hold the password,
and a replay on a fresh instance in another place must save the same case.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from recipes.fileformat import check_assets, load_recipe

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "resources" / "demo" / "legacy_app.py"
PASSWORD = "Sommer2024!"
CPR = "120375-1234"

from test_record_programs import Recorder, output, run  # noqa: E402  (same folder)


def xdo(*args: str) -> str:
    return subprocess.run(["xdotool", *args], capture_output=True, text=True).stdout


def wait_title(title: str, timeout: float = 20) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ids = xdo("search", "--onlyvisible", "--name", f"^KommuneSag - {title}$").split()
        if ids:
            time.sleep(0.6)
            return int(ids[-1])
        time.sleep(0.1)
    raise AssertionError(f"no window 'KommuneSag - {title}'")


def find(text: str, timeout: float = 10) -> tuple[int, int]:
    """Where a label is on the screen, read as a person reads it (OCR)."""
    import mss

    from recipes.locate.text import similarity
    from recipes.ocr import default_engine

    n = len(text.split())
    deadline = time.monotonic() + timeout
    while True:
        with mss.MSS() as sct:
            shot = np.ascontiguousarray(np.asarray(sct.grab(sct.monitors[0]))[:, :, :3])
        words = default_engine().words(shot, (0, 0))
        for i in range(len(words) - n + 1):
            run_ = words[i:i + n]
            if len({w.line for w in run_}) == 1 and similarity(text, " ".join(w.text for w in run_)) >= 0.9:
                x0, y0 = run_[0].x, min(w.y for w in run_)
                x1, y1 = max(w.x + w.w for w in run_), max(w.y + w.h for w in run_)
                return (x0 + x1) // 2, (y0 + y1) // 2
        if time.monotonic() > deadline:
            raise AssertionError(f"{text!r} not on the screen; read {[w.text for w in words]}")
        time.sleep(0.3)


def click_at(x: int, y: int) -> None:
    xdo("mousemove", str(x), str(y))
    time.sleep(0.35)
    xdo("click", "1")
    time.sleep(0.5)


def click_label(text: str, dx: int = 0, dy: int = 0) -> None:
    x, y = find(text)
    click_at(x + dx, y + dy)


def type_text(text: str) -> None:
    xdo("type", "--delay", "90", text)
    time.sleep(0.5)


def start_demo(vscreen, store: Path, geometry: str, env: dict, scale: str = "1") -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(APP), "--store", str(store), "--geometry", geometry,
                             "--scale", scale],
                            env={**vscreen.env(), **env}, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def work_a_case() -> None:
    """What the person does, from the log-in window to the receipt's OK."""
    wait_title("Velkommen")
    click_label("Brugernavn:", 176, -1)
    type_text("sagsbeh")
    click_label("Adgangskode:", 170, -1)
    type_text(PASSWORD)
    click_label("Log ind")
    wait_title("Borgeropslag")
    click_label("CPR-nummer:", 129, 0)
    type_text(CPR)
    click_label("Søg")
    wait_title("Sagsregistrering")
    click_label("Sagstype:", 191, -1)
    type_text("Særlig støtte")
    click_label("Beløb (kr.):", 136, 0)
    type_text("1.250,50")
    click_label("Bemærkning:", 263, 19)
    type_text("Tandpleje efter ulykke, jf. aftale.")
    click_label("Borger er orienteret om sagen")
    click_label("Gem")
    wait_title("Kvittering")
    click_label("OK")
    wait_title("Borgeropslag")


def saved(store: Path) -> list[dict]:
    if not store.exists():
        return []
    return [json.loads(line) for line in store.read_text("utf-8").splitlines() if line]


@pytest.fixture
def keyring_env():
    from recipes.desktop.keyring_session import private_keyring

    with private_keyring() as session:
        yield {"DBUS_SESSION_BUS_ADDRESS": session.address}


@pytest.fixture(scope="module")
def recorded_case(vscreen, tmp_path_factory):
    """One recording of the case at scale 1 (what a person does once), replayed by each test of
    this module at another scale: (recipe, home, env, the case the program saved)."""
    from recipes.desktop.keyring_session import private_keyring

    tmp_path = tmp_path_factory.mktemp("recorded_case")
    with private_keyring() as session:
        home = tmp_path / "home"
        env = {"DBUS_SESSION_BUS_ADDRESS": session.address, "WORKBENCH_HOME": str(home)}
        out = tmp_path / "opret_sag.yaml"
        rec = Recorder(vscreen, out, "--store-secrets", "yes", env=env)
        first_store = tmp_path / "first.jsonl"
        app = start_demo(vscreen, first_store, "+80+60", env)
        try:
            work_a_case()
        finally:
            log = rec.stop()
            app.terminate()
            output(app)
        first = saved(first_store)
        assert len(first) == 1 and first[0]["fields"]["beloeb"] == "1.250,50", log
        yield out, home, env, first[0]


def test_a_recorded_login_and_case_keeps_neither_the_password_nor_the_cpr_number(recorded_case):
    out, home, _env, _first = recorded_case
    doc = load_recipe(out)
    assert check_assets(doc) == []
    recipe = doc.recipe
    text = out.read_text("utf-8")
    assert PASSWORD not in text and CPR not in text and "1203751234" not in text
    for path in [*out.parent.rglob("*"), *home.rglob("*")]:
        if path.is_file() and path.suffix != ".jsonl":
            assert PASSWORD.encode() not in path.read_bytes(), path
    assert [c.username for c in recipe.credentials] == ["sagsbeh"]
    assert any(s.action == "type" and s.secret for s in recipe.steps)
    assert [(i.name, i.sensitive) for i in recipe.inputs] == [("cpr", True)]
    clicks = [s.target.text for s in recipe.steps if s.action == "click"]
    assert "Log ind" in clicks and "Søg" in clicks and "Gem" in clicks, clicks


@pytest.mark.parametrize("replay_scale", ["1", "1.5", "2"])
def test_a_recorded_login_and_case_replays_elsewhere_without_the_password_anywhere(
        vscreen, tmp_path, recorded_case, replay_scale):
    out, home, env, first = recorded_case
    recipe = load_recipe(out).recipe
    second_store = tmp_path / "second.jsonl"
    app = start_demo(vscreen, second_store, "+700+320", env, scale=replay_scale)
    try:
        result = run(vscreen, out, home, "--set", f"cpr={CPR}", env=env)
    finally:
        time.sleep(0.5)
        app.terminate()
        output(app)
    assert result.returncode == 0, result.stdout + result.stderr
    again = saved(second_store)
    assert len(again) == 1
    for key in ("cpr", "name", "user", "fields"):
        assert again[0][key] == first[key]
    for path in home.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path
    print(f"demo at scale {replay_scale}: {len(recipe.steps)}/{len(recipe.steps)} recorded steps "
          "replayed unedited")


def key(*names: str) -> None:
    xdo("key", "--delay", "120", *names)
    time.sleep(0.6)


def work_a_case_by_keyboard() -> None:
    """The same case, the way a fast person does it: typing, Tab and Return; one click (Gem)."""
    wait_title("Velkommen")
    type_text("sagsbeh")          # the cursor starts in Brugernavn
    key("Tab")
    type_text(PASSWORD)
    key("Return")
    wait_title("Borgeropslag")
    type_text(CPR)                # the cursor starts in CPR-nummer
    key("Return")
    wait_title("Sagsregistrering")
    type_text("Særlig støtte")    # the cursor starts in Sagstype
    key("Tab")
    type_text("1.250,50")
    key("Tab")
    type_text("Tandpleje efter ulykke, jf. aftale.")
    key("Tab", "space")
    click_label("Gem")
    wait_title("Kvittering")
    key("Return")
    wait_title("Borgeropslag")


def test_a_keyboard_only_recording_waits_for_each_new_screen_and_replays(vscreen, tmp_path, keyring_env):
    home = tmp_path / "home"
    env = {**keyring_env, "WORKBENCH_HOME": str(home)}
    out = tmp_path / "tastatur.yaml"
    rec = Recorder(vscreen, out, "--store-secrets", "yes", env=env)
    first_store = tmp_path / "first.jsonl"
    app = start_demo(vscreen, first_store, "+80+60", env)
    try:
        work_a_case_by_keyboard()
    finally:
        log = rec.stop()
        app.terminate()
        output(app)
    first = saved(first_store)
    assert len(first) == 1, log
    recipe = load_recipe(out).recipe
    assert PASSWORD not in out.read_text("utf-8") and CPR not in out.read_text("utf-8")
    actions = [s.action for s in recipe.steps]
    assert actions.count("wait_for") >= 2, actions  # after log-in and after the search
    assert any(s.action == "type" and s.secret for s in recipe.steps), actions
    assert [c.name for c in recipe.credentials] == ["tastatur_adgangskode"]  # its recipe and label
    assert recipe.credentials[0].window  # typed only into the log-in's window, on replay too

    second_store = tmp_path / "second.jsonl"
    app = start_demo(vscreen, second_store, "+600+250", env)
    try:
        wait_title("Velkommen")
        result = run(vscreen, out, home, "--set", f"cpr={CPR}", env=env)
    finally:
        time.sleep(0.5)
        app.terminate()
        output(app)
    assert result.returncode == 0, result.stdout + result.stderr
    again = saved(second_store)
    assert len(again) == 1
    for k in ("cpr", "name", "user", "fields"):
        assert again[0][k] == first[0][k]
    print(f"demo by keyboard: {len(recipe.steps)}/{len(recipe.steps)} recorded steps replayed unedited")
