"""Never a guess (issue 11, items 3-5): occurrences are counted, only a settled screen is acted
on, one display scale holds for a run, and a screen that shows nothing is said to.

Golden screenshots of real programs, fake screens and a fake clock: no display, no real waiting.
"""

import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "golden"))
import goldens  # noqa: E402

from recipes.errors import (  # noqa: E402
    AnchorCountChanged, AnchorNotFound, AnchorStillVisible, ScreenBlank,
)
from recipes.locate import Locator  # noqa: E402
from recipes.locate.image import find_image  # noqa: E402
from recipes.model import Target  # noqa: E402
from recipes.ports import Frame  # noqa: E402

SCENE = "scene_100.png"
REPEAT = "repeat_100.png"
GODKEND_WORD = (46, 255, 57, 11)     # the word "Godkend" on the Tk button in SCENE
GREY = 217                            # the Tk form's background


class FakeClock:
    def __init__(self):
        self.t = 1000.0

    def now(self):
        return self.t

    def sleep(self, seconds):
        self.t += max(0.0, seconds)


class Screens:
    """Shows the given screens one per grab (the last one stays); no small grabs."""

    def __init__(self, *screens):
        self.screens = list(screens)
        self.grabs = 0

    def grab(self):
        pixels = self.screens[min(self.grabs, len(self.screens) - 1)]
        self.grabs += 1
        return Frame(pixels.copy())

    def size(self):
        return (self.screens[0].shape[1], self.screens[0].shape[0])


@pytest.fixture
def locator(ocr, tmp_path):
    return Locator(tmp_path, ocr=ocr)


def centre(box):
    return (box[0] + box[2] // 2, box[1] + box[3] // 2)


def gem_button():
    """The Tk "Gem" button with a little of the form around it."""
    x, y, w, h = goldens.box(REPEAT, "tk.button_0_Gem")
    return goldens.pixels(REPEAT)[y - 6:y + h + 6, x - 6:x + w + 6]


def rows(shown, spacing=70, size=(640, 480)):
    """A list of equal "Gem" rows on a plain form; `shown` says which of the rows 1..n show."""
    screen = np.full((size[1], size[0], 3), GREY, np.uint8)
    button = gem_button()
    places = {}
    for n, show in enumerate(shown, start=1):
        x, y = 100, 40 + (n - 1) * spacing
        if show:
            screen[y:y + button.shape[0], x:x + button.shape[1]] = button
        places[n] = (x + 6, y + 6, button.shape[1] - 12, button.shape[0] - 12)
    return screen, places


# --- 3. Occurrences ---------------------------------------------------------------------------

def test_index_is_taken_among_as_many_places_as_were_recorded(locator):
    screen, places = rows([True, True, True])
    found = locator.find(Frame(screen), Target(text="Gem", index=2, count=3))
    assert goldens.inside(found, places[2])


def test_a_row_gone_since_recording_fails_naming_the_places_instead_of_taking_another_row(locator):
    # Row 1 vanished (or was not read): occurrence 2 of what is left is recorded row 3.
    screen, places = rows([False, True, True])
    with pytest.raises(AnchorCountChanged) as err:
        locator.find(Frame(screen), Target(text="Gem", index=2, count=3))
    assert err.value.expected == 3 and len(err.value.candidates) == 2
    assert "shows 2 times" in str(err.value) and "3 times when it was recorded" in str(err.value)
    centres = sorted(c.y + c.h // 2 for c in err.value.candidates)
    assert [abs(cy - centre(places[n])[1]) <= 3 for cy, n in zip(centres, (2, 3))] == [True, True]


def test_waiting_for_a_miscounted_anchor_fails_after_the_timeout_with_the_places(locator):
    screen, _ = rows([True, False, True])
    clock = FakeClock()
    with pytest.raises(AnchorCountChanged) as err:
        locator.wait(Screens(screen), Target(text="Gem", index=2, count=3), timeout=4, clock=clock)
    assert clock.t - 1000.0 >= 4 and len(err.value.candidates) == 2


def test_image_peaks_are_not_cut_at_some_count():
    screen = np.full((900, 1400, 3), GREY, np.uint8)
    button = gem_button()
    for i in range(20):
        x, y = 60 + (i % 5) * 250, 60 + (i // 5) * 200
        screen[y:y + button.shape[0], x:x + button.shape[1]] = button
    found = find_image(Frame(screen), button, Target(image="gem.png"))
    assert len(found) == 20


def test_identical_pixels_far_away_do_not_win_over_the_same_text_at_the_recorded_place(locator, tmp_path):
    # At the recorded place the button now shows its word light on dark (selected), so its
    # pixels differ; an identical rendering shows in another window far away. Both read
    # "Godkend": the one clearly nearer the recorded place wins, as between any two readings.
    x, y, w, h = GODKEND_WORD
    scene = goldens.pixels(SCENE)
    cv2.imwrite(str(tmp_path / "patch.png"), scene[y - 3:y + h + 3, x - 3:x + w + 3])
    form = goldens.crop(scene, (0, 0, 340, 300))
    screen = goldens.on_screen(form, background=200)
    screen[y - 3:y + h + 3, x - 3:x + w + 3] = 255 - screen[y - 3:y + h + 3, x - 3:x + w + 3]
    screen[600:900, 1200:1540] = form
    target = Target(text="Godkend", patch="patch.png", near=centre(GODKEND_WORD))
    found = locator.find(Frame(screen), target)
    assert goldens.inside(found, goldens.box(SCENE, "tk.button_0_Godkend"))


# --- 4. Settled screens ------------------------------------------------------------------------

class MovingScreen:
    """The Tk form sliding right at 400 px/s on the fake clock until `stops`, then still; grabs
    whole screens and rectangles, as the X screen does."""

    def __init__(self, clock, stops):
        self.clock, self.start, self.stops = clock, clock.now(), stops
        self.form = goldens.crop(goldens.pixels(SCENE), (0, 0, 340, 300))

    def shift(self):
        return round(400 * (min(self.clock.now(), self.stops) - self.start))

    def pixels(self):
        return goldens.on_screen(self.form, at=(self.shift(), 0), size=(1000, 400), background=60)

    def size(self):
        return (1000, 400)

    def grab(self):
        return Frame(self.pixels())

    def grab_region(self, x, y, w, h):
        return Frame(self.pixels()[y:y + h, x:x + w].copy(), origin=(x, y))


@pytest.mark.parametrize("recorded", [True, False], ids=["recorded pixels", "text only"])
def test_a_moving_window_is_not_acted_on_until_it_stops(locator, tmp_path, recorded):
    clock = FakeClock()
    screen = MovingScreen(clock, stops=clock.now() + 1.2)
    x, y, w, h = GODKEND_WORD
    target = Target(text="Godkend", near=centre(GODKEND_WORD))
    if recorded:
        cv2.imwrite(str(tmp_path / "patch.png"), goldens.pixels(SCENE)[y - 3:y + h + 3, x - 3:x + w + 3])
        target = target.model_copy(update={"patch": "patch.png"})
    found = locator.wait(screen, target, timeout=10, clock=clock)
    assert clock.now() >= screen.stops
    assert goldens.inside(found, goldens.shifted(goldens.box(SCENE, "tk.button_0_Godkend"), 480, 0))


def test_a_window_that_never_stops_moving_is_said_to_move(locator):
    clock = FakeClock()
    screen = MovingScreen(clock, stops=clock.now() + 60)
    with pytest.raises(AnchorNotFound) as err:
        locator.wait(screen, Target(text="Godkend"), timeout=1, clock=clock)
    assert err.value.moving and "did not stay at one place" in str(err.value)


def without(key):
    pixels = goldens.pixels(SCENE).copy()
    x, y, w, h = goldens.box(SCENE, key)
    pixels[y - 2:y + h + 2, x - 2:x + w + 2] = pixels[y - 3, x - 3]
    return pixels


def test_gone_needs_two_screenshots_in_a_row_without_it(locator):
    # The dialog flickers away for one screenshot and is back: it is not gone.
    shown, flicker = goldens.pixels(SCENE), without("zenity.button_Annuller")
    screen = Screens(shown, flicker, shown)
    with pytest.raises(AnchorStillVisible):
        locator.wait(screen, Target(text="Annuller"), timeout=3, clock=FakeClock(), gone=True)


def test_a_few_pixels_of_reading_jitter_do_not_scale_an_offset(locator):
    # The word reads a few pixels larger than recorded (56 x 11 for 49 x 10): the display is
    # still at 100 %, and an offset of 200 px stays 200 px (not 228).
    tk_form = (0, 0, 340, 300)
    found = locator.find(goldens.frame(SCENE), Target(text="Godkend", size=(49, 10), region=tk_form))
    assert found.how == "ocr" and found.scale == 1.0
    assert found.point((200, 0)) == (found.centre[0] + 200, found.centre[1])


def test_one_display_scale_holds_for_the_run_and_scales_region_and_point(locator, tmp_path):
    scene = goldens.pixels(SCENE)
    frame = Frame(goldens.on_screen(goldens.scaled(SCENE, 1.5)))
    button = goldens.box(SCENE, "tk.button_2_Gem")
    cv2.imwrite(str(tmp_path / "gem.png"), goldens.crop(scene, button))
    assert locator.find(frame, Target(image="gem.png")).scale == 1.5    # learnt once
    # A text box's own size no longer decides: the run's scale does.
    text = locator.find(frame, Target(text="Annuller", size=(60, 12)))
    assert text.scale == 1.5
    # `region` and `point` were given at 100 %.
    zenity = (430, 0, 320, 170)
    gem = locator.find(frame, Target(text="Gem", region=zenity))
    assert goldens.inside(gem, goldens.shifted(goldens.box(SCENE, "zenity.button_Gem"), 0, 0, 1.5))
    assert locator.find(frame, Target(point=(100, 80))).point() == (150, 120)


# --- 5. A screen that cannot be seen ---------------------------------------------------------

def test_a_black_screen_is_said_to_show_nothing_not_that_the_anchor_is_missing(locator):
    black = np.zeros((1080, 1920, 3), np.uint8)
    with pytest.raises(ScreenBlank) as err:
        locator.wait(Screens(black), Target(text="Godkend"), timeout=5, clock=FakeClock())
    assert err.value.colour == (0, 0, 0) and not err.value.grab_failed
    message = str(err.value)
    assert "shows nothing (black)" in message and "locked" in message and "Citrix" in message
    assert "not found" not in message


def test_a_one_colour_screen_names_its_colour(locator):
    blue = np.zeros((600, 800, 3), np.uint8)
    blue[:] = (160, 80, 20)   # BGR
    with pytest.raises(ScreenBlank) as err:
        locator.wait(Screens(blue), Target(text="Godkend"), timeout=1, clock=FakeClock())
    assert err.value.colour == (20, 80, 160) and "rgb(20, 80, 160)" in str(err.value)


def test_a_screen_with_a_little_text_is_not_blank(locator):
    pixels = np.zeros((600, 800, 3), np.uint8)
    pixels[300:312, 400:460] = goldens.pixels(SCENE)[255:267, 46:106]
    with pytest.raises(AnchorNotFound):
        locator.wait(Screens(pixels), Target(text="Afvis"), timeout=1, clock=FakeClock())


def test_a_grab_that_fails_is_said_so(locator):
    class Broken:
        def grab(self):
            raise OSError("XGetImage() failed")

        def size(self):
            return (1920, 1080)

    with pytest.raises(ScreenBlank) as err:
        locator.wait(Broken(), Target(text="Godkend"), timeout=2, clock=FakeClock())
    assert err.value.grab_failed and "XGetImage() failed" in str(err.value)
    assert "could not be read" in str(err.value)


def test_a_black_screen_is_not_taken_for_the_target_being_gone(locator):
    black = np.zeros((600, 800, 3), np.uint8)
    with pytest.raises(ScreenBlank):
        locator.wait(Screens(black), Target(text="Annuller"), timeout=2, clock=FakeClock(), gone=True)
