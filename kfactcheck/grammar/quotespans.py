"""The quotations of a document and its paragraphs: where a paragraph begins (a blank line, or
a line break that does not just wrap a long line) and the quoted spans, paired within a
paragraph, one left open running to its end. grammar/speakers.py reads who says each."""

from __future__ import annotations

import bisect
import re

# Marks that close a sentence before a line break: a line ending in one ends a paragraph.
_LINE_END_MARKS = frozenset('.!?:"”’)')
# Quote marks that open or close a span (single quotes are apostrophes too often to count).
_OPENERS, _CLOSERS = frozenset("“«„"), frozenset("”»")
# A line break with any blank lines after it (\r of CRLF text counts as space).
# (group 1 matches only in a blank line: the second line break)
_LINE_BREAKS = re.compile(r"\n[ \t\r\f\v]*(?:(\n)[ \t\r\f\v]*(?:\n[ \t\r\f\v]*)*)?")
# Double quote marks: curly, straight, guillemets, low-9.
_QUOTE_MARKS = re.compile(r"[“”\"«»„]")
_QUOTE_CHARS = '“”"«»„'


def _quote_marks(text: str) -> list[int]:
    """The offsets of _QUOTE_MARKS in text, in order: a str.find per kind of mark is several
    times faster than the pattern's scan of every character (a few marks in an article)."""
    found = []
    for ch in _QUOTE_CHARS:
        i = text.find(ch)
        while i >= 0:
            found.append(i)
            i = text.find(ch, i + 1)
    found.sort()
    return found


# ---------------------------------------------------------------------------------- document


def _paragraph_starts(text: str) -> list[int]:
    """Offsets where a paragraph begins (after the first). A blank line always ends one; a
    single line break does unless it only wraps a long line mid-sentence."""
    starts, line_start = [], 0
    for m in _LINE_BREAKS.finditer(text):
        end = m.end()
        # a blank line decides alone: the line before it is not copied to be looked at
        if m.start(1) >= 0 or _ends_paragraph(text, line_start, m.start(), end):
            starts.append(end)
        line_start = end
    return starts


def _ends_paragraph(text: str, line_start: int, brk: int, nxt: int) -> bool:
    """Whether the single line break at `brk` ends the line from `line_start` as a paragraph,
    the next line starting at `nxt`."""
    prev = text[line_start:brk].rstrip()
    first = text[nxt : nxt + 1]
    return (
        not prev
        or prev[-1] in _LINE_END_MARKS
        or len(prev) < 60
        or first in '“"•*-'
        or first.isdigit()
    )


class _Span:
    """A quotation: [start, end) including its marks."""

    __slots__ = ("end", "para", "speaker", "start", "unclosed")

    def __init__(self, start: int, end: int, para: int, unclosed: bool) -> None:
        self.start, self.end, self.para, self.unclosed = start, end, para, unclosed
        self.speaker: str | None = None


def _quote_spans(text: str, paras: list[int]) -> list[_Span]:
    """Quotations, paired within a paragraph; one left open runs to the paragraph's end (the
    convention for a quote that goes on in the next paragraph)."""
    spans: list[_Span] = []
    open_at, open_para = -1, -1

    def para_end(p: int) -> int:
        return paras[p] if p < len(paras) else len(text)

    for pos in _quote_marks(text):
        ch = text[pos]
        para = bisect.bisect_right(paras, pos)
        if open_at >= 0 and para != open_para:
            spans.append(_Span(open_at, para_end(open_para), open_para, True))
            open_at = -1
        if (
            ch == "“"
            and open_at >= 0
            and (
                text[open_at] == "„"
                or (not text[pos - 1].isspace() and not text[pos + 1 : pos + 2].isalnum())
            )
        ):
            ch = "”"  # German „...“, or a “ that ends words ("feriti“,"): a closing mark
        if ch in _OPENERS or (ch == '"' and open_at < 0):
            if ch == '"' and pos and text[pos - 1].isdigit():
                continue  # inches: 5'10"
            if open_at < 0:
                open_at, open_para = pos, para
        elif open_at >= 0 and (ch in _CLOSERS or ch == '"'):
            spans.append(_Span(open_at, pos + 1, open_para, False))
            open_at = -1
    if open_at >= 0:
        spans.append(_Span(open_at, para_end(open_para), open_para, True))
    return spans
