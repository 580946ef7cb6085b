"""The recording journal: every raw event appended and flushed as it arrives, so nothing is lost.

`OUT.yaml.journal` is JSON lines; the screenshots it needs go to `OUT.yaml.journal.d/` as PNG files,
each written completely (temporary name, then rename) before the line that names it. Lines:

    {"type": "header", "version": 1, "out": "OUT.yaml", "screen": [w, h], "layout": "dk", ...}
    {"type": "event", "kind": "press", "t": 1.25, "x": 10, "y": 20, "button": "left", "seq": 3}
    {"type": "frame", "seq": 3, "t": 1.19, "file": "f0003.png", "origin": [0, 0]}
    {"type": "field", "seq": 5, "masked": true, "label": "Adgangskode"}
    {"type": "stop", "t": 42.0}

Each line is flushed to the operating system at once (a killed process loses nothing; only a
power cut could lose the last lines, which would cost an fsync per keystroke to prevent).
A password is never written: keys typed into a masked field are journalled as `masked` events
whose key is a bullet. The screenshots are raw (masking needs OCR, which runs when the recipe is
built), so the journal is readable by its owner only (0600, its folder 0700) and is removed once
the recipe is written. `read_journal` ignores a torn last line (a kill in the middle of a write).
A journal is never appended to: a new recording into `OUT.yaml` while an unfinished journal of an
earlier one is there raises `UnfinishedRecording` (recover it or delete it first).
"""

from __future__ import annotations

import json
import os
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from recipes.private import private_file, private_folder
from recorders.events import RawEvent

VERSION = 1


class UnfinishedRecording(Exception):
    """A journal of an earlier recording to this file is still there: recover it or delete it."""

    def __init__(self, out: Path):
        self.out = Path(out)
        self.journal = journal_path(self.out)
        super().__init__(f"{self.journal} holds an unfinished recording; recover it "
                         f"(`record --recover {self.out}`) or delete it first")


def journal_path(out: Path) -> Path:
    return out.with_name(out.name + ".journal")


def frames_dir(out: Path) -> Path:
    return out.with_name(out.name + ".journal.d")


class Journal:
    """Appends to the journal of one recording. Thread-safe: backends call it from their threads."""

    def __init__(self, out: Path, header: dict[str, Any] | None = None):
        self.out = Path(out)
        self.path = journal_path(self.out)
        self.frames = frames_dir(self.out)
        self._lock = threading.Lock()
        try:  # never onto an old recording; owner-only, as the screenshots are not masked yet
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            raise UnfinishedRecording(self.out) from None
        private_file(self.path)
        self._file = open(fd, "w", encoding="utf-8")
        # Screenshots left without their journal belong to no recording: not mixed into this one.
        shutil.rmtree(self.frames, ignore_errors=True)
        private_folder(self.frames)
        self.write({"type": "header", "version": VERSION, "out": self.out.name, **(header or {})})

    def write(self, record: dict[str, Any]) -> None:
        line = json.dumps(record, ensure_ascii=False)
        with self._lock:
            if self._file.closed:
                return
            self._file.write(line + "\n")
            self._file.flush()

    def event(self, ev: RawEvent) -> None:
        self.write({"type": "event", **ev.to_json()})

    def frame(self, seq: int, t: float, pixels: np.ndarray, origin: tuple[int, int] = (0, 0),
              reuse: str | None = None) -> str:
        """Save the screenshot taken before event `seq` (or point at an identical saved one)."""
        name = reuse or f"f{seq:05d}.png"
        if reuse is None:
            import cv2

            ok, png = cv2.imencode(".png", np.ascontiguousarray(pixels),
                                   [cv2.IMWRITE_PNG_COMPRESSION, 1])
            if not ok:
                raise OSError("a screenshot could not be encoded as PNG")
            tmp = self.frames / (name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with open(fd, "wb") as f:
                f.write(png.tobytes())
            os.replace(tmp, self.frames / name)
        self.write({"type": "frame", "seq": seq, "t": round(t, 4), "file": name,
                    "origin": list(origin)})
        return name

    def close(self, stopped_at: float | None = None, why: str = "") -> None:
        if stopped_at is not None:
            self.write({"type": "stop", "t": round(stopped_at, 4), "why": why})
        with self._lock:
            self._file.close()

    def discard(self) -> None:
        """Remove the journal once the recipe is safely written (it may hold personal data)."""
        if not self._file.closed:
            self.close()
        discard_journal(self.out)


def unfinished_journals(folder: Path, pattern: str = "*.yaml") -> list[Path]:
    """The recipe files (OUT.yaml, maybe not there) in `folder` matching `pattern` whose recording
    was not finished: their journal is still there."""
    return sorted(p.with_name(p.name[:-len(".journal")])
                  for p in Path(folder).glob(pattern + ".journal") if p.is_file())


def discard_journal(out: Path) -> None:
    journal_path(Path(out)).unlink(missing_ok=True)
    shutil.rmtree(frames_dir(Path(out)), ignore_errors=True)


@dataclass
class JournalContents:
    header: dict[str, Any]
    events: list[RawEvent]
    frames: dict[int, tuple[float, Path, tuple[int, int]]]  # seq -> (t, file, origin)
    fields: dict[int, dict[str, Any]] = field(default_factory=dict)  # seq -> field facts
    stopped: bool = False
    stopped_why: str = ""  # hotkey | signal | request


def read_journal(out: Path) -> JournalContents:
    """Everything a journal holds. Raises FileNotFoundError when there is none."""
    out = Path(out)
    path = journal_path(out)
    header: dict[str, Any] = {}
    events: list[RawEvent] = []
    frames: dict[int, tuple[float, Path, tuple[int, int]]] = {}
    fields: dict[int, dict[str, Any]] = {}
    stopped, why = False, ""
    with open(path, encoding="utf-8") as f:
        for line in f:
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue  # the torn last line of a killed recorder
            kind = rec.pop("type", None)
            if kind == "header":
                header = rec
            elif kind == "event":
                events.append(RawEvent.from_json(rec))
            elif kind == "frame":
                file = frames_dir(out) / rec["file"]
                if file.exists():
                    frames[rec["seq"]] = (rec["t"], file, tuple(rec.get("origin", (0, 0))))
            elif kind == "field":
                fields[rec["seq"]] = rec
            elif kind == "stop":
                stopped, why = True, rec.get("why", "")
    events.sort(key=lambda e: e.seq)
    return JournalContents(header, events, frames, fields, stopped, why)
