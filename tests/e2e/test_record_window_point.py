"""Clicks on a blank place, recorded and replayed for real: a Tk canvas with nothing on it under
Xvfb and openbox.

The recorder (`recorders.cli`, as `main.py record` runs it) records a person's clicks in the empty
canvas and the text typed after the second one; the recipe holds points in the window
"Tegneflade", measured from its corner. The program is started again at another place on the
screen, and `main.py run` must make it receive the same clicks at the same places of the canvas
and the same text there, as its own output says.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from tests.e2e.test_record_programs import (
    Recorder, click, key, output, place, run, start, type_text, valid,
)

PROGRAM = [sys.executable, str(Path(__file__).parent / "programs" / "tk_canvas.py")]
FIRST, SECOND = (320, 150), (250, 260)   # places in the canvas, far from its edges
TEXT = "Hej Åse"


def test_clicks_on_a_blank_canvas_replay_at_the_same_places_of_the_moved_window(vscreen,
                                                                                tmp_path):
    out = tmp_path / "tegneflade.yaml"
    rec = Recorder(vscreen, out, "--store-secrets", "no")
    first = start(vscreen, PROGRAM + ["--geometry", "+150+150"], "Tegneflade")
    x, y = place("Tegneflade", 150, 150)
    click(x + FIRST[0], y + FIRST[1])
    time.sleep(0.6)
    click(x + SECOND[0], y + SECOND[1])
    type_text(TEXT)
    time.sleep(1.0)  # the recorder reads the typed text back from the screen
    key("Return")
    received = output(first)
    log = rec.stop()
    expected = [f"klik {FIRST[0]} {FIRST[1]}", f"klik {SECOND[0]} {SECOND[1]}",
                f"tekst {SECOND[0]} {SECOND[1]}: {TEXT}"]
    assert received.split("\n")[:3] == expected, received

    recipe = valid(out)
    assert [s.action for s in recipe.steps] == ["click", "click", "type", "press"], log
    clicks = [s.target for s in recipe.steps if s.action == "click"]
    assert [(t.window, t.point) for t in clicks] == [("^Tegneflade$", FIRST),
                                                     ("^Tegneflade$", SECOND)], log
    assert all(t.text is None and t.image is None for t in clicks)
    assert recipe.steps[2].text == TEXT and recipe.steps[2].secret is None
    assert recipe.steps[0].note == f"Klik i vinduet »Tegneflade« ved ({FIRST[0]}, {FIRST[1]})."

    # The program again, far from where it was recorded: a screen point would miss it.
    again = start(vscreen, PROGRAM + ["--geometry", "+1000+520"], "Tegneflade")
    nx, ny = place("Tegneflade", 1000, 520)
    assert abs(nx - x) > 500 and abs(ny - y) > 300, (x, y, nx, ny)
    result = run(vscreen, out, tmp_path / "home")
    assert result.returncode == 0, result.stdout + result.stderr
    assert output(again).split("\n")[:3] == expected


def test_two_windows_of_the_title_fail_as_ambiguous_and_neither_is_clicked(vscreen, tmp_path):
    recipe = tmp_path / "to.yaml"
    recipe.write_text("name: To tegneflader\nsteps:\n  - action: click\n    timeout: 3\n"
                      "    target: {window: '^Tegneflade$', point: [320, 150]}\n", "utf-8")
    programs = [start(vscreen, PROGRAM + ["--geometry", where], "Tegneflade")
                for where in ("+100+100", "+900+400")]
    try:
        result = run(vscreen, recipe, tmp_path / "home")
    finally:
        for proc in programs:
            proc.terminate()
    assert result.returncode == 1, result.stdout + result.stderr
    assert "matches 2 windows ('Tegneflade'; 'Tegneflade'); nothing was done" in \
        result.stdout + result.stderr
    assert [output(proc) for proc in programs] == ["", ""]
