"""Keys go only where the recipe put them, with `main.py run` on real windows under Xvfb: the
terminal that runs the recipe is never focused, typing stops before the first key when another
window took the focus, and a secret is never typed into a terminal."""

from __future__ import annotations

import shlex
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from recipes.desktop.windows import X11Desktop

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def desktop(vscreen):
    d = X11Desktop(display=vscreen.display)
    yield d
    d.close()


@pytest.fixture
def started():
    procs = []
    yield procs
    for p in procs:
        p.kill()
        p.wait()


def wait_for(path: Path, timeout=15):
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert time.monotonic() < deadline, f"{path.name} never appeared"
        time.sleep(0.02)


def receiver(vscreen, started, tmp_path, title) -> Path:
    """An xterm that writes every byte it receives to a file (raw mode, no echo)."""
    slug = title.replace(" ", "_")
    out, ready = tmp_path / f"{slug}.out", tmp_path / f"{slug}.ready"
    started.append(subprocess.Popen(
        ["xterm", "-T", title, "-geometry", "60x6+100+100", "-e", "sh", "-c",
         f"stty raw -echo; : > {ready}; exec cat > {out}"],
        env=vscreen.env(), stderr=subprocess.DEVNULL))
    wait_for(ready)
    return out


def write_recipe(tmp_path, text) -> Path:
    recipe = tmp_path / "r.yaml"
    recipe.write_text(textwrap.dedent(text), "utf-8")
    return recipe


def run_main(vscreen, tmp_path, recipe, env=None, timeout=90):
    env = {**vscreen.env(), "WORKBENCH_HOME": str(tmp_path / "home"), **(env or {})}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "en", "run", str(recipe)],
                          capture_output=True, text=True, env=env, timeout=timeout)


def test_the_terminal_that_runs_the_recipe_is_never_focused(vscreen, tmp_path):
    recipe = write_recipe(tmp_path, """
        name: Find terminalen
        steps:
          - {action: focus, window: "^Kørsel i terminal$", timeout: 2}
          - {action: type, text: "ls -l\\n"}
    """)
    out, rc = tmp_path / "out.txt", tmp_path / "rc"
    command = (f"{shlex.quote(sys.executable)} {ROOT / 'main.py'} run {recipe} > {out} 2>&1; "
               f"echo $? > {rc}.tmp; mv {rc}.tmp {rc}")
    term = subprocess.Popen(["xterm", "-T", "Kørsel i terminal", "-e", "sh", "-c", command],
                            env={**vscreen.env(), "WORKBENCH_HOME": str(tmp_path / "home")},
                            stderr=subprocess.DEVNULL)
    try:
        wait_for(rc, timeout=90)
    finally:
        term.kill()
        term.wait()
    text = out.read_text("utf-8")
    assert rc.read_text().strip() == "1", text
    # in Danish, as the workbench's settings say (the default)
    assert "intet vindue med en titel, der passer til »^Kørsel i terminal$«" in text, text


def test_typing_is_refused_when_another_window_took_the_focus(vscreen, tmp_path, started,
                                                              desktop):
    out = receiver(vscreen, started, tmp_path, "Modtager")
    thief = receiver(vscreen, started, tmp_path, "Tyv")  # has the focus now: it opened last

    def active():
        return getattr(desktop.active_window(), "title", None)
    assert active() == "Tyv"
    recipe = write_recipe(tmp_path, """
        name: Skriv efter pause
        steps:
          - {action: focus, window: "^Modtager$"}
          - {action: wait, seconds: 4}
          - {action: type, text: "ikke til tyven"}
    """)
    run = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--lang", "en", "run", str(recipe)],
                           env={**vscreen.env(), "WORKBENCH_HOME": str(tmp_path / "home")},
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while active() != "Modtager":  # the focus step has run
        assert time.monotonic() < deadline and run.poll() is None, run.communicate()
        time.sleep(0.05)
    # During the wait the other window takes the focus back, as a person's click would. The
    # window manager may still be busy with the focus step's request: ask until the other
    # window has kept the focus for a second.
    time.sleep(1.0)
    thief_id = desktop.wait_for_window("^Tyv$", 10).id
    held_since = None
    while held_since is None or time.monotonic() - held_since < 1.0:
        assert time.monotonic() < deadline, "the other window did not take the focus"
        if active() != "Tyv":
            desktop.activate(thief_id)
            held_since = None
        elif held_since is None:
            held_since = time.monotonic()
        time.sleep(0.05)
    stdout, stderr = run.communicate(timeout=60)
    assert run.returncode == 1, stdout + stderr
    assert "the keyboard focus is on 'Tyv', not on 'Modtager'" in stdout
    time.sleep(0.3)
    assert out.read_bytes() == b"" and thief.read_bytes() == b""


def test_a_secret_is_never_typed_into_a_terminal_whatever_its_title(vscreen, tmp_path, started):
    from recipes.desktop.keyring_session import private_keyring
    from recipes.desktop.secrets import KeyringSecrets

    out = receiver(vscreen, started, tmp_path, "KommuneSag login")
    recipe = write_recipe(tmp_path, """
        name: Log ind
        credentials:
          - {name: kommunesag, username: sagsbeh, window: KommuneSag}
        steps:
          - {action: focus, window: "^KommuneSag login$"}
          - {action: type, secret: kommunesag}
    """)
    with private_keyring() as keyring:
        KeyringSecrets().set("kommunesag", "sagsbeh", "Sommer2024!")
        result = run_main(vscreen, tmp_path, recipe,
                          env={"DBUS_SESSION_BUS_ADDRESS": keyring.address})
    assert result.returncode == 1, result.stdout + result.stderr
    assert "the credential 'kommunesag' is never typed into a terminal" in result.stdout
    assert "Sommer2024" not in result.stdout + result.stderr
    time.sleep(0.3)
    assert out.read_bytes() == b""


def test_a_running_workbench_is_never_a_candidate_of_a_command_line_run(vscreen, tmp_path,
                                                                          started, desktop):
    """A workbench open beside a command-line run: its windows are the robot's own too, so a
    `focus` whose pattern matches its title finds nothing and nothing is typed into it."""
    home = tmp_path / "wb"
    started.append(subprocess.Popen([sys.executable, str(ROOT / "main.py")],
                                    env={**vscreen.env(), "WORKBENCH_HOME": str(home),
                                         "QT_QPA_PLATFORM": "xcb"},
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    deadline = time.monotonic() + 60
    while not any("Opskrift" in w.title for w in desktop.windows()):
        assert time.monotonic() < deadline, "the workbench did not open"
        time.sleep(0.2)
    recipe = write_recipe(tmp_path, """
        name: Skriv i arbejdsbordet
        steps:
          - {action: focus, window: Opskrift, timeout: 2}
          - {action: type, text: "HEJ MED DIG"}
    """)
    done = run_main(vscreen, tmp_path, recipe)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "no window whose title matches 'Opskrift' showed within 2 s" in done.stdout


def test_the_robot_waits_while_a_person_holds_a_modifier_key(vscreen, tmp_path, started):
    """Letters typed while a person holds Ctrl or Shift reach the program as commands (Ctrl+R)
    or other letters: the robot waits until the key is let go, then goes on with the text as
    it is."""
    out = receiver(vscreen, started, tmp_path, "Modtager")
    text = "hej med dig og tak for sidst " * 20
    recipe = write_recipe(tmp_path, f"""
        name: Skriv roligt
        steps:
          - {{action: focus, window: "^Modtager$"}}
          - {{action: type, text: "{text}"}}
    """)
    env = {**vscreen.env(), "WORKBENCH_HOME": str(tmp_path / "home")}
    run = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--lang", "en", "run", str(recipe)],
                           env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while len(out.read_bytes()) < 20:  # the robot is typing
        assert time.monotonic() < deadline and run.poll() is None, run.communicate()
        time.sleep(0.01)
    subprocess.run(["xdotool", "keydown", "Shift_L"], env=vscreen.env(), check=True)
    try:
        time.sleep(1.5)
        held_at = len(out.read_bytes())
        time.sleep(1.0)
        assert len(out.read_bytes()) == held_at, "the robot typed while Shift was held"
    finally:
        subprocess.run(["xdotool", "keyup", "Shift_L"], env=vscreen.env(), check=True)
    stdout, stderr = run.communicate(timeout=60)
    assert run.returncode == 0, stdout + stderr
    time.sleep(0.3)
    assert out.read_bytes().decode() == text
