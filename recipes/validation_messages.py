"""Validation errors in the words of a person who writes recipes by hand, each with its line.

Pydantic says where a value is wrong as a location (`('steps', 3, 'click', 'target', 'txt')`);
here that becomes a line of the file and "step 4 'gem', target". A misspelled field is named
with the field it most likely meant (`difflib`), also where the misspelled field is `action`
itself, which pydantic reports only as a step without an action.
"""

from __future__ import annotations

import difflib
import types
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from recipes.errors import RecipeFormatError
from recipes.model import ACTIONS, Recipe, Step


def line_of(tree: Any, loc: tuple) -> int | None:
    """The 1-based line of the deepest part of `loc` found in the YAML tree."""
    line = None
    node = tree
    for part in loc:
        if isinstance(node, CommentedMap) and part in node:
            try:
                line = node.lc.key(part)[0] + 1
            except (KeyError, TypeError, AttributeError):
                pass
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
            try:
                line = node.lc.item(part)[0] + 1
            except (KeyError, TypeError, AttributeError):
                pass
            node = node[part]
        # other parts (a union tag such as 'click', or a model name) do not appear in the YAML
    if line is None and isinstance(tree, CommentedMap) and getattr(tree, "lc", None) is not None:
        line = (tree.lc.line or 0) + 1
    return line


def _node_at(tree: Any, loc: tuple) -> Any:
    """The YAML node at `loc` (union tags skipped), or None."""
    node = tree
    for part in loc:
        if isinstance(node, CommentedMap) and part in node:
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        elif isinstance(part, str) and part in ACTIONS:
            continue
        else:
            return None
    return node


def _where(loc: tuple, tree: Any) -> str:
    parts = []
    node = tree
    for part in loc:
        if isinstance(node, CommentedSeq) and isinstance(part, int):
            item = node[part] if 0 <= part < len(node) else None
            sid = item.get("id") if isinstance(item, CommentedMap) else None
            parts.append(f"step {part + 1}" + (f" '{sid}'" if sid else "")
                         if parts == ["steps"] else f"item {part + 1}")
            if parts[:1] == ["steps"]:
                parts = parts[1:]
            node = item
        elif isinstance(node, CommentedMap) and part in node:
            parts.append(str(part))
            node = node[part]
        elif isinstance(part, str) and part in ACTIONS:
            continue  # the union tag
        else:
            parts.append(str(part))
            node = None
    return ", ".join(parts) if parts else "recipe"


# ---------------------------------------------------------------------------------------------
# Field names: which a place in a recipe may have, and which one a misspelling meant

_STEP_UNION = typing.get_args(Step)[0]  # Step is Annotated[Union[ClickStep, ...], discriminator]


def _step_classes() -> list[type[BaseModel]]:
    return list(typing.get_args(_STEP_UNION))


def _unwrap(annotation: Any) -> Any:
    """`Target | None` -> Target, `Annotated[X, ...]` -> X; other annotations as they are."""
    while True:
        if typing.get_origin(annotation) is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
            continue
        if typing.get_origin(annotation) in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(args) == 1:
                annotation = args[0]
                continue
        return annotation


def known_fields(loc: tuple) -> list[str] | None:
    """The fields the mapping at pydantic location `loc` may have (`()`: the recipe's own), in the
    model's order; None where the place is not a model of the recipe."""
    kind: Any = Recipe
    for part in loc:
        kind = _unwrap(kind)
        if isinstance(part, int) and typing.get_origin(kind) is list:
            kind = typing.get_args(kind)[0]
        elif isinstance(part, str) and part in ACTIONS and kind == _STEP_UNION:
            kind = next((c for c in _step_classes()
                         if part in typing.get_args(c.model_fields["action"].annotation)), None)
        elif isinstance(kind, type) and issubclass(kind, BaseModel) and part in kind.model_fields:
            kind = kind.model_fields[part].annotation
        else:
            return None
        if kind is None:
            return None
    kind = _unwrap(kind)
    if not (isinstance(kind, type) and issubclass(kind, BaseModel)):
        return None
    fields = list(kind.model_fields)
    if kind in _step_classes():  # what the action needs first, then what every step may have
        common = [f for f in fields if f != "action"
                  and all(f in c.model_fields for c in _step_classes())]
        fields = ["action"] + [f for f in fields if f not in common and f != "action"] + common
    return fields


def every_step_field() -> list[str]:
    """The fields of any step, whatever its action: what a step without an action may mean."""
    fields = ["action"]
    for cls in _step_classes():
        fields += [f for f in cls.model_fields if f not in fields]
    return fields


def meant(name: str, known: list[str], present: Any = ()) -> str | None:
    """The known field a misspelled `name` most likely meant, or None. Fields the mapping already
    has (`present`) are not guessed: `txt` beside `text` is not a misspelling of it."""
    candidates = [f for f in known if f not in present]
    close = difflib.get_close_matches(str(name), candidates, n=1, cutoff=0.7)
    return close[0] if close else None


def _unknown_field(where: str, name: Any, known: list[str] | None, present: Any) -> str:
    guess = meant(name, known, present) if known else None
    if guess:
        return f"{where}: unknown field '{name}' (did you mean '{guess}'?)"
    if known and len(known) <= 16:
        return f"{where}: unknown field '{name}'; the fields here are {', '.join(known)}"
    return (f"{where}: unknown field '{name}'; check its spelling (RECIPE_FORMAT.md lists the "
            "fields)")


def _step_without_action(loc: tuple, tree: Any, path: Path | None) -> list[RecipeFormatError]:
    """A step without `action`: each field no step has, named on its own line with the field it
    likely meant (`acton` -> `action`); "the step has no action" where none of them meant it."""
    where = _where(loc, tree)
    node = _node_at(tree, loc)
    known = every_step_field()
    problems = []
    explained = False
    if isinstance(node, CommentedMap):
        for key in node:
            if key in known:
                continue
            explained = explained or meant(key, known, node) == "action"
            problems.append(RecipeFormatError(_unknown_field(where, key, known, node), path,
                                              line_of(tree, loc + (key,))))
    if not explained:
        problems.append(RecipeFormatError(
            f"{where}: the step has no `action`; say what it does, e.g. `action: click`",
            path, line_of(tree, loc)))
    return problems


# ---------------------------------------------------------------------------------------------
# The messages

_PAIR = "two numbers, as [x, y]"
_SHAPES = {  # what the tuple fields of the contract look like, for messages
    "near": _PAIR, "offset": "two numbers, as [dx, dy]", "point": _PAIR,
    "size": "two numbers, as [width, height]", "region": "four numbers, as [x, y, width, height]",
}


def describe_validation(e: ValidationError, tree: Any,
                        path: Path | None) -> list[RecipeFormatError]:
    """Every problem pydantic found, each in plain words with its line."""
    errors = e.errors(include_url=False)
    # A required field reported missing beside an unknown field that meant it (`kyes` for
    # `keys`) is one mistake: only the misspelling is named.
    misspelled = set()
    for err in errors:
        loc = tuple(err["loc"])
        if err["type"] == "extra_forbidden":
            guess = meant(loc[-1], known_fields(loc[:-1]) or [], _node_at(tree, loc[:-1]) or ())
            if guess:
                misspelled.add(loc[:-1] + (guess,))
    problems = []
    for err in errors:
        loc = tuple(err["loc"])
        kind = err["type"]
        where = _where(loc, tree)
        line = line_of(tree, loc)
        if kind == "extra_forbidden":
            msg = _unknown_field(_where(loc[:-1], tree), loc[-1], known_fields(loc[:-1]),
                                 _node_at(tree, loc[:-1]) or ())
        elif kind == "union_tag_invalid":
            got = err.get("ctx", {}).get("tag", "?")
            line = line_of(tree, loc + ("action",))
            msg = f"{where}: unknown action '{got}'; known actions are {', '.join(ACTIONS)}"
        elif kind == "union_tag_not_found":
            problems += _step_without_action(loc, tree, path)
            continue
        elif kind == "missing" and loc in misspelled:
            continue
        elif kind == "missing" and isinstance(loc[-1], int):
            # A list too short for a tuple field: `near: [1]` where `[x, y]` is meant.
            msg = (f"{_where(loc[:-1], tree)}: needs {_SHAPES.get(loc[-2], 'more numbers')}, "
                   f"not {loc[-1]}")
        elif kind == "too_long" and loc and loc[-1] in _SHAPES:
            msg = f"{where}: needs {_SHAPES[loc[-1]]}, not {len(err.get('input') or [])}"
        elif kind in ("tuple_type", "list_type") and loc and loc[-1] in _SHAPES:
            msg = f"{where}: needs {_SHAPES[loc[-1]]} in brackets (got {err.get('input')!r})"
        elif kind == "missing":
            msg = f"{_where(loc[:-1], tree)}: the field '{loc[-1]}' is required"
        elif kind == "string_type" and isinstance(err.get("input"), (int, float)):
            msg = (f"{where}: write it as text in quotes, e.g. \"{err.get('input')}\" (a number "
                   "here would lose leading zeros, as in CPR numbers)")
        elif kind == "value_error":
            msg = f"{where}: {str(err['msg']).removeprefix('Value error, ')}"
        else:
            got = err.get("input")
            shown = repr(got) if not isinstance(got, (dict, list)) else type(got).__name__
            msg = f"{where}: {err['msg'].lower()} (got {shown})"
        problems.append(RecipeFormatError(msg, path, line))
    return problems
