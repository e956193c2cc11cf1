"""Laying out the terminal views' lines: word wrapping with a hanging indent, no trailing
spaces, dates kept whole, printed through rich's public API only.

A view builds its output as `Line`s (a rich Text, the cells before its first line and the
cells before the lines it wraps onto) and hands them to `print_lines`. Without colour (piped,
NO_COLOR) the lines are joined as plain strings and printed as one segment, which is most of
what `check` on a large corpus costs; with colour each wrapped piece keeps its styles. Tables
and other rich renderables go through `print_tidy`, which drops the spaces rich pads them
with at the end of each line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.measure import Measurement
from rich.segment import Segment, Segments
from rich.text import Text

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
# A word with the spaces after it; a date as the views write it ("17 Aug 2022",
# "(Aug 2022):") is one word, so that it is never cut across two lines.
_WORD = re.compile(rf"(?:[^ \d]*(?:\d{{1,2}} )?{_MONTH} \d{{4}}[^ ]*|[^ ]+) *")
# Characters a terminal would act on or draw as nothing useful: C0 and C1 controls but the
# tab (expanded) and the line break (a new line), and DEL. Shown as U+FFFD.
_CONTROL = {c: "\ufffd" for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]}


@dataclass(slots=True)
class Line:
    """One logical line of a view: `text` printed after `indent` cells, the lines it wraps
    onto after `indent + hang` cells."""

    text: Text
    indent: int = 0
    hang: int = 0


def cuts(plain: str, width: int) -> list[int]:
    """Where to break `plain` (one line, no tabs) so that each piece fits in `width` cells:
    between words, a word longer than a line folded across lines. Rich's own wrapping but
    for two things: a date is one word, and spaces that overflow a line stay on it (to be
    dropped) rather than starting the next one."""
    breaks: list[int] = []
    used = len(plain) - len(plain.lstrip(" "))
    for m in _WORD.finditer(plain, used):
        start, token = m.start(), m.group()
        word = token.rstrip(" ")
        need = cell_len(word)
        if used + need <= width:
            used += need + len(token) - len(word)
            continue
        if used and need <= width:  # onto the next line
            breaks.append(start)
            used = need + len(token) - len(word)
            continue
        if used:  # too long for any line: from a new line on, folded cell by cell
            breaks.append(start)
            used = 0
        for i, ch in enumerate(word, start):
            cells = cell_len(ch)
            if used + cells > width and used:
                breaks.append(i)
                used = 0
            used += cells
        used += len(token) - len(word)
    return breaks


def wrap(plain: str, width: int) -> list[str]:
    """`plain` (one line) as lines of at most `width` cells, without trailing spaces."""
    bounds = [0, *cuts(plain, width), len(plain)]
    return [plain[a:b].rstrip(" ") for a, b in pairwise(bounds)]


def _pieces(text: Text, first: int, rest: int) -> Iterable[tuple[str, Text | None]]:
    """The text's lines wrapped to `first` cells, then `rest`: (plain, styled or None)."""
    plain = text.plain
    styled = bool(text.spans) or bool(text.style)
    if not plain.isprintable():
        plain = plain.translate(_CONTROL)
        if "\t" in plain:
            plain = plain.expandtabs(8)
        text = Text(plain, style=text.style, spans=text.spans) if styled else text
        if len(text.plain) != len(plain):  # tabs expanded: the styles no longer line up
            text, styled = Text(plain, style=text.style), bool(text.style)
    for n, (part_plain, part) in enumerate(_paragraphs(plain, text if styled else None)):
        room = first if n == 0 else rest
        bounds = [0, *_cuts_two(part_plain, room, rest), len(part_plain)]
        for a, b in pairwise(bounds):
            piece = part_plain[a:b].rstrip(" ")
            yield piece, (part[a : a + len(piece)] if part is not None else None)


def _paragraphs(plain: str, text: Text | None) -> Iterable[tuple[str, Text | None]]:
    if "\n" not in plain:
        yield plain, text
        return
    start = 0
    for para in plain.split("\n"):
        end = start + len(para)
        yield para, (text[start:end] if text is not None else None)
        start = end + 1


def _cuts_two(plain: str, first: int, rest: int) -> list[int]:
    """cuts() with a first line of `first` cells and the others of `rest`."""
    if first == rest or cell_len(plain) <= first:
        return cuts(plain, first)
    head = cuts(plain, first)
    if not head:
        return head
    # The first line as cuts() would end it; the remainder laid out at the other width.
    tail = [head[0] + i for i in cuts(plain[head[0] :], rest)]
    return [head[0], *tail]


def layout(lines: Iterable[Line], width: int) -> list[str]:
    """The lines as plain strings, wrapped to `width` cells."""
    out: list[str] = []
    for line in lines:
        pad = " " * line.indent
        plain = line.text.plain
        if plain.isprintable() and cell_len(plain) + line.indent <= width:
            out.append((pad + plain).rstrip(" "))  # the usual case: fits as it is
            continue
        more = pad + " " * line.hang
        first, rest = _room(width, line)
        for i, (piece, _) in enumerate(_pieces(line.text, first, rest)):
            out.append((pad if i == 0 else more) + piece if piece else "")
    return out


def layout_styled(lines: Iterable[Line], width: int) -> list[Text]:
    """The lines as styled Text, wrapped to `width` cells."""
    out: list[Text] = []
    for line in lines:
        first, rest = _room(width, line)
        for i, (piece, styled) in enumerate(_pieces(line.text, first, rest)):
            if not piece:
                out.append(Text())
                continue
            cells = line.indent + (line.hang if i else 0)
            out.append(Text(" " * cells) + (styled if styled is not None else Text(piece)))
    return out


def _room(width: int, line: Line) -> tuple[int, int]:
    """Cells for the first line and for the lines wrapped onto (at least 8 each)."""
    first = max(8, width - line.indent)
    return first, max(8, width - line.indent - line.hang)


class Quote(Text):
    """A quote's Text: laid out once per sentence, not once per claim.

    Every claim of a sentence up to views/clip.LONGEST characters shows the whole sentence,
    its own figure highlighted (a longer one, a window around the claim's words, which
    differs from claim to claim). The measure depends on the characters only, so it is kept
    per quote text; so is the rendering on a console that prints no styles (where the
    highlight shows nothing and the claims of a sentence draw the same segments' text). A
    console that draws styles, or records them, renders each quote as rich does.
    """

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        plain = self.plain
        cached = _MEASURES.get(plain)
        if cached is None:
            if len(_MEASURES) >= _KEEP:
                _MEASURES.clear()
            cached = _MEASURES[plain] = super().__rich_measure__(console, options)
        return cached

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if not plain_console(console) or console.record:
            yield from super().__rich_console__(console, options)
            return
        key = (
            self.plain,
            str(self.justify or options.justify),
            str(self.overflow or options.overflow),
            self.no_wrap,
            options.no_wrap,
            options.max_width,
            self.tab_size or console.tab_size,
            self.end,
        )
        cached = _RENDERED.get(key)
        if cached is None:
            if len(_RENDERED) >= _KEEP:
                _RENDERED.clear()
            bare = Text(
                self.plain,
                justify=self.justify,
                overflow=self.overflow,
                no_wrap=self.no_wrap,
                end=self.end,
                tab_size=self.tab_size,
            )
            cached = _RENDERED[key] = list(bare.__rich_console__(console, options))
        yield from cached


# the last sentences' measures and renderings (claims come in document order: a sentence's
# claims follow one another), dropped all at once when full
_KEEP = 256
_MEASURES: dict[str, Measurement] = {}
_RENDERED: dict[tuple, list[Segment]] = {}


def plain_console(console: Console) -> bool:
    """Whether the console prints no styles (piped, NO_COLOR, color_system=None)."""
    return console.color_system is None


def print_lines(console: Console, lines: Sequence[Line]) -> None:
    """Print laid-out lines: as plain text when the console has no colour, else styled."""
    if not lines:
        return
    if plain_console(console):
        print_plain(console, layout(lines, console.width))
        return
    styled = layout_styled(lines, console.width)
    console.print(Text("\n").join(styled), no_wrap=True, overflow="ignore", crop=False)


def print_plain(console: Console, lines: Sequence[str]) -> None:
    """Print lines already laid out, as they are: one segment through the console, so that
    capture, recording and quiet work and nothing is measured again."""
    if lines:
        console.print(Segments([Segment("\n".join(lines) + "\n")]), crop=False, end="")


def print_tidy(console: Console, renderable: RenderableType) -> None:
    """console.print(renderable) without the spaces rich pads each line with at its end."""
    rendered = console.render_lines(renderable, pad=False, new_lines=False)
    drawn = not plain_console(console)
    out: list[Segment] = []
    for segments in rendered:
        out.extend(_rstrip(segments, drawn))
        out.append(Segment.line())
    console.print(Segments(out), crop=False, end="")


def _rstrip(segments: list[Segment], drawn: bool) -> list[Segment]:
    """A rendered line without its trailing spaces; when styles are `drawn`, spaces with a
    background or in reverse video show, and stay."""
    line = list(segments)
    while line:
        text, style, control = line[-1]
        if control is not None:
            break
        if drawn and style is not None and (style.bgcolor or style.reverse):
            break
        kept = text.rstrip(" ")
        if kept:
            line[-1] = Segment(kept, style)
            break
        line.pop()
    return line
