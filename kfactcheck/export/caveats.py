"""What a reader is told beside a finding, in every view and report: the doubtful
publication dates its claims' dates rest on, and which of its claims to list (a headline the
body repeats is listed once, by the body's sentence)."""

from __future__ import annotations

from collections import Counter
from weakref import WeakKeyDictionary

from kfactcheck.export.common import HEADING_MARK, ReportIndex
from kfactcheck.model import Claim, Document, Finding


def date_warnings(doc: Document) -> list[str]:
    """The document's warnings about its publication date (doubtful, ambiguous, or set
    by a manifest against what the document shows)."""
    return [
        w
        for w in doc.warnings
        if w.startswith(("date doubtful", "date ambiguous")) or "; the document shows " in w
    ]


def date_doubts(index: ReportIndex, finding: Finding) -> list[tuple[str, str]]:
    """(path, warning) for each document under the finding whose publication date carries a
    warning: the claims' dates, and so the finding, rest on it."""
    doubtful = _doubtful_claims(index)
    if not doubtful:
        return []
    out: dict[tuple[str, str], None] = {}
    seen: set[str] = set()  # each document once: a busy subject's finding has thousands
    for cid in finding.claims:
        doc = doubtful.get(cid)
        if doc is not None and doc.id not in seen:
            seen.add(doc.id)
            for w in date_warnings(doc):
                out[(doc.path, w)] = None
    return list(out)


def _doubtful_claims(index: ReportIndex) -> dict[str, Document]:
    """Claim id -> its document, for the claims whose document's date carries a warning:
    worked out once per report, so each finding costs one look-up per claim."""
    known = _DOUBTFUL.get(index)
    if known is None:
        docs = {d.id: d for d in index.documents.values() if d.warnings and date_warnings(d)}
        known = {cid: docs[c.document] for cid, c in index.claims.items() if c.document in docs}
        _DOUBTFUL[index] = known
    return known


# per ReportIndex, gone with it
_DOUBTFUL: WeakKeyDictionary[ReportIndex, dict[str, Document]] = WeakKeyDictionary()


def listed_claims(
    index: ReportIndex, finding: Finding, numbers: dict[str, int] | None = None
) -> list[Claim]:
    """index.claims_of() without a headline whose figure the body of the same document
    repeats (same value, range, unit and date): the body's sentence says it in full."""
    claims = index.claims_of(finding, numbers)
    said = Counter(_figure(c) for c in claims)
    if all(n == 1 for n in said.values()):
        return claims
    out = []
    for c in claims:
        key = _figure(c)
        if said[key] > 1 and is_headline(index.document_of(c), c):
            said[key] -= 1  # the repeat in the body stays
            continue
        out.append(c)
    return out


def is_headline(doc: Document | None, claim: Claim) -> bool:
    """Whether the claim's sentence is its document's headline: the title, or the first
    line of the text when it ends without a full stop."""
    if doc is None:
        return False
    quote = (claim.quote or "").strip()
    mark = HEADING_MARK.match(quote)
    words = quote[mark.end() :] if mark else quote
    if doc.title and words.casefold() == doc.title.strip().casefold():
        return True
    first = doc.keep[0][0] if doc.keep else 0
    return claim.sentence_start <= first and not words.endswith((".", "!", "?", '"', "”"))


def _figure(c: Claim) -> tuple:
    return (c.document, c.value, c.low, c.high, c.unit, c.as_of)
