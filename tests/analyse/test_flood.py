"""Our invented seven-article flood story (tests/data/flood), written as a new user would:
seven outlets, different officials and rescuers in each, a rising death toll, a falling
missing count and a school reopening date. It must be one story, with its agreements."""

from __future__ import annotations

from pathlib import Path

import pytest

from kfactcheck.analyse.stories import detect_stories
from kfactcheck.model import Report
from kfactcheck.pipeline import Settings, build_report
from kfactcheck.read.corpus import read_corpus

FLOOD = Path(__file__).resolve().parent.parent / "data" / "flood"


@pytest.fixture(scope="module")
def report() -> Report:
    return build_report([str(FLOOD)], Settings(use_index=False, use_specs=False))


def test_one_story():
    docs = read_corpus([str(FLOOD)]).documents
    assert len(docs) == 7
    assert len(set(detect_stories(docs).values())) == 1


def _agreeing_documents(report: Report, what: str, value) -> int:
    """Documents whose claims an agreement on `value` rests on, most of any, in a subject
    whose key holds `what`."""
    by_id = {c.id: c for c in report.claims}
    best = 0
    for f in report.findings:
        if f.kind != "agreement":
            continue
        claims = [by_id[i] for i in f.claims]
        hits = {c.document for c in claims if what in c.subject and c.value == value}
        best = max(best, len(hits))
    return best


# (what the subject counts, value, documents that say it): each one agreement
AGREEMENTS = [
    pytest.param("deaths", 12, 3, id="toll-12-three-outlets"),
    pytest.param("deaths", 15, 3, id="toll-15-three-outlets"),
    pytest.param("reopening", "2025-03-10", 3, id="schools-reopen-march-10"),
    pytest.param("missing", 5, 2, id="five-missing-two-outlets"),
]


@pytest.mark.parametrize(("what", "value", "documents"), AGREEMENTS)
def test_agreement_found(report, what, value, documents):
    assert _agreeing_documents(report, what, value) >= documents
