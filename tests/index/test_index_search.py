"""Full-text search over indexed claims, findings stored after a check, and the search view."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, replace
from io import StringIO
from pathlib import Path

import pytest
from test_index_support import tiny_extract, write_corpus

from kfactcheck.errors import UsageError
from kfactcheck.index.store import fts_query, search, store_findings
from kfactcheck.model import Claim, Finding, Report
from kfactcheck.pipeline import index_corpus
from kfactcheck.views.search import render_search, search_json

TEXTS = {
    "a.txt": "Officials said about 4,000 troops were deployed in Kosovo. The force grew in 2008.",
    "b.txt": "More than 3,700 peacekeepers serve there. Turnout was 61.5 percent in 2022.",
    "c.txt": "Some 27 countries contribute [bold]troops[/bold]. Nobody knew of 50 vehicles.",
}


@pytest.fixture
def indexed(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path / "corpus", TEXTS)
    db = tmp_path / "index.db"
    got = index_corpus(["corpus"], db=db, jobs=1, progress=False, extract=tiny_extract)
    return db, got


def report_with_subjects(got, *, findings=True) -> Report:
    """What the pipeline hands store_findings: numbered claims with subjects, and findings."""
    claims = got.claims
    for i, c in enumerate(claims, 1):
        c.id = f"c{i}"
        c.subject = f"{c.unit}-count"
        c.subject_label = f"Number of {c.unit}"
        c.speaker = c.speaker and c.speaker.upper()  # the pipeline merges spellings
    by_text = {c.text: c.id for c in claims}
    found = [
        Finding(
            id="f1",
            kind="discrepancy",
            subject="troops-count",
            claims=[by_text["about 4,000 troops"], by_text["27 countries"]],
            severity="medium",
            summary="about 4,000 vs 27",
            extra={"days": 34},
        )
    ]
    return Report(got.documents, claims, found if findings else [], {"window_days": 60})


# ----------------------------------------------------------------------------- query text


@pytest.mark.parametrize(
    ("text", "query"),
    [
        pytest.param("troops", '"troops"', id="word"),
        pytest.param("troops Kosovo", '"troops" "Kosovo"', id="words-all-required"),
        pytest.param('"about 4,000"', '"about 4,000"', id="phrase"),
        pytest.param("peace*", '"peace"*', id="prefix"),
        pytest.param("troops OR NOT", '"troops" "OR" "NOT"', id="operators-are-words"),
        pytest.param('say "unclosed', '"say" "unclosed"', id="unbalanced-quote"),
        pytest.param("NEAR(a b)", '"NEAR(a" "b)"', id="near-is-a-word"),
        pytest.param("quote:troops", '"quote:troops"', id="column-filter-is-a-word"),
        pytest.param("- * ( ) ^", "", id="punctuation-only"),
        pytest.param("", "", id="empty"),
    ],
)
def test_fts_query(text, query):
    assert fts_query(text) == query


@pytest.mark.parametrize(
    "text",
    ['"', "AND", "OR NOT", "NEAR(", "a:b", "*", "(", "^x", "-", "'", 'troops"', "x OR", "\\", "%"],
)
def test_any_input_is_a_safe_query(indexed, text):
    db, _ = indexed
    assert isinstance(search(db, text), list)


# ----------------------------------------------------------------------------- search


def test_search_finds_claims_with_marked_quotes(indexed):
    db, _ = indexed
    hits = search(db, "troops")
    assert [h.claim.text for h in hits] == ["about 4,000 troops", "27 countries"]
    hit = hits[0]
    assert hit.path == str(Path("corpus") / "a.txt")
    assert [hit.claim.quote[a:b] for a, b in hit.marks] == ["troops"]
    assert hit.claim.value == 4000 and hit.claim.qualifier == "approx"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("peacekeepers", ["More than 3,700 peacekeepers"], id="word"),
        pytest.param("PEACEKEEPERS", ["More than 3,700 peacekeepers"], id="any-case"),
        pytest.param("peace*", ["More than 3,700 peacekeepers"], id="prefix"),
        pytest.param('"3,700 peacekeepers"', ["More than 3,700 peacekeepers"], id="phrase"),
        pytest.param('"peacekeepers 3,700"', [], id="phrase-order-matters"),
        pytest.param("4,000", ["about 4,000 troops"], id="figure"),
        pytest.param("troops Kosovo", ["about 4,000 troops"], id="all-words"),
        pytest.param("troops Serbia", [], id="missing-word"),
        pytest.param("Ann Smith", ["about 4,000 troops"], id="speaker"),
        pytest.param("deployed", ["about 4,000 troops"], id="quote-word-not-in-claim"),
    ],
)
def test_search_table(indexed, text, found):
    db, _ = indexed
    assert sorted(h.claim.text for h in search(db, text)) == sorted(found)


def test_search_limit(indexed):
    db, _ = indexed
    assert len(search(db, "in", limit=50)) == 4
    assert len(search(db, "in", limit=1)) == 1


def test_search_by_subject_needs_a_check_first(indexed):
    db, _ = indexed
    with pytest.raises(UsageError, match="knows no subjects yet"):
        search(db, "troops", subject="troops-count")


@pytest.mark.parametrize(
    "subject",
    [
        pytest.param("troops-count", id="key"),
        pytest.param("number of troops", id="label-any-case"),
        pytest.param("troops", id="part-of-key"),
    ],
)
def test_search_by_subject(indexed, subject):
    db, got = indexed
    store_findings(db, report_with_subjects(got))
    hits = search(db, "in", subject=subject)  # "in" occurs in four quotes
    assert [h.claim.text for h in hits] == ["about 4,000 troops"]
    assert hits[0].claim.subject == "troops-count"
    assert hits[0].claim.subject_label == "Number of troops"


def test_search_by_unknown_subject(indexed):
    db, got = indexed
    store_findings(db, report_with_subjects(got))
    with pytest.raises(UsageError, match="no subject 'budget' in the index; nearest: "):
        search(db, "troops", subject="budget")


# ----------------------------------------------------------------------------- findings


def test_store_findings_links_claims_subjects_and_findings(indexed):
    db, got = indexed
    report = report_with_subjects(got)
    store_findings(db, report)
    conn = sqlite3.connect(db)
    (kind, subject, claims, claim_ids, extra) = conn.execute(
        "SELECT kind, subject, claims, claim_ids, extra FROM findings WHERE id = 'f1'"
    ).fetchone()
    assert (kind, subject, json.loads(extra)) == ("discrepancy", "troops-count", {"days": 34})
    texts = [
        conn.execute("SELECT text FROM claims WHERE id = ?", (i,)).fetchone()[0]
        for i in json.loads(claim_ids)
    ]
    assert texts == ["about 4,000 troops", "27 countries"]
    assert json.loads(claims) == report.findings[0].claims
    subjects = conn.execute("SELECT key, label, unit, claims FROM subjects ORDER BY key")
    assert ("troops-count", "Number of troops", "troops", 1) in subjects.fetchall()
    unset = conn.execute("SELECT count(*) FROM claims WHERE subject IS NULL").fetchone()[0]
    assert unset == 0
    # the stored speaker is the one extracted, not the pipeline's merged spelling
    assert conn.execute(
        "SELECT DISTINCT speaker FROM claims WHERE speaker IS NOT NULL"
    ).fetchall() == [("Ann Smith",)]


def test_store_findings_replaces_the_previous_check(indexed):
    db, got = indexed
    store_findings(db, report_with_subjects(got))
    store_findings(db, report_with_subjects(got, findings=False))
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM findings").fetchone() == (0,)
    assert conn.execute("SELECT value FROM meta WHERE key = 'findings_settings'").fetchone() == (
        '{"window_days": 60}',
    )


def test_store_findings_writes_only_subjects_that_change(indexed):
    db, got = indexed
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("CREATE TABLE writes (id INTEGER)")  # counts the claim rows written
    conn.execute(
        "CREATE TRIGGER count_writes AFTER UPDATE OF subject, subject_label ON claims "
        "BEGIN INSERT INTO writes VALUES (new.id); END"
    )

    def subjects():
        return conn.execute("SELECT id, subject, subject_label FROM claims ORDER BY id").fetchall()

    report = report_with_subjects(got)
    store_findings(db, report)
    first = subjects()
    written = conn.execute("SELECT count(*) FROM writes").fetchone()[0]
    assert written == len(first) > 2
    store_findings(db, report)  # the same check again: nothing to write
    assert subjects() == first
    assert conn.execute("SELECT count(*) FROM writes").fetchone()[0] == written
    # one claim changes subject, one is left out of the report: those two rows are written
    changed, dropped = report.claims[0], report.claims[1]
    changed.subject, changed.subject_label = "other", "Other"
    store_findings(db, replace(report, claims=[c for c in report.claims if c is not dropped]))
    assert conn.execute("SELECT count(*) FROM writes").fetchone()[0] == written + 2
    now = {row[0]: row[1:] for row in subjects()}
    old = {row[0]: row[1:] for row in first}
    assert {v for k, v in now.items() if v != old[k]} == {(None, None), ("other", "Other")}


def test_store_findings_by_row_numbers_or_by_matching_gives_the_same(indexed):
    """Claims read from the index carry their row numbers; other claims are matched on
    document, offsets and words: both store the same rows."""
    from kfactcheck.index import findings as index_module

    db, got = indexed
    report = report_with_subjects(got)
    conn = sqlite3.connect(db)
    assert index_module._claim_rows_as_read(conn, report) is not None
    plain = replace(report, claims=[Claim(**asdict(c)) for c in report.claims])
    assert index_module._claim_rows_as_read(conn, plain) is None
    conn.rollback()
    dumps = []
    for each in (report, plain):
        conn.execute("UPDATE claims SET subject = 'stale', subject_label = NULL")
        conn.commit()
        store_findings(db, each)
        dumps.append(
            [
                conn.execute(
                    "SELECT id, subject, subject_label FROM claims ORDER BY id"
                ).fetchall(),
                conn.execute("SELECT * FROM findings ORDER BY id").fetchall(),
                conn.execute("SELECT * FROM subjects ORDER BY key").fetchall(),
            ]
        )
    assert dumps[0] == dumps[1]
    assert all(subject != "stale" for _, subject, _ in dumps[0][0])


def test_reindexing_keeps_findings_readable(indexed, tmp_path):
    db, got = indexed
    store_findings(db, report_with_subjects(got))
    again = index_corpus(["corpus"], db=db, jobs=1, progress=False, extract=tiny_extract)
    assert again.stats.extracted == 0
    assert search(db, "troops", subject="troops-count")[0].claim.text == "about 4,000 troops"


def test_records_of_a_json_lines_file_get_subjects_and_paths(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    lines = [f'{{"text": "About {n} boats sank near the coast."}}' for n in (12, 30)]
    write_corpus(tmp_path / "feed", {"news.jsonl": "\n".join(lines) + "\n"})
    db = tmp_path / "index.db"
    got = index_corpus(["feed"], db=db, jobs=1, progress=False, extract=tiny_extract)
    assert [d.path for d in got.documents] == ["feed/news.jsonl#1", "feed/news.jsonl#2"]
    for i, c in enumerate(got.claims, 1):
        c.id, c.subject, c.subject_label = f"c{i}", "boats", "Boats"
    store_findings(db, Report(got.documents, got.claims, []))
    hits = search(db, "boats", subject="boats")
    assert sorted((h.path, h.claim.text) for h in hits) == [
        ("feed/news.jsonl#1", "About 12 boats"),
        ("feed/news.jsonl#2", "About 30 boats"),
    ]


# ----------------------------------------------------------------------------- view


def render(hits) -> str:
    from rich.console import Console

    out = StringIO()
    render_search(hits, Console(file=out, width=80, color_system=None))
    return out.getvalue()


def test_render_search(indexed):
    db, got = indexed
    store_findings(db, report_with_subjects(got))
    assert render(search(db, "contribute")) == (
        "corpus/c.txt · undated\n"
        "  27 countries  (exactly, countries, as of 2000, subject countries-count)\n"
        "  Some 27 countries contribute [bold]troops[/bold].\n"
        "\n"
        "1 matching claim\n"
    )


def test_render_search_shows_speaker_and_wraps_under_indent(indexed):
    db, _ = indexed
    text = render(search(db, "Officials"))
    assert text.splitlines()[2:4] == [
        "  Officials said about 4,000 troops were deployed in Kosovo.  (speaker: Ann",
        "  Smith)",
    ]


def test_render_no_hits():
    assert render([]) == "No claim matches.\n"


def test_search_json(indexed):
    db, _ = indexed
    data = search_json(search(db, "4,000"))
    assert data["kfactcheck"]
    (hit,) = data["hits"]
    assert {k: hit[k] for k in ("path", "text", "value", "low", "high", "qualifier", "unit")} == {
        "path": "corpus/a.txt",
        "text": "about 4,000 troops",
        "value": 4000,
        "low": 4000,
        "high": 4000,
        "qualifier": "approx",
        "unit": "troops",
    }
    a, b = hit["matches"][0]
    assert hit["quote"][a:b] == "4,000"
    json.dumps(data)  # serialisable as is
