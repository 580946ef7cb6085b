"""`main.py record OUT.yaml`: record on the current desktop until the stop hotkey, Ctrl+C, SIGINT or
SIGTERM, then write the recipe and its images. OUT is a new file in a folder that exists: a recipe
that is there is never recorded over. `--recover` rebuilds OUT from its journal after a crash or a
kill.

`record_command(args)` takes the parsed arguments of `main.py` (`out`, `recover`, `countdown`, and
optionally `stop_keys`, `store_secrets`, `name`); `python -m recorders.cli` runs it on its own.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from pathlib import Path

from recipes.desktop.platform import COMMAND, SECRET_STORE
from recorders.session import DEFAULT_STOP_KEYS

EXIT_OK, EXIT_FAILED, EXIT_INVALID = 0, 1, 2


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("out", metavar="OUT.yaml",
                   help="the recipe file to write, a new one (OUT.yaml); images go to OUT_assets/")
    p.add_argument("--recover", action="store_true", help="rebuild OUT from its journal")
    p.add_argument("--countdown", type=float, default=3.0, help="seconds before recording starts")
    p.add_argument("--stop-keys", default=DEFAULT_STOP_KEYS, help="the stop hotkey")
    p.add_argument("--store-secrets", choices=["ask", "yes", "no"], default="ask",
                   help="store passwords typed while recording in the OS keyring")
    p.add_argument("--name", help="the recipe's name (default: the file name)")
    p.add_argument("--launch", metavar="COMMAND",
                   help="start this program once recording runs; the recipe starts it too")
    p.add_argument("--keep-journal", action="store_true",
                   help="keep the journal and its screenshots (as OUT.yaml.journal.kept) to look into")


def _reader():
    """The OCR used for text anchors and for masking, or None where Tesseract is missing."""
    from recorders.api import default_reader

    reader = default_reader()
    if reader is None:
        print("warning: no OCR (Tesseract): personal data on the screen cannot be masked, so no "
              "pictures are kept and steps act at recorded points", file=sys.stderr)
    return reader


def _report(out: Path, built) -> None:
    steps = built.recipe.steps
    anchored = sum(1 for s in steps if getattr(s, "target", None) is not None and s.target.text)
    print(f"wrote {out}: {len(steps)} step{'' if len(steps) == 1 else 's'} "
          f"({anchored} with a text anchor), "
          f"{len(built.assets)} images in {out.stem}_assets/")
    for note in built.notes:   # a password without proof among them (`unsure`)
        print(f"  check: {note}")


def _offer_secrets(built, mode: str) -> None:
    from recorders.api import keep_secrets

    def decide(name: str, _username) -> bool:
        if mode == "ask" and sys.stdin.isatty():
            try:
                answer = input(f"Store the password typed for '{name}' in {SECRET_STORE}? [y/N] ")
            except EOFError:  # no one to answer (Windows counts NUL as a terminal): no
                print()
                return False
            return answer.strip().lower() in ("y", "yes", "j", "ja")
        return mode == "yes"

    for kept in keep_secrets(built, decide):
        if kept.stored:
            print(f"stored the password for '{kept.name}' in {SECRET_STORE}")
            continue
        if kept.error:
            print(f"warning: {SECRET_STORE} refused the password for '{kept.name}': {kept.error}",
                  file=sys.stderr)
        user = f" --username {kept.username}" if kept.username else ""
        print(f"the password for '{kept.name}' was not stored; before running the recipe: "
              f"{COMMAND} secret set {kept.name}{user}")


def _finish(out: Path, build, store: str) -> int:
    from recorders.journal import journal_path

    try:
        built = build()
    except Exception as e:
        print(f"error: the recipe could not be built ({type(e).__name__}: {e}). Nothing is lost: "
              f"the journal {journal_path(out)} is kept; try `record --recover {out}`",
              file=sys.stderr)
        return EXIT_INVALID
    if not built.recipe.steps:
        print(f"nothing was recorded (no click or key reached the recorder), so {out} was not "
              "written", file=sys.stderr)
        return EXIT_FAILED
    _report(out, built)
    _offer_secrets(built, store)
    return EXIT_OK


def _cannot_write(out: Path) -> str | None:
    """Why a new recording cannot be written to `out`, or None where it can. A recording never
    replaces a recipe that is there (the work in it would be lost without a word), and a folder
    that does not exist would only show once the journal is opened, after the countdown."""
    folder = out.parent
    if out.is_dir():
        return (f"{out} is a folder; give the name of the recipe file to write, "
                f"e.g. {out / 'ny_opskrift.yaml'}")
    if out.exists():
        return f"{out} exists; record into a new file name (or delete it first)"
    if not folder.exists():
        return (f"the folder {folder} does not exist; create it first, or record into a folder "
                "that exists")
    if not folder.is_dir():
        return f"{folder} is a file, not a folder; record into a folder that exists"
    return None


def record_command(args) -> int:
    from recorders.api import UnfinishedRecording, recover_recording, start_recording, stop_recording
    from recorders.journal import journal_path

    out = Path(args.out)
    name = getattr(args, "name", None)
    store = getattr(args, "store_secrets", "ask")
    keep = getattr(args, "keep_journal", False)
    if getattr(args, "recover", False):
        if not journal_path(out).exists():
            print(f"error: there is no journal to recover for {out} ({journal_path(out)})", file=sys.stderr)
            return EXIT_INVALID
        reader = _reader()
        return _finish(out, lambda: recover_recording(out, reader, name, keep), store)
    if journal_path(out).exists():
        print(f"error: {journal_path(out)} holds an unfinished recording; rebuild it with "
              f"`record --recover {out}` or delete it first", file=sys.stderr)
        return EXIT_INVALID
    refused = _cannot_write(out)
    if refused:  # said before the countdown, not after the person has started working
        print(f"error: {refused}", file=sys.stderr)
        return EXIT_INVALID

    stop_keys = getattr(args, "stop_keys", None) or DEFAULT_STOP_KEYS
    reader = _reader()
    stop_early: list[int] = []
    signal.signal(signal.SIGINT, lambda *_: stop_early.append(1))
    signal.signal(signal.SIGTERM, lambda *_: stop_early.append(1))
    countdown = float(getattr(args, "countdown", 3.0) or 0)
    while countdown > 0 and not stop_early:
        print(f"recording starts in {countdown:g} s ...", flush=True)
        time.sleep(min(1.0, countdown))
        countdown -= 1.0
    if stop_early:
        print("stopped before recording started; nothing written")
        return EXIT_OK
    try:
        import shlex

        launch = shlex.split(args.launch) if getattr(args, "launch", None) else None
        session = start_recording(out, ignore_pids={os.getpid()}, stop_keys=stop_keys,
                                  reader=reader, launch=launch)
    except UnfinishedRecording as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_INVALID
    signal.signal(signal.SIGINT, lambda *_: session.request_stop("signal"))
    signal.signal(signal.SIGTERM, lambda *_: session.request_stop("signal"))
    if stop_early:
        session.request_stop("signal")
    from recipes.keys import parse_combo

    print(f"recording into {out}; stop with {parse_combo(stop_keys)} or Ctrl+C", flush=True)
    while not session.wait(0.2):
        pass
    print("stopping; building the recipe ...", flush=True)
    result = _finish(out, lambda: stop_recording(session, name, keep), store)
    for err in session.errors:
        print(f"warning: {err}", file=sys.stderr)
    return result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="record", description="record a recipe")
    add_arguments(p)
    return record_command(p.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
