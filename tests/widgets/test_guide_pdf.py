"""The guide as PDF through Qt's own PDF writer: its pages turned into images (pdfium) show the
steps in Danish when read by OCR, and no CPR number of the test data anywhere."""

from __future__ import annotations

import re

import cv2
import numpy as np

import main
from recipes.fileformat import save_recipe
from recipes.model import Recipe
from recipes.ocr import default_engine

from conftest import SAMPLE, make_screen

CPR = "120375-1234"


def test_the_pdf_guide_pages_show_the_steps_and_no_cpr_number(tmp_path, home, qapp, capsys):
    import pypdfium2

    shot = tmp_path / "sag" / "shots" / "screen.png"
    make_screen(shot)
    img = cv2.imread(str(shot))
    cv2.putText(img, CPR, (290, 126), cv2.FONT_HERSHEY_SIMPLEX, 0.6, (0, 0, 0), 1)
    cv2.imwrite(str(shot), img)
    steps = list(SAMPLE["steps"])
    steps[2] = {**steps[2], "screenshot": "shots/screen.png",
                "target": {"text": "CPR", "near": [245, 121], "size": [36, 16],
                           "offset": [155, 0]}}
    path = tmp_path / "sag" / "sag.yaml"
    save_recipe(Recipe.model_validate({**SAMPLE, "steps": steps}), path)
    out = tmp_path / "vejledning.pdf"
    assert main.main(["guide", str(path), "--pdf", str(out)]) == 0
    pdf = pypdfium2.PdfDocument(str(out))
    assert len(pdf) >= 1
    from recipes.locate.text import find_text
    from recipes.model import Target
    from recipes.ports import Frame

    text, found = "", set()
    for page in pdf:
        image = np.array(page.render(scale=2).to_pil().convert("RGB"))[:, :, ::-1].copy()
        text += " " + " ".join(w.text for w in default_engine().words(image))
        for phrase in ("Vejledning: Godkend besked", "Tryk Ctrl+S", "Klik på »Godkend«",
                       "Kontrolpunkt: Er sagen"):
            if find_text(Frame(image), Target(text=phrase), default_engine()):
                found.add(phrase)
    assert found == {"Vejledning: Godkend besked", "Tryk Ctrl+S", "Klik på »Godkend«",
                     "Kontrolpunkt: Er sagen"}
    assert not re.search(r"\d{6}.?\d{4}|120375", text), text


def test_vejledning_in_the_library_writes_the_guide_chosen_in_the_save_dialog(
        qtbot, tmp_path, home, monkeypatch):
    import docx
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    from recipes.history import History
    from workbench.main_window import MainWindow
    from workbench.settings import Settings
    from test_gains_view import _non_native, answer_save_dialog

    folder = tmp_path / "lib" / "godkend_besked"
    make_screen(folder / "shots" / "screen.png")
    steps = list(SAMPLE["steps"])
    steps[1] = {**steps[1], "target": {**steps[1]["target"], "near": [300, 200],
                                       "size": [90, 30]}}
    save_recipe(Recipe.model_validate({**SAMPLE, "steps": steps}),
                folder / "godkend_besked.yaml")
    w = MainWindow(Settings(recipe_folder=str(tmp_path / "lib"), minimize_during_run=False),
                   history=History(home))
    qtbot.addWidget(w)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", _non_native(QFileDialog.getSaveFileName))
    answer_save_dialog(qtbot, tmp_path / "vejledning.docx")
    qtbot.mouseClick(w.library_page.buttons["guide"], Qt.LeftButton)
    document = docx.Document(str(tmp_path / "vejledning.docx"))   # the typed kind, not PDF
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "2. Klik på »Godkend«" in headings and len(document.inline_shapes) == 1
    w.runs.shutdown()
