"""One rule for names made from words: slugs, and how a taken name is told apart (issue 13,
item 9: a recording's `brugernavn2` beside the workbench's `brugernavn_2`)."""

from recipes.names import slug, unique
from recorders.sensitive import credential_name


def test_a_slug_writes_danish_letters_out():
    assert slug("Løn og tillæg") == "loen_og_tillaeg"


def test_a_taken_name_gets_the_same_suffix_wherever_it_is_made():
    assert unique("brugernavn", {"brugernavn"}) == "brugernavn_2"
    assert unique("brugernavn", {"brugernavn", "brugernavn_2"}) == "brugernavn_3"
    # the recorder's step ids and credential names
    assert credential_name("Brugernavn:", {"brugernavn"}) == "brugernavn_2"
    assert credential_name("Adgangskode:", {"sag_adgangskode"}, owner="sag") == \
        "sag_adgangskode_2"
