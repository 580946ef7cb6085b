"""Saving: atomic, never half-written; autosave of unsaved edits and restore after a crash."""

from __future__ import annotations

import os

import pytest

from workbench.editor.commands import SetRecipeField
from workbench.editor.document import RecipeDocument, pending_autosave


def test_save_writes_the_edit_and_keeps_comments(qapp, recipe_file):
    text = recipe_file.read_text()
    recipe_file.write_text("# Skrevet af Hanne\n" + text)
    doc = RecipeDocument.open(recipe_file)
    doc.push(SetRecipeField("name", "Godkend besked (ny)"))
    doc.save()
    saved = recipe_file.read_text()
    assert "name: Godkend besked (ny)" in saved and "# Skrevet af Hanne" in saved
    assert not doc.dirty


def test_a_failed_save_leaves_the_file_untouched(qapp, recipe_file, monkeypatch):
    before = recipe_file.read_bytes()
    doc = RecipeDocument.open(recipe_file)
    doc.push(SetRecipeField("name", "Andet navn"))

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        doc.save()
    monkeypatch.undo()
    assert recipe_file.read_bytes() == before
    assert doc.dirty  # the edit is still there, unsaved
    assert not [p for p in recipe_file.parent.iterdir() if p.name.endswith(".tmp")]


def test_an_invalid_recipe_is_never_written(qapp, recipe_file):
    before = recipe_file.read_bytes()
    doc = RecipeDocument.open(recipe_file)
    object.__setattr__(doc.recipe, "name", "")  # bypass validation, as a bug might
    with pytest.raises(Exception):
        doc.save()
    assert recipe_file.read_bytes() == before


def test_unsaved_edits_are_autosaved_and_restored(qapp, recipe_file):
    doc = RecipeDocument.open(recipe_file)
    doc.push(SetRecipeField("description", "Ændret men ikke gemt"))
    doc.autosave_now()
    side = pending_autosave(recipe_file)
    assert side is not None
    import stat

    # unsaved edits may hold personal data: readable by their owner only
    assert stat.S_IMODE(side.stat().st_mode) == 0o600
    assert stat.S_IMODE(side.with_suffix(".json").stat().st_mode) == 0o600
    assert stat.S_IMODE(side.parent.stat().st_mode) == 0o700
    # the "crash": a new document opened from the unchanged file
    again = RecipeDocument.open(recipe_file)
    assert again.recipe.description != "Ændret men ikke gemt"
    again.restore_from(side)
    assert again.recipe.description == "Ændret men ikke gemt" and again.dirty
    again.save()
    assert pending_autosave(recipe_file) is None


def test_undoing_back_to_the_saved_state_leaves_no_unsaved_changes_to_offer(qapp, recipe_file):
    doc = RecipeDocument.open(recipe_file)
    doc.push(SetRecipeField("description", "Ændret", "Ret"))
    doc.autosave_now()
    assert pending_autosave(recipe_file) is not None
    doc.undo_stack.undo()                       # back to what the file holds
    assert not doc.dirty
    assert pending_autosave(recipe_file) is None
