"""Credentials round-trip through a real gnome-keyring (Secret Service on a private D-Bus)."""

import keyring
import pytest
import secretstorage
from keyring.backends import fail

from recipes.desktop.keyring_session import private_keyring
from recipes.desktop.secrets import KeyringSecrets
from recipes.errors import EnvironmentMissing
from recipes.ports import Secrets


@pytest.fixture(scope="module")
def real_keyring():
    with private_keyring() as session:
        yield session


def test_a_stored_credential_is_read_back_by_a_new_session(real_keyring):
    KeyringSecrets().set("sagssystem", "jens.hansen", "Blåbærgrød-ÆØÅ!")
    assert KeyringSecrets().get("sagssystem", None) == ("jens.hansen", "Blåbærgrød-ÆØÅ!")
    assert KeyringSecrets().get("sagssystem", "jens.hansen") == ("jens.hansen", "Blåbærgrød-ÆØÅ!")


def test_a_credential_without_a_user_name_gives_only_the_password(real_keyring):
    secrets = KeyringSecrets()
    secrets.set("api-nøgle", None, "k3y")
    assert secrets.get("api-nøgle", None) == (None, "k3y")


def test_an_unknown_credential_gives_nothing(real_keyring):
    assert KeyringSecrets().get("findes-ikke", None) == (None, None)
    KeyringSecrets().set("kun-en-bruger", "a", "x")
    assert KeyringSecrets().get("kun-en-bruger", "b") == (None, None)


def test_setting_a_credential_again_replaces_the_password(real_keyring):
    secrets = KeyringSecrets()
    secrets.set("skiftes", "bruger", "gammel")
    secrets.set("skiftes", "bruger", "ny")
    assert secrets.get("skiftes", "bruger") == ("bruger", "ny")


def test_credentials_are_filed_under_the_workbench_name_in_the_keyring(real_keyring):
    KeyringSecrets().set("journal", "bruger", "pw")
    conn = secretstorage.dbus_init()
    try:
        items = list(secretstorage.get_default_collection(conn).search_items(
            {"service": "opskrift-workbench:journal"}))
        assert [i.get_attributes()["username"] for i in items] == ["bruger"]
    finally:
        conn.close()


def test_a_credential_set_for_another_user_replaces_the_old_account_entirely(real_keyring):
    secrets = KeyringSecrets()
    secrets.set("vagtplan", "anna", "gammel-kode")
    secrets.set("vagtplan", "bo", "ny-kode")
    assert secrets.get("vagtplan", None) == ("bo", "ny-kode")
    assert secrets.get("vagtplan", "anna") == (None, None)
    conn = secretstorage.dbus_init()
    try:
        items = list(secretstorage.get_default_collection(conn).search_items(
            {"service": "opskrift-workbench:vagtplan"}))
        assert [(i.get_attributes()["username"], i.get_secret()) for i in items] == \
            [("bo", b"ny-kode")]
    finally:
        conn.close()


def test_the_secret_service_is_used_whatever_keyring_would_choose(real_keyring):
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # what keyring picks on a headless machine
    try:
        secrets = KeyringSecrets()
        secrets.set("valgt", "u", "pw")
        assert secrets.get("valgt", "u") == ("u", "pw")
    finally:
        keyring.set_keyring(before)


def test_no_reachable_keyring_says_what_to_do(monkeypatch, tmp_path):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/ingen-bus")
    with pytest.raises(EnvironmentMissing, match="no keyring is reachable") as err:
        KeyringSecrets().get("sagssystem", None)
    assert "gnome-keyring-daemon --unlock" in err.value.hint


def test_keyring_secrets_satisfy_the_port():
    assert isinstance(KeyringSecrets(), Secrets)
