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
