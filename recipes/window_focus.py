"""Which window the keyboard goes to.

`focus_window` picks exactly one window by its title: none within the timeout, or several that
match, fail the step without focusing anything (as a missing or ambiguous anchor does). The
`KeyboardWindow` of a run remembers the window that the last `focus`, click or `launch` acted on;
a `type` or `press` step without a target, and every secret, is sent only while that window has
the keyboard focus, and a secret only into a window its credential allows and never into a
terminal. Everything goes through the `Desktop` port, the clock and the abort watch, so the unit
tests run it on fakes and without real time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from recipes.errors import AmbiguousWindow, SecretRefused, WindowNotActive, WindowNotFound
from recipes.ports import Clock, Desktop, Window

POLL = 0.1
# Several matching windows must stay several this long before the step fails as ambiguous: a
# window that is closing while its successor opens is not a second candidate.
AMBIGUOUS_FOR = 0.5
# How long a keyboard step waits for the focus to arrive where the last focus or click put it
# (a window manager gives the focus a moment after the click).
FOCUS_WAIT = 2.0
# After a `launch`, how long a `focus` waits for the new program's own window before it takes
# an older window of the same title.
LAUNCHED_WAIT = 5.0
ASK_AGAIN = 0.5  # re-ask the window manager to activate a window this often while waiting


class _NoAbort:
    def check(self) -> None:
        pass


def focus_window(desktop: Desktop, pattern: str, timeout: float, clock: Clock,
                 abort: Any = None, shown: str | None = None,
                 launched: int | None = None) -> Window:
    """Find the one window whose title matches `pattern` and give it the keyboard focus.

    `shown` is the pattern as the recipe writes it (placeholders unfilled), for messages.
    `launched` is the process a `launch` just before started: its window is the one meant, so
    a window of the same title that was open before is not taken while the new one is still
    opening (for up to `LAUNCHED_WAIT` s; a program that handed over to one already running
    shows none), and where both show, the new one is taken.
    Raises `WindowNotFound`, `AmbiguousWindow` (listing the titles; nothing is focused) or
    `WindowNotActive` (the window would not take the focus)."""
    abort = abort or _NoAbort()
    shown = pattern if shown is None else shown
    deadline = clock.now() + timeout
    several_since: float | None = None
    others_since: float | None = None
    while True:
        abort.check()
        found = desktop.find_windows(pattern)
        now = clock.now()
        if launched is not None and found:
            own = [w for w in found if w.pid is not None and
                   launched in desktop.process_chain(w.pid)]
            if own:
                found = own
            else:
                others_since = now if others_since is None else others_since
                if now - others_since < LAUNCHED_WAIT and now < deadline:
                    clock.sleep(POLL)
                    continue
        if len(found) == 1:
            break
        if len(found) > 1:
            several_since = now if several_since is None else several_since
            if now - several_since >= AMBIGUOUS_FOR or now >= deadline:
                raise AmbiguousWindow(shown, [w.title for w in found])
        else:
            several_since = None
            if now >= deadline:
                raise WindowNotFound(shown, timeout)
        clock.sleep(POLL)
    window = found[0]
    end = max(deadline, clock.now() + FOCUS_WAIT)
    ask_at = clock.now()
    while True:
        abort.check()
        if clock.now() >= ask_at:
            desktop.activate(window.id)
            ask_at = clock.now() + ASK_AGAIN
        active = desktop.active_window()
        if active is not None and active.id == window.id and desktop.ready(window.id):
            return window
        if clock.now() >= end:
            raise WindowNotActive(window.title, active.title if active is not None else None)
        clock.sleep(POLL / 2)


@dataclass
class KeyboardWindow:
    """The window a run's keyboard steps are meant for: the one the last `focus` or click acted
    on (or a dialog of the same program, which a click often opens), or (after a `launch`) any
    window of the program started."""

    window: Window | None = None
    program: tuple[int, str] | None = None  # (pid, command) of the last launch

    def focused(self, window: Window) -> None:
        self.window, self.program = window, None

    def clicked(self, window: Window | None) -> None:
        """A click on `window`; a click on no window of its own (an open menu, a popup) leaves
        the keyboard where it was."""
        if window is not None:
            self.window, self.program = window, None

    def launched(self, pid: int | None, command: str) -> None:
        self.window = None
        self.program = (pid, command) if pid is not None else None

    def check(self, desktop: Desktop, clock: Clock, abort: Any = None, credential: Any = None,
              secret: str | None = None) -> Window:
        """The focused window, once it is the one meant (waiting up to `FOCUS_WAIT`); for a
        secret (`secret`: the credential's name, `credential` its declaration) also one it may
        go into. Raises before anything is typed."""
        abort = abort or _NoAbort()
        if self.window is None and self.program is None:
            raise WindowNotActive(None, _title(desktop.active_window()))
        end = clock.now() + FOCUS_WAIT
        while True:
            abort.check()
            active = desktop.active_window()
            if active is not None and self._meant(desktop, active) and desktop.ready(active.id):
                break
            if clock.now() >= end:
                if self.program is not None:
                    raise WindowNotActive(None, _title(active), program=self.program[1])
                raise WindowNotActive(self.window.title, _title(active))
            clock.sleep(POLL / 2)
        if secret is not None:
            if active.is_terminal:
                raise SecretRefused(secret, active.title, terminal=True)
            allowed = getattr(credential, "window", None)
            if allowed and not re.search(allowed, active.title, re.IGNORECASE):
                raise SecretRefused(secret, active.title, allowed=allowed)
        return active

    def _meant(self, desktop: Desktop, active: Window) -> bool:
        if self.window is not None:
            # The window itself, or another window of the same program: a dialog the click
            # opened (as when the person recorded it). Another program's window never is.
            return active.id == self.window.id or (
                self.window.program is not None and active.program == self.window.program)
        pid = self.program[0]
        return active.pid is not None and pid in desktop.process_chain(active.pid)


def _title(window: Window | None) -> str | None:
    return window.title if window is not None else None
