"""A long quote in the claims table: clipped to a window around the claim's own words, cut
where a word ends, marked with an ellipsis; the claim's words whole and highlighted. The
JSON twin keeps the whole quote, and no control character of the text reaches the
terminal."""

from __future__ import annotations

import json
from io import StringIO

import pytest

from kfactcheck.model import Claim, Document, Report
from kfactcheck.views.claims import claims_json, render_claims
from kfactcheck.views.clip import ELLIPSIS, LONGEST, REACH, clip_parts
from kfactcheck.views.findings import FIGURE_STYLE, quote_text
from kfactcheck.views.terminal import safe_console

# (before, figure, after) -> the same clipped, with a window of 40 characters and at least
# 10 on each side: small enough to read the cases at a glance
CASES = [
    pytest.param(
        ("Police said ", "40 people", " died."),
        ("Police said ", "40 people", " died."),
        id="short-sentence-unchanged",
    ),
    pytest.param(
        ("", "40 people", " died when the river burst its banks near the old mill on Sunday"),
        ("", "40 people", " died when the river burst its …"),
        id="claim-at-start",
    ),
    pytest.param(
        (
            "Police in the northern town of Kessby said on Sunday that ",
            "40 people",
            " died when the river burst its banks",
        ),
        ("… that ", "40 people", " died when the river …"),
        id="claim-in-the-middle",
    ),
    pytest.param(
        ("Police in the northern town of Kessby said on Sunday that the toll reached ", "40", "."),
        ("… said on Sunday that the toll reached ", "40", "."),
        id="claim-at-end",
    ),
    pytest.param(
        (
            "Die Feuerwehr in Großenhain zählte am Sonntag über ",
            "40 Verletzte",
            ", darunter zwölf Schwerverletzte in Krankenhäusern",
        ),
        ("… über ", "40 Verletzte", ", darunter zwölf …"),
        id="multibyte-letters",
    ),
    pytest.param(
        (
            "la ville de Sante\u0301 ou\u0300 vivaient pre\u0300s de ",
            "300 habitants",
            " a e\u0301te\u0301 e\u0301vacue\u0301e hier soir",
        ),
        ("… pre\u0300s de ", "300 habitants", " a e\u0301te\u0301 …"),
        id="combining-accents-stay-with-their-letter",
    ),
    pytest.param(
        ("1,2,3,4,5,6,7,8,9,10,11,", "12", "," + ",".join(map(str, range(13, 31)))),
        ("… 8,9,10,11,", "12", ",13,14,15,16,17,18,19,20,21 …"),
        id="no-space-cut-at-a-mark-between-figures",
    ),
    pytest.param(
        ("a " * 30, "one hundred and twenty thousand three hundred people", " b" * 30),
        ("… a a a a a ", "one hundred and twenty thousand three hundred people", " b b b b b …"),
        id="long-claim-words-whole",
    ),
]


@pytest.mark.parametrize(("parts", "expected"), CASES)
def test_clip_parts(parts, expected):
    assert clip_parts(*parts, longest=40, reach=10) == expected


WORDS = "the river burst its banks near the old mill and the bridge gave way at dawn "


@pytest.mark.parametrize(
    "at",
    [pytest.param(0, id="start"), pytest.param(0.5, id="middle"), pytest.param(1, id="end")],
)
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(WORDS * 30, id="latin"),
        pytest.param(WORDS.replace("the", "thé").replace("old", "ołd") * 30, id="multibyte"),
    ],
)
def test_default_window_words_whole(text, at):
    """The default window: the claim's words whole, about REACH characters of context on a
    side that has more, every kept word a whole word of the sentence."""
    # the claim stands at the start, after the word at the middle, or at the end
    i = {0: 0, 1: len(text)}.get(at) or text.index(" ", len(text) // 2) + 1
    before, after = text[:i], " " + text[i:]
    b, f, a = clip_parts(before, "40 people", after)
    assert f == "40 people"
    assert len(b) + len(a) <= LONGEST + 2 * len(ELLIPSIS) + 2
    for side, whole, cut_left in ((b, before, True), (a, after, False)):
        if side == whole:
            continue
        assert side.startswith(ELLIPSIS + " ") if cut_left else side.endswith(" " + ELLIPSIS)
        kept = side.strip(ELLIPSIS + " ")
        assert len(kept) >= REACH - 20
        # kept words are whole: the kept text sits in the sentence between spaces
        assert (f" {kept} " if cut_left else f"{kept} ") in f" {whole} "


def _report(quote: str, start: int, end: int) -> Report:
    doc = Document(id="d1", path="long.txt", text=quote)
    claim = Claim(
        document="d1",
        value=40,
        low=40,
        high=40,
        qualifier="exact",
        unit="people",
        as_of="2024-03-02",
        text=quote[start:end],
        start=start,
        end=end,
        quote=quote,
        id="c1",
    )
    return Report(documents=[doc], claims=[claim], findings=[])


LONG = (
    "On Sunday " + WORDS * 5 + "40 people died, " + WORDS * 5 + "said the \x1b]0;pwned\x07 mayor."
)


def test_terminal_shows_a_window_and_json_the_whole_quote():
    start = LONG.index("40 people")
    report = _report(LONG, start, start + len("40 people"))
    whole = quote_text(report.claims[0]).plain  # the findings views: the whole sentence
    assert whole.startswith("On Sunday") and whole.endswith("mayor.")
    quote = quote_text(report.claims[0], clip=True)  # the claims table: a window
    assert len(quote.plain) < LONGEST + 10
    assert quote.plain.startswith(ELLIPSIS) and quote.plain.endswith(ELLIPSIS)
    styled = [quote.plain[s.start : s.end] for s in quote.spans if s.style == FIGURE_STYLE]
    assert styled == ["40 people"]
    assert claims_json(report)[0]["quote"] == LONG


@pytest.mark.parametrize("width", [pytest.param(80, id="narrow"), pytest.param(160, id="wide")])
def test_colour_terminal_output_clipped_and_clean(width):
    """A colour terminal: the window printed, and no control character of the text."""
    quote = LONG.replace("40 people died, ", "40 people died, \x1b[2J")
    start = quote.index("40 people")
    console = safe_console(
        file=StringIO(), width=width, force_terminal=True, color_system="truecolor"
    )
    render_claims(_report(quote, start, start + len("40 people")), console)
    out = console.file.getvalue()
    assert "\x1b[2J" not in out and "\x1b]0" not in out and "\x07" not in out
    assert ELLIPSIS in out and "mayor" not in out
    assert json.dumps(claims_json(_report(quote, start, start + 9))[0]["quote"]).count("mayor") == 1
