"""One recording: a backend's raw events -> the journal (with screenshots) -> a recipe at the end.

The backend's callback does almost nothing (it must not stall the input system): it stamps which
screenshot came just before the event and queues both. One consumer thread, in order:
- numbers the event, saves the screenshot to the journal if the step will need one, journals the
  event at once (flushed), unless the event is typing into a field not yet known to be ordinary;
- decides whether a field is a password field before any character typed into it is journalled:
  the characters are held in memory until the field's label has been read (a password word) or
  the screen has shown the typed characters themselves (`recorders.typed_ink`: read back by OCR)
  or bullets. A field is ordinary only on that proof; one still undecided when the typing ends
  (a click, Tab, Return, a pause) is a secret and is listed in `unsure` for the person to check.
  Then the keys are journalled as typed, or as masked keys (a bullet instead of the character)
  whose real value stays in memory only, for the keyring. A kill while a field is undecided
  loses at most those characters.

Pause (while the workbench replays) drops events; the stop hotkey, `request_stop()` or a signal
handler ends the recording; `finish()` builds the recipe and writes it and its images atomically,
then removes the journal (it holds personal data such as CPR numbers).
"""

from __future__ import annotations

import queue
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Callable

import numpy as np

from recipes.keys import parse_combo
from recorders.events import MASK_CHAR, MODIFIER_KEYS, RawEvent
from recorders.fold import Gesture, fold
from recorders.journal import Journal
from recorders.recorder import Recorder
from recorders.ring import FrameRing
from recorders.sensitive import looks_like_password_label
from recorders.typed_ink import judge_typing

DEFAULT_STOP_KEYS = "ctrl+shift+F12"
FOCUS_KEYS = {"Tab", "ISO_Left_Tab", "Return", "KP_Enter", "Escape", "Up", "Down", "Page_Up", "Page_Down"}
SETTLE_S = 0.15  # how long after a key the screen is given to show it
FIRST_LOOK = 3  # characters typed before the screen is first read back
_STOP = object()


def _combo_parts(keys: str) -> tuple[set[str], str]:
    combo = parse_combo(keys)
    return {MODIFIER_KEYS[m] for m in combo.modifiers}, combo.key.lower()


class RecordingSession:
    def __init__(self, out: Path | str, backend: Recorder, ring: FrameRing | None = None,
                 reader: Callable | None = None, stop_keys: str | None = DEFAULT_STOP_KEYS,
                 header: dict | None = None, on_stop: Callable[[], None] | None = None):
        self.out = Path(out)
        self.backend = backend
        self.ring = ring
        self.reader = reader  # OCR: (pixels, origin) -> words; reads a field's label
        self._stop_mods, self._stop_key = _combo_parts(stop_keys) if stop_keys else (set(), "")
        self._header = header or {}
        self.on_stop = on_stop  # called once when the stop hotkey is pressed
        self.stop_why = ""
        self.stopped = threading.Event()
        self._paused = threading.Event()
        self._q: queue.Queue = queue.Queue()
        self._held_cb: set[str] = set()  # modifiers held, seen by the callback
        self._prev_cb: RawEvent | None = None
        self.t0 = 0.0
        self.journal: Journal | None = None
        self.events: list[RawEvent] = []  # journalled events (what the recipe is built from)
        self.secrets: dict[int, str] = {}  # seq of a password's first key -> what was typed
        self.labels: dict[int, str] = {}  # seq of a field's first key -> its label
        self.unsure: set[int] = set()  # seq of a field's first key, kept secret without proof
        self.errors: list[str] = []
        # consumer-thread state
        self._seq = 0
        self._held: set[str] = set()
        self._next_look = FIRST_LOOK  # characters typed at the next read-back of the screen
        self._field = "unknown"  # unknown | plain | secret
        self._field_seq = 0
        self._focus: tuple[int, int] | None = None
        self._focus_frame = None
        self._pending: list[tuple[RawEvent, object]] = []
        # Shift / AltGr pressed before the first character of a field that is not known yet:
        # held back with it, so that a password field journals no trace of them.
        self._level_keys: list[tuple[RawEvent, object]] = []
        self._typed = ""
        self._last_saved: tuple[object, str] | None = None
        self._keys_frame = None  # the screen just before the first key typed into this field
        self._label_for: tuple | None = None
        self._label: str | None = None
        self._consumer: threading.Thread | None = None

    # --- control -----------------------------------------------------------------------------
    def start(self) -> None:
        header = {"layout": self.backend.layout, **self._header}
        if self.ring is not None:
            first = self.ring.wait_first()
            if first is not None:
                header["screen"] = [first.width, first.height]
        try:
            self.journal = Journal(self.out, header)  # UnfinishedRecording: never appended to
        except Exception:
            if self.ring is not None:
                self.ring.stop()
            raise
        self.t0 = time.monotonic()
        self._consumer = threading.Thread(target=self._consume, name="recording", daemon=True)
        self._consumer.start()
        self.backend.start(self._on_raw)

    def pause(self) -> None:
        """Drop input until `resume` (the workbench is replaying, or the person asked)."""
        self._paused.set()

    def resume(self) -> None:
        self._paused.clear()

    @property
    def paused(self) -> bool:
        return self._paused.is_set()

    def request_stop(self, why: str = "request") -> None:
        """Stop (`why`: "signal" where SIGINT/SIGTERM asked, so a last Ctrl+C is not a step)."""
        self.stop_why = self.stop_why or why
        self.stopped.set()

    def wait(self, timeout: float | None = None) -> bool:
        return self.stopped.wait(timeout)

    def gestures(self) -> list[Gesture]:
        """The steps so far, without anchors (for a live list in the workbench)."""
        return fold(sorted(self.events, key=lambda e: e.seq))

    def finish(self) -> None:
        """Stop the backend, journal what is still pending and close the journal."""
        self.stopped.set()
        self.backend.stop()
        self._q.put(_STOP)
        if self._consumer is not None:
            self._consumer.join(timeout=10)
        if self.ring is not None:
            self.ring.stop()
        if self.journal is not None:
            self.journal.close(time.monotonic() - self.t0, self.stop_why or "request")

    # --- backend thread ----------------------------------------------------------------------
    def _on_raw(self, ev: RawEvent) -> None:
        if self.stopped.is_set() or self._paused.is_set():
            return
        if ev.key in MODIFIER_KEYS:
            (self._held_cb.add if ev.kind == "key_down" else self._held_cb.discard)(MODIFIER_KEYS[ev.key])
        elif (ev.kind == "key_down" and self._stop_key and (ev.key or "").lower() == self._stop_key
              and self._stop_mods <= self._held_cb):
            self.stop_why = self.stop_why or "hotkey"
            self.stopped.set()
            if self.on_stop is not None:
                self.on_stop()
            return
        frame = None
        if self.ring is not None and self._needs_frame(ev):
            frame = self.ring.before(ev.t)
        if ev.kind != "key_up" and ev.key not in MODIFIER_KEYS:
            self._prev_cb = ev
        self._q.put((ev, frame))

    def _needs_frame(self, ev: RawEvent) -> bool:
        if ev.kind in ("press",):
            return True
        if ev.kind == "scroll":
            return self._prev_cb is None or self._prev_cb.kind != "scroll"
        if ev.kind == "key_down" and ev.key not in MODIFIER_KEYS:
            p = self._prev_cb
            return not (p is not None and p.kind == "key_down" and (p.is_printable or p.key == "BackSpace"))
        return False

    # --- consumer thread ---------------------------------------------------------------------
    def _consume(self) -> None:
        while True:
            try:
                item = self._q.get(timeout=0.1)
            except queue.Empty:
                if self._pending and time.monotonic() - self._pending[-1][0].t > 0.8:
                    self._resolve(force=True)
                continue
            if item is _STOP:
                self._resolve(force=True)
                return
            try:
                self._handle(*item)
            except Exception as e:  # one bad event must not end the recording
                self.errors.append(f"{type(e).__name__}: {e}")

    def _handle(self, ev: RawEvent, frame) -> None:
        self._seq += 1
        ev = replace(ev, seq=self._seq)
        if frame is not None:
            self._save_frame(ev, frame)
        if ev.key in MODIFIER_KEYS:
            (self._held.add if ev.kind == "key_down" else self._held.discard)(MODIFIER_KEYS[ev.key])
            self._route(ev, frame)
            return
        if ev.kind == "press":
            self._resolve(force=True)
            self._field, self._focus, self._focus_frame = "unknown", (ev.x, ev.y), frame
            self._write(ev)
            return
        if ev.kind in ("release", "scroll"):
            self._resolve(force=True)
            self._write(ev)
            return
        if ev.kind == "focus":  # another window: what follows is typed into a field not known yet
            self._resolve(force=True)
            self._field, self._focus, self._focus_frame = "unknown", None, frame
            self._write(ev)
            return
        texty = (ev.is_printable and not (self._held & {"ctrl", "alt", "super"})) or ev.key == "BackSpace"
        if texty:
            self._route(ev, frame)
            return
        if ev.kind == "key_down":
            self._resolve(force=True)
            if ev.key in FOCUS_KEYS:
                self._field, self._focus, self._focus_frame = "unknown", None, frame
        self._write(ev)

    def _route(self, ev: RawEvent, frame) -> None:
        """Typing: journal it, mask it, or hold it until the field is known."""
        if self._field == "plain" and not self._pending:
            self._write(ev)
            return
        if self._field == "secret" and not self._pending:
            self._write_secret(ev)
            return
        if ev.key in MODIFIER_KEYS and not self._pending:
            if MODIFIER_KEYS[ev.key] in ("shift", "altgr") and self._field == "unknown":
                self._level_keys.append((ev, frame))
                return
            self._write(ev)
            return
        if not self._pending:
            if ev.kind != "key_down" or not ev.is_printable:
                self._write(ev)  # a key_up or BackSpace before anything was typed here
                return
            self._field_seq = ev.seq
            self._typed = ""
            self._pending.extend(self._level_keys)
            self._level_keys = []
            self._next_look = FIRST_LOOK
            self._keys_frame = frame or (self.ring.before(ev.t) if self.ring is not None else None)
        self._pending.append((ev, frame))
        if ev.kind == "key_down" and ev.is_printable:
            self._typed += ev.key
        elif ev.kind == "key_down" and ev.key == "BackSpace":
            self._typed = self._typed[:-1]
        if len(self._typed) >= self._next_look:
            # Reading the screen back takes a moment: look again after half as much more typing.
            self._next_look = len(self._typed) + max(3, len(self._typed) // 2)
            self._resolve(force=False)

    def _resolve(self, force: bool) -> None:
        if not self._pending:
            return
        verdict, label = self._classify(force)
        if verdict is None and not force:
            return
        secret = verdict != "clear"
        unsure = verdict in (None, "no_ink")
        self._field = "secret" if secret else "plain"
        if label:
            self.labels[self._field_seq] = label
        if unsure:
            self.unsure.add(self._field_seq)
        self.journal.write({"type": "field", "seq": self._field_seq, "masked": secret,
                            "why": verdict or "undecided", "label": label, "unsure": unsure})
        pending, self._pending = self._pending, []
        for ev, _frame in pending:
            (self._write_secret if secret else self._write)(ev)

    def _classify(self, force: bool) -> tuple[str | None, str | None]:
        """(clear | masked | no_ink | label | None, the field's label); None while undecided."""
        label = self._read_label()
        if looks_like_password_label(label):
            return "label", label
        if not self._typed.strip():
            # Only spaces (a check box ticked with the space bar): no ink to read back, and
            # nothing that could be a secret.
            return ("clear" if force else None), label
        first_frame = self._keys_frame
        if self.ring is None or first_frame is None:
            return None, label
        last_t = self._pending[-1][0].t
        after = self.ring.after(last_t + SETTLE_S)
        if after is None or after is first_frame:
            return None, label
        typed = judge_typing(first_frame, after, self._typed, self.reader, self._focus)
        if typed.verdict in (None, "no_ink") and force:
            # A slow program (or a remote desktop) may still be drawing: look again a second
            # later before calling the field a secret.
            later = self.ring.after(last_t + 1.0, timeout=1.5)
            if later is not None and later is not after:
                after = later
                typed = judge_typing(first_frame, after, self._typed, self.reader, self._focus)
        if typed.verdict in (None, "no_ink") and not force:
            return None, label
        if typed.verdict != "clear" and typed.box is not None and not typed.near_focus:
            # The typing showed away from the last click (a dialog the program opened, a field
            # reached by Tab): the credential is named by the label beside where it showed.
            x, y, w, h = typed.box
            label = self._label_at((x + 2, y + h // 2), after)
        return typed.verdict, label

    def _read_label(self) -> str | None:
        """The label of the field clicked last (read once per click)."""
        if self.reader is None or self._focus is None or self._focus_frame is None:
            return None
        if self._label_for != (self._focus, id(self._focus_frame)):
            self._label_for = (self._focus, id(self._focus_frame))
            self._label = self._label_at(self._focus, self._focus_frame)
        return self._label

    def _label_at(self, point: tuple[int, int], f) -> str | None:
        """The label beside or above the field at a screen point, read on frame `f`."""
        from recorders.anchors import capture_anchor

        x, y = point
        ox, oy = f.origin
        x0, y0 = max(0, x - ox - 460), max(0, y - oy - 80)
        crop = f.pixels[y0:y - oy + 40, x0:x - ox + 260]
        try:
            words = self.reader(np.ascontiguousarray(crop), (x0 + ox, y0 + oy))
            return capture_anchor(crop, words, x, y, field=True, origin=(x0 + ox, y0 + oy)).text
        except Exception as e:
            self.errors.append(f"reading a field label: {e}")
            return None

    def _write(self, ev: RawEvent) -> None:
        if self._level_keys:  # held back in vain: something else than typing came next
            held, self._level_keys = self._level_keys, []
            for earlier, _frame in held:
                self._write(earlier)
        ev = replace(ev, t=round(ev.t - self.t0, 4))
        self.journal.event(ev)
        self.events.append(ev)

    def _write_secret(self, ev: RawEvent) -> None:
        if MODIFIER_KEYS.get(ev.key or "") in ("shift", "altgr"):
            return  # when Shift or AltGr went down would tell which characters of it were which
        if ev.kind == "key_down" and ev.is_printable:
            self.secrets[self._field_seq] = self.secrets.get(self._field_seq, "") + ev.key
        elif ev.kind == "key_down" and ev.key == "BackSpace":
            self.secrets[self._field_seq] = self.secrets.get(self._field_seq, "")[:-1]
        if ev.is_printable:
            ev = replace(ev, key=MASK_CHAR, masked=True)
        self._write(ev)

    def _save_frame(self, ev: RawEvent, frame) -> None:
        try:
            reuse = self._last_saved[1] if self._last_saved and self._last_saved[0] is frame else None
            name = self.journal.frame(ev.seq, frame.taken_at - self.t0, frame.pixels, frame.origin, reuse)
            self._last_saved = (frame, name)
        except Exception as e:
            self.errors.append(f"saving a screenshot: {e}")
