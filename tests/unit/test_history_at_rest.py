"""The run history at rest: owner-only files, and failure screenshots that do not stay forever."""

import datetime as dt
import os
import stat

import numpy as np

from recipes.history import History, workbench_home
from recipes.run import Run, StepResult


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def a_failed_run(history: History, started: dt.datetime) -> Run:
    run = Run(recipe_name="Sag", recipe_path=None, recipe_hash="h",
              started_at=started.isoformat(timespec="seconds"))
    history.begin(run)
    result = StepResult(index=2, step_id="sog", action="click", status="failed",
                        message="'Søg' not found within 10 s")
    result.screenshot = np.full((20, 30, 3), 90, np.uint8)
    history.add_step(run, result)
    run.status = "failed"
    history.finish(run)
    return run


def test_the_home_the_database_and_failure_screenshots_are_readable_by_their_owner_only(tmp_path):
    os.umask(0o022)
    home = workbench_home(tmp_path / "home")
    history = History(home)
    run = a_failed_run(history, dt.datetime.now().astimezone())
    shot = home / history.steps(run.id)[0]["screenshot"]
    assert shot.is_file()
    assert mode(home) == 0o700
    assert mode(home / "runs") == 0o700 and mode(shot.parent) == 0o700
    assert mode(shot) == 0o600
    for name in ("history.db", "history.db-wal", "history.db-shm"):
        if (home / name).exists():
            assert mode(home / name) == 0o600, name


def test_an_existing_home_open_to_others_is_closed_when_the_history_opens(tmp_path):
    home = tmp_path / "shared"
    home.mkdir(mode=0o755)
    (home / "history.db").touch(mode=0o644)
    History(home)
    assert mode(home) == 0o700 and mode(home / "history.db") == 0o600


def test_failure_screenshots_are_deleted_after_the_retention_period_but_the_runs_stay(tmp_path):
    history = History(tmp_path)
    now = dt.datetime.now().astimezone()
    old = a_failed_run(history, now - dt.timedelta(days=31))
    new = a_failed_run(history, now - dt.timedelta(days=2))
    old_shot = tmp_path / history.steps(old.id)[0]["screenshot"]
    new_shot = tmp_path / history.steps(new.id)[0]["screenshot"]

    History(tmp_path)  # the default: 30 days
    assert not old_shot.exists() and new_shot.exists()
    rows = {r["id"]: r for r in History(tmp_path).runs("Sag")}
    assert rows[old.id]["status"] == "failed"  # the row stays
    step = History(tmp_path).steps(old.id)[0]
    assert step["screenshot"] is None and "not found" in step["message"]


def test_the_retention_period_is_the_workbench_setting(tmp_path):
    history = History(tmp_path)
    run = a_failed_run(history, dt.datetime.now().astimezone() - dt.timedelta(days=8))
    shot = tmp_path / history.steps(run.id)[0]["screenshot"]
    History(tmp_path)
    assert shot.exists()
    (tmp_path / "settings.ini").write_text("[General]\nscreenshot_retention_days=7\n")
    History(tmp_path)
    assert not shot.exists()


def test_opening_the_history_again_loses_nothing_that_another_process_reads(tmp_path):
    """The workbench opens the history once more for each run's thread. That must not drop the
    locks of the connections already open: another process (a second workbench, `main.py
    run`) that reads the history would then delete the write-ahead log under them, and the
    run's outcome would be lost."""
    import subprocess
    import sys

    from recipes.run import Run

    def status_seen_by_another_process() -> str:
        return subprocess.run(
            [sys.executable, "-c", "import sqlite3, sys; print(sqlite3.connect(sys.argv[1])"
             ".execute('select status from runs').fetchone()[0])", str(tmp_path / "history.db")],
            capture_output=True, text=True, check=True).stdout.strip()

    first = History(tmp_path)
    run = Run(recipe_name="Sag", recipe_path="/sag.yaml", recipe_hash="h")
    first.begin(run)
    History(tmp_path)  # opened again, as a run's thread does
    assert status_seen_by_another_process() == "running"
    run.status = "aborted"
    first.finish(run)
    assert status_seen_by_another_process() == "aborted"


def a_passed_run(history: History, started: dt.datetime) -> Run:
    run = Run(recipe_name="Sag", recipe_path=None, recipe_hash="h",
              started_at=started.isoformat(timespec="seconds"))
    history.begin(run)
    result = StepResult(index=1, step_id="godkend", action="click", status="passed")
    result.thumbnail = np.full((160, 320, 3), 200, np.uint8)
    history.add_step(run, result)
    run.status = "passed"
    history.finish(run)
    return run


def test_a_passed_steps_picture_is_the_owners_and_goes_after_the_retention_period(tmp_path):
    history = History(tmp_path)
    now = dt.datetime.now().astimezone()
    old = a_passed_run(history, now - dt.timedelta(days=31))
    new = a_passed_run(history, now - dt.timedelta(days=2))
    old_pic = tmp_path / history.steps(old.id)[0]["thumbnail"]
    new_pic = tmp_path / history.steps(new.id)[0]["thumbnail"]
    assert old_pic.is_file() and mode(old_pic) == 0o600
    assert history.steps(old.id)[0]["screenshot"] is None  # a picture, not a failure screenshot

    History(tmp_path)  # the default: 30 days, as for failure screenshots
    assert not old_pic.exists() and new_pic.exists()
    assert History(tmp_path).steps(old.id)[0]["thumbnail"] is None
    assert History(tmp_path).runs("Sag")[-1]["status"] == "passed"  # the row stays
