"""Reliability: input that once lost a run or printed something wrong (issue 22).

Each case is a small corpus of invented articles, run through the command line as a user
runs it, with and without the index: one bad document costs that document at most, its
problem is one line, and everything else comes out as it would alone.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import struct
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kfactcheck.cli import app
from kfactcheck.read import pubdate

GOOD = "date 2022-03-04\n\nThe army sent 300 troops north on Monday, officials said.\n"


@pytest.fixture
def run(tmp_path, monkeypatch):
    """Invoke the CLI in an empty working directory with its own index file."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KFACTCHECK_DB", str(tmp_path / "index.db"))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(app, list(args), catch_exceptions=False)

    return invoke


def put(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def report(run, folder: Path, *more: str) -> dict:
    result = run("report", str(folder), "--format", "json", *more)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


INDEX_OR_NOT = [pytest.param([], id="index"), pytest.param(["--no-index"], id="no-index")]

# ------------------------------------------------------------------ dates past the calendar

EDGE_DATES = [
    pytest.param("0001-01-05", "On January 7 the army sent 400 troops north.", id="year-1-day"),
    pytest.param("0001-01-01", "Last week 400 troops moved north.", id="year-1-last-week"),
    pytest.param("0001-01-01", "On Friday 400 troops moved north.", id="year-1-weekday"),
    pytest.param("9999-12-31", "Tomorrow 400 troops will move north.", id="year-9999-tomorrow"),
    pytest.param("9999-12-31", "Next week 400 troops will move north.", id="year-9999-next-week"),
    pytest.param("9999-12-20", "By January 3, 400 troops will move north.", id="year-9999-january"),
    pytest.param("0001-06-01", "Two years ago 400 troops moved north.", id="year-1-years-ago"),
    pytest.param("9999-06-01", "Next year 400 troops will move north.", id="year-9999-next-year"),
]


@pytest.mark.parametrize("index", INDEX_OR_NOT)
@pytest.mark.parametrize(("day", "body"), EDGE_DATES)
def test_a_date_past_the_calendar_is_a_warning_not_a_lost_run(run, tmp_path, day, body, index):
    put(tmp_path / "c" / "edge.txt", f"date {day}\n\n{body}\n")
    put(tmp_path / "c" / "good.txt", GOOD)
    got = report(run, tmp_path / "c", *index)
    docs = {Path(d["path"]).name: d for d in got["documents"]}
    assert set(docs) == {"edge.txt", "good.txt"}
    assert [w for w in docs["edge.txt"]["warnings"] if "outside years 1 to 9999" in w]
    quotes = {c["quote"] for c in got["claims"]}
    assert any("300 troops" in q for q in quotes) and any("400 troops" in q for q in quotes)


def test_an_extraction_error_loses_only_its_document_without_the_index(run, tmp_path, monkeypatch):
    """As the index does ("extraction failed"): the other documents are still reported."""
    import kfactcheck.claims.extract as ex

    real = ex.extract_claims

    def failing(doc):
        if doc.path.endswith("bad.txt"):
            raise ValueError("something the extractor did not expect")
        return real(doc)

    monkeypatch.setattr(ex, "extract_claims", failing)
    put(tmp_path / "c" / "bad.txt", GOOD.replace("300", "400"))
    put(tmp_path / "c" / "good.txt", GOOD)
    result = run("claims", str(tmp_path / "c"), "--no-index", "--format", "json")
    assert result.exit_code == 0
    assert {Path(c["path"]).name for c in json.loads(result.stdout)} == {"good.txt"}
    assert "bad.txt: extraction failed (ValueError: something" in result.stderr


# ------------------------------------------------------------------ integer dates in JSON

INTEGER_DATES = [
    pytest.param(20220101, date(2022, 1, 1), None, id="yyyymmdd"),
    pytest.param(19991231, date(1999, 12, 31), None, id="yyyymmdd-1999"),
    pytest.param(1633910400, date(2021, 10, 11), None, id="epoch-seconds"),
    pytest.param(1633910400000, date(2021, 10, 11), None, id="epoch-milliseconds"),
    pytest.param(-62135596800, date(1, 1, 1), "before 1990", id="epoch-year-1"),
    pytest.param(86400 * 365, date(1971, 1, 1), "before 1990", id="epoch-1971"),
    pytest.param(4102444800, date(2100, 1, 1), "after", id="epoch-2100"),
    pytest.param(20221301, date(1970, 8, 23), "before 1990", id="not-a-day-so-epoch"),
    pytest.param(99999999999999999999, None, None, id="beyond-any-epoch"),
]


@pytest.mark.parametrize(("value", "day", "doubt"), INTEGER_DATES)
def test_integer_dates(value, day, doubt):
    warnings: list[str] = []
    assert pubdate.date_from_value(value, warnings) == day
    if doubt is None:
        assert warnings == []
    else:
        (warning,) = warnings
        assert warning.startswith("date doubtful: ") and doubt in warning


def test_json_integer_date_reaches_the_document_with_its_warning(run, tmp_path):
    body = "The army sent 300 troops north, officials said."
    records = [{"date": 20220101, "text": body}, {"date": -62135596800, "text": body}]
    put(tmp_path / "c" / "a.json", json.dumps(records))
    got = report(run, tmp_path / "c", "--no-index")
    (first, second) = got["documents"]
    assert (first["date"], first["warnings"]) == ("2022-01-01", [])
    assert second["date"] == "0001-01-01"
    assert any("before 1990" in w for w in second["warnings"])


# ------------------------------------------------------------------ pipes and devices

fifo_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


@contextmanager
def deadline(seconds: float):
    """Fail instead of hanging: a read of a pipe with no writer never returns."""

    def expire(*_):
        raise TimeoutError(f"still blocked after {seconds} s")

    old = signal.signal(signal.SIGALRM, expire)
    # and again every second: a blocked read whose error is caught may be followed by another
    signal.setitimer(signal.ITIMER_REAL, seconds, 1)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _pipe_named_txt(folder: Path) -> str:
    os.mkfifo(folder / "pipe.txt")
    return "pipe.txt"


def _pipe_without_extension(folder: Path) -> str:
    os.mkfifo(folder / "pipe")
    return "pipe"


def _link_to_a_pipe(folder: Path) -> str:
    os.mkfifo(folder / ".hidden-pipe")
    os.symlink(folder / ".hidden-pipe", folder / "link.txt")
    return "link.txt"


PIPES = [
    pytest.param(_pipe_named_txt, id="pipe-named-txt"),
    pytest.param(_pipe_without_extension, id="pipe-without-extension"),
    pytest.param(_link_to_a_pipe, id="link-to-a-pipe"),
]
COMMANDS = [
    pytest.param(["claims", "--no-index"], id="claims-no-index"),
    pytest.param(["claims", "-j", "1"], id="claims"),
    pytest.param(["index", "-j", "1"], id="index"),
    pytest.param(["check", "-j", "1", "--fail-on", "none"], id="check"),
]


@fifo_only
@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("make", PIPES)
def test_a_named_pipe_in_a_folder_is_skipped_not_waited_for(run, tmp_path, make, command):
    folder = tmp_path / "c"
    put(folder / "good.txt", GOOD)
    name = make(folder)
    with deadline(5):
        result = run(command[0], str(folder), *command[1:])
    assert result.exit_code == 0, result.output
    assert f"skipped {folder / name}: not a regular file (named pipe)\n" in result.stderr


@fifo_only
def test_a_named_pipe_given_by_name_is_one_error(run, tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    with deadline(5):
        result = run("claims", str(tmp_path / "pipe.txt"), "--no-index")
    assert result.exit_code == 2
    assert result.stderr.endswith("pipe.txt: not a regular file (named pipe)\n")


@fifo_only
@pytest.mark.parametrize("name", ["manifest.csv", "kfactcheck.toml", "claims/x.toml"])
def test_a_named_pipe_as_manifest_or_spec_does_not_block(run, tmp_path, name):
    put(tmp_path / "c" / "good.txt", GOOD)
    (tmp_path / "c" / name).parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(tmp_path / "c" / name)
    with deadline(5):
        result = run("claims", str(tmp_path / "c"), "--no-index")
    assert "not a regular file (named pipe)" in result.stderr


# ------------------------------------------------------------------ escape sequences

ESC_TITLE = "\x1b]0;PWNED\x07"  # sets the terminal's window title
ESC_CLEAR = "\x1b[2J"  # clears the screen
CSI_8BIT = "\x9b2J"  # the same, with the one-character C1 introducer


def _hostile_corpus(root: Path) -> Path:
    folder = root / "c"
    put(folder / "ok.txt", GOOD)
    put(
        folder / f"evil{ESC_CLEAR}name.txt",
        f"Troops {ESC_TITLE} move north\n\ndate 2022-03-06\n\nThe army sent 500 troops"
        f" {ESC_CLEAR}north on Monday{CSI_8BIT}, officials said \x1b[31mred\x1b[0m.\r\n",
    )
    put(folder / f"empty{ESC_TITLE}.txt", "")  # skipped: its name goes to stderr
    return folder


# (command and what comes before the folder, options after it, a text of the hostile
# document that must be printed)
PRINTING = [
    pytest.param(["docs"], [], "PWNED", id="docs"),
    pytest.param(["claims"], ["--no-index"], "500 troops", id="claims"),
    pytest.param(["check"], ["--no-index", "--fail-on", "none"], "500 troops", id="check"),
    pytest.param(["conflicts"], ["--no-index"], "500 troops", id="conflicts"),
    pytest.param(["subjects"], ["--no-index"], "troops", id="subjects"),
    pytest.param(["timeline", "troops"], ["--no-index"], "500 troops", id="timeline"),
    pytest.param(["report"], ["--no-index", "-f", "md"], "500 troops", id="report-md"),
    pytest.param(["report"], ["--no-index", "-f", "csv"], "500 troops", id="report-csv"),
    pytest.param(["report"], ["--no-index", "-f", "html"], "500 troops", id="report-html"),
    pytest.param(["report"], ["--no-index", "-f", "json"], "500 troops", id="report-json"),
    pytest.param(["claims"], ["--no-index", "-f", "json"], "500 troops", id="claims-json"),
    pytest.param(["index"], [], "indexed", id="index"),
]
# what rich itself may print on a terminal: colours and styles, nothing else
_SGR = re.compile(r"\x1b\[[0-9;]*m")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _controls(text: str) -> list[str]:
    return _CONTROL.findall(_SGR.sub("", text.replace("\r\n", "\n")))


@pytest.mark.parametrize("terminal", [False, True], ids=["piped", "terminal"])
@pytest.mark.parametrize(("before", "after", "shown"), PRINTING)
def test_no_escape_sequence_from_the_data_is_printed(
    run, tmp_path, monkeypatch, before, after, shown, terminal
):
    folder = _hostile_corpus(tmp_path)
    if terminal:  # rich then prints its own colours: only those may appear
        monkeypatch.delenv("NO_COLOR")
        monkeypatch.setenv("FORCE_COLOR", "1")
    result = run(*before, str(folder), *after)
    assert result.exit_code in (0, 1), result.output
    printed = result.stdout + result.stderr
    assert shown in _SGR.sub("", printed)
    assert "skipped" in result.stderr
    assert _controls(result.stdout) == []
    assert _controls(result.stderr) == []


# ------------------------------------------------------------------ links out of the folder

links_only = pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")


def _linked_corpus(root: Path) -> Path:
    folder = root / "c"
    put(folder / "ok.txt", GOOD)
    put(root / "elsewhere" / "x.txt", GOOD.replace("300", "700"))
    os.symlink(root / "elsewhere", folder / "etc")  # a folder outside
    os.symlink(root / "elsewhere" / "x.txt", folder / "file.txt")  # a file outside
    (folder / "sub").mkdir()
    os.symlink(folder / "ok.txt", folder / "sub" / "inside.txt")  # inside: followed
    return folder


@links_only
@pytest.mark.parametrize("index", INDEX_OR_NOT)
def test_links_out_of_the_folder_are_not_followed(run, tmp_path, index):
    folder = _linked_corpus(tmp_path)
    got = report(run, folder, *index)
    assert {Path(d["path"]).name for d in got["documents"]} == {"ok.txt"}
    assert {c["value"] for c in got["claims"] if c["unit"] == "troops"} == {300}
    problems = {Path(e["path"]).name: e["message"] for e in got["errors"]}
    target = tmp_path / "elsewhere"
    assert problems["etc"] == (
        f"link leads out of the folder given, to {target}: not followed (--follow-links)"
    )
    assert problems["file.txt"].startswith(f"link leads out of the folder given, to {target}")
    assert problems["inside.txt"].startswith("same bytes as")  # followed, and read once


@links_only
@pytest.mark.parametrize("index", INDEX_OR_NOT)
def test_follow_links_reads_them(run, tmp_path, index):
    folder = _linked_corpus(tmp_path)
    got = report(run, folder, "--follow-links", *index)
    assert {c["value"] for c in got["claims"] if c["unit"] == "troops"} == {300, 700}
    assert not [e for e in got["errors"] if "link leads out" in e["message"]]


@links_only
def test_a_link_given_by_name_is_read(run, tmp_path):
    """The user named it: nothing is left to guess."""
    folder = _linked_corpus(tmp_path)
    got = report(run, folder / "file.txt", "--no-index")
    assert {c["value"] for c in got["claims"] if c["unit"] == "troops"} == {700}


# ------------------------------------------------------------------ a damaged index


def _swap_first_rows(db: Path, table: str) -> None:
    """Damage `table` as a bad disk or a stray write would: the first two rows of its first
    leaf page swapped (PRAGMA integrity_check: "Rowid 2 out of order"), the file still
    opening and most queries still answering."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (page,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    (size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    data = bytearray(db.read_bytes())
    while data[(page - 1) * size] == 5:  # an interior page: down its first child
        at = (page - 1) * size
        (cell,) = struct.unpack(">H", data[at + 12 : at + 14])
        (page,) = struct.unpack(">I", data[at + cell : at + cell + 4])
    at = (page - 1) * size
    assert data[at] == 13 and struct.unpack(">H", data[at + 3 : at + 5])[0] >= 2
    data[at + 8 : at + 10], data[at + 10 : at + 12] = (
        data[at + 10 : at + 12],
        data[at + 8 : at + 10],
    )
    db.write_bytes(bytes(data))


DAMAGED = "is damaged (database disk image is malformed): delete it and run kfactcheck index again"


@pytest.mark.parametrize("table", ["claims", "files", "documents"])
@pytest.mark.parametrize(
    "command",
    [
        pytest.param(["index", "CORPUS"], id="index"),
        pytest.param(["search", "troops"], id="search"),
        pytest.param(["claims", "CORPUS"], id="claims"),
        pytest.param(["check", "CORPUS"], id="check"),
    ],
)
def test_a_damaged_index_is_refused_by_every_command(run, tmp_path, command, table):
    corpus = tmp_path / "c"
    for n in range(6):
        put(corpus / f"a{n}.txt", GOOD.replace("300", str(300 + n)))
    db = tmp_path / "index.db"
    assert run("index", str(corpus)).exit_code == 0
    _swap_first_rows(db, table)
    result = run(*[str(corpus) if a == "CORPUS" else a for a in command])
    assert result.exit_code == 2
    assert result.stderr == f"kfactcheck: error: index {db} {DAMAGED}, or use --db\n"


def test_an_index_is_checked_only_when_it_changed(run, tmp_path, monkeypatch):
    import kfactcheck.index.schema as schema

    checks = []
    real = schema._quick_check
    monkeypatch.setattr(schema, "_quick_check", lambda *a: checks.append(1) or real(*a))
    put(tmp_path / "c" / "a.txt", GOOD)
    for command in (["index"], ["check", "--fail-on", "none"], ["claims"], ["index"]):
        assert run(command[0], str(tmp_path / "c"), *command[1:]).exit_code == 0
    assert run("search", "troops").exit_code == 0
    assert checks == []  # each run left the file as the next one found it
    conn = sqlite3.connect(tmp_path / "index.db")  # another program writes it
    conn.execute("INSERT INTO meta (key, value) VALUES ('note', 'by hand')")
    conn.commit()
    conn.close()
    assert run("search", "troops").exit_code == 0
    assert run("search", "troops").exit_code == 0
    assert checks == [1]


# ------------------------------------------------------------------ records and manifests

ARTICLE = "The army sent 300 troops north, officials said."


def test_records_are_counted_from_1_as_their_paths_are(run, tmp_path):
    records = [{"text": ARTICLE}, 5, {"title": "no text"}, {"text": ARTICLE.replace("3", "4")}]
    put(tmp_path / "c" / "a.json", json.dumps(records))
    result = run("claims", str(tmp_path / "c"), "--no-index", "-f", "json")
    paths = sorted({Path(c["path"]).name for c in json.loads(result.stdout)})
    assert paths == ["a.json#1", "a.json#4"]
    folder = tmp_path / "c"
    assert result.stderr.splitlines() == [
        f"kfactcheck: {folder}/a.json: record 2 (line 1) skipped: not a JSON object",
        f"kfactcheck: {folder}/a.json: record 3 (line 1) skipped: no text in a "
        "text/body/content field",
    ]


def test_a_bad_json_lines_record_is_that_record_skipped_not_the_file(run, tmp_path):
    lines = [json.dumps({"text": ARTICLE}), "{broken", json.dumps({"text": ARTICLE[::-1]})]
    put(tmp_path / "c" / "a.jsonl", "\n".join(lines) + "\n")
    result = run("claims", str(tmp_path / "c"), "--no-index")
    assert result.exit_code == 0
    assert result.stderr == (
        f"kfactcheck: {tmp_path / 'c'}/a.jsonl: record 2 (line 2) skipped: malformed JSON "
        "at column 2: Expecting property name enclosed in double quotes\n"
    )


def test_thousands_of_bad_records_are_a_few_lines(run, tmp_path):
    put(tmp_path / "c" / "a.json", json.dumps([{"text": ARTICLE}] + [7] * 2000))
    result = run("claims", str(tmp_path / "c"), "--no-index")
    assert len(result.stderr.splitlines()) == 4
    assert result.stderr.splitlines()[-1].endswith("a.json: 1997 more records skipped")


def test_an_unclosed_quote_in_a_manifest_skips_its_row_only(run, tmp_path):
    folder = tmp_path / "c"
    for name in "abcd":
        put(folder / f"{name}.txt", f"{ARTICLE}\n{name}\n")
    put(
        folder / "manifest.csv",
        'file,date,outlet\na.txt,2022-01-01,X\n"b.txt,2022-01-02,Y\n'
        "c.txt,2022-01-03,Z\nd.txt,2022-01-04,W\n",
    )
    result = run("docs", str(folder), "-f", "json")
    dates = {Path(d["path"]).name: d["date"] for d in json.loads(result.stdout)}
    assert dates == {"a.txt": "2022-01-01", "b.txt": None, "c.txt": "2022-01-03",
                     "d.txt": "2022-01-04"}  # fmt: skip
    assert "line 3: a quote is not closed (it runs to line 5): row skipped" in result.stderr


@pytest.mark.parametrize(
    "key",
    ["../elsewhere/x.txt", "../nowhere.txt", "/etc/hostname", "sub/../../x.txt"],
    ids=["outside-existing", "outside-missing", "absolute", "dot-dot-inside"],
)
def test_a_manifest_key_outside_the_folder_is_one_message(run, tmp_path, key):
    folder = tmp_path / "c"
    put(folder / "a.txt", ARTICLE)
    put(tmp_path / "elsewhere" / "x.txt", ARTICLE)
    put(folder / "manifest.csv", f"file,date\na.txt,2022-01-01\n{key},2022-01-02\n")
    result = run("docs", str(folder))
    assert f"manifest.csv: entry {key!r} is outside the corpus folder\n" in result.stderr


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        "javascript:alert(1)",
        "Officials said alert(1) and f(27) were found.",
    ],
)
def test_code_in_text_is_no_claim(run, tmp_path, text):
    """A guard: issue 22 saw "alert(1)" become a claim; not reproduced at this commit."""
    put(tmp_path / "c" / "a.txt", f"date 2022-03-04\n\n{text}\n\n{ARTICLE}\n")
    got = report(run, tmp_path / "c", "--no-index")
    assert [c["text"] for c in got["claims"]] == ["300 troops"]
