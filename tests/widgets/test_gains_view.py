"""Gevinst: the dashboard on a history built in the test shows the period's key figures in
Danish number formats and exports the report to XLSX and CSV through the save dialog."""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit

from workbench.main_window import MainWindow
from workbench.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from test_gains import history as _history, store  # noqa: E402


@pytest.fixture
def window(qtbot, tmp_path, home):
    from PySide6.QtCore import QLocale

    from recipes.history import History
    from workbench.i18n import install_language, uninstall_language

    before = QLocale()
    install_language(QApplication.instance(), "da")      # as the workbench starts in Danish
    h = History(home)
    _history.__wrapped__(home)       # the runs of tests/unit/test_gains.py, in this home
    for _ in range(40):              # and enough of them that numbers get a thousands dot
        store(h, "Løn", "2026-11-20", "passed", seconds=90, checkpoint=20, baseline=3000)
    w = MainWindow(Settings(recipe_folder=str(tmp_path / "lib"), minimize_during_run=False),
                   history=h)
    qtbot.addWidget(w)
    w.tabs.setCurrentWidget(w.gains_page)
    page = w.gains_page
    page.start.setDate(QDate(2026, 10, 1))
    page.end.setDate(QDate(2027, 2, 28))
    yield w, page
    w.runs.shutdown()
    uninstall_language(QApplication.instance())
    QLocale.setDefault(before)


def test_the_dashboard_shows_the_periods_figures_in_danish(window):
    w, page = window
    assert page.cards["cases"].value.text() == "49"
    net = page.report.total.net_hours
    assert page.cards["net"].value.text() == f"{net:.1f}".replace(".", ",")   # decimal comma
    kroner = page.report.total.kroner(page.report.assumptions)
    assert kroner > 1000
    assert page.cards["kroner"].value.text() == f"{kroner:,.0f}".replace(",", ".")  # 8.684
    assert page.cards["straight"].value.text() == "92 %"
    assert "1 sag er fra en opskrift uden manuel tid" in page.warning.text()
    assert page.top.item(0, 0).text() == "Løn"
    # The period narrows to January 2027: only those runs.
    page.start.setDate(QDate(2027, 1, 1))
    assert page.cards["cases"].value.text() == "4"


def test_the_assumptions_are_kept_in_the_settings(window, qtbot):
    w, page = window
    page.cost.setValue(400)
    assert page.report.assumptions.hourly_cost == 400
    assert w.settings.hourly_cost == 400
    from workbench.settings import load_settings

    assert load_settings().hourly_cost == 400
    page.targets.clear()
    qtbot.keyClicks(page.targets, "2026:nul")
    page.targets.editingFinished.emit()
    assert "Skriv år:årsværk" in page.targets_error.text()
    assert load_settings().fte_targets == "2024:3;2025:5;2026:6;2027:8"   # not saved


def answer_save_dialog(qtbot, path: Path):
    """Type the file name into the save dialog and click its Save button."""
    def act():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.clear()
        qtbot.keyClicks(name, str(path))
        box = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(box.button(QDialogButtonBox.Save), Qt.LeftButton)
    QTimer.singleShot(200, act)


def test_export_to_excel_and_csv_through_the_dialog(window, qtbot, tmp_path, monkeypatch):
    w, page = window
    monkeypatch.setattr(QFileDialog, "getSaveFileName", _non_native(QFileDialog.getSaveFileName))
    answer_save_dialog(qtbot, tmp_path / "rapport")
    qtbot.mouseClick(page.export_xlsx, Qt.LeftButton)
    book = openpyxl.load_workbook(tmp_path / "rapport.xlsx")          # the suffix was added
    head = [c.value for c in book["Pr. opskrift og måned"][1]]
    total = next(r for r in book["Pr. opskrift og måned"].iter_rows(min_row=2)
                 if [c.value for c in r[:2]] == ["Alle opskrifter", "I alt"])
    assert total[head.index("Sager")].value == 49
    answer_save_dialog(qtbot, tmp_path / "rapport.csv")
    qtbot.mouseClick(page.export_csv, Qt.LeftButton)
    assert (tmp_path / "rapport.csv").read_bytes().startswith(b"\xef\xbb\xbfOpskrift;")


def _non_native(original):
    """The same static call, with Qt's own dialog (offscreen has no native one to click)."""
    def call(parent, caption="", directory="", filter="", *args, **kwargs):
        return original(parent, caption, directory, filter, options=QFileDialog.DontUseNativeDialog)
    return call
