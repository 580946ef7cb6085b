"""The X11 recorder backend on a real X server: what xdotool's input becomes, and what is left out
(the workbench's own windows, and everything while a recording is paused)."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from recorders.events import RawEvent
from recorders.fold import fold
from recorders.x11 import X11Recorder

TK = r'''
import tkinter as tk
root = tk.Tk(); root.title("Eget vindue"); root.geometry("300x200+600+400")
tk.Entry(root).pack(pady=40)
root.mainloop()
'''


def xdo(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True)


@pytest.fixture
def recorded(vscreen):
    events: list[RawEvent] = []
    backend = X11Recorder()
    backend.start(events.append)
    time.sleep(0.3)
    yield backend, events
    backend.stop()


def settle() -> None:
    time.sleep(0.6)


def numbered(events):
    for i, e in enumerate(events, 1):
        e.seq = i
    return events


def test_danish_letters_altgr_characters_and_hotkeys_arrive_as_typed(recorded):
    backend, events = recorded
    assert backend.layout == "dk"
    xdo("type", "--delay", "40", "Blåbærgrød ÆØÅ jens@kommune.dk")
    xdo("key", "ctrl+s", "shift+Tab", "Return")
    settle()
    gestures = fold(numbered(events))
    assert [(g.kind, g.text or g.keys) for g in gestures] == [
        ("type", "Blåbærgrød ÆØÅ jens@kommune.dk"), ("press", "ctrl+s"), ("press", "shift+Tab"),
        ("press", "Return")]


def test_clicks_double_clicks_right_clicks_drags_and_wheel_bursts_are_told_apart(recorded):
    _, events = recorded
    xdo("mousemove", "500", "500", "click", "1")
    time.sleep(0.6)
    xdo("click", "--repeat", "2", "--delay", "80", "1")
    time.sleep(0.6)
    xdo("click", "3")
    time.sleep(0.6)
    xdo("mousedown", "1")
    xdo("mousemove", "700", "560")
    xdo("mouseup", "1")
    time.sleep(0.6)
    xdo("click", "--repeat", "3", "--delay", "50", "5")
    settle()
    kinds = [(g.kind, g.amount) for g in fold(numbered(events))]
    assert kinds == [("click", 0), ("double_click", 0), ("right_click", 0), ("drag", 0), ("scroll", 3)]


def test_input_on_the_workbench_own_windows_is_not_recorded(vscreen):
    """Ignored by process (GTK and Qt set _NET_WM_PID) or by window id (Tk does not set it)."""
    by_pid = subprocess.Popen(["zenity", "--entry", "--title=Eget", "--text=Navn"], env=vscreen.env(),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    by_window = subprocess.Popen([sys.executable, "-c", TK], env=vscreen.env())
    try:
        time.sleep(2.0)
        xdo("search", "--name", "^Eget$", "windowmove", "%@", "100", "100")
        wid = subprocess.run(["xdotool", "search", "--name", "^Eget vindue$"], capture_output=True,
                             text=True).stdout.split()[-1]
        time.sleep(0.5)
        events: list[RawEvent] = []
        backend = X11Recorder(ignore_pids={by_pid.pid}, ignore_windows={int(wid)})
        backend.start(events.append)
        time.sleep(0.3)
        for x, y in ((200, 180), (750, 500)):  # on each of the workbench's windows
            xdo("mousemove", str(x), str(y), "click", "1")
            xdo("type", "hemmeligt")
        time.sleep(0.5)
        assert events == []
        xdo("mousemove", "1500", "900", "click", "1")  # on the desktop: another program's place
        settle()
        backend.stop()
        assert [e.kind for e in events] == ["press", "release"]
    finally:
        for proc in (by_pid, by_window):
            proc.terminate()
            proc.wait()
