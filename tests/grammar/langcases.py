"""Shared helpers of the per-language tests (tests/test_lang_*.py).

Each language file holds tables of invented sentences: `fig` cases (what find_quantities
returns in that language), `day` cases (what find_dates resolves) and `doc` cases (a whole
document: its detected language and the claims extracted from it).
"""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.grammar.dates import find_dates
from kfactcheck.grammar.numbers import find_quantities

REF = date(2023, 4, 12)  # a Wednesday: the publication date the date cases resolve against


def fig(sentence, *expected, id, xfail=None, comma=True):
    """A sentence and the figures expected in it, each (text, value, low, high, qualifier)
    with an optional sixth item, the unit ("percent", "currency:EUR")."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(sentence, list(expected), comma, id=id, marks=marks)


def exact(text, value, unit=None):
    return (text, value, value, value, "exact", unit)


def day(sentence, *values, id, xfail=None):
    """A sentence and the date values find_dates gives it, publication date REF."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(sentence, list(values), id=id, marks=marks)


def check_figures(sentence: str, expected: list, lang: str, comma: bool | None) -> None:
    got = find_quantities(sentence, decimal_comma=comma, lang=lang)
    assert [q.text for q in got] == [e[0] for e in expected]
    for q, e in zip(got, expected, strict=True):
        text, value, low, high, qualifier, *unit = e
        assert q.qualifier == qualifier, text
        assert q.value == pytest.approx(value), text
        assert (q.low is None) == (low is None) and (q.high is None) == (high is None), text
        if low is not None:
            assert q.low == pytest.approx(low), text
        if high is not None:
            assert q.high == pytest.approx(high), text
        want = unit[0] if unit else None
        shown = f"{q.unit}:{q.currency}" if q.currency else q.unit
        assert shown == want, text


def check_dates(sentence: str, values: list, lang: str) -> None:
    assert [d.value for d in find_dates(sentence, REF, lang)] == values


def table_tests(lang: str, figures: list, dates: list, article: str):
    """The tests every language file runs on its own tables: its figures, its dates, and
    that its sample article is detected as the language (the table's: Croatian, Serbian
    and Bosnian share one). A file binds them to its own names (test_figures, test_dates,
    test_language_is_detected) so ids stay per language."""
    from kfactcheck.grammar.numlang import code
    from kfactcheck.read.language import detect

    @pytest.mark.parametrize(("sentence", "expected", "comma"), figures)
    def test_figures(sentence, expected, comma):
        check_figures(sentence, expected, lang, comma)

    @pytest.mark.parametrize(("sentence", "values"), dates)
    def test_dates(sentence, values):
        check_dates(sentence, values, lang)

    def test_language_is_detected():
        assert code(detect(article)) == code(lang)

    return test_figures, test_dates, test_language_is_detected
