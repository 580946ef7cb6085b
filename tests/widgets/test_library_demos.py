"""From the first-hour trial: after `make demo` the library was empty, and a specialist had no way
to the demo recipes but Åbn fil and a path typed by hand. The empty library offers them."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from workbench.main_window import MainWindow
from workbench.settings import Settings


def test_an_empty_library_brings_in_the_demo_recipes_with_one_click(qtbot, tmp_path, home):
    w = MainWindow(Settings(recipe_folder=str(tmp_path / "lib"), minimize_during_run=False),
                   history=None)
    qtbot.addWidget(w)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    page = w.library_page
    assert page.empty.isVisible()
    (button,) = [b for b in page.findChildren(QPushButton)
                 if b.text().replace("&", "") == "Hent demo-opskrifterne"]
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.LeftButton)
    names = {page.model.index(r, 0).data() for r in range(page.model.rowCount())}
    assert names == {"Registrér sag i KommuneSag", "Opret bruger i BrugerAdmin",
                     "Registrér timer i LønAdmin", "Godkend faktura i Faktura"}
    assert not button.isVisible() and not page.empty.isVisible()
    # each in a folder of its own, with the program its first step starts and its cases
    sag = tmp_path / "lib" / "kommunesag"
    assert {p.name for p in sag.iterdir()} >= {"kommunesag.yaml", "legacy_app.py", "cases.csv"}
    assert (tmp_path / "lib" / "faktura" / "Faktura.java").exists()
    assert page.selected_path() is not None
    w.runs.shutdown()
