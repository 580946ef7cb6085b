"""Keep a full-resolution copy of each recorded step's screen, for the anchor editor (no Qt).

The recorder stores each step's screenshot as a small thumbnail (for lists and training guides).
Moving an anchor box precisely needs the real pixels, so when a recording ends, this finds the
journal frame each thumbnail was made from (the same downscale gives the same pixels) and writes
it beside the thumbnail as `<thumbnail>_fuld.png`, before the journal is discarded (both for
`main.py record` and for recording from the workbench). Whatever the
recorder blacked out of the thumbnail (personal data) is blacked out of the full copy as well. Recipes
written by hand or by other tools have no full copies; the editor then scales the thumbnail up.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

SUFFIX = "_fuld"


def full_path(thumbnail: Path) -> Path:
    return thumbnail.with_name(thumbnail.stem + SUFFIX + thumbnail.suffix)


def _blacked_out_like(thumb: np.ndarray, reduced: np.ndarray, full: np.ndarray) -> np.ndarray:
    """The full frame with every area the recorder blacked out of the thumbnail (CPR numbers,
    other personal data) blacked out too, with a margin: a full copy never shows more."""
    differs = (cv2.absdiff(reduced, thumb).max(axis=2) > 40).astype(np.uint8)
    if not differs.any():
        return full
    differs = cv2.dilate(differs, np.ones((3, 3), np.uint8))
    h, w = full.shape[:2]
    big = cv2.resize(differs, (w, h), interpolation=cv2.INTER_NEAREST)
    k = max(3, int(round(w / thumb.shape[1])) * 2 + 1)
    big = cv2.dilate(big, np.ones((k, k), np.uint8))
    out = full.copy()
    out[big > 0] = 0
    return out


def keep_full_screens(out: Path, recipe) -> int:
    """Write full copies for the recipe's step screenshots from the journal of `out`; how many."""
    from recipes.fileformat import atomic_write_bytes
    from recipes.private import private_file
    from recorders.journal import read_journal

    frames = [file for _t, file, _o in read_journal(out).frames.values()]
    small: dict[Path, np.ndarray] = {}
    written = 0
    for step in recipe.steps:
        if not step.screenshot:
            continue
        thumb_path = out.parent / step.screenshot
        thumb = cv2.imread(str(thumb_path))
        if thumb is None:
            continue
        h, w = thumb.shape[:2]
        best, best_diff = None, None
        for file in frames:
            if file not in small:
                pixels = cv2.imread(str(file))
                if pixels is None:
                    continue
                small[file] = (cv2.resize(pixels, (w, h), interpolation=cv2.INTER_AREA), pixels)
            reduced, _ = small[file]
            if reduced.shape != thumb.shape:
                continue
            diff = float(np.mean(cv2.absdiff(reduced, thumb)))
            if best_diff is None or diff < best_diff:
                best, best_diff = file, diff
        if best is not None and best_diff is not None and best_diff < 2.0:
            full = _blacked_out_like(thumb, *small[best])
            ok, data = cv2.imencode(".png", full)
            if ok:
                atomic_write_bytes(full_path(thumb_path), data.tobytes())
                private_file(full_path(thumb_path))
                written += 1
    return written
