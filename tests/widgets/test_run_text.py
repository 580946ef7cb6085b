"""The robot's English messages as the Danish interface shows them."""

import pytest

from workbench.run_text import run_message


@pytest.mark.parametrize("english, danish", [
    ("text 'Godkend sag' was not found within 3 s; nothing similar was on the screen",
     "teksten »Godkend sag« blev ikke fundet inden for 3 s, og intet lignende var på skærmen"),
    ("text 'Gem' was not found within 10 s; the best candidate was 'Gemt' at (520, 310) score 0.61",
     "teksten »Gem« blev ikke fundet inden for 10 s; det bedste bud var »Gemt« ved (520, 310) "
     "med score 0,61"),
    ("text 'OK' matches 2 places equally well (at (10, 20) score 0.99; at (90, 20) score 0.99). "
     "Add `index`, `near` or `region` to the target to say which one.",
     "teksten »OK« passer lige godt 2 steder (ved (10, 20) med score 0,99; ved (90, 20) med "
     "score 0,99). Angiv forekomst, område eller nær-position i målet."),
    ("rejected at the checkpoint by Mette (login mette): forkert beløb",
     "afvist ved kontrolpunktet af Mette (login mette): forkert beløb"),
    ("the keyring has no password for the credential 'kommunesag'; store it with `python main.py "
     "secret set kommunesag` or in the workbench's settings (checked before the run started; "
     "nothing was done)",
     "nøgleringen har ingen adgangskode til »kommunesag«; gem den under Indstillinger eller med "
     "`python main.py secret set kommunesag` (set før kørslen startede; intet blev gjort)"),
    ("stopped by the abort hotkey ctrl+shift+Escape", "stoppet med nødstop-tasterne ctrl+shift+Escape"),
    ("text 'Godkend' could not be looked for: the screen shows nothing (black). The screen may be "
     "locked, the remote session disconnected or the Citrix window minimised; unlock or reconnect "
     "it and run again.",
     "teksten »Godkend« kunne ikke søges: skærmen viser intet (sort). Skærmen er måske låst, "
     "fjernforbindelsen afbrudt eller Citrix-vinduet minimeret; lås op eller forbind igen, og kør "
     "så igen."),
    ("image knap.png could not be looked for: the screen shows nothing (one colour, rgb(0, 90, 160))"
     ". The screen may be locked, the remote session disconnected or the Citrix window minimised; "
     "unlock or reconnect it and run again.",
     "billedet knap.png kunne ikke søges: skærmen viser intet (én farve, rgb(0, 90, 160)). Skærmen "
     "er måske låst, fjernforbindelsen afbrudt eller Citrix-vinduet minimeret; lås op eller forbind "
     "igen, og kør så igen."),
    ("text 'Gem' could not be looked for: the screen could not be read (XGetImage() failed). The "
     "screen may be locked, the remote session disconnected or the Citrix window minimised; unlock "
     "or reconnect it and run again.",
     "teksten »Gem« kunne ikke søges: skærmen kunne ikke aflæses (XGetImage() failed). Skærmen er "
     "måske låst, fjernforbindelsen afbrudt eller Citrix-vinduet minimeret; lås op eller forbind "
     "igen, og kør så igen."),
    ("text 'Jensen' (occurrence 2) shows 2 times on the screen, but 3 times when it was recorded "
     "('Jensen' at (120, 80) score 1.00; 'Jensen' at (120, 150) score 0.98). Nothing was done: "
     "check the screen, then record the step again or correct `count` and `index`.",
     "teksten »Jensen« ses 2 gange på skærmen, men sås 3 gange, da trinnet blev optaget (»Jensen« "
     "ved (120, 80) med score 1,00; »Jensen« ved (120, 150) med score 0,98). Intet blev gjort: se "
     "skærmen efter, og optag trinnet igen eller ret antal og forekomst i målet."),
    ("text 'Godkend' did not stay at one place within 10 s (the window was still opening or "
     "moving); it was last seen 'Godkend' at (300, 200) score 1.00",
     "teksten »Godkend« blev ikke stående ét sted inden for 10 s (vinduet var ved at åbne eller "
     "flytte sig); det blev sidst set »Godkend« ved (300, 200) med score 1,00"),
    ("something the workbench has never seen", "something the workbench has never seen"),
])
def test_known_messages_are_said_in_danish(qapp, english, danish):
    assert run_message(english) == danish


def _window_errors():
    from recipes import errors

    return [
        (errors.AmbiguousWindow("Sag", ["Sag 17", "Sag 18"]),
         "titlen »Sag« passer til 2 vinduer ('Sag 17'; 'Sag 18'); intet vindue blev valgt. Gør "
         "mønsteret så præcist, at kun ét vindue passer, fx ^Titel$."),
        (errors.WindowNotFound("^KommuneSag", 20),
         "intet vindue med en titel, der passer til »^KommuneSag«, kom frem inden for 20 s"),
        (errors.WindowNotActive("KommuneSag", "Opdatering"),
         "tastaturet er på »Opdatering«, ikke på »KommuneSag«, som det forrige trin valgte; "
         "intet blev skrevet"),
        (errors.WindowNotActive(None, None),
         "intet tidligere trin har valgt vinduet, der skal skrives i (et fokus-trin eller et "
         "klik); intet blev skrevet. Tilføj et trin, der fokuserer vinduet."),
        (errors.WindowNotActive(None, "Notesblok", program="python3"),
         "tastaturet er på »Notesblok«, ikke på et vindue fra »python3«, som opskriften "
         "startede; intet blev skrevet. Tilføj et trin, der fokuserer vinduet."),
        (errors.SecretRefused("kommunesag", "bash", terminal=True),
         "adgangen »kommunesag« skrives aldrig i en terminal, og tastaturet er på terminalen "
         "»bash«; intet blev skrevet"),
        (errors.SecretRefused("kommunesag", "Notesblok", allowed="^KommuneSag"),
         "adgangen »kommunesag« må kun skrives i et vindue, hvis titel passer til »^KommuneSag«, "
         "og tastaturet er på »Notesblok«; intet blev skrevet"),
        (errors.WindowNotActive("Untitled - Notepad", "Untitled - Notepad"),
         "tastaturet er på et andet vindue med titlen »Untitled - Notepad« end det, det forrige "
         "trin valgte; intet blev skrevet"),
        (errors.FocusMoved("Sagsform", "Bekræft", 6, 13),
         "tastaturet skiftede fra »Sagsform« til »Bekræft«, mens der blev skrevet; skrivningen "
         "stoppede efter 6 af 13 tegn, og intet kom i det andet vindue"),
        (errors.FocusMoved("Untitled - Notepad", "Untitled - Notepad", 0, 5),
         "tastaturet skiftede fra »Untitled - Notepad« til et andet vindue med titlen »Untitled - "
         "Notepad«, mens der blev skrevet; skrivningen stoppede efter 0 af 5 tegn, og intet kom "
         "i det andet vindue"),
        (errors.NoSpareKeycode(9, 4),
         "tastaturlayoutet mangler 9 af de tegn, der skal skrives, og har kun 4 ledige taster at "
         "låne dem"),
    ]


def test_window_and_keyboard_errors_are_said_in_danish(qapp):
    for error, danish in _window_errors():
        assert run_message(str(error)) == danish
