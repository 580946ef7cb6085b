"""The core imports without Qt, pynput or a display: every module of recipes/ is imported with
those blocked. Run by scripts/test.sh and `make check-no-qt`; exit 1 names the module."""

import importlib
import os
import pkgutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.pop("DISPLAY", None)
os.environ.pop("WAYLAND_DISPLAY", None)


class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "pynput", "pyautogui"):
            raise ImportError(f"{name} is blocked: recipes/ must not need it")


def main() -> int:
    sys.meta_path.insert(0, Block())
    import recipes

    for m in pkgutil.walk_packages(recipes.__path__, "recipes."):
        try:
            importlib.import_module(m.name)
        except ImportError as e:
            print(f"FAILED: {m.name} does not import without Qt and input libraries: {e}")
            return 1
    print("ok: every module of recipes/ imports without Qt and input libraries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
