"""The step builder: a recording (raw events and the screenshots taken before them) -> a recipe.

`build_recipe` folds the events into gestures (`recorders.fold`), gives every pointer step an
anchor from the screenshot taken just before it (`recorders.anchors`), writes the anchor images
and thumbnails as assets next to the recipe, and handles sensitive input:
- a masked `type` (password field) becomes `type` with `secret:` and a `credentials` entry; the
  value itself is only in `Built.secrets` (from memory, never from the journal), to be offered
  to the keyring;
- CPR numbers typed become a sensitive input and `{cpr}` in the text.

Waits: every pointer step already waits (up to its `timeout`) for its own anchor at replay, so a
slow program never makes it click too early. A keyboard step has nothing to wait for, so where the
previous step changed the screen (a window opened) a `wait_for` on a word that appeared is put
before it. Where a person waited longer than the default timeout for the screen to change, the
step's timeout is raised to cover that.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Callable

import cv2
import numpy as np

from recipes.desktop.platform import COMMAND
from recipes.model import (ClickStep, Credential, DragStep, FocusStep, Input, LaunchStep,
                           PressStep, Recipe, ScrollStep, Target, TypeStep, WaitForStep)
from recorders.anchors import Anchor, capture_anchor, occurrences, phrases, useful, widget_box
from recorders.frames import (WINDOW_CHANGE_PX, RecordedFrame, RecordingFrames, changed_box,
                              intersects)
from recorders.events import RawEvent
from recorders.fold import Gesture, fold
from recorders.sensitive import credential_name, find_cprs, replace_cprs

DEFAULT_TIMEOUT = 10.0
THUMB_WIDTH = 480
Reader = Callable[[np.ndarray, tuple[int, int]], list]


@dataclass
class Note:
    """Something the recorder noticed that a person should check, as data: `code`, the number of
    the step it belongs to in the recording (1-based; None: the whole recording) and values.
    `str()` words it in English (the command line); the workbench words it in Danish
    (`workbench.labels.recording_note`)."""

    code: str
    step: int | None = None
    values: dict = field(default_factory=dict)

    def __str__(self) -> str:
        v, n = self.values, self.step
        text = {
            "rebuilt": "the recording did not end normally; rebuilt from its journal",
            "not_masked": "the screen could not be read (no OCR, or OCR failed), so personal data "
                          "on it could not be masked and no picture of it was kept; the step acts "
                          "at the recorded point: give it an anchor",
            "personal_data_anchor": "what was clicked shows personal data, so it is anchored by "
                                    "a masked image only; check this step",
            "text_repeated": f"the text '{v.get('text')}' shows {v.get('count')} times; "
                             + ("the image patch tells them apart" if v.get("how") == "image"
                                else f"occurrence {v.get('index')} is used"),
            "no_unique_anchor": "no text near the click and the image patch is not unique on "
                                "the screen; check this step",
            "password_window": f"the password '{v.get('name')}' is typed only into the window "
                               f"titled '{v.get('title')}'; widen its `window:` if that title "
                               "changes",
            "password_not_kept": f"the password for '{v.get('name')}' was not kept; store it "
                                 f"with `{v.get('command')}` before the recipe is run",
            "password_field": f"typed into the field '{v.get('label') or '?'}' as a password "
                              f"(credential '{v.get('name')}')"
                              + ("; the screen did not show bullets: correct it if it was "
                                 "ordinary text" if v.get("unsure") else ""),
            "input_made": f"the CPR number typed became the input {{{v.get('input')}}}, asked "
                          "for at every run",
            "wait_inserted": f"a wait for '{v.get('text')}' was put in before the keys, as the "
                             "screen had changed",
        }.get(self.code, self.code)
        return f"step {n}: {text}" if n is not None else text


@dataclass
class Built:
    recipe: Recipe
    assets: dict[str, bytes] = field(default_factory=dict)  # path relative to the recipe -> PNG
    secrets: dict[str, tuple[str | None, str]] = field(default_factory=dict)  # credential -> (user, pw)
    notes: list[Note] = field(default_factory=list)  # what a person should check
    # Steps (indexes into recipe.steps) typed as a password though the screen did not prove it
    # one: the person is told to correct them if they were ordinary text.
    unsure: list[int] = field(default_factory=list)


def _png(pixels: np.ndarray) -> bytes:
    ok, buf = cv2.imencode(".png", np.ascontiguousarray(pixels))
    if not ok:
        raise OSError("an image could not be encoded as PNG")
    return buf.tobytes()


class _Builder:
    def __init__(self, name: str, assets_dir: str, frames: RecordingFrames):
        self.name = name
        self.assets_dir = assets_dir
        self.frames = frames
        self.built = Built(Recipe(name=name))
        self.steps: list = []
        self.inputs: list[Input] = []
        self.credentials: list[Credential] = []
        self.cpr_names: dict[str, str] = {}
        self.ids: set[str] = set()
        self.typed: list[str] = []  # every text typed: never an anchor (it may be personal data)

    def asset(self, name: str, pixels: np.ndarray) -> str:
        rel = f"{self.assets_dir}/{name}"
        self.built.assets[rel] = _png(pixels)
        return rel

    def not_masked(self, n: int) -> None:
        note = Note("not_masked", n)
        if note not in self.built.notes:
            self.built.notes.append(note)

    def mask_title(self, title: str) -> str:
        """A window title as a note may show it: CPR numbers as their placeholders."""
        return replace_cprs(title, dict(self.cpr_names))

    def step_id(self, base: str) -> str:
        from recorders.sensitive import credential_name as slug

        sid = slug(base, self.ids) if base else slug(None, self.ids)
        self.ids.add(sid)
        return sid

    def in_window(self, g: Gesture, x: int, y: int) -> Target | None:
        """The point (x, y) in the window the gesture began in, measured from the corner of its
        content, where the recorder knew that window's title and the point lies inside it: a
        place with nothing of its own to find it by still moves with its window."""
        if not g.window_title or g.window is None:
            return None
        wx, wy, ww, wh = g.window
        if not (0 <= x - wx < ww and 0 <= y - wy < wh):
            return None
        return Target(window=title_pattern(g.window_title, self.cpr_names),
                      point=(x - wx, y - wy), near=(x, y))

    def target(self, g: Gesture, x: int, y: int, n: int, role: str,
               field_click: bool) -> tuple[Target, Anchor | None]:
        frame = self.frames.get(g.seq)
        if frame is None:
            return self.in_window(g, x, y) or Target(point=(x, y)), None
        words = self.frames.words_near(g.seq, x, y)
        if not field_click:
            grey = cv2.cvtColor(frame.pixels, cv2.COLOR_BGR2GRAY)
            face = widget_box(grey, x - frame.origin[0], y - frame.origin[1])
            if face is not None and face[3] <= 80:
                face_words = [w for w in self.frames.words_in(g.seq, face) if useful(w)]
                words = face_words or words
        a = capture_anchor(frame.pixels, words, x, y, field=field_click, origin=frame.origin,
                           screen_words=self.frames.words(g.seq))
        stem = f"{n:02d}_{role}"
        ox, oy = frame.origin
        masked = self.frames.masked(g.seq)
        if masked is None:
            # The screen could not be read, so personal data on it could not be blacked out:
            # no picture of it is kept (fail closed), and the step has no anchor to find.
            self.not_masked(n)
            return self.in_window(g, x, y) or Target(point=(x, y)), None
        pixels, secret_boxes = masked
        ix, iy, iw, ih = a.image_box
        text = a.text
        masker = self.frames.masker
        if text is not None and masker is not None and masker.is_sensitive_word(text):
            # personal data as the anchor (a CPR number clicked in a list): its placeholder
            # where it was typed, else no text anchor at all
            text = replace_cprs(text, self.cpr_names) if find_cprs(text) and all(
                re.sub(r"\D", "", c) in self.cpr_names for c in find_cprs(text)) else None
            a.use_text = text is not None
            a.use_image = a.use_image and not a.use_text
            if text is None:
                self.built.notes.append(Note("personal_data_anchor", n))
        if not a.use_text and not a.image_unique:
            # No text and no picture tells the place apart (a blank editor, an empty canvas):
            # a flat patch would match anywhere, a screen point not after the window moved.
            in_window = self.in_window(g, x, y)
            if in_window is not None:
                return in_window, a
        fields = dict(offset=a.offset, near=a.near)
        if a.use_text and any(intersects(a.image_box, box) for box in secret_boxes):
            a.use_image = False  # a patch with personal data blacked out would not match
        if a.use_image or not a.use_text:
            fields["image"] = self.asset(f"{stem}.png",
                                         pixels[iy - oy:iy - oy + ih, ix - ox:ix - ox + iw])
        if a.use_text:
            tx, ty, tw, th = a.text_box
            fields.update(text=text, size=(tw, th))
            if not any(intersects(a.text_box, box) for box in secret_boxes):
                fields["patch"] = self.asset(f"{stem}_tekst.png",
                                             frame.pixels[ty - oy:ty - oy + th, tx - ox:tx - ox + tw])
            if a.index is not None:
                fields["index"] = a.index
                fields["count"] = a.count
        else:
            fields["size"] = (iw, ih)
        if a.occurrences > 1:
            how = "image" if "image" in fields and not a.use_text else "index"
            self.built.notes.append(Note("text_repeated", n, {
                "text": text, "count": a.occurrences, "how": how, "index": a.index}))
        if "text" not in fields and not a.image_unique:
            self.built.notes.append(Note("no_unique_anchor", n))
        return Target(**fields), a

    def thumbnail(self, g: Gesture, n: int) -> str | None:
        frame = self.frames.get(g.seq)
        if frame is None:
            return None
        masked = self.frames.masked(g.seq)
        if masked is None:
            self.not_masked(n)
            return None
        pixels, _ = masked
        h, w = pixels.shape[:2]
        scale = THUMB_WIDTH / w
        small = cv2.resize(pixels, (THUMB_WIDTH, max(1, round(h * scale))),
                           interpolation=cv2.INTER_AREA)
        return self.asset(f"{n:02d}_skaerm.png", small)


def build_recipe(events: list[RawEvent], frames: dict[int, Callable[[], RecordedFrame]],
                 name: str, assets_dir: str, reader: Reader | None = None,
                 secrets: dict[int, str] | None = None,
                 field_labels: dict[int, str] | None = None, unsure: set[int] | None = None,
                 launch: list[str] | None = None, stopped_by_signal: bool = False) -> Built:
    """Steps, inputs, credentials and assets of a recording.

    `frames` maps an event seq to a loader of the frame taken just before that event; `secrets`
    maps the seq of the first key typed into a password field to what was typed (memory only);
    `field_labels` maps the same seq to the field's label where the recorder read it;
    `unsure` holds the seqs of fields kept secret without proof (listed in `Built.unsure`);
    `launch` is the program the recording started with; `stopped_by_signal` drops a last Ctrl+C
    (the key that stopped a recorder in a terminal)."""
    gestures = fold(events)
    if stopped_by_signal and gestures and gestures[-1].kind == "press" and gestures[-1].keys == "ctrl+c":
        gestures.pop()  # the Ctrl+C that stopped a recorder running in a terminal
    gestures = _keyboard_focus_only(gestures)
    from recipes.masking import Masker

    typed_cprs = [c for g in gestures if g.kind == "type" and not g.masked for c in find_cprs(g.text)]
    masker = Masker(typed_cprs + [re.sub(r"\D", "", c) for c in typed_cprs])
    fr = RecordingFrames(frames, reader, masker)
    b = _Builder(name, assets_dir, fr)
    secrets = secrets or {}
    field_labels = field_labels or {}
    if launch:
        b.steps.append(LaunchStep(action="launch", command=list(launch), id=b.step_id("start"),
                                  note=f"Start {launch[0]}."))
    prev: Gesture | None = None
    last_label: str | None = None  # the label of the field clicked last
    last_plain_text: str | None = None
    keyboard_title: str | None = None  # the window that keys go to: the last click's or focus's
    for i, g in enumerate(gestures):
        nxt = gestures[i + 1] if i + 1 < len(gestures) else None
        n = len(b.steps) + 1
        if not g.is_pointer:
            _maybe_wait(b, prev, g)
            n = len(b.steps) + 1
        step = None
        if g.is_pointer and g.kind != "scroll":
            keyboard_title = g.window_title
        if g.kind in ("click", "double_click", "right_click"):
            field_click = nxt is not None and nxt.kind == "type" and not _window_opened(b, g, nxt)
            target, a = b.target(g, g.x, g.y, n, "klik", field_click)
            last_label = a.text if (a is not None and field_click) else None
            what = f"'{a.text}'" if a is not None and a.text else "det viste sted"
            verb = {"click": "Klik på", "double_click": "Dobbeltklik på", "right_click": "Højreklik på"}[g.kind]
            note = f"Klik i feltet ved {what}." if field_click else f"{verb} {what}."
            if target.window is not None:
                verb = verb.removesuffix(" på")
                note = (f"{verb} i vinduet »{b.mask_title(g.window_title)}« ved "
                        f"({target.point[0]}, {target.point[1]}).")
            step = ClickStep(action=g.kind, target=target, note=note,
                             id=b.step_id((a.text if a is not None else None) or g.kind))
        elif g.kind == "drag":
            target, _ = b.target(g, g.x, g.y, n, "fra", False)
            to, _ = b.target(g, g.x2, g.y2, n, "til", False)
            step = DragStep(action="drag", target=target, to=to, id=b.step_id("traek"),
                            note="Træk fra det første sted til det andet.")
        elif g.kind == "scroll":
            target, _ = b.target(g, g.x, g.y, n, "rul", False)
            step = ScrollStep(action="scroll", target=target, amount=g.amount, id=b.step_id("rul"),
                              note="Rul med musehjulet.")
        elif g.kind == "type":
            label = field_labels.get(g.seq) or last_label
            if g.masked:
                step = _secret_step(b, g, label, last_plain_text, secrets, keyboard_title,
                                    unsure or set())
                if g.seq in (unsure or ()):
                    b.built.unsure.append(len(b.steps))
            else:
                known = set(b.cpr_names.values())
                text = replace_cprs(g.text, b.cpr_names)
                for made in sorted(set(b.cpr_names.values()) - known):
                    b.built.notes.append(Note("input_made", n, {"input": made}))
                b.typed.append(g.text)
                last_plain_text = g.text if text == g.text else None
                where = f" i feltet '{label}'" if label else ""
                step = TypeStep(action="type", text=text, id=b.step_id(label or "tekst"),
                                note=f"Skriv{where}.")
        elif g.kind == "press":
            if g.keys not in ("Tab", "Return", "KP_Enter"):
                last_plain_text = None  # a shortcut (Ctrl+S) between them: no user name typed
            step = PressStep(action="press", keys=g.keys, id=b.step_id(g.keys), note=f"Tryk {g.keys}.")
        elif g.kind == "focus":
            keyboard_title = g.text
            last_label = None
            last_plain_text = None  # text typed in another window is no user name for this one
            shown = b.mask_title(g.text)
            step = FocusStep(action="focus", window=title_pattern(g.text, b.cpr_names),
                             id=b.step_id("vindue"), note=f"Skift til vinduet '{shown}'.")
        if step is None:
            continue
        if g.is_pointer:
            _raise_timeout(b, prev, g, step)
            shot = b.thumbnail(g, n)
            if shot:
                step.screenshot = shot
        b.steps.append(step)
        prev = g
    for input_name in b.cpr_names.values():
        b.inputs.append(Input(name=input_name, label="CPR-nummer", sensitive=True))
    b.built.recipe = Recipe(name=name, description=f"Optaget {date.today().isoformat()}.",
                            inputs=b.inputs, credentials=b.credentials, steps=b.steps)
    return b.built


def _keyboard_focus_only(gestures: list[Gesture]) -> list[Gesture]:
    """`focus` gestures that keys follow: not one before a click (the click chooses the window)
    or at the end (the stop hotkey pressed in the terminal the recorder runs in)."""
    out = []
    for i, g in enumerate(gestures):
        if g.kind == "focus":
            nxt = next((h for h in gestures[i + 1:] if h.kind != "focus"), None)
            if nxt is None or nxt.is_pointer:
                continue
        out.append(g)
    return out


def title_pattern(title: str, cpr_names: dict[str, str]) -> str:
    """The `focus` pattern of a window title as recorded: the whole title, matched literally; a
    CPR number in it becomes its input's placeholder (filled literally at replay)."""
    parts, last = [], 0
    for m in re.finditer(r"\d{6}[- ]?\d{4}", title):
        if not find_cprs(m.group(0)):
            continue
        parts.append(re.escape(title[last:m.start()]))
        placeholder = replace_cprs(m.group(0), cpr_names)  # "{cpr}", numbered like the text's
        parts.append(placeholder)
        last = m.end()
    parts.append(re.escape(title[last:]))
    return "^" + "".join(parts) + "$"


def _secret_step(b: _Builder, g: Gesture, label: str | None, username: str | None,
                 secrets: dict[int, str], title: str | None = None,
                 unsure: set[int] = frozenset()) -> TypeStep:
    name = credential_name(label, {c.name for c in b.credentials}, owner=b.name)
    # Typed only into the window it was typed into when recorded (its whole title, literally);
    # a title with a CPR number in it changes from case to case, so it gets no rule.
    window = title_pattern(title, {}) if title and not find_cprs(title) else None
    b.credentials.append(Credential(name=name, label=label, username=username or None,
                                    window=window))
    n = len(b.steps) + 1
    b.built.notes.append(Note("password_field", n, {"label": label, "name": name,
                                                    "unsure": g.seq in unsure}))
    if window is not None:
        b.built.notes.append(Note("password_window", n, {"name": name, "title": title}))
    value = secrets.get(g.seq)
    if value is not None:
        b.built.secrets[name] = (username, value)
    else:
        user = f" --username {username}" if username else ""
        b.built.notes.append(Note("password_not_kept", n, {
            "name": name, "command": f"{COMMAND} secret set {name}{user}"}))
    return TypeStep(action="type", secret=name, id=b.step_id(name),
                    note=f"Skriv adgangskoden ({name}) fra nøgleringen.")


def _maybe_wait(b: _Builder, prev: Gesture | None, g: Gesture) -> None:
    """A wait_for before a keyboard step, where the step before it changed the screen."""
    if prev is None or not (prev.is_pointer or prev.kind == "press"):
        return
    before, now = b.frames.get(prev.seq), b.frames.get(g.seq)
    if before is None or now is None or b.frames.seq_for(prev.seq) == b.frames.seq_for(g.seq):
        return
    box = changed_box(before.pixels, now.pixels, WINDOW_CHANGE_PX)
    if box is None:
        return
    ox, oy = now.origin
    bx, by, bw, bh = box[0] + ox, box[1] + oy, box[2], box[3]
    old = phrases(b.frames.words(prev.seq))
    new = phrases(b.frames.words(g.seq))
    candidates = []
    for p in new:
        inside = bx <= p.x and p.x + p.w <= bx + bw and by <= p.y and p.y + p.h <= by + bh
        letters = sum(c.isalpha() for c in p.text)
        typed = any(t.casefold() in p.text.casefold() or p.text.casefold() in t.casefold()
                    for t in b.typed if t.strip())
        if (not inside or letters < 4 or any(c.isdigit() for c in p.text) or typed
                or len(occurrences(new, p.text)) != 1 or occurrences(old, p.text)):
            continue
        candidates.append(p)
    # Short, long-worded texts first (a heading, a label), and only one that a close read
    # confirms as new: a whole-screen read may return a fragment ('rering' of a title bar's
    # 'Sagsregistrering') or miss a text that was there before.
    candidates.sort(key=lambda p: (len(p.text.split()) > 3, -sum(c.isalpha() for c in p.text)))
    for p in candidates[:6]:
        place = (p.x - ox, p.y - oy, p.w, p.h)
        now_read = [q.text for q in phrases(b.frames.words_in(g.seq, place, pad=8))]
        was_read = [q.text for q in phrases(b.frames.words_in(prev.seq, place, pad=8))]
        if (b.frames.reads_as(p.text, now_read) is False or b.frames.reads_as(p.text, was_read)
                or b.frames.looks_alike(prev.seq, g.seq, place)):
            continue
        b.steps.append(WaitForStep(action="wait_for", target=Target(text=p.text, near=p.centre),
                                   id=b.step_id("vent"), timeout=_timeout(g.t - prev.t_end),
                                   note=f"Vent til '{p.text}' vises."))
        b.built.notes.append(Note("wait_inserted", len(b.steps), {"text": p.text}))
        return


def _window_opened(b: _Builder, g: Gesture, nxt: Gesture) -> bool:
    """Whether a window opened (much of the screen changed) between two gestures: typing after
    such a click goes into the new window, not into a field that was clicked."""
    before, now = b.frames.get(g.seq), b.frames.get(nxt.seq)
    if before is None or now is None or b.frames.seq_for(g.seq) == b.frames.seq_for(nxt.seq):
        return False
    return changed_box(before.pixels, now.pixels, WINDOW_CHANGE_PX) is not None


def _timeout(gap: float) -> float:
    return DEFAULT_TIMEOUT if gap * 1.5 <= DEFAULT_TIMEOUT else float(min(120, math.ceil(gap * 1.5)))


def _raise_timeout(b: _Builder, prev: Gesture | None, g: Gesture, step) -> None:
    if prev is None:
        return
    gap = g.t - prev.t_end
    if gap * 1.5 <= DEFAULT_TIMEOUT:
        return
    before, now = b.frames.get(prev.seq), b.frames.get(g.seq)
    if before is not None and now is not None and changed_box(before.pixels, now.pixels) is not None:
        step.timeout = _timeout(gap)
