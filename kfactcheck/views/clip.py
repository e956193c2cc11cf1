"""What of a long quote a terminal shows: a window around the claim's own words.

A sentence of dense text can run to thousands of characters and hold a hundred figures;
printed whole for each of its claims, it buries the claims and costs most of the time of
`claims` on a terminal. A quote longer than LONGEST characters is shown as the claim's
words with up to REACH characters on each side (more on one side when the other has
less), cut where a word ends and marked with an ellipsis. The claim's own words are never
cut. Only the terminal views clip: JSON, CSV, Markdown and HTML keep the whole sentence.

    >>> clip_parts("a " * 200, "40 people", " died" + " b" * 200)[1]
    '40 people'
"""

from __future__ import annotations

import unicodedata

__all__ = ["ELLIPSIS", "LONGEST", "REACH", "clip_parts"]

ELLIPSIS = "…"
LONGEST = 240  # a quote of up to this many characters is shown whole
REACH = 80  # characters of context kept on each side of the claim's words, at least
# how far past its room a cut may move to find a word's edge: a side that is one long
# run with no space in reach (digits and commas, a script written without spaces) is cut
# at a mark between words, else where the room ends
_SEARCH = 40


def clip_parts(
    before: str, figure: str, after: str, longest: int = LONGEST, reach: int = REACH
) -> tuple[str, str, str]:
    """(before, figure, after) of a quote, each side clipped to a window around `figure`
    when the whole is longer than `longest` characters; `figure` is kept whole."""
    if len(before) + len(figure) + len(after) <= longest:
        return before, figure, after
    budget = max(2 * reach, longest - len(figure))
    # a side shorter than its share leaves the rest to the other side
    left = max(reach, budget - len(after))
    right = max(reach, budget - min(len(before), left))
    return _clip_left(before, left), figure, _clip_right(after, right)


def _clip_left(text: str, room: int) -> str:
    """The end of `text`: about `room` characters, starting at a word."""
    if len(text) <= room:
        return text
    cut = len(text) - room
    # forward first (less text), then back (a little more), to just after a space
    at = _space_after(text, cut, min(len(text), cut + _SEARCH))
    if at is None:
        at = _space_after(text, max(1, cut - _SEARCH), cut)
    if at is None:
        at = _mark_after(text, cut, min(len(text), cut + _SEARCH))
    if at is None:
        at = _grapheme_start(text, cut)
    kept = text[at:].lstrip()
    return f"{ELLIPSIS} {kept}" if kept else ELLIPSIS


def _clip_right(text: str, room: int) -> str:
    """The start of `text`: about `room` characters, ending at a word."""
    if len(text) <= room:
        return text
    # back first (less text), then forward (a little more), to a space
    at = _space_before(text, max(1, room - _SEARCH), room + 1)
    if at is None:
        at = _space_before(text, room + 1, min(len(text), room + _SEARCH))
    if at is None:
        at = _mark_before(text, max(1, room - _SEARCH), room + 1)
    if at is None:
        at = _grapheme_start(text, room)
    kept = text[:at].rstrip()
    return f"{kept} {ELLIPSIS}" if kept.strip() else f" {ELLIPSIS}"


def _space_after(text: str, lo: int, hi: int) -> int | None:
    """The first i in [lo, hi) where a word starts after white space (text[i - 1])."""
    for i in range(max(lo, 1), hi):
        if text[i - 1].isspace() and not text[i].isspace():
            return i
    return None


def _space_before(text: str, lo: int, hi: int) -> int | None:
    """The last i in [lo, hi) where white space (text[i]) follows a word."""
    for i in range(min(hi, len(text)) - 1, max(lo, 1) - 1, -1):
        if text[i].isspace() and not text[i - 1].isspace():
            return i
    return None


def _mark_after(text: str, lo: int, hi: int) -> int | None:
    """The first i in [lo, hi) just after a mark that is no part of a word ("1,2,3")."""
    for i in range(max(lo, 1), hi):
        if not _in_word(text[i - 1]) and _in_word(text[i]):
            return i
    return None


def _mark_before(text: str, lo: int, hi: int) -> int | None:
    """The last i in [lo, hi) where a mark that is no part of a word follows a word."""
    for i in range(min(hi, len(text)) - 1, max(lo, 1) - 1, -1):
        if not _in_word(text[i]) and _in_word(text[i - 1]):
            return i
    return None


def _in_word(c: str) -> bool:
    return c.isalnum() or c in "_-'’" or unicodedata.combining(c) > 0


def _grapheme_start(text: str, i: int) -> int:
    """i, moved on past combining marks: a letter keeps its accents."""
    while i < len(text) and unicodedata.combining(text[i]):
        i += 1
    return i
