"""The one rule for names made from words people wrote (slugs): file names of recipes, step ids,
credential names. Danish letters are written out as Danes do without them (æ ae, ø oe, å aa),
everything else that is not a plain letter or digit becomes one underscore."""

from __future__ import annotations

import re
import unicodedata

_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


def slug(text: str | None) -> str:
    """`Godkend besked` -> `godkend_besked`, `Løn og tillæg` -> `loen_og_tillaeg`; "" where
    nothing is left."""
    if not text:
        return ""
    plain = unicodedata.normalize("NFKD", text.translate(_DANISH))
    plain = "".join(c for c in plain if c.isascii())
    return re.sub(r"[^A-Za-z0-9]+", "_", plain).strip("_").lower()


def unique(base: str, taken) -> str:
    """`base`, or where it is taken `base_2`, `base_3`, ...: the one way a name made from words
    is kept apart from the names already there (step ids, credential names)."""
    name, n = base, 2
    while name in taken:
        name, n = f"{base}_{n}", n + 1
    return name
