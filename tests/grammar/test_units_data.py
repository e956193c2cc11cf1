"""kfactcheck/data/units.toml: every family of counted things (troops, deaths, ...) is
named in every language read, each language has the tables the reader uses, and no noun
means two families in one language."""

from __future__ import annotations

import pytest

from kfactcheck.claims.counted_lang import read_counted
from kfactcheck.grammar.vocab import (
    LANGUAGES,
    PEOPLE,
    cue_pattern,
    lang_vocab,
    language_code,
    load_units_toml,
    noun_concept,
)

RAW = load_units_toml()
OTHER = [code for code in LANGUAGES if code != "en"]
FAMILIES = sorted(RAW["families"])


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("code", OTHER)
def test_every_family_has_every_language(family, code):
    own = RAW["families"][family].get(code)
    assert own is not None, f"[families.{family}.{code}] missing"
    assert own.get("nouns") or own.get("verbs"), f"[families.{family}.{code}] is empty"


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_has_its_tables(code):
    lang = RAW["languages"][code]
    for key in ("people", "stop", "places", "articles", "modal"):
        assert key in lang, f"[languages.{code}] lacks {key}"
    assert lang["modal"] and lang["places"]
    if code != "en":
        assert lang["people"] and lang["stop"] and lang.get("money") and lang["generic"]
        assert set(lang["generic"]) <= set(lang["people"]), "generic nouns are people nouns"


@pytest.mark.parametrize("code", OTHER)
def test_no_noun_means_two_families(code):
    seen: dict[str, str] = {}
    for family, spec in RAW["families"].items():
        for noun in spec.get(code, {}).get("nouns", ()):
            low = noun.lower()
            assert seen.setdefault(low, family) == family, f"{code} '{noun}': {seen[low]}, {family}"


@pytest.mark.parametrize("code", OTHER)
def test_every_listed_noun_reads_as_its_family(code):
    """A noun of the data, as written, finds its own family (the people list aside)."""
    for family, spec in RAW["families"].items():
        for noun in spec.get(code, {}).get("nouns", ()):
            assert noun_concept(noun, code) == family, (code, noun)
    for noun in RAW["languages"][code]["people"]:
        assert noun_concept(noun, code) in (PEOPLE, *FAMILIES), (code, noun)


@pytest.mark.parametrize("code", OTHER)
def test_cues_compile_and_match_themselves(code):
    for family, spec in RAW["families"].items():
        for cue in spec.get(code, {}).get("verbs", ()):
            text = cue.replace("*", "x").lower()
            assert cue_pattern(cue.lower()).search(text), (code, family, cue)


@pytest.mark.parametrize(
    "given, code",
    [("sr", "hbs"), ("hr", "hbs"), ("bs", "hbs"), ("de", "de"), ("pl", "en"), (None, "en")],
)
def test_language_codes(given, code):
    assert language_code(given) == code


@pytest.mark.parametrize("code", OTHER)
def test_a_stem_two_families_share_finds_neither(code):
    """ "habitants" (population) and "habitations" (homes) share a stem: an unlisted form
    of it stays unknown rather than take either family."""
    from kfactcheck.grammar.vocab import stem

    fams: dict[str, set[str]] = {}
    for family, spec in RAW["families"].items():
        for noun in spec.get(code, {}).get("nouns", ()):
            if " " not in noun:
                fams.setdefault(stem(noun.lower(), code), set()).add(family)
    stems = lang_vocab(code).stems
    for s, owners in fams.items():
        if len(owners) > 1:
            assert s not in stems, (code, s, owners)
        else:
            assert stems[s] in owners, (code, s, owners)


# Inflected forms that only the stemmer joins to a listed noun.
LEMMAS = [
    ("de", "Todesopfern", "deaths"),
    ("es", "fallecidas", "deaths"),
    ("pt", "feridas", "injured"),
    ("it", "vittima", "deaths"),
    ("fr", "blessée", "injured"),
    ("nl", "slachtoffer", "deaths"),
]


@pytest.mark.parametrize("code, word, family", LEMMAS, ids=lambda x: str(x))
def test_stem_finds_the_family(code, word, family):
    assert noun_concept(word, code) == family


def test_reader_tables_load_for_every_language():
    for code in OTHER:
        lv = lang_vocab(code)
        assert lv.nouns and lv.cues and lv.stop
        assert read_counted("", " x", _Q, code).family is None


class _Q:  # the few Quantity fields the reader looks at
    spelled = False
    value = 0.0


@pytest.mark.parametrize("kind", sorted(RAW["who"]))
@pytest.mark.parametrize("code", LANGUAGES)
def test_every_people_kind_has_every_language(kind, code):
    """[who]: one key for a group of people in every language read."""
    assert RAW["who"][kind].get(code), f"[who.{kind}] lacks {code}"
