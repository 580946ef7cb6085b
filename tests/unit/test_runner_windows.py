"""The runner and windows: `focus` picks one window or none, keys go only to the window the last
focus, click or launch chose, and a secret only where its credential may go (fake desktop)."""

from recipes.fileformat import parse_recipe
from recipes.ports import Window
from recipes.runner import RunEnvironment, Runner
from tests.unit.fakes import (
    FakeClock, FakeDesktop, FakeInput, FakeLocator, FakeScreen, FakeSecrets, match,
)

XTERM = Window(7, "sagsbeh@server: ~", 0, 0, 500, 300, pid=77, wm_class=("xterm", "XTerm"))


def make(steps, windows=("Sagssystem",), active=0, header=""):
    doc = parse_recipe(f"name: Vinduer\n{header}steps:\n{steps}", "/tmp/demo/v.yaml")
    env = RunEnvironment(
        screen=FakeScreen(), input=FakeInput(), clock=FakeClock(),
        locator=FakeLocator({"Adgangskode": match(100, 100), "Gem": match(300, 300)}),
        desktop=FakeDesktop(windows, active),
        secrets=FakeSecrets({"sag": ("sagsbeh", "Hemmelig1!")}))
    return Runner(doc, env), env


def typed(env):
    return [c for c in env.input.calls if c[0] in ("type", "press")]


def test_two_windows_matching_the_focus_title_fail_listing_both_and_nothing_is_focused():
    runner, env = make("  - {action: focus, window: Sag}\n  - {action: type, text: hej}\n",
                       windows=("Sag 2024-17", "Notesblok", "Sag 2024-18"), active=1)
    run = runner.run({})
    assert run.status == "failed"
    message = run.steps[0].message
    assert "matches 2 windows" in message
    assert "'Sag 2024-17'" in message and "'Sag 2024-18'" in message
    assert env.desktop.activated == [] and typed(env) == []


def test_a_value_filled_into_the_focus_title_is_matched_literally():
    runner, env = make("  - {action: focus, window: '^Sag {sag}$'}\n",
                       windows=("Sag 2024-1", "Sag (2024).1"), active=None,
                       header="inputs: [{name: sag}]\n")
    run = runner.run({"sag": "(2024).1"})
    assert run.status == "passed", run.message
    assert env.desktop.activated == [env.desktop.window("Sag (2024).1").id]


def test_focus_that_finds_no_window_names_the_pattern_as_written():
    runner, env = make("  - {action: focus, window: '^Sag {sag}$', timeout: 2}\n",
                       header="inputs: [{name: sag, sensitive: true}]\n")
    run = runner.run({"sag": "010203-1234"})
    assert run.status == "failed"
    assert run.steps[0].message.startswith(
        "no window whose title matches '^Sag {sag}$' showed within 2 s")
    assert "010203" not in run.steps[0].message


def test_typing_stops_before_the_first_key_when_another_window_took_the_focus():
    runner, env = make("  - {action: focus, window: Sagssystem}\n"
                       "  - {action: wait, seconds: 1}\n"
                       "  - {action: type, text: hej}\n",
                       windows=("Sagssystem", "Opdatering tilgængelig"))
    steal = env.clock.sleep

    def sleep_and_steal(seconds):  # a pop-up takes the focus while the robot waits
        steal(seconds)
        env.desktop.active = env.desktop.window("Opdatering tilgængelig")
    env.clock.sleep = sleep_and_steal
    run = runner.run({})
    assert run.status == "failed"
    assert run.steps[-1].message.startswith(
        "the keyboard focus is on 'Opdatering tilgængelig', not on 'Sagssystem'")
    assert typed(env) == []


def test_a_press_goes_only_to_the_window_a_click_chose_and_fails_with_none_chosen():
    runner, env = make("  - {action: press, keys: ctrl+s}\n")
    run = runner.run({})
    assert run.status == "failed" and "no earlier step chose the window" in run.message
    assert typed(env) == []
    runner, env = make("  - {action: click, target: {text: Gem}}\n"
                       "  - {action: press, keys: Return}\n")
    run = runner.run({})
    assert run.status == "passed", run.message
    assert typed(env) == [("press", "Enter")]


def test_keys_after_a_click_may_go_to_a_dialog_of_the_same_program_but_not_another_program():
    steps = ("  - {action: click, target: {text: Gem}}\n"
             "  - {action: type, text: hej}\n")
    main = Window(1, "Sagssystem", 0, 0, 400, 300, pid=500, program=500)
    dialog = Window(2, "Gem sag", 50, 50, 200, 100, pid=500, program=500)
    chat = Window(3, "Chat: ny besked", 0, 0, 300, 200, pid=600, program=600)
    for other, status in ((dialog, "passed"), (chat, "failed")):
        runner, env = make(steps, windows=(main, dialog, chat))
        env.input.after_click = lambda other=other: setattr(env.desktop, "active", other)
        run = runner.run({})
        assert run.status == status, run.message
        assert typed(env) == ([("type", "hej")] if status == "passed" else [])


def test_keys_after_a_launch_go_only_to_a_window_of_the_program_started():
    steps = "  - {action: launch, command: [sagssystem]}\n  - {action: type, text: hej}\n"
    runner, env = make(steps, windows=(Window(3, "Sagssystem", 0, 0, 9, 9, pid=4243),))
    assert runner.run({}).status == "failed" and typed(env) == []
    runner, env = make(steps, windows=(Window(3, "Sagssystem", 0, 0, 9, 9, pid=4243),))
    env.desktop.chains[4243] = (4243, 4242)  # the program's child owns the window
    assert runner.run({}).status == "passed" and typed(env) == [("type", "hej")]


def test_a_secret_is_never_typed_into_a_terminal():
    runner, env = make("  - {action: focus, window: sagsbeh}\n"
                       "  - {action: type, secret: sag}\n",
                       windows=(XTERM,), header="credentials: [{name: sag}]\n")
    run = runner.run({})
    assert run.status == "failed"
    assert "never typed into a terminal" in run.message and "Hemmelig" not in run.message
    assert typed(env) == []


def test_a_secret_goes_only_into_the_windows_its_credential_names():
    header = "credentials: [{name: sag, window: '^KommuneSag'}]\n"
    steps = "  - {action: type, secret: sag, target: {text: Adgangskode}}\n"
    runner, env = make(steps, windows=("Notesblok – KommuneSag.txt",), header=header)
    run = runner.run({})
    assert run.status == "failed" and typed(env) == []
    assert run.message.startswith("the credential 'sag' may only be typed into a window whose "
                                  "title matches '^KommuneSag'")
    runner, env = make(steps, windows=("KommuneSag 2003",), header=header)
    assert runner.run({}).status == "passed" and typed(env) == [("type", "Hemmelig1!")]


def test_check_accepts_a_credentials_window_and_refuses_one_that_is_no_pattern(tmp_path, capsys):
    import main

    recipe = tmp_path / "login.yaml"
    recipe.write_text("name: Log ind\ncredentials:\n  - {name: sag, window: '^KommuneSag'}\n"
                      "steps:\n  - {action: type, secret: sag}\n", "utf-8")
    assert main.main(["check", str(recipe)]) == 0
    recipe.write_text("name: Log ind\ncredentials:\n  - {name: sag, window: 'Kommune(Sag'}\n"
                      "steps:\n  - {action: type, secret: sag}\n", "utf-8")
    assert main.main(["check", str(recipe)]) == 2
    err = capsys.readouterr().err
    assert "line 3" in err and "'Kommune(Sag' is not a valid regular expression" in err
