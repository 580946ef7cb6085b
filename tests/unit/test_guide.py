"""Guides for trainees: instructions written from the steps, pictures cropped around the target
and masked (no CPR number of the test data survives on any picture), HTML with its pictures
inlined, DOCX read back; no guide at all where a picture cannot be masked."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import cv2
import numpy as np
import pytest

import main
from recipes.fileformat import save_recipe
from recipes.model import Recipe
from recipes.ocr import default_engine

def _widget_fixtures():
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "widgets" / "conftest.py"
    spec = importlib.util.spec_from_file_location("widget_samples", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.SAMPLE, module.make_screen


SAMPLE, make_screen = _widget_fixtures()

CPR = "120375-1234"


@pytest.fixture
def recipe(tmp_path, home):
    """The sample recipe, its screenshot showing a CPR number typed into the CPR field."""
    shot = tmp_path / "sag" / "shots" / "screen.png"
    make_screen(shot)
    img = cv2.imread(str(shot))
    cv2.putText(img, CPR, (290, 126), cv2.FONT_HERSHEY_SIMPLEX, 0.6, (0, 0, 0), 1)
    cv2.putText(img, f"Borger {CPR} er fundet", (60, 300), cv2.FONT_HERSHEY_SIMPLEX, 0.6,
                (0, 0, 0), 1)
    cv2.imwrite(str(shot), img)
    steps = list(SAMPLE["steps"])
    steps[2] = {**steps[2], "screenshot": "shots/screen.png",
                "target": {"text": "CPR", "near": [245, 121], "size": [36, 16],
                           "offset": [155, 0]}}
    path = tmp_path / "sag" / "sag.yaml"
    save_recipe(Recipe.model_validate({**SAMPLE, "steps": steps}), path)
    return path


def no_cpr_in(pixels) -> bool:
    text = " ".join(w.text for w in default_engine().words(pixels))
    return not re.search(r"\d{6}.?\d{4}|120375|1234", text)


def test_the_html_guide_has_the_steps_in_danish_and_only_masked_pictures(recipe, tmp_path, capsys):
    out = tmp_path / "vejledning.html"
    assert main.main(["guide", str(recipe), "--html", str(out)]) == 0
    assert "5 steps, 2 pictures, each masked" in capsys.readouterr().out
    page = out.read_text(encoding="utf-8")
    for text in ("Vejledning: Godkend besked", "Klik på »Godkend«",
                 "Skriv «CPR-nummer» i feltet ved »CPR«", "Tryk Ctrl+S",
                 "Kontrolpunkt: Er sagen «CPR-nummer» rigtig?",
                 "Klik på Godkend for at godkende sagen."):
        assert text in page, text
    assert CPR not in page and "120375" not in page
    pictures = [cv2.imdecode(np.frombuffer(base64.b64decode(d), np.uint8), cv2.IMREAD_COLOR)
                for d in re.findall(r'src="data:image/png;base64,([^"]+)"', page)]
    assert len(pictures) == 2
    assert all(no_cpr_in(p) for p in pictures)
    # The target is outlined in red on its picture.
    red = (pictures[1][:, :, 2] > 180) & (pictures[1][:, :, 1] < 80)
    assert red.sum() > 50


def test_the_docx_guide_reads_back_with_its_steps_and_pictures(recipe, tmp_path):
    import docx

    out = tmp_path / "vejledning.docx"
    assert main.main(["guide", str(recipe), "--docx", str(out)]) == 0
    document = docx.Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "3. Skriv «CPR-nummer» i feltet ved »CPR«" in headings
    assert "5. Kontrolpunkt: Er sagen «CPR-nummer» rigtig? Det er dig, der afgør det." in headings
    assert len(document.inline_shapes) == 2
    for rel in document.part.rels.values():
        if "image" in rel.reltype:
            pixels = cv2.imdecode(np.frombuffer(rel.target_part.blob, np.uint8), cv2.IMREAD_COLOR)
            assert no_cpr_in(pixels)
    assert CPR not in "\n".join(p.text for p in document.paragraphs)


def test_no_guide_is_written_where_the_pictures_cannot_be_masked(recipe, tmp_path, monkeypatch,
                                                                 capsys):
    import recipes.ocr

    def no_ocr():
        raise RuntimeError("Tesseract is not installed")

    monkeypatch.setattr(recipes.ocr, "default_engine", no_ocr)
    out = tmp_path / "vejledning.html"
    assert main.main(["guide", str(recipe), "--html", str(out)]) == 2
    assert "no guide was written" in capsys.readouterr().err and not out.exists()


def test_instructions_name_programs_and_placeholders_as_a_person_would():
    from recipes.guide import instruction

    recipe = Recipe.model_validate({
        "name": "x", "inputs": [{"name": "gruppe", "label": "Første gruppe"}],
        "steps": [{"action": "launch", "command": ["{python}", "brugeradmin.py"]},
                  {"action": "launch", "command": ["java", "Faktura.java"]},
                  {"action": "click", "target": {"text": "{gruppe}"}},
                  {"action": "click", "target": {"text": "Gem"}}]})
    said = [instruction(s, recipe) for s in recipe.steps]
    assert said == ["Start programmet »brugeradmin«", "Start programmet »Faktura«",
                    "Klik på «Første gruppe»", "Klik på »Gem«"]
