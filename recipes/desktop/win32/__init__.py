"""The Windows adapters behind the ports of `recipes.ports`: input through SendInput, windows
through the window manager's API (EnumWindows, SetForegroundWindow), the abort hotkey through
RegisterHotKey, and per-monitor DPI awareness, all through ctypes (no pywin32 needed).

Every module here imports on any system (the Windows libraries are loaded on first use), so the
core's import check runs on Linux too; `recipes.desktop.platform` is the one place that chooses
these classes.
"""
