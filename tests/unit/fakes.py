"""Fakes behind the ports of recipes/ports.py, for unit tests of the runner (no display)."""

from __future__ import annotations

import numpy as np

from recipes.errors import (
    AmbiguousAnchor, AnchorNotFound, AnchorStillVisible, Candidate, ScreenBlank, UserAbort,
)
from recipes.match import Match
from recipes.ports import Decision, Frame, Window


class FakeClock:
    def __init__(self):
        self.t = 1000.0

    def now(self):
        return self.t

    def sleep(self, seconds):
        self.t += seconds


class FakeScreen:
    def __init__(self, w=800, h=600):
        self.pixels = np.full((h, w, 3), 255, np.uint8)

    def grab(self):
        return Frame(self.pixels.copy())

    def size(self):
        return (self.pixels.shape[1], self.pixels.shape[0])


class FakeInput:
    def __init__(self):
        self.calls = []

    def move(self, x, y):
        self.calls.append(("move", x, y))

    after_click = None  # what the program does when clicked (e.g. a dialog takes the focus)

    def click(self, x, y, button="left", count=1):
        self.calls.append(("click", x, y, button, count))
        if self.after_click is not None:
            self.after_click()

    def drag(self, x1, y1, x2, y2):
        self.calls.append(("drag", x1, y1, x2, y2))

    def scroll(self, x, y, amount):
        self.calls.append(("scroll", x, y, amount))

    def press(self, combo):
        self.calls.append(("press", str(combo)))

    def type_text(self, text):
        self.calls.append(("type", text))


class FakeLocator:
    """Screen contents as a dict: anchor text -> Match (or a list for ambiguity), appearing at a
    given clock time. Waiting past the timeout advances the fake clock, taking no real time.
    While `blank` is true the screen shows nothing (black), as a locked screen does."""

    def __init__(self, places=None, appear_at=None, blank=False):
        self.places = dict(places or {})
        self.appear_at = dict(appear_at or {})
        self.blank = blank
        self.waits = []

    def wait(self, screen, target, timeout, clock, gone=False, abort=None, anywhere=False):
        key = target.text or target.image
        self.waits.append((key, timeout))
        deadline = clock.now() + timeout
        while True:
            if abort is not None:
                abort.check()
            if self.blank:
                if clock.now() >= deadline:
                    raise ScreenBlank(target.parts(), colour=(0, 0, 0))
                clock.sleep(0.1)
                continue
            visible = key in self.places and clock.now() >= self.appear_at.get(key, 0)
            if gone and not visible:
                return None
            if not gone and visible:
                found = self.places[key]
                if isinstance(found, list) and anywhere:
                    return found[0]
                if isinstance(found, list):
                    raise AmbiguousAnchor(target.parts(), [
                        Candidate(m.x, m.y, m.w, m.h, m.score, m.label) for m in found])
                return found
            if clock.now() >= deadline:
                if gone:
                    raise AnchorStillVisible(target.parts(), timeout)
                raise AnchorNotFound(target.parts(), timeout, Candidate(5, 5, 10, 10, 0.41, "Gen"))
            clock.sleep(0.1)


class FakePrompt:
    def __init__(self, answers):
        self.answers = list(answers)
        self.asked = []
        self.frames = []

    def checkpoint(self, message, frame, values):
        self.asked.append((message, dict(values)))
        self.frames.append(frame)
        approved, edits = self.answers.pop(0)
        return Decision(approved=approved, who="Mette (test)", values=edits)


class FakeSecrets:
    def __init__(self, store):
        self.store = store

    def get(self, service, username):
        return self.store.get(service, (None, None))

    def set(self, service, username, password):
        self.store[service] = (username, password)


class FakeDesktop:
    """Top-level windows by title. `active` has the keyboard focus; a click lands in `under`
    (default: the active window); `activate` gives a window the focus at once, unless it is
    `stubborn`. A launched program gets pid 4242, and its windows name it in `chains`."""

    def __init__(self, windows=("Sagssystem",), active=0):
        self.launched = []
        self.windows = [w if isinstance(w, Window) else Window(i + 1, w, 0, 0, 400, 300)
                        for i, w in enumerate(windows)]
        self.active = self.windows[active] if active is not None and self.windows else None
        self.under = None
        self.stubborn = False
        self.activated = []
        self.chains = {}

    def window(self, title):
        return next(w for w in self.windows if w.title == title)

    def launch(self, command, cwd=None):
        from types import SimpleNamespace

        self.launched.append((command, cwd))
        return SimpleNamespace(pid=4242)

    def find_windows(self, title_pattern):
        import re

        return [w for w in self.windows if re.search(title_pattern, w.title, re.I)]

    def activate(self, window_id):
        self.activated.append(window_id)
        if not self.stubborn:
            self.active = next(w for w in self.windows if w.id == window_id)

    def ready(self, window_id):
        return True

    def active_window(self):
        return self.active

    def window_at(self, x, y):
        return self.under if self.under is not None else self.active

    def process_chain(self, pid):
        return self.chains.get(pid, (pid,))


class AbortAfter:
    """Raises UserAbort once the clock passes a time (as if the person pressed the hotkey)."""

    def __init__(self, clock, at):
        self.clock, self.at = clock, at

    def check(self):
        if self.clock.now() >= self.at:
            raise UserAbort.of("hotkey", hotkey="ctrl+shift+Escape")


class FakeOcr:
    def __init__(self, text_by_call):
        self.text_by_call = list(text_by_call)

    def words(self, pixels, origin=(0, 0)):
        from types import SimpleNamespace

        text = self.text_by_call.pop(0) if self.text_by_call else ""
        out = []
        x = origin[0]
        for word in text.split():
            out.append(SimpleNamespace(text=word, x=x, y=origin[1], w=10 * len(word), h=12, conf=90))
            x += 10 * len(word) + 5
        return out


def match(x, y, w=40, h=20, score=0.97, scale=1.0, how="ocr", label=""):
    return Match(x, y, w, h, score, scale, how, label)
