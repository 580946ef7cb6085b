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


def test_a_keyring_that_does_not_answer_is_said_so_instead_of_hanging():
    """A locked keyring waits for its password in a dialog a robot's session may never show:
    the run is told so after the wait, in plain words, instead of hanging for ever."""
    import threading
    import time

    import pytest

    from recipes.desktop.secrets import KeyringSecrets
    from recipes.errors import KeyringUnavailable

    release = threading.Event()

    class Waiting:  # a Secret Service waiting for an unlock prompt nobody can answer
        def get_password(self, service, username):
            release.wait(30)
            return "never"

    secrets = KeyringSecrets(wait=0.3)
    secrets._backend = Waiting()
    t0 = time.monotonic()
    with pytest.raises(KeyringUnavailable) as caught:
        secrets.get("sagssystem", "sagsbeh")
    release.set()
    assert time.monotonic() - t0 < 5
    assert "did not answer within 0.3 s" in str(caught.value) and caught.value.locked
    assert "sagssystem" in str(caught.value)
