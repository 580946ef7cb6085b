"""Raw event streams (as a person makes them) -> the steps a specialist would expect to see."""

from recorders.events import RawEvent, click, combo, keys, press, release, scroll
from recorders.fold import fold
from recorders.steps import build_recipe


def numbered(events):
    for i, e in enumerate(events, 1):
        e.seq = i
    return events


def steps_of(events):
    built = build_recipe(numbered(events), {}, "t", "t_assets")
    return built.recipe.steps


def test_click_type_click_becomes_three_steps_and_drops_nothing():
    ev = click(0.0, 100, 200) + keys(0.5, "Søren Ærø") + click(3.0, 300, 400)
    steps = steps_of(ev)
    assert [s.action for s in steps] == ["click", "type", "click"]
    assert steps[1].text == "Søren Ærø"
    assert steps[0].target.point == (100, 200)


def test_backspace_is_applied_to_the_typed_text():
    ev = keys(0.0, ["h", "e", "j", "x", "BackSpace", "s", "a"])
    steps = steps_of(ev)
    assert [s.action for s in steps] == ["type"]
    assert steps[0].text == "hejsa"


def test_backspace_with_nothing_typed_is_a_press():
    steps = steps_of(keys(0.0, ["BackSpace"]))
    assert steps[0].action == "press" and steps[0].keys == "BackSpace"


def test_text_typed_and_fully_erased_leaves_no_step():
    assert steps_of(keys(0.0, ["a", "b", "BackSpace", "BackSpace"])) == []


def test_two_quick_clicks_are_one_double_click():
    ev = click(0.0, 50, 50) + click(0.2, 51, 50)
    steps = steps_of(ev)
    assert [s.action for s in steps] == ["double_click"]


def test_two_slow_clicks_stay_two_clicks():
    ev = click(0.0, 50, 50) + click(1.0, 50, 50)
    assert [s.action for s in steps_of(ev)] == ["click", "click"]


def test_right_click_is_recorded_as_right_click():
    assert steps_of(click(0.0, 5, 5, button="right"))[0].action == "right_click"


def test_press_move_release_is_a_drag_from_press_to_release():
    ev = [press(0.0, 10, 10), release(0.5, 200, 120)]
    (step,) = steps_of(ev)
    assert step.action == "drag"
    assert step.target.point == (10, 10) and step.to.point == (200, 120)


def test_a_wheel_burst_is_one_scroll_step():
    ev = [scroll(0.0 + i * 0.05, 300, 300, 1) for i in range(5)] + [scroll(2.0, 300, 300, -2)]
    steps = steps_of(ev)
    assert [(s.action, s.amount) for s in steps] == [("scroll", 5), ("scroll", -2)]


def test_ctrl_s_is_a_press_and_splits_the_typing():
    ev = keys(0.0, "abc") + combo(1.0, "Control_L", "s") + keys(2.0, "de")
    steps = steps_of(ev)
    assert [(s.action, getattr(s, "text", None) or getattr(s, "keys", None)) for s in steps] == [
        ("type", "abc"), ("press", "ctrl+s"), ("type", "de")]


def test_special_keys_become_presses_and_shift_tab_is_named():
    ev = keys(0.0, ["Return", "Tab"]) + combo(1.0, "Shift_L", "ISO_Left_Tab") + combo(2.0, "Alt_L", "F4")
    assert [s.keys for s in steps_of(ev)] == ["Return", "Tab", "shift+Tab", "alt+F4"]


def test_capital_danish_letters_typed_with_shift_stay_text():
    ev = combo(0.0, "Shift_L", "Æ") + keys(0.2, "blegrød")
    steps = steps_of(ev)
    assert [s.action for s in steps] == ["type"] and steps[0].text == "Æblegrød"


def test_altgr_characters_are_text_not_presses():
    ev = combo(0.0, "ISO_Level3_Shift", "@")
    steps = steps_of(keys(0.0, "a") + ev)
    assert steps[0].text == "a@"


def test_modifier_pressed_alone_makes_no_step():
    ev = [RawEvent("key_down", 0.0, key="Control_L"), RawEvent("key_up", 0.1, key="Control_L")]
    assert steps_of(ev) == []


def test_masked_keys_become_a_secret_type_and_a_credential_without_the_value():
    ev = click(0.0, 10, 10) + [RawEvent("key_down", 1 + i * 0.1, key="\u2022", masked=True) for i in range(6)]
    built = build_recipe(numbered(ev), {}, "Løn", "t_assets", secrets={3: "hemlig"})
    step = built.recipe.steps[1]
    # Filed under the recipe: the keyring has one entry per name on the computer, and another
    # recipe's log-in must not overwrite this one's.
    assert step.action == "type" and step.secret == "loen_login" and step.text is None
    assert [c.name for c in built.recipe.credentials] == ["loen_login"]
    assert built.secrets == {"loen_login": (None, "hemlig")}
    other = build_recipe(numbered(ev), {}, "Faktura 2", "f_assets", secrets={3: "x"})
    assert [c.name for c in other.recipe.credentials] == ["faktura_2_login"]
    from recipes.fileformat import dump_recipe

    assert "hemlig" not in dump_recipe(built.recipe)


def test_username_typed_before_the_password_names_the_keyring_entry():
    ev = (click(0.0, 10, 10) + keys(0.5, "jens") + click(2.0, 10, 40)
          + [RawEvent("key_down", 3 + i * 0.1, key="\u2022", masked=True) for i in range(4)])
    built = build_recipe(numbered(ev), {}, "t", "t_assets")
    assert built.recipe.credentials[0].username == "jens"


def test_text_typed_before_a_shortcut_is_no_user_name_of_the_secret_after_it():
    # A note typed in an editor, Ctrl+S, then a field kept secret in the save dialog: the note is
    # no user name (it would be written into the recipe as one).
    ev = (click(0.0, 10, 10) + keys(0.5, "Notat om Åse") + combo(2.0, "Control_L", "s")
          + [RawEvent("key_down", 3 + i * 0.1, key="\u2022", masked=True) for i in range(4)])
    built = build_recipe(numbered(ev), {}, "t", "t_assets")
    assert built.recipe.credentials[0].username is None


def test_cpr_numbers_typed_become_a_sensitive_input_placeholder():
    ev = keys(0.0, "010203-1234") + keys(2.0, ["Tab"]) + keys(3.0, "0102031234 og 311299-0000")
    built = build_recipe(numbered(ev), {}, "t", "t_assets")
    texts = [s.text for s in built.recipe.steps if s.action == "type"]
    assert texts == ["{cpr}", "{cpr} og {cpr2}"]
    assert [(i.name, i.sensitive) for i in built.recipe.inputs] == [("cpr", True), ("cpr2", True)]


def test_numbers_that_are_not_dates_are_kept_as_text():
    steps = steps_of(keys(0.0, "9999999999"))
    assert steps[0].text == "9999999999"


def test_fold_of_a_prefix_gives_the_steps_so_far():
    ev = numbered(click(0.0, 1, 1) + keys(0.5, "ab"))
    assert [g.kind for g in fold(ev[:3])] == ["click", "type"]


def test_a_recorded_recipe_passes_the_recipe_checks():
    from recipes.fileformat import dump_recipe, parse_recipe

    ev = (click(0.0, 10, 10) + keys(0.5, "010203-1234") + combo(1.0, "Control_L", "plus")
          + [RawEvent("key_down", 3 + i * 0.1, key="\u2022", masked=True) for i in range(4)]
          + keys(4.0, ["Return"]))
    built = build_recipe(numbered(ev), {}, "Optagelse", "o_assets")
    doc = parse_recipe(dump_recipe(built.recipe))
    assert [s.action for s in doc.recipe.steps] == ["click", "type", "press", "type", "press"]


def test_the_ctrl_c_that_stopped_a_recorder_in_a_terminal_is_not_a_step():
    ev = numbered(click(0.0, 10, 10) + combo(2.0, "Control_L", "c"))
    assert [s.action for s in build_recipe(ev, {}, "t", "a", stopped_by_signal=True).recipe.steps] == ["click"]
    assert [s.action for s in build_recipe(ev, {}, "t", "a").recipe.steps] == ["click", "press"]


def test_a_recording_that_begins_with_keys_begins_by_focusing_their_window():
    """Keys go only to the window a step chose: a recording that begins by typing (or switches
    windows with the keyboard) says which window with a `focus` step, matched literally; a CPR
    number in the title is its input's placeholder."""
    ev = ([RawEvent("focus", 0.0, title="KommuneSag - Sag 120375-1234 (ny)")] + keys(0.1, "hej")
          + click(2.0, 100, 200) + keys(2.5, "x")
          + [RawEvent("focus", 4.0, title="Alt+Tab: Journal [2024]")] + combo(4.1, "Control_L", "s")
          + [RawEvent("focus", 6.0, title="xterm")])   # the stop hotkey, pressed in the terminal
    steps = steps_of(ev)
    assert [s.action for s in steps] == ["focus", "type", "click", "type", "focus", "press"]
    assert steps[0].window == r"^KommuneSag\ \-\ Sag\ {cpr}\ \(ny\)$"
    assert "120375" not in steps[0].note
    assert steps[4].window == r"^Alt\+Tab:\ Journal\ \[2024\]$"


def test_the_windows_recorder_names_ctrl_letters_by_their_key():
    """With Ctrl held, Windows reports Ctrl+S as the control character \\x13: the recorder names
    the key "s", so the recipe gets `press ctrl+s` (it was lost)."""
    from types import SimpleNamespace

    from recorders.win32 import Win32Recorder

    assert Win32Recorder._key_name(SimpleNamespace(char="\x13", vk=0x53)) == "s"
    assert Win32Recorder._key_name(SimpleNamespace(char=None, vk=0x0D)) == "Return"
    assert Win32Recorder._key_name(SimpleNamespace(char="æ", vk=0xDE)) == "æ"


def test_a_recorded_password_goes_only_into_the_window_it_was_typed_into():
    masked = [RawEvent("key_down", 1 + i * 0.1, key="\u2022", masked=True) for i in range(6)]
    ev = click(0.0, 10, 10, title="Log ind – Sagsform (1.2)") + masked
    built = build_recipe(numbered(ev), {}, "sag", "t_assets", secrets={3: "hemlig"})
    credential = built.recipe.credentials[0]
    assert credential.window == r"^Log\ ind\ –\ Sagsform\ \(1\.2\)$"
    assert any("only into the window titled 'Log ind – Sagsform (1.2)'" in str(n) for n in built.notes)
    # Keys sent to another window after a switch follow that window's title.
    ev = click(0.0, 10, 10, title="Sagsform") + [RawEvent("focus", 0.5, title="Adgang")] + masked
    built = build_recipe(numbered(ev), {}, "sag", "t_assets", secrets={})
    assert built.recipe.credentials[0].window == "^Adgang$"
    # A title that shows a CPR number changes from case to case: no rule rather than a wrong one.
    ev = click(0.0, 10, 10, title="Sag 120375-1234") + masked
    built = build_recipe(numbered(ev), {}, "sag", "t_assets", secrets={})
    assert built.recipe.credentials[0].window is None
