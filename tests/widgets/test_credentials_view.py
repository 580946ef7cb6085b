"""Adgange where the keyring cannot be reached: a plain Danish message, and nothing changes."""

from recipes.errors import KeyringUnavailable
from recipes.model import Recipe
from workbench import recipe_io
from workbench.credentials_view import CredentialsDialog


class NoKeyring:
    def get(self, service, username):
        raise KeyringUnavailable("the keyring did not answer", "unlock the keyring")

    def set(self, service, username, password):
        raise AssertionError("nothing may be stored")

    def delete(self, service, username):
        raise AssertionError("nothing may be deleted")


def test_an_unreachable_keyring_is_said_plainly_and_nothing_changes(qtbot, tmp_path):
    path = tmp_path / "sag" / "sag.yaml"
    path.parent.mkdir()
    recipe_io.save(Recipe.model_validate({
        "name": "Sag", "credentials": [{"name": "sagssystem"}],
        "steps": [{"action": "type", "secret": "sagssystem"}]}), path)
    dialog = CredentialsDialog([path], secrets=NoKeyring())
    qtbot.addWidget(dialog)
    assert "Nøgleringen kan ikke nås, så adgangskoderne kan ikke læses her" in dialog.message.text()
    assert dialog.table.item(0, 5).text() == "ukendt"
    assert not dialog.set_button.isEnabled() and not dialog.delete_button.isEnabled()


def test_a_library_without_credentials_says_so(qtbot, tmp_path):
    dialog = CredentialsDialog([], secrets=NoKeyring())
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    assert "Ingen opskrift i biblioteket bruger en adgang" in dialog.message.text()
