"""The single entry point: opens the workbench, or runs, checks and records recipes from the shell.

This is the composition root: it parses the command line, builds the real adapters
(`recipes.desktop`) and hands them to the pure core. Errors reach the user as a few plain lines,
never a traceback; the exit status follows RECIPE_FORMAT.md.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # before Tesseract loads: 10x faster on 2 cores

EXIT_OK, EXIT_FAILED, EXIT_INVALID, EXIT_REJECTED, EXIT_ABORTED = 0, 1, 2, 3, 130
EXIT_NOT_APPROVED = 4   # governance refused: not approved, changed, forged, own change


# What to say where a command is given without what it works on, instead of argparse's "the
# following arguments are required: recipe" ({command}: how the program is started).
_WHAT_TO_GIVE = {
    "run": "say which recipe to run: {command} run RECIPE.yaml",
    "check": "say which recipe to check: {command} check RECIPE.yaml",
    "record": "say which new recipe file to record into: {command} record NEW.yaml",
    "secret": "say which credential's password to store: {command} secret set NAME",
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # usage errors exit 2 with one plain line, as the contract says
        from recipes.desktop.platform import COMMAND

        command = self.prog.rsplit(" ", 1)[-1]
        if message.startswith("the following arguments are required") and command in _WHAT_TO_GIVE:
            message = _WHAT_TO_GIVE[command].format(command=COMMAND)
        self.print_usage(sys.stderr)
        print(f"error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_INVALID)


def build_parser() -> argparse.ArgumentParser:
    from recipes.desktop.platform import COMMAND, SECRET_STORE

    p = _Parser(prog=COMMAND, description="Opskrift workbench: record, edit and replay recipes.")
    p.add_argument("--home", help="folder for the run history and settings (default: the "
                   "environment variable WORKBENCH_HOME, else a folder in your profile)")
    p.add_argument("--lang", choices=["da", "en"], help="language of the workbench and of a run's lines (default: as chosen in the workbench's settings, else Danish)")
    p.add_argument("--debug", action="store_true",
                   help="on an unexpected error, show its traceback here as well as in the log")
    sub = p.add_subparsers(dest="command")
    r = sub.add_parser("run", help="replay a recipe on the current display")
    r.add_argument("recipe", metavar="RECIPE.yaml")
    r.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                   help="an input value (repeatable); shows in `ps`: give sensitive values "
                        "with --set-file or --set-stdin")
    r.add_argument("--set-file", action="append", default=[], metavar="NAME=PATH",
                   help="an input value read from a file (repeatable)")
    r.add_argument("--set-stdin", action="append", default=[], metavar="NAME",
                   help="an input value read as one line of standard input, asked without echo "
                        "on a terminal (repeatable: one line each, in order)")
    r.add_argument("--data", metavar="FILE.csv", help="run once per row; columns are input names")
    r.add_argument("--from-step", metavar="N|ID", help="start at this step (number or id)")
    r.add_argument("--home", dest="sub_home", help=argparse.SUPPRESS)
    r.add_argument("--lang", dest="sub_lang", choices=["da", "en"], help=argparse.SUPPRESS)
    c = sub.add_parser("check", help="validate a recipe and its files without running it")
    c.add_argument("recipe", metavar="RECIPE.yaml")
    rec = sub.add_parser("record", help="record a recipe until the stop hotkey or Ctrl+C")
    from recorders.cli import add_arguments

    add_arguments(rec)
    rec.add_argument("--home", dest="sub_home", help=argparse.SUPPRESS)
    d = sub.add_parser("demo", help="start the bundled demo programs and replay their recipes")
    d.add_argument("which", nargs="?", default="alle", metavar="DEMO",
                   help="one demo: sag (case work), lon (payroll), brugere (IT users), faktura (invoices); default: alle (all of them)")
    d.add_argument("--out", help="folder for the before/after screenshots")
    d.add_argument("--home", dest="sub_home", help=argparse.SUPPRESS)
    s = sub.add_parser("secret", help=f"store a credential's password in {SECRET_STORE}")
    s.add_argument("action", choices=["set"])
    s.add_argument("name")
    s.add_argument("--username")
    r.add_argument("--operator", action="store_true",
                   help="run only if this version of the recipe and its files is approved")
    ap = sub.add_parser("approve", help="approve (sign) this version of a recipe and its files")
    ap.add_argument("recipe", metavar="RECIPE.yaml")
    ap.add_argument("--comment", default="")
    rv = sub.add_parser("review", help="what a reviewer must see: programs launched, credentials "
                                       "typed and where, decisions, and what changed")
    rv.add_argument("recipe", metavar="RECIPE.yaml")
    sg = sub.add_parser("signers", help="admit or revoke a person's signing key")
    sg.add_argument("action", choices=["add", "revoke", "show"])
    sg.add_argument("user", nargs="?")
    sg.add_argument("--folder", default=".", help="the folder of the recipes (default: here, or the nearest folder above it that has allowed signers)")
    ro = sub.add_parser("roles", help="grant or revoke a person's role (author, reviewer, "
                                      "operator, trainee), or show the roles")
    ro.add_argument("action", choices=["grant", "revoke", "show"])
    ro.add_argument("user", nargs="?")
    ro.add_argument("role", nargs="?")
    ro.add_argument("--folder", default=".", help="the folder of the recipes (default: here, or the nearest folder above it that has allowed signers)")
    a = sub.add_parser("audit", help="show or verify the audit trail of saves, runs, checkpoint "
                                     "answers and credential changes")
    a.add_argument("action", choices=["show", "verify"])
    a.add_argument("--recipe", metavar="NAME|PATH", help="only the rows of this recipe (show)")
    a.add_argument("--home", dest="sub_home", help=argparse.SUPPRESS)
    gd = sub.add_parser("guide", help="a Danish step-by-step guide for trainees from a recipe "
                                      "(pictures masked)")
    gd.add_argument("recipe", metavar="RECIPE.yaml")
    kind = gd.add_mutually_exclusive_group(required=True)
    for k in ("pdf", "docx", "html"):
        kind.add_argument(f"--{k}", dest="format", action="store_const", const=k)
    gd.add_argument("out", metavar="OUT")
    tr = sub.add_parser("trainees", help="how trainees' guided sessions of a recipe went, per "
                                         "step: where they hesitate or click wrong")
    tr.add_argument("recipe", metavar="RECIPE.yaml")
    tr.add_argument("--home", dest="sub_home", help=argparse.SUPPRESS)
    rp = sub.add_parser("report", help="gains and quality from the run history: hours saved, "
                                       "årsværk against the target, rates, failures")
    rp.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="first day (included)")
    rp.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="last day (included)")
    rp.add_argument("--csv", metavar="FILE.csv", help="also write it for Danish Excel")
    rp.add_argument("--xlsx", metavar="FILE.xlsx", help="also write it as an Excel workbook")
    def number(text: str) -> float:   # 260,5 as Danes write it, or 260.5
        try:
            return float(text.replace(",", "."))
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None

    rp.add_argument("--hours-per-fte", type=number, metavar="HOURS",
                    help="hours in one årsværk (default: the settings', else 1924)")
    rp.add_argument("--hourly-cost", type=number, metavar="KR",
                    help="kroner per hour of a person's time (default: the settings', else 260)")
    rp.add_argument("--home", dest="sub_home", help=argparse.SUPPRESS)
    for command in (r, c, rec, d, s, a, ap, rv, sg, ro, rp, gd, tr):  # `main.py run --debug ...` works as well
        command.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                             help=argparse.SUPPRESS)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    home = getattr(args, "sub_home", None) or args.home
    if home:
        os.environ["WORKBENCH_HOME"] = str(Path(home).resolve())
    from recipes.errors import UserAbort, WorkbenchError

    words = console_words(args)
    try:
        if args.command is None:
            from workbench.app import main as workbench_main

            return workbench_main(args)
        if args.command == "check":
            return cmd_check(args)
        if args.command == "run":
            return cmd_run(args, words)
        if args.command == "record":
            from recorders.cli import record_command

            return record_command(args)
        if args.command == "demo":
            from recipes.demo import demo_command

            return demo_command(args)
        if args.command == "secret":
            return cmd_secret(args)
        if args.command == "audit":
            return cmd_audit(args)
        if args.command == "guide":
            return cmd_guide(args)
        if args.command == "trainees":
            from recipes.training import trainees_command

            return trainees_command(args)
        if args.command == "report":
            from recipes.gains_cli import report_command

            return report_command(args)
        if args.command in ("approve", "review", "signers", "roles"):
            from recipes.governance_cli import command

            return command(args)
    except WorkbenchError as e:
        print(words.error(e), file=sys.stderr)
        return EXIT_INVALID
    except UserAbort as e:
        print(words.aborted(e), file=sys.stderr)
        return EXIT_ABORTED
    except KeyboardInterrupt:
        print("aborted: Ctrl+C", file=sys.stderr)
        return EXIT_ABORTED
    except BrokenPipeError:
        # The output went to a program that stopped reading (`audit show | head`): not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as e:  # noqa: BLE001 - the last line of defence: a message, not a traceback
        return report_unexpected(e, debug=args.debug)
    return EXIT_INVALID


def console_words(args):
    """The words of a run on the command line: `--lang`, else the language chosen in the
    workbench's settings (Danish unless English was chosen). Other commands speak English."""
    from recipes.console import ENGLISH

    if args.command != "run":
        return ENGLISH
    language = getattr(args, "sub_lang", None) or args.lang   # `run X --lang en` as well
    if language is None:
        from recipes.history import workbench_home
        from recipes.settings_file import run_settings

        language = run_settings(workbench_home()).language
    if language != "da":
        return ENGLISH
    from workbench.console_words import DanishConsoleWords

    return DanishConsoleWords()


def report_unexpected(error: BaseException, debug: bool = False) -> int:
    """An error nobody foresaw: one plain line on screen, the traceback in a log file of its own
    under WORKBENCH_HOME (readable by the owner only), named on screen. Exit status 1."""
    import datetime as dt
    import traceback

    details = "".join(traceback.format_exception(error))
    where = None
    try:
        from recipes.history import workbench_home

        logs = workbench_home() / "logs"
        logs.mkdir(mode=0o700, parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        where = logs / f"error-{stamp}.log"
        fd = os.open(where, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            # Not the command line: its --set values may be personal data.
            f.write(f"{dt.datetime.now().isoformat(timespec='seconds')}\n\n{details}")
    except Exception:  # the log is a help, never a second failure on screen
        where = None
    if debug:
        print(details, file=sys.stderr, end="")
    print(f"error: something unexpected went wrong ({type(error).__name__}: {error}).",
          file=sys.stderr)
    if where is not None:
        print(f"  The details are in {where}; send that file along when you report the problem"
              " (or run again with --debug to see them here).", file=sys.stderr)
    elif not debug:
        print("  Run again with --debug to see the details.", file=sys.stderr)
    return EXIT_FAILED


def load_and_check(path: str):
    """Load a recipe and check its files; raises RecipeProblems with every problem found."""
    from recipes.errors import RecipeProblems
    from recipes.fileformat import check_assets, load_recipe

    doc = load_recipe(path)
    problems = check_assets(doc)
    if problems:
        raise RecipeProblems(problems)
    return doc


def say_invalid(error) -> int:
    """A recipe that cannot be read or breaks a rule, as `check` says it; exit 2."""
    from recipes.errors import RecipeFormatError

    print(f"invalid: {error}" if isinstance(error, RecipeFormatError) else
          "invalid:\n" + str(error), file=sys.stderr)
    return EXIT_INVALID


def cmd_check(args) -> int:
    from recipes.errors import RecipeFormatError, RecipeProblems

    try:
        doc = load_and_check(args.recipe)
    except (RecipeFormatError, RecipeProblems) as e:
        return say_invalid(e)
    r = doc.recipe
    note = f" (migrated from schema_version {doc.migrated_from})" if doc.migrated_from else ""
    print(f"{args.recipe}: valid: '{r.name}', {_count(r.steps, 'step')}, "
          f"{_count(r.inputs, 'input')}, {_count(r.credentials, 'credential')}{note}")
    return EXIT_OK


def step_index(recipe, ref: str) -> int:
    from recipes.errors import UsageError

    if ref.isdigit() and 1 <= int(ref) <= len(recipe.steps):
        return int(ref) - 1
    for i, s in enumerate(recipe.steps):
        if s.id == ref:
            return i
    raise UsageError(f"the recipe has no step '{ref}' (give a number 1-{len(recipe.steps)} or an id)")


def cmd_run(args, words) -> int:
    from recipes.desktop.environment import build_environment, close_environment, stop_on_signals
    from recipes.errors import RecipeFormatError, RecipeProblems
    from recipes.console import ConsoleObserver, StdinPrompt, gather_values, read_rows, run_rows
    from recipes.history import History, workbench_home
    from recipes.runner import resolve_values

    try:
        doc = load_and_check(args.recipe)
    except (RecipeFormatError, RecipeProblems) as e:
        return say_invalid(e)
    recipe = doc.recipe
    if args.operator:
        from recipes.approvals import describe, signers_folder, standing
        from recipes.governance import pin_problem
        from recipes.principal import principal

        from recipes.roles import holds

        now = standing(doc.path, recipe)
        pinned = pin_problem(signers_folder(doc.path))
        problems = ([pinned] if pinned else []) + now.problems
        if not holds(signers_folder(doc.path), principal(), "operator"):
            from recipes.approvals import Problem

            problems.insert(0, Problem("missing_role", {"who": principal(), "role": "operator"}))
        if problems:
            History(workbench_home()).audit.append(
                "run_refused", principal(), recipe.name, str(Path(doc.path).resolve()), now.hash,
                reasons=[p.code for p in problems])
            print("refused (operator mode): " + "; ".join(describe(p) for p in problems),
                  file=sys.stderr)
            return EXIT_NOT_APPROVED
        print(f"approved by {', '.join(now.approved_by)} (version {now.hash[:12]})", flush=True)
    given = gather_values(args.set, args.set_file, args.set_stdin, recipe=recipe)
    rows = read_rows(args.data, recipe) if args.data else [{}]
    all_values = [resolve_values(recipe, {**row, **given}) for row in rows]
    start = step_index(recipe, args.from_step) if args.from_step else 0
    from recipes.decisions import describe as describe_gap, uncovered_decisions

    gaps = uncovered_decisions(recipe, list(range(start, len(recipe.steps))))
    if gaps:
        print(f"refused: {describe_gap(recipe, gaps[0], start)}; run from the checkpoint before it",
              file=sys.stderr)
        return EXIT_INVALID
    # One run, one behaviour: the workbench's settings (languages, default timeout, abort keys,
    # who answers checkpoints) hold here as in the window.
    from recipes.content_hash import content_hash
    from recipes.settings_file import run_settings, with_default_timeout

    settings = run_settings(workbench_home())
    history = History(workbench_home())
    env = build_environment(doc.base_dir, prompt=StdinPrompt(settings.user_name or None, words),
                            abort_hotkey=settings.abort_hotkey,
                            languages=settings.ocr_languages)
    stop_on_signals(env)
    from recipes.desktop.platform import DEFAULT_ABORT_HOTKEY
    from recipes.keys import parse_combo

    keys = settings.abort_hotkey or DEFAULT_ABORT_HOTKEY
    content = content_hash(doc.path, recipe)   # of the file as approved, before the defaults
    doc.recipe = with_default_timeout(recipe, settings.default_timeout)
    print(words.stop_keys(str(parse_combo(keys))), flush=True)
    from recipes.principal import principal

    try:
        return run_rows(doc, all_values, env, history, ConsoleObserver(recipe, words=words),
                        start=start,
                        numbered=bool(args.data), operator=settings.user_name or principal(),
                        content=content)
    finally:
        close_environment(env)


def _count(items, noun: str) -> str:
    return f"{len(items)} {noun}" + ("" if len(items) == 1 else "s")


def cmd_secret(args) -> int:
    import getpass

    from recipes.desktop.secrets import KeyringSecrets

    from recipes.desktop.platform import is_console

    password = getpass.getpass(f"Password for '{args.name}': ") if is_console(sys.stdin) \
        else sys.stdin.readline().rstrip("\n")
    if not password:
        print(f"error: no password was given for '{args.name}'; nothing was stored",
              file=sys.stderr)
        return EXIT_INVALID
    secrets = KeyringSecrets()
    before, _ = secrets.get(args.name, None)
    secrets.set(args.name, args.username, password)
    from recipes.desktop.platform import SECRET_STORE

    user = f" of the user '{args.username}'" if args.username else ""
    print(f"stored the password{user} for '{args.name}' in {SECRET_STORE}")
    from recipes.history import History, workbench_home
    from recipes.principal import principal

    History(workbench_home()).audit.append("credential_changed", principal(), credential=args.name,
                                           username=args.username, store=SECRET_STORE)
    if before is not None and before != args.username:
        print(f"  it replaces what was stored for the user '{before}'")
    return EXIT_OK


AUDIT_WORDS = {
    "recipe_saved": "saved", "run_started": "run started", "run_finished": "run finished",
    "run_refused": "operator run refused", "checkpoint_answered": "checkpoint answered",
    "credential_changed": "credential changed", "credential_deleted": "credential deleted",
    "approved": "approved", "approval_refused": "approval refused",
    "signer_added": "signer admitted", "revoked": "signer revoked",
    "role_changed": "role changed",
}


def cmd_guide(args) -> int:
    """A guide written as PDF, DOCX or HTML; a picture that cannot be masked means no guide."""
    from recipes.errors import RecipeFormatError, RecipeProblems
    from recipes.guide import GuideNotMaskable, build_guide

    out = Path(args.out)
    if not out.parent.is_dir():
        print(f"error: the folder {out.parent} does not exist; nothing was written",
              file=sys.stderr)
        return EXIT_INVALID
    try:
        doc = load_and_check(args.recipe)
    except (RecipeFormatError, RecipeProblems) as e:
        return say_invalid(e)
    from recipes.ocr import default_engine
    from recipes.desktop.environment import require_tesseract

    try:
        require_tesseract("dan+eng")
        ocr = default_engine()
    except Exception as e:  # noqa: BLE001 - said plainly below
        print(f"error: no guide was written: its pictures must be masked, and OCR is not "
              f"available ({e})", file=sys.stderr)
        return EXIT_INVALID
    try:
        guide = build_guide(doc.path, doc.recipe, ocr)
    except GuideNotMaskable as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_INVALID
    from workbench.library.guide_pdf import write_guide

    try:
        write_guide(guide, out, args.format)
    except OSError as e:
        print(f"error: {out} could not be written ({e.strerror or e})", file=sys.stderr)
        return EXIT_INVALID
    pictures = sum(1 for s in guide.steps if s.picture is not None)
    print(f"written: {out} ({len(guide.steps)} steps, {pictures} pictures, each masked)")
    return EXIT_OK


def cmd_audit(args) -> int:
    import json

    from recipes.history import History, workbench_home

    history = History(workbench_home())
    trail = history.audit
    if args.action == "verify":
        broken = trail.verify()
        rows = len(trail.rows())
        if broken is None:
            noun = "row" if rows == 1 else "rows"
            heads = len(trail.heads())
            print(f"the audit trail holds: {rows} {noun}, each chained to the one before "
                  f"(head {trail.head()[:16]}); {heads} signed head{'' if heads == 1 else 's'} "
                  "from approvals match")
            return EXIT_OK
        if broken.what == "deleted":
            print(f"the audit trail is broken: row {broken.expected} was deleted "
                  f"(row {broken.row} comes next)", file=sys.stderr)
        elif broken.what == "cut":
            print(f"the audit trail is broken: row {broken.row} was deleted (the trail ends at "
                  f"row {broken.expected - 1}, but the head {broken.signed_by} signed at an "
                  f"approval names row {broken.row})", file=sys.stderr)
        elif broken.what == "head_forged":
            print(f"the audit trail is broken: the signed head at row {broken.row} (by "
                  f"{broken.signed_by}) does not verify", file=sys.stderr)
        elif broken.what == "edited":
            print(f"the audit trail is broken: row {broken.row} was edited (its content does "
                  "not match its hash" + (f" signed by {broken.signed_by} at an approval"
                                          if broken.signed_by else "") + ")", file=sys.stderr)
        else:
            print(f"the audit trail is broken: row {broken.row} does not follow the row before "
                  "it (rows were moved or replaced)", file=sys.stderr)
        return EXIT_FAILED
    recipe = args.recipe
    if recipe and Path(recipe).is_file():
        recipe = str(Path(recipe).resolve())   # rows name a recipe file by its full path
    rows = trail.rows(recipe)
    if recipe and not rows:
        # A file's stem (`kommunesag` for kommunesag.yaml) or the name in another case.
        rows = [r for r in trail.rows() if Path(r["recipe_path"] or "").stem == recipe
                or (r["recipe"] or "").casefold() == recipe.casefold()]
    for row in rows:
        try:
            details = json.loads(row["details"]) if row["details"] else {}
        except (ValueError, TypeError):
            details = {"details": f"unreadable ({str(row['details'])[:40]!r}): run audit verify"}
        what = ", ".join(f"{k}={v}" for k, v in details.items() if v not in (None, ""))
        recipe = f" '{row['recipe']}'" if row["recipe"] else ""
        short = f" {row['recipe_hash'][:12]}" if row["recipe_hash"] else ""
        print(f"{row['id']:5d}  {row['at']}  {row['principal']:12s} "
              f"{AUDIT_WORDS.get(row['event'], row['event'])}{recipe}{short}"
              + (f"  ({what})" if what else ""))
    if not rows:
        print("the audit trail has no rows" + (f" for '{args.recipe}'" if args.recipe else ""))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
