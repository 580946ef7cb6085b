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


@pytest.mark.parametrize("text, canonical, shown", [
    ("ctrl+s", ("Control_L", "s"), "Ctrl+s"), ("Return", ("Return",), "Enter"),
    ("alt+F4", ("Alt_L", "F4"), "Alt+F4"), ("enter", ("Return",), "Enter"),
    ("ctrl+shift+Tab", ("Control_L", "Shift_L", "Tab"), "Ctrl+Shift+Tab"),
    ("ctrl++", ("Control_L", "+"), "Ctrl++"), ("æ", ("æ",), "æ"),
    ("win+e", ("Super_L", "e"), "Win+e"),
])
def test_key_names_people_write_are_understood_and_named_as_people_write_them(text, canonical,
                                                                            shown):
    combo = parse_combo(text)
    assert (*combo.modifiers, combo.key) == canonical
    assert str(combo) == shown            # messages say Ctrl+Shift+F11, on X11 and Windows alike
    assert parse_combo(shown) == combo    # and what they say can be written in a recipe


@pytest.mark.parametrize("text", ["ctrl+", "ctlr+s", "F25", "", "shift+Enterr"])
def test_unknown_keys_are_refused_with_a_hint(text):
    with pytest.raises(UnknownKey):
        parse_combo(text)
