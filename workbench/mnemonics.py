"""Alt+letter mnemonics for texts the workbench does not know in advance (issue 13, item 14).

Fixed texts carry their mnemonic in the source ("&Fil", "Kø&r"), so a translator chooses the
English one. Texts made at run time (a recipe's input labels, the step kinds of a menu) get the
first free letter here, so that no two controls of one dialog or menu share a key.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence


def mnemonic_of(text: str) -> str:
    """The key a text's mnemonic answers to ("Kø&r" -> "R"), or "" where it has none."""
    shortcut = QKeySequence.mnemonic(text)
    if shortcut.isEmpty():
        return ""
    return QKeySequence(shortcut[0].key()).toString().upper()


def with_mnemonic(text: str, taken: set[str]) -> str:
    """`text` with its first free letter marked as its mnemonic (a word's first letter before
    the others, ASCII before Æ Ø Å); the letter is added to `taken`. A literal "&" in the text is
    kept as one. Without a free letter the text has no mnemonic."""
    plain = text.replace("&", "&&")
    places = [i for i, c in enumerate(plain) if c.isalpha() and plain[i - 1:i] != "&"]
    starts = [i for i in places if i == 0 or not plain[i - 1].isalpha()]
    order = sorted(dict.fromkeys(starts + places),
                   key=lambda i: (not plain[i].isascii(), i not in starts, i))
    for i in order:
        letter = plain[i].upper()
        if letter not in taken:
            taken.add(letter)
            return plain[:i] + "&" + plain[i:]
    return plain
