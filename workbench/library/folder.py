"""The recipe library: a folder of recipe files, with new, duplicate, rename and a recoverable trash.

No Qt here. A recipe is either a loose `NAME.yaml` in the library folder, or a folder of its own
(`NAME/NAME.yaml` with its anchor images beside it); duplicate, rename and delete carry the whole
folder in the second case so that relative image paths keep working. Deleted recipes go to
`.papirkurv/` (the trash) inside the library and can be restored from there.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from recipes.model import Recipe
from workbench import recipe_io

TRASH = ".papirkurv"


def slug(name: str) -> str:
    """A file name from a recipe name: `Godkend besked` -> `godkend_besked`."""
    from recipes.names import slug as plain

    return plain(name) or "opskrift"


@dataclass
class LibraryEntry:
    path: Path
    name: str
    description: str = ""
    steps: int = 0
    error: str | None = None  # set when the file could not be read
    last_run: float | None = None  # epoch seconds
    last_outcome: str | None = None  # e.g. "passed", "failed", "rejected", "aborted"
    modified: float = 0.0
    # Four eyes (recipes.approvals): "approved", "changed" (since it was approved), "none" (never
    # approved), "invalid" (an approval that does not verify); with who approved this version.
    approval: str | None = None
    approved_by: tuple[str, ...] = ()


# (path, recipe name) -> (epoch seconds, outcome) of the last run, or None; from the history.
LastRun = Callable[[Path, str], "tuple[float, str] | None"]


class RecipeLibrary:
    def __init__(self, folder: Path, last_run: LastRun | None = None):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.last_run = last_run

    # The bundled demos as the library holds them: a folder each, with the program the recipe
    # starts (its `launch` runs in the recipe's folder) and its CSV of fictitious cases.
    DEMOS = {
        "kommunesag": ("demo.yaml", "cases.csv", "legacy_app.py", "kommunesag_core.py",
                       "kommunesag_widgets.py"),
        "brugeradmin": None, "lonadmin": None, "faktura": None,   # None: the whole folder
    }

    def add_demos(self, source: Path) -> list[Path]:
        """Copy the bundled demo recipes (resources/demo) into the library, each into a folder
        of its own; a folder already there is left as it is. The recipes that came in."""
        added = []
        for name, files in self.DEMOS.items():
            dest = self.folder / name
            if dest.exists():
                continue
            if files is None:
                shutil.copytree(source / name, dest)
            else:
                dest.mkdir()
                for file in files:
                    shutil.copy2(source / file, dest / file)
                (dest / files[0]).rename(dest / f"{name}.yaml")
            added.append(dest / f"{name}.yaml")
        return added

    # -- reading -------------------------------------------------------------------------------
    def paths(self) -> list[Path]:
        found = [p for p in self.folder.glob("*.yaml")]
        for sub in self.folder.iterdir():
            if sub.is_dir() and not sub.name.startswith("."):
                own = sub / f"{sub.name}.yaml"
                found.extend([own] if own.exists() else sorted(sub.glob("*.yaml"))[:1])
        return sorted(found, key=lambda p: p.stem.lower())

    def entries(self) -> list[LibraryEntry]:
        out = []
        for path in self.paths():
            entry = LibraryEntry(path=path, name=path.stem, modified=path.stat().st_mtime)
            try:
                recipe = recipe_io.load(path)
                entry.name, entry.description, entry.steps = (
                    recipe.name, recipe.description, len(recipe.steps))
                entry.approval, entry.approved_by = approval_of(path, recipe)
            except Exception as exc:  # a broken file must not hide the rest of the library
                entry.error = str(exc)
            if self.last_run is not None:
                try:
                    last = self.last_run(path, entry.name)
                except Exception:
                    last = None
                if last:
                    entry.last_run, entry.last_outcome = last
            out.append(entry)
        return out

    # -- changing ------------------------------------------------------------------------------
    def _own_folder(self, path: Path) -> bool:
        return path.parent != self.folder and path.parent.parent == self.folder

    def _free(self, stem: str) -> str:
        taken = {p.stem for p in self.folder.glob("*.yaml")} | {
            p.name for p in self.folder.iterdir() if p.is_dir()}
        if stem not in taken:
            return stem
        n = 2
        while f"{stem}_{n}" in taken:
            n += 1
        return f"{stem}_{n}"

    def new(self, name: str, description: str = "") -> Path:
        stem = self._free(slug(name))
        folder = self.folder / stem
        folder.mkdir()
        path = folder / f"{stem}.yaml"
        recipe_io.save(Recipe(name=name, description=description), path)
        return path

    def duplicate(self, path: Path, new_name: str) -> Path:
        recipe = recipe_io.load(path)
        stem = self._free(slug(new_name))
        if self._own_folder(path):
            target_dir = self.folder / stem
            # A copy is a new recipe: its approvals and change log stay with the original.
            # Bytes read and written: shutil.copy2 calls CopyFile2 on Windows, which Wine lacks.
            shutil.copytree(path.parent, target_dir, ignore=shutil.ignore_patterns(".approvals"),
                            copy_function=_copy_bytes)
            (target_dir / path.name).rename(target_dir / f"{stem}.yaml")
            new_path = target_dir / f"{stem}.yaml"
        else:
            new_path = self.folder / f"{stem}.yaml"
        recipe_io.save(recipe.model_copy(update={"name": new_name}), new_path)
        return new_path

    def rename(self, path: Path, new_name: str) -> Path:
        """Give the recipe a new name (inside the file) and a matching file/folder name."""
        recipe = recipe_io.load(path)
        recipe.name = new_name
        stem = slug(new_name)
        if self._own_folder(path):
            if stem != path.parent.name:
                stem = self._free(stem)
                new_dir = self.folder / stem
                path.parent.rename(new_dir)
                path = new_dir / path.name
                path = path.rename(new_dir / f"{stem}.yaml")
        elif stem != path.stem:
            stem = self._free(stem)
            path = path.rename(self.folder / f"{stem}.yaml")
        recipe_io.save(recipe, path)
        return path

    def delete(self, path: Path) -> Path:
        """Move the recipe to the trash; returns where it went (for restore)."""
        trash = self.folder / TRASH
        trash.mkdir(exist_ok=True)
        stamp = time.strftime("%Y%m%dT%H%M%S")
        source = path.parent if self._own_folder(path) else path
        dest = trash / f"{stamp}-{source.name}"
        n = 2
        while dest.exists():
            dest = trash / f"{stamp}_{n}-{source.name}"
            n += 1
        shutil.move(str(source), str(dest))
        return dest

    def trashed(self) -> list[Path]:
        trash = self.folder / TRASH
        return sorted(trash.iterdir(), reverse=True) if trash.exists() else []

    def restore(self, trashed: Path) -> Path:
        """Put a trashed recipe back; returns the recipe file's path."""
        original = trashed.name.split("-", 1)[-1]
        original = original[:-5] if original.endswith(".yaml") else original
        stem = self._free(original)
        if trashed.is_dir():
            dest = self.folder / stem
            shutil.move(str(trashed), str(dest))
            yaml_path = dest / f"{original}.yaml"
            if not yaml_path.exists():
                yaml_path = sorted(dest.glob("*.yaml"))[0]
            if stem != original:
                yaml_path = yaml_path.rename(dest / f"{stem}.yaml")
            return yaml_path
        dest = self.folder / f"{stem}.yaml"
        shutil.move(str(trashed), str(dest))
        return dest


def _copy_bytes(source: str, target: str) -> str:
    Path(target).write_bytes(Path(source).read_bytes())
    return target


def approval_of(path: Path, recipe) -> tuple[str, tuple[str, ...]]:
    """What the approvals beside the recipe say of it as it is now (see `LibraryEntry`)."""
    from recipes.approvals import standing

    now = standing(path, recipe)
    codes = {p.code for p in now.problems}
    if now.runnable:
        return "approved", tuple(now.approved_by)
    if codes & {"forged", "revoked"}:
        return "invalid", tuple(now.approved_by)
    if "changed_since_approval" in codes:
        return "changed", ()
    return "none", tuple(now.approved_by)
