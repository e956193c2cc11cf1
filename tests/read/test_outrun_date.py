"""A stored date that the page's URL and text both outrun (read/textdate.outrun_day, called
by read/corpus.py): the URL shows a later month and the text reports days after the stored
date in it; the page takes the latest such day, with a "date doubtful" warning. Invented
pages."""

from __future__ import annotations

import pytest

from kfactcheck.read.corpus import read_document

_BODY = (
    "Norbury fire: the missing\n\n"
    "On March 24, officials released a list of 380 people. On April 2, the police said "
    "that 290 were still missing. The search of Norbury is 90 percent complete.\n"
)

CASES = [
    pytest.param(
        "https://news.example/2031/04/norbury-missing.html",
        "2031-03-21",
        _BODY,
        "2031-04-02",
        id="url-month-after-stored-date-text-days-after-it",
    ),
    pytest.param(
        "https://news.example/2031/04/norbury-missing.html",
        "2031-03-21",
        _BODY.replace("On April 2", "On May 2"),
        "2031-03-24",
        id="a-day-past-the-url-s-month-is-not-taken",
    ),
    pytest.param(
        "https://news.example/2031/03/norbury-missing.html",
        "2031-03-21",
        _BODY,
        "2031-03-21",
        id="neg-url-of-the-stored-month-keeps-the-date",
    ),
    pytest.param(
        "https://news.example/2031/04/norbury-missing.html",
        "2031-03-21",
        "Norbury fire\n\nOfficials released a list of 380 people. 90 percent is searched.\n",
        "2031-03-21",
        id="neg-no-later-day-in-the-text-keeps-the-date",
    ),
    pytest.param(
        "https://news.example/norbury-missing.html",
        "2031-03-21",
        _BODY,
        "2031-03-21",
        id="neg-no-month-in-the-url-keeps-the-date",
    ),
]


@pytest.mark.parametrize(("url", "stored", "body", "want"), CASES)
def test_a_stored_date_its_url_and_text_outrun(tmp_path, url, stored, body, want):
    page = tmp_path / "p.md"
    page.write_text(f"---\nurl: {url}\ndate: {stored}\n---\n{body}", encoding="utf-8")
    [doc] = read_document(page)
    assert doc.date.isoformat() == want
    doubt = [w for w in doc.warnings if "but the URL shows" in w]
    assert bool(doubt) == (want != stored), doc.warnings
