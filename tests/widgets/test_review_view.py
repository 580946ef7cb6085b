"""Gennemgå in the library: a reviewer sees what changed since the approved version (steps with
their fields before and after, the changed anchor image beside the approved one) and what the
recipe always does (programs, credentials and their windows, decisions), and approves by
clicking; the author of the change cannot."""

from __future__ import annotations

import cv2
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QTableWidget

from recipes.governance import approve_recipe
from recipes.history import History
from recipes.model import Recipe
from workbench import recipe_io
from workbench.main_window import MainWindow
from workbench.settings import Settings

from conftest import SAMPLE, make_screen


class Keys(dict):
    def load(self, who):
        return self.get(who)

    def save(self, who, private):
        self[who] = private


@pytest.fixture
def changed(tmp_path, home, monkeypatch):
    """A recipe approved by bo, then changed by anna: a step's text and the screenshot."""
    folder = tmp_path / "lib" / "godkend_besked"
    folder.mkdir(parents=True)
    shot = folder / "shots" / "screen.png"
    make_screen(shot)
    path = folder / "godkend_besked.yaml"
    data = {**SAMPLE, "credentials": [{"name": "sagssystem", "window": "Sagssystem*"}]}
    data["steps"] = SAMPLE["steps"][:4] + [
        {"id": "spoerg", "action": "checkpoint", "message": "Er sagen {cpr} rigtig?"},
        {"id": "afgoer", "action": "click", "target": {"text": "Godkend"}, "decision": True},
        {"id": "login", "action": "type", "secret": "sagssystem"}]
    monkeypatch.setenv("WORKBENCH_USER", "anna")
    recipe_io.save(Recipe.model_validate(data), path)
    keys = Keys()
    monkeypatch.setenv("WORKBENCH_USER", "bo")
    approve_recipe(path, recipe_io.load(path), "bo", "", keys)
    monkeypatch.setenv("WORKBENCH_USER", "anna")
    data["steps"][1] = {**data["steps"][1],
                        "target": {**data["steps"][1]["target"], "text": "Godkend sag"}}
    recipe_io.save(Recipe.model_validate(data), path)
    img = cv2.imread(str(shot))
    cv2.rectangle(img, (255, 185), (345, 215), (40, 160, 40), -1)   # a green button now
    cv2.imwrite(str(shot), img)
    return path, keys


def open_review(qtbot, window, path, then):
    page = window.library_page
    page.select_path(path)
    seen = {}

    def act():
        dialog = page.review_dialog
        seen["dialog"] = dialog
        try:
            then(dialog, seen)
        finally:   # a failed check still closes the dialog (else exec() waits for ever)
            qtbot.mouseClick(dialog.close_button, Qt.LeftButton)

    QTimer.singleShot(0, act)
    qtbot.mouseClick(page.buttons["review"], Qt.LeftButton)
    return seen


def texts(dialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_a_reviewer_sees_the_changes_and_approves_by_clicking(qtbot, changed, home,
                                                              monkeypatch):
    path, keys = changed
    monkeypatch.setenv("WORKBENCH_USER", "bo")
    w = MainWindow(Settings(recipe_folder=str(path.parent.parent), minimize_during_run=False),
                   history=History(home))
    qtbot.addWidget(w)
    w.library_page.signing_keys = keys
    assert w.library_page.model.approval_text(w.library_page.model.entries[0]) == \
        "Ændret siden godkendelse"

    def check(dialog, seen):
        said = texts(dialog)
        seen["said"] = said
        assert "Ændret siden sidste godkendelse af anna, som derfor ikke selv kan godkende den" \
            in said
        assert "Trin 1 »start«: xmessage Vil du godkende sagen?" in said
        assert "adgangskoden til »sagssystem«, kun i vinduer med titlen »Sagssystem*«" in said
        assert "Trin 6 »afgoer« (Klik), efter Trin 5 »spoerg«: »Er sagen {cpr} rigtig?«" in said
        table = dialog.findChild(QTableWidget, "stepDiff")
        assert table.rowCount() == 1
        assert table.item(0, 0).text().startswith("Trin 2 »godkend«")
        assert [table.item(0, c).text() for c in (1, 2, 3)] == [
            "Anker: tekst", "Godkend", "Godkend sag"]
        pictures = {p.property("side"): p for p in dialog.findChildren(QLabel)
                    if p.property("side")}
        assert set(pictures) == {"before", "after"}
        before, after = (pictures[s].pixmap().toImage() for s in ("before", "after"))
        assert not before.isNull() and not after.isNull()
        # The approved button is grey, the changed one green: the reviewer sees the difference.
        scale = before.width() / 800
        x, y = int(300 * scale), int(200 * scale)
        assert before.pixelColor(x, y).green() < 230 and after.pixelColor(x, y).green() > 120
        assert after.pixelColor(x, y).red() < 100 and before.pixelColor(x, y).red() > 150
        assert dialog.approve_button.isEnabled()
        qtbot.keyClicks(dialog.comment, "Set af Bo")
        qtbot.mouseClick(dialog.approve_button, Qt.LeftButton)
        seen["result"] = dialog.result_label.text()
        seen["after"] = texts(dialog)

    seen = open_review(qtbot, w, path, check)
    assert "Godkendt af bo (1 af 1). En operatør må nu køre denne version." == seen["result"]
    assert "1 af 1 godkendelser af denne version (af bo)" in seen["after"]
    assert "Ingen ændringer" in seen["after"]          # the approved copy is this version now
    model = w.library_page.model
    assert model.approval_text(model.entries[0]) == "Godkendt af bo"
    rows = History(home).audit.rows()
    assert rows[-1]["event"] == "approved" and '"comment": "Set af Bo"' in rows[-1]["details"]
    assert History(home).audit.verify() is None and History(home).audit.heads()
    w.runs.shutdown()


def test_the_author_of_the_change_cannot_approve_it(qtbot, changed, home, monkeypatch):
    path, keys = changed
    monkeypatch.setenv("WORKBENCH_USER", "anna")
    w = MainWindow(Settings(recipe_folder=str(path.parent.parent), minimize_during_run=False),
                   history=History(home))
    qtbot.addWidget(w)
    w.library_page.signing_keys = keys

    def check(dialog, seen):
        seen["enabled"] = dialog.approve_button.isEnabled()
        seen["tip"] = dialog.approve_button.toolTip()

    seen = open_review(qtbot, w, path, check)
    assert not seen["enabled"]
    assert seen["tip"] == "Du har selv ændret opskriften siden sidste godkendelse."
    w.runs.shutdown()
