"""Recipe files: loading, plain messages with lines, migrations, comment-keeping saves."""

from pathlib import Path

import pytest

from recipes import migrations
from recipes.errors import RecipeFormatError, RecipeProblems
from recipes.fileformat import (
    check_assets, dump_recipe, load_recipe, parse_recipe, save_document, save_recipe,
)
from recipes.model import Recipe

CONTRACT_EXAMPLE = """\
schema_version: 1
name: Godkend besked
description: Godkender en besked i sagssystemet.
baseline_seconds: 45        # how long one case takes a person by hand
inputs:
  - name: cpr
    label: CPR-nummer
    sensitive: true
credentials:
  - name: sagssystem
steps:
  - id: start
    action: launch
    command: [xmessage, -buttons, "Godkend,Afvis", "Vil du godkende sagen?"]
  # the person's click
  - id: godkend
    action: click
    target:
      text: Godkend
    note: Klik på Godkend for at godkende sagen.
"""


def problems_of(text: str) -> list[str]:
    with pytest.raises((RecipeFormatError, RecipeProblems)) as info:
        parse_recipe(text, "r.yaml")
    e = info.value
    return [str(p) for p in getattr(e, "problems", [e])]


def test_contract_example_loads_with_every_field():
    doc = parse_recipe(CONTRACT_EXAMPLE, "r.yaml")
    r = doc.recipe
    assert r.name == "Godkend besked"
    assert r.inputs[0].sensitive is True
    assert r.steps[0].command[1] == "-buttons"
    assert r.steps[1].target.text == "Godkend"
    assert r.steps[1].timeout == 10 and r.steps[1].on_failure == "abort"


def test_load_dump_load_gives_an_equal_recipe():
    r = parse_recipe(CONTRACT_EXAMPLE).recipe
    again = parse_recipe(dump_recipe(r)).recipe
    assert again == r


def test_every_action_round_trips(tmp_path):
    text = """\
name: Alle handlinger
inputs: [{name: cpr, sensitive: true}]
credentials: [{name: sys, username: bob}]
steps:
  - {action: click, target: {text: Gem, offset: [5, 0], near: [100, 200], similarity: 0.9}}
  - {action: double_click, target: {point: [10, 10]}}
  - {action: right_click, target: {image: anchors/a.png, region: [0, 0, 200, 100]}}
  - {action: type, text: "CPR {cpr} æøå ÆØÅ", target: {text: CPR-nummer, offset: [120, 0]}}
  - {action: type, secret: sys, field: username}
  - {action: press, keys: ctrl+s}
  - {action: scroll, amount: -3}
  - {action: drag, target: {text: Fil}, to: {text: Papirkurv}}
  - {action: wait, seconds: 0.5}
  - {action: wait_for, target: {text: Gemt}, gone: true, timeout: 30}
  - {action: read_text, target: {text: Navn}, offset: [150, 0], size: [200, 24], into: navn}
  - {action: expect, target: {text: "{navn}"}, on_failure: skip}
  - {action: checkpoint, message: "Godkend {navn}?"}
  - {action: launch, command: [xterm]}
  - {action: focus, window: "KommuneSag.*", on_failure: retry, once: true}
"""
    r = parse_recipe(text).recipe
    assert [s.action for s in r.steps][-1] == "focus"
    assert parse_recipe(dump_recipe(r)).recipe == r


def test_saving_an_edit_keeps_the_authors_comments(tmp_path):
    f = tmp_path / "r.yaml"
    f.write_text(CONTRACT_EXAMPLE, "utf-8")
    doc = load_recipe(f)
    doc.recipe.steps[1].target.text = "Afvis"
    save_document(doc)
    text = f.read_text("utf-8")
    assert "# how long one case takes a person by hand" in text
    assert "# the person's click" in text
    assert "text: Afvis" in text
    assert load_recipe(f).recipe.steps[1].target.text == "Afvis"


@pytest.mark.parametrize("change, expected", [
    (("text: Godkend", "txt: Godkend"), "line 19: step 2 'godkend', target: unknown field 'txt' (did you mean 'text'?)"),
    (("action: click", "action: clik"), "line 17: step 2 'godkend': unknown action 'clik'"),
    (("baseline_seconds: 45", "baseline_seconds: lang"), "line 4: baseline_seconds"),
    (("    sensitive: true", "    sensitive: maybe"), "line 8: inputs, item 1, sensitive"),
])
def test_a_broken_recipe_names_the_line_and_the_problem(change, expected):
    found = problems_of(CONTRACT_EXAMPLE.replace(*change))
    assert any(expected in p for p in found), found


def test_unreadable_yaml_names_its_line():
    (msg,) = problems_of("name: x\nsteps:\n  - action: click\n    target: {text: [\n")
    assert msg.startswith("r.yaml, line ") and "YAML cannot be read" in msg


def test_a_recipe_newer_than_the_program_is_a_clear_error():
    (msg,) = problems_of("schema_version: 7\nname: x\nsteps: []\n")
    assert "schema_version 7" in msg and "newer" in msg


def test_a_step_without_anything_to_find_is_refused():
    assert any("needs `text`, `image` or `point`" in p
               for p in problems_of("name: x\nsteps:\n  - action: click\n    target: {offset: [1, 2]}\n"))


def test_unknown_placeholder_and_undeclared_secret_are_reported_together():
    found = problems_of("name: x\nsteps:\n  - action: type\n    text: 'hej {navn}'\n"
                        "  - action: type\n    secret: login\n")
    assert any("{navn}" in p and "line 3" in p for p in found)
    assert any("'login' is not declared" in p and "line 5" in p for p in found)


def test_duplicate_ids_are_reported():
    found = problems_of("name: x\nsteps:\n  - {id: a, action: wait, seconds: 1}\n"
                        "  - {id: a, action: wait, seconds: 1}\n")
    assert any("already used by step 1" in p for p in found)


def test_unknown_key_name_in_press_is_reported():
    assert any("unknown key 'ctlr'" in p.lower() or "'ctlr'" in p
               for p in problems_of("name: x\nsteps:\n  - {action: press, keys: ctlr+s}\n"))


@pytest.mark.parametrize("content, words", [
    (b"", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00binary", "binary"), (b"name: \xff\xfe x", "UTF-8"),
    (b"- just\n- a list\n", "mapping"),
])
def test_bad_files_get_a_plain_message(tmp_path, content, words):
    f = tmp_path / "bad.yaml"
    f.write_bytes(content)
    with pytest.raises(RecipeFormatError) as info:
        load_recipe(f)
    assert str(f) in str(info.value) and words in str(info.value)


def test_missing_image_anchor_is_named_with_its_path(tmp_path):
    f = tmp_path / "r.yaml"
    f.write_text("name: x\nsteps:\n  - action: click\n    target: {image: anchors/gem.png}\n")
    (p,) = check_assets(load_recipe(f))
    assert "anchors/gem.png" in str(p) and "missing" in str(p) and "line 4" in str(p)
    (tmp_path / "anchors").mkdir()
    (tmp_path / "anchors" / "gem.png").write_bytes(b"\x89PNG\r\n\x1a\n....")
    assert check_assets(load_recipe(f)) == []


def test_old_schema_versions_are_migrated_and_the_original_is_kept(tmp_path, monkeypatch):
    def rename_label(tree):
        for inp in tree.get("inputs", []):
            if "title" in inp:
                inp["label"] = inp.pop("title")
        return tree

    monkeypatch.setattr(migrations, "MIGRATIONS", {1: rename_label})
    monkeypatch.setattr("recipes.fileformat.SCHEMA_VERSION", 2)
    monkeypatch.setattr("recipes.model.SCHEMA_VERSION", 2)
    f = tmp_path / "old.yaml"
    f.write_text("schema_version: 1\nname: x\ninputs:\n  - name: cpr\n    title: CPR\nsteps: []\n")
    doc = load_recipe(f)
    assert doc.migrated_from == 1 and doc.recipe.inputs[0].label == "CPR"
    assert doc.recipe.schema_version == 2
    save_document(doc)
    assert "schema_version: 2" in f.read_text()
    assert "title: CPR" in (tmp_path / "old.yaml.v1.bak").read_text()


def test_a_failed_save_leaves_the_old_file_untouched(tmp_path, monkeypatch):
    f = tmp_path / "r.yaml"
    f.write_text(CONTRACT_EXAMPLE, "utf-8")
    r = load_recipe(f).recipe
    r.name = "Nyt navn"

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("recipes.fileformat.os.replace", broken_replace)
    with pytest.raises(OSError):
        save_recipe(r, f)
    assert f.read_text("utf-8") == CONTRACT_EXAMPLE
    assert [p.name for p in tmp_path.iterdir()] == ["r.yaml"]  # no temporary file left behind


def test_new_recipe_saves_schema_version_and_danish_letters(tmp_path):
    r = Recipe(name="Løn for Ærø", steps=[])
    f = tmp_path / "ny.yaml"
    save_recipe(r, f)
    text = f.read_text("utf-8")
    assert "schema_version: 1" in text and "Løn for Ærø" in text


def test_saving_keeps_who_may_read_the_file(tmp_path):
    # A recipe on a shared folder stays readable by colleagues after an edit.
    import os

    f = tmp_path / "r.yaml"
    f.write_text(CONTRACT_EXAMPLE, "utf-8")
    os.chmod(f, 0o664)
    r = load_recipe(f).recipe
    r.name = "Nyt navn"
    save_recipe(r, f)
    assert (f.stat().st_mode & 0o777) == 0o664
    new = tmp_path / "ny.yaml"
    old_umask = os.umask(0o022)
    try:
        save_recipe(r, new)
    finally:
        os.umask(old_umask)
    assert (new.stat().st_mode & 0o777) == 0o644


@pytest.mark.parametrize("text, line, words", [
    # an unclosed quote on line 4; the parser only notices at the end of the file (line 9)
    ('name: x\nsteps:\n  - action: type\n    text: "Godkend\n  - action: click\n'
     '    target: {text: OK}\n  - action: press\n    keys: enter\n', 4,
     "the quoted text that starts on this line (column 11) is never closed"),
    # an unclosed bracket on line 2, and the file goes on for a while
    ("name: x\nsteps: [\n  {action: click, target: {text: OK}},\n  {action: press, keys: enter}\n"
     "\n# the end\n", 2, "the list opened with '[' on this line (column 8) is not closed"),
    ("name: x\nsteps:\n  - {action: click, target: {text: A}\n  - action: press\n    keys: a\n",
     3, "the '{' on this line (column 5) is not closed with '}'"),
])
def test_a_yaml_syntax_error_names_the_line_where_the_broken_part_starts(text, line, words):
    (msg,) = problems_of(text)
    assert msg.startswith(f"r.yaml, line {line}: the YAML cannot be read: "), msg
    assert words in msg and "the parser gave up on line" in msg


def test_an_alias_bomb_is_refused_at_once_with_a_plain_message():
    import time

    lines = ['lol: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for n in range(1, 10):
        lines.append(f"x{n}: &l{n} [" + ", ".join([f"*l{n - 1}"] * 9) + "]")
    bomb = "\n".join(lines) + "\nname: x\nsteps: []\n"
    t0 = time.monotonic()
    (msg,) = problems_of(bomb)
    assert time.monotonic() - t0 < 2
    assert msg.startswith("r.yaml: ") and "alias bomb" in msg


def test_a_few_aliases_in_a_real_recipe_are_fine():
    doc = parse_recipe("name: x\nsteps:\n  - {action: click, target: &ok {text: OK}}\n"
                       "  - {action: wait_for, target: *ok}\n", "r.yaml")
    assert doc.recipe.steps[1].target.text == "OK"


def test_a_point_beside_text_or_image_is_refused():
    for other in ("text: Gem", "image: gem.png"):
        found = problems_of(f"name: x\nsteps:\n  - action: click\n    target: {{{other}, "
                            "point: [10, 20]}\n")
        assert any("line 4" in p and "either `point` or `text`/`image`, not both" in p
                   for p in found), found


def test_a_recipe_saved_as_unicode_by_notepad_loads(tmp_path):
    """Notepad's "Unicode" is UTF-16 with a byte order mark; the recipe reads the same."""
    path = tmp_path / "notepad.yaml"
    path.write_bytes(CONTRACT_EXAMPLE.replace("Godkend besked", "Løn til Søren Ærø").encode("utf-16"))
    assert load_recipe(path).recipe.name == "Løn til Søren Ærø"


def test_a_folder_given_as_a_recipe_is_called_a_folder(tmp_path):
    with pytest.raises(RecipeFormatError) as e:
        load_recipe(tmp_path)
    assert "this is a folder, not a recipe file" in str(e.value)


def test_a_spreadsheet_saved_in_the_windows_code_page_is_refused_naming_csv_utf8(tmp_path):
    from recipes.console import read_rows
    from recipes.errors import UsageError

    data = tmp_path / "sager.csv"
    data.write_bytes("cpr;navn\n120375-1234;Søren Ærø\n".encode("cp1252"))
    recipe = parse_recipe(CONTRACT_EXAMPLE).recipe
    with pytest.raises(UsageError) as e:
        read_rows(str(data), recipe)
    assert '"CSV UTF-8' in str(e.value) and "1234" not in str(e.value)
