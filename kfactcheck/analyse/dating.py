"""When a document that shows no day was written, read from the other documents of its
story: the running figures it shares with dated reports (same subject, same value).

    d1 (14 March): "the toll rose to 41"      d2 (16 March): "70 dead"
    d3 (no date): "70 dead, 41 of them in the gorge"
    -> d3 is as of 16 March: the earliest dated report of its latest figure (70), marked as
       inferred with a warning naming d2. Its figures are taken together: no earlier than
       the first report of a lower count it recalls, and a count still reported unchanged
       on later days (12 missing on Monday and Tuesday) dates it to the last of them.

Only each subject's highest figure in the page dates it (a lower one is a count it
recalls), and only running counts do (a pledge holds for years). A page with a month only
(a "date 2021-07" marker, a month in its URL) takes a day only from figures first reported
in that month. A page with neither is first read for a day it names with its weekday
("(Friday, 14/03)") or the day it says its figures were updated on ("actualizado el 30
de octubre") in the months its story's dated documents show. A page dated from a figure
it shares with a later page, that names the weekday its figures were given ("late on
Saturday"), takes that weekday's day on or before the shared one. A page still without a
day that names the weekday it reports from ("hoy miércoles", "communiqués samedi matin",
"reported Sunday night") takes the one such day its rising counts allow between the
story's dated reports and its event's day (weekday_in_window; analyse/weekdaywindow.py);
one whose count lies between two figures reported on one day takes that day
(one_day_between); one that tells its event's day relative to its own ("el sismo
ocurrido ayer") is of the day after its story's event day (event_relative_days); one that
opens a sentence "three days after the storm" takes its story's event day plus that span
(analyse/daysafter.py). A page still without a year reads its yearless days in its
story's year, and a retrospective's toll is the event's (analyse/storytime.py). In such
pages a figure first reported earlier keeps the day of its first report: a lower count the
page recalls,
or a past event's toll in a retrospective two years on. A date the page shows is never
changed. Runs after subjects are known (it needs them), so extraction, which the index
caches per document, is left alone; documents given a date are then extracted again
(their "on Sunday" now reads against that date). A dated page's crowd counts with no date
of their own hold on the march's day when the page dates its figures to one past day of
the week before (march_days), or on the day after the page's when the page writes that
day in full and its crowd counts name its weekday (a page dated in an earlier time zone).
A figure given "the next day" after a day the page writes holds on the day after it
(analyse/nextday.py). Then a sentence with no time of its own goes on in the past year of
the one before it (claims/dated.carry_years). Last, a page still with no date and no
month, in a story whose dated documents all lie in one month (or whose counts lie between
reports of one month:
window_months), has its undated figures held in that month (storytime.story_month, with
a warning): known to the month only, they agree with equal
figures but claim no order and no same-day reading beside other pages' figures
(analyse/kinds.of_page_time); the page's own figures are of its one time (analyse/undated.py).
Deterministic: documents and reports are taken in path order and ties go to the earliest
date.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta
from functools import cache

from kfactcheck.analyse.countwindow import (
    dated_tops,
    figure_key,
    rises,
    top_figures,
)
from kfactcheck.analyse.daysafter import (
    days_after_event,
    days_in,
    month_after,
    own_days,
    weekday_after,
)
from kfactcheck.analyse.marchdays import march_days
from kfactcheck.analyse.nextday import next_days
from kfactcheck.analyse.storytime import (
    event_relative_days,
    retrospective_tolls,
    story_event_days,
    story_month,
    story_years,
)
from kfactcheck.analyse.weekdaywindow import (
    event_day,
    one_day_between,
    weekday_in_window,
    weekday_of_counts,
    window_months,
)
from kfactcheck.claims.dated import carry_years, undated_time
from kfactcheck.grammar.vocab import vocab
from kfactcheck.model import Claim, Document
from kfactcheck.read.textdate import names_weekday_day

# (subject, value) -> (first day reported, by which document, the day another figure of
# the subject was first reported after it or "", the last day it was reported)
Reports = dict[tuple[str, float], tuple[str, str, str, str]]
# A figure reported only within this many days of its first report, and followed by
# another within them, dates a page that gives it; one that held longer (a final toll
# repeated for years) says too little. Five: a toll often stands over a weekend and the
# days of one week's bulletins before the next is given; a week is a toll that settled
HELD_DAYS = 5
# How a page dated from the figures it shares says so (Document.date_evidence)
_SHARED = "figures also reported in "


def first_reports(
    documents: Sequence[Document],
    claims: Sequence[Claim],
    fresh: Sequence[Document] = (),
    shown: Mapping[str, str] | None = None,
) -> Reports:
    """(subject, value) -> (the earliest day a dated document reports it as holding, the
    path of the first document that does, and the first day after it that a dated document
    gives another figure of the subject: a higher one for a count that only rises). The
    claims of `fresh` documents, just given a date and not extracted again yet, hold on
    that date unless their sentence dates them (`shown`: document id -> the month it
    shows, see undated_time)."""
    shown = shown or {}
    dated = {d.id: d.path for d in documents if d.date is not None}
    now = {d.id: (shown.get(d.id, ""), d.date.isoformat()) for d in fresh if d.date is not None}
    first: dict[tuple[str, float], tuple[str, str]] = {}
    series: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for c in claims:
        path = dated.get(c.document)
        as_of = c.as_of
        if c.document in now and as_of in ("", now[c.document][0]):
            as_of = now[c.document][1]
        if path is None or len(as_of) != 10:
            continue
        key = figure_key(c)
        if key is None:
            continue
        series[key[0]].append((as_of, key[1]))
        got = first.get(key)
        if got is None or (as_of, path) < got:
            first[key] = (as_of, path)
    rising = vocab().rising_counts
    family = {c.subject: c.terms[0] for c in claims if c.terms}
    for reports in series.values():
        reports.sort()
    out: Reports = {}
    for (subject, value), (day, path) in first.items():
        up = family.get(subject) in rising
        after = (d for d, v in series[subject] if d >= day and (v > value if up else v != value))
        last = max(d for d, v in series[subject] if v == value)
        out[(subject, value)] = (day, path, next(after, ""), last)
    return out


def _held_briefly(got: tuple[str, str, str, str]) -> bool:
    """Whether a figure held only a few days: then a page that gives it is of those days."""
    if not got[2]:
        return False
    first = date.fromisoformat(got[0])
    return all((date.fromisoformat(d) - first).days <= HELD_DAYS for d in got[2:])


def _fit_day(
    mine: Sequence[Claim],
    top: Mapping[tuple[str, str], float | str],
    reports: Reports,
    shown: str,
) -> tuple[str, str] | None:
    """The (day, first reporting document) a page's shared figures, taken together, fit:
    the latest first report of its current counts; then no earlier than the first report
    of a lower count it recalls (one reported by then), and, when every current count was
    still reported after that day (a count unchanged over days: "21 missing" on Monday and
    Tuesday), the last day they all held, so a stale count does not pin its first day."""
    best: tuple[str, str] | None = None
    floor = ""
    last: list[str] = []
    for c in mine:
        key = figure_key(c)
        got = reports.get(key) if key else None
        if got is None or not got[0].startswith(shown) or not _held_briefly(got):
            continue  # outside the month the page shows, or held for long: no day
        if c.value != top.get((c.document, c.subject)):
            floor = max(floor, got[0])  # a lower count it recalls: reported by then
            continue
        # a march's count is of its day, however long pages repeat it
        last.append(got[3] if c.terms[0] != "crowd" else got[0])
        if best is None or got[0] > best[0]:
            best = (got[0], got[1])
    if best is None:
        return None
    day = max(best[0], floor, min(last))
    if day[:7] != best[0][:7] and shown:
        return best
    return day, best[1]


def infer_dates(
    documents: Sequence[Document],
    claims: Sequence[Claim],
    reports: Reports,
    months: Mapping[str, str],
    extract: Callable[[Document], list[Claim]] | None = None,
) -> list[Document]:
    """Give a date to each document that shows none (or only its month) from the figures
    it shares with dated documents (`reports`, see first_reports; `months`: document id ->
    the month it shows); the documents given one, in path order. `extract`: read a page
    again with a year, so that a figure its sentence dates by a day without a year
    ("contre 52 000 le 4 mars à Tessbourg") is not taken for the page's own (own_days)."""
    undated = [d for d in documents if d.date is None]
    if not undated or not reports:
        return []
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    wanted = {d.id for d in undated}
    for c in claims:
        if c.document in wanted:
            by_doc[c.document].append(c)
    changed: list[Document] = []
    series: dict[str, list[tuple[date, float]]] | None = None  # read once, if asked
    for doc in sorted(undated, key=lambda d: d.path):
        shown = months.get(doc.id, "")
        mine = [c for c in by_doc.get(doc.id, ()) if not c.as_of or c.as_of == shown]
        top = top_figures(mine)
        best = _fit_day(mine, top, reports, shown)
        if best is not None and not shown and extract is not None:
            own = own_days(doc, best[0][:7], extract)
            if own and any((c.start, c.end) in own for c in mine):
                mine = [c for c in mine if (c.start, c.end) not in own]
                top = top_figures(mine)
                best = _fit_day(mine, top, reports, shown)
        if best is None:
            continue
        day = date.fromisoformat(best[0])
        named = weekday_of_counts(doc, [c for c in by_doc.get(doc.id, ()) if rises(c)])
        # the page names the weekday its figures were given ("late on Saturday"): the
        # bulletin of that day, which the other page repeated on a later one
        bulletin = day - timedelta((day.weekday() - named[0]) % 7) if named else day
        if bulletin != day:
            if series is None:
                series = dated_tops(documents, claims, months)
            lower = [
                d
                for (_, subject), value in top.items()
                for d, v in series.get(subject, ())
                if v < float(value)
            ]
            if lower and bulletin < max(lower):
                # a lower figure was reported after that weekday: not it, but the same
                # weekday just after the shared day may be (a later page that repeats a
                # figure still current: "On Tuesday, the toll remained at 74")
                later = weekday_after(day, named[0])
                higher = [
                    d
                    for (_, subject), value in top.items()
                    for d, v in series.get(subject, ())
                    if v > float(value)
                ]
                # not past a higher figure reported before it: the page's would be stale
                bulletin = later if later and not any(d < later for d in higher) else day
        if named is not None and bulletin != day and bulletin.isoformat().startswith(shown):
            doc.date = bulletin
            doc.date_evidence = named[1]
            doc.warnings.append(
                f'date inferred: {bulletin.isoformat()} from "{named[1]}", the last such '
                f"day by {best[0]}, the first dated report of its latest figure (in {best[1]})"
            )
            changed.append(doc)
            continue
        doc.date = day
        doc.date_evidence = f"{_SHARED}{best[1]}"
        doc.warnings.append(
            f"date inferred: {best[0]} from the figures it shares with {best[1]}, "
            "the first dated report of its latest figure"
        )
        changed.append(doc)
    return changed


def first_times(
    documents: Sequence[Document],
    claims: Sequence[Claim],
    reports: Reports,
    months: Mapping[str, str],
) -> None:
    """A running figure in a page that showed no day (`months`: their ids -> the month
    each shows, or ""), first
    reported by a dated document before the page's day (or in or before the month it
    shows), keeps the day of that first report: the page repeats an earlier count (an
    official's figure of the day before, a collapse recounted two years on)."""
    docs = {d.id: d for d in documents if d.id in months}
    top = top_figures([c for c in claims if c.document in docs])
    for c in claims:
        doc = docs.get(c.document)
        if doc is None:
            continue
        shown = months[doc.id]
        page = doc.date.isoformat() if doc.date else ""
        earlier = "earlier" in c.terms  # a level it recalls, dated before the page's day
        if c.as_of not in ("", shown, page) and not (earlier and page):
            continue  # its sentence dates it
        key = figure_key(c)
        got = reports.get(key) if key else None
        if got is None:
            continue
        if page:
            # the page's own count (its subject's highest figure) holds on the page's day
            # (a count unchanged for days is still current); a lower one it recalls
            # ("up from 362") holds when it was first reported
            before = c.as_of if earlier and len(c.as_of) == 10 else page
            if got[0] < min(page, before) and c.value != top.get((c.document, c.subject)):
                c.as_of = got[0]
        elif (
            (shown and got[0][:7] < shown)
            or (_held_briefly(got) and got[0].startswith(shown))
            # a level the page says it recalls ("lag noch bei 240"), first reported in the
            # month the page shows, held on the day of that first report
            or ("earlier" in c.terms and shown and got[0].startswith(shown))
        ):
            c.as_of = got[0]  # a past event's figure, or one of a few days


def _shared_day_kept(
    documents: Sequence[Document], claims: Sequence[Claim], reports: Reports
) -> None:
    """A page dated from the figures it shares (infer_dates) is of their first report's
    day or later: a day its weekday then reads for a shared figure before that report
    ("mercredi" read as the Wednesday before a Tuesday's count) is a misreading, and every
    figure of the page read as of that day holds on the page's day instead."""
    pages = {
        d.id: d.date.isoformat()
        for d in documents
        if d.date is not None and (d.date_evidence or "").startswith(_SHARED)
    }
    if not pages:
        return
    wrong: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        page = pages.get(c.document)
        if page is None or len(c.as_of) != 10 or c.as_of >= page or "earlier" in c.terms:
            continue
        key = figure_key(c)
        got = reports.get(key) if key else None
        if got is not None and got[0] == page:
            wrong[c.document].add(c.as_of)
    for c in claims:
        if c.as_of in wrong.get(c.document, ()):
            c.as_of = pages[c.document]


def date_from_story(
    documents: Sequence[Document],
    claims: list[Claim],
    stories: Mapping[str, str],
    extract: Callable[[Document], list[Claim]],
    subjects: Callable[[list[Claim]], None],
) -> list[Claim]:
    """The claims, with documents that show no day dated from their story (named_days,
    then infer_dates), extracted again with that date (`extract`) and all subjects assigned
    again (`subjects`); figures first reported before such a page keep their first
    report's day (first_times)."""
    # the pages that show no day, and the month each shows ("" for none)
    months = {d.id: undated_time(d) for d in documents if d.date is None}
    days = {d.id: d.date.isoformat() if d.date else "" for d in documents}
    if not months:
        march_days(documents, claims)
        next_days(documents, claims)
        carry_years(claims, days)
        return claims
    # a day the page names is read first: a page it dates reports its figures on that day
    # the story's event days, read once (a scan of every page's dates) by the first rule
    # that asks
    events = cache(lambda: story_event_days(documents, stories, months))
    changed = named_days(documents, stories, months, events)
    reports = first_reports(documents, claims, changed, months)
    changed += infer_dates(documents, claims, reports, months, extract)
    changed += weekday_in_window(documents, claims, months, stories, events)
    changed += one_day_between(documents, claims, months, stories, events)
    changed += event_relative_days(
        documents, stories, months, lambda i: event_day(events, documents, stories, months, i)
    )
    changed += days_after_event(documents, claims, months, stories, events)
    changed += story_years(documents, claims, stories, months)
    changed.sort(key=lambda d: d.path)
    if changed:
        ids = {d.id for d in changed}
        had: dict[str, list[Claim]] = defaultdict(list)
        for c in claims:
            if c.document in ids:
                had[c.document].append(c)
        claims = [c for c in claims if c.document not in ids]
        for doc in changed:
            try:
                claims.extend(extract(doc))
            except Exception:  # an extractor bug: the page keeps the claims it was read with
                claims.extend(had[doc.id])
        subjects(claims)
    first_times(documents, claims, reports, months)
    retrospective_tolls(documents, claims, stories, months)
    march_days(documents, claims)
    next_days(documents, claims)
    _shared_day_kept(documents, claims, reports)
    carry_years(claims, days)
    # last: a figure a sentence or a live page's entry dates keeps that day
    placed = window_months(documents, claims, months, stories, events)
    story_month(documents, claims, stories, months, placed)
    return claims


def named_days(
    documents: Sequence[Document],
    stories: Mapping[str, str],
    months: Mapping[str, str],
    events: Callable[[], dict[str, date]] | None = None,
) -> list[Document]:
    """Date each page that shows neither date nor month by a day it names with its weekday
    ("(Friday, 07/03)", "Dienstag, 13. Juli", "Sunday (16)"), read in the months its story's
    dated documents show and the month after them (a later page), on or after its story's
    event day when `events` names one (a report cannot predate its event: "terça (1)" is
    1 March, not the 1 February before a storm of 15 February): only when exactly one day
    fits (the weekday falls on it). `months`: the ids of pages that show no day -> the
    month each shows, or ""."""
    story_months: dict[str, set[str]] = defaultdict(set)
    for d in documents:
        if d.date is not None:
            story_months[stories.get(d.id, "")].add(d.date.strftime("%Y-%m"))
    changed = []
    for doc in sorted(documents, key=lambda d: d.path):
        if doc.id not in months or months[doc.id]:
            continue  # dated, or a month shown was read with the page (read/corpus.py)
        if not names_weekday_day(doc.text, doc.keep):
            continue  # most pages: no weekday with its day, so no month to try
        yms = sorted(story_months.get(stories.get(doc.id, ""), ()))
        found = days_in(doc, yms)
        event = events().get(stories.get(doc.id, "")) if events is not None else None
        if event is not None and yms:
            found = {day: words for day, words in found.items() if day >= event}
            if not found:
                # no day it fits in the story's months is on or after its event: a later
                # page, of the month after them
                found = days_in(doc, [month_after(yms[-1])])
        if len(found) != 1:
            continue  # none, or two months the named day fits: nothing decides
        ((day, words),) = found.items()
        doc.date = day
        doc.date_evidence = words.removeprefix("story; ")
        doc.warnings.append(
            f'date inferred: {day.isoformat()} from "{doc.date_evidence}" in a month its '
            "story's dated documents show"
        )
        changed.append(doc)
    return changed
