"""A figure that names something ("route 9", "the number 14 bus", "Estrada Nacional 12",
"L'Acte 4") rather than counting it: the label word before it, from units.toml [noise]
label_before. Used by claims/counted.py.
"""

from __future__ import annotations

import re

_ELIDED = re.compile(r"^(?:l|d|dell|dall|all|nell|sull)['’]")


def labelled(prev: list[str], labels: frozenset[str] | set[str]) -> bool:
    """The word before the figure is a label ("route 9"), or heads the capitalised name
    that ends there ("Route Nationale 7", "Estrada Nacional 12", "Strada Statale 4"): the
    name's other words are names too, so the label can stand two words back."""
    if not prev:
        return False
    # "L'Acte 4": the label after an elided article
    if prev[-1].lower() in labels or _ELIDED.sub("", prev[-1].lower()) in labels:
        return True
    if not prev[-1][0].isupper():
        return False
    for word in reversed(prev[-3:-1]):
        if not word[0].isupper():
            return False
        if word.lower() in labels:
            return True
    return False
