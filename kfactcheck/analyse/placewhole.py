"""Whether a place's figures are the story's whole count or a part of it: the story's home
place listed beside another place's figure, or given a figure well below the total on its
page (a part); a place whose every figure restates the story's total (the whole). subjects.py
asks these when it splits a quantity by place.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date

from kfactcheck.model import Claim


def listed_with_others(
    homes: set[str], members: Sequence[tuple[Claim, str, bool]], same: Mapping[str, str]
) -> bool:
    """Whether one sentence counts the quantity in the story's home place and in another
    place too ("37 dead in Lindora, 7 in Vessa and 12 in Castro"): then the home is one
    place among its siblings, whatever its level, and its figures are its own; the figures
    with no place stay the story's total."""
    if not homes:
        return False
    places: dict[tuple[str, int], set[str]] = defaultdict(set)
    for c, part, _ in members:
        if part:
            places[(c.document, c.sentence_start)].add(same.get(part, part))
    return any(len(p) > 1 and p & homes for p in places.values())


def places_of_whole(
    members: Sequence[tuple[Claim, str, bool]], same: Mapping[str, str], whole: set[str]
) -> set[str]:
    """The places where the story's whole count was counted ("el número de muertos por el
    huracán en Guerrero subió a 45", the state where every death occurred): a place no
    sentence lists beside another place's figure, each of whose figures another page gives
    as the story's total, with no place, of a day it may hold on. Then its figures are that
    total, not a part. A place whose figures are lower than the total's, or listed with
    others ("290 en X, 190 en Y"), stays a part."""
    totals = [(c.value, c.as_of, c.document) for c, part, _ in members if not part or part in whole]
    places: dict[str, list[Claim]] = defaultdict(list)
    for c, part, _ in members:
        if part and part not in whole and f"in {part}" in c.scope:
            places[same.get(part, part)].append(c)
    if not totals or not places:
        return set()  # most quantities: no place, or no total
    out: set[str] = set()
    for place, figures in places.items():
        if "+" in place:
            continue  # "en Illinois, Tennessee y Missouri": several places, never the whole
        restated = all(
            any(v == c.value and d != c.document and _may_hold(a, c.as_of) for v, a, d in totals)
            for c in figures
        )
        if restated and not listed_with_others({place}, members, same):
            out |= {part for part, canon in same.items() if canon == place}
    return out


def home_below_total(
    homes: set[str], members: Sequence[tuple[Claim, str, bool]], same: Mapping[str, str]
) -> bool:
    """Whether a page gives the story's home place a figure well below the story's total it
    gives with no place, of the same day ("Le séisme de Norvale a fait 2497 morts ... la
    province de Norvale a enregistré 1452 décès"): the place that names the event is then a
    part of its toll, not the toll. Two figures of one page and day, neither an earlier
    level; a home figure near the total (a rounding, a revision) says nothing."""
    if not homes:
        return False
    totals: dict[tuple[str, str], float] = {}
    for c, part, _ in members:
        if not part and len(c.as_of) == 10 and "earlier" not in c.terms and _number(c):
            key = (c.document, c.as_of)
            totals[key] = max(totals.get(key, 0), c.value)
    for c, part, home in members:
        top = totals.get((c.document, c.as_of))
        mine = home and same.get(part, part) in homes and "earlier" not in c.terms
        if top and mine and _number(c) and c.value <= _PART_SHARE * top:
            return True
    return False


# a place's figure at most this share of the total the same page gives on the same day is a
# part of it (a province's 1,452 of 2,497), not the total told again (2,490 of 2,497)
_PART_SHARE = 0.8


def _may_hold(a: str, b: str) -> bool:
    """Whether two as_of values may name one time: either unknown, one within the other
    ("2023-10" and "2023-10-30"), or two days at most two apart."""
    if not a or not b or a.startswith(b) or b.startswith(a):
        return True
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= 2
    except ValueError:  # a month and a day, or a day no calendar has
        return False


def _number(c: Claim) -> bool:
    return isinstance(c.value, (int, float)) and not isinstance(c.value, bool)
