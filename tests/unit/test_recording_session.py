"""A recording session fed by the synthetic recorder and a fake screen that reacts like a program:
what lands in the journal, what the recipe says, and that a password never lands anywhere."""

import json
import threading
import time

import cv2
import numpy as np
import pytest

from recipes.ports import Frame
from recorders.events import RawEvent, click, combo, keys
from recorders.journal import journal_path
from recorders.output import rebuild, write_built
from recorders.recorder import SyntheticRecorder
from recorders.ring import FrameRing
from recorders.session import RecordingSession


class FakeProgram:
    """A grey window with one white entry field; typed keys show as letters or as bullets.

    `relogin`: a click on its button (top right) opens a log-in dialog by itself, whose password
    field (lower down) takes the keys and shows bullets. `read` is its OCR: what it drew where."""

    def __init__(self, masked: bool = False, echo: bool = True, relogin: bool = False,
                 shows: str | None = None):
        self.masked, self.echo, self.relogin, self.shows = masked, echo, relogin, shows
        self.lock = threading.Lock()
        self.canvas = np.full((300, 600, 3), 217, np.uint8)
        cv2.rectangle(self.canvas, (150, 100), (450, 130), (255, 255, 255), -1)
        cv2.rectangle(self.canvas, (480, 20), (580, 45), (200, 200, 200), -1)
        self.typed = ""
        self.field_y = 115
        self.drawn: list[tuple[str, tuple[int, int, int, int]]] = []  # text, box

    def react(self, ev: RawEvent) -> None:
        if self.relogin and ev.kind == "press" and ev.x > 480 and ev.y < 45:
            with self.lock:  # the program opens its log-in dialog; its field has the focus
                cv2.rectangle(self.canvas, (100, 160), (500, 290), (240, 240, 240), -1)
                cv2.rectangle(self.canvas, (150, 220), (450, 250), (255, 255, 255), -1)
                self.field_y, self.masked = 235, True
            return
        if ev.kind != "key_down" or ev.key is None or len(ev.key) != 1:
            return
        with self.lock:
            x = 156 + 13 * len(self.typed)
            self.typed += ev.key
            if not self.echo:
                return
            y = self.field_y
            if self.masked:
                cv2.circle(self.canvas, (x + 5, y), 4, (0, 0, 0), -1)
                self.drawn = [("e" * len(self.typed), (156, y - 8, 13 * len(self.typed), 16))]
            else:
                shown = (self.shows or self.typed)[:len(self.typed)]
                cv2.putText(self.canvas, shown[-1], (x, y + 7), cv2.FONT_HERSHEY_SIMPLEX, 0.55,
                            (0, 0, 0), 1)
                self.drawn = [(shown, (156, y - 8, 13 * len(self.typed), 16))]

    def read(self, pixels, origin):
        """OCR of a piece of the screen: the text drawn inside it, as bullets read ('eee')."""
        from recipes.ocr import Word

        ox, oy = origin
        h, w = pixels.shape[:2]
        with self.lock:
            return [Word(text, x, y, bw, bh, 90.0) for text, (x, y, bw, bh) in self.drawn
                    if ox < x + bw and x < ox + w and oy < y + bh and y < oy + h]

    def grab(self) -> Frame:
        with self.lock:
            return Frame(self.canvas.copy(), (0, 0), time.monotonic())

    def size(self):
        return (600, 300)


def record(tmp_path, events, program, finish=True, **kw):
    out = tmp_path / "optagelse.yaml"
    backend = SyntheticRecorder(events, realtime=True, before_each=program.react)
    ring = FrameRing(program, fps=40, seconds=1.0).start()
    kw.setdefault("reader", program.read)
    session = RecordingSession(out, backend, ring=ring, **kw)
    session.start()
    assert backend.done.wait(10)
    time.sleep(0.3)
    if finish:
        session.finish()
    return out, session


def typing(word, t0=0.4):
    return keys(t0, word, gap=0.07)


def test_password_typed_into_a_bulleted_field_never_reaches_the_journal_or_recipe(tmp_path):
    events = click(0.0, 300, 115) + typing("hemmelig1") + keys(1.6, ["Return"])
    out, session = record(tmp_path, events, FakeProgram(masked=True))
    text = journal_path(out).read_text("utf-8")
    assert "hemmelig" not in text and '"h"' not in text and '"1"' not in text
    assert session.secrets == {3: "hemmelig1"}
    built = rebuild(out, secrets=session.secrets)
    write_built(out, built)
    assert [s.action for s in built.recipe.steps] == ["click", "type", "press"]
    assert built.recipe.steps[1].secret == "optagelse_login"
    assert built.secrets["optagelse_login"] == (None, "hemmelig1")
    assert "hemmelig" not in out.read_text("utf-8")


def test_text_typed_into_an_ordinary_field_is_journalled_as_typed(tmp_path):
    events = click(0.0, 300, 115) + typing("Søren Ærø")
    out, session = record(tmp_path, events, FakeProgram(masked=False))
    built = rebuild(out)
    assert [s.action for s in built.recipe.steps] == ["click", "type"]
    assert built.recipe.steps[1].text == "Søren Ærø"
    assert session.secrets == {}


def test_typing_that_shows_nothing_on_screen_is_treated_as_a_password(tmp_path):
    events = click(0.0, 300, 115) + typing("abc123")
    out, session = record(tmp_path, events, FakeProgram(echo=False))
    assert "abc" not in journal_path(out).read_text("utf-8")
    assert rebuild(out).recipe.steps[1].secret is not None


def test_a_password_dialog_the_program_opens_after_an_unrelated_click_is_caught(tmp_path):
    # The click is on a button far from the field; the bullets show where the dialog put the
    # focus. Seen from the click, they are "something typed showing elsewhere": not an echo.
    events = click(0.0, 530, 32) + typing("Sommer2024!", t0=0.8) + keys(2.2, ["Return"])
    out, session = record(tmp_path, events, FakeProgram(relogin=True))
    assert "Sommer" not in journal_path(out).read_text("utf-8")
    assert list(session.secrets.values()) == ["Sommer2024!"]
    built = rebuild(out, secrets=session.secrets)
    assert [s.action for s in built.recipe.steps] == ["click", "type", "press"]
    assert built.recipe.steps[1].secret and built.recipe.steps[1].text is None
    assert built.unsure == []  # bullets are proof enough: nothing to check


@pytest.mark.parametrize("typed", ["500", "Anna"])
def test_text_with_repeated_letters_typed_into_an_ordinary_field_stays_text(tmp_path, typed):
    events = click(0.0, 300, 115) + typing(typed) + keys(1.4, ["Tab"])
    out, session = record(tmp_path, events, FakeProgram())
    built = rebuild(out)
    assert built.recipe.steps[1].text == typed and session.secrets == {}


def test_a_field_that_shows_something_else_is_kept_secret_and_reported(tmp_path):
    # The field shows other characters than those typed (it rewrites them): no proof either way.
    events = click(0.0, 300, 115) + typing("Gade 12") + keys(1.6, ["Tab"])
    out, session = record(tmp_path, events, FakeProgram(shows="XYZW QRS"))
    assert "Gade" not in journal_path(out).read_text("utf-8")
    built = rebuild(out, secrets=session.secrets)
    assert built.recipe.steps[1].secret is not None
    assert built.unsure == [1]  # the second step: the person is told to check it
    assert list(built.secrets.values()) == [(None, "Gade 12")]


def test_without_ocr_no_field_is_taken_for_ordinary_text(tmp_path):
    events = click(0.0, 300, 115) + typing("Søren") + keys(1.4, ["Tab"])
    out, session = record(tmp_path, events, FakeProgram(), reader=None)
    built = rebuild(out, secrets=session.secrets)
    assert built.recipe.steps[1].secret is not None and built.unsure == [1]


def test_a_space_that_ticks_a_check_box_is_no_secret(tmp_path):
    events = keys(0.0, ["Tab"]) + keys(0.3, " ") + keys(1.4, ["Tab"])
    out, session = record(tmp_path, events, FakeProgram(echo=False))
    built = rebuild(out, secrets=session.secrets)
    assert [s.action for s in built.recipe.steps] == ["press", "type", "press"]
    assert built.recipe.steps[1].text == " " and built.recipe.steps[1].secret is None
    assert built.unsure == [] and session.secrets == {}


def test_a_killed_recording_is_rebuilt_from_its_journal(tmp_path):
    events = click(0.0, 300, 115) + typing("Gade 12") + combo(1.5, "Control_L", "s")
    out, session = record(tmp_path, events, FakeProgram(), finish=False)
    # nothing was closed or flushed by an orderly stop: the journal alone must be enough
    built = rebuild(out)
    assert [s.action for s in built.recipe.steps] == ["click", "type", "press"]
    assert "did not end normally" in " ".join(map(str, built.notes))
    session.finish()


def test_events_while_paused_are_not_recorded(tmp_path):
    program = FakeProgram()
    out = tmp_path / "p.yaml"
    session = RecordingSession(out, SyntheticRecorder([]), ring=None)
    session.start()
    session.pause()
    for ev in click(time.monotonic(), 10, 10):
        session._on_raw(ev)
    session.resume()
    for ev in click(time.monotonic(), 20, 20):
        session._on_raw(ev)
    session.finish()
    steps = rebuild(out).recipe.steps
    assert [s.target.point for s in steps] == [(20, 20)]


def test_stop_hotkey_ends_the_recording_and_is_not_a_step(tmp_path):
    events = click(0.0, 300, 115) + combo(0.5, "Control_L", "Shift_L", "F12")
    out, session = record(tmp_path, events, FakeProgram(), finish=False)
    assert session.wait(2)
    session.finish()
    assert [s.action for s in rebuild(out).recipe.steps] == ["click"]


def test_every_journal_line_is_valid_json_and_names_its_screenshots(tmp_path):
    events = click(0.0, 300, 115) + typing("ab")
    out, _ = record(tmp_path, events, FakeProgram())
    lines = [json.loads(line) for line in journal_path(out).read_text("utf-8").splitlines()]
    assert lines[0]["type"] == "header" and lines[-1]["type"] == "stop"
    frames = [rec for rec in lines if rec["type"] == "frame"]
    assert frames and all((out.parent / (out.name + ".journal.d") / f["file"]).exists() for f in frames)


def test_the_workbench_api_records_pauses_and_writes_the_recipe_with_its_images(tmp_path):
    from recipes.fileformat import check_assets, load_recipe
    from recorders.api import UnfinishedRecording, start_recording, stop_recording

    program = FakeProgram()
    events = click(0.0, 300, 115) + typing("Ærø")
    backend = SyntheticRecorder(events, realtime=True, before_each=program.react)
    out = tmp_path / "api.yaml"
    stops = []
    session = start_recording(out, backend=backend, screen=program, on_stop=lambda: stops.append(1),
                              reader=program.read)
    assert backend.done.wait(10)
    time.sleep(0.3)
    with pytest.raises(UnfinishedRecording):
        start_recording(out, backend=SyntheticRecorder([]), screen=program)
    assert [g.kind for g in session.gestures()] == ["click", "type"]
    built = stop_recording(session)
    assert [s.action for s in built.recipe.steps] == ["click", "type"]
    doc = load_recipe(out)
    assert check_assets(doc) == [] and doc.recipe.steps[1].text == "Ærø"
    assert not journal_path(out).exists()


def test_a_screenshot_caught_black_is_passed_over_for_the_one_before():
    class Flicker:
        def __init__(self):
            self.n = 0

        def grab(self):
            self.n += 1
            pixels = np.full((40, 40, 3), 200 if self.n < 4 else 0, np.uint8)
            if self.n < 4:
                pixels[0:10, 0:10] = 0
            return Frame(pixels, (0, 0), time.monotonic())

        def size(self):
            return (40, 40)

    ring = FrameRing(Flicker(), fps=50, seconds=1.0).start()
    time.sleep(0.2)
    frame = ring.before(time.monotonic())
    ring.stop()
    assert frame.pixels.max() == 200


def test_every_file_a_recording_writes_is_readable_by_its_owner_only(tmp_path):
    import os
    import stat
    from types import SimpleNamespace

    from recorders.journal import frames_dir
    from recorders.full_screens import keep_full_screens

    def mode(path):
        return stat.S_IMODE(os.stat(path).st_mode)

    def reader(pixels, origin):
        return [SimpleNamespace(text="Navn", x=60, y=108, w=40, h=14, conf=95,
                                line=(1, 1, 1))]

    os.umask(0o022)
    events = click(0.0, 300, 115) + typing("Søren")
    out, session = record(tmp_path, events, FakeProgram())
    journal, frames = journal_path(out), frames_dir(out)
    assert mode(journal) == 0o600 and mode(frames) == 0o700
    assert list(frames.iterdir()) and all(mode(f) == 0o600 for f in frames.iterdir())
    built = rebuild(out, reader)
    write_built(out, built)
    keep_full_screens(out, built.recipe)
    assert built.assets
    assert mode(out) == 0o600
    assets = out.parent / "optagelse_assets"
    assert mode(assets) == 0o700
    assert [f.name for f in assets.iterdir() if mode(f) != 0o600] == []
    assert any(f.name.endswith("_fuld.png") for f in assets.iterdir())


def test_a_password_journal_does_not_say_which_characters_were_shifted(tmp_path):
    """Shift or AltGr going down between the bullets of a password would tell which characters
    were capitals or symbols: they are not journalled in a password field."""
    events = (click(0.0, 300, 115) + combo(0.4, "Shift_L", "V") + keys(0.6, "inter2025", gap=0.07)
              + combo(1.4, "Shift_L", "#") + keys(1.6, ["Return"]))
    out, session = record(tmp_path, events, FakeProgram(masked=True))
    text = journal_path(out).read_text("utf-8")
    assert "Shift" not in text and "inter" not in text
    assert list(session.secrets.values()) == ["Vinter2025#"]
