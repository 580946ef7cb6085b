"""Never a guess on a real screen (issue 11, items 3-5), with `main.py run` under Xvfb + openbox:
a window still moving is not clicked until it stops, a list row gone since recording fails the
step instead of clicking the next row, and a screen covered in black is said to show nothing,
stopping a batch of cases at its first row.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

TK_PROGRAM = r'''
import sys, time, tkinter as tk

mode = sys.argv[1]
root = tk.Tk()
root.title(sys.argv[2])
if mode == "black":
    root.configure(bg="black", cursor="none")
    root.attributes("-fullscreen", True)
elif mode == "move":
    root.geometry("+100+300")
    def clicked():
        print("clicked", time.time(), root.winfo_rootx(), flush=True)
    tk.Label(root, text="Vil du godkende sagen?", font=("DejaVu Sans", 12), padx=20, pady=10).pack()
    tk.Button(root, text="Godkend", font=("DejaVu Sans", 12), command=clicked).pack(pady=10)
else:  # rows: three equal rows; the first goes away once a row is clicked
    root.geometry("+200+200")
    buttons = []
    def clicked(n):
        print("row", n, flush=True)
        buttons[0].pack_forget()
    tk.Label(root, text="Borgere med navnet", font=("DejaVu Sans", 12)).pack(pady=8)
    for n in (1, 2, 3):
        b = tk.Button(root, text="Jensen", font=("DejaVu Sans", 12), width=12,
                      command=lambda n=n: clicked(n))
        b.pack(padx=40, pady=40)
        buttons.append(b)
root.mainloop()
'''


@pytest.fixture
def tk_program(vscreen, tmp_path):
    started = []
    script = tmp_path / "trust_program.py"
    script.write_text(TK_PROGRAM, "utf-8")

    def start(mode: str, title: str) -> subprocess.Popen:
        from recipes.desktop.windows import X11Desktop

        proc = subprocess.Popen([sys.executable, str(script), mode, title], env=vscreen.env(),
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        started.append(proc)
        desk = X11Desktop(vscreen.display)
        try:
            assert desk.wait_for_window(title, 15), f"no window '{title}' appeared"
        finally:
            desk.close()
        time.sleep(0.8)   # the first paint after mapping
        return proc

    yield start
    for proc in started:
        proc.kill()
        proc.wait()


def run_cli(vscreen, tmp_path, recipe_text: str, *args: str, timeout=120):
    recipe = tmp_path / "r.yaml"
    recipe.write_text(textwrap.dedent(recipe_text), "utf-8")
    env = dict(vscreen.env(), WORKBENCH_HOME=str(tmp_path / "home"))
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "en", "run", str(recipe), *args],
                          capture_output=True, text=True, env=env, timeout=timeout)


def output(proc: subprocess.Popen) -> str:
    proc.kill()
    out, _ = proc.communicate(timeout=10)
    return out


def test_a_window_still_moving_is_not_clicked_until_it_stops(vscreen, tk_program, tmp_path):
    proc = tk_program("move", "Flytter")
    wid = subprocess.run(["xdotool", "search", "--name", "Flytter"], env=vscreen.env(),
                         capture_output=True, text=True).stdout.split()[0]
    stopped = {}

    def mover():
        # The window slides right, 3 px every 20 ms, for 6 s (as a window being dragged). The
        # moves go through one X connection: a program started per move (xdotool) is slow to
        # start on a loaded machine, and a window left still between two moves has stopped.
        from Xlib import display as xdisplay

        conn = xdisplay.Display(vscreen.display)
        window = conn.create_resource_object("window", int(wid))
        x = 100
        end = time.monotonic() + 6
        try:
            while time.monotonic() < end:
                x += 3
                window.configure(x=x, y=281)
                conn.sync()
                time.sleep(0.02)
        finally:
            stopped["at"] = time.time()
            conn.close()

    thread = threading.Thread(target=mover)
    thread.start()
    try:
        result = run_cli(vscreen, tmp_path, """
            name: Godkend mens vinduet flytter
            steps:
              - {id: godkend, action: click, target: {text: Godkend}, timeout: 20}
        """)
    finally:
        thread.join()
    assert result.returncode == 0, result.stdout + result.stderr
    clicks = [line.split() for line in output(proc).splitlines() if line.startswith("clicked")]
    assert len(clicks) == 1, clicks
    assert float(clicks[0][1]) >= stopped["at"], "clicked while the window was still moving"


def test_a_list_row_gone_since_recording_fails_instead_of_clicking_the_next_row(
        vscreen, tk_program, tmp_path):
    proc = tk_program("rows", "Borgerliste")
    # As the recorder writes it: the second of three equal rows. After the first click the first
    # row goes away; occurrence 2 of what is left would be another citizen.
    result = run_cli(vscreen, tmp_path, """
        name: Vælg borger
        steps:
          - {id: forste, action: click, target: {text: Jensen, index: 2, count: 3}}
          - {id: igen, action: click, target: {text: Jensen, index: 2, count: 3}, timeout: 2}
    """)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "shows 2 times on the screen, but 3 times when it was recorded" in result.stdout
    time.sleep(0.5)
    assert output(proc).split() == ["row", "2"]     # the second click was never made


def test_a_black_screen_says_it_shows_nothing_and_stops_the_batch(vscreen, tk_program, tmp_path):
    tk_program("black", "Låst")
    cases = tmp_path / "cases.csv"
    cases.write_text("sag\n101\n102\n103\n", "utf-8")
    result = run_cli(vscreen, tmp_path, """
        name: Godkend sager
        inputs: [{name: sag}]
        steps:
          - {id: godkend, action: click, target: {text: Godkend}, timeout: 1, on_failure: skip}
    """, "--data", str(cases))
    assert result.returncode == 1, result.stdout + result.stderr
    out = result.stdout
    assert "could not be looked for: the screen shows nothing (black)" in out
    assert "locked" in out and "Citrix" in out and "not found" not in out
    assert "--- row 2 of 3 ---" not in out
    assert "stopped at row 1 of 3: rows 2-3 (2) were not run (the screen shows nothing" in out
