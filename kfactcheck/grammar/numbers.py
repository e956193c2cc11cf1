"""Number grammar: every figure in a sentence, with the interval its wording allows.

    >>> [q.text for q in find_quantities("close to 4,000 troops from 27 countries")]
    ['close to 4,000', '27']

One compiled scanner (numscan.py, built at import from the word lists in
data/numbers.toml) finds each figure with its qualifier words in a single left-to-right
pass; small readers (numread.py) read the digits and words of each figure, and this module
applies the qualifier and drops what only looks like a count (years, clock times, dates,
labels such as "Article 5", ages, list markers). Every figure comes back as a `Quantity`
(model.py). Documents in French, German, Spanish, Portuguese, Italian, Dutch and
Serbo-Croatian are read by a scanner of the same shape with that language's words
(numlang.py, data/languages.toml), with the same semantics.

Semantics (kept in line with ../shared/tools/score.py and the gold conventions):

- A bare figure is exact: "3,700" -> 3700..3700. A figure in digits with a scale of a
  thousand or more ("1.8 million", "$2 billion", "€300m") is rounded: approx, low/high
  = the rounding interval of its last written digit (1.75..1.85 million; 1.5..2.5 billion).
  Spelled out ("two million", "half a million") it is exact, as the gold conventions read
  a figure without a hedge word; a hedge word then gives it the width of its scale
  ("about two million" -> 1.5e6..2.5e6).
- approx words ("around", "about", "some", "~", "or so"...): value -/+ max(5 %, half the
  rounding unit). "around 3,700" -> 3515..3885; "about 2 billion" -> 1.5e9..2.5e9.
- close_to ("close to", "nearly", "almost", "just under"): 0.9 * value .. value.
- more_than / at_least: value .. None.  less_than / up_to: None .. value.
- range ("3,500-4,000", "between A and B", "A to B", "from A to B", "two or three"): the
  two ends, value the midpoint. After a word of change ("rose from 27 to 35", "fell from
  ...", up to three words before "from") it is two exact figures, and so are "A to B"
  and "A or B" with A >= B ("voted 35 to 27"), after "by" ("cut by 500 to 3,500") or
  with different units ("5% to 3,500"). "A-B" with A >= B ("2-1") is a score: nothing.
- Vague plurals are at_least: "dozens" 24, "hundreds" 200, "several hundred" 300,
  "thousands" 2,000, "tens of thousands" 20,000, "millions" 2e6. "a dozen" (12), "two
  dozen" (24), "half a dozen" (6) and "a couple of" (2) are exact; "a few" and "a
  handful" are not returned.
- Fractions and ratios are percentages, approx: "a third of" 33.33, "half of" 50,
  "two-thirds" 66.67, "one in five" 20. "a quarter of a million" is 250,000.
- Durations: "a decade" 10, "two decades" 20, "half a century" 50, unit "years". Other
  counted nouns ("23 years", "27 countries") are left to the caller: unit None.
- unit is only what the figure shows: "percent" (%, percent, per cent), "percentage
  points", "currency" ($, €, £, USD, euros...; `currency` holds the ISO code, or None
  when only the kind is known, as with "crowns"), "years" (durations).
- Digit separators: "3,700" and "1,234,567" are thousands; "2,5" (one or two digits
  after a single comma) is a decimal comma; "1.234.567" is thousands dots. "3.735" can
  be read either way: with decimal_comma=None it is read as 3.735 and flagged ambiguous;
  decimal_comma=True reads it as 3735 (and "3,700" as 3.7), False as 3.735.
- Not returned: four-digit years 1800-2100 written bare ("in 2008", "2019-2020"), unless
  a counting qualifier precedes them ("more than 2100 troops") or a % or scale follows;
  clock times ("17:29", "8.30am", "10 pm", "1700 GMT", "1700 hours"; "48 hours" stays);
  dates ("20-09-2022", "Oct. 31", "21-22 November"); list markers at line start ("1.
  Skip to content") and note references ("[1]"); digits glued to letters ("1the",
  "21st", "1990s", "5G") or after letters, hyphens or "#" ("N1", "G7", "COVID-19",
  "F-16", "#3"; but "magnitude-6.3"); labels before a plain figure ("Article 5", "Boeing
  737", "No. 3", "Section 4.2"; but "and No 13,418" votes); spelled ordinals
  ("twenty-first"); phone numbers; ages ("aged 54", "54-year-old", "Ana Lis, 54, a
  nurse"); page furniture ("6 min read"); "half" of a period ("the second half of
  2022"); "300m" / "10k" without a currency (metres, a race); the bare word "one" ("one
  of the", "no one") unless it heads a figure ("one hundred", "one in five", "one or
  two"); scores ("2-1").
- Returned and left to the caller: street numbers ("12 Baker Street"), "the 2 sides",
  what is counted.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from kfactcheck.grammar.numread import ENGLISH, _Fig, _read_figure, _scale
from kfactcheck.grammar.numscan import (
    _AFTER_AGE,
    _AFTER_AM_PM,
    _AFTER_COMMA,
    _AFTER_FURNITURE,
    _AFTER_LIST,
    _AFTER_MONTH,
    _AFTER_ORDINAL,
    _AGE_WORDS,
    _HALF_NOT_AFTER,
    _MONTH_WORDS,
    _OPENING,
    _TENS_VALUES,
    _TOKEN_START,
    FIGURE_WORDS,
    NUMBER_WORDS,
    Lexicon,
)
from kfactcheck.model import Quantity

__all__ = ["FIGURE_WORDS", "NUMBER_WORDS", "find_quantities", "parse_quantity"]


# ---------------------------------------------------------------------------- building results
def _num(x: Decimal) -> float:
    f = float(x)
    if f.is_integer() and -1e12 < f < 1e12:
        return f  # (12 significant digits hold it: the rounding below gives it back)
    return float(f"{f:.12g}")


def _interval(fig: _Fig, qual: str, approx_word: bool) -> tuple[float | None, float | None]:
    v = fig.value
    if qual == "exact":
        n = _num(v)
        return n, n
    if qual == "approx":
        d = fig.half_unit
        if approx_word or fig.fraction_like or not d:
            d = max(d, abs(v) * Decimal("0.05"))
        return _num(v - d), _num(v + d)
    if qual == "close_to":
        return _num(v * Decimal("0.9")), _num(v)
    if qual in ("more_than", "at_least"):
        return _num(v), None
    return None, _num(v)  # less_than, up_to


def _quantity(text: str, start: int, end: int, fig: _Fig, qual: str, approx_word: bool):
    low, high = _interval(fig, qual, approx_word)
    return Quantity(
        start=start,
        end=end,
        text=text[start:end],
        value=_num(fig.value),
        low=low,
        high=high,
        qualifier=qual,
        unit=fig.unit,
        currency=fig.currency if fig.unit == "currency" else None,
        spelled=fig.spelled,
        ambiguous=fig.ambiguous,
        number_start=fig.start,
        number_end=fig.end,
    )


def _qualifier_kind(words: str | None, table: dict[str, str]) -> str | None:
    if words is None:
        return None
    key = " ".join(words.rstrip().rstrip(",").split()).lower()  # "Pelo menos, 54"
    return table.get(key)


# one-letter road labels that are also the word for "to" ("A 47 subió", "À 47 s'élève"):
# opening a sentence, the preposition
_TO_WORDS = frozenset({"a", "à"})


def _token_before(text: str, s: int) -> tuple[str, bool]:
    """The token right before position s (on the same line, opening quotes and brackets
    stripped) and whether s starts its line. Looks back a bounded window only, so a
    long line never makes the scan quadratic."""
    window = text[max(0, s - 40) : s]
    head = window.rstrip()
    gap = window[len(head) :]
    if "\n" in gap or not head:
        return "", "\n" in gap or s <= 40
    return head.rsplit(None, 1)[-1].lstrip(_OPENING), False


# an age, then "and" or "or" before the next figure ("aged 73 and 71")
_AGE_THEN_AND = re.compile(
    r"\b(?:" + "|".join(sorted(_AGE_WORDS)) + r")\s+\d+\s+(?:and|or)\s+$", re.IGNORECASE
)


def _is_noise(
    text: str, m: re.Match, f1: _Fig, f2: _Fig | None, counted: bool, lex: Lexicon
) -> bool:
    """Context shows the figure is a date, time, label, age or list marker."""
    s, e = m.start(), m.end()
    token, line_start = _token_before(text, s)
    last = f2 or f1
    bare = not counted
    if token:
        if lex.lang in ("fr", "it"):  # elision: "l'article 5", "dell'articolo 3"
            token = token.replace("’", "'").rsplit("'", 1)[-1]
        low = token.lower()
        label = token in lex.labels or low in lex.labels_any_case
        if label and low in _TO_WORDS and not text[:s].rstrip()[: -len(token)].strip(_OPENING):
            label = False  # "A 53 subió la cifra de fallecidos": "to 53", not the road A 53
        if label and f1.plain and m.group("pre") is None:
            return True  # Article 5, No. 3, Boeing 737 (but "and No 13,418" votes)
        if f1.half and low in _HALF_NOT_AFTER:
            return True  # the second half of 2022
        if low in _AGE_WORDS:
            return True  # aged 54
        if low in ("and", "or") and _AGE_THEN_AND.search(text, max(0, s - 40), s):
            return True  # aged 73 and 71: both are ages
        if bare and 1 <= (f1.small_int or 0) <= 31 and token.rstrip(".") in _MONTH_WORDS:
            return True  # Oct. 31, November 21-22
    if _AFTER_AGE.match(text, e) or _AFTER_FURNITURE.match(text, e):
        return True  # 54-year-old, 6 min read
    tens = f1.spelled and f2 is None and f1.value in _TENS_VALUES
    if tens and _AFTER_ORDINAL.match(text, e):
        return True  # twenty-first (but "two first-time voters")
    if 1 <= (last.small_int or 0) <= 31 and _AFTER_MONTH.match(text, e):
        return True  # 20 November, between 20 and 22 November, around 20 May
    if f2 is None and f1.digits:
        if _AFTER_AM_PM.match(text, e) and _clock(f1.digits, hour_alone=True):
            return True  # 10 pm, 8.30 a.m.
        if lex.after_zone.match(text, e) and _clock(f1.digits, hour_alone=False):
            return True  # 1700 GMT, 17.30 CET, 1700 hours (but 48 hours, 10 hours)
        if _hour_of_day(text, s, e, f1.digits, lex):
            return True  # "à 17 heures", "a las 16 horas", "17 Uhr" (but "pendant 17 heures")
        day = bare and lex.day_before is not None and 1 <= (f1.small_int or 0) <= 31
        if day and lex.day_before.search(text, max(0, s - 30), s):
            return True  # "em Lorvia no último dia 9 causou": the 9th
    if bare and f1.small_int is not None and f2 is None:
        if line_start and _AFTER_LIST.match(text, e):
            return True  # "1. Skip to content"
        if text[s - 1 : s] == "[" and text[e : e + 1] == "]":
            return True  # a note reference: "drone footage [1]"
        name_comma = token.endswith(",") and token[:1].isupper() and len(token) > 2
        if name_comma and 0 < f1.small_int < 120 and _AFTER_COMMA.match(text, e):
            return True  # "Anselm Renner, 62, a farmer"
    return False


# "à 48 heures du scrutin", "a las 24 horas de la tragedia": hours counted to or from
_HOURS_OF = re.compile(r"\s+(?:de|du|des|d['’]|di|del|dei|della|do|da|van|von|vom)(?!\w)", re.I)


def _hour_of_day(text: str, s: int, e: int, digits: str, lex: Lexicon) -> bool:
    """A whole hour (0-24) and a clock word after it, read as a time of day: after a word
    that puts a time ("à", "a las", "om"), or before a word that only names one ("Uhr")."""
    if lex.hour_before is None and lex.clock_only is None:
        return False
    if not (digits.isdigit() and len(digits) <= 2 and int(digits) <= 24):
        return False
    if lex.clock_only is not None and lex.clock_only.match(text, e):
        return True
    word = lex.after_zone.match(text, e)
    if word is None or lex.hour_before is None or _HOURS_OF.match(text, word.end()):
        return False
    return lex.hour_before.search(text, max(0, s - 24), s) is not None


def _clock(digits: str, hour_alone: bool) -> bool:
    """Digits that can be a time of day: "1700", "8.30", and with `hour_alone` "10"."""
    if digits.isdigit():
        if len(digits) == 4:
            return int(digits[:2]) < 24 and int(digits[2:]) < 60
        return hour_alone and len(digits) <= 2 and int(digits) <= 12
    hh, _, mm = digits.partition(".")
    return hh.isdigit() and len(mm) == 2 and mm.isdigit() and int(hh) < 24 and int(mm) < 60


def _is_year(
    fig: _Fig, pre_kind: str | None, pre_words: str | None, post_kind: str | None, lex: Lexicon
):
    if not fig.year_like or fig.unit is not None or fig.has_symbol:
        return False
    if post_kind in ("more_than", "at_least", "up_to", "less_than"):
        return False
    if pre_words is None:
        return True
    return " ".join(pre_words.split()).lower() in lex.year_qualifiers


_WORD_AFTER = re.compile(r"[ \t\u00a0]+([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t\u00a0]+$")


def _counted_after(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the four digits at text[start:end] count the noun after them ("2000
    Soldaten", "1999 deaths") rather than date it: not after a word that puts a year
    ("in 1999 protesters", "im Jahr 2000 Soldaten"), as the date grammar reads them."""
    from kfactcheck.grammar.dategrammar import _grammar
    from kfactcheck.grammar.vocab import counted_noun

    w = _WORD_AFTER.match(text, end)
    if w is None or not counted_noun(w.group(1), lang):
        return False
    b = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return b is None or b.group(1).lower() not in _grammar(lang).year_before


def _from_match(text: str, m: re.Match, decimal_comma: bool | None, lex: Lexicon) -> list[Quantity]:
    vals = m.groups()
    g = lex.match_groups  # (looked up by name where read: no dict of them per match)
    f1 = _read_figure(m, vals, 1, decimal_comma, lex)
    if f1 is None:
        return []
    f2 = None
    if vals[g["f2"]] is not None:
        f2 = _read_figure(m, vals, 2, decimal_comma, lex)
        if f2 is None:
            return []
    pre = vals[g["pre"]]
    pre_kind = _qualifier_kind(pre, lex.qual_before)
    post = vals[g["post"]]
    post_kind = _qualifier_kind(post, lex.qual_after)
    # years belong to the date extractor
    years = f2 is not None and f1.year_like and (f2.year_like or (f2.small_int or 0) >= 10)
    if years and _is_year(f1, pre_kind, pre, None, lex):
        return []  # 2019-2020, between 2019 and 2021
    if (
        f2 is None
        and _is_year(f1, pre_kind, pre, post_kind, lex)
        # "2000 Soldaten", "1999 deaths": four digits before a counted noun count it
        and not _counted_after(text, m.start(), m.end(), lex.lang)
    ):
        return []
    for f in (f1, f2):
        if f is not None and (f.scale_abbr or "").rstrip(".") in lex.abbr_needs_currency:
            other = f2 if f is f1 else f1
            if not (f.has_currency or (other is not None and other.has_currency)):
                return []  # "300m" alone: metres, not millions
    btw = vals[g["btw"]]
    counted = pre is not None or post is not None or btw is not None
    if _is_noise(text, m, f1, f2, counted, lex):
        return []
    start, end = m.span()
    if f2 is None:
        if btw is not None or vals[g["frm"]] is not None:
            start = f1.start  # "from 27 countries": "from" is no qualifier
        weak = f1.small_int == 1 and f1.spelled and (pre is None or _weak_one(pre, lex))
        # "bis zu einem Betrag von 2 Milliarden", "hasta una cifra de 300": after any
        # qualifier, an article before the noun that introduces the figure
        weak = weak or (
            f1.small_int == 1
            and f1.spelled
            and (amount := _amount_of(lex.lang)) is not None
            and amount.match(text, end) is not None
        )
        if weak and not (lex.lang != "en" and _one_counts(text, start, end)):
            return []  # "one of the", "no one", "una persona"
        qual = pre_kind or post_kind or f1.default
        approx_word = qual == "approx" and (pre_kind == "approx" or post_kind == "approx")
        return [_quantity(text, start, end, f1, qual, approx_word)]
    return _pair(text, m, f1, f2, pre_kind, post_kind, lex)


# An article is followed by its noun, never by a place's preposition: "y una en Norte",
# "e uno ad Alba" count one; so does a word for one that ends a list of figures ("9
# bombeiros e um militar").
_ONE_THEN_PLACE = re.compile(  # ("y una más en Norte" after a list: one more there)
    r"(?P<more>\s+(?:más|mais|in\s+più|de\s+plus))?"
    r"\s+(?:en|em|no|na|nos|nas|in|im|nel|nella|dans|au|aux|à|ad|a(?=\s+[A-ZÀ-Ý]))\s"
)


@lru_cache(maxsize=16)
def _amount_of(lang: str) -> re.Pattern[str] | None:
    """A word for an amount, then its "of" and a figure ("Höhe von rund 4", "cifra de
    300"; data/money.toml [neutral] and [named_by]): a word for one before it is its
    article."""
    from kfactcheck.data import load

    money = load("money")
    nouns = money["neutral"].get(lang, [])
    ofs = [w for w in money["named_by"].get(lang, []) if " " not in w]
    if not nouns or not ofs:
        return None
    alt = "|".join(re.escape(w) for w in sorted(nouns, key=len, reverse=True))
    of = "|".join(re.escape(w) for w in ofs)
    return re.compile(rf"(?i)\s+(?:{alt})\s+(?:{of})\s+(?:[^\W\d]+\s+){{0,2}}\d")


_LIST_BEFORE = re.compile(r"\s(?:y|e|ed|et|und|i)\s+$")  # (not "en": "in" in Spanish)
_CLAUSE_STOP = re.compile(r"[.;:!?]\s")


def _one_counts(text: str, start: int, end: int) -> bool:
    """Whether another language's word for one at text[start:end] is a count, not an
    article: a place's preposition after it, or a list of figures before it."""
    place = _ONE_THEN_PLACE.match(text, end)
    if place and not place.group("more"):
        return True
    if not _LIST_BEFORE.search(text, max(0, start - 6), start):
        return False
    if place:
        return True
    if any(ch.isdigit() for ch in text[end : end + 30]):
        return False  # "y un total de 93": an article before the figure it introduces
    back = text[max(0, start - 80) : start]
    stops = list(_CLAUSE_STOP.finditer(back))
    back = back[stops[-1].end() :] if stops else back
    return any(ch.isdigit() for ch in back)


def _weak_one(pre: str, lex: Lexicon) -> bool:
    """Another language's word for one after a one-word qualifier is an article: "über eine
    Anpassung", "casi un año"; after two words it counts: "mehr als ein", "plus d'un"."""
    words = pre.split()
    return lex.lang != "en" and len(words) == 1 and not words[0].endswith(("'", "’"))


# a third level after "A to B": "and then to", ", puis à", "und dann auf", "y luego a"
_THEN_TO = re.compile(
    r"(?i)\s*,?\s*(?:(?:and|et|und|y|e|en)\s+)?(?:then|later|puis|ensuite|dann|danach|später"
    r"|luego|después|despues|poi|quindi|depois|daarna|dan)\b"
)


def _pair(text, m, f1: _Fig, f2: _Fig, pre_kind, post_kind, lex: Lexicon) -> list[Quantity]:
    """Two figures joined by and / to / or / a dash: a range, or two separate figures."""
    sep = " ".join(m.group("sep").split()).lower()
    sep = lex.sep_words.get(sep, sep)
    # a scale, unit or currency written once applies to both ends: "$3-4 billion", "10-20%"
    shared = f2.scale > 1 and f1.scale == 1 and not f1.fraction_like and f1.unit != "years"
    if shared and f1.value <= 10 * f2.value / f2.scale:  # not "from 500 to 2 million"
        _scale(f1, f1.value, f2.scale)
    if f1.unit is None and f2.unit in ("percent", "percentage points", "currency"):
        f1.unit, f1.currency = f2.unit, f2.currency
    if f2.unit is None and f1.unit == "currency":
        f2.unit, f2.currency = f1.unit, f1.currency
    separate = f1.value >= f2.value
    if m.group("frm") is not None and not sep.startswith(("-", "–")):
        words = text[max(0, m.start() - 40) : m.start()].lower().split()[-3:]
        separate = separate or any(w.strip(",;") in lex.change_words for w in words)
    elif sep in ("to", "or") or sep.startswith(("-", "–")):
        if _token_before(text, m.start())[0].lower() == "by" and sep in ("to", "or"):
            separate = True  # "cut by 500 to 3,500" (but "by £3bn-£4bn" is a range)
        if f1.unit != f2.unit:
            separate = True  # "5% to 3,500"
    if sep == "to" and _THEN_TO.match(text, m.end()):
        separate = True  # "from £12bn to £19bn and then to £31bn": a chain of levels
    if sep == "change" or (sep == "and" and m.group("btw") is None):
        separate = True  # "200 et 100 millions": two figures, one scale (other languages)
    if separate:
        spaced = m.group("sep")[:1].isspace()
        if sep.startswith(("-", "–")) and not (f1.unit == f2.unit == "currency" and spaced):
            return []  # "2-1": a score, not figures ("£16bn - £4bn more": two sums)
        s1 = f1.start if m.group("btw") or m.group("frm") else m.start()
        q1 = _quantity(text, s1, f1.end, f1, pre_kind or f1.default, pre_kind == "approx")
        q2 = _quantity(text, f2.start, m.end(), f2, post_kind or f2.default, post_kind == "approx")
        return [q1, q2]
    low, high = _num(f1.value), _num(f2.value)
    return [
        Quantity(
            start=m.start(),
            end=m.end(),
            text=m.group(),
            value=_num((f1.value + f2.value) / 2),
            low=low,
            high=high,
            qualifier="range",
            unit=f2.unit,
            currency=f2.currency if f2.unit == "currency" else None,
            spelled=f1.spelled or f2.spelled,
            ambiguous=f1.ambiguous or f2.ambiguous,
            number_start=f1.start,
            number_end=f2.end,
        )
    ]


# ---------------------------------------------------------------------------- public API
def find_quantities(
    text: str, *, decimal_comma: bool | None = None, lang: str | None = None
) -> list[Quantity]:
    """Every figure in `text` (usually one sentence), left to right, non-overlapping.

    Offsets are relative to `text`. `decimal_comma`: None reads each figure by its digit
    pattern and flags the ambiguous ones ("3.735"); True reads "3.735" as 3735 and
    "3,700" as 3.7 (a document in a language that writes decimal commas); False reads
    "3.735" as 3.735. `lang`: the document's language (read/language.py); figures in
    French, German, Spanish, Portuguese, Italian, Dutch and Serbo-Croatian are read with
    that language's words (numlang.py), anything else as English.
    """
    lex = ENGLISH
    if lang is not None and lang != "en":
        from kfactcheck.grammar.numlang import lexicon

        lex = lexicon(lang) or ENGLISH
    out: list[Quantity] = []
    for m in lex.scan.finditer(text):
        if m.group("qty") is not None:
            out.extend(_from_match(text, m, decimal_comma, lex))
    if _GLUED.search(text) is not None:
        out = _glued(text, out, decimal_comma, lex)
    if "/" in text:
        out = _slash_ranges(text, out)
    if len(out) > 1 and lex.lang in _MIL_LANGS and " mil " in text:
        out = _mil_groups(text, out)
    return out


# "513 mil 524 habitantes" (Mexico): thousands written "mil" and the units after them as
# digits are one figure, 513,524; so are "2 millones 300 mil" (2,300,000)
_MIL_LANGS = frozenset({"es", "pt"})
_MIL_GAP = re.compile(r"\s+")


def _mil_groups(text: str, out: list[Quantity]) -> list[Quantity]:
    """`out` with each figure ending in a scale word ("513 mil") joined to the plain
    figure of fewer digits right after it ("524")."""
    joined: list[Quantity] = []
    for q in out:
        prev = joined[-1] if joined else None
        if (
            prev is not None
            and prev.text[:1].isdigit()  # no qualifier word: "approx" is the scale's
            and q.text[:1].isdigit()
            and q.qualifier in ("exact", "approx")
            and prev.unit is None
            and q.unit is None
            and not q.spelled
            and prev.text.lower().endswith(("mil", "millones", "milhões", "millón", "milhão"))
            and _MIL_GAP.fullmatch(text, prev.end, q.start)
            and prev.value >= 1000
            and 0 < q.value < _scale_of(prev)
            and q.value == int(q.value)
        ):
            value = prev.value + q.value  # "2 millones 300 mil": the last group's rounding
            joined[-1] = Quantity(
                start=prev.start,
                end=q.end,
                text=text[prev.start : q.end],
                value=value,
                low=prev.value + (q.low if q.low is not None else q.value),
                high=prev.value + (q.high if q.high is not None else q.value),
                qualifier=q.qualifier,
                spelled=prev.spelled,
                ambiguous=prev.ambiguous or q.ambiguous,
                number_start=prev.number_start,
                number_end=q.number_end,
            )
            continue
        joined.append(q)
    return joined


def _scale_of(q: Quantity) -> float:
    """The scale word's size at the end of `q`'s text: 1,000 for "mil", 1,000,000 else."""
    return 1000.0 if q.text.lower().endswith("mil") else 1_000_000.0


# "30/40 dispersi", "100/150 people": two round figures joined by a slash are a range when
# neither can be a day or a month (both over 12) and the second is the larger, at most
# twice the first; "9/11", "24/7", "3/4" and "50/50" stay what they are (skipped).
_SLASH = re.compile(r"(?<![\w/.,])(\d{2,5})/(\d{2,5})(?![\w/]|[.,]\d)")


def _slash_ranges(text: str, out: list[Quantity]) -> list[Quantity]:
    added = []
    for m in _SLASH.finditer(text):
        low, high = int(m.group(1)), int(m.group(2))
        if not (12 < low < high <= 2 * low and low % 5 == 0 and high % 5 == 0):
            continue
        if any(q.start < m.end() and m.start() < q.end for q in out):
            continue
        added.append(
            Quantity(
                start=m.start(),
                end=m.end(),
                text=m.group(),
                value=_num(Decimal(low + high) / 2),
                low=float(low),
                high=float(high),
                qualifier="range",
                unit=None,
                number_start=m.start(),
                number_end=m.end(),
            )
        )
    return sorted(out + added, key=lambda q: q.start) if added else out


# A figure in thousands glued to the word before it by page extraction ("Staff2,150
# employees"): the scanner starts no figure inside a word ("N1", "G7", "COVID-19"), so these
# few are read in a second pass, which a cheap test keeps off almost every sentence.
# (written digit first, the letter looked back at: re skips ahead to a digit in C)
_GLUED = re.compile(r"\d(?<=[a-z]\d)\d{0,2}(?:,\d{3})+(?![\d.,]?\d)")


def _glued(text: str, out: list[Quantity], decimal_comma, lex: Lexicon) -> list[Quantity]:
    scan = _unguarded(lex.scan.pattern)
    for g in _GLUED.finditer(text):
        m = scan.match(text, g.start())
        if m is not None and m.group("qty") is not None:
            out.extend(_from_match(text, m, decimal_comma, lex))
    return sorted(out, key=lambda q: q.start)


@lru_cache(maxsize=8)
def _unguarded(pattern: str) -> re.Pattern:
    """A scanner without its token-start test, to read a figure where one is known to be."""
    return re.compile(pattern.removeprefix(_TOKEN_START), re.VERBOSE)


def parse_quantity(text: str) -> Quantity | None:
    """The first figure in a short string ("close to 4,000"), or None."""
    found = find_quantities(text)
    return found[0] if found else None
