"""The Markdown report: same content as HTML, escaped to paste into an issue or a wiki."""

from __future__ import annotations

import re

import pytest
from conftest import GENERATED, assert_golden, hostile_report, sample_report

from kfactcheck.export import render
from kfactcheck.export.markdown import code, md


def _md(report=None, **kw) -> str:
    return render(report or sample_report(), "md", generated=GENERATED, **kw)


def test_golden():
    assert_golden("sample.md", _md())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("a | b", r"a \| b", id="pipe"),
        pytest.param("*always* _so_", r"\*always\* \_so\_", id="emphasis"),
        pytest.param("<script>x</script>", r"\<script\>x\</script\>", id="html"),
        pytest.param("[x](http://y)", r"\[x\](http://y)", id="link"),
        pytest.param("`code`", r"\`code\`", id="code"),
        pytest.param("$5 and $6", r"\$5 and \$6", id="math"),
        pytest.param("~~gone~~", r"\~\~gone\~\~", id="strikethrough"),
        pytest.param("AT&T &amp;", r"AT&T \&amp;", id="entity-only"),
        pytest.param("back\\slash", r"back\\slash", id="backslash"),
        pytest.param("- Police said", r"\- Police said", id="leading-bullet"),
        pytest.param("# Breaking", r"\# Breaking", id="leading-heading"),
        pytest.param("1. First", r"1\. First", id="leading-ordered-list"),
        pytest.param("=====", r"\=====", id="setext"),
        pytest.param("1.8 million and -5", "1.8 million and -5", id="numbers-untouched"),
        pytest.param("two\nlines\r\n here", "two lines here", id="one-line"),
    ],
)
def test_md_escape(text, expected):
    assert md(text) == expected


def test_code_span_only_when_safe():
    assert code("flood-deaths") == "`flood-deaths`"
    assert code("a|b") == r"a\|b"
    assert code("a`b") == r"a\`b"


def test_summary_and_sections():
    out = _md()
    assert "| Discrepancies | 2 |" in out
    assert "| Changes | 2 |" in out
    assert "| Agreements | 1 |" in out
    assert "| Skipped files | 1 |" in out
    headings = re.findall(r"^## (.+)$", out, re.M)
    assert headings[1:4] == [
        "People killed in the Harbor City floods",
        "People at the Harbor City protest march",
        "Date Harbor City schools reopen",
    ]
    assert headings[4:] == ["Subjects without findings", "Documents", "Skipped files"]


def test_quotes_highlight_the_figure():
    out = _md()
    assert "> Police chief Tom Hale said **around 30 people** were killed" in out
    assert "> **Fewer than 15 people** died in the floods" in out
    assert r"> \- Police said **5,000 people** attended" in out


def test_table_rows_keep_their_columns():
    """An escaped | inside a cell must not add a column."""
    for report in (sample_report(), hostile_report()):
        out = _md(report)
        for table in re.findall(r"(?:^\|.*\|\n)+", out, re.M):
            lines = table.strip("\n").split("\n")
            widths = {len(re.findall(r"(?<!\\)\|", line)) for line in lines}
            assert len(widths) == 1, table


def test_hostile_text_stays_text():
    out = _md(hostile_report())
    assert '`hurt"><svg onload=alert(3)>`' in out  # a code span shows its text verbatim
    outside_code = re.sub(r"`[^`\n]*`", "", out)
    # The only raw HTML the report writes itself is <br> inside table cells.
    assert not re.search(r"(?<!\\)<(?!br>)", outside_code)
    assert not re.search(r"(?<!\\)\[bold", out)
    assert r"\<script\>alert('quote')\</script\>" in out
    assert r"\[bold\]x\[/bold\]" in out


def test_kind_filter():
    out = _md(kind="agreement")
    assert "## Date Harbor City schools reopen" in out
    assert "## People killed in the Harbor City floods" not in out
