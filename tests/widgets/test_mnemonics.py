"""Alt+letter for everything (issue 13, item 14): every menu, menu item, button and form label of
the workbench's windows and dialogs has a mnemonic, none repeats where the same Alt+letter would
reach both, and no page takes a letter of the menu bar's (or Alt+K would open nothing), in Danish
and in English. The step properties panel (workbench.step_form) is left to its own rewrite."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QGroupBox, QLabel, QMenu, QToolButton, QWidget,
)

from recipes.history import History
from recipes.model import Recipe
from workbench.main_window import MainWindow
from workbench.settings import Settings

from conftest import SAMPLE


def key_of(text: str) -> str:
    """The letter Alt answers to, as Qt itself reads the text ("" when there is none)."""
    shortcut = QKeySequence.mnemonic(text)
    return "" if shortcut.isEmpty() else QKeySequence(shortcut[0].key()).toString().upper()


@pytest.fixture(params=["da", "en"])
def language(request, qtbot):
    from PySide6.QtCore import QLocale

    from workbench.i18n import install_language, uninstall_language

    before = QLocale()
    assert install_language(QApplication.instance(), request.param)
    yield request.param
    uninstall_language(QApplication.instance())
    QLocale.setDefault(before)


@pytest.fixture
def window(qtbot, language, recipe_file, home):
    w = MainWindow(Settings(recipe_folder=str(recipe_file.parent.parent), language=language),
                   history=History(home))
    w.show()
    w.open_recipe(recipe_file)
    yield w
    w.runs.shutdown()
    shiboken6.delete(w)   # on the GUI thread, as the dialogs below


def keyed(root: QWidget, leave_out=()) -> list[tuple[QWidget, str]]:
    """(control, text) of every button and form label under `root` that a mnemonic belongs on:
    a toolbar button made from an action is reached through the action's menu instead, an
    icon-only button by its tooltip; `leave_out`: parts tested elsewhere."""
    out = []
    skip = [w for w in leave_out if w is not None]
    for w in root.findChildren(QAbstractButton) + root.findChildren(QLabel):
        if w.objectName().startswith("qt_") or any(s is w or s.isAncestorOf(w) for s in skip):
            continue
        if isinstance(w, QLabel) and w.buddy() is None:
            continue
        if isinstance(w, QToolButton) and w.defaultAction() is not None:
            continue
        if w.text().strip():
            out.append((w, w.text()))
    return out


def problems(named: list[tuple[QWidget, str]], where: str, reserved: set[str] = frozenset()):
    """Texts without a mnemonic, mnemonics used twice in the same group box (or outside any),
    and mnemonics the menu bar has."""
    out, seen = [], {}
    for w, text in named:
        key = key_of(text)
        if not key:
            out.append(f"{where}: no mnemonic in {text!r}")
            continue
        if key in reserved:
            out.append(f"{where}: {text!r} takes Alt+{key} from the menu bar")
        box = w.parent()
        while box is not None and not isinstance(box, QGroupBox):
            box = box.parent()
        group = seen.setdefault(id(box), {})
        if key in group:
            out.append(f"{where}: Alt+{key} in both {group[key]!r} and {text!r}")
        group[key] = text
    return out


def menu_problems(menu: QMenu, where: str) -> list[str]:
    menu.aboutToShow.emit()   # menus filled as they open (Vis)
    items = [(a, a.text()) for a in menu.actions() if not a.isSeparator()]
    out = problems(items, where)
    for a, _ in items:
        if a.menu() is not None:
            out += menu_problems(a.menu(), f"{where} ▸ {a.text()}")
    return out


def test_the_menu_bar_and_every_menu_have_a_letter_for_each_item(window):
    bar = window.menuBar()
    titles = [(a, a.text()) for a in bar.actions()]
    assert [t.replace("&", "") for _, t in titles][:3] == (
        ["Fil", "Redigér", "Kør"] if window.settings.language == "da" else ["File", "Edit", "Run"])
    found = problems(titles, "menu bar")
    for action, title in titles:
        found += menu_problems(action.menu(), title)
    found += menu_problems(window.runs._menu, "Kør ▾")
    window.editor.steps.select_row(1)
    found += menu_problems(window.editor.steps.context_menu(), "the step's menu")
    (insert,) = [b for b in window.editor.steps.findChildren(QToolButton)
                 if b.menu() and not b.objectName().startswith("qt_")]
    found += menu_problems(insert.menu(), insert.text())
    assert not found, "\n".join(found)


def test_every_page_has_a_letter_for_each_button_and_label(window):
    reserved = {key_of(a.text()) for a in window.menuBar().actions()}
    editor = window.editor
    found = []
    for i in range(window.tabs.count()):
        page = window.tabs.widget(i)
        if page is editor:
            # side by side on one page, each part with its own letters (there are more buttons
            # than letters); the properties of a step are its own panel's business
            for part in (editor.steps, editor.anchor, editor.recipe_panel, window.runs.panel):
                found += problems(keyed(part), type(part).__name__, reserved)
            found += problems(keyed(page, leave_out=[editor.form, editor.steps, editor.anchor,
                                                     editor.recipe_panel, window.runs.panel]),
                              "Redigér", reserved)
        else:
            found += problems(keyed(page), window.tabs.tabText(i), reserved)
    assert not found, "\n".join(found)


def dialogs(window, recipe_file, home):
    """One of each of the workbench's dialogs and small windows."""
    from recipes.history import History
    from workbench.running.checkpoint_dialog import CheckpointDialog
    from workbench.credentials_view import (
        CredentialsDialog, PasswordDialog, RunPasswordDialog, Use,
    )
    from workbench.running.guided import GuidePanel
    from workbench.running.inputs_dialog import InputsDialog
    from workbench.recording.controller import RecordingControl, RecordingReview
    from workbench.library.review import ReviewDialog
    from workbench.running.bar import RunBar
    from workbench.settings_dialog import SettingsDialog
    from workbench.editor.stopwatch import StopwatchDialog
    from workbench.library.training import TrainingDialog
    from recipes.training import TrainingLog

    recipe = Recipe.model_validate({**SAMPLE, "inputs": [
        {"name": "cpr", "label": "CPR-nummer"}, {"name": "belob", "label": "Beløb & gebyr"},
        {"name": "kommune", "label": "Kommune"}]})
    values = {"cpr": "010203-1234", "belob": "1.250,00", "godkendt": "ja", "afdeling": "Løn"}
    return [
        CheckpointDialog("Er sagen rigtig?", None, values, {"cpr"}, "Mette"),
        InputsDialog(recipe), InputsDialog(recipe, practice=True),
        SettingsDialog(window.settings),
        CredentialsDialog([recipe_file], secrets=None, history=History(home)),
        PasswordDialog(Use(name="sagssystem")),
        RunPasswordDialog("Sagssystem", "sagsbeh", {}),
        ReviewDialog(recipe_file),
        StopwatchDialog(window.document, "mette"),
        TrainingDialog(recipe, TrainingLog(History(home).db)),
        RunBar(), RecordingControl(), RecordingReview([(1, "Trin 2: skrevet som adgangskode")]),
        GuidePanel(),
    ]


def test_every_dialog_has_a_letter_for_each_button_and_label(window, recipe_file, home):
    found, made = [], dialogs(window, recipe_file, home)
    for dialog in made:
        named = keyed(dialog)
        assert named, type(dialog).__name__
        found += problems(named, type(dialog).__name__)
    # Destroyed here, on the GUI thread: left to Python's collector, a widget may be collected
    # on a later test's run thread, and Qt then deletes it in the middle of a paint.
    for dialog in made:
        shiboken6.delete(dialog)
    assert not found, "\n".join(found)
