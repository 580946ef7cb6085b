"""The Locator decides: found at one place, ambiguous (naming the places), or not found."""

import sys
import time
from pathlib import Path

import cv2
import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "golden"))
import goldens  # noqa: E402

from recipes.errors import AmbiguousAnchor, AnchorNotFound, RecipeFormatError  # noqa: E402
from recipes.locate import Locator, reading_order  # noqa: E402
from recipes.match import Match  # noqa: E402
from recipes.model import Target  # noqa: E402
from recipes.ocr import default_engine  # noqa: E402
from recipes.ports import Frame  # noqa: E402

SCENE = "scene_100.png"
REPEAT = "repeat_100.png"
GODKEND_WORD = (46, 255, 57, 11)     # the word "Godkend" on the Tk button in SCENE


@pytest.fixture
def locator(tmp_path):
    return Locator(tmp_path, ocr=default_engine())


def save(tmp_path, name, pixels):
    cv2.imwrite(str(tmp_path / name), pixels)
    return name


def recorded_word(tmp_path, box=GODKEND_WORD, margin=3):
    x, y, w, h = box
    patch = goldens.pixels(SCENE)[y - margin:y + h + margin, x - margin:x + w + margin]
    return save(tmp_path, "godkend_patch.png", patch)


def centre(box):
    return (box[0] + box[2] // 2, box[1] + box[3] // 2)


def test_repeated_text_with_nothing_to_tell_them_apart_is_ambiguous_and_names_both(locator):
    with pytest.raises(AmbiguousAnchor) as err:
        locator.find(goldens.frame(REPEAT), Target(text="Gem"))
    assert len(err.value.candidates) == 2
    left, right = (centre(goldens.box(REPEAT, k)) for k in ("tk.button_0_Gem", "tk.button_2_Gem"))
    message = str(err.value)
    assert "index" in message and "Gem" in message
    xs = sorted(c.x + c.w // 2 for c in err.value.candidates)
    assert abs(xs[0] - left[0]) <= 3 and abs(xs[1] - right[0]) <= 3


def test_index_picks_the_occurrence_in_reading_order(locator):
    frame = goldens.frame(REPEAT)
    second = locator.find(frame, Target(text="Gem", index=2))
    assert goldens.inside(second, goldens.box(REPEAT, "tk.button_2_Gem"))
    first = locator.find(frame, Target(text="Gem", index=1))
    assert goldens.inside(first, goldens.box(REPEAT, "tk.button_0_Gem"))
    with pytest.raises(AnchorNotFound):
        locator.find(frame, Target(text="Gem", index=3))


def test_reading_order_is_rows_top_to_bottom_then_left_to_right():
    a, b, c = Match(300, 100, 40, 12, 1), Match(20, 102, 40, 14, 1), Match(10, 200, 40, 12, 1)
    assert reading_order([c, a, b]) == [b, a, c]


def test_near_picks_the_clearly_nearer_of_equal_places(locator):
    right = goldens.box(REPEAT, "tk.button_2_Gem")
    found = locator.find(goldens.frame(REPEAT), Target(text="Gem", near=centre(right)))
    assert goldens.inside(found, right)


def test_near_halfway_between_equal_places_is_still_ambiguous(locator):
    left, right = (centre(goldens.box(REPEAT, k)) for k in ("tk.button_0_Gem", "tk.button_2_Gem"))
    halfway = ((left[0] + right[0]) // 2 + 10, left[1])
    with pytest.raises(AmbiguousAnchor):
        locator.find(goldens.frame(REPEAT), Target(text="Gem", near=halfway))


def test_an_unmoved_recorded_anchor_is_found_by_its_pixels_without_ocr(locator, tmp_path):
    target = Target(text="Godkend", patch=recorded_word(tmp_path), near=centre(GODKEND_WORD))
    reads = locator.ocr.reads
    started = time.perf_counter()
    found = locator.find(goldens.frame(SCENE, at=(0, 0), size=(1920, 1080)), target)
    elapsed = time.perf_counter() - started
    assert found.how == "patch" and locator.ocr.reads == reads
    assert goldens.inside(found, goldens.box(SCENE, "tk.button_0_Godkend"))
    assert elapsed < 0.05


def test_a_recorded_anchor_whose_window_moved_is_found_where_it_moved_to(locator, tmp_path):
    target = Target(text="Godkend", patch=recorded_word(tmp_path), near=centre(GODKEND_WORD))
    frame = goldens.frame(SCENE, at=(150, 90), size=(1920, 1080))
    found = locator.find(frame, target)
    assert found.how == "patch"
    assert goldens.inside(found, goldens.shifted(goldens.box(SCENE, "tk.button_0_Godkend"), 150, 90))


def test_a_recorded_anchor_moved_far_away_is_still_found_by_its_pixels(locator, tmp_path):
    target = Target(text="Godkend", patch=recorded_word(tmp_path), near=centre(GODKEND_WORD))
    tk_form = goldens.crop(goldens.pixels(SCENE), (0, 0, 340, 300))
    frame = Frame(goldens.on_screen(tk_form, at=(1200, 600)))
    found = locator.find(frame, target)
    assert found.how == "patch"
    assert goldens.inside(found, goldens.shifted(goldens.box(SCENE, "tk.button_0_Godkend"), 1200, 600))


def test_a_recorded_anchor_drawn_larger_than_recorded_is_found_by_reading(locator, tmp_path):
    target = Target(text="Godkend", patch=recorded_word(tmp_path), near=centre(GODKEND_WORD),
                    size=GODKEND_WORD[2:])
    found = locator.find(goldens.frame("scene_150.png"), target)
    assert found.how == "ocr"
    assert goldens.inside(found, goldens.box("scene_150.png", "tk.button_0_Godkend"))
    assert found.scale == pytest.approx(1.5, abs=0.15)


def test_a_recorded_anchor_next_to_an_identical_word_is_not_settled_by_its_pixels_alone(locator, tmp_path):
    # Two identical Tk forms side by side, the recorded place halfway between their buttons:
    # the pixels match twice, equally near, so the Locator must say it cannot tell.
    screen, target = two_forms_side_by_side(tmp_path)
    with pytest.raises(AmbiguousAnchor):
        locator.find(Frame(screen), target)


def two_forms_side_by_side(tmp_path):
    """Two identical Tk forms side by side, and the Godkend word recorded halfway between."""
    tk_form = goldens.crop(goldens.pixels(SCENE), (0, 0, 340, 300))
    screen = goldens.on_screen(tk_form, at=(0, 0))
    screen[0:300, 400:740] = tk_form
    x, y = centre(GODKEND_WORD)
    return screen, Target(text="Godkend", patch=recorded_word(tmp_path), near=(x + 200, y))


def test_text_or_image_either_finds_the_target(locator, tmp_path):
    frame = goldens.frame(SCENE)
    button = goldens.crop(goldens.pixels(SCENE), goldens.box(SCENE, "tk.button_0_Godkend"))
    image = save(tmp_path, "godkend.png", button)
    by_image = locator.find(frame, Target(text="Sagen er arkiveret", image=image))
    assert by_image.how == "image"
    noise = np.random.default_rng(3).integers(0, 255, (27, 84, 3), dtype=np.uint8)
    other = save(tmp_path, "other.png", noise)
    by_text = locator.find(frame, Target(text="Annuller", image=other))
    assert by_text.how == "ocr"
    assert goldens.inside(by_text, goldens.box(SCENE, "zenity.button_Annuller"))


def test_an_image_target_found_on_a_150_percent_screen_carries_its_scale(locator, tmp_path):
    button = goldens.crop(goldens.pixels(SCENE), goldens.box(SCENE, "tk.button_2_Gem"))
    target = Target(image=save(tmp_path, "gem.png", button), near=centre(goldens.box(SCENE, "tk.button_2_Gem")))
    frame = Frame(goldens.on_screen(goldens.scaled(SCENE, 1.5)))
    found = locator.find(frame, target)
    assert found.scale == 1.5
    assert goldens.inside(found, goldens.shifted(goldens.box(SCENE, "tk.button_2_Gem"), 0, 0, 1.5))


def test_a_point_target_is_its_point(locator):
    found = locator.find(goldens.frame(SCENE), Target(point=(120, 340)))
    assert found.point() == (120, 340) and found.how == "point"


def test_a_missing_image_file_is_an_error_that_names_the_file(locator):
    with pytest.raises(RecipeFormatError) as err:
        locator.find(goldens.frame(SCENE), Target(image="anchors/gem_knap.png"))
    assert "anchors/gem_knap.png" in str(err.value)


def test_not_found_tells_the_best_near_miss(locator):
    with pytest.raises(AnchorNotFound) as err:
        locator.find(goldens.frame(SCENE), Target(text="Afvisning"))
    assert err.value.best is not None
    assert err.value.best.score < 0.8
    assert err.value.screenshot is not None


def test_nothing_like_the_target_is_not_found(locator):
    outcome = locator.search(goldens.frame(SCENE), Target(text="Udbetal ydelse"))
    assert outcome.match is None and not outcome.ambiguous


def test_region_narrows_a_repeated_word_to_one_place(locator):
    zenity = (430, 0, 320, 170)
    found = locator.find(goldens.frame(SCENE), Target(text="Gem", region=zenity))
    assert goldens.inside(found, goldens.box(SCENE, "zenity.button_Gem"))


def test_a_region_off_the_screen_finds_nothing(locator):
    assert locator.exists(goldens.frame(SCENE), Target(text="Gem", region=(3000, 0, 100, 100))) is None


def test_once_a_display_scale_is_seen_images_are_first_looked_for_at_the_scaled_place(locator, tmp_path):
    scene = goldens.pixels(SCENE)
    frame = Frame(goldens.on_screen(goldens.scaled(SCENE, 1.5)))
    targets = []
    for key in ("tk.button_2_Gem", "tk.button_1_Afvis"):
        image = save(tmp_path, key + ".png", goldens.crop(scene, goldens.box(SCENE, key)))
        targets.append((key, Target(image=image, near=centre(goldens.box(SCENE, key)))))
    first = locator.search(frame, targets[0][1])
    assert first.stage == "whole" and first.match.scale == 1.5
    second = locator.search(frame, targets[1][1])
    assert second.stage == "image-near-scaled"
    assert goldens.inside(second.match, goldens.shifted(goldens.box(SCENE, targets[1][0]), 0, 0, 1.5))


def test_a_text_searched_near_first_and_then_everywhere_reads_each_window_once(locator):
    screen = Frame(goldens.on_screen(goldens.pixels(SCENE), at=(300, 200)))
    ocr = locator.ocr
    ocr.clear_cache()
    before = ocr.reads
    locator.search(screen, Target(text="Udbetal ydelse"))           # everywhere at once
    everywhere = ocr.reads - before
    ocr.clear_cache()
    before = ocr.reads
    locator.search(screen, Target(text="Udbetal ydelse", near=(400, 300)))   # near, wider, all
    assert ocr.reads - before == everywhere


class RegionScreen:
    """A screen of fixed pixels that can grab a rectangle; counts what was grabbed."""

    def __init__(self, pixels):
        self.pixels = pixels
        self.whole = 0
        self.regions = []

    def size(self):
        return (self.pixels.shape[1], self.pixels.shape[0])

    def grab(self):
        self.whole += 1
        return Frame(self.pixels.copy())

    def grab_region(self, x, y, w, h):
        self.regions.append((x, y, w, h))
        return Frame(self.pixels[y:y + h, x:x + w].copy(), origin=(x, y))


def test_an_unmoved_recorded_anchor_needs_only_a_small_grab_where_it_was(locator, tmp_path):
    screen = RegionScreen(goldens.on_screen(goldens.pixels(SCENE)))
    target = Target(text="Godkend", patch=recorded_word(tmp_path), near=centre(GODKEND_WORD))
    out, frame = locator.locate(screen, target)
    assert frame is None and screen.whole == 0
    ((_, _, w, h),) = screen.regions
    assert w * h < 1920 * 1080 / 50
    assert out.match.how == "patch"
    assert goldens.inside(out.match, goldens.box(SCENE, "tk.button_0_Godkend"))


def test_a_moved_anchor_is_searched_on_the_whole_screen_after_the_small_grab(locator, tmp_path):
    screen = RegionScreen(goldens.on_screen(goldens.pixels(SCENE), at=(150, 90)))
    target = Target(text="Godkend", patch=recorded_word(tmp_path), near=centre(GODKEND_WORD))
    out, frame = locator.locate(screen, target)
    assert frame is not None and screen.whole == 1
    assert goldens.inside(out.match, goldens.shifted(goldens.box(SCENE, "tk.button_0_Godkend"),
                                                     150, 90))


def test_the_small_grab_never_hides_an_equal_rival_just_outside_it(locator, tmp_path):
    # As in the side-by-side test above: the small grab sees one button, the screen has two.
    pixels, target = two_forms_side_by_side(tmp_path)
    screen = RegionScreen(pixels)
    out, _ = locator.locate(screen, target)
    assert out.match is None and len(out.ambiguous) == 2 and screen.whole == 1


def test_an_image_anchor_on_a_scaled_screen_is_found_in_a_small_grab_once_the_scale_is_known(
        locator, tmp_path):
    key = "tk.button_0_Godkend"
    box = goldens.box(SCENE, key)
    name = save(tmp_path, "godkend.png", goldens.crop(goldens.pixels(SCENE), box))
    screen = RegionScreen(goldens.on_screen(goldens.scaled(SCENE, 1.5)))
    target = Target(image=name, near=centre(box))
    first, _ = locator.locate(screen, target)            # the scale is learnt on the whole screen
    assert first.match.scale == 1.5 and screen.whole == 1
    second, frame = locator.locate(screen, target)
    assert frame is None and screen.whole == 1 and second.stage == "image-near-scaled"
    assert goldens.inside(second.match, goldens.shifted(box, 0, 0, 1.5), slack=2)


def test_waiting_for_an_unmoved_anchor_grabs_only_around_it(locator, tmp_path):
    from fakes import FakeClock

    screen = RegionScreen(goldens.on_screen(goldens.pixels(SCENE)))
    target = Target(text="Godkend", patch=recorded_word(tmp_path), near=centre(GODKEND_WORD))
    found = locator.wait(screen, target, timeout=5, clock=FakeClock())
    assert found.how == "patch" and screen.whole == 0
    # The second grab, which confirms that the anchor stays put, is of the anchor's own box.
    (_, _, w1, h1), (_, _, w2, h2) = screen.regions
    assert w2 * h2 < w1 * h1 < 1920 * 1080 / 50


def test_a_place_on_the_workbench_or_its_own_terminal_is_never_a_target(locator):
    # The same text twice; the left one is on a window that is never a target (the workbench's
    # step list): the other is the target, not a tie.
    left, right = (centre(goldens.box(REPEAT, k)) for k in ("tk.button_0_Gem", "tk.button_2_Gem"))
    locator.excluded = lambda m: abs(m.x + m.w // 2 - left[0]) <= 5
    m = locator.find(goldens.frame(REPEAT), Target(text="Gem"))
    assert abs(m.x + m.w // 2 - right[0]) <= 3


def test_recorded_pixels_with_a_letter_now_beside_them_do_not_settle_it_in_place(locator, tmp_path):
    # "Godkend" recorded tightly; the program now shows one more letter right after it (as
    # "Godkendt" would): the pixels still match where they were, but the word is another.
    x, y, w, h = GODKEND_WORD
    patch = save(tmp_path, "tight.png", goldens.pixels(SCENE)[y:y + h, x:x + w])
    pixels = goldens.on_screen(goldens.pixels(SCENE)).copy()
    pixels[y:y + h, x + w + 1:x + w + 6] = pixels[y:y + h, x + w - 5:x + w]   # the "d" again
    screen = RegionScreen(pixels)
    out, _ = locator.locate(screen, Target(text="Godkend", patch=patch, near=centre(GODKEND_WORD)))
    assert out.match is None or out.match.how != "patch"
