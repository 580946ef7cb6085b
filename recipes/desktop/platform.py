"""The one place that knows which desktop the program runs on and builds its adapters.

X11 (Linux) and Windows each have their own screen, input, windows, abort watch, keyring backend
and recorder behind the ports of `recipes.ports`. Everything else asks this module for them and
never names an X11 or Win32 class or looks at `sys.platform`: the import-linter contract
"Platform adapters are chosen in one place" (pyproject.toml) keeps it so.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

WINDOWS = sys.platform == "win32"
NAME = "windows" if WINDOWS else "x11"

# Ctrl+Shift+Esc opens the Task Manager on Windows and cannot be taken by a program there.
DEFAULT_ABORT_HOTKEY = "ctrl+shift+F11" if WINDOWS else "ctrl+shift+Escape"
# The recorder backend, as "module:class" (recorders/ builds it; recipes/ cannot import it).
RECORDER_BACKEND = "recorders.win32:Win32Recorder" if WINDOWS else "recorders.x11:X11Recorder"

# Where passwords are kept, as messages name it.
SECRET_STORE = "Windows Credential Manager" if WINDOWS else "the keyring"
SECRET_STORE_KIND = "credential_manager" if WINDOWS else "keyring"   # the same, as data

# How a person starts this program, as messages name it: the portable Windows build's launcher
# sets OPSKRIFT_DIR.
COMMAND = "Opskrift.cmd" if os.environ.get("OPSKRIFT_DIR") else "python main.py"

_prepared = False


def prepare() -> None:
    """Once, before any window or screen call: on Windows make the process per-monitor DPI
    aware, so that grabbed pixels, window places and clicks agree at every display scale."""
    global _prepared
    if _prepared:
        return
    _prepared = True
    if WINDOWS:
        from recipes.desktop.win32.api import make_dpi_aware

        make_dpi_aware()


def is_console(stream) -> bool:
    """Whether `stream` is a terminal a person types into (then a password is asked without
    echo); False for a pipe, a file, or Windows' NUL device."""
    if stream is None:
        return False
    if WINDOWS:
        from recipes.desktop.win32.api import is_console as win32_console

        return win32_console(stream)
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def display_problem(environ=None, can_open=None):
    """Why there is no desktop to replay on (a typed `DisplayMissing`), or None."""
    if WINDOWS:
        return None
    from recipes.desktop.x11_display import display_problem as x11_problem

    return x11_problem(environ, can_open)


def screen() -> Any:
    """`ports.Screen` of the whole desktop (every monitor)."""
    prepare()
    from recipes.desktop.screen import MssScreen

    return MssScreen()


def input_device() -> Any:
    """`ports.Input`: pointer and keyboard."""
    prepare()
    if WINDOWS:
        from recipes.desktop.win32.input import Win32Input

        return Win32Input()
    from recipes.desktop.x11_input import X11Input

    return X11Input()


def desktop() -> Any:
    """`ports.Desktop`: programs and windows."""
    prepare()
    if WINDOWS:
        from recipes.desktop.win32.windows import Win32Desktop

        return Win32Desktop()
    from recipes.desktop.windows import X11Desktop

    return X11Desktop()


def abort_watch(ledger=None, hotkey: str | None = None) -> Any:
    """`ports.AbortWatch` (not started): the abort hotkey and the screen corners."""
    hotkey = hotkey or DEFAULT_ABORT_HOTKEY
    if WINDOWS:
        from recipes.desktop.win32.abort import Win32AbortWatch

        return Win32AbortWatch(ledger=ledger, hotkey=hotkey)
    from recipes.desktop.abort import AbortWatch

    return AbortWatch(ledger=ledger, hotkey=hotkey)


def keyring_backend() -> Any:
    """The keyring backend class: Windows Credential Manager, or the Secret Service (GNOME
    Keyring, KWallet 6) on Linux. Chosen, never left to keyring's automatic choice."""
    if WINDOWS:
        from keyring.backends.Windows import WinVaultKeyring

        return WinVaultKeyring
    from keyring.backends.SecretService import Keyring

    return Keyring


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine now (a run in the history begun by
    a process that has ended was cut off)."""
    if pid <= 0:
        return False
    if WINDOWS:
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return bool(ok) and code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether it is there
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's
    return True


def user_data_dir() -> Path:
    """Where the program keeps its history and settings by default, inside the user's profile."""
    if WINDOWS:
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "Opskrift"
    return Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / \
        "opskrift-workbench"


def tessdata_candidates() -> list[Path]:
    """Folders where this system keeps Tesseract's language data (after TESSDATA_PREFIX)."""
    if WINDOWS:
        here = Path(os.environ.get("OPSKRIFT_DIR", Path(__file__).resolve().parents[3]))
        return [here / "tessdata", Path(os.environ.get("PROGRAMFILES", r"C:\Program Files"))
                / "Tesseract-OCR" / "tessdata"]
    return []


@dataclass(frozen=True)
class Demo:
    """The bundled demo of this desktop (`main.py demo`): its program, recipe and cases, where it
    keeps its fictitious password, and how it treats the person's screen."""

    program: str                # the demo program, as messages name it
    folder: Path                # holds the recipe, its cases and what the recipe starts
    password_store: str         # "own keyring": a private gnome-keyring; "memory": this run only
    persons_store: str          # the person's own password store, which the demo never writes
    own_screen: bool            # without a display, a virtual screen of its own (X11)
    key: str = "sag"            # its name on the command line (`main.py demo lon`)
    recipe_name: str = "demo.yaml"
    cases_name: str = "cases.csv"
    saved_name: str = "saved_cases.jsonl"   # what the program saved, in WORKBENCH_HOME/demo

    @property
    def recipe(self) -> Path:
        return self.folder / self.recipe_name

    @property
    def cases(self) -> Path:
        return self.folder / self.cases_name


def demos() -> list[Demo]:
    """Every bundled demo of this desktop, the main one first. X11: KommuneSag (case work, Tk)
    LønAdmin (payroll, GTK 3), BrugerAdmin (IT users, Qt) and Faktura (invoices, Java Swing).
    Windows: Sagsform (Win32)."""
    main = demo()
    if WINDOWS:
        return [main]
    return [main, Demo("LønAdmin", main.folder / "lonadmin", password_store="own keyring",
                       persons_store="keyring", own_screen=True, key="lon",
                       recipe_name="lonadmin.yaml", cases_name="timer.csv",
                       saved_name="lonadmin_gemt.jsonl"),
            Demo("BrugerAdmin", main.folder / "brugeradmin", password_store="own keyring",
                 persons_store="keyring", own_screen=True, key="brugere",
                 recipe_name="brugeradmin.yaml", cases_name="brugere.csv",
                 saved_name="brugeradmin_gemt.jsonl"),
            Demo("Faktura", main.folder / "faktura", password_store="own keyring",
                 persons_store="keyring", own_screen=True, key="faktura",
                 recipe_name="faktura.yaml", cases_name="fakturaer.csv",
                 saved_name="faktura_gemt.jsonl")]


def demo() -> Demo:
    """X11: KommuneSag (resources/demo, Tk), its password in a keyring of its own. Windows: the
    Win32 program Sagsform (resources/windows/demo; the embeddable Python has no Tk and Windows
    no gnome-keyring), its password in memory only, so that it never reaches the Credential
    Manager. Windows always has the person's screen, so the demo asks before it starts."""
    resources = Path(__file__).resolve().parents[2] / "resources"
    if WINDOWS:
        return Demo("Sagsform", resources / "windows" / "demo", password_store="memory",
                    persons_store="Windows Credential Manager", own_screen=False,
                    saved_name="sagsform_gemt.txt")
    return Demo("KommuneSag", resources / "demo", password_store="own keyring",
                persons_store="keyring", own_screen=True)
