"""A total that a sentence splits by day: "34 victims were buried (one on Wednesday, 17 on
Thursday and 16 today)". The figures of one day each are that day's increment, not the
running total as of that day, so they carry the kind "<family>:one day" and never meet the
total (or a later total) in a finding. Days are whatever the date grammar reads as a day
(weekdays, "today", "hier", "heute", a date), in every language it reads."""

from __future__ import annotations

import re

from kfactcheck.model import Claim

ONE_DAY = "one day"
_NOT_COUNTS = frozenset({"date", "year", "years", "percent", "currency"})
# from the total to the bracket or colon that opens its split: words, no figure, no stop
_OPENS = re.compile(r"[^.;!?()\[\]:\d]{0,80}?[(:]")
# between a part and its day: at most one short word ("na", "on", "le", "am", "el")
_TO_DAY = re.compile(r"\s*(?:[^\W\d]{1,3}\s+)?")
_ROUNDING = 0.01


def days_of_whole(claims: list[Claim], sentence: str, base: int, dates) -> None:
    """Give the figures of `claims` (one sentence's, in text order; `base` the sentence's
    offset in its document) that split an earlier figure of theirs by day the kind
    "<family>:one day": two or more figures, each followed by its day, in a bracket or
    after a colon right after that figure, adding up to no more than it."""
    if len(claims) < 3 or not dates:
        return
    counts = [c for c in claims if c.unit not in _NOT_COUNTS and isinstance(c.value, int | float)]
    for i, whole in enumerate(counts):
        m = _OPENS.match(sentence, whole.end - base)
        if m is None:
            continue
        opened = m.end()
        if m.group().endswith("("):
            close = sentence.find(")", opened)
            close = len(sentence) if close < 0 else close
        else:
            close = len(sentence)
        parts = [
            c for c in counts[i + 1 :] if opened <= c.start - base < close and c.unit == whole.unit
        ]
        dayed = [p for p in parts if _day_follows(sentence, p.start - base, p.end - base, dates)]
        high = whole.high if isinstance(whole.high, int | float) else whole.value
        if len(dayed) < 2 or sum(p.value for p in parts) > high * (1 + _ROUNDING):
            continue
        for p in dayed:
            if p.terms and not p.terms[0].endswith(":" + ONE_DAY):
                p.terms = (f"{p.terms[0]}:{ONE_DAY}", *p.terms[1:])
        return


def _day_follows(sentence: str, start: int, end: int, dates) -> bool:
    """A day the date grammar read starts right after the figure at `start`..`end`, past
    one short word, or within the figure's words ("23 aujourd'hui" read as one)."""
    gap = _TO_DAY.match(sentence, end)
    at = gap.end() if gap else end
    return any(start < d.start <= at for d in dates)
