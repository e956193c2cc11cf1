"""What a new user meets at the command line (issue 22, items 11-20): messages, plain
output, narrow terminals, help text. End to end through typer's CliRunner."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kfactcheck.cli import app

ROOT = Path(__file__).resolve().parents[1]
KOSOVO = str(ROOT / "corpus" / "kosovo")
VIEWS = [
    pytest.param(("check", KOSOVO), id="check"),
    pytest.param(("conflicts", KOSOVO), id="conflicts"),
    pytest.param(("timeline", "troops", KOSOVO), id="timeline"),
    pytest.param(("subjects", KOSOVO), id="subjects"),
    pytest.param(("claims", KOSOVO), id="claims"),
    pytest.param(("docs", KOSOVO), id="docs"),
]


@pytest.fixture
def run(tmp_path, monkeypatch):
    """Invoke the CLI in an empty working directory, without the index, at `columns`."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KFACTCHECK_DB", str(tmp_path / "index.db"))
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    runner = CliRunner()

    def invoke(*args: str, columns: int = 80, env: dict | None = None):
        monkeypatch.setenv("COLUMNS", str(columns))
        for k, v in (env or {}).items():
            monkeypatch.setenv(k, v)
        extra = ["--no-index", "-q"] if args[0] not in ("docs", "report") else []
        if args[0] == "report":
            extra = ["--no-index", "-q"]
        return runner.invoke(app, [*args, *extra], catch_exceptions=False)

    return invoke


@pytest.mark.parametrize(
    "name", [pytest.param("x.pdf", id="pdf"), pytest.param("report", id="no-extension")]
)
def test_report_refuses_a_file_name_naming_no_format(run, tmp_path, name):
    """Issue 22.13: JSON is not written into "x.pdf"; the error names the formats."""
    result = run("report", KOSOVO, "-o", name)
    assert result.exit_code == 2
    assert "give --format (json, csv, md, html)" in result.stderr
    assert not (tmp_path / name).exists()


def test_report_format_option_overrides_the_file_name(run, tmp_path):
    assert run("report", KOSOVO, "-o", "x.txt", "--format", "md").exit_code == 0
    assert (tmp_path / "x.txt").read_text(encoding="utf-8").startswith("# ")


@pytest.mark.parametrize("args", VIEWS)
def test_no_color_means_no_escape_codes_even_on_a_terminal(run, args):
    """Issue 22.16: NO_COLOR drops bold, dim and reverse video too, not only colours
    (FORCE_COLOR stands in for a terminal)."""
    coloured = run(*args, env={"FORCE_COLOR": "1"})
    assert "\x1b[" in coloured.stdout  # the terminal gets styles...
    plain = run(*args, env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert plain.exit_code in (0, 1)
    assert "\x1b" not in plain.stdout  # ...but not under NO_COLOR
    # the same text; in colour a space in reverse video at a line's end shows, and stays
    drawn = re.sub(r"\x1b\[[0-9;]*m", "", coloured.stdout).splitlines()
    assert [line.rstrip() for line in drawn] == plain.stdout.splitlines()


@pytest.mark.parametrize("columns", [60, 80, 120])
@pytest.mark.parametrize("args", VIEWS)
def test_piped_output_has_no_trailing_spaces(run, args, columns):
    out = run(*args, columns=columns).stdout
    assert out.strip()
    assert [line for line in out.splitlines() if line != line.rstrip()] == []


MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
CUT_DATE = re.compile(rf"\b\d{{1,2}}\n *{MONTH}\b|\b{MONTH}\n *\d{{4}}\b|\d{{4}}-\d\d-…")


@pytest.mark.parametrize("columns", [50, 60, 80])
def test_keys_file_names_and_dates_stay_whole_on_narrow_terminals(run, columns):
    """Issue 22.15: at 50-80 columns no subject key or date is cut, nor a file name from 60
    columns on; the least useful columns move into a neighbour's cell instead."""
    import json

    subjects = run("subjects", KOSOVO, columns=columns).stdout
    keys = [s["subject"] for s in json.loads(run("subjects", KOSOVO, "-f", "json").stdout)]
    words = set(subjects.split())
    assert [k for k in keys if k not in words] == []
    docs = run("docs", KOSOVO, columns=columns).stdout
    docs_json = json.loads(run("docs", KOSOVO, "-f", "json").stdout)
    for doc in docs_json:
        # at 50 columns 24-character file names and a 20-cell title do not both fit
        assert columns < 60 or Path(doc["path"]).name in docs.split()
        assert doc["date"] in docs.split()
    claims = run("claims", KOSOVO, columns=columns).stdout.split()
    assert columns < 60 or all(Path(d["path"]).name in claims for d in docs_json)
    for args in (("check", KOSOVO), ("conflicts", KOSOVO), ("claims", KOSOVO)):
        out = run(*args, columns=columns).stdout
        assert CUT_DATE.search(out) is None, args
        assert max(len(line) for line in out.splitlines()) <= columns


@pytest.mark.parametrize("columns", [60, 80])
def test_wrapped_claim_lines_keep_their_indent(run, columns):
    out = run("check", KOSOVO, columns=columns).stdout.splitlines()
    heads = [i for i, line in enumerate(out) if re.match(r"  \d\. ", line)]
    assert heads
    for i in heads:  # what follows a numbered claim sits under its words, 5 cells in
        assert out[i + 1].startswith("     ") and out[i + 1][5] != " "


COMMANDS = ["docs", "claims", "check", "conflicts", "timeline", "subjects", "report"]
COMMANDS += ["index", "search"]


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_top_level_help_gives_each_command_in_full(columns, monkeypatch):
    """Issue 22.20: no description cut with "..."; each command's first paragraph whole."""
    monkeypatch.setenv("COLUMNS", str(columns))
    out = CliRunner().invoke(app, ["--help"]).stdout
    assert "..." not in out.split("Commands:")[1]
    flat = " ".join(out.split())
    assert "List every figure and date claim with its qualifier, unit, date, speaker and" in flat
    assert out.rstrip().splitlines()[-1].strip() == "Example: kfactcheck check corpus/kosovo"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_ends_with_its_example(command):
    """The README says each --help ends with an example: after the options, not above."""
    out = CliRunner().invoke(app, [command, "--help"]).stdout
    last = out.rstrip().splitlines()[-1].strip()
    assert last.startswith(f"Example: kfactcheck {command}")
    assert out.index("Options:") < out.index("Example:")


SPECS = """
[subject.marsh-troops]
label = "Troops in the marsh"
unit = "troops"
aliases = ["troops", "peacekeepers"]

[subject.ferry-fares]
label = "Ferry fares"
unit = "currency"
aliases = ["ferry fare"]
"""


@pytest.mark.parametrize(
    "args, folder",
    [
        pytest.param((), "claims", id="claims-in-the-working-directory"),
        pytest.param(("--claims", "mine"), "mine", id="given-folder"),
    ],
)
def test_spec_files_used_are_named_and_unmatched_specs_warned(run, tmp_path, args, folder):
    """Issue 22.18: one stderr line names the spec files used; a spec no claim matches
    gets a warning; without specs nothing is said."""
    (tmp_path / folder).mkdir()
    (tmp_path / folder / "mine.toml").write_text(SPECS, encoding="utf-8")
    result = run("check", KOSOVO, *args)
    lines = result.stderr.splitlines()
    assert lines[0] == f"kfactcheck: subject specs: {folder}/mine.toml (--no-claims ignores them)"
    assert lines[1:] == [
        f"kfactcheck: warning: subject spec 'ferry-fares' in {folder}/mine.toml matched no claim"
    ]
    quiet = run("check", KOSOVO, "--no-claims")
    assert quiet.stderr == ""


MD_A = """---
title: Floods in Varna Bay
date: 2024-03-02
outlet: Bay Times
---

# Floods leave 30 dead in Varna Bay

Floods leave 30 dead in Varna Bay, officials said on Saturday.
"""
MD_B = """---
title: Varna floods
date: 2024-03-03
outlet: Coast News
---

## Toll rises to 45 dead in Varna Bay floods

The death toll rose to 45 people in Varna Bay, police said.
"""


@pytest.fixture
def headlines(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.md").write_text(MD_A, encoding="utf-8")
    (folder / "b.md").write_text(MD_B, encoding="utf-8")
    return str(folder)


def test_markdown_headings_are_quoted_without_their_marks(run, headlines):
    """Issue 22.17: "# " is Markdown, not part of the quote shown."""
    for args in (("claims", headlines), ("report", headlines, "-f", "md")):
        out = run(*args, columns=120).stdout
        assert "Floods leave" in out and "Toll rises to" in out
        assert "# Floods" not in out and "## Toll" not in out


def test_a_headline_repeated_in_the_body_is_listed_once_in_a_finding(run, headlines):
    """Issue 22.17: the finding shows the body's sentence, not the headline too."""
    out = run("check", headlines, "--fail-on", "none", columns=120).stdout
    assert "Floods leave 30 dead in Varna Bay, officials said" in out
    assert "\n     Floods leave 30 dead in Varna Bay\n" not in out
    assert "Toll rises to 45 dead" not in out
    assert out.count("a.md") == 1 and out.count("b.md") == 1


@pytest.fixture
def doubtful(tmp_path):
    """Two reports of a toll; the first's header names the wrong weekday for its date."""
    folder = tmp_path / "toll"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Monday, 5 March 2024\n\nFloods killed 30 people in Varna Bay, officials said.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "Friday, 8 March 2024\n\nFloods killed 45 people in Varna Bay, police said.\n",
        encoding="utf-8",
    )
    return str(folder)


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(("check", "--fail-on", "none"), id="check"),
        pytest.param(("timeline", "deaths"), id="timeline"),
        pytest.param(("report", "-f", "md"), id="markdown"),
        pytest.param(("report", "-f", "html"), id="html"),
    ],
)
def test_a_finding_on_a_doubtful_date_says_so(run, doubtful, args):
    """Issue 22.14: the warning `docs` shows is repeated beside the finding resting on it."""
    command, *rest = args
    out = run(
        command,
        *([rest[0]] if command == "timeline" else []),
        doubtful,
        *([] if command == "timeline" else rest),
        columns=120,
    ).stdout
    flat = " ".join(out.replace("`", "").split())
    assert "a.txt: date doubtful: the header says Monday but 2024-03-05 is a Tuesday" in flat
    assert "b.txt: date" not in flat


def test_package_metadata_builds_without_a_deprecation_warning():
    """Issue 22.20: a fresh install with a current pip printed setuptools' warning about the
    `license` table; the SPDX string needs setuptools 77 to build."""
    import tomllib

    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert isinstance(data["project"]["license"], str)
    assert "setuptools>=77" in data["build-system"]["requires"]
