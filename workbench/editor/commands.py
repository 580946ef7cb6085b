"""Every edit of a recipe as a pure command with `redo` and `undo` (no Qt).

Commands change a `recipes.model.Recipe` in place and know the effect of each direction
(`effect(undo)`), so that the Qt table model can announce exactly the rows that change.
`workbench/editor/undo.py` wraps them in `QUndoCommand`s. Applying `redo` then `undo` leaves a recipe
equal to the one before: the tests check that for every command.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from recipes.model import Recipe


@dataclass(frozen=True)
class Change:
    """What a command did: `insert`/`remove` rows [first, first+count), `move` a row from `first`
    to before `dest`, `update` rows [first, first+count), or `recipe` (fields outside the steps)."""

    kind: str
    first: int = 0
    count: int = 1
    dest: int = 0


class Command:
    """One undoable edit. `merge_key` lets consecutive typing in one field become one undo step."""

    text: str = ""
    merge_key: Any = None

    def redo(self, recipe: Recipe) -> None: raise NotImplementedError

    def undo(self, recipe: Recipe) -> None: raise NotImplementedError

    def effect(self, undo: bool) -> Change: raise NotImplementedError

    def merge(self, other: "Command") -> bool:
        return False


class InsertSteps(Command):
    def __init__(self, index: int, steps: list, text: str = "Indsæt trin"):
        self.index, self.steps, self.text = index, list(steps), text

    def redo(self, recipe):
        recipe.steps[self.index:self.index] = [s.model_copy(deep=True) for s in self.steps]

    def undo(self, recipe):
        del recipe.steps[self.index:self.index + len(self.steps)]

    def effect(self, undo):
        return Change("remove" if undo else "insert", self.index, len(self.steps))


class RemoveSteps(Command):
    """Removes a contiguous block of steps (several blocks: several commands in one macro)."""

    def __init__(self, index: int, count: int = 1, text: str = "Slet trin"):
        self.index, self.count, self.text = index, count, text
        self._removed: list = []

    def redo(self, recipe):
        self._removed = recipe.steps[self.index:self.index + self.count]
        del recipe.steps[self.index:self.index + self.count]

    def undo(self, recipe):
        recipe.steps[self.index:self.index] = self._removed

    def effect(self, undo):
        return Change("insert" if undo else "remove", self.index, self.count)


class MoveStep(Command):
    """Moves the step at `source` so that it ends up at index `target` (after the move)."""

    def __init__(self, source: int, target: int, text: str = "Flyt trin"):
        self.source, self.target, self.text = source, target, text

    def redo(self, recipe):
        recipe.steps.insert(self.target, recipe.steps.pop(self.source))

    def undo(self, recipe):
        recipe.steps.insert(self.source, recipe.steps.pop(self.target))

    def effect(self, undo):
        a, b = (self.target, self.source) if undo else (self.source, self.target)
        # Qt's beginMoveRows wants the destination as "before this row" in the old order.
        return Change("move", a, 1, b + 1 if b > a else b)


class ReplaceStep(Command):
    """Replaces one step by an edited copy (every field edit in the properties panel)."""

    def __init__(self, index: int, new_step, text: str = "Ret trin", field: str | None = None):
        self.index, self.new, self.text = index, new_step, text
        self.old = None
        self.merge_key = ("step", index, field) if field else None

    def redo(self, recipe):
        if self.old is None:
            self.old = recipe.steps[self.index]
        recipe.steps[self.index] = self.new

    def undo(self, recipe):
        recipe.steps[self.index] = self.old

    def effect(self, undo):
        return Change("update", self.index, 1)

    def merge(self, other):
        if self.merge_key is None or other.merge_key != self.merge_key:
            return False
        self.new = other.new
        return True


class SetRecipeField(Command):
    """Sets one recipe-level field: name, description, baseline_seconds, inputs, credentials."""

    def __init__(self, field: str, value, text: str = "Ret opskrift"):
        self.field, self.value, self.text = field, value, text
        self.old = None
        self._have_old = False
        self.merge_key = ("recipe", field)

    def redo(self, recipe):
        if not self._have_old:
            self.old, self._have_old = getattr(recipe, self.field), True
        setattr(recipe, self.field, self.value)

    def undo(self, recipe):
        setattr(recipe, self.field, self.old)

    def effect(self, undo):
        return Change("recipe")

    def merge(self, other):
        if other.merge_key != self.merge_key:
            return False
        self.value = other.value
        return True


class SetManualTime(Command):
    """Sets the recipe's manual time: a `baseline` (with its source and samples) or a bare
    `baseline_seconds`, the other cleared (a recipe holds one of them)."""

    def __init__(self, baseline, seconds, text: str = "Manuel tid"):
        self.new = (baseline, seconds)
        self.text = text
        self.old = None
        # Typing a figure digit by digit is one undo step; a measurement is one of its own.
        self.merge_key = ("recipe", "manual_time") if baseline is None else None

    def merge(self, other):
        if self.merge_key is None or other.merge_key != self.merge_key:
            return False
        self.new = other.new
        return True

    def _set(self, recipe, baseline, seconds):
        # One is cleared before the other is set: each assignment is validated on its own.
        recipe.baseline = None
        recipe.baseline_seconds = None
        recipe.baseline, recipe.baseline_seconds = baseline, seconds

    def redo(self, recipe):
        if self.old is None:
            self.old = (recipe.baseline, recipe.baseline_seconds)
        self._set(recipe, *self.new)

    def undo(self, recipe):
        self._set(recipe, *self.old)

    def effect(self, undo):
        return Change("recipe")
