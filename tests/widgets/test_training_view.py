"""Oplæring in the library (issue 9, part 3): the trainer sees, per step, where trainees hesitate,
click wrong or ask the robot to show them, with the step's note beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from recipes.fileformat import save_recipe
from recipes.history import History
from recipes.model import Recipe
from recipes.training import StepFeedback, TrainingLog

from conftest import SAMPLE


def test_oplaering_shows_the_steps_where_trainees_struggle(qtbot, tmp_path, home):
    from workbench.main_window import MainWindow
    from workbench.settings import Settings
    from workbench.library.training import TrainingDialog

    folder = tmp_path / "lib" / "godkend_besked"
    save_recipe(Recipe.model_validate(SAMPLE), folder / "godkend_besked.yaml")
    history = History(home)
    log = TrainingLog(history.db)
    for trainee, wrong in (("anna", 2), ("bo", 0), ("carl", 1)):
        s = log.begin("Godkend besked", trainee)
        log.add(s, "Godkend besked", StepFeedback(1, "godkend", 6.0, wrong_clicks=wrong))
        log.add(s, "Godkend besked", StepFeedback(
            3, "", 3.0, outcome="stopped" if trainee == "carl" else "done"))
        log.finish(s, trainee != "carl")
    w = MainWindow(Settings(recipe_folder=str(tmp_path / "lib"), minimize_during_run=False),
                   history=history)
    qtbot.addWidget(w)
    w.library_page.table.selectRow(0)
    seen = {}

    def read_and_close():
        dialog = next(d for d in QApplication.topLevelWidgets()
                      if isinstance(d, TrainingDialog) and d.isVisible())
        t = dialog.table
        seen["head"] = dialog.head.text()
        seen["rows"] = [[t.item(r, c).text() for c in range(t.columnCount())]
                        for r in range(t.rowCount())]
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Close),
                         Qt.LeftButton)

    QTimer.singleShot(300, read_and_close)
    qtbot.mouseClick(w.library_page.buttons["training"], Qt.LeftButton)
    assert seen["head"].startswith("3 øvelser af 3 personer, 2 gennemført.")
    godkend, ctrl_s = seen["rows"]
    assert godkend[:8] == ["2", "Klik på »Godkend«", "3", "6,0 s", "3 (i 2 af 3)", "0", "0 / 0",
                           "Svært her"]
    assert godkend[8] == "Klik på Godkend for at godkende sagen."
    assert ctrl_s[1] == "Tryk Ctrl+S" and ctrl_s[6:8] == ["0 / 1", "Svært her"]   # carl stopped
    w.runs.shutdown()


def test_oplaering_for_a_recipe_nobody_practised_says_how_to_begin(qtbot, tmp_path, home):
    from workbench.library.training import TrainingDialog

    log = TrainingLog(History(home).db)
    dialog = TrainingDialog(Recipe.model_validate(SAMPLE), log)
    qtbot.addWidget(dialog)
    assert "Ingen har øvet denne opskrift endnu" in dialog.head.text()
    assert dialog.table.rowCount() == 0


def test_one_person_is_one_person(qtbot, home):
    from workbench.library.training import TrainingDialog

    log = TrainingLog(History(home).db)
    s = log.begin("Godkend besked", "anna")
    log.add(s, "Godkend besked", StepFeedback(1, "godkend", 4.0, outcome="skipped"))
    dialog = TrainingDialog(Recipe.model_validate(SAMPLE), log)
    qtbot.addWidget(dialog)
    assert dialog.head.text().startswith("1 øvelse af 1 person, 0 gennemført.")
    assert dialog.table.item(0, 6).text() == "1 / 0" and dialog.table.item(0, 7).text() == "Svært her"
