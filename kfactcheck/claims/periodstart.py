"""Dates that open a period a count runs over ("desde o último sábado", "depuis samedi",
"seit Samstag", "dal 16 maggio", "desde el sábado"): the count holds when the page (or
the report it quotes) gives it, not on the period's first day. English "since" is read
as a role by the date grammar (grammar/dateroles.py); this covers the words before the
date in the other languages, where the grammar leaves the date an event."""

from __future__ import annotations

import re

# the word that opens the period, then at most three articles or "last" words before
# the date ("desde o último", "depuis le", "seit dem vergangenen", "dal", "desde el
# pasado"); "da" (it) and "ab" (de) are left out: "by" and "from ... on" too
_PERIOD_START = re.compile(
    r"""(?i)\b(?:desde|depuis|seit|since|dal|dall['’]|dallo|dalla|dai|dalle|dagli)
        (?:\s+(?:o|a|os|as|el|la|los|las|le|les|l['’]|der|dem|den|the|último|última|
        ultimo|ultima|pasado|passado|passada|dernier|dernière|letzten|vergangenen|
        scorso|scorsa|last|this|este|esta|este|deste|desta))*\s*$""",
    re.X,
)


def opens_period(sentence: str, d) -> bool:
    """Whether the date mention `d` (its start and end in `sentence`) is the first day of
    a period its sentence's counts run over ("Dez mortos desde o sábado (27)")."""
    if d.role == "since":
        return True
    if _cued[0] is not sentence:  # looked for once a sentence: most have no such word
        _cued[:] = [sentence, _CUE.search(sentence) is not None]
    return _cued[1] and _PERIOD_START.search(sentence, max(0, d.start - 40), d.start) is not None


_cued: list = [None, False]
_CUE = re.compile(r"(?i)\b(?:desde|depuis|seit|since|dal|dall['’]|dallo|dalla|dai|dalle|dagli)\b")
