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

# dbus-run-session: Qt and the keyring get a private session bus that ends with the tests.
pytest_run() {
    dbus-run-session -- $PY -m pytest -q -p no:cacheprovider "$@"
    local rc=$?
    if [ $rc -eq 5 ]; then echo "pytest collected no tests ($*): that is a failure"; rc=1; fi
    return $rc
}

if [ $# -gt 0 ]; then
    echo "== pytest $*"
    pytest_run "$@" || status=$?
    exit $status
fi

# The whole suite, in two phases on the two cores a CI machine has: first the Windows build and
# its Wine tests (on an X server of their own) beside the unit and widget tests; then the X11
# end-to-end tests.
log=$(mktemp)
echo "== pytest: Windows build and Wine tests (beside the unit and widget tests)"
pytest_run tests/e2e/wine >"$log" 2>&1 &
wine_pid=$!
echo "== pytest: unit and widget tests"
pytest_run tests/unit tests/widgets || status=$?
wait $wine_pid || status=$?
echo "== pytest: Windows build and Wine tests (output)"
cat "$log"
rm -f "$log"
# Two workers, each with its own X server, window manager and programs; a file's tests stay
# together in one worker (they share fixtures such as one recording replayed at three scales).
# Most of their time is spent waiting for windows and programs, not computing.
echo "== pytest: end-to-end tests on X11 (two X servers)"
pytest_run -n 2 --dist loadfile tests --ignore=tests/unit --ignore=tests/widgets \
    --ignore=tests/e2e/wine || status=$?
exit $status
