"""Why a run or step did not pass, worded from the core's typed problems (never from its English
sentences): in Danish, the source language, and in English through the Qt translation."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QApplication

from recipes import errors
from recipes.errors import Candidate
from recipes.model import Target
from recipes.run import RunNote
from workbench.run_words import note_words, problem_words, run_reason, step_reason


def _parts(**target) -> list[dict]:
    return Target.model_validate(target).parts()


GODK = Candidate(470, 290, 100, 40, 0.61, "Gemt")


def _cases():
    """(error, Danish, English) for the errors a run ends with."""
    return [
        (errors.AnchorNotFound(_parts(text="Godkend sag"), 3),
         "teksten »Godkend sag« blev ikke fundet inden for 3 s, og intet lignende var på skærmen",
         "text “Godkend sag” was not found within 3 s, and nothing similar was on the screen"),
        (errors.AnchorNotFound(_parts(text="Gem"), 10, GODK),
         "teksten »Gem« blev ikke fundet inden for 10 s; det bedste bud var »Gemt« ved (520, 310) "
         "med score 0,61",
         "text “Gem” was not found within 10 s; the best candidate was “Gemt” at (520, 310) "
         "with score 0.61"),
        (errors.AnchorNotFound(_parts(text="Godkend"), 10, Candidate(250, 180, 100, 40, 1.0,
                                                                     "Godkend"), moving=True),
         "teksten »Godkend« blev ikke stående ét sted inden for 10 s (vinduet var ved at åbne "
         "eller flytte sig); det blev sidst set »Godkend« ved (300, 200) med score 1,00",
         "text “Godkend” did not stay at one place within 10 s (the window was still opening or "
         "moving); it was last seen “Godkend” at (300, 200) with score 1.00"),
        (errors.AnchorNotFound(_parts(text="Gem", image="gem.png", index=2), 2.5,
                               drag_end=True),
         "trækkets slutpunkt, teksten »Gem« eller billedet gem.png (forekomst 2) blev ikke "
         "fundet inden for 2,5 s, og intet lignende var på skærmen",
         "the drag's end, text “Gem” or image gem.png (occurrence 2) was not found within 2.5 "
         "s, and nothing similar was on the screen"),
        (errors.AmbiguousAnchor(_parts(text="OK"), [Candidate(5, 15, 10, 10, 0.99),
                                                    Candidate(85, 15, 10, 10, 0.99)]),
         "teksten »OK« passer lige godt 2 steder (ved (10, 20) med score 0,99; ved (90, 20) med "
         "score 0,99). Angiv forekomst, område eller nær-position i målet.",
         "text “OK” matches 2 places equally well (at (10, 20) with score 0.99; at (90, 20) "
         "with score 0.99). Give the occurrence, region or near position in the target."),
        (errors.AnchorCountChanged(_parts(text="Jensen", index=2), 3, [
            Candidate(100, 70, 40, 20, 1.0, "Jensen"), Candidate(100, 140, 40, 20, 0.98, "Jensen")]),
         "teksten »Jensen« (forekomst 2) ses 2 gange på skærmen, men sås 3 gange, da trinnet "
         "blev optaget (»Jensen« ved (120, 80) med score 1,00; »Jensen« ved (120, 150) med score "
         "0,98). Intet blev gjort: se skærmen efter, og optag trinnet igen eller ret antal og "
         "forekomst i målet.",
         "text “Jensen” (occurrence 2) shows 2 times on the screen, but 3 times when the step "
         "was recorded (“Jensen” at (120, 80) with score 1.00; “Jensen” at (120, 150) with "
         "score 0.98). Nothing was done: check the screen, then record the step again or "
         "correct the count and occurrence in the target."),
        (errors.ScreenBlank(_parts(text="Godkend"), colour=(0, 0, 0)),
         "teksten »Godkend« kunne ikke søges: skærmen viser intet (sort). Skærmen er måske låst, "
         "fjernforbindelsen afbrudt eller Citrix-vinduet minimeret; lås op eller forbind igen, og "
         "kør så igen.",
         "text “Godkend” could not be looked for: the screen shows nothing (black). The screen "
         "may be locked, the remote session disconnected or the Citrix window minimised; unlock "
         "or reconnect it and run again."),
        (errors.ScreenBlank(_parts(image="knap.png"), colour=(0, 90, 160)),
         "billedet knap.png kunne ikke søges: skærmen viser intet (én farve, rgb(0, 90, 160)). "
         "Skærmen er måske låst, fjernforbindelsen afbrudt eller Citrix-vinduet minimeret; lås op "
         "eller forbind igen, og kør så igen.",
         "image knap.png could not be looked for: the screen shows nothing (one colour, rgb(0, "
         "90, 160)). The screen may be locked, the remote session disconnected or the Citrix "
         "window minimised; unlock or reconnect it and run again."),
        (errors.AnchorStillVisible(_parts(window="^Gem$", point=[4, 5]), 10),
         "punktet (4, 5) i vinduet »^Gem$« var stadig på skærmen efter 10 s",
         "the point (4, 5) in the window “^Gem$” was still on the screen after 10 s"),
        (errors.WindowNotFound("^KommuneSag", 20),
         "intet vindue med en titel, der passer til »^KommuneSag«, kom frem inden for 20 s",
         "no window whose title matches “^KommuneSag” showed within 20 s"),
        (errors.AmbiguousWindow("Sag", ["Sag 17", "Sag 18"]),
         "titlen »Sag« passer til 2 vinduer (»Sag 17«; »Sag 18«); intet vindue blev valgt. Gør "
         "mønsteret så præcist, at kun ét vindue passer, fx ^Titel$.",
         "the title “Sag” matches 2 windows (“Sag 17”; “Sag 18”); none was focused. Make the "
         "pattern match one window only, e.g. ^Title$."),
        (errors.WindowNotActive("KommuneSag", "Opdatering"),
         "tastaturet er på »Opdatering«, ikke på »KommuneSag«, som det forrige trin valgte; "
         "intet blev skrevet",
         "the keyboard focus is on “Opdatering”, not on “KommuneSag”, the window the previous "
         "step chose; nothing was typed"),
        (errors.WindowNotActive(None, None),
         "intet tidligere trin har valgt vinduet, der skal skrives i (et fokus-trin eller et "
         "klik); intet blev skrevet. Tilføj et trin, der fokuserer vinduet.",
         "no earlier step chose the window to type into (a focus step or a click); nothing was "
         "typed. Add a step that focuses the window."),
        (errors.WindowNotActive(None, "Notesblok", program="python3"),
         "tastaturet er på »Notesblok«, ikke på et vindue fra »python3«, som opskriften "
         "startede; intet blev skrevet. Tilføj et trin, der fokuserer vinduet.",
         "the keyboard focus is on “Notesblok”, not on a window of “python3”, the program the "
         "recipe started; nothing was typed. Add a step that focuses the window."),
        (errors.WindowNotActive("Untitled - Notepad", "Untitled - Notepad"),
         "tastaturet er på et andet vindue med titlen »Untitled - Notepad« end det, det forrige "
         "trin valgte; intet blev skrevet",
         "the keyboard is on another window titled “Untitled - Notepad” than the one the "
         "previous step chose; nothing was typed"),
        (errors.FocusMoved("Sagsform", "Bekræft", 6, 13),
         "tastaturet skiftede fra »Sagsform« til »Bekræft«, mens der blev skrevet; skrivningen "
         "stoppede efter 6 af 13 tegn, og intet kom i det andet vindue",
         "the keyboard moved from “Sagsform” to “Bekræft” while typing; typing stopped after 6 "
         "of 13 characters, and nothing went into the other window"),
        (errors.SecretRefused("kommunesag", "bash", terminal=True),
         "adgangen »kommunesag« skrives aldrig i en terminal, og tastaturet er på terminalen "
         "»bash«; intet blev skrevet",
         "the credential “kommunesag” is never typed into a terminal, and the keyboard focus is "
         "on the terminal “bash”; nothing was typed"),
        (errors.NoSpareKeycode(9, 4),
         "tastaturlayoutet mangler 9 af de tegn, der skal skrives, og har kun 4 ledige taster at "
         "låne dem",
         "the keyboard layout lacks 9 of the characters to type and has only 4 free keycodes to "
         "lend them"),
        (errors.SecretMissing("kommunesag", "password", "keyring", "the keyring",
                              "python main.py secret set kommunesag"),
         "nøgleringen har ingen adgangskode til »kommunesag«; gem den under Indstillinger eller "
         "med `python main.py secret set kommunesag`",
         "the keyring has no password for “kommunesag”; store it under Settings or with "
         "`python main.py secret set kommunesag`"),
        (errors.CheckpointRejected("Mette (login mette)", "forkert beløb"),
         "afvist ved kontrolpunktet af Mette (login mette): forkert beløb",
         "rejected at the checkpoint by Mette (login mette): forkert beløb"),
        (errors.UserAbort.of("hotkey", hotkey="ctrl+shift+Escape"),
         "stoppet med nødstop-tasterne ctrl+shift+Escape",
         "stopped with the abort hotkey ctrl+shift+Escape"),
        (errors.UserAbort.of("screen_corner"),
         "stoppet: musen blev ført op i et hjørne af skærmen",
         "stopped: the pointer was moved into a screen corner"),
        (errors.ProgramDied("sagsform", 2, "ImportError: tkinter"),
         "programmet »sagsform« stoppede med afslutningskode 2 lige efter, at det blev startet; "
         "dets sidste fejludskrift: ImportError: tkinter",
         "the program “sagsform” stopped with exit status 2 just after it was started; its last "
         "error output: ImportError: tkinter"),
        (errors.KeyHeldDown(2),
         "en tast (Ctrl, Shift, Alt eller AltGr) blev holdt nede på tastaturet i 2 s, så robotten "
         "skrev intet: slip den, og prøv igen",
         "a key (Ctrl, Shift, Alt or AltGr) was held down on the keyboard for 2 s, so the robot "
         "typed nothing: let go of it and try again"),
    ]


@pytest.fixture
def english():
    from workbench.i18n import install_language, uninstall_language

    app = QApplication.instance()
    assert install_language(app, "en")
    yield
    uninstall_language(app)
    install_language(app, "da")


def test_every_problem_is_said_in_danish_from_its_data(qapp):
    for error, danish, _ in _cases():
        # Through the history's JSON, as another process reads it: only the data counts.
        problem = json.loads(json.dumps(error.problem()))
        assert problem_words(problem) == danish, type(error).__name__


def test_every_problem_is_said_in_english_with_the_translation(qapp, english):
    for error, _, english_text in _cases():
        assert problem_words(error.problem()) == english_text, type(error).__name__


def test_the_english_sentence_of_the_core_is_not_read(qapp):
    problem = errors.AnchorNotFound(_parts(text="Gem"), 3).problem()
    assert "not found" not in json.dumps(problem)
    assert problem_words(problem).startswith("teksten »Gem« blev ikke fundet")


def test_checked_before_the_run_is_said_after_the_reason(qapp):
    from recipes.run import checked_before

    problem = checked_before(errors.SecretMissing(
        "kommunesag", "username", "keyring", "the keyring", "python main.py secret set x").problem())
    assert problem_words(problem) == (
        "nøgleringen har intet brugernavn til »kommunesag«; gem det under Indstillinger eller med "
        "`python main.py secret set x` (set før kørslen startede; intet blev gjort)")


def test_a_row_of_an_older_history_is_shown_with_its_message_as_it_is(qapp):
    old = {"status": "failed", "message": "text 'Gem' was not found within 3 s", "problem": None}
    assert run_reason(old) == "text 'Gem' was not found within 3 s"
    assert step_reason(old) == "text 'Gem' was not found within 3 s"
    new = {"status": "failed", "message": "ignored",
           "problem": json.dumps(errors.WindowNotFound("^Sag", 5).problem())}
    assert step_reason(new) == "intet vindue med en titel, der passer til »^Sag«, kom frem inden for 5 s"


def test_a_run_that_could_not_start_and_one_cut_off_say_so(qapp):
    from recipes.run import could_not_start

    run = could_not_start("r", None, "h", errors.DisplayMissing("no display", "start X",
                                                                wayland=True))
    assert run_reason(run).startswith("Kørslen kunne ikke starte: dette er en Wayland-session")
    cut = {"problem": json.dumps({"code": "cut_off", "values": {"pid": 7}}), "message": "x"}
    assert run_reason(cut).startswith("Kørslen blev afbrudt: programmet, der kørte den")


def test_a_retry_in_the_log_is_said_from_its_problem(qapp):
    note = RunNote("retry", {"step": 2, "attempt": 1, "message": "english",
                             "problem": errors.WindowNotFound("^Sag", 5).problem()})
    assert note_words(note) == ("Trin 2: forsøg 1 lykkedes ikke (intet vindue med en titel, der "
                                "passer til »^Sag«, kom frem inden for 5 s); prøver igen")
