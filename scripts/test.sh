#!/usr/bin/env bash
# The whole suite: architecture contracts, the core without Qt, widgets offscreen, end-to-end
# under Xvfb. pytest's "no tests collected" (exit 5) counts as a failure here, and so does a
# skipped test (tests/conftest.py) or a missing tool (tests/e2e/conftest.py).
# Arguments go to pytest: `scripts/test.sh tests/unit` runs the checks and the unit tests only.
set -u
cd "$(dirname "$0")/.."
PY=.venv/bin/python
export OMP_THREAD_LIMIT=1
unset DISPLAY WAYLAND_DISPLAY
status=0

echo "== import contracts (workbench -> recorders -> recipes; no Qt in recipes/)"
.venv/bin/lint-imports || status=1

echo "== the core imports without Qt, pynput or a display"
$PY scripts/check_no_qt.py || status=1

echo "== pytest"
# dbus-run-session: Qt and the keyring get a private session bus that ends with the tests.
dbus-run-session -- $PY -m pytest -q -p no:cacheprovider "$@"
rc=$?
if [ $rc -eq 5 ]; then echo "pytest collected no tests: that is a failure"; rc=1; fi
[ $rc -eq 0 ] || status=$rc
exit $status
