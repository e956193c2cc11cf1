"""What the comparison reads from words: counts that only rise (data/units.toml, the list
extraction uses too, and the sums of data/compare.toml [rising]), families with their own
comparison window and the phrases before a figure that say it moved (data/compare.toml).
Loaded once, through the data loader that checks each file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kfactcheck import data
from kfactcheck.grammar.vocab import trie_pattern, vocab

_LANGUAGES = ("en", "fr", "de", "es", "pt", "it")


@dataclass(frozen=True, slots=True)
class Traits:
    rising: frozenset[str]  # families of counted things that only grow
    rising_money: frozenset[str]  # kinds of sums that only grow ("money:paid", any owner)
    windows: dict[str, int]  # family -> days within which its reports are of one moment
    moved_re: re.Pattern  # a moved phrase ending just before a figure
    source_re: re.Pattern  # a source named, or glued to its word ("Unternehmensangaben")
    planned_before: re.Pattern  # a plan's word ending just before a sum ("die geplanten")
    planned_after: re.Pattern  # a plan's word right after a sum ("3.1 billion planned")
    not_heads: tuple[str, ...]  # stems of units that are no head count (sums, measures)


@cache
def traits() -> Traits:
    raw = data.load("compare")
    unknown = (set(raw["moved"]) | set(raw["source_endings"]) | set(raw["second_source"])) | set(
        raw["planned"]
    )
    unknown -= set(_LANGUAGES)
    if unknown:
        raise data.DataFileError(f"data/compare.toml: unknown languages {sorted(unknown)}")
    if any(v < 0 for v in raw["windows"].values()):
        raise data.DataFileError("data/compare.toml: [windows] takes whole numbers of days")
    phrases = [p for lang in _LANGUAGES for p in raw["moved"].get(lang, [])]
    # the phrase, then at most three short words ("more than", "some", "€") before the figure
    moved = re.compile(
        r"\b(?:" + trie_pattern(phrases) + r")(?:\s+\S{1,12}){0,3}\s*$", re.IGNORECASE
    )
    endings = [e for lang in raw["source_endings"].values() for e in lang]
    named = [w for lang in raw["second_source"].values() for w in lang]
    # a source glued to its word ("Unternehmensangaben"), or one named in full
    source = re.compile(
        r"\w*(?:" + trie_pattern(endings) + r")\b|(?<!\w)(?:" + trie_pattern(named) + r")(?!\w)",
        re.IGNORECASE,
    )
    plans = trie_pattern([w for lang in raw["planned"].values() for w in lang])
    return Traits(
        planned_before=re.compile(
            r"(?<!\w)(?:" + plans + r")(?:\s+\S{1,12}){0,3}\s*$", re.IGNORECASE
        ),
        planned_after=re.compile(
            r"^\W{0,3}(?:\S+\s+){0,2}?(?:" + plans + r")(?!\w)", re.IGNORECASE
        ),
        rising=vocab().rising_counts,
        rising_money=frozenset(raw["rising"]["money"]),
        windows=dict(raw["windows"]),
        moved_re=moved,
        source_re=source,
        not_heads=tuple(raw["not_head_counts"]["units"]),
    )


def only_rises(family: str) -> bool:
    """A claim's counted family only grows as it is reported: a running toll ("deaths"), or
    a sum collected, paid or spent so far ("money:paid:government")."""
    t = traits()
    if family in t.rising:
        return True
    parts = family.split(":")
    return len(parts) > 1 and parts[0] == "money" and parts[1] in t.rising_money


def said_moved(quote: str, offset: int) -> bool:
    """The words just before a figure (at `offset` in its sentence) say the figure moved:
    "raised its aid to", "revised down to", "has since fallen to"."""
    return traits().moved_re.search(quote[max(0, offset - 80) : max(0, offset)]) is not None


def said_planned(quote: str, start: int, end: int) -> bool:
    """The words around a sum (at `start`-`end` in its sentence) give it as the plan or the
    official budget so far: "the 2.6 billion budgeted", "die ursprünglich geplanten 2,6
    Milliarden", "a cost officially estimated at 2.6 billion"."""
    t = traits()
    if t.planned_before.search(quote[max(0, start - 60) : max(0, start)]):
        return True
    return t.planned_after.search(quote[end : end + 40]) is not None


def second_source(text: str, lo: int, hi: int) -> re.Match | None:
    """Words between offsets `lo` and `hi` of `text` that bring in a source ("pour les
    autorités", "nach Unternehmensangaben", "Polizeischätzungen zufolge")."""
    return traits().source_re.search(text, lo, hi)


def head_count_unit(unit: str) -> bool:
    """`unit` counts things by the head (people, troops, homes, aftershocks), not a sum,
    a share, a date, a measure or a span of time (data/compare.toml [not_head_counts])."""
    return not unit.lower().startswith(traits().not_heads)
