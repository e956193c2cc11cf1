"""The index's SQLite schema, and opening a database file safely.

Every sqlite3 error is turned into a one-line IndexDbError that names the file, so no
command ever shows a traceback for a bad, busy, foreign or newer index (README, "The claim index").
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from kfactcheck import __version__
from kfactcheck.errors import IndexDbError

# Bump when a table or column changes meaning; an index of a newer schema is refused, one
# of an older schema is migrated (MIGRATIONS) when opened for writing.
SCHEMA_VERSION = 3

# Schema N -> N + 1. 1 -> 2: documents.names (the story names of each document, so that a
# check need not read every text); the files are marked for extraction again, which fills
# it in on the next run.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        "ALTER TABLE documents ADD COLUMN names TEXT",
        "UPDATE files SET extractor_version = ''",
    ),
    # 2 -> 3: documents.lang (the language the figures were read in); re-extracted
    2: (
        "ALTER TABLE documents ADD COLUMN lang TEXT",
        "UPDATE files SET extractor_version = ''",
    ),
}

# A second writer waits this long for the first one's batch to commit. Batches last well
# under a second, so reaching it means the other process is stuck, not merely busy.
BUSY_SECONDS = 60.0
WAIT_NOTICE_MS = 1000  # after this long waiting for the lock, say so

# PRAGMA application_id: lets `file` and sqlite tools tell a kfactcheck index ("kfct").
APPLICATION_ID = 0x6B666374

DDL = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per file seen under the paths indexed, readable or not.
CREATE TABLE files (
    path              TEXT PRIMARY KEY,  -- absolute path
    size              INTEGER NOT NULL,
    mtime_ns          INTEGER NOT NULL,
    read_ns           INTEGER NOT NULL,  -- when its bytes were read (unix time, ns)
    sha256            TEXT NOT NULL,     -- of the file's bytes
    manifest          TEXT,              -- JSON of the manifest entry applied, or NULL
    extractor_version TEXT NOT NULL,     -- reader, extractor and code versions of the rows
    error             TEXT,              -- why the file was skipped, or NULL
    problems          TEXT NOT NULL,     -- JSON list: records skipped in a file still read
    documents         INTEGER NOT NULL,  -- how many documents it holds
    indexed_at        TEXT NOT NULL      -- UTC, ISO 8601
);

CREATE TABLE documents (
    doc               INTEGER PRIMARY KEY,  -- row number; claims.doc points here
    id                TEXT NOT NULL,        -- Document.id ("d" + content hash prefix)
    path              TEXT NOT NULL REFERENCES files(path) ON DELETE CASCADE,
    part              INTEGER NOT NULL,     -- position within the file (JSONL: record)
    sha256            TEXT NOT NULL,
    format            TEXT NOT NULL,        -- txt | md | html | json | jsonl
    title             TEXT,
    outlet            TEXT,
    url               TEXT,
    date              TEXT,                 -- publication date, YYYY-MM-DD
    date_evidence     TEXT,
    warnings          TEXT NOT NULL,        -- JSON list of strings
    text              TEXT NOT NULL,        -- the text as read; claim offsets point into it
    keep              TEXT NOT NULL,        -- JSON list of [start, end] body spans of text
    names             TEXT,                 -- JSON list: the names stories are told by
    lang              TEXT,                 -- language code (en, fr, de, ...), or NULL
    extractor_version TEXT NOT NULL,
    indexed_at        TEXT NOT NULL,
    UNIQUE (path, part)
);
CREATE INDEX documents_id ON documents (id);

-- value_num, low and high carry no type on purpose: an int stays an int, a float a float,
-- a date string a string, so claims read back equal the claims extracted.
CREATE TABLE claims (
    id             INTEGER PRIMARY KEY,
    doc            INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
    document_id    TEXT NOT NULL,           -- documents.id, for reading by hand
    ordinal        INTEGER NOT NULL,        -- position in the extractor's output
    value_num,                              -- the figure, or NULL for a date-valued claim
    value_text     TEXT,                    -- "YYYY-MM-DD" for a date-valued claim
    low,
    high,
    qualifier      TEXT NOT NULL,
    unit           TEXT NOT NULL,
    as_of          TEXT NOT NULL,
    text           TEXT NOT NULL,           -- the claim's own words
    start          INTEGER NOT NULL,        -- offsets of text in documents.text
    end            INTEGER NOT NULL,
    quote          TEXT NOT NULL,           -- the supporting sentence
    sentence_start INTEGER NOT NULL,        -- offset of quote in documents.text
    speaker        TEXT,
    terms          TEXT NOT NULL,           -- JSON list
    scope          TEXT NOT NULL,           -- JSON list
    subject        TEXT,                    -- set by the last check/report (store_findings)
    subject_label  TEXT,
    UNIQUE (doc, ordinal)
);
CREATE INDEX claims_unit ON claims (unit);
CREATE INDEX claims_subject ON claims (subject);

-- Full-text index over claims (content="claims": Datasette offers a search box on claims).
CREATE VIRTUAL TABLE claims_fts USING fts5 (
    quote, text, speaker,
    content="claims", content_rowid="id", tokenize="unicode61 remove_diacritics 2"
);
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claims_fts (rowid, quote, text, speaker)
    VALUES (new.id, new.quote, new.text, new.speaker);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts (claims_fts, rowid, quote, text, speaker)
    VALUES ('delete', old.id, old.quote, old.text, old.speaker);
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE OF quote, text, speaker ON claims BEGIN
    INSERT INTO claims_fts (claims_fts, rowid, quote, text, speaker)
    VALUES ('delete', old.id, old.quote, old.text, old.speaker);
    INSERT INTO claims_fts (rowid, quote, text, speaker)
    VALUES (new.id, new.quote, new.text, new.speaker);
END;

-- The outcome of the most recent check/report (store_findings); replaced each time.
CREATE TABLE subjects (
    key    TEXT PRIMARY KEY,
    label  TEXT NOT NULL,
    unit   TEXT,
    claims INTEGER NOT NULL
);

CREATE TABLE findings (
    id        TEXT PRIMARY KEY,  -- "f3", as in the JSON report
    kind      TEXT NOT NULL,     -- discrepancy | change | agreement
    subject   TEXT NOT NULL,
    severity  TEXT NOT NULL,
    summary   TEXT NOT NULL,
    claims    TEXT NOT NULL,     -- JSON list of report claim ids ("c17")
    claim_ids TEXT NOT NULL,     -- JSON list of claims.id, the same claims in this database
    extra     TEXT NOT NULL      -- JSON object
);
CREATE INDEX findings_subject ON findings (subject);
"""


def default_db_path() -> Path:
    """$KFACTCHECK_DB if set, else .kfactcheck/index.db under the working directory."""
    env = os.environ.get("KFACTCHECK_DB", "").strip()
    return Path(env) if env else Path(".kfactcheck") / "index.db"


def resolve_db(db: str | Path | None) -> tuple[Path, str]:
    """The index file to use, and how messages name it (as the user wrote it)."""
    path = Path(db) if db not in (None, "") else default_db_path()
    return path, str(path)


def explain(display: str, exc: BaseException) -> str:
    """One line saying what is wrong with the index file and what to do about it."""
    msg = str(exc)
    low = msg.lower()
    if "file is not a database" in low:
        return f"{display} is not a kfactcheck index (file is not a database)"
    if "malformed" in low or "corrupt" in low:
        return (
            f"index {display} is damaged ({msg}): delete it and run kfactcheck index again, "
            "or use --db"
        )
    if "locked" in low or "busy" in low:
        return (
            f"index {display} is busy: another kfactcheck process has been writing it for "
            f"{BUSY_SECONDS:g}s; try again when it has finished, or use --db"
        )
    if "readonly" in low or "read-only" in low:
        return f"index {display} cannot be written (read-only location): use --db FILE"
    if "unable to open" in low:
        return (
            f"cannot open index {display} ({msg}): is its folder writable? Use --db FILE "
            "or set KFACTCHECK_DB"
        )
    if "disk is full" in low or "disk i/o" in low:
        return f"index {display}: {msg}"
    return f"index {display}: {msg}"


@contextmanager
def db_errors(display: str) -> Iterator[None]:
    """Run a block of database work; any sqlite3 error leaves as a one-line IndexDbError."""
    try:
        yield
    except sqlite3.Error as exc:
        raise IndexDbError(explain(display, exc)) from exc


@contextmanager
def write_transaction(
    conn: sqlite3.Connection, on_wait: Callable[[], None] | None = None
) -> Iterator[None]:
    """BEGIN IMMEDIATE ... COMMIT: takes the write lock up front, so a second writer waits
    (busy_timeout) instead of failing when it upgrades a read to a write.

    When another process holds the lock for more than a second, `on_wait` is called once
    (to tell the user why nothing moves) and the wait goes on up to BUSY_SECONDS.
    """
    if on_wait is None:
        conn.execute("BEGIN IMMEDIATE")
    else:
        conn.execute(f"PRAGMA busy_timeout = {WAIT_NOTICE_MS}")
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            on_wait()
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_SECONDS * 1000)}")
            conn.execute("BEGIN IMMEDIATE")
        finally:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_SECONDS * 1000)}")
    try:
        yield
    except BaseException:  # KeyboardInterrupt too: nothing half-written is committed
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def open_index(path: str | Path, display: str, *, create: bool) -> sqlite3.Connection:
    """Open (and with create=True, create) a kfactcheck index, checking it is one.

    Raises IndexDbError for a missing index (create=False), a file that is not SQLite, a
    SQLite file of someone else, an index of another schema, or a location it cannot use.
    """
    path = Path(path)
    if path.is_dir():
        raise IndexDbError(f"index {display} is a folder, not a file: use --db FILE")
    if not create and not path.exists():
        raise IndexDbError(f"no index at {display}: run `kfactcheck index PATH...` first")
    stamp = _stamp(path)
    if create:
        _make_folder(path.parent, display)
    with db_errors(display):
        if not create and not _writable(path):
            # A reader (search) of an index it cannot write, e.g. on a read-only share:
            # SQLite cannot make the WAL's shared-memory file there, so open the file as
            # immutable (no locks, no -shm); nobody who lacks write access can change it.
            uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
            conn = sqlite3.connect(uri, uri=True, timeout=BUSY_SECONDS, isolation_level=None)
        else:
            conn = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None)
    try:
        with db_errors(display):
            conn.execute("PRAGMA foreign_keys = ON")
            if stamp is not None and stamp != _checked_stamp(path):
                _quick_check(conn, path, stamp)
            _check_or_create(conn, display, create=create)
            if create:
                # WAL: readers never block the writer and a killed writer leaves the
                # last committed batch intact. NORMAL sync is crash-safe under WAL.
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
    except BaseException:
        conn.close()
        raise
    return conn


# ----------------------------------------------------------------- damage

# The state of the index file (and its write-ahead log) that was last found sound, or left
# so by this program's own writes: a file beside it, FILE-checked, as SQLite's FILE-wal.
_CHECKED_SUFFIX = "-checked"


def _stamp(path: Path) -> str | None:
    """Size and modification time of the index file and its log; None for no file yet."""
    try:
        st = path.stat()
    except OSError:
        return None
    if st.st_size == 0:
        return None
    try:
        wal = os.stat(f"{path}-wal")
        log = f" {wal.st_size} {wal.st_mtime_ns}" if wal.st_size else ""  # empty: as none
    except OSError:
        log = ""
    return f"{st.st_size} {st.st_mtime_ns}{log}"


def _checked_stamp(path: Path) -> str | None:
    try:
        return Path(f"{path}{_CHECKED_SUFFIX}").read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None


def _quick_check(conn: sqlite3.Connection, path: Path, stamp: str) -> None:
    """PRAGMA quick_check (the b-trees and their records, linear in the file) when the file
    changed since it was last found sound: a damaged index is refused by every command,
    with the one line a query that meets the damage gives."""
    row = conn.execute("PRAGMA quick_check(1)").fetchone()
    if row is None or row[0] != "ok":
        raise sqlite3.DatabaseError("database disk image is malformed")
    _remember(path, stamp)


def _remember(path: Path, stamp: str | None) -> None:
    if stamp is None:
        return
    tmp = Path(f"{path}{_CHECKED_SUFFIX}.{os.getpid()}")
    with suppress(OSError):  # a read-only place: checked again next time
        tmp.write_text(stamp + "\n", encoding="ascii")
        os.replace(tmp, f"{path}{_CHECKED_SUFFIX}")


def close_sound(conn: sqlite3.Connection, path: str | Path) -> None:
    """Close the index after this program's own writes, ended without an error: the file
    as it is then needs no check on the next open. The log is copied into the file first,
    so that another connection closing later (the last one does that) changes nothing."""
    with suppress(sqlite3.Error):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    _remember(Path(path), _stamp(Path(path)))


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _make_folder(folder: Path, display: str) -> None:
    if folder.is_dir():
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise IndexDbError(
            f"cannot create folder {folder} for index {display}: {exc.strerror or exc}: "
            "use --db FILE"
        ) from exc
    if folder.name == ".kfactcheck":
        # A cache folder, like .pytest_cache: keep it out of the user's commits.
        with suppress(OSError):
            (folder / ".gitignore").write_text("*\n", encoding="utf-8")


def _schema_of(conn: sqlite3.Connection, display: str) -> int | None:
    """The schema version written in the file; None for an empty database."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return None
    if "meta" not in tables:
        shown = ", ".join(sorted(tables)[:5])
        raise IndexDbError(f"{display} is not a kfactcheck index (it holds other tables: {shown})")
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    try:
        return int(row[0])
    except (TypeError, ValueError):
        raise IndexDbError(
            f"{display} is not a kfactcheck index (no schema_version in its meta table)"
        ) from None


def _check_or_create(conn: sqlite3.Connection, display: str, *, create: bool) -> None:
    version = _schema_of(conn, display)
    if version is None and create:
        with write_transaction(conn):
            # Another process may have created it while we waited for the lock.
            version = _schema_of(conn, display)
            if version is None:
                for statement in _statements(DDL):
                    conn.execute(statement)
                conn.executemany(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    [
                        ("schema_version", str(SCHEMA_VERSION)),
                        ("created_by", f"kfactcheck {__version__}"),
                        ("extractor_version", ""),
                    ],
                )
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                version = SCHEMA_VERSION
    if version is None:
        raise IndexDbError(f"no index at {display}: run `kfactcheck index PATH...` first")
    if version < SCHEMA_VERSION and create:
        version = _migrate(conn, display)  # a reader (search) reads an older index as it is
    if version > SCHEMA_VERSION:
        raise IndexDbError(
            f"index {display} was written by schema {version}; this kfactcheck reads schema "
            f"{SCHEMA_VERSION}: delete it or use --db"
        )


def _migrate(conn: sqlite3.Connection, display: str) -> int:
    """Bring an index of an older schema to this one, in one transaction."""
    with write_transaction(conn):
        version = _schema_of(conn, display)  # as it is now that this process holds the lock
        assert version is not None
        while version < SCHEMA_VERSION:
            for statement in MIGRATIONS[version]:
                conn.execute(statement)
            version += 1
        conn.execute(
            "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),)
        )
    return version


def _statements(script: str) -> list[str]:
    """Split the DDL into statements (executescript would COMMIT our transaction)."""
    out: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--") and not buf.strip():
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    return out
