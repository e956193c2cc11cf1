"""The words of the pipeline as plain dataclasses: Document, Quantity, Claim, Finding.

Every stage takes and returns these; nothing here does I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Qualifier names used in Claim.qualifier and the JSON report (docs/contract.md).
QUALIFIERS = (
    "exact",
    "approx",
    "close_to",
    "more_than",
    "at_least",
    "less_than",
    "up_to",
    "range",
)


@dataclass(slots=True)
class Document:
    """One article as read from disk.

    `text` is the text as read (decoded; for HTML, the extracted main text). Nothing is
    rewritten in it, so every offset a claim carries points into `text`. `keep` lists the
    (start, end) spans of `text` that are article body: page furniture, repeated leads
    and header lines are simply left out of `keep`.
    """

    id: str  # "d" + content hash prefix: stable for the same file content
    path: str  # as given on the command line (or found under a folder given)
    text: str
    keep: list[tuple[int, int]] = field(default_factory=list)
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    date: date | None = None
    date_evidence: str | None = None
    warnings: list[str] = field(default_factory=list)
    sha256: str = ""
    format: str = "txt"  # txt | md | html | json | jsonl
    lang: str | None = None  # en, fr, de, es, pt, it, nl, hr, sr, bs...: read/language.py
    # a page that shows no year: the month its story's dated documents end in, which
    # places a day it writes without its year ("il 28 agosto"): analyse/dating.py
    story_month: str = ""

    def kept_text(self) -> str:
        return "\n".join(self.text[a:b] for a, b in self.keep)


@dataclass(slots=True, frozen=True)
class Quantity:
    """A figure found in text, with the interval its wording allows.

    `start`/`end` are offsets of `text` in the string that was parsed (callers add the
    sentence offset). `low`/`high` are None when unbounded on that side.
    """

    start: int
    end: int
    text: str  # verbatim, qualifier words included ("close to 4,000")
    value: float
    low: float | None
    high: float | None
    qualifier: str  # one of QUALIFIERS
    unit: str | None = None  # only what the figure itself shows: percent, currency, years...
    currency: str | None = None  # ISO-ish code when unit == "currency": USD, EUR, GBP
    spelled: bool = False  # written in words ("twenty-seven", "dozens")
    ambiguous: bool = False  # separator could be read two ways ("3.735")
    number_start: int = -1  # offsets of the figure proper, without qualifier words
    number_end: int = -1


@dataclass(slots=True)
class Claim:
    """One figure (or date) that a document states about the world."""

    document: str  # Document.id
    value: float | str  # a number, or "YYYY-MM-DD" for a date-valued claim
    low: float | str | None
    high: float | str | None
    qualifier: str
    unit: str  # what is counted: troops, people, percent, currency, date, year, years...
    as_of: str  # YYYY-MM-DD, YYYY-MM or YYYY
    text: str  # verbatim claim words
    start: int  # offsets of `text` in Document.text
    end: int
    quote: str  # the supporting sentence
    speaker: str | None = None
    terms: tuple[str, ...] = ()  # words a subject key is built from (counted noun, scope)
    scope: tuple[str, ...] = ()  # whose: organisation / place / group words
    subject: str = ""
    subject_label: str = ""
    id: str = ""
    sentence_start: int = 0  # offset of `quote` in Document.text


@dataclass(slots=True)
class Basis:
    """The numbers a finding rests on, as the comparison decided them; the finding's words
    and its report details are written from these (kfactcheck.export.wording)."""

    value_kind: str  # number | date | year | plan
    old: str  # Claim.id named first: the earlier figure (a change: the old level)
    new: str = ""  # Claim.id named second; "" for an agreement
    days: int = 0  # days between the times the two figures held (new minus old)
    direction: str = ""  # up | down: the new figure against the old
    # number: the difference relative to the old figure (a change) or to the larger one (a
    # discrepancy); date: days apart; year, plan: years apart
    size: float = 0.0
    # why the comparison decided so, beyond the numbers: "lower_later" (a later report gives
    # a lower figure for a count that only rises), "same_day" (two outlets' figures of one
    # day for a count that only rises), "same_article" (one article's two figures of one day
    # for a count that only rises), "said_moved" (the later report says the figure moved)
    reason: str = ""
    swapped: bool = False  # the comparison met the two figures as (new, old)
    steps: int = 1  # change: how many moves the series made from `old` to `new`
    peak: str = ""  # change of a count that only rises: its highest figure, when `new` is lower
    back: str = ""  # change: the last level, when the series came back to where it started
    ranges: dict = field(default_factory=dict)  # discrepancy: Claim.id -> [low, high] compared
    origins: int = 0  # agreement: independent sources
    documents: int = 0  # agreement: documents


@dataclass(slots=True)
class Finding:
    id: str
    kind: str  # discrepancy | change | agreement
    subject: str
    claims: list[str]  # Claim.id of every claim the finding rests on
    severity: str  # high | medium | low
    summary: str
    extra: dict = field(default_factory=dict)  # e.g. direction, ratio, days, origins
    basis: Basis | None = None  # what `summary` and `extra` are written from


@dataclass(slots=True)
class Report:
    """What `check` and `report` produce: everything needed to render any format."""

    documents: list[Document]
    claims: list[Claim]
    findings: list[Finding]
    settings: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)  # corpus.FileError: one per file skipped
