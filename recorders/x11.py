"""The X11 recorder backend: global pointer and keyboard input through the RECORD extension.

pynput's listeners use X RECORD, so they see input meant for every program, with about a
millisecond of delay. Facts that shape this file (PLATFORM_NOTES.md):
- pynput translates keycodes with the keymap in force when the listener starts, so the layout
  must be set (e.g. `setxkbmap -layout dk`) before `start`; the layout is reported in `layout`;
- `injected` is always False on X11: a replay by the workbench looks like a person, so the
  session is paused while the workbench replays (`RecordingSession.pause`);
- pointer moves are not needed for any step (a release carries its position), so they are
  not listened to at all.
Events on windows of ignored processes (the workbench itself) or ignored window ids are dropped:
for a pointer event the top-level window under the pointer decides, for a key the window with
the input focus.
"""

from __future__ import annotations

import os
import threading
import time

from recipes.errors import EnvironmentMissing
from recorders.events import RawEvent
from recorders.recorder import Sink, WindowUnderPointer

_BUTTONS = {"left": "left", "right": "right", "middle": "middle"}
_UNSET = object()
_MODS = {"ISO_Level3_Shift": "altgr", "Mode_switch": "altgr", "Shift_L": "shift", "Shift_R": "shift"}


def _keysym_names() -> dict[int, str]:
    from Xlib import XK

    for group in ("xkb", "latin1", "miscellany", "latin2", "latin3", "latin4"):
        try:
            XK.load_keysym_group(group)
        except Exception:
            pass
    names: dict[int, str] = {}
    for attr in dir(XK):
        if attr.startswith("XK_"):
            names.setdefault(getattr(XK, attr), attr[3:])
    return names


def current_layout() -> str:
    """The layout the X server really uses (from its compiled keymap), or "unknown"."""
    try:
        from recipes.desktop.virtual_screen import current_layout as server_layout

        return server_layout(os.environ.get("DISPLAY", "")) or "unknown"
    except Exception:
        return "unknown"


class X11Recorder:
    """`recorders.recorder.Recorder` on the X display in $DISPLAY."""

    def __init__(self, ignore_pids: set[int] | None = None, ignore_windows: set[int] | None = None):
        self.ignore_pids = set(ignore_pids or ())
        self.ignore_windows = set(ignore_windows or ())
        self._listeners: list = []
        self._layout = "unknown"
        self._local = threading.local()
        self._names: dict[int, str] = {}
        self._ignored_keys: set[str] = set()
        self._ignored_buttons: set[str] = set()
        self._held: set[str] = set()  # altgr and shift, for AltGr characters
        self._altgr_keys: dict = {}  # vk -> the AltGr character its press was recorded as
        self._displays: list = []  # one X connection per listener thread, closed at stop
        # The window the keyboard was last seen going to: UNSET until the first key (a recording
        # that begins with keys begins with a `focus` step), None after a click (the click
        # chose it: the next key's window is taken as it is).
        self._keyboard_window: int | None | object = _UNSET
        # The title and place of the window a button goes down in (see WindowUnderPointer).
        self._window_at = WindowUnderPointer()

    @property
    def layout(self) -> str:
        return self._layout

    def ignore(self, window: int | None = None, pid: int | None = None) -> None:
        if window is not None:
            self.ignore_windows.add(int(window))
        if pid is not None:
            self.ignore_pids.add(int(pid))

    def start(self, sink: Sink) -> None:
        if not os.environ.get("DISPLAY"):
            raise EnvironmentMissing("there is no X display to record (DISPLAY is not set)",
                                     "run the recorder in an X11 desktop session, or under Xvfb")
        try:
            from pynput import keyboard, mouse
        except ImportError as e:
            raise EnvironmentMissing(f"pynput cannot record here: {e}",
                                     "pip install pynput python-xlib==0.33, on an X11 session") from e
        self._layout = current_layout()
        self._names = _keysym_names()
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
        # A stopped pynput listener may wait for one more X event before its thread ends; the
        # threads are daemons and the session drops anything after the stop, so do not wait long.
        for listener in self._listeners:
            if listener is not threading.current_thread():
                listener.join(timeout=0.3)
        self._listeners = []
        self._window_at.close()
        for d in self._displays:
            try:
                d.close()
            except Exception:
                pass
        self._displays = []

    # --- pointer -----------------------------------------------------------------------------
    def _on_click(self, x, y, button, pressed) -> None:
        name = _BUTTONS.get(getattr(button, "name", ""), None)
        if name is None:
            return
        t = time.monotonic()
        if pressed:
            if self._is_ignored(self._window_under_pointer()):
                self._ignored_buttons.add(name)
                return
            self._ignored_buttons.discard(name)
        elif name in self._ignored_buttons:
            self._ignored_buttons.discard(name)
            return
        title = box = None
        if pressed:  # the window under the click (before the program reacts and opens another)
            self._keyboard_window = self._client_under_pointer()
            title, box = self._window_at(x, y)
        self._sink(RawEvent("press" if pressed else "release", t, x=int(x), y=int(y), button=name,
                            title=title, window=box))

    def _on_scroll(self, x, y, dx, dy) -> None:
        t = time.monotonic()
        if dy == 0 or self._is_ignored(self._window_under_pointer()):
            return
        # X reports one wheel tick up as dy=+1; recipes count positive as down
        self._sink(RawEvent("scroll", t, x=int(x), y=int(y), amount=-int(dy)))

    # --- keyboard ----------------------------------------------------------------------------
    def _key_name(self, key) -> str | None:
        value = getattr(key, "value", key)  # a pynput Key's value is its KeyCode
        char = getattr(value, "char", None)
        vk = getattr(value, "vk", None)
        if char is not None and len(char) == 1 and char.isprintable():
            return char
        if vk is not None:
            name = self._names.get(vk)
            if name:
                return name
            if 0x01000100 <= vk <= 0x0110FFFF:  # a Unicode keysym
                return chr(vk - 0x01000000)
        return None

    def _altgr_char(self, key) -> str | None:
        """pynput reads AltGr (ISO_Level3_Shift) characters at the key's plain level ('2' for
        '@' on a Danish keyboard); read the key's third or fourth level instead."""
        vk = getattr(getattr(key, "value", key), "vk", None)
        if not vk:
            return None
        try:
            d = self._display()
            keycode = d.keysym_to_keycode(vk)
            keysym = d.keycode_to_keysym(keycode, 4 + (1 if "shift" in self._held else 0)) if keycode else 0
        except Exception:
            return None
        if not keysym:
            return None
        if keysym < 0x100:
            return chr(keysym)
        if 0x01000100 <= keysym <= 0x0110FFFF:
            return chr(keysym - 0x01000000)
        from Xlib import XK

        char = XK.keysym_to_string(keysym)
        return char if char and len(char) == 1 else None

    def _on_press(self, key) -> None:
        t = time.monotonic()
        name = self._key_name(key)
        if name is None:
            return
        if name in _MODS:
            self._held.add(_MODS[name])
        elif "altgr" in self._held and len(name) == 1:
            name = self._altgr_char(key) or name
            self._altgr_keys[getattr(getattr(key, "value", key), "vk", None)] = name
        if self._is_ignored(self._focus_window()):
            self._ignored_keys.add(name)
            return
        self._ignored_keys.discard(name)
        if name not in _MODS and name not in ("Control_L", "Control_R", "Alt_L", "Alt_R"):
            self._note_keyboard_window(t)
        self._sink(RawEvent("key_down", t, key=name))

    def _note_keyboard_window(self, t: float) -> None:
        """A `focus` event before a key that goes to another window than the last click or
        focus chose (the person switched windows with the keyboard, or began by typing)."""
        window, title = self._active_window()
        if window is None:
            return
        if self._keyboard_window is None:  # a click chose it
            self._keyboard_window = window
        elif window != self._keyboard_window:
            self._keyboard_window = window
            if title:
                self._sink(RawEvent("focus", t, title=title))

    def _client_of(self, win):
        """The program's top-level window (the one with WM_STATE) that holds `win`, or None."""
        if win is None or isinstance(win, int):
            return None
        d = self._display()
        wm_state, root = d.intern_atom("WM_STATE"), d.screen().root.id
        for _ in range(10):
            if win.get_full_property(wm_state, 0) is not None:
                return win
            parent = win.query_tree().parent
            if not parent or parent.id == root:
                return None
            win = parent
        return None

    def _client_under_pointer(self) -> int | None:
        """The program's top-level window under the pointer (the one with WM_STATE below the
        window manager's frame), as `_NET_ACTIVE_WINDOW` names it; None where unknown."""
        try:
            d = self._display()
            wm_state = d.intern_atom("WM_STATE")
            w = d.screen().root.query_pointer().child
            for _ in range(6):
                if not w:
                    return None
                if w.get_full_property(wm_state, 0) is not None:
                    return int(w.id)
                w = w.query_pointer().child
        except Exception:
            return None
        return None

    def _active_window(self) -> tuple[int | None, str]:
        """The window the keyboard goes to and its title: the window manager's active window,
        else (none named, or one already gone) the top-level window that holds the X focus."""
        try:
            d = self._display()
        except Exception:
            return None, ""
        for find in (self._manager_active, lambda d: self._client_of(d.get_input_focus().focus)):
            try:
                win = find(d)
                if win is not None:
                    return int(win.id), self._title_of(d, win)
            except Exception:  # BadWindow: the property named a window that is gone
                continue
        return None, ""

    @staticmethod
    def _manager_active(d):
        prop = d.screen().root.get_full_property(d.intern_atom("_NET_ACTIVE_WINDOW"), 0)
        if prop is None or not len(prop.value) or not prop.value[0]:
            return None
        return d.create_resource_object("window", int(prop.value[0]))

    @staticmethod
    def _title_of(d, win) -> str:
        name = win.get_full_property(d.intern_atom("_NET_WM_NAME"), d.intern_atom("UTF8_STRING"))
        if name is not None and name.value:
            value = name.value
            return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
        name = win.get_full_property(d.intern_atom("WM_NAME"), 0)  # raises where it is gone
        value = name.value if name is not None else b""
        return value.decode("latin-1") if isinstance(value, bytes) else str(value)

    def _on_release(self, key) -> None:
        t = time.monotonic()
        name = self._key_name(key)
        if name is None:
            return
        if name in _MODS:
            self._held.discard(_MODS[name])
        name = self._altgr_keys.pop(getattr(getattr(key, "value", key), "vk", None), name)
        if name in self._ignored_keys:
            self._ignored_keys.discard(name)
            return
        self._sink(RawEvent("key_up", t, key=name))

    # --- which window ------------------------------------------------------------------------
    def _display(self):
        d = getattr(self._local, "display", None)
        if d is None:
            from Xlib import display

            d = self._local.display = display.Display()
            self._displays.append(d)
        return d

    def _window_under_pointer(self):
        """The chain of windows under the pointer, from the top-level (a window manager's frame)
        down to the deepest child: the program's own window is somewhere in it."""
        if not (self.ignore_pids or self.ignore_windows):
            return None
        try:
            chain = []
            w = self._display().screen().root.query_pointer().child
            while w and len(chain) < 6:
                chain.append(w)
                w = w.query_pointer().child
            return chain or None
        except Exception:
            return None

    def _focus_window(self):
        if not (self.ignore_pids or self.ignore_windows):
            return None
        try:
            return self._display().get_input_focus().focus
        except Exception:
            return None

    def _is_ignored(self, windows) -> bool:
        """True where one of the windows (or, for a single window, one above it) belongs to an
        ignored process or is an ignored window."""
        if not windows:
            return False
        try:
            d = self._display()
            pid_atom = d.intern_atom("_NET_WM_PID")
            root = d.screen().root.id
            chain = list(windows) if isinstance(windows, list) else []
            if not chain:  # the focus window: walk up to its top-level
                w = windows
                for _ in range(8):
                    chain.append(w)
                    parent = w.query_tree().parent
                    if not parent or parent.id == root:
                        break
                    w = parent
            for w in chain:
                if w.id in self.ignore_windows:
                    return True
                prop = w.get_full_property(pid_atom, 0)
                if prop is not None and len(prop.value) and int(prop.value[0]) in self.ignore_pids:
                    return True
        except Exception:
            return False
        return False
