"""The claim index: round trip, incremental updates, several corpora, bad files, findings.

Most tests use the tiny extractor from test_index_support (fast, and independent of how
extraction evolves); tests/test_index_e2e.py runs the real extractor.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest
from test_index_support import claims_json, dump, tiny_extract, write_corpus

from kfactcheck import pipeline
from kfactcheck.index.store import default_db_path
from kfactcheck.model import Claim, Document
from kfactcheck.pipeline import index_corpus
from kfactcheck.read.corpus import NoDocumentsError, list_files

TEXTS = {
    "a.txt": "Officials said about 4,000 troops were deployed in Kosovo. The force grew in 2008.",
    "b.txt": "More than 3,700 peacekeepers serve there. Turnout was 61.5 percent in 2022.",
    "c.md": "# Notes\n\nSome 27 countries contribute. Nobody said how many 50 vehicles cost.",
}


class CountingExtract:
    """Wraps the tiny extractor and remembers which documents it was asked to extract."""

    def __init__(self) -> None:
        self.paths: list[str] = []

    def __call__(self, doc: Document) -> list[Claim]:
        self.paths.append(Path(doc.path).name)
        if "BOOM" in doc.text:
            raise RuntimeError("extractor bug")
        return tiny_extract(doc)


def run(corpus, db, *, version="tiny 1", extract=None, jobs=1, paths=None):
    counter = extract or CountingExtract()
    got = index_corpus(
        paths or [corpus],
        db=db,
        jobs=jobs,
        progress=False,
        extract=counter,
        extractor_version=version,
    )
    return got, counter


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus", TEXTS)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "idx" / "index.db"


def direct(*paths) -> tuple[list[Document], list[Claim], list]:
    """What reading and extracting without an index gives (the pipeline's --no-index)."""
    from kfactcheck.read.corpus import read_corpus

    corpus = read_corpus(list(paths))
    claims = [c for d in corpus.documents for c in tiny_extract(d)]
    return corpus.documents, claims, corpus.errors


# ----------------------------------------------------------------------------- location


def test_default_db_path_is_under_working_directory(monkeypatch):
    monkeypatch.delenv("KFACTCHECK_DB", raising=False)
    assert default_db_path() == Path(".kfactcheck") / "index.db"


def test_default_db_path_follows_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("KFACTCHECK_DB", str(tmp_path / "elsewhere.db"))
    assert default_db_path() == tmp_path / "elsewhere.db"


def test_index_without_db_creates_default_location(monkeypatch, tmp_path, corpus):
    monkeypatch.delenv("KFACTCHECK_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    got = index_corpus(["corpus"], jobs=1, progress=False, extract=tiny_extract)
    assert (tmp_path / ".kfactcheck" / "index.db").is_file()
    assert (tmp_path / ".kfactcheck" / ".gitignore").read_text() == "*\n"
    assert [d.path for d in got.documents] == ["corpus/a.txt", "corpus/b.txt", "corpus/c.md"]


# ----------------------------------------------------------------------------- round trip


def test_claims_read_back_equal_claims_extracted(corpus, db):
    got, _ = run(corpus, db)
    docs, claims, _ = direct(corpus)
    assert got.documents == docs
    assert claims_json(got.claims) == claims_json(claims)  # types too: 4000 is not 4000.0
    assert {type(c.value) for c in got.claims} == {int, float, str}
    assert any(c.high is None for c in got.claims)
    assert all(isinstance(c.terms, tuple) and isinstance(c.scope, tuple) for c in got.claims)
    assert all(c.id == "" and c.subject == "" for c in got.claims)


def test_results_sorted_by_path_then_offset(corpus, db):
    got, _ = run(corpus, db)
    paths = [d.path for d in got.documents]
    assert paths == sorted(paths)
    where = {d.id: d.path for d in got.documents}
    keys = [(where[c.document], c.start) for c in got.claims]
    assert keys == sorted(keys)


def test_first_run_stats(corpus, db):
    got, counter = run(corpus, db)
    s = got.stats
    assert (s.files, s.extracted, s.reused, s.removed, s.errors) == (3, 3, 0, 0, 0)
    assert s.claims == len(got.claims) > 0
    assert sorted(counter.paths) == ["a.txt", "b.txt", "c.md"]


# ----------------------------------------------------------------------------- incremental


def test_unchanged_corpus_is_not_read_again(corpus, db):
    first, _ = run(corpus, db)
    again, counter = run(corpus, db)
    assert counter.paths == []
    assert (again.stats.extracted, again.stats.reused) == (0, 3)
    assert claims_json(again.claims) == claims_json(first.claims)
    assert again.documents == first.documents


def age(folder: Path, seconds: int = 3600) -> None:
    """Make every file look modified `seconds` ago (not "racy": see store.RACY_NS)."""
    past = time.time_ns() - seconds * 1_000_000_000
    for f in folder.rglob("*"):
        os.utime(f, ns=(past, past))


def test_old_unchanged_files_are_not_even_opened(corpus, db, monkeypatch):
    age(corpus)
    run(corpus, db)
    opened = []
    monkeypatch.setattr(pipeline, "_process", lambda job, extract: opened.append(job))
    again, _ = run(corpus, db)
    assert opened == []
    assert again.stats.reused == 3


def test_file_changed_right_after_reading_is_checked_again(corpus, db):
    run(corpus, db)  # files written just now: their mtime may not move on a quick edit
    st = (corpus / "a.txt").stat()
    edited = TEXTS["a.txt"].replace("4,000", "4,900")
    (corpus / "a.txt").write_text(edited, encoding="utf-8")  # same size
    os.utime(corpus / "a.txt", ns=(st.st_atime_ns, st.st_mtime_ns))  # same mtime tick
    again, counter = run(corpus, db)
    assert counter.paths == ["a.txt"]
    assert "about 4,900 troops" in {c.text for c in again.claims}


def test_edit_of_code_that_extracts_reextracts(corpus, db, monkeypatch):
    def index():
        return index_corpus([corpus], db=db, jobs=1, progress=False).stats.extracted

    assert (index(), index()) == (3, 0)
    monkeypatch.setattr(pipeline, "code_fingerprint", lambda: "edited")
    assert (index(), index()) == (3, 0)


def test_touched_file_is_hashed_not_extracted(corpus, db):
    run(corpus, db)
    st = (corpus / "a.txt").stat()
    os.utime(corpus / "a.txt", ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    again, counter = run(corpus, db)
    assert counter.paths == []
    assert again.stats.reused == 3
    stored = sqlite3.connect(db).execute(
        "SELECT mtime_ns FROM files WHERE path = ?", (str(corpus / "a.txt"),)
    )
    assert stored.fetchone()[0] == st.st_mtime_ns + 5_000_000_000


def test_edited_file_alone_is_extracted_again(corpus, db):
    first, _ = run(corpus, db)
    conn = sqlite3.connect(db)
    kept_before = conn.execute(
        "SELECT c.id FROM claims c JOIN documents d ON d.doc = c.doc WHERE d.path NOT LIKE ?",
        ("%a.txt",),
    ).fetchall()
    (corpus / "a.txt").write_text("Now 5,100 troops serve in Kosovo.", encoding="utf-8")
    again, counter = run(corpus, db)
    assert counter.paths == ["a.txt"]
    assert (again.stats.extracted, again.stats.reused) == (1, 2)
    assert [c.text for c in again.claims if c.document == again.documents[0].id] == ["5,100 troops"]
    assert "4,000 troops" not in {c.text for c in again.claims}
    # the other files' rows were not rewritten
    kept_after = conn.execute(
        "SELECT c.id FROM claims c JOIN documents d ON d.doc = c.doc WHERE d.path NOT LIKE ?",
        ("%a.txt",),
    ).fetchall()
    assert kept_after == kept_before
    assert again.documents[0].id != first.documents[0].id


def test_deleted_file_disappears_with_its_claims(corpus, db):
    run(corpus, db)
    (corpus / "b.txt").unlink()
    again, counter = run(corpus, db)
    assert counter.paths == []
    assert again.stats.removed == 1
    assert [Path(d.path).name for d in again.documents] == ["a.txt", "c.md"]
    assert "3,700 peacekeepers" not in {c.text for c in again.claims}
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM files WHERE path LIKE '%b.txt'").fetchone() == (0,)
    hits = conn.execute("SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'peacekeepers'")
    assert hits.fetchall() == []


def test_new_file_alone_is_extracted(corpus, db):
    run(corpus, db)
    (corpus / "d.txt").write_text("At least 12 people died.", encoding="utf-8")
    again, counter = run(corpus, db)
    assert counter.paths == ["d.txt"]
    assert again.stats.files == 4


def test_extractor_version_change_reextracts_only_what_it_made(tmp_path, db):
    one = write_corpus(tmp_path / "one", {"x.txt": "About 10 boats.", "y.txt": "Some 20 cars."})
    two = write_corpus(tmp_path / "two", {"z.txt": "More than 30 buses."})
    run(one, db, version="v1")
    run(two, db, version="v1")
    _, counter = run(one, db, version="v2")
    assert sorted(counter.paths) == ["x.txt", "y.txt"]
    versions = dict(sqlite3.connect(db).execute("SELECT path, extractor_version FROM files"))
    assert versions[str(two / "z.txt")].endswith("; v1")
    assert versions[str(one / "x.txt")].endswith("; v2")
    _, counter = run(one, db, version="v2")
    assert counter.paths == []


def test_index_holds_several_corpora(tmp_path, db):
    one = write_corpus(tmp_path / "one", {"x.txt": "About 10 boats."})
    two = write_corpus(tmp_path / "two", {"z.txt": "More than 30 buses."})
    run(one, db)
    got_two, _ = run(two, db)
    got_one, counter = run(one, db)
    assert counter.paths == []
    assert [Path(d.path).name for d in got_one.documents] == ["x.txt"]
    assert [Path(d.path).name for d in got_two.documents] == ["z.txt"]
    both, _ = run(None, db, paths=[one, two])
    assert [Path(d.path).name for d in both.documents] == ["x.txt", "z.txt"]
    # emptied, a corpus loses its rows (and says so, as read_corpus does); others keep theirs
    (tmp_path / "one" / "x.txt").unlink()
    with pytest.raises(NoDocumentsError, match="empty folder"):
        run(one, db)
    assert sqlite3.connect(db).execute("SELECT path FROM files").fetchall() == [
        (str(two / "z.txt"),)
    ]


def test_sibling_folder_with_common_prefix_is_not_removed(tmp_path, db):
    one = write_corpus(tmp_path / "news", {"x.txt": "About 10 boats."})
    two = write_corpus(tmp_path / "news-old", {"z.txt": "More than 30 buses."})
    run(None, db, paths=[one, two])
    got, _ = run(one, db)
    assert got.stats.removed == 0
    assert sqlite3.connect(db).execute("SELECT count(*) FROM files").fetchone() == (2,)


def test_file_given_by_name_then_deleted(corpus, db):
    run(None, db, paths=[corpus / "a.txt", corpus / "b.txt"])
    (corpus / "a.txt").unlink()
    got, _ = run(None, db, paths=[corpus / "a.txt", corpus / "b.txt"])
    assert [Path(d.path).name for d in got.documents] == ["b.txt"]
    assert got.stats.removed == 1
    assert [Path(e.path).name for e in got.errors] == ["a.txt"]


def test_same_results_from_relative_and_absolute_paths(corpus, db, monkeypatch):
    monkeypatch.chdir(corpus.parent)
    first, _ = run(None, db, paths=["corpus"])
    again, counter = run(None, db, paths=[str(corpus)])
    assert counter.paths == []
    assert [d.path for d in first.documents] == ["corpus/a.txt", "corpus/b.txt", "corpus/c.md"]
    assert [d.path for d in again.documents] == [
        str(corpus / n) for n in ("a.txt", "b.txt", "c.md")
    ]
    assert claims_json(first.claims) == claims_json(again.claims)


# ----------------------------------------------------------------------------- as the reader


def test_same_documents_claims_and_problems_as_reading_directly(tmp_path, db):
    corpus = write_corpus(
        tmp_path / "mixed",
        {
            "a.txt": TEXTS["a.txt"],
            "copy-of-a.txt": TEXTS["a.txt"],  # same bytes: read once
            "empty.txt": "",
            "feed.jsonl": '{"text": "About 12 boats sank."}\nnot json\n{"text": "Some 9 died."}\n',
            "sub/b.md": TEXTS["b.txt"],
            "sub/deeper/c.txt": TEXTS["c.md"],
            "z.txt": "Officials said 30 buses came. ",
            "image.png": "not read",
        },
    )
    got, _ = run(corpus, db)
    docs, claims, errors = direct(corpus)
    assert got.documents == docs
    assert claims_json(got.claims) == claims_json(claims)
    assert got.errors == errors
    assert {Path(e.path).name for e in errors} == {"copy-of-a.txt", "empty.txt", "feed.jsonl"}
    again, counter = run(corpus, db)
    assert counter.paths == []
    assert (again.documents, again.errors) == (docs, errors)
    assert claims_json(again.claims) == claims_json(claims)


def test_counting_only_gives_the_same_problems_and_counts(tmp_path, db):
    """`kfactcheck index` reads back counts, not rows: the same stats and problems."""
    corpus = write_corpus(
        tmp_path / "mixed",
        {
            "a.txt": TEXTS["a.txt"],
            "copy-of-a.txt": TEXTS["a.txt"],  # same bytes: counted once
            "empty.txt": "",
            "feed.jsonl": '{"text": "About 12 boats sank."}\nnot json\n{"text": "Some 9 died."}\n',
            "z.txt": "Nothing to count here.",
        },
    )
    full, _ = run(corpus, db)
    counted = index_corpus(
        [corpus],
        db=db,
        jobs=1,
        progress=False,
        extract=tiny_extract,
        extractor_version="tiny 1",
        load=False,
    )
    assert (counted.documents, counted.claims) == ([], [])
    assert counted.errors == full.errors
    assert counted.stats.claims == full.stats.claims == len(full.claims) > 0
    assert counted.stats.errors == full.stats.errors


def test_records_of_a_long_json_lines_file_in_the_same_order(tmp_path, db):
    lines = [f'{{"text": "Report {n}: about {n * 10 + 5} boats sank."}}' for n in range(12)]
    corpus = write_corpus(tmp_path / "feed", {"news.jsonl": "\n".join(lines) + "\n"})
    got, _ = run(corpus, db)
    docs, _, _ = direct(corpus)
    assert [d.path for d in got.documents] == [d.path for d in docs]


def test_manifest_change_rereads_the_files_it_names(corpus, db):
    run(corpus, db)
    (corpus / "kfactcheck.toml").write_text(
        '["a.txt"]\ndate = "2022-08-17"\noutlet = "Reuters"\n', encoding="utf-8"
    )
    got, counter = run(corpus, db)
    assert counter.paths == ["a.txt"]
    first = got.documents[0]
    assert (first.date.isoformat(), first.outlet) == ("2022-08-17", "Reuters")
    assert got.claims[0].as_of == "2022-08-17"
    _, counter = run(corpus, db)
    assert counter.paths == []


# ----------------------------------------------------------------------------- bad files


def test_bad_file_is_reported_and_the_rest_indexed(corpus, db):
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    got, _ = run(corpus, db)
    assert [Path(e.path).name for e in got.errors] == ["empty.txt"]
    assert got.stats.errors == 1
    assert len(got.documents) == 3
    again, counter = run(corpus, db)  # remembered: not read again, still reported
    assert counter.paths == []
    assert [Path(e.path).name for e in again.errors] == ["empty.txt"]
    (corpus / "empty.txt").write_text("Now 7 ships.", encoding="utf-8")
    fixed, counter = run(corpus, db)
    assert counter.paths == ["empty.txt"]
    assert fixed.errors == []


def test_extractor_failure_is_reported_and_retried(corpus, db):
    (corpus / "bug.txt").write_text("BOOM 3 times.", encoding="utf-8")
    got, _ = run(corpus, db)
    assert [(Path(e.path).name, e.message) for e in got.errors] == [
        ("bug.txt", "extraction failed (RuntimeError: extractor bug)")
    ]
    assert len(got.documents) == 3
    again, counter = run(corpus, db)  # a failure may be fixed without a version bump
    assert counter.paths == ["bug.txt"]
    assert len(again.errors) == 1


def test_missing_path_is_reported(tmp_path, corpus, db):
    got, _ = run(None, db, paths=[corpus, tmp_path / "nowhere"])
    assert len(got.documents) == 3
    assert len(got.errors) == 1
    assert "nowhere" in got.errors[0].path


# ----------------------------------------------------------------------------- parallel


def test_two_jobs_give_the_same_rows_as_one(tmp_path):
    texts = {
        f"{i:03d}.txt": f"About {i * 37} troops and {i}.5 percent in 20{i % 30:02d}."
        for i in range(40)
    }
    corpus = write_corpus(tmp_path / "many", texts)
    one = index_corpus(
        [corpus], db=tmp_path / "one.db", jobs=1, progress=False, extract=tiny_extract
    )
    two = index_corpus(
        [corpus], db=tmp_path / "two.db", jobs=2, progress=False, extract=tiny_extract
    )
    assert dump(tmp_path / "one.db") == dump(tmp_path / "two.db")
    assert claims_json(one.claims) == claims_json(two.claims)
    assert one.documents == two.documents
    assert two.stats.extracted == 40


# ----------------------------------------------------------------------------- texts, schema


def test_texts_are_read_only_when_used(corpus, db):
    """Story names are stored at index time: grouping stories reads no text."""
    from kfactcheck.analyse.stories import detect_stories
    from kfactcheck.index import rows as index_rows

    got, _ = run(corpus, db)
    docs, _, _ = direct(corpus)
    assert detect_stories(got.documents) == detect_stories(docs)
    assert all(index_rows._TEXT.__get__(d) is None for d in got.documents)  # none read
    assert [d.text for d in got.documents] == [d.text for d in docs]  # read on demand


def test_text_of_a_document_replaced_meanwhile_is_an_error(corpus, db):
    from kfactcheck.errors import IndexDbError

    got, _ = run(corpus, db)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE documents SET sha256 = 'other'")
    with pytest.raises(IndexDbError, match="changed while this command was reading it"):
        _ = got.documents[0].text


@pytest.mark.parametrize(
    ("schema", "dropped"),
    [
        pytest.param(1, ("names", "lang"), id="schema-1-no-story-names"),
        pytest.param(2, ("lang",), id="schema-2-no-language"),
    ],
)
def test_older_index_is_migrated_and_extracted_again(corpus, db, schema, dropped):
    from kfactcheck.index.schema import SCHEMA_VERSION

    first, _ = run(corpus, db)
    texts = [d.text for d in first.documents]  # read before their rows are replaced
    with sqlite3.connect(db) as conn:  # as the older schema wrote it
        for column in dropped:
            conn.execute(f"ALTER TABLE documents DROP COLUMN {column}")
        conn.execute(f"UPDATE meta SET value = '{schema}' WHERE key = 'schema_version'")
    again, counter = run(corpus, db)
    assert sorted(counter.paths) == ["a.txt", "b.txt", "c.md"]
    assert again.documents == first.documents
    assert [d.text for d in again.documents] == texts
    assert claims_json(again.claims) == claims_json(first.claims)
    with sqlite3.connect(db) as conn:
        version = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        assert version == (str(SCHEMA_VERSION),)
        assert conn.execute("SELECT count(*) FROM documents WHERE names IS NULL").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM documents WHERE lang IS NULL").fetchone()[0] == 0


@pytest.mark.parametrize(
    "stored", ["[]", '["Foo","Bar-Baz"]', '["Abc"]', '["A", "B"]', '["Vučić","X"]', '["a\\"b"]']
)
def test_story_names_read_back_as_json_reads_them(stored):
    import json

    from kfactcheck.index.rows import _names

    assert _names(stored) == tuple(json.loads(stored))


def test_listing_finds_the_manifest_entry_of_every_file(tmp_path):
    """Folders without a manifest above them are not looked up again: same entries."""
    from kfactcheck.read import manifest

    root = tmp_path / "c"
    files = {
        f"{where}{name}": "About 4,000 troops."
        for where in ("", "a/", "a/b/", "a/b/c/", "a/b/c/d/", "a/b/c/d/e/", "x/", "x/y/")
        for name in ("one.txt", "two.txt")
    }
    files["kfactcheck.toml"] = '["a/b/one.txt"]\noutlet = "Top"\n["x/y/two.txt"]\noutlet = "X"\n'
    files["a/b/c/manifest.csv"] = "file,date,outlet,title,url\nd/one.txt,,Deep,,\n"
    write_corpus(root, files)
    jobs = list_files([root], errors=[])
    got = {Path(j.path).relative_to(root).as_posix(): j.manifest for j in jobs}
    assert got == {rel: manifest.entry_for(root / rel) for rel in got}
    assert got["a/b/one.txt"]["outlet"] == "Top" and got["a/b/c/d/one.txt"]["outlet"] == "Deep"
    assert sum(entry is not None for entry in got.values()) == 3
