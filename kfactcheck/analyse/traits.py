"""What the comparison reads from words (data/compare.toml): counts that only rise, and the
phrases before a figure that say it moved. Loaded once, checked when loaded."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from kfactcheck.grammar.vocab import trie_pattern, vocab, words_regex

_LANGUAGES = ("en", "fr", "de", "es", "pt", "it")


@dataclass(frozen=True, slots=True)
class Traits:
    rising: frozenset[str]  # families of counted things that only grow
    windows: dict[str, int]  # family -> days within which its reports are of one moment
    moved_re: re.Pattern  # a moved phrase ending just before a figure
    contrast_re: re.Pattern  # a word bringing in a second source, in any language


@cache
def traits() -> Traits:
    with resources.files("kfactcheck").joinpath("data/compare.toml").open("rb") as fh:
        raw = tomllib.load(fh)
    unknown = (set(raw["moved"]) | set(raw["contrast"])) - set(_LANGUAGES)
    if unknown or not raw["rising"]["families"]:
        raise ValueError(f"data/compare.toml: unknown languages {sorted(unknown)}")
    if any(not isinstance(v, int) or v < 0 for v in raw["windows"].values()):
        raise ValueError("data/compare.toml: [windows] takes whole numbers of days")
    phrases = [p for lang in _LANGUAGES for p in raw["moved"].get(lang, [])]
    # the phrase, then at most three short words ("more than", "some", "€") before the figure
    moved = re.compile(
        r"\b(?:" + trie_pattern(phrases) + r")(?:\s+\S{1,12}){0,3}\s*$", re.IGNORECASE
    )
    return Traits(
        rising=frozenset(raw["rising"]["families"]),
        windows={k: int(v) for k, v in raw["windows"].items()},
        moved_re=moved,
        contrast_re=words_regex(
            [*vocab().contrast, *(w for lang in _LANGUAGES for w in raw["contrast"].get(lang, []))]
        ),
    )


def said_moved(quote: str, offset: int) -> bool:
    """The words just before a figure (at `offset` in its sentence) say the figure moved:
    "raised its aid to", "revised down to", "has since fallen to"."""
    return traits().moved_re.search(quote[max(0, offset - 80) : max(0, offset)]) is not None
