"""Generate the toolkit corpus: real programs on a private X screen, with honest ground truth.

    .venv/bin/python bench/corpus/make.py OUT_DIR [--looks tk,qt,...] [--scales 1,1.5]
                                                  [--golden tests/golden/toolkits] [--overlay]

For every look (toolkit) and scale it starts the look's program (see `looks/`) on its own Xvfb
with openbox, lets the program report where it drew each text (from its widget geometry and font
metrics, never from OCR), takes a screenshot with mss once the screen is still, and writes

    OUT_DIR/<look>/<scale %>/screen.png      the whole 1920x1080 screen
    OUT_DIR/<look>/<scale %>/truth.json      what is where (see README.md)
    OUT_DIR/<look>/<scale %>/jpeg50.png      the screen as a remote session shows it: JPEG q50,
    OUT_DIR/<look>/<scale %>/rgb565.png      16-bit colour, and a slight blur (sigma 0.6);
    OUT_DIR/<look>/<scale %>/blur06.png      they share truth.json
    OUT_DIR/<look>/<scale %>/overlay.png     with --overlay: the truth drawn on the screen

With --golden DIR it also writes a small subset, cropped to the windows, as
DIR/<look>_<scale %>.png + .json (coordinates in the crop) for unit tests. Looks run two at a
time, each on its own X server.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import cv2
import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import content  # noqa: E402
import truth  # noqa: E402
from looks import LOOKS, Look, LookFailed  # noqa: E402

from recipes.desktop.screen import MssScreen  # noqa: E402
from recipes.desktop.virtual_screen import VirtualScreen  # noqa: E402

SCREEN = (1920, 1080)
DESKTOP = 0x3A6EA5   # the desktop's colour (a classic one); Xvfb's own is black, which no desktop is
VARIANTS = ("jpeg50", "rgb565", "blur06")
GOLDEN_SCALES = (1.0, 1.5)
_print_lock = threading.Lock()


def say(*args) -> None:
    with _print_lock:
        print(*args, flush=True)


# --- degraded copies -----------------------------------------------------------------------------

def degrade(pixels: np.ndarray, variant: str) -> np.ndarray:
    """The screen as a remote session (RDP, Citrix, VNC) shows it."""
    if variant == "jpeg50":
        ok, data = cv2.imencode(".jpg", pixels, [cv2.IMWRITE_JPEG_QUALITY, 50])
        return cv2.imdecode(data, cv2.IMREAD_COLOR)
    if variant == "rgb565":
        # 5 bits red and blue, 6 green, expanded back to 8 bits as the viewer shows them.
        b, g, r = (pixels[..., i].astype(np.uint16) for i in range(3))
        r5, g6, b5 = r >> 3, g >> 2, b >> 3
        return np.dstack([(b5 << 3) | (b5 >> 2), (g6 << 2) | (g6 >> 4),
                          (r5 << 3) | (r5 >> 2)]).astype(np.uint8)
    if variant == "blur06":
        return cv2.GaussianBlur(pixels, (0, 0), sigmaX=0.6)
    raise ValueError(variant)


# --- one screen ----------------------------------------------------------------------------------

def still_screen(screen: MssScreen, timeout: float = 4.0) -> np.ndarray:
    """A grab once two grabs 150 ms apart are equal (the program has finished drawing)."""
    last = screen.grab().pixels
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        time.sleep(0.15)
        now = screen.grab().pixels
        if np.array_equal(now, last):
            return now
        last = now
    return last


def scale_dir(scale: float) -> str:
    return str(round(scale * 100))


def shoot(look: Look, scale: float, vs: VirtualScreen, screen: MssScreen, spec: Path,
          build: Path, out: Path, overlay: bool) -> dict:
    started = time.perf_counter()
    proc, report = look.start(vs.env(), scale, spec, build)
    procs = proc if isinstance(proc, list) else [proc]
    try:
        time.sleep(0.3)
        pixels = still_screen(screen)
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=5)
            except Exception:
                p.kill()
    entries, warnings = truth.entries_of(report, pixels)
    folder = out / look.name / scale_dir(scale)
    folder.mkdir(parents=True, exist_ok=True)
    cv2.imwrite(str(folder / "screen.png"), pixels)
    for variant in VARIANTS:
        cv2.imwrite(str(folder / f"{variant}.png"), degrade(pixels, variant))
    if overlay:
        cv2.imwrite(str(folder / "overlay.png"), truth.overlay(pixels, entries))
    doc = {"look": look.name, "scale": scale, "toolkit": report.get("toolkit", ""),
           "scaling": look.scaling, "screen": list(SCREEN), "window": report.get("window"),
           "variants": ["screen", *VARIANTS], "entries": entries, "warnings": warnings}
    (folder / "truth.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1),
                                       encoding="utf-8")
    say(f"  {look.name:13s} {scale_dir(scale):>3s} %  {len(entries)} texts, "
        f"{len(warnings)} warnings, {time.perf_counter() - started:4.1f} s")
    for w in warnings:
        say(f"      warning: {w}")
    return doc


def paint_desktop(display: str) -> None:
    from Xlib import display as xdisplay

    d = xdisplay.Display(display)
    try:
        root = d.screen().root
        root.change_attributes(background_pixel=DESKTOP)
        root.clear_area(0, 0, 0, 0)
        d.sync()
    finally:
        d.close()


def run_look(look: Look, scales, spec: Path, build: Path, out: Path, overlay: bool) -> list[dict]:
    if look.build:
        look.build(build)
    docs = []
    with VirtualScreen(width=SCREEN[0], height=SCREEN[1]) as vs:
        paint_desktop(vs.display)
        screen = MssScreen(vs.display)
        try:
            for scale in scales:
                if scale not in look.scales:
                    continue
                try:
                    docs.append(shoot(look, scale, vs, screen, spec, build, out, overlay))
                except (LookFailed, RuntimeError, TimeoutError) as exc:
                    say(f"  {look.name} {scale_dir(scale)} %: FAILED: {exc}")
                time.sleep(0.3)   # the old window gone before the next one maps
        finally:
            screen.close()
    return docs


# --- the golden subset ---------------------------------------------------------------------------

def write_golden(doc: dict, out: Path, golden: Path, margin: int = 8,
                 variant: str = "screen") -> Path:
    """The screen (or a degraded copy of it: `variant`) cropped to the window and its texts,
    with the truth in crop coordinates. The degraded goldens in tests/golden/toolkits/degraded
    were written by calling this with variant="jpeg50" for tk, GTK and Qt at 100 %; those of GTK
    at 150 % and xterm at 200 % (JPEG 50) and Swing Nimbus at 200 % (16-bit colour) are the
    screen's top-left 1100 x 700 (or all of it) with the truth as it is: larger than one tile,
    they are read window by window as a whole screen is, where a crop to the window is not."""
    folder = out / doc["look"] / scale_dir(doc["scale"])
    pixels = cv2.imread(str(folder / f"{variant}.png"), cv2.IMREAD_COLOR)
    boxes = [doc["window"]] + [[e["x"], e["y"], e["w"], e["h"]] for e in doc["entries"]]
    x0 = max(0, min(b[0] for b in boxes) - margin)
    y0 = max(0, min(b[1] for b in boxes) - margin)
    x1 = min(pixels.shape[1], max(b[0] + b[2] for b in boxes) + margin)
    y1 = min(pixels.shape[0], max(b[1] + b[3] for b in boxes) + margin)
    name = f"{doc['look']}_{scale_dir(doc['scale'])}" + ("" if variant == "screen" else
                                                          f"_{variant}")
    golden.mkdir(parents=True, exist_ok=True)
    cv2.imwrite(str(golden / f"{name}.png"), pixels[y0:y1, x0:x1],
                [cv2.IMWRITE_PNG_COMPRESSION, 9])
    keep = ("text", "x", "y", "w", "h", "kind", "style", "text_box")
    entries = []
    for e in doc["entries"]:
        tb = e["text_box"]
        moved = {**e, "x": e["x"] - x0, "y": e["y"] - y0,
                 "text_box": [tb[0] - x0, tb[1] - y0, tb[2], tb[3]]}
        entries.append({k: moved[k] for k in keep})
    head = {k: doc[k] for k in ("look", "scale", "toolkit", "scaling", "screen")}
    head["crop"] = [x0, y0, x1 - x0, y1 - y0]
    # One text a line: small, and a diff shows which box moved.
    lines = ",\n".join("  " + json.dumps(e, ensure_ascii=False) for e in entries)
    text = json.dumps(head, ensure_ascii=False)[:-1] + ', "entries": [\n' + lines + "\n]}\n"
    (golden / f"{name}.json").write_text(text, encoding="utf-8")
    return golden / f"{name}.png"


# --- main ----------------------------------------------------------------------------------------

def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write the corpus into")
    parser.add_argument("--looks", default=",".join(LOOKS),
                        help=f"comma-separated, of: {', '.join(LOOKS)} (default: all)")
    parser.add_argument("--scales", default="1,1.25,1.5,2",
                        help="comma-separated scales (default 1,1.25,1.5,2)")
    parser.add_argument("--golden", type=Path, default=None,
                        help="also write the cropped golden subset into this folder")
    parser.add_argument("--golden-scales", default=",".join(f"{s:g}" for s in GOLDEN_SCALES))
    parser.add_argument("--overlay", action="store_true", help="also write overlay.png per screen")
    parser.add_argument("--jobs", type=int, default=2, help="looks generated at once (default 2)")
    args = parser.parse_args(argv)

    names = [n.strip() for n in args.looks.split(",") if n.strip()]
    unknown = [n for n in names if n not in LOOKS]
    if unknown:
        parser.error(f"unknown look(s) {unknown}; known: {', '.join(LOOKS)}")
    scales = [float(s) for s in args.scales.split(",")]
    looks = []
    for n in names:
        missing = LOOKS[n].missing()
        if missing:
            say(f"  {n}: skipped, missing {', '.join(missing)} (run `make setup`)")
        else:
            looks.append(LOOKS[n])
    args.out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="corpus-build-") as tmp:
        build = Path(tmp)
        spec = content.write_spec(build / "content.tsv")
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")
        with ThreadPoolExecutor(max(1, args.jobs)) as pool:
            results = list(pool.map(
                lambda look: run_look(look, scales, spec, build, args.out, args.overlay), looks))
    docs = [d for r in results for d in r]
    index = [{"look": d["look"], "scale": d["scale"], "toolkit": d["toolkit"],
              "path": f"{d['look']}/{scale_dir(d['scale'])}", "texts": len(d["entries"]),
              "warnings": len(d["warnings"])} for d in docs]
    (args.out / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=1),
                                         encoding="utf-8")
    if args.golden is not None:
        wanted = {float(s) for s in args.golden_scales.split(",")}
        written = [write_golden(d, args.out, args.golden) for d in docs if d["scale"] in wanted]
        size = sum(p.stat().st_size + p.with_suffix(".json").stat().st_size for p in written)
        say(f"golden subset: {len(written)} screens, {size / 1024:.0f} KB in {args.golden}")
    expected = sum(1 for look in looks for s in scales if s in look.scales)
    say(f"{len(docs)} of {expected} screens in {time.perf_counter() - started:.1f} s -> {args.out}")
    return 0 if len(docs) == expected else 1


if __name__ == "__main__":
    sys.exit(main())
