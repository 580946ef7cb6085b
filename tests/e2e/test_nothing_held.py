"""Nothing stays held: the abort hotkey or SIGTERM during a real run (`main.py run`, and a run
started with the workbench's Kør button) while the robot types a long text into an xterm; then
the X server itself is asked: no key down, no button down, no keycode still lent to a character
the layout lacks (the keyboard mapping is as it was before the run)."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# '@', '{', '}' and '~' are not on the first two levels of the `dk` layout: the robot lends
# spare keycodes to them while it types. Capitals need Shift.
LONG_TEXT = "Sag@Kommune.dk {ÆØÅ} ~ " * 80
RECIPE = textwrap.dedent(f"""
    name: Lang tekst
    steps:
      - {{action: focus, window: "^Lang-tekst$"}}
      - {{action: type, text: "{LONG_TEXT}"}}
""")


def key_state(display: str):
    """(keycodes down, pointer buttons down, the keyboard mapping) as the X server has them."""
    from Xlib import display as xdisplay

    d = xdisplay.Display(display)
    try:
        down = [i * 8 + bit for i, byte in enumerate(d.query_keymap()) for bit in range(8)
                if byte >> bit & 1]
        buttons = d.screen().root.query_pointer().mask & 0x1F00  # Button1Mask .. Button5Mask
        first, last = d.display.info.min_keycode, d.display.info.max_keycode
        rows = d.get_keyboard_mapping(first, last - first + 1)
        return down, buttons, {first + i: tuple(row) for i, row in enumerate(rows)}
    finally:
        d.close()


def assert_nothing_held(display: str, before) -> None:
    down, buttons, mapping = key_state(display)
    assert down == [], f"keycodes still down: {down}"
    assert buttons == 0, f"pointer buttons still down: {buttons:#x}"
    lent = [keycode for keycode, row in mapping.items() if before[2].get(keycode) != row]
    assert lent == [], f"keycodes still mapped differently than before the run: {lent}"


@pytest.fixture
def before(vscreen):
    """The X server's key state before the test; put back afterwards, so that a failure does
    not leave lent keycodes that hide the next test's."""
    state = key_state(vscreen.display)
    yield state
    from Xlib import X, display as xdisplay
    from Xlib.ext import xtest

    d = xdisplay.Display(vscreen.display)
    try:
        for keycode in key_state(vscreen.display)[0]:
            xtest.fake_input(d, X.KeyRelease, keycode)
        for keycode, row in key_state(vscreen.display)[2].items():
            if state[2][keycode] != row:
                d.change_keyboard_mapping(keycode, [state[2][keycode]])
        d.sync()
    finally:
        d.close()


@pytest.fixture
def receiver(vscreen, tmp_path):
    """An xterm titled Lang-tekst that writes every byte it receives to a file."""
    out, ready = tmp_path / "typed.txt", tmp_path / "ready"
    term = subprocess.Popen(["xterm", "-T", "Lang-tekst", "-geometry", "80x10+1000+600", "-e",
                             "sh", "-c", f"stty raw -echo; : > {ready}; exec cat > {out}"],
                            env=vscreen.env(), stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 15
    while not ready.exists():
        assert time.monotonic() < deadline, "the xterm never started"
        time.sleep(0.02)
    yield out
    term.kill()
    term.wait()


def wait_until_typing(out: Path, proc, at_least=60, timeout=60) -> None:
    deadline = time.monotonic() + timeout
    while not out.exists() or out.stat().st_size < at_least:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the robot never started typing"
        time.sleep(0.02)


def stop(vscreen, proc, how: str) -> None:
    if how == "hotkey":
        subprocess.run(["xdotool", "key", "ctrl+shift+Escape"], env=vscreen.env(), check=True)
    else:
        proc.send_signal(signal.SIGTERM)


@pytest.mark.parametrize("how", ["hotkey", "sigterm"])
def test_main_run_stopped_while_typing_leaves_nothing_held(vscreen, tmp_path, before, receiver,
                                                           how):
    recipe = tmp_path / "lang.yaml"
    recipe.write_text(RECIPE, "utf-8")
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--lang", "en", "run", str(recipe)],
                            env={**vscreen.env(), "WORKBENCH_HOME": str(tmp_path / "home")},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_until_typing(receiver, proc)
        stop(vscreen, proc, how)
        out, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 130, out + err
    assert_nothing_held(vscreen.display, before)
    assert receiver.stat().st_size < len(LONG_TEXT.encode("utf-8")), "it was not stopped"


def _find_on_screen(text: str, region=None, timeout: float = 30):
    from recipes.desktop.screen import MssScreen
    from recipes.locate import Locator
    from recipes.model import Target

    locator = Locator()
    deadline = time.monotonic() + timeout
    while True:
        # The whole screen is read and the places inside `region` kept: a crop of a button's
        # word with its underlined mnemonic letter ("Kø_r") reads worse than the whole screen.
        found = locator.search(MssScreen().grab(), Target(text=text))
        places = [m for m in (found.candidates or []) if region is None or (
            region[0] <= m.centre[0] < region[0] + region[2]
            and region[1] <= m.centre[1] < region[1] + region[3])]
        if len(places) == 1:
            return places[0].centre
        assert time.monotonic() < deadline, f"'{text}' is not on the screen"
        time.sleep(0.3)


def _click(vscreen, x, y):
    subprocess.run(["xdotool", "mousemove", str(x), str(y), "click", "1"], env=vscreen.env(),
                   check=True)


def _run_row(home: Path):
    db = home / "history.db"
    if not db.exists():
        return None
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT status, finished_at FROM runs ORDER BY id DESC").fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        con.close()


@pytest.mark.parametrize("how", ["hotkey", "sigterm"])
def test_workbench_run_stopped_while_typing_leaves_nothing_held(vscreen, tmp_path, before,
                                                                receiver, how):
    home = tmp_path / "home"
    folder = home / "recipes"
    folder.mkdir(parents=True)
    (folder / "lang_tekst.yaml").write_text(RECIPE, "utf-8")
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py")],
                            env={**vscreen.env(), "WORKBENCH_HOME": str(home),
                                 "QT_QPA_PLATFORM": "xcb"},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        # The library shows the recipe selected; its Kør button (below the toolbar's) runs it.
        _click(vscreen, *_find_on_screen("Kør", region=(0, 150, 1100, 200)))
        wait_until_typing(receiver, proc)
        stop(vscreen, proc, how)
        if how == "sigterm":
            proc.communicate(timeout=30)
            assert proc.returncode is not None
        else:
            deadline = time.monotonic() + 30
            while (row := _run_row(home)) is None or row[1] is None:
                assert time.monotonic() < deadline, f"the run did not end: {row}"
                time.sleep(0.01)
            assert row[0] == "aborted"
        assert_nothing_held(vscreen.display, before)
        assert receiver.stat().st_size < len(LONG_TEXT.encode("utf-8")), "it was not stopped"
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
