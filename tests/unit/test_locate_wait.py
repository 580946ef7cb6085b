"""Waiting for a target: appears, times out, vanishes, aborts; all in no real time."""

import sys
import time
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "golden"))
import goldens  # noqa: E402

from recipes.errors import AmbiguousAnchor, AnchorNotFound, AnchorStillVisible, UserAbort  # noqa: E402
from recipes.locate import Locator  # noqa: E402
from recipes.locate.text import CLOSER_LOOK_MAX, OTHER_LOOKS, SPOTS_MOST  # noqa: E402
from recipes.model import Target  # noqa: E402
from recipes.ports import Frame  # noqa: E402

SCENE = "scene_100.png"


class FakeClock:
    def __init__(self):
        self.t = 1000.0
        self.sleeps: list[float] = []

    def now(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.t += seconds


class FakeScreen:
    """Shows the given screens one per grab; the last one stays."""

    def __init__(self, *screens: np.ndarray):
        self.screens = list(screens)
        self.grabs = 0

    def grab(self) -> Frame:
        pixels = self.screens[min(self.grabs, len(self.screens) - 1)]
        self.grabs += 1
        return Frame(pixels.copy())

    def size(self):
        return (self.screens[0].shape[1], self.screens[0].shape[0])


class AbortAfter:
    def __init__(self, checks: int):
        self.left = checks

    def check(self):
        self.left -= 1
        if self.left < 0:
            raise UserAbort("stopped with the abort hotkey")


@pytest.fixture
def locator(ocr, tmp_path):
    return Locator(tmp_path, ocr=ocr)


def empty():
    return np.zeros_like(goldens.pixels(SCENE))


def test_wait_returns_as_soon_as_the_target_shows(locator):
    screen = FakeScreen(empty(), empty(), goldens.pixels(SCENE))
    clock = FakeClock()
    found = locator.wait(screen, Target(text="Annuller"), timeout=10, clock=clock)
    assert goldens.inside(found, goldens.box(SCENE, "zenity.button_Annuller"))
    assert screen.grabs == 4      # the third shows it, the fourth shows it at the same place
    assert clock.t - 1000.0 < 1.0


def test_wait_fails_after_the_timeout_with_the_best_candidate_and_screenshot(locator):
    screen = FakeScreen(goldens.pixels(SCENE))
    clock = FakeClock()
    started = time.perf_counter()
    with pytest.raises(AnchorNotFound) as err:
        locator.wait(screen, Target(text="Afvisning"), timeout=10, clock=clock)
    assert time.perf_counter() - started < 5          # ten seconds on the fake clock only
    assert clock.t - 1000.0 == pytest.approx(10.0)
    assert "10 s" in str(err.value)
    assert err.value.best is not None and err.value.best.score < 0.8
    assert isinstance(err.value.screenshot, Frame)


def test_an_unchanged_screen_is_not_read_again_while_waiting(locator):
    locator.ocr.clear_cache()
    before = locator.ocr.reads
    screen = FakeScreen(goldens.pixels(SCENE))
    with pytest.raises(AnchorNotFound):
        locator.wait(screen, Target(text="Udbetal"), timeout=5, clock=FakeClock())
    reads_after_first_poll = locator.ocr.reads
    assert screen.grabs > 10
    # The screen fits one read; near misses get at most a few closer looks, and what the first
    # reading left unread is read the other ways, in a few pieces, once.
    assert before + 1 <= reads_after_first_poll <= \
        before + 1 + len(OTHER_LOOKS) * (SPOTS_MOST + CLOSER_LOOK_MAX) + CLOSER_LOOK_MAX
    with pytest.raises(AnchorNotFound):
        locator.wait(FakeScreen(goldens.pixels(SCENE)), Target(text="Udbetal"), timeout=5,
                     clock=FakeClock())
    assert locator.ocr.reads == reads_after_first_poll


def without(key: str) -> np.ndarray:
    """The scene with one thing painted over in the colour around it."""
    pixels = goldens.pixels(SCENE).copy()
    x, y, w, h = goldens.box(SCENE, key)
    pixels[y - 2:y + h + 2, x - 2:x + w + 2] = pixels[y - 3, x - 3]
    return pixels


def test_wait_gone_returns_once_the_target_vanished(locator):
    gone = without("zenity.button_Annuller")
    screen = FakeScreen(goldens.pixels(SCENE), goldens.pixels(SCENE), gone)
    assert locator.wait(screen, Target(text="Annuller"), timeout=10, clock=FakeClock(), gone=True) is None
    assert screen.grabs == 4      # two screenshots in a row without it


def test_wait_gone_fails_while_the_target_stays_visible(locator):
    screen = FakeScreen(goldens.pixels(SCENE))
    clock = FakeClock()
    with pytest.raises(AnchorStillVisible) as err:
        locator.wait(screen, Target(text="Annuller"), timeout=3, clock=clock, gone=True)
    assert "Annuller" in str(err.value) and "3 s" in str(err.value)
    assert clock.t - 1000.0 == pytest.approx(3.0)


def test_the_abort_hotkey_stops_a_wait(locator):
    screen = FakeScreen(empty())
    with pytest.raises(UserAbort):
        locator.wait(screen, Target(text="Annuller"), timeout=60, clock=FakeClock(), abort=AbortAfter(2))
    assert screen.grabs == 2


def test_an_ambiguity_is_reported_without_waiting_out_the_timeout(locator):
    screen = FakeScreen(goldens.pixels("repeat_100.png"))
    clock = FakeClock()
    with pytest.raises(AmbiguousAnchor):
        locator.wait(screen, Target(text="Gem"), timeout=30, clock=clock)
    assert clock.t - 1000.0 < 1.0


def test_a_step_that_only_needs_the_text_to_show_takes_several_places_as_shown(locator):
    """`wait_for` and `expect` act on no place: "Save" in a dialog's title and on its button,
    or a label repeated down a list, is there, not ambiguous."""
    screen = FakeScreen(empty(), goldens.pixels("repeat_100.png"))
    clock = FakeClock()
    found = locator.wait(screen, Target(text="Gem"), timeout=30, clock=clock, anywhere=True)
    assert found is not None and found.label.lower().strip("()[] ") == "gem"
    with pytest.raises(AmbiguousAnchor):  # a click still needs one place
        locator.wait(FakeScreen(goldens.pixels("repeat_100.png")), Target(text="Gem"),
                     timeout=30, clock=FakeClock())
