"""Reliability: input that once lost a run or printed something wrong (issue 22).

Each case is a small corpus of invented articles, run through the command line as a user
runs it, with and without the index: one bad document costs that document at most, its
problem is one line, and everything else comes out as it would alone.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kfactcheck.cli import app
from kfactcheck.read import pubdate

GOOD = "date 2022-03-04\n\nThe army sent 300 troops north on Monday, officials said.\n"


@pytest.fixture
def run(tmp_path, monkeypatch):
    """Invoke the CLI in an empty working directory with its own index file."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KFACTCHECK_DB", str(tmp_path / "index.db"))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(app, list(args), catch_exceptions=False)

    return invoke


def put(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def report(run, folder: Path, *more: str) -> dict:
    result = run("report", str(folder), "--format", "json", *more)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


INDEX_OR_NOT = [pytest.param([], id="index"), pytest.param(["--no-index"], id="no-index")]

# ------------------------------------------------------------------ dates past the calendar

EDGE_DATES = [
    pytest.param("0001-01-05", "On January 7 the army sent 400 troops north.", id="year-1-day"),
    pytest.param("0001-01-01", "Last week 400 troops moved north.", id="year-1-last-week"),
    pytest.param("0001-01-01", "On Friday 400 troops moved north.", id="year-1-weekday"),
    pytest.param("9999-12-31", "Tomorrow 400 troops will move north.", id="year-9999-tomorrow"),
    pytest.param("9999-12-31", "Next week 400 troops will move north.", id="year-9999-next-week"),
    pytest.param("9999-12-20", "By January 3, 400 troops will move north.", id="year-9999-january"),
]


@pytest.mark.parametrize("index", INDEX_OR_NOT)
@pytest.mark.parametrize(("day", "body"), EDGE_DATES)
def test_a_date_past_the_calendar_is_a_warning_not_a_lost_run(run, tmp_path, day, body, index):
    put(tmp_path / "c" / "edge.txt", f"date {day}\n\n{body}\n")
    put(tmp_path / "c" / "good.txt", GOOD)
    got = report(run, tmp_path / "c", *index)
    docs = {Path(d["path"]).name: d for d in got["documents"]}
    assert set(docs) == {"edge.txt", "good.txt"}
    assert [w for w in docs["edge.txt"]["warnings"] if "outside years 1 to 9999" in w]
    quotes = {c["quote"] for c in got["claims"]}
    assert any("300 troops" in q for q in quotes) and any("400 troops" in q for q in quotes)


def test_an_extraction_error_loses_only_its_document_without_the_index(run, tmp_path, monkeypatch):
    """As the index does ("extraction failed"): the other documents are still reported."""
    import kfactcheck.claims.extract as ex

    real = ex.extract_claims

    def failing(doc):
        if doc.path.endswith("bad.txt"):
            raise ValueError("something the extractor did not expect")
        return real(doc)

    monkeypatch.setattr(ex, "extract_claims", failing)
    put(tmp_path / "c" / "bad.txt", GOOD.replace("300", "400"))
    put(tmp_path / "c" / "good.txt", GOOD)
    result = run("claims", str(tmp_path / "c"), "--no-index", "--format", "json")
    assert result.exit_code == 0
    assert {Path(c["path"]).name for c in json.loads(result.stdout)} == {"good.txt"}
    assert "bad.txt: extraction failed (ValueError: something" in result.stderr


# ------------------------------------------------------------------ integer dates in JSON

INTEGER_DATES = [
    pytest.param(20220101, date(2022, 1, 1), None, id="yyyymmdd"),
    pytest.param(19991231, date(1999, 12, 31), None, id="yyyymmdd-1999"),
    pytest.param(1633910400, date(2021, 10, 11), None, id="epoch-seconds"),
    pytest.param(1633910400000, date(2021, 10, 11), None, id="epoch-milliseconds"),
    pytest.param(-62135596800, date(1, 1, 1), "before 1990", id="epoch-year-1"),
    pytest.param(86400 * 365, date(1971, 1, 1), "before 1990", id="epoch-1971"),
    pytest.param(4102444800, date(2100, 1, 1), "after", id="epoch-2100"),
    pytest.param(20221301, date(1970, 8, 23), "before 1990", id="not-a-day-so-epoch"),
    pytest.param(99999999999999999999, None, None, id="beyond-any-epoch"),
]


@pytest.mark.parametrize(("value", "day", "doubt"), INTEGER_DATES)
def test_integer_dates(value, day, doubt):
    warnings: list[str] = []
    assert pubdate.date_from_value(value, warnings) == day
    if doubt is None:
        assert warnings == []
    else:
        (warning,) = warnings
        assert warning.startswith("date doubtful: ") and doubt in warning


def test_json_integer_date_reaches_the_document_with_its_warning(run, tmp_path):
    body = "The army sent 300 troops north, officials said."
    records = [{"date": 20220101, "text": body}, {"date": -62135596800, "text": body}]
    put(tmp_path / "c" / "a.json", json.dumps(records))
    got = report(run, tmp_path / "c", "--no-index")
    (first, second) = got["documents"]
    assert (first["date"], first["warnings"]) == ("2022-01-01", [])
    assert second["date"] == "0001-01-01"
    assert any("before 1990" in w for w in second["warnings"])
