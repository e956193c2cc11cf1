"""The number grammar, one table: sentence in, every Quantity out (kfactcheck/numbers.py).

Each case lists the figures expected, left to right, as E(text, value, low, high,
qualifier, ...); an empty list means the sentence holds nothing the grammar may return
(noise). Intervals follow the conventions in numbers.py's docstring.
"""

from __future__ import annotations

from itertools import pairwise
from typing import NamedTuple

import pytest

from kfactcheck.grammar.numbers import find_quantities, parse_quantity


class E(NamedTuple):
    text: str
    value: float
    low: float | None
    high: float | None
    qualifier: str
    unit: str | None = None
    currency: str | None = None
    number: str | None = None  # text of [number_start, number_end), when checked
    spelled: bool = False
    ambiguous: bool = False
    span: tuple[int, int] | None = None  # (start, end), when checked


def case(sentence, *expected, id, mode=None, xfail=None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(sentence, list(expected), mode, id=id, marks=marks)


def x(text, value, **kw):
    """An exact figure: low = high = value."""
    return E(text, value, value, value, "exact", **kw)


def ap(text, value, low, high, **kw):
    return E(text, value, low, high, "approx", **kw)


CASES = [
    # ------------------------------------------------------------ bare figures: exact
    case("There are 3,700 troops.", x("3,700", 3700), id="bare-thousands-comma"),
    case("27 countries sent troops.", x("27", 27, span=(0, 2)), id="bare-at-sentence-start"),
    case("He waited 23 years.", x("23", 23), id="bare-years-noun-left-to-caller"),
    case("It has 1,234,567 residents.", x("1,234,567", 1234567), id="bare-millions-commas"),
    case("About 0.5 of it.", ap("About 0.5", 0.5, 0.475, 0.525), id="decimal-below-one"),
    case("The index rose 3.5 points.", x("3.5", 3.5), id="bare-decimal"),
    case("Only 0 cases.", x("0", 0), id="zero-digit"),
    case("A 4,000-strong force.", x("4,000", 4000, number="4,000"), id="hyphen-strong"),
    case("the 2 sides met", x("2", 2), id="digit-two-sides-left-to-caller"),
    case("at 12 Baker Street", x("12", 12), id="street-number-left-to-caller"),
    case("(5,000) were there", x("5,000", 5000), id="in-parentheses"),
    case("“27 countries”", x("27", 27), id="in-curly-quotes"),
    case("a 10-year plan", x("10", 10), id="hyphen-compound-number-kept"),
    case("rose to 4,000.", x("4,000", 4000, span=(8, 13)), id="before-full-stop"),
    case("the 12,000, the 13,000", x("12,000", 12000), x("13,000", 13000), id="two-after-comma"),
    case("4\u00a0500 soldiers", x("4\u00a0500", 4500), id="nbsp-thousands"),
    # ------------------------------------------------------------ scaled: rounded, approx
    case(
        "Kosovo's 1.8 million population",
        ap("1.8 million", 1.8e6, 1.75e6, 1.85e6),
        id="scaled-million-decimal",
    ),
    case(
        "It cost $2 billion.",
        ap("$2 billion", 2e9, 1.5e9, 2.5e9, unit="currency", currency="USD", number="$2 billion"),
        id="scaled-dollar-billion",
    ),
    case("a 4.5bn deal", ap("4.5bn", 4.5e9, 4.45e9, 4.55e9), id="scaled-bn-glued"),
    case("a 4.5 bn deal", ap("4.5 bn", 4.5e9, 4.45e9, 4.55e9), id="scaled-bn-spaced"),
    case(
        "€300m for roads",
        ap("€300m", 3e8, 2.995e8, 3.005e8, unit="currency", currency="EUR"),
        id="scaled-euro-m",
    ),
    case(
        "£350 million",
        ap("£350 million", 3.5e8, 3.495e8, 3.505e8, unit="currency", currency="GBP"),
        id="scaled-pound-million",
    ),
    case(
        "350 million euros",
        ap("350 million euros", 3.5e8, 3.495e8, 3.505e8, unit="currency", currency="EUR"),
        id="scaled-euros-word",
    ),
    case(
        "USD 5 million",
        ap("USD 5 million", 5e6, 4.5e6, 5.5e6, unit="currency", currency="USD"),
        id="currency-code-before",
    ),
    case(
        "5 million USD",
        ap("5 million USD", 5e6, 4.5e6, 5.5e6, unit="currency", currency="USD"),
        id="currency-code-after",
    ),
    case(
        "45bn crowns",
        ap("45bn crowns", 4.5e10, 4.45e10, 4.55e10, unit="currency"),
        id="currency-word-no-code",
    ),
    case(
        "US$5bn",
        ap("US$5bn", 5e9, 4.5e9, 5.5e9, unit="currency", currency="USD"),
        id="currency-us-dollar",
    ),
    case(
        "$2.50 a litre", x("$2.50", 2.5, unit="currency", currency="USD"), id="currency-exact-cents"
    ),
    case("$500 each", x("$500", 500, unit="currency", currency="USD"), id="currency-exact"),
    case(
        "$50k salary",
        ap("$50k", 50000, 49500, 50500, unit="currency", currency="USD"),
        id="currency-k",
    ),
    case(
        "Rs 500 crore",
        ap("Rs 500 crore", 5e9, 4.995e9, 5.005e9, unit="currency", currency="INR"),
        id="currency-rupees-crore",
    ),
    case("3 lakh people", ap("3 lakh", 3e5, 2.5e5, 3.5e5), id="scale-lakh"),
    case(
        "Rs 1.5 lakh crore",
        ap("Rs 1.5 lakh crore", 1.5e12, 1.45e12, 1.55e12, unit="currency", currency="INR"),
        id="scale-lakh-crore",
    ),
    case(
        "4 500 soldiers",
        x("4 500", 4500),
        id="space-thousands",
        xfail="a plain space between digit groups is not read as a thousands separator",
    ),
    case("5 thousand", ap("5 thousand", 5000, 4500, 5500), id="scale-thousand-digits"),
    case(
        "2 billion dollars",
        ap("2 billion dollars", 2e9, 1.5e9, 2.5e9, unit="currency", currency="USD"),
        id="dollars-word",
    ),
    case("1.25 million", ap("1.25 million", 1.25e6, 1.245e6, 1.255e6), id="scaled-two-decimals"),
    case("a 300m sprint", id="m-without-currency-is-metres"),
    case("a 10k run", id="k-without-currency"),
    case(
        "1.8m people",
        ap("1.8m", 1.8e6, 1.75e6, 1.85e6),
        id="m-glued-people",
        xfail="'m' without a currency is not read as million (metres)",
    ),
    # ------------------------------------------------------------ approx qualifiers
    case(
        "Around 3,700 NATO peacekeepers",
        ap("Around 3,700", 3700, 3515, 3885, number="3,700", span=(0, 12)),
        id="approx-around",
    ),
    case("about 50 people", ap("about 50", 50, 47.5, 52.5), id="approx-about"),
    case("Some 50,000 Serbs", ap("Some 50,000", 50000, 47500, 52500), id="approx-some"),
    case(
        "roughly 2.5 million",
        ap("roughly 2.5 million", 2.5e6, 2.375e6, 2.625e6),
        id="approx-word-wider-than-rounding",
    ),
    case(
        "about 2 billion",
        ap("about 2 billion", 2e9, 1.5e9, 2.5e9),
        id="approx-rounding-wider-than-5pct",
    ),
    case("approximately 40", ap("approximately 40", 40, 38, 42), id="approx-approximately"),
    case("an estimated 1,000", ap("an estimated 1,000", 1000, 950, 1050), id="approx-estimated"),
    case("300 or so", ap("300 or so", 300, 285, 315, number="300"), id="approx-or-so-after"),
    case("circa 500", ap("circa 500", 500, 475, 525), id="approx-circa"),
    case("~3,700", ap("~3,700", 3700, 3515, 3885, number="3,700"), id="approx-tilde"),
    case("40-odd countries", ap("40-odd", 40, 38, 42, number="40"), id="approx-odd"),
    case(
        "in the region of 200",
        ap("in the region of 200", 200, 190, 210),
        id="approx-in-the-region-of",
    ),
    # ------------------------------------------------------------ close_to
    case(
        "close to 4,000 troops",
        E("close to 4,000", 4000, 3600, 4000, "close_to", number="4,000", span=(0, 14)),
        id="close-to",
    ),
    case("nearly 90", E("nearly 90", 90, 81, 90, "close_to"), id="close-nearly"),
    case("Almost 1,000", E("Almost 1,000", 1000, 900, 1000, "close_to"), id="close-almost-cap"),
    case("just under 500", E("just under 500", 500, 450, 500, "close_to"), id="close-just-under"),
    case(
        "just shy of 25%",
        E("just shy of 25%", 25, 22.5, 25, "close_to", unit="percent"),
        id="close-shy-percent",
    ),
    case("not quite 100", E("not quite 100", 100, 90, 100, "close_to"), id="close-not-quite"),
    # ------------------------------------------------------------ more_than / at_least
    case(
        "more than 4,500 troops",
        E("more than 4,500", 4500, 4500, None, "more_than", number="4,500"),
        id="more-than",
    ),
    case("over 200", E("over 200", 200, 200, None, "more_than"), id="more-over"),
    case(
        "upwards of 2,000",
        E("upwards of 2,000", 2000, 2000, None, "more_than"),
        id="more-upwards-of",
    ),
    case(
        "in excess of 300",
        E("in excess of 300", 300, 300, None, "more_than"),
        id="more-in-excess-of",
    ),
    case(
        "just over 50%",
        E("just over 50%", 50, 50, None, "more_than", unit="percent"),
        id="more-just-over-percent",
    ),
    case("above 90%", E("above 90%", 90, 90, None, "more_than", unit="percent"), id="more-above"),
    case(
        "4,500-plus troops",
        E("4,500-plus", 4500, 4500, None, "more_than", number="4,500"),
        id="more-plus-hyphen",
    ),
    case(
        "4,500+ troops",
        E("4,500+", 4500, 4500, None, "more_than", number="4,500"),
        id="more-plus-sign",
    ),
    case("at least 12", E("at least 12", 12, 12, None, "at_least"), id="least-at-least"),
    case(
        "No fewer than 15", E("No fewer than 15", 15, 15, None, "at_least"), id="least-no-fewer-cap"
    ),
    case(
        "20 or more",
        E("20 or more", 20, 20, None, "at_least", number="20"),
        id="least-or-more-after",
    ),
    case("a minimum of 3", E("a minimum of 3", 3, 3, None, "at_least"), id="least-minimum"),
    case(
        "more than two decades",
        E("more than two decades", 20, 20, None, "more_than", unit="years", spelled=True),
        id="more-than-decades",
    ),
    # ------------------------------------------------------------ less_than / up_to
    case("fewer than 100", E("fewer than 100", 100, None, 100, "less_than"), id="less-fewer"),
    case(
        "less than 5%",
        E("less than 5%", 5, None, 5, "less_than", unit="percent"),
        id="less-percent",
    ),
    case("under 200", E("under 200", 200, None, 200, "less_than"), id="less-under"),
    case(
        "below 10 per cent",
        E("below 10 per cent", 10, None, 10, "less_than", unit="percent"),
        id="less-per-cent",
    ),
    case("up to 3,000", E("up to 3,000", 3000, None, 3000, "up_to"), id="upto-up-to"),
    case("as many as 500", E("as many as 500", 500, None, 500, "up_to"), id="upto-as-many-as"),
    case("at most 40", E("at most 40", 40, None, 40, "up_to"), id="upto-at-most"),
    case("no more than 12", E("no more than 12", 12, None, 12, "up_to"), id="upto-no-more-than"),
    case("a maximum of 7", E("a maximum of 7", 7, None, 7, "up_to"), id="upto-maximum"),
    case("12 or fewer", E("12 or fewer", 12, None, 12, "up_to"), id="upto-or-fewer-after"),
    case("exactly 27", x("exactly 27", 27, number="27"), id="exact-exactly"),
    # ------------------------------------------------------------ ranges
    case(
        "between 3,500 and 4,000 troops",
        E("between 3,500 and 4,000", 3750, 3500, 4000, "range", number="3,500 and 4,000"),
        id="range-between",
    ),
    case("3,500-4,000", E("3,500-4,000", 3750, 3500, 4000, "range"), id="range-hyphen"),
    case("3,500–4,000", E("3,500–4,000", 3750, 3500, 4000, "range"), id="range-en-dash"),
    case("3,500 to 4,000", E("3,500 to 4,000", 3750, 3500, 4000, "range"), id="range-to"),
    case("from 25 to 30 countries", E("from 25 to 30", 27.5, 25, 30, "range"), id="range-from-to"),
    case("from 30-35 nations", E("from 30-35", 32.5, 30, 35, "range"), id="range-from-hyphen"),
    case(
        "twenty-five to thirty",
        E("twenty-five to thirty", 27.5, 25, 30, "range", spelled=True),
        id="range-spelled-to",
    ),
    case("two or three days", E("two or three", 2.5, 2, 3, "range", spelled=True), id="range-or"),
    case(
        "one or two soldiers",
        E("one or two", 1.5, 1, 2, "range", spelled=True),
        id="range-one-or-two",
    ),
    case(
        "between three and four thousand",
        E("between three and four thousand", 3500, 3000, 4000, "range", spelled=True),
        id="range-scale-shared",
    ),
    case(
        "$3-4 billion",
        E("$3-4 billion", 3.5e9, 3e9, 4e9, "range", unit="currency", currency="USD"),
        id="range-currency-scale-shared",
    ),
    case(
        "10-20% of homes",
        E("10-20%", 15, 10, 20, "range", unit="percent"),
        id="range-percent-shared",
    ),
    case(
        "10 to 20% of homes",
        E("10 to 20%", 15, 10, 20, "range", unit="percent"),
        id="range-to-percent",
    ),
    case(
        "between 10% and 20%",
        E("between 10% and 20%", 15, 10, 20, "range", unit="percent"),
        id="range-between-percents",
    ),
    case(
        "3-3.5 percent",
        E("3-3.5 percent", 3.25, 3, 3.5, "range", unit="percent"),
        id="range-decimal-percent",
    ),
    case(
        "from 500 to 2 million",
        E("from 500 to 2 million", 1000250, 500, 2e6, "range"),
        id="range-scale-not-shared-when-first-is-large",
    ),
    case("The toll rose from 27 to 35.", x("27", 27), x("35", 35), id="change-from-to-two"),
    case(
        "The toll has risen sharply from 27 to 35",
        x("27", 27),
        x("35", 35),
        id="change-words-before-from",
    ),
    case("They voted 35 to 27.", x("35", 35), x("27", 27), id="to-descending-two"),
    case("cut by 500 to 3,500 troops", x("500", 500), x("3,500", 3500), id="by-to-two"),
    case(
        "fell by 5% to 3,500",
        x("5%", 5, unit="percent"),
        x("3,500", 3500),
        id="to-different-units-two",
    ),
    case("The score was 2-1.", id="score-is-nothing"),
    case("between 27 countries", x("27", 27, span=(8, 10)), id="between-without-and"),
    case("troops from 27 countries", x("27", 27, span=(12, 14)), id="from-without-to"),
    # ------------------------------------------------------------ spelled-out numbers
    case("two border crossings", x("two", 2, spelled=True), id="spelled-two"),
    case("Three Serbian attackers", x("Three", 3, spelled=True), id="spelled-cap"),
    case("twenty-seven countries", x("twenty-seven", 27, spelled=True), id="spelled-hyphen"),
    case("twenty seven countries", x("twenty seven", 27, spelled=True), id="spelled-space"),
    case(
        "one hundred and twenty",
        x("one hundred and twenty", 120, spelled=True),
        id="spelled-hundred-and",
    ),
    case("a hundred people", x("a hundred", 100, spelled=True), id="spelled-a-hundred"),
    case("fifteen hundred", x("fifteen hundred", 1500, spelled=True), id="spelled-fifteen-hundred"),
    case("two million", x("two million", 2e6, spelled=True), id="spelled-million"),
    case("a million people", x("a million", 1e6, spelled=True), id="spelled-a-million"),
    case(
        "half a million",
        x("half a million", 5e5, spelled=True),
        id="spelled-half-a-million",
    ),
    case(
        "one and a half million",
        x("one and a half million", 1.5e6, spelled=True),
        id="spelled-and-a-half",
    ),
    case(
        "two million five hundred thousand",
        x("two million five hundred thousand", 2.5e6, spelled=True),
        id="spelled-compound-scales",
    ),
    case(
        "one hundred and twenty thousand",
        x("one hundred and twenty thousand", 120000, spelled=True),
        id="spelled-hundreds-thousand",
    ),
    case(
        "five per cent", x("five per cent", 5, unit="percent", spelled=True), id="spelled-percent"
    ),
    case("ninety-nine", x("ninety-nine", 99, spelled=True), id="spelled-ninety-nine"),
    case("eleven nations", x("eleven", 11, spelled=True), id="spelled-eleven"),
    case("Seventeen", x("Seventeen", 17, spelled=True), id="spelled-not-seven"),
    case("one million", x("one million", 1e6, spelled=True), id="spelled-one-million"),
    case(
        "Staff2,150 employees were laid off",
        x("2,150", 2150),
        id="glued-to-word-by-extraction",
    ),
    case("5000+ people marched", E("5000+", 5000, 5000, None, "more_than"), id="plus-after"),
    case(
        "Leeds (up to 40,000) and Bristol (12,000)",
        E("up to 40,000", 40000, None, 40000, "up_to"),
        x("12,000", 12000),
        id="bracketed-figures-after-names",
    ),
    case("N1,000 and G7", id="letter-code-glued-not-a-figure"),
    case("One soldier died", id="bare-one-not-returned"),
    case("one of the soldiers", id="one-pronoun"),
    case("no one knows", id="no-one"),
    case("one day later", id="one-day"),
    # ------------------------------------------------------------ vague quantities
    case(
        "dozens of criminals",
        E("dozens", 24, 24, None, "at_least", spelled=True),
        id="vague-dozens",
    ),
    case(
        "Hundreds of people",
        E("Hundreds", 200, 200, None, "at_least", spelled=True),
        id="vague-hundreds-cap",
    ),
    case(
        "several hundred",
        E("several hundred", 300, 300, None, "at_least", spelled=True),
        id="vague-several-hundred",
    ),
    case(
        "thousands fled",
        E("thousands", 2000, 2000, None, "at_least", spelled=True),
        id="vague-thousands",
    ),
    case(
        "several thousand",
        E("several thousand", 3000, 3000, None, "at_least", spelled=True),
        id="vague-several-thousand",
    ),
    case(
        "tens of thousands",
        E("tens of thousands", 20000, 20000, None, "at_least", spelled=True),
        id="vague-tens-of-thousands",
    ),
    case(
        "hundreds of thousands",
        E("hundreds of thousands", 200000, 200000, None, "at_least", spelled=True),
        id="vague-hundreds-of-thousands",
    ),
    case(
        "millions of people",
        E("millions", 2e6, 2e6, None, "at_least", spelled=True),
        id="vague-millions",
    ),
    case(
        "several hundred thousand",
        E("several hundred thousand", 300000, 300000, None, "at_least", spelled=True),
        id="vague-several-compound",
    ),
    case(
        "a few hundred",
        E("a few hundred", 200, 200, None, "at_least", spelled=True),
        id="vague-a-few-hundred",
    ),
    case(
        "scores of people",
        E("scores", 40, 40, None, "at_least", spelled=True),
        id="vague-scores-of",
    ),
    case("test scores rose", id="scores-without-of"),
    case(
        "more than a dozen",
        E("more than a dozen", 12, 12, None, "more_than", spelled=True),
        id="more-than-a-dozen",
    ),
    case("a dozen", x("a dozen", 12, spelled=True), id="dozen-a"),
    case("two dozen", x("two dozen", 24, spelled=True), id="dozen-two"),
    case("half a dozen", x("half a dozen", 6, spelled=True), id="dozen-half"),
    case("a couple of days", x("a couple of", 2, spelled=True), id="couple-of"),
    case("a few people", id="a-few-not-returned"),
    case("a handful of people", id="a-handful-not-returned"),
    # ------------------------------------------------------------ fractions, ratios, durations
    case(
        "a third of voters",
        ap("a third of", 100 / 3, 95 / 3, 35, unit="percent", spelled=True),
        id="fraction-a-third",
    ),
    case(
        "half of them",
        ap("half of", 50, 47.5, 52.5, unit="percent", spelled=True),
        id="fraction-half-of",
    ),
    case(
        "half the troops",
        ap("half", 50, 47.5, 52.5, unit="percent", spelled=True),
        id="fraction-half-the",
    ),
    case(
        "two-thirds of",
        ap("two-thirds of", 200 / 3, 190 / 3, 70, unit="percent", spelled=True),
        id="fraction-two-thirds",
    ),
    case(
        "three quarters of",
        ap("three quarters of", 75, 71.25, 78.75, unit="percent", spelled=True),
        id="fraction-three-quarters",
    ),
    case(
        "more than half of",
        E("more than half of", 50, 50, None, "more_than", unit="percent", spelled=True),
        id="fraction-more-than-half",
    ),
    case(
        "a quarter of a million",
        ap("a quarter of a million", 250000, 237500, 262500, spelled=True),
        id="fraction-of-a-million",
    ),
    case(
        "One in five",
        ap("One in five", 20, 19, 21, unit="percent", spelled=True),
        id="ratio-one-in-five",
    ),
    case(
        "nine out of ten",
        ap("nine out of ten", 90, 85.5, 94.5, unit="percent", spelled=True),
        id="ratio-out-of",
    ),
    case("3 in 10 voters", ap("3 in 10", 30, 28.5, 31.5, unit="percent"), id="ratio-digits"),
    case("the third day", id="ordinal-third"),
    case("a third time", id="a-third-without-of"),
    case("two decades", x("two decades", 20, unit="years", spelled=True), id="duration-decades"),
    case(
        "nearly a decade after",
        E("nearly a decade", 10, 9, 10, "close_to", unit="years", number="a decade", spelled=True),
        id="duration-a-decade",
    ),
    case(
        "half a century",
        x("half a century", 50, unit="years", spelled=True),
        id="duration-half-century",
    ),
    case(
        "a quarter of a century",
        x("a quarter of a century", 25, unit="years", spelled=True),
        id="duration-quarter-century",
    ),
    case("3 decades", x("3 decades", 30, unit="years"), id="duration-digits"),
    # ------------------------------------------------------------ percentages
    case("Serbs make up 5% of it", x("5%", 5, unit="percent"), id="percent-sign"),
    case("90% ethnic Albanian", x("90%", 90, unit="percent"), id="percent-ninety"),
    case("5 percent", x("5 percent", 5, unit="percent"), id="percent-word"),
    case("5.9 per cent", x("5.9 per cent", 5.9, unit="percent"), id="percent-per-cent"),
    case("2,5 % of GDP", x("2,5 %", 2.5, unit="percent"), id="percent-decimal-comma"),
    case(
        "3 percentage points",
        x("3 percentage points", 3, unit="percentage points"),
        id="percentage-points",
    ),
    # ------------------------------------------------------------ separators
    case("3.735 vojnika", x("3.735", 3.735, ambiguous=True), id="sep-dot-three-ambiguous"),
    case("3.735 vojnika", x("3.735", 3735), mode=True, id="sep-dot-three-decimal-comma-doc"),
    case("3.735 km", x("3.735", 3.735), mode=False, id="sep-dot-three-english-doc"),
    case("1.234.567 ljudi", x("1.234.567", 1234567), id="sep-thousand-dots"),
    case("1,234.5", x("1,234.5", 1234.5), id="sep-english-both"),
    case("1.234,5", x("1.234,5", 1234.5), id="sep-european-both"),
    case("3,735 km", x("3,735", 3.735), mode=True, id="sep-comma-three-decimal-comma-doc"),
    # a trailing zero in the third decimal place is not how decimals are written: thousands
    case("3,700 troops", x("3,700", 3700), mode=True, id="sep-comma-trailing-zero-thousands"),
    case(
        "about 20,000 dead",
        ap("about 20,000", 20000, 19000, 21000),
        mode=True,
        id="sep-comma-thousands-in-decimal-comma-doc",
    ),
    case(
        "2,5 millones",
        ap("2,5 millones", 2.5e6, 2.45e6, 2.55e6),
        id="sep-spanish-scale",
        xfail="scale words are English only",
    ),
    case("0,5 of it", x("0,5", 0.5), id="sep-zero-comma"),
    case("1,2,3 go", id="sep-bad-groups"),
    case("version 3.2.1", id="sep-version"),
    # ------------------------------------------------------------ years are not quantities
    case("independence in 2008", id="year-bare"),
    case("since 1999", id="year-since"),
    case("the 2019-2020 season", id="year-range"),
    case("between 2019 and 2021", id="year-between"),
    case("around 2010", id="year-around"),
    case("2,008 people", x("2,008", 2008), id="year-with-separator-is-count"),
    case(
        "more than 2100 troops",
        E("more than 2100", 2100, 2100, None, "more_than"),
        id="year-like-after-count-qualifier",
    ),
    case(
        "2100 or more troops",
        E("2100 or more", 2100, 2100, None, "at_least"),
        id="year-like-or-more",
    ),
    case(
        "2008 people attended",
        x("2008", 2008),
        id="year-like-count-bare",
    ),
    case("1500 troops", x("1500", 1500), id="four-digits-not-year"),
    # ------------------------------------------------------------ noise: times, dates, labels
    case("Updated: 20-09-2022 17:29 IST", id="noise-date-and-clock"),
    case("at 8.30am", id="noise-time-am"),
    case("at 08:29 GMT", id="noise-clock-gmt"),
    case("at 10 p.m. sharp", id="noise-pm"),
    case("by 1700 GMT", id="noise-military-time"),
    case(
        "at 8.30 the bell",
        id="noise-bare-dotted-time",
        xfail="a dotted time without am/pm or zone reads as a decimal",
    ),
    case("on Oct. 31", id="noise-month-abbr-day"),
    case("on 20 November", id="noise-day-month"),
    case("on 21-22 November", id="noise-day-range-month"),
    case("on November 21-22", id="noise-month-day-range"),
    case("the 2022-08-17 release", id="noise-iso-date"),
    case("on 9/11", id="noise-slash"),
    case("the 4th of July", id="noise-ordinal-of-month"),
    case(
        "In May 27 countries signed",
        x("27", 27),
        id="month-then-count",
        xfail="a day-sized figure after a month name reads as a date",
    ),
    case("1. Skip to content", id="noise-list-marker"),
    case("  2. Skip to main menu", id="noise-list-marker-indented"),
    case("1the deputy commander", id="noise-footnote-glued"),
    case("the N1 broadcaster", id="noise-letter-digit"),
    case("the G7 summit", id="noise-g7"),
    case("COVID-19 cases", id="noise-covid"),
    case("an F-16 jet", id="noise-f16"),
    case("a Boeing 737 jet", id="noise-boeing"),
    case("size A4 paper", id="noise-a4"),
    case("the 1st and 21st", id="noise-ordinals"),
    case("twenty-first century", id="noise-spelled-ordinal"),
    case("the 1990s", id="noise-decade-s"),
    case("5G masts", id="noise-5g"),
    case("call +44 20 7946 0958 now", id="noise-phone-plus"),
    case("call 020 7946 0958 now", id="noise-phone-groups"),
    case("call (049) 555-0186", id="noise-phone-area-code"),
    case("under Article 5", id="noise-article"),
    case("see page 12", id="noise-page"),
    case("No. 3 on the list", id="noise-no-dot"),
    case("Resolution 1244", id="noise-resolution"),
    case("#3 seed", id="noise-hash"),
    case("aged 54", id="noise-aged"),
    case("a 54-year-old man", id="noise-year-old"),
    case("said Anselm Renner, 62, a farmer", id="noise-age-after-name"),
    case(
        "Ana Lis (54) said",
        id="noise-age-in-brackets",
        xfail="an age in brackets after a name is not recognised",
    ),
    case("6 min read", id="noise-min-read"),
    case("call (202) 555-0123 today", id="noise-phone-us"),
    case("27 first-time voters", x("27", 27), id="ordinal-word-after-a-count"),
    case("a 48 hours strike", x("48", 48), id="hours-after-a-count"),
    case("by 1700 hours", id="noise-military-hours"),
    case("sold 500 shares", x("500", 500), id="shares-count"),
    case("until around 20 November", id="noise-qualified-day-month"),
    case("drone footage [1], police statement [2]", id="noise-note-references"),
    case("the number 14 bus was diverted", id="noise-number-label"),
    case("Section 4.2 of the report", id="noise-section-number"),
    case("in the second half of 2022", id="noise-half-of-a-period"),
    case(
        "Yes won 14,712 votes and No 13,418",
        x("14,712", 14712),
        x("13,418", 13418),
        id="label-word-before-a-count-with-separator",
    ),
    case("The magnitude-6.3 quake", x("6.3", 6.3, span=(14, 17)), id="magnitude-hyphen"),
    case(
        "spoke about 27 countries joining",
        x("27", 27),
        id="about-as-preposition",
        xfail="'about' before a figure is read as a qualifier",
    ),
    # ------------------------------------------------------------ several figures, offsets
    case(
        "more than 4,500 troops from 27 countries",
        E("more than 4,500", 4500, 4500, None, "more_than", span=(0, 15)),
        x("27", 27, span=(28, 30)),
        id="multi-kosovo-kfor",
    ),
    case(
        "Serbs make up 5% of Kosovo's 1.8 million population, which is 90% ethnic Albanian.",
        x("5%", 5, unit="percent", span=(14, 16)),
        ap("1.8 million", 1.8e6, 1.75e6, 1.85e6, span=(29, 40)),
        x("90%", 90, unit="percent", span=(62, 65)),
        id="multi-kosovo-census",
    ),
    case(
        "close to 4,000 troops, up from 3,700 in 2021",
        E("close to 4,000", 4000, 3600, 4000, "close_to", number="4,000"),
        x("3,700", 3700),
        id="multi-with-year",
    ),
    case(
        "Police said 5,000, organisers 20,000.",
        x("5,000", 5000),
        x("20,000", 20000),
        id="multi-police-organisers",
    ),
    case(
        "In 1999 NATO sent 50,000 troops; now 3,700 remain.",
        x("50,000", 50000),
        x("3,700", 3700),
        id="multi-then-now",
    ),
    case(
        "twenty-seven and three",
        x("twenty-seven", 27, spelled=True),
        x("three", 3, spelled=True),
        id="multi-spelled-and-without-between",
    ),
    case("3,500 – 4,000", E("3,500 – 4,000", 3750, 3500, 4000, "range"), id="range-spaced-dash"),
]


def _check(sentence: str, got, want: list[E]) -> None:
    assert [q.text for q in got] == [w.text for w in want]
    for q, w in zip(got, want, strict=True):
        assert sentence[q.start : q.end] == q.text
        assert q.start <= q.number_start < q.number_end <= q.end
        assert q.value == pytest.approx(w.value, rel=1e-9)
        for side in ("low", "high"):
            g, e = getattr(q, side), getattr(w, side)
            assert (g is None) == (e is None), side
            if e is not None:
                assert g == pytest.approx(e, rel=1e-9), side
        assert (q.qualifier, q.unit, q.currency) == (w.qualifier, w.unit, w.currency)
        assert (q.spelled, q.ambiguous) == (w.spelled, w.ambiguous)
        if w.number is not None:
            assert sentence[q.number_start : q.number_end] == w.number
        if w.span is not None:
            assert (q.start, q.end) == w.span


@pytest.mark.parametrize(("sentence", "expected", "mode"), CASES)
def test_find_quantities(sentence: str, expected: list[E], mode: bool | None) -> None:
    _check(sentence, find_quantities(sentence, decimal_comma=mode), expected)


def test_offsets_are_relative_to_the_string_given() -> None:
    text = "Intro. Around 3,700 NATO peacekeepers."
    (q,) = find_quantities(text)
    assert (q.start, q.end, q.number_start, q.number_end) == (7, 19, 14, 19)


def test_parse_quantity_returns_the_first_figure() -> None:
    q = parse_quantity("close to 4,000")
    assert q is not None and (q.low, q.high, q.qualifier) == (3600, 4000, "close_to")
    assert parse_quantity("no figure here") is None
    assert parse_quantity("27 and 28").text == "27"


def test_no_overlaps_and_in_order() -> None:
    text = "between 3,500 and 4,000 troops, 5%, two dozen and some 1.8 million " * 3
    found = find_quantities(text)
    assert len(found) == 12
    for a, b in pairwise(found):
        assert a.end <= b.start
