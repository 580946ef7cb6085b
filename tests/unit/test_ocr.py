"""The OCR engine reads UI words where they are on the screen, Danish letters included, once."""

import sys
import threading
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "golden"))
import goldens  # noqa: E402

from recipes.errors import EnvironmentMissing  # noqa: E402
from recipes.locate.text import normalise  # noqa: E402
from recipes.ocr import OcrEngine, Word, default_engine, prepare  # noqa: E402

SCENE = "scene_100.png"


@pytest.fixture(scope="module")
def ocr():
    return default_engine()


def word_in(words: list[Word], text: str) -> Word:
    hits = [w for w in words if normalise(w.text) == normalise(text)]
    assert hits, f"{text!r} not read; read: {[w.text for w in words]}"
    return hits[0]


def centre_inside(word: Word, box) -> bool:
    cx, cy = word.centre
    x, y, w, h = box
    return x <= cx <= x + w and y <= cy <= y + h


def test_reads_danish_words_in_screen_coordinates(ocr):
    pixels = goldens.pixels(SCENE)
    entry = goldens.box(SCENE, "tk.entry_navn")
    # The Tk window's pixels, as if the window sat at (700, 300) on the screen.
    window = goldens.crop(pixels, (0, 0, 340, 300))
    words = ocr.words(window, origin=(700, 300))
    word = word_in(words, "Ærøskøbing")
    assert centre_inside(word, goldens.shifted(entry, 700, 300))


def test_reads_light_text_on_a_dark_banner_and_a_selected_row(ocr):
    pixels = goldens.pixels(SCENE)
    words = ocr.words(goldens.crop(pixels, (0, 0, 340, 300)))
    banner = goldens.box(SCENE, "tk.banner")
    assert centre_inside(word_in(words, "Afventer"), banner)
    assert centre_inside(word_in(words, "godkendelse"), banner)
    listbox = goldens.box(SCENE, "tk.list")
    assert centre_inside(word_in(words, "Øresund"), listbox)


def test_reads_words_on_boxed_buttons_of_an_old_xt_program(ocr):
    pixels = goldens.pixels(SCENE)
    words = ocr.words(goldens.crop(pixels, (18, 430, 240, 100)), origin=(18, 430))
    assert centre_inside(word_in(words, "Godkend"), goldens.box(SCENE, "xmessage.button_Godkend"))
    assert centre_inside(word_in(words, "godkende"), (18, 450, 240, 30))


def test_words_of_one_line_share_a_line_key(ocr):
    words = ocr.words(goldens.pixels(SCENE))
    line = word_in(words, "Journalnummer").line
    same = [w.text for w in words if w.line == line]
    assert "2024-117" in same
    assert "Sagen" not in same


def test_an_unchanged_region_is_not_read_twice(ocr):
    region = goldens.crop(goldens.pixels(SCENE), (430, 0, 320, 170))
    first = ocr.words(region, origin=(430, 0))
    reads = ocr.reads
    again = ocr.words(region.copy(), origin=(1430, 500))
    assert ocr.reads == reads
    assert [w.text for w in again] == [w.text for w in first]
    assert again[0].x == first[0].x + 1000 and again[0].y == first[0].y + 500


def test_a_changed_region_is_read_again(ocr):
    region = goldens.crop(goldens.pixels(SCENE), (430, 0, 320, 170))
    ocr.words(region)
    changed = region.copy()
    changed[120:150, 200:300] = 255   # the "Gem" button disappears
    reads = ocr.reads
    words = ocr.words(changed)
    assert ocr.reads == reads + 1
    assert "Gem" not in [w.text for w in words]


def test_the_cache_keeps_only_the_most_recent_regions():
    engine = OcrEngine(cache_size=2, workers=1)
    pixels = goldens.pixels(SCENE)
    regions = [goldens.crop(pixels, (0, y, 340, 60)) for y in (40, 100, 160)]
    for r in regions:
        engine.words(r)
    reads = engine.reads
    engine.words(regions[2])
    assert engine.reads == reads
    engine.words(regions[0])
    assert engine.reads == reads + 1
    engine.close()


def test_reads_from_several_threads_agree_with_one_thread(ocr):
    pixels = goldens.pixels(SCENE)
    pieces = [goldens.crop(pixels, (0, y, 340, 80)) + 0 for y in (40, 120, 200)]
    alone = [[w.text for w in OcrEngine(workers=1, cache_size=1).words(p)] for p in pieces]
    engine = OcrEngine(workers=2)
    results = [None] * len(pieces)

    def read(i):
        results[i] = [w.text for w in engine.words(pieces[i])]

    threads = [threading.Thread(target=read, args=(i,)) for i in range(len(pieces))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == alone
    engine.close()


def test_missing_language_data_says_what_to_install(tmp_path):
    with pytest.raises(EnvironmentMissing) as err:
        OcrEngine(tessdata=str(tmp_path))
    assert "apt-get install" in str(err.value)
    assert "tesseract-ocr-dan" in str(err.value)


def test_preparation_turns_a_dark_banner_dark_on_light():
    pixels = goldens.pixels(SCENE)
    x, y, w, h = goldens.box(SCENE, "tk.banner")
    prepared = prepare(pixels[y:y + h, x:x + w], upscale=1)
    # Mostly white background with dark letters, like the rest of the form.
    assert np.mean(prepared > 200) > 0.7
    assert np.mean(prepared < 80) > 0.05


def test_without_tesserocr_the_tesseract_program_reads_the_same_words(monkeypatch):
    from recipes import ocr as ocr_mod

    monkeypatch.setattr(ocr_mod.OcrEngine, "_choose_backend",
                        staticmethod(lambda: ocr_mod._PytesseractBackend))
    engine = ocr_mod.OcrEngine(workers=1)
    assert engine.backend == "pytesseract"
    words = engine.words(goldens.crop(goldens.pixels(SCENE), (20, 240, 320, 40)), origin=(20, 240))
    assert centre_inside(word_in(words, "Godkend"), goldens.box(SCENE, "tk.button_0_Godkend"))


def _tessdata(folder, *langs):
    folder.mkdir(parents=True, exist_ok=True)
    for lang in langs:
        (folder / f"{lang}.traineddata").write_bytes(b"x")
    return folder


@pytest.mark.parametrize("layout", [
    "usr/share/tesseract-ocr/5/tessdata",       # Debian 12, Ubuntu 24.04
    "usr/share/tesseract-ocr/4.00/tessdata",    # Debian 11, Ubuntu 22.04
    "usr/share/tesseract/tessdata",             # Fedora
    "usr/share/tessdata",                       # Arch, openSUSE
])
def test_language_data_are_found_where_the_system_keeps_them(tmp_path, layout):
    from recipes.tessdata import find_tessdata

    folder = _tessdata(tmp_path / layout, "dan", "eng")
    assert find_tessdata("dan+eng", environ={}, root=tmp_path) == str(folder)


def test_tessdata_prefix_wins_and_the_newest_version_comes_first(tmp_path):
    from recipes.tessdata import find_tessdata

    _tessdata(tmp_path / "usr/share/tesseract-ocr/4.00/tessdata", "dan", "eng")
    newest = _tessdata(tmp_path / "usr/share/tesseract-ocr/5/tessdata", "dan", "eng")
    assert find_tessdata("dan+eng", environ={}, root=tmp_path) == str(newest)
    own = _tessdata(tmp_path / "mine", "dan", "eng")
    assert find_tessdata("dan+eng", environ={"TESSDATA_PREFIX": str(own)}, root=tmp_path) == str(own)


def test_missing_danish_names_the_package_of_the_system(tmp_path):
    from recipes.errors import OcrDataMissing
    from recipes.tessdata import find_tessdata

    folder = _tessdata(tmp_path / "usr/share/tesseract-ocr/5/tessdata", "eng")
    with pytest.raises(OcrDataMissing) as err:
        find_tessdata("dan+eng", environ={}, root=tmp_path)
    assert err.value.languages == ["dan"] and err.value.folder == str(folder)
    assert "Danish (dan) is missing in" in str(err.value)
    assert "apt-get install tesseract-ocr-dan" in str(err.value)
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc" / "fedora-release").write_text("Fedora release 40")
    with pytest.raises(OcrDataMissing) as err:
        find_tessdata("dan+eng", environ={}, root=tmp_path)
    assert err.value.package == "tesseract-langpack-dan" and "dnf install" in str(err.value)


def test_no_tessdata_folder_at_all_says_so(tmp_path):
    from recipes.errors import OcrDataMissing
    from recipes.tessdata import find_tessdata

    with pytest.raises(OcrDataMissing) as err:
        find_tessdata("dan+eng", environ={}, root=tmp_path)
    assert "no tessdata folder was found" in str(err.value) and "TESSDATA_PREFIX" in str(err.value)


def test_large_bold_letters_beside_a_dark_title_bar_are_not_inverted():
    # A dark title bar, and right under it a menu word in thick black strokes (a bold font at
    # 150 %): the strokes are flat in their middle like the bar, but they are letters.
    grey = np.full((60, 200), 240, np.uint8)
    grey[0:18] = 60                                   # the title bar
    for x in range(10, 120, 12):                      # thick letter strokes, 4 px wide
        grey[22:40, x:x + 4] = 30
    prepared = prepare(grey, upscale=1)
    assert prepared[22:40, 10:14].max() < 100         # still dark letters
    assert prepared[22:40, 16:20].min() > 200         # on a light ground
    assert prepared[2:16, 150:190].min() > 200        # the bar turned light


def test_a_coloured_button_inverted_gets_a_white_ground():
    # A green "Gem" (mid grey 127) with white letters: inverted, its ground becomes white,
    # not mid grey (on which Tesseract reads nothing).
    grey = np.full((60, 200), 239, np.uint8)
    grey[10:40, 20:120] = 127
    grey[20:30, 50:52] = 250
    grey[20:30, 60:62] = 250
    prepared = prepare(grey, upscale=1)
    assert prepared[12:18, 25:45].min() >= 240
    assert prepared[20:30, 50:52].max() < 60
