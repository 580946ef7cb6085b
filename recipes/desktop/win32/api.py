"""The few Win32 functions and structures the adapters use, loaded on first use through ctypes.

Coordinates are physical screen pixels: the process is made per-monitor DPI aware
(`make_dpi_aware`) before any window or screen call, so that pixels grabbed, windows listed and
clicks sent agree at 100-200 % scaling and on monitors left of or above the primary one
(negative coordinates).
"""

from __future__ import annotations

import ctypes
from ctypes import wintypes
from functools import lru_cache

ULONG_PTR = ctypes.c_size_t

INPUT_MOUSE, INPUT_KEYBOARD = 0, 1
KEYEVENTF_EXTENDEDKEY, KEYEVENTF_KEYUP, KEYEVENTF_UNICODE, KEYEVENTF_SCANCODE = 1, 2, 4, 8
MOUSEEVENTF_MOVE, MOUSEEVENTF_ABSOLUTE, MOUSEEVENTF_VIRTUALDESK = 0x0001, 0x8000, 0x4000
MOUSEEVENTF_WHEEL = 0x0800
BUTTON_FLAGS = {"left": (0x0002, 0x0004), "right": (0x0008, 0x0010), "middle": (0x0020, 0x0040)}
WHEEL_DELTA = 120
SM_XVIRTUALSCREEN, SM_YVIRTUALSCREEN, SM_CXVIRTUALSCREEN, SM_CYVIRTUALSCREEN = 76, 77, 78, 79
GA_ROOT = 2
SW_RESTORE = 9
SWP_NOZORDER, SWP_NOACTIVATE = 0x0004, 0x0010
WM_HOTKEY = 0x0312
PM_REMOVE = 1
QS_ALLINPUT = 0x04FF
MOD_ALT, MOD_CONTROL, MOD_SHIFT, MOD_WIN, MOD_NOREPEAT = 0x1, 0x2, 0x4, 0x8, 0x4000
TH32CS_SNAPPROCESS = 0x2
VK_CAPITAL = 0x14
MAPVK_VK_TO_VSC = 0


class MOUSEINPUT(ctypes.Structure):
    _fields_ = [("dx", wintypes.LONG), ("dy", wintypes.LONG), ("mouseData", wintypes.DWORD),
                ("dwFlags", wintypes.DWORD), ("time", wintypes.DWORD), ("dwExtraInfo", ULONG_PTR)]


class KEYBDINPUT(ctypes.Structure):
    _fields_ = [("wVk", wintypes.WORD), ("wScan", wintypes.WORD), ("dwFlags", wintypes.DWORD),
                ("time", wintypes.DWORD), ("dwExtraInfo", ULONG_PTR)]


class HARDWAREINPUT(ctypes.Structure):
    _fields_ = [("uMsg", wintypes.DWORD), ("wParamL", wintypes.WORD), ("wParamH", wintypes.WORD)]


class _INPUTUNION(ctypes.Union):
    _fields_ = [("mi", MOUSEINPUT), ("ki", KEYBDINPUT), ("hi", HARDWAREINPUT)]


class INPUT(ctypes.Structure):
    _fields_ = [("type", wintypes.DWORD), ("u", _INPUTUNION)]


class PROCESSENTRY32W(ctypes.Structure):
    _fields_ = [("dwSize", wintypes.DWORD), ("cntUsage", wintypes.DWORD),
                ("th32ProcessID", wintypes.DWORD), ("th32DefaultHeapID", ULONG_PTR),
                ("th32ModuleID", wintypes.DWORD), ("cntThreads", wintypes.DWORD),
                ("th32ParentProcessID", wintypes.DWORD), ("pcPriClassBase", wintypes.LONG),
                ("dwFlags", wintypes.DWORD), ("szExeFile", wintypes.WCHAR * 260)]


class GUITHREADINFO(ctypes.Structure):
    _fields_ = [("cbSize", wintypes.DWORD), ("flags", wintypes.DWORD),
                ("hwndActive", wintypes.HWND), ("hwndFocus", wintypes.HWND),
                ("hwndCapture", wintypes.HWND), ("hwndMenuOwner", wintypes.HWND),
                ("hwndMoveSize", wintypes.HWND), ("hwndCaret", wintypes.HWND),
                ("rcCaret", wintypes.RECT)]


SMTO_ABORTIFHUNG = 0x0002
WM_NULL = 0x0000


@lru_cache(maxsize=None)
def user32():
    dll = ctypes.WinDLL("user32", use_last_error=True)
    dll.SendInput.argtypes = [wintypes.UINT, ctypes.POINTER(INPUT), ctypes.c_int]
    dll.SendInput.restype = wintypes.UINT
    dll.GetWindowTextLengthW.argtypes = [wintypes.HWND]
    dll.GetWindowTextW.argtypes = [wintypes.HWND, wintypes.LPWSTR, ctypes.c_int]
    dll.GetClassNameW.argtypes = [wintypes.HWND, wintypes.LPWSTR, ctypes.c_int]
    dll.IsWindowVisible.argtypes = [wintypes.HWND]
    dll.IsIconic.argtypes = [wintypes.HWND]
    dll.GetWindowThreadProcessId.argtypes = [wintypes.HWND, ctypes.POINTER(wintypes.DWORD)]
    dll.GetWindowThreadProcessId.restype = wintypes.DWORD
    dll.GetGUIThreadInfo.argtypes = [wintypes.DWORD, ctypes.POINTER(GUITHREADINFO)]
    dll.IsChild.argtypes = [wintypes.HWND, wintypes.HWND]
    dll.SendMessageTimeoutW.argtypes = [wintypes.HWND, wintypes.UINT, wintypes.WPARAM,
                                        wintypes.LPARAM, wintypes.UINT, wintypes.UINT,
                                        ctypes.POINTER(ULONG_PTR)]
    dll.SendMessageTimeoutW.restype = ctypes.c_ssize_t
    dll.GetClientRect.argtypes = [wintypes.HWND, ctypes.POINTER(wintypes.RECT)]
    dll.GetWindowRect.argtypes = [wintypes.HWND, ctypes.POINTER(wintypes.RECT)]
    dll.ClientToScreen.argtypes = [wintypes.HWND, ctypes.POINTER(wintypes.POINT)]
    dll.GetForegroundWindow.restype = wintypes.HWND
    dll.SetForegroundWindow.argtypes = [wintypes.HWND]
    dll.BringWindowToTop.argtypes = [wintypes.HWND]
    dll.ShowWindow.argtypes = [wintypes.HWND, ctypes.c_int]
    dll.SetFocus.argtypes = [wintypes.HWND]
    dll.WindowFromPoint.argtypes = [wintypes.POINT]
    dll.WindowFromPoint.restype = wintypes.HWND
    dll.GetAncestor.argtypes = [wintypes.HWND, wintypes.UINT]
    dll.GetAncestor.restype = wintypes.HWND
    dll.SetWindowPos.argtypes = [wintypes.HWND, wintypes.HWND, ctypes.c_int, ctypes.c_int,
                                 ctypes.c_int, ctypes.c_int, wintypes.UINT]
    dll.AttachThreadInput.argtypes = [wintypes.DWORD, wintypes.DWORD, wintypes.BOOL]
    dll.VkKeyScanW.argtypes = [wintypes.WCHAR]
    dll.VkKeyScanW.restype = ctypes.c_short
    dll.MapVirtualKeyW.argtypes = [wintypes.UINT, wintypes.UINT]
    dll.MapVirtualKeyW.restype = wintypes.UINT
    dll.GetKeyState.argtypes = [ctypes.c_int]
    dll.GetKeyState.restype = ctypes.c_short
    dll.GetAsyncKeyState.argtypes = [ctypes.c_int]
    dll.GetAsyncKeyState.restype = ctypes.c_short
    dll.GetCursorPos.argtypes = [ctypes.POINTER(wintypes.POINT)]
    dll.SetCursorPos.argtypes = [ctypes.c_int, ctypes.c_int]
    dll.GetSystemMetrics.argtypes = [ctypes.c_int]
    dll.RegisterHotKey.argtypes = [wintypes.HWND, ctypes.c_int, wintypes.UINT, wintypes.UINT]
    dll.UnregisterHotKey.argtypes = [wintypes.HWND, ctypes.c_int]
    dll.PeekMessageW.argtypes = [ctypes.POINTER(wintypes.MSG), wintypes.HWND, wintypes.UINT,
                                 wintypes.UINT, wintypes.UINT]
    dll.MsgWaitForMultipleObjects.argtypes = [wintypes.DWORD, ctypes.c_void_p, wintypes.BOOL,
                                              wintypes.DWORD, wintypes.DWORD]
    return dll


@lru_cache(maxsize=None)
def kernel32():
    dll = ctypes.WinDLL("kernel32", use_last_error=True)
    dll.CreateToolhelp32Snapshot.argtypes = [wintypes.DWORD, wintypes.DWORD]
    dll.CreateToolhelp32Snapshot.restype = wintypes.HANDLE
    dll.Process32FirstW.argtypes = [wintypes.HANDLE, ctypes.POINTER(PROCESSENTRY32W)]
    dll.Process32NextW.argtypes = [wintypes.HANDLE, ctypes.POINTER(PROCESSENTRY32W)]
    dll.CloseHandle.argtypes = [wintypes.HANDLE]
    dll.GetConsoleWindow.restype = wintypes.HWND
    dll.GetCurrentThreadId.restype = wintypes.DWORD
    return dll


def is_console(stream) -> bool:
    """Whether `stream` is a console a person types into. `isatty()` is also true for NUL (a
    character device), where getpass would wait for ever for keys that never come."""
    import msvcrt

    try:
        handle = msvcrt.get_osfhandle(stream.fileno())
    except (AttributeError, OSError, ValueError):
        return False
    mode = wintypes.DWORD()
    return bool(kernel32().GetConsoleMode(wintypes.HANDLE(handle), ctypes.byref(mode)))


def make_dpi_aware() -> str:
    """Make this process per-monitor DPI aware (before any window or screen call); returns the
    level reached. Without it Windows scales our grabs and clicks on a 125-200 % monitor."""
    user = ctypes.WinDLL("user32", use_last_error=True)
    try:  # Windows 10 1703+: per monitor, version 2 (-4)
        if user.SetProcessDpiAwarenessContext(ctypes.c_void_p(-4)):
            return "per-monitor-v2"
    except AttributeError:
        pass
    try:  # Windows 8.1+
        if ctypes.WinDLL("shcore").SetProcessDpiAwareness(2) == 0:
            return "per-monitor"
    except (AttributeError, OSError):
        pass
    return "system" if user.SetProcessDPIAware() else "unaware"


def virtual_screen() -> tuple[int, int, int, int]:
    """(left, top, width, height) of all monitors together."""
    u = user32()
    return (u.GetSystemMetrics(SM_XVIRTUALSCREEN), u.GetSystemMetrics(SM_YVIRTUALSCREEN),
            u.GetSystemMetrics(SM_CXVIRTUALSCREEN), u.GetSystemMetrics(SM_CYVIRTUALSCREEN))


def cursor_pos() -> tuple[int, int]:
    p = wintypes.POINT()
    user32().GetCursorPos(ctypes.byref(p))
    return int(p.x), int(p.y)
