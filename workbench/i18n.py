"""The interface language: Danish is the source text; English comes from a Qt translation file.

`resources/translations/workbench_en.ts` is made with `pyside6-lupdate` over `workbench/` and
filled from `fill_en.py` (the English texts), and compiled to `workbench_en.qm` with
`pyside6-lrelease`: run `python -m workbench.i18n` after changing Danish texts.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from workbench.paths import translations_folder

LANGUAGES = {"da": "Dansk", "en": "English"}
_installed: list[QTranslator] = []


def uninstall_language(app: QCoreApplication) -> None:
    """Remove the translators `install_language` put in (the Danish source texts remain)."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()


def install_language(app: QCoreApplication, language: str) -> bool:
    """Switch the translators; True when the language's catalogue was found."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    # numbers and dates as people write them: 10,5 in Danish, 10.5 in English
    QLocale.setDefault(QLocale(QLocale.Danish, QLocale.Denmark) if language == "da"
                       else QLocale(QLocale.English, QLocale.UnitedKingdom))
    ok = True
    if language != "da":
        ours = QTranslator(app)
        ok = ours.load(str(translations_folder() / f"workbench_{language}.qm"))
        if ok:
            app.installTranslator(ours)
            _installed.append(ours)
    qt = QTranslator(app)  # Qt's own strings (standard buttons, context menus)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return ok


def update_translations() -> None:  # pragma: no cover - a developer tool
    """Re-extract the Danish strings into the .ts file and compile the .qm (run by hand)."""
    root = Path(__file__).resolve().parent
    ts = translations_folder() / "workbench_en.ts"
    bindir = Path(sys.executable).parent
    sources = sorted(str(p) for p in root.rglob("*.py"))
    subprocess.run([str(bindir / "pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(ts)], check=True)
    # fill_en.py holds the English texts, writes them into the .ts and runs pyside6-lrelease
    subprocess.run([sys.executable, str(translations_folder() / "fill_en.py")], check=True)


if __name__ == "__main__":  # pragma: no cover
    update_translations()
