<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ActionPictures</name>
    <message>
        <location filename="../../workbench/action_pictures.py" line="58" />
        <source>brugernavn</source>
        <translation>user name</translation>
    </message>
</context>
<context>
    <name>AnchorCanvas</name>
    <message>
        <location filename="../../workbench/editor/anchor_canvas.py" line="135" />
        <source>Intet skærmbillede til dette trin.
Optag trinnet, så ses hvor det virker.</source>
        <translation>No screenshot for this step.
Record the step to see where it acts.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_canvas.py" line="35" />
        <source>Anker</source>
        <translation>Anchor</translation>
    </message>
</context>
<context>
    <name>AnchorEditor</name>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="93" />
        <source>Teksten på skærmen</source>
        <translation>The text on the screen</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="203" />
        <location filename="../../workbench/editor/anchor_editor.py" line="216" />
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="68" />
        <source>Ankeret, hvor musen trykkes ned</source>
        <translation>The anchor where the mouse button goes down</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="203" />
        <location filename="../../workbench/editor/anchor_editor.py" line="216" />
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="70" />
        <source>Ankeret, hvor musen slippes</source>
        <translation>The anchor where the mouse button is released</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="67" />
        <source>Fr&amp;a</source>
        <translation>Fro&amp;m</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="69" />
        <source>T&amp;il</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="81" />
        <source>Træk:</source>
        <translation>Drag:</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="86" />
        <source>&amp;Tekst-anker</source>
        <translation>Te&amp;xt anchor</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="87" />
        <source>&amp;Billed-anker</source>
        <translation>&amp;Image anchor</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="95" />
        <source>&amp;Læs tekst i boksen</source>
        <translation>Rea&amp;d text in the box</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="99" />
        <source>Find &amp;nu</source>
        <translation>Find &amp;now</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="100" />
        <source>Søg efter ankeret på den skærm, der vises nu (Ctrl+F)</source>
        <translation>Search for the anchor on the screen shown now (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="104" />
        <source>Vis opta&amp;get billede</source>
        <translation>&amp;Show recorded picture</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="106" />
        <source>&amp;Hele skærmen</source>
        <translation>&amp;Whole screen</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="185" />
        <source>Vælg et trin for at se dets anker.</source>
        <translation>Select a step to see its anchor.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="187" />
        <source>Dette trin har intet anker.</source>
        <translation>This step has no anchor.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="202" />
        <source>Anker</source>
        <translation>Anchor</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="213" />
        <source>Trækket starter ved Fra og slutter ved Til.</source>
        <translation>The drag starts at From and ends at To.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="215" />
        <source>Den anden ende har ingen optaget position.</source>
        <translation>The other end has no recorded position.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="221" />
        <source>klikpunkt</source>
        <translation>click point</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="222" />
        <source>klik for at sætte klikpunktet.</source>
        <translation>click to set the click point.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="224" />
        <source>her trykkes</source>
        <translation>pressed here</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="225" />
        <source>klik for at sætte, hvor musen trykkes ned.</source>
        <translation>click to set where the mouse button goes down.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="227" />
        <source>her slippes</source>
        <translation>released here</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="227" />
        <source>klik for at sætte, hvor musen slippes.</source>
        <translation>click to set where the mouse button is released.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="228" />
        <source>  &lt;span style='color:#6b7785'&gt;┅&lt;/span&gt; trækkets anden ende</source>
        <translation>  &lt;span style='color:#6b7785'&gt;┅&lt;/span&gt; the drag's other end</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="230" />
        <source>&lt;span style='color:#1f6fd1'&gt;■&lt;/span&gt; anker  &lt;span style='color:#d12f1f'&gt;✚&lt;/span&gt; {0}{1}  &lt;span style='color:#2e7d32'&gt;■&lt;/span&gt; fundet  &lt;span style='color:#ef8a00'&gt;■&lt;/span&gt; andre kandidater</source>
        <translation>&lt;span style='color:#1f6fd1'&gt;■&lt;/span&gt; anchor  &lt;span style='color:#d12f1f'&gt;✚&lt;/span&gt; {0}{1}  &lt;span style='color:#2e7d32'&gt;■&lt;/span&gt; found  &lt;span style='color:#ef8a00'&gt;■&lt;/span&gt; other candidates</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="235" />
        <source>Træk boksen for at flytte den, træk et hjørne for at ændre størrelsen, {0}</source>
        <translation>Drag the box to move it, drag a corner to resize it, {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="276" />
        <source>Flyt anker</source>
        <translation>Move anchor</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="281" />
        <source>Ankeret leder nu efter »{0}«, teksten i boksen. Ret teksten, hvis den er læst forkert.</source>
        <translation>The anchor now looks for “{0}”, the text in the box. Correct the text if it was misread.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="289" />
        <location filename="../../workbench/editor/anchor_editor.py" line="291" />
        <source>Sæt klikpunkt</source>
        <translation>Set click point</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="307" />
        <source>Ret ankertekst</source>
        <translation>Edit anchor text</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="315" />
        <source>Skriv den tekst, der står i boksen, og tryk Enter.</source>
        <translation>Type the text shown in the box and press Enter.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="318" />
        <source>Skift til tekst-anker</source>
        <translation>Switch to text anchor</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="326" />
        <source>Et billed-anker kræver et skærmbillede af trinnet.</source>
        <translation>An image anchor needs a screenshot of the step.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="340" />
        <source>Skift til billed-anker</source>
        <translation>Switch to image anchor</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="358" />
        <source>Teksten kunne ikke læses: {0}</source>
        <translation>The text could not be read: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="365" />
        <source>Foreslået tekst: »{0}«. Tryk Enter eller vælg Tekst-anker for at bruge den.</source>
        <translation>Proposed text: “{0}”. Press Enter or choose Text anchor to use it.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="368" />
        <source>Der blev ikke læst nogen tekst i boksen.</source>
        <translation>No text was read in the box.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="390" />
        <source>Søger …</source>
        <translation>Searching …</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="423" />
        <source>Kunne ikke søge: {0}</source>
        <translation>Could not search: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="453" />
        <source>Fundet ved ({0}, {1}) med score {2}.</source>
        <translation>Found at ({0}, {1}) with score {2}.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="456" />
        <source>Findes flere steder på skærmen, og robotten gætter ikke.</source>
        <translation>Found at several places on the screen, and the robot does not guess.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="458" />
        <source>Ikke fundet sikkert nok på skærmen.</source>
        <translation>Not found on the screen with enough certainty.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="460" />
        <source>Ikke fundet på skærmen, og intet lignende ses.</source>
        <translation>Not found on the screen, and nothing like it is seen.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="462" />
        <source>Robotten ser ikke arbejdsbordets egne vinduer, og de dækker stedet, hvor ankeret blev optaget: er programmet skjult bag dem? Flyt arbejdsbordet til side, og søg igen.</source>
        <translation>The robot does not see the workbench's own windows, and they cover the place where the anchor was recorded: is the program hidden behind them? Move the workbench aside and search again.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="468" />
        <source>1 anden kandidat: {0}</source>
        <translation>1 other candidate: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="471" />
        <source>1 kandidat: {0}</source>
        <translation>1 candidate: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="472" />
        <source>{0} kandidater: {1}</source>
        <translation>{0} candidates: {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/anchor_editor.py" line="469" />
        <source>{0} andre kandidater: {1}</source>
        <translation>{0} other candidates: {1}</translation>
    </message>
</context>
<context>
    <name>CheckpointDialog</name>
    <message>
        <location filename="../../workbench/running/checkpoint_dialog.py" line="68" />
        <source>Kontrolpunkt – din godkendelse</source>
        <translation>Checkpoint – your approval</translation>
    </message>
    <message>
        <location filename="../../workbench/running/checkpoint_dialog.py" line="81" />
        <source>Robotten venter. Se skærmen og værdierne efter, og afgør selv, om kørslen skal fortsætte. Robotten træffer ingen afgørelse.</source>
        <translation>The robot is waiting. Check the screen and the values, and decide yourself whether the run goes on. The robot makes no decision.</translation>
    </message>
    <message>
        <location filename="../../workbench/running/checkpoint_dialog.py" line="93" />
        <source>(intet skærmbillede)</source>
        <translation>(no screenshot)</translation>
    </message>
    <message>
        <location filename="../../workbench/running/checkpoint_dialog.py" line="96" />
        <source>Værdier</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../../workbench/running/checkpoint_dialog.py" line="99" />
        <source>&amp;Besvaret af</source>
        <translation>Answered &amp;by</translation>
    </message>
    <message>
        <location filename="../../workbench/running/checkpoint_dialog.py" line="99" />
        <source>&amp;Kommentar</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <location filename="../../workbench/running/checkpoint_dialog.py" line="100" />
        <source>&amp;Godkend</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../../workbench/running/checkpoint_dialog.py" line="100" />
        <source>&amp;Afvis</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <location filename="../../workbench/running/checkpoint_dialog.py" line="107" />
        <source>Følsom værdi – vises ikke</source>
        <translation>Sensitive value – not shown</translation>
    </message>
    <message>
        <location filename="../../workbench/running/checkpoint_dialog.py" line="111" />
        <source>Ingen værdier endnu.</source>
        <translation>No values yet.</translation>
    </message>
    <message>
        <location filename="../../workbench/running/checkpoint_dialog.py" line="113" />
        <source>Begrundelse (valgfri)</source>
        <translation>Reason (optional)</translation>
    </message>
</context>
<context>
    <name>ClickSpot</name>
    <message>
        <location filename="../../workbench/editor/click_spot.py" line="40" />
        <source>1 punkt</source>
        <translation>1 point</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/click_spot.py" line="41" />
        <source>{0} punkter</source>
        <translation>{0} points</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/click_spot.py" line="48" />
        <source>{0} til højre for</source>
        <translation>{0} right of</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/click_spot.py" line="51" />
        <source>{0} til venstre for</source>
        <translation>{0} left of</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/click_spot.py" line="54" />
        <source>{0} under</source>
        <translation>{0} below</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/click_spot.py" line="56" />
        <source>{0} over</source>
        <translation>{0} above</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/click_spot.py" line="57" />
        <source> og </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../workbench/editor/click_spot.py" line="62" />
        <source>Slipper musen</source>
        <translation>Releases the mouse</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/click_spot.py" line="64" />
        <source>Trykker musen ned</source>
        <translation>Presses the mouse</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/click_spot.py" line="66" />
        <source>Dobbeltklikker</source>
        <translation>Double-clicks</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/click_spot.py" line="68" />
        <source>Højreklikker</source>
        <translation>Right-clicks</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/click_spot.py" line="70" />
        <source>Ruller med musehjulet</source>
        <translation>Scrolls the mouse wheel</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/click_spot.py" line="71" />
        <source>Klikker</source>
        <translation>Clicks</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/click_spot.py" line="78" />
        <source>teksten »{0}«</source>
        <translation>text “{0}”</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/click_spot.py" line="80" />
        <source>billedet</source>
        <translation>the picture</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/click_spot.py" line="84" />
        <source>{0} midt på {1}.</source>
        <translation>{0} at the middle of {1}.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/click_spot.py" line="87" />
        <source>{0} på {1}, {2} midten.</source>
        <translation>{0} on {1}, {2} its middle.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/click_spot.py" line="92" />
        <source>{0} {1} {2}.</source>
        <translation>{0} {1} {2}.</translation>
    </message>
</context>
<context>
    <name>ClickSpotPicker</name>
    <message>
        <location filename="../../workbench/editor/click_spot.py" line="116" />
        <source>Klikpunkt</source>
        <translation>Click point</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/click_spot.py" line="117" />
        <source>Træk den røde markør derhen, hvor der skal klikkes (piletasterne flytter den også)</source>
        <translation>Drag the red marker to where the click should be (the arrow keys move it too)</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../workbench/console_words.py" line="33" />
        <source>({0}, {1}) score {2}</source>
        <translation>({0}, {1}) score {2}</translation>
    </message>
    <message>
        <location filename="../../workbench/console_words.py" line="36" />
        <source> skala {0}</source>
        <translation> scale {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/console_words.py" line="40" />
        <source>fundet ved {0}</source>
        <translation>found at {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/console_words.py" line="43" />
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <location filename="../../workbench/console_words.py" line="47" />
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../workbench/console_words.py" line="48" />
        <source>FEJLET</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <location filename="../../workbench/console_words.py" line="49" />
        <source>sprunget over</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../workbench/console_words.py" line="50" />
        <source>AFVIST</source>
        <translation>REJECTED</translation>
    </message>
    <message>
        <location filename="../../workbench/console_words.py" line="51" />
        <source>AFBRUDT</source>
        <translation>ABORTED</translation>
    </message>
    <message>
        <location filename="../../workbench/console_words.py" line="65" />
        <source>KONTROLPUNKT: {0}</source>
        <translation>CHECKPOINT: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/console_words.py" line="68" />
        <source>Godkend? [j/ja = godkend, alt andet = afvis]: </source>
        <translation>Approve? [y/yes = approve, anything else = reject]: </translation>
    </message>
    <message>
        <location filename="../../workbench/console_words.py" line="72" />
        <source>(intet svar: inddata sluttede)</source>
        <translation>(no answer: end of input)</translation>
    </message>
    <message>
        <location filename="../../workbench/console_words.py" line="75" />
        <source>--- række {0} af {1} ---</source>
        <translation>--- row {0} of {1} ---</translation>
    </message>
    <message>
        <location filename="../../workbench/console_words.py" line="81" />
        <source>{0}: »{1}« på {2} s</source>
        <translation>{0}: '{1}' in {2} s</translation>
    </message>
    <message>
        <location filename="../../workbench/console_words.py" line="92" />
        <source>række {0} blev ikke kørt</source>
        <translation>row {0} was not run</translation>
    </message>
    <message>
        <location filename="../../workbench/console_words.py" line="94" />
        <source>række {0}-{1} ({2} rækker) blev ikke kørt</source>
        <translation>rows {0}-{1} ({2}) were not run</translation>
    </message>
    <message>
        <location filename="../../workbench/console_words.py" line="96" />
        <source>stoppede ved række {0} af {1}: {2}</source>
        <translation>stopped at row {0} of {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../workbench/console_words.py" line="99" />
        <source> (skærmen viser intet, så de ville fejle på samme måde)</source>
        <translation> (the screen shows nothing, so they would fail the same way)</translation>
    </message>
    <message>
        <location filename="../../workbench/console_words.py" line="103" />
        <source>stop robotten når som helst med {0}, eller ved at føre musen op i et hjørne af skærmen</source>
        <translation>stop the robot at any time with {0}, or by moving the pointer into a corner of the screen</translation>
    </message>
    <message>
        <location filename="../../workbench/console_words.py" line="108" />
        <source>fejl: {0}</source>
        <translation>error: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/console_words.py" line="114" />
        <source>afbrudt: {0}</source>
        <translation>aborted: {0}</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <location filename="../../workbench/credentials_view.py" line="90" />
        <source>nøgleringen er låst</source>
        <translation>the keyring is locked</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="91" />
        <source>nøgleringen kan ikke nås</source>
        <translation>the keyring cannot be reached</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="95" />
        <source>Lås nøgleringen op (log ind igen, eller åbn »Adgangskoder og nøgler« og lås »Login« op), og prøv igen.</source>
        <translation>Unlock the keyring (log in again, or open “Passwords and Keys” and unlock “Login”), and try again.</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="97" />
        <source>Brug et skrivebord med en nøglering (GNOME-nøglering eller KWallet).</source>
        <translation>Use a desktop with a keyring (GNOME Keyring or KWallet).</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../../workbench/credentials_view.py" line="148" />
        <source>Adgange</source>
        <translation>Credentials</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="155" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="155" />
        <source>Etiket</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="155" />
        <source>Brugernavn</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="155" />
        <source>Kun i vinduet</source>
        <translation>Only in the window</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="156" />
        <source>Bruges af</source>
        <translation>Used by</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="156" />
        <source>I nøgleringen</source>
        <translation>In the keyring</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="166" />
        <source>&amp;Gem / skift adgangskode …</source>
        <translation>&amp;Store / change password …</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="167" />
        <source>&amp;Test</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="168" />
        <source>&amp;Slet fra nøgleringen</source>
        <translation>&amp;Delete from the keyring</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="169" />
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="182" />
        <source>Adgangskoder gemmes kun i styresystemets nøglering, aldrig i opskrifterne. Her ses hver adgang, som opskrifterne i biblioteket bruger.</source>
        <translation>Passwords are kept only in the operating system's keyring, never in the recipes. Here is every credential the library's recipes use.</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="192" />
        <source>Ingen opskrift i biblioteket bruger en adgang.</source>
        <translation>No recipe in the library uses a credential.</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="211" />
        <source>Adgangskoden til »{0}« blev ikke gemt: {1}.</source>
        <translation>The password for “{0}” was not saved: {1}.</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="214" />
        <source>Adgangskoden til »{0}« blev ikke slettet: {1}.</source>
        <translation>The password for “{0}” was not deleted: {1}.</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="217" />
        <source>Nøgleringen er låst, så adgangskoderne kan ikke læses her.</source>
        <translation>The keyring is locked, so the passwords cannot be read here.</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="219" />
        <source>Nøgleringen kan ikke nås, så adgangskoderne kan ikke læses her.</source>
        <translation>The keyring cannot be reached, so the passwords cannot be read here.</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="221" />
        <source>Indtil da kan opskrifterne stadig køres: ved hver kørsel spørger arbejdsbordet om adgangskoden og bruger den kun til den kørsel; den gemmes ikke.</source>
        <translation>Until then the recipes can still be run: at each run the workbench asks for the password and uses it for that run only; it is not stored.</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="233" />
        <source>ukendt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="235" />
        <source>ja, bruger {0}</source>
        <translation>yes, user {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="236" />
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="236" />
        <location filename="../../workbench/credentials_view.py" line="241" />
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="237" />
        <source>(alle)</source>
        <translation>(any)</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="277" />
        <source>Adgangskoden til »{0}« er gemt i nøgleringen.</source>
        <translation>The password for “{0}” is stored in the keyring.</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="293" />
        <source>Nøgleringen har en adgangskode til »{0}«{1}. Opskrifterne kan logge ind med den (om den er rigtig, viser først programmet).</source>
        <translation>The keyring holds a password for »{0}«{1}. The recipes can log in with it (whether it is right, only the program shows).</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="295" />
        <location filename="../../workbench/credentials_view.py" line="297" />
        <source> for brugeren {0}</source>
        <translation> for the user {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="299" />
        <source>Nøgleringen har ingen adgangskode til »{0}«{1}: en kørsel, der bruger den, stopper før første trin. Gem den med »Gem / skift adgangskode«.</source>
        <translation>The keyring holds no password for »{0}«{1}: a run that uses it stops before the first step. Store it with »Store / change password«.</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="317" />
        <source>Adgangskoden til »{0}« er slettet fra nøgleringen.</source>
        <translation>The password for »{0}« was deleted from the keyring.</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="319" />
        <source>Nøgleringen havde ingen adgangskode til »{0}«.</source>
        <translation>The keyring held no password for »{0}«.</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../../workbench/editor/page.py" line="36" />
        <source>Trin</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/page.py" line="37" />
        <source>Opskrift</source>
        <translation>Recipe</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/page.py" line="43" />
        <location filename="../../workbench/editor/page.py" line="89" />
        <source>Anker</source>
        <translation>Anchor</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/page.py" line="88" />
        <source>Anker for trin {0}</source>
        <translation>Anchor of step {0}</translation>
    </message>
</context>
<context>
    <name>FailureView</name>
    <message>
        <location filename="../../workbench/running/failure_view.py" line="43" />
        <source>Forventet anker (optaget)</source>
        <translation>Expected anchor (recorded)</translation>
    </message>
    <message>
        <location filename="../../workbench/running/failure_view.py" line="44" />
        <source>Skærmen ved fejlen – bedste kandidat markeret</source>
        <translation>The screen at the failure – best candidate marked</translation>
    </message>
    <message>
        <location filename="../../workbench/running/failure_view.py" line="46" />
        <source>&amp;Ret anker</source>
        <translation>Fi&amp;x anchor</translation>
    </message>
    <message>
        <location filename="../../workbench/running/failure_view.py" line="48" />
        <source>Prøv &amp;igen</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <location filename="../../workbench/running/failure_view.py" line="76" />
        <source>Trin {0} fejlede</source>
        <translation>Step {0} failed</translation>
    </message>
    <message>
        <location filename="../../workbench/running/failure_view.py" line="81" />
        <source>{0} (hvor trækket slutter)</source>
        <translation>{0} (where the drag ends)</translation>
    </message>
    <message>
        <location filename="../../workbench/running/failure_view.py" line="84" />
        <source>Ankeret {0} findes flere steder på skærmen, og robotten gætter ikke. Angiv forekomst, område eller nær-position.</source>
        <translation>The anchor {0} shows in several places and the robot does not guess. Give an occurrence, a region or a near position.</translation>
    </message>
    <message>
        <location filename="../../workbench/running/failure_view.py" line="88" />
        <source>Ankeret {0} blev ikke fundet sikkert nok inden for {1} s. Det bedste bud havde score {2}.</source>
        <translation>The anchor {0} was not found with enough certainty within {1} s. The best guess scored {2}.</translation>
    </message>
    <message>
        <location filename="../../workbench/running/failure_view.py" line="92" />
        <source>Ankeret {0} blev ikke fundet på skærmen inden for {1} s, og intet lignende var at se.</source>
        <translation>The anchor {0} was not found on the screen within {1} s, and nothing similar was seen.</translation>
    </message>
    <message>
        <location filename="../../workbench/running/failure_view.py" line="95" />
        <source>Trinnet kunne ikke udføres.</source>
        <translation>The step could not be carried out.</translation>
    </message>
    <message>
        <location filename="../../workbench/running/failure_view.py" line="96" />
        <source>Ukendt fejl</source>
        <translation>Unknown error</translation>
    </message>
    <message>
        <location filename="../../workbench/running/failure_view.py" line="97" />
        <source>Detaljer</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../workbench/running/failure_view.py" line="127" />
        <source>Intet skærmbillede</source>
        <translation>No screenshot</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../workbench/field_widgets.py" line="124" />
        <source>Skal være et tal, fx 2 eller 0,5.</source>
        <translation>Must be a number, e.g. 2 or 0.5.</translation>
    </message>
    <message>
        <location filename="../../workbench/field_widgets.py" line="126" />
        <source>Skal være et helt tal.</source>
        <translation>Must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../workbench/field_widgets.py" line="128" />
        <source>Skriv fire tal: x, y, bredde, højde.</source>
        <translation>Write four numbers: x, y, width, height.</translation>
    </message>
    <message>
        <location filename="../../workbench/field_widgets.py" line="130" />
        <source>Anførselstegn er ikke lukket.</source>
        <translation>A quote is not closed.</translation>
    </message>
    <message>
        <location filename="../../workbench/field_widgets.py" line="131" />
        <source>Skriv to tal adskilt af komma, fx 120, 40.</source>
        <translation>Write two numbers separated by a comma, e.g. 120, 40.</translation>
    </message>
</context>
<context>
    <name>GainsPage</name>
    <message>
        <location filename="../../workbench/history/gains.py" line="73" />
        <source>Gevinst og kvalitet</source>
        <translation>Gains and quality</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="88" />
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="90" />
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="97" />
        <location filename="../../workbench/history/gains.py" line="118" />
        <source>Sager</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="97" />
        <location filename="../../workbench/history/gains.py" line="118" />
        <location filename="../../workbench/history/gains.py" line="266" />
        <source>Lige igennem</source>
        <translation>Straight through</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="98" />
        <source>Netto timer sparet</source>
        <translation>Net hours saved</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="98" />
        <source>Årsværk</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="99" />
        <source>Kroner</source>
        <translation>Kroner</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="99" />
        <source>Timer på målt baseline</source>
        <translation>Hours on measured baseline</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="116" />
        <source>Opskrifterne med den største gevinst</source>
        <translation>The recipes with the largest gains</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="118" />
        <source>Opskrift</source>
        <translation>Recipe</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="119" />
        <source>Netto timer</source>
        <translation>Net hours</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="119" />
        <source>Robot min./sag</source>
        <translation>Robot min./case</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="119" />
        <source>Person min./sag</source>
        <translation>Person min./case</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="128" />
        <source> kr.</source>
        <translation> kr</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="132" />
        <source>Årsværk, der skal frigøres pr. år, fx 2024:3;2025:5;2026:6;2027:8</source>
        <translation>FTE to be freed per year, e.g. 2024:3;2025:5;2026:6;2027:8</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="145" />
        <source>Timer pr. årsværk</source>
        <translation>Hours per FTE</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="147" />
        <source>Timepris</source>
        <translation>Hourly cost</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="149" />
        <source>Mål (årsværk pr. år)</source>
        <translation>Target (FTE per year)</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="179" />
        <source>Skriv år:årsværk adskilt af semikolon, fx 2025:5;2026:6</source>
        <translation>Write year:FTE separated by semicolons, e.g. 2025:5;2026:6</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="207" />
        <source>{0} overdraget, {1} fejlet, {2} afbrudt</source>
        <translation>{0} handed off, {1} failed, {2} aborted</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="211" />
        <source>gjort færdige af robotten (kontrolpunkter medregnet)</source>
        <translation>finished by the robot (checkpoints included)</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="218" />
        <source>{0}: {1} af årets mål på {2} årsværk</source>
        <translation>{0}: {1} of the year's target of {2} FTE</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="257" />
        <source>Netto timer i år indtil nu</source>
        <translation>Net hours so far this year</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="261" />
        <source>Mål i år indtil nu</source>
        <translation>Target so far this year</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="290" />
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="295" />
        <source>sager (andel af dem, der ikke gik lige igennem)</source>
        <translation>cases (share of those that did not go straight through)</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="213" />
        <source>brutto {0}, personer {1}</source>
        <translation>gross {0}, people {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="81" />
        <source>Eksportér til E&amp;xcel …</source>
        <translation>Export to E&amp;xcel …</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="83" />
        <source>Eksportér &amp;CSV …</source>
        <translation>Export &amp;CSV …</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="222" />
        <source>ingen mål for året</source>
        <translation>no target for the year</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="223" />
        <source>ved {0} kr. i timen</source>
        <translation>at {0} kr an hour</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="226" />
        <source>resten indtastet eller estimeret</source>
        <translation>the rest typed in or estimated</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="228" />
        <source>1 sag er fra en opskrift uden manuel tid pr. sag og tæller ikke i timerne.</source>
        <translation>1 case is from a recipe without a manual time per case and counts in no hours.</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="230" />
        <source>{0} sager er fra opskrifter uden manuel tid pr. sag og tæller ikke i timerne.</source>
        <translation>{0} cases are from recipes without a manual time per case and count in no hours.</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="232" />
        <source>Giv opskriften en manuel tid (Redigér ▸ Opskrift, eller mål den med stopuret).</source>
        <translation>Give the recipe a manual time (Edit ▸ Recipe, or time it with the stopwatch).</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="255" />
        <source>Netto timer pr. måned</source>
        <translation>Net hours per month</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="262" />
        <source>Timer sparet mod målet</source>
        <translation>Hours saved against the target</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="266" />
        <source>Overdraget</source>
        <translation>Handed off</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="267" />
        <source>Fejlet</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="267" />
        <source>Afbrudt</source>
        <translation>Aborted</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="275" />
        <source>Sagernes udfald pr. måned (%)</source>
        <translation>Outcomes per month (%)</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="298" />
        <source>Ingen fejl i perioden</source>
        <translation>No failures in the period</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="299" />
        <source>Ingen kørsler i perioden</source>
        <translation>No runs in the period</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="303" />
        <source>Hvorfor sager ikke gik lige igennem</source>
        <translation>Why cases did not go straight through</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="327" />
        <source>Excel-projektmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="328" />
        <source>CSV til dansk Excel (*.csv)</source>
        <translation>CSV for Danish Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="329" />
        <source>Eksportér gevinstrapport</source>
        <translation>Export gains report</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="338" />
        <source>Kunne ikke eksportere</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="339" />
        <source>{0} kunne ikke skrives ({1}). Er filen åben i Excel?</source>
        <translation>{0} could not be written ({1}). Is the file open in Excel?</translation>
    </message>
    <message>
        <location filename="../../workbench/history/gains.py" line="344" />
        <source>Eksporteret: {0}</source>
        <translation>Exported: {0}</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <location filename="../../workbench/running/guided.py" line="172" />
        <source>Guidet øvelse</source>
        <translation>Guided practice</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="175" />
        <source>&amp;Jeg har tjekket det</source>
        <translation>&amp;I have checked it</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="176" />
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="177" />
        <source>&amp;Tilbage</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="178" />
        <source>&amp;Vis mig</source>
        <translation>Show &amp;me</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="179" />
        <source>Robotten gør dette ene trin, så du kan se hvordan</source>
        <translation>The robot does this one step, so you can see how</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="180" />
        <source>Spring &amp;over</source>
        <translation>S&amp;kip</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="181" />
        <source>Videre til næste trin uden at gøre dette (fx når skærmen allerede er et andet sted)</source>
        <translation>On to the next step without doing this one (e.g. when the screen is elsewhere already)</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="183" />
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="188" />
        <source>Øv i et testsystem: det, du gør, sker rigtigt i programmet.</source>
        <translation>Practise in a test system: what you do really happens in the program.</translation>
    </message>
</context>
<context>
    <name>GuidedSession</name>
    <message>
        <location filename="../../workbench/running/guided.py" line="346" />
        <source>Trin %1 af %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="353" />
        <source>Her træffes en afgørelse: den træffer du selv, robotten viser den ikke</source>
        <translation>A decision is made here: you make it yourself, the robot does not show it</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="354" />
        <source>Robotten gør dette ene trin, så du kan se hvordan</source>
        <translation>The robot does this one step, so you can see how</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="357" />
        <source>%1 – robotten gør det</source>
        <translation>%1 – the robot does it</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="360" />
        <source>Tjek det, og klik »Jeg har tjekket det«, når du har afgjort det.</source>
        <translation>Check it, and click »I have checked it« when you have decided.</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="365" />
        <source>Leder efter stedet på skærmen …</source>
        <translation>Looking for the place on the screen …</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="384" />
        <source>Det, du skal skrive: %1</source>
        <translation>What you type: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="395" />
        <source>Trin %1 af %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="441" />
        <source>1 forkert klik</source>
        <translation>1 wrong click</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="442" />
        <source>%1 forkerte klik</source>
        <translation>%1 wrong clicks</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="444" />
        <source>%1 vist af robotten</source>
        <translation>%1 shown by the robot</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="446" />
        <source>%1 sprunget over</source>
        <translation>%1 skipped</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="452" />
        <source>Færdig – godt gået!</source>
        <translation>Done – well done!</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="453" />
        <source>%1 trin: %2.</source>
        <translation>%1 steps: %2.</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="463" />
        <source>&amp;Fortsæt</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="463" />
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="467" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="467" />
        <source>Klik »Fortsæt«, når du er klar.</source>
        <translation>Click »Continue« when you are ready.</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="481" />
        <source>%1 – robotten viser det</source>
        <translation>%1 – the robot shows it</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="502" />
        <source>trinnet lykkedes ikke</source>
        <translation>the step did not succeed</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="513" />
        <source>Robotten kunne ikke: %1</source>
        <translation>The robot could not: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="566" />
        <source>%1 ses flere steder på skærmen – luk de vinduer, der ikke hører til øvelsen.</source>
        <translation>%1 shows at several places on the screen – close the windows that are not part of the practice.</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="575" />
        <source>Jeg kan ikke se %1. Er det allerede gjort (fx er du logget ind)? Så klik »Spring over«.</source>
        <translation>I cannot see %1. Is it done already (are you logged in, for example)? Then click »Skip«.</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="578" />
        <source>Jeg kan ikke se %1 på skærmen endnu – er programmet fremme?</source>
        <translation>I cannot see %1 on the screen yet – is the program in front?</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="645" />
        <source>feltet ved %1</source>
        <translation>the field at %1</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="647" />
        <source>Det var »%1« – prøv %2</source>
        <translation>That was »%1« – try %2</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="650" />
        <source>Det var ikke %1 – prøv ved den orange ramme</source>
        <translation>That was not %1 – try at the orange frame</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="685" />
        <source>en anden tast</source>
        <translation>another key</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="686" />
        <source>Det var %1 – prøv %2</source>
        <translation>That was %1 – try %2</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../workbench/history/view.py" line="80" />
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="83" />
        <source>Vis kørsler af opskriften</source>
        <translation>Show the runs of the recipe</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="89" />
        <source>Opskrift:</source>
        <translation>Recipe:</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="93" />
        <source>Startet</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="93" />
        <source>Opskrift</source>
        <translation>Recipe</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="93" />
        <source>Varighed</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="93" />
        <location filename="../../workbench/history/view.py" line="100" />
        <source>Resultat</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="94" />
        <source>Fejlet trin</source>
        <translation>Failed step</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="94" />
        <source>Kørt af</source>
        <translation>Run by</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="94" />
        <source>Måde</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="100" />
        <source>Trin</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="100" />
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="100" />
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="101" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="101" />
        <source>Besvaret af</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="101" />
        <source>Værdier</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="101" />
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="107" />
        <source>Kommentar: {0}</source>
        <translation>Comment: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="110" />
        <source>Kørsler</source>
        <translation>Runs</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="112" />
        <source>Trin i den valgte kørsel</source>
        <translation>Steps of the selected run</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="118" />
        <source>Vælg et trin med skærmbillede.</source>
        <translation>Select a step with a screenshot.</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="127" />
        <source>Klik for at se skærmbilledet i fuld størrelse</source>
        <translation>Click to see the screenshot at full size</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="156" />
        <source>Historikken kan ikke åbnes.</source>
        <translation>The history cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="177" />
        <source>Robotten gemmer et lille billede af stedet, hvor hvert trin virkede, og hele skærmen, hvor et trin fejlede, i {0} dage (Indstillinger). CPR-numre og følsomme værdier er sløret; grå felter er arbejdsbordets egne vinduer, som robotten ikke ser.</source>
        <translation>The robot keeps a small picture of the place where each step acted, and the whole screen where a step failed, for {0} days (Settings). CPR numbers and sensitive values are blurred; grey areas are the workbench's own windows, which the robot does not see.</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="199" />
        <source>Trinnet virker ikke et bestemt sted på skærmen, så der er intet billede af det.</source>
        <translation>The step does not act at a particular place on the screen, so there is no picture of it.</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="202" />
        <source>Billedet er slettet: billeder gemmes i {0} dage.</source>
        <translation>The picture was deleted: pictures are kept for {0} days.</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="205" />
        <source>Intet billede: skærmen kunne ikke læses, så CPR-numre og følsomme værdier kunne ikke sløres, og billedet blev ikke gemt.</source>
        <translation>No picture: the screen could not be read, so CPR numbers and sensitive values could not be blurred, and the picture was not kept.</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="210" />
        <source>Hele opskriften</source>
        <translation>Whole recipe</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="210" />
        <source>Fra et trin</source>
        <translation>From a step</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="211" />
        <source>Ét trin</source>
        <translation>One step</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="211" />
        <source>Trin for trin</source>
        <translation>Step through</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="231" />
        <source>Alle opskrifter</source>
        <translation>All recipes</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="254" />
        <source>Kørsel {0}: {1}, {2} trin, {3}. {4}</source>
        <translation>Run {0}: {1}, {2} steps, {3}. {4}</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="207" />
        <source>Intet skærmbillede for dette trin.</source>
        <translation>No screenshot for this step.</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="275" />
        <source>Skærmbilledet findes ikke længere.</source>
        <translation>The screenshot no longer exists.</translation>
    </message>
    <message>
        <location filename="../../workbench/history/view.py" line="290" />
        <source>Skærmbillede</source>
        <translation>Screenshot</translation>
    </message>
</context>
<context>
    <name>InputsDialog</name>
    <message>
        <location filename="../../workbench/running/inputs_dialog.py" line="13" />
        <source>Værdier til øvelsen</source>
        <translation>Values for the practice</translation>
    </message>
    <message>
        <location filename="../../workbench/running/inputs_dialog.py" line="14" />
        <source>Værdier til kørslen</source>
        <translation>Values for the run</translation>
    </message>
    <message>
        <location filename="../../workbench/running/inputs_dialog.py" line="17" />
        <source>Udfyld værdierne til øvelsen; du skriver dem selv i programmet, og robotten bruger dem kun, når du beder den vise et trin:</source>
        <translation>Fill in the values for the practice; you type them into the program yourself, and the robot uses them only when you ask it to show a step:</translation>
    </message>
    <message>
        <location filename="../../workbench/running/inputs_dialog.py" line="19" />
        <source>Udfyld værdierne, som opskriften skal bruge:</source>
        <translation>Fill in the values the recipe needs:</translation>
    </message>
    <message>
        <location filename="../../workbench/running/inputs_dialog.py" line="21" />
        <source>&amp;Start øvelsen</source>
        <translation>&amp;Start practising</translation>
    </message>
    <message>
        <location filename="../../workbench/running/inputs_dialog.py" line="21" />
        <source>&amp;Kør</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <location filename="../../workbench/running/inputs_dialog.py" line="22" />
        <source>A&amp;nnuller</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../workbench/labels.py" line="19" />
        <source>Klik</source>
        <translation>Click</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="20" />
        <source>Dobbeltklik</source>
        <translation>Double-click</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="21" />
        <source>Højreklik</source>
        <translation>Right-click</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="22" />
        <source>Skriv</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="23" />
        <source>Tast</source>
        <translation>Press</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="24" />
        <source>Rul</source>
        <translation>Scroll</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="25" />
        <source>Træk</source>
        <translation>Drag</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="26" />
        <source>Vent</source>
        <translation>Wait</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="27" />
        <source>Vent på</source>
        <translation>Wait for</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="28" />
        <source>Læs tekst</source>
        <translation>Read text</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="29" />
        <source>Forvent</source>
        <translation>Expect</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="30" />
        <source>Kontrolpunkt</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="31" />
        <source>Start program</source>
        <translation>Launch program</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="32" />
        <source>Fokusér vindue</source>
        <translation>Focus window</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="48" />
        <source>Gennemført</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="49" />
        <source>Fejlet</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="50" />
        <source>Afvist</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="51" />
        <source>Afbrudt</source>
        <translation>Aborted</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="52" />
        <source>Kører</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="53" />
        <source>Sprunget over</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="62" />
        <source>tekst »{0}«</source>
        <translation>text “{0}”</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="65" />
        <source>billede {0}</source>
        <translation>image {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="67" />
        <source>i vinduet »{0}« ved ({1}, {2})</source>
        <translation>in the window “{0}” at ({1}, {2})</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="70" />
        <source>punkt ({0}, {1})</source>
        <translation>point ({0}, {1})</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="71" />
        <source> eller </source>
        <translation> or </translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="73" />
        <source> (nr. {0})</source>
        <translation> (no. {0})</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="99" />
        <source>brugernavnet til »{0}«</source>
        <translation>the user name of “{0}”</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="101" />
        <source>adgangskoden til »{0}«</source>
        <translation>the password of “{0}”</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="106" />
        <source> i feltet ved {0}</source>
        <translation> in the field at {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="111" />
        <source>{0} hak</source>
        <translation>{0} notches</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="115" />
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="117" />
        <source>{0} forsvinder</source>
        <translation>{0} disappears</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="133" />
        <source>{0} skriver en afgørelse uden et kontrolpunkt før sig. Ret opskriften først.</source>
        <translation>{0} writes a decision without a checkpoint before it. Fix the recipe first.</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="135" />
        <source>{0} har selv gemt en ændring siden sidste godkendelse. En anden person skal godkende den (fire øjne).</source>
        <translation>{0} saved a change since the last approval. Another person must approve it (four eyes).</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="137" />
        <source>{0} har allerede godkendt denne version.</source>
        <translation>{0} has already approved this version.</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="138" />
        <source>{0} er ikke godkender her endnu. Nøglen er lagt til en godkender, som kan optage {0} (signers add).</source>
        <translation>{0} is not a signer here yet. The key was left for a signer, who can admit {0} (signers add).</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="140" />
        <source>{0} har ikke rollen »{1}« i denne opskriftsmappe.</source>
        <translation>{0} does not hold the role “{1}” in this recipe folder.</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="163" />
        <source>Anker ikke fundet</source>
        <translation>Anchor not found</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="164" />
        <source>Programmet ser anderledes ud</source>
        <translation>The program looks different</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="165" />
        <source>Ventede forgæves</source>
        <translation>Waited in vain</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="166" />
        <source>Fejl i sagens data</source>
        <translation>Error in the case's data</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="167" />
        <source>Stoppet af en person</source>
        <translation>Stopped by a person</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="168" />
        <source>Afvist ved kontrolpunkt</source>
        <translation>Rejected at a checkpoint</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="169" />
        <source>Andet</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="176" />
        <source>forfatter</source>
        <translation>author</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="177" />
        <source>godkender</source>
        <translation>reviewer</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="178" />
        <source>operatør</source>
        <translation>operator</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="179" />
        <source>elev</source>
        <translation>trainee</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="189" />
        <source>Optagelsen sluttede ikke normalt; trinene er bygget op fra dens journal.</source>
        <translation>The recording did not end normally; the steps are rebuilt from its journal.</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="192" />
        <source>Skærmen kunne ikke læses, så personoplysninger på den kunne ikke skjules, og der er ikke gemt noget billede. Trinnet klikker på det optagne sted: giv det et anker.</source>
        <translation>The screen could not be read, so personal data on it could not be hidden, and no picture was kept. The step clicks at the recorded place: give it an anchor.</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="196" />
        <source>Det, der blev klikket på, viser personoplysninger, så trinnet finder det kun ud fra et billede med dem skjult. Tjek trinnet.</source>
        <translation>What was clicked shows personal data, so the step finds it only by a picture with them hidden. Check the step.</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="199" />
        <source>billedet omkring den skelner dem</source>
        <translation>the picture around it tells them apart</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="200" />
        <source>trinnet bruger nummer {0}</source>
        <translation>the step uses number {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="201" />
        <source>Teksten »{0}« står {1} steder på skærmen; {2}.</source>
        <translation>The text »{0}« shows at {1} places on the screen; {2}.</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="204" />
        <source>Der er ingen tekst ved klikket, og billedet findes flere steder på skærmen. Tjek trinnet.</source>
        <translation>There is no text at the click, and the picture shows at several places on the screen. Check the step.</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="207" />
        <source>Adgangskoden »{0}« skrives kun i vinduet »{1}«. Gør vinduets navn bredere, hvis titlen skifter.</source>
        <translation>The password »{0}« is typed only into the window »{1}«. Widen the window's name if the title changes.</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="210" />
        <source>Adgangskoden til »{0}« blev ikke gemt. Gem den under Adgange, før opskriften køres.</source>
        <translation>The password for »{0}« was not stored. Store it under Adgange before the recipe is run.</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="213" />
        <source>Feltet »{0}« blev taget som et adgangskodefelt (»{1}«): det, der blev skrevet, er ikke gemt i opskriften.</source>
        <translation>The field »{0}« was taken as a password field (»{1}«): what was typed is not kept in the recipe.</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="217" />
        <source>Skærmen viste ikke prikker: ret det, hvis det var almindelig tekst.</source>
        <translation>The screen showed no bullets: correct it if it was ordinary text.</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="221" />
        <source>Det indtastede CPR-nummer blev til inddata »{0}«, som der spørges om ved hver kørsel.</source>
        <translation>The CPR number typed became the input »{0}«, asked for at every run.</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="224" />
        <source>Der er sat en ventetid ind, til »{0}« vises, fordi skærmen skiftede.</source>
        <translation>A wait until »{0}« shows was put in, as the screen changed.</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="143" />
        <source>Listen over godkendere i {0} er skrevet om fra starten (denne computer så {1} som den første). Få den undersøgt, før der godkendes eller køres.</source>
        <translation>The list of signers in {0} was rewritten from the start (this computer saw {1} as the first). Have it checked before anything is approved or run.</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="146" />
        <source>Godkendelsen fra {0} er underskrevet med en nøgle, der er trukket tilbage.</source>
        <translation>The approval by {0} was signed with a revoked key.</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="148" />
        <source>Godkendelsen fra {0} kan ikke efterprøves (signaturen eller nøglen passer ikke).</source>
        <translation>The approval by {0} cannot be verified (its signature or key does not match).</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="150" />
        <source>Opskriften eller en af dens filer er ændret, siden den blev godkendt (ændret: {0}).</source>
        <translation>The recipe or one of its files changed since it was approved (changed: {0}).</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="153" />
        <source>Opskriften eller et af dens billeder er ændret, siden den blev godkendt.</source>
        <translation>The recipe or one of its images changed since it was approved.</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="155" />
        <source>Ingen har godkendt denne version.</source>
        <translation>Nobody has approved this version.</translation>
    </message>
    <message>
        <location filename="../../workbench/labels.py" line="156" />
        <source>Opskriften bryder reglerne for godkendelse ({0}).</source>
        <translation>The recipe breaks the approval rules ({0}).</translation>
    </message>
    <message>
        <location filename="../../workbench/action_pictures.py" line="79" />
        <source>Godkend?</source>
        <translation>Approve?</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../workbench/library/view.py" line="149" />
        <location filename="../../workbench/library/view.py" line="179" />
        <source>Opskrifter</source>
        <translation>Recipes</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="151" />
        <source>Søg i navn og beskrivelse …</source>
        <translation>Search name and description …</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="159" />
        <source>&amp;Ny</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="160" />
        <source>Å&amp;bn</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="161" />
        <source>Kø&amp;r</source>
        <translation>R&amp;un</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="162" />
        <source>&amp;Gennemgå</source>
        <translation>Rev&amp;iew</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="163" />
        <source>Vej&amp;ledning …</source>
        <translation>&amp;Guide …</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="164" />
        <source>&amp;Oplæring …</source>
        <translation>&amp;Training …</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="166" />
        <source>&amp;Dupliker</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="167" />
        <source>O&amp;mdøb</source>
        <translation>Rena&amp;me</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="168" />
        <source>&amp;Slet</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="169" />
        <source>&amp;Papirkurv …</source>
        <translation>Tr&amp;ash …</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="197" />
        <source>Der er ingen opskrifter endnu. Klik på »Ny« for at lave den første, eller optag en arbejdsgang med »Optag«.</source>
        <translation>There are no recipes yet. Click “New” to make the first one, or record a task with “Record”.</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="202" />
        <source>&amp;Hent demo-opskrifterne</source>
        <translation>Get the demo re&amp;cipes</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="203" />
        <source>Kopierer de fire demo-opskrifter og deres fiktive programmer ind i mappen med opskrifter</source>
        <translation>Copies the four demo recipes and their fictitious programs into the recipe folder</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="249" />
        <source>Der er ingen godkendte opskrifter at køre. En opskrift vises her, når en godkender har godkendt den, og igen, når en ændret version er godkendt.</source>
        <translation>There are no approved recipes to run. A recipe shows here once a reviewer has approved it, and again once a changed version is approved.</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="259" />
        <source>Der er ingen opskrifter i mappen endnu.</source>
        <translation>There are no recipes in the folder yet.</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="312" />
        <source>Det lykkedes ikke</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="316" />
        <source>Ny opskrift</source>
        <translation>New recipe</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="316" />
        <source>Navn på den nye opskrift:</source>
        <translation>Name of the new recipe:</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="344" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="344" />
        <source>Word-dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="345" />
        <source>Webside (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="347" />
        <source>Gem vejledning</source>
        <translation>Save guide</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="367" />
        <location filename="../../workbench/library/view.py" line="372" />
        <source>Ingen vejledning</source>
        <translation>No guide</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="368" />
        <source>Billedet til trin {0} kunne ikke sløres for personoplysninger, så der er ikke skrevet nogen vejledning.</source>
        <translation>The picture of step {0} could not be masked for personal data, so no guide was written.</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="373" />
        <source>Vejledningen kunne ikke skrives: {0}</source>
        <translation>The guide could not be written: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="375" />
        <source>Vejledning gemt: {0}</source>
        <translation>Guide saved: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="421" />
        <source>Dupliker opskrift</source>
        <translation>Duplicate recipe</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="421" />
        <source>Navn på kopien:</source>
        <translation>Name of the copy:</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="422" />
        <source>{0} (kopi)</source>
        <translation>{0} (copy)</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="438" />
        <source>Omdøb opskrift</source>
        <translation>Rename recipe</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="438" />
        <source>Nyt navn:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="458" />
        <source>Slet opskrift</source>
        <translation>Delete recipe</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="459" />
        <source>Flyt »{0}« til papirkurven? Den kan hentes tilbage derfra.</source>
        <translation>Move “{0}” to the trash? It can be restored from there.</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="471" />
        <location filename="../../workbench/library/view.py" line="474" />
        <source>Papirkurv</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="471" />
        <source>Papirkurven er tom.</source>
        <translation>The trash is empty.</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="475" />
        <source>Vælg en opskrift at hente tilbage:</source>
        <translation>Choose a recipe to restore:</translation>
    </message>
</context>
<context>
    <name>LibraryPreview</name>
    <message>
        <location filename="../../workbench/library/preview.py" line="40" />
        <source>Trin i den valgte opskrift</source>
        <translation>Steps of the selected recipe</translation>
    </message>
    <message>
        <location filename="../../workbench/library/preview.py" line="56" />
        <source>Vælg en opskrift</source>
        <translation>Choose a recipe</translation>
    </message>
    <message>
        <location filename="../../workbench/library/preview.py" line="57" />
        <source>Her ses opskriftens trin, som de vil blive udført.</source>
        <translation>Here are the recipe's steps, as they will be carried out.</translation>
    </message>
    <message>
        <location filename="../../workbench/library/preview.py" line="70" />
        <source>{0} trin</source>
        <translation>{0} steps</translation>
    </message>
    <message>
        <location filename="../../workbench/library/preview.py" line="73" />
        <source>målt</source>
        <translation>measured</translation>
    </message>
    <message>
        <location filename="../../workbench/library/preview.py" line="73" />
        <source>indtastet</source>
        <translation>typed in</translation>
    </message>
    <message>
        <location filename="../../workbench/library/preview.py" line="74" />
        <source>estimeret</source>
        <translation>estimated</translation>
    </message>
    <message>
        <location filename="../../workbench/library/preview.py" line="75" />
        <source>manuel tid {0} min. pr. sag ({1})</source>
        <translation>manual time {0} min. per case ({1})</translation>
    </message>
    <message>
        <location filename="../../workbench/library/preview.py" line="78" />
        <source>inddata: {0}</source>
        <translation>inputs: {0}</translation>
    </message>
</context>
<context>
    <name>LibraryTableModel</name>
    <message>
        <location filename="../../workbench/library/view.py" line="29" />
        <source>linje {0}</source>
        <translation>line {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="31" />
        <source>Kan ikke læses – fejl i {0}.</source>
        <translation>Cannot be read – error in {0}.</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="32" />
        <source>Kan ikke læses.</source>
        <translation>Cannot be read.</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="62" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="62" />
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="62" />
        <source>Trin</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="63" />
        <source>Sidst kørt</source>
        <translation>Last run</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="63" />
        <source>Resultat</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="63" />
        <source>Godkendelse</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="79" />
        <source>Aldrig</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="104" />
        <source>Godkendt af {0}</source>
        <translation>Approved by {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="105" />
        <source>Ændret siden godkendelse</source>
        <translation>Changed since approval</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="106" />
        <source>Godkendelse ugyldig</source>
        <translation>Approval invalid</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="107" />
        <source>Ikke godkendt</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="111" />
        <source>Denne version og alle dens filer er godkendt; en operatør må køre den.</source>
        <translation>This version and all its files are approved; an operator may run it.</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="113" />
        <source>Opskriften eller et af dens billeder er ændret, siden den blev godkendt. En anden person skal godkende den igen, før en operatør må køre den.</source>
        <translation>The recipe or one of its images changed since it was approved. Another person must approve it again before an operator may run it.</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="116" />
        <source>En godkendelse kan ikke efterprøves (signaturen passer ikke, eller nøglen er trukket tilbage).</source>
        <translation>An approval cannot be verified (the signature does not match, or the key was revoked).</translation>
    </message>
    <message>
        <location filename="../../workbench/library/view.py" line="118" />
        <source>Ingen har godkendt denne version endnu (python main.py review og approve).</source>
        <translation>Nobody has approved this version yet (python main.py review and approve).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/main_window.py" line="33" />
        <location filename="../../workbench/main_window.py" line="360" />
        <source>Opskrift – arbejdsbord</source>
        <translation>Recipe workbench</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="45" />
        <source>Ingen opskrift er åben. Vælg en under »Opskrifter«.</source>
        <translation>No recipe is open. Choose one under “Recipes”.</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="54" />
        <source>Opskrifter</source>
        <translation>Recipes</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="56" />
        <location filename="../../workbench/main_window.py" line="365" />
        <source>Redigér</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="60" />
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="64" />
        <source>Gevinst</source>
        <translation>Gains</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="82" />
        <source>Opskrift – operatør</source>
        <translation>Opskrift – operator</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="85" />
        <location filename="../../workbench/main_window.py" line="507" />
        <source>Opskrifter i {0}</source>
        <translation>Recipes in {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="131" />
        <source>Åbn først den opskrift, du vil øve.</source>
        <translation>First open the recipe you want to practise.</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="145" />
        <source>Guidet øvelse</source>
        <translation>Guided practice</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="159" />
        <source>Værktøjer</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="169" />
        <source>Gem opskriften (Ctrl+S)</source>
        <translation>Save the recipe (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="178" />
        <source>Adgangskoderne, som opskrifterne bruger, i nøgleringen</source>
        <translation>The passwords the recipes use, in the keyring</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="188" />
        <source>Åbn en opskriftsfil, også uden for mappen med opskrifter (Ctrl+O)</source>
        <translation>Open a recipe file, also outside the recipe folder (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="166" />
        <source>&amp;Ny</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="168" />
        <source>&amp;Gem</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="170" />
        <source>&amp;Fortryd</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="172" />
        <source>&amp;Gentag</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="174" />
        <source>&amp;Indstillinger …</source>
        <translation>Se&amp;ttings …</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="177" />
        <source>A&amp;dgange …</source>
        <translation>&amp;Credentials …</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="181" />
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="186" />
        <source>Å&amp;bn fil …</source>
        <translation>&amp;Open file …</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="215" />
        <source>Øv &amp;guidet</source>
        <translation>&amp;Practise</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="217" />
        <source>Guidet øvelse: du gør arbejdet selv, og værkstedet viser hvor (Ctrl+G)</source>
        <translation>Guided practice: you do the work yourself, and the workbench shows where (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="238" />
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="244" />
        <source>R&amp;edigér</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="246" />
        <source>&amp;Kør</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="253" />
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="278" />
        <source>Opskriften kører</source>
        <translation>The recipe is running</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="279" />
        <source>Vent til kørslen er slut, eller stop den, før du åbner en anden opskrift.</source>
        <translation>Wait until the run ends, or stop it, before you open another recipe.</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="286" />
        <source>Opskriften kan ikke åbnes</source>
        <translation>The recipe cannot be opened</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="292" />
        <source>Ikke-gemte ændringer fundet</source>
        <translation>Unsaved changes found</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="293" />
        <source>Der er ændringer i »{0}«, som ikke blev gemt (fx fordi programmet lukkede uventet). Vil du hente dem tilbage?</source>
        <translation>There are changes to “{0}” that were not saved (for instance because the program closed unexpectedly). Do you want to restore them?</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="309" />
        <source>Åbn opskrift</source>
        <translation>Open recipe</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="310" />
        <source>Opskrifter (*.yaml *.yml)</source>
        <translation>Recipes (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="321" />
        <source>Åbnet: {0}</source>
        <translation>Opened: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="322" />
        <source>Åbnet uden for mappen med opskrifter: {0}</source>
        <translation>Opened from outside the recipe folder: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="333" />
        <source>Opskriften kører lige nu.</source>
        <translation>The recipe is running right now.</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="335" />
        <source>Opskriften er åben med ændringer, der ikke er gemt. Gem eller fortryd dem først.</source>
        <translation>The recipe is open with unsaved changes. Save or undo them first.</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="364" />
        <source>Kørsel</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="365" />
        <source>Trin</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="431" />
        <source>Fortryd: {0}</source>
        <translation>Undo: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="432" />
        <source>Gentag: {0}</source>
        <translation>Redo: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="433" />
        <source>{0}{1} – Opskrift</source>
        <translation>{0}{1} – Recipe</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="442" />
        <source>Kunne ikke gemme</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="443" />
        <source>Opskriften blev ikke gemt, og filen er uændret.

{0}</source>
        <translation>The recipe was not saved, and the file is unchanged.

{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="445" />
        <source>Gemt: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="456" />
        <source>Gem ændringer?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <location filename="../../workbench/main_window.py" line="457" />
        <source>»{0}« har ændringer, der ikke er gemt.</source>
        <translation>“{0}” has unsaved changes.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../workbench/credentials_view.py" line="63" />
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="68" />
        <source>Adgangskode til »{0}«</source>
        <translation>Password for »{0}«</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="69" />
        <source>&amp;Brugernavn</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="70" />
        <source>&amp;Adgangskode</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="71" />
        <source>G&amp;entag adgangskode</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="73" />
        <source>&amp;Gem i nøgleringen</source>
        <translation>&amp;Store in the keyring</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="74" />
        <source>A&amp;nnuller</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>RecipePanel</name>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="143" />
        <source>fx 45</source>
        <translation>e.g. 45</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="144" />
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="145" />
        <source>&amp;Beskrivelse</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="149" />
        <source>Mål med &amp;stopur …</source>
        <translation>Time with the &amp;stopwatch …</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="153" />
        <source>Manuel &amp;tid pr. sag (s)</source>
        <translation>&amp;Manual time per case (s)</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="158" />
        <location filename="../../workbench/editor/recipe_panel.py" line="163" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="150" />
        <source>Tag tid på dig selv, mens du gør sagen i hånden</source>
        <translation>Time yourself while you do the case by hand</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="158" />
        <source>Inddata</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="158" />
        <location filename="../../workbench/editor/recipe_panel.py" line="163" />
        <source>Etiket</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="159" />
        <source>Følsom</source>
        <translation>Sensitive</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="159" />
        <source>Standardværdi</source>
        <translation>Default value</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="162" />
        <source>Adgange (fra nøgleringen)</source>
        <translation>Credentials (from the keyring)</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="163" />
        <source>Brugernavn</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="166" />
        <source>&amp;Adgangskode …</source>
        <translation>&amp;Password …</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="167" />
        <source>Gem adgangskode i nøgleringen …</source>
        <translation>Store password in the keyring …</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="170" />
        <source>Adgangskoder gemmes aldrig i opskriften, kun i styresystemets nøglering.</source>
        <translation>Passwords are never stored in the recipe, only in the operating system's keyring.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="193" />
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="193" />
        <source>Adgangskode til »{0}«{1}:</source>
        <translation>Password for “{0}”{1}:</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="205" />
        <source>Nøgleringen afviste adgangskoden</source>
        <translation>The keyring refused the password</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="207" />
        <source>Gemt</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="208" />
        <source>Adgangskoden til »{0}« er gemt i nøgleringen.</source>
        <translation>The password for “{0}” is stored in the keyring.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="224" />
        <source>Kilde: indtastet. Mål tiden med stopuret, så gevinsten hviler på en måling.</source>
        <translation>Source: typed in. Time it with the stopwatch so the gains rest on a measurement.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="226" />
        <source>Ingen manuel tid: opskriftens kørsler tæller ikke i gevinsten.</source>
        <translation>No manual time: the recipe's runs do not count in the gains.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="227" />
        <source>målt</source>
        <translation>measured</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="227" />
        <source>indtastet</source>
        <translation>typed in</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="228" />
        <source>estimeret</source>
        <translation>estimated</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="229" />
        <source>Kilde: {0}</source>
        <translation>Source: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="231" />
        <source>, median af {0} målinger</source>
        <translation>, median of {0} timings</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="233" />
        <source>, af {0}</source>
        <translation>, by {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="235" />
        <source> den {0}</source>
        <translation> on {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="277" />
        <source>Ret manuel tid</source>
        <translation>Change manual time</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="280" />
        <source>Ret opskriftens felter</source>
        <translation>Edit recipe fields</translation>
    </message>
</context>
<context>
    <name>RecordController</name>
    <message>
        <location filename="../../workbench/recording/controller.py" line="195" />
        <source>Optag</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="196" />
        <source>Åbn eller opret først en opskrift; de optagne trin sættes ind i den.</source>
        <translation>First open or create a recipe; the recorded steps are inserted into it.</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="230" />
        <source>&amp;Efter trin {0}: {1}</source>
        <translation>&amp;After step {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="231" />
        <source>&amp;Først i opskriften</source>
        <translation>At the &amp;start of the recipe</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="232" />
        <source>&amp;Til sidst</source>
        <translation>At the &amp;end</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="233" />
        <location filename="../../workbench/recording/controller.py" line="278" />
        <source>A&amp;nnuller</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="263" />
        <location filename="../../workbench/recording/controller.py" line="358" />
        <source>Optagelsen starter om {0} …</source>
        <translation>Recording starts in {0} …</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="272" />
        <location filename="../../workbench/recording/controller.py" line="325" />
        <source>Uafsluttet optagelse</source>
        <translation>Unfinished recording</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="273" />
        <source>Der ligger en optagelse til denne opskrift, som ikke blev afsluttet (fx fordi programmet lukkede undervejs).

Vil du hente dens trin ind i opskriften?</source>
        <translation>There is a recording for this recipe that was not finished (for instance because the program closed in the middle).

Do you want to take its steps into the recipe?</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="276" />
        <location filename="../../workbench/recording/controller.py" line="329" />
        <source>&amp;Hent trinene ind</source>
        <translation>&amp;Take the steps in</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="277" />
        <source>&amp;Slet den og optag forfra</source>
        <translation>&amp;Delete it and record anew</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="330" />
        <source>&amp;Slet optagelsen</source>
        <translation>&amp;Delete the recording</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="331" />
        <source>S&amp;enere</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="512" />
        <source>&amp;Gem i nøgleringen</source>
        <translation>&amp;Store in the keyring</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="513" />
        <source>Gem &amp;ikke</source>
        <translation>&amp;Do not store</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="368" />
        <source>Optagelsen kunne ikke starte</source>
        <translation>The recording could not start</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="388" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="388" />
        <source>Optager</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="389" />
        <source>{0} – {1} trin</source>
        <translation>{0} – {1} steps</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="390" />
        <source>Stop også med {0}</source>
        <translation>Also stop with {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="300" />
        <location filename="../../workbench/recording/controller.py" line="417" />
        <source>Bygger opskriften …</source>
        <translation>Building the recipe …</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="183" />
        <source>Optag nye trin ind i opskriften (Ctrl+R)</source>
        <translation>Record new steps into the recipe (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="181" />
        <source>&amp;Optag</source>
        <translation>Re&amp;cord</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="225" />
        <source>Hvor skal de nye trin ind?</source>
        <translation>Where do the new steps go?</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="226" />
        <source>Opskriften har allerede {0} trin. Skal de trin, du optager nu, sættes ind efter det valgte trin, eller til sidst i opskriften?</source>
        <translation>The recipe has {0} steps already. Should the steps you record now go in after the selected step, or at the end of the recipe?</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="326" />
        <source>Der ligger en optagelse til »{0}«, som ikke blev afsluttet (fx fordi arbejdsbordet eller computeren lukkede undervejs).

Vil du hente dens trin ind sidst i opskriften nu?</source>
        <translation>There is a recording for »{0}« that was not finished (for example because the workbench or the computer closed in the middle of it).

Do you want to take its steps in at the end of the recipe now?</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="343" />
        <source>Den uafsluttede optagelse er slettet.</source>
        <translation>The unfinished recording is deleted.</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="401" />
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="405" />
        <source>For&amp;tsæt</source>
        <translation>Resu&amp;me</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="438" />
        <source>Optagelsen kunne ikke bygges</source>
        <translation>The recording could not be built</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="439" />
        <source>{0}

Intet er tabt: optagelsens journal ligger ved {1}.</source>
        <translation>{0}

Nothing is lost: the recording's journal is at {1}.</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="463" />
        <source>Kendt adgangskode?</source>
        <translation>A known password?</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="464" />
        <source>Under optagelsen blev der skrevet en adgangskode{0}. Opskriften har allerede adgangskoder. Er det en af dem?</source>
        <translation>A password was typed while recording{0}. The recipe has passwords already. Is it one of them?</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="467" />
        <source>&amp;Nej, en ny adgangskode</source>
        <translation>&amp;No, a new password</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="472" />
        <source>Brug »{0}«{1}</source>
        <translation>Use »{0}«{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="499" />
        <source>Trin {0}: skrevet som adgangskode – ret det, hvis det er almindelig tekst</source>
        <translation>Step {0}: typed as a password – correct it if it is ordinary text</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="506" />
        <source>Adgangskoder fra optagelsen</source>
        <translation>Passwords from the recording</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="507" />
        <source>Under optagelsen blev der skrevet en adgangskode ({0}). Gem den i nøgleringen, så opskriften kan køre? Den gemmes aldrig i opskriften.</source>
        <translation>A password was typed during the recording ({0}). Store it in the keyring so that the recipe can run? It is never stored in the recipe.</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="525" />
        <source>Nøgleringen</source>
        <translation>The keyring</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="526" />
        <source>Nøgleringen tog ikke imod adgangskoden til »{0}«: {1}
Gem den under Indstillinger, før opskriften køres.</source>
        <translation>The keyring did not take the password of “{0}”: {1}
Store it in the settings before the recipe is run.</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="530" />
        <source>Adgangskoden er gemt i nøgleringen: {0}</source>
        <translation>The password is stored in the keyring: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="533" />
        <source>Adgangskoden blev ikke gemt; gem den under Indstillinger, før opskriften køres.</source>
        <translation>The password was not stored; store it in the settings before the recipe is run.</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="554" />
        <source>Trin {0}: {1}</source>
        <translation>Step {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="584" />
        <source>Optag {0} trin</source>
        <translation>Record {0} steps</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="593" />
        <source>Optag trin</source>
        <translation>Record steps</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="599" />
        <source>{0} trin optaget og sat ind.</source>
        <translation>{0} steps recorded and inserted.</translation>
    </message>
</context>
<context>
    <name>RecordingControl</name>
    <message>
        <location filename="../../workbench/recording/controller.py" line="83" />
        <source>Optager</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="90" />
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="91" />
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="114" />
        <source>Stop optagelsen: {0}</source>
        <translation>Stop recording: {0}</translation>
    </message>
</context>
<context>
    <name>RecordingReview</name>
    <message>
        <location filename="../../workbench/recording/controller.py" line="125" />
        <source>Det lagde optageren mærke til</source>
        <translation>What the recorder noticed</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="127" />
        <source>Tjek disse trin, før opskriften bruges:</source>
        <translation>Check these steps before the recipe is used:</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="135" />
        <source>&amp;Gå til trinnet</source>
        <translation>&amp;Go to the step</translation>
    </message>
    <message>
        <location filename="../../workbench/recording/controller.py" line="136" />
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../workbench/library/review.py" line="33" />
        <source>Trin {0}</source>
        <translation>Step {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="42" />
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="42" />
        <source>Anker: tekst</source>
        <translation>Anchor: text</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="43" />
        <source>Anker: billede</source>
        <translation>Anchor: image</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="43" />
        <source>Anker: nær</source>
        <translation>Anchor: near</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="44" />
        <source>Anker: størrelse</source>
        <translation>Anchor: size</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="44" />
        <source>Anker: område</source>
        <translation>Anchor: region</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="45" />
        <source>Anker: forskydning</source>
        <translation>Anchor: offset</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="45" />
        <source>Anker: vindue</source>
        <translation>Anchor: window</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="46" />
        <source>Anker: punkt</source>
        <translation>Anchor: point</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="46" />
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="46" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="47" />
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="47" />
        <source>Taster</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="47" />
        <source>Kommando</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="48" />
        <source>Afgørelse</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="48" />
        <source>Adgang</source>
        <translation>Credential</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="48" />
        <source>Skærmbillede</source>
        <translation>Screenshot</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="49" />
        <source>Ventetid</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="49" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="49" />
        <source>Vindue</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="69" />
        <source>Gennemgang</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="78" />
        <source>Kommentar til godkendelsen (valgfri)</source>
        <translation>Comment on the approval (optional)</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="112" />
        <source>Gennemgang af »{0}«</source>
        <translation>Review of “{0}”</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="114" />
        <source>{0} af {1} godkendelser af denne version</source>
        <translation>{0} of {1} approvals of this version</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="117" />
        <source> (af {0})</source>
        <translation> (by {0})</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="118" />
        <source>Fil: {0} · version {1} · {2}</source>
        <translation>File: {0} · version {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="134" />
        <source>Programmer, som opskriften starter</source>
        <translation>Programs the recipe starts</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="138" />
        <location filename="../../workbench/library/review.py" line="151" />
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="139" />
        <source>Adgangskoder, som opskriften skriver</source>
        <translation>Passwords the recipe types</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="141" />
        <source>adgangskoden</source>
        <translation>the password</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="141" />
        <source>brugernavnet</source>
        <translation>the user name</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="142" />
        <source>, bruger {0}</source>
        <translation>, user {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="144" />
        <source>{0}: {1} til »{2}«{3}, kun i vinduer med titlen »{4}«</source>
        <translation>{0}: {1} of “{2}”{3}, only into windows titled “{4}”</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="147" />
        <source>{0}: {1} til »{2}«{3}, i ethvert vindue (adgangen har ingen vinduesbinding)</source>
        <translation>{0}: {1} of “{2}”{3}, into any window (the credential has no window binding)</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="152" />
        <source>Afgørelser (hver efter et kontrolpunkt)</source>
        <translation>Decisions (each after a checkpoint)</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="155" />
        <source>{0} ({1}): intet kontrolpunkt før</source>
        <translation>{0} ({1}): no checkpoint before it</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="158" />
        <source>{0} ({1}), efter {2}: »{3}«</source>
        <translation>{0} ({1}), after {2}: “{3}”</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="162" />
        <source>Ingen trin er markeret som afgørelse</source>
        <translation>No step is marked as a decision</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="164" />
        <source>Ændringer siden den godkendte version</source>
        <translation>Changes since the approved version</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="166" />
        <source>Der er ingen godkendt version at sammenligne med – det er den første gennemgang. Se alle trin i »Redigér«.</source>
        <translation>There is no approved version to compare with – this is the first review. See every step in “Edit”.</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="169" />
        <source>Ingen ændringer</source>
        <translation>No changes</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="182" />
        <source>Du har selv ændret opskriften siden sidste godkendelse.</source>
        <translation>You changed the recipe yourself since its last approval.</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="184" />
        <source>Du har allerede godkendt denne version.</source>
        <translation>You have already approved this version.</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="186" />
        <source>En afgørelse mangler sit kontrolpunkt.</source>
        <translation>A decision lacks its checkpoint.</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="189" />
        <source>Underskriv denne version som {0}</source>
        <translation>Sign this version as {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="232" />
        <source>Trin</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="232" />
        <source>Før</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="232" />
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="233" />
        <location filename="../../workbench/library/review.py" line="270" />
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="318" />
        <source>Du er nu den første godkender i {0}; godkendelser og roller der bygger på din nøgle.</source>
        <translation>You are now the first signer in {0}; approvals and roles there build on your key.</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="220" />
        <source>nyt</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="58" />
        <source>(ikke sat)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="79" />
        <source>&amp;Godkend denne version</source>
        <translation>&amp;Approve this version</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="83" />
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="125" />
        <source> og </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="127" />
        <source>Ændret siden sidste godkendelse af {0}, som derfor ikke selv kan godkende den.</source>
        <translation>Changed since the last approval by {0}, who therefore cannot approve it.</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="131" />
        <source>Ændret uden for arbejdsbordet (det vides ikke af hvem): se ændringerne nedenfor godt igennem.</source>
        <translation>Changed outside the workbench (by whom is not known): look through the changes below carefully.</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="220" />
        <location filename="../../workbench/library/review.py" line="256" />
        <source>ændret</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="220" />
        <location filename="../../workbench/library/review.py" line="257" />
        <source>fjernet</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="256" />
        <source>ny</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="258" />
        <source>Fil {0}: {1}</source>
        <translation>File {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="264" />
        <source>Billede {0}</source>
        <translation>Image {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="269" />
        <source>Godkendt version</source>
        <translation>Approved version</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="269" />
        <source>(ny fil – fandtes ikke)</source>
        <translation>(new file – it did not exist)</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="270" />
        <source>(fjernet)</source>
        <translation>(removed)</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="278" />
        <source>(kan ikke vises)</source>
        <translation>(cannot be shown)</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="288" />
        <source>Det ændrede område er markeret med rødt.</source>
        <translation>The changed area is outlined in red.</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="306" />
        <source>Ikke godkendt: {0}</source>
        <translation>Not approved: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="309" />
        <source>Nøgleringen kan ikke nås, så din underskrift kan ikke laves. Intet er godkendt. ({0})</source>
        <translation>The keyring cannot be reached, so your signature cannot be made. Nothing was approved. ({0})</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="313" />
        <source>Godkendt af {0} ({1} af {2}).</source>
        <translation>Approved by {0} ({1} of {2}).</translation>
    </message>
    <message>
        <location filename="../../workbench/library/review.py" line="316" />
        <source>En operatør må nu køre denne version.</source>
        <translation>An operator may now run this version.</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <location filename="../../workbench/running/bar.py" line="29" />
        <source>Opskrift kører</source>
        <translation>Opskrift is running</translation>
    </message>
    <message>
        <location filename="../../workbench/running/bar.py" line="41" />
        <source>&amp;Næste trin</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <location filename="../../workbench/running/bar.py" line="42" />
        <location filename="../../workbench/running/bar.py" line="72" />
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../workbench/running/bar.py" line="43" />
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location filename="../../workbench/running/bar.py" line="73" />
        <source>Starter …</source>
        <translation>Starting …</translation>
    </message>
    <message>
        <location filename="../../workbench/running/bar.py" line="78" />
        <source>Nødstop: {0}</source>
        <translation>Abort: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/running/bar.py" line="79" />
        <source>Nødstop: tryk {0} eller før musen helt op i et hjørne af skærmen.</source>
        <translation>Emergency stop: press {0} or push the mouse into a corner of the screen.</translation>
    </message>
    <message>
        <location filename="../../workbench/running/bar.py" line="93" />
        <source>Trin {0} af {1}</source>
        <translation>Step {0} of {1}</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <location filename="../../workbench/running/controller.py" line="89" />
        <source>Kør</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="91" />
        <source>Kør hele opskriften (F5)</source>
        <translation>Run the whole recipe (F5)</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="112" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="189" />
        <source>Opskriften har ændringer, der ikke er gemt og godkendt.</source>
        <translation>The recipe has changes that are not saved and approved.</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="200" />
        <source>Kan ikke køres</source>
        <translation>Cannot be run</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="201" />
        <source>Opskriften »{0}« køres ikke:
{1}

Bed en godkender se den igennem.</source>
        <translation>The recipe »{0}« is not run:
{1}

Ask a reviewer to look it over.</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="217" />
        <source>Vælg datafil</source>
        <translation>Choose a data file</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="218" />
        <source>Datafiler (*.csv)</source>
        <translation>Data files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="224" />
        <location filename="../../workbench/running/controller.py" line="229" />
        <source>Datafilen kan ikke bruges</source>
        <translation>The data file cannot be used</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="230" />
        <source>Kolonnen »{0}« mangler eller er tom i en række.</source>
        <translation>The column »{0}« is missing or empty in a row.</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="275" />
        <source>Nødstop: tryk {0} eller før musen helt op i et hjørne af skærmen.</source>
        <translation>Emergency stop: press {0} or push the mouse into a corner of the screen.</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="334" />
        <source>Sat på pause.</source>
        <translation>Paused.</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="94" />
        <source>&amp;Kør hele opskriften</source>
        <translation>&amp;Run the whole recipe</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="96" />
        <source>Kør &amp;fra valgt trin</source>
        <translation>Run &amp;from selected step</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="98" />
        <source>Kør k&amp;un valgt trin</source>
        <translation>Run &amp;only the selected step</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="100" />
        <source>Kør med &amp;datafil …</source>
        <translation>Run with a &amp;data file …</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="103" />
        <source>&amp;Trin for trin</source>
        <translation>Step &amp;through</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="111" />
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="140" />
        <source>Kør &amp;fra dette trin</source>
        <translation>Run &amp;from this step</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="141" />
        <source>Kør &amp;kun dette trin</source>
        <translation>Run &amp;only this step</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="333" />
        <source>For&amp;tsæt</source>
        <translation>Resu&amp;me</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="338" />
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="345" />
        <source>Stopper …</source>
        <translation>Stopping …</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="360" />
        <source>Trin {0}: {1} …</source>
        <translation>Step {0}: {1} …</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="375" />
        <source> – fundet ved ({0}, {1}), score {2}</source>
        <translation> – found at ({0}, {1}), score {2}</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="379" />
        <source>Trin {0}: {1} ({2} s){3}</source>
        <translation>Step {0}: {1} ({2} s){3}</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="387" />
        <source>Venter – tryk Næste trin</source>
        <translation>Waiting – press Next step</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="388" />
        <source>{0} – tryk Næste trin</source>
        <translation>{0} – press Next step</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="434" />
        <source>Række {0} af {1}</source>
        <translation>Row {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="448" />
        <source>Række {0}: {1}</source>
        <translation>Row {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="454" />
        <source>Række {0} blev ikke kørt</source>
        <translation>Row {0} was not run</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="455" />
        <source>Række {0}–{1} blev ikke kørt</source>
        <translation>Rows {0}–{1} were not run</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="456" />
        <source> (programmet kan stå midt i en sag: robotten gætter ikke, hvordan den skal fortsætte).</source>
        <translation> (the program may be in the middle of a case: the robot does not guess how to go on).</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="459" />
        <source>Kørsel med datafil</source>
        <translation>Run with a data file</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="460" />
        <source>{0} af {1} rækker gennemført.</source>
        <translation>{0} of {1} rows completed.</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="479" />
        <source>Alle trin gennemført.</source>
        <translation>All steps passed.</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="481" />
        <source>Trin {0} ({1}) fejlede – se årsagen nedenfor.</source>
        <translation>Step {0} ({1}) failed – see the reason below.</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="484" />
        <source>Afvist ved et kontrolpunkt.</source>
        <translation>Rejected at a checkpoint.</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="486" />
        <source>Stoppet af brugeren.</source>
        <translation>Stopped by the user.</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="497" />
        <source>Kørslen kunne ikke starte: {0}.</source>
        <translation>The run could not start: {0}.</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="499" />
        <source>Kørslen kunne ikke gennemføres: {0}</source>
        <translation>The run could not be carried out: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="519" />
        <source>Kontrolpunkt {0} af {1}.</source>
        <translation>Checkpoint {0} by {1}.</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="520" />
        <source>godkendt</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="520" />
        <source>afvist</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="541" />
        <source>Adgangskoden til »{0}« er skrevet til denne kørsel; den gemmes ikke.</source>
        <translation>The password for “{0}” was typed for this run; it is not stored.</translation>
    </message>
    <message>
        <location filename="../../workbench/running/controller.py" line="543" />
        <source>Ingen adgangskode til »{0}«.</source>
        <translation>No password for “{0}”.</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../../workbench/running/panel.py" line="21" />
        <source>Klar</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../workbench/running/panel.py" line="28" />
        <location filename="../../workbench/running/panel.py" line="67" />
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../workbench/running/panel.py" line="29" />
        <source>&amp;Næste trin</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <location filename="../../workbench/running/panel.py" line="30" />
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location filename="../../workbench/running/panel.py" line="32" />
        <source>&amp;Log</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <location filename="../../workbench/running/panel.py" line="36" />
        <source>Kørsel:</source>
        <translation>Run:</translation>
    </message>
    <message>
        <location filename="../../workbench/running/panel.py" line="88" />
        <source>Kørslen starter ved trin {0}.</source>
        <translation>The run starts at step {0}.</translation>
    </message>
    <message>
        <location filename="../../workbench/running/panel.py" line="92" />
        <source>Trin {0} af {1}</source>
        <translation>Step {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/running/panel.py" line="101" />
        <source>Kørslen sluttede: {0}. {1}</source>
        <translation>The run ended: {0}. {1}</translation>
    </message>
</context>
<context>
    <name>RunPasswordDialog</name>
    <message>
        <location filename="../../workbench/credentials_view.py" line="107" />
        <source>Adgangskode til denne kørsel</source>
        <translation>Password for this run</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="109" />
        <source>Nøgleringen er låst, så adgangskoden til »{0}« kan ikke hentes derfra.</source>
        <translation>The keyring is locked, so the password for “{0}” cannot be taken from it.</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="110" />
        <source>Arbejdsbordet kan ikke nå nogen nøglering, så adgangskoden til »{0}« kan ikke hentes derfra.</source>
        <translation>The workbench cannot reach a keyring, so the password for “{0}” cannot be taken from it.</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="113" />
        <source>Skriv den her for at køre nu. Den bruges kun til denne kørsel og gemmes ikke – hverken i nøgleringen, i opskriften eller i historikken.</source>
        <translation>Type it here to run now. It is used for this run only and stored nowhere – not in the keyring, the recipe or the history.</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="119" />
        <source>&amp;Brugernavn</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="120" />
        <source>&amp;Adgangskode</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="122" />
        <source>&amp;Kør med adgangskoden</source>
        <translation>&amp;Run with this password</translation>
    </message>
    <message>
        <location filename="../../workbench/credentials_view.py" line="123" />
        <source>A&amp;nnuller</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>RunText</name>
    <message>
        <location filename="../../workbench/run_words.py" line="56" />
        <source>teksten »{0}«</source>
        <translation>text “{0}”</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="59" />
        <source>billedet {0}</source>
        <translation>image {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="64" />
        <source>punktet ({0}, {1}) i vinduet »{2}«</source>
        <translation>the point ({0}, {1}) in the window “{2}”</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="70" />
        <source> eller </source>
        <translation> or </translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="85" />
        <source>ved ({0}, {1}) med score {2}</source>
        <translation>at ({0}, {1}) with score {2}</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="164" />
        <source>intet vindue med en titel, der passer til »{0}«, kom frem inden for {1} s</source>
        <translation>no window whose title matches “{0}” showed within {1} s</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="170" />
        <source>titlen »{0}« passer til {1} vinduer ({2}); intet vindue blev valgt. Gør mønsteret så præcist, at kun ét vindue passer, fx ^Titel$.</source>
        <translation>the title “{0}” matches {1} windows ({2}); none was focused. Make the pattern match one window only, e.g. ^Title$.</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="208" />
        <source>tastaturet er på {0}, ikke på et vindue fra »{1}«, som opskriften startede; intet blev skrevet. Tilføj et trin, der fokuserer vinduet.</source>
        <translation>the keyboard focus is on {0}, not on a window of “{1}”, the program the recipe started; nothing was typed. Add a step that focuses the window.</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="213" />
        <source>intet tidligere trin har valgt vinduet, der skal skrives i (et fokus-trin eller et klik); intet blev skrevet. Tilføj et trin, der fokuserer vinduet.</source>
        <translation>no earlier step chose the window to type into (a focus step or a click); nothing was typed. Add a step that focuses the window.</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="218" />
        <source>tastaturet er på et andet vindue med titlen »{0}« end det, det forrige trin valgte; intet blev skrevet</source>
        <translation>the keyboard is on another window titled “{0}” than the one the previous step chose; nothing was typed</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="226" />
        <source>et andet vindue med titlen »{0}«</source>
        <translation>another window titled »{0}«</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="230" />
        <source>tastaturet skiftede fra »{0}« til {1}, mens der blev skrevet; skrivningen stoppede efter {2} af {3} tegn, og intet kom i det andet vindue</source>
        <translation>the keyboard moved from “{0}” to {1} while typing; typing stopped after {2} of {3} characters, and nothing went into the other window</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="221" />
        <source>tastaturet er på {0}, ikke på »{1}«, som det forrige trin valgte; intet blev skrevet</source>
        <translation>the keyboard focus is on {0}, not on “{1}”, the window the previous step chose; nothing was typed</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="236" />
        <source>adgangen »{0}« skrives aldrig i en terminal, og tastaturet er på terminalen »{1}«; intet blev skrevet</source>
        <translation>the credential “{0}” is never typed into a terminal, and the keyboard focus is on the terminal “{1}”; nothing was typed</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="240" />
        <source>adgangen »{0}« må kun skrives i et vindue, hvis titel passer til »{1}«, og tastaturet er på »{2}«; intet blev skrevet</source>
        <translation>the credential “{0}” may only be typed into a window whose title matches “{1}”, and the keyboard focus is on “{2}”; nothing was typed</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="245" />
        <source>tastaturlayoutet mangler {0} af de tegn, der skal skrives, og har kun {1} ledige taster at låne dem</source>
        <translation>the keyboard layout lacks {0} of the characters to type and has only {1} free keycodes to lend them</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="174" />
        <source>titlen »{0}« passer til {1} vinduer ({2}); intet blev gjort. Gør mønsteret så præcist, at kun ét vindue passer, fx ^Titel$.</source>
        <translation>the title “{0}” matches {1} windows ({2}); nothing was done. Make the pattern match one window only, e.g. ^Title$.</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="179" />
        <source>vinduet »{0}« blev ikke stående ét sted inden for {1} s (det var ved at åbne eller flytte sig); intet blev gjort</source>
        <translation>the window “{0}” did not stay at one place within {1} s (it was still opening or moving); nothing was done</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="184" />
        <source>punktet ({0}, {1}) ligger uden for vinduet »{2}«, som nu kun er {3} × {4} punkter; intet blev gjort. Gør vinduet lige så stort som ved optagelsen, eller optag trinnet igen.</source>
        <translation>the point ({0}, {1}) lies outside the window “{2}”, which is only {3} × {4} pixels now; nothing was done. Make the window as large as when the step was recorded, or record the step again.</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="191" />
        <source>punktet ({0}, {1}) i vinduet »{2}« er dækket af vinduet »{3}«; intet blev gjort</source>
        <translation>the point ({0}, {1}) in the window “{2}” is covered by the window “{3}”; nothing was done</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="194" />
        <source>punktet ({0}, {1}) i vinduet »{2}« er dækket af noget, der ikke er et vindue (en menu eller en pop op-boks); intet blev gjort</source>
        <translation>the point ({0}, {1}) in the window “{2}” is covered by something that is no window of its own (a menu or a pop-up); nothing was done</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="41" />
        <source>intet vindue</source>
        <translation>no window</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="483" />
        <source> (set før kørslen startede; intet blev gjort)</source>
        <translation> (checked before the run started; nothing was done)</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="116" />
        <source>{0} blev ikke fundet inden for {1} s; det bedste bud var {2}</source>
        <translation>{0} was not found within {1} s; the best candidate was {2}</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="119" />
        <source>{0} blev ikke fundet inden for {1} s, og intet lignende var på skærmen</source>
        <translation>{0} was not found within {1} s, and nothing similar was on the screen</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="128" />
        <source>{0} passer lige godt {1} steder ({2}). Angiv forekomst, område eller nær-position i målet.</source>
        <translation>{0} matches {1} places equally well ({2}). Give the occurrence, region or near position in the target.</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="123" />
        <source>{0} blev ikke stående ét sted inden for {1} s (vinduet var ved at åbne eller flytte sig); det blev sidst set {2}</source>
        <translation>{0} did not stay at one place within {1} s (the window was still opening or moving); it was last seen {2}</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="133" />
        <source>{0} ses {1} gange på skærmen, men sås {2} gange, da trinnet blev optaget ({3}). Intet blev gjort: se skærmen efter, og optag trinnet igen eller ret antal og forekomst i målet.</source>
        <translation>{0} shows {1} times on the screen, but {2} times when the step was recorded ({3}). Nothing was done: check the screen, then record the step again or correct the count and occurrence in the target.</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="149" />
        <source>sort</source>
        <translation>black</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="150" />
        <source>én farve, {0}</source>
        <translation>one colour, {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="153" />
        <source>skærmen viser intet ({0})</source>
        <translation>the screen shows nothing ({0})</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="144" />
        <source>skærmen kunne ikke aflæses</source>
        <translation>the screen could not be read</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="155" />
        <source>{0} kunne ikke søges: {1}. Skærmen er måske låst, fjernforbindelsen afbrudt eller Citrix-vinduet minimeret; lås op eller forbind igen, og kør så igen.</source>
        <translation>{0} could not be looked for: {1}. The screen may be locked, the remote session disconnected or the Citrix window minimised; unlock or reconnect it and run again.</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="353" />
        <source>afvist ved kontrolpunktet af {0}</source>
        <translation>rejected at the checkpoint by {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="391" />
        <source>stoppet af brugeren (Ctrl+C)</source>
        <translation>stopped by the user (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="394" />
        <source>stoppet fra arbejdsbordet</source>
        <translation>stopped from the workbench</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="397" />
        <source>stoppet udefra (SIGTERM)</source>
        <translation>stopped from outside (SIGTERM)</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="405" />
        <source>stoppet af brugeren</source>
        <translation>stopped by the user</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="400" />
        <source>stoppet med nødstop-tasterne {0}</source>
        <translation>stopped with the abort hotkey {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="31" />
        <source>,</source>
        <comment>decimal sign</comment>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="36" />
        <source>»{0}«</source>
        <translation>“{0}”</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="68" />
        <source>punktet ({0}, {1})</source>
        <translation>the point ({0}, {1})</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="74" />
        <source> (forekomst {0})</source>
        <translation> (occurrence {0})</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="77" />
        <source>trækkets slutpunkt, {0}</source>
        <translation>the drag's end, {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="104" />
        <source>trin {0} »{1}«</source>
        <translation>step {0} “{1}”</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="106" />
        <source>trin {0}</source>
        <translation>step {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="137" />
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="140" />
        <source>{0} var stadig på skærmen efter {1} s</source>
        <translation>{0} was still on the screen after {1} s</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="199" />
        <source>vinduet er væk</source>
        <translation>the window is gone</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="249" />
        <source>en tast (Ctrl, Shift, Alt eller AltGr) blev holdt nede på tastaturet i {0} s, så robotten skrev intet: slip den, og prøv igen</source>
        <translation>a key (Ctrl, Shift, Alt or AltGr) was held down on the keyboard for {0} s, so the robot typed nothing: let go of it and try again</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="254" />
        <source>tasten »{0}« findes ikke; brug et navn som Return eller F4</source>
        <translation>there is no key “{0}”; use a name such as Return or F4</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="259" />
        <source>tastaturlayoutet har ingen {0}-tast til »{1}«</source>
        <translation>the keyboard layout has no {0} key for “{1}”</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="262" />
        <source>tastaturlayoutet har ingen {0}-tast</source>
        <translation>the keyboard layout has no {0} key</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="265" />
        <source>tastekombinationen {0} nævner et tegn, der ikke er på nogen tast i dette tastaturlayout</source>
        <translation>the key combination {0} names a character that is on no key of this keyboard layout</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="269" />
        <source>Windows afviste robottens input (et andet program kører måske som administrator, eller skærmen er låst)</source>
        <translation>Windows refused the robot's input (another program may be running as administrator, or the screen is locked)</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="273" />
        <source>ukendt museknap »{0}«</source>
        <translation>unknown mouse button “{0}”</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="281" />
        <source>programmet »{0}« blev stoppet af signal {1} lige efter, at det blev startet</source>
        <translation>the program “{0}” was killed by signal {1} just after it was started</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="285" />
        <source>programmet »{0}« stoppede med afslutningskode {1} lige efter, at det blev startet</source>
        <translation>the program “{0}” stopped with exit status {1} just after it was started</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="289" />
        <source>; dets sidste fejludskrift: {0}</source>
        <translation>; its last error output: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="291" />
        <source> (det skrev ingen fejludskrift)</source>
        <translation> (it wrote no error output)</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="294" />
        <source>programmet »{0}« kunne ikke startes: det blev ikke fundet. Installer det, eller ret kommandoen i opskriften.</source>
        <translation>the program “{0}” could not be started: it was not found. Install it or correct the command in the recipe.</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="298" />
        <source>programmet »{0}« kunne ikke startes: {1}</source>
        <translation>the program “{0}” could not be started: {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="302" />
        <source>et start-trin skal have en kommando</source>
        <translation>a launch step needs a command</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="307" />
        <source>denne kørsel kan ikke starte programmer (intet skrivebord)</source>
        <translation>this run cannot start programs (no desktop)</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="310" />
        <source>denne kørsel kan ikke vælge vinduer (intet skrivebord)</source>
        <translation>this run cannot focus windows (no desktop)</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="313" />
        <source>denne kørsel kan ikke se, hvilket vindue tastaturet er på (intet skrivebord); intet blev skrevet</source>
        <translation>this run cannot tell which window has the keyboard (no desktop); nothing was typed</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="316" />
        <source>denne kørsel kan ikke finde vinduer (intet skrivebord)</source>
        <translation>this run cannot find windows (no desktop)</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="319" />
        <source>der er ingen tekstgenkendelse (OCR) til at læse tekst med</source>
        <translation>there is no text recognition (OCR) to read text with</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="322" />
        <source>handlingen »{0}« kan endnu ikke afspilles</source>
        <translation>the action “{0}” cannot be replayed yet</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="331" />
        <source>Windows Legitimationsstyring har intet brugernavn til »{0}«; gem det under Indstillinger eller med `{1}`</source>
        <translation>Windows Credential Manager has no user name for “{0}”; store it under Settings or with `{1}`</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="334" />
        <source>nøgleringen har intet brugernavn til »{0}«; gem det under Indstillinger eller med `{1}`</source>
        <translation>the keyring has no user name for “{0}”; store it under Settings or with `{1}`</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="338" />
        <source>Windows Legitimationsstyring har ingen adgangskode til »{0}«; gem den under Indstillinger eller med `{1}`</source>
        <translation>Windows Credential Manager has no password for “{0}”; store it under Settings or with `{1}`</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="341" />
        <source>nøgleringen har ingen adgangskode til »{0}«; gem den under Indstillinger eller med `{1}`</source>
        <translation>the keyring has no password for “{0}”; store it under Settings or with `{1}`</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="346" />
        <source>denne kørsel har ingen nøglering; adgangskoder kan ikke skrives</source>
        <translation>this run has no keyring; passwords cannot be typed</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="349" />
        <source>værdien »{0}« blev ændret ved kontrolpunktet, hvor en del af den er skjult; skriv den helt, eller lad de skjulte dele stå, som de er</source>
        <translation>the value “{0}” was changed at the checkpoint where part of it is hidden; type it in full or leave the hidden parts as they are</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="357" />
        <source>der var ingen til at svare ved kontrolpunktet; afvist</source>
        <translation>no one was there to answer the checkpoint; rejected</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="362" />
        <source>siden {0}, afgørelsen før det</source>
        <translation>since {0}, the decision before it</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="365" />
        <source>kørslen starter ved det</source>
        <translation>the run starts at it</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="368" />
        <source>siden {0}, hvor kørslen starter</source>
        <translation>since {0}, where the run starts</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="371" />
        <source>fra opskriftens start</source>
        <translation>from the start of the recipe</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="373" />
        <source>{0} skriver en afgørelse i sagen, men intet kontrolpunkt spørger en person først ({1})</source>
        <translation>{0} writes a decision on the case, but no checkpoint asks a person first ({1})</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="378" />
        <source>; kontrolpunktet {0} spørges kun ved den første sag</source>
        <translation>; the checkpoint {0} is asked for the first case only</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="381" />
        <source>; kontrolpunktet {0} springes over, når det afvises</source>
        <translation>; the checkpoint {0} is skipped when it is rejected</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="383" />
        <source>; tilføj et kontrolpunkt lige før det</source>
        <translation>; add a checkpoint just before it</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="403" />
        <source>stoppet: musen blev ført op i et hjørne af skærmen</source>
        <translation>stopped: the pointer was moved into a screen corner</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="410" />
        <source>nøgleringen er låst, så adgangen »{0}« kan ikke læses. Lås nøgleringen op (log ind igen, eller åbn »Adgangskoder og nøgler« og lås »Login« op), og kør igen</source>
        <translation>the keyring is locked, so the credential “{0}” cannot be read. Unlock the keyring (log in again, or open “Passwords and Keys” and unlock “Login”) and run again</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="420" />
        <source>der er ingen nøglering at hente adgangskoden fra. Kør fra et skrivebord med en nøglering (GNOME-nøglering eller KWallet)</source>
        <translation>there is no keyring to take the password from. Run from a desktop with a keyring (GNOME Keyring or KWallet)</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="425" />
        <source>dette er en Wayland-session, og robotten kan kun se og styre programmer under X11. Log ud, og vælg en X11-session ved log ind (fx »GNOME on Xorg«)</source>
        <translation>this is a Wayland session, and the robot can only see and drive programs on X11. Log out and choose an X11 session at the login screen (e.g. “GNOME on Xorg”)</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="429" />
        <source>der er ingen skærm at køre på (DISPLAY er ikke sat eller svarer ikke)</source>
        <translation>there is no screen to run on (DISPLAY is not set or does not answer)</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="432" />
        <source>Tesseracts sprogdata for {0} mangler, så tekst på skærmen kan ikke læses. Installer pakken {1}</source>
        <translation>Tesseract's language data for {0} are missing, so text on the screen cannot be read. Install the package {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="437" />
        <source>programmet, der kørte den, sluttede, før den var færdig (det blev lukket eller stoppet undervejs)</source>
        <translation>the program running it ended before it was done (it was closed or stopped on the way)</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="443" />
        <source>uventet fejl: {0}</source>
        <translation>unexpected error: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="450" />
        <source>, linje {0}</source>
        <translation>, line {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="453" />
        <source>opskriften er ikke gyldig: {0}</source>
        <translation>the recipe is not valid: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="480" />
        <source> (skærmbilledet blev ikke gemt: det kunne ikke sløres)</source>
        <translation> (the screenshot was not kept: it could not be masked)</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="519" />
        <source>Kørslen blev afbrudt: {0}.</source>
        <translation>The run was cut off: {0}.</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="525" />
        <source>Kørslen kunne ikke starte: {0}.</source>
        <translation>The run could not start: {0}.</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="542" />
        <source>Læste »{0}«: {1}</source>
        <translation>Read »{0}«: {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/run_words.py" line="546" />
        <source>Trin {0}: forsøg {1} lykkedes ikke ({2}); prøver igen</source>
        <translation>Step {0}: attempt {1} failed ({2}); trying again</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../workbench/settings_dialog.py" line="23" />
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../workbench/settings_dialog.py" line="26" />
        <source>Dansk og engelsk</source>
        <translation>Danish and English</translation>
    </message>
    <message>
        <location filename="../../workbench/settings_dialog.py" line="26" />
        <source>Dansk</source>
        <translation>Danish</translation>
    </message>
    <message>
        <location filename="../../workbench/settings_dialog.py" line="27" />
        <source>Engelsk</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../workbench/settings_dialog.py" line="41" />
        <source>Tasterne, der stopper en optagelse (vises på optagelsens kontrol)</source>
        <translation>The keys that stop a recording (shown on the recording control)</translation>
    </message>
    <message>
        <location filename="../../workbench/settings_dialog.py" line="45" />
        <source>Væ&amp;lg …</source>
        <translation>C&amp;hoose …</translation>
    </message>
    <message>
        <location filename="../../workbench/settings_dialog.py" line="58" />
        <source>Minimé&amp;r arbejdsbordet, mens robotten kører</source>
        <translation>&amp;Minimise the workbench while the robot runs</translation>
    </message>
    <message>
        <location filename="../../workbench/settings_dialog.py" line="66" />
        <source>&amp;OCR-sprog</source>
        <translation>&amp;OCR languages</translation>
    </message>
    <message>
        <location filename="../../workbench/settings_dialog.py" line="67" />
        <source>Standard-&amp;ventetid pr. trin</source>
        <translation>&amp;Default timeout per step</translation>
    </message>
    <message>
        <location filename="../../workbench/settings_dialog.py" line="68" />
        <source>Nø&amp;dstop-tast (kørsel)</source>
        <translation>&amp;Abort keys (run)</translation>
    </message>
    <message>
        <location filename="../../workbench/settings_dialog.py" line="60" />
        <source> dage</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../workbench/settings_dialog.py" line="62" />
        <source>Skærmbilleder af fejlede trin kan vise personoplysninger og slettes efter så mange dage. Kørslerne bliver i historikken.</source>
        <translation>Screenshots of failed steps may show personal data and are deleted after this many days. The runs stay in the history.</translation>
    </message>
    <message>
        <location filename="../../workbench/settings_dialog.py" line="69" />
        <source>S&amp;top optagelse-tast</source>
        <translation>S&amp;top recording keys</translation>
    </message>
    <message>
        <location filename="../../workbench/settings_dialog.py" line="71" />
        <location filename="../../workbench/settings_dialog.py" line="100" />
        <source>&amp;Mappe med opskrifter</source>
        <translation>&amp;Recipe folder</translation>
    </message>
    <message>
        <location filename="../../workbench/settings_dialog.py" line="72" />
        <source>S&amp;prog i programmet</source>
        <translation>&amp;Interface language</translation>
    </message>
    <message>
        <location filename="../../workbench/settings_dialog.py" line="73" />
        <source>D&amp;it navn (ved kontrolpunkter)</source>
        <translation>Your &amp;name (at checkpoints)</translation>
    </message>
    <message>
        <location filename="../../workbench/settings_dialog.py" line="75" />
        <source>Gem &amp;skærmbilleder af fejl i</source>
        <translation>&amp;Keep screenshots of failures for</translation>
    </message>
    <message>
        <location filename="../../workbench/settings_dialog.py" line="77" />
        <source>&amp;Gem</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../workbench/settings_dialog.py" line="78" />
        <source>A&amp;nnuller</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../workbench/settings_dialog.py" line="88" />
        <source>Nødstop-tast</source>
        <translation>Abort hotkey</translation>
    </message>
    <message>
        <location filename="../../workbench/settings_dialog.py" line="89" />
        <source>Stop optagelse-tast</source>
        <translation>Stop recording keys</translation>
    </message>
    <message>
        <location filename="../../workbench/settings_dialog.py" line="93" />
        <source>{0}: ukendt tastkombination: {1}</source>
        <translation>{0}: unknown key combination: {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/settings_dialog.py" line="95" />
        <source>Nødstop og stop af optagelse skal være forskellige taster.</source>
        <translation>Abort and stop recording must be different keys.</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="56" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="57" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="59" />
        <source>Ved fejl</source>
        <translation>On failure</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="60" />
        <source>Skærmbillede</source>
        <translation>Screenshot</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="61" />
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="62" />
        <source>Hemmelighed</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="64" />
        <source>Taster</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="65" />
        <source>Hak</source>
        <translation>Notches</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="66" />
        <source>Sekunder</source>
        <translation>Seconds</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="67" />
        <source>Vent til den forsvinder</source>
        <translation>Wait until it disappears</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="68" />
        <source>Størrelse (b, h)</source>
        <translation>Size (w, h)</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="69" />
        <source>Gem i variabel</source>
        <translation>Store in variable</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="70" />
        <source>Forskydning (dx, dy)</source>
        <translation>Offset (dx, dy)</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="71" />
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="72" />
        <source>Kommando</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="73" />
        <source>Vinduestitel</source>
        <translation>Window title</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="83" />
        <source>Træffer afgørelse</source>
        <translation>Makes a decision</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="90" />
        <source>Tekst på skærmen</source>
        <translation>Text on the screen</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="91" />
        <source>Vindue</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="92" />
        <source>Sted (x, y)</source>
        <translation>Place (x, y)</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="215" />
        <source>Avanceret</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="216" />
        <source>Id, skærmbillede og ankerets felter: nær, område, forekomst, pixelprøve, størrelse …</source>
        <translation>Id, screenshot and the anchor's fields: near, region, occurrence, pixel sample, size …</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="229" />
        <source>Leder efter</source>
        <translation>Looks for</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="237" />
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="237" />
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="248" />
        <source>Ventetid</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="251" />
        <source>Hvis trinnet fejler</source>
        <translation>If the step fails</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="255" />
        <source>Om trinnet</source>
        <translation>About the step</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="285" />
        <source>Med en datafil udføres trinnet kun for første række (fx log ind)</source>
        <translation>With a data file the step is done for the first row only (e.g. logging in)</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="287" />
        <source>Trinnet træffer en afgørelse i sagen: et kontrolpunkt skal komme før det</source>
        <translation>The step makes a decision on the case: a checkpoint must come before it</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="299" />
        <source>Så længe ventes der på vinduet.</source>
        <translation>How long to wait for the window.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="301" />
        <source>Så længe ventes der på, at ankeret ses (eller forsvinder).</source>
        <translation>How long to wait for the anchor to show (or vanish).</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="303" />
        <source>Så længe ventes der på, at ankeret ses.</source>
        <translation>How long to wait for the anchor to show.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="304" />
        <source>Tomt: standarden fra Indstillinger, {0} sekunder.</source>
        <translation>Empty: the default from Settings, {0} seconds.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="309" />
        <source>Skriv</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="311" />
        <source>Læs et felt (b, h)</source>
        <translation>Read a field (w, h)</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="313" />
        <source>Feltets midte (dx, dy)</source>
        <translation>Field's centre (dx, dy)</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="360" />
        <source>Trinnet prøves op til {0} gange mere; lykkes det ikke, stopper kørslen.</source>
        <translation>The step is tried up to {0} more times; if it still fails, the run stops.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="363" />
        <source>Kørslen fortsætter med næste trin.</source>
        <translation>The run goes on with the next step.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="364" />
        <source>Kørslen stopper her, og robotten gør ikke mere.</source>
        <translation>The run stops here, and the robot does nothing more.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="431" />
        <source>Flyt klikpunkt</source>
        <translation>Move click point</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="75" />
        <source>Punkt (x, y)</source>
        <translation>Point (x, y)</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="76" />
        <source>Område (x, y, b, h)</source>
        <translation>Region (x, y, w, h)</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="77" />
        <source>Nær (x, y)</source>
        <translation>Near (x, y)</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="78" />
        <source>Mindste lighed (0–1)</source>
        <translation>Least similarity (0–1)</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="79" />
        <source>Forekomst nr.</source>
        <translation>Occurrence no.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="81" />
        <source>Pixelprøve</source>
        <translation>Pixel sample</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="80" />
        <source>Antal ved optagelse</source>
        <translation>Count when recorded</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="58" />
        <source>Vent højst (s)</source>
        <translation>Wait at most (s)</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="63" />
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="74" />
        <source>Billedfil</source>
        <translation>Image file</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="82" />
        <source>Kun ved første række</source>
        <translation>Only for the first row</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="98" />
        <source>Stop kørslen</source>
        <translation>Stop the run</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="99" />
        <source>Prøv igen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="100" />
        <source>Spring over</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="102" />
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="102" />
        <source>Brugernavn</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="145" />
        <source>Vælg et trin i listen for at se og rette det.</source>
        <translation>Select a step in the list to see and edit it.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="149" />
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="228" />
        <source>Fra (anker)</source>
        <translation>From (anchor)</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="228" />
        <source>Til (anker)</source>
        <translation>To (anchor)</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="432" />
        <source>Ret {0}</source>
        <translation>Edit {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="450" />
        <source>Opskriften kan ikke gemmes, før dette er rettet:</source>
        <translation>The recipe cannot be saved until this is fixed:</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/step_form.py" line="489" />
        <source>Skift handling til {0}</source>
        <translation>Change action to {0}</translation>
    </message>
</context>
<context>
    <name>StepsTableModel</name>
    <message>
        <location filename="../../workbench/editor/steps_model.py" line="53" />
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/steps_model.py" line="53" />
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/steps_model.py" line="53" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/steps_model.py" line="53" />
        <source>Billede</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/steps_model.py" line="151" />
        <location filename="../../workbench/editor/steps_model.py" line="159" />
        <source>Flyt trin</source>
        <translation>Move steps</translation>
    </message>
</context>
<context>
    <name>StepsView</name>
    <message>
        <location filename="../../workbench/editor/steps_view.py" line="46" />
        <source>Opskriftens trin</source>
        <translation>The recipe's steps</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/steps_view.py" line="74" />
        <source>&amp;Indsæt trin</source>
        <translation>&amp;Insert step</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/steps_view.py" line="86" />
        <source>&amp;Dupliker</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/steps_view.py" line="87" />
        <source>&amp;Slet</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/steps_view.py" line="88" />
        <source>&amp;Op</source>
        <translation>&amp;Up</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/steps_view.py" line="89" />
        <source>&amp;Ned</source>
        <translation>Do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/steps_view.py" line="135" />
        <source>&amp;Indsæt trin efter</source>
        <translation>&amp;Insert step after</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/steps_view.py" line="176" />
        <source>Indsæt trin</source>
        <translation>Insert step</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/steps_view.py" line="187" />
        <source>Dupliker trin</source>
        <translation>Duplicate steps</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/steps_view.py" line="194" />
        <location filename="../../workbench/editor/steps_view.py" line="196" />
        <source>Slet trin</source>
        <translation>Delete steps</translation>
    </message>
</context>
<context>
    <name>StopwatchDialog</name>
    <message>
        <location filename="../../workbench/editor/stopwatch.py" line="36" />
        <source>Stopur – {0}</source>
        <translation>Stopwatch – {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/stopwatch.py" line="40" />
        <source>Gør en sag i hånden, som du plejer. Tryk Start, når du begynder på sagen, og Færdig, når den er færdig. Gentag med flere sager: medianen bliver opskriftens manuelle tid.</source>
        <translation>Do a case by hand as you usually do. Press Start when you begin the case and Done when it is finished. Repeat with more cases: the median becomes the recipe's manual time.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/stopwatch.py" line="67" />
        <source>Målinger</source>
        <translation>Timings</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/stopwatch.py" line="74" />
        <source>{0} (optagelsen)</source>
        <translation>{0} (the recording)</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/stopwatch.py" line="83" />
        <source>Færdig</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/stopwatch.py" line="124" />
        <source>{0} fra 1 måling – mål gerne flere sager</source>
        <translation>{0} from 1 timing – time more cases if you can</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/stopwatch.py" line="127" />
        <source>Median {0} af {1} målinger</source>
        <translation>Median {0} of {1} timings</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/stopwatch.py" line="122" />
        <source>Ingen målinger endnu</source>
        <translation>No timings yet</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/stopwatch.py" line="47" />
        <location filename="../../workbench/editor/stopwatch.py" line="89" />
        <source>St&amp;art</source>
        <translation>St&amp;art</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/stopwatch.py" line="51" />
        <source>Slet &amp;måling</source>
        <translation>Delete &amp;timing</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/stopwatch.py" line="54" />
        <source>&amp;Gem som manuel tid</source>
        <translation>&amp;Keep as manual time</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/stopwatch.py" line="56" />
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/stopwatch.py" line="140" />
        <source>Mål manuel tid</source>
        <translation>Time the manual work</translation>
    </message>
</context>
<context>
    <name>TargetSection</name>
    <message>
        <location filename="../../workbench/editor/target_section.py" line="70" />
        <source>Billedet, robotten leder efter</source>
        <translation>The picture the robot looks for</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/target_section.py" line="72" />
        <source>Billedet, robotten leder efter:</source>
        <translation>The picture the robot looks for:</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/target_section.py" line="76" />
        <source>Ret anker</source>
        <translation>Fix anchor</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/target_section.py" line="77" />
        <source>Flyt ankerets boks på skærmbilledet, eller skift mellem tekst og billede</source>
        <translation>Move the anchor's box on the screenshot, or switch between text and picture</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/target_section.py" line="84" />
        <source>Intet anker: der skrives, hvor tastaturet er. Skriv en tekst på skærmen for at klikke på den først.</source>
        <translation>No anchor: it types where the keyboard is. Enter a text on the screen to click it first.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/target_section.py" line="87" />
        <source>Intet anker: der rulles, hvor musen er.</source>
        <translation>No anchor: it scrolls where the mouse is.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/target_section.py" line="101" />
        <location filename="../../workbench/editor/target_section.py" line="118" />
        <source>Hvor der klikkes</source>
        <translation>Where it clicks</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/target_section.py" line="114" />
        <source>Hvor musen trykkes ned</source>
        <translation>Where the mouse is pressed</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/target_section.py" line="115" />
        <source>Hvor musen slippes</source>
        <translation>Where the mouse is released</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/target_section.py" line="117" />
        <source>Hvor der rulles</source>
        <translation>Where it scrolls</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/target_section.py" line="132" />
        <source>Billedet mangler: {0}</source>
        <translation>The picture is missing: {0}</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../workbench/library/training.py" line="30" />
        <source>Oplæring – %1</source>
        <translation>Training – %1</translation>
    </message>
    <message>
        <location filename="../../workbench/library/training.py" line="37" />
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <location filename="../../workbench/library/training.py" line="38" />
        <source>%1 personer</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <location filename="../../workbench/library/training.py" line="39" />
        <source>1 øvelse</source>
        <translation>1 session</translation>
    </message>
    <message>
        <location filename="../../workbench/library/training.py" line="40" />
        <source>%1 øvelser</source>
        <translation>%1 sessions</translation>
    </message>
    <message>
        <location filename="../../workbench/library/training.py" line="41" />
        <source>%1 af %2, %3 gennemført. Trin markeret »Svært her« er dem, hvor folk tøver, klikker forkert, beder robotten vise det, springer over eller stopper: se på trinnet og noten til det.</source>
        <translation>%1 by %2, %3 completed. Steps marked »Hard here« are where people hesitate, click wrong, ask the robot to show them, skip or stop: look at the step and its note.</translation>
    </message>
    <message>
        <location filename="../../workbench/library/training.py" line="46" />
        <source>Ingen har øvet denne opskrift endnu. Åbn den, og klik »Øv guidet« for at øve den.</source>
        <translation>Nobody has practised this recipe yet. Open it and click »Practise« to practise it.</translation>
    </message>
    <message>
        <location filename="../../workbench/library/training.py" line="52" />
        <source>Trin</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../workbench/library/training.py" line="52" />
        <source>Hvad man gør</source>
        <translation>What you do</translation>
    </message>
    <message>
        <location filename="../../workbench/library/training.py" line="52" />
        <source>Øvet</source>
        <translation>Practised</translation>
    </message>
    <message>
        <location filename="../../workbench/library/training.py" line="52" />
        <source>Median tid</source>
        <translation>Median time</translation>
    </message>
    <message>
        <location filename="../../workbench/library/training.py" line="53" />
        <source>Forkerte klik</source>
        <translation>Wrong clicks</translation>
    </message>
    <message>
        <location filename="../../workbench/library/training.py" line="53" />
        <source>Vist af robotten</source>
        <translation>Shown by the robot</translation>
    </message>
    <message>
        <location filename="../../workbench/library/training.py" line="54" />
        <source>Vurdering</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../workbench/library/training.py" line="54" />
        <source>Note til trinnet</source>
        <translation>Note on the step</translation>
    </message>
    <message>
        <location filename="../../workbench/library/training.py" line="54" />
        <source>Sprunget over / stoppet</source>
        <translation>Skipped / stopped</translation>
    </message>
    <message>
        <location filename="../../workbench/library/training.py" line="60" />
        <source>%1 (i %2 af %3)</source>
        <translation>%1 (in %2 of %3)</translation>
    </message>
    <message>
        <location filename="../../workbench/library/training.py" line="66" />
        <source>Svært her</source>
        <translation>Hard here</translation>
    </message>
    <message>
        <location filename="../../workbench/library/training.py" line="81" />
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../workbench/editor/validation_text.py" line="40" />
        <source>Skal udfyldes.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/validation_text.py" line="42" />
        <source>Skal være et tal, fx 2 eller 0,5.</source>
        <translation>Must be a number, e.g. 2 or 0.5.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/validation_text.py" line="44" />
        <source>Skal være et helt tal.</source>
        <translation>Must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/validation_text.py" line="46" />
        <source>Skal være større end {0}.</source>
        <translation>Must be greater than {0}.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/validation_text.py" line="48" />
        <source>Skal være mindst {0}.</source>
        <translation>Must be at least {0}.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/validation_text.py" line="50" />
        <source>Må højst være {0}.</source>
        <translation>Must be at most {0}.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/validation_text.py" line="52" />
        <source>Brug kun bogstaverne a–z, tal og _, og start ikke med et tal.</source>
        <translation>Use only the letters a–z, digits and _, and do not start with a digit.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/validation_text.py" line="54" />
        <source>Må ikke være tom.</source>
        <translation>Must not be empty.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/validation_text.py" line="56" />
        <source>Vælg en af: {0}.</source>
        <translation>Choose one of: {0}.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/validation_text.py" line="58" />
        <source>Feltet findes ikke for denne handling.</source>
        <translation>This action has no such field.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/validation_text.py" line="60" />
        <source>Skriv tal adskilt af komma, fx 120, 40.</source>
        <translation>Write numbers separated by commas, e.g. 120, 40.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/validation_text.py" line="67" />
        <source>»{0}« er ikke et gyldigt regulært udtryk ({1}).</source>
        <translation>“{0}” is not a valid regular expression ({1}).</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/validation_text.py" line="70" />
        <source>Vinduestitlen må ikke være tom.</source>
        <translation>The window title must not be empty.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/validation_text.py" line="72" />
        <source>Ukendt tast: {0}</source>
        <translation>Unknown key: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/validation_text.py" line="73" />
        <location filename="../../workbench/editor/validation_text.py" line="74" />
        <source>Ugyldig værdi: {0}</source>
        <translation>Invalid value: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/validation_text.py" line="79" />
        <source>Teksten må ikke være tom.</source>
        <translation>The text must not be empty.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/validation_text.py" line="80" />
        <source>Målet skal have en tekst, et billede eller et punkt.</source>
        <translation>The target needs a text, an image or a point.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/validation_text.py" line="81" />
        <source>Udfyld enten tekst eller hemmelighed – ikke begge.</source>
        <translation>Fill in either text or secret – not both.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/validation_text.py" line="82" />
        <source>Bredde og højde skal være større end 0.</source>
        <translation>Width and height must be above 0.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/validation_text.py" line="83" />
        <source>Må ikke være 0 (positiv ruller ned, negativ op).</source>
        <translation>Must not be 0 (positive scrolls down, negative up).</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/validation_text.py" line="84" />
        <source>Et mål med et vindue er et punkt i vinduet og har hverken tekst eller billede; fjern vinduet eller teksten og billedet.</source>
        <translation>A target with a window is a point in that window and has neither text nor image; remove the window, or the text and the image.</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/validation_text.py" line="86" />
        <source>Et mål med et vindue skal have et punkt: hvor i vinduet, målt fra dets øverste venstre hjørne.</source>
        <translation>A target with a window needs a point: where in the window, measured from its top-left corner.</translation>
    </message>
</context>
<context>
    <name>_ListTable</name>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="46" />
        <source>T&amp;ilføj</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="47" />
        <source>F&amp;jern</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../workbench/editor/recipe_panel.py" line="107" />
        <source>To rækker har samme navn.</source>
        <translation>Two rows have the same name.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../workbench/running/guided.py" line="726" />
        <source>Øvelsen er gennemført: {0} trin, {1}.</source>
        <translation>The practice is completed: {0} steps, {1}.</translation>
    </message>
    <message>
        <location filename="../../workbench/running/guided.py" line="729" />
        <source>Øvelsen blev stoppet ved trin {0} af {1}.</source>
        <translation>The practice was stopped at step {0} of {1}.</translation>
    </message>
</context>
</TS>