"""A private X server (Xvfb) with a window manager, for the demo and end-to-end tests.

`VirtualScreen` starts Xvfb on a free display number, waits until it accepts connections, starts
a window manager (openbox) so that focus and window placement behave as on a desktop, and loads a
keyboard layout. It sets nothing globally: use `.env()` for child processes, or `.activate()` to
point this process's DISPLAY at it.
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
             "+extension", "RECORD", "+extension", "XTEST"],
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
        if self.layout and shutil.which("setxkbmap"):
            subprocess.run(["setxkbmap", "-layout", self.layout], env=env, check=False,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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
        os.environ["DISPLAY"] = self.display or ""

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

    def __enter__(self) -> "VirtualScreen":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
