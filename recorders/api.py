"""Starting, pausing and stopping a recording: the few calls the workbench and the CLI need.

    from recorders.api import start_recording, stop_recording, recover_recording

    session = start_recording(Path("opret_sag.yaml"), ignore_pids={os.getpid()})
    session.pause(); ...; session.resume()      # around a replay by the workbench
    session.gestures()                          # the steps so far, for a live list (no anchors)
    result = stop_recording(session)            # builds, writes recipe + images, drops journal
    result.recipe, result.notes, result.secrets # secrets: offer them to the keyring, then forget

The session calls `on_stop` (from a backend thread) when the person presses the stop hotkey;
a Qt caller should hop to its own thread (a queued signal) and call `stop_recording` there.
Nothing here imports Qt.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from recorders.journal import discard_journal, frames_dir, journal_path
from recorders.session import DEFAULT_STOP_KEYS, RecordingSession
from recorders.steps import Built


class UnfinishedRecording(Exception):
    """A journal of an earlier recording to this file is still there: recover it or delete it."""


def default_reader() -> Callable | None:
    """The OCR for text anchors and masking (`recipes.ocr`), or None where Tesseract is missing
    (then no picture can be masked, so none is kept, and steps act at recorded points)."""
    try:
        from recipes.ocr import default_engine

        return default_engine().words
    except Exception:
        return None


def start_recording(out: Path | str, *, ignore_pids: set[int] | None = None,
                    ignore_windows: set[int] | None = None, stop_keys: str | None = DEFAULT_STOP_KEYS,
                    reader: Callable | None = None, on_stop: Callable[[], None] | None = None,
                    backend=None, screen=None, launch: list[str] | None = None) -> RecordingSession:
    """Start recording on this desktop into `out` (its journal is written as events arrive).

    `backend` and `screen` default to the X11 ones; tests pass a `SyntheticRecorder` and a fake
    screen. `launch` is a program to start once recording runs; the recipe then starts with a
    `launch` step, so that it replays on a desktop where the program is not open yet.
    Raises `UnfinishedRecording` where a journal for `out` is left from a crash."""
    out = Path(out)
    if journal_path(out).exists():
        raise UnfinishedRecording(
            f"{journal_path(out)} holds an unfinished recording; recover it "
            f"(`record --recover {out}`) or delete it first")
    if backend is None:
        from recorders.x11 import X11Recorder

        backend = X11Recorder(ignore_pids=ignore_pids, ignore_windows=ignore_windows)
    if screen is None:
        from recipes.desktop.screen import X11Screen

        screen = X11Screen()
    from recorders.ring import FrameRing

    ring = FrameRing(screen).start()
    session = RecordingSession(out, backend, ring=ring, reader=reader, stop_keys=stop_keys,
                               on_stop=on_stop, header={"launch": list(launch)} if launch else None)
    session.start()
    if launch:
        import subprocess

        subprocess.Popen(list(launch), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)
    return session


def stop_recording(session: RecordingSession, name: str | None = None,
                   keep_journal: bool = False,
                   before_discard: Callable[[Path, Built], None] | None = None) -> Built:
    """End the recording and write the recipe and its images. On an error the journal is kept
    (nothing is lost) and the error is raised; `recover_recording` can try again later.
    `before_discard(out, built)` runs while the journal's full screenshots are still there (the
    workbench keeps full-resolution copies for its anchor editor); its errors are ignored."""
    session.finish()
    return _write(session.out, session.reader, session.secrets, name, keep_journal, before_discard)


def recover_recording(out: Path | str, reader: Callable | None = None, name: str | None = None,
                      keep_journal: bool = False) -> Built:
    """Rebuild the recipe of a crashed or killed recording from its journal, and write it.
    Raises FileNotFoundError where there is no journal."""
    out = Path(out)
    if not journal_path(out).exists():
        raise FileNotFoundError(journal_path(out))
    return _write(out, reader, {}, name, keep_journal)


def _write(out: Path, reader, secrets: dict[int, str], name: str | None, keep: bool,
           before_discard=None) -> Built:
    from recorders.output import rebuild, write_built

    built = rebuild(out, reader, secrets=secrets, name=name)
    write_built(out, built)
    try:
        from recorders.full_screens import keep_full_screens

        # Full-size copies of the step screenshots, for placing anchors precisely in the editor.
        keep_full_screens(out, built.recipe)
    except Exception:  # a nicety: the thumbnails are there
        pass
    if before_discard is not None:
        try:
            before_discard(out, built)
        except Exception:  # a nicety of the caller's must not cost the recording
            pass
    if keep:
        import shutil

        for path in (journal_path(out), frames_dir(out)):
            kept = path.with_name(path.name + ".kept")
            if kept.is_dir():
                shutil.rmtree(kept, ignore_errors=True)
            else:
                kept.unlink(missing_ok=True)
            path.rename(kept)
    discard_journal(out)
    return built
