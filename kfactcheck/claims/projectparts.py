"""The parts of a project a sum of money can be the cost of: "phase 1", "the first
section", "the northern leg", "erster Bauabschnitt", "première phase", "primera fase",
"prima fase". Such a sum is that part's (money:amount:for part), never the whole
project's cost (claims/sums.py money_purpose asks here, as for "the station alone")."""

from __future__ import annotations

import re

# the nouns of a numbered part of a building project, in every language read
_PART_NOUNS = (
    r"phase|stage|section|tranche|étape|bauabschnitt|abschnitt|bauphase|ausbaustufe|stufe"
    r"|fase|etapa|tramo|sección|tratto|lotto"
)
_ORDINALS = {
    "1": r"first|erste[rnsm]?|premi[eè]re?|primer[ao]?|prim[ao]",
    "2": r"second|zweite[rnsm]?|deuxième|seconde?|segund[ao]|second[ao]",
    "3": r"third|dritte[rnsm]?|troisième|tercer[ao]?|terz[ao]",
}
_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "i": "1", "ii": "2", "iii": "3"}
# "the first phase", "erster Bauabschnitt", "la première tranche", "la primera fase"
_ORDINAL_PART = re.compile(
    r"(?i)(?<!\w)(?:" + "|".join(f"(?P<o{n}>{w})" for n, w in _ORDINALS.items()) + r")\s+"
    r"(?:(?:construction|building|bau|de\s+construction)\s+)?(?:" + _PART_NOUNS + r")\b"
)
# "phase 1", "Phase 2b", "phase one", "Bauabschnitt II", "fase 1"
_NUMBERED_PART = re.compile(
    r"(?i)(?<!\w)(?:" + _PART_NOUNS + r")\s+(?P<num>\d{1,2}[a-c]?|one|two|three|iii|ii|i)\b"
)
# "the Tarn-Olvey leg", "its western leg": a stretch of a line, unnumbered
_LEG = re.compile(r"(?i)(?<!\w)[^\W\d_]{3,}\s+leg\b")
# a word of the whole after the part ("phase 1 ... and the whole line will cost"): the sum
# is the whole's again
_WHOLE_AFTER = re.compile(
    r"(?i)\b(?:whole|entire|total|overall|full|gesamte[nrs]?|insgesamt|entier|entière"
    r"|ensemble|totale?|complet|completa|entero|entera|intero|intera|complessiv[oa])\b"
)


def project_part(clause: str) -> str:
    """The part of a project the clause before a sum names ('part' for the first or an
    unnumbered leg, 'part 2b' for a later one),
    or '' when it names none or names the whole after the part."""
    best: tuple[int, str] | None = None
    for m in _ORDINAL_PART.finditer(clause):
        num = next(n for n in _ORDINALS if m[f"o{n}"])
        best = max(best or (-1, ""), (m.end(), f"part {num}"))
    for m in _NUMBERED_PART.finditer(clause):
        num = _NUMBER_WORDS.get(m["num"].lower(), m["num"].lower())
        best = max(best or (-1, ""), (m.end(), f"part {num}"))
    for m in _LEG.finditer(clause):
        best = max(best or (-1, ""), (m.end(), "part"))
    if best is None or _WHOLE_AFTER.search(clause[best[0] :]):
        return ""
    # the first part and an unnumbered stretch are one key: pages name the part a cost story
    # is about both ways ("phase 1" on one page, "the Tarn-Olvey leg" on the next)
    return "part" if best[1] == "part 1" else best[1]
