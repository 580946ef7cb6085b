"""Fixtures for widget tests: a sample recipe folder with a recorded screenshot."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from recipes.model import Recipe
from workbench import recipe_io

SAMPLE = {
    "name": "Godkend besked",
    "description": "Godkender en besked i sagssystemet.",
    "baseline_seconds": 45,
    "inputs": [{"name": "cpr", "label": "CPR-nummer", "sensitive": True}],
    "credentials": [{"name": "sagssystem"}],
    "steps": [
        {"id": "start", "action": "launch", "command": ["xmessage", "Vil du godkende sagen?"],
         "once": True},
        {"id": "godkend", "action": "click", "screenshot": "shots/screen.png",
         "target": {"text": "Godkend", "near": [300, 200], "size": [90, 30]},
         "note": "Klik på Godkend for at godkende sagen."},
        {"action": "type", "text": "{cpr}", "target": {"text": "CPR", "near": [300, 120]}},
        {"action": "press", "keys": "ctrl+s"},
        {"action": "checkpoint", "message": "Er sagen {cpr} rigtig?"},
    ],
}


def make_screen(path):
    img = np.full((600, 800, 3), 236, np.uint8)
    cv2.rectangle(img, (40, 40), (760, 560), (255, 255, 255), -1)
    cv2.rectangle(img, (40, 40), (760, 70), (160, 110, 40), -1)
    cv2.putText(img, "Sagssystem", (52, 62), cv2.FONT_HERSHEY_SIMPLEX, 0.6, (255, 255, 255), 1)
    cv2.putText(img, "CPR", (230, 126), cv2.FONT_HERSHEY_SIMPLEX, 0.6, (0, 0, 0), 1)
    cv2.rectangle(img, (280, 105), (520, 135), (120, 120, 120), 1)
    cv2.rectangle(img, (255, 185), (345, 215), (210, 210, 210), -1)
    cv2.putText(img, "Godkend", (262, 206), cv2.FONT_HERSHEY_SIMPLEX, 0.55, (0, 0, 0), 1)
    cv2.rectangle(img, (365, 185), (455, 215), (210, 210, 210), -1)
    cv2.putText(img, "Afvis", (388, 206), cv2.FONT_HERSHEY_SIMPLEX, 0.55, (0, 0, 0), 1)
    path.parent.mkdir(parents=True, exist_ok=True)
    cv2.imwrite(str(path), img)


@pytest.fixture
def sample_recipe() -> Recipe:
    return Recipe.model_validate(SAMPLE)


@pytest.fixture
def recipe_file(tmp_path, home):
    folder = tmp_path / "lib" / "godkend_besked"
    folder.mkdir(parents=True)
    make_screen(folder / "shots" / "screen.png")
    path = folder / "godkend_besked.yaml"
    recipe_io.save(Recipe.model_validate(SAMPLE), path)
    return path


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """A modal dialog nobody answers would hang the test run: answer them, unless a test says
    otherwise (its own monkeypatch comes later and wins)."""
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from workbench.running.checkpoint_dialog import CheckpointDialog
    from workbench.credentials_view import RunPasswordDialog
    from recipes.ports import Decision

    def reject_decision(dialog):
        dialog.decision = Decision(approved=False, who="test (no one answered)")
        return 0

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: QMessageBox.Ok)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("", False))
    monkeypatch.setattr(CheckpointDialog, "exec", reject_decision)
    monkeypatch.setattr(RunPasswordDialog, "exec", lambda dialog: 0)  # no password typed
