"""Danish words for the recipe's concepts (actions, outcomes) and short descriptions of steps.

Strings go through `QCoreApplication.translate("Labels", ...)` so the English catalogue covers them.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def action_labels() -> dict[str, str]:
    return {
        "click": QCoreApplication.translate("Labels", "Klik"),
        "double_click": QCoreApplication.translate("Labels", "Dobbeltklik"),
        "right_click": QCoreApplication.translate("Labels", "Højreklik"),
        "type": QCoreApplication.translate("Labels", "Skriv"),
        "press": QCoreApplication.translate("Labels", "Tast"),
        "scroll": QCoreApplication.translate("Labels", "Rul"),
        "drag": QCoreApplication.translate("Labels", "Træk"),
        "wait": QCoreApplication.translate("Labels", "Vent"),
        "wait_for": QCoreApplication.translate("Labels", "Vent på"),
        "read_text": QCoreApplication.translate("Labels", "Læs tekst"),
        "expect": QCoreApplication.translate("Labels", "Forvent"),
        "checkpoint": QCoreApplication.translate("Labels", "Kontrolpunkt"),
        "launch": QCoreApplication.translate("Labels", "Start program"),
        "focus": QCoreApplication.translate("Labels", "Fokusér vindue"),
    }


def action_label(action: str) -> str:
    return action_labels().get(action, action)


# The colour of a run's outcome in the library's and Historik's tables.
OUTCOME_COLOURS = {"passed": "#2e7d32", "failed": "#c62828", "rejected": "#ad6800",
                   "aborted": "#6d6d6d"}


def outcome_label(outcome: str | None) -> str:
    return {
        None: "",
        "passed": QCoreApplication.translate("Labels", "Gennemført"),
        "failed": QCoreApplication.translate("Labels", "Fejlet"),
        "rejected": QCoreApplication.translate("Labels", "Afvist"),
        "aborted": QCoreApplication.translate("Labels", "Afbrudt"),
        "running": QCoreApplication.translate("Labels", "Kører"),
        "skipped": QCoreApplication.translate("Labels", "Sprunget over"),
    }.get(outcome, outcome or "")


def describe_target(target) -> str:
    if target is None:
        return ""
    parts = []
    if target.text is not None:
        parts.append(QCoreApplication.translate("Labels", "tekst »{0}«").format(target.text))
    elif target.image is not None:
        name = target.image.rsplit("/", 1)[-1]
        parts.append(QCoreApplication.translate("Labels", "billede {0}").format(name))
    if not parts and target.point is not None and getattr(target, "window", None) is not None:
        parts.append(QCoreApplication.translate("Labels", "i vinduet »{0}« ved ({1}, {2})").format(
            readable_title(target.window), *target.point))
    elif not parts and target.point is not None:
        parts.append(QCoreApplication.translate("Labels", "punkt ({0}, {1})").format(*target.point))
    s = QCoreApplication.translate("Labels", " eller ").join(parts)
    if target.index:
        s += QCoreApplication.translate("Labels", " (nr. {0})").format(target.index)
    return s


def readable_title(pattern: str) -> str:
    """A window title pattern as a person reads it: the recorder's `^title$`, with its
    characters escaped, is the title itself ({placeholders} kept); any other pattern is shown
    as it is written."""
    core = pattern[1:] if pattern.startswith("^") else pattern
    if core.endswith("$") and not core.endswith("\\$"):
        core = core[:-1]
    out = []
    for i, part in enumerate(re.split(r"(\{[A-Za-z_][A-Za-z0-9_]*\})", core)):
        plain = part if i % 2 else re.sub(r"\\(.)", r"\1", part)
        if not i % 2 and re.escape(plain) != part:
            return pattern
        out.append(plain)
    return "".join(out)


def describe_step(step) -> str:
    """What the step acts on or does, in a few words, for the table's Mål column."""
    a = step.action
    target = describe_target(getattr(step, "target", None))
    if a == "type":
        if step.secret and step.field == "username":
            what = QCoreApplication.translate("Labels", "brugernavnet til »{0}«").format(step.secret)
        elif step.secret:
            what = QCoreApplication.translate("Labels", "adgangskoden til »{0}«").format(step.secret)
        else:
            what = f"»{step.text}«"
        if target and getattr(step.target, "window", None) is not None:
            return f"{what} {target}"
        return what + (QCoreApplication.translate("Labels", " i feltet ved {0}").format(target)
                       if target else "")
    if a == "press":
        return step.keys
    if a == "scroll":
        return QCoreApplication.translate("Labels", "{0} hak").format(step.amount) + (f" · {target}" if target else "")
    if a == "drag":
        return f"{target} → {describe_target(step.to)}"
    if a == "wait":
        return QCoreApplication.translate("Labels", "{0} s").format(f"{step.seconds:g}")
    if a == "wait_for" and step.gone:
        return QCoreApplication.translate("Labels", "{0} forsvinder").format(target)
    if a == "read_text":
        return f"{target} → {{{step.into}}}"
    if a == "checkpoint":
        return step.message
    if a == "launch":
        return " ".join(step.command)
    if a == "focus":
        return step.window
    return target


def approval_problem(problem) -> str:
    """A four-eyes problem (recipes.approvals.Problem: a code and its values) in Danish."""
    v = problem.values
    return {
        "decision_without_checkpoint": QCoreApplication.translate("Labels", "{0} skriver en afgørelse uden et kontrolpunkt før "
                                          "sig. Ret opskriften først.").format(v.get("step")),
        "own_change": QCoreApplication.translate("Labels", "{0} har selv gemt en ændring siden sidste godkendelse. En anden person "
                         "skal godkende den (fire øjne).").format(v.get("who")),
        "already_approved": QCoreApplication.translate("Labels", "{0} har allerede godkendt denne version.").format(v.get("who")),
        "not_a_signer": QCoreApplication.translate("Labels", "{0} er ikke godkender her endnu. Nøglen er lagt til en godkender, "
                           "som kan optage {0} (signers add).").format(v.get("who")),
        "missing_role": QCoreApplication.translate(
            "Labels", "{0} har ikke rollen »{1}« i denne opskriftsmappe.").format(
            v.get("who"), role_label(v.get("role"))),
        "signers_replaced": QCoreApplication.translate("Labels", "Listen over godkendere i {0} er skrevet om fra starten (denne "
                               "computer så {1} som den første). Få den undersøgt, før der "
                               "godkendes eller køres.").format(v.get("folder"), v.get("first")),
        "revoked": QCoreApplication.translate("Labels", "Godkendelsen fra {0} er underskrevet med en nøgle, der er trukket "
                      "tilbage.").format(v.get("who")),
        "forged": QCoreApplication.translate("Labels", "Godkendelsen fra {0} kan ikke efterprøves (signaturen eller nøglen "
                     "passer ikke).").format(v.get("who")),
        "changed_since_approval": (QCoreApplication.translate(
            "Labels", "Opskriften eller en af dens filer er ændret, siden den blev godkendt "
            "(ændret: {0}).").format(", ".join(v["files"])) if v.get("files") else
            QCoreApplication.translate("Labels", "Opskriften eller et af dens billeder er "
                                       "ændret, siden den blev godkendt.")),
        "not_approved": QCoreApplication.translate("Labels", "Ingen har godkendt denne version."),
    }.get(problem.code, QCoreApplication.translate("Labels", "Opskriften bryder reglerne for godkendelse ({0}).").format(
        problem.code))


def failure_category_label(category: str) -> str:
    """Why a case did not go straight through (recipes.run.FAILURE_CATEGORIES), in Danish."""
    return {
        "anchor_not_found": QCoreApplication.translate("Labels", "Anker ikke fundet"),
        "program_changed": QCoreApplication.translate("Labels", "Programmet ser anderledes ud"),
        "timeout": QCoreApplication.translate("Labels", "Ventede forgæves"),
        "data_error": QCoreApplication.translate("Labels", "Fejl i sagens data"),
        "user_abort": QCoreApplication.translate("Labels", "Stoppet af en person"),
        "rejected_at_checkpoint": QCoreApplication.translate("Labels", "Afvist ved kontrolpunkt"),
        "other": QCoreApplication.translate("Labels", "Andet"),
    }.get(category, category)


def role_label(role: str | None) -> str:
    """A role of recipes.roles in Danish."""
    return {
        "author": QCoreApplication.translate("Labels", "forfatter"),
        "reviewer": QCoreApplication.translate("Labels", "godkender"),
        "operator": QCoreApplication.translate("Labels", "operatør"),
        "trainee": QCoreApplication.translate("Labels", "elev"),
    }.get(role or "", role or "")


def recording_note(note) -> str:
    """What the recorder noticed (a `recorders.steps.Note`), in the interface's words, without
    its step number (the caller names the step where it is in the recipe)."""
    T = QCoreApplication
    v = note.values
    if note.code == "rebuilt":
        return T.translate("Labels", "Optagelsen sluttede ikke normalt; trinene er bygget op fra dens "
                            "journal.")
    if note.code == "not_masked":
        return T.translate("Labels", "Skærmen kunne ikke læses, så personoplysninger på den kunne ikke "
                            "skjules, og der er ikke gemt noget billede. Trinnet klikker på det "
                            "optagne sted: giv det et anker.")
    if note.code == "personal_data_anchor":
        return T.translate("Labels", "Det, der blev klikket på, viser personoplysninger, så trinnet finder "
                            "det kun ud fra et billede med dem skjult. Tjek trinnet.")
    if note.code == "text_repeated":
        how = (T.translate("Labels", "billedet omkring den skelner dem") if v.get("how") == "image"
               else T.translate("Labels", "trinnet bruger nummer {0}").format(v.get("index")))
        return T.translate("Labels", "Teksten »{0}« står {1} steder på skærmen; {2}.").format(
            v.get("text"), v.get("count"), how)
    if note.code == "no_unique_anchor":
        return T.translate("Labels", "Der er ingen tekst ved klikket, og billedet findes flere steder på "
                            "skærmen. Tjek trinnet.")
    if note.code == "password_window":
        return T.translate("Labels", "Adgangskoden »{0}« skrives kun i vinduet »{1}«. Gør vinduets navn "
                            "bredere, hvis titlen skifter.").format(v.get("name"), v.get("title"))
    if note.code == "password_not_kept":
        return T.translate("Labels", "Adgangskoden til »{0}« blev ikke gemt. Gem den under Adgange, før "
                            "opskriften køres.").format(v.get("name"))
    if note.code == "password_field":
        said = T.translate("Labels", "Feltet »{0}« blev taget som et adgangskodefelt (»{1}«): det, der "
                            "blev skrevet, er ikke gemt i opskriften.").format(
            v.get("label") or "?", v.get("name"))
        if v.get("unsure"):
            said += " " + T.translate("Labels", "Skærmen viste ikke prikker: ret det, hvis det var "
                                       "almindelig tekst.")
        return said
    if note.code == "input_made":
        return T.translate("Labels", "Det indtastede CPR-nummer blev til inddata »{0}«, som der spørges "
                            "om ved hver kørsel.").format(v.get("input"))
    if note.code == "wait_inserted":
        return T.translate("Labels", "Der er sat en ventetid ind, til »{0}« vises, fordi skærmen "
                            "skiftede.").format(v.get("text"))
    return str(note)
