"""The robot's messages (English, from `recipes/`) in the interface's language.

The core writes plain English messages for the command line, logs and the history. The
workbench shows them to Danish case workers, so the common ones are recognised here and said
again through Qt's translation (Danish first, English from the translation file); anything not
recognised is shown as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication


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
    m = re.fullmatch(r"the keyring has no (password|username) for the credential '(.+?)'; .*",
                     message)
    if m:
        field, name = m.groups()
        if field == "password":
            text = QCoreApplication.translate("RunText", "nøgleringen har ingen adgangskode til »{0}«; gem den under Indstillinger eller med `python main.py secret set {0}`")
        else:
            text = QCoreApplication.translate("RunText", "nøgleringen har intet brugernavn til »{0}«; gem det under Indstillinger eller med `python main.py secret set {0}`")
        return text.format(name) + suffix
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
