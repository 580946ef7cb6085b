"""Helpers for tests over the golden screenshots: load a scene, its known boxes, scaled copies.

The scenes are real X programs captured by `make_golden.py`; `boxes.json` holds the widget boxes
the Tk form reported about itself (image coordinates) and the scale it was drawn at.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np

from recipes.match import Match
from recipes.ports import Frame

HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def _pixels(name: str) -> np.ndarray:
    pixels = cv2.imread(str(HERE / name), cv2.IMREAD_COLOR)
    assert pixels is not None, f"golden screenshot {name} is missing"
    pixels.setflags(write=False)
    return pixels


def pixels(name: str) -> np.ndarray:
    return _pixels(name).copy()


def boxes(name: str) -> dict[str, list[int]]:
    return json.loads((HERE / "boxes.json").read_text())[name]["boxes"]


def box(name: str, key: str) -> list[int]:
    return boxes(name)[key]


def scaled(name: str, scale: float) -> np.ndarray:
    """A copy of a scene as a display at `scale` would show it (cubic resize)."""
    interp = cv2.INTER_CUBIC if scale > 1 else cv2.INTER_AREA
    return cv2.resize(_pixels(name), None, fx=scale, fy=scale, interpolation=interp)


def on_screen(scene: np.ndarray, at=(0, 0), size=(1920, 1080), background=0) -> np.ndarray:
    """The scene placed at `at` on an otherwise empty screen (like a window on the desktop)."""
    screen = np.full((size[1], size[0], 3), background, np.uint8)
    x, y = at
    h, w = min(scene.shape[0], size[1] - y), min(scene.shape[1], size[0] - x)
    screen[y:y + h, x:x + w] = scene[:h, :w]
    return screen


def frame(name: str, scale: float = 1.0, at=(0, 0), size=None) -> Frame:
    scene = pixels(name) if scale == 1.0 else scaled(name, scale)
    if size is None and at == (0, 0):
        return Frame(scene)
    return Frame(on_screen(scene, at, size or (1920, 1080)))


def crop(pixels_: np.ndarray, b) -> np.ndarray:
    x, y, w, h = b
    return pixels_[y:y + h, x:x + w].copy()


def inside(m: Match, b, slack: int = 0) -> bool:
    """True where the match's centre lies in the box."""
    cx, cy = m.centre
    x, y, w, h = b
    return x - slack <= cx <= x + w + slack and y - slack <= cy <= y + h + slack


def shifted(b, dx: int, dy: int, scale: float = 1.0) -> list[int]:
    x, y, w, h = b
    return [round(x * scale) + dx, round(y * scale) + dy, round(w * scale), round(h * scale)]
