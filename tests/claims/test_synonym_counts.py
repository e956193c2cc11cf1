"""One quantity, many words: the survivors of a wreck are those rescued alive, buildings
that fell in are buildings destroyed, whatever the language, and a noun after "according
to" names who told the figure, not what it counts. Every sentence here is invented."""

from __future__ import annotations

import pytest

from kfactcheck.grammar.vocab import LANGUAGES, load_units_toml
from tests.claims.test_counted_lang import claims


def counted(text: str, lang: str, figure: str) -> tuple[str, ...]:
    """The terms of the claim whose text holds `figure`."""
    found = [c for c in claims(text, lang) if figure in c.text]
    assert found, f"no claim '{figure}' in {[c.text for c in claims(text, lang)]}"
    return found[0].terms


# (lang, sentence, figure, family)
CASES = [
    ("en", "There were 64 survivors, the harbour master said.", "64", "rescued"),
    ("en", "Rescuers counted 31 dead and 64 survivors.", "64", "rescued"),
    ("en", "Some 4,120 buildings have collapsed in Orvena.", "4,120", "destroyed"),
    ("en", "Nearly 900 houses caved in under the snow.", "900", "destroyed"),
    ("en", "Eleven people died when 3 houses collapsed.", "3", "destroyed"),
    ("en", "The sheriff said 700 houses were gone after the storm.", "700", "destroyed"),
    ("en", "Some 700 homes where the power has gone out.", "700", "homes"),
    ("fr", "Quelque 300 maisons ont disparu sous la boue.", "300", "destroyed"),
    ("fr", "Le naufrage a laissé 64 survivants, selon la préfecture.", "64", "rescued"),
    ("fr", "Le bilan est de 31 morts et 64 rescapés.", "64", "rescued"),
    ("fr", "Quelque 4120 immeubles se sont effondrés.", "4120", "destroyed"),
    ("de", "Nach dem Unglück gibt es 64 Überlebende.", "64", "rescued"),
    ("de", "In Ostmark sind 4120 Gebäude eingestürzt.", "4120", "destroyed"),
    ("es", "Hay 64 supervivientes, según la guardia costera.", "64", "rescued"),
    ("es", "Hay 64 sobrevivientes, según la guardia costera.", "64", "rescued"),
    ("es", "El balance es de 31 muertos y 64 rescatados.", "64", "rescued"),
    ("es", "Casi 4.120 edificios se derrumbaron en Orvena.", "4.120", "destroyed"),
    ("pt", "Há 64 sobreviventes, segundo a Marinha.", "64", "rescued"),
    ("pt", "Cerca de 4.120 prédios desabaram na serra.", "4.120", "destroyed"),
    ("it", "Il bilancio è di 31 morti e 64 sopravvissuti.", "64", "rescued"),
    ("it", "I superstiti sono 64, secondo la prefettura.", "64", "rescued"),
    ("it", "Sono crollati 4120 edifici nel borgo.", "4120", "destroyed"),
    ("nl", "Er zijn 64 overlevenden, aldus de kustwacht.", "64", "rescued"),
    ("nl", "Zo'n 4120 gebouwen zijn ingestort.", "4120", "destroyed"),
    ("hbs", "Spašeno je 64 preživjelih, rekla je policija.", "64", "rescued"),
    ("hbs", "U potresu se srušilo 4120 zgrada.", "4120", "destroyed"),
]


@pytest.mark.parametrize(
    "lang, sentence, figure, family",
    CASES,
    ids=[f"{c[0]}-{c[3]}-{c[1][:28]}" for c in CASES],
)
def test_one_quantity_many_words(lang, sentence, figure, family):
    assert counted(sentence, lang, figure)[0] == family


# (lang, sentence, figure, family it must not take): the noun after the source word says
# who told the figure, not what it counts
SOURCES = [
    ("it", "Secondo un paio di superstiti sarebbero stati oltre 230.", "230", "rescued"),
    pytest.param(
        "it",
        "Secondo un paio di feriti sarebbero stati circa 230.",
        "circa 230",
        "injured",
        marks=pytest.mark.xfail(strict=True, reason="a participle cue is read past the source"),
    ),
    pytest.param(
        "en",
        "According to some survivors, there were about 230 on board.",
        "about 230",
        "rescued",
        id="en-source-before-aboard",
    ),
]


@pytest.mark.parametrize("lang, sentence, figure, family", SOURCES)
def test_who_told_is_not_what_is_counted(lang, sentence, figure, family):
    # no claim at all is fine (a figure with no counted noun may be dropped)
    assert all(c.terms[0] != family for c in claims(sentence, lang) if figure in c.text)


@pytest.mark.parametrize("code", [c for c in LANGUAGES])
def test_collapse_words_in_every_language(code):
    states = load_units_toml()["building_states"]
    assert states[code].get("collapsed"), f"[building_states.{code}] lacks collapsed"


@pytest.mark.parametrize("code", [c for c in LANGUAGES if c != "en"])
def test_survivors_in_every_language(code):
    nouns = load_units_toml()["families"]["rescued"][code]["nouns"]
    assert len(nouns) >= 3, f"[families.rescued.{code}] names no survivors"


# (lang, sentence, figure, family): people in hospital are one count whatever noun they get
HOSPITAL = [
    ("en", "Some 40 people remain hospitalised in Orvena.", "40", "injured:in hospital"),
    ("fr", "Quelque 40 personnes sont toujours hospitalisées.", "40", "injured:in hospital"),
    ("de", "40 Menschen werden im Krankenhaus behandelt.", "40", "injured:in hospital"),
    ("es", "Unas 40 personas siguen hospitalizadas.", "40", "injured:in hospital"),
    ("pt", "Cerca de 40 pessoas seguem internadas.", "40", "injured:in hospital"),
    ("it", "Circa 40 persone sono ancora ricoverate.", "40", "injured:in hospital"),
    ("nl", "Zo'n 40 mensen liggen in het ziekenhuis.", "40", "injured:in hospital"),
    ("hbs", "Oko 40 ljudi je u bolnici.", "40", "injured:in hospital"),
    # a part of the rescued in hospital stays theirs (a later figure of the injured in
    # hospital is not the same page's count)
    ("en", "Of the 81 rescued, 22 are in hospital.", "22", "rescued:in hospital"),
]


@pytest.mark.parametrize(
    "lang, sentence, figure, family",
    HOSPITAL,
    ids=[f"{c[0]}-{c[1][:30]}" for c in HOSPITAL],
)
def test_people_in_hospital(lang, sentence, figure, family):
    assert counted(sentence, lang, figure)[0] == family
