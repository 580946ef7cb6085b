"""Personal data at rest: one CPR rule for recorder and masker, and no picture that could not be
masked is ever kept (fail closed)."""

from types import SimpleNamespace

import cv2
import numpy as np
import pytest

from recipes import cpr
from recipes.history import History
from recipes.masking import Masker
from recorders.events import click
from recorders.sensitive import find_cprs, replace_cprs
from recorders.steps import RecordedFrame, build_recipe
from tests.unit.fakes import FakeOcr
from tests.unit.test_runner import PLACES, VALUES, make


@pytest.mark.parametrize("text, found", [
    ("CPR 120375-1234.", ["120375-1234"]),
    ("CPR 120375 1234", ["120375 1234"]),
    ("CPR:1203751234", ["1203751234"]),
    ("erstatning 7103751234 og 910375-1234", ["7103751234", "910375-1234"]),  # day + 60
    ("120375-1235", ["120375-1235"]),  # no modulus 11 check
    ("320375-1234 921275-1234 121375-1234 600375-1234", []),  # no such day or month
    ("tlf 43591000, konto 9999999999, sag 2024-00017", []),
])
def test_one_cpr_rule_for_the_recorder_and_the_masker(text, found):
    assert cpr.find(text) == found
    assert find_cprs(text) == found  # what the recorder turns into an input
    masked = Masker().text(text)
    for number in found:
        assert number not in masked and cpr.digits(number) not in masked
    if not found:
        assert masked == text


def test_a_cpr_number_typed_with_a_space_becomes_the_same_input_as_with_a_dash():
    names: dict[str, str] = {}
    assert replace_cprs("120375 1234", names) == "{cpr}"
    assert replace_cprs("120375-1234 og 7103751234", names) == "{cpr} og {cpr2}"


def words(*texts, x=10, y=20):
    out = []
    for t in texts:
        out.append(SimpleNamespace(text=t, x=x, y=y, w=8 * len(t), h=12, conf=90, line=(1, 1, 1)))
        x += 8 * len(t) + 6
    return out


@pytest.mark.parametrize("pieces", [
    ("120375", "-1234"), ("120375-", "1234"), ("120375", "1234"), ("120375", "-", "1234"),
    ("1203751234",), ("7103751234",),
])
def test_every_piece_of_a_cpr_number_split_by_ocr_is_blacked_out(pieces):
    shown = words("CPR-nummer:", *pieces, "Gem")
    hidden = Masker().sensitive_words(shown)
    assert {w.text for w in hidden} == set(pieces)

    pixels = np.full((60, 400, 3), 200, np.uint8)
    ocr = SimpleNamespace(words=lambda px, origin=(0, 0): shown)
    out = Masker().frame(pixels, ocr)
    for w in shown:
        part = out[w.y:w.y + w.h, w.x:w.x + w.w]
        assert (part == 0).all() if w.text in pieces else (part == 200).all(), w.text


def test_numbers_in_another_column_are_not_joined_into_a_cpr_number():
    far = [SimpleNamespace(text="120375", x=10, y=20, w=48, h=12, line=(1, 1, 1)),
           SimpleNamespace(text="1234", x=300, y=20, w=32, h=12, line=(1, 1, 1))]
    assert Masker().sensitive_words(far) == []


class BrokenOcr:
    def words(self, pixels, origin=(0, 0)):
        raise RuntimeError("tesseract crashed")


@pytest.mark.parametrize("ocr", [None, BrokenOcr()])
def test_a_screenshot_that_cannot_be_masked_is_not_kept(ocr):
    assert Masker(["120375-1234"]).frame(np.full((40, 100, 3), 200, np.uint8), ocr) is None


@pytest.mark.parametrize("ocr", [None, BrokenOcr()])
def test_a_failed_step_without_a_masked_screenshot_says_so_in_the_history(tmp_path, ocr):
    history = History(tmp_path)
    places = {k: v for k, v in PLACES.items() if k != "Søg"}
    runner, env = make(places=places, history=history)
    env.ocr = ocr
    run = runner.run(VALUES)
    failed = run.failed_step
    assert failed.step_id == "sog" and failed.screenshot is None
    row = next(s for s in history.steps(run.id) if s["step_id"] == "sog")
    assert row["screenshot"] is None
    assert "screenshot not kept: it could not be masked" in row["message"]
    assert not (tmp_path / "runs").exists() or not any((tmp_path / "runs").rglob("*.png"))


def test_a_value_left_as_shown_at_a_checkpoint_keeps_its_hidden_part():
    recipe_text = """\
name: Sag
inputs:
  - {name: note, default: "Sag for 120375-1234 oprettet"}
steps:
  - {id: vindue, action: focus, window: Sagssystem}
  - {id: ok, action: checkpoint, message: "OK?"}
  - {id: skriv, action: type, text: "{note}"}
"""
    shown_edit = "Sag for xxxxxx-xxxx oprettet i dag"
    runner, env = make(recipe=recipe_text, answers=[(True, {"note": shown_edit})])
    run = runner.run({"note": "Sag for 120375-1234 oprettet"})
    assert run.status == "passed", run.message
    assert env.prompt.asked[0][1]["note"] == "Sag for xxxxxx-xxxx oprettet"
    assert ("type", "Sag for 120375-1234 oprettet i dag") in env.input.calls


def test_a_checkpoint_edit_that_mixes_up_hidden_parts_fails_rather_than_guess():
    recipe_text = """\
name: Sag
inputs:
  - {name: note, default: "120375-1234 og 240188-2468"}
steps:
  - {id: ok, action: checkpoint, message: "OK?"}
  - {id: skriv, action: type, text: "{note}"}
"""
    runner, env = make(recipe=recipe_text, answers=[(True, {"note": "og xxxxxx-xxxx"})])
    run = runner.run({"note": "120375-1234 og 240188-2468"})
    assert run.status == "failed" and "hidden" in run.message
    assert not any(c[0] == "type" for c in env.input.calls)


def scene_with_a_cpr() -> np.ndarray:
    img = np.full((300, 600, 3), 235, np.uint8)
    cv2.putText(img, "Gem", (40, 60), cv2.FONT_HERSHEY_SIMPLEX, 0.7, (0, 0, 0), 2)
    cv2.putText(img, "120375 1234", (200, 160), cv2.FONT_HERSHEY_SIMPLEX, 0.7, (0, 0, 0), 2)
    return img


def build(reader):
    events = click(0.0, 60, 52)
    for i, e in enumerate(events, 1):
        e.seq = i
    img = scene_with_a_cpr()
    return build_recipe(events, {1: lambda: RecordedFrame(1, img)}, "t", "t_assets", reader=reader)


def test_a_number_shown_on_screen_split_in_two_words_is_black_in_the_thumbnail():
    def reader(pixels, origin):
        return [SimpleNamespace(text="Gem", x=40, y=45, w=45, h=18, conf=95, line=(1, 1, 1)),
                SimpleNamespace(text="120375", x=200, y=145, w=80, h=18, conf=95, line=(2, 1, 1)),
                SimpleNamespace(text="1234", x=290, y=145, w=55, h=18, conf=95, line=(2, 1, 1))]

    built = build(reader)
    thumb = cv2.imdecode(np.frombuffer(built.assets[built.recipe.steps[0].screenshot], np.uint8),
                         cv2.IMREAD_COLOR)
    scale = thumb.shape[1] / 600
    for x0, x1 in ((202, 278), (292, 343)):  # both halves black
        assert thumb[int(148 * scale):int(160 * scale), int(x0 * scale):int(x1 * scale)].max() < 40


@pytest.mark.parametrize("reader", [None, BrokenOcr().words])
def test_a_recording_keeps_no_picture_of_a_screen_it_cannot_mask(reader):
    built = build(reader)
    assert built.assets == {}
    step = built.recipe.steps[0]
    assert step.screenshot is None and step.target.point == (60, 52)
    assert any("could not be masked" in str(n) for n in built.notes)


def test_fake_ocr_words_without_a_line_are_grouped_by_height():
    hidden = Masker().sensitive_words(FakeOcr(["CPR 120375 -1234 Gem"]).words(None))
    assert [w.text for w in hidden] == ["120375", "-1234"]
