"""From a program's report and the screenshot to the truth of one screen.

A program says where it drew each text (`text_box`, from its widgets and font metrics) and, where
the toolkit can say it, the ink box of the letters (`ink`). The truth's box is the ink taken from
the screenshot *inside the toolkit's boxes*: the pixels that differ from the box's background (the
most common colour on its edge). That is no reading: it only tightens a box the toolkit gave
(font metrics at a fractional scale round a pixel or two outwards; Tk and the menu items of Swing
give only the item's box). Where the toolkit gave an ink box, one that misses the letters by more
than three pixels on a side is reported as a warning, so a wrong formula in a look shows at once.
"""

from __future__ import annotations

import cv2
import numpy as np


def background(region: np.ndarray) -> np.ndarray:
    """The most common colour on the region's edge."""
    edge = np.concatenate([region[0], region[-1], region[:, 0], region[:, -1]]).astype(np.int32)
    packed = (edge[:, 0] << 16) | (edge[:, 1] << 8) | edge[:, 2]
    values, counts = np.unique(packed, return_counts=True)
    v = int(values[np.argmax(counts)])
    return np.array([(v >> 16) & 255, (v >> 8) & 255, v & 255], np.int32)


def ink_in(pixels: np.ndarray, box) -> list[int] | None:
    """The box around the pixels inside `box` that differ clearly from its background (a
    quarter of the strongest difference, at least 16 levels); None when there are none."""
    x, y, w, h = box
    H, W = pixels.shape[:2]
    x0, y0, x1, y1 = max(0, x), max(0, y), min(W, x + w), min(H, y + h)
    if x1 - x0 < 2 or y1 - y0 < 2:
        return None
    region = pixels[y0:y1, x0:x1].astype(np.int32)
    diff = np.abs(region - background(region)).max(axis=2)
    level = max(16, int(diff.max()) // 4)
    ys, xs = np.nonzero(diff > level)
    if ys.size == 0:
        return None
    return [x0 + int(xs.min()), y0 + int(ys.min()), int(xs.max() - xs.min() + 1),
            int(ys.max() - ys.min() + 1)]


def grown(box, by: int):
    x, y, w, h = box
    return [x - by, y - by, w + 2 * by, h + 2 * by]


def union(a, b):
    x0, y0 = min(a[0], b[0]), min(a[1], b[1])
    x1, y1 = max(a[0] + a[2], b[0] + b[2]), max(a[1] + a[3], b[1] + b[3])
    return [x0, y0, x1 - x0, y1 - y0]


def entries_of(report: dict, pixels: np.ndarray) -> tuple[list[dict], list[str]]:
    """Truth entries {text, x, y, w, h, kind, style, text_box, toolkit_ink, ink_from, font} and
    warnings. x, y, w, h is the ink: the letters' pixels inside the toolkit's boxes (its text box
    and its ink box, the latter one pixel wider), so a box the toolkit rounded outwards by a pixel or two is
    tightened onto the letters, and nothing outside the toolkit's geometry is ever taken."""
    out, warnings = [], []
    for e in report["entries"]:
        tb = e["text_box"]
        toolkit = e.get("ink")
        if toolkit:
            seen = ink_in(pixels, union(grown(toolkit, 1), tb))
            if seen is None:
                warnings.append(f"{e['text']!r}: no ink at the toolkit's box {toolkit}")
            elif max(abs(a - b) for a, b in zip(_edges(seen), _edges(toolkit))) > 3:
                warnings.append(f"{e['text']!r}: toolkit ink {toolkit}, pixels {seen}")
            how = f"pixels in the toolkit's ink and text box (toolkit ink: {e.get('ink_from')})"
        else:
            seen = ink_in(pixels, tb)
            how = "pixels in the toolkit's " + ("text box" if e.get("box_is", "text") == "text"
                                                else "item box (menu item, cell)")
            if seen is None:
                warnings.append(f"{e['text']!r}: nothing drawn in {tb}")
        x, y, w, h = seen or toolkit or tb
        out.append({"text": e["text"], "x": x, "y": y, "w": w, "h": h, "kind": e["kind"],
                    "style": e["style"], "text_box": tb, "toolkit_ink": toolkit,
                    "ink_from": how, "font": e.get("font", "")})
    return out, warnings


def _edges(b):
    return (b[0], b[1], b[0] + b[2], b[1] + b[3])


def overlay(pixels: np.ndarray, entries: list[dict]) -> np.ndarray:
    """A copy with each text box in blue and each ink box in red, to look at by eye."""
    out = pixels.copy()
    for e in entries:
        x, y, w, h = e["text_box"]
        cv2.rectangle(out, (x - 1, y - 1), (x + w, y + h), (255, 0, 0), 1)
        cv2.rectangle(out, (e["x"] - 1, e["y"] - 1), (e["x"] + e["w"], e["y"] + e["h"]),
                      (0, 0, 255), 1)
    return out
