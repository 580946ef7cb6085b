"""Reading and writing recipe files for the workbench (no Qt), through `recipes.fileformat`.

`load(path)` gives the fileformat's document (the typed recipe plus the YAML tree, so that saving
keeps a person's comments); `save(recipe, path, tree)` validates first and writes atomically, so a
failed save never leaves a half-written or changed file behind.
"""

from __future__ import annotations

from pathlib import Path

from recipes import fileformat
from recipes.errors import RecipeFormatError, RecipeProblems
from recipes.model import Recipe

FormatErrors = (RecipeFormatError, RecipeProblems)


def load_document(path: Path) -> fileformat.RecipeDocument:
    return fileformat.load_recipe(Path(path))


def load(path: Path) -> Recipe:
    return load_document(path).recipe


def loads(text: str, path: Path | None = None) -> Recipe:
    """A recipe from YAML text (autosave files)."""
    return fileformat.parse_recipe(text, path).recipe


def dump(recipe: Recipe, tree=None) -> str:
    return fileformat.dump_recipe(recipe, tree)


def write_atomic(path: Path, text: str) -> None:
    fileformat.atomic_write_bytes(Path(path), text.encode("utf-8"))


def problems(recipe: Recipe) -> list[RecipeFormatError]:
    """What the types cannot see (unique ids, known placeholders, declared credentials): a file
    with such a problem would not load again, so it is never written."""
    return fileformat.cross_check(recipe)


def save(recipe: Recipe, path: Path, tree=None) -> None:
    """Validate (a recipe that is not valid is never written), then write atomically."""
    Recipe.model_validate(recipe.model_dump())
    found = problems(recipe)
    if found:
        raise RecipeProblems(found)
    fileformat.save_recipe(recipe, Path(path), tree)
