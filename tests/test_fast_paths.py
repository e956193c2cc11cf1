"""Shortcuts taken for speed must never change what is extracted.

Each shortcut is checked against the slow path it skips, over every sentence of our
corpora and over sentences written to trip it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kfactcheck import dates
from kfactcheck.corpus import read_corpus
from kfactcheck.dates import find_dates, may_have_calendar_date
from kfactcheck.extract import extract_claims
from kfactcheck.model import Document
from kfactcheck.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [
    ROOT / "corpus" / "kosovo",
    ROOT / "tests" / "data" / "stories",
    ROOT / "tests" / "data" / "reader",
]

# Dates with no month name and no four digits in a row, and near misses of both.
HOSTILE = [
    "Talks are expected to resume next week.",
    "The ministry said on Monday that it would decide within two decades ago.",
    "Voting ends on Sunday's deadline, three days ago, last month, this year.",
    "He left at the end of the year and came back the week after next.",
    "Over the past 23 years the toll has grown; over the last decade it fell.",
    "Prices may march higher in june, july or august, said one trader.",
    "On Wednesday, 17 august the border opened.",
    "The 1990s were quiet; in the ’90s and the 20s too.",
    "Since 199 and 20 22, nothing; 2O22 is not a year.",
    "In ١٩٩٩ and ۲۰۲۲ the figures were written in other digits.",
    "Sept. 1, Oct 31, Jan. 2021, Dec 2022, mid-Mar 2020, Feb. 29",
    "Sep 1st, Sept 2nd, Apr. 3rd, Aug 4th and Nov. 5th were named.",
    "JANUARY 5, MARCH 2022 and SEPTEMBER were written in capitals.",
    "Tomorrow, yesterday and today; the day before yesterday; next Tuesday.",
    "He was born in 1987-88 and left 2019/20, back by 12/05.",
    "3 to 5 May, 21-22 November, the 31st of October, Tuesday 20 September.",
    "A decade ago, half a year ago, a week ago, twenty-one years ago.",
]


def _sentences():
    for doc in read_corpus([str(p) for p in CORPORA]).documents:
        for a, b in split_sentences(doc.text):
            yield doc.text[a:b]
    yield from HOSTILE


@pytest.mark.parametrize("ref", [None, date(2023, 10, 19), date(2022, 1, 2)])
def test_no_calendar_date_without_its_gate(ref):
    """Without a month name or four digits, only weekdays and relative dates are found."""
    checked = 0
    for s in _sentences():
        if not may_have_calendar_date(s):
            checked += 1
            kinds = {d.kind for d in find_dates(s, ref)}
            assert kinds <= {"weekday", "relative"}, (s, kinds)
    assert checked > 100


def test_gated_sentences_give_the_claims_of_the_full_path(monkeypatch):
    """extract_claims with the calendar-date gate always open gives the same claims."""
    docs = read_corpus([str(p) for p in CORPORA]).documents
    text = "\n\n".join(HOSTILE)
    docs.append(Document(id="h", path="h.txt", text=text, date=date(2023, 10, 19)))
    fast = [extract_claims(d) for d in docs]
    monkeypatch.setattr(dates, "may_have_calendar_date", lambda sentence: True)
    slow = [extract_claims(d) for d in docs]
    assert fast == slow
    assert sum(map(len, fast)) > 100
