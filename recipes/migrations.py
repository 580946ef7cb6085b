"""Migrations of recipe files from older `schema_version`s, run before validation.

Each migration is a small function registered for the version it upgrades *from*; it takes the
YAML tree (a ruamel CommentedMap, so comments survive) and returns it at the next version. When a
later version changes the meaning of a field, add a function here and bump
`recipes.model.SCHEMA_VERSION`. The file on disk is only rewritten when the user saves, and then a
backup of the original is kept beside it (`fileformat.save_document`).
"""

from __future__ import annotations

from typing import Any, Callable

Migration = Callable[[Any], Any]

MIGRATIONS: dict[int, Migration] = {}


def migration(from_version: int) -> Callable[[Migration], Migration]:
    def register(fn: Migration) -> Migration:
        if from_version in MIGRATIONS:
            raise ValueError(f"two migrations from schema_version {from_version}")
        MIGRATIONS[from_version] = fn
        return fn

    return register


def migrate(tree: Any, version: int, target: int, registry: dict[int, Migration] | None = None) -> Any:
    """Run the migrations from `version` up to `target`, one version at a time."""
    registry = MIGRATIONS if registry is None else registry
    while version < target:
        step = registry.get(version)
        if step is None:
            from recipes.errors import RecipeFormatError

            raise RecipeFormatError(
                f"schema_version {version} is not supported any more and cannot be migrated")
        tree = step(tree)
        version += 1
        tree["schema_version"] = version
    return tree
