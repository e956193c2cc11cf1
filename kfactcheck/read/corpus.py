"""Reading a corpus: files and folders in, Documents out, one line per file that was skipped.

    corpus = read_corpus(["corpus/kosovo"])
    for doc in corpus.documents:
        print(doc.path, doc.date, doc.date_evidence, doc.outlet, doc.kept_text()[:60])
    for err in corpus.errors:
        print(f"skipped {err.path}: {err.message}")

Formats: .txt, .md, .html/.htm, .json (an object or a list of objects) and .jsonl (one
object per line) with the text in a `text`/`body`/`content` field. For each article the
reader finds the publication date and the words it came from, the outlet and the title the
document shows, and the spans of the text that are article body (Document.keep): page
furniture, repeated headlines and leads, header date lines and bylines are left out, while
Document.text stays as read so every offset stays valid. A `kfactcheck.toml` or
`manifest.csv` in a corpus folder overrides what the text shows. Which files are read, and
how they are opened, is files.py's.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kfactcheck.errors import InputError
from kfactcheck.model import Document
from kfactcheck.read import cleanup, language, manifest, outlet, pubdate, textdate
from kfactcheck.read import records as rec_mod
from kfactcheck.read.decode import decode
from kfactcheck.read.files import (
    EXTENSIONS,
    FileEntry,
    FileError,
    _why,
    iter_files,
    list_files,
    open_regular,
)
from kfactcheck.read.files import INDEX_DIR as INDEX_DIR  # re-exported: its callers' home
from kfactcheck.read.files import iter_file_names as iter_file_names
from kfactcheck.read.frontmatter import read_front_matter
from kfactcheck.read.html import extract as html_extract  # trafilatura: imported on first use

__all__ = [
    "DEFAULT_MAX_BYTES",
    "EXTENSIONS",
    "READER_VERSION",
    "Corpus",
    "FileEntry",
    "FileError",
    "InputError",
    "NoDocumentsError",
    "iter_files",
    "list_files",
    "manifest_entry",
    "open_regular",
    "read_corpus",
    "read_document",
]

# Bump when the reader's output for the same bytes changes (the index re-reads then).
READER_VERSION = "1"
DEFAULT_MAX_BYTES = 64 * 2**20
_HTML_START = re.compile(rb"\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.I)
_HTML_IN_FIELD = re.compile(r"<(?:p|div|br|article|section|h[1-6]|span|a\s)[\s>/]", re.I)
_HEADING_MARK = re.compile(r"#{1,6}\s+")
_WORD = re.compile(r"[^\W_]")  # a letter or digit: text, not markup debris
_HEADLINE_END = re.compile(r"""[.;,:]["”’']?\Z""")
_SNIFF_BYTES = 2048  # as files.py sniffs a file without extension
_MAX_DUP_WARNINGS = 3  # one line each; beyond, a count
_MAX_RECORD_PROBLEMS = 3  # likewise for the records of a file that were skipped


@dataclass(slots=True)
class Corpus:
    documents: list[Document]  # sorted by path (records of one file in file order)
    errors: list[FileError] = field(default_factory=list)


class NoDocumentsError(InputError):
    """Nothing could be read; `errors` holds the reason for every path and file."""

    def __init__(self, message: str, errors: list[FileError]):
        super().__init__(message)
        self.errors = errors


def record_path(path: str, doc_id: str) -> str:
    """The path a record of a JSON list or JSON Lines file is shown under: FILE#N, N from 1
    (a document id ends in "#n", n from 0), so that each record has a path of its own."""
    _, sep, n = doc_id.rpartition("#")
    return f"{path}#{int(n) + 1}" if sep and n.isdigit() else path


def manifest_entry(file: str | os.PathLike[str]) -> dict | None:
    """The manifest fields (date, outlet, title, url, evidence) for `file`, or None."""
    return manifest.entry_for(file)


# ----------------------------------------------------------------------------- reading


def read_corpus(
    paths: Sequence[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    follow_links: bool = False,
) -> Corpus:
    """Every document under `paths`; problems become Corpus.errors, one line per file.

    Raises NoDocumentsError (an InputError) only when no document at all could be read.
    A file whose bytes equal a file already read is skipped (it would double its claims).
    """
    errors: list[FileError] = []
    documents: list[Document] = []
    first_of: dict[str, str] = {}
    for entry in list_files(paths, errors=errors, follow_links=follow_links):
        shown, problems = entry.display, []
        try:
            docs = read_document(
                entry.file,
                display_path=shown,
                manifest_entry=entry.manifest,
                max_bytes=max_bytes,
                problems=problems,
            )
        except InputError as e:
            errors.append(FileError(shown, str(e)))
            continue
        sha = docs[0].sha256
        if sha in first_of:
            errors.append(FileError(shown, f"same bytes as {first_of[sha]} (read once)"))
            continue
        first_of[sha] = shown
        errors.extend(FileError(shown, p) for p in problems)
        documents.extend(docs)
    documents.sort(key=_doc_order)
    errors.sort(key=lambda e: e.path)
    if not documents:
        raise no_documents(errors)
    return Corpus(documents, errors)


def no_documents(errors: list[FileError]) -> NoDocumentsError:
    """The error for a run in which nothing at all could be read (reader and index)."""
    if len(errors) == 1:
        message = f"{errors[0].path}: {errors[0].message}"
    elif errors:
        message = (
            f"no documents could be read ({len(errors)} problems; first: "
            f"{errors[0].path}: {errors[0].message})"
        )
    else:
        message = "no documents could be read: no paths given"
    return NoDocumentsError(message, errors)


def _doc_order(doc: Document) -> tuple[str, int]:
    """File path, then record number: FILE#2 before FILE#10."""
    _, _, n = doc.id.partition("#")
    path = doc.path.rpartition("#")[0] if n.isdigit() else doc.path
    return path, int(n) if n.isdigit() else -1


def read_document(
    path: str | os.PathLike[str],
    *,
    display_path: str | None = None,
    manifest_entry: dict | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    problems: list[str] | None = None,
) -> list[Document]:
    """The documents of one file (several for a JSON list or JSON Lines file).

    Raises InputError with a one-line cause when the file cannot be used. Records of a JSON
    file that cannot be used are skipped; their problems go to `problems` when given.
    """
    p = Path(path)
    shown = display_path if display_path is not None else os.fspath(path)
    data = _read_bytes(p, max_bytes)
    if not data.strip():
        raise InputError("empty file")
    fmt = _format_of(p, data)
    sha = hashlib.sha256(data).hexdigest()
    doc_id = "d" + sha[:12]
    text, enc_warnings = decode(data)
    if not text.strip():
        raise InputError("empty file")
    overrides = manifest.merge(manifest_entry)
    if fmt in ("json", "jsonl"):
        return _read_records(text, fmt, doc_id, shown, sha, enc_warnings, overrides, problems)
    meta = _Meta()
    if fmt == "html":
        page = html_extract(text)
        text = page.text
        meta = _Meta(page.title, page.sitename, page.url, None, page.date_evidence, "the metadata")
        if page.date:
            meta.date = pubdate.parse_date(page.date)
    doc = _analyse(text, fmt, doc_id, shown, sha, list(enc_warnings), meta, overrides)
    return [doc]


def _read_bytes(p: Path, max_bytes: int) -> bytes:
    try:
        with open_regular(p) as f:
            size = os.fstat(f.fileno()).st_size
            if size > max_bytes:
                raise InputError(_too_large(size, max_bytes))
            data = f.read(max_bytes + 1)
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError("broken symbolic link" if p.is_symlink() else "no such file") from None
    except OSError as e:
        raise InputError(_why(e)) from None
    if len(data) > max_bytes:
        raise InputError(_too_large(len(data), max_bytes))
    return data


def _too_large(size: int, limit: int) -> str:
    return f"file too large: {_mib(size)} is over the {_mib(limit)} limit (max_bytes)"


def _mib(n: int) -> str:
    return f"{n / 2**20:.1f} MiB" if n >= 2**20 else f"{n} bytes"


def _format_of(p: Path, data: bytes) -> str:
    fmt = EXTENSIONS.get(p.suffix.lower())
    if fmt:
        return fmt
    # A file named explicitly with another extension: read as text, or HTML if it is a page.
    return "html" if _HTML_START.match(data[:_SNIFF_BYTES]) else "txt"


# ----------------------------------------------------------------------------- analysis


@dataclass(slots=True)
class _Meta:
    """What a format's own metadata says (front matter, JSON fields, HTML meta tags)."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    date: date | None = None
    date_evidence: str | None = None
    lang: str | None = None
    label: str = "the metadata"  # how warnings name the source


def _read_records(
    text: str,
    fmt: str,
    doc_id: str,
    shown: str,
    sha: str,
    enc_warnings: list[str],
    overrides: dict,
    problems: list[str] | None,
) -> list[Document]:
    parse = rec_mod.parse_json if fmt == "json" else rec_mod.parse_jsonl
    recs, probs = parse(text)
    docs: list[Document] = []
    for rec in recs:
        body = rec_mod.record_text(rec)
        where = f"record {rec.index + 1} (line {rec.line}) skipped"  # as FILE#N counts
        if body is None:
            probs.append(f"{where}: no text in a {'/'.join(rec_mod.TEXT_FIELDS)} field")
            continue
        meta = _Meta(label="the JSON date field")
        for keys, attr in (
            (rec_mod.TITLE_FIELDS, "title"),
            (rec_mod.URL_FIELDS, "url"),
            (rec_mod.OUTLET_FIELDS, "outlet"),
        ):
            got = rec_mod.first_field(rec, keys)
            if got and isinstance(got[1], str):
                setattr(meta, attr, " ".join(got[1].split()))
        got = rec_mod.first_field(rec, rec_mod.DATE_FIELDS)
        warnings = list(enc_warnings)
        if got:
            meta.date = pubdate.date_from_value(got[1], warnings)
            if meta.date:
                meta.date_evidence = f"{got[0]}: {got[1]}"
            else:
                warnings.append(f"{got[0]} {got[1]!r} is not a date")
        if _HTML_IN_FIELD.search(body, 0, 4000):
            try:
                page = html_extract(body)
            except InputError as e:
                probs.append(f"{where}: {e}")
                continue
            body = page.text
            meta.title = meta.title or page.title
        try:
            doc = _analyse(
                body,
                fmt,
                f"{doc_id}#{rec.index}",
                record_path(shown, f"#{rec.index}"),
                sha,
                warnings,
                meta,
                overrides,
            )
        except InputError as e:
            probs.append(f"{where}: {e}")
            continue
        docs.append(doc)
    if not docs:
        if not probs:
            raise InputError("no records")
        more = f" (and {len(probs) - 1} more)" if len(probs) > 1 else ""
        raise InputError(probs[0] + more)
    if problems is not None:
        # a line each for the first few; a file of thousands of bad records is not a page
        problems.extend(probs[:_MAX_RECORD_PROBLEMS])
        if len(probs) > _MAX_RECORD_PROBLEMS:
            problems.append(f"{len(probs) - _MAX_RECORD_PROBLEMS} more records skipped")
    return docs


def _analyse(
    text: str,
    fmt: str,
    doc_id: str,
    shown: str,
    sha: str,
    warnings: list[str],
    meta: _Meta,
    overrides: dict,
) -> Document:
    """A Document: keep spans, title, outlet and date, from the text and its metadata."""
    lines = cleanup.split_lines(text)
    skip: dict[int, str] = {}
    if fmt in ("txt", "md"):
        fm = read_front_matter(text)
        if fm is not None:
            for i, line in enumerate(lines):
                if line.start >= fm.end:
                    break
                skip[i] = "front matter"
            _front_matter_meta(fm, meta, warnings)
    dropped: dict[int, str] = {**cleanup.furniture(text, lines), **skip}
    cuts: dict[int, int] = {}
    hd = pubdate.find_header_date(text, lines, dropped)
    if hd is not None:
        for i in hd.drop_lines:
            dropped[i] = "date"
        if hd.cut is not None and lines:
            # the marker opens the first line after any front matter
            at = next((i for i, ln in enumerate(lines) if ln.end >= hd.cut[1]), 0)
            cuts[at] = hd.cut[1]
    found = outlet.find_outlet(text, lines, skip, hd.names if hd else [])
    for i in found.drop_lines:
        dropped.setdefault(i, "byline")
    for i, at in found.cuts.items():
        cuts[i] = max(at, cuts.get(i, at))
    title = meta.title or _title(text, lines, dropped, cuts, fmt)
    dups = cleanup.duplicates(text, lines, dropped)
    for n, i in enumerate(dups):
        dropped[i] = "duplicate"
        if n < _MAX_DUP_WARNINGS:
            line = text[lines[i].start : lines[i].end]
            warnings.append(f"duplicate paragraph dropped: {_quote(line)}")
    if len(dups) > _MAX_DUP_WARNINGS:
        warnings.append(f"{len(dups) - _MAX_DUP_WARNINGS} more duplicate paragraphs dropped")
    keep = cleanup.keep_spans(lines, dropped, cuts)
    if not any(_WORD.search(text, a, b) for a, b in keep):
        what = "in HTML" if fmt == "html" else "(only page furniture)"
        raise InputError(f"no article text found {what}")

    day, evidence = None, None
    if "date" in overrides:
        day, evidence = overrides["date"], str(overrides.get("evidence", "manifest"))
        shown_day = hd.date if hd else meta.date
        if shown_day and shown_day != day:
            warnings.append(
                f"{evidence} sets {day.isoformat()}; the document shows {shown_day.isoformat()}"
            )
    elif meta.date is not None:
        day, evidence = meta.date, meta.date_evidence
        if hd and hd.date != day:
            warnings.append(
                f"date doubtful: {meta.label} says {day.isoformat()} but the page header "
                f"says {hd.date.isoformat()} ({hd.evidence})"
            )
        elif out := textdate.outrun_day(day, text, keep, overrides.get("url") or meta.url):
            # a stored date older than what its URL and its text report: their day
            warnings.append(
                f"date doubtful: {meta.label} says {day.isoformat()} but the URL shows "
                f"{out[2]} and the text reports {_quote(out[1])}; dated {out[0].isoformat()}"
            )
            day, evidence = out[0], out[1]
    elif hd is not None:
        day, evidence = hd.date, hd.evidence
        warnings.extend(hd.warnings)
    if day is None and "date" not in overrides:
        day, evidence = _inferred_date(text, keep, overrides.get("url") or meta.url, warnings)
    elif day is not None and "date" not in overrides:
        label = {"marker": "the date marker", "header": "the page header"}.get(
            hd.source if hd and day == hd.date and meta.date is None else "", meta.label
        )
        doubt = pubdate.event_doubt(day, text, keep, label)
        if doubt:
            warnings.append(doubt)

    # the language the figures are read in: a manifest or front matter says, or the text
    lang = language.normalise(overrides.get("lang")) or meta.lang  # type: ignore[arg-type]
    if lang is None:
        lang = language.detect("\n".join(text[a:b] for a, b in keep[:20]))
    return Document(
        id=doc_id,
        path=shown,
        text=text,
        keep=keep,
        title=overrides.get("title") or title,
        outlet=overrides.get("outlet") or meta.outlet or found.outlet,
        url=overrides.get("url") or meta.url,
        date=day,
        date_evidence=evidence,
        warnings=warnings,
        sha256=sha,
        format=fmt,
        lang=lang,
    )


def _inferred_date(
    text: str, keep: list[tuple[int, int]], url: str | None, warnings: list[str]
) -> tuple[date | None, str | None]:
    """The date of a page that shows none in its header: its URL's, else a day its text
    names in the month its marker or URL shows, else its latest page timestamp."""
    got = textdate.url_date(url)
    if got is None:
        got = textdate.text_day(text, keep, textdate.partial_date(text, url))
        if got is not None:
            warnings.append(f"date inferred: {got[0].isoformat()} from {_quote(got[1])}")
    return got if got is not None else (None, None)


def _front_matter_meta(fm, meta: _Meta, warnings: list[str]) -> None:
    f = fm.fields
    meta.title = meta.title or f.get("title") or f.get("headline")
    meta.outlet = meta.outlet or next(
        (f[k] for k in ("outlet", "source", "site", "publisher") if f.get(k)), None
    )
    meta.url = meta.url or f.get("url") or f.get("link")
    meta.lang = meta.lang or language.normalise(f.get("lang") or f.get("language"))
    for key in ("date", "published", "pubdate", "publishdate"):
        if f.get(key):
            d = pubdate.parse_date(f[key])
            if d:
                meta.date, meta.date_evidence = d, fm.lines[key]
                meta.label = "the front matter"
            else:
                warnings.append(f"front matter {key} {f[key]!r} is not a date")
            break


def _title(
    text: str, lines: list[cleanup.Line], dropped: dict[int, str], cuts: dict[int, int], fmt: str
) -> str | None:
    """The headline: the first line of the article proper, when it reads like one."""
    for i, (s, e, _) in enumerate(lines):
        if i in dropped:
            continue
        if i in cuts:
            return None  # the first line carries a marker or dateline: it is body
        line = text[s:e]
        if fmt == "md":
            m = _HEADING_MARK.match(line)
            line = line[m.end() :] if m else line
        words = line.split()
        if 2 <= len(words) <= 30 and len(line) <= 250 and not _HEADLINE_END.search(line):
            return line
        return None
    return None


def _quote(s: str, n: int = 60) -> str:
    s = " ".join(s.split())
    return f'"{s[:n].rstrip()}…"' if len(s) > n else f'"{s}"'
