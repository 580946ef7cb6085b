"""End-to-end fixtures: one virtual X server (Xvfb + openbox, `dk` layout) per test session.

Every tool the end-to-end tests drive must be installed (`make setup` installs them all): a
missing one fails the suite loudly with what to install; no test skips itself.
"""

import importlib
import os
import shutil
from pathlib import Path

import pytest

from recipes.desktop.virtual_screen import VirtualScreen


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


# program -> the Debian package that brings it (SYSTEM_PACKAGES in the Makefile)
TOOLS = {
    "Xvfb": "xvfb", "xauth": "xauth", "openbox": "openbox", "xdotool": "xdotool",
    "xmessage": "x11-utils", "xprop": "x11-utils", "xwininfo": "x11-utils",
    "setxkbmap": "x11-xkb-utils", "xkbcomp": "x11-xkb-utils", "xterm": "xterm",
    "zenity": "zenity", "dbus-daemon": "dbus", "dbus-run-session": "dbus",
    "gnome-keyring-daemon": "gnome-keyring", "tesseract": "tesseract-ocr",
    "chromium": "chromium", "wine": "wine", "/usr/lib/wine/wine64": "wine64", "x86_64-w64-mingw32-gcc": "gcc-mingw-w64-x86-64",
}
MODULES = {"tkinter": "python3-tk", "PySide6.QtWidgets": "the Python environment (make setup)",
           "tesserocr": "the Python environment (make setup)"}


def missing_tools() -> list[str]:
    """What the end-to-end tests need and this machine lacks, each with where it comes from."""
    missing = [f"{tool} (package {package})" for tool, package in TOOLS.items()
               if shutil.which(tool) is None]
    for module, source in MODULES.items():
        try:
            importlib.import_module(module)
        except ImportError:
            missing.append(f"Python module {module} ({source})")
    from recipes.errors import OcrDataMissing
    from recipes.tessdata import find_tessdata

    try:
        find_tessdata("dan+eng")
    except OcrDataMissing as e:
        missing.append(f"{e.what} ({e.hint})")
    return missing


@pytest.fixture(scope="session", autouse=True)
def every_tool_is_installed():
    """Fails every end-to-end test at once when a tool is missing, saying what to install."""
    missing = missing_tools()
    if missing:
        pytest.fail("the end-to-end tests need tools this machine lacks:\n  "
                    + "\n  ".join(missing)
                    + "\nInstall them with `make setup` (as root), or apt-get install the "
                    "packages named.", pytrace=False)


@pytest.fixture(scope="session")
def vscreen():
    """A real X server with a window manager; DISPLAY points at it for the whole session."""
    screen = VirtualScreen(width=1920, height=1080, layout="dk").start()
    screen.activate()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    yield screen
    screen.stop()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(autouse=True)
def no_program_left_open():
    """Every test starts on a desktop without the programs a test before it left running (the
    demo program, zenity and xmessage dialogs): a second window of the same title would make
    the next test's `focus` or anchor ambiguous, rightly. Only programs on this session's X
    server are closed: other test sessions (a second worker, the Wine tests) have their own."""
    yield
    display = os.environ.get("DISPLAY")
    if display:
        close_programs_on(display)


def close_programs_on(display: str) -> None:
    import signal

    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            argv = (proc / "cmdline").read_bytes().split(b"\0")
            environ = (proc / "environ").read_bytes().split(b"\0")
        except OSError:
            continue
        name = Path(argv[0].decode(errors="replace")).name if argv and argv[0] else ""
        ours = name in ("zenity", "xmessage") or any(
            a.endswith((b"resources/demo/legacy_app.py", b"programs/tk_practice.py"))
            for a in argv)
        if ours and f"DISPLAY={display}".encode() in environ:
            try:
                os.kill(int(proc.name), signal.SIGTERM)
            except (ProcessLookupError, PermissionError):
                pass
