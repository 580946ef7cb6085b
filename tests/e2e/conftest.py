"""End-to-end fixtures: one virtual X server (Xvfb + openbox, `dk` layout) per test session."""

import os

import pytest

from recipes.desktop.virtual_screen import VirtualScreen


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def vscreen():
    """A real X server with a window manager; DISPLAY points at it for the whole session."""
    screen = VirtualScreen(width=1920, height=1080, layout="dk").start()
    screen.activate()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    yield screen
    screen.stop()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
