"""The suite's own rules: a skipped test fails it, and so does a missing end-to-end tool."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def pytest_run(tmp_path, *args, env=None):
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env=env or dict(os.environ))


def test_a_skipped_test_fails_the_suite(tmp_path):
    folder = ROOT / "tests" / "unit"
    probe = folder / f"test_zz_probe_{os.getpid()}.py"
    probe.write_text("import pytest\n\ndef test_ok():\n    pass\n\n"
                     "def test_skips():\n    pytest.skip('no tool')\n")
    try:
        proc = pytest_run(tmp_path, str(probe))
        assert proc.returncode == 1, proc.stdout
        assert "skipped tests fail this suite" in proc.stdout and "no tool" in proc.stdout
        proc = pytest_run(tmp_path, f"{probe}::test_ok")
        assert proc.returncode == 0, proc.stdout
    finally:
        probe.unlink()


def test_a_missing_end_to_end_tool_fails_the_suite_and_says_what_to_install(tmp_path):
    # Only the Python environment on the PATH: none of the system's tools.
    env = dict(os.environ, PATH=str(Path(sys.executable).parent))
    proc = pytest_run(tmp_path, "tests/e2e/test_x11_keyring.py::test_keyring_secrets_satisfy_the_port",
                      env=env)
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0, out
    assert "the end-to-end tests need tools this machine lacks" in out
    assert "xdotool (package xdotool)" in out and "gnome-keyring-daemon (package gnome-keyring)" in out
    assert "1 error" in out and "skipped" not in out
