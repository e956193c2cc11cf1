"""Some of a count named by "among": "Insgesamt sind unter den Toten 12 Kinder", "There
were 12 children among the dead", "12 enfants parmi les morts" are a part of the toll,
not the toll (claims/parts.subset_of: "among" after a total word or a verb of being, or
after the figure's own noun). Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document

PAGE = date(2031, 3, 16)

# (lang, the sentence after one that gives the toll, figure, its family)
CASES = [
    pytest.param(
        "de",
        "Insgesamt sind unter den Toten 12 Kinder.",
        "12",
        "deaths:part children",
        id="de-insgesamt",
    ),
    pytest.param(
        "de", "Es gab 12 Kinder unter den Toten.", "12", "deaths:part children", id="de-after-noun"
    ),
    pytest.param(
        "en",
        "There were 12 children among the dead.",
        "12",
        "deaths:part children",
        id="en-among-after-noun",
    ),
    pytest.param(
        "en",
        "In all there were among the dead 12 children.",
        "12",
        "deaths:part children",
        id="en-in-all-there-were-among",
    ),
    pytest.param(
        "fr", "On compte 12 enfants parmi les morts.", "12", "deaths:part children", id="fr-parmi"
    ),
    pytest.param(
        "es",
        "En total hay entre los fallecidos 12 niños.",
        "12",
        "deaths:part children",
        id="es-en-total-hay-entre",
    ),
    pytest.param(
        "pt", "Há 12 crianças entre os mortos.", "12", "deaths:part children", id="pt-entre-os"
    ),
    pytest.param(
        "it",
        "In tutto ci sono tra i morti 12 bambini.",
        "12",
        "deaths:part children",
        id="it-in-tutto-tra-i",
    ),
    pytest.param(
        "nl",
        "In totaal zijn er onder de doden 12 kinderen.",
        "12",
        "deaths:part children",
        id="nl-in-totaal-onder-de",
    ),
    # neighbours: a total with no "among" is the whole; "among" a group of people names
    # who died, no part of a count before
    pytest.param("de", "Insgesamt starben 52 Menschen.", "52", "deaths", id="de-insgesamt-whole"),
    pytest.param("en", "In all there were 52 dead.", "52", "deaths", id="en-in-all-whole"),
    pytest.param(
        "en", "12 deaths among children were counted.", "12", "deaths", id="en-among-a-group"
    ),
]

TOLL = {
    "de": "Bei der Flut starben 40 Menschen. ",
    "en": "The flood killed 40 people. ",
    "fr": "La crue a fait 40 morts. ",
    "es": "La riada dejó 40 muertos. ",
    "pt": "A cheia deixou 40 mortos. ",
    "it": "L'alluvione ha causato 40 morti. ",
    "nl": "De overstroming eiste 40 doden. ",
}


@pytest.mark.parametrize(("lang", "sentence", "figure", "family"), CASES)
def test_among_the_dead_is_a_part(lang, sentence, figure, family):
    text = TOLL[lang] + sentence
    doc = Document(id="d1", path="a.md", text=text, keep=[(0, len(text))], date=PAGE, lang=lang)
    got = [c.terms[0] for c in extract_claims(doc) if c.text.startswith(figure)]
    assert got == [family]
