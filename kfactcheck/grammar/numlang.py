"""Figures in French, German, Spanish, Portuguese, Italian, Dutch and Serbo-Croatian.

    >>> [(q.text, q.value) for q in find_quantities("près de 480 000 manifestants", lang="fr")]
    [('près de 480 000', 480000.0)]

Each language gets its own scanner, built by numbers.build_scanner from the same slots as
English but filled with that language's words (data/languages.toml): its qualifiers ("plus
de", "mehr als", "al menos"...) with the English intervals, scale words with their
inflections and abbreviations ("Millionen", "Mrd.", "bilhões", "mil"), digits grouped by
spaces ("480 000"), number words ("vingt-sept", "siebenundzwanzig", "dos mil"), fractions
("deux tiers", "die Hälfte"), collective round numbers ("une dizaine", "una quindicina",
read as approx), ranges ("entre 80 et 100", "30 bis 40") and day-month dates to skip ("6
avril", "14. Juli", "29 de octubre"). English words are not read in those documents: "once"
is eleven in Spanish, "due" two in Italian.

Number words are read by text2num (a compiled library: 0.2 microseconds a call) for the
languages it covers, and from the table's own values for Serbo-Croatian. The scanner is
built on first use of a language (about 0.1 s), never for English-only corpora.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from kfactcheck import data
from kfactcheck.grammar import numread as R
from kfactcheck.grammar import numscan as N

__all__ = ["code", "languages", "lexicon"]

_WS = N._WS
_NEVER = "(?!)"  # a slot a language leaves empty: never matches
_TEXT2NUM = frozenset({"fr", "de", "es", "pt", "it", "nl"})
# halves before a scale word: "mezzo miliardo", "eine halbe Million", "meio milhão"
_HALF_SCALE = (
    "mezzo",
    "mezza",
    "halbe",
    "halben",
    "meio",
    "meia",
    "medio",
    "media",
    "demi",
    "half",
    "pola",
)


@cache
def _data() -> dict:
    return data.load("languages")


def languages() -> list[str]:
    """The table codes: fr de es pt it nl sh."""
    return list(_data()["codes"])


def code(lang: str | None) -> str | None:
    """The table a language code reads with ("fr-FR" -> "fr", "hr" -> "sh"), or None."""
    if not lang:
        return None
    base = lang.strip().lower().replace("_", "-").split("-")[0]
    base = _data()["aliases"].get(base, base)
    return base if base in _data()["codes"] else None


def _ci(phrases) -> str:
    """Alternation of phrases in any case, longest first; spaces match any run of spaces."""
    ordered = sorted({p for p in phrases if p}, key=lambda p: (-len(p), p))
    if not ordered:
        return _NEVER
    parts = [(_WS + "+").join(re.escape(w) for w in p.split(" ")) for p in ordered]
    return "(?i:" + "|".join(parts) + ")"


def _exact(phrases) -> str:
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(re.escape(p) for p in ordered) + ")" if ordered else _NEVER


def _norm(s: str) -> str:
    return " ".join(R._words(s))


@cache
def lexicon(lang: str) -> N.Lexicon | None:
    """The number grammar of a language (None for English or a language without a table)."""
    key = code(lang)
    if key is None:
        return None
    return _build(key, _data()[key])


def _build(key: str, table: dict) -> N.Lexicon:
    d = table["numbers"]
    dates = table["dates"]
    values = {k.lower(): v for k, v in d.get("values", {}).items()}
    pieces = d.get("words") or list(values)
    piece = _ci(pieces)
    token = (f"(?:{piece})+" if d.get("compound") else piece) + r"(?!\w)"
    if d.get("not_alone"):  # "und" is part of "siebenundzwanzig", not a number
        token = rf"(?!{_ci(d['not_alone'])}(?!\w)){token}"
    joiner = _ci(d["joiners"])
    number = rf"{token}(?:(?:-|{_WS}+)(?:{joiner}(?:-|{_WS}+))?{token})*+"
    scales = {k.lower(): v for k, v in d["scales"].items()}
    scale_word = _ci(scales) + r"(?!\w)"
    # "mezzo miliardo", "un demi-million", "eine halbe Million", "een half miljoen"
    half_scale = rf"(?:{_ci(d['one'])}{_WS}+)?{_ci(_HALF_SCALE)}(?:-|{_WS}+){scale_word}"
    spelled = [half_scale]
    if d.get("thousand_word"):  # "mil 204", "cinco mil 935": thousands and then digits
        thousand = _ci([d["thousand_word"]])
        spelled.append(rf"(?:{token}{_WS}+)*?{thousand}{_WS}+\d{{1,3}}(?![\d.,]?\d)")
    spelled.append(number)
    abbr = _exact(d["abbreviations"])
    # "12 Mrd. Euro": the dot is the abbreviation's; "R$ 11 bi." ends the sentence
    abbr_dot = rf"(?:{_exact(d['dotted'])}\.|{abbr}(?!\w))"
    around = _ci(d["around"]) + r"(?!\w)"
    heads = d["around_heads"]
    qualifiers: dict[str, str] = {}
    for kind, phrases in d["qualifiers"].items():
        for p in phrases:
            qualifiers.setdefault(_norm(p), kind)
    words_before = [p for p in qualifiers if p[-1].isalnum() or p[-1] == "."]
    glued_before = [p for p in qualifiers if p not in words_before] + ["~", "≈"]
    comma_before = [p for p in words_before if qualifiers[p] == "at_least" and " " in p]
    months = list(dates["months"]) + list(dates["month_abbreviations"])
    ordinal = _exact(dates["ordinal"])
    dg = r"\d++ (?: [.,\u00a0\u202f\u2009] \d++ )*+"
    phones = N.ENGLISH_SLOTS["phone_groups"]
    if d.get("spaced_groups"):  # "480 000", "12 340 casques bleus"
        dg = r"\d{1,3}(?:\ \d{3})++(?:,\d++)?(?![\d]) | " + dg
        phones = r"(?!\d{1,3}(?:\ \d{3})++(?![\d]))" + phones
    if d.get("apostrophe_groups"):  # Swiss: "12'500", "1’250’000"
        dg = r"\d{1,3}(?:['’]\d{3})++(?:[.,]\d++)?(?![\d]) | " + dg
    figure_heads = [*pieces, *_HALF_SCALE, *heads, *d["half"], *d["around"]]
    if d.get("thousand_word"):
        figure_heads.append(d["thousand_word"])
    symbols = [h for h in N._figure_heads() if not h[:1].isalpha() or h.isupper()]
    start_heads = _ci({h.split(" ")[0] for h in figure_heads})
    start = rf"(?=\d|{start_heads}|{N._trie(symbols)})"
    qual_heads = {p.split(" ")[0] for p in qualifiers} | set(d["between"]) | set(d["from"])
    slots = dict(N.ENGLISH_SLOTS)
    slots.update(
        start=start,
        can_start=rf"(?=\d|\+\d|\(\d|[~≈]|{start_heads}|{_ci(qual_heads)}|{N._trie(symbols)})",
        du=_NEVER,
        fr=rf"{number}{_WS}+{_ci(d['fractions'])}(?!\w) | {_ci(d['half'])}(?!\w)",
        ra=_NEVER,
        dz=(rf"{_ci(heads)}{_WS}+{around}" if heads else around),
        vg=_NEVER,
        ex=_NEVER,
        sp="(?:" + "|".join(spelled) + ")",
        dg=dg,
        gs=rf"{abbr}€? | -(?:{scale_word})",  # "100-tausend": a scale joined by a hyphen
        ws=rf"{scale_word}(?:{_WS}+{scale_word})? | {abbr_dot}€?",
        pw=_ci(d["percent"]) + r"(?!\w)",
        cw=_ci(d["currency"]) + r"(?!\w)",
        phone_groups=phones,
        month=_ci(months) + r"(?!\w)\.?",
        ordinal=f"{ordinal}?",
        of=_ci(dates["of"]),
        before_words=_ci(words_before),
        before_symbols=_ci(glued_before),
        before_comma=_ci(comma_before),
        after_glued=_NEVER,
        after_words=_NEVER,
        between=_ci(d["between"]),
        **{"from": _ci(d["from"]), "and": _ci(d["and"])},
        to=_ci([*d["from_to"], *d["change_to"], *d["and"]]),
        to_or=_ci([*d["to"], *d["and"]]),  # "30 bis 40"; "200 et 100 millions"
    )
    reader = _Reader(key, d, values, scales)
    years = {_norm(p) for kind in ("approx", "up_to") for p in d["qualifiers"].get(kind, [])}
    return N.Lexicon(
        lang=key,
        scan=N.build_scanner(slots),
        qual_before=qualifiers,
        qual_after={},
        scales=scales,
        abbr={k: v for k, v in d["abbreviations"].items()},
        abbr_needs_currency=frozenset(d["needs_currency"]),
        currency_words={_norm(k): v for k, v in d["currency"].items()},
        year_qualifiers=frozenset(years),
        sep_words={
            **{w: "and" for w in d["and"]},
            **{w: "to" for w in [*d["to"], *d["from_to"]]},
            **{w: "change" for w in d["change_to"]},
        },
        change_words=frozenset(d["change_words"]),
        after_zone=re.compile(rf"{_WS}*(?:{_ci(d['clock'])}(?!\w)|" + N._AFTER_ZONE.pattern + ")"),
        hour_before=re.compile(rf"(?<!\w)(?:{_ci(d.get('hour_before', ()))}){_WS}+$"),
        clock_only=re.compile(rf"{_WS}*{_ci(d.get('clock_only', ()))}(?!\w)"),
        day_before=re.compile(rf"(?<!\w)(?:{_ci(d.get('day_before', ()))}){_WS}+$"),
        labels=frozenset(d["labels"]),
        labels_any_case=frozenset(w.lower() for w in d["labels_any_case"]),
        kinds=(
            ("dg", R._digits),
            ("fr", reader.fraction),
            ("dz", reader.around),
            ("sp", reader.spelled),
        ),
    )


class _Reader:
    """Reads the word groups of one language's figures into numbers._Fig."""

    def __init__(self, key: str, d: dict, values: dict[str, int], scales: dict[str, int]):
        self.key = key
        self.values = values
        self.scales = scales
        self.one = {w.lower() for w in d["one"]}
        self.joiners = {w.lower() for w in d["joiners"]}
        self.fractions = {k.lower(): v for k, v in d["fractions"].items()}
        self.around_values = {k.lower(): v for k, v in d["around"].items()}
        self.thousand = (d.get("thousand_word") or "").lower()
        self.normalise = d.get("normalise", {})
        self.bare_plurals = {w.lower() for w in d["bare_plurals"]}

    # readers of numread's table: (fig, text, vals, ix, decimal_comma, lex) -> reads or not
    def around(self, fig, text: str, *_) -> bool:
        """ "une dizaine": about ten."""
        word = R._words(text)[-1]
        fig.value, fig.default, fig.spelled = Decimal(self.around_values[word]), "approx", True
        fig.fraction_like = True  # the interval is at least 5 % wide
        return True

    def fraction(self, fig, text: str, *_) -> bool:
        """ "deux tiers", "die Hälfte": a percentage."""
        words = R._words(text)
        if words[-1] in self.fractions:
            num = self.value(" ".join(words[:-1]))
            if num is None:
                return False
            share = num / self.fractions[words[-1]]
        else:  # "la moitié", "die Hälfte"
            share, fig.half = Decimal(1) / 2, True
        fig.value, fig.unit = share * 100, "percent"
        fig.spelled, fig.default, fig.fraction_like = True, "approx", True
        return True

    def spelled(self, fig, text: str, *_) -> bool:
        """ "vingt-sept", "deux millions", "mil 204", "mezzo miliardo"."""
        words = R._words(text)
        if len(words) == 1 and words[0] in self.bare_plurals:
            return False  # "des millions d'euros": vague, no figure
        if words[0] in self.one and len(words) == 3 and words[1] in _HALF_SCALE:
            words = words[1:]  # "un demi-million": the article is no count
        value = self.value(" ".join(words))
        if value is None:
            return False
        fig.spelled = True
        last = self.scales.get(words[-1], 1)
        if words[0] in _HALF_SCALE:
            fig.decimals = 1
        if last > 1 and words[0] != self.thousand:
            R._scale(fig, value / last, last)
            fig.default = "exact"  # as English: "deux millions" has no hedge word
        else:
            fig.value = value
        if value == 1 and len(words) == 1 and words[0] in self.one:
            fig.small_int = 1  # "un", "eine": an article unless a qualifier counts it
        return True

    def value(self, s: str) -> Decimal | None:
        words = s.split(" ")
        if words[0] in _HALF_SCALE:
            return Decimal(self.scales[words[-1]]) / 2
        if self.thousand and words[-1].isdigit() and words[-2:-1] == [self.thousand]:
            times = self.value(" ".join(words[:-2])) if len(words) > 2 else Decimal(1)
            return None if times is None else times * 1000 + int(words[-1])
        if self.key in _TEXT2NUM:
            from text_to_num import text2num

            if self.normalise:
                s = " ".join(self.normalise.get(w, w) for w in words)
            try:
                return Decimal(text2num(s, self.key))
            except ValueError:
                return None
        return self._sum(words)

    def _sum(self, words: list[str]) -> Decimal | None:
        """Serbo-Croatian: units, tens and hundreds add up, a scale multiplies."""
        total, current = Decimal(0), Decimal(0)
        for w in words:
            if w in self.joiners:
                continue
            if w in self.scales:
                total += (current or Decimal(1)) * self.scales[w]
                current = Decimal(0)
            elif w in self.values:
                current += self.values[w]
            else:
                return None
        return total + current


def table(key: str) -> dict:
    """A language's table in data/languages.toml (numbers and dates)."""
    return _data()[key]


def may_hold(low: str, lang: str) -> bool:
    """The extractor's prefilter for a language: a digit, a number word (or the start of a
    compound one: "siebenund..."), a month or a day word in `low`, the sentence lower-cased
    with a space put before it."""
    return _prefilter(lang).search(low) is not None


@cache
def _prefilter(lang: str) -> re.Pattern:
    key = code(lang)
    if key is None:
        from kfactcheck.claims.prefilter import may_hold_patterns

        return may_hold_patterns()[1]
    t = _data()[key]
    d, dates = t["numbers"], t["dates"]
    words = [*(d.get("words") or d.get("values", {})), *d["half"], *d["around"]]
    words += [*_HALF_SCALE, *dates["months"], *dates["month_abbreviations"]]
    words += [*dates["weekdays"], *dates["relative_days"]]
    words = {w.lower() for w in words}
    alt = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf"\d|(?<![^\W\d_])(?:{alt})")
