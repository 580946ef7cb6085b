"""The HTML guide as a trainee's browser shows it (issue 9): opened in headless Chromium, its
screenshot read by OCR shows the title and the steps in Danish, and no CPR number of the test data
(the pictures inlined in it are masked)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import cv2

import main
from recipes.locate.text import find_text
from recipes.model import Target
from recipes.ocr import default_engine
from recipes.ports import Frame

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from test_guide import CPR, recipe  # noqa: E402,F401 (the fixture)


def test_the_html_guide_in_headless_chromium_shows_the_steps_and_no_cpr(recipe, tmp_path):  # noqa: F811
    out = tmp_path / "vejledning.html"
    assert main.main(["guide", str(recipe), "--html", str(out)]) == 0
    shot = tmp_path / "side.png"
    subprocess.run(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu",
                    "--hide-scrollbars", f"--screenshot={shot}", "--window-size=1100,1400",
                    out.as_uri()], check=True, capture_output=True, timeout=120)
    pixels = cv2.imread(str(shot))
    assert pixels is not None and pixels.shape[:2] == (1400, 1100)
    words = " ".join(w.text for w in default_engine().words(pixels))
    for phrase in ("Vejledning: Godkend besked", "Klik på »Godkend«", "Tryk Ctrl+S",
                   "Kontrolpunkt: Er sagen"):
        assert find_text(Frame(pixels), Target(text=phrase), default_engine()), phrase
    assert not re.search(r"\d{6}.?\d{4}|120375", words), words
    assert CPR not in words
