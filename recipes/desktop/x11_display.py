"""Is there an X display to replay on? A Wayland session without a usable X display is named as
such: its windows cannot be seen or driven by the robot."""

from __future__ import annotations

import os

from recipes.errors import DisplayMissing


def display_problem(environ=None, can_open=None) -> DisplayMissing | None:
    """Why there is no X display to replay on, or None when there is one. A Wayland session
    without a usable X display is named as such: its windows cannot be seen or driven by the
    robot. `can_open(display)` tells whether an X display answers (tests give their own)."""
    environ = os.environ if environ is None else environ
    wayland = bool(environ.get("WAYLAND_DISPLAY")) or \
        environ.get("XDG_SESSION_TYPE", "").lower() == "wayland"
    display = environ.get("DISPLAY")
    if display and (can_open or _can_open)(display):
        return None
    if wayland:
        return DisplayMissing(
            "this is a Wayland session" + (f" and the X display {display} does not answer"
                                           if display else " without an X display")
            + ": the robot can only see and drive programs on X11 (Wayland lets no program "
            "read the screen or send keys to other programs' windows).",
            "log out and choose an X11 session at the login screen (e.g. 'GNOME on Xorg' under "
            "the cog wheel), or use `python main.py demo`, which starts its own virtual screen",
            wayland=True)
    if display:
        return DisplayMissing(
            f"the X display {display} does not answer.",
            "run this inside your desktop session, check DISPLAY (and XAUTHORITY), or use "
            "`python main.py demo`, which starts its own virtual screen")
    return DisplayMissing(
        "there is no display to replay on (DISPLAY is not set).",
        "run this inside your desktop session, or use `python main.py demo`, which starts its "
        "own virtual screen")


def _can_open(display: str) -> bool:
    try:
        from recipes.desktop.x11_input import open_display

        open_display(display).close()
        return True
    except Exception:
        return False
