"""Anchor choice on golden screenshots of a real Tk form (tests/golden/recorder/, made under Xvfb
from tests/golden/scenes.py): what the recorder writes must lead replay back to the thing clicked."""

import json
from pathlib import Path

import cv2
import numpy as np
import pytest

from recipes.locate.locator import Locator
from recipes.ocr import default_engine
from recipes.ports import Frame
from recorders.steps import RecordedFrame, build_recipe
from recorders.events import click, keys

GOLDEN = Path(__file__).parent.parent / "golden" / "recorder"


def scene(name):
    pixels = cv2.imread(str(GOLDEN / f"{name}.png"), cv2.IMREAD_COLOR)
    boxes = json.loads((GOLDEN / f"{name}.json").read_text())
    return pixels, boxes


def centre(box):
    x, y, w, h = box
    return x + w // 2, y + h // 2


def record_on(pixels, events, tmp_path):
    for i, e in enumerate(events, 1):
        e.seq = i
    frames = {e.seq: (lambda: RecordedFrame(0, pixels)) for e in events if e.kind == "press"}
    built = build_recipe(events, frames, "golden", "golden_assets", reader=default_engine().words)
    for rel, data in built.assets.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(data)
    return built


def replayed_point(tmp_path, pixels, target, shift=(0, 0)):
    """Where replay would act for this target on the same screen moved by `shift`."""
    h, w = pixels.shape[:2]
    canvas = cv2.copyMakeBorder(pixels, 0, 300, 0, 400, cv2.BORDER_CONSTANT, value=(40, 40, 40))
    moved = cv2.copyMakeBorder(pixels, shift[1], 300 - shift[1], shift[0], 400 - shift[0],
                               cv2.BORDER_CONSTANT, value=(40, 40, 40)) if shift != (0, 0) else canvas
    m = Locator(tmp_path, default_engine()).find(Frame(moved), target)
    return m.point(target.offset)


def inside(point, box, shift=(0, 0), margin=2):
    x, y, w, h = box
    return (x + shift[0] - margin <= point[0] <= x + shift[0] + w + margin
            and y + shift[1] - margin <= point[1] <= y + shift[1] + h + margin)


def test_clicking_a_button_anchors_on_its_label(tmp_path):
    pixels, boxes = scene("tk_form")
    x, y = centre(boxes["button_0_Godkend"])
    built = record_on(pixels, click(0.0, x, y), tmp_path)
    target = built.recipe.steps[0].target
    assert target.text == "Godkend"
    assert target.image and target.patch and target.size
    assert abs(target.offset[0]) <= 6 and abs(target.offset[1]) <= 6
    assert inside(replayed_point(tmp_path, pixels, target, (150, 90)), boxes["button_0_Godkend"], (150, 90))


def test_clicking_an_input_field_anchors_on_its_label_with_an_offset(tmp_path):
    pixels, boxes = scene("tk_form")
    x, y = centre(boxes["entry_navn"])
    built = record_on(pixels, click(0.0, x, y) + keys(0.5, "Jensen"), tmp_path)
    target = built.recipe.steps[0].target
    assert target.text == "Navn:"
    lx, ly = centre(boxes["label_navn"])
    assert abs(target.offset[0] - (x - lx)) <= 4 and abs(target.offset[1] - (y - ly)) <= 4
    assert target.offset[0] > 60  # the click is well to the right of the label
    assert inside(replayed_point(tmp_path, pixels, target, (120, 60)), boxes["entry_navn"], (120, 60))


def test_the_field_content_is_never_the_anchor(tmp_path):
    pixels, boxes = scene("tk_form")
    bx, by, bw, bh = boxes["entry_navn"]
    built = record_on(pixels, click(0.0, bx + 20, by + bh // 2) + keys(0.5, "x"), tmp_path)
    assert built.recipe.steps[0].target.text == "Navn:"


def test_repeated_button_text_is_told_apart_and_replays_on_the_one_clicked(tmp_path):
    pixels, boxes = scene("tk_gem")
    x, y = centre(boxes["button_2_Gem"])
    built = record_on(pixels, click(0.0, x, y), tmp_path)
    target = built.recipe.steps[0].target
    assert target.index == 2 or (target.text is None and target.image)
    assert any("shows 2 times" in str(n) for n in built.notes)
    for shift in ((0, 0), (300, 200)):
        assert inside(replayed_point(tmp_path, pixels, target, shift), boxes["button_2_Gem"], shift)


def test_the_first_of_two_equal_buttons_replays_on_the_first(tmp_path):
    pixels, boxes = scene("tk_gem")
    x, y = centre(boxes["button_0_Gem"])
    target = record_on(pixels, click(0.0, x, y), tmp_path).recipe.steps[0].target
    assert inside(replayed_point(tmp_path, pixels, target, (300, 200)), boxes["button_0_Gem"], (300, 200))


def test_a_click_with_no_text_near_it_gets_a_unique_image_anchor(tmp_path):
    pixels, boxes = scene("tk_form")
    lx, ly, lw, lh = boxes["list"]
    built = record_on(pixels, click(0.0, lx + lw - 4, ly + lh - 3), tmp_path)
    target = built.recipe.steps[0].target
    assert target.image is not None
    assert (tmp_path / target.image).exists()


def test_every_pointer_step_gets_a_thumbnail(tmp_path):
    pixels, boxes = scene("tk_form")
    built = record_on(pixels, click(0.0, *centre(boxes["button_1_Afvis"])), tmp_path)
    shot = built.recipe.steps[0].screenshot
    assert shot and (tmp_path / shot).exists()


class W:
    def __init__(self, text, x, y, w, h, conf=95):
        self.text, self.x, self.y, self.w, self.h, self.conf = text, x, y, w, h, conf


def test_a_button_label_with_a_descender_reads_as_one_phrase():
    from recorders.anchors import phrases

    assert [p.text for p in phrases([W("ind", 280, 257, 20, 11), W("Log", 249, 258, 24, 13)])] == ["Log ind"]


def test_a_label_with_brackets_stays_whole_but_boxed_buttons_side_by_side_do_not_merge():
    from recorders.anchors import clean_text, phrases

    assert [p.text for p in phrases([W("Beløb", 100, 50, 40, 12), W("(kr.):", 145, 50, 38, 14)])] == ["Beløb (kr.):"]
    buttons = phrases([W("(Godkend)", 10, 10, 86, 27), W("(Afvis)", 100, 10, 46, 27)])
    assert sorted(clean_text(p.text) for p in buttons) == ["Afvis", "Godkend"]


def test_a_text_cursor_read_as_a_letter_is_not_a_label():
    from recorders.anchors import phrases

    assert [p.text for p in phrases([W("Navn", 142, 209, 32, 9), W("(I", 185, 197, 10, 33, 64)])] == ["Navn"]


def test_a_cpr_number_on_the_screen_is_blacked_out_of_the_thumbnail(tmp_path):
    pixels, boxes = scene("tk_form")
    built = record_on(pixels, click(0.0, *centre(boxes["button_1_Afvis"])), tmp_path)
    thumb = cv2.imread(str(tmp_path / built.recipe.steps[0].screenshot), cv2.IMREAD_GRAYSCALE)
    scale = thumb.shape[1] / pixels.shape[1]
    x, y, w, h = boxes["entry_cpr"]
    value = thumb[int((y + 6) * scale):int((y + h - 6) * scale), int((x + 6) * scale):int((x + 80) * scale)]
    assert value.size and value.max() < 40  # the digits' place is black, not white with text
    x, y, w, h = boxes["entry_navn"]
    other = thumb[int((y + 6) * scale):int((y + h - 6) * scale), int((x + 6) * scale):int((x + 80) * scale)]
    assert other.max() > 200  # other values stay readable


def equal_rows(shown=(True, True, True), spacing=260):
    """Three equal "Gem" buttons far apart on a plain form: neither their text nor any patch of
    the screen around one tells them apart."""
    pixels, boxes = scene("tk_gem")
    x, y, w, h = boxes["button_0_Gem"]
    button = pixels[y - 6:y + h + 6, x - 6:x + w + 6]
    screen = np.full((900, 700, 3), pixels[y - 8, x - 8], np.uint8)
    places = []
    for n, show in enumerate(shown):
        top = 60 + n * spacing
        if show:
            screen[top:top + button.shape[0], 200:200 + button.shape[1]] = button
        places.append((206, top + 6, w, h))
    return screen, places


def test_repeated_text_is_recorded_with_how_many_times_it_showed(tmp_path):
    screen, places = equal_rows()
    target = record_on(screen, click(0.0, *centre(places[1])), tmp_path).recipe.steps[0].target
    assert (target.text, target.index, target.count) == ("Gem", 2, 3)
    assert inside(replayed_point(tmp_path, screen, target), places[1])


def test_a_row_gone_at_replay_fails_instead_of_clicking_the_next_row(tmp_path):
    from recipes.errors import AnchorCountChanged

    screen, places = equal_rows()
    target = record_on(screen, click(0.0, *centre(places[1])), tmp_path).recipe.steps[0].target
    fewer, _ = equal_rows((False, True, True))
    with pytest.raises(AnchorCountChanged):
        replayed_point(tmp_path, fewer, target)
