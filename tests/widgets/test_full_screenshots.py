"""Full-resolution copies of recorded screens never show what the thumbnail blacked out."""

from __future__ import annotations

import cv2
import numpy as np

from recorders.full_screens import _blacked_out_like


def test_blacked_out_areas_of_the_thumbnail_are_blacked_out_in_the_full_copy():
    full = np.full((1080, 1920, 3), 200, np.uint8)
    cv2.putText(full, "010203-1234", (800, 500), cv2.FONT_HERSHEY_SIMPLEX, 1.0, (0, 0, 0), 2)
    masked = full.copy()
    masked[470:510, 790:1000] = 0  # what the recorder does to a CPR number
    thumb = cv2.resize(masked, (480, 270), interpolation=cv2.INTER_AREA)
    reduced = cv2.resize(full, (480, 270), interpolation=cv2.INTER_AREA)
    out = _blacked_out_like(thumb, reduced, full)
    assert (out[470:510, 790:1000] == 0).all()
    assert (out[100:200, 100:200] == 200).all()  # the rest is untouched
