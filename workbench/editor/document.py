"""An open recipe in the workbench: the pure Recipe, its file, its undo stack and its autosave.

Every edit goes through `push(command)`; the document applies it to the pure recipe and tells
listeners (the steps table model first) exactly what changed. Unsaved work is written to a side file
under WORKBENCH_HOME/autosave a moment after each edit, and removed on save; `pending_autosave`
finds one left behind by a crash so the window can offer to restore it.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from recipes.model import Recipe
from workbench import recipe_io
from workbench.editor.commands import Change, Command
from workbench.paths import autosave_folder
from workbench.editor.undo import UndoCommand


def autosave_path(recipe_path: Path) -> Path:
    key = hashlib.sha1(str(Path(recipe_path).resolve()).encode()).hexdigest()[:16]
    return autosave_folder() / f"{key}.yaml"


def pending_autosave(recipe_path: Path) -> Path | None:
    """An autosave of unsaved edits newer than the recipe file, if a crash left one."""
    side = autosave_path(recipe_path)
    if not side.exists():
        return None
    try:
        if Path(recipe_path).exists() and side.stat().st_mtime < Path(recipe_path).stat().st_mtime:
            return None
    except OSError:
        return None
    return side


# The pictures of a recording into a recipe (workbench.recording.controller): beside it, named
# after it and the recording's number.
RECORDING_ASSETS = "{0}_optagelse_{1}_assets"


class RecipeDocument(QObject):
    aboutToChange = Signal(object)  # Change
    changed = Signal(object)  # Change
    dirtyChanged = Signal(bool)
    saved = Signal(str)

    def __init__(self, recipe: Recipe, path: Path | None = None, parent=None, tree=None):
        super().__init__(parent)
        self.recipe = recipe
        self.tree = tree  # the YAML it was loaded from: saving keeps the author's comments
        self.path = Path(path) if path else None
        self.recorded_seconds: float | None = None   # a whole case recorded into it, pauses left out
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._autosave = QTimer(self, singleShot=True, interval=1500)
        self._autosave.timeout.connect(self.autosave_now)

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            # Undone back to what the file holds: an autosave of the edits in between would be
            # offered as "unsaved changes" that are not there (issue 13, item 5).
            self._autosave.stop()
            self.discard_autosave()
        self.dirtyChanged.emit(not clean)

    @classmethod
    def open(cls, path: Path, parent=None) -> "RecipeDocument":
        loaded = recipe_io.load_document(path)
        return cls(loaded.recipe, path, parent, tree=loaded.tree)

    @property
    def folder(self) -> Path | None:
        return self.path.parent if self.path else None

    @property
    def dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def push(self, command: Command) -> None:
        self.undo_stack.push(UndoCommand(self, command))

    def apply(self, command: Command, undo: bool) -> None:
        change: Change = command.effect(undo)
        self.aboutToChange.emit(change)
        (command.undo if undo else command.redo)(self.recipe)
        self.changed.emit(change)
        if self.path is not None:
            self._autosave.start()

    def resolve(self, relative: str | None) -> Path | None:
        """A path in the recipe (screenshot, image anchor) as a file on disk."""
        if not relative:
            return None
        p = Path(relative)
        if p.is_absolute():
            return p
        return (self.folder / p) if self.folder else p

    # -- saving --------------------------------------------------------------------------------
    def save(self, path: Path | None = None) -> None:
        """Atomic save; on any error the file on disk is unchanged and the error is raised."""
        path = Path(path) if path else self.path
        if path is None:
            raise ValueError("no file name")
        recipe_io.save(self.recipe, path, self.tree)
        self.path = path
        self.tree = recipe_io.load_document(path).tree
        self.undo_stack.setClean()
        self.discard_autosave()
        self.drop_unused_recordings()
        self.saved.emit(str(path))

    def drop_unused_recordings(self) -> list[Path]:
        """Delete the picture folders of recordings into this recipe (`RECORDING_ASSETS`) that
        the recipe on disk does not use: a recording undone, or its steps discarded. Called as
        the recipe is saved or closed; returns the folders deleted."""
        import shutil

        from recipes.content_hash import asset_paths

        if self.path is None or not self.path.exists():
            return []
        try:
            used = asset_paths(recipe_io.load_document(self.path).recipe)
        except Exception:   # noqa: BLE001 - a file that does not load: touch nothing
            return []
        used_dirs = {Path(p).parts[0] for p in used if len(Path(p).parts) > 1}
        dropped = []
        for folder in self.folder.glob(RECORDING_ASSETS.format(self.path.stem, "*")):
            if folder.is_dir() and folder.name not in used_dirs:
                shutil.rmtree(folder, ignore_errors=True)
                dropped.append(folder)
        return dropped

    def autosave_now(self) -> None:
        if self.path is None or not self.dirty:
            return
        side = autosave_path(self.path)
        try:
            from recipes.private import private_file

            recipe_io.write_atomic(side, recipe_io.dump(self.recipe, self.tree))
            meta = {"path": str(self.path), "time": time.time()}
            recipe_io.write_atomic(side.with_suffix(".json"), json.dumps(meta))
            for written in (side, side.with_suffix(".json")):
                private_file(written)
        except Exception:
            pass  # autosave must never disturb the person editing

    def discard_autosave(self) -> None:
        if self.path is None:
            return
        side = autosave_path(self.path)
        for p in (side, side.with_suffix(".json")):
            p.unlink(missing_ok=True)

    def restore_from(self, side: Path) -> None:
        """Replace the recipe by the autosaved one, as one undoable edit (the file stays as it is)."""
        restored = recipe_io.loads(side.read_text(encoding="utf-8"))
        self.undo_stack.beginMacro("Gendan autogemte ændringer")
        for field in ("name", "description", "baseline_seconds", "inputs", "credentials", "steps"):
            value = getattr(restored, field)
            if value != getattr(self.recipe, field):
                self.push(_ResetField(field, value))
        self.undo_stack.endMacro()


class _ResetField(Command):
    """Replaces a whole recipe field (also `steps`), announced as a reset."""

    def __init__(self, field, value):
        self.field, self.value, self.text = field, value, "Gendan"
        self.old = None

    def redo(self, recipe):
        if self.old is None:
            self.old = getattr(recipe, self.field)
        setattr(recipe, self.field, self.value)

    def undo(self, recipe):
        setattr(recipe, self.field, self.old)

    def effect(self, undo):
        return Change("reset")
