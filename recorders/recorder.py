"""The recorder interface, and the synthetic recorder that replays a list of raw events.

A backend turns a person's input into `RawEvent`s and hands each to a sink as it happens. It
knows nothing about steps, journals or screenshots (that is `recorders.session`), and nothing in
this interface is X11's: a Windows backend (low-level hooks) can follow.

Backends stamp `RawEvent.t` with the monotonic clock (`time.monotonic()`), so that the session
can pick the screenshot taken just before each event.
"""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from typing import Callable, Iterable, Protocol, runtime_checkable

from recorders.events import RawEvent

Sink = Callable[[RawEvent], None]


@runtime_checkable
class Recorder(Protocol):
    def start(self, sink: Sink) -> None:
        """Begin delivering events to `sink` (from any thread) until `stop`."""
        ...

    def stop(self) -> None: ...

    def ignore(self, window: int | None = None, pid: int | None = None) -> None:
        """Drop events on this window (a backend's window handle) or on any window of this
        process: the workbench's own windows are never recorded."""
        ...

    @property
    def layout(self) -> str:
        """The keyboard layout in force when recording started (e.g. `dk`), for the journal."""
        ...


class WindowUnderPointer:
    """The title of the program's window under a screen point and where its content is on the
    screen, (title, (x, y, w, h)) or (None, None): read through the platform's `Desktop` port,
    the very way replay reads windows, so that the title recorded is the title replay matches.
    A backend calls it as a button goes down (a click on a blank place becomes a point in that
    window)."""

    def __init__(self):
        self._desktop = None

    def __call__(self, x: int, y: int) -> tuple[str | None, tuple[int, int, int, int] | None]:
        try:
            if self._desktop is None:
                from recipes.desktop import platform

                self._desktop = platform.desktop()
            window = self._desktop.window_at(int(x), int(y))
        except Exception:  # no desktop to ask, or the window closed as it was clicked
            return None, None
        if window is None or not window.title:
            return None, None
        return window.title, (window.x, window.y, window.width, window.height)

    def close(self) -> None:
        if self._desktop is not None:
            try:
                self._desktop.close()
            except Exception:
                pass
            self._desktop = None


class SyntheticRecorder:
    """Plays a prepared list of raw events (times relative to the start) into the sink.

    `realtime=True` keeps the gaps between events (so a frame ring sees the screen change in
    between, as in a real recording); otherwise events are delivered at once. Delivery runs in a
    thread, like a real backend's; `done` is set when the list is exhausted.
    """

    def __init__(self, events: Iterable[RawEvent], realtime: bool = False,
                 before_each: Callable[[RawEvent], None] | None = None):
        self.events = list(events)
        self.realtime = realtime
        self.before_each = before_each  # e.g. change a fake screen as the program would react
        self.done = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._ignored_windows: set[int] = set()

    @property
    def layout(self) -> str:
        return "synthetic"

    def ignore(self, window: int | None = None, pid: int | None = None) -> None:
        if window is not None:
            self._ignored_windows.add(window)

    def start(self, sink: Sink) -> None:
        base = time.monotonic()

        def play() -> None:
            for ev in self.events:
                if self._stop.is_set():
                    break
                if self.realtime:
                    delay = base + ev.t - time.monotonic()
                    if delay > 0:
                        self._stop.wait(delay)
                if self.before_each is not None:
                    self.before_each(ev)
                sink(replace(ev, t=base + ev.t))
            self.done.set()

        self._thread = threading.Thread(target=play, name="synthetic-recorder", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
