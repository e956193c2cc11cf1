"""What every renderer needs from a Report: lookups by id, stable order, and wording.

The export formats (JSON, CSV, Markdown, HTML) and the terminal views all start from a
`ReportIndex`, built once per render, so that rendering stays linear in the number of
claims and findings instead of searching lists inside loops.
"""

from __future__ import annotations

import math
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime

from kfactcheck.data import month_names
from kfactcheck.errors import UsageError
from kfactcheck.model import Claim, Document, Finding, Report

# The finding kinds in the order a reader wants them: what disagrees first.
KINDS = ("discrepancy", "change", "agreement")
KIND_NAMES = {
    "discrepancy": ("discrepancy", "discrepancies"),
    "change": ("change", "changes"),
    "agreement": ("agreement", "agreements"),
}
SEVERITIES = ("high", "medium", "low")
NO_SUBJECT = "(no subject)"  # label for claims the pipeline left without a subject key

# How a qualifier reads in a sentence ("close to 4,000").
QUALIFIER_WORDS = {
    "exact": "exactly",
    "approx": "about",
    "close_to": "close to",
    "more_than": "more than",
    "at_least": "at least",
    "less_than": "less than",
    "up_to": "up to",
    "range": "between",
}

# "Jan" .. "Dec", in calendar order, as dates are written in reports
SHORT_MONTHS = tuple(name[:3] for name, _ in sorted(month_names().items(), key=lambda m: m[1]))
_AS_OF = re.compile(
    r"""^(\d{4})          # year
        (?:-(\d{2})       # month
        (?:-(\d{2}))?)?$  # day
    """,
    re.VERBOSE,
)
_NATURAL = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple:
    """Sort key that puts "f2" before "f10"."""
    head, tail = text[:1], text[1:]
    if tail.isdecimal() and tail.isascii() and head.isascii() and head.isalpha():
        return ((1, 0, head), (0, int(tail), ""))  # an id like "c17": what the split gives
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part)
        for part in _NATURAL.split(text)
        if part
    )


def kind_rank(kind: str) -> tuple[int, str]:
    return (KINDS.index(kind) if kind in KINDS else len(KINDS), kind)


def kind_name(kind: str, count: int = 1) -> str:
    singular, plural = KIND_NAMES.get(kind, (kind, kind + "s"))
    return singular if count == 1 else plural


# ---------------------------------------------------------------- numbers and dates


def json_number(x: object) -> object:
    """A number as the JSON report writes it: 4000 not 4000.0, no float noise, no NaN."""
    if isinstance(x, bool) or not isinstance(x, int | float):
        return x
    if isinstance(x, int):
        return x
    if not math.isfinite(x):
        return None
    if x.is_integer() and abs(x) < 2**53:
        return int(x)
    # Ten significant digits keep every figure a news story can state and drop binary noise.
    return float(f"{x:.10g}")


def parse_as_of(text: object) -> tuple[date, date] | None:
    """The first and last day an as_of string ("2022", "2022-08", "2022-08-17") covers."""
    if isinstance(text, date):
        return (text, text)
    if not isinstance(text, str):
        return None
    m = _AS_OF.match(text.strip())
    if not m:
        return None
    year, month, day = int(m[1]), m[2], m[3]
    try:
        if month is None:
            return (date(year, 1, 1), date(year, 12, 31))
        mo = int(month)
        if day is None:
            first = date(year, mo, 1)
            nxt = date(year + 1, 1, 1) if mo == 12 else date(year, mo + 1, 1)
            return (first, date.fromordinal(nxt.toordinal() - 1))
        d = date(year, mo, int(day))
        return (d, d)
    except ValueError:
        return None


def as_of_ordinal(text: object) -> float | None:
    """Where an as_of sits on a time axis: the middle of the period it names."""
    span = parse_as_of(text)
    if span is None:
        return None
    return (span[0].toordinal() + span[1].toordinal()) / 2


def numeric(value: object) -> float | None:
    """A claim's value/low/high as a number on its axis (date-valued claims: day ordinal)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, date):
        return float(value.toordinal())
    if isinstance(value, str):
        span = parse_as_of(value)
        if span is not None and "-" in value:
            return float(span[0].toordinal())
        try:
            x = float(value.replace(",", ""))
        except ValueError:
            return None
        return x if math.isfinite(x) else None
    return None


def format_date(d: date | None) -> str:
    if d is None:
        return "undated"
    return f"{d.day} {SHORT_MONTHS[d.month - 1]} {d.year}"


def format_as_of(text: object) -> str:
    """ "2022-08-17" → "17 Aug 2022", "2022-08" → "Aug 2022", "2022" → "2022"."""
    if isinstance(text, date):
        return format_date(text)
    if not isinstance(text, str) or not text:
        return "undated"
    m = _AS_OF.match(text.strip())
    if not m or parse_as_of(text) is None:
        return text
    if m[3]:
        return format_date(date(int(m[1]), int(m[2]), int(m[3])))
    if m[2]:
        return f"{SHORT_MONTHS[int(m[2]) - 1]} {m[1]}"
    return m[1]


def format_number(x: object, unit: str | None = None) -> str:
    """A value for people: 4,000 / 1,800,000 / 5.5 / 2008 (a year) / 1 Sep 2022 (a date)."""
    if x is None:
        return "?"
    if isinstance(x, str):
        return format_as_of(x) if parse_as_of(x) else x
    if isinstance(x, date):
        return format_date(x)
    if isinstance(x, bool) or not isinstance(x, int | float):
        return str(x)
    if isinstance(x, float) and not math.isfinite(x):
        return "?"
    if unit == "date" and isinstance(x, int | float) and 1 <= x <= date.max.toordinal():
        return format_date(date.fromordinal(int(x)))
    sep = "" if unit == "year" else ","
    if float(x).is_integer():
        return f"{int(x):{sep}d}"
    return f"{x:{sep}.10g}"


def format_interval(claim: Claim) -> str:
    """What the wording allows: "3,600–4,000", "> 4,500", "≤ 20,000", or the value itself."""
    unit = claim.unit
    low = None if claim.low is None else format_number(claim.low, unit)
    high = None if claim.high is None else format_number(claim.high, unit)
    if low is not None and high is not None:
        return low if low == high else f"{low}–{high}"
    if low is not None:
        return ("> " if claim.qualifier == "more_than" else "≥ ") + low
    if high is not None:
        return ("< " if claim.qualifier == "less_than" else "≤ ") + high
    return format_number(claim.value, unit)


def source_time_key(claim: Claim) -> float:
    t = as_of_ordinal(claim.as_of)
    return math.inf if t is None else t


def generated_timestamp(generated: str | None = None) -> str:
    """When a report was written: the caller's fixed value, SOURCE_DATE_EPOCH, or now (UTC).

    SOURCE_DATE_EPOCH (reproducible-builds.org) makes a whole report byte-stable.
    """
    if generated is not None:
        return generated
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            moment = datetime.fromtimestamp(int(epoch), tz=UTC)
        except (ValueError, OverflowError, OSError):
            raise UsageError(
                f"SOURCE_DATE_EPOCH must be a whole number of seconds, got {epoch!r}"
            ) from None
    else:
        moment = datetime.now(tz=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------- quotes


def highlight_span(claim: Claim) -> tuple[int, int] | None:
    """Where the claim's own words sit inside its quote, or None when they cannot be found.

    The claim's offsets point into Document.text and `sentence_start` is where the quote
    begins there; a quote that was tidied after extraction falls back to a text search.
    """
    quote, text = claim.quote or "", claim.text or ""
    if not quote or not text:
        return None
    a = claim.start - claim.sentence_start
    b = claim.end - claim.sentence_start
    if 0 <= a < b <= len(quote) and quote[a:b] == text:
        return (a, b)
    i = quote.find(text)
    if i < 0:
        i = quote.casefold().find(text.casefold())
        if i < 0 or len(quote.casefold()) != len(quote):
            return None
    return (i, i + len(text))


def quote_parts(claim: Claim) -> tuple[str, str, str]:
    """The quote split around the figure: (before, figure, after); figure "" if not found.
    A Markdown heading's "## " is markup, not words of the quote: it is left out."""
    quote = claim.quote or ""
    span = highlight_span(claim)
    mark = HEADING_MARK.match(quote)
    skip = mark.end() if mark and (span is None or mark.end() <= span[0]) else 0
    if span is None:
        return (quote[skip:], "", "")
    a, b = span
    return (quote[skip:a], quote[a:b], quote[b:])


HEADING_MARK = re.compile(r"#{1,6} +(?=\S)")


# ---------------------------------------------------------------- the index


@dataclass(slots=True)
class SubjectInfo:
    key: str
    label: str
    unit: str
    claims: list[Claim]  # in time order
    documents: int
    findings: list[Finding]  # in report order
    counts: dict[str, int] = field(default_factory=dict)  # by kind


def document_sort_key(doc: Document) -> tuple:
    return (doc.path, doc.id)


def finding_sort_key(finding: Finding) -> tuple:
    return (finding.subject, kind_rank(finding.kind), natural_key(finding.id))


class ReportIndex:
    """A Report with its lookups built once: documents, claims and findings by id and subject."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.documents: dict[str, Document] = {d.id: d for d in report.documents}
        self.claims: dict[str, Claim] = {c.id: c for c in report.claims}
        self.sorted_documents = sorted(report.documents, key=document_sort_key)
        self.sorted_claims = self._sorted_claims()
        self.sorted_findings = sorted(report.findings, key=finding_sort_key)
        self._claims_by_subject: dict[str, list[Claim]] | None = None
        self._labels: dict[str, set[str]] | None = None  # subject -> its claims' labels
        self._findings_by_claim: dict[str, list[Finding]] | None = None
        self.findings_by_subject: dict[str, list[Finding]] = defaultdict(list)
        for f in self.sorted_findings:
            self.findings_by_subject[f.subject].append(f)
        self.counts = Counter(f.kind for f in report.findings)
        self._subjects: list[SubjectInfo] | None = None

    @property
    def claims_by_subject(self) -> dict[str, list[Claim]]:
        """Subject key -> its claims in time order (made when first asked for)."""
        if self._claims_by_subject is None:
            by_subject: dict[str, list[Claim]] = defaultdict(list)
            for c in sorted(self.report.claims, key=self.time_key):
                by_subject[c.subject].append(c)
            self._claims_by_subject = by_subject
        return self._claims_by_subject

    @property
    def findings_by_claim(self) -> dict[str, list[Finding]]:
        """Claim id -> the findings resting on it (made when first asked for)."""
        if self._findings_by_claim is None:
            by_claim: dict[str, list[Finding]] = defaultdict(list)
            for f in self.sorted_findings:
                for cid in f.claims:
                    by_claim[cid].append(f)
            self._findings_by_claim = by_claim
        return self._findings_by_claim

    def subject_count(self) -> int:
        """len(self.subjects()), without sorting every claim by time."""
        if self._subjects is not None:
            return len(self._subjects)
        return len({c.subject for c in self.report.claims} | set(self.findings_by_subject))

    # -- order
    def _sorted_claims(self) -> list[Claim]:
        """Claims in _claim_key's order; when every id looks like "c17" (as the pipeline
        numbers them), the same order with the ids read as plain numbers, which is faster."""
        claims = self.report.claims
        if all(c.id[:1] == "c" and c.id[1:].isdecimal() and c.id[1:].isascii() for c in claims):
            path = {doc_id: d.path for doc_id, d in self.documents.items()}
            return sorted(
                claims, key=lambda c: (path.get(c.document, ""), c.start, c.end, int(c.id[1:]))
            )
        return sorted(claims, key=self._claim_key)

    def _claim_key(self, c: Claim) -> tuple:
        doc = self.documents.get(c.document)
        return (doc.path if doc else "", c.start, c.end, natural_key(c.id))

    def time_key(self, c: Claim) -> tuple:
        """Claims in time order; same day: by publication, then document and position."""
        doc = self.documents.get(c.document)
        published = doc.date.toordinal() if doc and doc.date else math.inf
        return (source_time_key(c), published, *self._claim_key(c))

    # -- lookups
    def document_of(self, claim: Claim) -> Document | None:
        return self.documents.get(claim.document)

    def claims_of(self, finding: Finding, numbers: dict[str, int] | None = None) -> list[Claim]:
        """The finding's claims in the finding's order, or in the order of the numbers a
        chart gives them, so a list of references reads 9, 10, 11; ids the report lacks are
        skipped."""
        claims = [self.claims[cid] for cid in finding.claims if cid in self.claims]
        if numbers is not None:
            claims.sort(key=lambda c: numbers.get(c.id, len(numbers) + 1))
        return claims

    def subject_label(self, key: str) -> str:
        """The label of the subject's first labelled claim in time order (or its key)."""
        if self._labels is None:
            self._labels = defaultdict(set)
            for c in self.report.claims:
                if c.subject_label:
                    self._labels[c.subject].add(c.subject_label)
        labels = self._labels.get(key, ())
        if len(labels) == 1:  # as usual: no need to sort the claims by time
            return next(iter(labels))
        claims = self.claims_by_subject.get(key)
        if claims:
            return next((c.subject_label for c in claims if c.subject_label), key or NO_SUBJECT)
        return key or NO_SUBJECT

    def date_range(self) -> tuple[date | None, date | None]:
        dates = [d.date for d in self.report.documents if d.date]
        return (min(dates), max(dates)) if dates else (None, None)

    def subjects(self) -> list[SubjectInfo]:
        """Every subject: those with discrepancies first, then changes, agreements, the rest."""
        if self._subjects is None:
            infos = []
            keys = set(self.claims_by_subject) | set(self.findings_by_subject)
            for key in keys:
                claims = self.claims_by_subject.get(key, [])
                findings = self.findings_by_subject.get(key, [])
                units = Counter(c.unit for c in claims if c.unit)
                infos.append(
                    SubjectInfo(
                        key=key,
                        label=self.subject_label(key),
                        unit=min(units, key=lambda u: (-units[u], u)) if units else "",
                        claims=claims,
                        documents=len({c.document for c in claims}),
                        findings=findings,
                        counts=dict(Counter(f.kind for f in findings)),
                    )
                )
            infos.sort(key=_subject_order)
            self._subjects = infos
        return self._subjects

    def subject(self, key: str) -> SubjectInfo | None:
        return next((s for s in self.subjects() if s.key == key), None)

    def subjects_with_findings(self) -> list[SubjectInfo]:
        return [s for s in self.subjects() if s.findings]


def _subject_order(s: SubjectInfo) -> tuple:
    first_kind = min((kind_rank(k) for k in s.counts), default=(len(KINDS) + 1, ""))
    return (first_kind, -len(s.claims), s.label.casefold(), s.key)


# ---------------------------------------------------------------- selecting


def match_subjects(index: ReportIndex, query: str) -> list[str]:
    """Subject keys a --subject option names: the exact key, else the label, else a part of
    either (case ignored)."""
    q = query.strip()
    keys = [s.key for s in index.subjects()]
    if q in keys:
        return [q]
    fold = q.casefold()
    by_label = [s.key for s in index.subjects() if s.label.casefold() == fold]
    if by_label:
        return sorted(by_label)
    return sorted(
        s.key for s in index.subjects() if fold in s.key.casefold() or fold in s.label.casefold()
    )


def unknown_subject(index: ReportIndex, query: str) -> UsageError:
    known = ", ".join(s.key for s in index.subjects()[:8]) or "none"
    more = " …" if len(index.subjects()) > 8 else ""
    return UsageError(f"no subject matches {query!r} (subjects: {known}{more})")


def normalise_kind(kind: str) -> str:
    k = kind.strip().casefold()
    for name, (singular, plural) in KIND_NAMES.items():
        if k in (singular, plural):
            return name
    raise UsageError(f"unknown finding kind {kind!r} (use one of: {', '.join(KINDS)})")


def filter_report(report: Report, subject: str | None = None, kind: str | None = None) -> Report:
    """The part of a report a user asked for.

    `subject` keeps the claims and findings of the matching subjects (key, label, or a part
    of either); `kind` keeps findings of that kind only, and the claims of the subjects those
    findings are about, so a chart still shows each figure in its context. Documents and
    skipped-file errors stay: they describe the corpus that was read.
    """
    if subject is None and kind is None:
        return report
    claims, findings = report.claims, report.findings
    if subject is not None:
        index = ReportIndex(report)
        keys = set(match_subjects(index, subject))
        if not keys:
            raise unknown_subject(index, subject)
        claims = [c for c in claims if c.subject in keys]
        findings = [f for f in findings if f.subject in keys]
    if kind is not None:
        k = normalise_kind(kind)
        findings = [f for f in findings if f.kind == k]
        keep = {f.subject for f in findings}
        claims = [c for c in claims if c.subject in keep]
    return replace(report, claims=list(claims), findings=list(findings))


def select_claims(
    index: ReportIndex,
    *,
    unit: str | None = None,
    doc: str | None = None,
    speaker: str | None = None,
) -> list[Claim]:
    """Claims in document order, narrowed by unit (exact), document (id, path or a part of
    the path) and speaker (a part of the name); matching ignores case."""
    claims: Iterable[Claim] = index.sorted_claims
    if unit is not None:
        u = unit.casefold()
        claims = [c for c in claims if (c.unit or "").casefold() == u]
    if doc is not None:
        want = doc.casefold()
        exact = {
            d.id for d in index.report.documents if want in (d.id.casefold(), d.path.casefold())
        }
        ids = exact or {d.id for d in index.report.documents if want in d.path.casefold()}
        claims = [c for c in claims if c.document in ids]
    if speaker is not None:
        s = speaker.casefold()
        claims = [c for c in claims if c.speaker and s in c.speaker.casefold()]
    return list(claims)


def error_parts(error: object) -> tuple[str | None, str]:
    """A skipped-file error as (path, message): the pipeline's FileError or a plain line."""
    path = getattr(error, "path", None)
    message = getattr(error, "message", None)
    if message is not None:
        return (None if path is None else str(path), str(message))
    return (None, str(error))


def error_line(error: object) -> str:
    path, message = error_parts(error)
    return f"{path}: {message}" if path else message


def sorted_errors(errors: Iterable[object]) -> list[object]:
    return sorted(errors, key=lambda e: (error_parts(e)[0] or "", error_parts(e)[1]))


def source_line(claim: Claim, doc: Document | None, *, file_for_outlet: bool = True) -> str:
    """ "Reuters, 17 Aug 2022, Jens Stoltenberg": where, when and who. The file name stands in
    for an unknown outlet unless the caller prints the path anyway."""
    parts = []
    if doc is not None and (doc.outlet or file_for_outlet):
        parts.append(doc.outlet or os.path.basename(doc.path) or doc.id)
    if doc is not None and doc.date:
        parts.append(format_date(doc.date))
    if claim.speaker:
        parts.append(claim.speaker)
    return ", ".join(parts) if parts else "unknown source"


def document_name(doc: Document | None) -> str:
    if doc is None:
        return "unknown document"
    return doc.title or os.path.basename(doc.path) or doc.id
