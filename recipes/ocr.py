"""OCR: the words on a piece of the screen, in screen coordinates, read the way UI text reads best.

What reads desktop UI text well here (measured, see PLATFORM_NOTES.md): Tesseract through a reused
`tesserocr.PyTessBaseAPI` (no process per call), `dan+eng`, page segmentation mode 11 (sparse
text), a 2x cubic upscale, grey backgrounds flattened to white and `tessedit_do_invert=0`. Because
flattening would erase light-on-dark text (title bars, selected rows), such regions are found and
inverted first; 1-px box and grid lines (boxed buttons, old Xt programs) and thin round outlines
(Xaw's oval buttons) are removed so they do not glue onto the letters.

Results are cached by the pixel content of the region, so an unchanged piece of screen is never
read twice (the wait layer polls the same screen many times). `pytesseract` is used only when
`tesserocr` cannot be imported.
"""

from __future__ import annotations

import os

# Debian's Tesseract uses OpenMP; on a small machine it is ten times slower with the default.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import hashlib  # noqa: E402
import queue  # noqa: E402
import shutil  # noqa: E402
import threading  # noqa: E402
from collections import OrderedDict  # noqa: E402
from concurrent.futures import ThreadPoolExecutor  # noqa: E402
from dataclasses import dataclass, replace  # noqa: E402

import cv2  # noqa: E402
import numpy as np  # noqa: E402

from recipes.errors import EnvironmentMissing  # noqa: E402
from recipes.tessdata import check_languages, find_tessdata  # noqa: E402

TESSDATA = None  # found where the system keeps it: see recipes.tessdata
LANGUAGES = "dan+eng"
UPSCALE = 2
PAD = 12          # white pixels around the prepared image
INSTALL_HINT = "sudo apt-get install tesseract-ocr tesseract-ocr-dan tesseract-ocr-eng"


@dataclass(frozen=True)
class Word:
    """One word read on the screen. `line` is the same for words on one text line of one read."""

    text: str
    x: int
    y: int
    w: int
    h: int
    conf: float
    line: tuple = ()

    @property
    def right(self) -> int:
        return self.x + self.w

    @property
    def centre(self) -> tuple[int, int]:
        return (self.x + self.w // 2, self.y + self.h // 2)


# --- image preparation -------------------------------------------------------------------------

def to_grey(pixels: np.ndarray) -> np.ndarray:
    if pixels.ndim == 2:
        return pixels
    if pixels.shape[2] == 4:
        return cv2.cvtColor(pixels, cv2.COLOR_BGRA2GRAY)
    return cv2.cvtColor(pixels, cv2.COLOR_BGR2GRAY)


def invert_dark_regions(grey: np.ndarray, dark_level: int = 165, max_line: int = 60,
                        speckled: bool = False) -> np.ndarray:
    """Turn light-on-dark regions (title bars, selected rows, banners) into dark-on-light.

    `dark_level` is as light as such a background may be: GTK's blue selection and a green
    "Gem" button are about 120 in grey, lighter than a title bar; a light grey window (200 and
    more) is not dark, and disabled grey text on it (about 160) is not flat.

    A dark background is flat: a dark pixel whose 3x3 neighbourhood has (nearly) one value.
    Letters never are, at UI sizes. The light letters in such a background are holes in it, no
    taller than a line of text: those holes are filled, and the whole is inverted. Dark text next
    to a dark bar is not a hole in it, so it is left alone. Letters may touch the edge of a tight
    selected row, so the holes are looked for in the background grown by a few pixels; what is
    inverted stays within the background's own bounding box.

    `speckled`: flatness is judged with speckle smoothed away, as a remote session's JPEG
    compression leaves a coloured button's background uneven around its letters (a letter's
    edge still differs from its background by more).
    """
    if not (grey < dark_level).any():
        return grey
    kernel = np.ones((3, 3), np.uint8)
    spread = cv2.dilate(grey, kernel) - cv2.erode(grey, kernel)
    if speckled:
        smooth = cv2.medianBlur(grey, 3)
        edges = spread > 40
        spread = cv2.dilate(smooth, kernel) - cv2.erode(smooth, kernel)
        spread[edges] = 255
    flat = ((grey < dark_level) & (spread <= 6)).astype(np.uint8)
    # The strokes of a large or bold font are flat in their middle too, and beside a dark title
    # bar they would join it. A dark background is dark over some 5x5 square; strokes are
    # thinner, so dark shapes without such a square (letters) are not backgrounds.
    dark = (grey < dark_level).astype(np.uint8)
    core = cv2.erode(dark, np.ones((5, 5), np.uint8)).astype(bool)
    count, labels = cv2.connectedComponents(dark, connectivity=8)
    if count > 1:
        keep = np.zeros(count, bool)
        keep[labels[core]] = True
        keep[0] = False
        flat &= keep[labels].astype(np.uint8)
    grown = cv2.dilate(flat, np.ones((13, 9), np.uint8))
    contours, hierarchy = cv2.findContours(grown, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    if hierarchy is None:
        return grey
    holes = [c for c, h in zip(contours, hierarchy[0]) if h[3] >= 0 and
             cv2.boundingRect(c)[3] <= max_line]
    cv2.drawContours(grown, holes, -1, 1, thickness=cv2.FILLED)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(grown, connectivity=8)
    out = None
    for i in range(1, count):
        x, y, w, h, area = stats[i]
        if area < 200 or h < 8:
            continue
        mine = labels[y:y + h, x:x + w] == i
        background = (mine & flat[y:y + h, x:x + w].astype(bool)).view(np.uint8)
        rows, cols = np.flatnonzero(background.any(axis=1)), np.flatnonzero(background.any(axis=0))
        if rows.size == 0:
            continue
        y0, y1, x0, x1 = rows[0], rows[-1] + 1, cols[0], cols[-1] + 1
        mask = mine[y0:y1, x0:x1]
        if out is None:
            out = grey.copy()
        region = out[y + y0:y + y1, x + x0:x + x1]
        # Inverted, the background is as light as it was dark: a mid-grey coloured button (a
        # green "Gem") stays mid-grey, on which Tesseract reads nothing. Its own background
        # level is made white.
        level = 255 - _median(grey[y:y + h, x:x + w], background)
        scale = 255.0 / max(level, 64)
        lut = np.clip((255 - np.arange(256, dtype=np.float32)) * scale, 0, 255).astype(np.uint8)
        np.copyto(region, cv2.LUT(region, lut), where=mask)
    return grey if out is None else out


def _median(grey: np.ndarray, mask: np.ndarray) -> int:
    """The median grey level where `mask` (uint8) is set, from a histogram: no sort."""
    counts = np.cumsum(cv2.calcHist([grey], [0], mask, [256], [0, 256]).ravel())
    n = int(counts[-1])
    low, high = np.searchsorted(counts, [(n + 1) // 2, n // 2 + 1])
    return (int(low) + int(high)) // 2


def flatten_background(grey: np.ndarray, white_level: int = 190) -> np.ndarray:
    """Stretch so that light grey backgrounds become white; anti-aliased edges keep their shades."""
    lut = np.clip(np.arange(256, dtype=np.float32) * (255.0 / white_level), 0, 255).astype(np.uint8)
    return cv2.LUT(grey, lut)


def remove_lines(grey: np.ndarray, min_h: int = 30, min_v: int = 26) -> np.ndarray:
    """Erase thin straight box and grid lines; letters are shorter than these runs or thicker.

    Only 1-2 px thin runs count: a 3-px opening across the run keeps thick strokes and dark
    areas, which are then spared.
    """
    dark = (grey < 160).astype(np.uint8)
    horizontal = cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((1, min_h), np.uint8))
    vertical = cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((min_v, 1), np.uint8))
    thick_v = cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((3, 1), np.uint8))
    thick_h = cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((1, 3), np.uint8))
    lines = (horizontal.astype(bool) & ~thick_v.astype(bool)) | (
        vertical.astype(bool) & ~thick_h.astype(bool))
    if not lines.any():
        return grey
    out = grey.copy()
    out[lines] = 255
    return out


def remove_outlines(grey: np.ndarray, min_side: int = 16, max_fill: float = 0.3) -> np.ndarray:
    """Erase thin closed outlines drawn around text: the round buttons of Xaw and Motif, rounded
    frames. Tesseract reads "(OK)(OK)(Afvis)" glued to such arcs as nothing at all. An outline
    is a connected stroke at least `min_side` high, about as wide, that covers little of its
    box and holds other ink inside; a letter ("O", "Ø") holds nothing, so it stays."""
    dark = (grey < 160).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    if count <= 2:
        return grey
    x, y, w, h, area = (stats[1:, i] for i in range(5))
    candidates = np.nonzero((h >= min_side) & (w >= 0.9 * h) & (area < max_fill * w * h))[0]
    out = None
    for i in candidates:
        inside = ((x > x[i]) & (y > y[i]) & (x + w < x[i] + w[i]) & (y + h < y[i] + h[i]))
        if inside.any():
            if out is None:
                out = grey.copy()
            out[labels == i + 1] = 255
    return grey if out is None else out


LOOKS = ("prepared", "plain", "faint", "speckled", "ready")


def darken_faint(grey: np.ndarray, black: int = 150, white: int = 232) -> np.ndarray:
    """Stretch the light end so that faint text shows dark: disabled grey labels and buttons
    (about 160 on 240) and pale headers, which `flatten_background` turns white."""
    lut = np.clip((np.arange(256, dtype=np.float32) - black) * (255.0 / (white - black)), 0, 255)
    return cv2.LUT(grey, lut.astype(np.uint8))


def prepare(pixels: np.ndarray, upscale: float = UPSCALE, look: str = "prepared") -> np.ndarray:
    """The grey image Tesseract gets. "prepared": inverted where light-on-dark, flattened, box
    lines and round outlines removed, 2x. "plain": only grey and 2x, the other way of looking
    for a font that flattening thins out (light anti-aliased text, as Windows draws it).
    "faint": as "prepared", but light grey made dark instead of white (disabled text).
    "speckled": as "prepared", with light-on-dark regions found through a remote session's
    JPEG speckle (a coloured button, a selected row).
    "ready": pixels prepared already (a piece of a prepared image): only 2x."""
    grey = to_grey(pixels)
    if look in ("prepared", "speckled"):
        grey = flatten_background(invert_dark_regions(grey, speckled=look == "speckled"))
        grey = remove_outlines(remove_lines(grey))
    elif look == "faint":
        grey = remove_outlines(remove_lines(darken_faint(invert_dark_regions(grey))))
    if upscale != 1:
        grey = cv2.resize(grey, None, fx=upscale, fy=upscale, interpolation=cv2.INTER_CUBIC)
    return np.ascontiguousarray(grey)


# --- the engine --------------------------------------------------------------------------------

def pixels_key(grey: np.ndarray) -> bytes:
    """A key for exactly these grey pixels (and their shape), to keep what was worked out from
    them or to tell that a screen changed. SHA-1 runs in hardware on current CPUs (BLAKE2 takes
    twice as long; a fingerprint, not a signature: nobody forges a screen)."""
    digest = hashlib.sha1(np.ascontiguousarray(grey).data)
    digest.update(repr(grey.shape).encode())
    return digest.digest()


def _parse_tsv(tsv: str, scale: float, pad: int = 0) -> list[Word]:
    """Words of Tesseract's TSV, in the pixels of the image before upscaling and padding."""
    words = []
    for row in tsv.splitlines():
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = cols[11].strip()
        conf = float(cols[10])
        if not text or conf < 0:
            continue
        x, y, w, h = (int(c) for c in cols[6:10])
        x, y = max(0, x - pad), max(0, y - pad)
        words.append(Word(text, int(x / scale), int(y / scale), max(1, round(w / scale)),
                          max(1, round(h / scale)), conf,
                          (int(cols[1]), int(cols[2]), int(cols[3]), int(cols[4]))))
    return words


class _TesserocrBackend:
    def __init__(self, path: str, languages: str, psm: int):
        import tesserocr

        # The word lists only bias the LSTM's choices; without them it reads UI text the same,
        # about a tenth faster.
        self._api = tesserocr.PyTessBaseAPI(path=path, lang=languages, psm=psm, variables={
            "load_system_dawg": "0", "load_freq_dawg": "0"})
        self._api.SetVariable("tessedit_do_invert", "0")
        self._api.SetVariable("user_defined_dpi", "150")

    def read(self, grey: np.ndarray) -> str:
        h, w = grey.shape
        self._api.SetImageBytes(grey.tobytes(), w, h, 1, w)
        return self._api.GetTSVText(0)

    def close(self) -> None:
        self._api.End()


class _PytesseractBackend:
    def __init__(self, path: str, languages: str, psm: int):
        import pytesseract

        self._pt = pytesseract
        self._config = f"--psm {psm} --tessdata-dir {path} -c tessedit_do_invert=0"
        self._languages = languages

    def read(self, grey: np.ndarray) -> str:
        tsv = self._pt.image_to_data(grey, lang=self._languages, config=self._config)
        # image_to_data's TSV has a header row and the same columns as the C API's.
        return "\n".join(tsv.splitlines()[1:])

    def close(self) -> None:
        pass


class OcrEngine:
    """Reads words from screen pixels. Thread-safe; one Tesseract instance per worker.

    `workers` instances can read in parallel (`words_many`), which is how a whole screen is read
    in tiles on a machine with several cores.
    """

    def __init__(self, languages: str = LANGUAGES, tessdata: str | None = TESSDATA, psm: int = 11,
                 workers: int | None = None, cache_size: int = 256, upscale: float = UPSCALE):
        if tessdata is None:
            tessdata = find_tessdata(languages)
        else:
            check_languages(tessdata, languages)
        self.languages, self.tessdata, self.psm, self.upscale = languages, tessdata, psm, upscale
        self.workers = workers or max(1, min(2, os.cpu_count() or 1))
        self._backend_class = self._choose_backend()
        self._free: queue.Queue = queue.Queue()
        self._made = 0
        self._make_lock = threading.Lock()
        self._cache: OrderedDict[bytes, list[Word]] = OrderedDict()
        self._cache_lock = threading.Lock()
        self._cache_size = cache_size
        self._pool: ThreadPoolExecutor | None = None
        self.reads = 0  # how many regions were really read (not served from the cache)
        self.area_read = 0  # and how many of the screen's pixels they held
        self._free.put(self._backend_class(tessdata, languages, psm))  # fail early, not mid-run
        self._made = 1

    @staticmethod
    def _choose_backend():
        try:
            import tesserocr  # noqa: F401

            return _TesserocrBackend
        except ImportError:
            pass
        try:
            import pytesseract  # noqa: F401
        except ImportError:
            raise EnvironmentMissing("Neither tesserocr nor pytesseract is installed.",
                                     "pip install tesserocr (or pytesseract) and " + INSTALL_HINT)
        if shutil.which("tesseract") is None:
            raise EnvironmentMissing("The tesseract program is not installed.", INSTALL_HINT)
        return _PytesseractBackend

    @property
    def backend(self) -> str:
        return "tesserocr" if self._backend_class is _TesserocrBackend else "pytesseract"

    def _acquire(self):
        try:
            return self._free.get_nowait()
        except queue.Empty:
            pass
        with self._make_lock:
            if self._made < self.workers:
                self._made += 1
                return self._backend_class(self.tessdata, self.languages, self.psm)
        return self._free.get()

    def cached(self, pixels: np.ndarray) -> bool:
        """True where these exact pixels were read before (and are still in the cache)."""
        with self._cache_lock:
            return pixels_key(to_grey(pixels)) + repr(self.upscale).encode() in self._cache

    def clear_cache(self) -> None:
        with self._cache_lock:
            self._cache.clear()

    def words(self, pixels: np.ndarray, origin: tuple[int, int] = (0, 0),
              upscale: float | None = None, look: str = "prepared") -> list[Word]:
        """The words in `pixels` (BGR or grey) whose top-left is at `origin` on the screen.
        `upscale` reads a small piece larger than usual, for a closer look at a tiny font;
        `look` is the way the pixels are prepared (see `prepare`)."""
        if pixels.size == 0 or min(pixels.shape[:2]) < 4:
            return []
        grey = to_grey(pixels)
        upscale = upscale or self.upscale
        key = pixels_key(grey) + repr(upscale).encode() + (b"" if look == "prepared" else look.encode())
        with self._cache_lock:
            local = self._cache.get(key)
            if local is not None:
                self._cache.move_to_end(key)
        if local is None:
            local = self._read(grey, upscale, look)
            with self._cache_lock:
                self._cache[key] = local
                while len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        ox, oy = int(origin[0]), int(origin[1])
        return [replace(w, x=w.x + ox, y=w.y + oy, line=(ox, oy) + w.line) for w in local]

    def words_many(self, pieces: list[tuple[np.ndarray, tuple[int, int]]],
                   look: str = "prepared") -> list[Word]:
        """Words of several pieces (pixels, origin), read in parallel where there are workers."""
        if len(pieces) <= 1 or self.workers == 1:
            return [w for p, o in pieces for w in self.words(p, o, look=look)]
        if self._pool is None:
            self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="ocr")
        results = self._pool.map(lambda piece: self.words(*piece, look=look), pieces)
        return [w for ws in results for w in ws]

    def _read(self, grey: np.ndarray, upscale: float, look: str = "prepared") -> list[Word]:
        # A white border: Tesseract misreads letters that touch the edge of its image.
        image = cv2.copyMakeBorder(prepare(grey, upscale, look), PAD, PAD, PAD, PAD,
                                   cv2.BORDER_CONSTANT, value=255)
        backend = self._acquire()
        try:
            tsv = backend.read(image)
        finally:
            self._free.put(backend)
        self.reads += 1
        self.area_read += grey.shape[0] * grey.shape[1]
        return _parse_tsv(tsv, upscale, PAD)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
        while not self._free.empty():
            self._free.get_nowait().close()


_default: OcrEngine | None = None
_default_lock = threading.Lock()


def default_engine() -> OcrEngine:
    """One engine per process, made on first use (loading Tesseract takes a moment)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = OcrEngine()
        return _default
