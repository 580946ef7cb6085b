"""Åbn fil (Ctrl+O): a recipe file outside the library folder is opened through the file dialog
(issue 13, item 3): the editor shows it and the status bar says where it came from."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit

from recipes.history import History
from recipes.model import Recipe
from workbench import recipe_io
from workbench.main_window import MainWindow
from workbench.settings import Settings

from conftest import SAMPLE


def test_ctrl_o_opens_a_recipe_outside_the_library(qtbot, tmp_path, home, monkeypatch):
    outside = tmp_path / "andet_sted" / "fra_kollega.yaml"
    outside.parent.mkdir()
    recipe_io.save(Recipe.model_validate({**SAMPLE, "name": "Fra en kollega"}), outside)
    original = QFileDialog.getOpenFileName

    def own_dialog(parent, caption="", directory="", filter="", *a, **k):
        return original(parent, caption, directory, filter,
                        options=QFileDialog.DontUseNativeDialog)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", own_dialog)
    w = MainWindow(Settings(recipe_folder=str(tmp_path / "lib"), minimize_during_run=False),
                   history=History(home))
    qtbot.addWidget(w)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()

    tries = []

    def answer():
        dialog = next((d for d in QApplication.topLevelWidgets()
                       if isinstance(d, QFileDialog) and d.isVisible()), None)
        if dialog is None:
            tries.append(1)
            if len(tries) < 40:
                QTimer.singleShot(100, answer)
            return
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        qtbot.keyClicks(name, str(outside))
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Open),
                         Qt.LeftButton)

    QTimer.singleShot(200, answer)
    qtbot.keyClick(w, Qt.Key_O, Qt.ControlModifier)
    qtbot.waitUntil(lambda: w.document is not None, timeout=6000)
    assert w.document.recipe.name == "Fra en kollega" and w.document.path == outside
    assert w.tabs.currentWidget() is w.editor
    assert "uden for mappen med opskrifter" in w.statusBar().currentMessage()
    w.runs.shutdown()
