"""Replaying `drag` steps with `main.py run` on real X11 programs under Xvfb.

A drag's two ends are found by anchors at the window's place at replay time, not where it was
recorded. Two tests stand in for the recording: they show the program at one place, find the
anchors there and write the recipe a recorder would write (offsets from the anchors' centres,
`near` where they were, image anchors cut from that screen). One test records with the real
recorder. Between recording and replay the window moves. What the program received is checked as
a person would: the text xterm selected (the X PRIMARY selection, what a middle click pastes) and
the value a GTK slider reports on OK.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time

import cv2
import numpy as np
import pytest

from recipes.desktop.screen import MssScreen
from recipes.desktop.windows import X11Desktop
from recipes.fileformat import load_recipe
from recipes.locate import Locator
from recipes.model import Target
from tests.e2e.test_record_programs import Recorder, xdo
from tests.e2e.test_record_programs import run as replay
from tests.e2e.test_replay_programs import finish, run_cli, start  # noqa: F401 (a fixture)

NAME = "Søren Ærø Ågesen"
XTERM = ["xterm", "-fa", "DejaVu Sans Mono", "-fs", "13", "-geometry", "60x5+150+120",
         "-T", "Sagsliste", "-e", "sh", "-c",
         f'printf "\\n  Borger: {NAME}   Sag: 2024-00017\\n\\n  Notat: ingen\\n"; sleep 120']


def primary_selection(vscreen) -> str:
    """The X PRIMARY selection as text, read by a Tk client of its own (xclip and xsel are not
    part of the test setup)."""
    code = ("import tkinter as t; r = t.Tk(); r.withdraw(); "
            "print(r.selection_get(selection='PRIMARY', type='UTF8_STRING'), end='')")
    out = subprocess.run([sys.executable, "-c", code], env=vscreen.env(), capture_output=True,
                         text=True, encoding="utf-8", timeout=20)
    return out.stdout


def move(vscreen, title: str, x: int, y: int) -> tuple[int, int]:
    """Place the window's content at about (x, y); return how far it moved."""
    desk = X11Desktop(vscreen.display)
    try:
        win = desk.wait_for_window(title, 5)
        assert win is not None, f"no window '{title}'"
        gx, gy, _, _ = desk.move_window(win.id, x, y)
        assert abs(gx - x) <= 2 and abs(gy - y) <= 2, (gx, gy)  # xterm keeps a 1 px border
    finally:
        desk.close()
    time.sleep(0.6)  # the repaint after the move
    return gx - win.x, gy - win.y


def seen(*texts: str):
    """The screen now, and where each text is on it."""
    frame = MssScreen().grab()
    locator = Locator()
    return frame, [locator.find(frame, Target(text=t)) for t in texts]


def name_gaps() -> tuple[tuple[int, int], tuple[int, int], list]:
    """Where a person presses and releases to select the name: in the gap after 'Borger:' and in
    the gap before 'Sag:'. Also the matches of the words around them."""
    frame, (borger, first, last, sag) = seen("Borger:", "Søren", "Ågesen", "Sag:")
    press = ((borger.x + borger.w + first.x) // 2, borger.centre[1])
    release = ((last.x + last.w + sag.x) // 2, sag.centre[1])
    return press, release, [frame, borger, sag]


def found_at(stdout: str) -> list[tuple[int, int]]:
    """Where the run's step line says the drag's two ends were found."""
    return [(int(x), int(y)) for x, y in re.findall(r"\((\d+), (\d+)\) score", stdout)]


def stop(proc) -> None:
    if proc.poll() is None:
        proc.kill()
        finish(proc)


def test_xterm_selects_the_text_between_a_text_anchor_and_an_image_anchor_after_a_move(
        vscreen, run_cli, tmp_path):
    """Press after 'Borger:' (a text anchor), release before 'Sag:' (an image anchor): xterm
    selects exactly the name between them, at the window's new place."""
    proc = start(vscreen, XTERM, "Sagsliste")
    try:
        press, release, (frame, borger, sag) = name_gaps()
        (tmp_path / "anchors").mkdir()
        cv2.imwrite(str(tmp_path / "anchors" / "sag.png"),
                    frame.crop(sag.x - 3, sag.y - 3, sag.w + 6, sag.h + 6))
        from_offset = [press[0] - borger.centre[0], press[1] - borger.centre[1]]
        to_offset = [release[0] - sag.centre[0], release[1] - sag.centre[1]]

        moved = move(vscreen, "Sagsliste", 900, 640)
        result = run_cli(f"""
            name: Markér navnet
            steps:
              - id: marker_navn
                action: drag
                target: {{text: "Borger:", offset: {from_offset}, near: {list(borger.centre)}}}
                to: {{image: anchors/sag.png, offset: {to_offset}, near: {list(sag.centre)}}}
        """)
        assert result.returncode == 0, result.stdout + result.stderr
        assert primary_selection(vscreen).strip() == NAME
        # Both ends were found where the window is now, not where they were recorded.
        (x1, y1), (x2, y2) = found_at(result.stdout)
        assert (x1 - borger.centre[0], y1 - borger.centre[1]) == pytest.approx(moved, abs=4)
        assert (x2 - sag.centre[0], y2 - sag.centre[1]) == pytest.approx(moved, abs=4)
    finally:
        stop(proc)


def test_a_drag_recorded_in_xterm_selects_the_same_text_on_the_moved_window(vscreen, tmp_path):
    """The whole way: the recorder (`recorders.cli`) records a person's drag (xdotool presses,
    moves, releases), the window moves, and `main.py run` of that recording selects the name."""
    proc = start(vscreen, XTERM, "Sagsliste")
    try:
        press, release, (_, borger, sag) = name_gaps()
        recipe = tmp_path / "markering.yaml"
        recorder = Recorder(vscreen, recipe)
        drag_by_hand(press, release)
        recorder.stop()
        (step,) = load_recipe(recipe).recipe.steps
        assert step.action == "drag" and step.target.is_anchored and step.to.is_anchored

        # Select another word (a double click), so that only the replay can select the name.
        _, (word,) = seen("ingen")
        xdo("mousemove", str(word.centre[0]), str(word.centre[1]))
        xdo("click", "--repeat", "2", "1")
        time.sleep(0.5)
        assert primary_selection(vscreen) == "ingen"
        moved = move(vscreen, "Sagsliste", 980, 560)
        result = replay(vscreen, recipe, tmp_path / "home")
        assert result.returncode == 0, result.stdout + result.stderr
        assert primary_selection(vscreen).strip() == NAME
        (x1, y1), (x2, y2) = found_at(result.stdout)
        assert (x1 - step.target.near[0], y1 - step.target.near[1]) == pytest.approx(moved, abs=4)
        assert (x2 - step.to.near[0], y2 - step.to.near[1]) == pytest.approx(moved, abs=4)
    finally:
        stop(proc)


def drag_by_hand(press: tuple[int, int], release: tuple[int, int]) -> None:
    """A person's drag, as the X server sees one from a real mouse."""
    xdo("mousemove", str(press[0]), str(press[1]))
    time.sleep(0.4)
    xdo("mousedown", "1")
    for i in range(1, 9):
        time.sleep(0.05)
        xdo("mousemove", str(press[0] + (release[0] - press[0]) * i // 8),
            str(press[1] + (release[1] - press[1]) * i // 8))
    time.sleep(0.2)
    xdo("mouseup", "1")
    time.sleep(0.5)


def test_gtk_slider_is_dragged_from_its_knob_to_a_place_told_by_a_text_after_a_move(
        vscreen, run_cli, tmp_path):
    """zenity's GTK scale: the knob is an image anchor, the end a point below the dialog's text
    (the middle of the track); after the move the slider reports 50, not its start value 20."""
    argv = ["zenity", "--scale", "--title", "Tilskud", "--text", "Tilskud i procent",
            "--min-value", "0", "--max-value", "100", "--value", "20"]
    proc = start(vscreen, argv, "Tilskud", env={"LANG": "C.UTF-8", "LANGUAGE": "C"})
    try:
        move(vscreen, "Tilskud", 200, 150)
        frame, (label, ok) = seen("Tilskud i procent", "OK")
        knob, track_start, track_end = slider(frame, label, ok)
        (tmp_path / "anchors").mkdir()
        cv2.imwrite(str(tmp_path / "anchors" / "knob.png"),
                    frame.crop(knob[0] - 14, knob[1] - 14, 28, 28))
        middle = ((track_start + track_end) // 2, knob[1])
        to_offset = [middle[0] - label.centre[0], middle[1] - label.centre[1]]

        move(vscreen, "Tilskud", 1150, 700)
        result = run_cli(f"""
            name: Sæt tilskud
            steps:
              - id: traek_tilskud
                action: drag
                target: {{image: anchors/knob.png, near: {list(knob)}}}
                to: {{text: Tilskud i procent, offset: {to_offset}, near: {list(label.centre)}}}
              - {{id: ok, action: click, target: {{text: OK}}}}
        """)
        assert result.returncode == 0, result.stdout + result.stderr
        reported = int(finish(proc).strip())
        assert 48 <= reported <= 52, reported
    finally:
        stop(proc)


def slider(frame, label, ok) -> tuple[tuple[int, int], int, int]:
    """The slider between the dialog's text and its OK button, told by its colours: the knob's
    centre (the blue filled part of the track ends under the knob's left edge; its radius is about
    10 px) and the track's two ends (blue on the left, grey on the right)."""
    band = frame.pixels[label.y + label.h:ok.y, label.x:ok.x + ok.w].astype(int)
    b, g, r = band[..., 0], band[..., 1], band[..., 2]
    blue = (b > 150) & (r < 120)
    rows = np.where(blue.any(axis=1))[0]
    assert len(rows), "no blue slider track under the text"
    y = int(rows[len(rows) // 2])
    blue_x = np.where(blue[y])[0]
    grey_x = np.where((abs(b[y] - 0xc2) < 12) & (abs(g[y] - 0xc7) < 12)
                      & (abs(r[y] - 0xcd) < 12))[0]
    knob = (label.x + int(blue_x.max()) + 11, label.y + label.h + y)
    return knob, label.x + int(blue_x.min()), label.x + int(grey_x.max())
