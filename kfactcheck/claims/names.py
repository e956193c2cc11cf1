"""The names a document uses most: what story detection (stories.py) groups documents by.

Computed when a document is read and stored in the index with it (documents.names), so a
check groups a large corpus without reading every text again. This module is part of the
code the index fingerprints (an edit re-extracts); stories.py, which only groups, is not.
"""

from __future__ import annotations

import re
from collections import Counter

from kfactcheck.model import Document

NAMES = 8  # names kept per document
# A word of letters of any script ("Andalucía", "Rheinland-Pfalz"); capitals are checked in
# code. A name is a run of capitalised words joined by single spaces ("Hong Kong", "Civil
# Human Rights Front"), not at the start of a sentence or line: the character before its
# one space is neither a sentence end, an opening quote or bracket, nor a line break.
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_NOT_BEFORE = frozenset('.!?:“"‘(')
# a short line (at most TITLE_WORDS words) whose longer words are this capitalised is a
# headline in title case
TITLE_CASE = 0.75
TITLE_WORDS = 25
_COMMON = frozenset(
    """January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday The This That These Those
    There Their They He She It We You His Her Its Our But And Or If When While After Before
    Mr Mrs Ms Dr Prime Minister President Secretary General Chief Police Government
    Council Ministry Parliament Interior Foreign Finance Defence Defense State Authority
    Agency Office Department Court Reuters AP AFP Associated Press Image Read More Share
    Photo Credit English Updated Published Email""".split()
)


def document_names(doc: Document) -> list[str]:
    """The document's most used names, most frequent first; of names used as often, the
    one the text names first (a headline's names lead), never the alphabet's first."""
    stored = getattr(doc, "story_names", None)  # computed when the document was indexed
    if stored is not None:
        return list(stored)
    text = doc.kept_text() if doc.keep else doc.text
    counts: Counter[str] = Counter()  # a Counter keeps the order names first appear
    for line in text.splitlines():
        if _title_case(line):
            continue  # "More Than a Million March Over Extradition Plans": not names
        counts.update(_line_names(line))
    return [name for name, _ in counts.most_common(NAMES)]


def _line_names(line: str) -> list[str]:
    """The names of one line: runs of capitalised words, titles and common words at
    either end left out ("President Olsa Renk" -> "Olsa Renk", "The Haldar" -> "Haldar")."""
    out: list[str] = []
    run: list[str] = []
    prev_end = -1
    for m in _TOKEN.finditer(line):
        w, at = m.group(), m.start()
        cap = w[0].isupper()
        if cap and run and at == prev_end + 1 and line[prev_end] == " ":
            run.append(w)
        else:
            _flush(run, out)
            starts = at >= 2 and line[at - 1] == " " and line[at - 2] not in _NOT_BEFORE
            run = [w] if cap and starts and not line[at - 2].isspace() else []
        prev_end = m.end()
    _flush(run, out)
    return out


def _flush(run: list[str], out: list[str]) -> None:
    if run:
        run[-1] = _POSSESSIVE.sub("", run[-1])  # "Hong Kong's" is Hong Kong
    while run and run[0] in _COMMON:
        run.pop(0)
    while run and run[-1] in _COMMON:
        run.pop()
    if run and (len(run) > 1 or len(run[0]) >= 3):
        out.append(" ".join(run))


def _title_case(line: str) -> bool:
    words = _TOKEN.findall(line)
    if len(words) > TITLE_WORDS:
        return False
    long = [w for w in words if len(w) > 3]
    return len(long) >= 4 and sum(w[0].isupper() for w in long) >= TITLE_CASE * len(long)
