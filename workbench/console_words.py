"""The command line's run in Danish: the same lines as `recipes.console.ConsoleWords` writes in
English, in the words the workbench uses (its action names, its wording of the robot's problems
and log notes), for a case worker who runs a recipe from a terminal (`main.py run`, issue 13,
item 15).

Only QtCore: the texts go through `QCoreApplication.translate` with Danish as the source, so no
application object is needed to say them in Danish.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recipes.console import ConsoleWords
from workbench.run_words import decimal


class DanishConsoleWords(ConsoleWords):
    def action(self, action: str) -> str:
        from workbench.labels import action_label

        return action_label(action).lower()

    def what(self, step) -> str:
        from workbench.labels import describe_step

        return describe_step(step)

    def place(self, x: int, y: int, score: float, scale: float | None) -> str:
        where = QCoreApplication.translate("Console", "({0}, {1}) score {2}").format(
            x, y, decimal(score, 2))
        if scale is not None:
            where += QCoreApplication.translate("Console", " skala {0}").format(decimal(scale, 2))
        return where

    def found_at(self, place: str) -> str:
        return QCoreApplication.translate("Console", "fundet ved {0}").format(place)

    def seconds(self, seconds: float) -> str:
        return QCoreApplication.translate("Console", "{0} s").format(decimal(seconds, 2))

    def mark(self, status: str) -> str:
        return {
            "passed": QCoreApplication.translate("Console", "ok"),
            "failed": QCoreApplication.translate("Console", "FEJLET"),
            "skipped": QCoreApplication.translate("Console", "sprunget over"),
            "rejected": QCoreApplication.translate("Console", "AFVIST"),
            "aborted": QCoreApplication.translate("Console", "AFBRUDT"),
        }.get(status, status)

    def step_message(self, result) -> str:
        from workbench.run_words import step_reason

        return step_reason(result)

    def note(self, note) -> str:
        from workbench.run_words import note_words

        return note_words(note)

    def checkpoint(self, message: str) -> str:
        return QCoreApplication.translate("Console", "KONTROLPUNKT: {0}").format(message)

    def approve_question(self) -> str:
        return QCoreApplication.translate(
            "Console", "Godkend? [j/ja = godkend, alt andet = afvis]: ")

    def no_answer(self) -> str:
        return QCoreApplication.translate("Console", "(intet svar: inddata sluttede)")

    def row(self, n: int, total: int) -> str:
        return QCoreApplication.translate("Console", "--- række {0} af {1} ---").format(n, total)

    def run_result(self, run, name: str) -> str:
        from workbench.labels import outcome_label
        from workbench.run_words import run_reason

        text = QCoreApplication.translate("Console", "{0}: »{1}« på {2} s").format(
            outcome_label(run.status), name, decimal(run.duration, 1))
        if run.status != "passed":
            why = run_reason(run)
            if why:
                text += f" ({why})"
        return text

    def rows_not_run(self, n: int, total: int, blank_screen: bool) -> str:
        left = total - n
        if left == 1:
            rest = QCoreApplication.translate("Console", "række {0} blev ikke kørt").format(n + 1)
        else:
            rest = QCoreApplication.translate(
                "Console", "række {0}-{1} ({2} rækker) blev ikke kørt").format(n + 1, total, left)
        text = QCoreApplication.translate("Console", "stoppede ved række {0} af {1}: {2}").format(
            n, total, rest)
        if blank_screen:
            text += QCoreApplication.translate("Console", " (skærmen viser intet, så de ville fejle på samme måde)")
        return text

    def stop_keys(self, keys: str) -> str:
        return QCoreApplication.translate("Console", "stop robotten når som helst med {0}, eller ved at føre musen op i et hjørne af skærmen").format(keys)

    def error(self, error: BaseException) -> str:
        from workbench.run_words import error_words

        return QCoreApplication.translate("Console", "fejl: {0}").format(error_words(error))

    def aborted(self, abort: BaseException) -> str:
        from recipes.errors import problem_of
        from workbench.run_words import problem_words

        return QCoreApplication.translate("Console", "afbrudt: {0}").format(
            problem_words(problem_of(abort)))
