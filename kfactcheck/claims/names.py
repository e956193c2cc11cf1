"""The names a document uses most: what story detection (stories.py) groups documents by.

Computed when a document is read and stored in the index with it (documents.names), so a
check groups a large corpus without reading every text again. This module is part of the
code the index fingerprints (an edit re-extracts); stories.py, which only groups, is not.
"""

from __future__ import annotations

import re
from collections import Counter

from kfactcheck.data import month_names, weekday_names
from kfactcheck.model import Document

NAMES = 8  # names kept per document
# A capitalised word not at the start of a sentence or line: the character before its one
# space is neither a sentence end, an opening quote or bracket, nor a line break.
_NAME = re.compile(r"(?<=[^\s.!?:“\"‘(] )[A-Z][a-zA-Z-]{2,}")
_COMMON = frozenset().union(
    month_names(),
    weekday_names(),
    """The This That These Those
    There Their They He She It We You His Her Its Our But And Or If When While After Before
    Mr Mrs Ms Dr Prime Minister President Secretary General Chief Police Government
    Council Ministry Parliament Interior Foreign Finance Defence Defense State Authority
    Agency Office Department Court Reuters AP AFP Associated Press Image Read More Share
    Photo Credit English Updated Published Email""".split(),
)


def document_names(doc: Document) -> list[str]:
    """The document's most used names, most frequent first (ties by name)."""
    stored = getattr(doc, "story_names", None)  # computed when the document was indexed
    if stored is not None:
        return list(stored)
    text = doc.kept_text() if doc.keep else doc.text
    counts = Counter(_NAME.findall(text))
    for word in _COMMON.intersection(counts):
        del counts[word]
    ranked = sorted((-n, name) for name, n in counts.items())
    return [name for _, name in ranked[:NAMES]]
