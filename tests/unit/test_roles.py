"""Roles: without grants everybody holds every role; signed grants give roles; a line no signer
signed gives nobody anything; approving needs the reviewer role once roles are given."""

import pytest

from recipes import approvals as A
from recipes import roles as R
from recipes.fileformat import load_recipe
from tests.unit.test_approvals import RECIPE, DictKeys


@pytest.fixture
def setup(tmp_path):
    folder = tmp_path / "opskrifter"
    folder.mkdir()
    (folder / "gem.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"anchor")
    recipe = folder / "sag.yaml"
    recipe.write_text(RECIPE, encoding="utf-8")
    keys = DictKeys()
    A.approve(recipe, load_recipe(recipe).recipe, keys, "bo")     # bo: the first signer
    return recipe, folder / ".approvals", keys


def test_without_grants_everybody_holds_every_role(setup):
    _, folder, _ = setup
    assert R.roles_of(folder) is None
    assert all(R.holds(folder, "hvem-som-helst", role) for role in R.ROLES)


def test_signed_grants_give_roles_and_revocations_take_them(setup):
    _, folder, keys = setup
    R.change(folder, keys, "bo", "ole", "operator", True)
    R.change(folder, keys, "bo", "bo", "reviewer", True)
    assert R.holds(folder, "ole", "operator") and not R.holds(folder, "ole", "reviewer")
    R.change(folder, keys, "bo", "ole", "operator", False)
    assert not R.holds(folder, "ole", "operator")


def test_only_a_signer_changes_roles_and_a_forged_line_gives_nothing(setup):
    _, folder, keys = setup
    with pytest.raises(A.Refused):
        R.change(folder, keys, "mallory", "mallory", "reviewer", True)
    R.change(folder, keys, "bo", "ole", "operator", True)
    roles = folder / "roles.yaml"
    roles.write_text(roles.read_text().replace("person: ole", "person: mallory"))
    assert R.roles_of(folder) is None          # no valid grant is left


def test_once_roles_are_given_only_a_reviewer_approves(setup):
    recipe, folder, keys = setup
    R.change(folder, keys, "bo", "ole", "operator", True)
    with pytest.raises(A.Refused) as e:
        R.require(folder, "bo", "reviewer")
    assert e.value.problem.code == "missing_role"
    with pytest.raises(A.Refused):
        R.change(folder, keys, "bo", "ole", "chef", True)
