"""Reading on every toolkit: the golden screens of the corpus (bench/corpus, regenerated with
`bench/corpus/make.py --golden tests/golden/toolkits`), each text looked up as a hand-written
`text:` anchor is, against where the toolkit itself drew it (never our OCR). A change that reads
any look worse fails here; the whole corpus with its degraded copies is measured by
`bench/corpus/naive.py`."""

import json
from pathlib import Path

import cv2
import pytest

from recipes.locate.places import TIE_MARGIN
from recipes.locate.text import find_text
from recipes.model import Target
from recipes.ports import Frame

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "toolkits"
SLACK = 3  # pixels of rounding between an OCR box and the toolkit's ink box

# Texts found at the right place today, of the 36 on each screen (measured when this test was
# written; raise them as reading gets better, never lower them).
FOUND_AT_LEAST = {
    "gtk_100": 36, "gtk_150": 36, "qt_100": 34, "qt_150": 36, "swing_metal_100": 36,
    "swing_metal_150": 36, "swing_nimbus_100": 36, "swing_nimbus_150": 36, "tk_100": 36,
    "tk_150": 36, "xaw_100": 34, "xaw_150": 35, "xterm_100": 34, "xterm_150": 36,
    # Win32 under Wine (8 pt MS Shell Dlg drawn as DejaVu).
    "win32_100": 36, "win32_150": 36,
}


def inside(centre, e) -> bool:
    x, y = centre
    return (e["x"] - SLACK <= x <= e["x"] + e["w"] + SLACK
            and e["y"] - SLACK <= y <= e["y"] + e["h"] + SLACK)


@pytest.mark.parametrize("screen", sorted(FOUND_AT_LEAST))
def test_every_look_reads_its_labels_at_the_places_the_toolkit_drew_them(screen, ocr):
    doc = json.loads((GOLDEN / f"{screen}.json").read_text(encoding="utf-8"))
    pixels = cv2.imread(str(GOLDEN / f"{screen}.png"))
    frame = Frame(pixels, (0, 0))  # the truth is in the golden picture's own pixels
    right, wrong, unsure = [], [], []
    for e in doc["entries"]:
        found = find_text(frame, Target(text=e["text"]), ocr)
        if not found:
            unsure.append(f"{e['text']} (not found)")
            continue
        best = found[0]
        # Two places reading as well are refused as ambiguous (no click): not found, not wrong.
        if any(m.score >= best.score - TIE_MARGIN for m in found[1:]):
            unsure.append(f"{e['text']} (ambiguous)")
        elif inside(best.centre, e):
            right.append(e["text"])
        else:
            wrong.append(f"{e['text']} -> {best.label!r} at {best.centre}")
    report = f"{screen}: {len(right)}/{len(doc['entries'])} right; {unsure}; wrong {wrong}"
    print(report)
    assert not wrong, f"found at a wrong place (a click on a guess): {report}"
    assert len(right) >= FOUND_AT_LEAST[screen], f"reads worse than before: {report}"
