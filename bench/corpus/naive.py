"""Where reading fails: our text finding and the naive peer on every screen of the corpus.

    .venv/bin/python bench/corpus/naive.py CORPUS_DIR [--looks ...] [--scales ...]
                                                      [--variants ...] [--json results.json]

For every screen and degraded copy (see make.py) and every text of its truth.json it looks the
text up twice:

  ours    `recipes.locate.text.find_text(Frame(pixels), Target(text=...), OcrEngine())`, as a
          hand-written `text:` anchor is searched; the best match is taken, and where another
          place scores as well (within TIE_MARGIN) the Locator would refuse it: "ambiguous"
  naive   what a user of pytesseract or rpaframework does: one full-screen
          `pytesseract.image_to_data(lang="dan+eng")` with OMP_THREAD_LIMIT=1, and the first run
          of words on one line, in Tesseract's reading order, that equals the text (case and
          spacing normalised)

A find is right when the found box's centre lies inside the truth's ink box (grown by --slack
pixels, default 3, for the rounding of OCR boxes), wrong when it lies elsewhere, missed when
nothing was found. It prints a table per look, scale and variant, totals per look and per
variant, and the worst failures with what each side read there. It changes nothing in the
product: it only shows where our reading fails.
"""

from __future__ import annotations

import os

os.environ["OMP_THREAD_LIMIT"] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import defaultdict  # noqa: E402
from concurrent.futures import ThreadPoolExecutor  # noqa: E402
from pathlib import Path  # noqa: E402

import cv2  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from recipes.locate.places import TIE_MARGIN  # noqa: E402
from recipes.locate.text import find_text, normalise  # noqa: E402
from recipes.model import Target  # noqa: E402
from recipes.ocr import OcrEngine  # noqa: E402
from recipes.ports import Frame  # noqa: E402

VARIANTS = ("screen", "jpeg50", "rgb565", "blur06")


def inside(centre, e, slack: int) -> bool:
    x, y = centre
    return (e["x"] - slack <= x <= e["x"] + e["w"] + slack
            and e["y"] - slack <= y <= e["y"] + e["h"] + slack)


def overlaps(box, e) -> bool:
    x, y, w, h = box
    return x < e["x"] + e["w"] and e["x"] < x + w and y < e["y"] + e["h"] and e["y"] < y + h


# --- the naive peer ------------------------------------------------------------------------------

def naive_words(pixels) -> list[tuple]:
    """(normalised text, x, y, w, h, line key) of every word, in Tesseract's reading order."""
    import pytesseract

    rgb = cv2.cvtColor(pixels, cv2.COLOR_BGR2RGB)
    data = pytesseract.image_to_data(rgb, lang="dan+eng", output_type=pytesseract.Output.DICT)
    return [(normalise(t), data["left"][i], data["top"][i], data["width"][i], data["height"][i],
             (data["block_num"][i], data["par_num"][i], data["line_num"][i]), t)
            for i, t in enumerate(data["text"]) if t.strip()]


def naive_find(words, text: str):
    """The first run of words on one line that equals `text`: its centre, or None."""
    wanted = normalise(text).split()
    for i in range(len(words) - len(wanted) + 1):
        run = words[i:i + len(wanted)]
        if [w[0] for w in run] == wanted and len({w[5] for w in run}) == 1:
            x0, y0 = run[0][1], min(w[2] for w in run)
            x1 = run[-1][1] + run[-1][3]
            y1 = max(w[2] + w[4] for w in run)
            return ((x0 + x1) // 2, (y0 + y1) // 2)
    return None


# --- ours ----------------------------------------------------------------------------------------

def ours_find(frame: Frame, text: str, ocr: OcrEngine, e: dict, slack: int):
    """(outcome, what was read): right, wrong, ambiguous or missed."""
    target = Target(text=text)
    found = find_text(frame, target, ocr)
    if not found:
        near = find_text(frame, target, ocr, floor=0.5)
        seen = (f"best near miss {near[0].label!r} {near[0].score:.2f} "
                f"{'here' if inside(near[0].centre, e, slack) else 'elsewhere'}") if near else \
            "nothing like it"
        return "missed", seen
    best = found[0]
    # Another place reading as well: the Locator refuses the step as ambiguous and clicks
    # nothing, wherever the best of them lies.
    rivals = [m for m in found[1:] if m.score >= best.score - TIE_MARGIN]
    if rivals:
        return "ambiguous", f"also {rivals[0].label!r} {rivals[0].score:.2f} at {rivals[0].centre}"
    if not inside(best.centre, e, slack):
        return "wrong", f"{best.label!r} {best.score:.2f} at {best.centre}"
    return "right", f"{best.label!r} {best.score:.2f}"


# --- the run -------------------------------------------------------------------------------------

def screens(corpus: Path, looks, scales, variants):
    for truth_path in sorted(corpus.glob("*/*/truth.json")):
        doc = json.loads(truth_path.read_text(encoding="utf-8"))
        if looks and doc["look"] not in looks:
            continue
        if scales and doc["scale"] not in scales:
            continue
        for variant in doc["variants"]:
            if variants and variant not in variants:
                continue
            yield doc, variant, truth_path.parent / f"{variant}.png"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--looks", default="")
    parser.add_argument("--scales", default="")
    parser.add_argument("--variants", default="")
    parser.add_argument("--slack", type=int, default=3)
    parser.add_argument("--json", type=Path, default=None, help="write every result here")
    args = parser.parse_args(argv)
    looks = {s for s in args.looks.split(",") if s}
    scales = {float(s) for s in args.scales.split(",") if s}
    variants = {s for s in args.variants.split(",") if s}

    ocr = OcrEngine()
    results = []
    times = []     # (ours for all texts of a screen, naive's one read) per screen
    started = time.perf_counter()
    todo = list(screens(args.corpus, looks, scales, variants))
    if not todo:
        print(f"no screens in {args.corpus} (run make.py first)")
        return 2
    # The naive peer reads the next screen in its own process while ours reads this one.
    with ThreadPoolExecutor(1) as pool:
        pending = pool.submit(_naive_timed, cv2.imread(str(todo[0][2]), cv2.IMREAD_COLOR))
        for n, (doc, variant, path) in enumerate(todo):
            pixels = cv2.imread(str(path), cv2.IMREAD_COLOR)
            words, naive_seconds = pending.result()
            if n + 1 < len(todo):
                pending = pool.submit(_naive_timed, cv2.imread(str(todo[n + 1][2]), cv2.IMREAD_COLOR))
            ocr.clear_cache()
            frame = Frame(pixels)
            t0 = time.perf_counter()
            for e in doc["entries"]:
                outcome, seen = ours_find(frame, e["text"], ocr, e, args.slack)
                centre = naive_find(words, e["text"])
                naive = "missed" if centre is None else (
                    "right" if inside(centre, e, args.slack) else "wrong")
                there = " ".join(w[6] for w in words if overlaps(w[1:5], e)) or "-"
                results.append({"look": doc["look"], "scale": doc["scale"], "variant": variant,
                                "text": e["text"], "kind": e["kind"], "style": e["style"],
                                "ours": outcome, "ours_read": seen, "naive": naive,
                                "naive_read": there})
            ours_seconds = time.perf_counter() - t0
            times.append((ours_seconds, naive_seconds))
            print(f"  {doc['look']:13s} {round(doc['scale'] * 100):3d} % {variant:7s} "
                  f"ours {ours_seconds:5.1f} s ({len(doc['entries'])} texts), "
                  f"naive {naive_seconds:4.1f} s (one read)", flush=True)
    ocr.close()
    report(results)
    ours_t = sum(t[0] for t in times) / len(times)
    naive_t = sum(t[1] for t in times) / len(times)
    print(f"\n{len(todo)} screens in {time.perf_counter() - started:.0f} s; per screen: ours "
          f"{ours_t:.1f} s for all its texts (a cold first read, then cached reads and closer "
          f"looks), naive {naive_t:.1f} s for its one full-screen read")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def _naive_timed(pixels):
    t0 = time.perf_counter()
    words = naive_words(pixels)
    return words, time.perf_counter() - t0


def tally(rows) -> dict:
    t = defaultdict(int)
    for r in rows:
        t["n"] += 1
        t["ours_" + r["ours"]] += 1
        t["naive_" + r["naive"]] += 1
    return t


def line(label: str, t: dict) -> str:
    n = t["n"]
    return (f"{label:32s} {n:4d}  {t['ours_right']:4d} {100 * t['ours_right'] / n:5.1f} %"
            f" {t['ours_wrong']:4d} {t['ours_ambiguous']:4d} {t['ours_missed']:4d}   "
            f"{t['naive_right']:4d} {100 * t['naive_right'] / n:5.1f} %"
            f" {t['naive_wrong']:4d} {t['naive_missed']:4d}")


HEADER = (f"{'look / scale / variant':32s} {'n':>4s}  {'ours: right':>12s} {'wrong':>5s} "
          f"{'ambig':>5s} {'miss':>4s}   {'naive: right':>12s} {'wrong':>5s} {'miss':>4s}")


def report(results: list[dict]) -> None:
    groups = defaultdict(list)
    for r in results:
        groups[(r["look"], r["scale"], r["variant"])].append(r)
    print("\n== per look, scale and variant (right = found box centre inside the truth box) ==")
    print(HEADER)
    last = None
    for key in sorted(groups, key=lambda k: (k[0], k[1], VARIANTS.index(k[2]))):
        if last is not None and key[0] != last:
            print()
        last = key[0]
        print(line(f"{key[0]} {round(key[1] * 100)} % {key[2]}", tally(groups[key])))
    print("\n== per look (all scales and variants) ==")
    print(HEADER)
    for look in sorted({r["look"] for r in results}):
        print(line(look, tally([r for r in results if r["look"] == look])))
    print("\n== per variant (all looks and scales) ==")
    print(HEADER)
    for variant in VARIANTS:
        rows = [r for r in results if r["variant"] == variant]
        if rows:
            print(line(variant, tally(rows)))
    print(line("all", tally(results)))
    print("\n== per style and kind (all) ==")
    print(HEADER)
    for key in ("style", "kind"):
        for value in sorted({r[key] for r in results}):
            print(line(f"{key} {value}", tally([r for r in results if r[key] == value])))
    worst = [r for r in results if r["ours"] in ("wrong", "missed", "ambiguous")]
    print(f"\n== where ours fails ({len(worst)}): the texts failing most often ==")
    by_text = defaultdict(list)
    for r in worst:
        by_text[r["text"]].append(r)
    for text, rows in sorted(by_text.items(), key=lambda kv: -len(kv[1]))[:15]:
        naive_ok = sum(1 for r in rows if r["naive"] == "right")
        print(f"  {text!r}: {len(rows)} failures (naive right on {naive_ok} of them); e.g.")
        for r in rows[:3]:
            print(f"      {r['look']} {round(r['scale'] * 100)} % {r['variant']}: ours {r['ours']} "
                  f"({r['ours_read']}); naive {r['naive']}, Tesseract read there: {r['naive_read']!r}")
    lost = [r for r in results if r["ours"] != "right" and r["naive"] == "right"]
    print(f"\n{len(lost)} texts the naive peer found at the right place and ours did not; "
          f"{len([r for r in results if r['ours'] == 'wrong'])} wrong places of ours, "
          f"{len([r for r in results if r['naive'] == 'wrong'])} of the naive peer")


if __name__ == "__main__":
    sys.exit(main())
