"""Pointer and keyboard for X11 through the XTEST extension (python-xlib), for any X program.

XTEST events look to the server like a real device, so every program sees them (Xt, Tk, GTK, Qt)
and a recorder sees them too (pause it during replay). Text is typed as keycodes, never sent as
strings: for each character we look up a key of the current keymap that gives it on the first or
second (Shift) level. A character the layout does not have there (æøå under `us`, `@` or `~` under
`dk`, where they need AltGr or are dead keys) borrows a spare, empty keycode mapped to its keysym,
as `xdotool type` does. The keycode stays lent for `restore_delay` after its last use, so typing
the same character again changes nothing, and a background timer empties it afterwards
(`close()` at once). `x11_keymap` says why.

Nothing stays held: every key and button the robot presses is noted before the press goes out,
and whatever is still down when a method ends by an exception (the abort hotkey, Ctrl+C, SIGTERM,
an X error) is released before the exception goes on; `close()` releases the rest and gives the
lent keycodes back at once.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from recipes.desktop.x11_keymap import CAPS_LOCK, Keymap, LentKeys, name_to_keysym
from recipes.errors import EnvironmentMissing, KeyHeldDown, StepFailed
from recipes.keys import Combo

# Keymap and name_to_keysym live in x11_keymap and are re-exported for callers of this module.
__all__ = ["X11Input", "Keymap", "name_to_keysym", "open_display"]

BUTTONS = {"left": 1, "middle": 2, "right": 3}
HANDS_OFF_WAIT = 10.0  # seconds the robot waits for a person to let go of Ctrl, Shift or Alt
WHEEL_UP, WHEEL_DOWN = 4, 5


class X11Input:
    """`ports.Input` through XTEST. One X connection, guarded by a lock (python-xlib is not
    thread-safe); `moves` records where the robot put the pointer, for the abort watch."""

    def __init__(self, display: str | None = None, key_delay: float = 0.006,
                 click_interval: float = 0.06, restore_delay: float = 1.0,
                 map_settle: float = 0.15, drag_steps: int = 8):
        from recipes.desktop.abort import PointerLedger

        self.display_name = display
        self.key_delay = key_delay
        self.click_interval = click_interval
        self.lent = LentKeys(settle=map_settle, restore_delay=restore_delay)
        self.drag_steps = max(1, drag_steps)
        self.moves = PointerLedger()
        # Set to the run's AbortWatch to stop long typing and drags between two keys or steps.
        self.abort = None
        self._lock = threading.RLock()
        self._d = None
        self._timer: threading.Timer | None = None
        # Keys and buttons pressed and not yet released: (event type to release, detail).
        self._held: dict[tuple[int, int], None] = {}
        self._depth = 0  # nesting of press/type/click/drag/scroll in progress
        self._modifier_codes: set[int] | None = None  # keycodes of Ctrl, Shift, Alt, ...

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
        """Release anything held, give lent keycodes back and close the connection."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            if self._d is not None:
                try:
                    self.release_all()
                    self.lent.give_back(self._d, max_wait=0.3)
                finally:
                    self._d.close()
                    self._d = None

    def release_all(self) -> None:
        """Release every key and button the robot still holds (after an abort or an error)."""
        with self._lock:
            if self._d is None:
                self._held.clear()
                return
            for release, detail in reversed(list(self._held)):
                self._fake(release, detail)
            self._d.sync()

    @property
    def busy(self) -> bool:
        """True while a key or button may be down (inside press, type, click, drag or scroll)."""
        return self._depth > 0

    @contextmanager
    def _releasing(self) -> Iterator[None]:
        """Whatever way the block ends, no key or button it pressed stays down; when it ends by
        an exception (an abort), the lent keycodes are given back at once as well."""
        self._depth += 1
        try:
            yield
        except BaseException:
            try:
                self.release_all()
                if self._timer is not None:
                    self._timer.cancel()
                if self._d is not None:
                    self.lent.give_back(self._d, max_wait=0.1)
            finally:
                self._depth -= 1
            raise
        self._depth -= 1

    def _fake(self, event_type: int, detail: int = 0, x: int = 0, y: int = 0) -> None:
        from Xlib import X
        from Xlib.ext import xtest

        # Noted before the press goes out and forgotten after the release went: an interruption
        # anywhere in between leaves the key on the list that `release_all` empties.
        release = {X.KeyPress: X.KeyRelease, X.ButtonPress: X.ButtonRelease}.get(event_type)
        if release is not None:
            self._held[(release, detail)] = None
        if event_type == 6:  # MotionNotify: absolute position on screen 0
            xtest.fake_input(self.conn, event_type, x=int(x), y=int(y))
        else:
            xtest.fake_input(self.conn, event_type, detail)
        self.conn.flush()
        if event_type in (X.KeyRelease, X.ButtonRelease):
            self._held.pop((event_type, detail), None)

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
        with self._lock, self._releasing():
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

        with self._lock, self._releasing():
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
        with self._lock, self._releasing():
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
        with self._lock:
            return Keymap.read(self.conn)

    def press(self, combo: Combo) -> None:
        """Hold the modifiers, press and release the key, release the modifiers."""
        from Xlib import X

        with self._lock, self._releasing():
            km = self.keymap()
            held = []
            for name in combo.modifiers:
                found = km.by_keysym.get(name_to_keysym(name))
                if found is None:
                    raise StepFailed(f"the keyboard layout has no {name} key for '{combo}'",
                                     "layout_lacks_key", {"key": name, "combo": str(combo)})
                held.append(found[0])
            # `ctrl+A` means the A key, as on the keyboard; Shift must be asked for.
            key: str | int = combo.key.lower() if len(combo.key) == 1 else name_to_keysym(combo.key)
            km = self._with_keys_for(km, [key])
            keycode, shift = km.find(key)
            if shift and "Shift_L" not in combo.modifiers:
                held.append(km.shift_keycode())
            letter = isinstance(key, str) and key.isalpha()
            try:
                with self._caps_lock_off(km, letter):
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
            finally:
                self._keys_used()

    def type_text(self, text: str) -> None:
        """Type the text key by key; newline is Return and tab is Tab."""
        from Xlib import X

        text = text.replace("\r\n", "\n")
        with self._lock, self._releasing():
            km = self.keymap()
            if len({c for c in text if km.find_char(c) is None}) > len(km.spare):
                self.lent.give_back(self.conn)
                km = self.keymap()
                if len({c for c in text if km.find_char(c) is None}) > len(km.spare):
                    for part in _slices(text, km, max(1, len(km.spare))):
                        self.type_text(part)
                    return
            km = self._with_keys_for(km, list(text))
            shift_code = km.shift_keycode()
            try:
                with self._caps_lock_off(km, True):
                    already = self._modifiers_down()
                    for ch in text:
                        if self.abort is not None:
                            self.abort.check()  # no key is held here, so stopping is clean
                        self._hands_off(already)
                        keycode, shift = km.find_char(ch)
                        if shift:
                            self._fake(X.KeyPress, shift_code)
                        self._tap(keycode)
                        if shift:
                            self._fake(X.KeyRelease, shift_code)
                        time.sleep(self.key_delay)
                    self.conn.sync()
            finally:
                self._keys_used()

    def _modifier_keycodes(self) -> set[int]:
        """Keycodes of Ctrl, Shift, Alt, AltGr, Super (asked once per connection)."""
        if self._modifier_codes is None:
            self._modifier_codes = {kc for kcs in self.conn.get_modifier_mapping()
                                    for kc in kcs if kc}
        return self._modifier_codes

    def _modifiers_down(self) -> set[int]:
        """The modifier keys (Ctrl, Shift, Alt, AltGr, Super) down now, the robot's own aside."""
        mine = {detail for _release, detail in self._held}
        pressed = self.conn.query_keymap()
        return {kc for kc in self._modifier_keycodes()
                if kc not in mine and pressed[kc // 8] & (1 << (kc % 8))}

    def _hands_off(self, already: set[int] = frozenset(), most: float = HANDS_OFF_WAIT) -> None:
        """Wait while a person holds a modifier key (Ctrl, Shift, Alt, AltGr, Super) that went
        down after the step began (`already`: down before it): a letter the robot types then
        would reach the program as a command (Ctrl+R, Ctrl+D). The abort hotkey is such a
        moment: it is pressed while the robot waits here, and stops it."""
        d = self.conn
        mine = {detail for _release, detail in self._held}
        modifiers = self._modifier_keycodes() - mine - already
        deadline = time.monotonic() + most
        while True:
            pressed = d.query_keymap()
            if not any(pressed[kc // 8] & (1 << (kc % 8)) for kc in modifiers):
                return
            if self.abort is not None:
                self.abort.check()
            if time.monotonic() >= deadline:
                raise KeyHeldDown(most)
            time.sleep(0.02)

    def _with_keys_for(self, km: Keymap, items: list) -> Keymap:
        """The keymap with a key for every item, lending spare keycodes where needed."""
        missing = list(dict.fromkeys(i for i in items if km.find(i) is None))
        if not missing:
            return km
        if len(missing) > len(km.spare):
            self.lent.give_back(self.conn)  # waits until the last lent key may have been read
            km = self.keymap()
            missing = [i for i in missing if km.find(i) is None]
        self.lent.lend(self.conn, km, missing)
        return self.keymap()

    def _keys_used(self) -> None:
        """Lent keys were just typed: give them back once no program can still be reading them."""
        self.lent.used()
        if not self.lent.lent:
            return
        if self._timer is not None:
            self._timer.cancel()
        self._timer = threading.Timer(self.lent.restore_delay + 0.05, self.give_back_keys)
        self._timer.daemon = True
        self._timer.start()

    def give_back_keys(self) -> None:
        """Empty the keycodes lent to missing characters (waits out `restore_delay` first)."""
        with self._lock:
            if self._d is not None and self.lent.lent:
                self.lent.give_back(self._d)

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
        caps = km.by_keysym.get(CAPS_LOCK)
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
