"""Pointer and key presses reach real programs: xmessage (Xaw) buttons and a Tk probe window
that reports every click, double click, drag, wheel tick and key on its standard output."""

import queue
import subprocess
import sys
import textwrap
import threading
import time

import pytest

from recipes.desktop.windows import X11Desktop
from recipes.desktop.x11_input import X11Input
from recipes.keys import parse_combo

PROBE = textwrap.dedent("""
    import sys, tkinter as tk
    root = tk.Tk(); root.title(sys.argv[1])
    c = tk.Canvas(root, width=400, height=300, bg="white", highlightthickness=0, bd=0)
    c.pack(); c.focus_set()
    say = lambda *a: print(*a, flush=True)
    start = {}
    c.bind("<ButtonPress-1>", lambda e: start.update(x=e.x, y=e.y))
    def released(e):
        if (e.x, e.y) != (start.get("x"), start.get("y")):
            say("drag", start["x"], start["y"], e.x, e.y)
        else:
            say("click", e.x, e.y)
    c.bind("<ButtonRelease-1>", released)
    c.bind("<Double-Button-1>", lambda e: say("double", e.x, e.y))
    c.bind("<Button-2>", lambda e: say("middle", e.x, e.y))
    c.bind("<Button-3>", lambda e: say("right", e.x, e.y))
    c.bind("<Button-4>", lambda e: say("wheel", "up"))
    c.bind("<Button-5>", lambda e: say("wheel", "down"))
    c.bind("<Control-a>", lambda e: say("key", "ctrl+a"))
    c.bind("<Return>", lambda e: say("key", "Return"))
    root.after(100, lambda: say("ready"))
    root.mainloop()
""")


class Probe:
    """The Tk probe: a 400x300 canvas; `point(x, y)` turns canvas into screen coordinates."""

    def __init__(self, vscreen, desktop, title):
        self.proc = subprocess.Popen([sys.executable, "-c", PROBE, title], env=vscreen.env(),
                                     stdout=subprocess.PIPE, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        assert desktop.focus(title, timeout=10), "the Tk probe did not show"
        self.next_line(5)  # "ready"
        self.window = desktop.find_windows(title)[0]

    def _read(self):
        for line in self.proc.stdout:
            self.lines.put(line.strip())

    def point(self, x, y):
        return self.window.x + x, self.window.y + y

    def next_line(self, timeout=3.0):
        return self.lines.get(timeout=timeout)

    def said(self, wait=0.4):
        """Everything the probe printed until it has been quiet for `wait` seconds."""
        out = []
        while True:
            try:
                out.append(self.lines.get(timeout=wait))
            except queue.Empty:
                return out

    def close(self):
        self.proc.kill()
        self.proc.wait()


@pytest.fixture
def desktop(vscreen):
    d = X11Desktop(display=vscreen.display)
    yield d
    d.close()


@pytest.fixture
def robot(vscreen):
    inp = X11Input(display=vscreen.display)
    yield inp
    inp.close()


@pytest.fixture
def probe(vscreen, desktop, request):
    p = Probe(vscreen, desktop, f"Peger-{request.node.name}")
    yield p
    p.close()


def xmessage_buttons(desktop, window_id):
    """Screen centres of xmessage's buttons, left to right (the Xaw Command widgets)."""
    d = desktop.conn
    top = d.create_resource_object("window", window_id)
    form = top.query_tree().children[0]
    boxes = []
    for child in form.query_tree().children:
        g = child.get_geometry()
        boxes.append((g.y, g.x, g.width, g.height))
    row = max(b[0] for b in boxes)
    x0, y0 = desktop.geometry(form.id)[:2]
    return [(x0 + x + w // 2, y0 + y + h // 2) for y, x, w, h in sorted(boxes, key=lambda b: b[1])
            if y == row]


@pytest.mark.parametrize("label", ["Godkend", "Afvis"])
def test_clicking_an_xmessage_button_chooses_that_button(vscreen, desktop, robot, label):
    title = f"Sag-{label}"
    proc = subprocess.Popen(["xmessage", "-print", "-title", title, "-buttons", "Godkend,Afvis",
                             "Vil du godkende sagen?"], env=vscreen.env(),
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert desktop.focus(title, timeout=10)
        window = desktop.find_windows(title)[0]
        godkend, afvis = xmessage_buttons(desktop, window.id)
        robot.click(*(godkend if label == "Godkend" else afvis))
        out, _ = proc.communicate(timeout=5)
    finally:
        proc.kill()
    assert out == label + "\n"


def test_a_single_click_is_not_taken_for_a_double_click(probe, robot):
    robot.click(*probe.point(100, 80))
    assert probe.said() == ["click 100 80"]


def test_double_click_arrives_as_a_double_click_where_aimed(probe, robot):
    robot.click(*probe.point(120, 90), count=2)
    assert "double 120 90" in probe.said()


def test_right_and_middle_click_arrive_as_those_buttons(probe, robot):
    robot.click(*probe.point(50, 60), button="right")
    robot.click(*probe.point(70, 40), button="middle")
    assert probe.said() == ["right 50 60", "middle 70 40"]


def test_drag_presses_moves_and_releases_at_the_target(probe, robot):
    robot.drag(*probe.point(40, 40), *probe.point(300, 200))
    assert probe.said() == ["drag 40 40 300 200"]


def test_scroll_down_and_up_send_that_many_wheel_ticks(probe, robot):
    robot.scroll(*probe.point(200, 150), 3)
    robot.scroll(None, None, -2)
    assert probe.said() == ["wheel down"] * 3 + ["wheel up"] * 2


def test_pressed_key_combinations_reach_the_focused_window(probe, robot):
    robot.press(parse_combo("ctrl+a"))
    robot.press(parse_combo("Return"))
    assert probe.said() == ["key ctrl+a", "key Return"]


def test_unknown_mouse_button_is_refused_before_anything_happens(robot):
    before = robot.position()
    with pytest.raises(ValueError, match="left, right or middle"):
        robot.click(before[0] + 10, before[1] + 10, button="thumb")
    time.sleep(0.05)
    assert robot.position() == before
