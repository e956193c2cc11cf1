"""The claim index: an SQLite file that remembers what was read and extracted.

`index_corpus` brings the index up to date with the files under the paths given and returns
their documents and claims: files whose size and mtime are unchanged are not even read,
files whose bytes are unchanged are not extracted again, changed files are replaced, files
gone from a folder given are removed, and a new extractor version re-extracts exactly the
files made by the old one. Extraction runs in worker processes; this process is the only
writer, committing one transaction per batch, so an interrupted run leaves a consistent
index and the next run finishes the job. Tables and columns: README, "The claim index".
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from kfactcheck.index.findings import store_findings
from kfactcheck.index.readback import _count, _load, _TextReader
from kfactcheck.index.schema import (
    close_sound,
    db_errors,
    default_db_path,
    open_index,
    resolve_db,
    write_transaction,
)
from kfactcheck.index.search import SearchHit, fts_query, search
from kfactcheck.index.work import Extract, _Job, _run_jobs
from kfactcheck.model import Claim, Document

if TYPE_CHECKING:
    from kfactcheck.read.corpus import FileError

# A file modified this close to when it was read may change again within the same mtime
# tick (coarse file systems): its size and mtime alone are not trusted next time, its bytes
# are hashed again (as git does for "racy" files).
RACY_NS = 2_000_000_000

# What decides what is read and extracted: any edit under these re-extracts (see
# _code_fingerprint). Analysis, views, export and the index itself may change freely.
EXTRACTION_PACKAGES = ("read", "grammar", "claims", "data")


@dataclass(slots=True)
class IndexStats:
    files: int  # files found under the paths
    extracted: int  # files read and extracted in this run
    reused: int  # files whose rows were kept (unchanged size+mtime, or unchanged bytes)
    removed: int  # files gone from the paths whose rows were deleted
    claims: int  # claims of the documents returned
    errors: int  # files skipped, with a reason
    seconds: float


@dataclass(slots=True)
class Indexed:
    documents: list[Document]  # sorted by path
    claims: list[Claim]  # sorted by document path, then offset
    errors: list[FileError]  # files skipped or with problems, in path order
    stats: IndexStats


# ----------------------------------------------------------------------------- indexing


def index_corpus(
    paths: Sequence[str | Path] | str | Path,
    *,
    db: str | Path | None = None,
    jobs: int | None = None,
    progress: bool | None = None,
    extract: Extract | None = None,
    extractor_version: str | None = None,
    load: bool = True,
    follow_links: bool = False,
) -> Indexed:
    """Bring the index at `db` up to date with the files under `paths`, and return them.

    With `load=False` only the problems and counts are read back (the `index` command):
    the documents and claims lists of the result are empty, its stats still count them.

    `jobs` worker processes extract (default: all cores; 1 = in this process). `progress`
    shows a bar on stderr (default: only when stderr is a terminal). `extract` replaces
    kfactcheck.claims.extract.extract_claims (it must be a module-level function when jobs > 1).
    Rows made under another version key are extracted again: the key is the reader's
    version plus `extractor_version` if given, else the extractor's version and a hash of
    the code that reads and extracts.
    """
    started = time.perf_counter()
    if isinstance(paths, str | Path):
        paths = [paths]
    extract, version = _extractor(extract, extractor_version)
    db_path, display = resolve_db(db)
    files, listing_errors = _list_files(paths, follow_links)
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    # Tell the user why nothing moves while another process holds the write lock.
    notice = None if progress is False else _Waiting(display)
    conn = open_index(db_path, display, create=True)
    try:
        with db_errors(display):
            _fill_current(conn, files)
            removed = _remove_vanished(conn, paths, notice)
            jobs_todo, reused = _plan(conn, files, version)
            extracted, touched = _run_jobs(
                conn,
                jobs_todo,
                extract,
                version,
                now,
                jobs=jobs,
                progress=progress,
                notice=notice,
            )
            _note_version(conn, version, notice)
            if load:
                documents, claims, errors = _load(conn, _TextReader(db_path, display))
                n_documents, n_claims = len(documents), len(claims)
            else:
                documents, claims = [], []
                errors, n_documents, n_claims = _count(conn)
    except BaseException:
        conn.close()
        raise
    close_sound(conn, db_path)  # as this run left it: no check needed on the next open

    errors = sorted([*listing_errors, *errors], key=lambda e: e.path)  # as read_corpus
    if not n_documents:
        _no_documents(errors)
    stats = IndexStats(
        files=len(files),
        extracted=extracted,
        reused=reused + touched,
        removed=removed,
        claims=n_claims,
        errors=len(errors),
        seconds=time.perf_counter() - started,
    )
    return Indexed(documents, claims, errors, stats)


class _Waiting:
    """Says once per run that another process holds the write lock."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.said = False

    def __call__(self) -> None:
        if not self.said:
            self.said = True
            from kfactcheck.terminal import clean

            print(
                f"kfactcheck: waiting for another kfactcheck process to finish writing "
                f"{clean(self.display)}",
                file=sys.stderr,
                flush=True,
            )


def _note_version(conn: sqlite3.Connection, version: str, notice) -> None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'extractor_version'").fetchone()
    if row is None or row[0] != version:  # no write when nothing changed (read-only media)
        with write_transaction(conn, notice):
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('extractor_version', ?)",
                (version,),
            )


def _no_documents(errors: list) -> None:
    """Raise what read_corpus raises when nothing at all could be read."""
    from kfactcheck.read.corpus import no_documents

    raise no_documents(errors)


def _extractor(extract: Extract | None, version: str | None) -> tuple[Extract, str]:
    """The extraction function, and the version key its rows are stored under."""
    from kfactcheck.read import corpus

    reader = corpus.READER_VERSION
    if version is None:
        # Not only the version constants: any edit of the code that reads or extracts.
        version = f"code {_code_fingerprint()}"
        if extract is None:
            from kfactcheck.claims.extract import EXTRACTOR_VERSION

            version = f"extract {EXTRACTOR_VERSION}; {version}"
        else:
            name = getattr(extract, "__qualname__", type(extract).__qualname__)
            version = f"{extract.__module__}.{name}; {version}"
    if extract is None:
        from kfactcheck.claims.extract import extract_claims

        extract = extract_claims
    return extract, f"corpus {reader}; {version}"


@cache
def _code_fingerprint() -> str:
    """A hash of the package's reading and extraction code and data.

    The version constants say when output changes on purpose; this catches every other
    edit (a development checkout, a patched install), so an index never serves claims that
    the code at hand would not extract.
    """
    root = Path(__file__).parent.parent
    digest = hashlib.sha256()
    try:
        for package in EXTRACTION_PACKAGES:
            for file in sorted((root / package).rglob("*")):
                if (
                    file.suffix not in (".py", ".toml", ".txt", ".json", ".csv")
                    or "__pycache__" in file.parts
                    or not file.is_file()
                ):
                    continue
                rel = file.relative_to(root).as_posix()
                digest.update(rel.encode() + b"\0" + file.read_bytes() + b"\0")
    except OSError:  # e.g. a frozen app without sources: the version constants decide
        return "-"
    return digest.hexdigest()[:12]


def _list_files(paths: Sequence[str | Path], follow_links: bool = False) -> tuple[list[_Job], list]:
    """Files under the paths in the reader's order, each with its manifest entry; and the
    paths that could not be listed (missing, empty folder, bad manifest)."""
    from kfactcheck.read import corpus, manifest

    errors: list = []
    seen: dict[str, _Job] = {}
    # Each folder's manifests looked up once, as read_corpus does (a stat per manifest
    # name per folder level for every file was most of an unchanged corpus's re-index);
    # and a folder with none above it up to where the look-up stops is not asked again.
    manifests: dict = {}
    bare: set[str] = set()  # folders whose files have no manifest entry
    for _file, shown, absolute in corpus.iter_file_names(
        list(paths), errors=errors, follow_links=follow_links
    ):
        if absolute not in seen:
            folder = os.path.dirname(absolute)
            entry = None if folder in bare else manifest.entry_for(absolute, manifests)
            if entry is None and folder not in bare and _no_manifests_above(folder, manifests):
                bare.add(folder)
            seen[absolute] = _Job(absolute, shown, entry, _manifest_key(entry), None)
    return list(seen.values()), errors


def _no_manifests_above(folder: str, manifests: dict) -> bool:
    """True when every folder from `folder` up that manifest.entry_for has looked at (its
    cache holds each one it looked at, upwards from the file's own) has no manifest: then
    entry_for finds nothing for any file of `folder`."""
    while folder in manifests:
        if manifests[folder]:
            return False
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    return True


def _manifest_key(entry: dict | None) -> str | None:
    if entry is None:
        return None
    return json.dumps(entry, sort_keys=True, ensure_ascii=False, default=str)


def _fill_current(conn: sqlite3.Connection, files: list[_Job]) -> None:
    """A temporary table of the files of this run: every later query joins it."""
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS current "
        "(path TEXT PRIMARY KEY, display TEXT NOT NULL, ord INTEGER NOT NULL)"
    )
    conn.execute("BEGIN")  # writes the temp database only: takes no lock on the index
    conn.execute("DELETE FROM temp.current")
    conn.executemany(
        "INSERT INTO temp.current (path, display, ord) VALUES (?, ?, ?)",
        [(j.path, j.display, i) for i, j in enumerate(files)],
    )
    conn.execute("COMMIT")


def _remove_vanished(conn: sqlite3.Connection, paths: Iterable[str | Path], notice) -> int:
    """Delete the rows of files that were under a path given but are not there any more."""
    gone: set[str] = set()
    for given in paths:
        root = os.path.abspath(given)
        # Everything strictly under root/ sorts between "root/" and "root0" (sep + 1).
        low, high = root + os.sep, root + chr(ord(os.sep) + 1)
        if root.endswith(os.sep):  # the filesystem root itself
            low, high = root, root[:-1] + chr(ord(os.sep) + 1)
        gone.update(
            path
            for (path,) in conn.execute(
                "SELECT path FROM files WHERE (path = ? OR (path >= ? AND path < ?)) "
                "AND path NOT IN (SELECT path FROM temp.current)",
                (root, low, high),
            )
        )
    if gone:
        with write_transaction(conn, notice):
            conn.executemany("DELETE FROM files WHERE path = ?", [(p,) for p in sorted(gone)])
    return len(gone)


def _plan(conn: sqlite3.Connection, files: list[_Job], version: str) -> tuple[list[_Job], int]:
    """Split the files into work to do and files whose stored rows still hold."""
    stored = {
        row[0]: row[1:]
        for row in conn.execute(
            "SELECT f.path, f.size, f.mtime_ns, f.read_ns, f.sha256, f.manifest, "
            "f.extractor_version "
            "FROM files f JOIN temp.current c ON c.path = f.path"
        )
    }
    todo: list[_Job] = []
    reused = 0
    for job in files:
        old = stored.get(job.path)
        if old is not None and old[4] == job.manifest_key and old[5] == version:
            size, mtime_ns, read_ns, sha256 = old[:4]
            try:
                st = os.stat(job.path)
            except OSError:
                st = None  # the worker will say why
            if (
                st is not None
                and (st.st_size, st.st_mtime_ns) == (size, mtime_ns)
                and mtime_ns < read_ns - RACY_NS
            ):
                reused += 1
                continue
            job.known_sha256 = sha256
        todo.append(job)
    return todo, reused


__all__ = [
    "IndexStats",
    "Indexed",
    "SearchHit",
    "default_db_path",
    "fts_query",
    "index_corpus",
    "search",
    "store_findings",
]
