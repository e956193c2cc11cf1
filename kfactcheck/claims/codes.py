"""Whether a bare figure is a number to call or a service named by its number, not a
count: "i medici del 112", "llamaron al 112", "call 911", "les pompiers du 18".

A count written with an article takes a plural one in the Romance languages ("i 43
morti", "los 12 heridos", "les 300 manifestants"), so a singular article right before a
bare whole figure with no counted noun after it names something ("i volontari del 112 e
i vigili"); in English the verb of calling says so. Shares, sums and days are read before
this and never reach it. Also a figure inside a name ("Nordkreuz 21", "Orbiter 7").
"""

from __future__ import annotations

import re

from kfactcheck.model import Quantity

# the singular articles (alone or joined to a preposition) right before the figure
_SINGULAR = {
    "it": r"il|del|al|dal|nel|sul|col",
    "es": r"el|del|al",
    "pt": r"o|do|ao|pelo",
    "fr": r"le|du|au",
}
_ARTICLE = {
    code: re.compile(rf"(?i)(?<![\w'’])(?:{words})\s+$") for code, words in _SINGULAR.items()
}
# "call 911", "dialled 999", "phone 112": the verb of calling before the number
_CALL = re.compile(r"(?i)\b(?:call(?:ed|ing|s)?|dial(?:l?ed|l?ing|s)?|phon(?:e|ed|ing))\s+$")
# what may follow a service's number: an end, a conjunction, a preposition or a verb, never
# the counted noun (checked by the caller)
_NO_NOUN = re.compile(r"(?i)\s*(?:$|[,.;:)]|(?:e|ed|y|et|and|o|ou|or)\s)")


def service_number(before: str, after: str, q: Quantity, code: str) -> bool:
    """Whether the bare figure `q` between `before` and `after` is a number to call or a
    service named by its number."""
    if q.spelled or q.unit or q.qualifier != "exact" or q.value < 2 or q.value != int(q.value):
        return False
    if not q.text.isdigit() or len(q.text) > 4:
        return False  # "del 1.200": a count's digits; a phone number is read elsewhere
    if code == "en":
        return _CALL.search(before[-12:]) is not None
    article = _ARTICLE.get(code)
    return article is not None and bool(article.search(before[-8:])) and bool(_NO_NOUN.match(after))


# a capitalised word right before a figure, one space between
_CAPITAL_BEFORE = re.compile(r"(?<![\w-])[A-ZÀ-Ý][\w-]*[a-zà-ÿ] $")


def name_number(before: str, q: Quantity) -> bool:
    """A small bare figure right after a capitalised word ("Nordkreuz 21", "Windows 11")
    is part of a name; a sum that small would carry its unit."""
    plain = q.qualifier == "exact" and not q.spelled and q.value < 1000
    return plain and q.value == int(q.value) and _CAPITAL_BEFORE.search(before[-40:]) is not None


def in_name(before: str, q: Quantity) -> bool:
    """name_number, when the capitalised word is inside the sentence ("bei Nordkreuz 21
    Aufträge"), not its first word ("The 15-story tower", "Em 24 horas")."""
    if not name_number(before, q):
        return False
    head = before.rstrip()[:-1].rstrip()  # (the capitalised word's last letter is dropped)
    head = head[: len(head) - len(head.split()[-1])] if head.split() else ""
    return bool(head.strip()) and head.rstrip()[-1:] not in '.!?:;"“«'
