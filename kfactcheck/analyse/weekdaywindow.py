"""A page's day from the weekday it reports from and the days its counts allow: the one day
of that weekday between its story's dated reports that its running counts fit
(weekday_in_window), the one day two same-day figures of a count bracket (one_day_between),
and the month such counts hold a page in (window_months). Read by analyse/dating.py.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta

from kfactcheck.analyse.countwindow import (
    bracketed,
    count_window,
    dated_tops,
    rises,
    top_figures,
)
from kfactcheck.analyse.storytime import story_event_days
from kfactcheck.model import Claim, Document
from kfactcheck.read.textdate import named_weekday


def weekday_in_window(
    documents: Sequence[Document],
    claims: Sequence[Claim],
    months: Mapping[str, str],
    stories: Mapping[str, str] | None = None,
    events: Callable[[], dict[str, date]] | None = None,
) -> list[Document]:
    """Date each page still without a day that names the weekday it reports from ("hoy
    miércoles", "este domingo", "am morgigen Samstag": see named_weekday) by the days its
    counts allow: a count that only rises is reported on or after the day a dated page
    gave a lower or the same figure of it, and on or before the day one gave a higher one.
    A bound on one side only is closed a week from it; the month a page shows narrows
    the days too. A page whose counts are all below every dated report's is bounded
    below by its story's event day, when the story names one (storytime.story_event_days:
    "the fire of 14 June"; a report cannot predate its event). Only when exactly one day
    of that weekday fits. `months`: as in date_from_story."""
    undated = [d for d in documents if d.date is None and d.id in months]
    if not undated:
        return []
    series = dated_tops(documents, claims, months)
    if not series:
        return []
    wanted = {d.id for d in undated}
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.document in wanted and rises(c):
            by_doc[c.document].append(c)
    changed = []
    for doc in sorted(undated, key=lambda d: d.path):
        counts = by_doc.get(doc.id, [])
        mine = [c for c in counts if c.subject in series]
        if not mine:
            continue  # no count a dated report bounds
        top = top_figures(mine)
        named = weekday_of_counts(doc, counts)
        if named is None:
            continue
        event = event_day(events, documents, stories or {}, months, doc.id)
        window = count_window(top, series, event)
        if window is None:
            continue
        low, high, near = window.low, window.high, window.near
        shown = months[doc.id]
        days = [
            low + timedelta(k)
            for k in range((high - low).days + 1)
            if (low + timedelta(k)).weekday() == named[0]
            and (low + timedelta(k)).isoformat().startswith(shown)
        ]
        if len(days) > 1 and near is not None:
            # two weeks fit, but the page's count is just past one bound's figure and far
            # from the other's (96 after 89, then 115 a week on): the week by that bound
            days = [d for d in days if near[0] <= d <= near[1]]
        if len(days) != 1:
            continue  # none, or two weeks fit: nothing decides
        doc.date = days[0]
        doc.date_evidence = named[1]
        doc.warnings.append(
            f'date inferred: {days[0].isoformat()} from "{named[1]}", the one such day its '
            "counts allow against the dated reports of its story"
        )
        changed.append(doc)
    return changed


def one_day_between(
    documents: Sequence[Document],
    claims: Sequence[Claim],
    months: Mapping[str, str],
    stories: Mapping[str, str],
    events: Callable[[], dict[str, date]] | None = None,
) -> list[Document]:
    """Date each page still without a day whose counts only one day allows: a count that
    only rises, above one report's figure and below another's of the same day (820 dead
    between the 632 and the 1,305 reported on one Saturday), with no weekday needed. The
    reports may be of pages dated from their own words just before (weekday_in_window).
    `months`: as in date_from_story; the documents given a day, in path order."""
    undated = [d for d in documents if d.date is None and d.id in months]
    if not undated:
        return []
    series = dated_tops(documents, claims, months)
    by_doc = _bounded_counts(claims, series, {d.id for d in undated})
    if not by_doc:
        return []
    changed = []
    for doc in sorted(undated, key=lambda d: d.path):
        mine = by_doc.get(doc.id)
        if not mine:
            continue
        top = top_figures(mine)
        window = count_window(top, series, event_day(events, documents, stories, months, doc.id))
        proof = window.proof if window is not None else None
        if proof is None or proof[0] != proof[1]:
            continue  # most pages: days apart, or a bound on one side only
        if not proof[0].isoformat().startswith(months[doc.id]):
            continue  # outside the month the page shows
        # one count of its own bracketed that day: not two counts' bounds meeting (a
        # figure keyed to the wrong subject may close a window on any day)
        if not any(bracketed(series[k[1]], float(v), proof[0]) for k, v in top.items()):
            continue
        doc.date = proof[0]
        doc.date_evidence = "counts between two reports of one day"
        doc.warnings.append(
            f"date inferred: {proof[0].isoformat()}, the one day its counts allow: "
            "between figures its story's pages report on that day"
        )
        changed.append(doc)
    return changed


def window_months(
    documents: Sequence[Document],
    claims: Sequence[Claim],
    months: Mapping[str, str],
    stories: Mapping[str, str],
    events: Callable[[], dict[str, date]] | None = None,
) -> dict[str, str]:
    """Page id -> the one month its counts place it in, for each page still with no date
    and no month whose counts' window (see count_window) lies in one month: 106 dead
    between a dated 89 of 13 August and 115 of 21 August is of August, though its story's
    dated pages run into September (storytime.story_month then holds its figures there)."""
    pages = [d for d in documents if d.date is None and d.id in months and not months[d.id]]
    if not pages:
        return {}
    series = dated_tops(documents, claims, months)
    by_doc = _bounded_counts(claims, series, {d.id for d in pages})
    if not by_doc:
        return {}
    out = {}
    for doc in pages:
        mine = by_doc.get(doc.id)
        window = (
            count_window(
                top_figures(mine), series, event_day(events, documents, stories, months, doc.id)
            )
            if mine
            else None
        )
        proof = window.proof if window is not None else None
        if proof is not None and proof[0].strftime("%Y-%m") == proof[1].strftime("%Y-%m"):
            out[doc.id] = proof[0].strftime("%Y-%m")
    return out


def _bounded_counts(
    claims: Sequence[Claim], series: Mapping, wanted: set[str]
) -> dict[str, list[Claim]]:
    """Page id -> its claims of counts that only rise and that a dated report bounds
    (their subject has a series in `series`), for the pages in `wanted`; shared by the
    rules that date or month a page from its counts' window."""
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.document in wanted and c.subject in series and rises(c):
            by_doc[c.document].append(c)
    return by_doc


def event_day(
    events: Callable[[], dict[str, date]] | None,
    documents: Sequence[Document],
    stories: Mapping[str, str],
    months: Mapping[str, str],
    doc_id: str,
) -> date | None:
    """The event day of the page's story (storytime.story_event_days), read through
    `events` when given (read once for all pages and rules)."""
    days = events() if events is not None else story_event_days(documents, stories, months)
    return days.get(stories.get(doc_id, ""))


def weekday_of_counts(doc: Document, counts: Sequence[Claim]) -> tuple[int, str] | None:
    """The weekday the page's counts (`counts`, its claims of counts that only rise) are
    reported from (see named_weekday). A weekday named alone dates the page only in the
    sentence of a count it is at ("the toll rose on Wednesday to 134"), not in one of a
    count it recalls ("on Friday the minister still spoke of 63") or of the event ("early
    on Wednesday"): any count it is at, bounded by a dated report or not (a toll kept
    apart by its region's name is still of the day its sentence names)."""
    at = top_figures(counts)
    spans = [
        (c.sentence_start, c.sentence_start + len(c.quote))
        for c in counts
        if c.value == at.get((c.document, c.subject))
    ]
    if not spans:
        return None
    return named_weekday(doc.text, doc.keep, lambda at: any(a <= at < b for a, b in spans))
