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


# --- the rule: a field is ordinary only where the screen shows the typed characters ----------

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def screen(texts: dict[tuple[int, int], str], bullets: dict[tuple[int, int], int] | None = None):
    """A 900x500 light-grey screen (a `Frame`) with white fields, text drawn in DejaVu Sans at
    13 px as a desktop draws it, and rows of bullets."""
    from PIL import Image, ImageDraw, ImageFont

    from recipes.ports import Frame

    img = Image.new("RGB", (900, 500), (236, 236, 236))
    draw = ImageDraw.Draw(img)
    for y in (100, 300):
        draw.rectangle((100, y - 12, 500, y + 12), fill=(255, 255, 255), outline=(150, 150, 150))
    font = ImageFont.truetype(FONT, 13)
    for (x, y), text in texts.items():
        draw.text((x, y), text, fill=(0, 0, 0), font=font, anchor="lm")
    for (x, y), n in (bullets or {}).items():
        for i in range(n):
            draw.ellipse((x + 9 * i, y - 3, x + 9 * i + 6, y + 3), fill=(0, 0, 0))
    pixels = np.ascontiguousarray(np.asarray(img)[:, :, ::-1])
    return Frame(pixels, (0, 0))


@pytest.fixture(scope="module")
def ocr():
    from recipes.ocr import default_engine

    return default_engine().words


LABELS = {(20, 100): "Beløb:", (20, 300): "Kode:", (600, 450): "12:05"}


@pytest.mark.parametrize("typed", ["500", "Anna", "1.250,50", "Søren Ærø"])
def test_text_whose_glyphs_repeat_is_read_back_as_the_text_not_taken_for_bullets(ocr, typed):
    from recorders.typed_ink import judge_typing

    before = screen(LABELS)
    after = screen({**LABELS, (106, 100): typed})
    judged = judge_typing(before, after, typed, ocr, focus=(300, 100))
    assert judged.verdict == "clear" and judged.near_focus


def test_repeated_glyphs_of_500_and_anna_are_not_bullets():
    for typed in ("500", "Anna"):
        before, after = screen(LABELS), screen({**LABELS, (106, 100): typed})
        assert masked_glyphs(before.grey[80:120], after.grey[80:120], typed) != "masked"


def test_bullets_in_a_field_away_from_the_click_are_no_echo_of_the_text(ocr):
    """A dialog the program opened by itself: its field is far from the last click, and the
    bullets there do not read as the password, wherever on the screen they are."""
    from recorders.typed_ink import judge_typing

    before = screen(LABELS)
    after = screen(LABELS, bullets={(106, 300): 11})
    judged = judge_typing(before, after, "Sommer2024!", ocr, focus=(700, 40))
    assert judged.verdict == "masked" and not judged.near_focus
    assert judged.box[1] <= 300 <= judged.box[1] + judged.box[3]


def test_bullets_elsewhere_beside_text_typed_at_the_click_leave_the_text_ordinary(ocr):
    from recorders.typed_ink import judge_typing

    before = screen(LABELS, bullets={(106, 300): 6})
    after = screen({**LABELS, (106, 100): "Jensen"}, bullets={(106, 300): 6})
    assert judge_typing(before, after, "Jensen", ocr, focus=(300, 100)).verdict == "clear"


def test_text_typed_into_a_terminal_reads_back_at_its_prompt_not_at_the_click(ocr):
    from recorders.typed_ink import judge_typing

    before = screen({(20, 400): "$"})
    after = screen({(20, 400): "$ echo hej > fil"})
    judged = judge_typing(before, after, "echo hej > fil", ocr, focus=(300, 100))
    assert judged.verdict == "clear" and not judged.near_focus


@pytest.mark.parametrize("case", ["no_ocr", "other_text", "clock_only", "no_frames"])
def test_a_field_that_cannot_be_decided_is_undecided_not_ordinary(ocr, case):
    from recorders.typed_ink import judge_typing

    before = screen(LABELS)
    typed = "Gade 12"
    after = {
        "no_ocr": screen({**LABELS, (106, 100): typed}),
        "other_text": screen({**LABELS, (106, 100): "GADE TOLV"}),  # a field that rewrites
        "clock_only": screen({**LABELS, (600, 450): "12:06"}),
        "no_frames": None,
    }[case]
    reader = None if case == "no_ocr" else ocr
    assert judge_typing(before, after, typed, reader, focus=(300, 100)).verdict is None


def test_nothing_drawn_anywhere_while_typing_is_no_ink(ocr):
    from recorders.typed_ink import judge_typing

    assert judge_typing(screen(LABELS), screen(LABELS), "abc", ocr).verdict == "no_ink"


@pytest.mark.parametrize("typed, read, same", [
    ("500", "500", True), ("500", "5OO", True), ("Anna", "Anna", True), ("Anna", "Arma", False),
    ("Søren Ærø", "Søren Ærø", True), ("Sommer2024!", "eeeeeeeeeee", False),
    ("Sommer2024!", "***********", False), ("Gade 12", "Gade", False),
    ("Jensen", "Hans Jensen", True), ("Tandpleje efter ulykke", "Tandpleje efter uiykke", True),
    # a narrow field scrolled to the end of a long path shows only its end
    (r"Z:\tmp\sager\2026\borger_notat.txt", r"2026\borger_notat.txt", True),
    (r"Z:\tmp\sager\2026\borger_notat.txt", r"Z:\tmp\sager", False),
    ("Sommer2024!Vinter", "••••••••••", False), ("Sommer2024!Vinter", "nter", False)])
def test_read_back_text_is_the_typed_text_only_when_it_says_the_same(typed, read, same):
    from recorders.typed_ink import reads_as

    assert reads_as(typed, read) is same
