"""Dates in a sentence: which are claims (deadlines, dated and planned events, years of
past events) and which say when the sentence's figures held (as_of)."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import date
from functools import lru_cache
from itertools import accumulate, pairwise

from kfactcheck import data
from kfactcheck.claims.counted import last_match
from kfactcheck.claims.reported import said_on
from kfactcheck.grammar.dates import CLAUSE_START
from kfactcheck.grammar.vocab import trie_pattern, vocab
from kfactcheck.model import Claim, Quantity
from kfactcheck.read.textdate import latest_full_date, partial_date


def sentence_time(
    dates,
    ref: date | None,
    near: Quantity | None = None,
    figures=(),
    shown: str = "",
    gap: tuple[int | None, int | None] | None = None,
    index: tuple[list[int], list[int]] | None = None,
) -> str | None:
    """When the sentence says its figures held ("in 1999 NATO sent...", "last month"):
    the date nearest to the figure `near` (the first one when no figure is given) with no
    other figure between them ("risen to €2.75bn, up from the €2.4bn approved in March":
    March dates the €2.4bn only). In a document with no date (`ref` None), a day or month
    written without its year ("on 14 July") takes the year of the month or year the page
    shows (`shown`, see undated_time) or, without one, dates nothing. `index` is
    date_index(dates), when the sentence looks up many figures' dates in one list."""
    best: tuple[int, str] | None = None
    published = ref.isoformat() if ref is not None else None
    # Another figure lies between a date before `near` and `near` when one of the figures
    # ending by near.start starts at or after the date's end: the latest such start tells.
    # Likewise after `near`, the earliest end of the figures starting at or after near.end.
    # Found once per figure (`gap`, from figure_gaps), not once per date and figure: a
    # sentence can hold hundreds of both.
    latest_start, earliest_end = gap or (None, None)
    if near is not None and gap is None:
        latest_start, earliest_end = _gap(near, figures)
    # no figure on a side: a bound that no date passes
    latest_start = -1 if latest_start is None else latest_start
    earliest_end = math.inf if earliest_end is None else earliest_end
    if near is not None and index is not None:
        # Only a date ending after latest_start and starting before earliest_end can pass
        # the test below: in a list ordered by start, a slice, found by bisection (a
        # sentence of a thousand figures and dates, each looked up against all dates).
        starts, furthest = index
        dates = dates[bisect_right(furthest, latest_start) : bisect_left(starts, earliest_end)]
    for d in dates:
        if near is not None:
            # where the date stands first: a figure between rules out most dates of a long
            # sentence before their words are looked at
            if d.end <= near.start:
                if latest_start >= d.end:
                    continue
            elif earliest_end <= d.start:
                continue
        if d.role != "event" or d.kind not in ("date", "month", "year", "weekday", "relative"):
            continue
        if d.cue == "of":
            continue  # "the earthquake of 17 October killed 64": names the event only
        if published is not None and d.value > published:
            continue  # a future event does not date a figure already stated
        value = d.value if not d.value.startswith("--") else with_year(d.value, shown)
        if value is None:
            continue
        if near is None:
            return value
        dist = near.start - d.end if d.end <= near.start else d.start - near.end
        if d.cue in _AS_OF:
            # "the mayor said Monday that 60% of the debris was cleared as of Sunday": the day the
            # count was taken, over the day it was told
            dist = -1
        if best is None or dist < best[0]:
            best = (dist, value)
    return best[1] if best else None


_AS_OF = frozenset({"as of", "as at"})


# "31 missing after the collapse on Friday", "após o rompimento ... na sexta", "nach dem
# Dammbruch am Freitag": a date after such words dates the event the count runs from (not
# "d'après le décompte de samedi": that names the count's source)
_AFTER_EVENT = re.compile(
    r"""(?i)\b(?:after|following|após|apos|depois\s+d[oa]s?|tras|después\s+de|nach|(?<!d['’])après|
        dopo|desde|since|seit|depuis)\s+(?:the|its|o|a|os|as|el|la|los|las|dem|der|den|des|
        le|la|les|l['’]|il|lo|gli|l|un|une|uno|una|um|uma|einem|einer)\b""",
    re.X,
)
# "Até a tarde de quarta-feira (9), 27 mortos", "Hasta el jueves, 27", "Bis Donnerstag
# waren 27", "As of Thursday, 27": a date before a count that says up to when it counted
_COUNTED_UNTIL = re.compile(
    r"""(?i)\b(?:até|ate|hasta|bis|jusqu['’]?(?:à|au|a)|until|till|as\s+of|fino\s+a)
        (?:\s+[\w'’]+){0,3}\s+$""",
    re.X,
)


# what may stand before a date that opens its clause: a preposition or article ("Am", "On",
# "El", "Le", "Na", "Il"), after the sentence's start or a clause mark
# or a word of a time within the day ("Later Wednesday", "Más tarde el miércoles")
_OPENS = re.compile(
    r"(?i)(?:^|[;:]\s*|,\s+)(?:(?:"
    + trie_pattern(data.load("dates")["report_day"]["within_day"])
    + r")\s+)?(?:[\w']{1,4}\s+)?$"
)


def opens_clause(sentence: str, d, near: Quantity) -> bool:
    """Whether the date `d`, before the count `near`, opens the clause that gives it ("On
    Friday, police said 27 had died", "Am Freitag hatte die Landrätin noch von 27 Toten
    gesprochen"): it says when the count was given, unlike a date that names the event
    inside the clause ("incidents in September that left three dead")."""
    if d.end > near.start:
        return False
    return _OPENS.search(sentence, max(0, d.start - 24), d.start) is not None


def dates_count_before(sentence: str, d, near: Quantity) -> bool:
    """Whether the date `d`, before the running count `near`, says when it held: it bounds
    the count (counted_until), opens its clause (opens_clause) or is the day a verb right
    by it gave the count ("the mayor said Sunday night that 640 are missing": said_on)."""
    return (
        counted_until(sentence, d, near)
        or opens_clause(sentence, d, near)
        or (d.end <= near.start and said_on(sentence, d))
    )


def after_event(sentence: str, start: int, end: int) -> bool:
    """Whether sentence[start:end], between a count and a date after it, puts the date in a
    phrase of the event the count runs from ("after the collapse ... on Friday")."""
    return _AFTER_EVENT.search(sentence, start, end) is not None


def counted_until(sentence: str, d, near: Quantity) -> bool:
    """Whether the date `d`, before the count `near`, says up to when it was counted
    ("Until Thursday night, 9 dead had been registered")."""
    return (
        d.end <= near.start
        and _COUNTED_UNTIL.search(sentence, max(0, d.start - 30), d.start) is not None
    )


# dates in a sentence from which sentence_time looks them up by bisection
_INDEXED = 16


def date_index(dates: list) -> tuple[list[int], list[int]] | None:
    """For sentence_time: the dates' starts and the furthest end so far, when they are in
    order of start (else None: every date is looked at). A sentence of a few dates is
    looked through whole: building the index would cost more than it saves."""
    if len(dates) < _INDEXED:
        return None
    starts = [d.start for d in dates]
    if any(a > b for a, b in pairwise(starts)):
        return None
    return starts, list(accumulate((d.end for d in dates), max))


def _gap(near: Quantity, figures) -> tuple[int | None, int | None]:
    before = [f.start for f in figures if f is not near and f.end <= near.start]
    after = [f.end for f in figures if f is not near and f.start >= near.end]
    return (max(before) if before else None, min(after) if after else None)


def figure_gaps(figures: list[Quantity]) -> list[tuple[int | None, int | None]]:
    """For each figure, what sentence_time needs to tell whether another figure stands
    between it and a date: the latest start of the others ending by its start, and the
    earliest end of the others starting at or after its end. Sorted once, so a sentence of
    n figures costs n log n, not n squared."""
    if any(f.end <= f.start for f in figures):
        return [_gap(f, figures) for f in figures]  # an empty figure could count itself
    # a figure of positive length is never in its own sets, so "the others" are all of them
    by_end = sorted(figures, key=lambda f: f.end)
    ends = [f.end for f in by_end]
    latest = list(accumulate((f.start for f in by_end), max))
    by_start = sorted(figures, key=lambda f: f.start)
    starts = [f.start for f in by_start]
    earliest = list(accumulate((f.end for f in reversed(by_start)), min))[::-1]
    out = []
    for f in figures:
        k = bisect_right(ends, f.start)  # the figures with end <= f.start
        j = bisect_left(starts, f.end)  # the figures with start >= f.end
        out.append((latest[k - 1] if k else None, earliest[j] if j < len(starts) else None))
    return out


def overlapping(figures: list[Quantity], spans) -> list[bool]:
    """For each figure, whether it overlaps one of `spans` (objects with start and end), in
    n log n: among the spans starting before the figure ends, the furthest end tells."""
    ordered = sorted(spans, key=lambda d: d.start)
    starts = [d.start for d in ordered]
    furthest = list(accumulate((d.end for d in ordered), max))
    out = []
    for q in figures:
        k = bisect_left(starts, q.end)  # the spans with start < q.end
        out.append(bool(k) and furthest[k - 1] > q.start)
    return out


def with_relative_year(dates: list) -> list:
    """Dates with a day or month told with its year in relative words right after it ("in
    May last year", "in March this year") placed in that year: May of last year, not the
    May nearest the publication."""
    out = list(dates)
    for k, (d, e) in enumerate(pairwise(dates)):
        if (
            d.kind in ("date", "month")
            and e.kind == "relative"
            and len(e.value) == 4
            and 0 <= e.start - d.end <= 1
            and d.value[:1] != "-"
        ):
            value = e.value + d.value[4:]
            # both words are one time: the month, and its year read as that month
            out[k], out[k + 1] = replace(d, value=value), replace(e, value=value[:7])
    return out


def undated_time(doc) -> str:
    """When the figures of a document with no date held, at best: the month its date marker
    or URL shows ("2021-07"), else "" (nothing supports a date)."""
    shown = partial_date(doc.text, doc.url)
    return shown.value if shown else ""


def written_after(doc) -> str:
    """The month of the latest day a document with no date writes in full ("2025-08" for
    "actualización del 19/08/2025"): it was written on or after that day, so a day it gives
    without a year ("el 9 de mayo") is read in that year. "" when it writes none."""
    day = latest_full_date(doc.text, doc.keep)
    return day.strftime("%Y-%m") if day else ""


def with_year(value: str, shown: str) -> str | None:
    """A date written without its year ("--07-14", "--06") placed in the year of `shown`
    ("2021-07"), or the year before when it would fall over six months after it; None when
    nothing shows a year."""
    if not shown:
        return None
    year, month = int(shown[:4]), int(shown[5:7] or 6) if len(shown) >= 7 else 6
    if int(value[2:4]) > month + 6:
        year -= 1  # "in December", in a page of May: last December
    return f"{year:04d}{value[1:]}"


# a caption's credit in brackets at its end: "(AFP Photo)", "(AP Photo/Jane Roe)", "(Foto: dpa)",
# "(Photo AFP)", "(Foto Ansa)"
_PHOTO_CREDIT = re.compile(
    r"\((?:[A-Z][\w&.-]*(?:[ /][A-Z][\w&.-]*){0,3}\s+)?(?:Photo|PHOTO|Image|Picture|Foto"
    r"|Photograph)s?(?:\s*[:/]\s*[^()]{1,60}|\s+[A-Z][^()]{0,59})?\)$"
)


def date_claim(doc, sentence: str, base: int, d, published: str) -> Claim | None:
    """Deadlines, dated and planned events, and the years of past events."""
    if d.kind not in ("date", "month", "year"):
        return None  # a weekday or a relative day is never a claim of its own (below)
    if _DATELINE.match(sentence, d.end) or _BYLINE.search(sentence, max(0, d.start - 40), d.start):
        return None  # "KIRKHAVEN, April 24 (NPA) -", "(@npa) 8 May 2018": filed, posted
    if sentence.endswith(")") and _PHOTO_CREDIT.search(sentence, max(0, len(sentence) - 90)):
        return None  # "... as the flood reached Norbury on 12 May 2021 (AFP Photo)": a caption
    if d.kind == "year" and d.text.rstrip().endswith("0s"):
        return None  # "in the 1990s": a decade, no date to check
    # a deadline's own cue ("until", "beginning") binds tighter than an event word nearby
    # the cue itself may name the event ("dates back to 1976": the founding)
    event = event_near(sentence, d, reach=25 if d.role == "deadline" else 50) or (
        vocab().events.get(d.cue or "")
    )
    ended = None
    if d.role == "deadline":
        ended = _state_ended(sentence, d) if d.cue in _UNTIL else _deadline_for(sentence, d)
    future = bool(published) and d.value[:4] >= published[:4] and d.role in ("schedule", "deadline")
    upcoming = bool(published) and d.value > published and d.role in ("schedule", "event")
    if d.kind in ("date", "month") and ended:
        unit, value, family = "date", d.value, "date:" + ended
    elif d.kind in ("date", "month") and d.role == "deadline":
        # "the opening has been pushed back to Oct. 4", "delay the opening until Oct. 4":
        # the new date of the event moved, as "the opening will take place on Oct. 4" is
        moved_event = _event_before(sentence, d, moved_only=True)
        unit, value = "date", d.value
        family = "date:" + moved_event if moved_event else "deadline"
    elif d.kind in ("date", "month") and event:
        unit, value, family = "date", d.value, "date:" + event
    elif d.kind in ("date", "month") and upcoming:
        # "will go ahead on June 10", "expected to take place on Aug. 14": a date set for
        # what the story is waiting for, read like a deadline, or the event's own date when
        # the clause names the event ("the opening of the line is expected to ...")
        planned = _event_before(sentence, d)
        unit, value = "date", d.value
        family = "date:" + planned if planned else "deadline"
    elif d.kind == "year" and future and (event or d.role == "deadline"):
        # "due to open in 2027", "opening slips to 2028": a plan, which can move
        unit, value, family = "year", int(d.value[:4]), "plan:" + (event or "plan")
    elif d.kind == "year" and d.role in ("since", "event"):
        if not event and d.role != "since":
            return None  # a year with no event named only dates its sentence
        unit, value = "year", int(d.value[:4])
        # "active since 1999": what a thing has been since is when it was founded
        family = "year:" + (event or ("founding" if d.role == "since" else "event"))
    else:
        return None
    if unit == "date" and len(value) == 7:
        value += "-01"
    moved = _moves(sentence)
    start, end = d.start, d.end
    low = high = value if unit == "year" else None
    return Claim(
        document=doc.id,
        value=value,
        low=low,
        high=high,
        qualifier=d.qualifier,
        unit=unit,
        as_of=published or d.value,
        text=sentence[start:end],
        start=base + start,
        end=base + end,
        quote=sentence,
        terms=(family, "moved") if moved else (family,),
        scope=(),
        sentence_start=base,
    )


_UNTIL = frozenset({"until", "till", "til", "'til", "up until"})


def _event_before(sentence: str, d, moved_only: bool = False) -> str | None:
    """The event named in the date's clause before it: what a timetable is set for, or
    (moved_only) what a postponement moves."""
    v = vocab()
    clause = sentence[max(0, d.start - 120) : d.start].lower()
    if cut := CLAUSE_START.match(clause):
        clause = clause[cut.end() :]
    if moved_only and v.moved_re.search(clause) is None:
        return None
    found = last_match(v.events_re, clause)
    return v.events[found.group()] if found else None


def _state_ended(sentence: str, d) -> str | None:
    """ "stay closed until November 6": the event that ends the state the date bounds, when
    the state word stands in the clause right before the date."""
    found = last_match(vocab().ends_re, sentence.lower(), max(0, d.start - 30), d.start)
    return vocab().ends[found.group()] if found else None


_DEADLINE_WORDS = ("deadline", "target date", "due date")
# "for the opening", "for the final vote": the event, after at most two modifiers
_FOR = r"\s+for\s+(?:the\s+|its\s+)?((?:[a-z]+\s+){0,2}[a-z]+)"
_FOR_EVENT = re.compile(_FOR)
_DEADLINE_FOR = re.compile(r"\W*(?:" + "|".join(_DEADLINE_WORDS) + ")" + _FOR)


def _deadline_for(sentence: str, d) -> str | None:
    """ "the Aug. 9 deadline for the opening": the deadline dates the event it is for, like
    "the opening will take place on Aug. 9"."""
    low = sentence.lower()
    m = _DEADLINE_FOR.match(low, d.end)
    if m is None and d.text.lower().endswith(_DEADLINE_WORDS):
        m = _FOR_EVENT.match(low, d.end)  # the mention ends with its "deadline"
    events = vocab().events
    return next((events[w] for w in m.group(1).split() if w in events), None) if m else None


_DATELINE = re.compile(r"\s*\([^)]{2,40}\)\s*[-–—]")
_BYLINE = re.compile(r"\(@\w{1,30}\)\s*$")  # an embedded post's sender, then its day


@lru_cache(maxsize=4)
def _moves(sentence: str) -> bool:
    """Whether the sentence says a date moved: asked once per sentence, not once per date
    (a sentence of a thousand dates)."""
    return vocab().moved_re.search(sentence) is not None


# a relative clause right after a date: "of 17 August 1999, which killed", "del 3 de mayo
# de 2011, que dejó", "du 9 mai 2011, qui a fait", "del 3 maggio 2011, che causò"
_WHICH = re.compile(
    r"\s*,\s*(?:which|that|who|que|qui|che|il\s+quale|la\s+quale|die|das|der|o\s+qual|a\s+qual)\b",
    re.I,
)


def past_event(claim: Claim, dates, q: Quantity, ref) -> None:
    """ "the deadliest since the 1968 quake, which killed 12,000", "three years ago, a flood
    killed 40", "above the 57 residents who died in a 2009 blaze": a running count right after
    (or, in its own clause, right before) a year at least two years before publication is
    another event's, as of then (in a page with no date, any year right before it: nothing
    says it is this story's)."""
    for d in dates:
        # or a full date with its year: "the quake of 17 August 1999, which killed 17,000"
        # set off by a relative clause that tells its toll (not "occurred on 25 January
        # 2019 and left 270 dead", a story's own event told again with its final count)
        past = (
            d.kind == "year"
            or (d.kind == "relative" and d.role == "event")
            or (d.kind == "date" and _WHICH.match(claim.quote, d.end) is not None)
        )
        if not past or d.end > q.start or not d.value[:4].isdigit():
            continue
        # further off, the figure in a clause of that year's event: "the 2009 blaze that
        # gutted the old port of Marlow, where at least 57 people perished"
        if q.start - d.end < 60 or (
            q.start - d.end < 140 and _OF_THAT_EVENT.fullmatch(claim.quote, d.end, q.start)
        ):
            if _own_date(dates, d, q):
                return  # "12 in 2019 and 30 this year": 30's own date, nearer, speaks
            year = int(d.value[:4])  # "the 1968 quake", "three years ago"
            if ref is None or year <= ref.year - 2:
                claim.scope = (*claim.scope, f"event {year}")
                claim.as_of = d.value if d.kind == "date" else d.value[:4]
                return
    if ref is None:
        return  # a year after the figure may be this story's own in a page of no date
    for d in dates:
        # "above the 57 residents who died in a 2009 blaze": a year after the figure,
        # in its own clause (no mark, figure or "since" between)
        if d.kind != "year" or d.role != "event" or not q.end <= d.start <= q.end + 50:
            continue
        if d.value[:4].isdigit() and int(d.value[:4]) <= ref.year - 2:
            if not _OTHER_CLAUSE.search(claim.quote, q.end, d.start):
                claim.scope = (*claim.scope, f"event {d.value[:4]}")
                claim.as_of = d.value[:4]
            return


# the words from a year to a figure in a clause of that year's event: no figure, no
# sentence's mark, and a "where" opening the figure's clause
_OF_THAT_EVENT = re.compile(
    r"(?i)[^\d;.!?]*,\s+(?:where|onde|wo|où|donde|dove)\s+(?:[^\W\d]+\s+){0,3}"
)
# what puts a year after a figure outside the figure's clause
_OTHER_CLAUSE = re.compile(r"(?i)[\d,;:.()!?]|\b(?:since|depuis|desde|seit|dal|dalla|sinds)\b")


def _own_date(dates, d, q: Quantity) -> bool:
    """Whether a date of the figure `q`'s own stands nearer to it than the year `d` before
    it: one between them, or one right after the figure."""
    reach = q.start - d.end
    return any(
        e is not d
        and e.role == "event"
        and ((e.start >= d.end and e.end <= q.start) or 0 <= e.start - q.end < reach)
        for e in dates
    )


# Words that open a clause telling of the event a running count comes from: "where the dam
# broke on Friday", "onde a ponte caiu na quarta-feira (9)", "wo ... am Mittwoch".
EVENT_CLAUSE = re.compile(r"\b(?:where|onde|wo|où|donde|dove)\b", re.I)
_EVENT_WORDS = ("where", "onde", "wo", "où", "dove")  # ("donde" holds "onde")


def event_clauses(sentence: str) -> list[tuple[int, int]]:
    """Where EVENT_CLAUSE's words are in the sentence. Most sentences hold none of them in
    any case, told by tests in C before the pattern's scan (a letter that matches one of
    theirs case-blind lower-cases to it)."""
    low = sentence.lower()
    if not any(map(low.__contains__, _EVENT_WORDS)):
        return []
    return [m.span() for m in EVENT_CLAUSE.finditer(sentence)]


def event_near(sentence: str, d, reach: int = 50) -> str | None:
    """The event a date or year dates: the event word nearest to it, within `reach`
    characters (a word further off belongs to another clause)."""
    ends, found = _events_in(sentence)
    best: tuple[int, str] | None = None
    # the words in reach, not all of the sentence's: a sentence of a thousand dates
    for i in range(bisect_left(ends, d.start - reach), len(found)):
        start, end, event = found[i]
        if start - d.end > reach:
            break
        if start < d.end and d.start < end:
            continue  # "the start of September" names a day, not an event
        dist = start - d.end if start >= d.end else d.start - end
        if dist > reach:
            continue
        if best is None or dist < best[0]:
            best = (dist, event)
    return best[1] if best else None


@lru_cache(maxsize=4)
def _events_in(sentence: str) -> tuple[list[int], list[tuple[int, int, str]]]:
    """The event words of a sentence (start, end, event) and their ends, for every date in
    it to look up the few near it."""
    v = vocab()
    found = [
        (m.start(), m.end(), v.events[m.group()]) for m in v.events_re.finditer(sentence.lower())
    ]
    return [end for _, end, _ in found], found


# words that put a sentence's figures in the present or ahead, not in the year before it
_NOT_CARRIED = re.compile(
    r"""(?i)\b(?:now|today|currently|this\s+year|will|would|expected|estimated|forecast|since|
        desde\s+entonces|seitdem|depuis|da\s+allora|desde\s+então|
        agora|hoje|atualmente|ahora|hoy|actualmente|maintenant|aujourd['’]hui|actuellement|
        jetzt|heute|derzeit|ora|oggi|attualmente)\b""",
    re.X,
)


def carry_years(claims, published: dict[str, str]) -> None:
    """A sentence with no time of its own right after one whose figures all hold in one
    past year ("Norbury sent £22.4bn to the pool in 2029. Less refunds, its real outlay comes
    to £15.2bn") goes on in that year: its amounts and shares hold then too, not on the
    page's day. Running counts and crowds are left out (a toll of another year in one
    sentence, today's in the next), and so is a sentence that says now, this year or
    ahead. `published`: document id -> the page's day ("" for none)."""
    by_doc: dict[str, dict[int, list[Claim]]] = {}
    for c in claims:
        by_doc.setdefault(c.document, {}).setdefault(c.sentence_start, []).append(c)
    skip = vocab().running_counts | {"crowd"}
    for doc, sentences in by_doc.items():
        page = published.get(doc, "")
        year, day, steps, end = "", "", 0, -1
        for start in sorted(sentences):
            group = [c for c in sentences[start] if c.unit not in ("date", "year", "years")]
            if not group:
                continue
            own = {c.as_of for c in group} - {"", page}
            went_on = not own and start - end <= 2 and not _NOT_CARRIED.search(group[0].quote)
            if went_on and year:
                moved = _moves_between(group)
                for c in group:
                    # a move ("lower it from £310 to £95") is two times, not one year's
                    if c.terms and c.terms[0].split(":")[0] not in skip and c not in moved:
                        c.as_of = year
                year = ""  # one step only: a year carried does not carry on
            elif went_on and day and not page and steps < _DAY_STEPS:
                # a page with no date, read as a live page's entries: "ore 15.12, 3 agosto
                # Le vittime sono 118. Il numero di feriti è di 212." (212 as of 3 August)
                moved = _moves_between(group)
                for c in group:
                    if c not in moved and not c.as_of:
                        c.as_of = day
                steps += 1
            else:
                held = next(iter(own)) if len(own) == 1 else ""
                year = held if len(held) == 4 and (not page or held < page[:4]) else ""
                day, steps = (held, 0) if len(held) == 10 and not page else ("", 0)
            end = start + len(group[0].quote)


# the sentences a day goes on through in a page with no date
_DAY_STEPS = 3


# "from £310 to £95", "de 210 a 224", "von 18 auf 25": the words around a move's two levels
_FROM = re.compile(r"(?i)\b(?:from|de|desde|von|da|du|des)\s+$")
_TO = re.compile(r"(?i)\s+(?:to|a|à|al|hasta|para|até|auf|bis)\s+")


def _moves_between(group: list[Claim]) -> list[Claim]:
    """The figures of a sentence that are the two ends of a move ("from X to Y")."""
    out: list[Claim] = []
    ordered = sorted(group, key=lambda c: c.start)
    for a, b in pairwise(ordered):
        quote, base = a.quote, a.sentence_start
        if _TO.fullmatch(quote, a.end - base, b.start - base) and _FROM.search(
            quote, max(0, a.start - base - 8), a.start - base
        ):
            out += [a, b]
    return out
