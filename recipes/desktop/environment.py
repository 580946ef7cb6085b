"""Builds the real RunEnvironment for this desktop: screen and input, windows, keyring, OCR
(the adapters of the platform, X11 or Windows, come from `recipes.desktop.platform`).

Shared by the command line and the workbench, so both replay in exactly the same way.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from recipes.desktop import platform
from recipes.errors import DisplayMissing
from recipes.ports import SystemClock
from recipes.runner import RunEnvironment


def display_problem(environ=None, can_open=None) -> DisplayMissing | None:
    """Why there is no desktop to replay on, or None when there is one (the platform's rule: on
    X11 a Wayland session or a display that does not answer is named as such)."""
    return platform.display_problem(environ, can_open)


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
    from recipes.desktop.secrets import KeyringSecrets
    from recipes.locate import Locator
    from recipes.ocr import OcrEngine

    ocr = OcrEngine(languages=languages)
    screen = platform.screen()
    pointer = platform.input_device()
    abort = None
    if with_abort:
        # The watch is told where the robot moves the pointer, so only a person's move into a
        # corner stops the run.
        abort = platform.abort_watch(ledger=pointer.moves, hotkey=abort_hotkey)
        abort.start()
        pointer.abort = abort  # long typing and drags stop between keys, not after
    env = RunEnvironment(
        screen=screen,
        input=pointer,
        clock=SystemClock(),
        locator=Locator(ocr=ocr, base_dir=base_dir),
        desktop=platform.desktop(),
        secrets=KeyringSecrets(),
        prompt=prompt,
        ocr=ocr,
    )
    if abort is not None:
        env.abort = abort
    env.locator.excluded = never_a_target(env.desktop)
    return env


def never_a_target(desktop):
    """A test for found places: True where the window on top at the place's centre is a
    workbench's or this program's own (the terminal it prints to), so that the robot never
    reads its target off the workbench's step list or its own output."""
    def excluded(m) -> bool:
        try:
            window = desktop.window_at(m.x + m.w // 2, m.y + m.h // 2)
        except Exception:  # noqa: BLE001 - no answer: the place counts as it is
            return False
        if window is None:
            return False
        own = getattr(desktop, "is_own", None)
        return window.is_workbench or (callable(own) and own(window))
    return excluded


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

    reasons = {signal.SIGINT: "ctrl_c", signal.SIGTERM: "sigterm"}

    def stop(signum, frame):
        for sig in reasons:
            signal.signal(sig, signal.SIG_IGN)
        trigger = getattr(env.abort, "trigger", None)
        if trigger is not None:
            trigger(reasons[signum])
        if trigger is None or not getattr(env.input, "busy", False):
            raise UserAbort.of(reasons[signum])

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
