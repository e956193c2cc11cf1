"""kfactcheck/data/numbers.toml: the word lists behind the number grammar and the
sentence splitter load, have the tables the code reads, and are unambiguous."""

from __future__ import annotations

from collections import Counter

import pytest

from kfactcheck import data


@pytest.fixture(scope="module")
def words() -> dict:
    return data.load("numbers")  # with the month names of dates.toml


NUMBER_TABLES = [
    "units",
    "tens",
    "scales",
    "scale_abbreviations",
    "vague_plurals",
    "vague_multipliers",
    "dozen",
    "exact_phrases",
    "fractions",
    "fractions_plural",
    "durations",
]
QUALIFIER_KINDS = {"approx", "close_to", "more_than", "at_least", "less_than", "up_to", "exact"}


def test_loads_with_every_table_the_code_reads(words: dict) -> None:
    expected = {
        *NUMBER_TABLES,
        "ordinals",
        "fraction_rules",
        "hyphen_prefixes",
        "scale_rules",
        "scale_abbreviation_rules",
        "vague_rules",
        "qualifiers",
        "years",
        "ranges",
        "percent",
        "currency_symbols",
        "currency_codes",
        "currency_words",
        "dates",
        "labels",
        "ages",
        "furniture",
        "sentences",
    }
    assert expected <= set(words)


@pytest.mark.parametrize("table", NUMBER_TABLES)
def test_number_tables_map_words_to_positive_numbers(words: dict, table: str) -> None:
    assert words[table], table
    for word, value in words[table].items():
        assert isinstance(value, int | float) and not isinstance(value, bool), word
        assert value > 0, word
        assert word == word.lower().strip() and word, word


def test_cardinals_are_the_numbers_they_name(words: dict) -> None:
    assert sorted(words["units"].values()) == list(range(1, 20))
    assert sorted(words["tens"].values()) == list(range(20, 100, 10))
    assert words["dozen"] == {"dozen": 12}


def test_scales_are_powers_of_ten(words: dict) -> None:
    for table in ("scales", "scale_abbreviations"):
        for word, value in words[table].items():
            assert str(value).rstrip("0") == "1", word
    rules = words["scale_abbreviation_rules"]
    assert set(rules["needs_currency"]) <= set(words["scale_abbreviations"])
    assert set(rules["glued_only"]) <= set(words["scale_abbreviations"])
    assert words["scale_rules"]["rounded_from"] in words["scales"].values()


def test_no_word_has_two_meanings(words: dict) -> None:
    """A word in two number tables would read two ways ("tens" is only vague)."""
    seen = Counter(w for table in NUMBER_TABLES if table != "dozen" for w in words[table])
    assert [w for w, n in seen.items() if n > 1] == []


def test_vague_rules_name_vague_words(words: dict) -> None:
    rules = words["vague_rules"]
    assert set(rules["needs_of"]) <= set(words["vague_plurals"])
    assert set(rules["needs_scale"]) <= set(words["vague_plurals"])
    for word, value in rules["plural_scales"].items():
        assert word in words["vague_plurals"] and value in words["scales"].values(), word


def test_qualifiers_have_known_kinds_and_one_kind_per_phrase(words: dict) -> None:
    quals = words["qualifiers"]
    assert set(quals) == QUALIFIER_KINDS
    for where in ("before", "after"):
        phrases = [p for kind in quals.values() for p in kind[where]]
        duplicates = [p for p, n in Counter(phrases).items() if n > 1]
        assert duplicates == [], where
        for p in phrases:
            assert p == p.strip() and "  " not in p and p == p.lower(), p


def test_year_qualifiers_are_qualifiers(words: dict) -> None:
    before = {p for kind in words["qualifiers"].values() for p in kind["before"]}
    assert set(words["years"]["qualifiers_before_years"]) <= before
    assert words["years"]["first"] < words["years"]["last"]


def test_currencies_resolve_to_known_codes(words: dict) -> None:
    codes = set(words["currency_codes"]["codes"])
    assert all(len(c) == 3 and c.isupper() for c in codes)
    assert set(words["currency_symbols"].values()) <= codes
    assert {c for c in words["currency_words"].values() if c} <= codes


def test_dates_and_labels(words: dict) -> None:
    assert len(words["dates"]["months"]) == 12
    assert all(
        m[:3] in words["dates"]["month_abbreviations"]
        for m in words["dates"]["months"]
        if m != "May"
    )
    labels = words["labels"]
    assert all(w == w.lower() for w in labels["any_case"])
    assert all(w[:1].isupper() for w in labels["capitalized"])


@pytest.mark.parametrize(
    ("table", "key"),
    [
        ("ordinals", "words"),
        ("percent", "words"),
        ("percent", "points"),
        ("currency_codes", "codes"),
        ("dates", "months"),
        ("dates", "month_abbreviations"),
        ("dates", "timezones"),
        ("labels", "any_case"),
        ("labels", "capitalized"),
        ("ages", "before"),
        ("ages", "after"),
        ("furniture", "after"),
        ("ranges", "change_words"),
        ("fraction_rules", "half_not_after"),
        ("hyphen_prefixes", "words"),
        ("sentences", "titles"),
        ("sentences", "abbreviations"),
        ("sentences", "openers"),
    ],
)
def test_word_lists_are_clean(words: dict, table: str, key: str) -> None:
    items = words[table][key]
    assert items and all(isinstance(w, str) and w and w == w.strip() for w in items)
    assert [w for w, n in Counter(items).items() if n > 1] == []


def test_sentence_abbreviations_are_not_also_titles(words: dict) -> None:
    """A title never ends a sentence, an abbreviation may: one word cannot be both."""
    s = words["sentences"]
    assert set(s["titles"]) & set(s["abbreviations"]) == set()
    assert all("." not in t for t in s["titles"])
