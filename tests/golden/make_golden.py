"""Makes the golden screenshots under tests/golden/ from real X programs on a private Xvfb.

Run `.venv/bin/python tests/golden/make_golden.py` on a machine with Xvfb, xmessage, zenity and
xterm. Widget boxes come from the Tk form itself; the words of the other programs were read once
and checked by eye, and are written to `boxes.json` with the screenshots.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import cv2
import mss
import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from recipes.desktop.virtual_screen import VirtualScreen  # noqa: E402
from tests.golden import scenes  # noqa: E402


# Boxes of the other programs' buttons and lines in scene_100, read once and checked by eye on the
# screenshot with the boxes drawn in. Check them again whenever the scene is made anew.
MANUAL_100 = {"zenity.button_Annuller": [533, 119, 96, 34], "zenity.button_Gem": [633, 119, 96, 34],
              "xmessage.button_Godkend": [24, 487, 89, 27], "xmessage.button_Afvis": [116, 487, 46, 27],
              "xmessage.button_Gem": [165, 487, 52, 27], "xterm.line_1": [441, 321, 136, 14],
              "xterm.line_2": [441, 335, 166, 14]}


def grab(display: str, box: tuple[int, int, int, int]) -> np.ndarray:
    with mss.MSS(display=display) as m:
        x, y, w, h = box
        return np.array(m.grab({"left": x, "top": y, "width": w, "height": h}))[:, :, :3].copy()


def relative(boxes: dict, crop: tuple[int, int, int, int]) -> dict:
    return {k: [v[0] - crop[0], v[1] - crop[1], v[2], v[3]] for k, v in boxes.items()}


def scene(vs: VirtualScreen, scale: float, variant: str, crop, others: bool) -> tuple[np.ndarray, dict]:
    env = vs.env()
    procs = []
    try:
        proc, boxes = scenes.start_tk_form(env, 20, 20, scale, variant)
        procs.append(proc)
        boxes = {"tk." + k: v for k, v in boxes.items()}
        if others:
            procs.append(scenes.start(env, ["xmessage", "-geometry", "+20+430", "-buttons",
                                            "Godkend,Afvis,Gem", "Vil du godkende sagen?"]))
            zenv = dict(env, GDK_SCALE="2") if scale >= 2 else env
            procs.append(scenes.start(zenv, ["zenity", "--question", "--title=Bekræft",
                                             "--text=Skal sagen gemmes i journalen?",
                                             "--ok-label=Gem", "--cancel-label=Annuller"]))
            procs.append(scenes.start(env, ["xterm", "-T", "Terminal", "-geometry", "60x6+440+300",
                                            "-e", "bash", "-c",
                                            "echo Journalnummer 2024-117; echo Sagen er godkendt "
                                            "af Jørgen; sleep 100"]))
            scenes.window_box(env, "Bekræft")
            scenes.move_window(env, "Bekræft", 440, 20)
            scenes.window_box(env, "Terminal")
        time.sleep(1.5)
        return grab(vs.display, crop), relative(boxes, crop)
    finally:
        for p in procs:
            p.kill()
            p.wait()


def main() -> None:
    out = {}
    with VirtualScreen(width=1920, height=1080) as vs:
        for name, scale, variant, crop, others in [
            ("scene_100.png", 1.0, "form", (0, 0, 960, 540), True),
            ("scene_150.png", 1.5, "form", (0, 0, 520, 420), False),
            ("repeat_100.png", 1.0, "repeat", (0, 0, 340, 320), False),
        ]:
            pixels, boxes = scene(vs, scale, variant, crop, others)
            cv2.imwrite(str(HERE / name), pixels, [cv2.IMWRITE_PNG_COMPRESSION, 9])
            if name == "scene_100.png":
                boxes.update(MANUAL_100)
            out[name] = {"scale": scale, "boxes": boxes}
    (HERE / "boxes.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
