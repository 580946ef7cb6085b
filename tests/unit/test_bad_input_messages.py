"""Bad input as a new user (often on Windows) gives it: each message says what is wrong, where
(file, line) and how to fix it, never a traceback or a Python exception name."""

import subprocess
import sys
import time
from pathlib import Path

import pytest

import main
from recipes.errors import RecipeFormatError, RecipeProblems, UsageError
from recipes.fileformat import load_recipe

ROOT = Path(__file__).resolve().parents[2]

RECIPE = """\
name: Gem sag
description: Gemmer sagen.
inputs:
  - name: navn
    label: Navn
steps:
  - id: start
    action: launch
    command: [notepad]
  - id: skriv
    action: type
    text: "{navn}"
  - id: vent
    action: wait
    seconds: 1
  - id: gem
    action: press
    keys: ctrl+s
"""


def run_main(capsys, *argv):
    code = main.main(["--lang", "en", *argv])   # the English lines these tests read
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and "Error:" not in err
    return code, out, err


def problems_in(path: Path) -> list[str]:
    with pytest.raises((RecipeFormatError, RecipeProblems)) as info:
        load_recipe(path)
    return [str(p) for p in getattr(info.value, "problems", [info.value])]


def write(tmp_path: Path, text: str, name: str = "sag.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


# --- record: the file to write -----------------------------------------------------------------

def test_record_refuses_a_recipe_that_exists_before_the_countdown(tmp_path, capsys):
    out = write(tmp_path, RECIPE)
    t0 = time.monotonic()
    code, stdout, err = run_main(capsys, "record", str(out), "--countdown", "5")
    assert code == 2 and time.monotonic() - t0 < 2 and "recording starts" not in stdout
    assert f"error: {out} exists; record into a new file name (or delete it first)" in err
    assert out.read_text("utf-8") == RECIPE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sag.yaml"]  # no journal either


def test_record_into_a_folder_that_does_not_exist_is_refused_before_the_countdown(tmp_path):
    out = tmp_path / "no" / "such" / "folder" / "ny.yaml"
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "record", str(out),
                           "--countdown", "5"], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 2, proc.stderr
    assert f"the folder {out.parent} does not exist" in proc.stderr
    assert "recording starts" not in proc.stdout
    assert "Traceback" not in proc.stderr and "FileNotFoundError" not in proc.stderr
    assert not (tmp_path / "no").exists()


def test_record_recover_still_rebuilds_a_recipe_that_exists_from_its_journal(
        tmp_path, capsys, monkeypatch):
    from recorders.events import click
    from recorders.journal import Journal, journal_path

    out = write(tmp_path, "name: halvt\nsteps: []\n")
    journal = Journal(out)
    for i, event in enumerate(click(0.1, 10, 20), 1):
        event.seq = i
        journal.event(event)
    monkeypatch.setattr("recorders.cli._reader", lambda: None)  # no OCR needed to rebuild
    code, stdout, _ = run_main(capsys, "record", str(out), "--recover", "--store-secrets", "no")
    assert code == 0 and f"wrote {out}" in stdout
    assert [s.action for s in load_recipe(out).recipe.steps] == ["click"]
    assert not journal_path(out).exists()


# --- YAML a Windows user writes ----------------------------------------------------------------

def test_a_windows_path_in_double_quotes_says_to_use_single_quotes(tmp_path):
    path = write(tmp_path, RECIPE.replace('text: "{navn}"', 'text: "C:\\users\\x"'))
    (msg,) = problems_in(path)
    assert msg.startswith(f"{path}, line 12: the YAML cannot be read: "), msg
    assert "'\\u' must be followed by 4 hexadecimal digits" in msg
    assert ("inside double quotes a backslash starts an escape; write Windows paths in single "
            "quotes ('C:\\users\\x') or without quotes") in msg
    path = write(tmp_path, RECIPE.replace('text: "{navn}"', 'text: "C:\\Temp\\sag.txt"'))
    (msg,) = problems_in(path)
    assert "line 12" in msg and "'\\T' is not an escape YAML knows" in msg
    assert "single quotes" in msg


def test_the_same_path_in_single_quotes_or_without_quotes_loads(tmp_path):
    for written in ("'C:\\users\\x'", "C:\\users\\x"):
        path = write(tmp_path, RECIPE.replace('text: "{navn}"', f"text: {written}"))
        assert load_recipe(path).recipe.steps[1].text == "C:\\users\\x"


def test_a_tab_in_the_indentation_says_to_indent_with_spaces(tmp_path):
    path = write(tmp_path, RECIPE.replace("    keys: ctrl+s", "\tkeys: ctrl+s"))
    (msg,) = problems_in(path)
    assert msg.startswith(f"{path}, line 18: the YAML cannot be read: "), msg
    assert "a tab character (column 1)" in msg and "indent with spaces, not tabs" in msg
    assert "'\\t'" not in msg and "cannot start any token" not in msg


# --- misspelled fields -------------------------------------------------------------------------

def test_a_misspelled_action_is_named_on_its_own_line(tmp_path):
    path = write(tmp_path, RECIPE.replace("    action: press", "    acton: press"))
    assert problems_in(path) == [
        f"{path}, line 17: step 4 'gem': unknown field 'acton' (did you mean 'action'?)"]


def test_a_misspelled_field_names_what_it_meant_and_not_the_field_as_missing(tmp_path):
    path = write(tmp_path, RECIPE.replace("    keys: ctrl+s", "    kyes: ctrl+s"))
    assert problems_in(path) == [
        f"{path}, line 18: step 4 'gem': unknown field 'kyes' (did you mean 'keys'?)"]
    path = write(tmp_path, RECIPE.replace("    label: Navn", "    lable: Navn"))
    assert problems_in(path) == [
        f"{path}, line 5: inputs, item 1: unknown field 'lable' (did you mean 'label'?)"]


def test_an_unknown_field_like_no_other_lists_the_fields_there(tmp_path):
    path = write(tmp_path, RECIPE.replace("    keys: ctrl+s", "    keys: ctrl+s\n    hurtig: ja"))
    (msg,) = problems_in(path)
    assert msg == (f"{path}, line 19: step 4 'gem': unknown field 'hurtig'; the fields here are "
                   "action, keys, id, note, timeout, on_failure, screenshot, once, decision")


def test_a_step_without_any_action_still_says_so(tmp_path):
    path = write(tmp_path, RECIPE.replace("    action: press\n", "    hurtig: ja\n"))
    assert problems_in(path) == [
        f"{path}, line 17: step 4 'gem': unknown field 'hurtig'; check its spelling "
        "(RECIPE_FORMAT.md lists the fields)",
        f"{path}, line 16: step 4 'gem': the step has no `action`; say what it does, "
        "e.g. `action: click`"]


# --- how the file was saved --------------------------------------------------------------------

@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_a_recipe_in_utf16_without_a_byte_order_mark_loads(tmp_path, codec):
    path = tmp_path / "sag.yaml"
    path.write_bytes(RECIPE.replace("Gem sag", "Løn til Søren Ærø").encode(codec))
    assert load_recipe(path).recipe.name == "Løn til Søren Ærø"


def test_a_recipe_in_the_windows_code_page_says_how_to_save_it_as_utf8(tmp_path):
    path = tmp_path / "sag.yaml"
    path.write_bytes(RECIPE.replace("Gemmer sagen.", "Gemmer sagen for Søren.").encode("cp1252"))
    (msg,) = problems_in(path)
    assert msg.startswith(f"{path}, line 2: the file is not UTF-8 text"), msg
    assert "save it as UTF-8 (in Notepad: File > Save As, Encoding: UTF-8)" in msg


def test_a_binary_file_is_still_called_binary(tmp_path):
    path = tmp_path / "billede.yaml"
    path.write_bytes(bytes(range(256)) * 8)
    (msg,) = problems_in(path)
    assert "binary file" in msg


# --- run: its inputs ---------------------------------------------------------------------------

def test_run_with_a_folder_as_data_file_says_it_is_a_folder(tmp_path, capsys):
    recipe = write(tmp_path, RECIPE)
    folder = tmp_path / "mappe"
    folder.mkdir()
    code, _, err = run_main(capsys, "--home", str(tmp_path / "h"), "run", str(recipe),
                            "--data", str(folder))
    assert code == 2
    assert f"the data file {folder} is a folder, not a CSV file" in err
    assert "does not exist" not in err
    (folder / "sager.csv").write_text("navn\nSøren\n", "utf-8")
    code, _, err = run_main(capsys, "--home", str(tmp_path / "h"), "run", str(recipe),
                            "--data", str(folder))
    assert code == 2 and f"e.g. --data {folder / 'sager.csv'}" in err


def test_run_with_an_input_given_twice_is_a_usage_error_without_its_values(tmp_path, capsys):
    recipe = write(tmp_path, RECIPE)
    code, _, err = run_main(capsys, "--home", str(tmp_path / "h"), "run", str(recipe),
                            "--set", "navn=Åse Hansen", "--set", "navn=Bent Olsen")
    assert code == 2 and "the input 'navn' is given twice" in err and "give each input once" in err
    assert "Åse" not in err and "Bent" not in err


def test_gather_values_refuses_a_name_given_twice_however_given(tmp_path):
    import io

    from recipes.console import gather_values

    with pytest.raises(UsageError, match="'navn' is given twice"):
        gather_values(["navn=a", " navn=b"])
    value = tmp_path / "navn.txt"
    value.write_text("b\n", "utf-8")
    with pytest.raises(UsageError, match=r"'navn' is given twice \(--set and --set-file\)"):
        gather_values(["navn=a"], [f"navn={value}"], stdin=io.StringIO(""))


def test_run_without_a_recipe_says_which_to_give(capsys):
    from recipes.desktop.platform import COMMAND

    with pytest.raises(SystemExit) as e:
        main.main(["run"])
    err = capsys.readouterr().err
    assert e.value.code == 2
    assert f"error: say which recipe to run: {COMMAND} run RECIPE.yaml" in err
    assert "the following arguments are required" not in err
