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


def last_run_for(history, path: Path):
    """(epoch seconds, status) of the newest run of the recipe at `path`, or None."""
    rows = list(history.db["runs"].rows_where(
        "recipe_path = ?", [str(path)], order_by="id desc", limit=1)) if history else []
    if not rows:
        return None
    row = rows[0]
    return (_epoch(row.get("started_at")), row.get("status"))
