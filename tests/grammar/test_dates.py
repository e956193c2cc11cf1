"""The date grammar: one table of sentences, the publication date and what must be found."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from kfactcheck.grammar.dates import DateMention, find_dates, find_durations


def M(anchor: str, kind: str, value: str, role: str, **extra) -> dict:
    """An expected mention: its date words, kind, value and role, plus any other field to check."""
    return {"anchor": anchor, "kind": kind, "value": value, "role": role, **extra}


def _view(sentence: str, m: DateMention, want: dict) -> dict:
    got = {"anchor": sentence[m.anchor_start : m.anchor_end]}
    got.update({k: getattr(m, k) for k in want if k != "anchor"})
    return got


WED = "2022-08-17"  # a Wednesday, the day of the first Kosovo articles
NONE: list[dict] = []

CASES = [
    # --- days without a year: the nearest occurrence, weighed by the role ------------------
    pytest.param(
        "The prime minister agreed to delay the licence plate rule until September 1, and "
        "peacekeepers oversaw the removal of the road blocks.",
        WED,
        [M("September 1", "date", "2022-09-01", "deadline", cue="until", text="until September 1")],
        id="until-month-day",
    ),
    pytest.param(
        "He insisted the new rules would come into force beginning 1 September.",
        "2022-08-26",
        [M("1 September", "date", "2022-09-01", "deadline", cue="beginning")],
        id="beginning-day-month",
    ),
    pytest.param(
        "Kurti then postponed the implementation of this measure to the start of September "
        "following Western pressure.",
        WED,
        [
            M(
                "start of September",
                "date",
                "2022-09-01",
                "deadline",
                qualifier="approx",
                cue="postponed",
                text="to the start of September",
            )
        ],
        id="postponed-to-start-of-month",
    ),
    pytest.param(
        "NATO could not rule out fresh violence as the Oct. 31 deadline approaches.",
        "2022-09-20",
        [M("Oct. 31", "date", "2022-10-31", "deadline", cue="deadline", text="Oct. 31 deadline")],
        id="ap-abbreviation-deadline-after",
    ),
    pytest.param(
        "Stoltenberg said in Pristina on 20 November that talks are underway.",
        "2024-12-22",
        [M("20 November", "date", "2024-11-20", "event", cue="on", text="on 20 November")],
        id="on-day-month-past",
    ),
    pytest.param(
        "Parties must register by January 15.",
        "2022-12-28",
        [M("January 15", "date", "2023-01-15", "deadline", cue="by")],
        id="by-date-next-year",
    ),
    pytest.param(
        "Officials set June 13 as the deadline for the handover.",
        "2022-03-12",
        [M("June 13", "date", "2022-06-13", "deadline", text="June 13 as the deadline")],
        id="as-the-deadline",
    ),
    pytest.param(
        "The permit expires on June 30.",
        "2022-09-20",
        [M("June 30", "date", "2023-06-30", "deadline", cue="expires on")],
        id="expires-on-leans-future",
    ),
    pytest.param(
        "The law came into force on 1 January.",
        "2022-09-20",
        [M("1 January", "date", "2022-01-01", "deadline", cue="came into force")],
        id="came-into-force-leans-past",
    ),
    pytest.param(
        "The treaty was signed on 1 January.",
        "2022-09-20",
        [M("1 January", "date", "2022-01-01", "event", cue="signed")],
        id="past-event-day",
    ),
    pytest.param(
        "The rule will take effect on 1 March.",
        "2022-02-10",
        [M("1 March", "date", "2022-03-01", "deadline", cue="take effect")],
        id="take-effect",
    ),
    pytest.param(
        "Elections will be held on 5 May.",
        "2022-09-20",
        [M("5 May", "date", "2023-05-05", "schedule", cue="be held")],
        id="future-event-next-year",
    ),
    pytest.param(
        "Applications must arrive no later than 15 September.",
        WED,
        [M("15 September", "date", "2022-09-15", "deadline", cue="no later than")],
        id="no-later-than",
    ),
    pytest.param(
        "The ceasefire ends on the 31st of October.",
        "2022-09-20",
        [M("31st of October", "date", "2022-10-31", "deadline", text="on the 31st of October")],
        id="ordinal-of-month",
    ),
    pytest.param(
        "The party congress opens on September 1st.",
        WED,
        [M("September 1st", "date", "2022-09-01", "event")],
        id="month-day-ordinal",
    ),
    pytest.param(
        "The vote was postponed from March 1 to April 15.",
        "2022-02-10",
        [
            M("March 1", "date", "2022-03-01", "event", cue="from"),
            M("April 15", "date", "2022-04-15", "deadline", cue="postponed"),
        ],
        id="moved-from-one-date-to-another",
    ),
    pytest.param(
        "From 1 October, drivers will need new plates.",
        WED,
        [M("1 October", "date", "2022-10-01", "deadline", cue="from")],
        id="from-with-future",
    ),
    pytest.param(
        "The rule applied from 1 July.",
        WED,
        [M("1 July", "date", "2022-07-01", "event", cue="from")],
        id="from-in-the-past",
    ),
    pytest.param(
        "Wednesday, August 17 was the hottest day.",
        "2022-09-20",
        [M("Wednesday, August 17", "date", "2022-08-17", "event")],
        id="weekday-prefix-fixes-year",
    ),
    # --- weekdays -------------------------------------------------------------------------
    pytest.param(
        "NATO will increase its force if tensions escalate, the alliance's chief said on "
        "Wednesday.",
        WED,
        [M("Wednesday", "weekday", "2022-08-17", "event", cue="on", text="on Wednesday")],
        id="weekday-said-same-day",
    ),
    pytest.param(
        "Vucic told reporters that talks with Kurti on Thursday, which will be mediated by the "
        "EU, will be difficult.",
        WED,
        [M("Thursday", "weekday", "2022-08-18", "schedule", cue="on")],
        id="weekday-future-clause-after",
    ),
    pytest.param(
        "He spoke ahead of talks between Belgrade and Pristina scheduled for Thursday.",
        WED,
        [M("Thursday", "weekday", "2022-08-18", "schedule", cue="scheduled for")],
        id="weekday-scheduled-for",
    ),
    pytest.param(
        "General Hollis said on Monday, ahead of new talks, that the army was ready.",
        "2022-01-17",
        [M("Monday", "weekday", "2022-01-17", "event")],
        id="weekday-said-before-ahead-of",
    ),
    pytest.param(
        "On Thursday, US and EU envoys met with Vucic.",
        "2022-08-26",
        [M("Thursday", "weekday", "2022-08-25", "event", cue="on", text="On Thursday")],
        id="weekday-sentence-start",
    ),
    pytest.param(
        "Following Thursday’s meeting, both envoys refused to give details.",
        "2022-08-26",
        [M("Thursday", "weekday", "2022-08-25", "event", cue="following")],
        id="weekday-possessive",
    ),
    pytest.param(
        "Ministers will meet on Wednesday.",
        WED,
        [M("Wednesday", "weekday", "2022-08-17", "schedule")],
        id="weekday-future-same-day",
    ),
    pytest.param(
        "The vote is next Tuesday.",
        WED,
        [M("next Tuesday", "weekday", "2022-08-23", "schedule")],
        id="next-weekday",
    ),
    pytest.param(
        "Police arrested him last Tuesday.",
        "2022-08-16",
        [M("last Tuesday", "weekday", "2022-08-09", "event")],
        id="last-weekday-strictly-before",
    ),
    pytest.param(
        "Protests have continued since Monday.",
        WED,
        [M("Monday", "weekday", "2022-08-15", "since", cue="since")],
        id="since-weekday",
    ),
    pytest.param(
        "Ministers are due to brief parliament on the situation on Saturday.",
        "2022-01-17",
        [M("Saturday", "weekday", "2022-01-22", "schedule", cue="due to")],
        id="due-to-is-schedule",
    ),
    pytest.param(
        "The number of people killed by Tuesday's earthquake rose to 37 on Wednesday.",
        "2023-10-18",
        [
            M("Tuesday", "weekday", "2023-10-17", "event"),
            M("Wednesday", "weekday", "2023-10-18", "event"),
        ],
        id="possessive-weekday-by-is-no-deadline",
    ),
    pytest.param(
        "The weekly market is held every Saturday.", WED, NONE, id="every-weekday-is-a-habit"
    ),
    pytest.param(
        "Volunteers meet at the fire hall on Tuesday evenings.", WED, NONE, id="weekday-plural"
    ),
    pytest.param("Shops were busy on Black Friday.", WED, NONE, id="weekday-in-holiday-name"),
    pytest.param("The Sunday Times reported the story.", WED, NONE, id="weekday-in-paper-name"),
    pytest.param("The minister said on Wednesday.", None, NONE, id="weekday-needs-ref"),
    # --- relative words -------------------------------------------------------------------
    pytest.param(
        "Tensions between Serbia and Kosovo escalated this month when the government acted.",
        WED,
        [M("this month", "relative", "2022-08", "event", qualifier="exact")],
        id="this-month",
    ),
    pytest.param(
        "The latest round of tensions began last month.",
        WED,
        [M("last month", "relative", "2022-07", "event")],
        id="last-month",
    ),
    pytest.param(
        "Earlier this month, the authorities closed two border crossings.",
        WED,
        [M("Earlier this month", "relative", "2022-08", "event", qualifier="approx")],
        id="earlier-this-month",
    ),
    pytest.param(
        "Tensions soared late last month.",
        "2022-08-26",
        [M("late last month", "relative", "2022-07", "event", qualifier="approx")],
        id="late-last-month",
    ),
    pytest.param(
        "Prices rose sharply late last year.",
        WED,
        [M("late last year", "relative", "2021", "event", qualifier="approx")],
        id="late-last-year",
    ),
    pytest.param(
        "The minister resigned yesterday.",
        WED,
        [M("yesterday", "relative", "2022-08-16", "event", qualifier="exact")],
        id="yesterday",
    ),
    pytest.param(
        "Today, the border crossing is open.",
        WED,
        [M("Today", "relative", "2022-08-17", "event")],
        id="today",
    ),
    pytest.param(
        "The talks resume tomorrow.",
        WED,
        [M("tomorrow", "relative", "2022-08-18", "schedule")],
        id="tomorrow",
    ),
    pytest.param(
        "Protesters clashed with police last week.",
        WED,
        [M("last week", "relative", "2022-08-10", "event", qualifier="approx")],
        id="last-week",
    ),
    pytest.param(
        "Talks are expected to continue next week.",
        WED,
        [M("next week", "relative", "2022-08-24", "schedule", qualifier="approx")],
        id="next-week",
    ),
    pytest.param(
        "The plant will close by the end of the year.",
        WED,
        [M("end of the year", "relative", "2022-12-31", "deadline", cue="by", qualifier="approx")],
        id="by-end-of-the-year",
    ),
    pytest.param(
        "The crisis has dominated the front pages since the start of the month.",
        WED,
        [M("start of the month", "relative", "2022-08-01", "since", qualifier="approx")],
        id="since-start-of-the-month",
    ),
    pytest.param(
        "The rule stays until next month.",
        WED,
        [M("next month", "relative", "2022-09", "deadline", cue="until")],
        id="until-next-month",
    ),
    pytest.param(
        "The war ended two decades ago.",
        WED,
        [M("two decades ago", "relative", "2002", "event", qualifier="approx")],
        id="decades-ago",
    ),
    pytest.param(
        "He was arrested three days ago.",
        WED,
        [M("three days ago", "relative", "2022-08-14", "event", qualifier="exact")],
        id="days-ago",
    ),
    pytest.param(
        "NATO has kept the peace in Kosovo over the past 23 years.",
        WED,
        [
            M(
                "past 23 years",
                "relative",
                "1999",
                "since",
                qualifier="approx",
                cue="over the past",
                text="over the past 23 years",
            )
        ],
        id="over-the-past-n-years",
    ),
    pytest.param(
        "The campaign spent most of the last year arguing for a bridge.",
        "2023-04-25",
        [M("last year", "relative", "2022", "since", qualifier="approx", text="of the last year")],
        id="the-last-year-is-a-period",
    ),
    pytest.param("Tensions began last month.", None, NONE, id="relative-needs-ref"),
    pytest.param("A 45-year-old teacher said she was afraid.", WED, NONE, id="age-is-no-date"),
    # --- full dates ------------------------------------------------------------------------
    pytest.param(
        "The agreement was signed on August 17, 2022, in Brussels.",
        None,
        [M("August 17, 2022", "date", "2022-08-17", "event")],
        id="month-day-year",
    ),
    pytest.param(
        "The law was adopted on 17 August 2022.",
        None,
        [M("17 August 2022", "date", "2022-08-17", "event")],
        id="day-month-year",
    ),
    pytest.param(
        "The ruling came on Aug. 17, 2022.",
        None,
        [M("Aug. 17, 2022", "date", "2022-08-17", "event")],
        id="ap-month-day-year",
    ),
    pytest.param(
        "The talks were held on 17 Sept. 2021 in Geneva.",
        None,
        [M("17 Sept. 2021", "date", "2021-09-17", "event")],
        id="day-sept-abbreviation-year",
    ),
    pytest.param(
        "Published 2022-08-17T07:11:00Z",
        None,
        [M("2022-08-17", "date", "2022-08-17", "event")],
        id="iso-date-with-time",
    ),
    pytest.param(
        "Reuters | Updated: 20-09-2022 17:29 IST",
        None,
        [M("20-09-2022", "date", "2022-09-20", "event", ambiguous=False)],
        id="numeric-day-first-with-clock",
    ),
    pytest.param(
        "Filed 09/20/2022 by the clerk.",
        None,
        [M("09/20/2022", "date", "2022-09-20", "event", ambiguous=False)],
        id="numeric-us-month-first",
    ),
    pytest.param(
        "Filed 05/06/2022 by the clerk.",
        None,
        [M("05/06/2022", "date", "2022-06-05", "event", ambiguous=True)],
        id="numeric-ambiguous-day-first",
    ),
    pytest.param(
        "Sunday, December 22, 2024",
        None,
        [M("Sunday, December 22, 2024", "date", "2024-12-22", "event")],
        id="weekday-month-day-year",
    ),
    pytest.param(
        "Tuesday 16 February 2021 12:40 GMT",
        None,
        [M("Tuesday 16 February 2021", "date", "2021-02-16", "event")],
        id="weekday-day-month-year-clock",
    ),
    pytest.param(
        "The report is dated 29 February 2024.",
        None,
        [M("29 February 2024", "date", "2024-02-29", "event")],
        id="leap-day",
    ),
    pytest.param("The report is dated 30 February 2024.", None, NONE, id="impossible-day"),
    # --- no year and no ref: ISO 8601 no-year forms -----------------------------------------
    pytest.param(
        "The rule was delayed until September 1.",
        None,
        [M("September 1", "date", "--09-01", "deadline")],
        id="no-ref-day",
    ),
    pytest.param(
        "Clashes broke out in September.",
        None,
        [M("September", "month", "--09", "event")],
        id="no-ref-month",
    ),
    pytest.param(
        "The summit runs 21-22 November.",
        None,
        [M("21-22 November", "range", "--11-21", "event", end_value="--11-22")],
        id="no-ref-range",
    ),
    # --- months ----------------------------------------------------------------------------
    pytest.param(
        "Stoltenberg expressed concern over incidents in September that left four dead.",
        "2024-12-22",
        [M("September", "month", "2024-09", "event", cue="in", qualifier="exact")],
        id="in-month-past",
    ),
    pytest.param(
        "September’s clashes were the most serious in recent years.",
        "2024-12-22",
        [M("September", "month", "2024-09", "event")],
        id="possessive-month",
    ),
    pytest.param(
        "Elections are expected in mid-March.",
        "2022-12-01",
        [M("mid-March", "date", "2023-03-15", "schedule", qualifier="approx")],
        id="mid-month",
    ),
    pytest.param(
        "The report is due in early October.",
        WED,
        [M("early October", "month", "2022-10", "event", qualifier="approx")],
        id="early-month",
    ),
    pytest.param(
        "The mandate runs until the end of October.",
        WED,
        [
            M(
                "end of October",
                "date",
                "2022-10-31",
                "deadline",
                qualifier="approx",
                text="until the end of October",
            )
        ],
        id="until-end-of-month",
    ),
    pytest.param(
        "Talks must conclude by the beginning of March.",
        "2022-12-28",
        [M("beginning of March", "date", "2023-03-01", "deadline", qualifier="approx")],
        id="by-beginning-of-month",
    ),
    pytest.param(
        "The referendum was delayed until October.",
        WED,
        [M("October", "month", "2022-10", "deadline", cue="until")],
        id="until-month",
    ),
    pytest.param(
        "Elections are scheduled for March.",
        "2022-09-20",
        [M("March", "month", "2023-03", "schedule", cue="scheduled for")],
        id="scheduled-for-month",
    ),
    pytest.param(
        "Elections took place in March.",
        "2022-09-20",
        [M("March", "month", "2022-03", "event")],
        id="past-month",
    ),
    pytest.param(
        "Protests have continued since March.",
        WED,
        [M("March", "month", "2022-03", "since", cue="since")],
        id="since-month",
    ),
    pytest.param(
        "Elections are planned for next March.",
        WED,
        [M("next March", "month", "2023-03", "schedule")],
        id="next-month-name",
    ),
    pytest.param(
        "He resigned last September.",
        WED,
        [M("last September", "month", "2021-09", "event")],
        id="last-month-name",
    ),
    pytest.param(
        "The law was passed in September 2021.",
        None,
        [M("September 2021", "month", "2021-09", "event")],
        id="month-year",
    ),
    pytest.param(
        "Inflation peaked in Sept. 2021.",
        None,
        [M("Sept. 2021", "month", "2021-09", "event")],
        id="abbreviated-month-year",
    ),
    pytest.param(
        "The exhibition ran from March to May 2022.",
        None,
        [M("March to May 2022", "month", "2022-03", "event", end_value="2022-05")],
        id="month-span",
    ),
    pytest.param("April Ryan asked the first question.", WED, NONE, id="month-name-as-first-name"),
    pytest.param("March organisers said 2,000 people came.", WED, NONE, id="march-not-a-month"),
    pytest.param("May I ask a question?", WED, NONE, id="may-modal"),
    pytest.param(
        "The vote took place in May.",
        WED,
        [M("May", "month", "2022-05", "event")],
        id="may-with-cue",
    ),
    # --- years -----------------------------------------------------------------------------
    pytest.param(
        "Kosovo declared independence from Serbia in 2008.",
        WED,
        [M("2008", "year", "2008", "event", text="in 2008", qualifier="exact")],
        id="in-year",
    ),
    pytest.param(
        "Serbia does not recognise Kosovo's independence, won in 2008, and Serbs disagree.",
        "2022-09-20",
        [M("2008", "year", "2008", "event", cue="won")],
        id="won-in-year",
    ),
    pytest.param(
        "NATO's KFOR peacekeeping mission, active since 1999, includes more than 4,500 troops "
        "from 27 countries.",
        "2024-12-22",
        [M("1999", "year", "1999", "since", cue="active since", text="active since 1999")],
        id="active-since-year",
    ),
    pytest.param(
        "The company, founded in 1987, employs 300 people.",
        None,
        [M("1987", "year", "1987", "event", cue="founded")],
        id="founded-in-year",
    ),
    pytest.param(
        "Emissions must fall by 2030.",
        WED,
        [M("2030", "year", "2030", "deadline", cue="by")],
        id="by-year",
    ),
    pytest.param(
        "The 2030 target is out of reach.",
        WED,
        [M("2030", "year", "2030", "deadline", cue="target")],
        id="year-target",
    ),
    pytest.param(
        "Crosstown metro: opening slips to 2028",
        "2023-11-08",
        [M("2028", "year", "2028", "deadline", cue="slips", text="to 2028")],
        id="slips-to-year",
    ),
    pytest.param(
        "Costs rose above the budget the council approved in March, and the line will now open "
        "in 2028.",
        "2023-11-08",
        [
            M("March", "month", "2023-03", "event", cue="approved"),
            M("2028", "year", "2028", "schedule", cue="in"),
        ],
        id="event-word-stops-at-comma",
    ),
    pytest.param(
        "The deadline to register to vote is 15 March.",
        "2023-03-02",
        [M("15 March", "date", "2023-03-15", "deadline", cue="deadline")],
        id="deadline-word-beats-schedule-word",
    ),
    pytest.param(
        "Elections will be held in 2025.",
        WED,
        [M("2025", "year", "2025", "schedule")],
        id="future-year",
    ),
    pytest.param(
        "He will never forget 2008.",
        WED,
        [M("2008", "year", "2008", "event")],
        id="future-verb-past-year",
    ),
    pytest.param(
        "The 2008 elections were disputed.",
        None,
        [M("2008", "year", "2008", "event")],
        id="year-before-plural-noun",
    ),
    pytest.param(
        "In 2008 reformers created the agency.",
        None,
        [M("2008", "year", "2008", "event")],
        id="in-year-before-plural-noun",
    ),
    pytest.param(
        "The bridge was built around 1910.",
        None,
        [M("1910", "year", "1910", "event", qualifier="approx", text="around 1910")],
        id="around-year",
    ),
    pytest.param(
        "Construction should finish in late 2023.",
        None,
        [M("late 2023", "year", "2023", "event", qualifier="approx")],
        id="late-year",
    ),
    pytest.param(
        "The 2019-2020 season was cancelled.",
        None,
        [M("2019-2020", "year", "2019", "event", end_value="2020")],
        id="year-span",
    ),
    pytest.param(
        "Output fell in 2019-20.",
        None,
        [M("2019-20", "year", "2019", "event", end_value="2020")],
        id="year-span-short",
    ),
    pytest.param(
        "Prices doubled between 2019 and 2021.",
        None,
        [M("2019 and 2021", "year", "2019", "event", end_value="2021", cue="between")],
        id="between-years",
    ),
    pytest.param(
        "He served from 2019 to 2021.",
        None,
        [M("2019 to 2021", "year", "2019", "event", end_value="2021")],
        id="from-to-years",
    ),
    pytest.param(
        "The city grew fast in the 1990s.",
        None,
        [M("1990s", "year", "1990", "event", end_value="1999", qualifier="approx")],
        id="decade",
    ),
    pytest.param(
        "The city grew fast in the early 1990s.",
        None,
        [M("early 1990s", "year", "1990", "event", end_value="1993")],
        id="early-decade",
    ),
    pytest.param(
        "Founded in 1995, the agency has operated since 2001 and faces a June 30 deadline.",
        "2022-09-20",
        [
            M("1995", "year", "1995", "event", cue="founded"),
            M("2001", "year", "2001", "since"),
            M("June 30", "date", "2023-06-30", "deadline"),
        ],
        id="three-dates-one-sentence",
    ),
    # --- figures that are not years ----------------------------------------------------------
    pytest.param("NATO has more than 2000 troops there.", WED, NONE, id="quantity-word-count"),
    pytest.param("Police said 2000 rebels surrendered.", WED, NONE, id="plural-noun-count"),
    pytest.param("About 1500 people marched.", WED, NONE, id="count-noun-people"),
    pytest.param("The fine is $2000.", WED, NONE, id="currency-symbol"),
    pytest.param("They received a grant of EUR 2000.", WED, NONE, id="currency-code"),
    pytest.param("Some 1,999 people signed.", WED, NONE, id="thousands-separator"),
    pytest.param("The index stood at 2008.5 points.", WED, NONE, id="decimal"),
    pytest.param("The convoy left at 2015 GMT.", WED, NONE, id="military-time"),
    pytest.param("© 2022 Reuters", WED, NONE, id="copyright-line"),
    pytest.param("Flight 1999 landed safely.", WED, NONE, id="flight-number"),
    pytest.param(
        "Membership rose from 1500 to 2000 last year.",
        WED,
        [M("last year", "relative", "2021", "event")],
        id="count-range-end",
    ),
    pytest.param("Between 2000 and 2,500 people attended.", WED, NONE, id="count-range-start"),
    pytest.param("The bill runs to 1999 pages.", WED, NONE, id="count-noun-pages"),
    pytest.param("The blast happened at 17:29.", WED, NONE, id="clock-time"),
    pytest.param(
        "The blast happened at 8.30am on Monday.",
        WED,
        [M("Monday", "weekday", "2022-08-15", "event")],
        id="clock-am-ignored",
    ),
    pytest.param("Call the hotline on (0155) 555-0123.", WED, NONE, id="phone-number"),
    pytest.param("They gathered at 512 Harbour Road.", WED, NONE, id="street-number"),
    pytest.param("the 2 sides still disagree on almost everything", WED, NONE, id="small-number"),
    # --- ranges -------------------------------------------------------------------------------
    pytest.param(
        "He is expected in Skopje and Belgrade on 21-22 November during this trip.",
        "2024-11-19",
        [M("21-22 November", "range", "2024-11-21", "schedule", end_value="2024-11-22")],
        id="day-range-schedule",
    ),
    pytest.param(
        "The summit takes place from 3 to 5 May.",
        "2022-04-20",
        [M("3 to 5 May", "range", "2022-05-03", "schedule", end_value="2022-05-05")],
        id="from-to-day-range",
    ),
    pytest.param(
        "Voting runs between March 1 and March 15.",
        "2022-02-01",
        [M("March 1 and March 15", "range", "2022-03-01", "event", end_value="2022-03-15")],
        id="between-two-dates",
    ),
    pytest.param(
        "The summit is on November 21-22, 2024.",
        None,
        [M("November 21-22, 2024", "range", "2024-11-21", "event", end_value="2024-11-22")],
        id="month-first-day-range-year",
    ),
    pytest.param(
        "The offer is valid 1 March – 15 April 2022.",
        None,
        [M("1 March – 15 April 2022", "range", "2022-03-01", "event", end_value="2022-04-15")],
        id="cross-month-range",
    ),
    pytest.param(
        "The festival runs 30 December to 2 January.",
        "2022-12-01",
        [M("30 December to 2 January", "range", "2022-12-30", "event", end_value="2023-01-02")],
        id="range-over-new-year",
    ),
    # --- known gaps ----------------------------------------------------------------------------
    pytest.param(
        "Security was tightened before the anniversary of the Sept. 11 attacks.",
        WED,
        [M("Sept. 11", "date", "2001-09-11", "event")],
        id="named-event-date",
        marks=pytest.mark.xfail(strict=True, reason="named dates (9/11) need a list of events"),
    ),
    pytest.param(
        "The city grew fast in the ’90s.",
        None,
        [M("’90s", "year", "1990", "event", end_value="1999")],
        id="short-decade",
        marks=pytest.mark.xfail(strict=True, reason="two-digit decades are not read"),
    ),
    pytest.param(
        "Prices rose in the summer of 2021.",
        None,
        [M("summer of 2021", "month", "2021-07", "event", qualifier="approx")],
        id="season",
        marks=pytest.mark.xfail(strict=True, reason="seasons are not read: only the year is"),
    ),
    pytest.param(
        "KOSOVO DELAYS PLATE RULE UNTIL SEPTEMBER 1",
        WED,
        [M("SEPTEMBER 1", "date", "2022-09-01", "deadline")],
        id="all-caps-headline",
        marks=pytest.mark.xfail(strict=True, reason="month names must be capitalised"),
    ),
    pytest.param(
        "The law will take effect on 1 September.",
        "2022-09-20",
        [M("1 September", "date", "2023-09-01", "deadline")],
        id="future-tense-just-past-date",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a stale copy and a next-year deadline read alike; the near past wins",
        ),
    ),
    pytest.param(
        "Monthly figures for 2019-10 were revised.",
        None,
        [M("2019-10", "month", "2019-10", "event")],
        id="iso-year-month",
        marks=pytest.mark.xfail(strict=True, reason="YYYY-MM is not read (looks like a span)"),
    ),
    pytest.param(
        "Talks resumed in the first week of October.",
        WED,
        [M("first week of October", "date", "2022-10-01", "event", qualifier="approx")],
        id="week-of-month",
        marks=pytest.mark.xfail(strict=True, reason="weeks inside a month are not read"),
    ),
    pytest.param(
        "Schools reopen on the first of September.",
        WED,
        [M("first of September", "date", "2022-09-01", "event")],
        id="spelled-ordinal-day",
        marks=pytest.mark.xfail(strict=True, reason="spelled ordinals are not read"),
    ),
    # --- "as of": when a count was taken, unless its clause looks ahead -------------------
    pytest.param(
        "Crews had cleared 70% of the Varrow debris field as of Sunday.",
        WED,
        [M("Sunday", "weekday", "2022-08-14", "event", cue="as of")],
        id="as-of-weekday-past-count",
    ),
    pytest.param(
        "As of August 14, the Varrow clinic had treated 212 patients.",
        WED,
        [M("August 14", "date", "2022-08-14", "event", cue="as of")],
        id="as-of-day-opening-a-count",
    ),
    pytest.param(
        "As of Monday, visitors to the Varrow clinic will need a pass.",
        WED,
        [M("Monday", "weekday", "2022-08-22", "deadline", cue="as of")],
        id="as-of-in-a-clause-ahead-is-a-deadline",
    ),
    pytest.param(
        "Filed 12/31/23 by the clerk.",
        None,
        [M("12/31/23", "date", "2023-12-31", "event")],
        id="two-digit-year",
        marks=pytest.mark.xfail(strict=True, reason="two-digit years are not read"),
    ),
    pytest.param(
        "He arrived on Monday and left the following day.",
        WED,
        [
            M("Monday", "weekday", "2022-08-15", "event"),
            M("following day", "relative", "2022-08-16", "event"),
        ],
        id="relative-to-story-time",
        marks=pytest.mark.xfail(strict=True, reason="days relative to another date in the story"),
    ),
]


@pytest.mark.parametrize(("sentence", "ref", "expected"), CASES)
def test_find_dates(sentence: str, ref: str | None, expected: list[dict]) -> None:
    got = find_dates(sentence, date.fromisoformat(ref) if ref else None)
    assert [_view(sentence, m, e) for m, e in zip(got, expected, strict=False)] == expected
    assert len(got) == len(expected), [sentence[m.start : m.end] for m in got]
    for m in got:  # offsets point into the sentence, the date words sit inside the text
        assert m.text == sentence[m.start : m.end]
        assert m.start <= m.anchor_start < m.anchor_end <= m.end


def test_mention_is_frozen() -> None:
    (m,) = find_dates("in 2008", None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.value = "2009"  # type: ignore[misc]


def test_text_without_dates_is_empty() -> None:
    assert find_dates("", None) == []
    assert find_dates("Nothing here has a date in it at all.", date(2022, 8, 17)) == []


DURATIONS = [
    pytest.param("over the past 23 years", [(23.0, "years", "over the past 23 years")], id="past"),
    pytest.param("for two decades", [(2.0, "decades", "for two decades")], id="for-decades"),
    pytest.param("three days ago", [(3.0, "days", "three days ago")], id="ago"),
    pytest.param(
        "twenty-three years ago", [(23.0, "years", "twenty-three years ago")], id="compound"
    ),
    pytest.param("in the last year", [(1.0, "years", "in the last year")], id="no-count"),
    pytest.param("a 45-year-old teacher", [], id="age"),
]


@pytest.mark.parametrize(("sentence", "expected"), DURATIONS)
def test_find_durations(sentence: str, expected: list) -> None:
    got = [(n, unit, sentence[a:b]) for a, b, n, unit in find_durations(sentence)]
    assert got == expected


# two days of one month written as a list: the first day shares the month
DAY_LISTS = [
    pytest.param("les 14 et 21 mars", "fr", ["2031-03-14", "2031-03-21"], id="fr-et"),
    pytest.param("los días 14 y 21 de marzo", "es", ["2031-03-14", "2031-03-21"], id="es-y"),
    pytest.param("nos dias 14 e 21 de março", "pt", ["2031-03-14", "2031-03-21"], id="pt-e"),
    pytest.param("il 14 e 21 marzo", "it", ["2031-03-14", "2031-03-21"], id="it-e"),
    pytest.param("am 14. und 21. März", "de", ["2031-03-14", "2031-03-21"], id="de-und"),
    pytest.param("on 14 and 21 March", "en", ["2031-03-14", "2031-03-21"], id="en-and"),
    pytest.param("between 14 and 21 March", "en", ["2031-03-14"], id="en-between-is-a-range"),
    pytest.param("murieron 12 y 5 de marzo", "es", ["2031-03-05"], id="out-of-order-a-figure"),
]


@pytest.mark.parametrize(("text", "lang", "want"), DAY_LISTS)
def test_a_list_of_days_of_one_month(text: str, lang: str, want: list[str]) -> None:
    assert [m.value for m in find_dates(text, date(2031, 3, 25), lang)] == want
