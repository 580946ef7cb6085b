"""Recording a click on a blank place: a point in the window clicked (its title, and where in it),
not a flat picture that shows everywhere nor a screen point that breaks when the window moves."""

import re
from types import SimpleNamespace

import cv2
import numpy as np

from recipes.fileformat import dump_recipe, parse_recipe
from recorders.events import RawEvent, click, keys, press, release
from recorders.steps import RecordedFrame, build_recipe

NOTEPAD = (300, 200, 640, 480)  # where the window's content is on the screen


def desktop_picture(word_at=None):
    """A grey desktop with a white, empty editor window; optionally a word drawn in it."""
    pixels = np.full((900, 1400, 3), 90, np.uint8)
    x, y, w, h = NOTEPAD
    pixels[y:y + h, x:x + w] = 255
    pixels[y - 24:y, x:x + w] = (160, 120, 60)  # a title bar
    if word_at is not None:
        wx, wy = word_at
        cv2.putText(pixels, "Gem", (wx, wy + 14), cv2.FONT_HERSHEY_SIMPLEX, 0.6, (0, 0, 0), 2)
    return pixels


def reader_of(words):
    def read(pixels, origin=(0, 0)):
        ox, oy = origin
        h, w = pixels.shape[:2]
        return [SimpleNamespace(text=t, x=x, y=y, w=ww, h=hh, conf=95) for t, x, y, ww, hh in words
                if ox <= x and x + ww <= ox + w and oy <= y and y + hh <= oy + h]
    return read


def record(events, pixels=None, words=()):
    for i, e in enumerate(events, 1):
        e.seq = i
    frames = {} if pixels is None else {
        e.seq: (lambda: RecordedFrame(0, pixels)) for e in events if e.kind == "press"}
    return build_recipe(events, frames, "t", "t_assets", reader=reader_of(words))


def test_a_click_on_a_blank_place_is_a_point_in_the_window_clicked():
    built = record(click(0.0, 420, 280, title="Untitled - Notepad", window=NOTEPAD),
                   desktop_picture())
    (step,) = built.recipe.steps
    target = step.target
    assert target.window == r"^Untitled\ \-\ Notepad$"
    assert re.search(target.window, "Untitled - Notepad", re.I)
    assert target.point == (120, 80) and target.near == (420, 280)
    assert target.image is None and target.text is None
    assert step.note == "Klik i vinduet »Untitled - Notepad« ved (120, 80)."
    assert step.screenshot and list(built.assets) == [step.screenshot]  # the picture stays
    assert parse_recipe(dump_recipe(built.recipe)).recipe == built.recipe


def test_a_double_click_and_a_click_before_typing_on_a_blank_place_are_points_too():
    events = (click(0.0, 400, 300, title="Tegneflade", window=NOTEPAD)
              + click(0.15, 400, 300, title="Tegneflade", window=NOTEPAD)
              + click(2.0, 360, 420, button="right", title="Tegneflade", window=NOTEPAD)
              + click(4.0, 500, 400, title="Tegneflade", window=NOTEPAD) + keys(4.5, "Hej"))
    steps = record(events, desktop_picture()).recipe.steps
    assert [s.action for s in steps] == ["double_click", "right_click", "click", "type"]
    assert [s.target.point for s in steps[:3]] == [(100, 100), (60, 220), (200, 200)]
    assert steps[0].note == "Dobbeltklik i vinduet »Tegneflade« ved (100, 100)."
    assert steps[1].note == "Højreklik i vinduet »Tegneflade« ved (60, 220)."


def test_a_drag_across_a_blank_canvas_is_measured_from_its_window_at_both_ends():
    events = [press(0.0, 360, 420, title="Tegneflade", window=NOTEPAD), release(0.5, 600, 400)]
    (step,) = record(events, desktop_picture()).recipe.steps
    assert step.action == "drag"
    assert (step.target.window, step.target.point) == ("^Tegneflade$", (60, 220))
    assert (step.to.window, step.to.point) == ("^Tegneflade$", (300, 200))


def test_a_click_beside_a_corner_of_the_window_keeps_an_image_anchor_that_moves_with_it():
    # The picture around the click holds the window's corner: distinctive, so it is used.
    (step,) = record(click(0.0, 350, 250, title="Tegneflade", window=NOTEPAD), desktop_picture()
                     ).recipe.steps
    assert step.target.window is None and step.target.image


def test_a_click_on_text_keeps_its_text_anchor_whatever_the_window():
    built = record(click(0.0, 420, 280, title="Untitled - Notepad", window=NOTEPAD),
                   desktop_picture(word_at=(405, 272)), words=[("Gem", 405, 272, 34, 16)])
    target = built.recipe.steps[0].target
    assert target.text == "Gem" and target.window is None


def test_without_the_window_or_outside_it_the_click_is_recorded_as_before():
    built = record(click(0.0, 420, 280), desktop_picture())
    assert built.recipe.steps[0].target.window is None
    # No screenshot at all: the window still says where the point is.
    (step,) = record(click(0.0, 420, 280, title="Untitled - Notepad", window=NOTEPAD)).recipe.steps
    assert (step.target.window, step.target.point) == (r"^Untitled\ \-\ Notepad$", (120, 80))
    (step,) = record(click(0.0, 100, 100, title="Untitled - Notepad", window=NOTEPAD)).recipe.steps
    assert step.target.window is None and step.target.point == (100, 100)


def test_a_title_with_pattern_characters_or_a_cpr_number_is_matched_literally():
    title = "Sag (2024).txt [010203-1234] - Notepad"
    (step,) = record(click(0.0, 420, 280, title=title, window=NOTEPAD), desktop_picture()
                     ).recipe.steps
    assert "010203" not in step.target.window and "{cpr}" in step.target.window
    assert re.search(step.target.window.replace("{cpr}", re.escape("010203-1234")), title)
    assert "010203" not in step.note


def test_the_window_of_a_press_is_kept_in_the_journal():
    ev = press(1.0, 420, 280, title="Untitled - Notepad", window=NOTEPAD)
    again = RawEvent.from_json(ev.to_json())
    assert (again.title, tuple(again.window)) == ("Untitled - Notepad", NOTEPAD)
