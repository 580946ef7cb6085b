"""Fixtures shared by the unit tests."""

import pytest

from recipes.ocr import OcrEngine


@pytest.fixture(scope="module")
def ocr():
    """A reader with one Tesseract instance, as the benchmark measures; a test module that
    wants the process's default engine defines its own."""
    engine = OcrEngine(workers=1)
    yield engine
    engine.close()
