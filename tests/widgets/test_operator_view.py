"""The operator view: where roles are given and a person holds `operator` but not `author`, the
workbench lists only the approved recipes with a Kør button and nothing that changes a recipe;
a recipe changed since its approval is not run (a Danish reason, a row in the audit trail)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from recipes.approvals import approve
from recipes.history import History
from recipes.model import Recipe
from recipes.roles import change
from workbench import recipe_io
from workbench.main_window import MainWindow
from workbench.settings import Settings

from conftest import SAMPLE, make_screen


class Keys(dict):
    def load(self, who):
        return self.get(who)

    def save(self, who, private):
        self[who] = private


KEYS = Keys()


@pytest.fixture
def library(tmp_path):
    lib = tmp_path / "lib"
    paths = {}
    for stem in ("godkend_besked", "opret_bruger"):
        folder = lib / stem
        folder.mkdir(parents=True)
        make_screen(folder / "shots" / "screen.png")
        paths[stem] = folder / f"{stem}.yaml"
        recipe = Recipe.model_validate({**SAMPLE, "name": stem.replace("_", " ").capitalize()})
        recipe_io.save(recipe, paths[stem])
    keys = KEYS   # bo's signing key (each test's library has its own signers)
    approve(paths["godkend_besked"], recipe_io.load(paths["godkend_besked"]), keys, "bo")
    change(lib / ".approvals", keys, "bo", "ole", "operator", True)
    return lib, paths


def test_an_operator_sees_the_approved_recipes_and_kor_only(qtbot, library, home, monkeypatch):
    lib, paths = library
    monkeypatch.setenv("WORKBENCH_USER", "ole")
    w = MainWindow(Settings(recipe_folder=str(lib), minimize_during_run=False),
                   history=History(home))
    qtbot.addWidget(w)
    assert w.operator_view and "operatør" in w.windowTitle()
    page = w.library_page
    assert [e.path for e in page.model.entries] == [paths["godkend_besked"]]
    assert page.buttons["run"].isVisibleTo(page)
    assert not any(page.buttons[k].isVisibleTo(page) for k in ("new", "delete", "rename", "open"))
    assert not w.act_new.isVisible() and not w.act_save.isVisible()
    assert not w.recording.act_record.isVisible()                  # an operator records nothing
    assert page.preview.title.text() == "Godkend besked"            # the listed one, not another
    w.runs.shutdown()


def test_an_approved_recipe_changed_since_is_not_run(qtbot, library, home, monkeypatch):
    lib, paths = library
    monkeypatch.setenv("WORKBENCH_USER", "ole")
    said = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: said.append(text) or QMessageBox.Ok)
    history = History(home)
    w = MainWindow(Settings(recipe_folder=str(lib), minimize_during_run=False), history=history)
    qtbot.addWidget(w)
    shot = paths["godkend_besked"].parent / "shots" / "screen.png"
    shot.write_bytes(shot.read_bytes() + b"\0")
    w.run_from_library(str(paths["godkend_besked"]))
    assert not w.runs.bridge.running and w.runs.last_run is None
    assert said and "ændret, siden den blev godkendt" in said[0]
    assert [r["event"] for r in history.audit.rows()][-1] == "run_refused"
    w.runs.shutdown()


def test_an_author_keeps_the_whole_workbench(qtbot, library, home, monkeypatch):
    lib, _ = library
    monkeypatch.setenv("WORKBENCH_USER", "bo")        # roles are given; bo holds no operator
    w = MainWindow(Settings(recipe_folder=str(lib), minimize_during_run=False),
                   history=History(home))
    qtbot.addWidget(w)
    assert not w.operator_view and len(w.library_page.model.entries) == 2
    w.runs.shutdown()


def test_an_operator_opens_a_run_view_without_the_editor(qtbot, library, home, monkeypatch):
    lib, paths = library
    monkeypatch.setenv("WORKBENCH_USER", "ole")
    w = MainWindow(Settings(recipe_folder=str(lib), minimize_during_run=False),
                   history=History(home))
    qtbot.addWidget(w)
    w.show()
    assert w.tabs.tabText(1) == "Kørsel"
    page = w.library_page
    page.select_path(paths["godkend_besked"])
    assert w.open_recipe(paths["godkend_besked"])
    editor = w.editor
    assert w.tabs.tabText(1) == "Kørsel"
    assert editor.steps.isVisible() and w.runs.panel.isVisibleTo(editor)
    # No anchor editor, no properties, no step toolbar, no dragging, nothing to change.
    assert not editor.anchor_box.isVisibleTo(editor) and not editor.tabs.isVisibleTo(editor)
    assert not editor.steps.toolbar.isVisibleTo(editor)
    assert not editor.steps.table.dragEnabled()
    menu = [a.text() for a in editor.steps.context_menu().actions() if a.text()]
    assert menu and all(text.startswith("Kør") for text in menu)
    assert not w.runs.panel.failure.fix_button.isVisibleTo(w.runs.panel.failure)
    w.runs.shutdown()


def test_a_reviewer_without_author_reviews_and_runs_but_changes_nothing(qtbot, library, home,
                                                                       monkeypatch):
    lib, paths = library
    change(lib / ".approvals", KEYS, "bo", "rita", "reviewer", True)
    monkeypatch.setenv("WORKBENCH_USER", "rita")
    w = MainWindow(Settings(recipe_folder=str(lib), minimize_during_run=False),
                   history=History(home))
    qtbot.addWidget(w)
    page = w.library_page
    assert not w.operator_view and w.read_only
    assert len(page.model.entries) == 2                              # every recipe, not only approved
    visible = {k for k, b in page.buttons.items() if b.isVisibleTo(page)}
    assert visible == {"open", "run", "review", "guide", "training"}
    assert not w.act_save.isVisible() and not w.recording.act_record.isVisible()
    assert w.tabs.tabText(1) == "Trin"
    w.runs.shutdown()
