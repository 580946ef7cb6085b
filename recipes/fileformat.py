"""Reading, checking and writing recipe files (plain UTF-8 YAML, see RECIPE_FORMAT.md).

Loading keeps the YAML tree (ruamel round-trip) beside the typed `Recipe`, so that saving an
edited recipe writes the new values into the old tree: comments and key order a person wrote
survive. Every problem is reported with the file and line it is on. Files of an older
`schema_version` are migrated (see `recipes.migrations`) before validation; a newer one is a clear
error. Writes are atomic: a crash leaves either the old file or the new one, never half of one.
"""

from __future__ import annotations

import io
import os
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from recipes import migrations
from recipes.errors import RecipeFormatError, RecipeProblems
from recipes.validation_messages import describe_validation, line_of
from recipes.yaml_checks import refuse_alias_bombs, syntax_error
from recipes.model import (
    SCHEMA_VERSION, ReadTextStep, Recipe, TypeStep, placeholders,
    step_texts,
)

# Placeholders every run provides besides the recipe's inputs and read_text variables.
BUILTIN_VALUES = ("recipe_dir", "row_number", "python")


@dataclass
class RecipeDocument:
    """A recipe as loaded from a file: the typed recipe and the YAML tree it came from."""

    recipe: Recipe
    path: Path | None = None
    tree: CommentedMap | None = None
    migrated_from: int | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def base_dir(self) -> Path:
        return self.path.resolve().parent if self.path else Path.cwd()


def _yaml() -> YAML:
    y = YAML(typ="rt")
    y.preserve_quotes = True
    y.width = 100
    y.indent(mapping=2, sequence=4, offset=2)
    return y


def load_recipe(path: Path | str) -> RecipeDocument:
    """Read and validate a recipe file. Raises RecipeFormatError or RecipeProblems."""
    path = Path(path)
    if path.is_dir():  # Windows says "Permission denied" when a folder is read as a file
        raise RecipeFormatError("this is a folder, not a recipe file", path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise RecipeFormatError("the file does not exist", path) from None
    except IsADirectoryError:
        raise RecipeFormatError("this is a folder, not a recipe file", path) from None
    except OSError as e:
        raise RecipeFormatError(f"the file cannot be read ({e.strerror})", path) from None
    return parse_recipe(recipe_text(raw, path), path)


SAVE_AS_UTF8 = "save it as UTF-8 (in Notepad: File > Save As, Encoding: UTF-8)"


def recipe_text(raw: bytes, path: Path | None = None) -> str:
    """The text of a recipe file's bytes: UTF-8 (with or without a byte order mark), or UTF-16
    with its mark (Notepad's "Unicode") or without one (as some tools and PowerShell write it)."""
    marked = raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    utf16 = "utf-16" if marked else _utf16_without_mark(raw)
    if utf16:
        try:
            text = raw.decode(utf16)
        except UnicodeDecodeError:
            raise RecipeFormatError(f"the file is UTF-16 text that cannot be read; {SAVE_AS_UTF8}",
                                    path) from None
        if any(c < " " and c not in "\t\r\n" for c in text[:4096]):
            raise RecipeFormatError("this is a binary file, not a recipe (YAML text)", path)
        return text
    if b"\x00" in raw[:8192]:
        raise RecipeFormatError("this is a binary file, not a recipe (YAML text)", path)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise RecipeFormatError(
            f"the file is not UTF-8 text (perhaps saved in the Windows code page, \"ANSI\"); "
            f"{SAVE_AS_UTF8}", path, line) from None


def _utf16_without_mark(raw: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' where the bytes are UTF-16 without a byte order mark: a recipe is
    mostly letters below U+0100 (Danish ones too), so one byte of nearly every pair is NUL."""
    head = raw[:1024]
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even, odd = head[0:pairs * 2:2], head[1:pairs * 2:2]
    for zeros, letters, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.9 * pairs and letters.count(0) == 0:
            return codec
    return None


def parse_recipe(text: str, path: Path | str | None = None) -> RecipeDocument:
    """Validate recipe text. `path` is used in messages and to resolve relative files."""
    path = Path(path) if path is not None else None
    if not text.strip():
        raise RecipeFormatError("the file is empty; a recipe needs at least `name` and `steps`", path)
    try:
        tree = _yaml().load(text)
    except MarkedYAMLError as e:
        line, what = syntax_error(e)
        raise RecipeFormatError(f"the YAML cannot be read: {what}", path, line) from None
    except YAMLError as e:
        raise RecipeFormatError(f"the YAML cannot be read: {e}", path) from None
    except RecursionError:
        raise RecipeFormatError("the YAML cannot be read: it is nested too deeply", path) from None
    refuse_alias_bombs(tree, path)
    if not isinstance(tree, CommentedMap):
        raise RecipeFormatError(
            "the top of a recipe must be a mapping with `name`, `steps` and so on", path, 1)

    version = tree.get("schema_version", SCHEMA_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise RecipeFormatError("schema_version must be a whole number such as 1", path,
                                line_of(tree, ("schema_version",)))
    if version > SCHEMA_VERSION:
        raise RecipeFormatError(
            f"this recipe has schema_version {version}, made by a newer version of the workbench "
            f"than this one (which reads up to {SCHEMA_VERSION}); update the workbench",
            path, line_of(tree, ("schema_version",)))
    migrated_from = None
    if version < SCHEMA_VERSION:
        migrated_from = version
        tree = migrations.migrate(tree, version, SCHEMA_VERSION)

    try:
        recipe = Recipe.model_validate(_plain(tree))
    except ValidationError as e:
        raise RecipeProblems(describe_validation(e, tree, path)) from None
    problems = cross_check(recipe, tree, path)
    if problems:
        raise RecipeProblems(problems)
    return RecipeDocument(recipe=recipe, path=path, tree=tree, migrated_from=migrated_from)


def cross_check(recipe: Recipe, tree: CommentedMap | None = None,
                path: Path | None = None) -> list[RecipeFormatError]:
    """What types alone cannot see: unique ids, known placeholders, declared credentials, and
    a checkpoint before every decision."""
    from recipes.decisions import describe, uncovered_decisions

    problems: list[RecipeFormatError] = []
    for n, step in enumerate(recipe.steps):
        if step.decision and step.action == "checkpoint":
            problems.append(RecipeFormatError(
                f"{step.label(n + 1)}: a checkpoint asks a person, it cannot itself be a decision "
                "(remove `decision: true`; mark the step that writes the decision instead)", path,
                line_of(tree, ("steps", n, "decision")) if tree is not None else None))
    for gap in uncovered_decisions(recipe):
        line = line_of(tree, ("steps", gap.step, "decision")) if tree is not None else None
        problems.append(RecipeFormatError(describe(recipe, gap), path, line))
    seen_ids: dict[str, int] = {}
    known = {i.name for i in recipe.inputs} | set(BUILTIN_VALUES)
    for n, step in enumerate(recipe.steps):
        line = line_of(tree, ("steps", n)) if tree is not None else None
        where = f"step {n + 1}" + (f" '{step.id}'" if step.id else "")
        if step.id is not None:
            if step.id in seen_ids:
                problems.append(RecipeFormatError(
                    f"{where}: the id '{step.id}' is already used by step {seen_ids[step.id] + 1}; "
                    "ids must be unique", path, line))
            seen_ids.setdefault(step.id, n)
        for text in step_texts(step):
            for name in placeholders(text):
                if name not in known:
                    problems.append(RecipeFormatError(
                        f"{where}: the placeholder {{{name}}} is neither an input of the recipe nor "
                        "read by an earlier read_text step; add it under `inputs`", path, line))
        if isinstance(step, TypeStep) and step.secret is not None:
            if recipe.credential(step.secret) is None:
                problems.append(RecipeFormatError(
                    f"{where}: the secret '{step.secret}' is not declared under `credentials`",
                    path, line))
        if isinstance(step, ReadTextStep):
            known.add(step.into)
    return problems


def check_assets(doc: RecipeDocument) -> list[RecipeFormatError]:
    """Image anchors and patches must exist and be readable PNG files next to the recipe."""
    problems: list[RecipeFormatError] = []
    for n, step in enumerate(doc.recipe.steps):
        for key in ("target", "to"):
            target = getattr(step, key, None)
            if target is None:
                continue
            for attr in ("image", "patch"):
                rel = getattr(target, attr)
                if rel is None:
                    continue
                line = line_of(doc.tree, ("steps", n, key, attr))
                file = (doc.base_dir / rel)
                where = f"step {n + 1}" + (f" '{step.id}'" if step.id else "")
                if not file.is_file():
                    problems.append(RecipeFormatError(
                        f"{where}: the {attr} file '{rel}' is missing (looked for {file}); "
                        "record the anchor again or fix the path", doc.path, line))
                elif not _is_png(file):
                    problems.append(RecipeFormatError(
                        f"{where}: the {attr} file '{rel}' is not a PNG image", doc.path, line))
    return problems


def _is_png(file: Path) -> bool:
    try:
        with file.open("rb") as f:
            return f.read(8) == b"\x89PNG\r\n\x1a\n"
    except OSError:
        return False


# ---------------------------------------------------------------------------------------------
# Writing

_FIRST_KEYS = ("schema_version", "name", "description", "approvals_required", "baseline_seconds",
               "baseline", "seconds", "source", "inputs", "credentials", "steps", "id", "action")


def recipe_data(recipe: Recipe) -> dict[str, Any]:
    """The recipe as plain data, defaults left out, `schema_version` always written."""
    data = recipe.model_dump(mode="json", exclude_defaults=True)
    data["schema_version"] = recipe.schema_version
    data["steps"] = [
        {"action": s.action, **s.model_dump(mode="json", exclude_defaults=True)}
        for s in recipe.steps
    ]
    if not data["steps"]:
        data["steps"] = []
    return _ordered(data)


def _ordered(value: Any) -> Any:
    if isinstance(value, dict):
        keys = sorted(value, key=lambda k: (_FIRST_KEYS.index(k) if k in _FIRST_KEYS else 99))
        return {k: _ordered(value[k]) for k in keys}
    if isinstance(value, list):
        return [_ordered(v) for v in value]
    return value


def dump_recipe(recipe: Recipe, tree: CommentedMap | None = None) -> str:
    """YAML text of a recipe. Given the tree it was loaded from, comments and order survive."""
    new = recipe_data(recipe)
    merged = _merge(tree, new) if tree is not None else _to_yaml(new)
    buf = io.StringIO()
    _yaml().dump(merged, buf)
    return buf.getvalue()


def save_recipe(recipe: Recipe, path: Path | str, tree: CommentedMap | None = None,
                backup: bool = False) -> None:
    """Write atomically: to a temporary file in the same folder, fsync, then rename over."""
    path = Path(path)
    text = dump_recipe(recipe, tree)
    if backup and path.exists():
        bak = path.with_name(path.name + f".v{_version_on_disk(path)}.bak")
        if not bak.exists():
            atomic_write_bytes(bak, path.read_bytes())
    atomic_write_bytes(path, text.encode("utf-8"))
    from recipes.audit import record_save

    record_save(path, recipe)


def save_document(doc: RecipeDocument, path: Path | str | None = None) -> None:
    target = Path(path) if path is not None else doc.path
    if target is None:
        raise ValueError("the recipe has no file name yet")
    save_recipe(doc.recipe, target, doc.tree, backup=doc.migrated_from is not None)
    doc.path = target
    doc.tree = _yaml().load(dump_recipe(doc.recipe, doc.tree))
    doc.migrated_from = None


def _version_on_disk(path: Path) -> str:
    try:
        tree = _yaml().load(path.read_text("utf-8"))
        return str(tree.get("schema_version", "1"))
    except Exception:  # an unreadable old file still gets a backup, under a neutral name
        return "old"


def _mode_for(path: Path) -> int:
    """The permissions the written file gets: those it had, else what a new file gets under the
    umask (mkstemp's own 0600 would lock colleagues on a shared folder out)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = _mode_for(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            if hasattr(os, "fchmod"):  # POSIX; Windows files carry no such mode
                os.fchmod(f.fileno(), mode)
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    try:  # make the rename itself durable
        dfd = os.open(path.parent, os.O_DIRECTORY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except (OSError, AttributeError):  # AttributeError: no O_DIRECTORY (Windows)
        pass


def _to_yaml(value: Any) -> Any:
    """Plain data to ruamel nodes; short lists of numbers in flow style ([x, y])."""
    if isinstance(value, dict):
        m = CommentedMap()
        for k, v in value.items():
            m[k] = _to_yaml(v)
        return m
    if isinstance(value, list):
        s = CommentedSeq(_to_yaml(v) for v in value)
        if value and all(isinstance(v, (int, float, str)) for v in value) and len(value) <= 6 \
                and all(not isinstance(v, str) or len(v) < 30 for v in value):
            s.fa.set_flow_style()
        return s
    return value


def _merge(old: Any, new: Any) -> Any:
    """Write `new` into the old YAML node, keeping comments where the structure is unchanged."""
    if isinstance(old, CommentedMap) and isinstance(new, dict):
        for k in [k for k in old if k not in new]:
            del old[k]
        for pos, (k, v) in enumerate(new.items()):
            if k in old:
                old[k] = _merge(old[k], v)
            else:
                old.insert(min(pos, len(old)), k, _to_yaml(v))
        return old
    if isinstance(old, CommentedSeq) and isinstance(new, list):
        if all(isinstance(v, dict) for v in new) and all(isinstance(v, CommentedMap) for v in old):
            by_id = {o.get("id"): o for o in old if o.get("id") is not None}
            out = CommentedSeq()
            for i, v in enumerate(new):
                prior = by_id.get(v.get("id")) if v.get("id") is not None else (
                    old[i] if i < len(old) and old[i].get("id") is None else None)
                out.append(_merge(prior, v) if prior is not None else _to_yaml(v))
            if len(out) == len(old):
                out.ca.items.update(old.ca.items)
            return out
        if [*old] == new:
            return old
        return _to_yaml(new)
    if old == new and isinstance(old, bool) == isinstance(new, bool):
        return old  # keeps the author's spelling: 45 stays 45, quotes stay quotes
    return _to_yaml(new)


# ---------------------------------------------------------------------------------------------
# Plain data for validation

def _plain(node: Any) -> Any:
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    if isinstance(node, str):
        return str(node)
    return node
