"""A private X server (Xvfb) with a window manager, for the demo and end-to-end tests.

`VirtualScreen` starts Xvfb on a free display number, waits until it accepts connections, starts
a window manager (openbox) so that focus and window placement behave as on a desktop, and loads a
keyboard layout. It sets nothing globally: use `.env()` for child processes, or `.activate()` to
point this process's DISPLAY at it.

Why `-noreset`: an X server resets itself when its last client disconnects, and a reset reloads
the default keymap (`us`). `setxkbmap` is a client that connects, loads the layout and leaves;
if nothing else is connected at that moment (no window manager yet) the server resets and the new
layout is lost although `setxkbmap` returned 0. With `-noreset` the layout stays, and
`set_layout()` checks what the server really compiled.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from recipes.errors import EnvironmentMissing


class VirtualScreen:
    def __init__(self, width: int = 1920, height: int = 1080, layout: str = "dk",
                 window_manager: bool = True, dpi: int = 96):
        self.width, self.height = width, height
        self.layout = layout
        self.window_manager = window_manager
        self.dpi = dpi
        self.display: str | None = None
        self._procs: list[subprocess.Popen] = []
        self._old_display: str | None = None
        self._old_qpa: str | None = None

    def start(self) -> "VirtualScreen":
        xvfb = shutil.which("Xvfb")
        if xvfb is None:
            raise EnvironmentMissing(
                "Xvfb (the virtual X server) is not installed.",
                "run `make setup` (or: apt-get install xvfb xauth openbox x11-xkb-utils)",
            )
        read_fd, write_fd = os.pipe()
        proc = subprocess.Popen(
            [xvfb, "-displayfd", str(write_fd), "-screen", "0",
             f"{self.width}x{self.height}x24", "-dpi", str(self.dpi), "-nolisten", "tcp",
             "-noreset", "+extension", "RECORD", "+extension", "XTEST"],
            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        os.close(write_fd)
        self._procs.append(proc)
        number = b""
        deadline = time.monotonic() + 20
        with os.fdopen(read_fd, "rb") as pipe:
            while not number.endswith(b"\n") and time.monotonic() < deadline:
                chunk = pipe.read(1)
                if not chunk:
                    break
                number += chunk
        if not number.strip():
            self.stop()
            raise EnvironmentMissing("Xvfb did not start.", "check that Xvfb runs: `Xvfb :99`")
        self.display = ":" + number.decode().strip()
        env = self.env()
        if self.layout:
            try:
                set_layout(self.display, self.layout)
            except EnvironmentMissing:
                self.stop()
                raise
        if self.window_manager and shutil.which("openbox"):
            cfg = Path(tempfile.mkdtemp(prefix="wb-openbox-"))
            self._procs.append(subprocess.Popen(
                ["openbox", "--sm-disable"], env={**env, "XDG_CONFIG_HOME": str(cfg)},
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True))
            self._wait_for_wm(env)
        return self

    def _wait_for_wm(self, env: dict[str, str]) -> None:
        """Openbox is ready when it has set _NET_SUPPORTING_WM_CHECK on the root window."""
        if not shutil.which("xprop"):
            time.sleep(0.5)
            return
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            out = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=env,
                                 capture_output=True, text=True).stdout
            if "window id" in out:
                return
            time.sleep(0.05)

    def set_layout(self, layout: str) -> None:
        """Switch the keyboard layout of this running display (e.g. "dk", "us")."""
        assert self.display, "the virtual screen is not started"
        set_layout(self.display, layout)
        self.layout = layout

    def env(self) -> dict[str, str]:
        assert self.display, "the virtual screen is not started"
        env = dict(os.environ)
        env["DISPLAY"] = self.display
        env.pop("WAYLAND_DISPLAY", None)
        env["QT_QPA_PLATFORM"] = "xcb"
        return env

    def activate(self) -> None:
        """Point this process at the virtual screen (DISPLAY)."""
        self._old_display = os.environ.get("DISPLAY")
        self._old_qpa = os.environ.get("QT_QPA_PLATFORM")
        os.environ["DISPLAY"] = self.display or ""
        # Qt programs the robot starts here (the BrugerAdmin demo) draw on this screen.
        os.environ["QT_QPA_PLATFORM"] = "xcb"

    def stop(self) -> None:
        for proc in reversed(self._procs):
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGTERM)
                except (ProcessLookupError, PermissionError):
                    pass
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
        self._procs.clear()
        if self._old_display is not None:
            os.environ["DISPLAY"] = self._old_display
        elif self.display and os.environ.get("DISPLAY") == self.display:
            os.environ.pop("DISPLAY", None)
        if self._old_qpa is not None:
            os.environ["QT_QPA_PLATFORM"] = self._old_qpa

    def __enter__(self) -> "VirtualScreen":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def current_layout(display: str) -> str:
    """The layouts of the keymap the server really uses, e.g. "dk" or "us" ("" if unknown).

    Read from the compiled keymap (`xkbcomp`), not from `setxkbmap -query`, which only repeats the
    names the last `setxkbmap` wrote on the root window, whether the server kept them or not.
    """
    if not shutil.which("xkbcomp"):
        raise EnvironmentMissing("xkbcomp is not installed.", "apt-get install x11-xkb-utils")
    out = subprocess.run(["xkbcomp", "-xkb", display, "-"], capture_output=True, text=True,
                         env={**os.environ, "DISPLAY": display}, timeout=20).stdout
    for line in out.splitlines():
        line = line.strip()
        if line.startswith("xkb_symbols"):
            # xkb_symbols "pc+dk+inet(evdev)" {  ->  dk ; "pc+us+dk:2+inet(evdev)" -> us,dk
            names = line.split('"')[1] if '"' in line else ""
            parts = [p.split(":")[0].split("(")[0] for p in names.split("+")]
            layouts = [p for p in parts if p and p not in ("pc", "inet", "group", "level3",
                                                           "altwin", "capslock", "compose")]
            return ",".join(layouts)
    return ""


def set_layout(display: str, layout: str, variant: str = "") -> None:
    """Load a keyboard layout on a running X display and check that the server really uses it.

    Raises `EnvironmentMissing` when setxkbmap is missing or the server kept another layout.
    Clients notice the change through MappingNotify; long-running readers of the keymap (a
    recorder's listener) must be restarted to see it.
    """
    tool = shutil.which("setxkbmap")
    if tool is None:
        raise EnvironmentMissing("setxkbmap is not installed.", "apt-get install x11-xkb-utils")
    cmd = [tool, "-display", display, "-layout", layout]
    if variant:
        cmd += ["-variant", variant]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=20)
    now = current_layout(display)
    if done.returncode != 0 or now != layout:
        raise EnvironmentMissing(
            f"the keyboard layout '{layout}' could not be loaded on display {display} "
            f"(the server uses '{now or 'unknown'}'). {done.stderr.strip()}".strip(),
            "check the layout name (`ls /usr/share/X11/xkb/symbols`); on Xvfb start the server "
            "with -noreset, or keep a client connected, so that it keeps the layout",
        )
