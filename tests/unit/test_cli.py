"""The command line as a user meets it: exit codes and plain messages, never a traceback."""

import pytest

import main

GOOD = "name: Godkend\nsteps:\n  - {action: click, target: {text: Godkend}}\n"


def run_main(capsys, *argv):
    code = main.main(["--lang", "en", *argv])   # the English lines these tests read
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_check_accepts_a_valid_recipe(tmp_path, capsys):
    f = tmp_path / "ok.yaml"
    f.write_text(GOOD)
    code, out, _ = run_main(capsys, "check", str(f))
    assert code == 0 and "valid: 'Godkend', 1 step, 0 inputs" in out


def test_check_accepts_the_count_of_occurrences_the_recorder_writes(tmp_path, capsys):
    f = tmp_path / "rows.yaml"
    f.write_text("name: Rækker\nsteps:\n  - {action: click, target: {text: Jensen, index: 2, count: 3}}\n")
    code, out, _ = run_main(capsys, "check", str(f))
    assert code == 0 and "valid: 'Rækker'" in out


@pytest.mark.parametrize("content, words", [
    ("name: x\nsteps:\n  - {action: click, target: {text: Gem, index: 4, count: 3}}\n",
     "line 3: step 1, target: index 4 is more than count 3"),
    ("name: x\nsteps:\n  - {action: click, target: {text: Gem, count: 0}}\n", "count"),
    ("name: x\nsteps:\n  - action: clik\n", "line 3: step 1: unknown action 'clik'"),
    ("", "the file is empty"),
    ("name: x\nsteps:\n  - {action: click, target: {image: anker.png}}\n", "'anker.png' is missing"),
    ("name: x\nsteps: [\n", "YAML cannot be read"),
    ("name: x\nsteps:\n  - {action: click, target: {text: Gem, near: [1]}}\n",
     "line 3: step 1, target, near: needs two numbers, as [x, y], not 1"),
    ("name: x\nsteps:\n  - {action: click, target: {text: Gem, region: [1, 2, 3, 4, 5]}}\n",
     "region: needs four numbers, as [x, y, width, height], not 5"),
    ("name: x\ninputs:\n  - {name: cpr, default: 10203}\nsteps: []\n",
     "default: write it as text in quotes, e.g. \"10203\""),
])
def test_check_rejects_bad_recipes_with_file_line_and_reason(tmp_path, capsys, content, words):
    f = tmp_path / "bad.yaml"
    f.write_text(content)
    code, _, err = run_main(capsys, "check", str(f))
    assert code == 2 and words in err and str(f) in err


def test_check_of_a_missing_file_says_so(tmp_path, capsys):
    code, _, err = run_main(capsys, "check", str(tmp_path / "nope.yaml"))
    assert code == 2 and "does not exist" in err


def test_run_without_a_display_says_what_to_do(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    f = tmp_path / "ok.yaml"
    f.write_text(GOOD)
    code, _, err = run_main(capsys, "--home", str(tmp_path / "h"), "run", str(f))
    assert code == 2 and "no display" in err and "demo" in err


def test_run_with_an_unknown_input_is_a_usage_error(tmp_path, capsys):
    f = tmp_path / "ok.yaml"
    f.write_text(GOOD)
    code, _, err = run_main(capsys, "--home", str(tmp_path / "h"), "run", str(f), "--set", "cpr=1")
    assert code == 2 and "no input named cpr" in err


def test_unknown_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as e:
        main.main(["bogus"])
    assert e.value.code == 2


def test_run_lines_keep_their_columns_with_long_step_ids():
    import io

    from recipes.console import ConsoleObserver
    from recipes.fileformat import parse_recipe
    from recipes.run import StepResult

    doc = parse_recipe("""
name: Lange navne
steps:
  - {id: a, action: click, target: {text: Gem}}
  - {id: klik_i_feltet_ved_ydelsesmodtagerens_adresse_og_postnummer, action: click,
     target: {text: "Ydelsesmodtagerens fulde adresse inklusive postnummer og by"}}
""")
    out = io.StringIO()
    console = ConsoleObserver(doc.recipe, out)
    for i, step in enumerate(doc.recipe.steps):
        console.step_finished(i, StepResult(i, step.id, step.action, status="passed", duration=0.1))
    first, second = out.getvalue().splitlines()
    assert first.index("click") == second.index("click")      # the action column lines up
    assert "…" in second and len(second) < 120
    assert first.startswith("1/2 a") and second.startswith("2/2 klik_i_feltet")


def test_a_drag_line_names_both_ends_and_where_each_was_found():
    import io

    from recipes.console import ConsoleObserver
    from recipes.fileformat import parse_recipe
    from recipes.match import Match
    from recipes.run import StepResult

    doc = parse_recipe("""
name: Træk
steps:
  - {id: t, action: drag, target: {text: Fil}, to: {image: a/kurv.png}}
""")
    out = io.StringIO()
    result = StepResult(0, "t", "drag", status="passed", duration=0.2,
                        found=Match(90, 100, 20, 20, 1.0), found_to=Match(590, 390, 20, 20, 0.93))
    ConsoleObserver(doc.recipe, out).step_finished(0, result)
    line = out.getvalue()
    assert "text 'Fil' -> image a/kurv.png" in line
    assert "found at (100, 110) score 1.00 -> (600, 400) score 0.93" in line


SENSITIVE = ("name: Sag\ninputs:\n  - {name: cpr, sensitive: true}\n  - {name: belob}\n"
             "steps:\n  - {action: type, text: '{cpr} {belob}'}\n")


def test_sensitive_inputs_can_come_from_standard_input_or_a_file_not_the_command_line(
        tmp_path, capsys, monkeypatch):
    """Values given with --set show in `ps` to every user of the computer: --set-stdin and
    --set-file keep them off the command line. (No display here: the run stops right after
    every input has its value.)"""
    import io

    monkeypatch.delenv("DISPLAY", raising=False)
    f = tmp_path / "sag.yaml"
    f.write_text(SENSITIVE)
    amount = tmp_path / "belob.txt"
    amount.write_text("1.250,00\n")
    monkeypatch.setattr("sys.stdin", io.StringIO("120375-1234\n"))
    code, out, err = run_main(capsys, "--home", str(tmp_path / "h"), "run", str(f),
                              "--set-stdin", "cpr", "--set-file", f"belob={amount}")
    assert code == 2 and "no display" in err, err
    assert "has no value" not in err and "120375" not in out + err

    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _, err = run_main(capsys, "--home", str(tmp_path / "h"), "run", str(f),
                            "--set-stdin", "cpr", "--set", "belob=1")
    assert code == 2 and "--set-stdin cpr: standard input ended before its value" in err


def test_a_sensitive_value_on_the_command_line_gets_a_note_and_is_never_repeated(
        tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    f = tmp_path / "sag.yaml"
    f.write_text(SENSITIVE)
    code, _, err = run_main(capsys, "--home", str(tmp_path / "h"), "run", str(f),
                            "--set", "cpr=120375-1234", "--set", "belob=1")
    assert code == 2 and "--set-stdin cpr" in err and "120375" not in err
    code, _, err = run_main(capsys, "--home", str(tmp_path / "h"), "run", str(f),
                            "--set", "120375-1234")
    assert code == 2 and "no NAME= part" in err and "120375" not in err


def test_an_unexpected_error_is_one_plain_line_and_a_log_file_named_on_screen(
        tmp_path, capsys, monkeypatch, home):
    import stat

    def broken(args):
        raise KeyError("steps")     # a bug, as a person would meet it

    monkeypatch.setattr(main, "cmd_check", broken)
    code, out, err = run_main(capsys, "check", str(tmp_path / "x.yaml"))
    assert code == 1
    assert "error: something unexpected went wrong (KeyError: 'steps')" in err
    (log,) = (home / "logs").glob("error-*.log")
    assert str(log) in err
    assert "Traceback" in log.read_text() and "raise KeyError" in log.read_text()
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


def test_debug_shows_the_traceback_of_an_unexpected_error(tmp_path, capsys, monkeypatch, home):
    def broken(args):
        raise KeyError("steps")

    monkeypatch.setattr(main, "cmd_check", broken)
    for argv in (["--debug", "check", "x.yaml"], ["check", "--debug", "x.yaml"]):
        assert main.main(argv) == 1
        _, err = capsys.readouterr()
        assert "Traceback" in err and "raise KeyError" in err


def test_an_empty_password_is_not_stored(capsys, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
    code, out, err = run_main(capsys, "secret", "set", "sagssystem")
    assert code == 2 and "no password was given for 'sagssystem'; nothing was stored" in err
    assert "stored the password" not in out


DECIDES = ("name: Afgør\nsteps:\n"
           "  - {id: ok, action: checkpoint, message: Godkend?}\n"
           "  - {id: godkend, action: click, target: {text: Godkend}, decision: true}\n")


def test_check_refuses_a_decision_without_a_checkpoint_naming_both_steps(tmp_path, capsys):
    f = tmp_path / "afg.yaml"
    f.write_text(DECIDES.replace("  - {id: ok, action: checkpoint, message: Godkend?}\n", "")
                 + "  - {id: afvis, action: click, target: {text: Afvis}, decision: true}\n")
    code, _, err = run_main(capsys, "check", str(f))
    assert code == 2
    assert "line 3: step 1 'godkend' writes a decision" in err
    assert "line 4: step 2 'afvis'" in err and "since step 1 'godkend'" in err


def test_a_run_from_past_the_checkpoint_is_refused_before_the_display_is_used(tmp_path, capsys,
                                                                             monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    f = tmp_path / "afg.yaml"
    f.write_text(DECIDES)
    code, _, err = run_main(capsys, "run", str(f), "--from-step", "godkend")
    assert code == 2 and "refused: step 2 'godkend' writes a decision" in err
    assert "the run starts at it" in err


def test_the_language_of_a_run_may_be_given_after_run_as_well(tmp_path, capsys, monkeypatch):
    """From the first-hour trial: `run RECIPE --lang en` was refused as an unknown argument."""
    monkeypatch.delenv("DISPLAY", raising=False)
    f = tmp_path / "ok.yaml"
    f.write_text(GOOD)
    code = main.main(["--home", str(tmp_path / "h"), "run", str(f), "--lang", "da"])
    out, err = capsys.readouterr()
    assert code == 2 and "unrecognized" not in err
    assert err.startswith("fejl: ")          # Danish, as asked (no display here)
    code = main.main(["--home", str(tmp_path / "h"), "run", str(f), "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == 2 and err.startswith("error: ")
