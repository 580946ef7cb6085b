"""A person stops the robot: the abort hotkey and the pointer pushed into a screen corner raise
`UserAbort` within half a second; the robot's own moves into a corner do not."""

import subprocess
import threading
import time

import pytest

from recipes.desktop.abort import AbortWatch
from recipes.desktop.x11_input import X11Input
from recipes.errors import EnvironmentMissing, UserAbort
from recipes.keys import parse_combo


@pytest.fixture
def robot(vscreen):
    inp = X11Input(display=vscreen.display)
    inp.move(960, 540)
    yield inp
    inp.move(960, 540)
    inp.close()


@pytest.fixture
def watch(vscreen, robot):
    w = AbortWatch(display=vscreen.display, ledger=robot.moves).start()
    yield w
    w.stop()


def seconds_until_abort(watch, limit=2.0):
    """Poll `check()` as a runner would; how long until it raised UserAbort (None: never)."""
    t = time.monotonic()
    while time.monotonic() - t < limit:
        try:
            watch.check()
        except UserAbort:
            return time.monotonic() - t
        time.sleep(0.01)
    return None


def person_moves_pointer(vscreen, x, y):
    """Another program moves the pointer, as a person's mouse would (the robot knows nothing)."""
    subprocess.run(["xdotool", "mousemove", str(x), str(y)], env=vscreen.env(), check=True)


def test_abort_hotkey_stops_the_run_within_half_a_second(vscreen, watch):
    subprocess.run(["xdotool", "key", "ctrl+shift+Escape"], env=vscreen.env(), check=True)
    took = seconds_until_abort(watch)
    assert took is not None and took < 0.5
    with pytest.raises(UserAbort, match="hotkey"):
        watch.check()


def test_abort_hotkey_works_with_caps_lock_on(vscreen, watch, robot):
    robot.press(parse_combo("Caps_Lock"))
    try:
        subprocess.run(["xdotool", "key", "ctrl+shift+Escape"], env=vscreen.env(), check=True)
        took = seconds_until_abort(watch)
    finally:
        robot.press(parse_combo("Caps_Lock"))
    assert took is not None and took < 0.5


def test_other_keys_do_not_stop_the_run(vscreen, watch, robot):
    robot.press(parse_combo("Escape"))
    robot.press(parse_combo("ctrl+Escape"))
    robot.type_text("q")
    assert seconds_until_abort(watch, limit=0.6) is None


@pytest.mark.parametrize("corner", [(0, 0), (1919, 0), (0, 1079), (1919, 1079)])
def test_pointer_pushed_into_a_corner_stops_the_run_within_half_a_second(vscreen, watch, corner):
    person_moves_pointer(vscreen, *corner)
    took = seconds_until_abort(watch)
    assert took is not None and took < 0.5
    with pytest.raises(UserAbort, match="corner"):
        watch.check()


def test_the_robot_clicking_in_a_corner_does_not_stop_the_run(watch, robot):
    robot.click(0, 0)  # (a right click here would open the window manager's desktop menu)
    robot.move(1919, 1079)
    assert seconds_until_abort(watch, limit=0.8) is None


def test_person_returning_to_the_corner_the_robot_used_stops_the_run(vscreen, watch, robot):
    robot.move(0, 0)
    assert seconds_until_abort(watch, limit=0.5) is None
    person_moves_pointer(vscreen, 400, 400)
    time.sleep(0.2)
    person_moves_pointer(vscreen, 0, 0)
    took = seconds_until_abort(watch)
    assert took is not None and took < 0.5


def test_a_stopped_watch_no_longer_reacts_and_releases_the_hotkey(vscreen, watch):
    watch.stop()
    person_moves_pointer(vscreen, 0, 0)
    assert seconds_until_abort(watch, limit=0.3) is None
    # Released: another watch can grab the same hotkey again.
    again = AbortWatch(display=vscreen.display, corners=False).start()
    again.stop()


def test_a_hotkey_another_program_holds_is_reported_with_what_to_do(vscreen):
    first = AbortWatch(display=vscreen.display, corners=False).start()
    try:
        with pytest.raises(EnvironmentMissing, match="already taken"):
            AbortWatch(display=vscreen.display, corners=False).start()
    finally:
        first.stop()


def test_the_corner_stops_long_typing_between_two_keys(vscreen, watch, robot, tmp_path):
    from recipes.desktop.windows import X11Desktop

    out, ready = tmp_path / "typed", tmp_path / "ready"
    xterm = subprocess.Popen(["xterm", "-title", "Lang-tekst", "-e", "bash", "-c",
                              f"stty raw -echo; : > {ready}; cat > {out}"],
                             env=vscreen.env(), stderr=subprocess.DEVNULL)
    desktop = X11Desktop(display=vscreen.display)
    robot.abort = watch
    try:
        assert desktop.focus("Lang-tekst", timeout=10)
        while not ready.exists():
            time.sleep(0.02)
        timer = threading.Timer(0.3, person_moves_pointer, (vscreen, 0, 0))
        timer.start()
        t = time.monotonic()
        with pytest.raises(UserAbort, match="corner"):
            robot.type_text("x" * 400)
        timer.join()
        assert time.monotonic() - t < 0.3 + 0.5
        time.sleep(0.3)
        assert 0 < len(out.read_bytes()) < 400
    finally:
        xterm.kill()
        desktop.close()
