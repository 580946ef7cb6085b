"""`main.py record OUT.yaml`: record on the current X display until the stop hotkey, SIGINT or
SIGTERM, then write the recipe and its images. `--recover` rebuilds OUT from its journal after a
crash or a kill.

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

from recorders.session import DEFAULT_STOP_KEYS

EXIT_OK, EXIT_INVALID = 0, 2


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("out", help="the recipe file to write (OUT.yaml); images go to OUT_assets/")
    p.add_argument("--recover", action="store_true", help="rebuild OUT from its journal")
    p.add_argument("--countdown", type=float, default=3.0, help="seconds before recording starts")
    p.add_argument("--stop-keys", default=DEFAULT_STOP_KEYS, help="the stop hotkey")
    p.add_argument("--store-secrets", choices=["ask", "yes", "no"], default="ask",
                   help="store passwords typed while recording in the OS keyring")
    p.add_argument("--name", help="the recipe's name (default: the file name)")
    p.add_argument("--keep-journal", action="store_true",
                   help="keep the journal and its screenshots (as OUT.yaml.journal.kept) to look into")


def _reader():
    """The OCR used for text anchors, or None (image anchors only) where Tesseract is missing."""
    try:
        from recipes.ocr import default_engine

        engine = default_engine()
        return engine.words
    except Exception as e:  # EnvironmentMissing or an import problem: record anyway
        print(f"warning: no OCR ({e}); steps get image anchors only", file=sys.stderr)
        return None


def _report(out: Path, built) -> None:
    steps = built.recipe.steps
    anchored = sum(1 for s in steps if getattr(s, "target", None) is not None and s.target.text)
    print(f"wrote {out}: {len(steps)} steps ({anchored} with a text anchor), "
          f"{len(built.assets)} images in {out.stem}_assets/")
    for note in built.notes:
        print(f"  check: {note}")


def _offer_secrets(built, mode: str) -> None:
    for name, (username, password) in built.secrets.items():
        store = mode == "yes"
        if mode == "ask" and sys.stdin.isatty():
            answer = input(f"Store the password typed for '{name}' in the keyring? [y/N] ")
            store = answer.strip().lower() in ("y", "yes", "j", "ja")
        if store:
            try:
                from recipes.desktop.secrets import KeyringSecrets

                KeyringSecrets().set(name, username, password)
                print(f"stored the password for '{name}' in the keyring")
                continue
            except Exception as e:
                print(f"warning: the keyring refused the password for '{name}': {e}", file=sys.stderr)
        user = f" --username {username}" if username else ""
        print(f"the password for '{name}' was not stored; before running the recipe: "
              f"python main.py secret set {name}{user}")


def _finish(out: Path, reader, secrets: dict[int, str], name: str | None, store: str,
            keep: bool = False) -> int:
    from recorders.journal import discard_journal, frames_dir, journal_path
    from recorders.output import rebuild, write_built

    try:
        built = rebuild(out, reader, secrets=secrets, name=name)
        write_built(out, built)
    except Exception as e:
        print(f"error: the recipe could not be built ({type(e).__name__}: {e}). Nothing is lost: "
              f"the journal {journal_path(out)} is kept; try `record --recover {out}`",
              file=sys.stderr)
        return EXIT_INVALID
    if keep:
        import shutil

        for path in (journal_path(out), frames_dir(out)):
            kept = path.with_name(path.name + ".kept")
            shutil.rmtree(kept, ignore_errors=True) if kept.is_dir() else kept.unlink(missing_ok=True)
            path.rename(kept)
    discard_journal(out)
    _report(out, built)
    _offer_secrets(built, store)
    return EXIT_OK


def record_command(args) -> int:
    out = Path(args.out)
    name = getattr(args, "name", None)
    store = getattr(args, "store_secrets", "ask")
    if getattr(args, "recover", False):
        from recorders.journal import journal_path

        if not journal_path(out).exists():
            print(f"error: there is no journal to recover for {out} ({journal_path(out)})", file=sys.stderr)
            return EXIT_INVALID
        return _finish(out, _reader(), {}, name, store, getattr(args, "keep_journal", False))

    from recorders.journal import journal_path

    if journal_path(out).exists():
        print(f"error: {journal_path(out)} holds an unfinished recording; rebuild it with "
              f"`record --recover {out}` or delete it first", file=sys.stderr)
        return EXIT_INVALID
    from recipes.desktop.screen import X11Screen
    from recorders.ring import FrameRing
    from recorders.session import RecordingSession
    from recorders.x11 import X11Recorder

    stop_keys = getattr(args, "stop_keys", None) or DEFAULT_STOP_KEYS
    reader = _reader()
    stop_early = []
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
    ring = FrameRing(X11Screen()).start()
    session = RecordingSession(out, X11Recorder(ignore_pids={os.getpid()}), ring=ring,
                               reader=reader, stop_keys=stop_keys)
    signal.signal(signal.SIGINT, lambda *_: session.request_stop())
    signal.signal(signal.SIGTERM, lambda *_: session.request_stop())
    session.start()
    print(f"recording into {out}; stop with {stop_keys}, Ctrl+C or SIGTERM", flush=True)
    while not session.wait(0.2):
        pass
    print("stopping; building the recipe ...", flush=True)
    session.finish()
    for err in session.errors:
        print(f"warning: {err}", file=sys.stderr)
    return _finish(out, reader, session.secrets, name, store, getattr(args, "keep_journal", False))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="record", description="record a recipe")
    add_arguments(p)
    return record_command(p.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
