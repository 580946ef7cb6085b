"""Let a person stop the robot on Windows: the abort hotkey (RegisterHotKey) and the pointer
pushed into a corner of the desktop (all monitors together).

The runner's side (`check`, `trigger`, `reset`, start and stop) is `recipes.desktop.abort`'s
`AbortWatch`; only the watcher thread differs. Ctrl+Shift+Esc opens the Task Manager on Windows
and cannot be registered, so the Windows default is another combination (`DEFAULT_HOTKEY`).
"""

from __future__ import annotations

import ctypes
from ctypes import wintypes

from recipes.desktop.abort import AbortWatch, PointerLedger
from recipes.desktop.win32 import api
from recipes.desktop.win32.input import VIRTUAL_KEYS
from recipes.errors import EnvironmentMissing

DEFAULT_HOTKEY = "ctrl+shift+F11"

_MODIFIER_FLAGS = {"Control_L": api.MOD_CONTROL, "Alt_L": api.MOD_ALT, "Shift_L": api.MOD_SHIFT,
                   "Super_L": api.MOD_WIN, "ISO_Level3_Shift": api.MOD_CONTROL | api.MOD_ALT}


class Win32AbortWatch(AbortWatch):
    """`ports.AbortWatch` for Windows. `start()` it before a run, `stop()` it after."""

    def __init__(self, hotkey: str | None = DEFAULT_HOTKEY, corners: bool = True,
                 ledger: PointerLedger | None = None, corner_size: int = 2, poll: float = 0.05):
        super().__init__(hotkey=hotkey, corners=corners, ledger=ledger,
                         corner_size=corner_size, poll=poll)

    def _run(self) -> None:
        u = api.user32()
        try:
            registered = self._register(u)
        except BaseException as exc:  # reported to start()
            self._failure = exc
            self._ready.set()
            return
        self._ready.set()
        msg = wintypes.MSG()
        try:
            while not self._stop.is_set():
                u.MsgWaitForMultipleObjects(0, None, False, int(self.poll * 1000), api.QS_ALLINPUT)
                while u.PeekMessageW(ctypes.byref(msg), None, 0, 0, api.PM_REMOVE):
                    if msg.message == api.WM_HOTKEY:
                        self.trigger("hotkey", hotkey=str(self.hotkey))
                if self.corners:
                    x, y = api.cursor_pos()
                    if self.ledger is not None:
                        self.ledger.observe(x, y)
                    left, top, width, height = api.virtual_screen()
                    if self._in_corner(x - left, y - top, width, height) and not (
                            self.ledger is not None and self.ledger.is_robot(x, y)):
                        self.trigger("screen_corner", corner=(x, y))
        except Exception as exc:
            self.error = exc
        finally:
            if registered:
                u.UnregisterHotKey(None, 1)

    def _register(self, u) -> bool:
        if self.hotkey is None:
            return False
        flags = api.MOD_NOREPEAT
        for name in self.hotkey.modifiers:
            flags |= _MODIFIER_FLAGS.get(name, 0)
        key = self.hotkey.key
        if len(key) == 1:
            code = u.VkKeyScanW(key)
            vk = code & 0xFF if code != -1 else 0
        else:
            vk = VIRTUAL_KEYS.get(key, (0, False))[0]
        if not vk:
            raise EnvironmentMissing(f"the abort hotkey {self.hotkey} is not on this keyboard",
                                     "choose another abort hotkey in the settings")
        if not u.RegisterHotKey(None, 1, flags, vk):
            raise EnvironmentMissing(
                f"the abort hotkey {self.hotkey} is already taken by another program",
                "choose another abort hotkey in the settings, or close the program that uses it")
        return True
