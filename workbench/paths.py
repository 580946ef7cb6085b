"""Where the workbench keeps things: WORKBENCH_HOME and the folders under it.

`WORKBENCH_HOME` (set by `main.py --home` or the environment) holds the recipe library by default,
the settings file, autosaved edits and the run history. Without it, the history's default
(`~/.local/share/opskrift-workbench`) is used.
"""

from __future__ import annotations

from pathlib import Path


def workbench_home() -> Path:
    from recipes.history import workbench_home as home  # one definition for CLI and workbench

    return home()


def default_recipe_folder() -> Path:
    """The recipes of a person who chose no folder: under WORKBENCH_HOME, owner-only as the
    rest of it (a recipe's screenshots may show personal data)."""
    from recipes.private import private_folder

    return private_folder(workbench_home() / "recipes")


def autosave_folder() -> Path:
    """Unsaved edits (which may hold personal data): readable by their owner only."""
    from recipes.private import private_folder

    return private_folder(workbench_home() / "autosave")


def translations_folder() -> Path:
    return Path(__file__).resolve().parent.parent / "resources" / "translations"


def demo_folder() -> Path:
    """The bundled demo programs and their recipes (resources/demo)."""
    return Path(__file__).resolve().parent.parent / "resources" / "demo"


def icons_folder() -> Path:
    return Path(__file__).resolve().parent.parent / "resources" / "icons"
