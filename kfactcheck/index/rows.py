"""Documents and claims to index rows and back, losing nothing.

Rows are built in the extraction workers (so the single writing process only inserts) and
read back into the very dataclasses the extractor produced: ints stay ints, floats floats,
dates ISO strings, terms and scope tuples.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from functools import lru_cache

from kfactcheck.claims.names import document_names
from kfactcheck.model import Claim, Document
from kfactcheck.read.corpus import record_path

DOCUMENT_COLUMNS = (
    "id, path, part, sha256, format, title, outlet, url, date, date_evidence, warnings, "
    "text, keep, names, lang, extractor_version, indexed_at"
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
        _json(document_names(doc)),  # for story detection, which then needs no text
        doc.lang,
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


# The SELECT lists that document_from_row / claim_from_row read, in this order. The text is
# not among them: an IndexedDocument reads it when first asked for it.
DOCUMENT_SELECT = (
    "d.doc, d.keep, d.names, d.id, d.title, d.outlet, d.url, d.date, d.date_evidence, "
    "d.warnings, d.sha256, d.format, d.lang"
)
CLAIM_SELECT = (
    "c.document_id, c.value_num, c.value_text, c.low, c.high, c.qualifier, c.unit, c.as_of, "
    "c.text, c.start, c.end, c.quote, c.speaker, c.terms, c.scope, c.sentence_start"
)


def _same_fields(a: object, b: object, cls: type) -> bool:
    """The dataclass equality of `cls`, for a subclass that adds slots of its own: equal
    to a plain instance with the same fields."""
    if not isinstance(b, cls):
        return NotImplemented
    return all(getattr(a, f) == getattr(b, f) for f in cls.__dataclass_fields__)


_TEXT = Document.__dict__["text"]  # the slots that hold a Document's text and body spans
_KEEP = Document.__dict__["keep"]


class IndexedDocument(Document):
    """A Document read back from the index: its text is read when first used (few are:
    story detection uses the names stored beside it), so a large corpus is not held in
    memory; its body spans are decoded when first used. It equals the Document it was
    made from."""

    __slots__ = ("_keep_json", "_read_text", "_row", "story_names")

    @property
    def text(self) -> str:
        text = _TEXT.__get__(self)
        if text is None:
            text = self._read_text(self._row, self.sha256)
            _TEXT.__set__(self, text)
        return text

    @text.setter
    def text(self, value: str | None) -> None:
        _TEXT.__set__(self, value)

    @property
    def keep(self) -> list[tuple[int, int]]:
        keep = _KEEP.__get__(self)
        if keep is None:
            keep = [(a, b) for a, b in json.loads(self._keep_json)]
            _KEEP.__set__(self, keep)
        return keep

    @keep.setter
    def keep(self, value: list[tuple[int, int]] | None) -> None:
        _KEEP.__set__(self, value)

    def __eq__(self, other: object) -> bool:
        return _same_fields(self, other, Document)

    __hash__ = None  # type: ignore[assignment]  # as Document's (eq without frozen)


def document_from_row(row, path: str, read_text: Callable[[int, str], str]) -> IndexedDocument:
    """A document from a DOCUMENT_SELECT row; `read_text(doc, sha256)` gives its text."""
    row_id, keep, names, doc_id, title, outlet, url, day, evidence, warnings, sha256, fmt = row[:12]
    lang = row[12]
    doc = IndexedDocument(
        id=doc_id,
        path=record_path(path, doc_id),
        text=None,  # type: ignore[arg-type]
        keep=None,  # type: ignore[arg-type]
        title=title,
        outlet=outlet,
        url=url,
        date=date.fromisoformat(day) if day else None,
        date_evidence=evidence,
        warnings=list(_words(warnings)),
        sha256=sha256,
        format=fmt,
        lang=lang,
    )
    doc._read_text, doc._row, doc._keep_json = read_text, row_id, keep
    doc.story_names = _names(names)
    return doc


def _names(text: str) -> tuple[str, ...]:
    """The story names stored as JSON: capitalised words of letters, spaces and hyphens, which
    JSON writes as they are, so the list is split rather than parsed."""
    if text == "[]":
        return ()
    if _SIMPLE_NAMES.fullmatch(text):
        return tuple(text[2:-2].split('","'))
    return tuple(json.loads(text))


_SIMPLE_NAMES = re.compile(r'\["[A-Za-z -]+(?:","[A-Za-z -]+)*"\]')


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    # Most claims share a few term and scope lists ("[]" above all): decode each once.
    return tuple(json.loads(text))


class IndexedClaim(Claim):
    """A Claim read back from the index, with its row number (claims.id), so the check's
    subjects are stored without searching for the row. It equals the Claim it was made from."""

    __slots__ = ("row",)

    def __eq__(self, other: object) -> bool:
        return _same_fields(self, other, Claim)

    __hash__ = None  # type: ignore[assignment]  # as Claim's (eq without frozen)


def claim_from_row(
    row, *, subject: str = "", subject_label: str = "", index_row: int | None = None
) -> Claim:
    """A claim from a CLAIM_SELECT row; with `index_row` (its claims.id) an IndexedClaim."""
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
    claim = (Claim if index_row is None else IndexedClaim)(
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
    if index_row is not None:
        claim.row = index_row  # type: ignore[attr-defined]
    return claim
