"""The content hash of a recipe: the SHA-256 of a manifest of the recipe file's bytes and of
every file it uses (anchor images, recorded pixel patches, step screenshots), so that any byte
of any of them changes the hash. The manifest lists each file by its path relative to the recipe
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
        for key in ("target", "to"):
            target = getattr(step, key, None)
            if target is not None:
                found.update(p for p in (target.image, target.patch) if p)
    return sorted(found)


def manifest(recipe_file: Path | str, recipe: Recipe) -> dict[str, str | None]:
    """{path: sha256} of the recipe file (under its own name) and every asset; an asset that is
    missing has None (the hash then says so rather than failing)."""
    recipe_file = Path(recipe_file)
    out: dict[str, str | None] = {recipe_file.name: _sha256(recipe_file)}
    for rel in asset_paths(recipe):
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
