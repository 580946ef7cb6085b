"""Per-user settings, stored with QSettings in WORKBENCH_HOME/settings.ini."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from pathlib import Path

from PySide6.QtCore import QSettings

from recipes.desktop import platform
from workbench.paths import default_recipe_folder, workbench_home


@dataclass
class Settings:
    ocr_languages: str = "dan+eng"
    default_timeout: float = 10.0
    abort_hotkey: str = platform.DEFAULT_ABORT_HOTKEY
    stop_recording_hotkey: str = "ctrl+shift+F12"   # recorders.session.DEFAULT_STOP_KEYS
    recipe_folder: str = ""
    language: str = "da"  # "da" or "en"
    user_name: str = ""  # who answers checkpoints (defaults to the login name)
    minimize_during_run: bool = True  # get out of the way of the program being driven
    # Failure screenshots may show personal data: deleted after this many days (the history's
    # rows stay). Read by recipes.history.retention_days from the same file.
    screenshot_retention_days: int = 30
    # The gains report's assumptions (read by recipes.gains.load_assumptions from the same file).
    hours_per_fte: float = 1924.0
    hourly_cost: float = 260.0
    fte_targets: str = "2024:3;2025:5;2026:6;2027:8"

    @property
    def folder(self) -> Path:
        return Path(self.recipe_folder) if self.recipe_folder else default_recipe_folder()

    @property
    def who(self) -> str:
        if self.user_name:
            return self.user_name
        from recipes.principal import principal

        return principal()


def _store() -> QSettings:
    return QSettings(str(workbench_home() / "settings.ini"), QSettings.IniFormat)


def load_settings() -> Settings:
    store = _store()
    s = Settings()
    for f in fields(Settings):
        if store.contains(f.name):
            raw = store.value(f.name)
            try:
                kind = type(getattr(s, f.name))
                if kind is bool:
                    raw = str(raw).lower() in ("true", "1", "yes")
                setattr(s, f.name, kind(raw))
            except (TypeError, ValueError):
                pass
    return s


def save_settings(settings: Settings) -> None:
    store = _store()
    for key, value in asdict(settings).items():
        store.setValue(key, value)
    store.sync()
    from recipes.private import private_file

    private_file(Path(store.fileName()))
