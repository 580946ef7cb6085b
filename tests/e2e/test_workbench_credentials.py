"""Adgange in the workbench against a real Secret Service (gnome-keyring on a private D-Bus):
the credentials the library's recipes use, stored by typing the password twice in the dialog
and clicking its button, tested, and deleted; each change a row of the audit trail; the
password never shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from recipes.desktop.keyring_session import private_keyring
from recipes.desktop.secrets import KeyringSecrets
from recipes.history import History
from recipes.model import Recipe
from workbench import recipe_io
from workbench.credentials_view import CredentialsDialog, PasswordDialog

PASSWORD = "Blåbær-Grød7!"


@pytest.fixture
def library(tmp_path):
    paths = []
    for stem, title in (("registrer_sag", "Registrér sag"), ("luk_sag", "Luk sag")):
        (tmp_path / "lib" / stem).mkdir(parents=True)
        path = tmp_path / "lib" / stem / f"{stem}.yaml"
        recipe_io.save(Recipe.model_validate({
            "name": title,
            "credentials": [{"name": "kommunesag_adgangskode", "label": "KommuneSag",
                             "username": "sagsbeh", "window": "^KommuneSag"}],
            "steps": [{"action": "type", "secret": "kommunesag_adgangskode"}]}), path)
        paths.append(path)
    return paths


def answer_password(qtbot, password: str):
    """Types the password twice in the dialog when it shows, and clicks its button."""
    def fill():
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, PasswordDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(50, fill)
            return
        qtbot.keyClicks(dialog.first, password)
        qtbot.keyClicks(dialog.second, password)
        dialog.buttons.button(QDialogButtonBox.Ok).click()
    QTimer.singleShot(50, fill)


def test_credentials_are_stored_tested_and_deleted_in_the_real_keyring(qtbot, library, home):
    history = History(home)
    with private_keyring():
        dialog = CredentialsDialog(library, history=history)
        qtbot.addWidget(dialog)
        row = [dialog.table.item(0, c).text() for c in range(6)]
        assert row == ["kommunesag_adgangskode", "KommuneSag", "sagsbeh", "^KommuneSag",
                       "Registrér sag, Luk sag", "nej"]
        assert not dialog.test_selected() and "ingen adgangskode" in dialog.message.text()

        answer_password(qtbot, PASSWORD)
        qtbot.mouseClick(dialog.set_button, qtbot_left())
        qtbot.waitUntil(lambda: dialog.table.item(0, 5).text() == "ja, bruger sagsbeh",
                        timeout=10000)
        assert KeyringSecrets().get("kommunesag_adgangskode", "sagsbeh") == ("sagsbeh", PASSWORD)
        assert dialog.test_selected() and "for brugeren sagsbeh" in dialog.message.text()
        assert PASSWORD not in dialog.message.text()

        qtbot.mouseClick(dialog.delete_button, qtbot_left())
        assert dialog.table.item(0, 5).text() == "nej"
        assert KeyringSecrets().get("kommunesag_adgangskode", None) == (None, None)
    events = [(r["event"], r["details"]) for r in history.audit.rows()
              if r["event"].startswith("credential")]
    assert [e for e, _ in events] == ["credential_changed", "credential_deleted"]
    assert all(PASSWORD not in (d or "") for _, d in events)


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.LeftButton


def test_a_keyring_locked_while_saving_is_said_in_danish_as_what_was_being_done(qtbot, library,
                                                                                home):
    import secretstorage

    from recipes.desktop.keyring_session import DEFAULT_COLLECTION

    with private_keyring():
        dialog = CredentialsDialog(library, history=History(home))
        qtbot.addWidget(dialog)
        assert dialog.set_button.isEnabled()
        # The keyring is locked while the dialog is open (the screen locked, another program).
        connection = secretstorage.dbus_init()
        secretstorage.Collection(connection, DEFAULT_COLLECTION).lock()
        answer_password(qtbot, PASSWORD)
        qtbot.mouseClick(dialog.set_button, qtbot_left())
        said = dialog.message.text()
        assert "Adgangskoden til »KommuneSag« blev ikke gemt: nøgleringen er låst" in said, said
        assert "Lås nøgleringen op" in said
        assert "cannot" not in said and "keyring" not in said  # not the robot's English
        # What a run does meanwhile: it asks for the password for that run only.
        assert "spørger arbejdsbordet om adgangskoden" in said, said
        connection.close()


def test_no_keyring_reachable_is_said_in_danish_with_what_a_run_does_then(
        qtbot, library, monkeypatch, tmp_path):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/ingen-bus")
    dialog = CredentialsDialog(library)
    qtbot.addWidget(dialog)
    said = dialog.message.text()
    assert "Nøgleringen kan ikke nås, så adgangskoderne kan ikke læses her" in said, said
    assert "spørger arbejdsbordet om adgangskoden" in said and "gemmes ikke" in said
    assert "keyring" not in said and "Errno" not in said
    assert dialog.table.item(0, 5).text() == "ukendt"
    assert not dialog.set_button.isEnabled()
