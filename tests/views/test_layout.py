"""The views' own line layout (views/layout.py), checked against what rich prints: the same
line breaks, but for what it does on purpose (hanging indents, dates kept whole, no
trailing spaces)."""

from __future__ import annotations

import re
from io import StringIO

import pytest
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from kfactcheck.views.layout import Line, Quote, layout, print_lines, print_tidy, wrap

# Lines of every kind the layout meets: short, exactly the width, too long, words longer
# than the line, trailing, leading and double spaces, wide and zero-width characters, tabs
# and line breaks.
AWKWARD_LINES = [
    pytest.param("short", id="short"),
    pytest.param("x" * 37, id="x37"),
    pytest.param("x" * 38, id="x38"),
    pytest.param("x" * 39, id="x39"),
    pytest.param("word " * 30, id="words"),
    pytest.param("word  double  spaces  " * 6, id="double-spaces"),
    pytest.param(
        "trailing space at the end of a line that is rather long for the narrow console ",
        id="trailing-space",
    ),
    pytest.param(
        "  leading spaces then a line long enough to be wrapped by the console somewhere",
        id="leading-spaces",
    ),
    pytest.param(
        "“Quoted” – text with ≥ non-ASCII · characters that wraps at the width we give it",
        id="non-ascii",
    ),
    pytest.param(
        "wide 中文字符 characters 中文字符中文字符中文字符 and emoji 😀😀😀 in the middle of it",
        id="wide-characters",
    ),
    pytest.param(
        "zero\u200bwidth space and soft\xadhyphen in a line long enough to wrap somewhere",
        id="zero-width",
    ),
    pytest.param(
        "a tab\there and a break\nthere in a line long enough to be wrapped by the console",
        id="tab-and-break",
    ),
]
WIDTHS = [30, 40, 41, 80]
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _rich(renderable, width: int) -> list[str]:
    console = Console(file=StringIO(), width=width, color_system=None)
    console.print(renderable)
    return [line.rstrip() for line in console.file.getvalue().splitlines()]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("line", AWKWARD_LINES)
def test_line_breaks_are_richs(line, width):
    assert layout([Line(Text(line))], width) == _rich(Text(line), width)


@pytest.mark.parametrize("width", [30, 40])
def test_spaces_after_a_folded_word_do_not_start_the_next_line(width):
    """Where this layout differs from rich on purpose: rich starts the line after a folded
    word with the space that followed it."""
    line = "a" * 120 + " then words"
    assert _rich(Text(line), width)[-1] == " then words"
    assert wrap(line, width)[-1] == "then words"


@pytest.mark.parametrize("width", range(24, 44))
def test_dates_are_never_cut(width):
    text = "as of 17 Aug 2022 and (3 Sep 2024): then Aug 2022, in a line long enough to wrap"
    lines = wrap(text, width)
    assert all(len(line) <= width for line in lines)
    joined = "\n".join(lines)
    for date in ("17 Aug 2022", "3 Sep 2024", "Aug 2022"):
        assert date in joined


@pytest.mark.parametrize(
    "indent, hang",
    [pytest.param(0, 2, id="hang-2"), pytest.param(2, 3, id="indent-2-hang-3")],
)
def test_wrapped_lines_hang_under_the_first(indent, hang):
    text = Text("1. close to 4,000 troops (close to; allows 3,600–4,000; as of 17 Aug 2022)")
    lines = layout([Line(text, indent, hang)], 40)
    assert lines[0].startswith(" " * indent + "1. close")
    assert len(lines) > 1
    for line in lines[1:]:
        assert line.startswith(" " * (indent + hang)) and line[indent + hang] != " "
    assert all(len(line) <= 40 and line == line.rstrip() for line in lines)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("line", AWKWARD_LINES)
def test_styled_lines_break_where_plain_ones_do(line, width):
    text = Text(line)
    text.stylize("bold", 0, 3)
    lines = [Line(Text("head")), Line(text, 2, 3), Line(Text(line[::-1], style="dim"), 5)]
    plain, styled = StringIO(), StringIO()
    print_lines(Console(file=plain, width=width, color_system=None), lines)
    print_lines(Console(file=styled, width=width, color_system="standard"), lines)
    assert "\x1b[1m" in styled.getvalue()
    assert ANSI.sub("", styled.getvalue()) == plain.getvalue()


def test_control_characters_are_not_printed():
    text = Text("title\x1b]0;pwned\x07 and \x1b[2J cleared " * 3)
    for console in (Console(file=StringIO(), width=40, color_system=c) for c in (None, "standard")):
        print_lines(console, [Line(text, 2)])
        out = ANSI.sub("", console.file.getvalue())
        assert "\x1b" not in out and "\x07" not in out and "\ufffd]0;pwned" in out


@pytest.mark.parametrize("width", [40, 60, 100])
def test_tables_print_as_rich_prints_them_without_trailing_spaces(width):
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("Subject", ratio=1)
    table.add_column("Claims", justify="right")
    table.add_row(Text("KFOR troops in a place with a long name\nkfor-troops"), Text("4"))
    table.add_row(Text("short"), Text("12"))
    console = Console(file=StringIO(), width=width, color_system=None)
    print_tidy(console, table)
    out = console.file.getvalue().splitlines()
    assert out == _rich(table, width)
    assert all(line == line.rstrip() for line in out)


def _quote_table(cell, sentence: str, width: int) -> Table:
    """The claims view's narrow table: a row per figure of `sentence`, each highlighted."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, show_lines=True)
    table.add_column("Claim", ratio=2, min_width=12)
    table.add_column("Quote", ratio=3, overflow="fold" if width < 40 else None)
    for k, m in enumerate(re.finditer(r"\d+", sentence)):
        quote = cell(sentence[: m.start()])
        quote.append(m.group(), style="bold reverse")
        quote.append(sentence[m.end() :])
        table.add_row(Text(f"claim {k}"), quote)
    return table


@pytest.mark.parametrize("color", [None, "standard"], ids=["plain", "styled"])
@pytest.mark.parametrize("width", [30, 60, 100])
@pytest.mark.parametrize("line", AWKWARD_LINES)
def test_quotes_print_as_rich_prints_them(line, width, color):
    """A Quote is laid out once per sentence; each claim's row still prints as rich prints a
    Text: the same breaks, the same highlight, at every width one after the other."""
    sentence = f"12 {line} 345 then 6 and 78"
    printed = {}
    for cell in (Text, Quote):
        out = StringIO()
        for w in (width, width + 7, width):  # a width laid out before must not come back
            console = Console(file=out, width=w, color_system=color)
            print_tidy(console, _quote_table(cell, sentence, w))
        printed[cell] = out.getvalue()
    assert printed[Quote] == printed[Text]
    assert printed[Text].count("claim") == 4 * 3
