"""Full-text search over the indexed claims (FTS5), safe for any text a user types."""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from kfactcheck.errors import UsageError
from kfactcheck.index.rows import CLAIM_SELECT, claim_from_row
from kfactcheck.index.schema import db_errors, open_index, resolve_db
from kfactcheck.model import Claim
from kfactcheck.read.corpus import record_path


@dataclass(slots=True)
class SearchHit:
    claim: Claim  # subject/subject_label as stored by the last check; id ""
    row: int  # claims.id in the index
    path: str  # document path, relative to the working directory when under it
    title: str | None
    outlet: str | None
    date: str | None  # publication date, YYYY-MM-DD
    marks: list[tuple[int, int]] = field(default_factory=list)  # matched spans of claim.quote
    score: float = 0.0  # FTS5 bm25: lower is a better match


# Marks around matched words in FTS5 highlight(): control characters no quote contains.
_OPEN, _CLOSE = "\x02", "\x03"

_TOKEN = re.compile(
    r"""
    "([^"]*)"   # a "quoted phrase"
    | (\S+)     # or a word: anything up to white space
    """,
    re.VERBOSE,
)


def fts_query(text: str) -> str:
    """A user's words as a safe FTS5 query: every word must occur (in any order).

    "a phrase" in double quotes must occur as written; word* matches a prefix. Operators
    (AND, OR, NOT, NEAR), parentheses and column filters are taken as plain words, so no
    input can make the query fail.
    """
    parts: list[str] = []
    for phrase, word in _TOKEN.findall(text):
        token = phrase if phrase else word.replace('"', "")
        prefix = not phrase and token.endswith("*")
        token = token.rstrip("*") if prefix else token
        if not any(ch.isalnum() for ch in token):
            continue
        quoted = '"' + token.replace('"', '""') + '"'
        parts.append(quoted + ("*" if prefix else ""))
    return " ".join(parts)


def search(
    db: str | Path | None, query: str, *, subject: str | None = None, limit: int = 50
) -> list[SearchHit]:
    """Claims whose quote, words or speaker match `query`, best match first.

    `subject` (a key or label, from the last check) keeps only that subject's claims.
    Raises IndexDbError when there is no usable index, UsageError for an unknown subject.
    """
    db_path, display = resolve_db(db)
    match = fts_query(query)
    conn = open_index(db_path, display, create=False)
    try:
        with db_errors(display):
            key = _subject_key(conn, subject) if subject else None
            if not match:
                return []
            sql = (
                f"SELECT c.id, c.subject, c.subject_label, {CLAIM_SELECT}, "
                "d.path, d.title, d.outlet, d.date, "
                f"highlight(claims_fts, 0, '{_OPEN}', '{_CLOSE}'), bm25(claims_fts) AS score "
                "FROM claims_fts JOIN claims c ON c.id = claims_fts.rowid "
                "JOIN documents d ON d.doc = c.doc WHERE claims_fts MATCH ? "
                + ("AND c.subject = ? " if key else "")
                + "ORDER BY score, c.id LIMIT ?"
            )
            args = (match, key, limit) if key else (match, limit)
            rows = conn.execute(sql, args).fetchall()
    finally:
        conn.close()
    hits = []
    for row in rows:
        claim_id, subj, label, *fields, path, title, outlet, day, marked, score = row
        claim = claim_from_row(fields, subject=subj or "", subject_label=label or "")
        hits.append(
            SearchHit(
                claim=claim,
                row=claim_id,
                path=record_path(_shown_path(path), claim.document),  # FILE#N for a record
                title=title,
                outlet=outlet,
                date=day,
                marks=_marks(marked),
                score=score,
            )
        )
    return hits


def _subject_key(conn: sqlite3.Connection, wanted: str) -> str:
    rows = conn.execute("SELECT key, label FROM subjects ORDER BY key").fetchall()
    if not rows:
        raise UsageError(
            "the index knows no subjects yet: run `kfactcheck check PATH...` first, "
            "or search without --subject"
        )
    folded = wanted.strip().casefold()
    for exact in (
        [k for k, _ in rows if k == wanted],
        [k for k, label in rows if folded in (k.casefold(), label.casefold())],
        [k for k, label in rows if folded in k.casefold() or folded in label.casefold()],
    ):
        if len(exact) == 1:
            return exact[0]
        if len(exact) > 1:
            raise UsageError(
                f"subject {wanted!r} is ambiguous: {', '.join(exact[:8])}"
                + (", ..." if len(exact) > 8 else "")
            )
    from rapidfuzz import process

    near = [k for k, *_ in process.extract(wanted, [k for k, _ in rows], limit=3)]
    raise UsageError(f"no subject {wanted!r} in the index; nearest: {', '.join(near)}")


def _marks(marked: str | None) -> list[tuple[int, int]]:
    if not marked:
        return []
    spans: list[tuple[int, int]] = []
    pos = 0
    start = 0
    for ch in marked:
        if ch == _OPEN:
            start = pos
        elif ch == _CLOSE:
            spans.append((start, pos))
        else:
            pos += 1
    return spans


def _shown_path(path: str) -> str:
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        return path
    return path if rel.startswith("..") else rel
