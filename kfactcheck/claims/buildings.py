"""What happened to the buildings a figure counts, in every language read: destroyed
(families.destroyed), damaged ("2,200 structures were damaged or destroyed", "viviendas
dañadas") or affected ("some 2,600 are touched by smoke", "184 mil viviendas
afectadas": the homes touched in any way, the plain "homes"). Three quantities: the homes
destroyed never meet the homes affected in a finding. The words are data (data/units.toml
[building_states], families.destroyed; fallen-in buildings are destroyed ones).
"""

from __future__ import annotations

import re
from functools import cache

from kfactcheck.grammar.vocab import cue_pattern, language_code, vocab

DAMAGED = "homes:damaged"

# the figure's own words: after it up to a stop, a comma or the next figure; before it
# back to a comma, a stop or a figure
_AFTER_END = re.compile(r"[.,;:!?()\[\]]|\s\d")
_BEFORE_START = re.compile(r"[.,;:!?()\[\]]|\d")
_REACH = 80


def _alternation(phrases) -> re.Pattern[str]:
    ordered = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    if not ordered:
        return re.compile(r"(?!x)x")
    return re.compile("(?i)(?:" + "|".join(cue_pattern(p).pattern for p in ordered) + ")")


@cache
def _states(code: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(damaged, destroyed, affected) of one language."""
    raw = vocab().raw
    own = raw["building_states"].get(code, {})
    spec = raw["families"]["destroyed"]
    destroyed = spec.get("verbs", ()) if code == "en" else spec.get(code, {}).get("verbs", ())
    # fallen in is destroyed, but only of buildings: not a clause word of the family
    # ("12 died when the roof collapsed" counts deaths)
    destroyed = (*destroyed, *own.get("collapsed", ()))
    return (
        _alternation(own.get("damaged", ())),
        _alternation(destroyed),
        _alternation(own.get("affected", ())),
    )


def building_state(before: str, after: str, end: int, family: str, lang: str | None) -> str:
    """`family` (homes, or destroyed) as what happened to the buildings its figure's own
    words tell: "homes:damaged" when they are damaged (also "damaged or destroyed"),
    "destroyed" when destroyed, "homes" (all those touched) when affected; else
    unchanged."""
    if family not in ("homes", "destroyed", DAMAGED):
        return family
    code = language_code(lang)
    rest = after[end : end + _REACH]
    cut = _AFTER_END.search(rest)
    own = rest[: cut.start() if cut else len(rest)]
    back = before[-_REACH:]
    start = None
    for start in _BEFORE_START.finditer(back):  # noqa: B007 - the loop keeps the last
        pass
    own = back[start.end() if start else 0 :] + " " + own
    damaged, destroyed, affected = _states(code)
    if damaged.search(own):
        return DAMAGED
    if destroyed.search(own):
        return "destroyed"
    if affected.search(own):
        # the homes a disaster touched in any way: the count a story gives with no word
        # of damage ("daños en 220 mil viviendas" is the same count as "273 mil afectadas")
        return "homes"
    return family  # (a list's next figure keeps what its first one's words said)
