"""From a journal to files: build the recipe of a recording and write it with its images.

The same path serves a recording that ended normally and `record --recover` after a crash or a
kill: the recipe is always built from the journal, so both give the same recipe. Images are
written first (each atomically), the recipe file last (atomically), so a recipe never names an
image that is not there.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import cv2

from recipes.fileformat import atomic_write_bytes, save_recipe
from recipes.private import private_file, private_folder
from recorders.journal import read_journal
from recorders.steps import Built, RecordedFrame, build_recipe


def assets_dir_name(out: Path) -> str:
    return f"{out.stem}_assets"


def _loader(seq: int, file: Path, origin: tuple[int, int]) -> Callable[[], RecordedFrame]:
    def load() -> RecordedFrame:
        pixels = cv2.imread(str(file), cv2.IMREAD_COLOR)
        if pixels is None:
            raise OSError(f"the screenshot {file} cannot be read")
        return RecordedFrame(seq, pixels, origin)

    return load


def rebuild(out: Path | str, reader: Callable | None = None, secrets: dict[int, str] | None = None,
            name: str | None = None) -> Built:
    """The recipe of the recording journalled for `out` (FileNotFoundError without a journal)."""
    out = Path(out)
    contents = read_journal(out)
    frames = {seq: _loader(seq, file, origin) for seq, (_t, file, origin) in contents.frames.items()}
    labels = {seq: f["label"] for seq, f in contents.fields.items() if f.get("label")}
    unsure = {seq for seq, f in contents.fields.items() if f.get("unsure")}
    built = build_recipe(contents.events, frames, name or out.stem, assets_dir_name(out),
                         reader=reader, secrets=secrets, field_labels=labels, unsure=unsure,
                         launch=contents.header.get("launch"),
                         stopped_by_signal=contents.stopped_why == "signal")
    if not contents.stopped:
        from recorders.steps import Note

        built.notes.append(Note("rebuilt"))
    return built


def write_built(out: Path | str, built: Built) -> None:
    """Write the images, then the recipe, all readable by their owner only (0600, the images'
    folder 0700): what a recording writes may show more than its author meant to share."""
    out = Path(out)
    for rel, data in built.assets.items():
        file = out.parent / rel
        if file.parent != out.parent:
            private_folder(file.parent)
        atomic_write_bytes(file, data)
        private_file(file)
    save_recipe(built.recipe, out)
    private_file(out)
