"""Fill workbench_en.ts with the English texts below, then compile it with pyside6-lrelease.

Run after `pyside6-lupdate workbench/*.py -ts resources/translations/workbench_en.ts` whenever
Danish texts change:  python resources/translations/fill_en.py
"""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

EN = {
    " (nr. {0})": " (no. {0})", " eller ": " or ", " i {0}": " in {0}",
    " – fundet ved ({0}, {1}), score {2}": " – found at ({0}, {1}), score {2}",
    "(intet skærmbillede)": "(no screenshot)",
    "<span style='color:#1f6fd1'>■</span> anker  <span style='color:#d12f1f'>✚</span> {0}{1}  <span style='color:#2e7d32'>■</span> fundet  <span style='color:#ef8a00'>■</span> andre kandidater":
        "<span style='color:#1f6fd1'>■</span> anchor  <span style='color:#d12f1f'>✚</span> {0}{1}  <span style='color:#2e7d32'>■</span> found  <span style='color:#ef8a00'>■</span> other candidates",
    "  <span style='color:#6b7785'>┅</span> trækkets anden ende": "  <span style='color:#6b7785'>┅</span> the drag's other end",
    "Adgange (fra nøgleringen)": "Credentials (from the keyring)", "Adgangskode": "Password",
    "Adgangskoder gemmes aldrig i opskriften, kun i styresystemets nøglering.":
        "Passwords are never stored in the recipe, only in the operating system's keyring.",
    "Afbrudt": "Aborted", "Afvis": "Reject", "Afvist": "Rejected", "Aldrig": "Never",
    "Alle opskrifter": "All recipes", "Anførselstegn er ikke lukket.": "A quote is not closed.",
    "Anker": "Anchor", "Anker for trin {0}": "Anchor of step {0}",
    "Ankeret blev ikke fundet sikkert nok. Bedste kandidat havde score {0}.":
        "The anchor was not found with enough certainty. The best candidate scored {0}.",
    "Annuller": "Cancel", "Begrundelse (valgfri)": "Reason (optional)", "Besked": "Message",
    "Beskrivelse": "Description", "Besvaret af": "Answered by", "Billed-anker": "Image anchor",
    "Billede": "Image", "Bredde og højde skal være større end 0.": "Width and height must be above 0.",
    "Brug kun bogstaverne a–z, tal og _, og start ikke med et tal.":
        "Use only the letters a–z, digits and _, and do not start with a digit.",
    "Brugernavn": "User name", "Bygger opskriften …": "Building the recipe …",
    "Dansk": "Danish", "Dansk og engelsk": "Danish and English",
    "Der blev ikke læst nogen tekst i boksen.": "No text was read in the box.",
    "Der er ingen opskrifter endnu. Klik på »Ny« for at lave den første, eller optag en arbejdsgang med »Optag«.":
        "There are no recipes yet. Click “New” to make the first one, or record a task with “Record”.",
    "Der er ændringer i »{0}«, som ikke blev gemt (fx fordi programmet lukkede uventet). Vil du hente dem tilbage?":
        "There are changes to “{0}” that were not saved (for instance because the program closed unexpectedly). Do you want to restore them?",
    "Det lykkedes ikke": "That did not work", "Dette trin har intet anker.": "This step has no anchor.",
    "Dit navn (ved kontrolpunkter)": "Your name (at checkpoints)", "Dobbeltklik": "Double-click",
    "Dupliker": "Duplicate", "Dupliker opskrift": "Duplicate recipe", "Dupliker trin": "Duplicate steps",
    "Engelsk": "English",
    "Et billed-anker kræver et skærmbillede af trinnet.": "An image anchor needs a screenshot of the step.",
    "Etiket": "Label", "Fejlet": "Failed", "Fejlet trin": "Failed step", "Felt": "Field",
    "Feltet findes ikke for denne handling.": "This action has no such field.",
    "Find nu": "Find now", "Fjern": "Remove", "Flyt anker": "Move anchor", "Flyt trin": "Move steps",
    "Flyt »{0}« til papirkurven? Den kan hentes tilbage derfra.":
        "Move “{0}” to the trash? It can be restored from there.",
    "Fokusér vindue": "Focus window", "Forekomst nr.": "Occurrence no.",
    "Foreslået tekst: »{0}«. Tryk Enter eller vælg Tekst-anker for at bruge den.":
        "Proposed text: “{0}”. Press Enter or choose Text anchor to use it.",
    "Forskydning (dx, dy)": "Offset (dx, dy)", "Fortryd": "Undo", "Fortryd: {0}": "Undo: {0}",
    "Fortsæt": "Resume", "Forvent": "Expect", "Forventet anker (optaget)": "Expected anchor (recorded)",
    "Fra et trin": "From a step", "Fundet ved ({0}, {1}) med score {2}.": "Found at ({0}, {1}) with score {2}.",
    "Følsom": "Sensitive", "Følsom værdi – vises ikke": "Sensitive value – not shown",
    "Gem": "Save", "Gem i variabel": "Store in variable", "Gem opskriften (Ctrl+S)": "Save the recipe (Ctrl+S)",
    "Gem ændringer?": "Save changes?", "Gemt: {0}": "Saved: {0}", "Generelt": "General",
    "Gennemført": "Passed", "Gentag": "Redo", "Gentag: {0}": "Redo: {0}", "Godkend": "Approve",
    "Hak": "Notches", "Handling": "Action", "Hele opskriften": "Whole recipe", "Hele skærmen": "Whole screen",
    "Hemmelighed": "Secret", "Historik": "History", "Historikken kan ikke åbnes.": "The history cannot be opened.",
    "Højreklik": "Right-click", "Id": "Id", "Ikke fundet på skærmen.": "Not found on the screen.",
    "Ikke-gemte ændringer fundet": "Unsaved changes found", "Inddata": "Inputs",
    "Indstillinger": "Settings", "Indsæt trin": "Insert step",
    "Ingen opskrift er åben. Vælg en under »Opskrifter«.": "No recipe is open. Choose one under “Recipes”.",
    "Ingen værdier endnu.": "No values yet.", "Intet skærmbillede": "No screenshot",
    "Intet skærmbillede for dette trin.": "No screenshot for this step.",
    "Intet skærmbillede til dette trin.\nOptag trinnet, så ses hvor det virker.":
        "No screenshot for this step.\nRecord the step to see where it acts.",
    "Kan ikke læses: {0}": "Cannot be read: {0}", "Klar": "Ready", "Klik": "Click",
    "Kommando": "Command", "Kommentar": "Comment", "Kontrolpunkt": "Checkpoint",
    "Kontrolpunkt {0} af {1}.": "Checkpoint {0} by {1}.",
    "Kontrolpunkt – din godkendelse": "Checkpoint – your approval", "Kunne ikke gemme": "Could not save",
    "Kunne ikke søge: {0}": "Could not search: {0}", "Kør": "Run", "Kør fra valgt trin": "Run from selected step",
    "Kør hele opskriften": "Run the whole recipe", "Kør hele opskriften (F5)": "Run the whole recipe (F5)",
    "Kør kun valgt trin": "Run only the selected step", "Kører": "Running",
    "Kørsel {0}: {1}, {2} trin, {3}. {4}": "Run {0}: {1}, {2} steps, {3}. {4}", "Kørsel:": "Run:",
    "Kørslen kunne ikke gennemføres: {0}": "The run could not be carried out: {0}",
    "Kørslen sluttede: {0}. {1}": "The run ended: {0}. {1}",
    "Kørslen starter ved trin {0}.": "The run starts at step {0}.", "Kørt af": "Run by", "Log": "Log",
    "Læs tekst": "Read text", "Læs tekst i boksen": "Read text in the box",
    "Manuel tid pr. sag (s)": "Manual time per case (s)", "Mappe med opskrifter": "Recipe folder",
    "Mindste lighed (0–1)": "Least similarity (0–1)",
    "Minimér arbejdsbordet, mens robotten kører": "Minimise the workbench while the robot runs",
    " dage": " days", "Gem skærmbilleder af fejl i": "Keep screenshots of failures for",
    "Skærmbilleder af fejlede trin kan vise personoplysninger og slettes efter så mange dage. Kørslerne bliver i historikken.":
        "Screenshots of failed steps may show personal data and are deleted after this many days. The runs stay in the history.",
    "Må højst være {0}.": "Must be at most {0}.",
    "Må ikke være 0 (positiv ruller ned, negativ op).": "Must not be 0 (positive scrolls down, negative up).",
    "Må ikke være tom.": "Must not be empty.", "Måde": "Mode", "Mål": "Target", "Mål (anker)": "Target (anchor)",
    "Målet skal have en tekst, et billede eller et punkt.": "The target needs a text, an image or a point.",
    "Navn": "Name", "Navn på den nye opskrift:": "Name of the new recipe:", "Navn på kopien:": "Name of the copy:",
    "Ned": "Down", "Note": "Note", "Ny": "New", "Ny opskrift": "New recipe", "Nyt navn:": "New name:",
    "Nær (x, y)": "Near (x, y)", "Næste trin": "Next step", "Nødstop-tast": "Abort hotkey",
    "OCR-sprog": "OCR languages", "Omdøb": "Rename", "Omdøb opskrift": "Rename recipe",
    "Område (x, y, b, h)": "Region (x, y, w, h)", "Op": "Up", "Opskrift": "Recipe",
    "Opskrift – arbejdsbord": "Recipe workbench", "Opskrift:": "Recipe:",
    "Opskriften blev ikke gemt, og filen er uændret.\n\n{0}": "The recipe was not saved, and the file is unchanged.\n\n{0}",
    "Opskriften kan ikke åbnes": "The recipe cannot be opened", "Opskrifter": "Recipes",
    "Opskrifter i {0}": "Recipes in {0}", "Optag": "Record",
    "Optag nye trin ind i opskriften efter det valgte trin": "Record new steps into the recipe after the selected step",
    "Optag trin": "Record steps", "Optag {0} trin": "Record {0} steps",
    "Optagelsen kunne ikke bygges": "The recording could not be built",
    "Optagelsen kunne ikke starte": "The recording could not start",
    "Optagelsen starter om {0} …": "Recording starts in {0} …", "Optager": "Recording",
    "Papirkurv": "Trash", "Papirkurv …": "Trash …", "Papirkurven er tom.": "The trash is empty.",
    "Pause": "Pause", "Pixelprøve": "Pixel sample", "Prøv igen": "Try again", "Punkt (x, y)": "Point (x, y)",
    "Redigér": "Edit", "Resultat": "Outcome", "Ret anker": "Fix anchor", "Ret ankertekst": "Edit anchor text",
    "Ret opskriftens felter": "Edit recipe fields", "Ret {0}": "Edit {0}",
    "Robotten venter. Se skærmen og værdierne efter, og afgør selv, om kørslen skal fortsætte. Robotten træffer ingen afgørelse.":
        "The robot is waiting. Check the screen and the values, and decide yourself whether the run goes on. The robot makes no decision.",
    "Rul": "Scroll", "Sat på pause.": "Paused.", "Score": "Score", "Sekunder": "Seconds",
    "Sidst kørt": "Last run", "Skal udfyldes.": "Required.", "Skal være et helt tal.": "Must be a whole number.",
    "Skal være et tal, fx 2 eller 0,5.": "Must be a number, e.g. 2 or 0.5.",
    "Skal være mindst {0}.": "Must be at least {0}.", "Skal være større end {0}.": "Must be greater than {0}.",
    "Skift handling til {0}": "Change action to {0}", "Skift til billed-anker": "Switch to image anchor",
    "Skift til tekst-anker": "Switch to text anchor", "Skriv": "Type",
    "Skriv den tekst, der står i boksen, og tryk Enter.": "Type the text shown in the box and press Enter.",
    "Skriv fire tal: x, y, bredde, højde.": "Write four numbers: x, y, width, height.",
    "Skriv tal adskilt af komma, fx 120, 40.": "Write numbers separated by commas, e.g. 120, 40.",
    "Skriv to tal adskilt af komma, fx 120, 40.": "Write two numbers separated by a comma, e.g. 120, 40.",
    "Skærmbillede": "Screenshot", "Skærmbilledet findes ikke længere.": "The screenshot no longer exists.",
    "Skærmen ved fejlen – bedste kandidat markeret": "The screen at the failure – best candidate marked",
    "Slet": "Delete", "Slet opskrift": "Delete recipe", "Slet trin": "Delete steps",
    "Sprog i programmet": "Interface language", "Spring over": "Skip", "Sprunget over": "Skipped",
    "Standard-ventetid pr. trin": "Default timeout per step", "Standardværdi": "Default value",
    "Start program": "Launch program", "Startet": "Started", "Stop": "Stop", "Stop kørslen": "Stop the run",
    "Stopper …": "Stopping …", "Størrelse (b, h)": "Size (w, h)", "Sæt klikpunkt": "Set click point",
    "Søg efter ankeret på den skærm, der vises nu": "Search for the anchor on the screen as it is now",
    "Søg i navn og beskrivelse …": "Search name and description …", "Søger …": "Searching …",
    "Tast": "Press", "Taster": "Keys", "Tekst": "Text", "Tekst-anker": "Text anchor",
    "Teksten kunne ikke læses: {0}": "The text could not be read: {0}",
    "Teksten må ikke være tom.": "The text must not be empty.", "Teksten på skærmen": "The text on the screen",
    "Tid": "Time", "Til (anker)": "To (anchor)", "Tilføj": "Add", "Tjek: {0}": "Check: {0}",
    "To rækker har samme navn.": "Two rows have the same name.", "Trin": "Step", "Trin for trin": "Step through",
    "Trin {0} af {1}": "Step {0} of {1}", "Trin {0} fejlede": "Step {0} failed",
    "Trin {0}: {1} ({2} s){3}": "Step {0}: {1} ({2} s){3}", "Trin {0}: {1} …": "Step {0}: {1} …",
    "Træk": "Drag",
    "Træk boksen for at flytte den, træk et hjørne for at ændre størrelsen, {0}":
        "Drag the box to move it, drag a corner to resize it, {0}",
    "Udfyld enten tekst eller hemmelighed – ikke begge.": "Fill in either text or secret – not both.",
    "Udfyld værdierne, som opskriften skal bruge:": "Fill in the values the recipe needs:",
    "Ugyldig værdi: {0}": "Invalid value: {0}", "Ukendt fejl": "Unknown error",
    "Ukendt tast: {0}": "Unknown key: {0}", "Ukendt tastkombination: {0}": "Unknown key combination: {0}",
    "Varighed": "Duration", "Ved fejl": "On failure", "Vent": "Wait", "Vent på": "Wait for",
    "Vent til den forsvinder": "Wait until it disappears", "Ventetid (s)": "Timeout (s)",
    "Vinduestitel": "Window title", "Vis optaget billede": "Show recorded picture",
    "Vælg en af: {0}.": "Choose one of: {0}.", "Vælg en opskrift at hente tilbage:": "Choose a recipe to restore:",
    "Vælg et trin for at se dets anker.": "Select a step to see its anchor.",
    "Vælg et trin i listen for at se og rette det.": "Select a step in the list to see and edit it.",
    "Vælg et trin med skærmbillede.": "Select a step with a screenshot.", "Vælg …": "Choose …",
    "Værdier": "Values", "Værdier til kørslen": "Values for the run", "Værktøjer": "Tools",
    "afvist": "rejected", "billede {0}": "image {0}", "fx 45": "e.g. 45", "godkendt": "approved",
    "hemmelighed {0}": "secret {0}", "punkt ({0}, {1})": "point ({0}, {1})", "tekst »{0}«": "text “{0}”",
    "{0}\n\nIntet er tabt: optagelsens journal ligger ved {1}.": "{0}\n\nNothing is lost: the recording's journal is at {1}.",
    "{0} (kopi)": "{0} (copy)", "{0} andre kandidater: {1}": "{0} other candidates: {1}",
    "{0} forsvinder": "{0} disappears", "{0} hak": "{0} notches", "{0} s": "{0} s",
    "{0} trin optaget og sat ind.": "{0} steps recorded and inserted.", "{0} – {1} trin": "{0} – {1} steps",
    "{0}{1} – Opskrift": "{0}{1} – Recipe", "»{0}« har ændringer, der ikke er gemt.": "“{0}” has unsaved changes.",
    "Åbn": "Open", "Åbn eller opret først en opskrift; de optagne trin sættes ind i den.":
        "First open or create a recipe; the recorded steps are inserted into it.",
    "Ét trin": "One step",
    "Adgangskode til »{0}«{1}:": "Password for “{0}”{1}:",
    "Adgangskoden til »{0}« er gemt i nøgleringen.": "The password for “{0}” is stored in the keyring.",
    "Ankeret {0} blev ikke fundet på skærmen inden for {1} s, og intet lignende var at se.":
        "The anchor {0} was not found on the screen within {1} s, and nothing similar was seen.",
    "Ankeret {0} blev ikke fundet sikkert nok inden for {1} s. Det bedste bud havde score {2}.":
        "The anchor {0} was not found with enough certainty within {1} s. The best guess scored {2}.",
    "Ankeret {0} findes flere steder på skærmen, og robotten gætter ikke. Angiv forekomst, område eller nær-position.":
        "The anchor {0} shows in several places and the robot does not guess. Give an occurrence, a region or a near position.",
    "Detaljer": "Details", "Gem adgangskode i nøgleringen …": "Store password in the keyring …",
    "Gemt": "Saved", "Her ses opskriftens trin, som de vil blive udført.":
        "Here are the recipe's steps, as they will be carried out.",
    "Nøgleringen afviste adgangskoden": "The keyring refused the password",
    "Trinnet kunne ikke udføres.": "The step could not be carried out.",
    "Vælg en opskrift": "Choose a recipe", "inddata: {0}": "inputs: {0}",
    "manuel tid {0} min. pr. sag": "manual time {0} min. per case", "{0} trin": "{0} steps",
    "Adgangskode …": "Password …", "Felt (ved hemmelighed)": "Field (for a secret)",
    "Nødstop: tryk {0} eller før musen helt op i et hjørne af skærmen.":
        "Emergency stop: press {0} or push the mouse into a corner of the screen.",
    "Opskriften kan ikke gemmes, før dette er rettet:": "The recipe cannot be saved until this is fixed:",
    "Stop også med {0}": "Also stop with {0}",
    "Følsomme værdier er sløret. Grå felter er arbejdsbordets egne vinduer, som robotten ikke ser.":
        "Sensitive values are blurred. Grey areas are the workbench's own windows, which the robot does not see.",
    "Ikke fundet på skærmen. Robotten ser ikke arbejdsbordets egne vinduer: er programmet skjult bag dem?":
        "Not found on the screen. The robot does not see the workbench's own windows: is the program hidden behind them?",
    "Klik for at se skærmbilledet i fuld størrelse": "Click to see the screenshot at full size",
    "Indsæt trin efter": "Insert step after", "Kør fra dette trin": "Run from this step",
    "Kør kun dette trin": "Run only this step", "Godkend?": "Approve?",
    "Opskriften er åben med ændringer, der ikke er gemt. Gem eller fortryd dem først.":
        "The recipe is open with unsaved changes. Save or undo them first.",
    "Opskriften kører lige nu.": "The recipe is running right now.",
    "Opskriften kører": "The recipe is running",
    "Vent til kørslen er slut, eller stop den, før du åbner en anden opskrift.":
        "Wait until the run ends, or stop it, before you open another recipe.", "Venter – tryk Næste trin": "Waiting – press Next step",
    "Alle trin gennemført.": "All steps passed.",
    "Trin {0} ({1}) fejlede – se årsagen nedenfor.": "Step {0} ({1}) failed – see the reason below.",
    "Afvist ved et kontrolpunkt.": "Rejected at a checkpoint.",
    "Stoppet af brugeren.": "Stopped by the user.",
    "klikpunkt": "click point", "klik for at sætte klikpunktet.": "click to set the click point.",
    "Træk:": "Drag:", "Fra": "From", "Til": "To", "Fra (anker)": "From (anchor)",
    "Ankeret, hvor musen trykkes ned": "The anchor where the mouse button goes down",
    "Ankeret, hvor musen slippes": "The anchor where the mouse button is released",
    "Trækket starter ved Fra og slutter ved Til.": "The drag starts at From and ends at To.",
    "Den anden ende har ingen optaget position.": "The other end has no recorded position.",
    "her trykkes": "pressed here", "her slippes": "released here",
    "klik for at sætte, hvor musen trykkes ned.": "click to set where the mouse button goes down.",
    "klik for at sætte, hvor musen slippes.": "click to set where the mouse button is released.",
    "{0} (hvor trækket slutter)": "{0} (where the drag ends)",
    "Kun ved første række": "Only for the first row",
    "Kommentar: {0}": "Comment: {0}",
    "Godkendelse": "Approval",
    " for brugeren {0}": " for the user {0}",
    "(alle)": "(any)",
    "Adgange": "Credentials",
    "Adgangskode til »{0}«": "Password for »{0}«",
    "Adgangskoden til »{0}« er slettet fra nøgleringen.": "The password for »{0}« was deleted from the keyring.",
    "Adgangskoder gemmes kun i styresystemets nøglering, aldrig i opskrifterne. Her ses hver adgang, som opskrifterne i biblioteket bruger.": "Passwords are kept only in the operating system's keyring, never in the recipes. Here is every credential the library's recipes use.",
    "Adgangskoderne, som opskrifterne bruger, i nøgleringen": "The passwords the recipes use, in the keyring",
    "Bruges af": "Used by",
    "Gem / skift adgangskode …": "Store / change password …",
    "Gentag adgangskode": "Repeat password",
    "I nøgleringen": "In the keyring",
    "Ingen opskrift i biblioteket bruger en adgang.": "No recipe in the library uses a credential.",
    "Kun i vinduet": "Only in the window",
    "Luk": "Close",
    "Nøgleringen har en adgangskode til »{0}«{1}. Opskrifterne kan logge ind med den (om den er rigtig, viser først programmet).": "The keyring holds a password for »{0}«{1}. The recipes can log in with it (whether it is right, only the program shows).",
    "Nøgleringen har ingen adgangskode til »{0}«{1}: en kørsel, der bruger den, stopper før første trin. Gem den med »Gem / skift adgangskode«.": "The keyring holds no password for »{0}«{1}: a run that uses it stops before the first step. Store it with »Store / change password«.",
    "Nøgleringen havde ingen adgangskode til »{0}«.": "The keyring held no password for »{0}«.",
    "Nøgleringen kan ikke nås, så intet er ændret: {0}": "The keyring cannot be reached, so nothing was changed: {0}",
    "Slet fra nøgleringen": "Delete from the keyring",
    "Test": "Test",
    "ja": "yes",
    "ja, bruger {0}": "yes, user {0}",
    "nej": "no",
    "ukendt": "unknown",
    "En godkendelse er underskrevet med en nøgle, der er trukket tilbage.": "An approval was signed with a key that has been revoked.",
    "En godkendelse kan ikke efterprøves.": "An approval cannot be verified.",
    "Ingen har godkendt denne version.": "Nobody has approved this version.",
    "Kan ikke køres": "Cannot be run",
    "Opskrift – operatør": "Opskrift – operator",
    "Opskriften bryder reglerne for godkendelse.": "The recipe breaks the approval rules.",
    "Opskriften eller et af dens billeder er ændret, siden den blev godkendt.": "The recipe or one of its images changed since it was approved.",
    "Opskriften har ændringer, der ikke er gemt og godkendt.": "The recipe has changes that are not saved and approved.",
    "Opskriften »{0}« køres ikke:\n{1}\n\nBed en godkender se den igennem.": "The recipe »{0}« is not run:\n{1}\n\nAsk a reviewer to look it over.",
    "Godkendt af {0}": "Approved by {0}",
    "Ændret siden godkendelse": "Changed since approval",
    "Godkendelse ugyldig": "Approval invalid",
    "Ikke godkendt": "Not approved",
    "Denne version og alle dens filer er godkendt; en operatør må køre den.": "This version and all its files are approved; an operator may run it.",
    "Opskriften eller et af dens billeder er ændret, siden den blev godkendt. En anden person skal godkende den igen, før en operatør må køre den.": "The recipe or one of its images changed since it was approved. Another person must approve it again before an operator may run it.",
    "En godkendelse kan ikke efterprøves (signaturen passer ikke, eller nøglen er trukket tilbage).": "An approval cannot be verified (the signature does not match, or the key was revoked).",
    "Ingen har godkendt denne version endnu (python main.py review og approve).": "Nobody has approved this version yet (python main.py review and approve).",
    "Træffer afgørelse (kontrolpunkt før)": "Makes a decision (checkpoint before)",
    "teksten »{0}«": "text “{0}”", "billedet {0}": "image {0}",
    "ved ({0}, {1}) med score {2}": "at ({0}, {1}) with score {2}",
    " (set før kørslen startede; intet blev gjort)": " (checked before the run started; nothing was done)",
    "{0} blev ikke fundet inden for {1} s; det bedste bud var {2}":
        "{0} was not found within {1} s; the best candidate was {2}",
    "{0} blev ikke fundet inden for {1} s, og intet lignende var på skærmen":
        "{0} was not found within {1} s, and nothing similar was on the screen",
    "{0} passer lige godt {1} steder ({2}). Angiv forekomst, område eller nær-position i målet.":
        "{0} matches {1} places equally well ({2}). Give the occurrence, region or near position in the target.",
    "afvist ved kontrolpunktet af {0}": "rejected at the checkpoint by {0}",
    "nøgleringen har ingen adgangskode til »{0}«; gem den under Indstillinger eller med `{1} secret set {0}`":
        "the keyring has no password for “{0}”; store it in the settings or with `{1} secret set {0}`",
    "nøgleringen har intet brugernavn til »{0}«; gem det under Indstillinger eller med `{1} secret set {0}`":
        "the keyring has no user name for “{0}”; store it in the settings or with `{1} secret set {0}`",
    "{0} blev ikke stående ét sted inden for {1} s (vinduet var ved at åbne eller flytte sig); det blev sidst set {2}":
        "{0} did not stay at one place within {1} s (the window was still opening or moving); it was last seen {2}",
    "{0} ses {1} gange på skærmen, men sås {2} gange, da trinnet blev optaget ({3}). Intet blev gjort: se skærmen efter, og optag trinnet igen eller ret antal og forekomst i målet.":
        "{0} shows {1} times on the screen, but {2} times when the step was recorded ({3}). Nothing was done: check the screen, then record the step again or correct the count and occurrence in the target.",
    "sort": "black", "én farve, {0}": "one colour, {0}", "skærmen viser intet ({0})": "the screen shows nothing ({0})",
    "skærmen kunne ikke aflæses": "the screen could not be read",
    "{0} kunne ikke søges: {1}. Skærmen er måske låst, fjernforbindelsen afbrudt eller Citrix-vinduet minimeret; lås op eller forbind igen, og kør så igen.":
        "{0} could not be looked for: {1}. The screen may be locked, the remote session disconnected or the Citrix window minimised; unlock or reconnect it and run again.",
    "Antal ved optagelse": "Count when recorded",
    "stoppet af brugeren (Ctrl+C)": "stopped by the user (Ctrl+C)",
    "stoppet fra arbejdsbordet": "stopped from the workbench",
    "stoppet udefra (SIGTERM)": "stopped from outside (SIGTERM)", "stoppet af brugeren": "stopped by the user",
    "stoppet med nødstop-tasterne {0}": "stopped with the abort hotkey {0}",
    "stoppet: musen blev ført op i et hjørne af skærmen": "stopped: the pointer was moved into a screen corner",
    "brugernavnet til »{0}«": "the user name of “{0}”", "adgangskoden til »{0}«": "the password of “{0}”",
    " i feltet ved {0}": " in the field at {0}", "brugernavn": "user name",
    "linje {0}": "line {0}", "Kan ikke læses – fejl i {0}.": "Cannot be read – error in {0}.",
    "Kan ikke læses.": "Cannot be read.",
    "intet vindue med en titel, der passer til »{0}«, kom frem inden for {1} s":
        "no window whose title matches “{0}” showed within {1} s",
    "titlen »{0}« passer til {1} vinduer ({2}); intet vindue blev valgt. Gør mønsteret så præcist, at kun ét vindue passer, fx ^Titel$.":
        "the title “{0}” matches {1} windows ({2}); none was focused. Make the pattern match one window only, e.g. ^Title$.",
    "tastaturet er på {0}, ikke på et vindue fra »{1}«, som opskriften startede; intet blev skrevet. Tilføj et trin, der fokuserer vinduet.":
        "the keyboard focus is on {0}, not on a window of “{1}”, the program the recipe started; nothing was typed. Add a step that focuses the window.",
    "intet tidligere trin har valgt vinduet, der skal skrives i (et fokus-trin eller et klik); intet blev skrevet. Tilføj et trin, der fokuserer vinduet.":
        "no earlier step chose the window to type into (a focus step or a click); nothing was typed. Add a step that focuses the window.",
    "tastaturet er på et andet vindue med titlen »{0}« end det, det forrige trin valgte; intet blev skrevet":
        "the keyboard is on another window titled »{0}« than the one the previous step chose; nothing was typed",
    "et andet vindue med titlen »{0}«": "another window titled »{0}«",
    "tastaturet skiftede fra »{0}« til {1}, mens der blev skrevet; skrivningen stoppede efter {2} af {3} tegn, og intet kom i det andet vindue":
        "the keyboard moved from »{0}« to {1} while typing; typing stopped after {2} of {3} characters, and nothing went into the other window",
    "tastaturet er på {0}, ikke på »{1}«, som det forrige trin valgte; intet blev skrevet":
        "the keyboard focus is on {0}, not on “{1}”, the window the previous step chose; nothing was typed",
    "adgangen »{0}« skrives aldrig i en terminal, og tastaturet er på terminalen »{1}«; intet blev skrevet":
        "the credential “{0}” is never typed into a terminal, and the keyboard focus is on the terminal “{1}”; nothing was typed",
    "adgangen »{0}« må kun skrives i et vindue, hvis titel passer til »{1}«, og tastaturet er på »{2}«; intet blev skrevet":
        "the credential “{0}” may only be typed into a window whose title matches “{1}”, and the keyboard focus is on “{2}”; nothing was typed",
    "tastaturlayoutet mangler {0} af de tegn, der skal skrives, og har kun {1} ledige taster at låne dem":
        "the keyboard layout lacks {0} of the characters to type and has only {1} free keycodes to lend them",
    "intet vindue": "no window",
    # recording: passwords to the keyring, unsure steps, an unfinished recording
    "Trin {0}: skrevet som adgangskode – ret det, hvis det er almindelig tekst":
        "Step {0}: typed as a password – correct it if it is ordinary text",
    "Tjek optagelsen": "Check the recording",
    "Adgangskoder fra optagelsen": "Passwords from the recording",
    "Under optagelsen blev der skrevet en adgangskode ({0}). Gem den i nøgleringen, så opskriften kan køre? Den gemmes aldrig i opskriften.":
        "A password was typed during the recording ({0}). Store it in the keyring so that the recipe can run? It is never stored in the recipe.",
    "Gem i nøgleringen": "Store in the keyring", "Gem ikke": "Do not store",
    "Nøgleringen": "The keyring",
    "Nøgleringen tog ikke imod adgangskoden til »{0}«: {1}\nGem den under Indstillinger, før opskriften køres.":
        "The keyring did not take the password of “{0}”: {1}\nStore it in the settings before the recipe is run.",
    "Adgangskoden er gemt i nøgleringen: {0}": "The password is stored in the keyring: {0}",
    "Adgangskoden blev ikke gemt; gem den under Indstillinger, før opskriften køres.":
        "The password was not stored; store it in the settings before the recipe is run.",
    "Uafsluttet optagelse": "Unfinished recording",
    "Der ligger en optagelse til denne opskrift, som ikke blev afsluttet (fx fordi programmet lukkede undervejs).\n\nVil du hente dens trin ind i opskriften?":
        "There is a recording for this recipe that was not finished (for instance because the program closed in the middle).\n\nDo you want to take its steps into the recipe?",
    "Hent trinene ind": "Take the steps in", "Slet den og optag forfra": "Delete it and record anew",
    "Afslut": "Quit",
    "Kørslen kunne ikke starte: {0}.": "The run could not start: {0}.",
    "nøgleringen er låst, så adgangen »{0}« kan ikke læses. Lås nøgleringen op (log ind igen, eller åbn »Adgangskoder og nøgler« og lås »Login« op), og kør igen":
        "the keyring is locked, so the credential “{0}” cannot be read. Unlock the keyring (log in again, or open “Passwords and Keys” and unlock “Login”) and run again",
    "der er ingen nøglering at hente adgangskoden fra. Kør fra et skrivebord med en nøglering (GNOME-nøglering eller KWallet)":
        "there is no keyring to take the password from. Run from a desktop with a keyring (GNOME Keyring or KWallet)",
    "dette er en Wayland-session, og robotten kan kun se og styre programmer under X11. Log ud, og vælg en X11-session ved log ind (fx »GNOME on Xorg«)":
        "this is a Wayland session, and the robot can only see and drive programs on X11. Log out and choose an X11 session at the login screen (e.g. “GNOME on Xorg”)",
    "der er ingen skærm at køre på (DISPLAY er ikke sat eller svarer ikke)":
        "there is no screen to run on (DISPLAY is not set or does not answer)",
    "Tesseracts sprogdata for {0} mangler, så tekst på skærmen kan ikke læses. Installer pakken {1}":
        "Tesseract's language data for {0} are missing, so text on the screen cannot be read. Install the package {1}",
    # A point in a window (window and point).
    "i vinduet »{0}« ved ({1}, {2})": "in the window “{0}” at ({1}, {2})",
    "punktet ({0}, {1}) i vinduet »{2}«": "the point ({0}, {1}) in the window “{2}”",
    "titlen »{0}« passer til {1} vinduer ({2}); intet blev gjort. Gør mønsteret så præcist, at kun ét vindue passer, fx ^Titel$.":
        "the title “{0}” matches {1} windows ({2}); nothing was done. Make the pattern match one window only, e.g. ^Title$.",
    "vinduet »{0}« blev ikke stående ét sted inden for {1} s (det var ved at åbne eller flytte sig); intet blev gjort":
        "the window “{0}” did not stay at one place within {1} s (it was still opening or moving); nothing was done",
    "punktet ({0}, {1}) ligger uden for vinduet »{2}«, som nu kun er {3} × {4} punkter; intet blev gjort. Gør vinduet lige så stort som ved optagelsen, eller optag trinnet igen.":
        "the point ({0}, {1}) lies outside the window “{2}”, which is only {3} × {4} pixels now; nothing was done. Make the window as large as when the step was recorded, or record the step again.",
    "punktet ({0}, {1}) i vinduet »{2}« er dækket af vinduet »{3}«; intet blev gjort":
        "the point ({0}, {1}) in the window “{2}” is covered by the window “{3}”; nothing was done",
    "punktet ({0}, {1}) i vinduet »{2}« er dækket af noget, der ikke er et vindue (en menu eller en pop op-boks); intet blev gjort":
        "the point ({0}, {1}) in the window “{2}” is covered by something that is no window of its own (a menu or a pop-up); nothing was done",
    "»{0}« er ikke et gyldigt regulært udtryk ({1}).": "“{0}” is not a valid regular expression ({1}).",
    "Vinduestitlen må ikke være tom.": "The window title must not be empty.",
    "Et mål med et vindue er et punkt i vinduet og har hverken tekst eller billede; fjern vinduet eller teksten og billedet.":
        "A target with a window is a point in that window and has neither text nor image; remove the window, or the text and the image.",
    "Et mål med et vindue skal have et punkt: hvor i vinduet, målt fra dets øverste venstre hjørne.":
        "A target with a window needs a point: where in the window, measured from its top-left corner.",
    # review, operator and read-only views
    ' (af {0})': ' (by {0})',
    '(fjernet)': '(removed)',
    '(ingen)': '(none)',
    '(kan ikke vises)': '(cannot be shown)',
    '(ny fil – fandtes ikke)': '(new file – it did not exist)',
    ', bruger {0}': ', user {0}',
    'Adgang': 'Credential',
    'Adgangskoder, som opskriften skriver': 'Passwords the recipe types',
    'Afgørelse': 'Decision',
    'Afgørelser (hver efter et kontrolpunkt)': 'Decisions (each after a checkpoint)',
    'Anker: billede': 'Anchor: image',
    'Anker: forskydning': 'Anchor: offset',
    'Anker: nær': 'Anchor: near',
    'Anker: område': 'Anchor: region',
    'Anker: punkt': 'Anchor: point',
    'Anker: størrelse': 'Anchor: size',
    'Anker: tekst': 'Anchor: text',
    'Anker: vindue': 'Anchor: window',
    'Billede {0}': 'Image {0}',
    'Der er ingen godkendt version at sammenligne med – det er den første gennemgang. Se alle trin i »Redigér«.': 'There is no approved version to compare with – this is the first review. See every step in “Edit”.',
    'Det ændrede område er markeret med rødt.': 'The changed area is outlined in red.',
    'Du har allerede godkendt denne version.': 'You have already approved this version.',
    'Du har selv ændret opskriften siden sidste godkendelse.': 'You changed the recipe yourself since its last approval.',
    'En afgørelse mangler sit kontrolpunkt.': 'A decision lacks its checkpoint.',
    'En operatør må nu køre denne version.': 'An operator may now run this version.',
    'Fil {0}: {1}': 'File {0}: {1}',
    'Fil: {0} · version {1} · {2}': 'File: {0} · version {1} · {2}',
    'Før': 'Before',
    'Gennemgang': 'Review',
    'Gennemgang af »{0}«': 'Review of “{0}”',
    'Gennemgå': 'Review',
    'Godkend denne version': 'Approve this version',
    'Godkendelsen fra {0} er underskrevet med en nøgle, der er trukket tilbage.': 'The approval by {0} was signed with a revoked key.',
    'Godkendelsen fra {0} kan ikke efterprøves (signaturen eller nøglen passer ikke).': 'The approval by {0} cannot be verified (its signature or key does not match).',
    'Godkendt af {0} ({1} af {2}).': 'Approved by {0} ({1} of {2}).',
    'Godkendt version': 'Approved version',
    'Ikke godkendt: {0}': 'Not approved: {0}',
    'Ingen': 'None',
    'Ingen trin er markeret som afgørelse': 'No step is marked as a decision',
    'Ingen ændringer': 'No changes',
    'Kommentar til godkendelsen (valgfri)': 'Comment on the approval (optional)',
    'Kørsel': 'Run',
    'Listen over godkendere i {0} er skrevet om fra starten (denne computer så {1} som den første). Få den undersøgt, før der godkendes eller køres.': 'The list of signers in {0} was rewritten from the start (this computer saw {1} as the first). Have it checked before anything is approved or run.',
    'Nu': 'Now',
    'Nøgleringen kan ikke nås, så din underskrift kan ikke laves. Intet er godkendt. ({0})': 'The keyring cannot be reached, so your signature cannot be made. Nothing was approved. ({0})',
    'Opskriften bryder reglerne for godkendelse ({0}).': 'The recipe breaks the approval rules ({0}).',
    'Programmer, som opskriften starter': 'Programs the recipe starts',
    'Trin {0}': 'Step {0}',
    'Underskriv denne version som {0}': 'Sign this version as {0}',
    'Ventetid': 'Timeout',
    'Vindue': 'Window',
    'adgangskoden': 'the password',
    'brugernavnet': 'the user name',
    'fjernet': 'removed',
    'ny': 'new',
    'nyt': 'new',
    '{0} ({1}), efter {2}: »{3}«': '{0} ({1}), after {2}: “{3}”',
    '{0} ({1}): intet kontrolpunkt før': '{0} ({1}): no checkpoint before it',
    '{0} af {1} godkendelser af denne version': '{0} of {1} approvals of this version',
    '{0} er ikke godkender her endnu. Nøglen er lagt til en godkender, som kan optage {0} (signers add).': '{0} is not a signer here yet. The key was left for a signer, who can admit {0} (signers add).',
    '{0} har allerede godkendt denne version.': '{0} has already approved this version.',
    '{0} har ikke rollen »{1}« her.': '{0} does not hold the role “{1}” here.',
    '{0} har selv gemt en ændring siden sidste godkendelse. En anden person skal godkende den (fire øjne).': '{0} saved a change since the last approval. Another person must approve it (four eyes).',
    '{0} skriver en afgørelse uden et kontrolpunkt før sig. Ret opskriften først.': '{0} writes a decision without a checkpoint before it. Fix the recipe first.',
    '{0}: {1} til »{2}«{3}, i ethvert vindue (adgangen har ingen vinduesbinding)': '{0}: {1} of “{2}”{3}, into any window (the credential has no window binding)',
    '{0}: {1} til »{2}«{3}, kun i vinduer med titlen »{4}«': '{0}: {1} of “{2}”{3}, only into windows titled “{4}”',
    'Ændret siden sidste godkendelse af: {0}. De kan ikke selv godkende den.': 'Changed since the last approval by: {0}. They cannot approve it themselves.',
    'Ændringer siden den godkendte version': 'Changes since the approved version',
    'ændret': 'changed',
}


def main() -> int:
    here = Path(__file__).resolve().parent
    ts = here / "workbench_en.ts"
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        if source in EN:
            translation.text = EN[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    for m in sorted(set(missing)):
        print("missing English for:", repr(m), file=sys.stderr)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
