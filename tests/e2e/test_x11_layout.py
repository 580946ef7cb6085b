"""The virtual screen really loads the keyboard layout it was asked for, and keeps it.

The key right of L (keycode 47 with evdev) gives `æ` under `dk` and `;` under `us`; asking the
X server which keysym it has is the check `setxkbmap`'s exit status is not.
"""

import time

import pytest

from recipes.desktop.virtual_screen import VirtualScreen, current_layout
from recipes.desktop.x11_input import open_display
from recipes.errors import EnvironmentMissing

KEY_RIGHT_OF_L = 47
AE, SEMICOLON = 0xE6, 0x3B


def keysym_right_of_l(display):
    d = open_display(display)
    try:
        return d.keycode_to_keysym(KEY_RIGHT_OF_L, 0)
    finally:
        d.close()


@pytest.mark.parametrize("layout, keysym", [("dk", AE), ("us", SEMICOLON)])
def test_a_bare_virtual_screen_keeps_its_layout_after_every_client_left(layout, keysym):
    # No window manager: between setxkbmap and us no client is connected, which made the
    # server reset to `us` before it ran with -noreset.
    with VirtualScreen(width=640, height=480, layout=layout, window_manager=False) as screen:
        time.sleep(0.3)
        assert keysym_right_of_l(screen.display) == keysym
        assert current_layout(screen.display) == layout


def test_switching_the_layout_of_a_running_display_changes_the_keys(vscreen):
    try:
        vscreen.set_layout("us")
        assert keysym_right_of_l(vscreen.display) == SEMICOLON
        vscreen.set_layout("dk")
        assert keysym_right_of_l(vscreen.display) == AE
    finally:
        vscreen.set_layout("dk")


def test_an_unknown_layout_is_refused_and_the_old_one_stays(vscreen):
    with pytest.raises(EnvironmentMissing, match="'xx-ukendt' could not be loaded"):
        vscreen.set_layout("xx-ukendt")
    assert current_layout(vscreen.display) == "dk"
    assert keysym_right_of_l(vscreen.display) == AE
