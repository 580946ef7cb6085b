"""Pointer and keyboard for X11 through the XTEST extension (python-xlib), for any X program.

XTEST events look to the server like a real device, so every program sees them (Xt, Tk, GTK, Qt)
and a recorder sees them too (pause it during replay). Text is typed as keycodes, never sent as
strings: for each character we look up a key of the current keymap that gives it on the first or
second (Shift) level. A character the layout does not have there (æøå under `us`, `@` or `~` under
`dk`, where they need AltGr or are dead keys) gets a spare, empty keycode mapped to its keysym for
the duration of the call, as `xdotool type` does, and the keycode is emptied again afterwards.

Two details that make the temporary mapping reliable:
- a letter is mapped as a real key is, `[lower, upper]`, and its upper case is typed with Shift.
  A key mapped to a single upper-case keysym is read by X as `[lower, upper]`, which is how
  `xdotool` loses Æ Ø Å under `us`.
- a client reads a changed keymap lazily, when it handles the key press, so the mapping is kept
  until `restore_delay` after the last key; restoring at once lets a busy client translate the
  press with the emptied key and drop the character.
- right after a keymap change xterm drops the keys of the next few tens of milliseconds
  (measured: the first two characters, in about half the runs). So we wait `map_settle` after
  mapping and after restoring, before any further key.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from recipes.errors import EnvironmentMissing, StepFailed
from recipes.keys import Combo

BUTTONS = {"left": 1, "middle": 2, "right": 3}
WHEEL_UP, WHEEL_DOWN = 4, 5

# Keysyms of the characters typed as keys rather than as text.
CONTROL_CHARS = {"\n": 0xFF0D, "\r": 0xFF0D, "\t": 0xFF09, "\b": 0xFF08}
_LEGACY_TO_CHAR = {0x20AC: "€"}  # EuroSign: the one non-Latin-1 legacy keysym common layouts use


def char_to_keysym(ch: str) -> int:
    """The keysym X uses for a character: Latin-1 keysyms equal the code point, the rest are
    Unicode keysyms (0x1000000 + code point), which every current X client understands."""
    if ch in CONTROL_CHARS:
        return CONTROL_CHARS[ch]
    cp = ord(ch)
    if 0x20 <= cp <= 0x7E or 0xA0 <= cp <= 0xFF:
        return cp
    return 0x01000000 | cp


def keysym_to_char(keysym: int) -> str | None:
    """The character a keysym types, for the keysyms that stand for one character."""
    if 0x20 <= keysym <= 0x7E or 0xA0 <= keysym <= 0xFF:
        return chr(keysym)
    if 0x01000100 <= keysym <= 0x0110FFFF:
        return chr(keysym - 0x01000000)
    return _LEGACY_TO_CHAR.get(keysym)


def name_to_keysym(name: str) -> int:
    """Keysym of a canonical key name from `recipes.keys` (`Return`, `F4`, `Control_L`, `a`)."""
    from Xlib import XK

    for group in ("xkb", "latin2", "latin3", "latin4", "special", "technical", "xf86",
                  "publishing"):
        XK.load_keysym_group(group)
    if len(name) == 1:
        return char_to_keysym(name)
    keysym = XK.string_to_keysym(name)
    if not keysym:
        raise StepFailed(f"the key '{name}' has no X keysym; use a name such as Return or F4")
    return keysym


class Keymap:
    """The server's current keyboard mapping: where each character is, and which keys are empty."""

    def __init__(self, first: int, rows: list[tuple[int, ...]]):
        self.first = first
        self.width = len(rows[0]) if rows else 2
        self.by_char: dict[str, tuple[int, bool]] = {}  # char -> (keycode, needs Shift)
        self.by_keysym: dict[int, tuple[int, bool]] = {}
        self.spare: list[int] = []
        for i, row in enumerate(rows):
            keycode = first + i
            if not any(row):
                self.spare.append(keycode)
                continue
            for level in (0, 1):  # group 1 only; level 3+ needs AltGr, which we do not guess
                keysym = row[level] if len(row) > level else 0
                if not keysym:
                    continue
                self.by_keysym.setdefault(keysym, (keycode, level == 1))
                ch = keysym_to_char(keysym)
                if ch is not None:
                    old = self.by_char.get(ch)
                    if old is None or (old[1] and level == 0):
                        self.by_char[ch] = (keycode, level == 1)
        # Use the highest empty keycodes first: they are the least likely to get a meaning later.
        self.spare.sort(reverse=True)

    def find_char(self, ch: str) -> tuple[int, bool] | None:
        if ch in CONTROL_CHARS:
            return self.by_keysym.get(CONTROL_CHARS[ch])
        return self.by_char.get(ch)


class X11Input:
    """`ports.Input` through XTEST. One X connection, guarded by a lock (python-xlib is not
    thread-safe); `moves` records where the robot put the pointer, for the abort watch."""

    def __init__(self, display: str | None = None, key_delay: float = 0.006,
                 click_interval: float = 0.06, restore_delay: float = 0.25,
                 map_settle: float = 0.15, drag_steps: int = 8):
        from recipes.desktop.abort import PointerLedger

        self.display_name = display
        self.key_delay = key_delay
        self.click_interval = click_interval
        self.restore_delay = restore_delay
        self.map_settle = map_settle
        self.drag_steps = max(1, drag_steps)
        self.moves = PointerLedger()
        # Set to the run's AbortWatch to stop long typing and drags between two keys or steps.
        self.abort = None
        self._lock = threading.RLock()
        self._d = None

    # -- connection -------------------------------------------------------------------------
    @property
    def conn(self):
        if self._d is None:
            self._d = open_display(self.display_name)
            if not self._d.query_extension("XTEST").present:
                raise EnvironmentMissing("the X server has no XTEST extension.",
                                         "start Xvfb with +extension XTEST")
        return self._d

    def close(self) -> None:
        with self._lock:
            if self._d is not None:
                self._d.close()
                self._d = None

    def _fake(self, event_type: int, detail: int = 0, x: int = 0, y: int = 0) -> None:
        from Xlib.ext import xtest

        if event_type == 6:  # MotionNotify: absolute position on screen 0
            xtest.fake_input(self.conn, event_type, x=int(x), y=int(y))
        else:
            xtest.fake_input(self.conn, event_type, detail)
        self.conn.flush()

    # -- pointer ----------------------------------------------------------------------------
    def position(self) -> tuple[int, int]:
        with self._lock:
            p = self.conn.screen().root.query_pointer()
            return int(p.root_x), int(p.root_y)

    def move(self, x: int, y: int) -> None:
        from Xlib import X

        with self._lock:
            self.moves.note(int(x), int(y))
            self._fake(X.MotionNotify, x=x, y=y)
            self.conn.sync()

    def click(self, x: int, y: int, button: str = "left", count: int = 1) -> None:
        from Xlib import X

        detail = _button(button)
        with self._lock:
            self.move(x, y)
            time.sleep(0.02)  # let the program see the pointer arrive (enter/hover) first
            for i in range(max(1, count)):
                if i:
                    time.sleep(self.click_interval)
                self._fake(X.ButtonPress, detail)
                time.sleep(0.015)
                self._fake(X.ButtonRelease, detail)
            self.conn.sync()

    def drag(self, x1: int, y1: int, x2: int, y2: int) -> None:
        from Xlib import X

        with self._lock:
            self.move(x1, y1)
            time.sleep(0.03)
            self._fake(X.ButtonPress, 1)
            self.conn.sync()
            time.sleep(0.05)
            try:
                for i in range(1, self.drag_steps + 1):
                    if self.abort is not None:
                        self.abort.check()  # the button is released below
                    self.move(round(x1 + (x2 - x1) * i / self.drag_steps),
                              round(y1 + (y2 - y1) * i / self.drag_steps))
                    time.sleep(0.02)
            finally:
                time.sleep(0.03)
                self._fake(X.ButtonRelease, 1)
                self.conn.sync()

    def scroll(self, x: int | None, y: int | None, amount: int) -> None:
        from Xlib import X

        detail = WHEEL_DOWN if amount > 0 else WHEEL_UP
        with self._lock:
            if x is not None and y is not None:
                self.move(x, y)
                time.sleep(0.02)
            for _ in range(abs(int(amount))):
                self._fake(X.ButtonPress, detail)
                self._fake(X.ButtonRelease, detail)
                time.sleep(0.02)
            self.conn.sync()

    # -- keyboard ---------------------------------------------------------------------------
    def keymap(self) -> Keymap:
        """Read the mapping afresh: the layout may have changed since the last call."""
        d = self.conn
        first, last = d.display.info.min_keycode, d.display.info.max_keycode
        return Keymap(first, [tuple(r) for r in d.get_keyboard_mapping(first, last - first + 1)])

    def press(self, combo: Combo) -> None:
        """Hold the modifiers, press and release the key, release the modifiers."""
        from Xlib import X

        with self._lock:
            km = self.keymap()
            held = []
            for name in combo.modifiers:
                found = km.by_keysym.get(name_to_keysym(name))
                if found is None:
                    raise StepFailed(f"the keyboard layout has no {name} key for '{combo}'")
                held.append(found[0])
            # `ctrl+A` means the A key, as on the keyboard; Shift must be asked for.
            key: str | int = combo.key.lower() if len(combo.key) == 1 else name_to_keysym(combo.key)
            found = km.find_char(key) if isinstance(key, str) else km.by_keysym.get(key)
            plain = isinstance(key, str) and key.isalpha()
            with self._caps_lock_off(km, plain), self._mapped(km, [] if found else [key]) as extra:
                keycode, shift = found or extra[key]
                if shift and "Shift_L" not in combo.modifiers:
                    held.append(self._shift_code(km))
                try:
                    for kc in held:
                        self._fake(X.KeyPress, kc)
                        time.sleep(self.key_delay)
                    self._tap(keycode)
                finally:
                    for kc in reversed(held):
                        self._fake(X.KeyRelease, kc)
                        time.sleep(self.key_delay)
                    self.conn.sync()

    def type_text(self, text: str) -> None:
        """Type the text key by key; newline is Return and tab is Tab."""
        from Xlib import X

        text = text.replace("\r\n", "\n")
        with self._lock:
            km = self.keymap()
            missing = sorted({c for c in text if km.find_char(c) is None})
            if len(missing) > len(km.spare):
                for part in _slices(text, km, max(1, len(km.spare))):
                    self.type_text(part)
                return
            shift_code = self._shift_code(km)
            with self._caps_lock_off(km, True), self._mapped(km, missing) as extra:
                for ch in text:
                    if self.abort is not None:
                        self.abort.check()  # no key is held here, so stopping is clean
                    keycode, shift = km.find_char(ch) or extra[ch]
                    if shift:
                        self._fake(X.KeyPress, shift_code)
                    self._tap(keycode)
                    if shift:
                        self._fake(X.KeyRelease, shift_code)
                    time.sleep(self.key_delay)
                self.conn.sync()

    def _tap(self, keycode: int) -> None:
        from Xlib import X

        self._fake(X.KeyPress, keycode)
        time.sleep(self.key_delay)
        self._fake(X.KeyRelease, keycode)

    def caps_lock_on(self) -> bool:
        from Xlib import X

        with self._lock:
            return bool(self.conn.screen().root.query_pointer().mask & X.LockMask)

    @contextmanager
    def _caps_lock_off(self, km: Keymap, needed: bool) -> Iterator[None]:
        """Switch Caps Lock off while typing letters (it would turn æ into Æ), then back on."""
        caps = km.by_keysym.get(0xFFE5)  # Caps_Lock
        if not needed or caps is None or not self.caps_lock_on():
            yield
            return
        self._tap(caps[0])
        self.conn.sync()
        try:
            yield
        finally:
            self._tap(caps[0])
            self.conn.sync()

    def _shift_code(self, km: Keymap) -> int:
        found = km.by_keysym.get(0xFFE1) or km.by_keysym.get(0xFFE2)  # Shift_L, Shift_R
        if found is None:
            raise StepFailed("the keyboard layout has no Shift key")
        return found[0]

    @contextmanager
    def _mapped(self, km: Keymap, wanted: list) -> Iterator[dict]:
        """Map each wanted character (or keysym) to a spare keycode; restore them afterwards.

        Yields {character or keysym: (keycode, needs Shift)}.
        """
        if not wanted:
            yield {}
            return
        if len(wanted) > len(km.spare):
            raise StepFailed(f"no free keycode left to type {wanted!r}")
        d = self.conn
        placed: dict = {}
        used: list[int] = []
        for item, keycode in zip(wanted, km.spare):
            if isinstance(item, str) and item.lower() != item.upper() and len(item.lower()) == 1 \
                    and len(item.upper()) == 1:
                lower, upper = char_to_keysym(item.lower()), char_to_keysym(item.upper())
                placed[item] = (keycode, item != item.lower())
            else:
                lower = upper = item if isinstance(item, int) else char_to_keysym(item)
                placed[item] = (keycode, False)
            row = [lower, upper] + [0] * max(0, km.width - 2)
            d.change_keyboard_mapping(keycode, [tuple(row)])
            used.append(keycode)
        d.sync()
        time.sleep(self.map_settle)
        try:
            yield placed
        finally:
            d.sync()
            time.sleep(self.restore_delay)
            for keycode in used:
                d.change_keyboard_mapping(keycode, [tuple([0] * km.width)])
            d.sync()
            time.sleep(self.map_settle)


def _slices(text: str, km: Keymap, per_slice: int) -> Iterator[str]:
    """Cut the text so that no slice needs more spare keycodes than there are."""
    chunk: list[str] = []
    for c in text:
        if km.find_char(c) is None and c not in chunk and \
                len({x for x in chunk if km.find_char(x) is None}) >= per_slice:
            yield "".join(chunk)
            chunk = []
        chunk.append(c)
    if chunk:
        yield "".join(chunk)


def _button(button: str) -> int:
    try:
        return BUTTONS[button]
    except KeyError:
        raise ValueError(f"unknown mouse button '{button}'; use left, right or middle") from None


def open_display(name: str | None = None):
    """A python-xlib connection, or EnvironmentMissing that says how to get a display."""
    from Xlib import display, error

    try:
        return display.Display(name)
    except (error.DisplayError, error.DisplayNameError, error.ConnectionClosedError) as exc:
        raise EnvironmentMissing(
            f"cannot open the X display {name or '(DISPLAY is not set)'}: {exc}",
            "run on an X11 desktop session, or under Xvfb (`python main.py demo` starts one)",
        ) from exc
