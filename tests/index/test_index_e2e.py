"""The index with the real reader, extractor and pipeline: what comes out of the index is
what extraction gives, reports do not depend on the index or on --jobs, and the CLI's
`index` and `search` commands."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from test_index_support import REPO, claims_json, dump, make_generated
from typer.testing import CliRunner

from kfactcheck.claims.extract import extract_claims
from kfactcheck.cli import app
from kfactcheck.export import render
from kfactcheck.pipeline import Settings, build_report, index_corpus
from kfactcheck.read.corpus import read_corpus

KOSOVO = REPO / "corpus" / "kosovo"
STORIES = REPO / "tests" / "data" / "stories"
# the size; KFACTCHECK_INDEX_ARTICLES=300 makes a quicker local run
GENERATED_ARTICLES = int(os.environ.get("KFACTCHECK_INDEX_ARTICLES", "2000"))
STAMP = "2026-01-01T00:00:00Z"


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    return make_generated(tmp_path_factory.mktemp("gen") / "news", GENERATED_ARTICLES)


def test_kosovo_claims_from_the_index_equal_extraction(tmp_path):
    got = index_corpus([KOSOVO], db=tmp_path / "index.db", jobs=1, progress=False)
    corpus = read_corpus([KOSOVO])
    assert got.documents == corpus.documents
    assert got.errors == corpus.errors
    direct = [c for d in corpus.documents for c in extract_claims(d)]
    key = {d.id: i for i, d in enumerate(corpus.documents)}
    direct.sort(key=lambda c: (key[c.document], c.start))  # stable: extractor order on ties
    assert len(got.claims) > 20
    assert claims_json(got.claims) == claims_json(direct)
    again = index_corpus([KOSOVO], db=tmp_path / "index.db", jobs=1, progress=False)
    assert (again.stats.extracted, again.stats.reused) == (0, 5)
    assert claims_json(again.claims) == claims_json(got.claims)


def test_report_is_the_same_with_and_without_the_index(tmp_path):
    indexed = build_report([str(KOSOVO)], Settings(db=str(tmp_path / "index.db"), jobs=1))
    again = build_report([str(KOSOVO)], Settings(db=str(tmp_path / "index.db"), jobs=1))
    memory = build_report([str(KOSOVO)], Settings(use_index=False))
    assert render(indexed, "json", generated=STAMP) == render(memory, "json", generated=STAMP)
    assert render(again, "json", generated=STAMP) == render(memory, "json", generated=STAMP)
    stored = sqlite3.connect(tmp_path / "index.db").execute("SELECT count(*) FROM findings")
    assert stored.fetchone()[0] == len(memory.findings)


@pytest.mark.parametrize(
    "which, least_claims",
    [
        pytest.param("sample", 20, id="sample-corpus"),
        pytest.param("stories", 100, id="own-stories"),
        pytest.param("generated", GENERATED_ARTICLES, id="generated"),
    ],
)
def test_two_jobs_give_the_same_claims_and_findings_as_one(which, least_claims, request, tmp_path):
    folder = {"sample": KOSOVO, "stories": STORIES}.get(which) or request.getfixturevalue(which)
    one = build_report([str(folder)], Settings(db=str(tmp_path / "one.db"), jobs=1))
    two = build_report([str(folder)], Settings(db=str(tmp_path / "two.db"), jobs=2))
    assert render(two, "json", generated=STAMP) == render(one, "json", generated=STAMP)
    assert len(one.claims) > least_claims and one.findings
    assert dump(tmp_path / "two.db") == dump(tmp_path / "one.db")
    for table in ("subjects", "findings"):
        rows = [
            sqlite3.connect(tmp_path / name).execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for name in ("one.db", "two.db")
        ]
        assert rows[0] == rows[1]


def test_edited_article_changes_the_report(tmp_path):
    corpus = tmp_path / "kosovo"
    shutil.copytree(KOSOVO, corpus)
    db = str(tmp_path / "index.db")
    build_report([str(corpus)], Settings(db=db, jobs=1))
    first = sorted(corpus.iterdir())[0]
    first.write_text(first.read_text(encoding="utf-8").replace("4,000", "4,400"), "utf-8")
    edited = build_report([str(corpus)], Settings(db=db, jobs=1))
    memory = build_report([str(corpus)], Settings(use_index=False))
    assert render(edited, "json", generated=STAMP) == render(memory, "json", generated=STAMP)
    assert any("4,400" in c.text for c in edited.claims)


# ----------------------------------------------------------------------------- CLI


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def test_cli_index_then_search(tmp_path):
    db = str(tmp_path / "index.db")
    result = invoke("index", str(KOSOVO), "--db", db, "--jobs", "1", "--quiet")
    assert result.exit_code == 0, result.output
    assert "indexed 5 files: 5 extracted, 0 unchanged, 0 removed" in result.output
    result = invoke("index", str(KOSOVO), "--db", db, "--quiet")
    assert "indexed 5 files: 0 extracted, 5 unchanged, 0 removed" in result.output
    found = invoke("search", "Stoltenberg", "--db", db)
    assert found.exit_code == 0, found.output
    assert "Stoltenberg" in found.output
    assert invoke("search", "zanzibar", "--db", db).exit_code == 1


def test_cli_index_error_is_one_line(tmp_path):
    db = tmp_path / "index.db"
    db.write_text("not a database\n" * 50)
    result = invoke("index", str(KOSOVO), "--db", str(db), "--quiet")
    assert result.exit_code == 2
    assert result.output.strip() == (
        f"kfactcheck: error: {db} is not a kfactcheck index (file is not a database)"
    )
