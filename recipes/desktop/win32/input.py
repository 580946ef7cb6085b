"""Pointer and keyboard on Windows through SendInput, for any Windows program.

SendInput events enter the same queue as a real device's, so every program sees them (Win32,
WinForms, Java, Qt, a Citrix or remote-desktop window) and the low-level hooks of a recorder see
them too. A character that the keyboard layout has on a key (alone or with Shift) is typed as
that key, with its scan code, as a person's keyboard would (legacy programs and remote sessions
often read scan codes); any other character (æøå under a US layout, €, a Czech ř) is typed as a
Unicode character (KEYEVENTF_UNICODE), which needs no layout. With Caps Lock on, letters go as
Unicode too, so Caps Lock never turns "Søren" into "sØREN".

Nothing stays held: every key and button is noted before it goes down, and whatever is still
down when a method ends by an exception (the abort hotkey, Ctrl+C, an error) is released before
the exception goes on; `close()` releases the rest.
"""

from __future__ import annotations

import ctypes
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from recipes.desktop.win32 import api
from recipes.errors import StepFailed
from recipes.keys import Combo

# Canonical key names (recipes.keys) to virtual-key codes; True: an extended key.
VIRTUAL_KEYS: dict[str, tuple[int, bool]] = {
    "Return": (0x0D, False), "Tab": (0x09, False), "BackSpace": (0x08, False),
    "Escape": (0x1B, False), "Delete": (0x2E, True), "Insert": (0x2D, True),
    "Home": (0x24, True), "End": (0x23, True), "Page_Up": (0x21, True), "Page_Down": (0x22, True),
    "Left": (0x25, True), "Up": (0x26, True), "Right": (0x27, True), "Down": (0x28, True),
    "space": (0x20, False), "Menu": (0x5D, True), "Print": (0x2C, True), "Pause": (0x13, False),
    "Scroll_Lock": (0x91, False), "Num_Lock": (0x90, True), "Caps_Lock": (0x14, False),
    "KP_Enter": (0x0D, True), "KP_Add": (0x6B, False), "KP_Subtract": (0x6D, False),
    "KP_Multiply": (0x6A, False), "KP_Divide": (0x6F, True), "KP_Decimal": (0x6E, False),
    "Control_L": (0xA2, False), "Control_R": (0xA3, True), "Alt_L": (0xA4, False),
    "Alt_R": (0xA5, True), "Shift_L": (0xA0, False), "Shift_R": (0xA1, False),
    "Super_L": (0x5B, True), "Super_R": (0x5C, True),
    **{f"KP_{i}": (0x60 + i, False) for i in range(10)},
    **{f"F{i}": (0x6F + i, False) for i in range(1, 25)},
}
# AltGr is Ctrl+Alt on Windows; ISO_Left_Tab is Shift+Tab.
_COMBO_KEYS = {"ISO_Level3_Shift": ("Control_L", "Alt_R"), "ISO_Left_Tab": ("Shift_L", "Tab")}
_SHIFT = VIRTUAL_KEYS["Shift_L"]


class UnknownKeyOnLayout(StepFailed):
    """A `press` names a character that no key of the keyboard layout gives."""

    code = "key_not_on_layout"

    def __init__(self, combo: str):
        self.combo = combo
        super().__init__(f"the key combination {combo} names a character that is on no key of "
                         "this keyboard layout")

    def _values(self) -> dict:
        return {"combo": self.combo}


class Win32Input:
    """`ports.Input` through SendInput; `moves` records where the robot put the pointer (for the
    abort watch's corner rule), `abort` stops long typing and drags between two keys."""

    def __init__(self, key_delay: float = 0.004, click_interval: float = 0.06,
                 drag_steps: int = 8):
        from recipes.desktop.abort import PointerLedger

        self.key_delay = key_delay
        self.click_interval = click_interval
        self.drag_steps = max(1, drag_steps)
        self.moves = PointerLedger()
        self.abort = None
        self._lock = threading.RLock()
        self._held: dict[tuple[str, int, bool], None] = {}  # ("key"|button, vk or 0, extended)
        self._depth = 0

    # -- life cycle -------------------------------------------------------------------------
    def close(self) -> None:
        self.release_all()

    def release_all(self) -> None:
        with self._lock:
            for kind, code, extended in reversed(list(self._held)):
                if kind == "key":
                    self._key(code, extended, up=True)
                else:
                    self._button(kind, up=True)
            self._held.clear()

    @property
    def busy(self) -> bool:
        return self._depth > 0

    @contextmanager
    def _releasing(self) -> Iterator[None]:
        self._depth += 1
        try:
            yield
        except BaseException:
            try:
                self.release_all()
            finally:
                self._depth -= 1
            raise
        self._depth -= 1

    # -- sending ----------------------------------------------------------------------------
    def _send(self, *inputs: api.INPUT) -> None:
        array = (api.INPUT * len(inputs))(*inputs)
        sent = api.user32().SendInput(len(inputs), array, ctypes.sizeof(api.INPUT))
        if sent != len(inputs):
            raise StepFailed("Windows refused the robot's input (another program may be running "
                             "as administrator, or the screen is locked)", "input_refused", {})

    def _key(self, vk: int, extended: bool, up: bool) -> None:
        scan = api.user32().MapVirtualKeyW(vk, api.MAPVK_VK_TO_VSC)
        flags = (api.KEYEVENTF_EXTENDEDKEY if extended else 0) | (api.KEYEVENTF_KEYUP if up else 0)
        if not up:
            self._held[("key", vk, extended)] = None
        event = api.INPUT(type=api.INPUT_KEYBOARD)
        event.u.ki = api.KEYBDINPUT(wVk=vk, wScan=scan, dwFlags=flags)
        self._send(event)
        if up:
            self._held.pop(("key", vk, extended), None)

    def _unicode(self, ch: str) -> None:
        events = []
        for unit in _utf16_units(ch):
            for flags in (api.KEYEVENTF_UNICODE, api.KEYEVENTF_UNICODE | api.KEYEVENTF_KEYUP):
                event = api.INPUT(type=api.INPUT_KEYBOARD)
                event.u.ki = api.KEYBDINPUT(wVk=0, wScan=unit, dwFlags=flags)
                events.append(event)
        self._send(*events)

    def _button(self, button: str, up: bool) -> None:
        down_flag, up_flag = api.BUTTON_FLAGS[button]
        if not up:
            self._held[(button, 0, False)] = None
        event = api.INPUT(type=api.INPUT_MOUSE)
        event.u.mi = api.MOUSEINPUT(dwFlags=up_flag if up else down_flag)
        self._send(event)
        if up:
            self._held.pop((button, 0, False), None)

    # -- pointer ----------------------------------------------------------------------------
    def position(self) -> tuple[int, int]:
        return api.cursor_pos()

    def move(self, x: int, y: int) -> None:
        with self._lock:
            self.moves.note(int(x), int(y))
            api.user32().SetCursorPos(int(x), int(y))

    def click(self, x: int, y: int, button: str = "left", count: int = 1) -> None:
        if button not in api.BUTTON_FLAGS:
            raise StepFailed(f"unknown mouse button '{button}'", "mouse_button_unknown",
                             {"button": button})
        with self._lock, self._releasing():
            self.move(x, y)
            time.sleep(0.02)
            for i in range(count):
                self._button(button, up=False)
                self._button(button, up=True)
                if i + 1 < count:
                    time.sleep(self.click_interval)

    def drag(self, x1: int, y1: int, x2: int, y2: int) -> None:
        with self._lock, self._releasing():
            self.move(x1, y1)
            time.sleep(0.05)
            self._button("left", up=False)
            for i in range(1, self.drag_steps + 1):
                if self.abort is not None:
                    self.abort.check()
                t = i / self.drag_steps
                self.move(round(x1 + (x2 - x1) * t), round(y1 + (y2 - y1) * t))
                time.sleep(0.02)
            self._button("left", up=True)

    def scroll(self, x: int | None, y: int | None, amount: int) -> None:
        with self._lock, self._releasing():
            if x is not None and y is not None:
                self.move(x, y)
            for _ in range(abs(int(amount))):
                event = api.INPUT(type=api.INPUT_MOUSE)
                # Windows counts up as positive; the recipe counts down as positive.
                delta = -api.WHEEL_DELTA if amount > 0 else api.WHEEL_DELTA
                event.u.mi = api.MOUSEINPUT(mouseData=ctypes.c_uint32(delta).value,
                                            dwFlags=api.MOUSEEVENTF_WHEEL)
                self._send(event)
                time.sleep(0.02)

    # -- keyboard ---------------------------------------------------------------------------
    def press(self, combo: Combo) -> None:
        keys = [k for name in combo.modifiers for k in self._named(name)]
        main = self._main_key(combo)
        with self._lock, self._releasing():
            for vk, ext in keys:
                self._key(vk, ext, up=False)
            extra = []
            for vk, ext in main[:-1]:  # Shift that the character needs
                if (vk, ext) not in keys:
                    self._key(vk, ext, up=False)
                    extra.append((vk, ext))
            vk, ext = main[-1]
            self._key(vk, ext, up=False)
            self._key(vk, ext, up=True)
            for vk, ext in reversed(keys + extra):
                self._key(vk, ext, up=True)

    def _named(self, name: str) -> list[tuple[int, bool]]:
        if name in _COMBO_KEYS:
            return [VIRTUAL_KEYS[n] for n in _COMBO_KEYS[name]]
        return [VIRTUAL_KEYS[name]]

    def _main_key(self, combo: Combo) -> list[tuple[int, bool]]:
        if len(combo.key) != 1:
            return self._named(combo.key)
        found = _layout_key(combo.key)
        if found is None or found[1] & ~1:
            raise UnknownKeyOnLayout(str(combo))
        vk, shift = found
        return ([_SHIFT] if shift & 1 else []) + [(vk, False)]

    def type_text(self, text: str) -> None:
        caps = bool(api.user32().GetKeyState(api.VK_CAPITAL) & 1)
        with self._lock, self._releasing():
            already = self._modifiers_down()
            for ch in text:
                if self.abort is not None:
                    self.abort.check()  # no key is held between two characters
                self._hands_off(already)
                if ch == "\n":
                    self._tap(VIRTUAL_KEYS["Return"])
                elif ch == "\t":
                    self._tap(VIRTUAL_KEYS["Tab"])
                else:
                    found = _layout_key(ch)
                    if found is None or found[1] & ~1 or (caps and ch.isalpha()):
                        self._unicode(ch)
                    else:
                        vk, shift = found
                        if shift & 1:
                            self._key(*_SHIFT, up=False)
                        self._tap((vk, False))
                        if shift & 1:
                            self._key(*_SHIFT, up=True)
                if self.key_delay:
                    time.sleep(self.key_delay)

    def _modifiers_down(self) -> set[int]:
        """The modifier keys (Shift, Ctrl, Alt, Windows) down now, the robot's own aside."""
        u = api.user32()
        mine = {code for kind, code, _ext in self._held if kind == "key"}
        return {vk for vk in _MODIFIER_VKS if vk not in mine and u.GetAsyncKeyState(vk) & 0x8000}

    def _hands_off(self, already: set[int] = frozenset(), most: float = 10.0) -> None:
        """Wait while a person holds Ctrl, Shift, Alt or the Windows key that went down after
        the step began (`already`: down before it, e.g. left stuck by another program): a
        letter typed then would reach the program as a command."""
        from recipes.errors import KeyHeldDown

        u = api.user32()
        mine = {code for kind, code, _ext in self._held if kind == "key"}
        keys = [vk for vk in _MODIFIER_VKS if vk not in mine and vk not in already]
        deadline = time.monotonic() + most
        while any(u.GetAsyncKeyState(vk) & 0x8000 for vk in keys):
            if self.abort is not None:
                self.abort.check()
            if time.monotonic() >= deadline:
                raise KeyHeldDown(most)
            time.sleep(0.02)

    def _tap(self, key: tuple[int, bool]) -> None:
        self._key(key[0], key[1], up=False)
        self._key(key[0], key[1], up=True)


# Left and right Shift, Ctrl, Alt, and the two Windows keys.
_MODIFIER_VKS = (0xA0, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0x5B, 0x5C)


def _layout_key(ch: str) -> tuple[int, int] | None:
    """(virtual key, shift state) that gives `ch` on the current layout, or None. The shift
    state's bits: 1 Shift, 2 Ctrl, 4 Alt (Ctrl+Alt is AltGr)."""
    if len(ch.encode("utf-16-le")) != 2:
        return None
    code = api.user32().VkKeyScanW(ch)
    if code == -1:
        return None
    return code & 0xFF, (code >> 8) & 0xFF


def _utf16_units(ch: str) -> list[int]:
    data = ch.encode("utf-16-le")
    return [int.from_bytes(data[i:i + 2], "little") for i in range(0, len(data), 2)]
