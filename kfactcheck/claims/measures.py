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
