"""Crowd counts a dated page gives without a date of their own, held on the day of the
march the page reports (analyse/dating.py calls march_days last, for every page).

    a page of Monday: "for some four hours on Sunday ... Organisers said a million marched"
    -> the million as of Sunday, not Monday
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from kfactcheck.model import Claim, Document

# Units that are not running figures: dates and years are claims of their own
_NOT_FIGURES = frozenset({"date", "year", "years"})
# a march the page dates its figures to lies at most this many days before the page (as
# dating.WEEK: a weekday a page names is of its past week)
WEEK = 6


def march_days(documents: Sequence[Document], claims: Sequence[Claim]) -> None:
    """A crowd count that a dated page gives without a date of its own holds on the day of
    the march the page reports, when the page dates its other figures to one past day of
    the week before it ("Organisers said a million marched", in a page of Monday whose
    "for some four hours on Sunday" is the march's day): a count of a march made the day after."""
    from kfactcheck.grammar.dates import find_dates

    dated = {d.id: d for d in documents if d.date is not None}
    days = {k: d.date.isoformat() for k, d in dated.items()}  # type: ignore[union-attr]
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.document in days:
            by_doc[c.document].append(c)
    for doc_id, mine in by_doc.items():
        doc = dated[doc_id]
        crowds = [c for c in mine if c.terms and c.terms[0] == "crowd" and c.as_of == days[doc_id]]
        if not crowds:
            continue
        page = date.fromisoformat(days[doc_id])
        if any(c.unit == "date" and str(c.value) == str(page + timedelta(1)) for c in mine):
            # it names the next day as a date: a page dated in an earlier time zone than
            # its march, whose weekdays were read a week back
            _next_day_march(mine, page)
            continue
        past = {
            c.as_of
            for c in mine
            if len(c.as_of) == 10
            and c.unit not in _NOT_FIGURES
            and 0 < (page - date.fromisoformat(c.as_of)).days <= WEEK
        }
        if len(past) != 1:
            continue
        (day,) = past
        if any(
            d.kind in ("date", "weekday") and d.value == days[doc_id]
            for c in crowds
            for d in find_dates(c.quote, doc.date, doc.lang)
        ):
            # a crowd count the page gives on its own day, written out or by its weekday
            # ("ce samedi 17 novembre", "a réuni samedi" in a Saturday's page): the march
            # is of the page's day, the past day another count's
            continue
        for c in crowds:
            # a sentence that names a time of its own ("In May, police counted 7,500 and
            # the organisers 30,000") is not of the page's march; "today's march" in a
            # quote is
            own = {
                d.value
                for d in find_dates(c.quote, doc.date, doc.lang)
                if not d.text.lower().endswith("earlier")  # "the ride a week earlier"
            }
            if own <= {day, days[doc_id]}:
                c.as_of = day


def _next_day_march(claims: Sequence[Claim], page: date) -> None:
    """A page dated the day before a day it writes in full ("on May 11, 2031" in a page of
    10 May), whose crowd counts say they marched on that day's weekday ("marched round
    the town on Sunday", read as the Sunday six days before the page): the march was on the
    day it names, and its crowd counts with no date of their own hold on it too."""
    day = page + timedelta(1)
    back = (day - timedelta(7)).isoformat()
    crowds = [c for c in claims if c.terms and c.terms[0] == "crowd"]
    if not any(c.as_of == back for c in crowds):
        return  # no count of that weekday: nothing says the march was the next day
    for c in crowds:
        if c.as_of in (back, page.isoformat()):
            c.as_of = day.isoformat()
