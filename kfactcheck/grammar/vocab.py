"""The counted-thing vocabulary (data/units.toml), loaded once into lookup tables."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from kfactcheck import data


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    unit: str
    label: str
    nouns: frozenset[str]
    verbs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Vocab:
    families: dict[str, Family]
    noun_family: dict[str, str]  # noun (lowercase, singular and plural) -> family name
    verb_family: dict[str, str]  # clause cue -> family name
    people: frozenset[str]
    running_counts: frozenset[str]  # families counted as a total so far
    rising_counts: frozenset[str]  # running counts that only rise
    stop: frozenset[str]
    share_verbs: tuple[str, ...]
    share_predicates: frozenset[str]  # "40% of voters backed ...": verbs ending "voters"
    share_synonyms: dict[str, str]  # share noun -> the one it means ("offer" -> "rise")
    demand_re: re.Pattern  # a demand cue ending the text before a share
    link_back: tuple[str, ...]
    area_words: frozenset[str]
    events: dict[str, str]  # word near a date or year -> the event it dates
    ends: dict[str, str]  # a state "until" a date -> the event that ends it
    moved: tuple[str, ...]  # words saying a date was moved
    contrast: tuple[str, ...]  # words bringing in a second source between two figures
    money: dict[str, str]  # word near a currency figure -> kind of money
    label_before: frozenset[str]  # "the number 14 bus": a figure that names
    street_words: frozenset[str]  # "3 Kirk Street": an address
    events_re: re.Pattern  # any word of `events`
    ends_re: re.Pattern  # any word of `ends`
    moved_re: re.Pattern  # any word of `moved`
    contrast_re: re.Pattern  # any word of `contrast`


def trie_pattern(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, written as a trie; a space matches any whitespace.

    re tries the branches of an alternation one by one at every position; a trie
    ("d(?:ue|elay)") makes that a few character tests, which is several times faster for
    lists of a hundred phrases. Optional tails are greedy, so the longest phrase wins, as
    with longest-first lists.
    """
    trie: dict = {}
    for phrase in {" ".join(p.split()) for p in phrases}:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    branches = [
        (r"\s+" if ch == " " else re.escape(ch)) + _trie_regex(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def words_regex(words: Iterable[str]) -> re.Pattern:
    """One case-blind match of any of the whole words or phrases."""
    return re.compile(r"\b(?:" + trie_pattern(w.lower() for w in words) + r")\b", re.IGNORECASE)


def load_units_toml() -> dict:
    return data.load("units")


def singular(word: str) -> str:
    """Crude English singular, enough to match 'soldier' with 'soldiers'."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@cache
def vocab() -> Vocab:
    raw = load_units_toml()
    families: dict[str, Family] = {}
    noun_family: dict[str, str] = {}
    verb_family: dict[str, str] = {}
    for name, spec in raw["families"].items():
        fam = Family(
            name=name,
            unit=spec["unit"],
            label=spec.get("label", name),
            nouns=frozenset(spec.get("nouns", ())),
            verbs=tuple(spec.get("verbs", ())),
        )
        families[name] = fam
        for noun in fam.nouns:
            noun_family.setdefault(noun, name)
            noun_family.setdefault(singular(noun), name)
        for verb in fam.verbs:
            verb_family.setdefault(verb, name)
    people = frozenset(raw["people"]["nouns"]) | {singular(w) for w in raw["people"]["nouns"]}
    return Vocab(
        families=families,
        noun_family=noun_family,
        verb_family=verb_family,
        people=people,
        running_counts=frozenset(raw["running_counts"]["families"]),
        rising_counts=frozenset(raw["running_counts"]["families"])
        - frozenset(raw["running_counts"]["can_fall"]),
        stop=frozenset(raw["phrase"]["stop"]),
        share_verbs=tuple(raw["phrase"]["share_verbs"]),
        share_predicates=frozenset(raw["phrase"]["share_predicates"]),
        share_synonyms=dict(raw["share_synonyms"]),
        demand_re=re.compile(
            r"\b(?:" + trie_pattern(raw["phrase"]["demand_words"]) + r")\s+(?:an?\s+|the\s+)?$"
        ),
        link_back=tuple(sorted(raw["phrase"]["link_back"], key=len, reverse=True)),
        area_words=frozenset(raw["scope"]["area_words"]),
        events=dict(raw["events"]),
        ends=dict(raw["ends"]),
        moved=tuple(raw["moved"]["words"]),
        contrast=tuple(raw["contrast"]["words"]),
        money={w: kind for kind, words in raw["money"].items() for w in words},
        label_before=frozenset(raw["noise"]["label_before"]),
        street_words=frozenset(raw["noise"]["street_words"]),
        events_re=words_regex(raw["events"]),
        ends_re=words_regex(raw["ends"]),
        moved_re=words_regex(raw["moved"]["words"]),
        contrast_re=words_regex(raw["contrast"]["words"]),
    )
