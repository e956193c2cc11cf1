"""What a story's dated documents say of its pages that show no year, or only a month long
after them (analyse/dating.py calls these once subjects are known).

    story dated 1-8 Aug 2031; a page with no date: "alle 11, 3 agosto: 118 morti"
    -> 118 as of 2031-08-03 (Document.story_month = "2031-08", with a warning)
    the same story; a page of " date 2033-07": "the collapse killed 43"
    -> 43 as of 2031-08 (the event's toll, not July 2033's)

    a page with no date at all, in a story dated 24-27 Aug 2031 only: "267 morti"
    -> 267 as of 2031-08 (Document.story_month = "2031-08", with a warning; story_month)

A story's dated months are taken in runs no more than STORY_SPAN months apart: a story of
a strike in 2019 and another in 2023 places a page's "14 mai" only by the run whose
months hold every month the page names. Dates inferred from the story are not evidence.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta

from kfactcheck.model import Claim, Document

# Units that are not running figures: dates and years are claims of their own
_NOT_FIGURES = frozenset({"date", "year", "years"})


# counts of an event's victims: in a page written long after it, its toll
_CASUALTIES = frozenset({"deaths", "injured"})


def retrospective_tolls(
    documents: Sequence[Document],
    claims: Sequence[Claim],
    stories: Mapping[str, str],
    months: Mapping[str, str],
) -> None:
    """A death or injury count with no date of its own, in a page that shows only a month
    more than STORY_SPAN months after the last dated report of its story's latest run (a
    retrospective two years on: "the collapse killed 43"), is the event's toll: as of the
    last month of that run, not of the page."""
    shown: dict[str, set[str]] = defaultdict(set)
    for d in documents:
        if d.date is not None and d.id not in months:
            shown[stories.get(d.id, "")].add(d.date.strftime("%Y-%m"))
    last: dict[str, str] = {}
    for d in documents:
        month = months.get(d.id, "")
        runs = _runs(sorted(m for m in shown.get(stories.get(d.id, ""), ()) if m < month))
        if month and runs and _months_between(runs[-1][-1], month) > STORY_SPAN:
            last[d.id] = runs[-1][-1]
    if not last:
        return
    for c in claims:
        event = last.get(c.document)
        if (
            event is not None
            and c.as_of == months[c.document]
            and c.terms
            and c.terms[0] in _CASUALTIES
            and "earlier" not in c.terms
        ):
            c.as_of = event


# a weekday's day of the month in brackets right after it: "terça (15)", "Friday (14)"
_DAY_IN_BRACKETS = re.compile(r"(?:-feira)?\s*\(\s*[0-3]?\d\s*\)")


# a story's dated documents all within this many months place a page's yearless days
STORY_SPAN = 6

# an event day is at most this long before its story's first dated report
_EVENT_SPAN = timedelta(days=STORY_SPAN * 31)


def story_years(
    documents: Sequence[Document],
    claims: Sequence[Claim],
    stories: Mapping[str, str],
    months: Mapping[str, str],
) -> list[Document]:
    """Give each page that shows no date, no month and no full day (written_after) but has
    figures its own sentences could date the last month of its story's dated documents
    (Document.story_month): a day or month it writes without its year ("alle 11, 3
    agosto", "le 14 mai") is then read in the story's year, as a reader would. The
    story's dated months are taken in runs no more than STORY_SPAN months apart; a story
    of several runs (a strike of 2019 and one of 2023) gives the run whose months hold all
    the months the page names, when one run alone does. The page keeps no date of its
    own; the documents to extract again, in path order. `months`: as in date_from_story."""
    from kfactcheck.claims.dated import written_after
    from kfactcheck.grammar.dates import may_have_calendar_date

    shown: dict[str, set[str]] = defaultdict(set)
    for d in documents:
        if d.date is not None and d.id not in months:  # a date inferred is not evidence
            shown[stories.get(d.id, "")].add(d.date.strftime("%Y-%m"))
    undated = {c.document for c in claims if not c.as_of and c.unit not in _NOT_FIGURES}
    changed = []
    for doc in sorted(documents, key=lambda d: d.path):
        if doc.date is not None or months.get(doc.id, "x") or doc.id not in undated:
            continue  # dated, a month shown, or every figure already dated
        runs = _runs(sorted(shown.get(stories.get(doc.id, ""), ())))
        if not runs or not may_have_calendar_date(doc.text, doc.lang) or written_after(doc):
            continue  # no dated document, no month name, or a full day places them already
        if len(runs) > 1:
            named = _named_months(doc)
            runs = [r for r in runs if named and named <= {ym[5:7] for ym in r}]
            if len(runs) != 1:
                continue  # the months it names fit no run, or several: which year is not told
        doc.story_month = runs[0][-1]
        doc.warnings.append(
            f"days written without a year read in {doc.story_month[:4]}, the year of its "
            "story's dated documents"
        )
        changed.append(doc)
    return changed


def _named_months(doc: Document) -> set[str]:
    """The months ("05") a page names without their year ("le 14 mai", "in September")."""
    from kfactcheck.grammar.dates import find_dates

    return {
        d.value[2:4]
        for a, b in doc.keep or [(0, len(doc.text))]
        for d in find_dates(doc.text[a:b], None, doc.lang)
        if d.value.startswith("--")
    }


def _run_for(runs: list[list[str]], named: set[str], count: Counter[str]) -> list[list[str]]:
    """The runs whose months hold every month the page names ("05"), a named month read
    as up to STORY_SPAN months before the run's last (a page of a January report recalls
    "September"). Several fitting: the one with at least twice the dated documents of any
    other, as a story's one late page (a follow-up years on) does not outweigh its run."""
    if not named:
        return []
    fit = []
    for r in runs:
        y, m_last = _ym(r[-1])
        back = {f"{y - (int(m) > m_last):04d}-{m}" for m in named}
        if all(_months_between(ym, r[-1]) <= STORY_SPAN for ym in back):
            fit.append(r)
    if len(fit) < 2:
        return fit
    weight = sorted(((sum(count[m] for m in r), i) for i, r in enumerate(fit)), reverse=True)
    return [fit[weight[0][1]]] if weight[0][0] >= 2 * weight[1][0] else fit


def _runs(yms: list[str]) -> list[list[str]]:
    """Months in order, cut where two lie more than STORY_SPAN months apart."""
    runs: list[list[str]] = []
    for ym in yms:
        if runs and _months_between(runs[-1][0], ym) <= STORY_SPAN:
            runs[-1].append(ym)
        else:
            runs.append([ym])
    return runs


def _months_between(low: str, high: str) -> int:
    (ly, lm), (hy, hm) = _ym(low), _ym(high)
    return (hy - ly) * 12 + hm - lm


def _ym(value: str) -> tuple[int, int]:
    # strftime("%Y") may leave a year before 1000 unpadded ("1-01"): split, not slice
    y, _, m = value.rpartition("-")
    return int(y), int(m)


def story_month(
    documents: Sequence[Document],
    claims: Sequence[Claim],
    stories: Mapping[str, str],
    months: Mapping[str, str],
    placed: Mapping[str, str] | None = None,
) -> None:
    """A page still with no date and no month, in a story whose dated documents all show
    one month (or whose counts place it in one, `placed`: page id -> that month, see
    weekdaywindow.window_months): its figures that no sentence dates hold in that month, with a
    warning. The
    month is marked inferred (`Document.story_month`): the comparison does not place such
    a page's figures beside other pages' of the month as of one time, as it does for a page
    that shows its month; only the page's own figures are of one time, the page's
    (analyse/undated.py page_discrepancies; a look back it gives, "at the time, around 30", is an
    earlier level)."""
    count: dict[str, Counter[str]] = defaultdict(Counter)  # a story's dated pages by month
    for d in documents:
        if d.date is not None and d.id not in months:
            count[stories.get(d.id, "")][d.date.strftime("%Y-%m")] += 1
    story_runs = {story: _runs(sorted(shown)) for story, shown in count.items()}
    month: dict[str, str] = {}
    counted: set[str] = set()  # placed by their counts, not by the story's one month
    for d in documents:
        if d.date is None and d.id in months and not months[d.id]:
            story = stories.get(d.id, "")
            runs = story_runs.get(story, [])
            if len(runs) > 1:
                # a follow-up years on: the one run of one month the page's months fit
                runs = _run_for(runs, _named_months(d), count[story])
            if len(runs) == 1 and len(runs[0]) == 1:
                month[d.id] = runs[0][0]
            elif placed and d.id in placed:
                month[d.id] = placed[d.id]
                counted.add(d.id)
    if not month:
        return
    told = set()
    for c in claims:
        held = month.get(c.document)
        if held and not c.as_of and c.unit not in _NOT_FIGURES:
            c.as_of = held
            told.add(c.document)
    for d in documents:
        if d.id in told:
            d.story_month = month[d.id]  # inferred: the comparison reads it so
            why = "its counts" if d.id in counted else "its story's dated documents"
            d.warnings.append(f"figures held in {month[d.id]}, the month of {why}")


def story_event_days(
    documents: Sequence[Document], stories: Mapping[str, str], months: Mapping[str, str]
) -> dict[str, date]:
    """story -> the day of its event, when its documents name one ("the fire of 14 June",
    "la riada del 2 de marzo", "l'incendie du 15 avril"), or a weekday after a verb of
    its start in a dated page ("the quake that struck on Friday" in a page of Sunday): a
    day a date names an event by (claims/opening.names_event, or the date's "of" cue), on
    or before the
    story's first dated report (a report cannot predate its event). A day written without
    its year is read in that report's year. Of several, the one most documents name, and
    of those the earliest (the weaker bound). A lower bound for the day of a page of the
    story that shows none (dating.weekday_in_window). `months`: as in date_from_story."""
    from kfactcheck.claims.opening import compared, names_event
    from kfactcheck.grammar.dates import find_dates
    from kfactcheck.read.textdate import onset_before

    first: dict[str, date] = {}
    for d in documents:
        if d.date is not None and d.id not in months:  # a date inferred is not evidence
            story = stories.get(d.id, "")
            if story not in first or d.date < first[story]:
                first[story] = d.date
    named: dict[str, dict[date, set[str]]] = defaultdict(lambda: defaultdict(set))
    for doc in documents:
        story = stories.get(doc.id, "")
        if story not in first:
            continue
        for a, b in doc.keep or [(0, len(doc.text))]:
            text = doc.text[a:b]
            for m in find_dates(text, doc.date, doc.lang):
                if m.kind not in ("date", "weekday") or not (
                    m.cue == "of" or (names_event(text, m) and not compared(text, m))
                ):
                    continue
                if m.kind == "weekday" and (
                    doc.id in months
                    or not (
                        onset_before(text, max(0, m.start - 60), m.start)
                        or _DAY_IN_BRACKETS.match(text, m.end)
                    )
                ):
                    # after a verb of its start, or with its day ("a tempestade de terça
                    # (15)"), read from a day the page shows
                    continue
                value = m.value
                if value.startswith("--"):
                    value = f"{first[story].year}{value[1:]}"
                try:
                    day = date.fromisoformat(value[:10])
                except ValueError:
                    continue
                # a day long before the story's first report is a past event a page
                # recalls ("the quake of 17 August 1999, which killed"), not its own
                if timedelta(0) <= first[story] - day <= _EVENT_SPAN:
                    named[story][day].add(doc.id)
    return {
        story: min(days, key=lambda day: (-len(days[day]), day))
        for story, days in named.items()
        if days
    }


# A reference day for reading a page's relative days ("yesterday") as an offset from the
# page's own unknown day
_REF = date(2000, 1, 10)


def event_relative_days(
    documents: Sequence[Document],
    stories: Mapping[str, str],
    months: Mapping[str, str],
    event: Callable[[str], date | None],
) -> list[Document]:
    """Date each page still without a day that tells its event's day relative to its own
    ("el sismo ocurrido ayer", "the quake that struck yesterday", "o fogo que deflagrou
    ontem": a relative day right after a verb of the event's start) by its story's event
    day (`event`: page id -> that day, or None; story_event_days): the page is of the day
    after it. Only when the one day it gives lies in the month the page shows (if any).
    `months`: as in date_from_story; the documents given a day, in path order."""
    from kfactcheck.grammar.dates import find_dates
    from kfactcheck.read.textdate import onset_before

    changed = []
    for doc in sorted(documents, key=lambda d: d.path):
        if doc.date is not None or doc.id not in months:
            continue
        day = event(doc.id)
        if day is None:
            continue
        found: dict[date, str] = {}
        for a, b in doc.keep or [(0, len(doc.text))]:
            text = doc.text[a:b]
            for m in find_dates(text, _REF, doc.lang):
                if m.kind != "relative" or len(m.value) != 10:
                    continue
                back = (_REF - date.fromisoformat(m.value)).days
                if 0 <= back <= 2 and onset_before(text, max(0, m.start - 60), m.start):
                    found.setdefault(day + timedelta(back), m.text)
        if len(found) != 1:
            continue  # none, or two readings: nothing decides
        ((got, words),) = found.items()
        if not got.isoformat().startswith(months[doc.id]):
            continue  # outside the month the page shows
        doc.date = got
        doc.date_evidence = words
        doc.warnings.append(
            f'date inferred: {got.isoformat()} from "{words}" after its story\'s event of '
            f"{day.isoformat()}"
        )
        changed.append(doc)
    return changed
