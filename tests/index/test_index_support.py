"""Helpers for the index tests: a tiny extractor, a corpus writer and a canonical dump.

The tiny extractor stands in for kfactcheck.claims.extract where a test is about the index, not
about extraction: it is fast, deterministic, and produces every kind of value a Claim can
hold (int, float, date string, None bounds, speaker or not, terms and scope tuples). It is a
module-level function so that worker processes can unpickle it.
"""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

from kfactcheck.model import Claim, Document

REPO = Path(__file__).resolve().parents[2]

_FIGURE = re.compile(
    r"""
    (?P<qual>(?i:about|more\sthan)\s)?  # a qualifier word or two, in any case
    (?P<num>\d[\d,]*(?:\.\d+)?)       # 4,000 / 1.8 / 2008
    (?:\s(?P<noun>[a-z]+))?           # the counted noun, if any
    """,
    re.VERBOSE,
)


def tiny_extract(doc: Document) -> list[Claim]:
    claims = []
    for m in _FIGURE.finditer(doc.text):
        raw = m.group("num").replace(",", "")
        # The sentence around the figure: from the last ". " before to the next one.
        s0 = doc.text.rfind(". ", 0, m.start()) + 1
        s1 = doc.text.find(". ", m.end())
        s1 = len(doc.text) if s1 < 0 else s1 + 1
        quote = doc.text[s0:s1]
        lead = len(quote) - len(quote.lstrip())
        noun = m.group("noun") or ""
        as_of = doc.date.isoformat() if doc.date else "2000"
        if re.fullmatch(r"(19|20)\d\d", raw) and m.group("qual") is None:
            value: float | str = f"{raw}-01-01"
            low: float | str | None = None
            high: float | str | None = None
            qualifier, unit = "exact", "year"
        elif "." in raw:
            value = float(raw)
            low, high, qualifier, unit = value * 0.95, value * 1.05, "approx", "percent"
        else:
            value = int(raw)
            qual = (m.group("qual") or "").strip().lower()
            qualifier = {"about": "approx", "more than": "more_than"}.get(qual, "exact")
            low = value
            high = None if qualifier == "more_than" else value
            unit = noun or "count"
        claims.append(
            Claim(
                document=doc.id,
                value=value,
                low=low,
                high=high,
                qualifier=qualifier,
                unit=unit,
                as_of=as_of,
                text=m.group(0),
                start=m.start(),
                end=m.end(),
                quote=quote.strip(),
                speaker="Ann Smith" if "said" in quote else None,
                terms=(noun,) if noun else (),
                scope=("kosovo",) if "Kosovo" in quote else (),
                sentence_start=s0 + lead,
            )
        )
    return claims


def slow_extract(doc: Document) -> list[Claim]:
    """tiny_extract, slowed down so that a test can act while an index run is going."""
    import time

    time.sleep(0.005)
    return tiny_extract(doc)


def write_corpus(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def make_generated(out: Path, articles: int, seed: int = 7) -> Path:
    """A synthetic corpus from bench/make_corpus.py (a copy of the shared generator)."""
    subprocess.run(
        [
            sys.executable,
            str(REPO / "bench" / "make_corpus.py"),
            str(out),
            "--articles",
            str(articles),
            "--seed",
            str(seed),
        ],
        check=True,
        capture_output=True,
    )
    return out


def dump(db: Path) -> str:
    """Everything an index says about documents and claims, in a canonical order, as text.

    Leaves out what legitimately differs between two runs over the same files: row numbers,
    times, and file stat (a test may touch files).
    """
    conn = sqlite3.connect(db)
    try:
        docs = conn.execute(
            "SELECT d.path, d.part, d.id, d.sha256, d.format, d.title, d.outlet, d.url, d.date, "
            "d.date_evidence, d.warnings, d.text, d.keep, d.extractor_version, f.sha256, "
            "f.error, f.documents FROM documents d JOIN files f ON f.path = d.path "
            "ORDER BY d.path, d.part"
        ).fetchall()
        claims = conn.execute(
            "SELECT d.path, d.part, c.ordinal, c.document_id, c.value_num, c.value_text, "
            "c.low, c.high, c.qualifier, c.unit, c.as_of, c.text, c.start, c.end, c.quote, "
            "c.sentence_start, c.speaker, c.terms, c.scope "
            "FROM claims c JOIN documents d ON d.doc = c.doc ORDER BY d.path, d.part, c.ordinal"
        ).fetchall()
        files = conn.execute(
            "SELECT path, sha256, error, documents FROM files ORDER BY path"
        ).fetchall()
        fts = conn.execute(
            "SELECT count(*) FROM claims_fts JOIN claims ON claims.id = claims_fts.rowid"
        ).fetchone()
        check = conn.execute("PRAGMA integrity_check").fetchone()
        conn.execute("INSERT INTO claims_fts (claims_fts) VALUES ('integrity-check')")
    finally:
        conn.close()
    return json.dumps(
        {"files": files, "documents": docs, "claims": claims, "fts": fts, "check": check},
        ensure_ascii=False,
        indent=0,
    )


def claims_json(claims: list[Claim]) -> str:
    """Claims as JSON text, types included (4000 and 4000.0 differ)."""
    from dataclasses import asdict

    return json.dumps([asdict(c) for c in claims], ensure_ascii=False, sort_keys=True)
