"""The CSV report: one row per claim in a finding, BOM, formula cells neutralised."""

from __future__ import annotations

import csv
import io

import pytest
from conftest import GENERATED, assert_golden, hostile_report, sample_report

from kfactcheck.export import render, write_text
from kfactcheck.export.csv import COLUMNS, neutralise, number_cell


def _rows(report=None) -> list[dict]:
    text = render(report or sample_report(), "csv")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:], newline="")))


def test_golden():
    assert_golden("sample.csv", render(sample_report(), "csv", generated=GENERATED))


def test_one_row_per_claim_in_a_finding():
    report = sample_report()
    rows = _rows(report)
    assert len(rows) == sum(len(f.claims) for f in report.findings)
    assert list(rows[0]) == list(COLUMNS)
    first = rows[0]
    assert (first["finding_id"], first["kind"], first["severity"]) == ("f1", "discrepancy", "high")
    assert first["figure"] == "Fewer than 15 people"
    assert first["document"] == "news/wire-a.txt"
    assert first["outlet"] == "Wire Agency" and first["speaker"] == "Ana Ruiz"


def test_rows_end_in_crlf_and_survive_a_file_round_trip(tmp_path):
    text = render(sample_report(), "csv")
    assert text.count("\r\n") == len(_rows()) + 1
    out = tmp_path / "r.csv"
    write_text(text, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and not raw.startswith(b"\xef\xbb\xbf" * 2)
    with open(out, encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.reader(fh))) == len(_rows()) + 1


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")', id="equals"),
        pytest.param("+1+1", "'+1+1", id="plus"),
        pytest.param("-2+3", "'-2+3", id="minus"),
        pytest.param("@SUM(A1)", "'@SUM(A1)", id="at"),
        pytest.param("\tx", "'\tx", id="tab"),
        pytest.param("\rx", "'\rx", id="carriage-return"),
        pytest.param("Reuters", "Reuters", id="plain-text"),
        pytest.param("a=b", "a=b", id="equals-inside"),
        pytest.param("", "", id="empty"),
    ],
)
def test_neutralise(cell, expected):
    assert neutralise(cell) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(-12, "-12", id="negative-int-stays-numeric"),
        pytest.param(-0.5, "-0.5", id="negative-float"),
        pytest.param(4000.0, "4000", id="whole-float"),
        pytest.param(None, "", id="unbounded"),
        pytest.param("2024-04-01", "2024-04-01", id="date-value"),
        pytest.param("=1+1", "'=1+1", id="text-in-numeric-column-is-neutralised"),
    ],
)
def test_number_cell(value, expected):
    assert number_cell(value) == expected


def test_article_text_cannot_become_a_formula():
    rows = _rows(hostile_report())
    formula_start = ("=", "+", "-", "@", "\t", "\r")
    for row in rows:
        for col, cell in row.items():
            if col not in ("value", "low", "high"):
                assert not cell.startswith(formula_start), (col, cell)
    speakers = {r["speaker"] for r in rows}
    assert "'=cmd|' /C calc'!A0" in speakers
    assert {r["outlet"] for r in rows} >= {"'@Outlet"}


def test_quote_starting_with_a_dash_is_neutralised():
    crowd = next(r for r in _rows() if r["claim_id"] == "c6")
    assert crowd["quote"].startswith("'- Police said")


def test_empty_report_has_only_the_header():
    report = sample_report()
    report.findings = []
    assert render(report, "csv") == "\ufeff" + ",".join(COLUMNS) + "\r\n"
