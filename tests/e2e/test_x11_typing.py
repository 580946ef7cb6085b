"""Typing into real X programs of four toolkits (xterm, Tk, GTK, Qt), `dk` and `us` layouts.

Each program reports what it received (a file or its standard output), and the test compares it
with what the robot typed, character for character.
"""

import subprocess
import sys
import textwrap
import time

import pytest

from recipes.desktop.windows import X11Desktop
from recipes.desktop.x11_input import X11Input
from recipes.keys import parse_combo

DANISH = "Blåbærgrød ÆØÅ æøå"
# Characters that both layouts have only behind AltGr or a dead key, or not at all.
AWKWARD = "a@b{c}~^`\\|€½ñ"

TK_ENTRY = textwrap.dedent("""
    import sys, tkinter as tk
    root = tk.Tk(); root.title(sys.argv[2])
    entry = tk.Entry(root, width=40); entry.pack(padx=20, pady=20); entry.focus_force()
    def done(_event=None):
        with open(sys.argv[1], "w", encoding="utf-8") as f:
            f.write(entry.get())
        root.destroy()
    entry.bind("<Return>", done)
    root.mainloop()
""")

QT_ENTRY = textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QApplication, QLineEdit
    app = QApplication([])
    entry = QLineEdit(); entry.setWindowTitle(sys.argv[2]); entry.resize(400, 40)
    def done():
        with open(sys.argv[1], "w", encoding="utf-8") as f:
            f.write(entry.text())
        app.quit()
    entry.returnPressed.connect(done)
    entry.show()
    app.exec()
""")


@pytest.fixture(scope="module", params=["dk", "us"])
def layout(request, vscreen):
    """The layout for a group of tests (pytest runs all tests of one layout, then the other).
    After a switch every client of the display reads the keymap again; the window manager
    re-grabs its keys and, while it catches up, keys typed into a new xterm were lost (the
    first second of typing, only in a test that came right after a switch)."""
    switch_layout(vscreen, request.param)
    yield request.param
    switch_layout(vscreen, "dk")


def switch_layout(vscreen, layout):
    if vscreen.layout != layout:
        vscreen.set_layout(layout)
        time.sleep(2)


@pytest.fixture
def robot(vscreen):
    inp = X11Input(display=vscreen.display)
    yield inp
    inp.close()


@pytest.fixture
def desktop(vscreen):
    d = X11Desktop(display=vscreen.display)
    yield d
    d.close()


def utf8_env(vscreen):
    # "disabled:" keeps GTK from autolaunching a session bus (dbus-launch) that outlives the test.
    return {**vscreen.env(), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "NO_AT_BRIDGE": "1",
            "DBUS_SESSION_BUS_ADDRESS": "disabled:"}


def type_into_xterm(vscreen, robot, desktop, tmp_path, text, title):
    """Type text + Return into a fresh xterm; the bytes its terminal received, up to Return."""
    out, ready = tmp_path / "xterm.txt", tmp_path / "ready"
    # The terminal is put in raw mode *before* `ready` appears: a shell that changes terminal
    # modes later (bash's `read -t`) may flush keys that already arrived. Raw mode also shows
    # every byte as typed, and Return as "\r".
    proc = subprocess.Popen(
        ["xterm", "-u8", "-title", title, "-e", "bash", "-c",
         f'stty raw -echo; : > "{ready}"; exec dd bs=1 of="{out}" 2>/dev/null'],
        env=utf8_env(vscreen), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert desktop.focus(title, timeout=10), "xterm did not show"
        wait_for_file(ready, 10)
        robot.type_text(text + "\n")
        deadline = time.monotonic() + 10
        while b"\r" not in out.read_bytes() and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        active = desktop.active_window()
        proc.kill()
        proc.wait()
    got = out.read_bytes().decode("utf-8", "replace")
    if not got.endswith("\r"):  # say where the keys went, for the failure message
        focus = robot.conn.get_input_focus().focus
        return got + f" [no Return; active window: {active}, X focus: {focus}]"
    return got[:-1]


def wait_for_file(path, timeout):
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert time.monotonic() < deadline, f"{path.name} did not appear"
        time.sleep(0.02)


def test_danish_text_arrives_exactly_in_xterm(vscreen, layout, robot, desktop, tmp_path):
    got = type_into_xterm(vscreen, robot, desktop, tmp_path, DANISH, f"xterm-{layout}")
    assert got == DANISH


def test_danish_text_arrives_exactly_in_a_tk_entry(vscreen, layout, robot, desktop, tmp_path):
    out = tmp_path / "tk.txt"
    title = f"Tk-prøve-{layout}"
    proc = subprocess.Popen([sys.executable, "-c", TK_ENTRY, str(out), title],
                            env=utf8_env(vscreen))
    try:
        assert desktop.focus(title, timeout=10), "the Tk window did not show"
        robot.type_text(DANISH)
        robot.press(parse_combo("Return"))
        proc.wait(timeout=10)
    finally:
        proc.kill()
    assert out.read_text(encoding="utf-8") == DANISH


def test_danish_text_arrives_exactly_in_a_gtk_dialog(vscreen, layout, robot, desktop):
    title = f"GTK-prøve-{layout}"
    proc = subprocess.Popen(["zenity", "--entry", "--title", title, "--text", "Skriv"],
                            env=utf8_env(vscreen), stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    try:
        assert desktop.focus(title, timeout=15), "the zenity dialog did not show"
        robot.type_text(DANISH + "\n")
        out, _ = proc.communicate(timeout=10)
    finally:
        proc.kill()
    assert out.decode("utf-8") == DANISH + "\n"


def test_danish_and_awkward_text_arrives_exactly_in_a_qt_line_edit(vscreen, layout, robot,
                                                                   desktop, tmp_path):
    out = tmp_path / "qt.txt"
    title = f"Qt-prøve-{layout}"
    proc = subprocess.Popen([sys.executable, "-c", QT_ENTRY, str(out), title],
                            env={**utf8_env(vscreen), "QT_QPA_PLATFORM": "xcb"},
                            stderr=subprocess.DEVNULL)
    try:
        assert desktop.focus(title, timeout=15), "the Qt window did not show"
        robot.type_text(DANISH + AWKWARD + "\n")
        proc.wait(timeout=10)
    finally:
        proc.kill()
    assert out.read_text(encoding="utf-8") == DANISH + AWKWARD


def test_characters_behind_altgr_or_missing_from_the_layout_arrive(vscreen, layout, robot,
                                                                   desktop, tmp_path):
    got = type_into_xterm(vscreen, robot, desktop, tmp_path, AWKWARD, f"xterm-awkward-{layout}")
    assert got == AWKWARD


def test_typing_gives_the_borrowed_keys_back_soon_after(vscreen, layout, robot, desktop,
                                                        tmp_path):
    before = robot.keymap()
    type_into_xterm(vscreen, robot, desktop, tmp_path, "ÆØÅ€ñ", f"xterm-restore-{layout}")
    assert robot.keymap().spare != before.spare, "ñ and € borrow keys under any layout"
    deadline = time.monotonic() + robot.lent.restore_delay + 2
    while robot.keymap().rows != before.rows:
        assert time.monotonic() < deadline, "the borrowed keys were not given back"
        time.sleep(0.05)


def test_closing_the_input_gives_the_borrowed_keys_back_at_once(vscreen, robot):
    before = robot.keymap()
    robot.type_text("ñ")  # typed into whatever has the focus: nothing reads it
    robot.close()
    assert robot.keymap().rows == before.rows


def test_ctrl_a_then_typing_replaces_the_text_of_a_gtk_entry(vscreen, robot, desktop):
    title = "GTK-erstat"
    proc = subprocess.Popen(["zenity", "--entry", "--title", title, "--text", "Navn",
                             "--entry-text", "gammel tekst"],
                            env=utf8_env(vscreen), stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    try:
        assert desktop.focus(title, timeout=15)
        robot.press(parse_combo("End"))
        robot.press(parse_combo("ctrl+a"))
        robot.type_text("Ny værdi")
        robot.press(parse_combo("enter"))
        out, _ = proc.communicate(timeout=10)
    finally:
        proc.kill()
    assert out.decode("utf-8") == "Ny værdi\n"


def test_text_arrives_as_written_when_caps_lock_is_on_and_caps_lock_stays_on(vscreen, robot,
                                                                            desktop, tmp_path):
    robot.press(parse_combo("Caps_Lock"))
    try:
        assert robot.caps_lock_on()
        got = type_into_xterm(vscreen, robot, desktop, tmp_path, DANISH, "xterm-caps")
        assert robot.caps_lock_on()
    finally:
        if robot.caps_lock_on():
            robot.press(parse_combo("Caps_Lock"))
    assert got == DANISH


NAMES = ("Dvořák, Łukasz Żółć, Şahin Çelik, Nguyễn Thị Ánh, Jiří Šťastný, Müller-Groß, "
         "Ødegård, Ğökçe Öztürk, Ľudovít Ďurovič")


def test_names_with_more_foreign_letters_than_free_keys_arrive_exactly(vscreen, layout, robot,
                                                                       desktop, tmp_path):
    km = robot.keymap()
    assert len({c for c in NAMES if km.find_char(c) is None}) > len(km.spare)
    got = type_into_xterm(vscreen, robot, desktop, tmp_path, NAMES, f"xterm-names-{layout}")
    assert got == NAMES
