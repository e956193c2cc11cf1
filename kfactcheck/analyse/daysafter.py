"""The day of a page that shows none, told by how long after its story's event it writes
(analyse/dating.py calls days_after_event once a story's event day is known).

    story event day 15 March 2031 ("a enchente de terça (15)" in a dated page)
    a page with no day: "Três dias após a enchente, famílias ainda procuram parentes."
    -> the page is of 18 March 2031 (with a "date inferred" warning)

A sentence that opens with a span of days or weeks and "after the <event>" ("Three days
after the flood, ...", "Trois jours après la crue, ...", "Drei Tage nach dem Sturm, ...",
"Tres días después de la riada, ...", "Tre giorni dopo l'alluvione, ...") tells of the
time it was written. Only the opening of a sentence counts: "the toll stood at 40 two days
after the quake" dates a figure of the past, not the page. The day must fit what the page
shows (its month) and what its rising counts allow against the story's dated reports
(countwindow.count_window); two different spans, or none, date nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta

from kfactcheck.analyse.countwindow import count_window, dated_tops, rises, top_figures
from kfactcheck.model import Claim, Document
from kfactcheck.read.textdate import Partial, text_day

# the unit words of a span, as claims carry them, and the days each is worth
_SPAN_DAYS = {
    "days": 1, "day": 1, "dias": 1, "dia": 1, "días": 1, "día": 1, "jours": 1, "jour": 1,
    "tage": 1, "tag": 1, "giorni": 1, "giorno": 1, "weeks": 7, "week": 7, "semanas": 7,
    "semana": 7, "semaines": 7, "semaine": 7, "wochen": 7, "woche": 7, "settimane": 7,
    "settimana": 7,
}  # fmt: skip
# "after the", right after the span: then the event's noun phrase
_AFTER = re.compile(
    r"""\s+(?:after|following|após|apos|depois\s+d[aoe]s?|tras|después\s+de(?:l)?|
        après|apres|nach|dopo)\s+(?:the|o|a|os|as|el|la|los|las|le|la|les|l['’]|
        dem|der|den|il|lo|gli)?\s*\w""",
    re.X | re.I,
)
# what may stand before the span at a sentence's opening: quotes, brackets, dashes
_OPENING = re.compile(r"[\s\"“”«»'‘’(\[—–-]*")


def days_after_event(
    documents: Sequence[Document],
    claims: Sequence[Claim],
    months: Mapping[str, str],
    stories: Mapping[str, str],
    events: Callable[[], dict[str, date]],
) -> list[Document]:
    """Date each page still without a day whose sentence opens "N days after the <event>"
    to its story's event day plus N, when that day fits the month the page shows and the
    days its rising counts allow. `months`: as in dating.date_from_story; the documents
    given a day, in path order."""
    undated = {d.id: d for d in documents if d.date is None and d.id in months}
    if not undated:
        return []
    spans: dict[str, set[int]] = defaultdict(set)
    for c in claims:
        doc = undated.get(c.document)
        per = _SPAN_DAYS.get(c.unit.lower()) if doc is not None else None
        if per is None or not isinstance(c.value, (int, float)) or c.value != int(c.value):
            continue
        if _OPENING.fullmatch(doc.text, c.sentence_start, c.start) is None:
            continue  # not the sentence's opening
        if _AFTER.match(doc.text, c.end) is None:
            continue
        spans[c.document].add(int(c.value) * per)
    if not spans:
        return []
    days_of_event = events()
    series = None
    changed = []
    for doc_id in sorted(spans, key=lambda i: undated[i].path):
        doc = undated[doc_id]
        event = days_of_event.get(stories.get(doc_id, ""))
        if event is None or len(spans[doc_id]) != 1:
            continue  # no event day, or two spans: nothing decides
        (n,) = spans[doc_id]
        day = event + timedelta(n)
        if not day.isoformat().startswith(months[doc_id]):
            continue  # outside the month the page shows
        if series is None:
            series = dated_tops(documents, claims, months)
        counts = [c for c in claims if c.document == doc_id and rises(c) and c.subject in series]
        window = count_window(top_figures(counts), series, event) if counts else None
        if window is not None and not window.low <= day <= window.high:
            continue  # its counts say another day
        doc.date = day
        doc.date_evidence = f"{n} days after the event of {event.isoformat()}"
        doc.warnings.append(
            f"date inferred: {day.isoformat()}, {n} days after {event.isoformat()}, the day "
            "of its story's event, as the page opens a sentence"
        )
        changed.append(doc)
    return changed


def own_days(
    doc: Document, month: str, extract: Callable[[Document], list[Claim]]
) -> set[tuple[int, int]]:
    """The spans of the figures of a page with no date, month or year that their own
    sentence dates by a day or month written without its year ("22 000 au total (contre
    27 000 le 4 mars)"): read again as if the page's story showed `month`, each such
    figure holds on a day of its own, not in that month. Such a figure is not the page's
    own count, and a page that shares it with a dated page is not of that page's day."""
    kept = doc.story_month
    doc.story_month = month
    try:
        again = extract(doc)
    except Exception:  # an extractor bug: no figure is set aside
        return set()
    finally:
        doc.story_month = kept
    return {(c.start, c.end) for c in again if c.as_of and c.as_of != month}


# a page that repeats a figure still current is written at most this many days after the
# figure's first report (as dating.HELD_DAYS)
AFTER_DAYS = 3


def weekday_after(day: date, weekday: int) -> date | None:
    """The first `weekday` (0 = Monday) after `day`, when it lies within AFTER_DAYS of it:
    the day of a page that names that weekday and repeats a figure first reported on
    `day` (019: 74 dead on Monday; 021: "On Tuesday, the toll remained at 74")."""
    ahead = (weekday - day.weekday()) % 7
    return day + timedelta(ahead) if 0 < ahead <= AFTER_DAYS else None


def days_in(doc: Document, yms: Sequence[str]) -> dict[date, str]:
    """The days the page's weekday with its day fits in each month of `yms`, and words."""
    found: dict[date, str] = {}
    for ym in yms:
        got = text_day(doc.text, doc.keep, Partial(ym, "story"))
        # a day the page names with another month ("domenica 26 febbraio") does not
        # place it in this one
        if got is not None and got[0].isoformat().startswith(ym):
            found.setdefault(got[0], got[1])
    return found


def month_after(ym: str) -> str:
    """ "2022-02" -> "2022-03", "2021-12" -> "2022-01"."""
    y, m = int(ym[:4]), int(ym[5:7])
    return f"{y + m // 12:04d}-{m % 12 + 1:02d}"
