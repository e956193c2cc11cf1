"""Running counts of another, earlier event that a story names for comparison: a count
dated two years or more before its page ("a flood that killed 47 people in 1971", "Le 3
avril 1998, un séisme ... faisant 312 morts"), a count whose own clause tells of an event
named with its year after it ("the 72 people who died in a 2015 fire"), and a count
in a "where" clause of such an event ("the 2015 Kessby fire that razed the town of X,
where no fewer than 72 died"). The count is that event's (scope "event YEAR", as of that
year), never the story's. A year right before the figure is dated.past_event's.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from kfactcheck.claims.dated import EVENT_CLAUSE
from kfactcheck.grammar.vocab import vocab
from kfactcheck.model import Claim


def other_event(
    claim: Claim, sentence: str, dates, start: int, end: int, ref: date | None, shown: str = ""
) -> None:
    """Give a running count of an earlier event its year as scope and as_of (see the
    module). `start`, `end`: the figure's words in `sentence`; `ref`: the page's day, else
    `shown`, the month or year an undated page shows; with neither, any year with its
    event is another event's, as dated.past_event reads a year before the figure."""
    if any(s.startswith("event ") for s in claim.scope):
        return
    now = ref.year if ref else int(shown[:4]) if shown[:4].isdigit() else None
    held = claim.as_of[:4]
    if now and held.isdigit() and int(held) <= now - 2:
        # "killed 47 people in 1971", "Le 3 avril 1998, un séisme ... faisant 312 morts"
        claim.scope = (*claim.scope, f"event {held}")
        return
    for d in dates:
        if d.kind != "year" or not d.value[:4].isdigit():
            continue
        if now and int(d.value[:4]) > now - 2:
            continue
        if d.start >= end:
            # "the 72 people who died in a 2015 fire": the count's own clause tells
            # of that event (not "89, more than the 2018 fire": a comparison)
            between = sentence[end : d.start]
            hit = len(between) <= _REACH_AFTER and not _APART.search(between)
            hit = hit and (_event_at(sentence, d) or _event_before(sentence, start))
        elif d.end <= start:
            # "the 2015 Kessby fire that razed the town, where no fewer than 72 died"
            between = sentence[d.end : start]
            hit = len(between) <= _REACH_WHERE and EVENT_CLAUSE.search(between) is not None
            hit = hit and not _STOP.search(between) and _event_noun_after(sentence, d)
        else:
            continue
        if hit:
            claim.scope = (*claim.scope, f"event {d.value[:4]}")
            claim.as_of = d.value[:4]
            return


_REACH_AFTER = 60
_REACH_WHERE = 160
_STOP = re.compile(r"[;!?]|\.\s")
# what parts a count from the event after it: a clause mark, or a comparison ("89, more than
# the 2018 fire", "surpassing the 2018 fire", "the deadliest since the 2018 fire")
_APART = re.compile(
    r"(?i)[,;:!?()]|\.\s|\b(?:than|more|surpass\w*|exceed\w*|since|compared|top\w*|worse|beyond"
    r"|más|supera\w*|superó|desde|dépass\w*|plus|depuis|übertr\w*|mehr|seit|più|ultrapass\w*"
    r"|mais|oltre|sopra)\b"
)


def _event_at(sentence: str, d) -> bool:
    """Whether an event noun stands right after the year ("a 2018 fire") or right before it
    ("el incendio de 2018", "le séisme de 2004", "das Beben von 2004")."""
    if _event_noun_after(sentence, d):
        return True
    before = sentence[max(0, d.start - 30) : d.start]
    return _noun_before().search(before) is not None


def _event_before(sentence: str, start: int) -> bool:
    """Whether the figure's clause opens on an event that it tells the count of, right
    before it ("a flood that killed 47 people in 1971")."""
    before = sentence[max(0, start - _REACH_AFTER) : start]
    found = None
    for found in _noun_anywhere().finditer(before):  # noqa: B007 - the loop keeps the last
        pass
    return found is not None and not _APART.search(before, found.end())


@cache
def _noun_anywhere() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<!\w)(?:{_nouns()})(?!\w)")


def _event_noun_after(sentence: str, d) -> bool:
    return _noun_after().match(sentence, d.end) is not None


@cache
def _nouns() -> str:
    words = sorted(vocab().raw["scope"].get("event_nouns", []), key=len, reverse=True)
    return "|".join(map(re.escape, words))


@cache
def _noun_after() -> re.Pattern[str]:
    # "2015 Kessby fire": up to two capitalised words of its name between
    return re.compile(rf"\s+(?:[A-ZÀ-Ý][\w-]*\s+){{0,2}}(?i:{_nouns()})(?!\w)")


@cache
def _noun_before() -> re.Pattern[str]:
    return re.compile(
        rf"(?i)(?<!\w)(?:{_nouns()})\s+(?:(?:de|del|of|von|du|di|do|da|en|in|im|du)\s+)?$"
    )


def previous_event(claim: Claim, sentence: str, start: int, end: int) -> None:
    """Give a figure its scope "event previous" when its sentence names the previous event
    of a series right around it (data/earlier.toml [previous_event]): before it with no
    clause mark or other figure between ("lors de la précédente mobilisation où 103
    personnes ont été arrêtées"), or right after it and its noun ("103 arrests at the
    previous march"; not "120, more than at the previous march": a comparison)."""
    if any(s.startswith("event ") for s in claim.scope):
        return
    pattern = _previous()
    for m in pattern.finditer(sentence, max(0, start - _REACH_PREVIOUS), start):
        if m.end() <= start and not _SET_OFF.search(sentence, m.end(), start):
            claim.scope = (*claim.scope, "event previous")
            return
    m = pattern.search(sentence, end, min(len(sentence), end + _REACH_AFTER))
    if m is not None and not _APART.search(sentence[end : m.start()]):
        claim.scope = (*claim.scope, "event previous")


_REACH_PREVIOUS = 100
_SET_OFF = re.compile(r"[,;:!?()]|\.\s|\d")


@cache
def _previous() -> re.Pattern[str]:
    from kfactcheck import data

    table = data.load("earlier").get("previous_event", {})
    words = [w for ws in table.values() for w in ws]
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)
