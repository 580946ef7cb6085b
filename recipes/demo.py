"""`main.py demo`: the main job on the embedded default.

Starts the bundled legacy program (KommuneSag, resources/demo/) and replays the bundled recipe on
it for the three cases in resources/demo/cases.csv. Without a display it starts its own virtual
screen; on the person's own screen it first says what it will do there and waits for Enter. Its
password lives in a keyring of its own (a private gnome-keyring), never in the person's. It
writes a screenshot before and after into a folder it names, and prints what the program saved.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from recipes.console import ConsoleObserver

DEMO_DIR = Path(__file__).resolve().parents[1] / "resources" / "demo"
DEMO_RECIPE = DEMO_DIR / "demo.yaml"
DEMO_CASES = DEMO_DIR / "cases.csv"
DEMO_CREDENTIAL = "kommunesag"
DEMO_USER = "sagsbeh"
DEMO_PASSWORD = "Sommer2024!"  # fictitious; the program in resources/demo accepts it
EXIT_NOT_STARTED = 130  # the person did not press Enter: as if they had cancelled


class DemoPrompt:
    """At a checkpoint: asks on the terminal when there is one. Run without a terminal (CI, a
    pipe), the demo answers for a fictitious operator and says so: the cases are made up."""

    def __init__(self):
        from recipes.console import StdinPrompt

        self.interactive = sys.stdin is not None and sys.stdin.isatty()
        self.stdin = StdinPrompt()

    def checkpoint(self, message, frame, values):
        from recipes.ports import Decision

        if self.interactive:
            return self.stdin.checkpoint(message, frame, values)
        print(f"CHECKPOINT: {message}\n  (demo without a terminal: approved for the fictitious "
              "operator 'demo'; with real cases a person answers)", flush=True)
        return Decision(approved=True, who="demo (no terminal; fictitious case)")


def demo_command(args) -> int:
    from recipes.console import run_rows
    from recipes.desktop.environment import build_environment, close_environment
    from recipes.desktop.virtual_screen import VirtualScreen
    from recipes.fileformat import load_recipe
    from recipes.history import History, workbench_home

    out = Path(args.out) if getattr(args, "out", None) else Path(
        tempfile.mkdtemp(prefix="opskrift-demo-"))
    out.mkdir(parents=True, exist_ok=True)
    home = workbench_home()
    # KommuneSag stores its cases under WORKBENCH_HOME: tell it where ours is, also when that is
    # the default and not set, so what it saved is found below.
    os.environ["WORKBENCH_HOME"] = str(home)
    store = home / "demo" / "saved_cases.jsonl"
    before_count = _count_lines(store)

    with contextlib.ExitStack() as stack:
        if not os.environ.get("DISPLAY"):
            screen = stack.enter_context(VirtualScreen(width=1920, height=1080, layout="dk"))
            screen.activate()
            print(f"No display: started a virtual screen {screen.display} (1920x1080, Danish keyboard)")
        elif not _go_ahead(os.environ["DISPLAY"]):
            print("Not started: nothing was done.")
            return EXIT_NOT_STARTED
        _own_keyring(stack)
        doc = load_recipe(DEMO_RECIPE)
        from recipes.console import read_rows  # the same CSV reading as `run --data`
        from recipes.runner import resolve_values

        rows = [resolve_values(doc.recipe, row) for row in read_rows(str(DEMO_CASES), doc.recipe)]
        env = build_environment(doc.base_dir, prompt=DemoPrompt())
        stack.callback(close_environment, env)
        started = _track_launches(env)
        stack.callback(_close_programs, started)
        print(f"Replaying '{doc.recipe.name}' on KommuneSag for {len(rows)} cases from {DEMO_CASES.name}")
        observer = _BeforeShot(doc.recipe, env.screen, out / "before.png")
        code = run_rows(doc, rows, env, History(home), observer, numbered=True)
        if not observer.taken:
            _save_png(env.screen.grab().pixels, out / "before.png")
        time.sleep(0.3)
        _save_png(env.screen.grab().pixels, out / "after.png")

    saved = _read_new(store, before_count)
    print(f"\nKommuneSag saved {len(saved)} case(s) in {store}:")
    for rec in saved:
        f = rec.get("fields", {})
        print(f"  {rec.get('case_number')}: {rec.get('name')} - {f.get('sagstype')}, "
              f"{f.get('beloeb')} kr.")
    print(f"Screenshots before and after: {out / 'before.png'} and {out / 'after.png'}")
    print(f"Run history: {home / 'history.db'}")
    return code


class _BeforeShot(ConsoleObserver):
    """Prints the run like `run` does, and takes the "before" screenshot when the robot is about
    to do its first piece of work: the program started and shown, nothing typed yet."""

    SETTING_UP = ("launch", "focus", "wait", "wait_for")

    def __init__(self, recipe, screen, path: Path):
        super().__init__(recipe)
        self.screen, self.path, self.taken = screen, path, False

    def step_started(self, index, step):
        if not self.taken and step.action not in self.SETTING_UP:
            _save_png(self.screen.grab().pixels, self.path)
            self.taken = True
        super().step_started(index, step)


def _go_ahead(display: str) -> bool:
    """On the person's own screen, say what the demo will do there and wait for Enter."""
    print(f"The demo will start the demo program KommuneSag on your screen ({display}) and let "
          "the robot use your mouse and keyboard for about a minute, for three fictitious cases. "
          "Do not touch them meanwhile; Ctrl+Shift+Esc stops the robot. Its password goes into "
          "a keyring of its own, not yours.\n"
          "Press Enter to start, or Ctrl+C to cancel: ", end="", flush=True)
    try:
        answer = sys.stdin.readline() if sys.stdin is not None else ""
    except (OSError, ValueError):
        answer = ""
    if not answer:
        print("\n(no answer: end of input)", flush=True)
    return bool(answer)


def _own_keyring(stack: contextlib.ExitStack) -> None:
    """The demo's (fictitious) password, in a keyring of the demo's own: a private
    gnome-keyring on a private session bus, its files in a temporary folder, gone when the demo
    ends. The person's own keyring is never opened, let alone written."""
    from recipes.desktop.keyring_session import private_keyring
    from recipes.desktop.secrets import KeyringSecrets

    stack.enter_context(private_keyring())
    KeyringSecrets().set(DEMO_CREDENTIAL, DEMO_USER, DEMO_PASSWORD)
    print("The demo's password is in a keyring of its own (not yours) until the demo ends")


def _track_launches(env) -> list:
    """Remember the programs the recipe starts, so the demo can close exactly those."""
    started: list = []
    launch = env.desktop.launch

    def tracked(command, cwd=None):
        proc = launch(command, cwd=cwd)
        started.append(proc)
        return proc

    env.desktop.launch = tracked
    return started


def _close_programs(started: list) -> None:
    """Close what the demo started (SIGTERM, which KommuneSag handles), so the next demo starts
    logged out."""
    for proc in started:
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except Exception:
                proc.kill()


def _save_png(pixels, path: Path) -> None:
    import cv2

    cv2.imwrite(str(path), pixels)


def _count_lines(path: Path) -> int:
    try:
        return sum(1 for _ in path.open("r", encoding="utf-8"))
    except FileNotFoundError:
        return 0


def _read_new(path: Path, skip: int) -> list[dict]:
    try:
        lines = path.read_text("utf-8").splitlines()[skip:]
    except FileNotFoundError:
        return []
    return [json.loads(line) for line in lines if line.strip()]
