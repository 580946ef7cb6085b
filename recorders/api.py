"""Starting, pausing and stopping a recording: the few calls the workbench and the CLI need.

    from recorders.api import start_recording, stop_recording, recover_recording

    session = start_recording(Path("opret_sag.yaml"), ignore_pids={os.getpid()})
    session.pause(); ...; session.resume()      # around a replay by the workbench
    session.gestures()                          # the steps so far, for a live list (no anchors)
    result = stop_recording(session)            # builds, writes recipe + images, drops journal
    result.recipe, result.notes, result.unsure  # unsure: steps kept secret without proof
    keep_secrets(result, decide)                # the passwords typed, into the keyring

The session calls `on_stop` (from a backend thread) when the person presses the stop hotkey;
a Qt caller should hop to its own thread (a queued signal) and call `stop_recording` there.
Nothing here imports Qt.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from recorders.journal import UnfinishedRecording, discard_journal, frames_dir, journal_path
from recorders.session import DEFAULT_STOP_KEYS, RecordingSession
from recorders.steps import Built

__all__ = ["UnfinishedRecording", "KeptSecret", "default_reader", "keep_secrets",
           "new_recording", "recover_recording", "start_recording", "stop_recording"]


@dataclass
class KeptSecret:
    """What became of a password typed while recording: stored in the keyring, or not (then
    `error` says why where the keyring refused it)."""

    name: str
    username: str | None
    stored: bool
    error: str | None = None


def keep_secrets(built: Built, decide: Callable[[str, str | None], bool],
                 secrets=None) -> list[KeptSecret]:
    """Store the passwords typed while recording (`built.secrets`) in the keyring where
    `decide(name, username)` says so, and forget them. The one way both `main.py record` and the
    workbench keep them; `secrets` (a `recipes.ports.Secrets`) defaults to the OS keyring."""
    kept = []
    for name, (username, password) in list(built.secrets.items()):
        if not decide(name, username):
            kept.append(KeptSecret(name, username, False))
            continue
        try:
            if secrets is None:
                from recipes.desktop.secrets import KeyringSecrets

                secrets = KeyringSecrets()
            secrets.set(name, username, password)
            kept.append(KeptSecret(name, username, True))
        except Exception as e:
            kept.append(KeptSecret(name, username, False, str(e) or type(e).__name__))
    built.secrets.clear()
    return kept


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

    `backend` and `screen` default to this desktop's (recipes.desktop.platform); tests pass a `SyntheticRecorder` and a fake
    screen. `launch` is a program to start once recording runs; the recipe then starts with a
    `launch` step, so that it replays on a desktop where the program is not open yet.
    Raises `UnfinishedRecording` where a journal for `out` is left from a crash."""
    session = new_recording(out, ignore_pids=ignore_pids, ignore_windows=ignore_windows,
                            stop_keys=stop_keys, reader=reader, on_stop=on_stop, backend=backend,
                            screen=screen, launch=launch)
    session.start()
    if launch:
        import subprocess

        subprocess.Popen(list(launch), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)
    return session


def new_recording(out: Path | str, *, ignore_pids: set[int] | None = None,
                  ignore_windows: set[int] | None = None, stop_keys: str | None = DEFAULT_STOP_KEYS,
                  reader: Callable | None = None, on_stop: Callable[[], None] | None = None,
                  backend=None, screen=None, launch: list[str] | None = None) -> RecordingSession:
    """A recording session on this desktop, not started yet (`session.start()` starts it).
    Raises `UnfinishedRecording` where a journal for `out` is left from a crash."""
    out = Path(out)
    if journal_path(out).exists():
        raise UnfinishedRecording(out)
    from recipes.desktop import platform

    if backend is None:
        module, name = platform.RECORDER_BACKEND.split(":")
        backend = getattr(importlib.import_module(module), name)(
            ignore_pids=ignore_pids, ignore_windows=ignore_windows)
    if screen is None:
        screen = platform.screen()
    from recorders.ring import FrameRing

    ring = FrameRing(screen).start()
    return RecordingSession(out, backend, ring=ring, reader=reader, stop_keys=stop_keys,
                            on_stop=on_stop, header={"launch": list(launch)} if launch else None)


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
    if built.recipe.steps:  # a recording of nothing writes no empty recipe (nor over one)
        write_built(out, built)
        try:
            from recorders.full_screens import keep_full_screens

            # Full-size copies of the step screenshots, for placing anchors precisely in the
            # editor.
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
