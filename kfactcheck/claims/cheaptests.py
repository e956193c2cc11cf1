"""Cheap tests that tell a rule's answer before its costly pattern runs: each says when
the pattern's search could not change what the rule returns, from a few string calls in C
where the search would try the pattern at every character of a window. Each is checked
against the plain code in tests/claims/test_speed_round7.py."""

from __future__ import annotations

import re

from kfactcheck.grammar.vocab import lang_vocab, noun_concept

# a name word with no apostrophe (none ends an elision: "Val d'Arno"), and the capitals a
# name of places._ITEM_NAME starts with and the words that join its words
_PLAIN_NAME_WORD = re.compile(r"[A-ZÀ-ÝŠŽČĆĐ][\w-]*")
_NAME_CAPITAL = re.compile(r"[A-ZÀ-ÝŠŽČĆĐ]")
_NAME_LINKS = frozenset({"de", "del", "di", "della", "do", "dos", "da", "das", "du", "des"})


def lone_word_no_place(window: str, code: str, time_words: frozenset[str]) -> bool:
    """Whether every match of places._ITEM_NAME in `window` would name the window's last
    word alone, and that word is no place (a weekday or month of `time_words`, an article,
    a counted noun): then places.bare_item gives None without the search, which tries the
    pattern at each of 80 characters ("on Monday 5 people and on Tuesday 7"). The last word
    is the name's only one when it is a capital and word characters and the word before it
    holds no capital and is no linking word ("de", "da"): a name's words are capitalised
    words that white space (and a linking word) join, and its last ends the window."""
    words = window.rsplit(None, 2)
    if not words or not _PLAIN_NAME_WORD.fullmatch(last := words[-1]):
        return False
    if len(words) > 1 and (words[-2] in _NAME_LINKS or _NAME_CAPITAL.search(words[-2])):
        return False
    low = last.lower()
    if low in time_words or low in lang_vocab(code).articles:
        return True
    return noun_concept(last, code) is not None


def label_start(before: str, start: int) -> int | None:
    """Where a label's mark before a figure starts ("In hospital: ", "Mortes em
    investigação ("): the start of re.search(r"\\s*[:(]\\s*$", before, start), found from
    the text's end instead of trying the pattern at each character from `start`."""
    body = before.rstrip()
    mark = len(body) - 1
    if mark < start or body[mark] not in ":(":
        return None
    return max(start, len(body[:mark].rstrip()))


# The sentence whose figures are being read (figure.figure_claim says which), and what is
# known of it: [sentence, its lower case (None: not made yet; False: none made, for the
# sentence holds a "Σ"), {pattern: _ASKED once | whether its lower case holds a match}].
_reading: list = [None, None, {}]
_ASKED = object()
# a sentence shorter than this is not scanned whole for its figures: most sentences of
# ordinary text, whose one to three figures' windows cover about as much of it as the scan
LONG = 400


def reading(sentence: str) -> None:
    """The sentence the next figures' windows are cut from (figure.figure_claim)."""
    if _reading[0] is not sentence:
        _reading[:] = [sentence, None, {}]


def sentence_lacks(loose: re.Pattern, before: str, rest: str | None = None) -> bool:
    """Whether the sentence being read, lower-cased, holds no match of `loose` anywhere,
    where `before` is the sentence up to a figure and `rest` (when given) the sentence from
    some point after it: then no window cut from either, lower-cased, holds a match of any
    pattern whose matches `loose` matches too (the same phrases without their word-edge
    tests). A sentence is scanned once for all its figures, not once per figure and window
    ("on Monday 5 people and on Tuesday 7 people ...": a window of 90 or 200 characters
    every 20); a sentence of LONG characters or more, from its second figure on.

    Lower-casing a slice gives the slice of the sentence lower-cased, character for
    character, except for "Σ" (final or not by its neighbours): a sentence holding one is
    not scanned. False when `before` or `rest` is not cut from the sentence."""
    sentence = _reading[0]
    if sentence is None or len(sentence) < LONG or not sentence.startswith(before):
        return False
    if rest is not None and not sentence.endswith(rest):
        return False
    known = _reading[2].get(loose)
    if known is None:
        _reading[2][loose] = _ASKED  # the first figure: its own windows, as before
        return False
    if known is _ASKED:
        if _reading[1] is None:
            _reading[1] = "Σ" not in sentence and sentence.lower()
        if _reading[1] is False:
            return False
        known = _reading[2][loose] = loose.search(_reading[1]) is not None
    return not known


_ascii: list = [None, {}]  # a sentence, and {pattern: asked once (False) | (holds none,)}


def ascii_without(sentence: str, pattern: re.Pattern) -> bool:
    """Whether `sentence` is ASCII and its lower case holds no match of `pattern` (a literal
    trie): then no window of it does, lower-cased (opening._holds, which tries its
    pattern in a window of ASCII only when the window holds one of its words). For a
    sentence of LONG characters or more, from the second time it is asked about the same
    pattern: once for all the dates and figures of a sentence of many."""
    if len(sentence) < LONG:
        return False
    if _ascii[0] is not sentence:
        _ascii[:] = [sentence, {}]
    known = _ascii[1].get(pattern)
    if known is None:
        _ascii[1][pattern] = False
        return False
    if known is False:
        lacks = sentence.isascii() and pattern.search(sentence.lower()) is None
        known = _ascii[1][pattern] = (lacks,)
    return known[0]


_after: list = [None, None, {}]  # a sentence, a pattern, and {start: whether it matches}


def match_after(sentence: str, start: int, loose: re.Pattern) -> bool:
    """loose.search(sentence, start) is not None, once a start of a sentence of LONG
    characters or more (True for a shorter one, which is scanned as before): a pattern with
    no look-around or word edge, which then matches in the whole sentence wherever a
    stricter one matched in a stretch of it (opening._reach_ends: an opening date's reach
    was scanned to each figure after it, "“27 troops moved north,” he said on 1 September,
    “and 3,500 stayed, ..." in a sentence of a hundred figures)."""
    if len(sentence) < LONG:
        return True  # (a short sentence: the stretch itself is scanned, as before)
    if _after[0] is not sentence or _after[1] is not loose:
        _after[:] = [sentence, loose, {}]
    got = _after[2].get(start)
    if got is None:
        got = _after[2][start] = loose.search(sentence, start) is not None
    return got
