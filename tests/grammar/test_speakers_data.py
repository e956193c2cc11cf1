"""Checks on kfactcheck/data/speakers.toml, the word lists speaker attribution reads."""

from __future__ import annotations

import re

import pytest

from kfactcheck import data
from kfactcheck.grammar import speakers

DATA = data.load("speakers")  # with the weekday and month names of dates.toml
WORDS = DATA["words"]

LOWERCASE_LISTS = {
    "verbs": DATA["verbs"],
    "participles": DATA["participles"],
    "weak_verbs": DATA["weak_verbs"],
    "source_phrases": DATA["source_phrases"],
    "pronouns.person": DATA["pronouns"]["person"],
    "pronouns.group": DATA["pronouns"]["group"],
    **{f"words.{k}": v for k, v in WORDS.items() if k != "name_abbreviations"},
}
ALL_LISTS = {
    **LOWERCASE_LISTS,
    "titles": DATA["titles"],
    "words.name_abbreviations": WORDS["name_abbreviations"],
}


@pytest.mark.parametrize("name", sorted(ALL_LISTS))
def test_list_is_nonempty_strings_without_duplicates(name):
    items = ALL_LISTS[name]
    assert items, f"{name} is empty"
    assert all(isinstance(w, str) and w == w.strip() and w for w in items), name
    dupes = sorted({w for w in items if items.count(w) > 1})
    assert not dupes, f"{name} repeats {dupes}"


@pytest.mark.parametrize("name", sorted(LOWERCASE_LISTS))
def test_word_lists_are_lowercase(name):
    assert [w for w in LOWERCASE_LISTS[name] if w != w.lower()] == []


@pytest.mark.parametrize(
    "name", ["verbs", "participles", "words.roles", "words.groups", "words.particles"]
)
def test_lists_matched_word_by_word_hold_single_words(name):
    assert [w for w in LOWERCASE_LISTS[name] if not re.fullmatch(r"[a-z]+", w)] == []


def test_weak_verbs_are_verbs():
    assert sorted(set(DATA["weak_verbs"]) - set(DATA["verbs"])) == []


def test_participles_are_ing_forms():
    assert [w for w in DATA["participles"] if not w.endswith("ing")] == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("verbs", "participles"),
        ("verbs", "words.function_words"),
        ("verbs", "words.groups"),
        ("words.roles", "words.groups"),
        ("words.determiners", "words.function_words"),
        ("words.particles", "words.not_names"),
        ("words.between", "verbs"),
    ],
)
def test_lists_do_not_overlap(a, b):
    assert sorted(set(LOWERCASE_LISTS[a]) & set(LOWERCASE_LISTS[b])) == []


def test_pronouns_are_never_names():
    pronouns = DATA["pronouns"]["person"] + DATA["pronouns"]["group"]
    assert set(pronouns) <= set(WORDS["not_names"])
    assert not set(DATA["pronouns"]["person"]) & set(DATA["pronouns"]["group"])


def test_titles_are_capitalised_words_or_abbreviations():
    word = r"(?:[A-Z][a-z]*\.?|[A-Z]{2,3})"
    bad = [t for t in DATA["titles"] if not re.fullmatch(rf"{word}(?:[ -](?:of|{word}))*", t)]
    assert bad == []


def test_abbreviations_expand_a_title_word():
    title_words = {w.rstrip(".").lower() for t in DATA["titles"] for w in re.split(r"[ -]", t)}
    for short, full in DATA["abbreviations"].items():
        assert re.fullmatch(r"[a-z]+", short), short
        assert short in title_words, f"{short} abbreviates no title"
        assert re.fullmatch(r"[a-z]+(?: [a-z]+)?", full), f"{short} = {full!r}"


def test_weekdays_and_months_are_not_names():
    assert set(WORDS["weekdays"]) <= set(WORDS["not_names"])
    for w in ["january", "may", "oct", "sept"]:
        assert w in WORDS["not_names"]


def test_prepositions_and_clause_openers_are_function_words():
    assert set(WORDS["complements"]) <= set(WORDS["function_words"])
    assert set(WORDS["clause_openers"]) <= set(WORDS["function_words"])
    assert not set(WORDS["complements"]) & set(WORDS["clause_openers"])


def test_name_abbreviations_are_capitalised():
    assert all(re.fullmatch(r"[A-Z][a-z]+", w) for w in WORDS["name_abbreviations"])


def test_lexicon_compiles_from_the_shipped_file():
    speakers._lexicon.cache_clear()
    lex = speakers._lexicon()
    assert lex.verb_re.search("the minister said on Monday")
    assert lex.verb_re.search("According to police")
    assert not lex.verb_re.search("the unsaid truth")
    assert lex.run_re.fullmatch("Brig. Gen. Luca Piperni")
    assert lex.run_re.fullmatch("Ursula von der Leyen")
    assert "prime minister" in lex.title_keys
    assert "brigadier general" in lex.title_keys  # "Brig. Gen." expanded


LANG_KEYS = {
    "verbs", "auxiliaries", "participles_past", "weak_verbs", "source_phrases", "inverting",
    "titles", "roles", "groups", "proxies", "determiners", "function_words", "complements",
    "not_names", "between", "clause_openers", "organisation_words", "particles",
    "source_postpositions", "group_suffixes", "title_suffixes", "inverted_pronouns",
    "pronouns_person", "pronouns_group", "elisions",
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(DATA["languages"]))
def test_language_table_keys_are_read(lang):
    assert sorted(set(DATA["languages"][lang]) - LANG_KEYS) == []


@pytest.mark.parametrize("lang", sorted(DATA["languages"]))
def test_language_weak_verbs_are_its_verbs(lang):
    table = DATA["languages"][lang]
    verbs = set(table.get("verbs", [])) | {
        f"{a} {p}" for a in table.get("auxiliaries", []) for p in table.get("participles_past", [])
    }
    assert sorted(set(table.get("weak_verbs", [])) - verbs) == []


@pytest.mark.parametrize("lang", sorted(DATA["languages"]))
def test_language_lists_are_lowercase(lang):
    table = DATA["languages"][lang]
    cased = ("titles", "elisions")  # "L'" opens a sentence
    assert [w for k, v in table.items() if k not in cased for w in v if w != w.lower()] == []


def test_language_codes_are_the_claim_extractors():
    from kfactcheck.grammar.vocab import LANGUAGES

    assert sorted(set(DATA["languages"]) - set(LANGUAGES)) == []
    flagged = DATA["nouns_capitalised"] + DATA["adjectives_follow"] + DATA["pro_drop"]
    assert sorted(set(flagged) - set(LANGUAGES)) == []
