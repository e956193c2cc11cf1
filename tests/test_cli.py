"""The command line, end to end through typer's CliRunner: every command, its options and
exit codes (0 nothing of the kind asked for, 1 findings, 2 usage or runtime error)."""

from __future__ import annotations

import csv
import io
import json
import sys

import pytest
from conftest import KOSOVO as KOSOVO_PATH
from conftest import ROOT
from typer.testing import CliRunner

from kfactcheck import __version__
from kfactcheck.cli import app

KOSOVO = str(KOSOVO_PATH)
COMMANDS = [
    "docs",
    "claims",
    "check",
    "conflicts",
    "timeline",
    "subjects",
    "report",
    "index",
    "search",
]


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


def test_version(run):
    result = run("--version")
    assert (result.exit_code, result.stdout) == (0, f"kfactcheck {__version__}\n")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(run, command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example: kfactcheck " + command in " ".join(result.stdout.split())


def test_docs_table_and_json(run):
    table = run("docs", KOSOVO)
    assert table.exit_code == 0
    for day in ("2022-08-17", "2022-08-26", "2022-09-20", "2024-12-22"):
        assert day in table.stdout
    data = json.loads(run("docs", KOSOVO, "--format", "json").stdout)
    assert [d["date"] for d in data] == [
        "2022-08-17",
        "2022-08-26",
        "2022-08-17",
        "2022-09-20",
        "2024-12-22",
    ]
    assert any(w.startswith("date doubtful") for w in data[4]["warnings"])


@pytest.mark.parametrize(
    "fail_on, code",
    [
        pytest.param("discrepancy", 1, id="default-kind-found"),
        pytest.param("change", 1, id="change-found"),
        pytest.param("any", 1, id="any-found"),
        pytest.param("none", 0, id="never-fails"),
    ],
)
def test_check_exit_codes(run, fail_on, code):
    result = run("check", KOSOVO, "--fail-on", fail_on)
    assert result.exit_code == code
    assert result.stdout.startswith("5 documents · ")
    assert "Discrepancies (1)" in result.stdout


def test_check_exit_zero_when_nothing_of_the_kind(run, tmp_path):
    story = tmp_path / "calm"
    story.mkdir()
    (story / "a.txt").write_text(
        "date 2023-05-01 The ferry carried 1,200 passengers on Monday, officials said.\n",
        encoding="utf-8",
    )
    (story / "b.txt").write_text(
        "date 2023-05-02 About 1,200 passengers travelled on the ferry, the operator said.\n",
        encoding="utf-8",
    )
    assert run("check", str(story)).exit_code == 0


def test_check_json_follows_the_contract(run):
    data = json.loads(run("check", KOSOVO, "--format", "json", "--fail-on", "none").stdout)
    assert data["schema"] == 1 and data["kfactcheck"] == __version__
    kinds = {f["kind"] for f in data["findings"]}
    assert kinds == {"discrepancy", "change", "agreement"}
    troops = [c for c in data["claims"] if c["unit"] == "troops"]
    assert {c["value"] for c in troops} == {4000, 3700, 4500}


def test_window_and_tolerance_change_the_findings(run):
    wide = json.loads(run("check", KOSOVO, "--format", "json", "--tolerance", "0.2").stdout)
    assert not any(f["kind"] == "discrepancy" for f in wide["findings"])
    short = json.loads(run("check", KOSOVO, "--format", "json", "--window", "10").stdout)
    assert not any(f["kind"] == "discrepancy" for f in short["findings"])


def test_conflicts_shows_each_figure_and_exits_1(run):
    result = run("conflicts", KOSOVO)
    assert result.exit_code == 1
    for figure in ("close to 4,000 troops", "Around 3,700 NATO peacekeepers"):
        assert figure in result.stdout


@pytest.mark.parametrize(
    "query",
    [
        pytest.param("kosovo-troops", id="exact-key"),
        pytest.param("troops", id="word-of-the-key"),
        pytest.param("kosovo troop", id="misspelt"),
    ],
)
def test_timeline_finds_the_subject_fuzzily(run, query):
    result = run("timeline", query, KOSOVO)
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    assert text.index("4,000") < text.index("3,700") < text.index("4,500")


def test_timeline_suggests_when_nothing_matches(run):
    result = run("timeline", "zebra crossings", KOSOVO)
    assert result.exit_code == 2
    assert "no subject matches 'zebra crossings'; did you mean" in result.stderr


def test_subjects_lists_keys(run):
    data = json.loads(run("subjects", KOSOVO, "--format", "json").stdout)
    troops = next(s for s in data if s["subject"] == "kosovo-troops")
    assert (troops["unit"], troops["claims"], troops["documents"]) == ("troops", 4, 4)


@pytest.mark.parametrize(
    "option, value, check",
    [
        pytest.param(
            "--unit", "troops", lambda cs: {c["unit"] for c in cs} == {"troops"}, id="unit"
        ),
        pytest.param(
            "--speaker",
            "Stoltenberg",
            lambda cs: {c["speaker"] for c in cs} == {"Jens Stoltenberg"},
            id="speaker",
        ),
        pytest.param("--doc", "003_", lambda cs: len({c["document"] for c in cs}) == 1, id="doc"),
    ],
)
def test_claims_filters(run, option, value, check):
    data = json.loads(run("claims", KOSOVO, option, value, "--format", "json").stdout)
    assert data and check(data)


@pytest.mark.parametrize(
    "name, fmt, marker",
    [
        pytest.param("r.json", "json", '"schema": 1', id="json"),
        pytest.param("r.md", "md", "# ", id="markdown"),
        pytest.param("r.html", "html", "<svg", id="html"),
        pytest.param("r.csv", "csv", "finding", id="csv"),
    ],
)
def test_report_format_from_the_file_name(run, tmp_path, name, fmt, marker):
    result = run("report", KOSOVO, "-o", name)
    assert result.exit_code == 0
    raw = (tmp_path / name).read_bytes()
    text = raw.decode("utf-8-sig")
    assert marker in text
    if fmt == "csv":
        assert raw.startswith(b"\xef\xbb\xbf") and not raw.startswith(b"\xef\xbb\xbf" * 2)
        rows = list(csv.reader(io.StringIO(text)))
        assert len(rows) > 1


def test_report_filters_by_kind_and_subject(run):
    data = json.loads(run("report", KOSOVO, "--kind", "change", "--subject", "troops").stdout)
    assert data["findings"] and {f["kind"] for f in data["findings"]} == {"change"}
    assert {f["subject"] for f in data["findings"]} == {"kosovo-troops"}


def test_specs_from_claims_folder_and_their_errors(run, tmp_path):
    spec = tmp_path / "specs"
    spec.mkdir()
    (spec / "s.toml").write_text(
        '[subject.kfor]\nunit = "troops"\nalises = ["x"]\n', encoding="utf-8"
    )
    result = run("check", KOSOVO, "--claims", str(spec))
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"kfactcheck: error: {spec / 's.toml'}:3: unknown key 'alises' in [subject.kfor] "
        "(did you mean 'aliases'?)"
    )
    with_spec = json.loads(
        run("check", KOSOVO, "--format", "json", "--claims", str(ROOT / "claims")).stdout
    )
    assert "kfor-troops" in {c["subject"] for c in with_spec["claims"]}


def test_index_then_search(run):
    indexed = run("index", KOSOVO, "--jobs", "1", "--quiet")
    assert indexed.exit_code == 0
    assert "indexed 5 files: 5 extracted" in indexed.stderr
    again = run("index", KOSOVO, "--quiet")
    assert "0 extracted, 5 unchanged" in again.stderr
    hits = run("search", "peacekeepers")
    assert hits.exit_code == 0 and "3,700" in hits.stdout
    assert run("search", "zzzunknownword").exit_code == 1


def test_no_index_leaves_no_file(run, tmp_path):
    assert run("check", KOSOVO, "--no-index", "--fail-on", "none").exit_code == 0
    assert not (tmp_path / "index.db").exists()


@pytest.mark.parametrize(
    "args, message",
    [
        pytest.param(["check", "missing-folder"], "no such file or folder", id="missing-path"),
        pytest.param(["docs", "empty"], "empty: empty folder: no files to read", id="empty-folder"),
        pytest.param(["check", KOSOVO, "--window", "0"], "Invalid value", id="bad-option-value"),
        pytest.param(["check", KOSOVO, "--fail-on", "sometimes"], "Invalid value", id="bad-choice"),
        pytest.param(["report", KOSOVO, "--format", "pdf"], "Invalid value", id="unknown-format"),
        pytest.param(["check"], "Missing argument 'paths'", id="no-paths"),
        pytest.param(["chek", KOSOVO], "No such command 'chek'", id="unknown-command"),
    ],
)
def test_usage_errors_exit_2_with_one_line(tmp_path, monkeypatch, capsys, args, message):
    """Through the console script's own entry point (main), as a user meets it."""
    from kfactcheck.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KFACTCHECK_DB", str(tmp_path / "index.db"))
    (tmp_path / "empty").mkdir()
    monkeypatch.setattr(sys, "argv", ["kfactcheck", *args])
    with pytest.raises(SystemExit) as exit_:
        main()
    out, err = capsys.readouterr()
    assert exit_.value.code == 2 and out == ""
    assert err.startswith("kfactcheck: error: ") and err.count("\n") == 1, err
    assert message in err


def test_bad_file_is_skipped_and_reported(run, tmp_path):
    story = tmp_path / "mixed"
    story.mkdir()
    (story / "good.txt").write_text(
        "date 2023-05-01 Police said 7,500 people marched, while organisers said 30,000.\n",
        encoding="utf-8",
    )
    (story / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    result = run("check", str(story), "--fail-on", "none")
    assert result.exit_code == 0
    assert "kfactcheck: skipped" in result.stderr and "photo.txt" in result.stderr
    assert result.stdout.startswith("1 documents") or result.stdout.startswith("1 document")
