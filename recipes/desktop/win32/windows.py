"""Programs and windows on a Windows desktop: start programs, list windows, focus, move.

Windows keeps a foreground lock: a process may not take the foreground from another at will.
`activate` attaches our input queue to the foreground window's thread for a moment (what a
person's click would do), restores a minimised window and brings it to the top. Window
geometry is the client area in physical screen pixels (the process is per-monitor DPI aware), as
on X11, so anchors and clicks agree with the screen grabs.
"""

from __future__ import annotations

import ctypes
import os
import re
import subprocess
import threading
import time
from ctypes import wintypes

from recipes.desktop.win32 import api
from recipes.errors import StepFailed
from recipes.ports import Window


def process_chain(pid: int) -> tuple[int, ...]:
    """The process and its parents, nearest first (a Toolhelp snapshot of all processes)."""
    parents = _parents()
    chain: list[int] = []
    while pid and pid not in chain:
        chain.append(pid)
        pid = parents.get(pid, 0)
    return tuple(chain)


def _parents() -> dict[int, int]:
    k = api.kernel32()
    snap = k.CreateToolhelp32Snapshot(api.TH32CS_SNAPPROCESS, 0)
    if not snap or snap == wintypes.HANDLE(-1).value:
        return {}
    out: dict[int, int] = {}
    try:
        entry = api.PROCESSENTRY32W()
        entry.dwSize = ctypes.sizeof(entry)
        ok = k.Process32FirstW(snap, ctypes.byref(entry))
        while ok:
            out[int(entry.th32ProcessID)] = int(entry.th32ParentProcessID)
            ok = k.Process32NextW(snap, ctypes.byref(entry))
    finally:
        k.CloseHandle(snap)
    return out


class Win32Desktop:
    """`ports.Desktop` for Windows. The windows of this program, of the processes that started
    it, and the console it runs in are never listed."""

    def __init__(self, poll: float = 0.05):
        self.poll = poll
        self._lock = threading.RLock()
        self.own_pids = frozenset(process_chain(os.getpid()))
        console = api.kernel32().GetConsoleWindow()
        self.own_window_id = int(console) if console else None

    def close(self) -> None:
        pass

    # -- programs -----------------------------------------------------------------------------
    def launch(self, command: list[str], cwd: str | None = None) -> subprocess.Popen:
        if not command:
            raise StepFailed("launch needs a command, e.g. [notepad.exe]",
                             "launch_without_command", {})
        program = command[0]
        if cwd and not os.path.isabs(program) and os.path.exists(os.path.join(cwd, program)):
            # CreateProcess looks for a relative program next to us, not in `cwd`.
            command = [os.path.join(cwd, program), *command[1:]]
        try:
            return subprocess.Popen(command, cwd=cwd or None, stdin=subprocess.DEVNULL,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                    creationflags=subprocess.CREATE_NEW_PROCESS_GROUP)
        except OSError as exc:
            raise StepFailed(f"cannot start '{command[0]}': {exc.strerror or exc}",
                             "program_not_started",
                             {"program": command[0], "reason": str(exc.strerror or exc)}) from exc

    # -- finding windows ----------------------------------------------------------------------
    def windows(self) -> list[Window]:
        """Visible top-level windows with a title, front to back."""
        handles: list[int] = []
        callback = ctypes.WINFUNCTYPE(wintypes.BOOL, wintypes.HWND, wintypes.LPARAM)(
            lambda hwnd, _: handles.append(hwnd) or True)
        api.user32().EnumWindows(callback, 0)
        out = []
        for hwnd in handles:
            if not hwnd or not api.user32().IsWindowVisible(hwnd):
                continue
            info = self.info(hwnd)
            if info is not None and info.title:
                out.append(info)
        return out

    def find_windows(self, title_pattern: str) -> list[Window]:
        rx = re.compile(title_pattern, re.IGNORECASE)
        return [w for w in self.windows() if rx.search(w.title) and not self.is_own(w)]

    def is_own(self, window: Window) -> bool:
        return (window.pid is not None and window.pid in self.own_pids) or \
            window.id == self.own_window_id

    def process_chain(self, pid: int) -> tuple[int, ...]:
        return process_chain(pid)

    def window_at(self, x: int, y: int) -> Window | None:
        hwnd = api.user32().WindowFromPoint(wintypes.POINT(int(x), int(y)))
        if not hwnd:
            return None
        root = api.user32().GetAncestor(hwnd, api.GA_ROOT)
        info = self.info(root or hwnd)
        return None if info is None or self.is_own(info) else info

    def active_window(self) -> Window | None:
        hwnd = api.user32().GetForegroundWindow()
        return self.info(hwnd) if hwnd else None

    # -- acting on windows --------------------------------------------------------------------
    def activate(self, window_id: int) -> None:
        u, k = api.user32(), api.kernel32()
        with self._lock:
            if u.IsIconic(window_id):
                u.ShowWindow(window_id, api.SW_RESTORE)
            front = u.GetForegroundWindow()
            theirs = u.GetWindowThreadProcessId(front, None) if front else 0
            mine = k.GetCurrentThreadId()
            attached = bool(theirs and theirs != mine and u.AttachThreadInput(mine, theirs, True))
            try:
                u.BringWindowToTop(window_id)
                # The window's own activation puts the keyboard in the control it remembers
                # (a dialog's file name field); SetFocus on the window itself would move it
                # to the dialog's first control instead.
                u.SetForegroundWindow(window_id)
            finally:
                if attached:
                    u.AttachThreadInput(mine, theirs, False)

    def ready(self, window_id: int) -> bool:
        """Whether the window takes keys now: its thread has handled what was sent to it
        before (a dialog has finished setting itself up) and its keyboard focus is inside it."""
        u = api.user32()
        answer = api.ULONG_PTR()
        if not u.SendMessageTimeoutW(window_id, api.WM_NULL, 0, 0, api.SMTO_ABORTIFHUNG, 200,
                                     ctypes.byref(answer)):
            return False
        info = api.GUITHREADINFO(cbSize=ctypes.sizeof(api.GUITHREADINFO))
        thread = u.GetWindowThreadProcessId(window_id, None)
        if not thread or not u.GetGUIThreadInfo(thread, ctypes.byref(info)):
            return False
        focus = info.hwndFocus
        return bool(focus) and (focus == window_id or bool(u.IsChild(window_id, focus)))

    def geometry(self, window_id: int) -> tuple[int, int, int, int]:
        info = self.info(window_id)
        if info is None:
            raise StepFailed("the window is gone", "window_gone", {})
        return info.x, info.y, info.width, info.height

    def move_window(self, window_id: int, x: int, y: int, width: int | None = None,
                    height: int | None = None, timeout: float = 2.0) -> tuple[int, int, int, int]:
        """Place the window's client area at (x, y) (and make it width x height)."""
        u = api.user32()
        outer = wintypes.RECT()
        u.GetWindowRect(window_id, ctypes.byref(outer))
        cx, cy, cw, ch = self.geometry(window_id)
        left, top = cx - outer.left, cy - outer.top  # frame and title bar
        extra_w = (outer.right - outer.left) - cw
        extra_h = (outer.bottom - outer.top) - ch
        w = (width if width is not None else cw) + extra_w
        h = (height if height is not None else ch) + extra_h
        u.SetWindowPos(window_id, None, int(x) - left, int(y) - top, int(w), int(h),
                       api.SWP_NOZORDER | api.SWP_NOACTIVATE)
        deadline = time.monotonic() + timeout
        while True:
            geo = self.geometry(window_id)
            if geo[:2] == (x, y) or time.monotonic() >= deadline:
                return geo
            time.sleep(self.poll)

    # -- internals ----------------------------------------------------------------------------
    def info(self, hwnd: int) -> Window | None:
        u = api.user32()
        try:
            length = u.GetWindowTextLengthW(hwnd)
            buf = ctypes.create_unicode_buffer(length + 1)
            u.GetWindowTextW(hwnd, buf, length + 1)
            cls = ctypes.create_unicode_buffer(256)
            u.GetClassNameW(hwnd, cls, 256)
            pid = wintypes.DWORD()
            u.GetWindowThreadProcessId(hwnd, ctypes.byref(pid))
            rect = wintypes.RECT()
            if not u.GetClientRect(hwnd, ctypes.byref(rect)):
                return None
            corner = wintypes.POINT(0, 0)
            u.ClientToScreen(hwnd, ctypes.byref(corner))
        except OSError:
            return None
        return Window(int(hwnd), buf.value, int(corner.x), int(corner.y), int(rect.right),
                      int(rect.bottom), int(pid.value) or None, (cls.value,),
                      program=int(pid.value) or None)
