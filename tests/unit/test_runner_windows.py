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


class KeyByKeyInput(FakeInput):
    """Types as the real adapters do: the abort watch is asked before every character. After
    `steal_after` characters another window takes the focus."""

    def __init__(self, desktop, steal_after, thief):
        super().__init__()
        self.abort, self.desktop, self.steal_after, self.thief = None, desktop, steal_after, thief
        self.received: dict[str, str] = {}

    def type_text(self, text):
        for i, ch in enumerate(text):
            if i == self.steal_after:
                self.desktop.active = self.desktop.window(self.thief)
            if self.abort is not None:
                self.abort.check()
            title = self.desktop.active.title
            self.received[title] = self.received.get(title, "") + ch


def test_a_window_that_takes_the_focus_while_typing_gets_no_key_and_the_step_says_so():
    runner, env = make("  - {action: focus, window: '^Sagssystem$'}\n"
                       "  - {action: type, text: Søren Ærø Åby}\n",
                       windows=("Sagssystem", "Sagssystem (2)"))
    env.input = runner.env.input = KeyByKeyInput(env.desktop, 6, "Sagssystem (2)")
    run = runner.run({})
    assert run.status == "failed", run.steps
    assert env.input.received == {"Sagssystem": "Søren "}  # nothing in the other window
    assert run.steps[1].message.startswith(
        "the keyboard focus moved from 'Sagssystem' to 'Sagssystem (2)' while typing; typing "
        "stopped after 6 of 13 characters, and nothing went into the other window")


class OpeningDesktop(FakeDesktop):
    """An older window of the title is open; the program the recipe launches shows its own
    window `opens_after` seconds later (never, for a program that hands over to a running one)."""

    def __init__(self, clock, opens_after):
        super().__init__([Window(1, "Untitled - Notepad", 0, 0, 400, 300, pid=10)], active=0)
        self.clock, self.opens_at, self.opened = clock, None, opens_after is not None
        self.opens_after = opens_after
        self.chains = {4243: (4243, 4242)}

    def launch(self, command, cwd=None):
        self.opens_at = self.clock.now() + (self.opens_after or 0)
        return super().launch(command, cwd)

    def find_windows(self, title_pattern):
        if self.opened and self.opens_at is not None and self.clock.now() >= self.opens_at \
                and len(self.windows) == 1:
            self.windows.append(Window(2, "Untitled - Notepad", 50, 50, 400, 300, pid=4243))
        return super().find_windows(title_pattern)


def launched_then_focused(opens_after):
    runner, env = make("  - {action: launch, command: [notepad]}\n"
                       "  - {action: focus, window: Notepad}\n"
                       "  - {action: type, text: hej}\n")
    env.desktop = runner.env.desktop = OpeningDesktop(env.clock, opens_after)
    return runner.run({}), env


def test_focus_after_a_launch_takes_the_new_programs_window_not_an_older_one_of_its_title():
    run, env = launched_then_focused(opens_after=1.5)
    assert run.status == "passed", run.steps
    assert env.desktop.activated == [2] and env.desktop.active.id == 2


def test_focus_after_a_launch_that_handed_over_to_a_running_program_takes_the_open_window():
    run, env = launched_then_focused(opens_after=None)
    assert run.status == "passed", run.steps
    assert env.desktop.active.id == 1
