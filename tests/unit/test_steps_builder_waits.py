"""Waits put into a recording where the screen changed, and never on what the person typed."""

import numpy as np

from recorders.events import click, keys
from recorders.steps import RecordedFrame, build_recipe


class Word:
    def __init__(self, text, x, y, w=80, h=14, conf=95):
        self.text, self.x, self.y, self.w, self.h, self.conf = text, x, y, w, h, conf


def screen(window: bool) -> np.ndarray:
    img = np.full((600, 800, 3), 30, np.uint8)
    img[50:120, 50:300] = 220  # the search window with its "Søg" button
    if window:
        img[200:500, 300:700] = 235  # a new window opened by the click
    return img


def shown(pixels, origin, words, colour):
    """The words whose place lies in this piece of the screen and shows the window's colour."""
    out = []
    for w in words:
        x, y = w.x + 2 - origin[0], w.y + 2 - origin[1]
        if 0 <= y < pixels.shape[0] and 0 <= x < pixels.shape[1] and pixels[y, x, 0] == colour:
            out.append(w)
    return out


def reader(pixels, origin):
    return (shown(pixels, origin, [Word("Søg", 60, 80, 30)], 220)
            + shown(pixels, origin, [Word("Sagsregistrering", 320, 210, 140),
                                     Word("1.250,50", 320, 260)], 235))


def build(events, frames):
    for i, e in enumerate(events, 1):
        e.seq = i
    loaders = {seq: (lambda img=img, seq=seq: RecordedFrame(seq, img)) for seq, img in frames.items()}
    return build_recipe(events, loaders, "t", "t_assets", reader=reader).recipe.steps


def test_typing_into_a_window_the_click_opened_waits_for_that_window_first():
    events = click(0.0, 70, 87) + keys(3.0, ["Return"]) + keys(3.5, "Enkeltydelse")
    steps = build(events, {1: screen(False), 3: screen(True), 5: screen(True)})
    assert [s.action for s in steps] == ["click", "wait_for", "press", "type"]
    assert steps[1].target.text == "Sagsregistrering"


def test_no_wait_where_the_screen_did_not_change():
    events = click(0.0, 70, 87) + keys(1.0, "abc")
    steps = build(events, {1: screen(False), 3: screen(False)})
    assert [s.action for s in steps] == ["click", "type"]


def test_a_typed_value_is_never_what_a_wait_looks_for():
    def typed_reader(pixels, origin):
        return (shown(pixels, origin, [Word("Søg", 60, 80, 30)], 220)
                + shown(pixels, origin, [Word("Enkeltydelse", 320, 210, 140)], 235))

    events = click(0.0, 70, 87) + keys(1.0, "Enkeltydelse") + click(3.0, 70, 87) + keys(4.0, ["Tab"])
    for i, e in enumerate(events, 1):
        e.seq = i
    frames = {1: screen(False), 3: screen(False), 27: screen(False), 29: screen(True)}
    loaders = {s: (lambda img=img, s=s: RecordedFrame(s, img)) for s, img in frames.items()}
    steps = build_recipe(events, loaders, "t", "t_assets", reader=typed_reader).recipe.steps
    assert "wait_for" not in [s.action for s in steps]


def test_a_long_wait_for_a_slow_program_raises_the_next_step_timeout():
    events = click(0.0, 70, 87) + click(25.0, 400, 300)
    steps = build(events, {1: screen(False), 3: screen(True)})
    assert steps[0].timeout == 10 and steps[1].timeout >= 30


def test_typing_straight_after_a_click_that_opened_a_window_waits_and_anchors_on_the_button():
    events = click(0.0, 70, 87) + keys(3.0, "Enkeltydelse")
    steps = build(events, {1: screen(False), 3: screen(True)})
    assert [s.action for s in steps] == ["click", "wait_for", "type"]
    assert steps[0].target.text == "Søg" and steps[0].note == "Klik på 'Søg'."
    assert steps[1].target.text == "Sagsregistrering"
