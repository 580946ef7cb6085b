"""The small interfaces through which the runner touches the world.

The runner and the locators never grab the screen, move the pointer, read the clock or the keyring
themselves: they get objects that satisfy these protocols. `main.py` builds the real ones (X11,
mss, the OS keyring); tests pass fakes.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Protocol, runtime_checkable

import numpy as np

from recipes.keys import Combo


@dataclass(eq=False)
class Frame:
    """One screenshot: BGR pixels (H x W x 3, uint8) whose top-left is at `origin` on the screen."""

    pixels: np.ndarray
    origin: tuple[int, int] = (0, 0)
    taken_at: float = field(default_factory=time.monotonic)

    @property
    def width(self) -> int:
        return int(self.pixels.shape[1])

    @property
    def height(self) -> int:
        return int(self.pixels.shape[0])

    @cached_property
    def grey(self) -> np.ndarray:
        import cv2

        return cv2.cvtColor(self.pixels, cv2.COLOR_BGR2GRAY)

    def crop(self, x: int, y: int, w: int, h: int) -> np.ndarray:
        """Pixels of a screen rectangle (screen coordinates), clipped to the frame."""
        ox, oy = self.origin
        x0, y0 = max(0, x - ox), max(0, y - oy)
        x1, y1 = min(self.width, x - ox + w), min(self.height, y - oy + h)
        return self.pixels[y0:y1, x0:x1]


@runtime_checkable
class Screen(Protocol):
    def grab(self) -> Frame:
        """The whole screen as it is now."""
        ...

    def size(self) -> tuple[int, int]: ...

    # Optional: `grab_region(x, y, w, h) -> Frame`, a rectangle only (its `origin` at x, y).
    # Where a screen has it, an anchor expected at a known place is looked for in a small grab
    # first, which costs a fraction of a whole screen's.


@runtime_checkable
class Input(Protocol):
    """Pointer and keyboard. Coordinates are screen pixels."""

    def move(self, x: int, y: int) -> None: ...

    def click(self, x: int, y: int, button: str = "left", count: int = 1) -> None: ...

    def drag(self, x1: int, y1: int, x2: int, y2: int) -> None: ...

    def scroll(self, x: int | None, y: int | None, amount: int) -> None:
        """Wheel ticks at (x, y) (or where the pointer is); positive scrolls down."""
        ...

    def press(self, combo: Combo) -> None: ...

    def type_text(self, text: str) -> None:
        """Type text so that any X program receives exactly these characters (æøå ÆØÅ too)."""
        ...


@runtime_checkable
class Clock(Protocol):
    def now(self) -> float: ...

    def sleep(self, seconds: float) -> None: ...


class SystemClock:
    def now(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)


@runtime_checkable
class Secrets(Protocol):
    """The OS keyring. `service` is the credential's name in the recipe."""

    def get(self, service: str, username: str | None) -> tuple[str | None, str | None]:
        """(username, password) stored for the credential, or (None, None)."""
        ...

    def set(self, service: str, username: str | None, password: str) -> None: ...


@dataclass
class Decision:
    approved: bool
    who: str
    values: dict[str, str] = field(default_factory=dict)
    comment: str = ""


@runtime_checkable
class Prompt(Protocol):
    """Asks a person at a checkpoint. The robot never answers for them."""

    def checkpoint(self, message: str, frame: Frame | None, values: dict[str, str]) -> Decision: ...


# WM_CLASS names (instance or class, lower case) of terminal emulators: a secret is never typed
# into one, whatever its title says.
# The workbench's application name: its windows' class (WM_CLASS) on X11.
WORKBENCH_APP_NAME = "Opskrift"

TERMINAL_CLASSES = frozenset({
    "xterm", "uxterm", "gnome-terminal", "gnome-terminal-server", "konsole", "xfce4-terminal",
    "terminal", "urxvt", "rxvt", "rxvt-unicode", "kitty", "alacritty", "terminator", "tilix",
    "st", "st-256color", "lxterminal", "mate-terminal", "qterminal", "terminology", "wezterm",
    "org.wezfurlong.wezterm", "foot", "footclient", "sakura", "guake", "tilda", "yakuake",
    "cool-retro-term", "eterm", "aterm", "mlterm", "termite", "x-terminal-emulator",
    "org.gnome.console", "kgx", "org.gnome.terminal", "deepin-terminal", "ptyxis",
    # Windows: the console host, Windows Terminal, mintty (Git Bash, Cygwin), PuTTY, ConEmu.
    "consolewindowclass", "cascadia_hosting_window_class", "mintty", "putty",
    "virtualconsoleclass",
})


@dataclass(frozen=True)
class Window:
    """A top-level window: its id (the client window, not the frame), title and geometry, the
    process that owns it (where known), its WM_CLASS (instance, class) and its program."""

    id: int
    title: str
    x: int
    y: int
    width: int
    height: int
    pid: int | None = None
    wm_class: tuple[str, ...] = ()
    # Which program the window belongs to, where the desktop says so (X11: the client leader
    # that all windows of one program name, as Tk, GTK and Qt do; Windows: the process), so that
    # a dialog a click opened counts as the clicked program's own.
    program: int | None = None

    @property
    def is_terminal(self) -> bool:
        return any(name.lower() in TERMINAL_CLASSES for name in self.wm_class)

    @property
    def is_workbench(self) -> bool:
        """A window of an Opskrift workbench (this one or another running): never a target."""
        return WORKBENCH_APP_NAME in self.wm_class[1:]


@runtime_checkable
class Desktop(Protocol):
    """Programs and windows. The windows of this program itself and the terminal it runs in are
    never listed: the robot must not act on them."""

    def launch(self, command: list[str], cwd: str | None = None) -> Any:
        """Start a program; relative paths in `command` are relative to `cwd` (the recipe folder).
        Returns the process (with its `pid`)."""
        ...

    def find_windows(self, title_pattern: str) -> list[Window]:
        """The windows whose title matches (regular expression, case-insensitive, anywhere)."""
        ...

    def activate(self, window_id: int) -> None:
        """Ask for the window to come to the front with the keyboard focus."""
        ...

    def active_window(self) -> Window | None:
        """The window that has the keyboard focus now."""
        ...

    def ready(self, window_id: int) -> bool:
        """Whether the window takes keys now (Windows: its program has handled what was sent
        to it before, and its keyboard focus is inside it; X11: always)."""
        ...

    def window_at(self, x: int, y: int) -> Window | None:
        """The top-level window under a screen point (None: the desktop, or a popup that is no
        window of its own, such as an open menu)."""
        ...

    def process_chain(self, pid: int) -> tuple[int, ...]:
        """The process and its parents, nearest first (for: does a window belong to a program
        the recipe started?)."""
        ...


@runtime_checkable
class AbortWatch(Protocol):
    """Raises `UserAbort` once the person asked to stop (hotkey, pointer in a corner)."""

    def check(self) -> None: ...
