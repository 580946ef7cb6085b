"""Reading the run history (recipes.history) for the library's "last run" column (no Qt)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path


def _epoch(iso: str | None) -> float | None:
    if not iso:
        return None
    try:
        return dt.datetime.fromisoformat(iso).timestamp()
    except ValueError:
        return None


def last_run_for(history, path: Path, name: str | None = None):
    """(epoch seconds, status) of the newest run of the recipe at `path`, or None. Runs from
    the command line may name the file by another (relative) path: those of the same recipe
    name are matched by where the path really points."""
    if history is None:
        return None
    rows = list(history.db["runs"].rows_where(
        "recipe_path = ?", [str(path)], order_by="id desc", limit=1))
    if not rows and name:
        target = Path(path).resolve()
        for row in history.db["runs"].rows_where("recipe_name = ?", [name], order_by="id desc"):
            try:
                if row.get("recipe_path") and Path(row["recipe_path"]).resolve() == target:
                    rows = [row]
                    break
            except OSError:
                continue
    if not rows:
        return None
    row = rows[0]
    return (_epoch(row.get("started_at")), row.get("status"))
