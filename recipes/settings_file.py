"""The workbench's settings file as the core reads it (no Qt).

The workbench writes its settings with Qt's QSettings into WORKBENCH_HOME/settings.ini. Whatever
follows a setting outside the window reads them here, so a run from the command line behaves as
one from the workbench: the OCR languages, the default timeout of a step without its own, the
abort keys, who answers checkpoints, the language the person reads; the history's retention and
the gains report's assumptions come from the same file.

QSettings quotes a value that holds a comma, a semicolon or leading spaces, and escapes
backslashes (`C:\\\\Users`); `read_settings` undoes both.
"""

from __future__ import annotations

import configparser
from dataclasses import dataclass
from pathlib import Path

FILE = "settings.ini"

# As the workbench's defaults (workbench.settings.Settings): a missing or unreadable value is these.
DEFAULT_LANGUAGES = "dan+eng"
DEFAULT_TIMEOUT = 10.0
DEFAULT_LANGUAGE = "da"

_ESCAPES = {"\\": "\\", '"': '"', "n": "\n", "t": "\t", "r": "\r", "0": "\0", "a": "\a",
            "b": "\b", "f": "\f", "v": "\v", "'": "'", "?": "?"}


def _unescape(raw: str) -> str:
    """A value as QSettings wrote it (perhaps quoted, with backslash escapes) as it was given."""
    text = raw.strip()
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1]
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            out.append(_ESCAPES.get(text[i + 1], text[i + 1]))
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def read_settings(home: Path | str) -> dict[str, str]:
    """The settings' values as text by name ({} where the file is missing or unreadable)."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(Path(home) / FILE, encoding="utf-8")
    except (configparser.Error, OSError, UnicodeDecodeError):
        return {}
    if not parser.has_section("General"):
        return {}
    return {key: _unescape(value) for key, value in parser.items("General")}


def number(values: dict[str, str], key: str, default: float) -> float:
    """A positive number setting (a decimal comma taken as Danes write it), else `default`."""
    try:
        value = float(values.get(key, "").replace(",", "."))
    except ValueError:
        return default
    return value if value > 0 else default


@dataclass(frozen=True)
class RunSettings:
    """What a run follows from the settings, wherever it is started."""

    ocr_languages: str = DEFAULT_LANGUAGES
    default_timeout: float = DEFAULT_TIMEOUT
    abort_hotkey: str | None = None     # None: the platform's default keys
    user_name: str = ""                 # who answers checkpoints; "": the login name
    language: str = DEFAULT_LANGUAGE    # "da" or "en": the words the person reads


def run_settings(home: Path | str) -> RunSettings:
    values = read_settings(home)
    language = values.get("language", DEFAULT_LANGUAGE)
    return RunSettings(
        ocr_languages=values.get("ocr_languages") or DEFAULT_LANGUAGES,
        default_timeout=number(values, "default_timeout", DEFAULT_TIMEOUT),
        abort_hotkey=values.get("abort_hotkey") or None,
        user_name=values.get("user_name", "").strip(),
        language=language if language in ("da", "en") else DEFAULT_LANGUAGE,
    )


def with_default_timeout(recipe, timeout: float):
    """A copy of the recipe in which every step without a timeout of its own waits `timeout`
    seconds (the settings' default), as every run does."""
    recipe = recipe.model_copy(deep=True)
    for step in recipe.steps:
        if "timeout" not in step.model_fields_set:
            step.timeout = timeout
    return recipe
