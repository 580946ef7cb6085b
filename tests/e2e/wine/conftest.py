"""Windows under Wine: the portable build (`make windows`), unpacked into a fresh Wine prefix in
the user's profile, runs `Opskrift.cmd` against real Win32 programs on the test session's X
server (Xvfb + openbox). Wine and the MinGW compiler are system packages the Makefile installs;
without them the suite fails (tests/e2e/conftest.py checks the tools; `vscreen` is its X server).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent
WINE64 = "/usr/lib/wine/wine64"
WINESERVER = "/usr/lib/wine/wineserver64"

@pytest.fixture(scope="session")
def windows_zip() -> Path:
    """The portable build, made with `scripts/build_windows.py --if-stale` (which waits for a
    build `scripts/test.sh` started in the background, and builds only when a source file is
    newer than the zip)."""
    from scripts.build_windows import version

    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_windows.py"),
                           "--if-stale"], capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr + done.stdout
    return ROOT / "dist" / f"Opskrift-{version()}-win64.zip"


def top_folder(windows_zip: Path) -> str:
    """The one folder the zip holds everything in (Opskrift-<version>)."""
    with zipfile.ZipFile(windows_zip) as z:
        tops = {name.split("/", 1)[0] for name in z.namelist()}
    assert len(tops) == 1, f"the zip has more than one thing at its top: {sorted(tops)[:5]}"
    return tops.pop()


@dataclass
class Wine:
    """A Wine prefix with the portable build unpacked in the user's profile."""

    prefix: Path
    env: dict
    app: Path                     # the unpacked zip (Linux path)
    unzip_seconds: float = 0.0
    started: list = field(default_factory=list)

    @property
    def profile(self) -> Path:
        return self.app.parent

    @staticmethod
    def winpath(path: Path | str) -> str:
        """A Linux path as a Windows program sees it (Wine's Z: drive)."""
        return "Z:" + str(path).replace("/", "\\")

    def opskrift(self, *args: str, input: str | None = None, timeout: float = 240,
                 env: dict | None = None) -> subprocess.CompletedProcess:
        """`Opskrift.cmd ARGS` as a person at a command prompt would start it. Its output is
        collected until the command itself ends: a program the robot started inherits Wine's
        end of the pipe (Wine's processes are forked Linux processes) and may keep it open."""
        launcher = "C:\\users\\" + self.profile.name + "\\Opskrift\\Opskrift.cmd"
        argv = [WINE64, "cmd", "/c", launcher, *args]
        proc = subprocess.Popen(argv, env={**self.env, **(env or {})}, stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        chunks: dict[str, list[bytes]] = {"out": [], "err": []}

        def drain(stream, into):
            for chunk in iter(lambda: stream.read1(65536), b""):
                into.append(chunk)

        readers = [threading.Thread(target=drain, args=(proc.stdout, chunks["out"]), daemon=True),
                   threading.Thread(target=drain, args=(proc.stderr, chunks["err"]), daemon=True)]
        for reader in readers:
            reader.start()
        try:
            proc.stdin.write((input or "").encode("utf-8"))
            proc.stdin.close()
        except BrokenPipeError:
            pass
        try:
            code = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            raise AssertionError(f"{' '.join(args)} did not end within {timeout} s; it printed:\n"
                                 + b"".join(chunks["out"] + chunks["err"]).decode("utf-8", "replace"))
        for reader in readers:
            reader.join(timeout=3)
        text = lambda key: b"".join(chunks[key]).decode("utf-8", "replace").replace("\r\n", "\n")
        return subprocess.CompletedProcess(argv, code, text("out"), text("err"))

    def start(self, program: Path, *args: str) -> subprocess.Popen:
        """Start a Windows program (not through the robot)."""
        proc = subprocess.Popen([WINE64, str(program), *args], env=self.env,
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        self.started.append(proc)
        return proc

    def credentials(self) -> list[str]:
        """What the Credential Manager of the prefix holds, one "target|user|password" line
        each, as the zip's Python reads it (Wine's store is in the prefix's registry)."""
        listing = subprocess.run(
            [WINE64, str(self.app / "python" / "python.exe"), "-c",
             "from win32ctypes.pywin32 import pywintypes, win32cred\n"
             "try:\n"
             "    held = win32cred.CredEnumerate()\n"
             "except pywintypes.error:\n"
             "    held = []  # an empty store answers ERROR_NOT_FOUND\n"
             "for c in held:\n"
             "    blob = c['CredentialBlob']\n"
             "    blob = blob.decode('utf-16-le') if isinstance(blob, bytes) else blob\n"
             "    print(c['TargetName'], c['UserName'], blob, sep='|')\n"],
            env=self.env, capture_output=True, text=True, timeout=120)
        assert listing.returncode == 0, listing.stderr
        return sorted(listing.stdout.splitlines())

    def home(self) -> Path:
        """WORKBENCH_HOME as the Windows build chooses it: %LOCALAPPDATA%\\Opskrift."""
        return self.profile / "AppData" / "Local" / "Opskrift"


def xdo(*args: str) -> str:
    return subprocess.run(["xdotool", *args], capture_output=True, text=True, timeout=20).stdout


def wait_for_window(title: str, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = xdo("search", "--onlyvisible", "--name", title).split()
        if found:
            return found[0]
        time.sleep(0.2)
    raise AssertionError(f"no window '{title}' showed within {timeout} s")


@pytest.fixture(scope="session")
def wine(vscreen, windows_zip, tmp_path_factory) -> Wine:
    """A fresh prefix (wineboot) with no crash dialogs, and the zip unpacked into the profile."""
    prefix = tmp_path_factory.mktemp("wineprefix")
    env = {**os.environ, "WINEPREFIX": str(prefix), "WINEDEBUG": "-all",
           "WINEDLLOVERRIDES": "mscoree,mshtml=", "DISPLAY": vscreen.display}
    env.pop("WORKBENCH_HOME", None)
    boot = subprocess.run([WINE64, "wineboot", "-i"], env=env, capture_output=True, text=True,
                          timeout=180)
    assert boot.returncode == 0, boot.stderr[-2000:]
    # A crashing program must not leave a dialog over the screen the robot reads.
    subprocess.run([WINE64, "reg", "add", r"HKCU\Software\Wine\WineDbg", "/v", "ShowCrashDialog",
                    "/t", "REG_DWORD", "/d", "0", "/f"], env=env, capture_output=True, timeout=60)
    users = prefix / "drive_c" / "users"
    profile = next(p for p in users.iterdir() if p.is_dir() and p.name.lower() != "public")
    # Unzipped as a person does ("Extract here": one folder, Opskrift-<version>), then renamed
    # to Opskrift: the launcher finds everything relative to itself.
    t0 = time.monotonic()
    with zipfile.ZipFile(windows_zip) as z:
        z.extractall(profile)
    unzip_seconds = time.monotonic() - t0
    app = profile / "Opskrift"
    (profile / top_folder(windows_zip)).rename(app)
    wine = Wine(prefix, env, app, unzip_seconds=unzip_seconds)
    yield wine
    for proc in wine.started:
        proc.kill()
    subprocess.run([WINESERVER, "-k"], env=env, capture_output=True, timeout=60)


@pytest.fixture(scope="session")
def sagsform(tmp_path_factory) -> Path:
    """The Win32 form program of the Windows demo, built from resources/windows/demo/sagsform.c
    with MinGW as the build does it."""
    from scripts.build_windows import demo_program

    return demo_program(tmp_path_factory.mktemp("programs") / "sagsform.exe")


@pytest.fixture
def recipe_dir(tmp_path) -> Path:
    """A copy of the test recipes (the recipe and its anchor images) in a folder of its own."""
    folder = tmp_path / "opskrifter"
    shutil.copytree(HERE / "recipes", folder)
    return folder
