"""Builds the real RunEnvironment for this desktop: X11 screen and input, windows, keyring, OCR.

Shared by the command line and the workbench, so both replay in exactly the same way.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

from recipes.errors import DisplayMissing
from recipes.ports import SystemClock
from recipes.runner import RunEnvironment


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


def require_display() -> None:
    problem = display_problem()
    if problem is not None:
        raise problem


def require_tesseract(languages: str = "dan+eng") -> None:
    """Tesseract's language data where the system keeps them; OcrDataMissing names the package."""
    from recipes.tessdata import find_tessdata

    find_tessdata(languages)


def build_environment(base_dir: Path, prompt=None, abort_hotkey: str | None = None,
                      languages: str = "dan+eng", with_abort: bool = True) -> RunEnvironment:
    """The real world: raises EnvironmentMissing with what to do when a part is missing."""
    require_display()
    require_tesseract(languages)
    from recipes.desktop.abort import AbortWatch
    from recipes.desktop.screen import X11Screen
    from recipes.desktop.secrets import KeyringSecrets
    from recipes.desktop.windows import X11Desktop
    from recipes.desktop.x11_input import X11Input
    from recipes.locate import Locator
    from recipes.ocr import OcrEngine

    ocr = OcrEngine(languages=languages)
    screen = X11Screen()
    pointer = X11Input()
    abort = None
    if with_abort:
        # The watch is told where the robot moves the pointer, so only a person's move into a
        # corner stops the run.
        kw = {"hotkey": abort_hotkey} if abort_hotkey else {}
        abort = AbortWatch(ledger=pointer.moves, **kw)
        abort.start()
        pointer.abort = abort  # long typing and drags stop between keys, not after
    env = RunEnvironment(
        screen=screen,
        input=pointer,
        clock=SystemClock(),
        locator=Locator(ocr=ocr, base_dir=base_dir),
        desktop=X11Desktop(),
        secrets=KeyringSecrets(),
        prompt=prompt,
        ocr=ocr,
    )
    if abort is not None:
        env.abort = abort
    return env


def close_environment(env: RunEnvironment) -> None:
    """Let go of every key and button, give lent keycodes back, stop the abort watch. Ctrl+C or
    SIGTERM during this is held back (in the main thread), so that it cannot be cut short."""
    with _signals_held():
        try:
            for part in (env.input, env.desktop):
                close = getattr(part, "close", None)
                if callable(close):
                    close()
        finally:
            stop = getattr(env.abort, "stop", None)
            if stop is not None:
                stop()


def stop_on_signals(env: RunEnvironment) -> None:
    """Ctrl+C and SIGTERM (a scheduler or `kill`) end a command-line run as the abort hotkey
    does: recorded as aborted, exit status 130, nothing held.

    While the robot is in the middle of pressing keys or buttons, the signal only asks the abort
    watch to stop (typing stops between two keys, with nothing down); anywhere else (waiting for
    an anchor, a person, the keyboard) it stops at once. A second signal is not needed and is
    ignored, so that it cannot interrupt the letting go."""
    import signal

    from recipes.errors import UserAbort
    from recipes.run import STOPPED_BY_CTRL_C

    reasons = {signal.SIGINT: STOPPED_BY_CTRL_C, signal.SIGTERM: "stopped by SIGTERM"}

    def stop(signum, frame):
        for sig in reasons:
            signal.signal(sig, signal.SIG_IGN)
        trigger = getattr(env.abort, "trigger", None)
        if trigger is not None:
            trigger(reasons[signum])
        if trigger is None or not getattr(env.input, "busy", False):
            raise UserAbort(reasons[signum])

    for sig in reasons:
        signal.signal(sig, stop)


@contextmanager
def _signals_held():
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    old = {sig: signal.signal(sig, lambda signum, frame: caught.append(signum))
           for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in old.items():
            signal.signal(sig, handler)
