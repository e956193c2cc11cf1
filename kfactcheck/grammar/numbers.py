"""Number grammar: every figure in a sentence, with the interval its wording allows.

    >>> [q.text for q in find_quantities("close to 4,000 troops from 27 countries")]
    ['close to 4,000', '27']

One compiled scanner (`_SCAN`, built at import from the word lists in
data/numbers.toml) finds each figure with its qualifier words in a single left-to-right
pass; a little Python then reads the digits and words, applies the qualifier and drops
what only looks like a count (years, clock times, dates, labels such as "Article 5",
ages, list markers). Every figure comes back as a `Quantity` (model.py).

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
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from kfactcheck import data
from kfactcheck.model import Quantity

__all__ = ["FIGURE_WORDS", "NUMBER_WORDS", "find_quantities", "parse_quantity"]


def _load_words() -> dict:
    return data.load("numbers")


# Immutable after import: the scanner and lookup tables below are built from it.
NUMBER_WORDS: dict = _load_words()
_W = NUMBER_WORDS

# ---------------------------------------------------------------------------- lookup tables
_SMALL: dict[str, int] = {**_W["units"], **_W["tens"]}
_SCALES: dict[str, int] = _W["scales"]
_ROUNDED_FROM: int = _W["scale_rules"]["rounded_from"]
_ABBR: dict[str, int] = _W["scale_abbreviations"]
_ABBR_NEEDS_CURRENCY = frozenset(_W["scale_abbreviation_rules"]["needs_currency"])
_ABBR_GLUED_ONLY = frozenset(_W["scale_abbreviation_rules"]["glued_only"])
_VAGUE_PLURALS: dict[str, int] = _W["vague_plurals"]
_PLURAL_SCALES: dict[str, int] = _W["vague_rules"]["plural_scales"]
_VAGUE_MULT: dict[str, int] = _W["vague_multipliers"]
_DOZEN: int = _W["dozen"]["dozen"]
_EXACT_PHRASES: dict[str, int] = _W["exact_phrases"]
_FRACTIONS: dict[str, int] = {**_W["fractions"], **_W["fractions_plural"]}
_DURATIONS: dict[str, int] = _W["durations"]
_HALF_NOT_AFTER = frozenset(_W["fraction_rules"]["half_not_after"])
# A figure written without a digit has one of these words: the spelled numbers, scales,
# vague plurals, dozen, fractions, durations and the words of the exact phrases ("several",
# "many" and "a few" count only with a scale word after them: "several hundred").
FIGURE_WORDS = frozenset(
    w.lower()
    for words in (_SMALL, _SCALES, _VAGUE_PLURALS, _W["dozen"], _FRACTIONS, _DURATIONS)
    for w in words
) | {w for phrase in _EXACT_PHRASES for w in phrase.split() if w not in ("a", "of")}
_PERCENT_WORDS: list[str] = _W["percent"]["words"]
_POINT_WORDS: list[str] = _W["percent"]["points"]
_CURRENCY_SYMBOLS: dict[str, str] = _W["currency_symbols"]
_CURRENCY_CODES = frozenset(_W["currency_codes"]["codes"])
_CURRENCY_WORDS: dict[str, str] = {k.lower(): v for k, v in _W["currency_words"].items()}
_YEAR_QUALIFIERS = frozenset(_W["years"]["qualifiers_before_years"])
_YEAR_FIRST, _YEAR_LAST = _W["years"]["first"], _W["years"]["last"]
_CHANGE_WORDS = frozenset(_W["ranges"]["change_words"])

_QUAL_BEFORE: dict[str, str] = {}
_QUAL_AFTER: dict[str, str] = {}
for _kind, _lists in _W["qualifiers"].items():
    for _p in _lists["before"]:
        _QUAL_BEFORE[_p] = _kind
    for _p in _lists["after"]:
        _QUAL_AFTER[_p] = _kind

# ---------------------------------------------------------------------------- pattern pieces
_WS = r"[^\S\n]"  # horizontal white space: a figure never spans a line break


def _phrase(phrase: str, cap: bool = True) -> str:
    """A phrase as a regex: words joined by any horizontal space; first letter in either
    case when `cap` (sentence-initial "More than"), the rest as written."""
    words = phrase.split(" ")
    parts = [re.escape(w) for w in words]
    first = words[0][:1]
    if cap and first.isalpha() and first.islower():
        parts[0] = f"[{first}{first.upper()}]" + re.escape(words[0][1:])
    return (_WS + "+").join(parts)


def _alt(phrases, cap: bool = True) -> str:
    """Alternation, longest first so that "seventeen" wins over "seven"."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(_phrase(p, cap) for p in ordered) + ")"


_U19 = _alt(_W["units"]) + r"\b"
_U19_LOWER = _alt(_W["units"], cap=False) + r"\b"
_U9_LOWER = _alt([w for w, v in _W["units"].items() if v < 10], cap=False) + r"\b"
_U9 = _alt([w for w, v in _W["units"].items() if v < 10]) + r"\b"
_TENS = _alt(_W["tens"]) + r"\b"
_TENS_LOWER = _alt(_W["tens"], cap=False) + r"\b"
_N99 = rf"(?:{_TENS}(?:(?:-|{_WS}+){_U9_LOWER})?|{_U19})"
_N99_LOWER = rf"(?:{_TENS_LOWER}(?:(?:-|{_WS}+){_U9_LOWER})?|{_U19_LOWER})"
_BIG_SCALES = [w for w, v in _SCALES.items() if v >= 1000]
_SCALE_WORD = _alt(_BIG_SCALES, cap=False) + r"\b"
_HUNDREDS = rf"(?:(?:[Aa]|{_U19})(?:-|{_WS}+)hundred\b(?:{_WS}+(?:and{_WS}+)?{_N99_LOWER})?)"
_HUNDREDS_LOWER = (
    rf"(?:(?:a|{_U19_LOWER})(?:-|{_WS}+)hundred\b(?:{_WS}+(?:and{_WS}+)?{_N99_LOWER})?)"
)
_SUB1000 = rf"(?:{_HUNDREDS}|{_N99})"
_SUB1000_LOWER = rf"(?:{_HUNDREDS_LOWER}|{_N99_LOWER})"

_SPELLED = rf"""
    (?: {_SUB1000} (?: {_WS}+and{_WS}+a{_WS}+half\b )?       # "twenty-seven", "one and a half"
      | [Aa] (?={_WS}+{_SCALE_WORD})                          # "a million"
      | [Hh]alf{_WS}+an? (?={_WS}+{_SCALE_WORD})              # "half a million"
    )
    (?: {_WS}+ {_SCALE_WORD}                                  # "... million"
        (?: {_WS}+ (?:and{_WS}+)? {_SUB1000_LOWER}            #   "... two hundred"
            (?: {_WS}+ {_SCALE_WORD} )? )*+                   #   "... thousand"
    )?
"""

_FRAC_SINGULAR = _alt(_W["fractions"], cap=False) + r"\b"
_FRAC_PLURAL = _alt(_W["fractions_plural"], cap=False) + r"\b"
_FRAC_SCALES = _alt([*_BIG_SCALES, "century", "decade"], cap=False) + r"\b"
_HALF_BEFORE = r"(?:the|its|their|his|her|our|all|those|these|them|this|that)\b"
_DURATION_WORD = _alt(_DURATIONS, cap=False) + r"\b"
_VAGUE_SIMPLE = [w for w in _VAGUE_PLURALS if w not in _W["vague_rules"]["needs_scale"]]
_VAGUE_SIMPLE = [w for w in _VAGUE_SIMPLE if w not in _W["vague_rules"]["needs_of"]]
_VAGUE_OF = _alt(_W["vague_rules"]["needs_of"]) + r"\b"
_VAGUE_HEADS = _alt(["tens", "hundreds", "dozens"]) + r"\b"
_SINGULAR_SCALES = _alt(["dozen", *_SCALES], cap=False) + r"\b"
_PERCENT = _alt(_POINT_WORDS + _PERCENT_WORDS, cap=False) + r"\b"
_CURRENCY_WORD = _alt(_W["currency_words"], cap=False) + r"\b"
_CODE = "(?:" + "|".join(sorted(_CURRENCY_CODES)) + r")\b"
_SYMBOL = (
    "(?:" + "|".join(re.escape(s) for s in sorted(_CURRENCY_SYMBOLS, key=len, reverse=True)) + ")"
)
_ABBR_ALT = _alt(_ABBR, cap=False)
_ABBR_SPACED = _alt([a for a in _ABBR if a not in _ABBR_GLUED_ONLY], cap=False) + r"\b"
_MONTH = (
    "(?:(?:"
    + "|".join(sorted(_W["dates"]["months"], key=len, reverse=True))
    + r")\b|(?:"
    + "|".join(sorted(_W["dates"]["month_abbreviations"], key=len, reverse=True))
    + r")\b\.?)"
)

_BEFORE_WORDS = [p for p in _QUAL_BEFORE if p[-1].isalnum() or p[-1] == "."]
_BEFORE_SYMBOLS = [p for p in _QUAL_BEFORE if p not in _BEFORE_WORDS]
_AFTER_WORDS = [p for p in _QUAL_AFTER if p[0].isalpha()]
_AFTER_GLUED = [p for p in _QUAL_AFTER if not p[0].isalpha() and p != "+"]


def _trie(entries) -> str:
    """A prefix tree of literal strings as one regex: sre then tries one branch per
    character instead of every word, which keeps the scan fast. Entries ending in a
    letter end at a word boundary."""
    root: dict = {}
    for entry in entries:
        node = root
        for ch in entry:
            node = node.setdefault(ch, {})
        node[""] = r"\b" if entry[-1].isalnum() else ""

    def build(node: dict) -> str:
        alts = [
            (_WS + "+" if ch == " " else re.escape(ch)) + build(node[ch])
            for ch in sorted(k for k in node if k)
        ]
        if "" in node:
            alts.append(node[""])
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return build(root)


def _capitalized(heads: set[str]) -> set[str]:
    return heads | {h[:1].upper() + h[1:] for h in heads}


def _figure_heads() -> set[str]:
    """The words a figure can begin with ("a" with the word after it)."""
    heads = {"one", "half", "a few", "a couple", "a quarter"}
    heads |= set(_SMALL) | set(_VAGUE_PLURALS) | set(_VAGUE_MULT) | set(_EXACT_PHRASES)
    heads |= {f"a {w}" for w in [*_W["fractions"], *_SCALES, "dozen", *_DURATIONS]}
    heads |= set(_CURRENCY_SYMBOLS) | set(_CURRENCY_CODES)
    return _capitalized(heads)


def _qualifier_heads() -> set[str]:
    """The words a qualifier begins with: two when the phrase has two or more ("in
    excess", "at least"), three after "of the" and the like, so that "in" alone is no
    candidate."""
    heads = {"between", "from"}
    for phrase in _QUAL_BEFORE:
        words = phrase.split(" ")
        heads.add(" ".join(words[: 3 if words[1:2] in (["the"], ["a"]) else 2]))
    return _capitalized(heads)


# Cheap first tests: can a figure (or a qualifier) begin here? A failing figure pattern
# costs microseconds; these lookaheads turn most words away in a few branch steps.
_FIGURE_START = r"(?=\d|" + _trie(_figure_heads()) + ")"
_CAN_START = r"(?=\d|\+\d|\(\d|" + _trie(_figure_heads() | _qualifier_heads()) + ")"


def _english_slots() -> dict[str, str]:
    """The pieces of the scanner that hold words: English here; other languages
    (numlang.py) put their own words in the same places, so that every scanner has the
    same groups in the same order and one reader serves them all."""
    return {
        "start": _FIGURE_START,
        "can_start": _CAN_START,
        "cp": rf"{_SYMBOL} | {_CODE} (?={_WS}?\d)",
        "du": rf"""
              (?: [Aa]{_WS}+quarter(?:{_WS}+of{_WS}+a)? | [Hh]alf{_WS}+a
                | [Aa] | {_N99} | \d{{1,3}} )
              (?:-|{_WS}+) {_DURATION_WORD}""",
        "fr": rf"""
              (?:[Aa]|[Oo]ne) (?:-|{_WS}+) {_FRAC_SINGULAR}           #   "a third of"
                  (?={_WS}+of\b) {_WS}+of
            | {_U9} (?:-|{_WS}+) {_FRAC_PLURAL} (?:{_WS}+of\b)?       #   "two-thirds (of)"
            | [Hh]alf (?: {_WS}+of\b | (?={_WS}+{_HALF_BEFORE}) )     #   half of, half the""",
        "ra": rf"""
              (?: {_N99} | \d{{1,3}} ) {_WS}+ (?: in | out{_WS}+of ) {_WS}+
              (?: {_N99_LOWER} | \d{{1,3}}(?:,\d{{3}})*+ ) (?![\d.,]?\d)""",
        "dz": rf"(?: [Hh]alf{_WS}+a | [Aa] | {_N99} | \d{{1,3}} ) (?:-|{_WS}+) dozen\b",
        "vg": rf"""
              {_VAGUE_HEADS} {_WS}+of{_WS}+ (?:thousands|millions|billions)\b
            | {_alt(_VAGUE_MULT)} {_WS}+ {_SINGULAR_SCALES}
                  (?: {_WS}+ (?:thousand|million|billion)\b )?        #   "several hundred thousand"
            | {_VAGUE_OF} (?={_WS}+of\b)                              #   "scores of"
            | {_alt(_VAGUE_SIMPLE)} \b                                #   dozens, thousands""",
        "ex": rf"{_alt(_EXACT_PHRASES)} \b",
        "sp": _SPELLED,
        "dg": r"\d++ (?: [.,\u00a0\u202f\u2009] \d++ )*+",
        "gs": _ABBR_ALT,
        "ws": rf"{_SCALE_WORD} (?:{_WS}+{_SCALE_WORD})? | hundred\b | {_ABBR_SPACED}",
        "pw": _PERCENT,
        "cw": _CURRENCY_WORD,
        "cc": _CODE,
        "phone_groups": r"\d++ (?: \ \d++ ){2,}+",
        "month": _MONTH,
        "ordinal": "(?:st|nd|rd|th)?",
        "of": "of",
        "before_words": _alt(_BEFORE_WORDS),
        "before_symbols": _alt(_BEFORE_SYMBOLS),
        "after_glued": _alt(_AFTER_GLUED, cap=False),
        "after_words": _alt(_AFTER_WORDS, cap=False),
        "between": "[Bb]etween",
        "from": "[Ff]rom",
        "and": "and",
        "to_or": "(?:to|or)",
        "to": "to",
    }


def _figure(n: int, S: dict[str, str]) -> str:
    """One figure, its groups suffixed with n (1 or 2): currency, number, scale, unit."""
    return rf"""
    (?P<f{n}>
      {S["start"]}
      (?: (?P<cp{n}> {S["cp"]} ) {_WS}? )?                            # $, €, US$, USD
      (?:
          (?P<du{n}> {S["du"]}                                        # durations in years
          )
        | (?P<fr{n}> {S["fr"]}                                        # fractions
          )
          (?: {_WS}+an?{_WS}+ (?P<fs{n}>{_FRAC_SCALES}) )?            #   "... of a million"
        | (?P<ra{n}> {S["ra"]}                                        # ratios: "one in five"
          )
        | (?P<dz{n}> {S["dz"]}                                        # "a dozen", "two dozen"
          )
        | (?P<vg{n}> {S["vg"]}                                        # vague quantities
          )
        | (?P<ex{n}> {S["ex"]} )                                      # "a couple of"
        | (?P<sp{n}> {S["sp"]} )                                      # words: "two million"
        | (?P<dg{n}> {S["dg"]} )                                      # digits, separators
          (?: (?P<gs{n}> {S["gs"]} ) (?!\w)                           #   glued scale: 4.5bn
            | (?![\w:/]) )                                            #   or nothing glued
          (?: {_WS}+ (?P<ws{n}> {S["ws"]} ) )?                        #   1.8 million, lakh crore
      )
      (?: {_WS}? (?P<pc{n}> % | ٪ )                                   # 5%, 2,5 %
        | {_WS}+ (?P<pw{n}> {S["pw"]} )                               # 5 percent, per cent
        | {_WS}+ (?P<cw{n}> {S["cw"]} )                               # 350 million euros
        | {_WS}+ (?P<cc{n}> {S["cc"]} )                               # 5 million USD
      )?
    )
    """


def _skip(S: dict[str, str]) -> str:
    return rf"""
    (?P<skip>                                                         # not counts: consumed
        \+\d{{1,4}} (?: [-.\ ()]{{1,2}} \d{{1,5}} ){{2,}}+            # phone: +44 20 7946 0958
      | \d{{1,2}} (?:[:.]\d{{2}}){{1,2}} {_WS}? (?:[ap]\.m\.|[ap]m\b|[AP]\.?M\b)   # 8.30am
      | \d{{1,2}} (?::\d{{2}}){{1,2}} (?!\d)                          # clock: 17:29, 08:29:00
      | \d{{1,2}} {_WS}? (?:[ap]\.m\.|[ap]m\b|[AP]\.?M\b)             # 8am, 8 a.m.
      | \d{{1,4}} (?P<dsep>[-/.]) \d{{1,2}} (?P=dsep) \d{{1,4}} (?!\d)    # dates: 20-09-2022
      | \d+ (?:/\d+)++                                                # 9/11, 24/7
      | \d{{1,2}} {S["ordinal"]}                                      # 20 November,
          (?: {_WS}?[-–]{_WS}? \d{{1,2}} {S["ordinal"]} )?             #   21-22 November,
          {_WS}+ (?:{S["of"]}{_WS}+)? {S["month"]}                     #   20th of May
      | \d++ (?:[.,]\d++)*+ (?! {S["gs"]} (?!\w) ) [^\W\d_] \w*     # glued: 1the, 21st, 5G
      | \(\d{{2,5}}\) {_WS}? \d{{3,4}} [-\ ]? \d{{3,4}} (?!\d)          # phone: (202) 555-0123
      | {S["phone_groups"]}                                           # spaced groups: phones
      | \d++ (?: -\d++ ){{2,}}+                                       # 555-0186-12 chains
    )
"""


def _qty(S: dict[str, str]) -> str:
    return rf"""
    (?P<qty>
      (?: (?P<btw> {S["between"]} ) {_WS}+                            # between A and B
        | (?P<frm> {S["from"]} ) {_WS}+                               # from A to B
        | (?P<pre> (?: {S["before_words"]} ) {_WS}+                   # qualifier words
                 | {S["before_symbols"]} {_WS}? )                     # ~ 3,700
      )?
      {_figure(1, S)}
      (?:
        (?P<sep>
          (?(btw) (?: {_WS}+{S["and"]}{_WS}+ | {_WS}?[-–]{_WS}? (?=[\d$€£]) )
          | (?(frm) (?: {_WS}+{S["to"]}{_WS}+ | {_WS}?[-–]{_WS}? (?=[\d$€£]) )
            | (?: {_WS}?[-–]{_WS}? (?=[\d$€£¥₹]) | {_WS}+{S["to_or"]}{_WS}+ ) ) )
        )
        {_figure(2, S)}
      )?
      (?P<post>
          \+ (?![\w+])                                                # 4,500+
        | {S["after_glued"]} \b                                       # 4,500-plus, 40-odd
        | {_WS}+ {S["after_words"]} \b                                # or more, or so
      )?
    )
"""


# A figure starts a token: never right after a letter, digit, currency sign, separator,
# hyphen or "#" ("N1", "COVID-19", "$2" seen from the "2", "1,500" seen from "500"),
# except after the few words written with a hyphen before a figure ("magnitude-6.3").
_TOKEN_START = (
    r"(?<![\w$€£¥₹.,:/+#])"  # one class test first: fails fast inside words
    + r"(?:(?<!-)"
    + "".join(f"|(?<={re.escape(w)}-)" for w in _W["hyphen_prefixes"]["words"])
    + ")"
)


def build_scanner(S: dict[str, str]) -> re.Pattern:
    """The one-pass scanner for a set of slots (_english_slots or a language's)."""
    body = "(?:" + _skip(S) + "|" + _qty(S) + ")"
    return re.compile(_TOKEN_START + S["can_start"] + body, re.VERBOSE)


ENGLISH_SLOTS = _english_slots()
_SCAN = build_scanner(ENGLISH_SLOTS)


@dataclass(slots=True)
class Lexicon:
    """What the reader needs of one language beside its scanner: the English one below;
    other languages' come from numlang.py. `figure` reads the groups English does not fill
    the same way (fr, dz, sp) for another language."""

    lang: str
    scan: re.Pattern
    qual_before: dict[str, str]
    qual_after: dict[str, str]
    scales: dict[str, int]
    abbr: dict[str, int]
    abbr_needs_currency: frozenset[str]
    currency_words: dict[str, str]
    year_qualifiers: frozenset[str]
    sep_words: dict[str, str]  # a language's "and" / "to" -> "and" / "to"
    labels: frozenset[str]  # words before a plain figure that make it a label: "Route 9"
    labels_any_case: frozenset[str]  # the same in any case: "article 5"
    figure: object = None  # callable(kind, text, fig) -> bool, for languages not English
    figure_groups: dict = None  # type: ignore[assignment]
    match_groups: dict = None  # type: ignore[assignment]

    def __post_init__(self) -> None:
        self.figure_groups = {
            n: {k[:-1]: i - 1 for k, i in self.scan.groupindex.items() if k[-1] == str(n)}
            for n in (1, 2)
        }
        self.match_groups = {
            k: self.scan.groupindex[k] - 1 for k in ("f2", "pre", "post", "btw", "frm", "sep")
        }


# ---------------------------------------------------------------------------- context checks
_LABELS_ANY_CASE = frozenset(w.lower() for w in _W["labels"]["any_case"])
_LABELS_CAPITALIZED = frozenset(_W["labels"]["capitalized"])
_MONTH_WORDS = frozenset(_W["dates"]["months"] + _W["dates"]["month_abbreviations"])
_AGE_WORDS = frozenset(_W["ages"]["before"])
_OPENING = "\"'“‘«([{"
_AFTER_LIST = re.compile(r"[.)](?:\s|$)")
_AFTER_AGE = re.compile(_alt(_W["ages"]["after"], cap=False) + r"\b")
_AFTER_FURNITURE = re.compile(rf"{_WS}+" + _alt(_W["furniture"]["after"], cap=False) + r"\b")
_AFTER_AM_PM = re.compile(rf"{_WS}*(?:[ap]\.m\.|[ap]m\b|[AP]\.?M\b)")
_AFTER_ZONE = re.compile(rf"{_WS}*" + _alt(_W["dates"]["timezones"], cap=False) + r"\b")
_TENS_VALUES = frozenset(_W["tens"].values())
_AFTER_ORDINAL = re.compile(rf"(?:-|{_WS}+)" + _alt(_W["ordinals"]["words"], cap=False) + r"\b")
_AFTER_MONTH = re.compile(rf"(?:st|nd|rd|th)?{_WS}+(?:of{_WS}+)?" + _MONTH)
_AFTER_COMMA = re.compile(r",(?:\s|$)")
_SPACES = re.compile(r"\s+")


# ---------------------------------------------------------------------------- reading figures
@dataclass(slots=True)
class _Fig:
    start: int
    end: int
    value: Decimal
    half_unit: Decimal = Decimal(0)  # rounding: half the unit of the last written digit
    default: str = "exact"  # qualifier when no qualifier word is written
    unit: str | None = None
    currency: str | None = None
    has_currency: bool = False
    spelled: bool = False
    ambiguous: bool = False
    scaled: bool = False  # a scale word or abbreviation multiplied the number
    year_like: bool = False  # bare four digits 1800-2100
    small_int: int | None = None  # plain integer under 1000 without separators
    fraction_like: bool = False
    half: bool = False  # "half (of)": a share, unless "the second half of"
    has_symbol: bool = False  # currency written before: "$2008" is never a year
    scale_abbr: str | None = None
    plain: bool = False  # digits (and dots) only, no comma, scale or unit: "737", "4.2"
    scale: int = 1  # the multiplier a scale word applied ("1.8 million": 1,000,000)
    decimals: int = 0  # decimals written before the scale
    digits: str = ""  # the digits as written, when the figure is bare digits


def _read_digits(s: str, decimal_comma: bool | None) -> tuple[Decimal, int, bool] | None:
    """(value, decimals written, ambiguous) for a digit run like "3,700" or "2,5"."""
    if len(s) > 24:
        return None
    for space in "\u00a0\u202f\u2009 ":
        if space in s:  # spaces only ever separate thousands: "4 500"
            groups = s.split(space)
            if any(len(g.split(",")[0].split(".")[0]) != 3 for g in groups[1:]):
                return None
            s = s.replace(space, "")
    commas, dots = s.count(","), s.count(".")
    if not commas and not dots:
        if len(s) > 1 and s[0] == "0":
            return None  # "049": an area code or an identifier, not a count
        return Decimal(s), 0, False
    if commas and dots:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        thou = "." if dec == "," else ","
        whole, _, frac = s.rpartition(dec)
        if dec in whole or not _thousands_ok(whole.split(thou)):
            return None
        return Decimal(whole.replace(thou, "") + "." + frac), len(frac), False
    sep = "," if commas else "."
    groups = s.split(sep)
    if len(groups) > 2:  # several separators of one kind: only thousands make sense
        return (Decimal("".join(groups)), 0, False) if _thousands_ok(groups) else None
    whole, frac = groups
    if len(whole) > 1 and whole[0] == "0":
        return None
    looks_thousands = len(frac) == 3 and _thousands_ok(groups)
    if sep == ",":
        if looks_thousands and not decimal_comma:
            return Decimal(whole + frac), 0, False
        return Decimal(whole + "." + frac), len(frac), False  # "2,5" is a decimal comma
    if looks_thousands:
        if decimal_comma:
            return Decimal(whole + frac), 0, False
        return Decimal(s), len(frac), decimal_comma is None  # "3.735": 3.735 or 3735?
    return Decimal(s), len(frac), False


def _thousands_ok(groups: list[str]) -> bool:
    return (
        1 <= len(groups[0]) <= 3
        and not (len(groups[0]) > 1 and groups[0][0] == "0")
        and groups[0] != "0"
        and all(len(g) == 3 for g in groups[1:])
    )


def _words(s: str) -> list[str]:
    return _SPACES.sub(" ", s.replace("-", " ")).lower().split(" ")


def _spelled_value(s: str) -> tuple[Decimal, int, int] | None:
    """Value of spelled words, the last scale used (1 if none) and the decimals of the
    multiplier before it ("one and a half million" -> 1500000, 1000000, 1)."""
    total, current, decimals, last_scale = Decimal(0), Decimal(0), 0, 1
    words = _words(s)
    i = 0
    while i < len(words):
        w = words[i]
        if w == "and" and words[i + 1 : i + 3] == ["a", "half"]:
            current += Decimal("0.5")
            decimals, i = 1, i + 3
            continue
        if w == "half":  # "half a million"
            current, decimals, i = Decimal("0.5"), 1, i + 2
            continue
        if w in ("and",):
            pass
        elif w in ("a", "an"):
            current = current or Decimal(1)
        elif w in _SMALL:
            current += _SMALL[w]
        elif w == "hundred":
            current = (current or Decimal(1)) * 100
            last_scale = 1
        elif w in _SCALES:
            total += (current or Decimal(1)) * _SCALES[w]
            last_scale = _SCALES[w]
            current = Decimal(0)
            decimals = decimals if i == len(words) - 1 else 0
        else:
            return None
        i += 1
    if current:
        last_scale = 1
    return total + current, last_scale, decimals


def _scale(fig: _Fig, mantissa: Decimal, scale: int) -> None:
    """Multiply by a scale; from a thousand up the figure reads as rounded."""
    fig.value, fig.scale = mantissa * scale, scale
    if scale >= _ROUNDED_FROM:
        fig.scaled, fig.default = True, "approx"
        fig.half_unit = Decimal("0.5") * Decimal(10) ** -fig.decimals * scale


def _small(s: str) -> Decimal | None:
    """Value of a number up to 99 in digits or words ("five", "twenty-seven", "12")."""
    if s[:1].isdigit():
        r = _read_digits(s, None)
        return r[0] if r else None
    v = _spelled_value(s)
    return v[0] if v else None


def _read_figure(
    m: re.Match, vals: tuple, n: int, decimal_comma: bool | None, lex: Lexicon
) -> _Fig | None:
    ix = lex.figure_groups[n]
    start, end = m.span(ix["f"] + 1)
    fig = _Fig(start, end, Decimal(0))
    words_read = False
    if lex.figure is not None:  # another language's words (digits are read below)
        for kind in ("fr", "dz", "sp"):
            if (words := vals[ix[kind]]) is not None:
                if not lex.figure(kind, words, fig):
                    return None
                words_read = True
                break
    if words_read:
        pass
    elif (digits := vals[ix["dg"]]) is not None:
        r = _read_digits(digits, decimal_comma)
        if r is None:
            return None
        value, decimals, fig.ambiguous = r
        abbr = vals[ix["gs"]] or vals[ix["ws"]]
        fig.decimals = decimals
        if abbr is not None:
            scale = 1
            for word in abbr.split():  # "1.5 lakh crore": both multiply
                word = word.rstrip(".€")
                scale *= lex.abbr.get(word) or lex.scales[word.lower()]
            if abbr.endswith("€"):  # "9,5 M€"
                fig.has_currency, fig.currency = True, "EUR"
            _scale(fig, value, scale)
            fig.scale_abbr = abbr
        else:
            fig.value, fig.digits = value, digits
            plain = digits.isdigit()
            fig.plain = plain or digits.replace(".", "").isdigit()  # 737, section 4.2
            if plain and len(digits) == 4 and _YEAR_FIRST <= int(digits) <= _YEAR_LAST:
                fig.year_like = True
            if plain and int(digits) < 1000:
                fig.small_int = int(digits)
    elif (fr := vals[ix["fr"]]) is not None:
        words = _words(fr)
        words = [w for w in words if w != "of"]
        if words == ["half"]:
            share, fig.half = Decimal(1) / 2, True
        else:
            num = Decimal(1) if words[0] in ("a", "one") else Decimal(_SMALL[words[0]])
            share = num / _FRACTIONS[words[-1]]
        fig.spelled, fig.default, fig.fraction_like = True, "approx", True
        if (fs := vals[ix["fs"]]) is not None:
            scale = _SCALES.get(fs) or _DURATIONS[fs]
            fig.value = share * scale
            fig.unit = "years" if fs in _DURATIONS else None
            if fs not in _DURATIONS:
                fig.scaled = True
        else:
            fig.value, fig.unit = share * 100, "percent"
    elif (ra := vals[ix["ra"]]) is not None:
        parts = re.split(rf"{_WS}+(?:in|out{_WS}+of){_WS}+", ra)
        a, b = _small(parts[0]), _small(parts[-1])
        if a is None or not b or a > b:
            return None
        fig.value, fig.unit, fig.default = a / b * 100, "percent", "approx"
        fig.spelled, fig.fraction_like = not ra[:1].isdigit(), True
    elif (du := vals[ix["du"]]) is not None:
        words = _words(du)
        per = _DURATIONS[words[-1]]
        head = words[:-1]
        if head[:2] == ["a", "quarter"]:
            mult = Decimal("0.25")
        elif head[:1] == ["half"]:
            mult = Decimal("0.5")
        elif head == ["a"]:
            mult = Decimal(1)
        else:
            mult = _small(" ".join(head))
            if mult is None:
                return None
        fig.value, fig.unit, fig.spelled = mult * per, "years", not du[:1].isdigit()
    elif (dz := vals[ix["dz"]]) is not None:
        head = _words(dz)[:-1]
        if head[:1] == ["half"]:
            mult = Decimal("0.5")
        elif head == ["a"]:
            mult = Decimal(1)
        else:
            mult = _small(" ".join(head))
            if mult is None:
                return None
        fig.value, fig.spelled = mult * _DOZEN, not dz[:1].isdigit()
    elif (vg := vals[ix["vg"]]) is not None:
        words = _words(vg)
        if words[-1] in _PLURAL_SCALES and "of" in words:  # tens of thousands
            fig.value = Decimal(_VAGUE_PLURALS[words[0]]) * _PLURAL_SCALES[words[-1]]
        elif words[0] in _VAGUE_PLURALS:
            fig.value = Decimal(_VAGUE_PLURALS[words[0]])
        else:  # several hundred (thousand), a few dozen
            head = "a few" if words[:2] == ["a", "few"] else words[0]
            value = Decimal(_VAGUE_MULT[head])
            for w in words[len(head.split(" ")) :]:
                value *= _DOZEN if w == "dozen" else _SCALES[w]
            fig.value = value
        fig.default, fig.spelled = "at_least", True
    elif (ex := vals[ix["ex"]]) is not None:
        fig.value, fig.spelled = Decimal(_EXACT_PHRASES[" ".join(_words(ex))]), True
    elif (sp := vals[ix["sp"]]) is not None:
        r = _spelled_value(sp)
        if r is None:
            return None
        value, last_scale, decimals = r
        fig.spelled, fig.decimals = True, decimals
        if last_scale > 1:
            _scale(fig, value / last_scale, last_scale)
            fig.default = "exact"  # "two million" is said as exact as "2,000,000"
        else:
            fig.value = value
        if fig.value == 1 and " ".join(_words(sp)) == "one":
            fig.small_int = 1
    # the unit the figure shows
    if (cp := vals[ix["cp"]]) is not None:
        fig.has_currency, fig.has_symbol = True, True
        fig.currency = _CURRENCY_SYMBOLS.get(cp) or (cp if cp in _CURRENCY_CODES else None)
    if vals[ix["pc"]] is not None:
        fig.unit = "percent"
    elif (pw := vals[ix["pw"]]) is not None:
        fig.unit = "percentage points" if pw.lower().startswith("percentage") else "percent"
    elif (cw := vals[ix["cw"]]) is not None:
        fig.has_currency = True
        fig.currency = fig.currency or lex.currency_words.get(" ".join(_words(cw))) or None
    elif (cc := vals[ix["cc"]]) is not None:
        fig.has_currency, fig.has_symbol = True, True
        fig.currency = fig.currency or cc
    if fig.has_currency:
        fig.unit = "currency"
    if fig.unit is not None:
        fig.plain = False
    return fig


# ---------------------------------------------------------------------------- building results
def _num(x: Decimal) -> float:
    return float(f"{float(x):.12g}")


def _interval(fig: _Fig, qual: str, approx_word: bool) -> tuple[float | None, float | None]:
    v = fig.value
    if qual == "exact":
        return _num(v), _num(v)
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
    key = " ".join(words.split()).lower()
    return table.get(key)


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
        label = token in lex.labels or token.lower() in lex.labels_any_case
        if label and f1.plain:
            return True  # Article 5, No. 3, Boeing 737 (but "and No 13,418" votes)
        if f1.half and token.lower() in _HALF_NOT_AFTER:
            return True  # the second half of 2022
        if token.lower() in _AGE_WORDS:
            return True  # aged 54
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
        if _AFTER_ZONE.match(text, e) and _clock(f1.digits, hour_alone=False):
            return True  # 1700 GMT, 17.30 CET, 1700 hours (but 48 hours, 10 hours)
    if bare and f1.small_int is not None and f2 is None:
        if line_start and _AFTER_LIST.match(text, e):
            return True  # "1. Skip to content"
        if text[s - 1 : s] == "[" and text[e : e + 1] == "]":
            return True  # a note reference: "drone footage [1]"
        name_comma = token.endswith(",") and token[:1].isupper() and len(token) > 2
        if name_comma and 0 < f1.small_int < 120 and _AFTER_COMMA.match(text, e):
            return True  # "Anselm Renner, 62, a farmer"
    return False


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


def _from_match(text: str, m: re.Match, decimal_comma: bool | None, lex: Lexicon) -> list[Quantity]:
    vals = m.groups()
    d = {name: vals[i] for name, i in lex.match_groups.items()}
    f1 = _read_figure(m, vals, 1, decimal_comma, lex)
    if f1 is None:
        return []
    f2 = None
    if d["f2"] is not None:
        f2 = _read_figure(m, vals, 2, decimal_comma, lex)
        if f2 is None:
            return []
    pre = d["pre"]
    pre_kind = _qualifier_kind(pre, lex.qual_before)
    post = d["post"]
    post_kind = _qualifier_kind(post, lex.qual_after)
    # years belong to the date extractor
    years = f2 is not None and f1.year_like and (f2.year_like or (f2.small_int or 0) >= 10)
    if years and _is_year(f1, pre_kind, pre, None, lex):
        return []  # 2019-2020, between 2019 and 2021
    if f2 is None and _is_year(f1, pre_kind, pre, post_kind, lex):
        return []
    for f in (f1, f2):
        if f is not None and (f.scale_abbr or "").rstrip(".") in lex.abbr_needs_currency:
            other = f2 if f is f1 else f1
            if not (f.has_currency or (other is not None and other.has_currency)):
                return []  # "300m" alone: metres, not millions
    counted = pre is not None or post is not None or d["btw"] is not None
    if _is_noise(text, m, f1, f2, counted, lex):
        return []
    start, end = m.span()
    if f2 is None:
        if d["btw"] is not None or d["frm"] is not None:
            start = f1.start  # "from 27 countries": "from" is no qualifier
        if pre is None and f1.small_int == 1 and f1.spelled:
            return []  # "one of the", "no one"
        qual = pre_kind or post_kind or f1.default
        approx_word = qual == "approx" and (pre_kind == "approx" or post_kind == "approx")
        return [_quantity(text, start, end, f1, qual, approx_word)]
    return _pair(text, m, f1, f2, pre_kind, post_kind, lex)


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
        separate = separate or any(w.strip(",;") in _CHANGE_WORDS for w in words)
    elif sep in ("to", "or") or sep.startswith(("-", "–")):
        if _token_before(text, m.start())[0].lower() == "by":
            separate = True  # "cut by 500 to 3,500"
        if f1.unit != f2.unit:
            separate = True  # "5% to 3,500"
    if sep == "and" and m.group("btw") is None:
        separate = True  # "200 et 100 millions": two figures, one scale (other languages)
    if separate:
        if sep.startswith(("-", "–")):
            return []  # "2-1": a score, not figures
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
    return out


# A figure in thousands glued to the word before it by page extraction ("Staff2,150
# employees"): the scanner starts no figure inside a word ("N1", "G7", "COVID-19"), so these
# few are read in a second pass, which a cheap test keeps off almost every sentence.
_GLUED = re.compile(r"[a-z]\d{1,3}(?:,\d{3})+(?![\d.,]?\d)")


def _glued(text: str, out: list[Quantity], decimal_comma, lex: Lexicon) -> list[Quantity]:
    scan = _unguarded(lex.scan.pattern)
    for g in _GLUED.finditer(text):
        m = scan.match(text, g.start() + 1)
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


ENGLISH = Lexicon(
    lang="en",
    scan=_SCAN,
    qual_before=_QUAL_BEFORE,
    qual_after=_QUAL_AFTER,
    scales=_SCALES,
    abbr=_ABBR,
    abbr_needs_currency=_ABBR_NEEDS_CURRENCY,
    currency_words=_CURRENCY_WORDS,
    year_qualifiers=_YEAR_QUALIFIERS,
    sep_words={},
    labels=_LABELS_CAPITALIZED,
    labels_any_case=_LABELS_ANY_CASE,
)
