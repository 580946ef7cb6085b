"""Danish words for the recipe's concepts (actions, outcomes) and short descriptions of steps.

Strings go through `QCoreApplication.translate("Labels", ...)` so the English catalogue covers them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def action_labels() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "click": t("Labels", "Klik"),
        "double_click": t("Labels", "Dobbeltklik"),
        "right_click": t("Labels", "Højreklik"),
        "type": t("Labels", "Skriv"),
        "press": t("Labels", "Tast"),
        "scroll": t("Labels", "Rul"),
        "drag": t("Labels", "Træk"),
        "wait": t("Labels", "Vent"),
        "wait_for": t("Labels", "Vent på"),
        "read_text": t("Labels", "Læs tekst"),
        "expect": t("Labels", "Forvent"),
        "checkpoint": t("Labels", "Kontrolpunkt"),
        "launch": t("Labels", "Start program"),
        "focus": t("Labels", "Fokusér vindue"),
    }


def action_label(action: str) -> str:
    return action_labels().get(action, action)


def outcome_label(outcome: str | None) -> str:
    t = QCoreApplication.translate
    return {
        None: "",
        "passed": t("Labels", "Gennemført"),
        "failed": t("Labels", "Fejlet"),
        "rejected": t("Labels", "Afvist"),
        "aborted": t("Labels", "Afbrudt"),
        "running": t("Labels", "Kører"),
        "skipped": t("Labels", "Sprunget over"),
    }.get(outcome, outcome or "")


def describe_target(target) -> str:
    if target is None:
        return ""
    t = QCoreApplication.translate
    parts = []
    if target.text is not None:
        parts.append(t("Labels", "tekst »{0}«").format(target.text))
    if target.image is not None:
        parts.append(t("Labels", "billede {0}").format(target.image))
    if not parts and target.point is not None:
        parts.append(t("Labels", "punkt ({0}, {1})").format(*target.point))
    s = t("Labels", " eller ").join(parts)
    if target.index:
        s += t("Labels", " (nr. {0})").format(target.index)
    return s


def describe_step(step) -> str:
    """What the step acts on or does, in a few words, for the table's Mål column."""
    t = QCoreApplication.translate
    a = step.action
    target = describe_target(getattr(step, "target", None))
    if a == "type":
        what = (t("Labels", "hemmelighed {0}").format(step.secret) if step.secret
                else f"»{step.text}«")
        return what + (t("Labels", " i {0}").format(target) if target else "")
    if a == "press":
        return step.keys
    if a == "scroll":
        return t("Labels", "{0} hak").format(step.amount) + (f" · {target}" if target else "")
    if a == "drag":
        return f"{target} → {describe_target(step.to)}"
    if a == "wait":
        return t("Labels", "{0} s").format(f"{step.seconds:g}")
    if a == "wait_for" and step.gone:
        return t("Labels", "{0} forsvinder").format(target)
    if a == "read_text":
        return f"{target} → {{{step.into}}}"
    if a == "checkpoint":
        return step.message
    if a == "launch":
        return " ".join(step.command)
    if a == "focus":
        return step.window
    return target
