"""The run's log in the workbench speaks the interface's language (issue 13, item 15): a value
read off the screen is said in Danish, not as the command line's "read navn = '…'"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from recipes.fileformat import save_recipe
from recipes.model import Recipe
from recipes.ocr import Word
from recipes.runner import RunEnvironment
from workbench.main_window import MainWindow
from workbench.settings import Settings

import wb_fakes
from wb_fakes import ALL_FOUND


class ReadsAName(wb_fakes.Ocr):
    def words(self, pixels, origin=(0, 0)):
        return [Word("Søren", origin[0] + 2, origin[1] + 2, 40, 12, 95.0, (0, 0, 1, 1)),
                Word("Ærø", origin[0] + 46, origin[1] + 2, 30, 12, 95.0, (0, 0, 1, 2))]


def test_a_value_read_is_said_in_danish_in_the_run_log(qtbot, tmp_path, home):
    folder = tmp_path / "lib" / "laes_navn"
    path = folder / "laes_navn.yaml"
    save_recipe(Recipe.model_validate({"name": "Læs navn", "steps": [
        {"id": "navn", "action": "read_text", "into": "navn", "size": [120, 20],
         "target": {"text": "CPR", "offset": [100, 0]}}]}), path)
    w = MainWindow(Settings(recipe_folder=str(folder.parent), minimize_during_run=False))
    qtbot.addWidget(w)
    w.open_recipe(path)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()

    def make(request, prompt):
        return RunEnvironment(screen=wb_fakes.Screen(), input=wb_fakes.Input(),
                              clock=wb_fakes.Clock(), locator=wb_fakes.Locator(ALL_FOUND),
                              desktop=wb_fakes.Desktop(), prompt=prompt, ocr=ReadsAName())
    w.runs.env_factory = make
    qtbot.keyClick(w, Qt.Key_F5)                               # Kør
    qtbot.waitUntil(lambda: w.runs.last_run is not None, timeout=10000)
    log = w.runs.panel.log.toPlainText()
    assert "Læste »navn«: Søren Ærø" in log, log
    assert "read navn" not in log
    w.runs.shutdown()
