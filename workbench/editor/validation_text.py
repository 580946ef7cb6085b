"""Pydantic's validation errors as short Danish sentences, shown next to the field they concern."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

_VALUE_ERRORS = {
    "text must not be empty": "Teksten må ikke være tom.",
    "a target needs `text`, `image` or `point`": "Målet skal have en tekst, et billede eller et punkt.",
    "a type step needs exactly one of `text` or `secret`":
        "Udfyld enten tekst eller hemmelighed – ikke begge.",
    "region width and height must be positive": "Bredde og højde skal være større end 0.",
    "size must be a positive [w, h]": "Bredde og højde skal være større end 0.",
    "amount must not be 0 (positive scrolls down, negative up)":
        "Må ikke være 0 (positiv ruller ned, negativ op).",
    "a target with `window` is a point in that window and has no `text` or `image`; remove "
    "`window`, or `text` and `image`":
        "Et mål med et vindue er et punkt i vinduet og har hverken tekst eller billede; fjern "
        "vinduet eller teksten og billedet.",
    "a target with `window` needs `point`: where in the window, measured from its top-left corner":
        "Et mål med et vindue skal have et punkt: hvor i vinduet, målt fra dets øverste venstre "
        "hjørne.",
}


def _num(value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).replace(".", ",")


def danish_message(error: dict) -> str:
    """One pydantic error dict (from `ValidationError.errors()`) as a Danish sentence."""
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    msg = str(error.get("msg", ""))
    if kind == "missing":
        return QCoreApplication.translate("Validation", "Skal udfyldes.")
    if kind in ("float_parsing", "float_type"):
        return QCoreApplication.translate("Validation", "Skal være et tal, fx 2 eller 0,5.")
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return QCoreApplication.translate("Validation", "Skal være et helt tal.")
    if kind == "greater_than":
        return QCoreApplication.translate("Validation", "Skal være større end {0}.").format(_num(ctx.get("gt")))
    if kind == "greater_than_equal":
        return QCoreApplication.translate("Validation", "Skal være mindst {0}.").format(_num(ctx.get("ge")))
    if kind == "less_than_equal":
        return QCoreApplication.translate("Validation", "Må højst være {0}.").format(_num(ctx.get("le")))
    if kind == "string_pattern_mismatch":
        return QCoreApplication.translate("Validation", "Brug kun bogstaverne a–z, tal og _, og start ikke med et tal.")
    if kind in ("too_short", "string_too_short"):
        return QCoreApplication.translate("Validation", "Må ikke være tom.")
    if kind == "literal_error":
        return QCoreApplication.translate("Validation", "Vælg en af: {0}.").format(ctx.get("expected", ""))
    if kind == "extra_forbidden":
        return QCoreApplication.translate("Validation", "Feltet findes ikke for denne handling.")
    if kind in ("tuple_type", "list_type", "too_long"):
        return QCoreApplication.translate("Validation", "Skriv tal adskilt af komma, fx 120, 40.")
    if kind == "value_error":
        reason = msg.removeprefix("Value error, ")
        if reason in _VALUE_ERRORS:
            return QCoreApplication.translate("Validation", _VALUE_ERRORS[reason])
        m = re.fullmatch(r"'(.*)' is not a valid regular expression \((.*)\)", reason, re.S)
        if m:
            return QCoreApplication.translate("Validation", "»{0}« er ikke et gyldigt regulært udtryk ({1}).").format(
                *m.groups())
        if reason == "the window title pattern must not be empty":
            return QCoreApplication.translate("Validation", "Vinduestitlen må ikke være tom.")
        if "key" in reason.lower():
            return QCoreApplication.translate("Validation", "Ukendt tast: {0}").format(reason)
        return QCoreApplication.translate("Validation", "Ugyldig værdi: {0}").format(reason)
    return QCoreApplication.translate("Validation", "Ugyldig værdi: {0}").format(msg)


# lupdate finds the sentences above through these calls (they are translated at run time).
def _catalogue() -> None:  # pragma: no cover
    QCoreApplication.translate("Validation", "Teksten må ikke være tom.")
    QCoreApplication.translate("Validation", "Målet skal have en tekst, et billede eller et punkt.")
    QCoreApplication.translate("Validation", "Udfyld enten tekst eller hemmelighed – ikke begge.")
    QCoreApplication.translate("Validation", "Bredde og højde skal være større end 0.")
    QCoreApplication.translate("Validation", "Må ikke være 0 (positiv ruller ned, negativ op).")
    QCoreApplication.translate("Validation", "Et mål med et vindue er et punkt i vinduet og har hverken "
                               "tekst eller billede; fjern vinduet eller teksten og billedet.")
    QCoreApplication.translate("Validation", "Et mål med et vindue skal have et punkt: hvor i vinduet, "
                               "målt fra dets øverste venstre hjørne.")
