"""Shared rendering helpers: numbers, dates, highlighting, filtering, format names, axes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from conftest import sample_report

from kfactcheck.errors import UsageError
from kfactcheck.export import filter_report, guess_format, normalise_format, render
from kfactcheck.export.axes import date_axis, value_axis
from kfactcheck.export.common import (
    ReportIndex,
    format_as_of,
    format_interval,
    format_number,
    generated_timestamp,
    highlight_span,
    json_number,
    natural_key,
    parse_as_of,
)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        pytest.param(4000.0, 4000, id="whole-float-becomes-int"),
        pytest.param(4000, 4000, id="int-stays"),
        pytest.param(0.1 + 0.2, 0.3, id="binary-noise-dropped"),
        pytest.param(3.5, 3.5, id="fraction-kept"),
        pytest.param(-12.0, -12, id="negative"),
        pytest.param(float("nan"), None, id="nan-is-null"),
        pytest.param(float("inf"), None, id="inf-is-null"),
        pytest.param("2022-09-01", "2022-09-01", id="date-string-untouched"),
    ],
)
def test_json_number(given, expected):
    got = json_number(given)
    assert got == expected
    assert type(got) is type(expected)


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        pytest.param(4000, "troops", "4,000", id="thousands"),
        pytest.param(1_800_000.0, "people", "1,800,000", id="million"),
        pytest.param(5.5, "percent", "5.5", id="fraction"),
        pytest.param(2008, "year", "2008", id="year-no-separator"),
        pytest.param("2022-10-31", "date", "31 Oct 2022", id="date-string"),
        pytest.param(None, "troops", "?", id="unknown"),
    ],
)
def test_format_number(value, unit, expected):
    assert format_number(value, unit) == expected


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        pytest.param("2022-08-17", "17 Aug 2022", id="day"),
        pytest.param("2022-08", "Aug 2022", id="month"),
        pytest.param("2022", "2022", id="year"),
        pytest.param("", "undated", id="empty"),
        pytest.param("2022-13-01", "2022-13-01", id="invalid-kept-verbatim"),
    ],
)
def test_format_as_of(as_of, expected):
    assert format_as_of(as_of) == expected


def test_parse_as_of_covers_whole_period():
    assert parse_as_of("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert parse_as_of("2023") == (date(2023, 1, 1), date(2023, 12, 31))
    assert parse_as_of("yesterday") is None


def test_format_interval_reads_the_qualifier():
    by_id = {c.id: c for c in sample_report().claims}
    assert format_interval(by_id["c1"]) == "< 15"  # fewer than
    assert format_interval(by_id["c4"]) == "27–33"  # around
    assert format_interval(by_id["c7"]) == "> 40"  # more than
    assert format_interval(by_id["c9"]) == "≤ 20,000"  # up to
    assert format_interval(by_id["c2"]) == "1 Apr 2024"  # a date


def test_highlight_span_uses_document_offsets():
    for c in sample_report().claims:
        a, b = highlight_span(c)
        assert c.quote[a:b] == c.text


def test_highlight_span_falls_back_to_search_when_offsets_are_stale():
    c = sample_report().claims[3]
    moved = replace(c, sentence_start=c.sentence_start + 5)
    a, b = highlight_span(moved)
    assert moved.quote[a:b] == c.text
    assert highlight_span(replace(c, text="not in the quote")) is None


def test_natural_key_orders_ids_like_people_do():
    assert sorted(["f10", "f2", "f1"], key=natural_key) == ["f1", "f2", "f10"]


def test_subjects_with_discrepancies_come_first():
    keys = [s.key for s in ReportIndex(sample_report()).subjects()]
    assert keys[:3] == ["flood-deaths", "march-crowd", "school-reopening"]
    assert set(keys[3:]) == {"rebuild-budget", "insured-homes"}


# ---------------------------------------------------------------- filtering


@pytest.mark.parametrize(
    ("subject", "kind", "claims", "findings"),
    [
        pytest.param("flood-deaths", None, {"c1", "c4", "c7"}, {"f1", "f2"}, id="subject-key"),
        pytest.param("date harbor city schools reopen", None, {"c2", "c5", "c8"},
                     {"f3", "f4"}, id="subject-label-any-case"),
        pytest.param("crowd", None, {"c6", "c9"}, {"f5"}, id="subject-part-of-key"),
        pytest.param(None, "change", {"c1", "c4", "c7", "c2", "c5", "c8"}, {"f2", "f4"},
                     id="kind-keeps-claims-of-its-subjects"),
        pytest.param("flood-deaths", "discrepancy", {"c1", "c4", "c7"}, {"f1"}, id="both"),
        pytest.param(None, "Agreements", {"c2", "c5", "c8"}, {"f3"}, id="kind-plural"),
    ],
)  # fmt: skip
def test_filter_report(subject, kind, claims, findings):
    report = sample_report()
    got = filter_report(report, subject, kind)
    assert {c.id for c in got.claims} == claims
    assert {f.id for f in got.findings} == findings
    assert len(got.documents) == len(report.documents)  # the corpus read stays described


def test_filter_report_without_filters_is_the_report():
    report = sample_report()
    assert filter_report(report) is report


@pytest.mark.parametrize(
    ("subject", "kind", "message"),
    [
        pytest.param("no-such-thing", None, "no subject matches 'no-such-thing'", id="subject"),
        pytest.param(None, "conflict", "unknown finding kind 'conflict'", id="kind"),
    ],
)
def test_filter_report_rejects_what_matches_nothing(subject, kind, message):
    with pytest.raises(UsageError, match=message):
        filter_report(sample_report(), subject, kind)


@pytest.mark.parametrize(
    ("path", "fmt"),
    [
        pytest.param("out.html", "html", id="html"),
        pytest.param("OUT.HTM", "html", id="htm-upper"),
        pytest.param("a/b/report.md", "md", id="md"),
        pytest.param("r.markdown", "md", id="markdown"),
        pytest.param("r.csv", "csv", id="csv"),
        pytest.param("r.json", "json", id="json"),
        pytest.param("r.txt", None, id="unknown"),
        pytest.param("noext", None, id="none"),
        pytest.param(None, None, id="no-path"),
    ],
)
def test_guess_format(path, fmt):
    assert guess_format(path) == fmt


def test_format_names():
    assert normalise_format("Markdown") == "md"
    assert normalise_format(".HTML") == "html"
    with pytest.raises(UsageError, match="unknown report format 'pdf'"):
        normalise_format("pdf")
    with pytest.raises(UsageError):
        render(sample_report(), "xlsx")


def test_generated_timestamp(monkeypatch):
    assert generated_timestamp("2020-01-01T00:00:00Z") == "2020-01-01T00:00:00Z"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert generated_timestamp() == "2023-11-14T22:13:20Z"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "soon")
    with pytest.raises(UsageError, match="SOURCE_DATE_EPOCH"):
        generated_timestamp()


# ---------------------------------------------------------------- axes


def _d(*args: int) -> float:
    return float(date(*args).toordinal())


def test_date_axis_shows_a_moved_deadline():
    axis = date_axis(_d(2022, 9, 1), _d(2022, 10, 31), count=4, day_labels=True)
    labels = [label for _, label in axis.ticks]
    assert axis.lo <= _d(2022, 9, 1) and axis.hi >= _d(2022, 10, 31)
    assert labels == ["1 Sep 2022", "1 Oct 2022", "1 Nov 2022"]
    assert axis.fraction(_d(2022, 10, 31)) - axis.fraction(_d(2022, 9, 1)) > 0.9


def test_date_axis_time_axis_keeps_domain_and_has_ticks():
    axis = date_axis(_d(2024, 2, 21), _d(2024, 3, 30), widen=False)
    assert (axis.lo, axis.hi) == (_d(2024, 2, 21), _d(2024, 3, 30))
    assert 3 <= len(axis.ticks) <= 6
    assert all(axis.lo <= t <= axis.hi for t, _ in axis.ticks)


def test_value_axis_encloses_the_data_on_round_numbers():
    axis = value_axis(3600, 4500, "troops")
    assert axis.lo <= 3600 and axis.hi >= 4500
    assert [label for _, label in axis.ticks][:2] == ["3,600", "3,800"]
    single = value_axis(2008, 2008, "year")
    assert single.lo < 2008 < single.hi and single.hi - single.lo <= 10


@pytest.mark.parametrize(
    "lo, hi, unit, labels",
    [
        pytest.param(2.4e9, 3.1e9, "EUR", ["2.4bn", "2.6bn", "2.8bn", "3bn", "3.2bn"], id="bn"),
        pytest.param(1.2e6, 2.5e6, "people", ["1m", "1.5m", "2m", "2.5m"], id="millions"),
        pytest.param(0, 2e6, "people", ["0", "0.5m", "1m", "1.5m", "2m"], id="from-zero"),
        pytest.param(
            3600, 4500, "troops", ["3,500", "3,750", "4,000", "4,250", "4,500"], id="plain"
        ),
        pytest.param(1999, 2025, "year", ["1990", "2000", "2010", "2020", "2030"], id="years"),
    ],
)
def test_value_axis_labels_large_values_compactly(lo, hi, unit, labels):
    assert [label for _, label in value_axis(lo, hi, unit, count=4).ticks] == labels
