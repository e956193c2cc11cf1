"""Which prices a sum of money is given in, when its clause says they are today's.

"£80bn at current prices", "adjusted for inflation ... £67bn", "in today's money", "à prix
courants", "inflationsbereinigt", "a precios corrientes": the same estimate re-based to the
prices of the day is another figure than the one in a fixed base year ("£66bn in 2019
prices"), so it is another quantity (money.py's extra 'current prices'). A base year alone
is left alone: most figures of a story leave their base unsaid and share it, and a year
base is no date either (grammar/dates.py reads "in 2019 prices" as no date).
"""

from __future__ import annotations

import re

_CURRENT = re.compile(
    r"(?i)(?<!\w)(?:(?:at|in)\s+(?:current|today['’]s|present-day|nominal|outturn)\s+"
    r"(?:prices|money|terms|values)|(?:adjusted|allowing)\s+for\s+inflation|inflation-adjusted"
    r"|(?:à|aux)\s+prix\s+courants|en\s+euros\s+courants|(?:zu|in)\s+(?:heutigen|aktuellen|laufenden)"
    r"\s+preisen|inflationsbereinigt|a\s+precios\s+(?:corrientes|actuales)|ajustad[oa]s?\s+(?:por|a)"
    r"\s+la\s+inflaci[oó]n|a\s+prezzi\s+(?:correnti|attuali)|a\s+preços\s+(?:correntes|atuais))"
)
_CLAUSE_END = re.compile(r"[.;!?\n]|,\s+(?:which|while|but|and)\b")


def current_prices(before: str, after: str) -> bool:
    """Whether the sum's clause (before it to the last sentence mark, after it to the
    clause's end) says it is given in today's prices."""
    head = re.split(r"[.;!?\n]", before[-120:])[-1]
    m = _CLAUSE_END.search(after, 0, 80)
    tail = after[: m.start()] if m else after[:80]
    return bool(_CURRENT.search(head) or _CURRENT.search(tail))
