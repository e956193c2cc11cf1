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
from collections import Counter
from functools import cache

from kfactcheck.grammar.numbers import NUMBER_WORDS

# only a decimal comma writes these: 3.735,5 / 1.234.567 / 2,5 (two decimals at most)
_COMMA_ONLY = re.compile(
    r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:\.\d{3}){2,}|\d+,\d{1,2})(?![\d.,]?\d)"
)
# only a decimal point writes these: 3,735.5 / 1,234,567 / 1.8 (a date "17.08.2022" is not)
_POINT_ONLY = re.compile(
    r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+\.\d+|\d{1,3}(?:,\d{3}){2,}|\d+\.\d{1,2})(?![\d.,]?\d)"
)
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 4_000  # characters read for the language: the first paragraphs decide


@cache
def _words() -> dict[str, frozenset[str]]:
    table = NUMBER_WORDS["separators"]
    return {"en": frozenset(table["english"])} | {
        lang: frozenset(ws) for lang, ws in table["decimal_comma"].items()
    }


def _english_words(sample: str) -> int:
    return sample.count(" the ") + sample.count(" and ") + sample.count(" of ")


def _language_writes_comma(text: str) -> bool | None:
    """True for a language of decimal commas, False for English, None when unclear."""
    # most articles are English: three substring counts (C speed) settle those at once, on
    # the text as written first (lower-casing only adds to the counts of lower-case words)
    sample = text[:_SAMPLE]
    if _english_words(sample) >= 12:
        return False
    sample = sample.lower()
    if _english_words(sample) >= 12:
        return False
    counts = Counter(_WORD.findall(sample))
    if counts.total() < 20:
        return None
    scores = {lang: sum(counts[w] for w in words) for lang, words in _words().items()}
    best = max(scores, key=lambda k: scores[k])
    second = sorted(scores.values())[-2]
    if scores[best] < max(5, 2 * second):  # a clear winner, or no opinion
        return None
    return best != "en"


# one group of three after a dot ("3.735") or a comma ("36,803"): a hint, not a proof
_DOT_GROUP = re.compile(r"(?<![\d.,])\d{1,3}\.\d{3}(?![\d.,]?\d)")
_COMMA_GROUP = re.compile(r"(?<![\d.,])\d{1,3},\d{3}(?![\d.,]?\d)")
# languages whose documents write decimal commas (read/language.py codes)
_COMMA_LANGUAGES = frozenset({"fr", "de", "es", "pt", "it", "nl", "hr", "sr", "bs", "pl"})


def decimal_comma(text: str, lang: str | None = None) -> bool | None:
    """True when `text` writes decimal commas, False when decimal points, None if unclear.

    `lang` is the document's language when known: English writes decimal points; the
    languages of _COMMA_LANGUAGES decimal commas, unless the document's own figures only
    ever group thousands with a comma ("36,803 personas", "1,030,000"): then the figures
    are read one by one and those that read two ways are flagged.
    """
    if lang is not None:
        base = lang.split("-")[0].lower()
        if base == "en":
            return False
        if base in _COMMA_LANGUAGES:
            comma = _COMMA_ONLY.search(text) or _DOT_GROUP.search(text)
            point = _POINT_ONLY.search(text) or _COMMA_GROUP.search(text)
            return None if point and not comma else True
    language = _language_writes_comma(text)
    if language is False:
        return False  # English, whatever a stray "2,5" suggests
    comma = _COMMA_ONLY.search(text) is not None
    point = _POINT_ONLY.search(text) is not None
    if language is True:
        return None if point and not comma else True
    # language unclear: the figures decide when they all point one way
    return comma if comma != point else None
