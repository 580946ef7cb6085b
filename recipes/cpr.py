"""The one rule for what a Danish CPR number looks like, for the recorder and the masker alike.

A CPR number is DDMMYY followed by four digits, written with a dash, a space or nothing between
(`120375-1234`, `120375 1234`, `1203751234`). The day is 1-31, or 61-91 for a substitute number
(erstatningspersonnummer: day + 60); the month is 1-12. There is no modulus 11 check: numbers
issued since 2007 need not pass it.

OCR on a screenshot may split one number into two or three words (`120375` `-1234`, `120375-`
`1234`, `120375` `1234`) or merge it with its neighbours: `sensitive_word_indices` finds every
word that shows a part of a number, so that all of them are blacked out.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

# A dash as typed, or as OCR reads one (en dash, minus sign, hyphen variants).
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
CPR_PATTERN = re.compile(rf"(?<!\d)(\d{{2}})(\d{{2}})(\d{{2}})[{_DASHES} ]?(\d{{4}})(?!\d)")
_FIRST_HALF = re.compile(rf"^\D*?(\d{{2}})(\d{{2}})\d{{2}}[{_DASHES}]$")
_SECOND_HALF = re.compile(rf"^[{_DASHES}]\d{{4}}\D*$")
MASK = "xxxxxx-xxxx"


def valid_date(day: int, month: int) -> bool:
    """Day 1-31 or a substitute number's 61-91, month 1-12."""
    return (1 <= day <= 31 or 61 <= day <= 91) and 1 <= month <= 12


def _valid(m: re.Match) -> bool:
    return valid_date(int(m.group(1)), int(m.group(2)))


def matches(text: str) -> list[re.Match]:
    return [m for m in CPR_PATTERN.finditer(text or "") if _valid(m)]


def find(text: str) -> list[str]:
    """The CPR numbers in a text, as written there."""
    return [m.group(0) for m in matches(text)]


def digits(number: str) -> str:
    """A CPR number as its ten digits: '120375-1234' -> '1203751234'."""
    return re.sub(r"\D", "", number)


def replace(text: str, by: Callable[[str], str]) -> str:
    """The text with each CPR number replaced by `by(number as written)`."""
    return CPR_PATTERN.sub(lambda m: by(m.group(0)) if _valid(m) else m.group(0), text or "")


def mask(text: str) -> str:
    """The text with every CPR number hidden."""
    return replace(text, lambda _n: MASK)


def contains(text: str) -> bool:
    return bool(matches(text))


def _looks_like_a_half(text: str) -> bool:
    """'120375-' or '-1234': half a number whose other half OCR may have missed."""
    m = _FIRST_HALF.match(text)
    if m and valid_date(int(m.group(1)), int(m.group(2))):
        return True
    return bool(_SECOND_HALF.match(text))


def _lines(words: Sequence) -> list[list[int]]:
    """Indices of the words, grouped by text line and sorted left to right. OCR words carry the
    line they were read on (`line`); words without one are grouped by their height on the
    screen."""
    order = sorted(range(len(words)), key=lambda i: (words[i].y + words[i].h / 2, words[i].x))
    lines: list[list[int]] = []
    for i in order:
        w = words[i]
        for line in lines:
            first = words[line[0]]
            a, b = getattr(first, "line", None), getattr(w, "line", None)
            same = (a == b) if a and b else (
                abs((first.y + first.h / 2) - (w.y + w.h / 2)) <= max(first.h, w.h) / 2)
            if same:
                line.append(i)
                break
        else:
            lines.append([i])
    return [sorted(line, key=lambda i: words[i].x) for line in lines]


def sensitive_word_indices(words: Sequence) -> set[int]:
    """The indices of OCR words (objects with text, x, y, w, h) that show a CPR number or a part
    of one: a whole number in one word, a number split over two or three neighbouring words of
    one line, and a lone half ('120375-', '-1234')."""
    hits: set[int] = set()
    for i, w in enumerate(words):
        text = w.text.strip()
        if contains(text) or _looks_like_a_half(text):
            hits.add(i)
    for line in _lines(words):
        for start in range(len(line)):
            for n in (2, 3):
                run = line[start:start + n]
                if len(run) < n or not _close(words, run):
                    continue
                texts = [words[i].text.strip() for i in run]
                joined = "".join(texts)
                bounds, pos = [], 0
                for t in texts:
                    bounds.append((pos, pos + len(t)))
                    pos += len(t)
                for m in matches(joined):
                    for i, (a, b) in zip(run, bounds):
                        if a < m.end() and m.start() < b:
                            hits.add(i)
    return hits


def _close(words: Sequence, run: list[int]) -> bool:
    """Whether neighbouring words are close enough to be one number read in pieces (a space or
    a dash apart, not two columns of a table)."""
    for a, b in zip(run, run[1:]):
        wa, wb = words[a], words[b]
        if wb.x - (wa.x + wa.w) > 1.5 * max(wa.h, wb.h, 8):
            return False
    return True
