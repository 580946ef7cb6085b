"""Shared test set-up: Qt offscreen for widget tests, single-threaded Tesseract, a private home."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import pytest  # noqa: E402


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A private WORKBENCH_HOME, so no test sees another's history or settings."""
    path = tmp_path / "home"
    path.mkdir()
    monkeypatch.setenv("WORKBENCH_HOME", str(path))
    return path
