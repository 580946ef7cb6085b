"""Telling a password field from an ordinary one by what typing drew, and CPR-like numbers."""

import cv2
import numpy as np
import pytest

from recorders.sensitive import find_cprs, looks_like_password_label, masked_glyphs


def field(text: str = "", bullets: int = 0) -> np.ndarray:
    img = np.full((30, 300), 255, np.uint8)
    if text:
        cv2.putText(img, text, (6, 21), cv2.FONT_HERSHEY_SIMPLEX, 0.6, 0, 1, cv2.LINE_AA)
    for i in range(bullets):
        cv2.circle(img, (12 + 12 * i, 15), 4, 0, -1, cv2.LINE_AA)
    return img


@pytest.mark.parametrize("typed", ["nonsense", "hemmelig", "Jensen", "ab"])
def test_clear_text_is_not_taken_for_a_password(typed):
    assert masked_glyphs(field(), field(typed), typed) == "clear"


@pytest.mark.parametrize("typed", ["hemmelig", "Blå9bær!", "ab"])
def test_a_row_of_bullets_is_a_password(typed):
    assert masked_glyphs(field(), field(bullets=len(typed)), typed) == "masked"


def test_asterisks_are_a_password_too():
    assert masked_glyphs(field(), field("******"), "Sommer") == "masked"


def test_nothing_drawn_while_typing_is_reported():
    assert masked_glyphs(field(), field(), "abc") == "no_ink"


def test_one_repeated_character_proves_nothing():
    assert masked_glyphs(field(), field(bullets=4), "aaaa") is None


@pytest.mark.parametrize("label", ["Adgangskode:", "Password", "Kodeord", "PIN-kode"])
def test_password_labels_are_known(label):
    assert looks_like_password_label(label)


@pytest.mark.parametrize("label", ["Brugernavn:", "Kodeks", "Navn", None])
def test_other_labels_are_not_password_labels(label):
    assert not looks_like_password_label(label)


def test_cpr_numbers_with_and_without_dash_are_found_but_not_other_numbers():
    assert find_cprs("CPR 120375-1234 og 2401882468, tlf 43591000, konto 9999999999") == [
        "120375-1234", "2401882468"]


ASTERISK = ["..#....", "#.#..##", "#####..", ".###...", "###.###", "..#....", "..#...."]


def touching_asterisks(n: int, cursor: bool = True) -> np.ndarray:
    """Tk's show='*' at 96 dpi: asterisks whose arms touch, so they read as one blob."""
    img = np.full((30, 300), 255, np.uint8)
    for i in range(n):
        for r, row in enumerate(ASTERISK):
            for c, ch in enumerate(row):
                if ch == "#":
                    img[10 + r, 6 + 7 * i + c] = 0
    if cursor:
        img[6:24, 6 + 7 * n + 1:6 + 7 * n + 3] = 0
    return img


def test_asterisks_that_touch_each_other_are_still_a_password():
    assert masked_glyphs(field(), touching_asterisks(7), "Som") == "masked"
    assert masked_glyphs(field(), touching_asterisks(11), "Sommer2024!") == "masked"


def test_tightly_set_clear_text_is_not_periodic():
    img = field()
    cv2.putText(img, "Sommer2024!", (6, 21), cv2.FONT_HERSHEY_PLAIN, 1.0, 0, 1)
    assert masked_glyphs(field(), img, "Sommer2024!") == "clear"


def screen_with(lines: dict[int, str]) -> np.ndarray:
    """A 400x300 grey screen with text lines at the given heights."""
    img = np.full((300, 400), 255, np.uint8)
    for y, text in lines.items():
        cv2.putText(img, text, (6, y), cv2.FONT_HERSHEY_SIMPLEX, 0.5, 0, 1, cv2.LINE_AA)
    return img


def test_text_typed_into_a_terminal_shows_at_its_prompt_not_at_the_click():
    from recorders.sensitive import echoed_elsewhere

    typed = "echo hej > fil"
    before = screen_with({40: "$ ls", 60: "$"})
    after = screen_with({40: "$ ls", 60: "$ " + typed})
    assert echoed_elsewhere(before, after, typed)


def test_a_clock_ticking_while_a_silent_prompt_takes_a_password_is_not_the_text():
    from recorders.sensitive import echoed_elsewhere

    before = screen_with({60: "Password:", 280: "12:05"})
    after = screen_with({60: "Password:", 280: "12:06"})
    assert not echoed_elsewhere(before, after, "Sommer2024!")
    assert not echoed_elsewhere(before, before, "Sommer2024!")
