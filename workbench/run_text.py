"""The robot's messages (English, from `recipes/`) in the interface's language.

The core writes plain English messages for the command line, logs and the history. The
workbench shows them to Danish case workers, so the common ones are recognised here and said
again through Qt's translation (Danish first, English from the translation file); anything not
recognised is shown as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from recipes.desktop.platform import COMMAND


def _what(what: str) -> str:
    """"text 'Gem' or image gem.png (occurrence 2)" in the interface's words."""
    parts = []
    for part in what.split(" or "):
        m = re.fullmatch(r"text '(.*)'(?: \(occurrence (\d+)\))?", part)
        if m:
            parts.append(QCoreApplication.translate("RunText", "teksten »{0}«").format(m.group(1)))
            continue
        m = re.fullmatch(r"image (\S+)(?: \(occurrence (\d+)\))?", part)
        if m:
            parts.append(QCoreApplication.translate("RunText", "billedet {0}").format(m.group(1)))
            continue
        m = re.fullmatch(r"point \[(-?\d+), (-?\d+)\] in the window '(.*)'", part)
        if m:
            parts.append(QCoreApplication.translate("RunText", "punktet ({0}, {1}) i vinduet »{2}«")
                         .format(*m.groups()))
            continue
        parts.append(part)
    return QCoreApplication.translate("RunText", " eller ").join(parts)


def _best(best: str) -> str:
    m = re.fullmatch(r"(?:'(.*)' )?at \((\d+), (\d+)\) score ([\d.]+)", best.strip())
    if not m:
        return best
    label, x, y, score = m.groups()
    where = QCoreApplication.translate("RunText", "ved ({0}, {1}) med score {2}").format(x, y, score.replace(".", ","))
    return f"»{label}« {where}" if label else where


_CHECKED_BEFORE = " (checked before the run started; nothing was done)"


def _window_message(message: str) -> str | None:
    """The messages of recipes.errors' window and keyboard errors, in the interface's words."""
    m = re.fullmatch(r"no window whose title matches '(.*)' showed within ([\d.]+) s", message)
    if m:
        return QCoreApplication.translate("RunText", "intet vindue med en titel, der passer til »{0}«, kom frem inden "
                  "for {1} s").format(*m.groups())
    m = re.fullmatch(r"the title '(.*)' matches (\d+) windows \((.*)\); none was focused\. .*",
                     message)
    if m:
        return QCoreApplication.translate("RunText", "titlen »{0}« passer til {1} vinduer ({2}); intet vindue blev "
                  "valgt. Gør mønsteret så præcist, at kun ét vindue passer, fx ^Titel$.").format(
            *m.groups())
    text = _point_in_window_message(message)
    if text is not None:
        return text
    m = re.fullmatch(r"the keyboard focus is on (?:'(.*)'|no window), not on a window of '(.*)', "
                     r"the program the recipe started; .*", message)
    if m:
        return QCoreApplication.translate("RunText", "tastaturet er på {0}, ikke på et vindue fra »{1}«, som opskriften "
                  "startede; intet blev skrevet. Tilføj et trin, der fokuserer vinduet.").format(
            _window(m.group(1)), m.group(2))
    if message.startswith("no earlier step chose the window to type into"):
        return QCoreApplication.translate("RunText", "intet tidligere trin har valgt vinduet, der skal skrives i (et "
                  "fokus-trin eller et klik); intet blev skrevet. Tilføj et trin, der fokuserer "
                  "vinduet.")
    m = re.fullmatch(r"the keyboard focus is on another window titled '(.*)' than the one the "
                     r"previous step focused or clicked; nothing was typed", message)
    if m:
        return QCoreApplication.translate("RunText", "tastaturet er på et andet vindue med titlen »{0}« end det, "
                  "det forrige trin valgte; intet blev skrevet").format(*m.groups())
    m = re.fullmatch(r"the keyboard focus moved from '(.*)' to (?:another window titled '(.*)'|"
                     r"'(.*)'|(no window)) while typing; typing stopped after (\d+) of (\d+) "
                     r"characters, and nothing went into the other window", message)
    if m:
        meant, same, other, nothing, typed, total = m.groups()
        if same is not None:
            where = QCoreApplication.translate("RunText", "et andet vindue med titlen »{0}«").format(same)
        else:
            where = _window(other)
        return QCoreApplication.translate("RunText", "tastaturet skiftede fra »{0}« til {1}, mens der blev skrevet; "
                  "skrivningen stoppede efter {2} af {3} tegn, og intet kom i det andet "
                  "vindue").format(meant, where, typed, total)
    m = re.fullmatch(r"the keyboard focus is on (?:'(.*)'|no window), not on '(.*)', the window "
                     r"the previous step focused or clicked; nothing was typed", message)
    if m:
        return QCoreApplication.translate("RunText", "tastaturet er på {0}, ikke på »{1}«, som det forrige trin valgte; "
                  "intet blev skrevet").format(_window(m.group(1)), m.group(2))
    m = re.fullmatch(r"the credential '(.*)' is never typed into a terminal, and the keyboard "
                     r"focus is on the terminal '(.*)'; nothing was typed", message)
    if m:
        return QCoreApplication.translate("RunText", "adgangen »{0}« skrives aldrig i en terminal, og tastaturet er på "
                  "terminalen »{1}«; intet blev skrevet").format(*m.groups())
    m = re.fullmatch(r"the credential '(.*)' may only be typed into a window whose title matches "
                     r"'(.*)', and the keyboard focus is on '(.*)'; nothing was typed", message)
    if m:
        return QCoreApplication.translate("RunText", "adgangen »{0}« må kun skrives i et vindue, hvis titel passer til "
                  "»{1}«, og tastaturet er på »{2}«; intet blev skrevet").format(*m.groups())
    m = re.fullmatch(r"the keyboard layout lacks (\d+) of the characters to type and has only "
                     r"(\d+) free keycodes to lend them", message)
    if m:
        return QCoreApplication.translate("RunText", "tastaturlayoutet mangler {0} af de tegn, der skal skrives, og har "
                  "kun {1} ledige taster at låne dem").format(*m.groups())
    return None


def _point_in_window_message(message: str) -> str | None:
    """The messages of a point in a window (recipes.window_point) in the interface's words."""
    m = re.fullmatch(r"the title '(.*)' matches (\d+) windows \((.*)\); nothing was done\. .*",
                     message)
    if m:
        return QCoreApplication.translate("RunText", "titlen »{0}« passer til {1} vinduer ({2}); intet blev "
                  "gjort. Gør mønsteret så præcist, at kun ét vindue passer, fx ^Titel$.").format(
            *m.groups())
    m = re.fullmatch(r"the window '(.*)' did not stay at one place within ([\d.]+) s \(it was "
                     r"still opening or moving\); nothing was done", message)
    if m:
        return QCoreApplication.translate("RunText", "vinduet »{0}« blev ikke stående ét sted inden for {1} s (det "
                  "var ved at åbne eller flytte sig); intet blev gjort").format(*m.groups())
    m = re.fullmatch(r"the point \((-?\d+), (-?\d+)\) lies outside the window '(.*)', which is "
                     r"(\d+) x (\d+) pixels now; nothing was done\. .*", message)
    if m:
        return QCoreApplication.translate("RunText", "punktet ({0}, {1}) ligger uden for vinduet »{2}«, som nu kun "
                  "er {3} × {4} punkter; intet blev gjort. Gør vinduet lige så stort som ved "
                  "optagelsen, eller optag trinnet igen.").format(*m.groups())
    m = re.fullmatch(r"the point \((-?\d+), (-?\d+)\) in the window '(.*)' is covered by "
                     r"(?:the window '(.*)'|something that is no window of its own \(a menu or a "
                     r"pop-up\)); nothing was done", message)
    if m:
        x, y, title, other = m.groups()
        if other is not None:
            return QCoreApplication.translate("RunText", "punktet ({0}, {1}) i vinduet »{2}« er dækket af vinduet "
                      "»{3}«; intet blev gjort").format(x, y, title, other)
        return QCoreApplication.translate("RunText", "punktet ({0}, {1}) i vinduet »{2}« er dækket af noget, der "
                  "ikke er et vindue (en menu eller en pop op-boks); intet blev gjort").format(
            x, y, title)
    return None


def _window(title: str | None) -> str:
    if title is None:
        return QCoreApplication.translate("RunText", "intet vindue")
    return f"»{title}«"


def run_message(message: str | None) -> str:
    """A message of the robot as the interface shows it."""
    if not message:
        return ""
    suffix = ""
    if message.endswith(_CHECKED_BEFORE):
        message = message[:-len(_CHECKED_BEFORE)]
        suffix = QCoreApplication.translate("RunText", " (set før kørslen startede; intet blev gjort)")
    m = re.fullmatch(r"(.+?) was not found within ([\d.]+) s; (?:the best candidate was (.+)|"
                     r"nothing similar was on the screen)", message)
    if m:
        what, secs, best = m.groups()
        if best:
            return QCoreApplication.translate("RunText", "{0} blev ikke fundet inden for {1} s; det bedste bud var {2}").format(
                _what(what), secs, _best(best)) + suffix
        return QCoreApplication.translate("RunText", "{0} blev ikke fundet inden for {1} s, og intet lignende var på skærmen").format(_what(what), secs) + suffix
    m = re.fullmatch(r"(.+?) matches (\d+) places equally well \((.*)\)\. .*", message)
    if m:
        what, count, places = m.groups()
        return QCoreApplication.translate("RunText", "{0} passer lige godt {1} steder ({2}). Angiv forekomst, område eller nær-position i målet.").format(
            _what(what), count, "; ".join(_best(p) for p in places.split("; "))) + suffix
    m = re.fullmatch(r"(.+?) did not stay at one place within ([\d.]+) s \(the window was still "
                     r"opening or moving\); it was last seen (.+)", message)
    if m:
        what, secs, best = m.groups()
        return QCoreApplication.translate("RunText", "{0} blev ikke stående ét sted inden for {1} s (vinduet var ved at åbne eller flytte sig); det blev sidst set {2}").format(
            _what(what), secs, _best(best)) + suffix
    m = re.fullmatch(r"(.+?) shows (\d+) times on the screen, but (\d+) times when it was recorded "
                     r"\((.*)\)\. Nothing was done: .*", message)
    if m:
        what, count, recorded, places = m.groups()
        places = "; ".join(_best(p) for p in places.split("; ")) if places != "none" else ""
        return QCoreApplication.translate("RunText", "{0} ses {1} gange på skærmen, men sås {2} gange, da trinnet blev optaget ({3}). Intet blev gjort: se skærmen efter, og optag trinnet igen eller ret antal og forekomst i målet.").format(
            _what(what), count, recorded, places) + suffix
    m = re.fullmatch(r"(.+?) could not be looked for: (?:the screen shows nothing \((black|one colour, "
                     r"rgb\(\d+, \d+, \d+\))\)|the screen could not be read(?: \((.*)\))?)\. The screen "
                     r"may be locked, .*", message, re.S)
    if m:
        what, colour, reason = m.groups()
        if colour is not None:
            colour = (QCoreApplication.translate("RunText", "sort") if colour == "black" else
                      QCoreApplication.translate("RunText", "én farve, {0}").format(colour[len("one colour, "):]))
            shown = QCoreApplication.translate("RunText", "skærmen viser intet ({0})").format(colour)
        else:
            shown = QCoreApplication.translate("RunText", "skærmen kunne ikke aflæses")
            shown += f" ({reason})" if reason else ""
        return QCoreApplication.translate("RunText", "{0} kunne ikke søges: {1}. Skærmen er måske låst, fjernforbindelsen afbrudt eller Citrix-vinduet minimeret; lås op eller forbind igen, og kør så igen.").format(
            _what(what), shown) + suffix
    m = re.fullmatch(r"rejected at the checkpoint by ([^:]+)(?:: (.*))?", message)
    if m:
        who, comment = m.groups()
        text = QCoreApplication.translate("RunText", "afvist ved kontrolpunktet af {0}").format(who)
        return text + (f": {comment}" if comment else "") + suffix
    m = re.fullmatch(r"(?:the keyring|Windows Credential Manager) has no (password|username) for the "
                     r"credential '(.+?)'; .*",
                     message)
    if m:
        field, name = m.groups()
        if field == "password":
            text = QCoreApplication.translate("RunText", "nøgleringen har ingen adgangskode til »{0}«; gem den under Indstillinger eller med `{1} secret set {0}`")
        else:
            text = QCoreApplication.translate("RunText", "nøgleringen har intet brugernavn til »{0}«; gem det under Indstillinger eller med `{1} secret set {0}`")
        return text.format(name, COMMAND) + suffix
    m = re.fullmatch(r"the keyring is locked, so the credential '(.+?)' cannot be read\..*",
                     message, re.S)
    if m:
        return _keyring_locked(m.group(1)) + suffix
    if re.fullmatch(r"no keyring is reachable: .*", message, re.S):
        return _no_keyring() + suffix
    text = _window_message(message)
    if text is not None:
        return text + suffix
    stopped = {
        "stopped by the user (Ctrl+C)": QCoreApplication.translate("RunText", "stoppet af brugeren (Ctrl+C)"),
        "stopped from the workbench": QCoreApplication.translate("RunText", "stoppet fra arbejdsbordet"),
        "stopped by SIGTERM": QCoreApplication.translate("RunText", "stoppet udefra (SIGTERM)"),
        "stopped by the user": QCoreApplication.translate("RunText", "stoppet af brugeren"),
    }
    if message in stopped:
        return stopped[message] + suffix
    m = re.fullmatch(r"stopped by the abort hotkey (.+)", message)
    if m:
        return QCoreApplication.translate("RunText", "stoppet med nødstop-tasterne {0}").format(m.group(1)) + suffix
    if message == "stopped: the pointer was moved into a screen corner":
        return QCoreApplication.translate("RunText", "stoppet: musen blev ført op i et hjørne af skærmen") + suffix
    return message + (suffix if suffix else "")


def _keyring_locked(credential: str | None) -> str:
    return QCoreApplication.translate("RunText", "nøgleringen er låst, så adgangen »{0}« kan ikke læses. Lås nøgleringen op (log ind igen, eller åbn »Adgangskoder og nøgler« og lås »Login« op), og kør igen").format(credential or "?")


def _no_keyring() -> str:
    return QCoreApplication.translate("RunText", "der er ingen nøglering at hente adgangskoden fra. Kør fra et skrivebord med en nøglering (GNOME-nøglering eller KWallet)")


def problem_text(error: BaseException) -> str:
    """Why a run could not start (a typed error of recipes.errors), in the interface's words."""
    from recipes.errors import EnvironmentMissing

    if isinstance(error, EnvironmentMissing):
        return problem_words(error.problem())
    return run_message(str(error)) or type(error).__name__


def problem_words(problem: dict) -> str:
    """A problem as the core gives it (`{"code": ..., "values": {...}}`: EnvironmentMissing's
    `problem()`, a run's `problem`) in the interface's words."""
    code, v = problem.get("code"), problem.get("values") or {}
    if code == "keyring_unavailable":
        return _keyring_locked(v.get("credential")) if v.get("locked") else _no_keyring()
    if code == "display_missing":
        if v.get("wayland"):
            return QCoreApplication.translate("RunText", "dette er en Wayland-session, og robotten kan kun se og styre programmer under X11. Log ud, og vælg en X11-session ved log ind (fx »GNOME on Xorg«)")
        return QCoreApplication.translate("RunText", "der er ingen skærm at køre på (DISPLAY er ikke sat eller svarer ikke)")
    if code == "ocr_data_missing":
        return QCoreApplication.translate("RunText", "Tesseracts sprogdata for {0} mangler, så tekst på skærmen kan ikke læses. Installer pakken {1}").format(
            ", ".join(v.get("languages") or []), v.get("package"))
    if code == "cut_off":
        return QCoreApplication.translate("RunText", "programmet, der kørte den, sluttede, før den var færdig (det blev lukket eller stoppet undervejs)")
    if code == "environment_missing":
        return f"{v.get('what', '')} {v.get('hint', '')}".strip()
    return str(v.get("error") or code)


def run_reason(run) -> str:
    """Why a run ended as it did, in the interface's words: from its typed problem where it has
    one (it could not start, or it was cut off), else from its message. `run` is a
    recipes.run.Run or a row of the history."""
    import json

    problem = run.get("problem") if isinstance(run, dict) else getattr(run, "problem", None)
    message = run.get("message") if isinstance(run, dict) else run.message
    if isinstance(problem, str):
        try:
            problem = json.loads(problem)
        except ValueError:
            problem = None
    if not problem:
        return run_message(message)
    if problem.get("code") == "cut_off":
        return QCoreApplication.translate("RunText", "Kørslen blev afbrudt: {0}.").format(problem_words(problem))
    return QCoreApplication.translate("RunText", "Kørslen kunne ikke starte: {0}.").format(problem_words(problem))


def note_words(note) -> str:
    """A line of the run's log (a recipes.run.RunNote) in the interface's words."""
    code = getattr(note, "code", None)
    v = getattr(note, "values", {})
    if code == "read":
        return QCoreApplication.translate("RunText", "Læste »{0}«: {1}").format(
            v.get("into"), v.get("value"))
    if code == "retry":
        return QCoreApplication.translate(
            "RunText", "Trin {0}: forsøg {1} lykkedes ikke ({2}); prøver igen").format(
            v.get("step"), v.get("attempt"), run_message(v.get("message")))
    return str(note)
