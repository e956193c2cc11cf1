"""The corpus reader: formats, files and folders, manifests, the sample corpus, the docs view."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
from datetime import date
from pathlib import Path

import pytest
from conftest import KOSOVO, READER, TESTS
from rich.console import Console

from kfactcheck.errors import InputError
from kfactcheck.read import corpus
from kfactcheck.read.corpus import (
    FileError,
    NoDocumentsError,
    iter_files,
    manifest_entry,
    read_corpus,
    read_document,
)
from kfactcheck.views.docs import documents_json, render_documents

HERE = TESTS


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


ARTICLE = "Floods hit the valley\n\nThe river rose 2 metres on Monday, officials said.\n"


# ----------------------------------------------------------------------------- formats


@pytest.mark.parametrize(
    ("name", "fmt", "day", "evidence", "outlet", "title"),
    [
        pytest.param(
            "flood_dw_style.txt",
            "txt",
            date(2023, 3, 3),
            "March 3, 2023",
            "Rivermouth Post",
            "Floods leave thousands homeless in the Tarn valley",
            id="txt-navigation-site",
        ),
        pytest.param(
            "election_syndicated.txt",
            "txt",
            date(2023, 11, 6),
            "Updated: 06-11-2023 21:40 CET | Created: 06-11-2023 19:05 CET",
            "Lakeside Wire",
            "Turnout reaches record high in Lakeland regional vote",
            id="txt-pipe-header",
        ),
        pytest.param(
            "strike_page_header.txt",
            "txt",
            date(2024, 3, 4),
            "Monday, March 4, 2024",
            None,
            "Rail strike enters its third week",
            id="txt-page-header",
        ),
        pytest.param(
            "quake_dateline.txt",
            "txt",
            date(2022, 7, 14),
            "14 July 2022",
            "Coastline Courier",
            "Strong earthquake shakes coastal towns",
            id="txt-byline-dateline",
        ),
        pytest.param(
            "budget_staff.txt",
            "txt",
            date(2024, 1, 10),
            "Wednesday 10 January 2024 06:30 GMT",
            "Northfield Herald",
            "City council passes budget after long night",
            id="txt-staff-byline",
        ),
        pytest.param(
            "wildfire_iso.txt",
            "txt",
            date(2021, 8, 9),
            "Published 2021-08-09T07:13:00Z",
            None,
            "Wildfire forces evacuation of hill villages",
            id="txt-iso",
        ),
        pytest.param(
            "heatwave.md",
            "md",
            date(2023, 6, 21),
            "date: 2023-06-21",
            "Meadow Times",
            "Heatwave sets new June record",
            id="md-front-matter",
        ),
        pytest.param(
            "wildfire_page.html",
            "html",
            date(2022, 7, 19),
            "HTML metadata 2022-07-19T06:45:00Z",
            "Hillside Chronicle",
            "Wildfire burns 2,000 hectares near Pinecrest",
            id="html-metadata",
        ),
    ],
)
def test_single_article_formats(name, fmt, day, evidence, outlet, title):
    [doc] = read_document(READER / name)
    assert (doc.format, doc.date, doc.date_evidence, doc.outlet, doc.title) == (
        fmt,
        day,
        evidence,
        outlet,
        title,
    )
    data = (READER / name).read_bytes()
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.id == "d" + doc.sha256[:12]
    assert doc.keep and all(doc.text[a:b].strip() for a, b in doc.keep)


def test_html_main_text_without_page_chrome():
    [doc] = read_document(READER / "wildfire_page.html")
    assert doc.url == "https://hillside.example/2022/07/wildfire-pinecrest"
    assert "about 2,000 hectares" in doc.kept_text()
    assert "900 people had been evacuated" in doc.kept_text()
    for chrome in ("cookies", "Advertisement", "Most Popular", "Mayor opens new bridge", "©"):
        assert chrome not in doc.kept_text(), chrome
    # a dated reference to an old fire is history, not a sign the date is wrong
    assert doc.warnings == []


def test_markdown_front_matter_and_image_left_out():
    [doc] = read_document(READER / "heatwave.md")
    assert doc.url == "https://example.org/heatwave"
    body = doc.kept_text()
    assert "---" not in body and "outlet:" not in body
    assert "thermo.jpg" not in body
    assert "39.4C" in body and "85 people" in body


def test_jsonl_records_each_a_document():
    docs = read_document(READER / "vote_records.jsonl")
    sha = hashlib.sha256((READER / "vote_records.jsonl").read_bytes()).hexdigest()
    assert [d.id for d in docs] == [f"d{sha[:12]}#{n}" for n in range(3)]
    assert [d.format for d in docs] == ["jsonl"] * 3
    assert [(d.date, d.date_evidence) for d in docs] == [
        (date(2023, 11, 5), "date: 2023-11-05"),
        (date(2023, 11, 6), "published: November 6, 2023"),
        (None, None),
    ]
    assert [d.title for d in docs] == ["Polls close in Lakeland", "Counting under way", None]
    assert [d.outlet for d in docs] == ["Valley Gazette", None, "Lakeside Wire"]
    assert docs[0].url == "https://example.org/polls"
    assert docs[2].text == "Turnout reached 71 percent.\n\nThe result is due on Tuesday."
    # each record has a path of its own: FILE#N, N counted from 1
    assert [d.path for d in docs] == [f"{READER / 'vote_records.jsonl'}#{n}" for n in (1, 2, 3)]


def test_json_list_of_objects():
    docs = read_document(READER / "budget_list.json", display_path="b.json")
    assert [(d.path, d.title, d.date) for d in docs] == [
        ("b.json#1", "Council debates budget", date(2024, 1, 9)),
        ("b.json#2", "Budget passed", date(2024, 1, 10)),
    ]
    assert docs[1].text == "The council passed the 840 million crown budget early on Wednesday."


@pytest.mark.parametrize(
    ("content", "expect"),
    [
        pytest.param(
            {"text": "Floods closed 3 roads."}, ["Floods closed 3 roads."], id="one-object"
        ),
        pytest.param(
            {"articles": [{"body": "A."}, {"content": "B."}]}, ["A.", "B."], id="wrapped-list"
        ),
        pytest.param(
            {"text": "<p>Floods closed <b>3</b> roads on Monday, police said.</p>"},
            ["Floods closed 3 roads on Monday, police said."],
            id="html-in-text-field",
        ),
    ],
)
def test_json_shapes(tmp_path, content, expect):
    docs = read_document(write(tmp_path / "a.json", json.dumps(content)))
    assert [d.text for d in docs] == expect


def test_json_record_without_text_is_a_problem_not_a_failure(tmp_path):
    path = write(tmp_path / "a.json", '[{"text": "Floods closed 3 roads."},\n {"title": "x"}]')
    problems: list[str] = []
    docs = read_document(path, problems=problems)
    assert [d.id.rsplit("#")[1] for d in docs] == ["0"]
    assert problems == ["record 2 (line 2) skipped: no text in a text/body/content field"]


def test_ids_are_stable_and_follow_content(tmp_path):
    a = write(tmp_path / "a.txt", ARTICLE)
    b = write(tmp_path / "sub" / "b.txt", ARTICLE)
    c = write(tmp_path / "c.txt", ARTICLE + "More.\n")
    ids = [read_document(p)[0].id for p in (a, b, c)]
    assert ids[0] == ids[1] != ids[2]
    assert read_document(a)[0].id == ids[0]


@pytest.mark.parametrize(
    ("data", "warning"),
    [
        pytest.param(
            "The mayor’s office said “300 homes” in Sète were hit.\n".encode("cp1252"),
            "decoded as cp1252 (not UTF-8)",
            id="cp1252",
        ),
        pytest.param(
            "Floods hit Sète, the mayor said on Monday.\n".encode("utf-16"),
            "decoded as utf-16-le (not UTF-8)",
            id="utf-16-bom",
        ),
        pytest.param(
            "Floods hit the town, the mayor said on Monday.\n".encode("utf-16-le"),
            "decoded as utf-16-le (not UTF-8)",
            id="utf-16-no-bom",
        ),
    ],
)
def test_other_encodings_read_with_a_warning(tmp_path, data, warning):
    [doc] = read_document(write(tmp_path / "a.txt", data))
    assert doc.warnings == [warning]
    assert "Floods" in doc.text or "“300 homes”" in doc.text


def test_utf8_bom_stripped_and_crlf_read_as_newlines(tmp_path):
    [doc] = read_document(
        write(tmp_path / "a.txt", b"\xef\xbb\xbfFloods hit\r\n\r\nRoads shut.\r\n")
    )
    assert doc.text == "Floods hit\n\nRoads shut.\n"
    assert doc.warnings == []


def test_explicit_file_with_other_extension_is_read(tmp_path):
    [doc] = read_document(write(tmp_path / "story.article", ARTICLE))
    assert doc.format == "txt" and doc.title == "Floods hit the valley"
    [page] = read_document(
        write(tmp_path / "page.php", (READER / "wildfire_page.html").read_text())
    )
    assert page.format == "html"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        pytest.param(f"{ARTICLE}\nab/cd (AFP, dpa)\n", "AFP, dpa", id="agency-signoff"),
        pytest.param(
            f"{ARTICLE}\n© 2021 Harbour Wire. All rights reserved.\n",
            "Harbour Wire",
            id="copyright-line",
        ),
        pytest.param(
            f"{ARTICLE}\n(This story has not been edited by Valley Gazette staff and is "
            "auto-generated from a syndicated feed.)\n",
            "Valley Gazette",
            id="syndication-host",
        ),
        pytest.param(
            "Floods hit\n\nHarbour Wire | March 3, 2023\n\nRoads shut.\n\nab/cd (AFP)\n",
            "Harbour Wire",
            id="header-beats-signoff",
        ),
        pytest.param(
            "Floods hit\n\nBy Ana Lopes | March 3, 2023\n\nRoads shut.\n",
            None,
            id="byline-is-not-an-outlet",
        ),
        pytest.param(
            "Floods hit\n\nImage Credit: Harbour Wire\n\nRoads shut.\n",
            None,
            id="photo-credit-is-not-an-outlet",
        ),
        pytest.param(ARTICLE, None, id="nothing-shown"),
    ],
)
def test_outlet_shown_by_the_text(tmp_path, text, outlet):
    [doc] = read_document(write(tmp_path / "a.txt", text))
    assert doc.outlet == outlet


# ----------------------------------------------------------------------------- files


def test_iter_files_walks_folders_in_order_and_skips_hidden(tmp_path):
    write(tmp_path / "b.txt", ARTICLE)
    write(tmp_path / "a.md", ARTICLE)
    write(tmp_path / "sub" / "c.html", "<p>x</p>")
    write(tmp_path / "sub" / "deeper" / "d.jsonl", "{}")
    write(tmp_path / ".hidden.txt", ARTICLE)
    write(tmp_path / ".git" / "e.txt", ARTICLE)
    write(tmp_path / ".kfactcheck" / "index.txt", ARTICLE)
    write(tmp_path / "notes.csv", "a,b\n")
    write(tmp_path / "photo.png", b"\x89PNG\r\n\x1a\n\x00")
    write(tmp_path / "README", "Notes about this corpus.\n")  # no extension, text: read
    write(tmp_path / "blob", b"\x00\x01\x02binary")  # no extension, binary: skipped
    shown = [s for _, s in iter_files([tmp_path])]
    root = str(tmp_path)
    assert shown == [
        f"{root}/{n}" for n in ("README", "a.md", "b.txt", "sub/c.html", "sub/deeper/d.jsonl")
    ]


@pytest.mark.parametrize(
    ("given", "shown"),
    [
        pytest.param("corpus", "corpus/x/a.txt", id="plain"),
        pytest.param("corpus/", "corpus/x/a.txt", id="trailing-slash"),
        pytest.param("./corpus", "./corpus/x/a.txt", id="dot-slash"),
        pytest.param(".", "corpus/x/a.txt", id="dot"),
        pytest.param("corpus/x/a.txt", "corpus/x/a.txt", id="file"),
    ],
)
def test_display_paths_follow_the_command_line(tmp_path, monkeypatch, given, shown):
    write(tmp_path / "corpus" / "x" / "a.txt", ARTICLE)
    monkeypatch.chdir(tmp_path)
    assert [s for _, s in iter_files([given])] == [shown]
    assert read_corpus([given]).documents[0].path == shown


def test_iter_files_raises_for_missing_path_unless_collecting(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        list(iter_files([tmp_path / "nope"]))
    errors: list[FileError] = []
    write(tmp_path / "a.txt", ARTICLE)
    found = list(iter_files([tmp_path / "nope", tmp_path / "a.txt"], errors=errors))
    assert [p.name for p, _ in found] == ["a.txt"]
    assert errors == [FileError(str(tmp_path / "nope"), "no such file or folder")]


def test_symlinked_folder_loop_ends(tmp_path):
    write(tmp_path / "a" / "x.txt", ARTICLE)
    os.symlink(tmp_path / "a", tmp_path / "a" / "again")
    os.symlink(tmp_path, tmp_path / "a" / "up")
    assert [s for _, s in iter_files([tmp_path])] == [f"{tmp_path}/a/x.txt"]


def test_same_file_given_twice_is_read_once(tmp_path):
    write(tmp_path / "a.txt", ARTICLE)
    found = list(iter_files([tmp_path, tmp_path / "a.txt", tmp_path]))
    assert len(found) == 1


def test_read_corpus_sorts_and_reads_copies_once(tmp_path):
    write(tmp_path / "b.txt", ARTICLE)
    write(tmp_path / "a" / "z.txt", "Storm\n\nWind reached 120 km/h on Tuesday.\n")
    write(tmp_path / "c.txt", ARTICLE)  # same bytes as b.txt
    got = read_corpus([tmp_path])
    assert [Path(d.path).relative_to(tmp_path).as_posix() for d in got.documents] == [
        "a/z.txt",
        "b.txt",
    ]
    assert got.errors == [
        FileError(f"{tmp_path}/c.txt", f"same bytes as {tmp_path}/b.txt (read once)")
    ]


def test_read_corpus_raises_only_when_nothing_is_read(tmp_path):
    write(tmp_path / "empty.txt", "")
    with pytest.raises(NoDocumentsError) as info:
        read_corpus([tmp_path / "missing", tmp_path / "empty.txt"])
    assert isinstance(info.value, InputError)
    assert [e.message for e in info.value.errors] == ["empty file", "no such file or folder"]
    assert "\n" not in str(info.value)
    write(tmp_path / "good.txt", ARTICLE)
    got = read_corpus([tmp_path / "missing", tmp_path / "good.txt"])
    assert len(got.documents) == 1 and got.errors[0].message == "no such file or folder"


# ----------------------------------------------------------------------------- manifests


def test_toml_manifest_overrides_the_text(tmp_path):
    write(tmp_path / "000_a.txt", ARTICLE)
    write(tmp_path / "sub" / "b.txt", "Storm\n\nAugust 17, 2022\n\nWind reached 120 km/h.\n")
    write(
        tmp_path / "kfactcheck.toml",
        '["000_a.txt"]\ndate = "2022-08-17"\noutlet = "Reuters"\ntitle = "Floods"\n'
        'url = "https://example.org/a"\n\n["sub/b.txt"]\ndate = 2022-08-18\n',
    )
    got = read_corpus([tmp_path])
    a, b = got.documents
    assert (a.date, a.date_evidence, a.outlet, a.title, a.url) == (
        date(2022, 8, 17),
        "manifest kfactcheck.toml",
        "Reuters",
        "Floods",
        "https://example.org/a",
    )
    assert (b.date, b.date_evidence) == (date(2022, 8, 18), "manifest kfactcheck.toml")
    assert b.warnings == ["manifest kfactcheck.toml sets 2022-08-18; the document shows 2022-08-17"]
    assert got.errors == []
    assert manifest_entry(tmp_path / "sub" / "b.txt")["date"] == date(2022, 8, 18)
    assert manifest_entry(tmp_path / "kfactcheck.toml") is None


def test_csv_manifest(tmp_path):
    write(tmp_path / "a.txt", ARTICLE)
    write(
        tmp_path / "manifest.csv", "file,date,outlet,title,url\na.txt,2021-03-04,Harbour Wire,,\n"
    )
    [doc] = read_corpus([tmp_path]).documents
    assert (doc.date, doc.date_evidence, doc.outlet, doc.title) == (
        date(2021, 3, 4),
        "manifest manifest.csv",
        "Harbour Wire",
        "Floods hit the valley",
    )


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        pytest.param(
            "kfactcheck.toml",
            '["a.txt"]\ndate = "2022-08-17"\n["gone.txt"]\ndate = "2022-08-18"\n',
            "entry 'gone.txt' names a file that does not exist",
            id="missing-file",
        ),
        pytest.param(
            "kfactcheck.toml",
            '["a.txt"]\ndate = "2022-08-17\n',
            "malformed TOML: Illegal character '\\n' (at line 2, column 19)",
            id="malformed-toml",
        ),
        pytest.param(
            "kfactcheck.toml",
            '["a.txt"]\noutlet = "X"\ndaet = "2022-08-17"\n',
            "line 3: unknown key 'daet' for 'a.txt' (known: date, outlet, title, url, lang)",
            id="unknown-key",
        ),
        pytest.param(
            "kfactcheck.toml",
            '["a.txt"]\ndate = "17/17/2022"\n',
            "line 2: date '17/17/2022' for 'a.txt' is not a date",
            id="bad-date",
        ),
        pytest.param(
            "kfactcheck.toml",
            'date = "2022-08-17"\n',
            "line 1: 'date' is not a file table (write [\"date\"] above its fields)",
            id="key-outside-table",
        ),
        pytest.param(
            "manifest.csv",
            "file,date\na.txt,2022-08-17\nb.txt,yesterday\n",
            "line 3: date 'yesterday' for 'b.txt' is not a date",
            id="csv-bad-date",
        ),
        pytest.param(
            "manifest.csv",
            "name,date\na.txt,2022-08-17\n",
            "line 1: no 'file' column (columns: file,date,outlet,title,url,lang)",
            id="csv-no-file-column",
        ),
    ],
)
def test_manifest_problems_name_the_line(tmp_path, name, content, message):
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b.txt", "Storm\n\nWind reached 120 km/h.\n")
    write(tmp_path / name, content)
    got = read_corpus([tmp_path])
    assert FileError(f"{tmp_path}/{name}", message) in got.errors
    assert len(got.documents) == 2  # the articles are still read


def test_manifest_in_a_parent_folder_names_files_below(tmp_path):
    write(tmp_path / "2022" / "a.txt", ARTICLE)
    write(tmp_path / "kfactcheck.toml", '["2022/a.txt"]\noutlet = "Harbour Wire"\n')
    assert read_corpus([tmp_path / "2022"]).documents[0].outlet == "Harbour Wire"
    assert read_document(tmp_path / "2022" / "a.txt", manifest_entry={"date": "2020-01-02"})[
        0
    ].date == date(2020, 1, 2)


# ----------------------------------------------------------------------------- sample corpus


@pytest.fixture(scope="module")
def kosovo():
    got = read_corpus([KOSOVO])
    assert got.errors == []
    return {Path(d.path).name[:3]: d for d in got.documents}


@pytest.mark.parametrize(
    ("n", "day", "evidence", "outlet"),
    [
        pytest.param("000", date(2022, 8, 17), "date 2022-08-17", None, id="000-marker"),
        pytest.param("001", date(2022, 8, 26), "date 2022-08-26", None, id="001-marker"),
        pytest.param("002", date(2022, 8, 17), "August 17, 2022", "DW", id="002-date-line"),
        pytest.param(
            "003",
            date(2022, 9, 20),
            "Updated: 20-09-2022 17:29 IST | Created: 20-09-2022 17:01 IST",
            "Reuters",
            id="003-pipe-header",
        ),
        pytest.param(
            "004", date(2024, 12, 22), "Sunday, December 22, 2024", None, id="004-page-header"
        ),
    ],
)
def test_sample_corpus_dates_and_outlets(kosovo, n, day, evidence, outlet):
    doc = kosovo[n]
    assert (doc.date, doc.date_evidence, doc.outlet) == (day, evidence, outlet)


def test_sample_corpus_doubtful_page_header(kosovo):
    assert any(
        w.startswith("date doubtful: the page header says 2024-12-22") and "November" in w
        for w in kosovo["004"].warnings
    )
    for n in ("000", "001", "002", "003"):
        assert not any(w.startswith("date doubtful") for w in kosovo[n].warnings), n


def test_sample_corpus_repeated_lead_counted_once(kosovo):
    body = kosovo["003"].kept_text()
    assert body.count("Around 3,700 NATO peacekeepers") == 1
    assert body.count("NATO is ready to ramp up troops") == 1
    assert body.count("We are vigilant and ready to act") == 1
    assert body.count("NATO ready to send more troops to Kosovo") == 1
    assert any(w.startswith("duplicate paragraph dropped") for w in kosovo["003"].warnings)


@pytest.mark.parametrize(
    ("n", "left_out"),
    [
        pytest.param("000", [" date 2022-08-17", "date 2022-08-17"], id="000"),
        pytest.param(
            "002",
            [
                "Skip to",
                "1.",
                "August 17, 2022",
                "Image:",
                "shaking hands",
                "sdi/dj",
                "(AP, Reuters)",
            ],
            id="002",
        ),
        pytest.param(
            "003",
            [
                "Reuters |",
                "17:29",
                "17:01",
                "Representative Image",
                "syndicated feed",
                "Give Feedback",
            ],
            id="003",
        ),
        pytest.param(
            "004",
            ["Sunday, December 22", "HomeWorld", "RELATED ARTICLES", "Most Popular"],
            id="004",
        ),
    ],
)
def test_sample_corpus_furniture_not_kept(kosovo, n, left_out):
    body = kosovo[n].kept_text()
    for words in left_out:
        assert words not in body, words


def test_sample_corpus_claims_stay_in_keep(kosovo):
    gold = json.loads((HERE / "data" / "kosovo.gold.json").read_text(encoding="utf-8"))
    for art in gold["articles"]:
        doc = kosovo[art["file"][:3]]
        for claim in art["claims"]:
            at = doc.text.find(claim["anchor"])
            while at >= 0 and not any(a <= at < b for a, b in doc.keep):
                at = doc.text.find(claim["anchor"], at + 1)
            assert at >= 0, (art["file"], claim["anchor"])


def test_reader_is_deterministic(tmp_path):
    shutil.copytree(KOSOVO, tmp_path / "k")
    a = read_corpus([tmp_path / "k"]).documents
    b = read_corpus([tmp_path / "k"]).documents
    assert [(d.id, d.keep, d.warnings) for d in a] == [(d.id, d.keep, d.warnings) for d in b]


# ----------------------------------------------------------------------------- docs view


def test_documents_json_shape():
    got = read_corpus([READER / "quake_dateline.txt", READER / "vote_records.jsonl"])
    rows = documents_json(got)
    assert rows[0] == {
        "id": rows[0]["id"],
        "path": str(READER / "quake_dateline.txt"),
        "title": "Strong earthquake shakes coastal towns",
        "outlet": "Coastline Courier",
        "date": "2022-07-14",
        "date_evidence": "14 July 2022",
        "warnings": [],
        "url": None,
        "words": 38,
        "format": "txt",
        "lang": "en",
    }
    assert [r["date"] for r in rows[1:]] == ["2023-11-05", "2023-11-06", None]
    json.dumps(rows)  # serialisable as is


@pytest.mark.parametrize(
    ("width", "golden"),
    [
        pytest.param(100, "docs_table_narrow.txt", id="narrow-evidence-under-title"),
        pytest.param(140, "docs_table_wide.txt", id="wide-column-each"),
    ],
)
def test_render_documents_table(monkeypatch, width, golden):
    monkeypatch.chdir(READER)
    got = read_corpus(["quake_dateline.txt", "strike_page_header.txt", "vote_records.jsonl"])
    out = io.StringIO()
    render_documents(got, Console(file=out, width=width, color_system=None))
    text = "\n".join(line.rstrip() for line in out.getvalue().splitlines()) + "\n"
    assert text == (READER / golden).read_text(encoding="utf-8")


def test_render_shows_the_shared_folder_once(tmp_path):
    write(tmp_path / "k" / "a.txt", ARTICLE)
    write(tmp_path / "k" / "sub" / "b.txt", "Storm\n\nWind reached 120 km/h on Tuesday.\n")
    out = io.StringIO()
    render_documents(read_corpus([tmp_path / "k"]), Console(file=out, width=100, color_system=None))
    lines = out.getvalue().splitlines()
    assert lines[0].strip() == f"{tmp_path}/k/"
    assert any(line.startswith("sub/b.txt ") for line in lines)


def test_render_keeps_brackets_literal(tmp_path):
    write(tmp_path / "a.txt", "Floods [update] hit the valley\n\nRoads shut on Monday.\n")
    out = io.StringIO()
    render_documents(read_corpus([tmp_path]), Console(file=out, width=200, color_system=None))
    assert "Floods [update] hit the valley" in out.getvalue()


def test_reader_version_is_a_string():
    assert isinstance(corpus.READER_VERSION, str) and corpus.READER_VERSION


@pytest.mark.parametrize(
    "given",
    ["news", "news/", "./news", "news//", "news/../news", "deep/../news", "ABS", "."],
    ids=["plain", "slash", "dot", "double-slash", "up-and-back", "sibling-up", "absolute", "cwd"],
)
def test_file_keys_are_absolute_paths(tmp_path, monkeypatch, given):
    """Each file's key is os.path.abspath of its path, however the folder was written (the
    folder's absolute path is taken once and the names inside joined to it)."""
    for rel in ("a.txt", "sub/b.md", "sub/inner/c.txt"):
        f = tmp_path / "news" / rel
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text("Some 40 people were hurt.\n", encoding="utf-8")
    (tmp_path / "deep").mkdir()
    monkeypatch.chdir(tmp_path)
    given = str(tmp_path / "news") if given == "ABS" else given
    found = list(corpus.iter_file_names([given]))
    assert len(found) == 3
    for file, _shown, key in found:
        assert key == os.path.abspath(file)
        assert os.path.isabs(key) and os.path.isfile(key)
