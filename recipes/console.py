"""The command line's face of a run: one printed line per step, checkpoints on standard input,
and the loop over data rows shared by `run` and `demo`."""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path


class ConsoleObserver:
    """Prints one line per step as it goes: number, action, what, where found, how long."""

    def __init__(self, recipe, out=None):
        self.recipe = recipe
        self._out = out
        self.total = len(recipe.steps)
        # The columns line up for this recipe: as wide as its longest step id (within reason).
        longest = max((len(s.id or "") for s in recipe.steps), default=0)
        self.width = len(f"{self.total}/{self.total}") + 2 + min(30, longest)

    @property
    def out(self):
        """Where the lines go: the given stream, else standard output as it is now."""
        return self._out if self._out is not None else sys.stdout

    def step_started(self, index, step):
        pass

    def step_finished(self, index, result):
        step = self.recipe.steps[index]
        target = getattr(step, "target", None)
        what = target.describe() if target is not None else _brief(step)
        if step.action == "drag":
            what += f" -> {step.to.describe()}"
        where = ""
        if result.found is not None:
            where = " found at " + _place(result.found)
        if result.found_to is not None:
            where += " -> " + _place(result.found_to)
        mark = {"passed": "ok", "failed": "FAILED", "skipped": "skipped", "rejected": "REJECTED",
                "aborted": "ABORTED"}.get(result.status, result.status)
        number = f"{index + 1}/{self.total}".rjust(len(f"{self.total}/{self.total}"))
        label = _cut(f"{number} {step.id or ''}", self.width)
        print(f"{label:<{self.width}} {step.action:<12} {_cut(what, 40):<40}{where}  "
              f"{result.duration:.2f} s  {mark}", file=self.out, flush=True)
        if result.status in ("failed", "rejected", "skipped") and result.message:
            print(f"{'':<{self.width}} {result.message}", file=self.out, flush=True)

    def log(self, message):
        print(f"{'':<{self.width}} {message}", file=self.out, flush=True)   # RunNote: English


def _place(m) -> str:
    where = f"({m.centre[0]}, {m.centre[1]}) score {m.score:.2f}"
    if abs(m.scale - 1) > 0.05:
        where += f" scale {m.scale:.2f}"
    return where


def _cut(text: str, width: int) -> str:
    """The text, shortened with an ellipsis where it is wider than `width`."""
    return text if len(text) <= width else text[:width - 1] + "…"


def _brief(step) -> str:
    for attr in ("keys", "window", "message"):
        if getattr(step, attr, None):
            return str(getattr(step, attr))
    if step.action == "type":
        return f"secret {step.secret}" if step.secret else f"'{step.text}'"
    if step.action == "launch":
        return " ".join(step.command)
    if step.action == "wait":
        return f"{step.seconds:g} s"
    return ""


class StdinPrompt:
    """A checkpoint on the command line: `y` or `ja` approves; anything else or end of input rejects.
    `who` answers (the settings' user name); else the login name."""

    def __init__(self, who: str | None = None):
        self.who = who

    def checkpoint(self, message, frame, values):
        from recipes.ports import Decision

        from recipes.principal import principal

        who = self.who or principal()
        print(f"CHECKPOINT: {message}", flush=True)
        print("Approve? [y/ja = approve, anything else = reject]: ", end="", flush=True)
        try:
            answer = sys.stdin.readline()
        except (OSError, ValueError):
            answer = ""
        if not answer:
            print("(no answer: end of input)", flush=True)
        approved = answer.strip().lower() in ("y", "yes", "ja", "j")
        return Decision(approved=approved, who=f"{who} (terminal)")


def run_rows(doc, all_values, env, history, observer, start: int = 0, numbered: bool = False,
             operator: str = "", content: str | None = None) -> int:
    """Run the recipe once per row of values; stop at the first row that does not pass.
    Returns the exit status of the contract (0, 1, 3 or 130)."""
    from recipes.runner import Runner

    code = 0
    runner = Runner(doc, env, observer, history, content=content)
    for n, values in enumerate(all_values, start=1):
        if len(all_values) > 1:
            print(f"--- row {n} of {len(all_values)} ---", flush=True)
        run = runner.run(values, start=start, row_number=n if numbered else None,
                         first_row=(n == 1), mode="from_step" if start else "run", operator=operator)
        print(f"{run.status}: '{doc.recipe.name}' in {run.duration:.1f} s"
              + (f" ({run.message})" if run.message and run.status != "passed" else ""), flush=True)
        code = run.exit_code
        if run.status != "passed":
            left = len(all_values) - n
            if left:
                # The program may be mid-case: the robot does not guess how to go on. Say
                # exactly which rows still need doing, to run them later with a CSV of their own.
                rest = (f"row {n + 1} was" if left == 1 else
                        f"rows {n + 1}-{len(all_values)} ({left}) were")
                why = ""
                if any(s.screen_blank for s in run.steps):
                    why = " (the screen shows nothing, so they would fail the same way)"
                print(f"stopped at row {n} of {len(all_values)}: {rest} not run{why}", flush=True)
            break
    return code


def parse_sets(pairs: list[str]) -> dict[str, str]:
    from recipes.errors import UsageError

    values = {}
    for n, pair in enumerate(pairs, start=1):
        name, sep, value = pair.partition("=")
        name = name.strip()
        if not sep or not name:
            # The text itself is not repeated: it may be the value, a CPR number.
            raise UsageError(f"--set needs NAME=VALUE; the {_ordinal(n)} --set has no NAME= part")
        if name in values:  # which of the two was meant? (neither value is repeated)
            raise UsageError(f"the input '{name}' is given twice (two --set); give each input once")
        values[name] = value
    return values


def _ordinal(n: int) -> str:
    return {1: "first", 2: "second", 3: "third"}.get(n, f"{n}th")


def gather_values(sets: list[str], set_files: list[str] = (), set_stdin: list[str] = (),
                  stdin=None, recipe=None) -> dict[str, str]:
    """Input values from the command line: `--set NAME=VALUE`, `--set-file NAME=PATH` (the file's
    text, without its last line break) and `--set-stdin NAME` (one line of standard input per
    name, in order; asked without echo on a terminal). Values given in a file or on standard
    input do not show in `ps` or the shell's history; a sensitive input given with `--set` gets a
    note that says so."""
    import getpass

    from recipes.desktop.platform import is_console
    from recipes.errors import UsageError

    values = parse_sets(sets)
    sources = {name: "--set" for name in values}
    if recipe is not None:
        sensitive = [name for name in values if name in recipe.sensitive_names()]
        for name in sensitive:
            print(f"note: the input '{name}' is sensitive, and --set shows it to every user of this "
                  f"computer (ps); give it with --set-stdin {name} or --set-file {name}=FILE",
                  file=sys.stderr)

    def put(name: str, value: str, source: str) -> None:
        if name in sources:
            raise UsageError(f"the input '{name}' is given twice ({sources[name]} and {source}); "
                             "give each input once")
        values[name], sources[name] = value, source

    for pair in set_files:
        name, sep, path = pair.partition("=")
        name = name.strip()
        if not sep or not name or not path:
            raise UsageError(f"--set-file needs NAME=PATH, got '{pair}'")
        try:
            text = Path(path).read_text("utf-8")
        except OSError as e:
            raise UsageError(f"--set-file {name}: the file {path} cannot be read "
                             f"({e.strerror or type(e).__name__})") from None
        except UnicodeDecodeError:
            raise UsageError(f"--set-file {name}: the file {path} is not UTF-8 text") from None
        put(name, _without_line_break(text), "--set-file")
    stream = stdin if stdin is not None else sys.stdin
    for name in set_stdin:
        name = name.strip()
        if not name:
            raise UsageError("--set-stdin needs the NAME of an input")
        if is_console(stream):
            value = getpass.getpass(f"{name}: ")
        else:
            line = stream.readline() if stream is not None else ""
            if not line:
                raise UsageError(f"--set-stdin {name}: standard input ended before its value")
            value = _without_line_break(line)
        put(name, value, "--set-stdin")
    return values


def _without_line_break(text: str) -> str:
    if text.endswith("\r\n"):
        return text[:-2]
    return text[:-1] if text.endswith("\n") else text


def read_rows(path: str, recipe) -> list[dict[str, str]]:
    from recipes.errors import UsageError

    file = Path(path)
    if file.is_dir():
        inside = sorted(p.name for p in file.glob("*.csv"))
        hint = (f"one of the CSV files in it, e.g. --data {file / inside[0]}" if inside else
                "the CSV file itself, not the folder it is in")
        raise UsageError(f"the data file {path} is a folder, not a CSV file; give {hint}")
    if not file.is_file():
        raise UsageError(f"the data file {path} does not exist")
    try:
        text = file.read_text("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(f"{path} is not UTF-8 text (a spreadsheet's plain \"CSV\" is often "
                         "saved in the Windows code page): save it again as \"CSV UTF-8\" "
                         "(Excel: Save As, file type \"CSV UTF-8 (kommasepareret)\")") from None
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(text.splitlines(), dialect=dialect)
    names = {i.name for i in recipe.inputs}
    columns = [c for c in (reader.fieldnames or []) if c]
    extra = [c for c in columns if c not in names]
    if extra:
        print(f"note: {path}: columns {', '.join(extra)} are not inputs of the recipe and are "
              "not used", file=sys.stderr)
    rows = [{k: (v or "").strip() for k, v in row.items() if k in names} for row in reader]
    if not rows:
        raise UsageError(f"{path} has no data rows")
    return rows
