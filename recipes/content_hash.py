"""The content hash of a recipe: the SHA-256 of a manifest of the recipe file's bytes and of
every file it uses (anchor images, recorded pixel patches, step screenshots, and the programs
and files a `launch` step names inside the recipe's folder), so that any byte of any of them
changes the hash. The manifest lists each file by its path relative to the recipe
(forward slashes, so the same recipe hashes the same on Windows) with its own SHA-256."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from recipes.model import Recipe


def asset_paths(recipe: Recipe) -> list[str]:
    """The files a recipe uses, as written in it (relative to the recipe), each once, sorted."""
    found = set()
    for step in recipe.steps:
        if step.screenshot:
            found.add(step.screenshot)
    for target in recipe.targets():
        found.update(p for p in (target.image, target.patch) if p)
    return sorted(found)


def launched_files(recipe_file: Path | str, recipe: Recipe) -> list[str]:
    """The files inside the recipe's folder (or below it) that its `launch` steps name: the
    program a recipe starts (`python3 legacy_app.py`, `{recipe_dir}/app.sh`) is part of what is
    approved. Programs elsewhere (/usr/bin/xmessage, notepad.exe) belong to the computer and are
    not; arguments with another placeholder are passed over."""
    from recipes.model import LaunchStep

    folder = Path(recipe_file).resolve().parent
    found = set()
    for step in recipe.steps:
        if not isinstance(step, LaunchStep):
            continue
        for arg in step.command:
            arg = arg.replace("{recipe_dir}", str(folder))
            if "{" in arg or not arg or arg.startswith("-"):
                continue
            path = Path(arg)
            path = path if path.is_absolute() else folder / path
            try:
                path = path.resolve()
                if path.is_file() and path.is_relative_to(folder):
                    found.add(path.relative_to(folder).as_posix())
            except (OSError, ValueError):
                continue
    return sorted(found)


def used_files(recipe_file: Path | str, recipe: Recipe) -> list[str]:
    """Every file besides the recipe file that its content hash covers, relative to it."""
    return sorted(set(asset_paths(recipe)) | set(launched_files(recipe_file, recipe)))


def manifest(recipe_file: Path | str, recipe: Recipe) -> dict[str, str | None]:
    """{path: sha256} of the recipe file (under its own name) and every file it uses; a file
    that is missing has None (the hash then says so rather than failing)."""
    recipe_file = Path(recipe_file)
    out: dict[str, str | None] = {recipe_file.name: _sha256(recipe_file)}
    for rel in used_files(recipe_file, recipe):
        out[rel.replace("\\", "/")] = _sha256(recipe_file.parent / rel)
    return out


def content_hash(recipe_file: Path | str, recipe: Recipe) -> str:
    data = json.dumps(manifest(recipe_file, recipe), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _sha256(file: Path) -> str | None:
    try:
        return hashlib.sha256(file.read_bytes()).hexdigest()
    except OSError:
        return None
