"""The Windows recorder backend: global pointer and keyboard input through low-level hooks.

pynput's Windows listeners install WH_MOUSE_LL and WH_KEYBOARD_LL hooks, so they see input meant
for every program. Keys are reported with the names the X11 backend uses (`Return`, `Shift_L`,
a character for a printable key), so the step builder makes the same clean steps on both
desktops. Input the robot itself sends through SendInput is marked injected by Windows and is not
recorded. Events on windows of ignored processes (the workbench itself) or ignored window handles
are dropped: for a pointer event the top-level window under the pointer decides, for a key the
foreground window.
"""

from __future__ import annotations

import threading
import time

from recipes.desktop.win32 import api
from recipes.desktop.win32.input import VIRTUAL_KEYS
from recipes.errors import EnvironmentMissing
from recorders.events import RawEvent
from recorders.recorder import Sink, WindowUnderPointer

_BUTTONS = {"left": "left", "right": "right", "middle": "middle"}
# Windows' virtual keys for the generic Shift/Ctrl/Alt (a hook may report these) -> names.
_GENERIC = {0x10: "Shift_L", 0x11: "Control_L", 0x12: "Alt_L"}
_NAMES = {**{vk: name for name, (vk, _ext) in VIRTUAL_KEYS.items()
             if not name.startswith("KP_Enter")}, **_GENERIC}
_NAMES[0xA5] = "ISO_Level3_Shift"  # right Alt is AltGr on a Danish keyboard
_MODS = {"ISO_Level3_Shift": "altgr", "Shift_L": "shift", "Shift_R": "shift"}
_UNSET = object()


class Win32Recorder:
    """`recorders.recorder.Recorder` on the Windows desktop."""

    def __init__(self, ignore_pids: set[int] | None = None, ignore_windows: set[int] | None = None):
        self.ignore_pids = set(ignore_pids or ())
        self.ignore_windows = set(ignore_windows or ())
        self._listeners: list = []
        self._sink: Sink | None = None
        self._ignored_keys: set[str] = set()
        self._ignored_buttons: set[str] = set()
        self._lock = threading.Lock()
        # The window the keyboard was last seen going to: unset until the first key (a recording
        # that begins with keys begins with a `focus` step), None after a click (the click
        # chose it).
        self._keyboard_window: int | None | object = _UNSET
        # The title and place of the window a button goes down in (see WindowUnderPointer).
        self._window_at = WindowUnderPointer()

    @property
    def layout(self) -> str:
        try:
            import ctypes

            hkl = ctypes.WinDLL("user32").GetKeyboardLayout(0)
            return f"{hkl & 0xFFFF:04x}"
        except (OSError, AttributeError):
            return "unknown"

    def ignore(self, window: int | None = None, pid: int | None = None) -> None:
        if window is not None:
            self.ignore_windows.add(int(window))
        if pid is not None:
            self.ignore_pids.add(int(pid))

    def start(self, sink: Sink) -> None:
        try:
            from pynput import keyboard, mouse
        except ImportError as e:
            raise EnvironmentMissing(f"pynput cannot record here: {e}", "pip install pynput") from e
        self._sink = sink
        m = mouse.Listener(on_click=self._on_click, on_scroll=self._on_scroll)
        k = keyboard.Listener(on_press=self._on_press, on_release=self._on_release)
        self._listeners = [m, k]
        for listener in self._listeners:
            listener.start()
        for listener in self._listeners:
            listener.wait()

    def stop(self) -> None:
        for listener in self._listeners:
            listener.stop()
        for listener in self._listeners:
            if listener is not threading.current_thread():
                listener.join(timeout=0.5)
        self._listeners = []
        self._window_at.close()

    # --- pointer -----------------------------------------------------------------------------
    def _on_click(self, x, y, button, pressed, injected=False) -> None:
        name = _BUTTONS.get(getattr(button, "name", ""), None)
        if name is None or injected:
            return
        t = time.monotonic()
        if pressed:
            if self._ignored_at(int(x), int(y)):
                self._ignored_buttons.add(name)
                return
            self._ignored_buttons.discard(name)
        elif name in self._ignored_buttons:
            self._ignored_buttons.discard(name)
            return
        if pressed:  # the window under the click (before the program reacts and opens another)
            from ctypes import wintypes

            u = api.user32()
            hwnd = u.WindowFromPoint(wintypes.POINT(int(x), int(y)))
            self._keyboard_window = int(u.GetAncestor(hwnd, api.GA_ROOT) or 0) if hwnd else None
            self._keyboard_window = self._keyboard_window or None
        title = box = None
        if pressed:
            title, box = self._window_at(x, y)
        self._sink(RawEvent("press" if pressed else "release", t, x=int(x), y=int(y), button=name,
                            title=title, window=box))

    def _on_scroll(self, x, y, dx, dy, injected=False) -> None:
        t = time.monotonic()
        if dy == 0 or injected or self._ignored_at(int(x), int(y)):
            return
        # Windows reports one tick up as dy=+1; recipes count positive as down
        self._sink(RawEvent("scroll", t, x=int(x), y=int(y), amount=-int(dy)))

    # --- keyboard ----------------------------------------------------------------------------
    @staticmethod
    def _key_name(key) -> str | None:
        value = getattr(key, "value", key)  # a pynput Key's value is its KeyCode
        char = getattr(value, "char", None)
        vk = getattr(value, "vk", None)
        if char is not None and len(char) == 1 and char.isprintable():
            return char
        if vk is not None:
            vk = int(vk)
            # With Ctrl held Windows gives a control character (Ctrl+S is \x13), not "s": the
            # letter and digit keys are named by their virtual key, as `press` writes them.
            if 0x41 <= vk <= 0x5A or 0x30 <= vk <= 0x39:
                return chr(vk).lower()
            return _NAMES.get(vk)
        return None

    def _on_press(self, key, injected=False) -> None:
        t = time.monotonic()
        name = self._key_name(key)
        if name is None or injected:
            return
        if self._ignored_focus():
            self._ignored_keys.add(name)
            return
        self._ignored_keys.discard(name)
        if name not in _MODS and name not in ("Control_L", "Control_R", "Alt_L", "Alt_R"):
            self._note_keyboard_window(t)
        self._sink(RawEvent("key_down", t, key=name))

    def _note_keyboard_window(self, t: float) -> None:
        """A `focus` event before a key that goes to another window than the last click or
        focus chose (the person switched windows with the keyboard, or began by typing)."""
        import ctypes

        u = api.user32()
        hwnd = u.GetForegroundWindow()
        if not hwnd:
            return
        if self._keyboard_window is None:  # a click chose it
            self._keyboard_window = int(hwnd)
        elif int(hwnd) != self._keyboard_window:
            self._keyboard_window = int(hwnd)
            length = u.GetWindowTextLengthW(hwnd)
            buf = ctypes.create_unicode_buffer(length + 1)
            u.GetWindowTextW(hwnd, buf, length + 1)
            if buf.value:
                self._sink(RawEvent("focus", t, title=buf.value))

    def _on_release(self, key, injected=False) -> None:
        t = time.monotonic()
        name = self._key_name(key)
        if name is None or injected:
            return
        if name in self._ignored_keys:
            self._ignored_keys.discard(name)
            return
        self._sink(RawEvent("key_up", t, key=name))

    # --- which window ------------------------------------------------------------------------
    def _ignored_at(self, x: int, y: int) -> bool:
        if not (self.ignore_pids or self.ignore_windows):
            return False
        import ctypes
        from ctypes import wintypes

        u = api.user32()
        hwnd = u.WindowFromPoint(wintypes.POINT(x, y))
        return bool(hwnd) and self._ignored_window(u.GetAncestor(hwnd, api.GA_ROOT) or hwnd,
                                                   ctypes, wintypes)

    def _ignored_focus(self) -> bool:
        if not (self.ignore_pids or self.ignore_windows):
            return False
        import ctypes
        from ctypes import wintypes

        hwnd = api.user32().GetForegroundWindow()
        return bool(hwnd) and self._ignored_window(hwnd, ctypes, wintypes)

    def _ignored_window(self, hwnd, ctypes, wintypes) -> bool:
        if int(hwnd) in self.ignore_windows:
            return True
        pid = wintypes.DWORD()
        api.user32().GetWindowThreadProcessId(hwnd, ctypes.byref(pid))
        return int(pid.value) in self.ignore_pids
