"""Four eyes: approvals sign a recipe's content hash; an operator may run only a version whose
hash carries valid approvals of allowed, unrevoked signers; an author cannot approve their own
change; any changed byte of the recipe or an anchor image needs a new approval."""

import shutil
from pathlib import Path

import pytest

from recipes import approvals as A
from recipes.fileformat import load_recipe, save_recipe

RECIPE = """\
name: Godkend sag
steps:
  - {id: ok, action: checkpoint, message: Godkend?}
  - {id: gem, action: click, target: {image: gem.png}, decision: true}
"""


class DictKeys:
    def __init__(self):
        self.stored = {}

    def load(self, principal):
        return self.stored.get(principal)

    def save(self, principal, private):
        self.stored[principal] = private


@pytest.fixture
def recipe(tmp_path):
    folder = tmp_path / "opskrifter"
    folder.mkdir()
    (folder / "gem.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"anchor")
    (folder / "sag.yaml").write_text(RECIPE, encoding="utf-8")
    return folder / "sag.yaml"


@pytest.fixture
def keys():
    return DictKeys()


def save_as(monkeypatch, who, path):
    monkeypatch.setenv("WORKBENCH_USER", who)
    doc = load_recipe(path)
    save_recipe(doc.recipe, path)


def test_an_unapproved_recipe_may_not_be_run_by_an_operator(recipe):
    now = A.standing(recipe, load_recipe(recipe).recipe)
    assert not now.runnable and [p.code for p in now.problems] == ["not_approved"]


def test_a_reviewer_approves_what_an_author_saved_and_the_author_cannot(recipe, keys,
                                                                      monkeypatch):
    save_as(monkeypatch, "anna", recipe)
    r = load_recipe(recipe).recipe
    with pytest.raises(A.Refused) as e:
        A.approve(recipe, r, keys, "anna")
    assert e.value.problem.code == "own_change"
    A.approve(recipe, r, keys, "bo", "set af Bo")
    now = A.standing(recipe, r)
    assert now.runnable and now.approved_by == ["bo"]
    # The private key stays in the key store; the folder holds only the public one.
    text = "".join(p.read_text() for p in (recipe.parent / ".approvals").rglob("*.yaml"))
    assert A._b64(keys.stored["bo"]) not in text


def test_one_changed_byte_of_an_anchor_image_needs_a_new_approval(recipe, keys):
    r = load_recipe(recipe).recipe
    A.approve(recipe, r, keys, "bo")
    image = recipe.parent / "gem.png"
    image.write_bytes(image.read_bytes()[:-1] + b"X")
    now = A.standing(recipe, r)
    assert not now.runnable and now.problems[0].code == "changed_since_approval"


def test_a_forged_approval_does_not_count(recipe, keys):
    r = load_recipe(recipe).recipe
    A.approve(recipe, r, keys, "bo")
    log = recipe.parent / ".approvals" / "sag.yaml.yaml"
    log.write_text(log.read_text().replace("principal: bo", "principal: carl"))
    assert [p.code for p in A.standing(recipe, r).problems] == ["forged", "not_approved"]


def test_a_person_not_admitted_leaves_a_request_and_is_admitted_by_a_signer(recipe, keys):
    r = load_recipe(recipe).recipe
    A.approve(recipe, r, keys, "bo")                    # the first signer
    recipe.write_text(RECIPE.replace("Godkend?", "Godkend sagen?"), encoding="utf-8")
    r = load_recipe(recipe).recipe
    with pytest.raises(A.Refused) as e:
        A.approve(recipe, r, keys, "carl")
    assert e.value.problem.code == "not_a_signer"
    request = recipe.parent / ".approvals" / "requests" / "carl.pub"
    A.add_signer(recipe.parent / ".approvals", keys, "bo", "carl", request.read_text().strip())
    A.approve(recipe, r, keys, "carl")
    assert A.standing(recipe, r).approved_by == ["carl"]


def test_a_revoked_key_signs_nothing_and_nobody_revokes_their_own(recipe, keys):
    r = load_recipe(recipe).recipe
    A.approve(recipe, r, keys, "bo")
    folder = recipe.parent / ".approvals"
    _, carl = A.key_pair(keys, "carl")
    A.add_signer(folder, keys, "bo", "carl", carl)
    with pytest.raises(A.Refused):
        A.revoke_signer(folder, keys, "bo", "bo")
    assert A.revoke_signer(folder, keys, "carl", "bo") == 1
    assert [p.code for p in A.standing(recipe, r).problems] == ["revoked", "not_approved"]


def test_two_approvals_required_need_two_people(recipe, keys):
    recipe.write_text("approvals_required: 2\n" + RECIPE, encoding="utf-8")
    r = load_recipe(recipe).recipe
    A.approve(recipe, r, keys, "bo")
    _, carl = A.key_pair(keys, "carl")
    A.add_signer(recipe.parent / ".approvals", keys, "bo", "carl", carl)
    assert not A.standing(recipe, r).runnable
    with pytest.raises(A.Refused):
        A.approve(recipe, r, keys, "bo")                # the same person twice counts once
    A.approve(recipe, r, keys, "carl")
    assert A.standing(recipe, r).runnable


def test_an_approval_cannot_be_moved_to_another_recipe(recipe, keys):
    r = load_recipe(recipe).recipe
    A.approve(recipe, r, keys, "bo")
    other = recipe.parent / "anden.yaml"
    shutil.copy(recipe, other)
    shutil.copy(recipe.parent / ".approvals" / "sag.yaml.yaml",
                recipe.parent / ".approvals" / "anden.yaml.yaml")
    # The file's name is in the hash and in what was signed: the copy is not approved.
    assert not A.standing(other, load_recipe(other).recipe).runnable


def test_a_revoked_signer_gets_a_new_key_that_a_signer_admits(recipe, keys):
    r = load_recipe(recipe).recipe
    folder = recipe.parent / ".approvals"
    A.approve(recipe, r, keys, "bo")
    _, carl = A.key_pair(keys, "carl")
    A.add_signer(folder, keys, "bo", "carl", carl)
    old = A._b64(keys.stored["bo"])
    A.revoke_signer(folder, keys, "carl", "bo")
    recipe.write_text(RECIPE.replace("Godkend?", "Godkend nu?"), encoding="utf-8")
    r = load_recipe(recipe).recipe
    with pytest.raises(A.Refused) as e:
        A.approve(recipe, r, keys, "bo")
    assert e.value.problem.code == "not_a_signer"
    assert A._b64(keys.stored["bo"]) != old            # a new key, not the revoked one
    request = (folder / "requests" / "bo.pub").read_text().strip()
    A.add_signer(folder, keys, "carl", "bo", request)
    A.approve(recipe, r, keys, "bo")
    assert A.standing(recipe, r).approved_by == ["bo"]


def test_a_revoked_key_cannot_be_admitted_again(recipe, keys):
    r = load_recipe(recipe).recipe
    folder = recipe.parent / ".approvals"
    A.approve(recipe, r, keys, "bo")
    _, carl = A.key_pair(keys, "carl")
    A.add_signer(folder, keys, "bo", "carl", carl)
    A.revoke_signer(folder, keys, "bo", "carl")
    with pytest.raises(A.Refused) as e:
        A.add_signer(folder, keys, "bo", "carl", carl)
    assert e.value.problem.code == "key_revoked"
    with pytest.raises(A.Refused):
        A.revoke_signer(folder, keys, "bo", "dora")    # not a signer: nothing to revoke


def test_a_checkpoint_marked_as_a_decision_is_refused(tmp_path):
    from recipes.errors import RecipeProblems
    from recipes.fileformat import parse_recipe

    with pytest.raises(RecipeProblems) as e:
        parse_recipe("name: x\nsteps:\n  - {action: checkpoint, message: Ok?, decision: true}\n",
                     tmp_path / "x.yaml")
    assert "a checkpoint asks a person, it cannot itself be a decision" in str(e.value)


def test_recipes_of_one_library_share_its_signers(tmp_path, keys):
    lib = tmp_path / "bibliotek"
    paths = []
    for stem in ("sag", "bruger"):
        (lib / stem).mkdir(parents=True)
        (lib / stem / "gem.png").write_bytes(b"\x89PNG\r\n\x1a\n" + stem.encode())
        (lib / stem / f"{stem}.yaml").write_text(RECIPE, encoding="utf-8")
        paths.append(lib / stem / f"{stem}.yaml")
    for p in paths:
        A.approve(p, load_recipe(p).recipe, keys, "bo")
    assert (lib / ".approvals" / "signers.yaml").is_file()
    assert all(A.signers_folder(p) == lib / ".approvals" for p in paths)
    assert all(A.standing(p, load_recipe(p).recipe).runnable for p in paths)
    # Each recipe keeps its own log and approvals beside it.
    assert (lib / "sag" / ".approvals" / "sag.yaml.yaml").is_file()


def test_the_program_a_recipe_starts_from_its_folder_is_part_of_what_is_approved(tmp_path, keys,
                                                                               monkeypatch):
    folder = tmp_path / "sag"
    folder.mkdir()
    (folder / "app.py").write_text("print('sagssystem')\n", encoding="utf-8")
    (folder / "sag.yaml").write_text(
        "name: Sag\nsteps:\n"
        "  - {action: launch, command: [python3, app.py, --demo]}\n"
        "  - {action: launch, command: [xmessage, hej]}\n", encoding="utf-8")
    path = folder / "sag.yaml"
    from recipes.content_hash import used_files

    assert used_files(path, load_recipe(path).recipe) == ["app.py"]   # not python3, xmessage
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    from recipes.governance import approve_recipe

    approve_recipe(path, load_recipe(path).recipe, "bo", "", keys)
    assert A.standing(path, load_recipe(path).recipe).runnable
    (folder / "app.py").write_text("print('noget andet')\n", encoding="utf-8")
    now = A.standing(path, load_recipe(path).recipe)
    problem = now.problems[0]
    assert problem.code == "changed_since_approval" and problem.values["files"] == ["app.py"]
    assert "changed: app.py" in A.describe(problem)
