"""Screenshots of the whole desktop with mss, as numpy BGR arrays (`ports.Frame`), on X11 and Windows.

mss grabs through XShm (X11) or GDI BitBlt (Windows): about a millisecond for 1920x1080 on X11; converting to PIL would cost ten
times that, so pixels stay numpy. An mss object holds a connection (X) or device context (GDI) that must not be shared
between threads, so each thread gets its own, created on first use and kept.
"""

from __future__ import annotations

import threading
import time

import numpy as np

from recipes.errors import EnvironmentMissing
from recipes.ports import Frame


class MssScreen:
    """`ports.Screen` of the whole desktop; on X11 the display `display` (default: $DISPLAY at
    first use)."""

    def __init__(self, display: str | None = None):
        self.display_name = display
        self._local = threading.local()
        self._all: list = []
        self._all_lock = threading.Lock()

    def _mss(self):
        sct = getattr(self._local, "sct", None)
        if sct is None:
            import mss

            try:
                sct = mss.MSS(display=self.display_name) if self.display_name else mss.MSS()
            except Exception as exc:  # mss raises its own ScreenShotError without a display
                raise EnvironmentMissing(
                    f"cannot take screenshots of the screen: {exc}",
                    "run inside a desktop session (on Linux an X11 session, or under Xvfb)",
                ) from exc
            self._local.sct = sct
            with self._all_lock:
                self._all.append(sct)
        return sct

    def size(self) -> tuple[int, int]:
        mon = self._mss().monitors[0]
        return int(mon["width"]), int(mon["height"])

    def grab(self) -> Frame:
        """The whole screen (all monitors together) as it is now."""
        mon = self._mss().monitors[0]
        return self._grab(mon["left"], mon["top"], mon["width"], mon["height"])

    def grab_region(self, x: int, y: int, w: int, h: int) -> Frame:
        """Only a rectangle of the screen (cheaper for polling a small area)."""
        return self._grab(x, y, w, h)

    def _grab(self, left: int, top: int, width: int, height: int) -> Frame:
        taken = time.monotonic()
        shot = self._mss().grab({"left": int(left), "top": int(top),
                                 "width": int(width), "height": int(height)})
        bgra = np.frombuffer(shot.raw, dtype=np.uint8).reshape(shot.height, shot.width, 4)
        return Frame(pixels=bgra_to_bgr(bgra), origin=(int(left), int(top)), taken_at=taken)

    def close(self) -> None:
        """Close every thread's mss connection (call once no thread grabs any more)."""
        with self._all_lock:
            for sct in self._all:
                try:
                    sct.close()
                except Exception:
                    pass
            self._all.clear()
        self._local = threading.local()


def bgra_to_bgr(bgra: np.ndarray) -> np.ndarray:
    """A contiguous BGR copy of BGRA pixels (OpenCV wants contiguous arrays)."""
    try:
        import cv2
    except ImportError:
        return np.ascontiguousarray(bgra[:, :, :3])
    return cv2.cvtColor(bgra, cv2.COLOR_BGRA2BGR)
