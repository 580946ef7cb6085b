"""Where the workbench keeps things: WORKBENCH_HOME and the folders under it.

`WORKBENCH_HOME` (set by `main.py --home` or the environment) holds the recipe library by default,
the settings file, autosaved edits and the run history. Without it, `~/.opskrift` is used.
"""

from __future__ import annotations

import os
from pathlib import Path


def workbench_home() -> Path:
    home = os.environ.get("WORKBENCH_HOME")
    path = Path(home) if home else Path.home() / ".opskrift"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_recipe_folder() -> Path:
    return workbench_home() / "recipes"


def autosave_folder() -> Path:
    path = workbench_home() / "autosave"
    path.mkdir(parents=True, exist_ok=True)
    return path


def translations_folder() -> Path:
    return Path(__file__).resolve().parent.parent / "resources" / "translations"


def icons_folder() -> Path:
    return Path(__file__).resolve().parent.parent / "resources" / "icons"
