"""Why a run or step did not pass, and the run's log, in the interface's words.

The core reports what went wrong as typed data, `{"code": ..., "values": {...}}` (the
`problem()` of recipes.errors, a step's or run's `problem`, the history's `problem` column;
the codes are listed in docs/RECIPE_FORMAT.md), and log lines as `recipes.run.RunNote`. This
module words them: Danish is the source text, English comes from Qt's translation file.

It needs QtCore only (no QApplication, no widget, no other page of the workbench), so that the
command line can use it too: without a QCoreApplication, `QCoreApplication.translate` gives the
Danish source; with the English translator installed, English. It reads the core's values and
never the English sentences the core writes for logs; a row of an older history without a
problem is shown with its stored message as it is.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication


def decimal(value: Any, places: int | None = None) -> str:
    """A number as the interface writes it: 0,61 in Danish, 0.61 in English."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    text = f"{number:.{places}f}" if places is not None else f"{number:g}"
    # The decimal sign of the interface's language (English: ".").
    return text.replace(".", QCoreApplication.translate("RunText", ",", "decimal sign"))


def _quoted(text: Any) -> str:
    """A name (a window's title, a text read on the screen) in the language's quotes."""
    return QCoreApplication.translate("RunText", "»{0}«").format(text)


def _window(title: str | None) -> str:
    if title is None:
        return QCoreApplication.translate(
                  "RunText", "intet vindue")
    return _quoted(title)


def anchor_words(anchor: list[dict] | None, drag_end: bool = False, what: str = "") -> str:
    """A target's parts (`recipes.model.Target.parts`) in the interface's words: »teksten »Gem«
    eller billedet gem.png (forekomst 2)«. `what`: the core's sentence where it gave no parts."""
    if anchor is None:
        said = what
    else:
        parts = []
        for part in anchor:
            kind = part.get("kind")
            if kind == "text":
                parts.append(QCoreApplication.translate(
                                "RunText", "teksten »{0}«").format(part.get("text")))
            elif kind == "image":
                parts.append(QCoreApplication.translate(
                                "RunText", "billedet {0}").format(part.get("image")))
            elif kind == "point":
                x, y = (list(part.get("point") or []) + [0, 0])[:2]
                if part.get("window") is not None:
                    parts.append(QCoreApplication.translate(
                                    "RunText", "punktet ({0}, {1}) i vinduet »{2}«").format(
                        x, y, part["window"]))
                else:
                    parts.append(QCoreApplication.translate(
                                    "RunText", "punktet ({0}, {1})").format(x, y))
        said = QCoreApplication.translate(
                  "RunText", " eller ").join(parts)
        occurrence = next((p.get("occurrence") for p in anchor if p.get("occurrence")), None)
        if occurrence:
            said += QCoreApplication.translate(
                       "RunText", " (forekomst {0})").format(occurrence)
    if drag_end:
        return QCoreApplication.translate(
                  "RunText", "trækkets slutpunkt, {0}").format(said)
    return said


def candidate_words(candidate: dict) -> str:
    """One place that looked like the anchor: »Gemt« ved (520, 310) med score 0,61."""
    x, y = (list(candidate.get("centre") or []) + [0, 0])[:2]
    where = QCoreApplication.translate(
               "RunText", "ved ({0}, {1}) med score {2}").format(x, y,
                                                     decimal(candidate.get("score"), 2))
    label = candidate.get("label")
    return f"{_quoted(label)} {where}" if label else where


def _places(candidates: list[dict] | None) -> str:
    return "; ".join(candidate_words(c) for c in candidates or [])


def _what(v: dict) -> str:
    return anchor_words(v.get("anchor"), bool(v.get("drag_end")), v.get("what") or "")


def _step_label(step: dict | None) -> str:
    if not step:
        return "?"
    if step.get("id"):
        return QCoreApplication.translate(
                  "RunText", "trin {0} »{1}«").format(step.get("number"), step["id"])
    return QCoreApplication.translate(
              "RunText", "trin {0}").format(step.get("number"))


# -- one function per family of codes -------------------------------------------------------------

def _anchor(code: str, v: dict) -> str | None:
    what, secs = _what(v), decimal(v.get("timeout"))
    if code == "anchor_not_found":
        if v.get("best"):
            return QCoreApplication.translate(
                      "RunText", "{0} blev ikke fundet inden for {1} s; det bedste bud var {2}").format(
                what, secs, candidate_words(v["best"]))
        return QCoreApplication.translate(
                  "RunText", "{0} blev ikke fundet inden for {1} s, og intet lignende var på "
                  "skærmen").format(what, secs)
    if code == "anchor_moving":
        return QCoreApplication.translate(
                  "RunText", "{0} blev ikke stående ét sted inden for {1} s (vinduet var ved at åbne eller "
                  "flytte sig); det blev sidst set {2}").format(
            what, secs, candidate_words(v.get("best") or {}))
    if code == "anchor_ambiguous":
        return QCoreApplication.translate(
                  "RunText", "{0} passer lige godt {1} steder ({2}). Angiv forekomst, område eller "
                  "nær-position i målet.").format(what, v.get("count"),
                                                   _places(v.get("candidates")))
    if code == "anchor_count_changed":
        return QCoreApplication.translate(
                  "RunText", "{0} ses {1} gange på skærmen, men sås {2} gange, da trinnet blev optaget "
                  "({3}). Intet blev gjort: se skærmen efter, og optag trinnet igen eller ret "
                  "antal og forekomst i målet.").format(
            what, v.get("count"), v.get("expected"), _places(v.get("candidates")) or QCoreApplication.translate(
                                                                                        "RunText", "ingen"))
    if code == "anchor_still_visible":
        return QCoreApplication.translate(
                  "RunText", "{0} var stadig på skærmen efter {1} s").format(what, secs)
    if code == "screen_blank":
        if v.get("grab_failed"):
            shown = QCoreApplication.translate(
                       "RunText", "skærmen kunne ikke aflæses")
            shown += f" ({v['reason']})" if v.get("reason") else ""
        else:
            r, g, b = (list(v.get("colour") or []) + [0, 0, 0])[:3]
            colour = QCoreApplication.translate(
                        "RunText", "sort") if v.get("black") else QCoreApplication.translate(
                                                                     "RunText", "én farve, {0}").format(
                f"rgb({r}, {g}, {b})")
            shown = QCoreApplication.translate(
                       "RunText", "skærmen viser intet ({0})").format(colour)
        return QCoreApplication.translate(
                  "RunText", "{0} kunne ikke søges: {1}. Skærmen er måske låst, fjernforbindelsen afbrudt "
                  "eller Citrix-vinduet minimeret; lås op eller forbind igen, og kør så "
                  "igen.").format(what, shown)
    return None


def _window_problem(code: str, v: dict) -> str | None:
    if code == "window_not_found":
        return QCoreApplication.translate(
                  "RunText", "intet vindue med en titel, der passer til »{0}«, kom frem inden for "
                  "{1} s").format(v.get("pattern"), decimal(v.get("timeout")))
    if code == "window_ambiguous":
        titles = "; ".join(_quoted(t) for t in v.get("titles") or [])
        if v.get("focusing", True):
            text = QCoreApplication.translate(
                      "RunText", "titlen »{0}« passer til {1} vinduer ({2}); intet vindue blev valgt. Gør "
                      "mønsteret så præcist, at kun ét vindue passer, fx ^Titel$.")
        else:
            text = QCoreApplication.translate(
                      "RunText", "titlen »{0}« passer til {1} vinduer ({2}); intet blev gjort. Gør "
                      "mønsteret så præcist, at kun ét vindue passer, fx ^Titel$.")
        return text.format(v.get("pattern"), v.get("count"), titles)
    if code == "window_moving":
        return QCoreApplication.translate(
                  "RunText", "vinduet »{0}« blev ikke stående ét sted inden for {1} s (det var ved at åbne "
                  "eller flytte sig); intet blev gjort").format(v.get("title"),
                                                               decimal(v.get("timeout")))
    if code == "window_point_outside":
        return QCoreApplication.translate(
                  "RunText", "punktet ({0}, {1}) ligger uden for vinduet »{2}«, som nu kun er {3} × {4} "
                  "punkter; intet blev gjort. Gør vinduet lige så stort som ved optagelsen, "
                  "eller optag trinnet igen.").format(
            v.get("x"), v.get("y"), v.get("title"), v.get("width"), v.get("height"))
    if code == "window_point_covered":
        if v.get("other") is not None:
            return QCoreApplication.translate(
                      "RunText", "punktet ({0}, {1}) i vinduet »{2}« er dækket af vinduet »{3}«; intet "
                      "blev gjort").format(v.get("x"), v.get("y"), v.get("title"), v["other"])
        return QCoreApplication.translate(
                  "RunText", "punktet ({0}, {1}) i vinduet »{2}« er dækket af noget, der ikke er et vindue "
                  "(en menu eller en pop op-boks); intet blev gjort").format(
            v.get("x"), v.get("y"), v.get("title"))
    if code == "window_gone":
        return QCoreApplication.translate(
                  "RunText", "vinduet er væk")
    return None


def _keyboard(code: str, v: dict) -> str | None:
    if code == "window_not_active":
        case = v.get("case")
        if case == "launched_program":
            return QCoreApplication.translate(
                      "RunText", "tastaturet er på {0}, ikke på et vindue fra »{1}«, som opskriften "
                      "startede; intet blev skrevet. Tilføj et trin, der fokuserer "
                      "vinduet.").format(_window(v.get("actual")), v.get("program"))
        if case == "none_chosen":
            return QCoreApplication.translate(
                      "RunText", "intet tidligere trin har valgt vinduet, der skal skrives i (et fokus-trin "
                      "eller et klik); intet blev skrevet. Tilføj et trin, der fokuserer "
                      "vinduet.")
        if case == "same_title":
            return QCoreApplication.translate(
                      "RunText", "tastaturet er på et andet vindue med titlen »{0}« end det, det forrige "
                      "trin valgte; intet blev skrevet").format(v.get("expected"))
        return QCoreApplication.translate(
                  "RunText", "tastaturet er på {0}, ikke på »{1}«, som det forrige trin valgte; intet blev "
                  "skrevet").format(_window(v.get("actual")), v.get("expected"))
    if code == "focus_moved":
        if v.get("same_title") and v.get("actual") is not None:
            where = QCoreApplication.translate(
                       "RunText", "et andet vindue med titlen »{0}«").format(v.get("actual"))
        else:
            where = _window(v.get("actual"))
        return QCoreApplication.translate(
                  "RunText", "tastaturet skiftede fra »{0}« til {1}, mens der blev skrevet; skrivningen "
                  "stoppede efter {2} af {3} tegn, og intet kom i det andet vindue").format(
            v.get("expected"), where, v.get("typed"), v.get("total"))
    if code == "secret_refused":
        if v.get("terminal"):
            return QCoreApplication.translate(
                      "RunText", "adgangen »{0}« skrives aldrig i en terminal, og tastaturet er på "
                      "terminalen »{1}«; intet blev skrevet").format(v.get("credential"),
                                                                  v.get("title"))
        return QCoreApplication.translate(
                  "RunText", "adgangen »{0}« må kun skrives i et vindue, hvis titel passer til »{1}«, og "
                  "tastaturet er på »{2}«; intet blev skrevet").format(
            v.get("credential"), v.get("allowed"), v.get("title"))
    if code == "no_spare_keycode":
        return QCoreApplication.translate(
                  "RunText", "tastaturlayoutet mangler {0} af de tegn, der skal skrives, og har kun {1} "
                  "ledige taster at låne dem").format(v.get("needed"), v.get("spare"))
    if code == "key_held_down":
        return QCoreApplication.translate(
                  "RunText", "en tast (Ctrl, Shift, Alt eller AltGr) blev holdt nede på tastaturet i {0} s, "
                  "så robotten skrev intet: slip den, og prøv igen").format(
            decimal(v.get("seconds")))
    if code == "key_unknown":
        return QCoreApplication.translate(
                  "RunText", "tasten »{0}« findes ikke; brug et navn som Return eller F4").format(
            v.get("key"))
    if code == "layout_lacks_key":
        if v.get("combo"):
            return QCoreApplication.translate(
                      "RunText", "tastaturlayoutet har ingen {0}-tast til »{1}«").format(v.get("key"),
                                                                           v["combo"])
        return QCoreApplication.translate(
                  "RunText", "tastaturlayoutet har ingen {0}-tast").format(v.get("key"))
    if code == "key_not_on_layout":
        return QCoreApplication.translate(
                  "RunText", "tastekombinationen {0} nævner et tegn, der ikke er på nogen tast i dette "
                  "tastaturlayout").format(v.get("combo"))
    if code == "input_refused":
        return QCoreApplication.translate(
                  "RunText", "Windows afviste robottens input (et andet program kører måske som "
                  "administrator, eller skærmen er låst)")
    if code == "mouse_button_unknown":
        return QCoreApplication.translate(
                  "RunText", "ukendt museknap »{0}«").format(v.get("button"))
    return None


def _program(code: str, v: dict) -> str | None:
    if code == "program_died":
        if v.get("signal") is not None:
            text = QCoreApplication.translate(
                      "RunText", "programmet »{0}« blev stoppet af signal {1} lige efter, at det blev "
                      "startet").format(v.get("program"), v["signal"])
        else:
            text = QCoreApplication.translate(
                      "RunText", "programmet »{0}« stoppede med afslutningskode {1} lige efter, at det blev "
                      "startet").format(v.get("program"), v.get("status"))
        if v.get("error_output"):
            return text + QCoreApplication.translate(
                             "RunText", "; dets sidste fejludskrift: {0}").format(v["error_output"])
        return text + QCoreApplication.translate(
                         "RunText", " (det skrev ingen fejludskrift)")
    if code == "program_not_found":
        return QCoreApplication.translate(
                  "RunText", "programmet »{0}« kunne ikke startes: det blev ikke fundet. Installer det, "
                  "eller ret kommandoen i opskriften.").format(v.get("program"))
    if code == "program_not_started":
        return QCoreApplication.translate(
                  "RunText", "programmet »{0}« kunne ikke startes: {1}").format(v.get("program"),
                                                                      v.get("reason"))
    if code == "launch_without_command":
        return QCoreApplication.translate(
                  "RunText", "et start-trin skal have en kommando")
    if code == "no_desktop":
        need = v.get("need")
        if need == "programs":
            return QCoreApplication.translate(
                      "RunText", "denne kørsel kan ikke starte programmer (intet skrivebord)")
        if need == "focus":
            return QCoreApplication.translate(
                      "RunText", "denne kørsel kan ikke vælge vinduer (intet skrivebord)")
        if need == "keyboard":
            return QCoreApplication.translate(
                      "RunText", "denne kørsel kan ikke se, hvilket vindue tastaturet er på (intet "
                      "skrivebord); intet blev skrevet")
        return QCoreApplication.translate(
                  "RunText", "denne kørsel kan ikke finde vinduer (intet skrivebord)")
    if code == "no_ocr":
        return QCoreApplication.translate(
                  "RunText", "der er ingen tekstgenkendelse (OCR) til at læse tekst med")
    if code == "action_not_replayable":
        return QCoreApplication.translate(
                  "RunText", "handlingen »{0}« kan endnu ikke afspilles").format(v.get("action"))
    return None


def _data(code: str, v: dict) -> str | None:
    if code == "secret_missing":
        windows = v.get("store") == "credential_manager"
        if v.get("field") == "username":
            text = (QCoreApplication.translate(
                       "RunText", "Windows Legitimationsstyring har intet brugernavn til »{0}«; gem det under "
                       "Indstillinger eller med `{1}`") if windows else
                    QCoreApplication.translate(
                       "RunText", "nøgleringen har intet brugernavn til »{0}«; gem det under Indstillinger "
                       "eller med `{1}`"))
        else:
            text = (QCoreApplication.translate(
                       "RunText", "Windows Legitimationsstyring har ingen adgangskode til »{0}«; gem den "
                       "under Indstillinger eller med `{1}`") if windows else
                    QCoreApplication.translate(
                       "RunText", "nøgleringen har ingen adgangskode til »{0}«; gem den under Indstillinger "
                       "eller med `{1}`"))
        return text.format(v.get("credential"), v.get("command"))
    if code == "no_keyring_in_run":
        return QCoreApplication.translate(
                  "RunText", "denne kørsel har ingen nøglering; adgangskoder kan ikke skrives")
    if code == "hidden_value_changed":
        return QCoreApplication.translate(
                  "RunText", "værdien »{0}« blev ændret ved kontrolpunktet, hvor en del af den er skjult; "
                  "skriv den helt, eller lad de skjulte dele stå, som de er").format(v.get("name"))
    if code == "rejected_at_checkpoint":
        text = QCoreApplication.translate(
                  "RunText", "afvist ved kontrolpunktet af {0}").format(v.get("who"))
        return text + (f": {v['comment']}" if v.get("comment") else "")
    if code == "checkpoint_unanswered":
        return QCoreApplication.translate(
                  "RunText", "der var ingen til at svare ved kontrolpunktet; afvist")
    if code == "decision_unchecked":
        kind, since = v.get("since_kind"), _step_label(v.get("since"))
        if kind == "decision":
            where = QCoreApplication.translate(
                       "RunText", "siden {0}, afgørelsen før det").format(since)
        elif kind == "starts_here":
            where = QCoreApplication.translate(
                       "RunText", "kørslen starter ved det")
        elif kind == "start_step":
            where = QCoreApplication.translate(
                       "RunText", "siden {0}, hvor kørslen starter").format(since)
        else:
            where = QCoreApplication.translate(
                       "RunText", "fra opskriftens start")
        text = QCoreApplication.translate(
                  "RunText", "{0} skriver en afgørelse i sagen, men intet kontrolpunkt spørger en person "
                  "først ({1})").format(_step_label(v.get("step")), where)
        if v.get("weak"):
            weak = _step_label(v["weak"])
            text += (QCoreApplication.translate(
                        "RunText", "; kontrolpunktet {0} spørges kun ved den første sag").format(weak)
                     if v.get("weak_why") == "once" else
                     QCoreApplication.translate(
                        "RunText", "; kontrolpunktet {0} springes over, når det afvises").format(weak))
        return text + QCoreApplication.translate(
                         "RunText", "; tilføj et kontrolpunkt lige før det")
    return None


def _abort(v: dict) -> str:
    kind = v.get("kind")
    if kind == "ctrl_c":
        return QCoreApplication.translate(
                  "RunText", "stoppet af brugeren (Ctrl+C)")
    if kind == "workbench":
        return QCoreApplication.translate(
                  "RunText", "stoppet fra arbejdsbordet")
    if kind == "sigterm":
        return QCoreApplication.translate(
                  "RunText", "stoppet udefra (SIGTERM)")
    if kind == "hotkey":
        return QCoreApplication.translate(
                  "RunText", "stoppet med nødstop-tasterne {0}").format(v.get("keys"))
    if kind == "screen_corner":
        return QCoreApplication.translate(
                  "RunText", "stoppet: musen blev ført op i et hjørne af skærmen")
    return QCoreApplication.translate(
              "RunText", "stoppet af brugeren")


def _keyring_locked(credential: str | None) -> str:
    return QCoreApplication.translate(
              "RunText", "nøgleringen er låst, så adgangen »{0}« kan ikke læses. Lås nøgleringen op (log "
              "ind igen, eller åbn »Adgangskoder og nøgler« og lås »Login« op), og kør "
              "igen").format(credential or "?")


def _environment(code: str, v: dict) -> str | None:
    if code == "keyring_unavailable":
        if v.get("locked"):
            return _keyring_locked(v.get("credential"))
        return QCoreApplication.translate(
                  "RunText", "der er ingen nøglering at hente adgangskoden fra. Kør fra et skrivebord med "
                  "en nøglering (GNOME-nøglering eller KWallet)")
    if code == "display_missing":
        if v.get("wayland"):
            return QCoreApplication.translate(
                      "RunText", "dette er en Wayland-session, og robotten kan kun se og styre programmer "
                      "under X11. Log ud, og vælg en X11-session ved log ind (fx »GNOME on "
                      "Xorg«)")
        return QCoreApplication.translate(
                  "RunText", "der er ingen skærm at køre på (DISPLAY er ikke sat eller svarer ikke)")
    if code == "ocr_data_missing":
        return QCoreApplication.translate(
                  "RunText", "Tesseracts sprogdata for {0} mangler, så tekst på skærmen kan ikke læses. "
                  "Installer pakken {1}").format(", ".join(v.get("languages") or []),
                                                 v.get("package"))
    if code == "cut_off":
        return QCoreApplication.translate(
                  "RunText", "programmet, der kørte den, sluttede, før den var færdig (det blev lukket "
                  "eller stoppet undervejs)")
    if code == "environment_missing":
        return f"{v.get('what', '')} {v.get('hint', '')}".strip()
    if code == "unexpected_error":
        return QCoreApplication.translate(
                  "RunText", "uventet fejl: {0}").format(v.get("error"))
    if code == "recipe_invalid":
        said = []
        for p in v.get("problems") or []:
            where = p.get("path") or ""
            if where and p.get("line") is not None:
                where += QCoreApplication.translate(
                            "RunText", ", linje {0}").format(p["line"])
            said.append(f"{where}: {p.get('reason')}" if where else str(p.get("reason")))
        return QCoreApplication.translate(
                  "RunText", "opskriften er ikke gyldig: {0}").format("; ".join(said))
    return None


# The kinds of problem that end a run before its robot could be set up ("could not start").
_SETUP_CODES = ("environment_missing", "keyring_unavailable", "display_missing",
                "ocr_data_missing", "unexpected_error")


def problem_words(problem: dict | None) -> str:
    """A problem as the core gives it (`{"code": ..., "values": {...}}`) in the interface's
    words; a code this version does not know is shown by its message, or its code."""
    if not problem:
        return ""
    code, v = problem.get("code") or "", problem.get("values") or {}
    if code == "user_abort":
        text = _abort(v)
    else:
        text = None
        for family in (_anchor, _window_problem, _keyboard, _program, _data, _environment):
            text = family(code, v)
            if text is not None:
                break
        if text is None:   # a message without a code of its own (usage, a plain step failure)
            text = str(v.get("message") or v.get("error") or code)
    if v.get("screenshot_not_kept"):
        text += QCoreApplication.translate(
                   "RunText", " (skærmbilledet blev ikke gemt: det kunne ikke sløres)")
    if v.get("checked_before"):
        text += QCoreApplication.translate(
                   "RunText", " (set før kørslen startede; intet blev gjort)")
    return text


def _problem_of(item: Any) -> tuple[dict | None, str]:
    """The typed problem and the stored message of a Run, a StepResult, or a row of the
    history (whose `problem` is JSON text)."""
    if isinstance(item, dict):
        problem, message = item.get("problem"), item.get("message")
    else:
        problem, message = getattr(item, "problem", None), getattr(item, "message", None)
    if isinstance(problem, str):
        try:
            problem = json.loads(problem)
        except ValueError:
            problem = None
    return (problem if isinstance(problem, dict) else None), message or ""


def step_reason(step: Any) -> str:
    """Why a step did not pass, in the interface's words: from its typed problem, else (a step
    of an older history) its stored message as it is. `step` is a recipes.run.StepResult or a
    row of the history."""
    problem, message = _problem_of(step)
    return problem_words(problem) if problem else message


def run_reason(run: Any) -> str:
    """Why a run ended as it did, in the interface's words: from its typed problem, else (a run
    of an older history) its stored message as it is. A run that could not start or was cut
    off says so. `run` is a recipes.run.Run or a row of the history."""
    problem, message = _problem_of(run)
    if not problem:
        return message
    if problem.get("code") == "cut_off":
        return QCoreApplication.translate(
                  "RunText", "Kørslen blev afbrudt: {0}.").format(problem_words(problem))
    values = problem.get("values") or {}
    if problem.get("code") in _SETUP_CODES and values.get("checked_before"):
        plain = {"code": problem["code"],
                 "values": {k: v for k, v in values.items() if k != "checked_before"}}
        return QCoreApplication.translate(
                  "RunText", "Kørslen kunne ikke starte: {0}.").format(problem_words(plain))
    return problem_words(problem)


def error_words(error: BaseException) -> str:
    """An error the core raised (recipes.errors, or any other) in the interface's words."""
    from recipes.errors import problem_of

    return problem_words(problem_of(error)) or type(error).__name__


def note_words(note: Any) -> str:
    """A line of the run's log (a recipes.run.RunNote) in the interface's words."""
    code = getattr(note, "code", None)
    v = getattr(note, "values", {})
    if code == "read":
        return QCoreApplication.translate(
                  "RunText", "Læste »{0}«: {1}").format(v.get("into"), v.get("value"))
    if code == "retry":
        reason = problem_words(v["problem"]) if v.get("problem") else v.get("message")
        return QCoreApplication.translate(
                  "RunText", "Trin {0}: forsøg {1} lykkedes ikke ({2}); prøver igen").format(
            v.get("step"), v.get("attempt"), reason)
    return str(note)
