"""The names a document uses most: what story detection (stories.py) groups documents by.
A one-word name the document also writes in lower case as a word of its text ("i Comuni
... i comuni romagnoli") is a common noun capitalised by style, not a name (not in the
languages that capitalise every noun, where nothing is written so).

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
# A name is a run of capitalised words joined by single spaces ("Hong Kong", "Civil Human
# Rights Front", "Ostmark-Süd", "Lleída"), not at the start of a sentence or line: the
# character before its one space is neither a sentence end, an opening quote or bracket,
# nor a line break. Capitals of the Latin, Greek and Cyrillic scripts, as one class.
_UPPER = "".join(c for c in map(chr, range(0x530)) if c.isupper() and c.isalpha())
_WORD = rf"[{_UPPER}][^\W\d_]*(?:['’-][^\W\d_]+)*"
# (the space before a run is matched and the character before it tested in code: a
# lookbehind would be tried at every position of the text)
_RUN = re.compile(rf" ({_WORD}(?: {_WORD})*)")
_NOT_BEFORE = frozenset(' \t\r\n\f\v.!?:“"‘(')
_POSSESSIVE = re.compile(r"['’]s$")
# a short line (at most TITLE_WORDS words) whose longer words are this capitalised is a
# headline in title case
TITLE_CASE = 0.75
TITLE_WORDS = 25
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


# Languages that capitalise every noun: there a one-word name that is common in the
# language (a Zipf frequency in wordfreq's list of at least COMMON_ZIPF, where "Menschen"
# is 5.9, "Zahl" 5.1 and "Toten" 4.6, while a small town's name is far lower) is most
# likely a common noun, and does not name a story (stories.py)
NOUNS_CAPITALISED = frozenset({"de", "lb"})
COMMON_ZIPF = 4.5


def common_noun(name: str, lang: str | None) -> bool:
    """Whether a one-word name in a language that capitalises every noun is a common word
    of that language ("Menschen", "Polizei"), not a place's or organisation's name."""
    if lang not in NOUNS_CAPITALISED or " " in name:
        return False
    from wordfreq import zipf_frequency  # 0.2 s to import: only for such languages

    return zipf_frequency(name.lower(), lang, wordlist="small") >= COMMON_ZIPF


def document_names(doc: Document) -> list[str]:
    """The document's most used names, most frequent first; of names used as often, the
    one the text names first (a headline's names lead), never the alphabet's first."""
    stored = getattr(doc, "story_names", None)  # computed when the document was indexed
    if stored is not None:
        return list(stored)
    text = doc.kept_text() if doc.keep else doc.text
    counts: Counter[str] = Counter()  # a Counter keeps the order names first appear
    for line in text.splitlines():
        if line.count(" ") < TITLE_WORDS and _title_case(line):
            continue  # "More Than Ten Thousand March Against Runway Plans": not names
        for m in _RUN.finditer(line):
            at = m.start()
            if at == 0 or line[at - 1] in _NOT_BEFORE:
                continue
            name = _trim(m.group(1).split(" "))
            if name:
                counts[name] += 1
    names = []
    for name, _ in counts.most_common():
        if " " not in name and doc.lang not in NOUNS_CAPITALISED and _written_lower(text, name):
            continue  # "i Comuni ... comuni romagnoli": a common noun, capitalised
        names.append(name)
        if len(names) == NAMES:
            break
    return names


_AFTER_WORD = frozenset(" \t\r\n,;:!?)”»")


def _written_lower(text: str, name: str) -> bool:
    """Whether the text also writes the name in lower case as a word of running text:
    after a space, before a space, punctuation or a sentence's end (not as a part of an
    address, "press@harlow.example", "harlow.example/news"). str.find, not a regular
    expression over the text: a few names are looked up per document."""
    low = " " + name.lower()
    end = len(text)
    i = text.find(low)
    while i >= 0:
        j = i + len(low)
        if j == end or text[j] in _AFTER_WORD:
            return True
        if text[j] == "." and (j + 1 == end or not text[j + 1].isalnum()):
            return True
        i = text.find(low, j)
    return False


def _trim(run: list[str]) -> str:
    """A run's name: titles and common words at either end left out ("President Olsa
    Renk" -> "Olsa Renk", "The Haldar" -> "Haldar"), a possessive dropped ("Hong Kong's");
    "" when nothing, or one word under three letters, is left."""
    run[-1] = _POSSESSIVE.sub("", run[-1])
    while run and run[0] in _COMMON:
        run.pop(0)
    while run and run[-1] in _COMMON:
        run.pop()
    if not run or (len(run) == 1 and len(run[0]) < 3):
        return ""
    return " ".join(run)


def _title_case(line: str) -> bool:
    long = [w for w in line.split() if len(w) > 3]
    return len(long) >= 4 and sum(w[0].isupper() for w in long) >= TITLE_CASE * len(long)
