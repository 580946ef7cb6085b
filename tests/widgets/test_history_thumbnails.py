"""Historik shows a picture of every step that acted at a place on the screen, also of the steps
that passed (issue 13, item 8): a small crop around where the robot found its target, masked as
failure screenshots are (a CPR number read there is blacked out), kept as long as the settings
say, and said plainly where there is none."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from recipes.history import History
from recipes.ocr import Word
from recipes.ports import Frame
from workbench.running import inputs_dialog
from workbench.main_window import MainWindow
from workbench.settings import Settings

import wb_fakes
from wb_fakes import ALL_FOUND, env_factory

CPR = "010203-1234"


class ProgramScreen(wb_fakes.Screen):
    """The program, in light colours only: any black on a picture of it is a blacked-out word."""

    def grab(self):
        img = np.full((600, 800, 3), 230, np.uint8)
        img[105:136, 280:521] = (250, 250, 250)    # the CPR field
        img[185:216, 255:346] = (200, 170, 120)    # the Godkend button
        return Frame(img)


class OcrSeesCpr:
    """Reads the CPR number in its field, as Tesseract would once it is typed."""

    def words(self, pixels, origin=(0, 0)):
        return [Word(CPR, 290, 112, 110, 18, 95.0)]


def env(ocr):
    def make(request, prompt):
        e = env_factory(ALL_FOUND)(request, prompt)
        e.screen, e.ocr = ProgramScreen(), ocr
        return e
    return make


@pytest.fixture
def window(qtbot, recipe_file, home, monkeypatch):
    monkeypatch.setattr(inputs_dialog, "answer_for_tests", lambda recipe: {"cpr": CPR})
    w = MainWindow(Settings(recipe_folder=str(recipe_file.parent.parent),
                            minimize_during_run=False, user_name="Mette"), history=History(home))
    qtbot.addWidget(w)
    w.open_recipe(recipe_file)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.runs.shutdown()


def run_and_open_historik(window, qtbot):
    window.runs.last_run = None
    assert window.runs.run()
    qtbot.waitUntil(lambda: window.runs.last_run is not None, timeout=10000)
    bar = window.tabs.tabBar()
    i = window.tabs.indexOf(window.history_page)
    qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(i).center())
    assert window.tabs.currentWidget() is window.history_page
    return window.history_page


def click_step(page, qtbot, row: int) -> None:
    rect = page.steps.visualRect(page.steps_model.index(row, 0))
    qtbot.mouseClick(page.steps.viewport(), Qt.LeftButton, pos=rect.center())
    assert page.steps.currentIndex().row() == row


def shown(page) -> QImage:
    pix = page.shot.pixmap()
    assert pix is not None and not pix.isNull(), page.shot.text()
    return pix.toImage()


def dark_pixels(img: QImage) -> int:
    return sum(1 for y in range(img.height()) for x in range(img.width())
               if img.pixelColor(x, y).value() < 30)


def test_a_passed_step_is_shown_in_historik_where_it_acted_masked(window, qtbot, home):
    window.runs.env_factory = env(OcrSeesCpr())
    page = run_and_open_historik(window, qtbot)
    run = window.runs.last_run
    assert [s.status for s in run.steps][:4] == ["passed"] * 4
    # Step 2 clicked Godkend: its picture is the place around the button, marked, small.
    click_step(page, qtbot, 1)
    picture = shown(page)
    rows = window.history.steps(run.id)
    kept = home / rows[1]["thumbnail"]
    stored = QImage(str(kept))
    assert kept.is_file() and stored.width() <= 320 and stored.height() <= 240
    assert kept.stat().st_mode & 0o077 == 0  # the owner's only, as failure screenshots
    assert any(stored.pixelColor(x, y).blue() > 150 and stored.pixelColor(x, y).red() < 80
               for y in range(stored.height()) for x in range(stored.width()))  # the place
    assert picture.width() > 0
    # Step 3 typed the CPR number into its field: the number is blacked out on the picture.
    click_step(page, qtbot, 2)
    assert dark_pixels(shown(page)) > 20
    # Step 4 pressed Ctrl+S, at no place: said so, not a blank.
    click_step(page, qtbot, 3)
    assert page.shot.pixmap().isNull()
    assert "ikke et bestemt sted" in page.shot.text(), page.shot.text()
    # What is kept, and for how long, is said beside the picture.
    hint = page.shot_hint.text()
    assert "hvert trin" in hint and "30 dage" in hint, hint


def test_no_picture_is_kept_where_the_screen_cannot_be_masked(window, qtbot, home):
    window.runs.env_factory = env(None)  # no OCR: nothing can be blacked out
    page = run_and_open_historik(window, qtbot)
    click_step(page, qtbot, 1)
    assert page.shot.pixmap().isNull()
    assert "kunne ikke sløres" in page.shot.text(), page.shot.text()
    assert not list(home.glob("runs/*/*.png"))
