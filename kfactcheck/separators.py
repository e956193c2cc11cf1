"""Which way a document writes decimals: "3.735 vojnika" (3,735) or "3.735 km" (3.735).

A figure like "3.735" or "3,700" reads both ways. The document itself usually settles it:
its other figures ("1.234.567", "2,5 %" only exist with a decimal comma; "1,234,567" and
"1.8 million" only with a decimal point) and its language (English writes decimal points;
German, Serbian, French and others decimal commas). `decimal_comma` gives True or False
when the document shows it and None when nothing does; figures read with None that could
go either way are flagged (Quantity.ambiguous) and the document gets a warning.
"""

from __future__ import annotations

import re
from functools import cache

from kfactcheck.numbers import NUMBER_WORDS

# only a decimal comma writes these: 3.735,5 / 1.234.567 / 2,5 (two decimals at most)
_COMMA_ONLY = re.compile(
    r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:\.\d{3}){2,}|\d+,\d{1,2})(?![\d.,]?\d)"
)
# only a decimal point writes these: 3,735.5 / 1,234,567 / 1.8 (a date "17.08.2022" is not)
_POINT_ONLY = re.compile(
    r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+\.\d+|\d{1,3}(?:,\d{3}){2,}|\d+\.\d{1,2})(?![\d.,]?\d)"
)
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 20_000  # characters read for the language: the first few paragraphs decide


@cache
def _words() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    table = NUMBER_WORDS["separators"]
    comma = {lang: frozenset(ws) for lang, ws in table["decimal_comma"].items()}
    return frozenset(table["english"]), comma


def _language_writes_comma(text: str) -> bool | None:
    """True for a language of decimal commas, False for English, None when unclear."""
    english, comma = _words()
    counts = {"en": 0, **dict.fromkeys(comma, 0)}
    n = 0
    for m in _WORD.finditer(text, 0, min(len(text), _SAMPLE)):
        w = m.group().lower()
        n += 1
        if w in english:
            counts["en"] += 1
        for lang, words in comma.items():
            if w in words:
                counts[lang] += 1
    if n < 20:
        return None
    best = max(counts, key=lambda k: counts[k])
    second = sorted(counts.values())[-2]
    if counts[best] < max(5, 2 * second):  # a clear winner, or no opinion
        return None
    return best != "en"


def decimal_comma(text: str) -> bool | None:
    """True when `text` writes decimal commas, False when decimal points, None if unclear."""
    comma = _COMMA_ONLY.search(text) is not None
    point = _POINT_ONLY.search(text) is not None
    language = _language_writes_comma(text)
    if language is False:
        return False  # English, whatever a stray "2,5" suggests
    if language is True:
        return None if point and not comma else True
    return (comma and not point) or (False if point and not comma else None)
