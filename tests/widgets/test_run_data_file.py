"""Kør med datafil (issue 13, item 16): a CSV of cases runs from the workbench as from the command
line (`run --data`): once per row, with a result per row, and which rows were not run."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit

from recipes.history import History
from workbench.main_window import MainWindow
from workbench.settings import Settings

from test_gains_view import _non_native
from wb_fakes import ALL_FOUND, CheckpointClicker, env_factory


@pytest.fixture
def window(qtbot, recipe_file, home, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", _non_native(QFileDialog.getOpenFileName))
    w = MainWindow(Settings(recipe_folder=str(recipe_file.parent.parent),
                            minimize_during_run=False, user_name="Mette"), history=History(home))
    qtbot.addWidget(w)
    w.open_recipe(recipe_file)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    yield w
    w.runs.shutdown()


def answer_open_dialog(qtbot, path) -> None:
    def act():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(100, act)
            return
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.clear()
        qtbot.keyClicks(name, str(path))
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Open),
                         Qt.LeftButton)
    QTimer.singleShot(200, act)


def choose_data_file(qtbot, window) -> None:
    menu = window.runs._menu
    menu.popup(window.mapToGlobal(QPoint(40, 40)))
    qtbot.waitExposed(menu)
    (action,) = [a for a in menu.actions() if a.text().replace("&", "") == "Kør med datafil …"]
    qtbot.mouseClick(menu, Qt.LeftButton, pos=menu.actionGeometry(action).center())


def test_a_csv_of_cases_runs_once_per_row_with_a_result_per_row(window, qtbot, tmp_path, home,
                                                                  monkeypatch):
    from PySide6.QtWidgets import QDialog

    from workbench.running.checkpoint_dialog import CheckpointDialog

    monkeypatch.setattr(CheckpointDialog, "exec", QDialog.exec)   # answered by clicking
    cases = tmp_path / "sager.csv"
    cases.write_text("cpr;note\n010203-1234;a\n020304-2345;b\n030405-3456;c\n",
                     encoding="utf-8")
    window.runs.env_factory = env_factory(ALL_FOUND)
    clicker = CheckpointClicker(qtbot, "Godkend")   # a person approves each case
    answer_open_dialog(qtbot, cases)
    choose_data_file(qtbot, window)
    qtbot.waitUntil(lambda: window.runs.rows_dialog is not None, timeout=20000)
    clicker.stop()
    assert len(clicker.clicked) == 3
    box = window.runs.rows_dialog
    assert box.text() == "3 af 3 rækker gennemført."
    assert box.informativeText().splitlines() == ["Række 1: Gennemført", "Række 2: Gennemført",
                                                  "Række 3: Gennemført"]
    runs = History(home).runs("Godkend besked")
    assert sorted(r["row_number"] for r in runs) == [1, 2, 3]
    assert "010203-1234" not in box.informativeText()
    qtbot.mouseClick(box.button(box.StandardButton.Ok), Qt.LeftButton)


def test_a_row_that_fails_stops_the_file_and_names_the_rows_not_run(window, qtbot, tmp_path):
    cases = tmp_path / "sager.csv"
    cases.write_text("cpr\n010203-1234\n020304-2345\n030405-3456\n", encoding="utf-8")
    window.runs.env_factory = env_factory({"CPR": ALL_FOUND["CPR"]})   # no "Godkend" on screen
    answer_open_dialog(qtbot, cases)
    choose_data_file(qtbot, window)
    qtbot.waitUntil(lambda: window.runs.rows_dialog is not None, timeout=60000)
    box = window.runs.rows_dialog
    assert box.text() == "0 af 3 rækker gennemført."
    lines = box.informativeText().splitlines()
    assert lines[0].startswith("Række 1: Fejlet – ")
    assert lines[1].startswith("Række 2–3 blev ikke kørt")
    qtbot.mouseClick(box.button(box.StandardButton.Ok), Qt.LeftButton)
