"""A short ring of screenshots, so a step's anchor comes from the screen as it was *before* the
click (a program may react to the press before a screenshot taken afterwards could be made).

A background thread grabs the whole screen `fps` times a second through a `ports.Screen` (mss on
X11, about a millisecond a grab) and keeps the last `seconds` of frames in memory. Frames are
numpy arrays and never copied here; the recorder saves the few it needs to the journal.
"""

from __future__ import annotations

import threading
import time
from collections import deque

from recipes.ports import Frame, Screen


class FrameRing:
    def __init__(self, screen: Screen, fps: float = 12.0, seconds: float = 1.0):
        self.screen = screen
        self.interval = 1.0 / fps
        self._frames: deque[Frame] = deque(maxlen=max(2, round(fps * seconds)))
        self._cond = threading.Condition()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.error: BaseException | None = None

    def start(self) -> "FrameRing":
        self._thread = threading.Thread(target=self._run, name="frame-ring", daemon=True)
        self._thread.start()
        self.wait_first()
        return self

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                started = time.monotonic()
                frame = self.screen.grab()
                with self._cond:
                    self._frames.append(frame)
                    self._cond.notify_all()
                self._stop.wait(max(0.0, self.interval - (time.monotonic() - started)))
        except BaseException as e:  # reported by the session; a recorder without frames still records input
            self.error = e
            with self._cond:
                self._cond.notify_all()

    def wait_first(self, timeout: float = 5.0) -> Frame | None:
        with self._cond:
            self._cond.wait_for(lambda: self._frames or self.error is not None, timeout)
            return self._frames[-1] if self._frames else None

    def before(self, t: float) -> Frame | None:
        """The newest frame grabbed before monotonic time `t` (the oldest kept, if none is).

        A frame that is one flat colour is passed over for an older one with something on it:
        a grab can catch the screen black for an instant (seen under Xvfb), and an anchor cannot
        be read from it."""
        with self._cond:
            frames = list(self._frames)
        if not frames:
            return None
        earlier = [f for f in frames if f.taken_at < t] or frames[:1]
        for f in reversed(earlier):
            if not _flat(f):
                return f
        return earlier[-1]

    def after(self, t: float, timeout: float = 0.6) -> Frame | None:
        """The first frame grabbed at or after monotonic time `t`, waiting for it up to `timeout`."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                later = [f for f in self._frames if f.taken_at >= t]
                if later:
                    return later[0]
                left = deadline - time.monotonic()
                if left <= 0 or self.error is not None or self._stop.is_set():
                    return self._frames[-1] if self._frames else None
                self._cond.wait(left)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2)


def _flat(frame: Frame) -> bool:
    sample = frame.pixels[::32, ::32]
    return bool(sample.size) and int(sample.max()) == int(sample.min())
