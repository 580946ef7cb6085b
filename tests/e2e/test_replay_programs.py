"""Replaying recipes with `main.py run` on real programs of several toolkits under Xvfb.

Xaw (xmessage), GTK (zenity), xterm and Tk; windows moved between runs, the `dk` and `us`
layouts, and an image anchor cut at 100 % found on a window drawn at 200 %. Each test checks what
the program itself received, as a person would.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import cv2
import pytest

ROOT = Path(__file__).resolve().parents[2]
PROGRAMS = Path(__file__).parent / "programs"


@pytest.fixture
def run_cli(vscreen, tmp_path):
    def run(recipe_text: str, *args: str, stdin: str = "", name: str = "r.yaml", timeout=90):
        recipe = tmp_path / name
        recipe.write_text(textwrap.dedent(recipe_text), "utf-8")
        env = dict(vscreen.env(), WORKBENCH_HOME=str(tmp_path / "home"))
        return subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "en", "run", str(recipe), *args],
                              input=stdin, capture_output=True, text=True, env=env, timeout=timeout)
    return run


def start(vscreen, argv, title, **kw):
    env = dict(vscreen.env(), **kw.pop("env", {}))
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=env, **kw)
    from recipes.desktop.windows import X11Desktop

    desk = X11Desktop(vscreen.display)
    try:
        assert desk.wait_for_window(title, 15), f"no window '{title}' appeared"
    finally:
        desk.close()
    time.sleep(0.6)  # the first paint after mapping
    return proc


def finish(proc, timeout=10):
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, _ = proc.communicate()
    return out


@pytest.mark.parametrize("geometry", ["+150+120", "+1100+700"])
def test_xaw_button_is_clicked_by_its_text_wherever_the_window_is(vscreen, run_cli, geometry):
    proc = start(vscreen, ["xmessage", "-print", "-buttons", "Godkend,Afvis", "-geometry", geometry,
                           "Vil du godkende sagen?"], "xmessage")
    result = run_cli("""
        name: Godkend
        steps:
          - {id: godkend, action: click, target: {text: Godkend, near: [180, 160]}}
    """)
    assert result.returncode == 0, result.stdout + result.stderr
    assert finish(proc).strip() == "Godkend"
    assert "found at" in result.stdout and "ok" in result.stdout


def test_a_missing_anchor_fails_without_clicking_anything(vscreen, run_cli):
    proc = start(vscreen, ["xmessage", "-print", "-buttons", "Godkend,Afvis", "-geometry", "+400+300",
                           "Vil du godkende sagen?"], "xmessage")
    try:
        t0 = time.monotonic()
        result = run_cli("""
            name: Findes ikke
            steps:
              - {action: click, target: {text: Annuller}, timeout: 2}
        """)
        assert result.returncode == 1, result.stdout + result.stderr
        assert "'Annuller' was not found within 2 s" in result.stdout
        assert time.monotonic() - t0 < 30
        assert proc.poll() is None  # nothing was clicked: the dialog is still open
    finally:
        proc.kill()
        finish(proc)


def test_another_form_of_the_word_is_not_taken_for_it(vscreen, run_cli):
    # "Godkendt" (approved) is not "godkende" (approve): waiting for a confirmation must not
    # pass on the question, and nothing is clicked.
    proc = start(vscreen, ["xmessage", "-print", "-buttons", "Afvis", "-geometry", "+400+300",
                           "Vil du godkende sagen?"], "xmessage")
    try:
        result = run_cli("""
            name: Bekræftelse
            steps:
              - {action: expect, target: {text: Godkendt}, timeout: 1}
              - {action: click, target: {text: Afvis}}
        """)
        assert result.returncode == 1, result.stdout + result.stderr
        assert "'Godkendt' was not found within 1 s" in result.stdout
        assert proc.poll() is None
    finally:
        proc.kill()
        finish(proc)


@pytest.mark.parametrize("layout", ["dk", "us"])
def test_gtk_entry_receives_danish_text_exactly(vscreen, run_cli, layout):
    vscreen.set_layout(layout)
    try:
        proc = start(vscreen, ["zenity", "--entry", "--title", "Borger",
                               "--text", "Skriv borgerens navn"], "Borger",
                     env={"LANG": "C.UTF-8", "LANGUAGE": "C"})
        result = run_cli("""
            name: Navn i GTK
            inputs: [{name: navn}]
            steps:
              - {action: type, text: "{navn}", target: {text: Skriv borgerens navn, offset: [0, 34]}}
              - {action: click, target: {text: OK}}
        """, "--set", "navn=Søren Ærø Ågesen æøå ÆØÅ")
        assert result.returncode == 0, result.stdout + result.stderr
        assert finish(proc).strip() == "Søren Ærø Ågesen æøå ÆØÅ"
    finally:
        vscreen.set_layout("dk")


def test_xterm_prompt_is_found_and_typed_into(vscreen, run_cli, tmp_path):
    out = tmp_path / "xterm.txt"
    proc = start(vscreen, ["xterm", "-fa", "DejaVu Sans Mono", "-fs", "13", "-geometry", "60x8+700+200",
                           "-T", "Terminal", "-e", "sh", "-c",
                           f'printf "Skriv beløb: "; read x; printf "%s" "$x" > {out}'], "Terminal")
    result = run_cli("""
        name: Beløb i xterm
        steps:
          - {action: click, target: {text: "Skriv beløb:", offset: [90, 0]}}
          - {action: type, text: "1.250,75 kr"}
          - {action: press, keys: Return}
    """)
    assert result.returncode == 0, result.stdout + result.stderr
    finish(proc)
    assert out.read_text("utf-8") == "1.250,75 kr"


def test_tk_form_read_text_checkpoint_and_save(vscreen, run_cli, tmp_path):
    out = tmp_path / "tk.txt"
    proc = start(vscreen, [sys.executable, str(PROGRAMS / "tk_form.py"), "--out", str(out),
                           "--geometry", "+300+500"], "Sagsform")
    recipe = """
        name: Tk sag
        steps:
          - {action: read_text, target: {text: "Sagsnr.:"}, offset: [110, 0], size: [140, 26], into: sagsnr}
          - {action: type, text: "Bevilget {sagsnr} – Åse", target: {text: Bemærkning, offset: [200, 0]}}
          - {action: checkpoint, message: "Gem sag {sagsnr}?"}
          - {action: click, target: {text: Gem}}
    """
    result = run_cli(recipe, stdin="ja\n")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "CHECKPOINT: Gem sag 2024-00017?" in result.stdout
    finish(proc)
    assert out.read_text("utf-8") == "Bevilget 2024-00017 – Åse"


def test_rejecting_at_a_checkpoint_exits_3_and_saves_nothing(vscreen, run_cli, tmp_path):
    out = tmp_path / "tk.txt"
    proc = start(vscreen, [sys.executable, str(PROGRAMS / "tk_form.py"), "--out", str(out),
                           "--geometry", "+300+500"], "Sagsform")
    try:
        result = run_cli("""
            name: Tk sag
            steps:
              - {action: checkpoint, message: "Gem sagen?"}
              - {action: click, target: {text: Gem}}
        """, stdin="")  # end of input rejects
        assert result.returncode == 3, result.stdout + result.stderr
        time.sleep(0.5)
        assert not out.exists() and proc.poll() is None
    finally:
        proc.kill()
        finish(proc)


@pytest.mark.parametrize("scale", [2])
def test_image_anchor_cut_at_100_percent_is_clicked_on_a_display_scaled_to_200(vscreen, run_cli,
                                                                                tmp_path, scale):
    """GTK's GDK_SCALE draws everything (text, borders, padding) larger, as display scaling does."""
    from recipes.desktop.screen import MssScreen
    from recipes.locate import Locator
    from recipes.model import Target

    question = ["zenity", "--question", "--title", "Bekræft", "--text", "Skal sagen lukkes?"]
    plain = {"LANG": "C.UTF-8", "LANGUAGE": "C", "GDK_SCALE": "1"}
    small = start(vscreen, question, "Bekræft", env=plain)
    frame = MssScreen().grab()
    yes = Locator().find(frame, Target(text="Yes"))
    cx, cy = yes.centre
    (tmp_path / "anchors").mkdir()
    cv2.imwrite(str(tmp_path / "anchors" / "yes.png"), frame.crop(cx - 30, cy - 14, 60, 28))
    small.kill()
    finish(small)

    big = subprocess.Popen(question, env=dict(vscreen.env(), **{**plain, "GDK_SCALE": str(scale)}))
    from recipes.desktop.windows import X11Desktop

    assert X11Desktop(vscreen.display).wait_for_window("Bekræft", 15)
    time.sleep(0.6)
    result = run_cli("""
        name: Billedanker
        steps:
          - {action: click, target: {image: anchors/yes.png}}
    """)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"scale {scale:.2f}" in result.stdout or "scale 1.9" in result.stdout
    assert big.wait(10) == 0  # zenity --question exits 0 only for "Yes"


def test_history_records_the_run_with_where_each_target_was_found(vscreen, run_cli, tmp_path):
    proc = start(vscreen, ["xmessage", "-print", "-buttons", "Godkend,Afvis", "-geometry", "+600+400",
                           "Vil du godkende sagen?"], "xmessage")
    result = run_cli("""
        name: Historik
        steps:
          - {id: afvis, action: click, target: {text: Afvis}}
    """)
    assert result.returncode == 0, result.stdout + result.stderr
    assert finish(proc).strip() == "Afvis"
    from recipes.history import History

    h = History(tmp_path / "home")
    (run,) = h.runs("Historik")
    (step,) = h.steps(run["id"])
    assert run["status"] == "passed" and step["status"] == "passed"
    assert step["score"] >= 0.95 and 600 < step["found_x"] < 1000


@pytest.mark.parametrize("sig, words", [(signal.SIGINT, "Ctrl+C"), (signal.SIGTERM, "SIGTERM")])
def test_ctrl_c_or_sigterm_during_a_run_aborts_it_with_exit_130_and_records_it(vscreen, tmp_path,
                                                                               sig, words):
    recipe = tmp_path / "vent.yaml"
    recipe.write_text("name: Vent\nsteps:\n  - {id: vent, action: wait, seconds: 30}\n", "utf-8")
    env = dict(vscreen.env(), WORKBENCH_HOME=str(tmp_path / "home"))
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--lang", "en", "run", str(recipe)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(4)
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 130, out + err
    assert "Traceback" not in err and "ABORTED" in out and words in out + err
    from recipes.history import History

    (run,) = History(tmp_path / "home").runs("Vent")
    assert run["status"] == "aborted" and run["finished_at"]
    (step,) = History(tmp_path / "home").steps(run["id"])
    assert step["status"] == "aborted"
