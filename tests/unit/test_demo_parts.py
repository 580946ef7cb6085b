"""The demo's parts that need no desktop: its choice per platform, its password held in memory,
what it says before it starts, and how it reads what Sagsform saved."""

from __future__ import annotations

import io
from pathlib import Path

from recipes import demo as demo_module
from recipes.desktop import platform
from recipes.desktop.platform import Demo
from recipes.fileformat import load_recipe
from recipes.ports import Secrets

ROOT = Path(__file__).resolve().parents[2]
WINDOWS_DEMO = Demo("Sagsform", ROOT / "resources" / "windows" / "demo", password_store="memory",
                    persons_store="Windows Credential Manager", own_screen=False)


def test_each_platforms_demo_has_a_valid_recipe_with_one_credential_and_three_cases():
    from recipes.console import read_rows

    for demo in platform.demos() + [WINDOWS_DEMO]:
        doc = load_recipe(demo.recipe)
        assert len(doc.recipe.credentials) == 1
        assert len(read_rows(str(demo.cases), doc.recipe)) == 3


def test_the_demos_password_in_memory_is_found_only_under_its_own_name_and_user():
    secrets = demo_module.DemoSecretsInMemory()
    assert isinstance(secrets, Secrets)
    assert secrets.get("sagsform", None) == (None, None)
    secrets.set("sagsform", None, "Sommer2024!")
    assert secrets.get("sagsform", None) == (None, "Sommer2024!")
    assert secrets.get("kommunesag", None) == (None, None)
    secrets.set("kommunesag", "sagsbeh", "x")
    assert secrets.get("kommunesag", "sagsbeh") == ("sagsbeh", "x")
    assert secrets.get("kommunesag", "andersen") == (None, None)
    secrets.clear()
    assert secrets.get("sagsform", None) == (None, None)


def test_on_windows_the_demo_says_what_it_will_do_and_starts_after_enter(monkeypatch, capsys):
    monkeypatch.setattr(platform, "DEFAULT_ABORT_HOTKEY", "ctrl+shift+F11")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert demo_module._go_ahead([WINDOWS_DEMO], None) is False  # no answer: not started
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
    assert demo_module._go_ahead([WINDOWS_DEMO], None) is True
    said = capsys.readouterr().out
    assert "Sagsform on your screen" in said and "three fictitious cases" in said
    assert "Ctrl+Shift+F11 stops the robot" in said
    assert "in memory for this run only, not in your Windows Credential Manager" in said
    assert "Esc" not in said and "apt-get" not in said and "keyring" not in said


def test_on_x11_without_an_answer_the_demo_does_not_start(monkeypatch, capsys):
    x11 = Demo("KommuneSag", ROOT / "resources" / "demo", password_store="own keyring",
               persons_store="keyring", own_screen=True)
    monkeypatch.setattr(platform, "DEFAULT_ABORT_HOTKEY", "ctrl+shift+Escape")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert demo_module._go_ahead([x11], ":0") is False
    said = capsys.readouterr().out
    assert "KommuneSag on your screen (:0)" in said and "Ctrl+Shift+Esc stops" in said
    assert "keyring of its own" in said and "Press Enter" in said


def test_sagsforms_saved_cases_are_shown_by_name_and_department_without_cpr():
    lines = ["login=ok",
             "navn=Søren Ærø Ågesen", "cpr=120375-1234", "afdeling=Borgerservice", "gemt=ja",
             "navn=Jens Hansen", "cpr=", "afdeling=", "gemt=nej",
             "navn=Åse Møller Kjær", "cpr=240188-2468", "afdeling=Løn og personale", "gemt=ja"]
    assert demo_module._sagsform_saved(lines) == ["Søren Ærø Ågesen - Borgerservice",
                                                  "Åse Møller Kjær - Løn og personale"]


def test_lonadmins_registrations_are_shown_with_week_hours_and_supplement():
    lines = ['{"medarbejdernr": "1001", "navn": "Karen Holm Østergaard", "uge": 48, '
             '"timer": 37.0, "tillaeg": "Aftentillæg"}']
    assert demo_module._lonadmin_saved(lines) == [
        "1001: Karen Holm Østergaard - uge 48, 37,0 timer, Aftentillæg"]


def test_brugeradmins_users_are_shown_with_logon_department_and_groups():
    lines = ['{"handling": "oprettet", "logon": "KOMM-BAL", "navn": "Birgitte Ærøe Lund", '
             '"afdeling": "Borgerservice", "grupper": ["Fjernadgang", "Sagsbehandlere"]}',
             '{"handling": "nulstillet", "brugernavn": "bal"}']
    assert demo_module._brugeradmin_saved(lines) == [
        "KOMM-BAL: Birgitte Ærøe Lund - Borgerservice, grupper Fjernadgang, Sagsbehandlere"]


def test_fakturas_approvals_are_shown_with_supplier_amount_and_order():
    lines = ['{"faktura": "F-2043", "leverandoer": "Østjysk IT", "beloeb_oere": 4890000, '
             '"ordre": "O-7802"}']
    assert demo_module._faktura_saved(lines) == ["F-2043: Østjysk IT - 48.900,00 kr., ordre O-7802"]
