"""Two things a YAML file can do to its reader that the recipe loader guards against: a syntax
error reported only where the parser gave up (often the end of the file), and aliases that
expand to billions of values. The syntax errors a person used to Windows makes (a path in double
quotes, a tab in the indentation) are said with how to fix them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ruamel.yaml.error import MarkedYAMLError

from recipes.errors import RecipeFormatError

# What the start of an unclosed construct is, in the words of a person who writes recipes.
_OPENED = {
    "while scanning a quoted scalar": "the quoted text that starts on this line (column {col}) "
                                      "is never closed with its quote",
    "while parsing a flow sequence": "the list opened with '[' on this line (column {col}) is "
                                     "not closed with ']'",
    "while parsing a flow mapping": "the '{{' on this line (column {col}) is not closed with '}}'",
}


# The escape a parser's complaint is about: `\u` wants 4 hexadecimal digits, `\x` 2, `\U` 8.
_HEX_ESCAPE = re.compile(r"expected escape sequence of (\d+) hexa?decimal numbers")
_UNKNOWN_ESCAPE = re.compile(r"found unknown escape character '(.+)'")
_ESCAPE_FOR_DIGITS = {"2": "\\x", "4": "\\u", "8": "\\U"}
BACKSLASH_HINT = ("inside double quotes a backslash starts an escape; write Windows paths in "
                  "single quotes ('C:\\users\\x') or without quotes")
TAB_HINT = "indent with spaces, not tabs"


def _windows_mistake(e: MarkedYAMLError) -> tuple[int | None, str] | None:
    """The two syntax errors a person used to Windows makes, in words that say how to fix them:
    a path in double quotes (`"C:\\users\\x"`: `\\u` is an escape) and a tab in the indentation."""
    problem = (e.problem or "").strip()
    mark = e.problem_mark
    line = mark.line + 1 if mark is not None else None
    hexa, unknown = _HEX_ESCAPE.search(problem), _UNKNOWN_ESCAPE.search(problem)
    if hexa or unknown:
        escape = _ESCAPE_FOR_DIGITS.get(hexa.group(1), "\\") if hexa else "\\" + unknown.group(1)
        why = (f"must be followed by {hexa.group(1)} hexadecimal digits" if hexa
               else "is not an escape YAML knows")
        return line, (f"in the double-quoted text on this line, '{escape}' {why}; "
                      f"{BACKSLASH_HINT}")
    if "'\\t'" in problem or "tab character" in problem:
        column = f" (column {mark.column + 1})" if mark is not None else ""
        return line, f"a tab character{column} where YAML allows only spaces; {TAB_HINT}"
    return None


def syntax_error(e: MarkedYAMLError) -> tuple[int | None, str]:
    """(line, reason) of a YAML syntax error. Where the parser names the construct it was in
    (an open bracket or quote), the line is where that starts, not where the parser gave up
    (often the end of the file)."""
    known = _windows_mistake(e)
    if known is not None:
        return known
    problem = (e.problem or "YAML syntax error").strip()
    start, end = e.context_mark, e.problem_mark
    if start is None or end is None or (start.line, start.column) == (end.line, end.column):
        mark = end or start
        what = problem if e.problem else (e.context or problem).strip()
        return (mark.line + 1 if mark is not None else None), what
    context = (e.context or "").strip()
    opened = _OPENED.get(context)
    said = opened.format(col=start.column + 1) if opened else f"{context} on this line"
    return start.line + 1, f"{said}; the parser gave up on line {end.line + 1}: {problem}"


MAX_VALUES = 100_000  # values a recipe may have once YAML aliases are expanded


def refuse_alias_bombs(tree: Any, path: Path | None) -> None:
    """YAML aliases (`*name`) repeat a value without copying it; nested, a few lines stand for
    billions of values ("billion laughs"), which would hang the checker and fill the memory.
    Counted here with each shared value counted once per use, without expanding anything."""
    sizes: dict[int, int] = {}
    open_now: set[int] = set()

    def size(node: Any) -> int:
        if not isinstance(node, (dict, list)):
            return 1
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in open_now:
            raise RecipeFormatError("the YAML cannot be read: an alias (*name) refers to the "
                                    "value it is part of, so it never ends", path)
        open_now.add(key)
        children = list(node.keys()) + list(node.values()) if isinstance(node, dict) else node
        total = 1
        for child in children:
            total += size(child)
            if total > MAX_VALUES:
                break
        open_now.discard(key)
        sizes[key] = total
        return total

    if size(tree) > MAX_VALUES:
        raise RecipeFormatError(
            f"the file stands for more than {MAX_VALUES:,} values once its YAML aliases (*name) "
            "are expanded; a recipe is never that large, so it is not read (an \"alias bomb\")",
            path)
