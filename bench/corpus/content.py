"""What every look of the corpus shows: the same Danish case-work words in the same roles.

Each program of `looks/` reads this as a small tab-separated file (`role<TAB>style<TAB>text`, one
widget a line, in the order below), so that the C, Java and Python programs show exactly the same
words and looks can be compared. A program builds its own layout from the roles:

  menu      the items of the menu bar (their first letter is the mnemonic where the toolkit has them)
  formlabel / formvalue   three label pairs of a form ("Borger:" "Søren Ærø")
  label     free labels: a bold one, an 8-9 px small one, a disabled (grey) one and a plain one
  button    four buttons: two with an underlined mnemonic, a coloured one, a disabled one
  list      the rows of a list; the row styled `selected` is selected (drawn inverted)
  header    the column headings of a table
  cell      the table's cells, row by row (as many per row as there are headings)

The words hold what breaks readers: near misses on one screen (Godkend / Godkendt / godkendes,
Afvis / Afvist, Sag / Sagt, Gem / Gern, K-31 / K-32), Danish letters (Ærø, Søren, Åbenrå, Ødegård), a code with a
dash, a phrase with a comma. Every text is shown once per screen, so a find elsewhere is a
wrong place.
"""

from __future__ import annotations

from pathlib import Path

# (role, style, text). Styles: normal, bold, small, disabled, mnemonic, coloured, selected.
CONTENT: list[tuple[str, str, str]] = [
    ("menu", "mnemonic", "Filer"),
    ("menu", "mnemonic", "Rediger"),
    ("menu", "mnemonic", "Sag"),
    ("menu", "mnemonic", "Vis"),
    ("menu", "mnemonic", "Hjælp"),
    ("formlabel", "normal", "Sagsnummer:"),
    ("formvalue", "normal", "2024-117"),
    ("formlabel", "normal", "Borger:"),
    ("formvalue", "normal", "Søren Ærø"),
    ("formlabel", "normal", "Adresse:"),
    ("formvalue", "normal", "Storegade 4, Åbenrå"),
    ("label", "bold", "Afventer svar"),
    ("label", "small", "Senest ændret af Jørgen Hansen"),
    ("label", "disabled", "Arkiveret"),
    ("label", "normal", "Skal sagen godkendes?"),
    ("button", "mnemonic", "Godkend"),
    ("button", "mnemonic", "Afvis"),
    ("button", "coloured", "Gem"),
    ("button", "disabled", "Slet"),
    ("list", "normal", "Boligstøtte"),
    ("list", "selected", "Førtidspension"),
    ("list", "normal", "Sygedagpenge"),
    ("list", "normal", "Ældrepleje"),
    ("list", "normal", "Kontanthjælp"),
    ("header", "normal", "Nr."),
    ("header", "normal", "Navn"),
    ("header", "normal", "Status"),
    ("cell", "normal", "K-31"),
    ("cell", "normal", "Lis Gern"),
    ("cell", "normal", "Godkendt"),
    ("cell", "normal", "K-32"),
    ("cell", "normal", "Åse Ødegård"),
    ("cell", "normal", "Afvist"),
    ("cell", "normal", "K-33"),
    ("cell", "normal", "Per Æbelø"),
    ("cell", "normal", "Sagt op"),
]

# What a program reports for each role (the `kind` of a truth entry).
KIND = {"menu": "menu", "formlabel": "label", "formvalue": "label", "label": "label",
        "button": "button", "list": "list_row", "header": "table_header", "cell": "table_cell"}

# The same colours everywhere a toolkit lets a program choose them.
COLOURED_BUTTON = ("#2e7d32", "#ffffff")     # background, text: a green "Gem"
SELECTED_ROW = ("#3465a4", "#ffffff")


def write_spec(path: Path) -> Path:
    path.write_text("".join(f"{role}\t{style}\t{text}\n" for role, style, text in CONTENT),
                    encoding="utf-8")
    return path
