"""What reaches a terminal: no control character taken from the data.

Article text, titles, outlets, speakers and file names come from anyone; an escape sequence
among them (ESC ] 0 ; title BEL sets a window title, ESC [ 2 J clears the screen, and some
terminals act on worse) must not reach a terminal as it is, on stdout or stderr, on a
terminal or piped to one later. Tab and line break stay; every other C0 character, DEL and
the C1 range go. rich measures them as zero width, so dropping them keeps its layout.

    console = safe_console(stderr=True)    # rich's own colours and cursor moves still work
    out = SafeWriter(sys.stdout)           # plain text: Markdown, CSV (keeps CRLF), HTML
    print(clean(message), file=sys.stderr)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TextIO

from rich.console import Console
from rich.segment import Segment

__all__ = ["SafeWriter", "clean", "safe_console"]

# C0 but tab and line feed, DEL, C1; a carriage return only before a line feed (CSV rows
# end in CRLF) or at the end of a piece written (its line feed may come in the next write)
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n|\Z)")
_UNSAFE_IN_LINE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # a carriage return too


def clean(text: str) -> str:
    """`text` without control characters but tab and line feed."""
    return _UNSAFE_IN_LINE.sub("", text) if _UNSAFE_IN_LINE.search(text) else text


class _SafeConsole(Console):
    """A rich Console that drops control characters from the text it prints (not from its
    own control codes: colours, cursor moves, a progress bar's redraws)."""

    def _render_buffer(self, buffer: Iterable[Segment]) -> str:
        return super()._render_buffer(_clean_segments(buffer))


def _clean_segments(buffer: Iterable[Segment]) -> Iterator[Segment]:
    search = _UNSAFE_IN_LINE.search
    for segment in buffer:
        if segment.control is None and search(segment.text):
            yield Segment(clean(segment.text), segment.style)
        else:
            yield segment


def safe_console(**kwargs) -> Console:
    """rich.console.Console(**kwargs), printing no control character of the data."""
    return _SafeConsole(**kwargs)


class SafeWriter:
    """A text stream that writes to `out` what it is given, control characters dropped."""

    def __init__(self, out: TextIO) -> None:
        self._out = out

    def write(self, text: str) -> int:
        self._out.write(_UNSAFE.sub("", text) if _UNSAFE.search(text) else text)
        return len(text)

    def __getattr__(self, name: str):
        return getattr(self._out, name)  # flush, fileno, encoding, isatty, ...
