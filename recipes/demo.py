"""`main.py demo`: the main job on the embedded default.

Starts the bundled demo program and replays its recipe on it for the three fictitious cases of
its cases.csv. Which program, recipe and cases, and where the password is kept, is the
platform's (`platform.demo()`):
- X11: KommuneSag (resources/demo/, Tk). Without a display it starts its own virtual screen.
  Its password lives in a keyring of its own (a private gnome-keyring), never in the person's.
- Windows: Sagsform (resources/windows/demo/, Win32), always on the person's screen. Its password
  is held in memory for this run only and never reaches the Credential Manager.
On the person's own screen it first says what it will do there and waits for Enter. It writes a
screenshot before and after into a folder it names, and prints what the program saved.
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

DEMO_PASSWORD = "Sommer2024!"  # fictitious; both demo programs accept it
EXIT_NOT_STARTED = 130  # the person did not press Enter: as if they had cancelled


class DemoSecretsInMemory:
    """`ports.Secrets` of the demo's own: its fictitious password, held in this process's memory
    for this run only. Nothing is written anywhere, and the person's own password store is
    never opened."""

    def __init__(self):
        self._stored: dict[str, tuple[str | None, str]] = {}

    def get(self, service: str, username: str | None) -> tuple[str | None, str | None]:
        found = self._stored.get(service)
        if found is None or (username and found[0] != username):
            return None, None
        return found

    def set(self, service: str, username: str | None, password: str) -> None:
        self._stored[service] = (username, password)

    def clear(self) -> None:
        self._stored.clear()


class DemoPrompt:
    """At a checkpoint: asks on the terminal when there is one. Run without a terminal (CI, a
    pipe), the demo answers for a fictitious operator and says so: the cases are made up."""

    def __init__(self):
        from recipes.console import StdinPrompt

        from recipes.desktop.platform import is_console

        self.interactive = is_console(sys.stdin)
        self.stdin = StdinPrompt()

    def checkpoint(self, message, frame, values):
        from recipes.ports import Decision

        if self.interactive:
            return self.stdin.checkpoint(message, frame, values)
        print(f"CHECKPOINT: {message}\n  (demo without a terminal: approved for the fictitious "
              "operator 'demo'; with real cases a person answers)", flush=True)
        return Decision(approved=True, who="demo (no terminal; fictitious case)")


def demo_command(args) -> int:
    from recipes.desktop import platform
    from recipes.history import workbench_home

    available = platform.demos()
    which = getattr(args, "which", None) or "alle"
    chosen = available if which == "alle" else [d for d in available if d.key == which]
    if not chosen:
        names = ", ".join([d.key for d in available] + ["alle"])
        print(f"error: there is no demo '{which}' here (the demos: {names})", file=sys.stderr)
        return 2
    out = Path(args.out) if getattr(args, "out", None) else Path(
        tempfile.mkdtemp(prefix="opskrift-demo-"))
    out.mkdir(parents=True, exist_ok=True)
    home = workbench_home()
    # The demo programs store their cases under WORKBENCH_HOME: tell them where ours is, also
    # when that is the default and not set, so what they saved is found below.
    os.environ["WORKBENCH_HOME"] = str(home)
    if len(chosen) > 1:
        print("The demos: " + "; ".join(f"{d.program} ({d.key})" for d in chosen)
              + ". One of them alone: python main.py demo " + chosen[-1].key)
    code = 0
    with contextlib.ExitStack() as stack:
        display = os.environ.get("DISPLAY") if chosen[0].own_screen else None
        if chosen[0].own_screen and not display:
            from recipes.desktop.virtual_screen import VirtualScreen

            screen = stack.enter_context(VirtualScreen(width=1920, height=1080, layout="dk"))
            screen.activate()
            print(f"No display: started a virtual screen {screen.display} (1920x1080, Danish keyboard)")
        elif not _go_ahead(chosen, display):
            print("Not started: nothing was done.")
            return EXIT_NOT_STARTED
        for demo in chosen:
            prefix = "" if len(chosen) == 1 else f"{demo.key}_"
            code = max(code, _one_demo(demo, stack, home, out, prefix))
    print(f"Run history: {home / 'history.db'} (python main.py report shows the gains)")
    return code


def _one_demo(demo, stack: contextlib.ExitStack, home: Path, out: Path, prefix: str) -> int:
    """Replay one demo's recipe on its program for the cases of its CSV; print what the
    program saved."""
    from recipes.console import read_rows, run_rows  # the same CSV reading as `run --data`
    from recipes.desktop.environment import build_environment, close_environment
    from recipes.fileformat import load_recipe
    from recipes.history import History
    from recipes.runner import resolve_values

    store = home / "demo" / demo.saved_name
    before_count = _count_lines(store)
    doc = load_recipe(demo.recipe)
    rows = [resolve_values(doc.recipe, row) for row in read_rows(str(demo.cases), doc.recipe)]
    with contextlib.ExitStack() as own:
        secrets = _demo_secrets(demo, stack, doc.recipe)
        env = build_environment(doc.base_dir, prompt=DemoPrompt())
        if secrets is not None:
            env.secrets = secrets
        own.callback(close_environment, env)
        started = _track_launches(env)
        own.callback(_close_programs, started)
        print(f"\nReplaying '{doc.recipe.name}' on {demo.program} for {len(rows)} cases from "
              f"{demo.cases.name}")
        before, after = out / f"{prefix}before.png", out / f"{prefix}after.png"
        observer = _BeforeShot(doc.recipe, env.screen, before)
        code = run_rows(doc, rows, env, History(home), observer, numbered=True)
        if not observer.taken:
            _save_png(env.screen.grab().pixels, before)
        time.sleep(0.3)
        _save_png(env.screen.grab().pixels, after)
    saved = _SAVED[demo.program](_read_new(store, before_count))
    print(f"{demo.program} saved {len(saved)} case(s) in {store}:")
    for line in saved:
        print(f"  {line}")
    print(f"Screenshots before and after: {before} and {after}")
    return code


def _kommunesag_saved(lines: list[str]) -> list[str]:
    """KommuneSag writes one JSON object a line per saved case."""
    shown = []
    for rec in (json.loads(line) for line in lines if line.strip()):
        f = rec.get("fields", {})
        shown.append(f"{rec.get('case_number')}: {rec.get('name')} - {f.get('sagstype')}, "
                     f"{f.get('beloeb')} kr.")
    return shown


def _sagsform_saved(lines: list[str]) -> list[str]:
    """Sagsform writes `key=value` lines: navn, cpr and afdeling, then gemt=ja for a case saved
    (gemt=nej for one not saved; login=... lines between cases)."""
    shown, case = [], {}
    for line in lines:
        key, _, value = line.partition("=")
        if key == "gemt":
            if value == "ja":
                shown.append(f"{case.get('navn', '')} - {case.get('afdeling', '')}")
            case = {}
        elif key in ("navn", "afdeling"):
            case[key] = value
    return shown


def _lonadmin_saved(lines: list[str]) -> list[str]:
    """LønAdmin writes one JSON object a line per registration."""
    shown = []
    for rec in (json.loads(line) for line in lines if line.strip()):
        hours = f"{rec.get('timer', 0):.1f}".replace(".", ",")
        shown.append(f"{rec.get('medarbejdernr')}: {rec.get('navn')} - uge {rec.get('uge')}, "
                     f"{hours} timer, {rec.get('tillaeg')}")
    return shown


def _brugeradmin_saved(lines: list[str]) -> list[str]:
    """BrugerAdmin writes one JSON object a line per user created (or password reset)."""
    shown = []
    for rec in (json.loads(line) for line in lines if line.strip()):
        if rec.get("handling") == "oprettet":
            shown.append(f"{rec.get('logon')}: {rec.get('navn')} - {rec.get('afdeling')}, "
                         f"grupper {', '.join(rec.get('grupper', []))}")
    return shown


def _faktura_saved(lines: list[str]) -> list[str]:
    """Faktura writes one JSON object a line per invoice approved for payment."""
    shown = []
    for rec in (json.loads(line) for line in lines if line.strip()):
        ore = int(rec.get("beloeb_oere", 0))
        amount = f"{ore // 100:,}".replace(",", ".") + f",{ore % 100:02d}"
        shown.append(f"{rec.get('faktura')}: {rec.get('leverandoer')} - {amount} kr., ordre "
                     f"{rec.get('ordre')}")
    return shown


# How each demo program's saved cases are shown (a CPR number is not printed).
_SAVED = {
    "KommuneSag": _kommunesag_saved,
    "Sagsform": _sagsform_saved,
    "LønAdmin": _lonadmin_saved,
    "BrugerAdmin": _brugeradmin_saved,
    "Faktura": _faktura_saved,
}


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


def _go_ahead(chosen, display: str | None) -> bool:
    """On the person's own screen, say what the demo will do there and wait for Enter (a line of
    standard input, so a script can start it too)."""
    from recipes.console import read_rows
    from recipes.fileformat import load_recipe

    demo = chosen[0]
    cases = sum(len(read_rows(str(d.cases), load_recipe(d.recipe).recipe)) for d in chosen)
    programs = " and ".join(d.program for d in chosen)
    from recipes.desktop import platform
    from recipes.keys import parse_combo

    where = f"your screen ({display})" if display else "your screen"
    if demo.password_store == "memory":
        password = (f"Its password is held in memory for this run only, not in your "
                    f"{demo.persons_store}.")
    else:
        password = "Its password goes into a keyring of its own, not yours."
    noun = "program" if len(chosen) == 1 else "programs"
    print(f"The demo will start the demo {noun} {programs} on {where} and let the robot use "
          f"your mouse and keyboard for "
          f"{'a minute' if len(chosen) == 1 else _count_word(len(chosen)) + ' minutes'} or less, for "
          f"{_count_word(cases)} fictitious cases. Do not touch them meanwhile; {parse_combo(platform.DEFAULT_ABORT_HOTKEY)} "
          f"stops the robot. {password}", flush=True)
    print("Press Enter to start, or Ctrl+C to cancel: ", end="", flush=True)
    try:
        answer = sys.stdin.readline() if sys.stdin is not None else ""
    except (OSError, ValueError):
        answer = ""
    if not answer:
        print("\n(no answer: end of input)", flush=True)
    return bool(answer)


def _count_word(n: int) -> str:
    return {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}.get(n, str(n))


def _demo_secrets(demo, stack: contextlib.ExitStack, recipe):
    """The demo's (fictitious) password, stored for the recipe's credential where the platform
    keeps the demo's: in memory for this run (returned, for the run to use), or in a keyring of
    the demo's own (None: the run uses the keyring, which is then that one)."""
    credential = recipe.credentials[0]
    if demo.password_store == "memory":
        secrets = DemoSecretsInMemory()
        secrets.set(credential.name, credential.username, DEMO_PASSWORD)
        stack.callback(secrets.clear)
        print(f"The demo's password is only in memory, for this run (never in your "
              f"{demo.persons_store})")
        return secrets
    _own_keyring(stack, credential)
    return None


def _own_keyring(stack: contextlib.ExitStack, credential) -> None:
    """A private gnome-keyring on a private session bus, its files in a temporary folder, gone
    when the demo ends. The person's own keyring is never opened, let alone written."""
    from recipes.desktop.keyring_session import private_keyring
    from recipes.desktop.secrets import KeyringSecrets

    if not getattr(stack, "demo_keyring", False):   # one private keyring for all the demos
        stack.enter_context(private_keyring())
        stack.demo_keyring = True
        print("The demos' passwords are in a keyring of their own (not yours) until the demo "
              "ends")
    KeyringSecrets().set(credential.name, credential.username, DEMO_PASSWORD)


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
    """Close what the demo started (SIGTERM, which KommuneSag handles; on Windows the program
    ends), so the next demo starts logged out."""
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


def _read_new(path: Path, skip: int) -> list[str]:
    """The lines the demo program wrote after the first `skip`."""
    try:
        return path.read_text("utf-8").splitlines()[skip:]
    except FileNotFoundError:
        return []
