"""Bad input: each gets one line naming the file and the cause, and good files are still read."""

from __future__ import annotations

import builtins
import os
import random
from functools import partial
from pathlib import Path

import pytest
from conftest import AS_USER

from kfactcheck.errors import InputError
from kfactcheck.read.corpus import (
    DEFAULT_MAX_BYTES,
    FileError,
    NoDocumentsError,
    read_corpus,
    read_document,
)

GOOD = "Strike closes port\n\nAbout 1,200 dock workers walked out on Monday, the union said.\n"


def put(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _undecodable() -> bytes:
    rnd = random.Random(1)  # high bytes without NULs: no encoding explains them
    return bytes(rnd.randrange(128, 256) for _ in range(400))


def _empty_folder(tmp: Path) -> Path:
    (tmp / "empty").mkdir()
    return tmp / "empty"


def _other_files_only(tmp: Path) -> Path:
    put(tmp / "scans" / "a.pdf", b"%PDF-1.7\n")
    put(tmp / "scans" / "b.pdf", b"%PDF-1.7\n")
    return tmp / "scans"


def _symlink_loop(tmp: Path) -> Path:
    os.symlink(tmp / "loop_b.txt", tmp / "loop_a.txt")
    os.symlink(tmp / "loop_a.txt", tmp / "loop_b.txt")
    return tmp / "loop_a.txt"


def _broken_link(tmp: Path) -> Path:
    os.symlink(tmp / "nowhere.txt", tmp / "dangling.txt")
    return tmp / "dangling.txt"


CASES = [
    pytest.param(lambda t: t / "nope.txt", "no such file or folder", id="missing-file"),
    pytest.param(lambda t: t / "nope" / "deeper", "no such file or folder", id="missing-folder"),
    pytest.param(_empty_folder, "empty folder: no files to read", id="empty-folder"),
    pytest.param(
        _other_files_only,
        "no articles in folder (.txt, .md, .html, .json, .jsonl); skipped: .pdf (2)",
        id="folder-without-articles",
    ),
    pytest.param(lambda t: put(t / "a.txt", b""), "empty file", id="empty-file"),
    pytest.param(lambda t: put(t / "a.txt", " \n\t\n"), "empty file", id="blank-file"),
    pytest.param(
        lambda t: put(t / "a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        "binary file (PNG image)",
        id="png-named-txt",
    ),
    pytest.param(
        lambda t: put(t / "a.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF"),
        "binary file (JPEG image)",
        id="jpeg",
    ),
    pytest.param(
        lambda t: put(t / "a.txt", b"GIF89a\x01\x00"), "binary file (GIF image)", id="gif"
    ),
    pytest.param(
        lambda t: put(t / "a.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"),
        "binary file (PDF document)",
        id="pdf",
    ),
    pytest.param(
        lambda t: put(t / "a.txt", b"PK\x03\x04\x14\x00\x00\x00"),
        "binary file (ZIP archive or Office document)",
        id="zip",
    ),
    pytest.param(
        lambda t: put(t / "a.txt", b"Floods\x00\x01\x02 hit the\x00 town" * 3),
        "binary file (contains NUL bytes)",
        id="nul-bytes",
    ),
    pytest.param(
        lambda t: put(t / "a.txt", _undecodable()),
        "not UTF-8 and no encoding detected",
        id="undecodable-bytes",
    ),
    pytest.param(
        lambda t: put(
            t / "a.html",
            "<html><head><title>x</title></head><body><nav>"
            "<a href='/'>Home</a></nav></body></html>",
        ),
        "no article text found in HTML",
        id="html-without-article",
    ),
    pytest.param(
        lambda t: put(t / "a.html", "<<<>>> <div <p"),
        "no article text found in HTML",
        id="html-garbage",
    ),
    pytest.param(
        lambda t: put(t / "a.json", '[\n  {"text": "ok"},\n  {"text": "no" "comma"}\n]'),
        "malformed JSON at line 3 column 17: Expecting ',' delimiter",
        id="malformed-json",
    ),
    pytest.param(
        lambda t: put(t / "a.json", '"just a string"'),
        "JSON holds a str, not an object or a list of objects",
        id="json-not-object",
    ),
    pytest.param(
        lambda t: put(t / "a.json", '{"title": "no text"}'),
        "record 1 (line 1) skipped: no text in a text/body/content field",
        id="json-without-text",
    ),
    pytest.param(
        lambda t: put(t / "a.jsonl", '{"text": "ok"\n'),
        "record 1 (line 1) skipped: malformed JSON at column 14: Expecting ',' delimiter",
        id="malformed-jsonl",
    ),
    pytest.param(
        lambda t: put(t / "a.txt", "Share\n\nAdvertisement\n\nRead more\n"),
        "no article text found (only page furniture)",
        id="only-furniture",
    ),
    pytest.param(
        _symlink_loop, "symlink loop (too many levels of symbolic links)", id="symlink-loop"
    ),
    pytest.param(_broken_link, "broken symbolic link", id="broken-symlink"),
]


@pytest.mark.parametrize(("make", "message"), CASES)
def test_bad_input_is_one_line_and_good_files_are_read(tmp_path, make, message):
    good = put(tmp_path / "good" / "strike.txt", GOOD)
    bad = make(tmp_path)
    got = read_corpus([good, bad])
    assert [d.path for d in got.documents] == [str(good)]
    assert got.errors[0] == FileError(str(bad), message)
    assert all("\n" not in e.message for e in got.errors)


@pytest.mark.parametrize(("make", "message"), CASES)
def test_bad_input_alone_raises_the_same_message(tmp_path, make, message):
    bad = make(tmp_path)
    with pytest.raises(NoDocumentsError) as info:
        read_corpus([bad])
    assert str(info.value) == f"{bad}: {message}"


def test_bad_jsonl_line_skips_only_that_line(tmp_path):
    path = put(
        tmp_path / "a.jsonl",
        '{"text": "Floods closed 3 roads."}\n{"text": oops}\n\n'
        '{"text": "Rain fell for 9 hours."}\n',
    )
    got = read_corpus([path])
    assert [d.text for d in got.documents] == ["Floods closed 3 roads.", "Rain fell for 9 hours."]
    assert [d.id[-2:] for d in got.documents] == ["#0", "#2"]
    assert got.errors == [
        FileError(
            str(path), "record 2 (line 2) skipped: malformed JSON at column 10: Expecting value"
        )
    ]


def test_malformed_html_is_read_as_well_as_possible(tmp_path):
    html = (
        "<html><body><div><p>Workers at the port of Lindholm walked out on Monday, the union "
        "said, in a strike over pay that could last <b>two weeks<p>About 1,200 dock workers "
        "joined the strike, which halted container traffic.</div></span></td>"
    )
    [doc] = read_document(put(tmp_path / "a.html", html))
    assert "About 1,200 dock workers joined the strike" in doc.kept_text()


def test_unreadable_file_simulated(tmp_path, monkeypatch):
    # Tests run as root, who can read a chmod 000 file: simulate the refusal instead.
    good = put(tmp_path / "good.txt", GOOD)
    locked = put(tmp_path / "locked.txt", GOOD + "More.\n")
    real_open, real_os_open = builtins.open, os.open

    def fake_open(file, *args, real=real_open, **kwargs):
        if os.fspath(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(os, "open", partial(fake_open, real=real_os_open))  # open_regular's
    got = read_corpus([tmp_path])
    assert [d.path for d in got.documents] == [f"{tmp_path}/good.txt"]
    assert got.errors == [FileError(f"{tmp_path}/locked.txt", "permission denied (cannot read)")]
    with pytest.raises(InputError, match=r"^permission denied \(cannot read\)$"):
        read_document(locked)
    assert good.exists()


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root reads chmod 000 files; test_unreadable_file_simulated covers this case",
)
def test_unreadable_file_real_permissions(tmp_path):
    put(tmp_path / "good.txt", GOOD)
    locked = put(tmp_path / "locked.txt", GOOD + "More.\n")
    locked.chmod(0)
    try:
        got = read_corpus([tmp_path])
    finally:
        locked.chmod(0o644)
    assert got.errors == [FileError(f"{tmp_path}/locked.txt", "permission denied (cannot read)")]


def test_file_over_the_size_limit_is_refused_with_the_limit(tmp_path):
    path = put(tmp_path / "big.txt", GOOD * 100)
    size = path.stat().st_size
    with pytest.raises(InputError) as info:
        read_document(path, max_bytes=4096)
    assert (
        str(info.value) == f"file too large: {size} bytes is over the 4096 bytes limit (max_bytes)"
    )
    with pytest.raises(NoDocumentsError, match="file too large"):
        read_corpus([path], max_bytes=4096)


def test_large_file_under_the_default_limit_is_read(tmp_path):
    assert DEFAULT_MAX_BYTES == 64 * 2**20  # so a 50 MB article file is read
    paragraphs = (
        f"Day {i}: the river stood {i % 97} cm above normal at gauge {i % 13}, officials said."
        for i in range(20_000)
    )
    path = put(tmp_path / "log.txt", "River log\n\n" + "\n\n".join(paragraphs) + "\n")
    assert path.stat().st_size > 2**20
    [doc] = read_document(path)
    assert doc.title == "River log"
    assert len(doc.kept_text()) > 1_000_000
    with pytest.raises(InputError, match=r"MiB is over the 1\.0 MiB limit"):
        read_document(path, max_bytes=2**20)


@pytest.mark.skipif(AS_USER is None, reason="root without setpriv reads chmod 000 files")
def test_unreadable_file_named_on_the_command_line(tmp_path):
    """The CLI itself, not only the library: a file it cannot read is skipped with its
    reason in one line, and the others are read; alone, it is the one-line error."""
    import json
    import subprocess
    import sys

    good = put(tmp_path / "good.txt", GOOD)
    locked = put(tmp_path / "locked.txt", GOOD + "More.\n")
    locked.chmod(0)
    cli = [*AS_USER, sys.executable, "-m", "kfactcheck", "docs", "--format", "json"]
    try:
        both = subprocess.run([*cli, str(locked), str(good)], capture_output=True, text=True)
        alone = subprocess.run([*cli, str(locked)], capture_output=True, text=True)
    finally:
        locked.chmod(0o644)
    assert both.returncode == 0, both.stderr
    assert [d["path"] for d in json.loads(both.stdout)] == [str(good)]
    assert both.stderr == f"kfactcheck: skipped {locked}: permission denied (cannot read)\n"
    assert alone.returncode == 2 and alone.stdout == ""
    assert alone.stderr == f"kfactcheck: error: {locked}: permission denied (cannot read)\n"
