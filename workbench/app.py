"""Starting the workbench: `main(args) -> int`, called by `main.py` when no command is given.

Builds the QApplication, the interface language (Danish source texts; English through Qt's
translator), the run history and the main window. Changing the language in Indstillinger builds a
new window around the same open recipe, so nothing is lost.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from workbench.i18n import install_language
from workbench.settings import load_settings


def _history():
    try:
        from recipes.history import History, workbench_home

        return History(workbench_home())
    except Exception:
        return None


_current: list = []
_current_wake: list = []


def current_window():
    """The main window now shown (a language change replaces it)."""
    return _current[-1] if _current else None


def build_window(app: QApplication, args=None):
    """The main window with the settings, language and history in place (used by tests too)."""
    from workbench.main_window import MainWindow

    settings = load_settings()
    lang = getattr(args, "lang", None) or settings.language
    settings.language = lang
    install_language(app, lang)
    window = MainWindow(settings, history=_history())

    def relanguage():
        nonlocal window
        install_language(app, window.settings.language)
        new = MainWindow(window.settings, history=window.history)
        doc = window.release_document()
        if doc is not None:
            new.open_recipe(doc.path, document=doc)
        new.resize(window.size())
        new.move(window.pos())
        new.languageChanged.connect(relanguage)
        window._replacing = True
        window.close()
        window.deleteLater()
        new.show()
        window = new
        _current[:] = [new]

    window.languageChanged.connect(relanguage)
    _current[:] = [window]
    if getattr(window, "recording", None) is not None:
        # A recording cut off last time is offered back as soon as the window shows.
        from PySide6.QtCore import QTimer

        QTimer.singleShot(300, window.recording.offer_unfinished)
    recipe = getattr(args, "recipe", None) if getattr(args, "command", None) is None else None
    if recipe:
        window.open_recipe(Path(recipe))
    return window


def _quit_on_sigterm(app: QApplication) -> None:
    """SIGTERM (a logout, `kill`) stops a run as the Stop button does, waits until the robot has
    let go of every key and given lent keycodes back, then quits."""
    import signal

    from PySide6.QtCore import QTimer

    def stop(signum, frame):
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        runs = getattr(current_window(), "runs", None)
        if runs is not None:
            runs.shutdown()  # waits for the run's thread, which closes its keyboard
        app.quit()

    signal.signal(signal.SIGTERM, stop)
    # Python runs signal handlers between its own instructions: wake it while Qt waits.
    wake = QTimer(app, interval=200)
    wake.timeout.connect(lambda: None)
    wake.start()
    _current_wake[:] = [wake]


def main(args=None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from recipes.ports import WORKBENCH_APP_NAME

    app.setApplicationName(WORKBENCH_APP_NAME)  # its windows' class: never a robot's target
    app.setOrganizationName("Opskrift")
    app.setStyle("Fusion")
    app.setStyleSheet((Path(__file__).with_name("style.qss")).read_text(encoding="utf-8"))
    from workbench.gc_main_thread import MainThreadCollector

    collector = MainThreadCollector(app)
    window = build_window(app, args)
    window.show()
    _quit_on_sigterm(app)
    code = app.exec()
    # Tear down the windows (and the run thread) while Qt is still alive.
    for top in app.topLevelWidgets():
        top.close()
        top.deleteLater()
    app.processEvents()
    collector.stop()
    return code
