"""The core reads the settings the workbench saved (recipes.settings_file), exactly as they were
given, so that a run from the command line follows them (issue 13, item 16)."""

from recipes.settings_file import RunSettings, read_settings, run_settings
from workbench.settings import load_settings, save_settings


def test_the_core_reads_what_the_workbench_saved_exactly(qapp, home):
    s = load_settings()
    s.user_name = 'Søren "Sagsbeh." Ærø, Løn; Team 2'
    s.recipe_folder = r"C:\Users\søren\Opskrifter"
    s.abort_hotkey = "ctrl+alt+F9"
    s.default_timeout = 2.5
    s.ocr_languages = "dan"
    s.language = "en"
    s.fte_targets = "2026:6;2027:8"
    save_settings(s)

    values = read_settings(home)
    assert values["user_name"] == s.user_name
    assert values["recipe_folder"] == s.recipe_folder
    assert values["fte_targets"] == "2026:6;2027:8"
    assert run_settings(home) == RunSettings(ocr_languages="dan", default_timeout=2.5,
                                             abort_hotkey="ctrl+alt+F9", user_name=s.user_name,
                                             language="en")


def test_missing_or_broken_settings_give_the_defaults(home):
    assert run_settings(home) == RunSettings()
    (home / "settings.ini").write_text("[General]\ndefault_timeout=lang\nlanguage=fr\n"
                                       "ocr_languages=\n", "utf-8")
    assert run_settings(home) == RunSettings()
    (home / "settings.ini").write_bytes(b"\xff\xfe not an ini file")
    assert run_settings(home) == RunSettings()
