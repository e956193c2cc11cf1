"""Documents and claims to index rows and back, losing nothing.

Rows are built in the extraction workers (so the single writing process only inserts) and
read back into the very dataclasses the extractor produced: ints stay ints, floats floats,
dates ISO strings, terms and scope tuples.
"""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache

from kfactcheck.corpus import record_path
from kfactcheck.model import Claim, Document

DOCUMENT_COLUMNS = (
    "id, path, part, sha256, format, title, outlet, url, date, date_evidence, warnings, "
    "text, keep, extractor_version, indexed_at"
)
CLAIM_COLUMNS = (
    "doc, document_id, ordinal, value_num, value_text, low, high, qualifier, unit, as_of, "
    "text, start, end, quote, sentence_start, speaker, terms, scope"
)


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def document_row(doc: Document) -> tuple:
    """Document fields in DOCUMENT_COLUMNS order, without path, part, version and time
    (the writer knows those)."""
    return (
        doc.id,
        doc.sha256,
        doc.format,
        doc.title,
        doc.outlet,
        doc.url,
        doc.date.isoformat() if doc.date else None,
        doc.date_evidence,
        _json(list(doc.warnings)),
        doc.text,
        _json([list(span) for span in doc.keep]),
    )


def claim_row(claim: Claim, ordinal: int) -> tuple:
    """Claim fields in CLAIM_COLUMNS order, without doc (the writer knows the row number)."""
    is_date = isinstance(claim.value, str)
    return (
        claim.document,
        ordinal,
        None if is_date else claim.value,
        claim.value if is_date else None,
        claim.low,
        claim.high,
        claim.qualifier,
        claim.unit,
        claim.as_of,
        claim.text,
        claim.start,
        claim.end,
        claim.quote,
        claim.sentence_start,
        claim.speaker,
        _json(list(claim.terms)),
        _json(list(claim.scope)),
    )


# The SELECT lists that document_from_row / claim_from_row read, in this order.
DOCUMENT_SELECT = (
    "d.id, d.text, d.keep, d.title, d.outlet, d.url, d.date, d.date_evidence, d.warnings, "
    "d.sha256, d.format"
)
CLAIM_SELECT = (
    "c.document_id, c.value_num, c.value_text, c.low, c.high, c.qualifier, c.unit, c.as_of, "
    "c.text, c.start, c.end, c.quote, c.speaker, c.terms, c.scope, c.sentence_start"
)


def document_from_row(row, path: str) -> Document:
    doc_id, text, keep, title, outlet, url, day, evidence, warnings, sha256, fmt = row
    return Document(
        id=doc_id,
        path=record_path(path, doc_id),
        text=text,
        keep=[(a, b) for a, b in json.loads(keep)],
        title=title,
        outlet=outlet,
        url=url,
        date=date.fromisoformat(day) if day else None,
        date_evidence=evidence,
        warnings=json.loads(warnings),
        sha256=sha256,
        format=fmt,
    )


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    # Most claims share a few term and scope lists ("[]" above all): decode each once.
    return tuple(json.loads(text))


def claim_from_row(row, *, subject: str = "", subject_label: str = "") -> Claim:
    (
        document,
        value_num,
        value_text,
        low,
        high,
        qualifier,
        unit,
        as_of,
        text,
        start,
        end,
        quote,
        speaker,
        terms,
        scope,
        sentence_start,
    ) = row
    return Claim(
        document=document,
        value=value_text if value_text is not None else value_num,
        low=low,
        high=high,
        qualifier=qualifier,
        unit=unit,
        as_of=as_of,
        text=text,
        start=start,
        end=end,
        quote=quote,
        speaker=speaker,
        terms=_words(terms),
        scope=_words(scope),
        subject=subject,
        subject_label=subject_label,
        sentence_start=sentence_start,
    )
