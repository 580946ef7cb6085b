"""Finding text anchors on golden screenshots: phrases, Danish letters, tolerance, scale, patches."""

import sys
from pathlib import Path

import cv2
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "golden"))
import goldens  # noqa: E402

from recipes.locate.text import (  # noqa: E402
    find_patch, find_text, normalise, phrase_matches, read_words, similarity)
from recipes.model import Target  # noqa: E402
from recipes.ocr import default_engine  # noqa: E402
from recipes.ports import Frame  # noqa: E402

SCENE = "scene_100.png"


@pytest.fixture(scope="module")
def ocr():
    return default_engine()


@pytest.mark.parametrize("text, box", [
    ("Godkendelse", "tk.banner"),
    ("Status: Afventer godkendelse", "tk.banner"),
    ("Søren Ærøskøbing", "tk.entry_navn"),
    ("Øresund sag", "tk.list"),
    ("Annuller", "zenity.button_Annuller"),
    ("Journalnummer 2024-117", "xterm.line_1"),
    ("godkendt af Jørgen", "xterm.line_2"),
])
def test_finds_text_inside_the_widget_that_shows_it(ocr, text, box):
    matches = find_text(goldens.frame(SCENE), Target(text=text), ocr)
    assert len(matches) == 1, matches
    assert goldens.inside(matches[0], goldens.box(SCENE, box))
    assert matches[0].how == "ocr"


def test_finds_every_place_a_repeated_word_shows(ocr):
    matches = find_text(goldens.frame(SCENE), Target(text="Gem"), ocr)
    places = {name for name in ("tk.button_2_Gem", "zenity.button_Gem", "xmessage.button_Gem")
              if any(goldens.inside(m, goldens.box(SCENE, name)) for m in matches)}
    assert places == {"tk.button_2_Gem", "zenity.button_Gem", "xmessage.button_Gem"}
    assert len(matches) == 3


def test_a_word_on_a_round_xaw_button_reads_as_well_as_on_a_tk_button(ocr):
    matches = find_text(goldens.frame(SCENE), Target(text="Afvis"), ocr)
    assert len(matches) == 2
    tk, xaw = sorted(matches, key=lambda m: m.y)
    assert goldens.inside(tk, goldens.box(SCENE, "tk.button_1_Afvis"))
    assert goldens.inside(xaw, goldens.box(SCENE, "xmessage.button_Afvis"))
    assert tk.score == xaw.score == 1.0


def test_case_and_spacing_do_not_matter():
    assert normalise("  STATUS:   afventer\tGodkendelse ") == "status: afventer godkendelse"
    assert similarity("Gem", "(Gem)") == 1.0
    assert similarity("Ærø", "ærø") == 1.0


def test_a_word_with_letters_added_or_cut_off_is_another_word():
    assert similarity("Gem", "Gemt") < 0.8
    assert similarity("Godkendelse", "godkende") < 0.8
    assert similarity("Afvis", "Afvist") < 0.8
    assert similarity("Adresse", "Adresser") < 0.8
    # Another ending is another word form with another meaning, not a misreading.
    assert similarity("Godkendt", "godkende") < 0.8
    assert similarity("Sagen er gemt", "Sagen er gem") < 0.8
    assert similarity("sagen", "sager") < 0.8
    assert similarity("Vil du godkende sagen", "Vil du godkende sagen?") > 0.95


def test_a_first_letter_lost_beside_a_border_is_still_the_same_long_word():
    assert similarity("Journalnummer 2024-117", "ournalnummer 2024-117") >= 0.9
    assert similarity("Gem", "em") < 0.8
    assert similarity("Lukkede sager", "Lukkede sagr") >= 0.8


def test_small_reading_errors_are_tolerated_but_other_words_are_not(ocr):
    frame = goldens.frame(SCENE)
    typo = find_text(frame, Target(text="Lukkede sagr"), ocr)
    assert len(typo) == 1 and goldens.inside(typo[0], goldens.box(SCENE, "tk.list"))
    assert typo[0].score < 1.0
    assert find_text(frame, Target(text="Lukkede sagr", similarity=0.98), ocr) == []
    assert find_text(frame, Target(text="Afvisning"), ocr) == []


def test_a_short_word_one_letter_away_is_not_taken_for_the_target():
    from recipes.locate.text import phrase_matches, threshold
    from recipes.ocr import Word

    words = [Word("Set", 10, 10, 20, 10, 95.0, (0, 0, 1, 1, 1, 1))]
    assert threshold(Target(text="Slet")) == 0.9
    assert phrase_matches(words, Target(text="Slet"), threshold(Target(text="Slet"))) == []
    assert threshold(Target(text="Godkend")) == 0.8


def test_text_that_is_not_on_the_screen_finds_nothing(ocr):
    assert find_text(goldens.frame(SCENE), Target(text="Slet borger"), ocr) == []


def test_search_stays_inside_the_region(ocr):
    zenity = (430, 0, 320, 170)
    matches = find_text(goldens.frame(SCENE), Target(text="Gem", region=zenity), ocr, zenity)
    assert len(matches) == 1
    assert goldens.inside(matches[0], goldens.box(SCENE, "zenity.button_Gem"))


def test_found_on_a_screen_drawn_at_150_percent_with_its_scale(ocr):
    recorded = find_text(goldens.frame(SCENE), Target(text="Godkendelse"), ocr)[0]
    target = Target(text="Godkendelse", size=(recorded.w, recorded.h))
    found = find_text(goldens.frame("scene_150.png"), target, ocr)
    assert len(found) == 1
    assert goldens.inside(found[0], goldens.box("scene_150.png", "tk.banner"))
    assert found[0].scale == pytest.approx(1.5, abs=0.15)


def test_without_a_recorded_size_the_scale_is_one(ocr):
    found = find_text(goldens.frame("scene_150.png"), Target(text="Afvis"), ocr)
    assert len(found) == 1 and found[0].scale == 1.0


def test_whole_screen_is_read_in_two_tiles_without_losing_or_doubling_words(ocr):
    # The scene placed so that the tile seam (the screen's middle row) runs through a name field.
    scene = goldens.pixels(SCENE)
    frame = Frame(goldens.on_screen(scene, at=(600, 540 - 110)))
    matches = find_text(frame, Target(text="Søren Ærøskøbing"), ocr)
    assert len(matches) == 1
    assert goldens.inside(matches[0], goldens.shifted(goldens.box(SCENE, "tk.entry_navn"), 600, 430))
    assert len(find_text(frame, Target(text="Gem"), ocr)) == 3


def _patch(scene, box, margin=3):
    x, y, w, h = box
    return cv2.cvtColor(scene[y - margin:y + h + margin, x - margin:x + w + margin],
                        cv2.COLOR_BGR2GRAY)


def test_a_recorded_patch_is_found_pixel_for_pixel_where_it_is():
    scene = goldens.pixels(SCENE)
    word = (46, 255, 57, 11)   # "Godkend" on the Tk button, as the recorder saved it
    patch = _patch(scene, word)
    found = find_patch(Frame(scene), patch, Target(text="Godkend"), (0, 200, 340, 100))
    assert len(found) == 1
    assert (found[0].x, found[0].y) == (43, 252)
    assert found[0].score > 0.99 and found[0].how == "patch"


def test_a_recorded_patch_is_not_taken_for_the_start_of_a_longer_word():
    scene = goldens.pixels(SCENE)
    # "Lukk" cut out of "Lukkede": its pixels are on the screen, but inside a longer word.
    patch = _patch(scene, (32, 218, 26, 11))
    patch[:, -3:] = 255   # a recorded word has background after it
    assert find_patch(Frame(scene), patch, Target(text="Lukk"), (0, 150, 340, 100)) == []


def test_a_patch_from_another_program_is_not_accepted():
    scene = goldens.pixels(SCENE)
    xmessage_gem = _patch(scene, goldens.box(SCENE, "xmessage.button_Gem"), margin=0)
    assert find_patch(Frame(scene), xmessage_gem, Target(text="Gem"), (0, 0, 430, 300)) == []


def test_a_tightly_cut_patch_is_not_taken_for_the_start_of_a_longer_word():
    scene = goldens.pixels(SCENE)
    tight = _patch(scene, (32, 218, 27, 11), margin=0)    # "Lukk" with no margin, as cut tight
    assert find_patch(Frame(scene), tight, Target(text="Lukk"), (0, 150, 340, 100)) == []
    whole_word = _patch(scene, (32, 218, 54, 11), margin=0)   # "Lukkede", cut just as tight
    assert len(find_patch(Frame(scene), whole_word, Target(text="Lukkede"), (0, 150, 340, 100))) == 1


def test_windows_on_an_empty_desktop_are_read_one_by_one_with_plain_int_boxes(ocr):
    from recipes.locate.text import content_boxes

    frame = goldens.frame(SCENE, at=(200, 100), size=(1920, 1080))
    boxes = content_boxes(frame.grey)
    assert len(boxes) == 4     # the Tk form, zenity, xterm and xmessage
    tk_form = goldens.shifted(goldens.box(SCENE, "tk.window"), 200, 100)
    assert any(b[0] <= tk_form[0] and b[1] <= tk_form[1] and b[0] + b[2] >= tk_form[0] + tk_form[2]
               for b in boxes)
    match = find_text(frame, Target(text="Journalnummer 2024-117"), ocr)[0]
    assert all(type(v) is int for v in (match.x, match.y, match.w, match.h))


def test_a_small_font_read_wrong_at_first_is_read_again_closer(ocr):
    # xmessage's round buttons in a tiny Xaw font: the first reading gives "Atvis)".
    frame = goldens.frame("xmessage_buttons.png")
    first = phrase_matches(read_words(frame, ocr), Target(text="Afvis"), 0.0)
    assert max(m.score for m in first) < 0.95, "the golden no longer shows the misreading"
    (match,) = find_text(frame, Target(text="Afvis"), ocr)
    assert match.score >= 0.95 and 130 < match.centre[0] < 185 and 75 < match.centre[1] < 100
    assert find_text(frame, Target(text="Afvist"), ocr) == []


def test_two_equal_round_buttons_are_both_read_so_neither_is_guessed(ocr):
    # Xaw's oval outlines glue onto the letters ("(OK)(OK)(Afvis)" read as nothing); with the
    # outlines taken away both OK buttons are read, so the Locator can say it cannot tell.
    from recipes.errors import AmbiguousAnchor
    from recipes.locate import Locator

    frame = goldens.frame("xmessage_ok_ok_afvis.png")
    oks = find_text(frame, Target(text="OK"), ocr)
    assert len(oks) == 2 and abs(oks[0].centre[0] - oks[1].centre[0]) > 30
    with pytest.raises(AmbiguousAnchor):
        Locator(ocr=ocr).find(frame, Target(text="OK"))
    first = phrase_matches(read_words(frame, ocr), Target(text="Afvis"), 0.0)
    assert max(m.score for m in first) == 1.0      # read right the first time


# Sagsform (tests/e2e/wine/programs/sagsform.c) as Wine draws it: a light, thin anti-aliased font
# that flattening thins out. Where each text starts and the middle of its line, from the program's
# own layout: its client area starts at (6, 26) in this picture, labels at x 20, list rows 18 px
# high from y 172 inside a list at x 160 (with its 2-px border and 1-px indent).
WIN32 = "win32_sagsform.png"


@pytest.mark.parametrize("text, left, middle", [
    ("Navn:", 26, 26 + 82 + 8), ("CPR-nummer:", 26, 26 + 128 + 8),
    ("Løn og personale", 169, 26 + 172 + 18 + 9), ("Økonomi", 169, 26 + 172 + 3 * 18 + 9),
    ("Sagsbehandling", 169, 26 + 172 + 4 * 18 + 9),
])
def test_a_light_windows_font_is_found_by_looking_again_without_flattening(ocr, text, left,
                                                                          middle):
    frame = Frame(goldens.pixels(WIN32).copy())
    matches = find_text(frame, Target(text=text), ocr)
    assert len(matches) == 1, matches
    m = matches[0]
    assert abs(m.x - left) <= 4 and abs(m.centre[1] - middle) <= 5, m


def test_words_tesseract_gave_lines_of_their_own_are_one_phrase():
    from recipes.locate.text import lines_of
    from recipes.ocr import Word

    words = [Word("Ældre", 539, 147, 46, 12, 94, (0, 0, 1, 1, 1, 1)),
             Word("pleje", 590, 147, 33, 15, 96, (0, 0, 1, 2, 1, 1)),
             Word("Adresse:", 26, 148, 70, 12, 96, (0, 0, 1, 3, 1, 1)),   # far left: apart
             Word("K-31", 540, 170, 34, 12, 90, (0, 0, 1, 4, 1, 1))]      # the next line
    assert [[w.text for w in run] for run in lines_of(words)] == [
        ["Adresse:"], ["Ældre", "pleje"], ["K-31"]]
    assert phrase_matches(words, Target(text="Ældre pleje"), 0.9)[0].label == "Ældre pleje"


def test_a_space_read_beside_a_hyphen_does_not_make_another_text():
    assert similarity("K-31", "K- 31") == 1.0
    assert similarity("2024-117", "2024 -117") == 1.0
    assert similarity("K-31", "K-34") < 0.9


def test_a_tight_patch_is_not_taken_for_a_word_whose_next_letter_stands_3_pixels_on():
    import numpy as np

    # "Sag" (a menu, cut tight to its ink) and "Sagsnummer", whose "s" begins 3 px after the
    # "g": drawn here as strokes of a 14-px font on a light ground.
    screen = np.full((60, 200, 3), 245, np.uint8)
    for x0 in (20, 120):
        for i in range(4):
            screen[20:31, x0 + 6 * i:x0 + 6 * i + 3] = 50     # the letters of "Sag"
    screen[20:31, 120 + 24 + 3:120 + 24 + 6] = 60               # the "s" after it, 3 px on
    tight = cv2.cvtColor(screen[18:32, 20:44], cv2.COLOR_BGR2GRAY)
    found = find_patch(Frame(screen), tight, Target(text="Sag"), (0, 0, 200, 60))
    assert [(m.x, m.y) for m in found] == [(20, 18)]


def test_a_number_is_an_identity_not_a_misreading():
    from recipes.locate.text import similarity, threshold
    from recipes.model import Target

    wanted = "Sendt til betaling: F-2041."
    assert similarity(wanted, "Sendt til betaling: F-2041.") == 1.0
    assert similarity(wanted, "Sendt til betaling: F-2047.") < threshold(Target(text=wanted))
    # A button without the number is another text, however alike the words.
    assert similarity("Godkendt til betaling: F-2041.", "Godkend til betaling") < 0.8
    # Letters OCR takes for digits inside a number still read as that number.
    assert similarity("Sag 2041", "Sag 2O41") >= 0.8
