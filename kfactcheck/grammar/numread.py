"""Reading one figure of a scanner match into a _Fig: digits, separators, words, scales.

Moved out of numbers.py unchanged; numbers.py turns _Figs into Quantities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from kfactcheck.grammar.numscan import (
    _ABBR,
    _ABBR_NEEDS_CURRENCY,
    _AFTER_ZONE,
    _CHANGE_WORDS,
    _CURRENCY_CODES,
    _CURRENCY_SYMBOLS,
    _CURRENCY_WORDS,
    _DOZEN,
    _DURATIONS,
    _EXACT_PHRASES,
    _FRACTIONS,
    _LABELS_ANY_CASE,
    _LABELS_CAPITALIZED,
    _PLURAL_SCALES,
    _QUAL_AFTER,
    _QUAL_BEFORE,
    _ROUNDED_FROM,
    _SCALES,
    _SCAN,
    _SMALL,
    _SPACES,
    _VAGUE_MULT,
    _VAGUE_PLURALS,
    _WS,
    _YEAR_FIRST,
    _YEAR_LAST,
    _YEAR_QUALIFIERS,
    Lexicon,
)

_ZERO = Decimal(0)  # (a Decimal is immutable: one will do for every new figure)


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
    for space in "\u00a0\u202f\u2009 '’":
        if space in s:  # spaces (and Swiss apostrophes) only separate thousands: "4 500"
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
        # "20,000" in a page of decimal commas ("magnitud 7,1"): nobody writes a decimal
        # with a trailing zero in its third place, so those three digits are thousands
        if looks_thousands and (not decimal_comma or frac[-1] == "0"):
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
    """The figure n (1 or 2) of a match: the kind group that matched is read by its reader
    in the lexicon's table (digits first: most figures are), then the unit groups."""
    ix = lex.figure_groups[n]
    start, end = m.span(ix["f"] + 1)
    fig = _Fig(start, end, _ZERO)
    for i, reader in lex.readers[n]:
        if (text := vals[i]) is not None:
            if not reader(fig, text, vals, ix, decimal_comma, lex):
                return None
            break
    _read_unit(fig, vals, ix, lex)
    return fig


def _digits(fig: _Fig, digits: str, vals: tuple, ix: dict, decimal_comma, lex: Lexicon) -> bool:
    """ "3,700", "4.5bn", "1.8 million", "12 Mrd.": digits and the scale after them."""
    r = _read_digits(digits, decimal_comma)
    if r is None:
        return False
    value, decimals, fig.ambiguous = r
    abbr = vals[ix["gs"]] or vals[ix["ws"]]
    fig.decimals = decimals
    if abbr is not None:
        scale = 1
        for word in abbr.split():  # "1.5 lakh crore": both multiply
            word = word.rstrip(".€").lstrip("-")  # "100-tausend"
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
    return True


def _fraction(fig: _Fig, fr: str, vals: tuple, ix: dict, decimal_comma, lex: Lexicon) -> bool:
    """ "a third of", "two-thirds", "half of", "a quarter of a million"."""
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
    return True


def _ratio(fig: _Fig, ra: str, vals: tuple, ix: dict, decimal_comma, lex: Lexicon) -> bool:
    """ "one in five", "3 out of 10": a percentage."""
    parts = re.split(rf"{_WS}+(?:in|out{_WS}+of){_WS}+", ra)
    a, b = _small(parts[0]), _small(parts[-1])
    if a is None or not b or a > b:
        return False
    fig.value, fig.unit, fig.default = a / b * 100, "percent", "approx"
    fig.spelled, fig.fraction_like = not ra[:1].isdigit(), True
    return True


def _duration(fig: _Fig, du: str, vals: tuple, ix: dict, decimal_comma, lex: Lexicon) -> bool:
    """ "two decades", "half a century": years."""
    words = _words(du)
    per = _DURATIONS[words[-1]]
    mult = _multiplier(words[:-1])
    if mult is None:
        return False
    fig.value, fig.unit, fig.spelled = mult * per, "years", not du[:1].isdigit()
    return True


def _dozen(fig: _Fig, dz: str, vals: tuple, ix: dict, decimal_comma, lex: Lexicon) -> bool:
    """ "a dozen", "two dozen", "half a dozen": exact."""
    mult = _multiplier(_words(dz)[:-1])
    if mult is None:
        return False
    fig.value, fig.spelled = mult * _DOZEN, not dz[:1].isdigit()
    return True


def _multiplier(head: list[str]):
    """The words before "decades" or "dozen": "a quarter", "half (a)", "a", or a small
    number ("two", "3"); None when they are none of these."""
    if head[:2] == ["a", "quarter"]:
        return Decimal("0.25")
    if head[:1] == ["half"]:
        return Decimal("0.5")
    if head == ["a"]:
        return Decimal(1)
    return _small(" ".join(head))


def _vague(fig: _Fig, vg: str, vals: tuple, ix: dict, decimal_comma, lex: Lexicon) -> bool:
    """ "dozens", "tens of thousands", "several hundred": at least."""
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
    return True


def _exact_phrase(fig: _Fig, ex: str, vals: tuple, ix: dict, decimal_comma, lex) -> bool:
    """ "a couple of": exact."""
    fig.value, fig.spelled = Decimal(_EXACT_PHRASES[" ".join(_words(ex))]), True
    return True


def _spelled(fig: _Fig, sp: str, vals: tuple, ix: dict, decimal_comma, lex: Lexicon) -> bool:
    """ "twenty-seven", "two million": exact, even with a scale word."""
    r = _spelled_value(sp)
    if r is None:
        return False
    value, last_scale, decimals = r
    fig.spelled, fig.decimals = True, decimals
    if last_scale > 1:
        _scale(fig, value / last_scale, last_scale)
        fig.default = "exact"  # "two million" is said as exact as "2,000,000"
    else:
        fig.value = value
    if fig.value == 1 and " ".join(_words(sp)) == "one":
        fig.small_int = 1
    return True


# The English readers by group, in the order they are tried (one group matches per figure).
ENGLISH_READERS = (
    ("dg", _digits),
    ("sp", _spelled),
    ("fr", _fraction),
    ("ra", _ratio),
    ("du", _duration),
    ("dz", _dozen),
    ("vg", _vague),
    ("ex", _exact_phrase),
)


def _read_unit(fig: _Fig, vals: tuple, ix: dict, lex: Lexicon) -> None:
    """The unit the figure shows: a currency before or after it, a percent sign or word."""
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


# The English lexicon: numscan's tables and scanner, the readers above.
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
    change_words=_CHANGE_WORDS,
    after_zone=_AFTER_ZONE,
    kinds=ENGLISH_READERS,
    clock_only=re.compile(r"\s*o['’]clock\b", re.I),  # "by 5 o'clock"
)
