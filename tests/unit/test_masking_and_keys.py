"""Personal data never leaves in clear; key names are checked before a run."""

import numpy as np
import pytest

from recipes.keys import UnknownKey, parse_combo
from recipes.masking import Masker
from tests.unit.fakes import FakeOcr


def test_cpr_numbers_and_sensitive_values_are_masked_in_text():
    m = Masker(["Hemmelig1!"])
    out = m.text("typed Hemmelig1! for 010203-1234 and 0102031234")
    assert "Hemmelig1!" not in out and "1234" not in out
    assert out.count("xxxx-xxxx") == 2


def test_screenshot_masking_blacks_out_sensitive_words_only():
    pixels = np.full((40, 400, 3), 200, np.uint8)
    ocr = FakeOcr(["CPR 010203-1234 Gem"])
    out = Masker(["010203-1234"]).frame(pixels, ocr)
    assert (out[:, 45:150] == 0).any()  # the CPR word box is black
    assert (out[:, 160:190] == 200).all()  # 'Gem' untouched
    assert (pixels == 200).all()  # the original is not changed


@pytest.mark.parametrize("text, expected", [
    ("ctrl+s", "Control_L+s"), ("Return", "Return"), ("alt+F4", "Alt_L+F4"), ("enter", "Return"),
    ("ctrl+shift+Tab", "Control_L+Shift_L+Tab"), ("ctrl++", "Control_L++"), ("æ", "æ"),
])
def test_key_names_people_write_are_understood(text, expected):
    assert str(parse_combo(text)) == expected


@pytest.mark.parametrize("text", ["ctrl+", "ctlr+s", "F25", "", "shift+Enterr"])
def test_unknown_keys_are_refused_with_a_hint(text):
    with pytest.raises(UnknownKey):
        parse_combo(text)
