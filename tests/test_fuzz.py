"""Fuzzing the reader and extraction (hypothesis): whatever the bytes or the text, a file is
read or refused with an InputError, extraction returns claims that point into the text,
and nothing else happens (no other exception, no date past the calendar).

In the suite each property runs a bounded number of examples, derandomized: the same ones
on every run. bench/fuzz.py runs the same properties for minutes with fresh random seeds
(KFACTCHECK_FUZZ=long, KFACTCHECK_FUZZ_EXAMPLES=N).
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kfactcheck.claims.extract import extract_claims
from kfactcheck.errors import InputError
from kfactcheck.export import FORMATS, render
from kfactcheck.model import Document
from kfactcheck.pipeline import Settings, build_report
from kfactcheck.read.corpus import read_document

settings.register_profile(
    "suite",
    max_examples=150,
    derandomize=True,  # the same examples every run: the suite stays deterministic
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "long",
    max_examples=int(os.environ.get("KFACTCHECK_FUZZ_EXAMPLES", "2000")),
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
settings.load_profile(os.environ.get("KFACTCHECK_FUZZ", "suite"))

# ------------------------------------------------------------------ what news text is made of

WORDS = [
    "the", "army", "sent", "troops", "to", "north", "and", "police", "people", "died",
    "were", "injured", "at", "least", "protesters", "marched", "in", "Lindqvist", "Harbour",
    "budget", "of", "votes", "residents", "said", "told", "reporters", "according", "he",
    "she", "they", "it", "ministry", "officials", "organisers", "Mayor", "Anna", "Berg",
    "Dr.", "Holt", "Mr.", "U.S.", "No.", "deadline", "until", "since", "by", "on", "ago",
    "will", "open", "earthquake", "strike", "election", "percent", "million", "billion",
    "dozens", "hundreds", "several", "thousand", "a", "dozen", "twenty-seven", "three",
]  # fmt: skip
FIGURES = [
    "4,000", "3,700", "1.8 million", "5%", "3.5 percent", "$2bn", "£1.2bn", "€40m", "27",
    "0", "1999", "2008", "2022", "10,000,000", "3.735", "1.234,5", "4 000", "½", "1/3",
    "12-15", "400–500", "~300", "+1 202 555 0100", "007", "99999999999999999999",
]  # fmt: skip
QUALIFIERS = [
    "about", "around", "nearly", "almost", "close to", "more than", "fewer than", "up to",
    "at least", "between", "some", "an estimated", "roughly", "just under", "over",
]  # fmt: skip
TIMES = [
    "Monday", "on Tuesday", "last week", "next year", "yesterday", "tomorrow", "two years ago",
    "January 7", "7 January 2022", "Sept. 1", "2022-08-17", "17/08/2022", "in 1999",
    "the 1990s", "March 3 April 4 May 5", "this month", "over the past 23 years",
]  # fmt: skip
MARKS = [
    ". ", ", ", "; ", ": ", "\n", "\n\n", "“", "”", '"', "'", "’s", "(", ")", " — ", "...",
    "?", "!", "-", "#", "*", "|", "\t", "\r\n", "<p>", "</p>", "&amp;", "\u00a0", "\u200b",
]  # fmt: skip
HOSTILE = [
    "\x1b[2J", "\x1b]0;T\x07", "\x00", "\x9b", "\ufeff", "\ud7ff", "\U0001f600", "İ", "ß",
    "ﬁ", "٣", "߀", "〇", "\u202e", "alert(1)", "=SUM(A1)", "{", "}", "[", "]", "\\",
]  # fmt: skip

token = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(FIGURES),
    st.sampled_from(QUALIFIERS),
    st.sampled_from(TIMES),
    st.sampled_from(MARKS),
    st.sampled_from(HOSTILE),
    st.text(max_size=6),
)
news_text = st.lists(token, max_size=120).map(" ".join) | st.text(max_size=300)
pub_dates = st.none() | st.dates() | st.sampled_from([date(1, 1, 1), date(9999, 12, 31)])


def check_claims(doc: Document) -> None:
    """Extraction's promises on any document: claims point into the text, intervals hold
    together, dates are calendar dates."""
    text = doc.text
    for c in extract_claims(doc):
        assert 0 <= c.start < c.end <= len(text), c
        assert text[c.start : c.end] == c.text, c
        assert text[c.sentence_start : c.sentence_start + len(c.quote)] == c.quote, c
        assert c.sentence_start <= c.start and c.end <= c.sentence_start + len(c.quote), c
        if isinstance(c.low, int | float) and isinstance(c.high, int | float):
            assert c.low <= c.high, c
        assert c.as_of == "" or _calendar(c.as_of), c
        if isinstance(c.value, str):
            assert _calendar(c.value), c


def _calendar(value: str) -> date:
    """ "2022", "2022-08" or "2022-08-17" as a day of the calendar (ValueError if none); a
    date whose year is unknown (no publication date) in the ISO 8601 form "--08-17" or
    "--08", as dates.py writes it, in a leap year."""
    if value.startswith("--"):
        value = "2000" + value[1:]
    y, m, d = ([*value[:10].split("-"), "1", "1"])[:3]
    return date(int(y), int(m), int(d))


# ------------------------------------------------------------------ properties


@given(text=news_text, day=pub_dates)
def test_extraction_takes_any_text(text: str, day: date | None) -> None:
    check_claims(Document(id="d", path="f.txt", text=text, keep=[(0, len(text))], date=day))


def _as_file(body: str, fmt: str, header: object) -> bytes:
    """An article in one of the formats the reader takes, with a date of any kind."""
    if fmt == "txt":
        return f"date {header}\n\n{body}".encode()
    if fmt == "md":
        return f"---\ntitle: {body[:20]}\ndate: {header}\n---\n# {body[:30]}\n\n{body}".encode()
    if fmt == "html":
        meta = f'<meta property="article:published_time" content="{header}">'
        page = f"<html><head>{meta}<title>t</title></head><body><p>{body}</p></body></html>"
        return page.encode()
    record = {"date": header, "title": body[:20], "text": body}
    if fmt == "json":
        return json.dumps([record, {"text": body[::-1]}, "not an object"]).encode()
    return (json.dumps(record) + "\n{broken\n" + json.dumps({"body": body}) + "\n").encode()


headers = st.one_of(
    st.dates().map(str),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["0001-01-05", "9999-12-31", "20220101", "yesterday", "", "31/02/2022"]),
    st.text(max_size=20),
)


@given(
    body=news_text,
    fmt=st.sampled_from(["txt", "md", "html", "json", "jsonl"]),
    header=headers,
)
def test_reader_and_extraction_take_any_article(body: str, fmt: str, header: object) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"a.{fmt}"
        path.write_bytes(_as_file(body, fmt, header))
        try:
            docs = read_document(path)
        except InputError as exc:
            assert "\n" not in str(exc).strip()  # one line
            return
        for doc in docs:
            assert all(0 <= a <= b <= len(doc.text) for a, b in doc.keep)
            check_claims(doc)


@given(
    data=st.binary(max_size=600),
    ext=st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl", ""]),
)
def test_reader_takes_any_bytes(data: bytes, ext: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"a{ext}"
        path.write_bytes(data)
        try:
            docs = read_document(path)
        except InputError as exc:
            assert str(exc) and "\n" not in str(exc).strip()
            return
        for doc in docs:
            check_claims(doc)


article = st.tuples(news_text, pub_dates)


@settings(max_examples=max(5, settings().max_examples // 10))  # a whole run: ten times dearer
@given(articles=st.lists(article, min_size=1, max_size=4))
def test_a_whole_run_takes_any_folder(articles: list[tuple[str, date | None]]) -> None:
    """Read, extract, compare and render every report format: one bad article never stops
    the others, and no figure or date breaks the comparison or a chart's axis."""
    with tempfile.TemporaryDirectory() as tmp:
        for n, (body, day) in enumerate(articles):
            header = f"date {day.isoformat()}\n\n" if day else ""
            (Path(tmp) / f"a{n}.txt").write_text(header + body, encoding="utf-8")
        try:
            report = build_report([tmp], Settings(use_index=False, use_specs=False))
        except InputError:
            return  # nothing at all could be read: the one error the CLI prints
        for fmt in FORMATS:
            assert render(report, fmt)
