"""Guided practice (Kør ▸ Guidet øvelse): the trainee does the recipe's work, the workbench shows
where. See `recipes.training` for the rules; this is the screen part.

For each step the robot's Locator finds the target on the live screen (in a thread, again and
again, so the ring follows a window that moves), and three windows of the workbench's show it:

- the ring (`Ring`) around the place to act on, and the callout (`Callout`) beside it ("Trin 3
  af 12: Klik på »Gem«", the author's note, and a kind word after a wrong click). Both are
  transparent for input: a click on them lands on the program below, as if they were not there;
- the panel (`GuidePanel`), always on top in a corner: Pause, Tilbage, Vis mig (the robot does
  this one step), Stop, and "Jeg har tjekket det" at a checkpoint.

The trainee's clicks and keys are watched with the recorder's backend (never what is typed: a
key is counted, its character dropped at once). A typing step is done when keys were typed, the
field's pixels changed and the trainee paused, or on Tab/Enter. Time per step, wrong clicks and
"Vis mig" are kept (`recipes.training.TrainingLog`).
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from recipes.guide import keys_text, target_words
from recipes.keys import parse_combo
from recipes.principal import principal
from recipes.training import (
    StepFeedback, TrainingLog, action_box, guided_steps, inside, judge_click,
)
from workbench.own_windows import come_back, step_aside

# Not managed by the window manager (a manager's frame around a window would take the clicks
# the window itself lets through), on top, never focused, transparent for input.
OVERLAY_FLAGS = (Qt.Tool | Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint
                 | Qt.X11BypassWindowManagerHint | Qt.WindowTransparentForInput
                 | Qt.WindowDoesNotAcceptFocus)
RING = 4          # the ring's thickness
RING_GAP = 5      # between the place and the ring
LOOK_EVERY = 0.4  # seconds between two looks for the target
TYPED_PAUSE = 1.5  # seconds without a key after which a typing step that changed its field is done


class _Bar(QWidget):
    def __init__(self):
        super().__init__(None, OVERLAY_FLAGS)
        self.setAttribute(Qt.WA_ShowWithoutActivating)
        self.setWindowTitle("Guidet øvelse – ring")
        self.setStyleSheet(f"background: {Ring.COLOUR.name()};")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), Ring.COLOUR)
        self.setPalette(palette)


class Ring:
    """An orange frame around a screen box, made of four thin windows (no window covers the
    place itself or anything beside the frame), each transparent for input: a click on the frame
    lands on the program below."""

    COLOUR = QColor("#e8590c")

    def __init__(self):
        self.bars = [_Bar() for _ in range(4)]

    def show_around(self, box) -> None:
        x, y, w, h = box
        m = RING_GAP + RING
        left, top, width, height = x - m, y - m, w + 2 * m, h + 2 * m
        for bar, (bx, by, bw, bh) in zip(self.bars, (
                (left, top, width, RING), (left, top + height - RING, width, RING),
                (left, top, RING, height), (left + width - RING, top, RING, height))):
            bar.setGeometry(bx, by, bw, bh)
            bar.show()
            bar.raise_()

    def hide(self) -> None:
        for bar in self.bars:
            bar.hide()

    def isVisible(self) -> bool:
        return self.bars[0].isVisible()

    def geometry(self) -> QRect:
        """The frame's outer box."""
        top, left = self.bars[0].geometry(), self.bars[2].geometry()
        return QRect(top.x(), top.y(), top.width(), left.height())


class Callout(QWidget):
    """The words beside the ring: the step, what to do, the note, and feedback."""

    def __init__(self):
        super().__init__(None, OVERLAY_FLAGS)
        self.setAttribute(Qt.WA_ShowWithoutActivating)
        self.setWindowTitle("Guidet øvelse – forklaring")
        self.setObjectName("callout")
        self.setStyleSheet("QWidget#callout { background: #fff4d6; border: 2px solid #e8590c; }"
                           "QLabel { color: #1f2328; }"
                           "QLabel#calloutTitle { font-weight: 600; font-size: 14px; }"
                           "QLabel#calloutFeedback { color: #9a3412; font-weight: 600; }")
        self.title = QLabel()
        self.title.setObjectName("calloutTitle")
        self.note = QLabel()
        self.feedback = QLabel()
        self.feedback.setObjectName("calloutFeedback")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        for label in (self.title, self.note, self.feedback):
            label.setWordWrap(True)
            label.setMinimumWidth(300)
            label.setMaximumWidth(380)
            lay.addWidget(label)

    def say(self, title: str, note: str = "", feedback: str = "") -> None:
        self.title.setText(title)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.feedback.setText(feedback)
        self.feedback.setVisible(bool(feedback))
        self.adjustSize()

    def place_by(self, box, window=None) -> None:
        """Beside the program's `window` (x, y, w, h) at the height of the box, so that it
        covers none of the program: right of it, else left; else below the box, or above it
        where the screen ends."""
        x, y, w, h = box
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.adjustSize()
        cw, ch = self.width(), self.height()
        top = min(max(screen.top(), y - 12), screen.bottom() - ch)
        if window is not None:
            wx, wy, ww, wh = window
            if wx + ww + 12 + cw <= screen.right():
                self._show_at(wx + ww + 12, top)
                return
            if wx - 12 - cw >= screen.left():
                self._show_at(wx - 12 - cw, top)
                return
        below = y + h + RING_GAP + RING + 6
        if below + ch > screen.bottom():
            below = y - RING_GAP - RING - 6 - ch
        self._show_at(min(max(screen.left(), x), screen.right() - cw), max(screen.top(), below))

    def place_under(self, panel) -> None:
        """At the screen's right edge under the panel: where no target is seen yet, the callout
        must not cover the program (the robot looks past the callout, so it would hide the very
        place it looks for)."""
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.adjustSize()
        g = panel.frameGeometry()
        self._show_at(screen.right() - self.width() - 16, g.bottom() + 12)

    def _show_at(self, x: int, y: int) -> None:
        self.move(x, y)
        self.show()
        self.raise_()


class GuidePanel(QWidget):
    """The trainee's controls, always on top in the screen's top right corner."""

    def __init__(self):
        super().__init__(None, Qt.Tool | Qt.WindowStaysOnTopHint | Qt.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WA_ShowWithoutActivating)
        self.setWindowTitle(self.tr("Guidet øvelse"))
        self.progress = QLabel()
        self.progress.setObjectName("guideProgress")
        self.checked = QPushButton(self.tr("&Jeg har tjekket det"))
        self.pause = QPushButton(self.tr("&Pause"))
        self.back = QPushButton(self.tr("&Tilbage"))
        self.show_me = QPushButton(self.tr("&Vis mig"))
        self.show_me.setToolTip(self.tr("Robotten gør dette ene trin, så du kan se hvordan"))
        self.skip = QPushButton(self.tr("Spring &over"))
        self.skip.setToolTip(self.tr("Videre til næste trin uden at gøre dette (fx når skærmen "
                                     "allerede er et andet sted)"))
        self.stop = QPushButton(self.tr("&Stop"))
        row = QHBoxLayout()
        for b in (self.checked, self.pause, self.back, self.show_me, self.skip, self.stop):
            b.setFocusPolicy(Qt.NoFocus)
            row.addWidget(b)
        self.hint = QLabel(self.tr("Øv i et testsystem: det, du gør, sker rigtigt i "
                                   "programmet."))
        self.hint.setStyleSheet("color: #6b4e00;")
        lay = QVBoxLayout(self)
        lay.addWidget(self.progress)
        lay.addLayout(row)
        lay.addWidget(self.hint)

    def place(self) -> None:
        self.adjustSize()
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.move(screen.right() - self.width() - 16, screen.top() + 16)
        self.show()


class GuidedSession(QObject):
    """One trainee working through one recipe. Signals come from the look-up and robot threads
    and the input listener; everything is decided in the GUI thread."""

    # step index, Match (or None: not seen; "twice": seen at several places), frame, window box
    found = Signal(int, object, object, object)
    robotDone = Signal(int, object)          # step index, error message or None
    inputSeen = Signal(object)               # a RawEvent (its key's character already dropped)
    ended = Signal(bool)                     # completed

    def __init__(self, doc, env, log: TrainingLog | None = None, values=None, parent=None):
        super().__init__(parent)
        self.doc, self.env, self.log = doc, env, log
        self.recipe = doc.recipe
        self.values = dict(values or {})
        self.steps = guided_steps(self.recipe)
        self.index = -1
        self.match = None
        self.frame = None
        self.window_box = None
        self.paused = False
        self.finished = False
        self.ring, self.callout, self.panel = Ring(), Callout(), GuidePanel()
        self.panel.checked.clicked.connect(self._checked)
        self.panel.pause.clicked.connect(self.toggle_pause)
        self.panel.back.clicked.connect(self.go_back)
        self.panel.show_me.clicked.connect(self.show_me)
        self.panel.skip.clicked.connect(self.skip)
        self.panel.stop.clicked.connect(lambda: self.end(False))
        self.found.connect(self._found)
        self.robotDone.connect(self._robot_done)
        self.inputSeen.connect(self._input)
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._looking_for = -1
        self._robot_busy = False
        self._feedback = ""
        self._typed = 0
        self._last_key = 0.0
        self._field_before = None
        self._typing = QTimer(self, interval=300)
        self._typing.timeout.connect(self._typing_check)
        self.session_id = None
        self.done: list[StepFeedback] = []
        self._listener = None
        # The robot looks past the callout and the panel (they show the very words it looks
        # for); the ring is only a frame around the place and stays in its view.
        from workbench.own_windows import OwnWindowsHidden

        self.env.screen = OwnWindowsHidden(env.screen)
        self._own = QTimer(self, interval=150)
        self._own.timeout.connect(self._own_windows)

    # -- life ------------------------------------------------------------------------------------
    def start(self) -> None:
        if self.log is not None:
            self.session_id = self.log.begin(self.recipe.name, principal())
        self.panel.place()
        self._own.start()
        self._listen()
        threading.Thread(target=self._look_loop, name="guided-look", daemon=True).start()
        self.go_to(0)

    def _own_windows(self) -> None:
        rects = []
        for w in (self.callout, self.panel):
            if w.isVisible():
                g = w.frameGeometry()
                rects.append((g.x(), g.y(), g.width(), g.height()))
        self.env.screen.set_rects(rects)

    def end(self, completed: bool) -> None:
        if self.finished:
            return
        self.finished = True
        self._stop.set()
        self._typing.stop()
        self._own.stop()
        if self._listener is not None:
            try:
                self._listener.stop()
            except Exception:  # noqa: BLE001 - the listener is gone already
                pass
        if not completed:
            self._keep("stopped")
        if self.log is not None and self.session_id is not None:
            self.log.finish(self.session_id, completed)
        self.ring.hide()
        self.callout.hide()
        self.panel.hide()
        self.ended.emit(completed)

    def _listen(self) -> None:
        """The trainee's clicks and keys, from the recorder's backend (the workbench's own
        windows, the panel, are left out by it)."""
        import importlib

        from recipes.desktop import platform

        module, name = platform.RECORDER_BACKEND.split(":")
        backend = getattr(importlib.import_module(module), name)(ignore_pids={os.getpid()})

        from recorders.events import MODIFIER_KEYS

        held: set[str] = set()

        def sink(event) -> None:
            if event.kind == "press":
                # The window under the click as it went down (a dialog the click closes is gone
                # by the time the click is judged).
                self.inputSeen.emit(("click", event.x, event.y, event.window))
            elif event.kind in ("key_down", "key_up") and event.key in MODIFIER_KEYS:
                (held.add if event.kind == "key_down" else held.discard)(MODIFIER_KEYS[event.key])
            elif event.kind == "key_down" and event.key:
                if len(event.key) == 1 and not held & {"ctrl", "alt", "super"}:
                    keys = "?"   # a character typed: counted, never kept
                else:
                    keys = "+".join(sorted(held) + [event.key])
                self.inputSeen.emit(("key", None, None, keys))
        backend.start(sink)
        self._listener = backend

    # -- the steps -------------------------------------------------------------------------------
    @property
    def current(self):
        return self.steps[self.index] if 0 <= self.index < len(self.steps) else None

    def go_to(self, index: int, fresh: bool = True) -> None:
        """Show step `index`; `fresh` (a step met anew) starts its clock and counts again, not
        after a pause."""
        if index >= len(self.steps):
            self._say_done()
            return
        self.index = max(0, index)
        self.match, self._feedback = None, ""
        if fresh:
            self._started = time.monotonic()
            self._wrong = 0
            self._shown_asked = False
        self._typed, self._field_before = 0, None
        self._typing.stop()
        self.ring.hide()
        step = self.current
        self.panel.progress.setText(self.tr("Trin %1 af %2").replace("%1", str(step.number))
                                    .replace("%2", str(step.total)))
        self.panel.checked.setVisible(step.kind == "checkpoint")
        self.panel.back.setEnabled(self.index > 0)
        deciding = bool(getattr(self.recipe.steps[self.index], "decision", False))
        self.panel.show_me.setEnabled(step.kind in ("click", "type", "press") and not deciding)
        self.panel.show_me.setToolTip(
            self.tr("Her træffes en afgørelse: den træffer du selv, robotten viser den ikke")
            if deciding else self.tr("Robotten gør dette ene trin, så du kan se hvordan"))
        self.panel.adjustSize()
        if step.kind == "robot":
            self._say(self.tr("%1 – robotten gør det").replace("%1", step.instruction))
            self._run_robot(self.index)
        elif step.kind == "checkpoint":
            self._say(step.instruction, feedback=self.tr("Tjek det, og klik »Jeg har tjekket "
                                                          "det«, når du har afgjort det."))
        elif step.kind == "press":
            self._say(step.instruction)
        else:
            self._say(step.instruction, feedback=self.tr("Leder efter stedet på skærmen …"))
        with self._lock:
            self._looking_for = self.index if step.kind in ("click", "type") else -1

    def _known(self, text: str) -> str:
        """A text with the practice's values in (not a sensitive one's: its «name» stays)."""
        import re

        hidden = self.recipe.sensitive_names()
        return re.sub(r"\{(\w+)\}", lambda m: self.values[m.group(1)]
                      if m.group(1) in self.values and m.group(1) not in hidden
                      else m.group(0), text)

    def _what_to_type(self) -> str:
        """For a typing step with a value the trainee gave, the value (not a sensitive one)."""
        source = self.recipe.steps[self.index]
        if source.action != "type" or not source.text:
            return ""
        typed = self._known(source.text)
        return "" if "{" in typed else self.tr("Det, du skal skrive: %1").replace("%1", typed)

    def _say(self, what: str, feedback: str | None = None) -> None:
        step = self.current
        source = self.recipe.steps[self.index]
        if step.kind == "checkpoint" and what == step.instruction:
            # Who the case is about, where the practice knows it (not a sensitive value).
            from recipes.guide import instruction

            what = instruction(source.model_copy(update={"message": self._known(source.message)}),
                               self.recipe)
        title = self.tr("Trin %1 af %2: %3").replace("%1", str(step.number)) \
            .replace("%2", str(step.total)).replace("%3", what)
        note = "\n".join(t for t in (step.note, self._what_to_type()) if t)
        self.callout.say(title, note, self._feedback if feedback is None else feedback)
        box = action_box(self.recipe.steps[self.index], self.match) if self.match else None
        if box is not None:
            self.callout.place_by(box, self.window_box)
        else:
            self.callout.place_under(self.panel)

    def _keep(self, outcome: str = "done") -> None:
        """The current step's feedback: seconds (pauses left out), wrong clicks, whether the
        robot was asked to show it, and how it ended (done, skipped, or where the trainee
        stopped)."""
        step = self.current
        if step is None or step.kind == "robot":
            return
        fb = StepFeedback(step.index, self.recipe.steps[step.index].id or "",
                          time.monotonic() - self._started, self._wrong, self._shown_asked,
                          outcome)
        self.done.append(fb)
        if self.log is not None and self.session_id is not None:
            self.log.add(self.session_id, self.recipe.name, fb)

    def _advance(self, shown: bool = False) -> None:
        self._shown_asked = self._shown_asked or shown
        self._keep()
        self.go_to(self.index + 1)

    def skip(self) -> None:
        """Spring over: on to the next step without this one (the screen is elsewhere already,
        or the trainee did it another way); kept as skipped."""
        if self.finished or self.current is None or self._robot_busy:
            return
        source = self.recipe.steps[self.index]
        # A once-per-sitting step whose place never showed was done before this practice.
        done_before = source.once and self.match is None and self.current.kind in ("click",
                                                                                    "type")
        self._keep("done_before" if done_before else "skipped")
        self.go_to(self.index + 1)

    def summary_words(self) -> str:
        """How the practice went, in a sentence: wrong clicks, steps shown and skipped."""
        wrong = sum(f.wrong_clicks for f in self.done)
        shown = sum(1 for f in self.done if f.shown)
        skipped = sum(1 for f in self.done if f.outcome == "skipped")
        parts = [self.tr("1 forkert klik") if wrong == 1 else
                 self.tr("%1 forkerte klik").replace("%1", str(wrong))]
        if shown:
            parts.append(self.tr("%1 vist af robotten").replace("%1", str(shown)))
        if skipped:
            parts.append(self.tr("%1 sprunget over").replace("%1", str(skipped)))
        return ", ".join(parts)

    def _say_done(self) -> None:
        self.index = len(self.steps) - 1
        self.ring.hide()
        self.callout.say(self.tr("Færdig – godt gået!"),
                         self.tr("%1 trin: %2.").replace("%1", str(len(self.steps)))
                         .replace("%2", self.summary_words()))
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.callout.place_by((screen.center().x() - 150, screen.center().y(), 0, 0))
        self.panel.hide()
        QTimer.singleShot(4000, lambda: self.end(True))

    # -- the panel -------------------------------------------------------------------------------
    def toggle_pause(self) -> None:
        self.paused = not self.paused
        self.panel.pause.setText(self.tr("&Fortsæt") if self.paused else self.tr("&Pause"))
        if self.paused:
            self._paused_at = time.monotonic()
            self.ring.hide()
            self.callout.say(self.tr("Pause"), self.tr("Klik »Fortsæt«, når du er klar."))
        else:
            self._started += time.monotonic() - self._paused_at   # the pause does not count
            self.go_to(self.index, fresh=False)

    def go_back(self) -> None:
        if self.index > 0:
            self.go_to(self.index - 1)

    def show_me(self) -> None:
        step = self.current
        if step is None or step.kind == "robot" or self._robot_busy:
            return
        self._shown_asked = True
        self._say(self.tr("%1 – robotten viser det").replace("%1", step.instruction), "")
        self._run_robot(self.index)

    def _checked(self) -> None:
        if self.current is not None and self.current.kind == "checkpoint":
            self._advance()

    # -- the robot -------------------------------------------------------------------------------
    def _run_robot(self, index: int) -> None:
        from recipes.runner import Runner

        self._robot_busy = True
        self.ring.hide()

        def work():
            from workbench.run_words import error_words, run_reason

            message = None
            try:
                run = Runner(self.doc, self.env).run(self.values, only=index, mode="guided")
                if run.status != "passed":
                    message = run_reason(run) or self.tr("trinnet lykkedes ikke")
            except Exception as e:  # noqa: BLE001 - said to the trainee, the session goes on
                message = error_words(e)
            self.robotDone.emit(index, message)
        threading.Thread(target=work, name="guided-robot", daemon=True).start()

    def _robot_done(self, index: int, message) -> None:
        self._robot_busy = False
        if self.finished or index != self.index:
            return
        if message:
            self._feedback = self.tr("Robotten kunne ikke: %1").replace("%1", str(message))
            self._say(self.current.instruction)
            return
        shown = self.current.kind != "robot"
        self._advance(shown=shown)

    # -- looking -----------------------------------------------------------------------------------
    def _look_loop(self) -> None:
        while not self._stop.is_set():
            with self._lock:
                index = self._looking_for
            if index >= 0 and not self.paused and not self._robot_busy:
                target = self._filled(self.recipe.steps[index].target)
                try:
                    out, frame = self.env.locator.locate(self.env.screen, target)
                    match = out.match if out.match is not None else \
                        ("twice" if out.ambiguous else None)
                    if frame is None:
                        frame = self.env.screen.grab()
                except Exception:  # noqa: BLE001 - not found this time; the next look may
                    match, frame = None, None
                self.found.emit(index, match, frame,
                                self._window_of(match) if match != "twice" else None)
            self._stop.wait(LOOK_EVERY)

    def _window_of(self, match):
        """The screen box of the program's window the match is in, or None."""
        if match is None or self.env.desktop is None:
            return None
        try:
            w = self.env.desktop.window_at(*match.centre)
        except Exception:  # noqa: BLE001 - no answer: the callout goes below the place
            return None
        return None if w is None else (w.x, w.y, w.width, w.height)

    def _filled(self, target):
        if target.text and "{" in target.text:
            text = target.text
            for k, v in self.values.items():
                text = text.replace("{" + k + "}", v)
            return target.model_copy(update={"text": text})
        return target

    def _found(self, index: int, match, frame, window) -> None:
        if self.finished or self.paused or index != self.index:
            return
        self.frame = frame if frame is not None else self.frame
        self.window_box = window
        step = self.recipe.steps[index]
        if match == "twice":
            self.match = None
            self.ring.hide()
            self._say(self.current.instruction,
                      self.tr("%1 ses flere steder på skærmen – luk de vinduer, der ikke hører "
                              "til øvelsen.").replace("%1", target_words(step.target,
                                                                           self.recipe)))
            return
        if match is None:
            if self.match is None:
                if step.once:
                    # A step done once per sitting (logging in): with the program already past
                    # it, Spring over is the way on, and it is no trouble of the trainee's.
                    said = self.tr("Jeg kan ikke se %1. Er det allerede gjort (fx er du logget "
                                   "ind)? Så klik »Spring over«.")
                else:
                    said = self.tr("Jeg kan ikke se %1 på skærmen endnu – er programmet "
                                   "fremme?")
                self._say(self.current.instruction,
                          said.replace("%1", target_words(step.target, self.recipe)))
            return
        first = self.match is None
        self.match = match
        box = action_box(step, match)
        self.ring.show_around(box)
        if first:
            self._say(self.current.instruction)
            if self.current.kind == "type":
                self._field_before = self._field_pixels(box)
        else:
            self.callout.place_by(box, self.window_box)

    def _field_pixels(self, box):
        """The line the field is on, across the program's window (text typed at the end of a
        long field may stand far right of the place the ring marks)."""
        x, y, w, h = box
        if self.window_box is not None:
            wx, _, ww, _ = self.window_box
            x, w = wx, ww
        else:
            w += 400
        try:
            return np.array(self.env.screen.grab_region(x, y, w, h).pixels, copy=True)
        except Exception:  # noqa: BLE001 - no picture: the pause alone decides
            return None

    # -- the trainee -------------------------------------------------------------------------------
    def _input(self, event) -> None:
        kind, x, y, keys = event
        step = self.current
        if self.finished or self.paused or step is None or self._robot_busy:
            return
        if kind == "click":
            self._click(step, x, y, keys)
        elif step.kind == "type":
            self._typed += 1
            self._last_key = time.monotonic()
            if keys.lower() in ("tab", "return", "kp_enter") and self._typed > 1:
                self._typing.stop()
                self._advance()
            elif not self._typing.isActive():
                self._typing.start()
        elif step.kind == "press":
            self._key(step, keys)

    def _click(self, step, x: int, y: int, pressed_in=None) -> None:
        """A click of the trainee's: right on the place; else wrong where it went to the
        target's window (`pressed_in`: the window's box as the button went down)."""
        if step.kind not in ("click", "type") or self.match is None:
            return
        source = self.recipe.steps[step.index]
        if step.kind == "type" and inside(action_box(source, self.match), x, y):
            return   # into the field: that is how typing begins
        verdict = judge_click(source, self.match, x, y, self._words_near(x, y))
        if verdict.code == "right":
            if step.kind == "click":
                self._advance()
            return
        if not self._in_target_window(pressed_in):
            return   # another window (a message the program showed): no wrong click
        self._wrong += 1
        want = target_words(source.target, self.recipe)
        if step.kind == "type" and source.target.offset:
            want = self.tr("feltet ved %1").replace("%1", want)
        if verdict.seen:
            self._feedback = self.tr("Det var »%1« – prøv %2").replace("%1", verdict.seen) \
                .replace("%2", want)
        else:
            self._feedback = self.tr("Det var ikke %1 – prøv ved den orange ramme") \
                .replace("%1", want)
        self._say(step.instruction)

    def _in_target_window(self, pressed_in) -> bool:
        """Whether the click went down in the window the step's target is in (where both are
        known; else it counts)."""
        if pressed_in is None or self.window_box is None:
            return True
        return tuple(int(v) for v in pressed_in) == tuple(int(v) for v in self.window_box)

    def _words_near(self, x: int, y: int):
        """The words around the clicked point on the screen the trainee saw."""
        if self.frame is None or self.env.ocr is None:
            return []
        ox, oy = self.frame.origin
        x0, y0 = max(0, x - 160 - ox), max(0, y - 24 - oy)
        crop = self.frame.pixels[y0:y0 + 48, x0:x0 + 320]
        try:
            return self.env.ocr.words(np.ascontiguousarray(crop), (x0 + ox, y0 + oy))
        except Exception:  # noqa: BLE001 - no words: the feedback says so without them
            return []

    def _key(self, step, pressed: str) -> None:
        wanted = self.recipe.steps[step.index].keys
        want = parse_combo(wanted)
        try:
            got = parse_combo(pressed) if pressed != "?" else None
        except Exception:  # noqa: BLE001 - a key the combo rules do not know
            got = None
        if got is not None and set(got.modifiers) == set(want.modifiers) and \
                got.key.lower() == want.key.lower():
            self._advance()
            return
        self._wrong += 1
        said = keys_text(pressed) if pressed != "?" else self.tr("en anden tast")
        self._feedback = self.tr("Det var %1 – prøv %2").replace("%1", said) \
            .replace("%2", keys_text(wanted))
        self._say(step.instruction)

    def _typing_check(self) -> None:
        step = self.current
        if step is None or step.kind != "type" or self._typed == 0:
            return
        if time.monotonic() - self._last_key < TYPED_PAUSE:
            return
        if self.match is not None and self._field_before is not None:
            now = self._field_pixels(action_box(self.recipe.steps[step.index], self.match))
            if now is not None and now.shape == self._field_before.shape and \
                    np.array_equal(now, self._field_before):
                return   # nothing shows in the field yet
        self._typing.stop()
        self._advance()


def start_guided(window, doc, values=None) -> GuidedSession:
    """Guided practice on `doc` from the workbench `window`, which steps aside until it ends."""
    from recipes.desktop.environment import build_environment
    from recipes.history import workbench_home

    settings = window.settings
    base = Path(doc.path).parent if doc.path else Path.cwd()
    env = build_environment(base, abort_hotkey=settings.abort_hotkey,
                            languages=settings.ocr_languages, with_abort=False)
    log = TrainingLog(window.history.db) if getattr(window, "history", None) is not None \
        else TrainingLog.open(workbench_home())
    session = GuidedSession(doc, env, log, values, parent=window)
    step_aside(window)

    def ended(completed):
        from recipes.desktop.environment import close_environment

        close_environment(env)
        come_back(window)
        window.activateWindow()
        if completed:
            said = window.tr("Øvelsen er gennemført: {0} trin, {1}.").format(
                len(session.steps), session.summary_words())
        else:
            said = window.tr("Øvelsen blev stoppet ved trin {0} af {1}.").format(
                session.index + 1, len(session.steps))
        window.statusBar().showMessage(said, 20000)
    session.ended.connect(ended)
    session.start()
    return session
