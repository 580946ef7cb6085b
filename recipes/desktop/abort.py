"""Let a person stop the robot: an abort hotkey and the pointer pushed into a screen corner.

`AbortWatch` runs one daemon thread with its own X connection. It grabs the hotkey on the root
window (XGrabKey, with and without Num Lock / Caps Lock, so the key works whatever their state)
and polls the pointer every `poll` seconds. The runner calls `check()` between and inside steps;
it raises `UserAbort` once the person asked to stop, and keeps raising until `reset()`.

The corner fail-safe must not fire when the robot itself clicks in a corner: `X11Input` notes
every position it moves the pointer to in a `PointerLedger`, and the watch ignores a corner the
pointer sits in because the robot put it there.
"""

from __future__ import annotations

import select
import threading
import time
from collections import deque

from recipes.errors import EnvironmentMissing, UserAbort
from recipes.keys import parse_combo

DEFAULT_HOTKEY = "ctrl+shift+Escape"

_MODIFIER_MASKS = {"Shift_L": 1, "Control_L": 4, "Alt_L": 8, "Super_L": 64, "ISO_Level3_Shift": 128}
_LOCK, _NUMLOCK = 2, 16  # Lock and Mod2: ignored, so the hotkey works with Caps/Num Lock on


class PointerLedger:
    """Where the robot put the pointer lately. Thread-safe; cheap enough to note every move.

    A position is the robot's while the pointer stays where the robot put it, and for `memory`
    seconds after the robot moved it there (the watch may see a position the robot already left
    before its next move arrives). Once the pointer was seen elsewhere, a return to that spot is
    a person's doing.
    """

    def __init__(self, memory: float = 0.3):
        self.memory = memory
        self._lock = threading.Lock()
        self._recent: deque[tuple[int, int, float]] = deque(maxlen=64)
        self._left_latest = False

    def note(self, x: int, y: int) -> None:
        """The robot is moving the pointer to (x, y) (call before the move)."""
        with self._lock:
            self._recent.append((x, y, time.monotonic()))
            self._left_latest = False

    def observe(self, x: int, y: int) -> None:
        """The watch saw the pointer at (x, y)."""
        with self._lock:
            if self._recent:
                lx, ly, lt = self._recent[-1]
                if (x, y) != (lx, ly) and time.monotonic() - lt > self.memory:
                    self._left_latest = True

    def is_robot(self, x: int, y: int) -> bool:
        """True when the pointer is at (x, y) because the robot put it there."""
        now = time.monotonic()
        with self._lock:
            if not self._recent:
                return False
            lx, ly, _ = self._recent[-1]
            if (x, y) == (lx, ly) and not self._left_latest:
                return True
            return any((x, y) == (px, py) and now - t < self.memory for px, py, t in self._recent)


class AbortWatch:
    """`ports.AbortWatch` for X11. `start()` it before a run, `stop()` it after."""

    def __init__(self, hotkey: str | None = DEFAULT_HOTKEY, corners: bool = True,
                 ledger: PointerLedger | None = None, display: str | None = None,
                 corner_size: int = 2, poll: float = 0.05):
        self.hotkey = parse_combo(hotkey) if hotkey else None
        self.corners = corners
        self.ledger = ledger
        self.display_name = display
        self.corner_size = corner_size
        self.poll = poll
        self._abort: UserAbort | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._failure: BaseException | None = None
        self.error: Exception | None = None  # why the watcher thread stopped early, if it did

    # -- the runner's side ------------------------------------------------------------------
    def check(self) -> None:
        if self._abort is not None:
            raise self._abort

    @property
    def aborted(self) -> bool:
        return self._abort is not None

    def reset(self) -> None:
        self._abort = None

    def trigger(self, kind: str, **details) -> None:
        """Ask to stop (the watcher's thread, Ctrl+C handlers and the GUI's stop button);
        `kind` is how the person asked (recipes.errors.ABORT_KINDS)."""
        if self._abort is None:
            self._abort = UserAbort.of(kind, at=time.monotonic(), **details)

    def start(self) -> "AbortWatch":
        if self._thread is not None:
            return self
        self._stop.clear()
        self._ready.clear()
        self._thread = threading.Thread(target=self._run, name="abort-watch", daemon=True)
        self._thread.start()
        self._ready.wait(5)
        if self._failure is not None:
            failure, self._failure = self._failure, None
            self._thread = None
            raise failure
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(2)
            self._thread = None

    def __enter__(self) -> "AbortWatch":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- the watcher thread -----------------------------------------------------------------
    def _run(self) -> None:
        from recipes.desktop.x11_input import open_display

        try:
            d = open_display(self.display_name)
            grabs = self._grab(d)
        except BaseException as exc:  # reported to start()
            self._failure = exc
            self._ready.set()
            return
        self._ready.set()
        keycodes = {keycode for keycode, _ in grabs}
        root = d.screen().root
        width, height = d.screen().width_in_pixels, d.screen().height_in_pixels
        try:
            while not self._stop.is_set():
                select.select([d.fileno()], [], [], self.poll)
                while d.pending_events():
                    event = d.next_event()
                    if event.type == 2 and event.detail in keycodes:  # KeyPress
                        self.trigger("hotkey", hotkey=str(self.hotkey))
                if self.corners:
                    p = root.query_pointer()
                    x, y = int(p.root_x), int(p.root_y)
                    if self.ledger is not None:
                        self.ledger.observe(x, y)
                    if self._in_corner(x, y, width, height) and not (
                            self.ledger is not None and self.ledger.is_robot(x, y)):
                        self.trigger("screen_corner", corner=(x, y))
        except Exception as exc:  # the X server went away: nobody can ask to stop any more
            self.error = exc
        finally:
            try:
                for keycode, mods in grabs:
                    root.ungrab_key(keycode, mods)
                d.close()
            except Exception:
                pass

    def _in_corner(self, x: int, y: int, width: int, height: int) -> bool:
        c = self.corner_size
        return (x < c or x >= width - c) and (y < c or y >= height - c)

    def _grab(self, d) -> list[tuple[int, int]]:
        """Grab the hotkey on the root window; the (keycode, modifiers) pairs grabbed."""
        if self.hotkey is None:
            return []
        from Xlib import X, error

        from recipes.desktop.x11_input import name_to_keysym

        mask = 0
        for name in self.hotkey.modifiers:
            mask |= _MODIFIER_MASKS.get(name, 0)
        key = self.hotkey.key
        keycode = d.keysym_to_keycode(name_to_keysym(key.lower() if len(key) == 1 else key))
        if not keycode:
            raise EnvironmentMissing(
                f"the abort hotkey {self.hotkey} is not on this keyboard layout",
                "choose another abort hotkey in the settings")
        root = d.screen().root
        catcher = error.CatchError(error.BadAccess)
        done = []
        for extra in (0, _LOCK, _NUMLOCK, _LOCK | _NUMLOCK):
            root.grab_key(keycode, mask | extra, True, X.GrabModeAsync, X.GrabModeAsync,
                          onerror=catcher)
            done.append((keycode, mask | extra))
        d.sync()
        if catcher.get_error() is not None:
            raise EnvironmentMissing(
                f"the abort hotkey {self.hotkey} is already taken by another program",
                "choose another abort hotkey in the settings, or close the program that uses it")
        return done
