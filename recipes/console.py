"""The command line's face of a run: one printed line per step, checkpoints on standard input,
and the loop over data rows shared by `run` and `demo`."""

from __future__ import annotations

import csv
import sys
from pathlib import Path


class ConsoleWords:
    """The words of a run on the command line, in English. The edge gives the person's language
    (`workbench.console_words`, Danish) by overriding each method; the layout stays here."""

    def action(self, action: str) -> str:
        return action

    def what(self, step) -> str:
        """What the step acts on or does, in a few words."""
        target = getattr(step, "target", None)
        what = target.describe() if target is not None else _brief(step)
        if step.action == "drag":
            what += f" -> {step.to.describe()}"
        return what

    def place(self, x: int, y: int, score: float, scale: float | None) -> str:
        where = f"({x}, {y}) score {score:.2f}"
        return where + (f" scale {scale:.2f}" if scale is not None else "")

    def found_at(self, place: str) -> str:
        return f"found at {place}"

    def seconds(self, seconds: float) -> str:
        return f"{seconds:.2f} s"

    def mark(self, status: str) -> str:
        return {"passed": "ok", "failed": "FAILED", "skipped": "skipped", "rejected": "REJECTED",
                "aborted": "ABORTED"}.get(status, status)

    def step_message(self, result) -> str:
        """Why a step failed, was rejected or skipped."""
        return result.message

    def note(self, note) -> str:
        """A line of the run's log (a recipes.run.RunNote)."""
        return str(note)

    def checkpoint(self, message: str) -> str:
        return f"CHECKPOINT: {message}"

    def approve_question(self) -> str:
        return "Approve? [y/ja = approve, anything else = reject]: "

    def no_answer(self) -> str:
        return "(no answer: end of input)"

    def row(self, n: int, total: int) -> str:
        return f"--- row {n} of {total} ---"

    def run_result(self, run, name: str) -> str:
        why = f" ({run.message})" if run.message and run.status != "passed" else ""
        return f"{run.status}: '{name}' in {run.duration:.1f} s{why}"

    def rows_not_run(self, n: int, total: int, blank_screen: bool) -> str:
        left = total - n
        rest = f"row {n + 1} was" if left == 1 else f"rows {n + 1}-{total} ({left}) were"
        why = " (the screen shows nothing, so they would fail the same way)" if blank_screen else ""
        return f"stopped at row {n} of {total}: {rest} not run{why}"

    def error(self, error: BaseException) -> str:
        return f"error: {error}"

    def aborted(self, abort: BaseException) -> str:
        """How the person stopped it (a recipes.errors.UserAbort)."""
        return f"aborted: {abort}"

    def stop_keys(self, keys: str) -> str:
        return (f"stop the robot at any time with {keys}, or by moving the pointer into a corner "
                "of the screen")


ENGLISH = ConsoleWords()


class ConsoleObserver:
    """Prints one line per step as it goes: number, action, what, where found, how long."""

    def __init__(self, recipe, out=None, words: ConsoleWords = ENGLISH):
        self.recipe = recipe
        self._out = out
        self.words = words
        self.total = len(recipe.steps)
        # The columns line up for this recipe: as wide as its longest step id (within reason).
        longest = max((len(s.id or "") for s in recipe.steps), default=0)
        self.width = len(f"{self.total}/{self.total}") + 2 + min(30, longest)
        self.action_width = max([12] + [len(words.action(s.action)) for s in recipe.steps])

    @property
    def out(self):
        """Where the lines go: the given stream, else standard output as it is now."""
        return self._out if self._out is not None else sys.stdout

    def step_started(self, index, step):
        pass

    def step_finished(self, index, result):
        step = self.recipe.steps[index]
        words = self.words
        what = words.what(step)
        where = ""
        if result.found is not None:
            where = " " + words.found_at(self._place(result.found))
        if result.found_to is not None:
            where += " -> " + self._place(result.found_to)
        number = f"{index + 1}/{self.total}".rjust(len(f"{self.total}/{self.total}"))
        label = cut(f"{number} {step.id or ''}", self.width)
        print(f"{label:<{self.width}} {words.action(step.action):<{self.action_width}} {cut(what, 40):<40}{where}  "
              f"{words.seconds(result.duration)}  {words.mark(result.status)}", file=self.out,
              flush=True)
        if result.status in ("failed", "rejected", "skipped") and result.message:
            print(f"{'':<{self.width}} {words.step_message(result)}", file=self.out, flush=True)

    def log(self, message):
        print(f"{'':<{self.width}} {self.words.note(message)}", file=self.out, flush=True)

    def _place(self, m) -> str:
        return self.words.place(m.centre[0], m.centre[1], m.score,
                                m.scale if abs(m.scale - 1) > 0.05 else None)


def cut(text: str, width: int) -> str:
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


def _is_terminal(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


class StdinPrompt:
    """A checkpoint on the command line: `y` or `ja` approves; anything else or end of input rejects.
    `who` answers (the settings' user name); else the login name."""

    def __init__(self, who: str | None = None, words: ConsoleWords = ENGLISH):
        self.who = who
        self.words = words

    def checkpoint(self, message, frame, values):
        from recipes.ports import Decision

        from recipes.principal import principal

        who = self.who or principal()
        print(self.words.checkpoint(message), flush=True)
        print(self.words.approve_question(), end="", flush=True)
        try:
            answer = sys.stdin.readline()
        except (OSError, ValueError):
            answer = ""
        if not answer:
            print(self.words.no_answer(), flush=True)
        elif not _is_terminal(sys.stdin):
            print(answer.strip(), flush=True)   # piped: the transcript shows what was answered
        approved = answer.strip().lower() in ("y", "yes", "ja", "j")
        return Decision(approved=approved, who=f"{who} (terminal)")


def run_rows(doc, all_values, env, history, observer, start: int = 0, numbered: bool = False,
             operator: str = "", content: str | None = None) -> int:
    """Run the recipe once per row of values; stop at the first row that does not pass.
    Returns the exit status of the contract (0, 1, 3 or 130)."""
    from recipes.runner import Runner

    code = 0
    words = getattr(observer, "words", ENGLISH)
    runner = Runner(doc, env, observer, history, content=content)
    for n, values in enumerate(all_values, start=1):
        if len(all_values) > 1:
            print(words.row(n, len(all_values)), flush=True)
        run = runner.run(values, start=start, row_number=n if numbered else None,
                         first_row=(n == 1), mode="from_step" if start else "run", operator=operator)
        print(words.run_result(run, doc.recipe.name), flush=True)
        code = run.exit_code
        if run.status != "passed":
            if len(all_values) > n:
                # The program may be mid-case: the robot does not guess how to go on. Say
                # exactly which rows still need doing, to run them later with a CSV of their own.
                print(words.rows_not_run(n, len(all_values),
                                         any(s.screen_blank for s in run.steps)), flush=True)
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
