"""Programs and windows: launching, focusing by title (with and without a window manager),
moving windows, and screenshots that show a window where the desktop says it is."""

import os
import subprocess
import sys
import textwrap
import time

import pytest

from recipes.desktop.screen import MssScreen
from recipes.desktop.virtual_screen import VirtualScreen
from recipes.desktop.windows import X11Desktop
from recipes.desktop.x11_input import X11Input
from recipes.errors import AmbiguousWindow, StepFailed, WindowNotFound
from recipes.ports import Desktop, Screen

RED_WINDOW = textwrap.dedent("""
    import sys, tkinter as tk
    root = tk.Tk(); root.title(sys.argv[1])
    tk.Canvas(root, width=200, height=100, bg="#ff0000", highlightthickness=0, bd=0).pack()
    root.mainloop()
""")


@pytest.fixture
def desktop(vscreen):
    d = X11Desktop(display=vscreen.display)
    yield d
    d.close()


@pytest.fixture
def started(desktop):
    procs = []
    yield procs
    for p in procs:
        p.kill()
        p.wait()


def xmessage(desktop, started, title):
    started.append(desktop.launch(["xmessage", "-title", title, "Besked: " + title]))
    assert desktop.wait_for_window(title, 10) is not None


def test_the_desktop_adapters_satisfy_the_ports(desktop):
    assert isinstance(desktop, Desktop)
    assert isinstance(MssScreen(), Screen)


def test_focus_brings_the_window_with_the_matching_title_to_the_front(desktop, started):
    xmessage(desktop, started, "Sagsbehandling – Åben sag")
    xmessage(desktop, started, "Journal")
    assert desktop.focus("åben SAG", timeout=5)
    assert desktop.active_window().title == "Sagsbehandling – Åben sag"
    assert desktop.focus("^journal$", timeout=5)
    assert desktop.active_window().title == "Journal"


def test_focus_gives_up_after_the_timeout_when_no_window_matches(desktop):
    t = time.monotonic()
    with pytest.raises(WindowNotFound, match="'Ingen sådan vindue' showed within 0.5 s"):
        desktop.focus("Ingen sådan vindue", timeout=0.5)
    assert 0.5 <= time.monotonic() - t < 1.5


def test_two_windows_with_matching_titles_fail_listing_both_and_nothing_gets_focused(
        desktop, started):
    xmessage(desktop, started, "Sag 2024-17 – Åben")
    xmessage(desktop, started, "Sag 2024-18 – Åben")
    xmessage(desktop, started, "Journal")
    assert desktop.focus("^Journal$", timeout=5)
    with pytest.raises(AmbiguousWindow) as err:
        desktop.focus("sag .* åben", timeout=5)
    assert sorted(err.value.titles) == ["Sag 2024-17 – Åben", "Sag 2024-18 – Åben"]
    assert "'Sag 2024-17 – Åben'" in str(err.value) and "'Sag 2024-18 – Åben'" in str(err.value)
    time.sleep(0.3)
    assert desktop.active_window().title == "Journal"


def test_a_window_of_this_program_is_never_a_candidate(vscreen, desktop):
    from Xlib import Xatom, display

    d = display.Display(vscreen.display)
    win = d.screen().root.create_window(50, 50, 200, 80, 0, d.screen().root_depth,
                                        background_pixel=d.screen().white_pixel)
    win.set_wm_name("Opskrift - arbejdsbord")
    win.change_property(d.intern_atom("_NET_WM_PID"), Xatom.CARDINAL, 32, [os.getpid()])
    win.map()
    d.sync()
    try:
        deadline = time.monotonic() + 5
        while not any(w.title == "Opskrift - arbejdsbord" for w in desktop.windows()):
            assert time.monotonic() < deadline, "the window never showed"
            time.sleep(0.05)
        with pytest.raises(WindowNotFound):
            desktop.focus("arbejdsbord", timeout=0.5)
    finally:
        win.unmap()
        win.destroy()
        d.close()


def test_focus_waits_for_a_window_that_shows_late(vscreen, desktop, started):
    started.append(subprocess.Popen(["sh", "-c", "sleep 0.7; exec xmessage -title Sen Hej"],
                                    env=vscreen.env(), stderr=subprocess.DEVNULL))
    assert desktop.focus("Sen", timeout=10)


def test_launching_a_missing_program_names_the_program(desktop):
    with pytest.raises(StepFailed, match="'sagssystem-findes-ikke'.*not found"):
        desktop.launch(["sagssystem-findes-ikke", "--start"])


def test_a_moved_window_shows_on_the_screenshot_where_the_desktop_says(vscreen, desktop, started):
    started.append(subprocess.Popen([sys.executable, "-c", RED_WINDOW, "Rød"], env=vscreen.env()))
    window = desktop.wait_for_window("^Rød$", 10)
    assert window is not None
    assert desktop.move_window(window.id, 500, 300) == (500, 300, 200, 100)
    time.sleep(0.3)  # let Tk repaint after the move
    frame = MssScreen(vscreen.display).grab()
    assert (frame.width, frame.height) == (vscreen.width, vscreen.height)
    inside = frame.crop(500, 300, 200, 100)
    assert (inside.reshape(-1, 3) == [0, 0, 255]).all(), "the window's pixels are not where it is"
    assert not (frame.crop(490, 290, 5, 5) == [0, 0, 255]).all(axis=-1).any()


@pytest.fixture(scope="module")
def bare_screen():
    """A second X server without a window manager: the robot must focus windows itself."""
    screen = VirtualScreen(width=800, height=600, layout="dk", window_manager=False).start()
    yield screen
    screen.stop()


def test_focus_works_without_a_window_manager(bare_screen, tmp_path):
    desktop = X11Desktop(display=bare_screen.display)
    robot = X11Input(display=bare_screen.display)
    out = tmp_path / "bare.txt"
    env = {**bare_screen.env(), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    procs = [subprocess.Popen(["xterm", "-u8", "-title", title, "-geometry", f"40x5+{x}+0",
                               "-e", "bash", "-c",
                               f': > {tmp_path / title}; head -n 1 > {out}'],
                              env=env, stderr=subprocess.DEVNULL)
             for title, x in (("Første", 0), ("Anden", 400))]
    try:
        assert desktop.wait_for_window("Første", 10) and desktop.wait_for_window("Anden", 10)
        assert desktop.focus("Anden", timeout=5)
        deadline = time.monotonic() + 10
        while not (tmp_path / "Anden").exists() and time.monotonic() < deadline:
            time.sleep(0.02)  # the shell in xterm is ready to read
        robot.type_text("til anden\n")
        procs[1].wait(timeout=10)
        assert out.read_text(encoding="utf-8") == "til anden\n"
        assert procs[0].poll() is None, "the other window got the text"
    finally:
        for p in procs:
            p.kill()
        desktop.close()
        robot.close()


def test_a_window_moves_exactly_where_asked_without_a_window_manager(bare_screen):
    desktop = X11Desktop(display=bare_screen.display)
    proc = subprocess.Popen(["xmessage", "-title", "Flyt", "hej"], env=bare_screen.env(),
                            stderr=subprocess.DEVNULL)
    try:
        window = desktop.wait_for_window("^Flyt$", 10)
        assert window is not None
        t = time.monotonic()
        assert desktop.move_window(window.id, 100, 150, 300, 200) == (100, 150, 300, 200)
        assert time.monotonic() - t < 1.0
    finally:
        proc.kill()
        desktop.close()
