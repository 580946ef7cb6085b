"""The recipe library folder: new, duplicate, rename, delete to the trash and restore."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workbench import recipe_io
from workbench.library.folder import RecipeLibrary, slug


def test_slug_spells_danish_letters_out():
    assert slug("Løn for år") == "loen_for_aar"


def test_new_duplicate_rename_delete_restore(tmp_path, recipe_file):
    lib = RecipeLibrary(recipe_file.parent.parent)
    assert [e.name for e in lib.entries()] == ["Godkend besked"]
    new = lib.new("Faktura åbnes")
    copy = lib.duplicate(recipe_file, "Godkend besked kopi")
    assert (copy.parent / "shots" / "screen.png").exists()  # anchors travel with the copy
    # The original's approvals and change log do not: the copy is a new recipe to approve.
    assert (recipe_file.parent / ".approvals").is_dir()
    assert not (copy.parent / ".approvals" / "godkend_besked.yaml.yaml").exists()
    renamed = lib.rename(new, "Faktura lukkes")
    assert renamed.name == "faktura_lukkes.yaml"
    assert sorted(e.name for e in lib.entries()) == [
        "Faktura lukkes", "Godkend besked", "Godkend besked kopi"]
    trashed = lib.delete(recipe_file)
    assert not recipe_file.exists() and trashed.exists()
    assert lib.trashed() == [trashed]
    back = lib.restore(trashed)
    assert back == recipe_file and back.exists()


def test_a_broken_file_is_listed_with_its_error(tmp_path):
    (tmp_path / "broken.yaml").write_text("name: [\n")
    lib = RecipeLibrary(tmp_path)
    [entry] = lib.entries()
    assert entry.error and entry.name == "broken"


def test_a_recipe_copied_into_the_folder_shows_up_by_itself(qtbot, tmp_path, recipe_file):
    import shutil

    from workbench.library.view import LibraryPage

    library = RecipeLibrary(recipe_file.parent.parent)
    page = LibraryPage(library)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 1
    copy = recipe_file.parent.parent / "kopi_fra_kollega"
    shutil.copytree(recipe_file.parent, copy)
    (copy / recipe_file.name).rename(copy / "kopi_fra_kollega.yaml")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)


def test_a_broken_recipe_is_said_to_be_unreadable_in_danish_with_its_line(qtbot, tmp_path):
    from workbench.library.view import LibraryPage

    (tmp_path / "fem.yaml").write_text("name: Fem\nsteps:\n  - {action: wait, seconds: fem}\n")
    page = LibraryPage(RecipeLibrary(tmp_path))
    qtbot.addWidget(page)
    shown = page.model.index(0, 1).data()
    assert shown.startswith("Kan ikke læses – fejl i linje 3.")
    assert "fem.yaml" in page.model.index(0, 1).data(Qt.ToolTipRole)


def test_the_library_says_whether_each_recipe_is_approved_as_it_is_now(qtbot, recipe_file,
                                                                       monkeypatch):
    from recipes.approvals import approve
    from workbench.library.view import LibraryPage

    class Keys(dict):
        def load(self, who):
            return self.get(who)

        def save(self, who, private):
            self[who] = private

    page = LibraryPage(RecipeLibrary(recipe_file.parent.parent))
    qtbot.addWidget(page)
    cell = lambda: page.model.index(0, 5).data()   # noqa: E731
    assert cell() == "Ikke godkendt"
    approve(recipe_file, recipe_io.load(recipe_file), Keys(), "bo")
    page.refresh()
    assert cell() == "Godkendt af bo"
    shot = recipe_file.parent / "shots" / "screen.png"
    shot.write_bytes(shot.read_bytes() + b"\0")          # one byte more in a file it uses
    page.refresh()
    assert cell() == "Ændret siden godkendelse"
    assert "En anden person skal godkende den igen" in page.model.index(0, 5).data(Qt.ToolTipRole)
