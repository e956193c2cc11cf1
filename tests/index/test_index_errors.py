"""Index files that cannot be used: each gives one clear line (IndexDbError), never a
traceback and never a silently wrong answer."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from conftest import AS_USER, KOSOVO
from test_index_support import tiny_extract, write_corpus

from kfactcheck.errors import IndexDbError
from kfactcheck.index import schema as index_schema
from kfactcheck.index.schema import SCHEMA_VERSION
from kfactcheck.index.store import search, store_findings
from kfactcheck.model import Report
from kfactcheck.pipeline import index_corpus


def _permissions_enforced() -> bool:
    """False for root (and capable users), who write through file modes."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        os.chmod(tmp, 0o555)
        try:
            Path(tmp, "probe").touch()
        except OSError:
            return True
        finally:
            os.chmod(tmp, 0o755)
    return False


NO_PERMISSIONS = not _permissions_enforced()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus", {"a.txt": "About 4,000 troops serve in Kosovo."})


def index(corpus: Path, db: Path | str):
    return index_corpus([corpus], db=db, jobs=1, progress=False, extract=tiny_extract)


def one_line(exc: pytest.ExceptionInfo) -> str:
    text = str(exc.value)
    assert "\n" not in text and "Traceback" not in text
    return text


def test_newer_schema_is_refused(tmp_path, corpus, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db = Path(".kfactcheck") / "index.db"
    index(corpus, db)
    with sqlite3.connect(db) as conn:
        conn.execute(
            "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),)
        )
    with pytest.raises(IndexDbError) as exc:
        index(corpus, db)
    assert one_line(exc) == (
        f"index .kfactcheck/index.db was written by schema {SCHEMA_VERSION + 1}; this kfactcheck "
        f"reads schema {SCHEMA_VERSION}: delete it or use --db"
    )
    newer = f"written by schema {SCHEMA_VERSION + 1}"
    with pytest.raises(IndexDbError, match=newer):
        search(db, "troops")
    with pytest.raises(IndexDbError, match=newer):
        store_findings(db, Report([], [], []))


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"This is a text file, not an index.\n" * 40, id="text"),
        pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, id="png"),
        pytest.param(b"SQLite format 3\x00" + b"\xff" * 84 + b"garbage" * 200, id="bad-header"),
    ],
)
def test_corrupt_file_is_refused(tmp_path, corpus, content):
    db = tmp_path / "index.db"
    db.write_bytes(content)
    with pytest.raises(IndexDbError) as exc:
        index(corpus, db)
    assert one_line(exc) == f"{db} is not a kfactcheck index (file is not a database)"
    with pytest.raises(IndexDbError, match="is not a kfactcheck index"):
        search(db, "troops")
    assert db.read_bytes() == content  # left as it was


def test_someone_elses_database_is_refused(tmp_path, corpus):
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(IndexDbError) as exc:
        index(corpus, db)
    assert one_line(exc) == f"{db} is not a kfactcheck index (it holds other tables: invoices)"


def test_empty_file_becomes_an_index(tmp_path, corpus):
    db = tmp_path / "empty.db"
    db.touch()
    assert len(index(corpus, db).documents) == 1


def test_folder_given_as_index(tmp_path, corpus):
    with pytest.raises(IndexDbError) as exc:
        index(corpus, tmp_path)
    assert one_line(exc) == f"index {tmp_path} is a folder, not a file: use --db FILE"


def test_index_under_a_file_cannot_be_created(tmp_path, corpus):
    blocker = tmp_path / "plain.txt"
    blocker.write_text("x")
    with pytest.raises(IndexDbError) as exc:
        index(corpus, blocker / "index.db")
    assert one_line(exc).startswith(f"cannot create folder {blocker} for index ")
    assert one_line(exc).endswith("use --db FILE")


@pytest.mark.skipif(NO_PERMISSIONS, reason="this user writes through file permissions")
def test_read_only_folder(tmp_path, corpus):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(IndexDbError) as exc:
            index(corpus, folder / "index.db")
        assert "is its folder writable?" in one_line(exc)
    finally:
        folder.chmod(0o755)


@pytest.mark.skipif(NO_PERMISSIONS, reason="this user writes through file permissions")
def test_read_only_index_file(tmp_path, corpus):
    db = tmp_path / "ro" / "index.db"
    index(corpus, db)
    (corpus / "b.txt").write_text("Some 12 boats.")
    for f in db.parent.iterdir():
        f.chmod(0o444)
    db.parent.chmod(0o555)
    try:
        with pytest.raises(IndexDbError) as exc:
            index(corpus, db)
        assert "read-only" in one_line(exc) or "writable" in one_line(exc)
    finally:
        db.parent.chmod(0o755)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        pytest.param(
            "attempt to write a readonly database",
            "index x.db cannot be written (read-only location): use --db FILE",
            id="readonly",
        ),
        pytest.param(
            "unable to open database file",
            "cannot open index x.db (unable to open database file): is its folder writable? "
            "Use --db FILE or set KFACTCHECK_DB",
            id="cannot-open",
        ),
        pytest.param(
            "database disk image is malformed",
            "index x.db is damaged (database disk image is malformed): delete it and run "
            "kfactcheck index again, or use --db",
            id="malformed",
        ),
        pytest.param("database or disk is full", "index x.db: database or disk is full", id="full"),
    ],
)
def test_sqlite_errors_read_as_one_line(message, expected):
    assert index_schema.explain("x.db", sqlite3.OperationalError(message)) == expected


def test_search_without_an_index(tmp_path):
    with pytest.raises(IndexDbError) as exc:
        search(tmp_path / "none.db", "troops")
    assert (
        one_line(exc) == f"no index at {tmp_path / 'none.db'}: run `kfactcheck index PATH...` first"
    )
    assert not (tmp_path / "none.db").exists()


def test_second_writer_waits_then_says_busy(tmp_path, corpus, monkeypatch, capsys):
    db = tmp_path / "index.db"
    index(corpus, db)
    (corpus / "b.txt").write_text("Some 12 boats.")
    monkeypatch.setattr(index_schema, "BUSY_SECONDS", 0.3)
    monkeypatch.setattr(index_schema, "WAIT_NOTICE_MS", 50)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process in the middle of a batch
    try:
        with pytest.raises(IndexDbError) as exc:
            index_corpus([corpus], db=db, jobs=1, progress=None, extract=tiny_extract)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert one_line(exc) == (
        f"index {db} is busy: another kfactcheck process has been writing it for 0.3s; "
        "try again when it has finished, or use --db"
    )
    assert (
        f"waiting for another kfactcheck process to finish writing {db}" in capsys.readouterr().err
    )
    # nothing half-done: the next run indexes the new file
    got = index(corpus, db)
    assert [Path(d.path).name for d in got.documents] == ["a.txt", "b.txt"]


def test_reader_does_not_wait_for_a_writer(tmp_path, corpus):
    db = tmp_path / "index.db"
    index(corpus, db)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("DELETE FROM claims")  # uncommitted
    try:
        hits = search(db, "troops")  # WAL: reads the last committed state
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert [h.claim.text for h in hits] == ["About 4,000 troops"]


@pytest.mark.skipif(AS_USER is None, reason="root without setpriv writes through file modes")
def test_search_reads_an_index_in_a_read_only_location(tmp_path):
    """`search` only reads: an index on a read-only share answers it (the CLI, file modes
    applying), and `index` there is the documented one-line error."""
    import subprocess
    import sys

    kosovo = KOSOVO
    db = tmp_path / "ro" / "index.db"
    cli = [*AS_USER, sys.executable, "-m", "kfactcheck"]
    built = subprocess.run([*cli, "index", str(kosovo), "--db", str(db), "--quiet"], check=False)
    assert built.returncode == 0
    for f in db.parent.iterdir():
        f.chmod(0o444)
    db.parent.chmod(0o555)
    try:
        found = subprocess.run(
            [*cli, "search", "peacekeepers", "--db", str(db), "--format", "json"],
            capture_output=True,
            text=True,
        )
        again = subprocess.run(
            [*cli, "index", str(kosovo), "--db", str(db), "--quiet"],
            capture_output=True,
            text=True,
        )
    finally:
        db.parent.chmod(0o755)
    assert found.returncode == 0, found.stderr
    assert "3,700" in found.stdout and found.stderr == ""
    # nothing to re-extract, so the unchanged index is read, not written: fine as well
    assert again.returncode in (0, 2)
    assert again.stderr.count("\n") == 1, again.stderr
