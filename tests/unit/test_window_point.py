"""Points in a window (`window` and `point`): checked in the file, found through the desktop at
replay (fake desktop and clock), never acted on in a window that is missing, ambiguous, moving,
too small or covered."""

import pytest

from recipes.errors import RecipeFormatError, RecipeProblems
from recipes.fileformat import dump_recipe, parse_recipe
from recipes.ports import Window
from recipes.runner import RunEnvironment, Runner
from tests.unit.fakes import FakeClock, FakeDesktop, FakeInput, FakeLocator, FakeScreen, match

NOTEPAD = Window(1, "Untitled - Notepad", 300, 200, 640, 480)


def problems_of(text: str) -> list[str]:
    with pytest.raises((RecipeFormatError, RecipeProblems)) as info:
        parse_recipe(text, "r.yaml")
    e = info.value
    return [str(p) for p in getattr(e, "problems", [e])]


def make(steps, windows=(NOTEPAD,), header="", scale=None):
    doc = parse_recipe(f"name: Vinduespunkt\n{header}steps:\n{steps}", "/tmp/demo/w.yaml")
    locator = FakeLocator({"Gem": match(300, 300, how="image")})
    if scale is not None:
        locator.display_scale = scale
    desktop = FakeDesktop(windows, active=0)
    env = RunEnvironment(screen=FakeScreen(), input=FakeInput(), clock=FakeClock(),
                         locator=locator, desktop=desktop)
    return Runner(doc, env), env


def said(run) -> str:
    """The run's message without the note about its screenshot (the fakes have no OCR)."""
    return run.message.removesuffix(" (screenshot not kept: it could not be masked)")


def clicks(env):
    return [c for c in env.input.calls if c[0] in ("click", "drag", "scroll")]


# -- the file ------------------------------------------------------------------------------------

def test_a_point_in_a_window_loads_and_saves_unchanged():
    text = ("name: t\nsteps:\n"
            "  - action: click\n    target: {window: '^Untitled - Notepad$', point: [120, 80]}\n")
    recipe = parse_recipe(text).recipe
    target = recipe.steps[0].target
    assert (target.window, target.point) == ("^Untitled - Notepad$", (120, 80))
    assert parse_recipe(dump_recipe(recipe)).recipe == recipe
    assert target.describe() == "point [120, 80] in the window '^Untitled - Notepad$'"


def test_a_window_beside_text_or_image_or_without_a_point_is_refused_naming_step_and_line():
    for extra in ("text: Gem, point: [1, 2]", "image: a.png, point: [1, 2]", "text: Gem"):
        problems = problems_of("name: t\nsteps:\n  - id: klik\n    action: click\n"
                               f"    target: {{window: Notepad, {extra}}}\n")
        assert any("line 5" in p and "step 1 'klik'" in p and "`window`" in p for p in problems), \
            problems
    problems = problems_of("name: t\nsteps:\n  - action: click\n    target: {window: Notepad}\n")
    assert any("a target with `window` needs `point`" in p for p in problems), problems


def test_an_invalid_window_pattern_is_a_plain_error_at_check_time():
    problems = problems_of("name: t\nsteps:\n  - action: click\n"
                           "    target:\n      window: 'Notepad ('\n      point: [1, 2]\n")
    assert any("line 5" in p and "'Notepad (' is not a valid regular expression" in p
               for p in problems), problems


def test_an_unknown_placeholder_in_the_window_pattern_is_reported():
    problems = problems_of("name: t\nsteps:\n  - action: click\n"
                           "    target: {window: 'Sag {sag}', point: [1, 2]}\n")
    assert any("{sag}" in p for p in problems), problems


# -- replay --------------------------------------------------------------------------------------

def test_the_click_lands_at_the_point_measured_from_the_window_wherever_it_is():
    runner, env = make("  - {action: click, target: {window: notepad, point: [120, 80]}}\n")
    run = runner.run({})
    assert run.status == "passed", run.message
    assert clicks(env) == [("click", 420, 280, "left", 1)]
    assert run.steps[0].found.how == "window" and run.steps[0].found.label == NOTEPAD.title


def test_the_point_and_offset_are_scaled_by_the_display_scale_of_the_run():
    runner, env = make("  - {action: right_click, target: {window: notepad, point: [120, 80], "
                       "offset: [10, 0]}}\n", scale=1.5)
    assert runner.run({}).status == "passed"
    assert clicks(env) == [("click", 300 + 180 + 15, 200 + 120, "right", 1)]


def test_a_value_filled_into_the_window_pattern_is_matched_literally():
    sag = Window(2, "Sag (2024).1", 10, 10, 300, 300)
    runner, env = make("  - {action: double_click, target: {window: '^Sag {sag}$', "
                       "point: [5, 5]}}\n", windows=(Window(3, "Sag 2024-1", 0, 0, 300, 300), sag),
                       header="inputs: [{name: sag}]\n")
    env.desktop.under = sag
    run = runner.run({"sag": "(2024).1"})
    assert run.status == "passed", run.message
    assert clicks(env) == [("click", 15, 15, "left", 2)]


def test_no_matching_window_fails_naming_the_pattern_and_nothing_is_clicked():
    runner, env = make("  - {action: click, timeout: 2, target: {window: '^Sag {sag}$', "
                       "point: [5, 5]}}\n", header="inputs: [{name: sag, sensitive: true}]\n")
    run = runner.run({"sag": "010203-1234"})
    assert run.status == "failed"
    assert run.message.startswith("no window whose title matches '^Sag {sag}$' showed within 2 s")
    assert "010203" not in run.message
    assert clicks(env) == []


def test_two_matching_windows_fail_as_ambiguous_naming_both_and_nothing_is_clicked():
    runner, env = make("  - {action: click, target: {window: Sag, point: [5, 5]}}\n",
                       windows=(Window(1, "Sag 17", 0, 0, 99, 99), Window(2, "Sag 18", 0, 0, 99, 99)))
    run = runner.run({})
    assert run.status == "failed"
    assert run.message.startswith("the title 'Sag' matches 2 windows ('Sag 17'; 'Sag 18'); "
                                  "nothing was done.")
    assert clicks(env) == []


def test_a_window_that_keeps_moving_is_not_clicked():
    runner, env = make("  - {action: click, timeout: 3, target: {window: notepad, "
                       "point: [120, 80]}}\n")
    desktop = env.desktop
    looks = []

    def find_windows(pattern):  # a person drags the window: every look sees it elsewhere
        looks.append(pattern)
        w = desktop.windows[0]
        desktop.windows[0] = desktop.active = Window(w.id, w.title, w.x + 7, w.y, w.width, w.height)
        return list(desktop.windows)
    desktop.find_windows = find_windows
    run = runner.run({})
    assert run.status == "failed"
    assert said(run) == ("the window 'Untitled - Notepad' did not stay at one place within "
                           "3 s (it was still opening or moving); nothing was done")
    assert clicks(env) == [] and len(looks) > 10


def test_a_window_that_stops_moving_is_clicked_where_it_came_to_rest():
    runner, env = make("  - {action: click, target: {window: notepad, point: [10, 10]}}\n")
    desktop = env.desktop
    moves = iter([(500, 200), (600, 250), (700, 300)])

    def find_windows(pattern):
        w = desktop.windows[0]
        x, y = next(moves, (w.x, w.y))
        desktop.windows[0] = desktop.active = Window(w.id, w.title, x, y, w.width, w.height)
        return list(desktop.windows)
    desktop.find_windows = find_windows
    assert runner.run({}).status == "passed"
    assert clicks(env) == [("click", 710, 310, "left", 1)]


def test_a_point_outside_a_window_made_smaller_fails_and_says_its_size():
    small = Window(1, "Untitled - Notepad", 300, 200, 100, 60)
    runner, env = make("  - {action: click, timeout: 1, target: {window: notepad, "
                       "point: [120, 80]}}\n", windows=(small,))
    run = runner.run({})
    assert run.status == "failed"
    assert run.message.startswith("the point (120, 80) lies outside the window "
                                  "'Untitled - Notepad', which is 100 x 60 pixels now")
    assert clicks(env) == []


def test_a_point_covered_by_another_window_is_not_clicked_until_that_window_goes():
    dialog = Window(9, "Gem ændringer?", 380, 250, 200, 100)
    runner, env = make("  - {action: click, timeout: 2, target: {window: notepad, "
                       "point: [120, 80]}}\n", windows=(NOTEPAD, dialog))
    env.desktop.under = dialog
    run = runner.run({})
    assert run.status == "failed"
    assert said(run) == ("the point (120, 80) in the window 'Untitled - Notepad' is covered "
                           "by the window 'Gem ændringer?'; nothing was done")
    assert clicks(env) == []

    runner, env = make("  - {action: click, timeout: 5, target: {window: notepad, "
                       "point: [120, 80]}}\n", windows=(NOTEPAD, dialog))
    env.desktop.under = dialog
    sleep = env.clock.sleep
    start = env.clock.now()

    def sleep_then_close(seconds):  # the person closes the dialog after a second
        sleep(seconds)
        if env.clock.now() - start > 1:
            env.desktop.under = None
    env.clock.sleep = sleep_then_close
    assert runner.run({}).status == "passed"
    assert clicks(env) == [("click", 420, 280, "left", 1)]


def test_a_click_in_a_window_chooses_it_for_the_keys_that_follow():
    runner, env = make("  - {action: click, target: {window: notepad, point: [120, 80]}}\n"
                       "  - {action: type, text: Hej}\n")
    assert runner.run({}).status == "passed"
    assert env.input.calls[-1] == ("type", "Hej")


def test_wait_for_and_drag_and_read_text_use_the_window_too():
    runner, env = make("  - {action: wait_for, target: {window: notepad, point: [0, 0]}}\n"
                       "  - action: drag\n    target: {window: notepad, point: [10, 10]}\n"
                       "    to: {window: notepad, point: [200, 100]}\n")
    assert runner.run({}).status == "passed"
    assert clicks(env) == [("drag", 310, 210, 500, 300)]


def test_wait_for_gone_waits_until_no_window_matches():
    runner, env = make("  - {action: wait_for, gone: true, timeout: 2, target: {window: notepad, "
                       "point: [0, 0]}}\n")
    run = runner.run({})
    assert run.status == "failed" and "was still visible after 2 s" in run.message
    runner, env = make("  - {action: wait_for, gone: true, target: {window: notepad, "
                       "point: [0, 0]}}\n")
    env.desktop.windows = []
    assert runner.run({}).status == "passed"
