#!/usr/bin/env bash
# The whole suite: architecture contracts, the core without Qt, widgets offscreen, end-to-end
# under Xvfb. pytest's "no tests collected" (exit 5) counts as a failure here.
set -u
cd "$(dirname "$0")/.."
PY=.venv/bin/python
export OMP_THREAD_LIMIT=1
unset DISPLAY WAYLAND_DISPLAY
status=0

echo "== import contracts (workbench -> recorders -> recipes; no Qt in recipes/)"
.venv/bin/lint-imports || status=1

echo "== the core imports without Qt, pynput or a display"
$PY - <<'PY' || status=1
import sys, importlib, pkgutil
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "pynput", "pyautogui"):
            raise ImportError(f"{name} is blocked: recipes/ must not need it")
sys.meta_path.insert(0, Block())
import recipes
for m in pkgutil.walk_packages(recipes.__path__, "recipes."):
    importlib.import_module(m.name)
print("ok: every module of recipes/ imports without Qt and input libraries")
PY

echo "== pytest"
# dbus-run-session: Qt and the keyring get a private session bus that ends with the tests.
dbus-run-session -- $PY -m pytest -q -p no:cacheprovider "$@"
rc=$?
if [ $rc -eq 5 ]; then echo "pytest collected no tests: that is a failure"; rc=1; fi
[ $rc -eq 0 ] || status=$rc
exit $status
