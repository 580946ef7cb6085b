"""Reading and writing recipe files for the workbench (no Qt).

Uses the project's `recipes.fileformat` where it exists (line numbers in errors, comments kept);
until then a small fallback with the same shape: `load(path) -> Recipe`, `dump(recipe) -> str`,
and `save(recipe, path)` which writes atomically (temporary file, fsync, rename), so a failed
save never leaves a half-written recipe behind.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

from pydantic import ValidationError

from recipes.errors import RecipeFormatError
from recipes.model import Recipe

try:  # the lead's file format module, once it lands
    from recipes import fileformat as _ff  # type: ignore
except Exception:  # pragma: no cover - depends on what has landed
    _ff = None

_KEY_ORDER = ("schema_version", "name", "description", "baseline_seconds", "inputs",
              "credentials", "steps", "id", "action")


def _ordered(value):
    if isinstance(value, dict):
        keys = sorted(value, key=lambda k: (_KEY_ORDER.index(k) if k in _KEY_ORDER else 99))
        return {k: _ordered(value[k]) for k in keys}
    if isinstance(value, (list, tuple)):
        return [_ordered(v) for v in value]
    return value


def _yaml():
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.default_flow_style = None
    yaml.allow_unicode = True
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def dump(recipe: Recipe) -> str:
    """The recipe as YAML text."""
    if _ff is not None and hasattr(_ff, "dump_recipe"):
        return _ff.dump_recipe(recipe)
    data = recipe.model_dump(mode="json", exclude_defaults=True)
    data["schema_version"] = recipe.schema_version
    data = _ordered(data)
    buf = io.StringIO()
    _yaml().dump(data, buf)
    return buf.getvalue()


def loads(text: str, path: Path | None = None) -> Recipe:
    """A recipe from YAML text (used for autosave files too)."""
    try:
        data = _yaml().load(text)
    except Exception as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise RecipeFormatError(f"not valid YAML: {exc}", path, None if line is None else line + 1)
    if not isinstance(data, dict):
        raise RecipeFormatError("a recipe must be a mapping with name and steps", path, 1)
    try:
        return Recipe.model_validate(_plain(data))
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise RecipeFormatError(f"{where}: {err['msg']}", path)


def _plain(value):
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def load(path: Path) -> Recipe:
    path = Path(path)
    if _ff is not None and hasattr(_ff, "load_recipe"):
        doc = _ff.load_recipe(path)
        return getattr(doc, "recipe", doc)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RecipeFormatError(f"cannot read the file: {exc.strerror}", path)
    return loads(text, path)


def write_atomic(path: Path, text: str) -> None:
    """Write text so that the file is either the old one or the new one, never half of each."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def save(recipe: Recipe, path: Path) -> None:
    """Validate, dump and write the recipe atomically."""
    Recipe.model_validate(recipe.model_dump())  # a recipe that is not valid is never written
    write_atomic(Path(path), dump(recipe))
