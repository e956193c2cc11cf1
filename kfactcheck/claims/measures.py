"""Whether a figure is a reading on a scale, not a count: "a magnitude 6.3 quake",
"measured 6.3", "un séisme de 6,2 degrés", "categoría 5": the scale word before it (or a
degree word after it) in every language read.
"""

from __future__ import annotations

import re

from kfactcheck.claims.counted import WORD

_MEASURES = (
    "magnitude",
    "category",
    "level",
    "grade",
    "force",
    "scale",
    "measured",
    "registered",
    "rated",
    "rating",
    "index",
)


# the other languages' words for a reading on a scale, as the English one they mean
_MEASURES_OTHER = {
    "magnitud": "magnitude",
    "magnitudo": "magnitude",
    "magnitude": "magnitude",
    "stärke": "magnitude",
    "richter": "magnitude",
    "categoría": "category",
    "categoria": "category",
    "catégorie": "category",
    "kategorie": "category",
    "escala": "scale",
    "échelle": "scale",
    "scala": "scale",
}
# "un sismo de 6,4 grados", "un séisme de 6,2 degrés": a reading, whatever comes before
_DEGREES_AFTER = re.compile(r"(?i)\s+(?:grados|graus|gradi|degrés|grad)")


def measure_before(before: str, after: str = "") -> str | None:
    """The scale a figure is read on (the English word for it), from the word right
    before it or a degree word after it; None for a count. (Moved out of counted.py.)"""
    words = WORD.findall(before[-24:])
    if not words:
        return None
    w = words[-1].lower()
    if w in _MEASURES:
        return "magnitude" if w in ("measured", "registered") else w
    if w in _MEASURES_OTHER:
        return _MEASURES_OTHER[w]
    if after and _DEGREES_AFTER.match(after):
        return "magnitude"
    return None


# words for an earthquake in the languages read: a figure of one decimal next to one of them
# is the quake's magnitude ("the 7.8 quake", "un sismo de 7,4", "ein 7,8-Beben")
_QUAKES = (
    r"(?:earth)?quakes?|tremors?|aftershocks?|temblor(?:es)?|sismos?|seísmos?|terremotos?"
    r"|séismes?|tremblements?|(?:erd|nach)?beben|erdstoß|sisma|scossa|abalos?|terramotos?"
    r"|(?:aard)?beving(?:en)?|potres(?:i)?"
)
_QUAKE_AFTER = re.compile(rf"(?i)^[\s-]*(?:magnitude\s+)?(?:{_QUAKES})(?!\w)")
_QUAKE_BEFORE = re.compile(
    rf"(?i)(?<!\w)(?:{_QUAKES})\s+(?:de|of|von|di|do|da|van|mit|od|with)\s+(?:(?:um|una|un|a)\s+)?$"
)
_ONE_DECIMAL = re.compile(r"\d[.,]\d$")


def quake_reading(before: str, after: str, text: str) -> str | None:
    """'magnitude' for a figure of one decimal between 2 and 10 written right next to a
    word for an earthquake (`text` is the figure as written); None otherwise."""
    if not _ONE_DECIMAL.search(text):
        return None
    if _QUAKE_AFTER.match(after) or _QUAKE_BEFORE.search(before[-40:]):
        return "magnitude"
    return None
