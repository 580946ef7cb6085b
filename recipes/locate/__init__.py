"""Locating a recipe Target on a screenshot: by OCR text, by recorded pixels, by image template.

`find_text`, `find_patch` and `find_image` are pure functions over a `Frame`; `Locator` searches
near, wider, then everywhere and decides (found, ambiguous or not found); `wait` polls a Screen.
"""

from recipes.locate.image import find_image
from recipes.locate.locator import Locator, Outcome, reading_order
from recipes.locate.text import find_patch, find_text, normalise, similarity
from recipes.locate.wait import wait

__all__ = ["Locator", "Outcome", "find_image", "find_patch", "find_text", "normalise",
           "reading_order", "similarity", "wait"]
