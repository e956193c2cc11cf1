"""A list of places' bare figures, one "Label : figure" line each, under a sentence that
says what they count ("Le séisme a fait des victimes dans 5 provinces :" then ". Province de
Norvale : 694", ". Province de Kessby : 347"): each figure counts what the lead sentence
names (its first counted noun), in its place (places.bare_item reads the label).
"""

from __future__ import annotations

import re

from kfactcheck.grammar.vocab import noun_concept, vocab

# the figure's line up to it: a bullet, a label that opens with a capital, a colon
_LABEL = re.compile(r"\s*[.\-–—•*·]?\s*[A-ZÀ-ÝŠŽČĆĐ][^:\n\d]{0,60}:\s*$")
# a list line before it, at the end of the text: "\n. Province de Kessby : 347"
_LINE_BEFORE = re.compile(
    r"\n[ \t]*[.\-–—•*·]?[ \t]*[A-ZÀ-ÝŠŽČĆĐ][^:\n\d]{0,60}:[ \t]*\d[\d.,  ]*\s*$"
)
_BULLETS = " \t\n.-–—•*·"  # a bullet the sentence splitter left at the end of the text before
_WORD = re.compile(r"[^\W\d_]+")
_LIST_REACH = 600  # characters back to the lead: a handful of lines


def list_line(before: str, earlier: str, code: str) -> tuple[str, str] | None:
    """(family, unit) of a bare figure on a "Label :" line of such a list, `before` its line
    up to the figure, `earlier` the text before the line; None when the figure is no such
    list's or the lead sentence names nothing counted."""
    if not _LABEL.fullmatch(before):
        return None
    text = earlier[-_LIST_REACH:].rstrip(_BULLETS)
    while m := _LINE_BEFORE.search(text):  # the list's lines before this one
        text = text[: m.start()].rstrip(_BULLETS)
    if not text.endswith(":"):
        return None  # no lead sentence announces the list
    lead = text[:-1]
    # the lead sentence: after the end of the sentence before it, or of its line
    lead = lead[max(lead.rfind(". "), lead.rfind("\n"), lead.rfind("! "), lead.rfind("? ")) + 1 :]
    families = vocab().families
    for word in _WORD.findall(lead):
        family = noun_concept(word, code)
        if family in families:
            return family, families[family].unit
    return None
