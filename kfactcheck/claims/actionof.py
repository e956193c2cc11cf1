"""A count of people as such that completes an action noun right before it, in every
language read but English: "l'interpellation de 47 individus", "la detención de 19
personas", "l'arresto di 14 persone" count the arrested, "l'évacuation de 300 personnes"
the evacuated. The noun's family (data/units.toml) names what the people are counted as.
"""

from __future__ import annotations

import re

from kfactcheck.grammar.vocab import PEOPLE, noun_concept, vocab

# the noun, then the word for "of" that joins it to the figure (no article between)
_NOUN_OF = re.compile(
    r"(?i)(?<![\w’'])(?:[^\W\d_]+['’])?([^\W\d_]{4,})\s+"
    r"(?:de|di|von|van|do|da|del|della|des|du|od)\s+$"
)


def action_of(before: str, code: str) -> str | None:
    """The family of people the noun right before "of" and the figure names, else None
    ("le nombre de ..." is a head noun, read elsewhere; a crowd noun is a gathering's size,
    which its own words say)."""
    m = _NOUN_OF.search(before[-60:])
    if m is None:
        return None
    family = noun_concept(m.group(1), code)
    if family in (None, PEOPLE, "people", "crowd"):
        return None
    spec = vocab().families.get(family.partition(":")[0])
    return family if spec is not None and spec.unit == "people" else None
