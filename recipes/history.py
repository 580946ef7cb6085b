"""Run history in SQLite (through sqlite-utils) under WORKBENCH_HOME.

Every run and every step is stored as it happens: times, outcome, where each target was found and
with what score, a screenshot of each failed step and a small picture of the place where each
passed step acted (both already masked; written as PNG under `runs/<run id>/`). Values are stored only as the runner masked them: sensitive inputs and
credentials never reach the database. The schema carries a version with small migrations.

WORKBENCH_HOME and everything the history writes are readable by their owner only (folders 0700,
files 0600), and the pictures (failure screenshots and the steps' pictures) are deleted after a
retention period (the workbench's setting, default 30 days); the rows of the runs stay.

A run is written as it starts, with the process running it. A run whose process ended before it
did (killed, crashed, the window closed while it waited) is closed as failed, cut off, the next
time the history is opened on that machine: no run stays "running" for ever.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import sqlite_utils

from recipes.principal import principal
from recipes.private import private_file, private_folder
from recipes.run import Run, StepResult

SCHEMA = 7
DEFAULT_RETENTION_DAYS = 30  # the runs' pictures are deleted after this many days


def workbench_home(explicit: str | Path | None = None) -> Path:
    """The folder that holds the history database and settings."""
    if explicit:
        home = Path(explicit)
    elif os.environ.get("WORKBENCH_HOME"):
        home = Path(os.environ["WORKBENCH_HOME"])
    else:
        from recipes.desktop import platform

        home = platform.user_data_dir()
    private_folder(home)
    return home


def retention_days(home: Path) -> int:
    """How many days failure screenshots are kept: the workbench's setting
    `screenshot_retention_days` (recipes.settings_file; default 30)."""
    from recipes.settings_file import read_settings

    try:
        return max(1, int(read_settings(home).get("screenshot_retention_days",
                                                  DEFAULT_RETENTION_DAYS)))
    except ValueError:
        return DEFAULT_RETENTION_DAYS


class History:
    def __init__(self, home: Path | str, retention: int | None = None):
        """The history under `home`; failure screenshots older than `retention` days (default:
        the workbench's setting) are deleted as it opens; their rows stay."""
        self.home = private_folder(Path(home))
        self.path = self.home / "history.db"
        # Created owner-only before SQLite opens it: its -wal and -shm files take its mode. Only
        # where it is not there yet: closing a descriptor of a database this process has open
        # drops SQLite's POSIX locks on it, and another process may then take the write-ahead
        # log away from under the open connections (their writes would be lost).
        if not self.path.exists():
            try:
                os.close(os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600))
            except FileExistsError:
                pass
        for file in (self.path, self.path.with_name("history.db-wal"),
                     self.path.with_name("history.db-shm")):
            if file.exists():
                private_file(file)
        self.db = sqlite_utils.Database(self.path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self._migrate()
        from recipes.audit import AuditTrail

        self.audit = AuditTrail(self.db)
        self.remove_old_screenshots(retention if retention is not None else retention_days(self.home))
        self.close_cut_off()

    def remove_old_screenshots(self, days: int, now: dt.datetime | None = None) -> int:
        """Delete the pictures (failure screenshots and the steps' pictures) of runs started
        more than `days` days before `now`; the runs' and steps' rows stay (their picture
        columns are emptied). How many went."""
        now = now or dt.datetime.now().astimezone()
        limit = now - dt.timedelta(days=days)
        if not ({"screenshot", "run_id"} <= set(self.db["steps"].columns_dict)
                and "started_at" in self.db["runs"].columns_dict):
            return 0  # a history without screenshots
        gone = 0
        for column in ("screenshot", "thumbnail"):
            if column in self.db["steps"].columns_dict:
                gone += self._remove_pictures(column, limit)
        return gone

    def _remove_pictures(self, column: str, limit: dt.datetime) -> int:
        rows = list(self.db.query(
            f"select steps.id, steps.{column} as picture, runs.started_at from steps join runs "
            f"on steps.run_id = runs.id where steps.{column} is not null"))
        gone = 0
        for row in rows:
            try:
                started = dt.datetime.fromisoformat(row["started_at"])
            except (TypeError, ValueError):
                continue
            if started.tzinfo is None:
                started = started.astimezone()
            if started >= limit:
                continue
            file = self.home / row["picture"]
            file.unlink(missing_ok=True)
            try:
                file.parent.rmdir()  # the run's folder, once empty
            except OSError:
                pass
            self.db["steps"].update(row["id"], {column: None})
            gone += 1
        return gone

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA:
            from recipes.errors import EnvironmentMissing

            raise EnvironmentMissing(
                f"the history database {self.path} was written by a newer workbench",
                "update the workbench, or point WORKBENCH_HOME at another folder")
        if version < 1:
            self.db["runs"].create({
                "id": int, "recipe_name": str, "recipe_path": str, "recipe_hash": str,
                "started_at": str, "finished_at": str, "duration": float, "status": str,
                "failed_step": int, "row_number": int, "message": str, "mode": str,
                "operator": str,
            }, pk="id", if_not_exists=True)
            self.db["steps"].create({
                "id": int, "run_id": int, "position": int, "step_id": str, "action": str,
                "status": str, "started_at": str, "duration": float, "attempts": int,
                "found_x": int, "found_y": int, "found_w": int, "found_h": int, "score": float,
                "scale": float, "found_how": str, "message": str, "values_json": str,
                "answered_by": str, "screenshot": str,
            }, pk="id", foreign_keys=[("run_id", "runs", "id")], if_not_exists=True)
            self.db["runs"].create_index(["recipe_name", "started_at"], if_not_exists=True)
            self.db["steps"].create_index(["run_id"], if_not_exists=True)
            self.db.execute("PRAGMA user_version = 1")
            version = 1
        if version < 2:
            # Where a drag's end (`to`) was found, beside where its start was.
            for column in ("to_x", "to_y"):
                self.db["steps"].add_column(column, int)
            self.db["steps"].add_column("to_score", float)
            self.db.execute("PRAGMA user_version = 2")
        if version < 3:
            # What a person wrote at a checkpoint (it was asked for and then lost).
            self.db["steps"].add_column("comment", str)
            self.db.execute("PRAGMA user_version = 3")
        if version < 4:
            # What the gains report needs of each run (one case): its outcome and why it did not
            # go straight through, the robot's and the people's seconds, the manual time it is
            # set against and that figure's source. Older runs get them from their status.
            for column, kind in (("outcome", str), ("failure_category", str),
                                 ("robot_seconds", float), ("human_seconds", float),
                                 ("baseline_seconds", float), ("baseline_source", str)):
                self.db["runs"].add_column(column, kind)
            self.db["steps"].add_column("category", str)
            if ({"status", "duration"} <= set(self.db["runs"].columns_dict)
                    and {"action", "duration", "run_id"} <= set(self.db["steps"].columns_dict)):
                self._backfill_gains()
            self.db.execute("PRAGMA user_version = 4")
        if version < 5:
            # Why a run ended before or outside its steps, as typed data (a code and its values),
            # and the process running it and its machine (to close a run cut off with it).
            have = set(self.db["runs"].columns_dict)
            for column, kind in (("problem", str), ("pid", int), ("host", str)):
                if column not in have:
                    self.db["runs"].add_column(column, kind)
            self.db.execute("PRAGMA user_version = 5")
        if version < 6:
            # A small masked picture of the place where a passed step acted.
            if "thumbnail" not in self.db["steps"].columns_dict:
                self.db["steps"].add_column("thumbnail", str)
            self.db.execute("PRAGMA user_version = 6")
        if version < 7:
            # Why a step did not pass, as typed data (as the runs' `problem`); older steps have
            # their English message only.
            if "problem" not in self.db["steps"].columns_dict:
                try:
                    self.db["steps"].add_column("problem", str)
                except sqlite3.OperationalError:   # another process added it just now
                    pass
            self.db.execute("PRAGMA user_version = 7")

    def close_cut_off(self) -> int:
        """Close the runs still "running" whose process on this machine has ended (or that an
        older version began, which recorded none): failed, with why (`cut_off`); without a step
        done they were no case. How many were closed."""
        from recipes.desktop.platform import process_alive
        from recipes.run import NOT_STARTED, OUTCOME_OF_STATUS, now_iso

        host = _host()
        closed = 0
        for row in list(self.db["runs"].rows_where("status = 'running'")):
            pid = row.get("pid")
            if pid is not None and (row.get("host") != host or process_alive(pid)):
                continue   # running now, or on another machine that knows
            done = self.db.execute("select count(*) from steps where run_id = ?",
                                   [row["id"]]).fetchone()[0]
            self.db["runs"].update(row["id"], {
                "status": "failed", "outcome": OUTCOME_OF_STATUS["failed"],
                "finished_at": row.get("finished_at") or now_iso(),
                "failure_category": "other" if done else NOT_STARTED,
                "message": "the run was cut off: the program running it ended before the run "
                           "finished",
                "problem": json.dumps({"code": "cut_off", "values": {"pid": pid}})})
            self.audit.append("run_finished", principal(), row.get("recipe_name"),
                              row.get("recipe_path"), row.get("recipe_hash"), run=row["id"],
                              status="failed", cut_off=True, pid=pid, steps=done)
            closed += 1
        return closed

    def _backfill_gains(self) -> None:
        """Runs from before schema 4: outcome, category and seconds from their status and
        checkpoint steps (a failure's category was not kept: `other`)."""
        from recipes.run import CATEGORY_OF_STATUS, OUTCOME_OF_STATUS

        rows = list(self.db.query(
            "select id, status, duration, (select coalesce(sum(duration), 0) from steps where "
            "steps.run_id = runs.id and steps.action = 'checkpoint') as human from runs"))
        with self.db.conn:
            for r in rows:
                if r["status"] not in OUTCOME_OF_STATUS:
                    continue   # still running (or cut off): not a case
                failed = r["status"] != "passed"
                self.db["runs"].update(r["id"], {
                    "outcome": OUTCOME_OF_STATUS[r["status"]],
                    "failure_category": CATEGORY_OF_STATUS.get(r["status"], "other")
                    if failed else None,
                    "human_seconds": r["human"],
                    "robot_seconds": max(0.0, (r["duration"] or 0.0) - r["human"])})

    # -- the runner's side ---------------------------------------------------------------------

    def begin(self, run: Run) -> None:
        run.id = self.db["runs"].insert({**self._run_row(run), "pid": os.getpid(),
                                         "host": _host()}).last_pk
        self.audit.append("run_started", principal(), run.recipe_name, run.recipe_path,
                          run.recipe_hash, run=run.id, mode=run.mode, operator=run.operator,
                          row=run.row_number)

    def add_step(self, run: Run, result: StepResult) -> None:
        shot = thumb = None
        if result.screenshot is not None and run.id is not None:
            shot = self._save_png(run.id, f"step-{result.number:03d}.png", result.screenshot)
        if result.thumbnail is not None and run.id is not None:
            thumb = self._save_png(run.id, f"step-{result.number:03d}-place.png",
                                   result.thumbnail)
        result.screenshot_path, result.thumbnail_path = shot, thumb
        import json

        m = result.found
        self.db["steps"].insert({
            "run_id": run.id, "position": result.index, "step_id": result.step_id,
            "action": result.action, "status": result.status, "started_at": result.started_at,
            "duration": round(result.duration, 4), "attempts": result.attempts,
            "found_x": m.x if m else None, "found_y": m.y if m else None,
            "found_w": m.w if m else None, "found_h": m.h if m else None,
            "score": round(m.score, 4) if m else None, "scale": m.scale if m else None,
            "found_how": m.how if m else None, "message": result.message,
            "values_json": json.dumps(result.values, ensure_ascii=False) if result.values else None,
            "answered_by": result.answered_by, "screenshot": shot, "thumbnail": thumb,
            "comment": result.comment or None, "category": result.category,
            "problem": json.dumps(result.problem, ensure_ascii=False) if result.problem else None,
            **self._drag_end(result),
        })
        if result.action == "checkpoint" and result.answered_by:
            # Who answered, what they were shown, how long it took (values masked as stored).
            self.audit.append("checkpoint_answered", principal(), run.recipe_name,
                              run.recipe_path, run.recipe_hash, run=run.id,
                              step=result.number, step_id=result.step_id,
                              approved=result.status != "rejected",
                              answered_by=result.answered_by, shown=result.shown,
                              values=result.values or None, seconds=round(result.duration, 1),
                              comment=result.comment or None)

    @staticmethod
    def _drag_end(result: StepResult) -> dict[str, Any]:
        t = result.found_to
        if t is None:
            return {}
        return {"to_x": t.x, "to_y": t.y, "to_score": round(t.score, 4)}

    def record(self, run: Run) -> None:
        """A run that ended before it began (it could not start), written whole."""
        self.begin(run)
        self.finish(run)

    def finish(self, run: Run) -> None:
        if run.id is not None:
            self.db["runs"].update(run.id, self._run_row(run))
            failed = run.failed_step
            self.audit.append("run_finished", principal(), run.recipe_name, run.recipe_path,
                              run.recipe_hash, run=run.id, status=run.status,
                              step=failed.number if failed else None,
                              seconds=round(run.duration, 1))

    def _run_row(self, run: Run) -> dict[str, Any]:
        failed = run.failed_step
        return {
            "recipe_name": run.recipe_name, "recipe_path": run.recipe_path,
            "recipe_hash": run.recipe_hash, "started_at": run.started_at,
            "finished_at": run.finished_at, "duration": round(run.duration, 3),
            "status": run.status, "failed_step": failed.number if failed else None,
            "row_number": run.row_number, "message": run.message, "mode": run.mode,
            "operator": run.operator, "outcome": run.outcome,
            "failure_category": run.failure_category,
            "human_seconds": round(run.human_seconds, 3),
            "robot_seconds": round(max(0.0, run.duration - run.human_seconds), 3),
            "baseline_seconds": run.baseline_seconds, "baseline_source": run.baseline_source,
            "problem": json.dumps(run.problem, ensure_ascii=False) if run.problem else None,
        }

    def _save_png(self, run_id: int, name: str, pixels) -> str | None:
        import cv2

        private_folder(self.home / "runs")
        folder = private_folder(self.home / "runs" / str(run_id))
        file = folder / name
        ok, data = cv2.imencode(".png", pixels)
        if not ok:
            return None
        from recipes.fileformat import atomic_write_bytes

        atomic_write_bytes(file, data.tobytes())
        private_file(file)
        return str(file.relative_to(self.home))

    # -- reading -------------------------------------------------------------------------------

    def runs(self, recipe_name: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
        where = "recipe_name = ?" if recipe_name else None
        args = [recipe_name] if recipe_name else []
        return list(self.db["runs"].rows_where(where, args, order_by="id desc", limit=limit))

    def steps(self, run_id: int) -> list[dict[str, Any]]:
        return list(self.db["steps"].rows_where("run_id = ?", [run_id], order_by="position, id"))

    def last_run(self, recipe_name: str) -> dict[str, Any] | None:
        rows = self.runs(recipe_name, limit=1)
        return rows[0] if rows else None


def _host() -> str:
    import socket

    return socket.gethostname()
