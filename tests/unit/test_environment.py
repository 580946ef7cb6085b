"""What the machine must provide for a run, said plainly when it is not there."""

from recipes.desktop.environment import display_problem
from recipes.errors import DisplayMissing


def test_a_wayland_session_without_an_x_display_is_named_and_explained():
    for environ in ({"WAYLAND_DISPLAY": "wayland-0"}, {"XDG_SESSION_TYPE": "wayland"}):
        problem = display_problem(environ, can_open=lambda d: True)
        assert isinstance(problem, DisplayMissing) and problem.wayland
        assert "this is a Wayland session without an X display" in problem.what
        assert "GNOME on Xorg" in problem.hint


def test_wayland_with_a_dead_x_display_is_explained_too():
    problem = display_problem({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":7"},
                              can_open=lambda d: False)
    assert problem.wayland and "the X display :7 does not answer" in problem.what


def test_wayland_with_a_working_x_display_runs():
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"},
                           can_open=lambda d: True) is None


def test_no_display_at_all_and_a_dead_one_are_told_apart():
    assert "DISPLAY is not set" in display_problem({}).what
    problem = display_problem({"DISPLAY": ":9"}, can_open=lambda d: False)
    assert not problem.wayland and "the X display :9 does not answer" in problem.what
