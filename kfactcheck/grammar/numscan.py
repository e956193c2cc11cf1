"""The number grammar's word tables and its one-pass scanner (numbers.py reads its matches).

Built at import from data/numbers.toml: the lookup tables, the pattern pieces, the slots
that hold words (ENGLISH_SLOTS; other languages fill their own in numlang.py), the
scanner (build_scanner) and the English Lexicon. Moved out of numbers.py unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kfactcheck import data


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
# Guards: one character test before a branch that cannot start there, so that the scanner
# does not try dozens of word alternatives at every digit (or every skip at a word). Each
# says only what the branch after it already requires; unguarded() takes them out again,
# and tests/claims/test_speed_paths.py checks that both scanners read alike.
_ND = r"(?!\d)(?#guard)"  # the branch after it starts with a letter or a symbol
_SKIP_START = r"(?=[\d+(])(?#guard)"  # every skip starts with a digit, "+" or "("
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
# a floor of two words or more may stand as a sentence adverb with its comma ("At least, 54
# houses", "Pelo menos, 54 casas"); one word ("over, 50") is too often something else
_BEFORE_COMMA = [p for p in _BEFORE_WORDS if _QUAL_BEFORE[p] == "at_least" and " " in p]
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
              (?: {_ND} (?: [Aa]{_WS}+quarter(?:{_WS}+of{_WS}+a)? | [Hh]alf{_WS}+a
                              | [Aa] | {_N99} )
                | \d{{1,3}} )
              (?:-|{_WS}+) {_DURATION_WORD}""",
        "fr": rf"""
              (?:[Aa]|[Oo]ne) (?:-|{_WS}+) {_FRAC_SINGULAR}           #   "a third of"
                  (?={_WS}+of\b) {_WS}+of
            | {_U9} (?:-|{_WS}+) {_FRAC_PLURAL} (?:{_WS}+of\b)?       #   "two-thirds (of)"
            | [Hh]alf (?: {_WS}+of\b | (?={_WS}+{_HALF_BEFORE}) )     #   half of, half the""",
        "ra": rf"""
              (?: {_ND} {_N99} | \d{{1,3}} ) {_WS}+ (?: in | out{_WS}+of ) {_WS}+
              (?: {_N99_LOWER} | \d{{1,3}}(?:,\d{{3}})*+ ) (?![\d.,]?\d)""",
        "dz": rf"(?: {_ND} (?: [Hh]alf{_WS}+a | [Aa] | {_N99} ) | \d{{1,3}} ) (?:-|{_WS}+) dozen\b",
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
        "before_comma": _alt(_BEFORE_COMMA),
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
      (?: {_ND} (?P<cp{n}> {S["cp"]} ) {_WS}? )?                     # $, €, US$, USD
      (?:
          (?P<du{n}> {S["du"]}                                        # durations in years
          )
        | {_ND} (?P<fr{n}> {S["fr"]}                                 # fractions
          )
          (?: {_WS}+an?{_WS}+ (?P<fs{n}>{_FRAC_SCALES}) )?            #   "... of a million"
        | (?P<ra{n}> {S["ra"]}                                        # ratios: "one in five"
          )
        | (?P<dz{n}> {S["dz"]}                                        # "a dozen", "two dozen"
          )
        | {_ND} (?P<vg{n}> {S["vg"]}                                 # vague quantities
          )
        | {_ND} (?P<ex{n}> {S["ex"]} )                               # "a couple of"
        | {_ND} (?P<sp{n}> {S["sp"]} )                               # words: "two million"
        | (?P<dg{n}> {S["dg"]} )                                      # digits, separators
          (?: (?P<gs{n}> {S["gs"]} ) (?!\w)                           #   glued scale: 4.5bn
            | (?![\w/]|:\S) )                                         #   or nothing glued
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
    {_SKIP_START}                                                    # (every skip starts so)
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
      (?: {_ND}                                                        # (none starts so:)
        (?: (?P<btw> {S["between"]} ) {_WS}+                          # between A and B
          | (?P<frm> {S["from"]} ) {_WS}+                             # from A to B
          | (?P<pre> (?: {S["before_words"]} ) {_WS}+                 # qualifier words
                   | (?: {S["before_comma"]} ) ,{_WS}+                 # "At least, 54"
                   | {S["before_symbols"]} {_WS}? )                   # ~ 3,700
        )
      )?
      {_figure(1, S)}
      (?:
        (?P<sep>
          (?(btw) (?: {_WS}+(?:{S["and"]}|{S["to"]}){_WS}+ | {_WS}?[-–]{_WS}? (?=[\d$€£]) )
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


def unguarded(pattern: str) -> str:
    """The scanner's pattern without its guards: what they stand for, for the tests."""
    return pattern.replace(_ND, "").replace(_SKIP_START, "")


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
    change_words: frozenset[str]  # "rose from 27 to 35": a change, two figures
    after_zone: re.Pattern  # words after a time of day: "1700 GMT", "13.30 Uhr"
    # (group, reader) pairs, tried in order (numread.ENGLISH_READERS). A reader takes
    # (fig, text, vals, ix, decimal_comma, lex) and says whether the figure reads.
    kinds: tuple = None  # type: ignore[assignment]
    figure_groups: dict = None  # type: ignore[assignment]
    match_groups: dict = None  # type: ignore[assignment]
    readers: dict = None  # type: ignore[assignment]  # n -> ((group index, reader), ...)
    # a whole hour as a time of day: words that end the text before it ("à 17 heures"), and
    # clock words after it that make it one anyway ("17 Uhr"); None: no such words
    hour_before: re.Pattern | None = None
    clock_only: re.Pattern | None = None
    day_before: re.Pattern | None = None  # "no último dia 15": a day of the month

    def __post_init__(self) -> None:
        self.figure_groups = {
            n: {k[:-1]: i - 1 for k, i in self.scan.groupindex.items() if k[-1] == str(n)}
            for n in (1, 2)
        }
        self.readers = {
            n: tuple((self.figure_groups[n][k], f) for k, f in self.kinds) for n in (1, 2)
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
