"""Recording real programs of other toolkits (GTK zenity, Xaw xmessage, xterm) under Xvfb.

The recorder runs as its own process (`python -m recorders.cli`, what `main.py record` calls);
xdotool moves the pointer, clicks and types as a person would. The recipe that comes out must
validate, and replaying it with `main.py run` on a fresh instance of the program, moved to another
place on the screen, must make the program receive the same thing as the first time.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from recipes.fileformat import check_assets, load_recipe

ROOT = Path(__file__).resolve().parents[2]
FORM = ["zenity", "--forms", "--title=Borger", "--text=Oplysninger",
        "--add-entry=Navn", "--add-entry=By"]


def xdo(*args: str) -> str:
    return subprocess.run(["xdotool", *args], capture_output=True, text=True).stdout


def window(title: str, timeout: float = 15.0) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ids = xdo("search", "--onlyvisible", "--name", title).split()
        if ids:
            time.sleep(0.5)  # the first paint
            return int(ids[-1])
        time.sleep(0.1)
    raise AssertionError(f"no window {title!r}")


def geometry(title: str) -> tuple[int, int, int, int]:
    """The client area of the window on the screen (xwininfo's absolute corner: xdotool's
    getwindowgeometry counts the title bar twice under openbox)."""
    info = subprocess.run(["xwininfo", "-id", str(window(title))], capture_output=True,
                          text=True).stdout
    val = {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in info.splitlines())}
    return (int(val["Absolute upper-left X"]), int(val["Absolute upper-left Y"]),
            int(val["Width"]), int(val["Height"]))


def place(title: str, x: int, y: int) -> tuple[int, int]:
    """Move the window to about (x, y); return where its client area really is."""
    xdo("windowmove", "--sync", str(window(title)), str(x), str(y))
    time.sleep(0.6)
    return geometry(title)[:2]


def click_first_button(title: str, x: int, y: int) -> None:
    """Move an xmessage to about (x, y) and click its first button, as a person would: the
    buttons sit in a row along the bottom of its window, the first at the left (the row's height
    follows the font X has for it)."""
    xdo("windowmove", "--sync", str(window(title)), str(x), str(y))
    time.sleep(0.6)
    wx, wy, _, height = geometry(title)
    click(wx + 25, wy + height - 14)


def click(x: int, y: int) -> None:
    xdo("mousemove", str(x), str(y))
    time.sleep(0.35)
    xdo("click", "1")
    time.sleep(0.5)


def type_text(text: str) -> None:
    xdo("type", "--delay", "90", text)
    time.sleep(0.5)


def key(name: str) -> None:
    xdo("key", name)
    time.sleep(0.5)


class Recorder:
    def __init__(self, vscreen, out: Path, *extra: str, env: dict | None = None,
                 via_main: bool = False):
        self.out = out
        argv = ([sys.executable, str(ROOT / "main.py"), "record", str(out), "--countdown", "0"]
                if via_main else
                [sys.executable, "-m", "recorders.cli", str(out), "--countdown", "0",
                 "--keep-journal", *extra])
        self.proc = subprocess.Popen(
            argv,
            cwd=ROOT, env={**vscreen.env(), **(env or {})}, text=True,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        line = self.proc.stdout.readline()
        assert "recording into" in line, line + self.proc.stdout.read()
        time.sleep(0.5)

    def stop(self, sig=signal.SIGINT) -> str:
        time.sleep(0.5)
        self.proc.send_signal(sig)
        out, _ = self.proc.communicate(timeout=120)
        assert self.proc.returncode == 0, out
        return out


def run(vscreen, recipe: Path, home: Path, *args: str, env: dict | None = None):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "en", "run", str(recipe), *args],
                          cwd=ROOT, env={**vscreen.env(), "WORKBENCH_HOME": str(home), **(env or {})},
                          capture_output=True, text=True, timeout=180)


def start(vscreen, argv, title, env=None):
    proc = subprocess.Popen(argv, env={**vscreen.env(), **(env or {})}, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    window(title)
    return proc


def output(proc, timeout=15) -> str:
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, _ = proc.communicate()
    return out


def valid(out: Path):
    doc = load_recipe(out)
    assert check_assets(doc) == []
    return doc.recipe


def fill_form(x: int, y: int, name: str, city: str) -> None:
    """A person fills the zenity form whose client area is at (x, y) and presses OK."""
    click(x + 200, y + 53)
    type_text(name)
    click(x + 200, y + 93)
    type_text(city)


def ok_button(title: str) -> tuple[int, int]:
    """Where the OK button of a zenity dialog is (bottom right of its client area)."""
    x, y, w, h = geometry(title)
    return x + w - 53, y + h - 25


def test_a_recorded_gtk_form_replays_on_a_moved_window_with_the_same_text(vscreen, tmp_path):
    out = tmp_path / "borger.yaml"
    rec = Recorder(vscreen, out, "--store-secrets", "no")
    first = start(vscreen, FORM, "Borger")
    x, y = place("Borger", 120, 140)
    fill_form(x, y, "Søren Æblegård", "Århus Ø")
    click(*ok_button("Borger"))
    received = output(first)
    log = rec.stop()
    assert received.strip() == "Søren Æblegård|Århus Ø"
    recipe = valid(out)
    actions = [s.action for s in recipe.steps]
    assert actions == ["click", "type", "click", "type", "click"], log
    assert [s.target.text for s in recipe.steps if s.action == "click"] == ["Navn", "By", "OK"]
    assert recipe.steps[1].text == "Søren Æblegård" and recipe.steps[3].text == "Århus Ø"
    assert not out.with_name(out.name + ".journal").exists()  # kept only under another name

    again = start(vscreen, FORM, "Borger")
    place("Borger", 900, 560)
    result = run(vscreen, out, tmp_path / "home")
    assert result.returncode == 0, result.stdout + result.stderr
    assert output(again).strip() == "Søren Æblegård|Århus Ø"
    print(f"gtk form: {len(recipe.steps)}/{len(recipe.steps)} recorded steps replayed unedited")


def name_prompt(target, geometry: str) -> list[str]:
    """An xterm titled Terminal that asks "Navn: " and writes the answer to `target`."""
    script = f'printf "Navn: "; read a; printf "%s" "$a" > {target}'
    return ["xterm", "-title", "Terminal", "-geometry", geometry, "-e", "sh", "-c", script]


def test_a_recorded_xaw_button_and_xterm_prompt_replay_elsewhere(vscreen, tmp_path):
    target = tmp_path / "svar.txt"
    xterm = name_prompt(target, "50x6+200+500")
    message = ["xmessage", "-print", "-buttons", "Godkend,Afvis", "-geometry", "+150+150",
               "Vil du godkende sagen?"]
    out = tmp_path / "godkend.yaml"
    rec = Recorder(vscreen, out, via_main=True)
    term = start(vscreen, xterm, "Terminal")
    tx, ty = place("Terminal", 200, 500)
    click(tx + 120, ty + 8)
    type_text("Blåbærgrød Østergade")
    key("Return")
    output(term)
    msg = start(vscreen, message, "xmessage")
    click_first_button("xmessage", 150, 150)
    received = output(msg)
    rec.stop(signal.SIGTERM)
    assert received.strip() == "Godkend"
    assert target.read_text() == "Blåbærgrød Østergade"
    recipe = valid(out)
    assert [s.action for s in recipe.steps] == ["click", "type", "press", "click"]
    assert recipe.steps[3].target.text == "Godkend"

    target.unlink()
    term = start(vscreen, xterm[:4] + ["50x6+900+300"] + xterm[5:], "Terminal")
    msg = None

    def later_message():
        return start(vscreen, message[:5] + ["+1200+700"] + message[6:], "xmessage")

    # The recipe types into the terminal, then clicks the message: open both, in new places.
    msg = later_message()
    result = run(vscreen, out, tmp_path / "home")
    assert result.returncode == 0, result.stdout + result.stderr
    assert output(msg).strip() == "Godkend"
    output(term)
    assert target.read_text() == "Blåbærgrød Østergade"
    print(f"xaw + xterm: {len(recipe.steps)}/{len(recipe.steps)} recorded steps replayed unedited")


def test_typing_into_a_terminal_clicked_away_from_its_prompt_is_kept_as_text(vscreen, tmp_path):
    # The text shows at the prompt line, not where the person clicked: it is no password.
    target = tmp_path / "svar.txt"
    xterm = name_prompt(target, "50x8+300+400")
    out = tmp_path / "terminal.yaml"
    rec = Recorder(vscreen, out, via_main=True)
    term = start(vscreen, xterm, "Terminal")
    tx, ty = place("Terminal", 300, 400)
    click(tx + 200, ty + 80)
    type_text("Åse Møller")
    key("Return")
    output(term)
    rec.stop(signal.SIGTERM)
    assert target.read_text() == "Åse Møller"
    recipe = valid(out)
    typed = [s for s in recipe.steps if s.action == "type"]
    assert [s.text for s in typed] == ["Åse Møller"] and typed[0].secret is None
    assert not recipe.credentials
    # Beside each small step picture, a full-size copy for placing anchors in the editor.
    shots = [s.screenshot for s in recipe.steps if s.screenshot]
    assert shots
    import cv2

    full = cv2.imread(str(out.parent / shots[0]).replace(".png", "_fuld.png"))
    assert full is not None and full.shape[:2] == (1080, 1920)


def test_a_recording_killed_with_sigkill_is_recovered_from_its_journal(vscreen, tmp_path):
    out = tmp_path / "afbrudt.yaml"
    rec = Recorder(vscreen, out)
    form = start(vscreen, FORM, "Borger")
    x, y = place("Borger", 300, 200)
    fill_form(x, y, "Åse Ørnsø", "Ærøskøbing")
    time.sleep(1.0)
    rec.proc.kill()  # kill -9: no handler runs, nothing is flushed by an orderly stop
    rec.proc.wait()
    assert not out.exists()
    result = subprocess.run([sys.executable, "-m", "recorders.cli", str(out), "--recover"],
                            cwd=ROOT, env=vscreen.env(), capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    recipe = valid(out)
    assert [s.action for s in recipe.steps] == ["click", "type", "click", "type"]
    assert [s.text for s in recipe.steps if s.action == "type"] == ["Åse Ørnsø", "Ærøskøbing"]
    click(*ok_button("Borger"))
    assert output(form).strip() == "Åse Ørnsø|Ærøskøbing"

    again = start(vscreen, FORM, "Borger")  # the recovered recipe replays like any other
    place("Borger", 1000, 150)
    result = run(vscreen, out, tmp_path / "home")
    assert result.returncode == 0, result.stdout + result.stderr
    click(*ok_button("Borger"))
    assert output(again).strip() == "Åse Ørnsø|Ærøskøbing"
    print(f"recovered after kill -9: {len(recipe.steps)}/{len(recipe.steps)} recorded steps replayed unedited")


def test_typing_into_a_gtk_field_that_shows_bullets_is_recorded_as_a_secret(vscreen, tmp_path):
    """The field's label says nothing about passwords: the bullets on the screen must tell."""
    form = ["zenity", "--forms", "--title=Kode", "--text=Adgang", "--add-entry=Bruger",
            "--add-password=Felt"]
    secret = "Blå9bær!"
    out = tmp_path / "kode.yaml"
    rec = Recorder(vscreen, out, "--store-secrets", "no")
    first = start(vscreen, form, "Kode")
    x, y = place("Kode", 200, 200)
    fill_form(x, y, "jens", secret)
    click(*ok_button("Kode"))
    received = output(first)
    log = rec.stop()
    assert received.strip() == f"jens|{secret}"
    assert "was not stored" in log
    kept = list(tmp_path.rglob("*"))
    for path in kept:
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path
            assert "Blå9".encode() not in path.read_bytes(), path
    recipe = valid(out)
    assert [s.action for s in recipe.steps] == ["click", "type", "click", "type", "click"]
    assert recipe.steps[1].text == "jens"
    assert recipe.steps[3].secret is not None and recipe.steps[3].text is None
    assert recipe.credentials[0].username == "jens"


def test_the_stop_hotkey_ends_the_recording_and_is_not_recorded(vscreen, tmp_path):
    message = ["xmessage", "-print", "-buttons", "Godkend,Afvis", "-geometry", "+400+400", "Sag 17?"]
    out = tmp_path / "hotkey.yaml"
    rec = Recorder(vscreen, out)
    msg = start(vscreen, message, "xmessage")
    click_first_button("xmessage", 400, 400)
    assert output(msg).strip() == "Godkend"
    xdo("key", "ctrl+shift+F12")
    log, _ = rec.proc.communicate(timeout=120)  # it stops by itself
    assert rec.proc.returncode == 0, log
    recipe = valid(out)
    assert [s.action for s in recipe.steps] == ["click"]
    assert recipe.steps[0].target.text == "Godkend"


def test_a_recording_that_launched_its_program_replays_on_an_empty_desktop(vscreen, tmp_path):
    answer = tmp_path / "svar.txt"
    command = f"sh -c 'xmessage -print -buttons Godkend,Afvis -geometry +500+300 Sag? > {answer}'"
    out = tmp_path / "start.yaml"
    rec = Recorder(vscreen, out, "--launch", command)
    window("xmessage")
    click_first_button("xmessage", 500, 300)
    rec.stop()
    assert answer.read_text().strip() == "Godkend"
    recipe = valid(out)
    assert [s.action for s in recipe.steps] == ["launch", "click"]
    answer.unlink()
    result = run(vscreen, out, tmp_path / "home")  # nothing is open: the recipe starts it
    assert result.returncode == 0, result.stdout + result.stderr
    deadline = time.monotonic() + 10
    while not (answer.exists() and answer.read_text().strip()) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert answer.read_text().strip() == "Godkend"


def test_a_password_dialog_the_program_opens_by_itself_is_recorded_as_a_credential(vscreen, tmp_path):
    """The person clicks "Hent sager"; the program opens "Log ind igen" elsewhere on the screen
    with the focus already in its bullet field. The bullets there are no echo of the password."""
    password = "Rødgrød7!Mf"
    answer = tmp_path / "svar.txt"
    out = tmp_path / "relogin.yaml"
    rec = Recorder(vscreen, out, "--store-secrets", "no")
    app = start(vscreen, [sys.executable, str(ROOT / "tests" / "e2e" / "programs" / "tk_relogin.py"),
                          "--out", str(answer), "--geometry", "+100+100", "--dialog", "+900+600"],
                "Sagsliste")
    x, y = place("Sagsliste", 100, 100)
    click(x + 60, y + 65)  # "Hent sager"
    window("Log ind igen")
    time.sleep(0.8)
    type_text(password)
    key("Return")
    output(app)
    log = rec.stop()
    assert answer.read_text("utf-8") == password
    for path in tmp_path.rglob("*"):  # the recipe, its images and the kept journal
        if path.is_file() and path != answer:
            assert password.encode() not in path.read_bytes(), path
            assert "Rødgrød".encode() not in path.read_bytes(), path
    recipe = valid(out)
    typed = [s for s in recipe.steps if s.action == "type"]
    assert len(typed) == 1 and typed[0].secret and typed[0].text is None, log
    assert [c.name for c in recipe.credentials] == [typed[0].secret]
    assert "was not stored" in log
