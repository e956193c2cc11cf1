"""The prefilter: whether a sentence can hold a claim at all (a digit, a word figures are
written with, a month name). Most sentences cannot, and skip the claim grammar."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from kfactcheck.grammar.dates import load_words
from kfactcheck.grammar.numbers import FIGURE_WORDS
from kfactcheck.grammar.numlang import may_hold as may_hold_in
from kfactcheck.grammar.vocab import trie_pattern


def may_hold(sentence: str, lang: str | None = None) -> bool:
    """Whether the sentence has a digit, a word a figure is written with or a month name:
    without one it holds no claim (a figure needs a digit or one of numbers.FIGURE_WORDS,
    a calendar date a digit or a month). Most sentences have none."""
    low = " " + sentence.lower()
    if lang is not None and lang != "en":
        return may_hold_in(low, lang)
    ascii_test, unicode_test = may_hold_patterns()
    return (ascii_test if low.isascii() else unicode_test).search(low) is not None


def held(
    text: str,
    spans: list[tuple[int, int]],
    lang: str | None = None,
    test: Callable[[str, str | None], bool] | None = None,
) -> Iterator[int]:
    """The indexes of the spans of `text` that pass `test` (may_hold by default), in order.
    English text under may_hold is read here with its patterns looked up once, not through
    a call per sentence (most sentences of every article are turned away)."""
    if (test is None or test is may_hold) and (lang is None or lang == "en"):
        ascii_test, unicode_test = may_hold_patterns()
        for i, (a, b) in enumerate(spans):
            low = " " + text[a:b].lower()
            if (ascii_test if low.isascii() else unicode_test).search(low) is not None:
                yield i
        return
    test = test or may_hold
    for i, (a, b) in enumerate(spans):
        if test(text[a:b], lang):
            yield i


@cache
def may_hold_patterns() -> tuple[re.Pattern, re.Pattern]:
    r"""The test r"\d|\b(?:words)\b" on the lower-cased sentence, for ASCII and any text.

    re skips ahead fast only to a character a pattern must start with, so these start with
    the character before the word, or the digit itself, on the sentence with a space put
    before it: a word starts after a non-word character. Most sentences are ASCII, where
    that class is a cheap bitmap.
    """
    return (
        re.compile(rf"[^a-z_](?:(?<=[0-9])|{may_hold_words()}\b)"),
        re.compile(rf"[\W\d](?:(?<=\d)|{may_hold_words()}\b)"),
    )


@cache
def may_hold_words() -> str:
    """The prefilter's words as one trie-shaped alternation."""
    dates = load_words()
    months = {m.lower() for m in [*dates["months"], *dates["month_abbreviations"]]}
    return trie_pattern(FIGURE_WORDS | months)
