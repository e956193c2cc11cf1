"""A German or Dutch compound counts what its head counts ("Hochwassertote" are deaths,
"Flutopfer" too, "Bundeswehrsoldaten" troops: grammar/vocab._compound_head), for heads of
people, troops and running counts only ("Bundesland", "Krankenhaus", "Niederschlagsmenge"
keep no family from their tail); and "dortig-" ("das dortige Krisenzentrum") points back
to the place the sentence before names as "dort" does. Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.grammar.vocab import noun_concept
from kfactcheck.model import Document

PAGE = date(2031, 3, 16)


def _claims(text: str, lang: str):
    doc = Document(id="d1", path="a.md", text=text, keep=[(0, len(text))], date=PAGE, lang=lang)
    return [c for c in extract_claims(doc) if c.unit not in ("date", "year")]


# (lang, sentence, figure, family, place in its scope or None)
CASES = [
    pytest.param(
        "de",
        "Die Flut traf vor allem das Lindtal. Dort gab es 12 Hochwassertote.",
        "12",
        "deaths",
        "in lindtal",
        id="de-dort-hochwassertote",
    ),
    pytest.param(
        "de",
        "Die Flut traf vor allem das Lindtal. Dort zählte man 12 Flutopfer.",
        "12",
        "deaths",
        "in lindtal",
        id="de-dort-flutopfer",
    ),
    pytest.param(
        "de",
        "Die Flut traf vor allem das Lindtal. Dort stieg die Zahl der Unwettertoten auf 12.",
        "12",
        "deaths",
        "in lindtal",
        id="de-dort-zahl-der-unwettertoten",
    ),
    pytest.param(
        "de",
        "Die Flut traf vor allem das Lindtal. Das dortige Krisenzentrum meldete 12 Todesopfer.",
        "12",
        "deaths",
        "in lindtal",
        id="de-das-dortige",
    ),
    pytest.param(
        "de",
        "Kessenau schickte 300 Bundeswehrsoldaten.",
        "300",
        "troops",
        None,
        id="de-bundeswehrsoldaten",
    ),
    pytest.param(
        "nl",
        "In Lindeveen brak de dijk. Daar vielen 12 overstromingsdoden.",
        "12",
        "deaths",
        "in lindeveen",
        id="nl-daar-overstromingsdoden",
    ),
    # neighbours: "Dortmund" is no "dort"; a plain head is unchanged
    pytest.param(
        "de",
        "Die Flut traf vor allem das Lindtal. Dortmund meldete 12 Tote.",
        "12",
        "deaths",
        None,
        id="de-dortmund-is-no-there",
    ),
    pytest.param(
        "de",
        "Die Flut traf vor allem das Lindtal. Insgesamt gab es 12 Tote.",
        "12",
        "deaths",
        None,
        id="de-no-there",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "figure", "family", "where"), CASES)
def test_a_compound_counts_what_its_head_counts(lang, sentence, figure, family, where):
    found = [c for c in _claims(sentence, lang) if c.text.startswith(figure)]
    assert len(found) == 1, [c.text for c in _claims(sentence, lang)]
    assert found[0].terms[0] == family
    places = [s for s in found[0].scope if s.startswith("in ")]
    assert places == ([where] if where else []), found[0].scope


# (lang, word, family or None): a tail of another family gives none
HEADS = [
    pytest.param("de", "Hochwassertote", "deaths", id="de-tote"),
    pytest.param("de", "Erdbebenopfer", "deaths", id="de-opfer"),
    pytest.param("de", "Bundeswehrsoldaten", "troops", id="de-soldaten"),
    pytest.param("nl", "overstromingsdoden", "deaths", id="nl-doden"),
    pytest.param("de", "Bundesland", None, id="de-land-is-no-country"),
    pytest.param("de", "Niederschlagsmenge", None, id="de-menge-is-no-crowd"),
    pytest.param("de", "Freistaat", None, id="de-staat-is-no-country"),
    pytest.param("de", "Tote", "deaths", id="de-the-head-alone"),
]


@pytest.mark.parametrize(("lang", "word", "family"), HEADS)
def test_compound_head_families(lang, word, family):
    assert noun_concept(word, lang) == family
