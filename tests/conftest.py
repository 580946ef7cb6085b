"""Shared test set-up: Qt offscreen for widget tests, single-threaded Tesseract, a private home."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def home(tmp_path_factory, monkeypatch):
    """A private WORKBENCH_HOME for every test, so no test sees another's history or settings,
    and none writes into the real one of the person running the suite."""
    path = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("WORKBENCH_HOME", str(path))
    return path


@pytest.fixture(autouse=True, scope="session")
def collect_in_the_main_thread():
    """Python's cycle collector runs in the main thread only, as the workbench has it
    (workbench.gc_main_thread): left to itself it may run in a run's worker thread and let go of
    a widget of an earlier test there, which PySide then deletes in the middle of a paint."""
    import gc

    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def collect_after_each_test():
    import gc

    yield
    gc.collect()


# A test that skips itself proves nothing, and the suite must say so: any skip fails the run
# (every tool is installed by `make setup`; a missing one is a failure, see tests/e2e/conftest.py).
def _skipped(config) -> list:
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    return list(reporter.stats.get("skipped", [])) if reporter is not None else []


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    skipped = _skipped(config)
    if skipped:
        terminalreporter.section("skipped tests fail this suite", sep="=", red=True, bold=True)
        for report in skipped:
            reason = report.longrepr[-1] if isinstance(report.longrepr, tuple) else report.longrepr
            terminalreporter.line(f"{report.nodeid}: {reason}", red=True)


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session, exitstatus):
    if _skipped(session.config) and session.exitstatus == 0:
        session.exitstatus = 1
