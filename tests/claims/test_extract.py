"""Claim extraction on single sentences of invented stories: what is counted, and noise.

Each case is one short article (a headline-free paragraph) with a publication date; the
expectation names the claim's words, value, unit and family (the first subject term), or
that the sentence yields no claim at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document

PUB = date(2023, 10, 19)  # a Thursday


def claims_of(text: str, pub: date = PUB):
    doc = Document(id="d1", path="x.txt", text=text, keep=[(0, len(text))], date=pub)
    return extract_claims(doc)


def brief(c):
    return (c.text, c.value, c.unit, c.terms[0])


CASES = [
    # what is counted
    pytest.param(
        "Around 3,700 NATO peacekeepers are still stationed there.",
        [("Around 3,700 NATO peacekeepers", 3700, "troops", "troops")],
        id="troops-family-from-noun",
    ),
    pytest.param(
        "More than 150 people were injured, the health directorate said.",
        [("More than 150 people", 150, "people", "injured")],
        id="people-family-from-verb-after",
    ),
    pytest.param(
        "The quake killed at least 12 people in the province.",
        [("at least 12 people", 12, "people", "deaths")],
        id="people-family-from-verb-before",
    ),
    pytest.param(
        "The death toll rose to 37 on Wednesday.",
        [("37", 37, "people", "deaths")],
        id="link-back-to-toll",
    ),
    pytest.param(
        "Police made 11 arrests after the march.",
        [("11 arrests", 11, "people", "arrests")],
        id="arrests-noun",
    ),
    pytest.param(
        "The fire has burned more than 4,000 hectares of forest.",
        [("more than 4,000 hectares", 4000, "hectares", "burned")],
        id="hectares-burned-is-cumulative",
    ),
    pytest.param(
        "Police said 12,000 people joined the march, up from 7,500 in May.",
        [("12,000 people", 12000, "people", "crowd"), ("7,500", 7500, "people", "crowd")],
        id="second-figure-inherits-what-is-counted",
    ),
    pytest.param(
        "The council approved a €2.4 billion budget for the line.",
        [("€2.4 billion", 2_400_000_000, "currency", "money:amount")],
        id="money-cost",
    ),
    pytest.param(
        "The government has promised £450m towards the link.",
        [("£450m", 450_000_000, "currency", "money:pledged:government")],
        id="money-pledged-by-its-giver",
    ),
    pytest.param(
        "Serbs make up 5% of the region's population.",
        [("5%", 5, "percent", "share:serb")],
        id="share-with-verb",
    ),
    pytest.param(
        "Nearly 60% of nurses joined the strike.",
        [("Nearly 60%", 60, "percent", "share:nurse")],
        id="share-of-nurses-not-of-the-verb-after-them",
    ),
    pytest.param(
        "Some 12% of residents live below the poverty line.",
        [("Some 12%", 12, "percent", "share:resident")],
        id="share-of-residents-ends-at-a-present-tense-verb",
    ),
    pytest.param(
        "About 40 percent of voters backed the measure.",
        [("About 40 percent", 40, "percent", "share:support measure")],
        id="share-of-voters-who-backed-is-support",
    ),
    pytest.param(
        "Estonia's 1.3 million population is 69% ethnic Estonian.",
        [
            ("1.3 million population", 1_300_000, "people", "population"),
            ("69%", 69, "percent", "share:estonian"),
        ],
        id="population-is-69-percent-estonian",
    ),
    pytest.param(
        "The death toll from the quake in Varna Province rose by 12 to 57, officials said.",
        [("57", 57, "people", "deaths")],
        id="rose-by-a-step-to-a-level-only-the-level",
    ),
    pytest.param(
        "The number of dead is up by 40 to 310.",
        [("310", 310, "people", "deaths")],
        id="up-by-a-step-to-a-level",
    ),
    pytest.param("Another 12 bodies were found on Monday.", [], id="another-step-in-a-toll"),
    pytest.param(
        "Some 12 more people died in hospital, bringing the toll to 69.",
        [("69", 69, "people", "deaths")],
        id="more-is-a-step-in-a-toll",
    ),
    pytest.param(
        "An additional 3,000 troops will be deployed, bringing the total to 12,000.",
        [("3,000 troops", 3000, "troops", "troops:added"), ("12,000", 12000, "troops", "troops")],
        id="reinforcements-are-their-own-quantity",
    ),
    pytest.param(
        "Voters backed the plan by 52.3 per cent to 47.7 per cent.",
        [
            ("52.3 per cent", 52.3, "percent", "share:plan"),
            ("47.7 per cent", 47.7, "percent", "share:plan against"),
        ],
        id="result-in-per-cent-the-unit-word-is-not-the-subject",
    ),
    pytest.param(
        "Support for the levy rose by 5 per cent to 41 per cent.",
        [("41 per cent", 41, "percent", "share:support levy")],
        id="rose-by-per-cent-to-a-level",
    ),
    pytest.param(
        "Unemployment fell by 0.4 percentage points to 5.1%.",
        [("5.1%", 5.1, "percent", "share:unemployment")],
        id="fell-by-points-to-a-level",
    ),
    pytest.param(
        "Alder Transit has offered less than half of that.",
        [("less than half of", 50, "percent", "share:rise")],
        id="half-of-a-pronoun-is-not-a-share-of-of",
    ),
    pytest.param(
        "Exports fell 3.4% in May.",
        [("3.4%", 3.4, "percent", "share:export")],
        id="fell-a-percentage-the-verb-is-not-the-subject",
    ),
    pytest.param(
        "Wages rose by 4.5% last year.",
        [("4.5%", 4.5, "percent", "share:wage")],
        id="rose-by-a-percentage-is-a-rate-and-stays",
    ),
    pytest.param(
        "A magnitude 6.3 earthquake struck before dawn.",
        [("6.3", 6.3, "magnitude", "measure:magnitude:earthquake")],
        id="measure-before-figure",
    ),
    pytest.param(
        "Bus drivers will walk out for 48 hours next week.",
        [("48 hours", 48, "hours", "duration:stoppage")],
        id="hours-duration",
    ),
    pytest.param(
        "Some 50,000 Serbs living in northern Kosovo reject the plan.",
        [("Some 50,000 Serbs", 50000, "people", "serb")],
        id="demonym-counts-people",
    ),
    pytest.param(
        "Clashes left a police officer and three attackers dead.",
        [("a police officer and three attackers", 4, "people", "deaths")],
        id="one-named-before-and-is-counted-too",
    ),
    # dates and years
    pytest.param(
        "The rule was delayed until September 1, officials said.",
        [("until September 1", "2023-09-01", "date", "deadline")],
        id="deadline-date",
    ),
    pytest.param(
        "The referendum will be held on April 23.",
        [("on April 23", "2024-04-23", "date", "date:vote")],
        id="event-date",
    ),
    pytest.param(
        "The line is now due to open in 2028.",
        [("in 2028", 2028, "year", "plan:opening")],
        id="planned-year",
    ),
    pytest.param(
        "The country declared independence in 2008.",
        [("in 2008", 2008, "year", "year:independence")],
        id="event-year",
    ),
    # noise: nothing about the world is stated
    # what a figure measures decides which figures it is compared with
    pytest.param(
        "Schools in the province will stay closed until November 6, the minister said.",
        [("until November 6", "2023-11-06", "date", "date:reopening")],
        id="closed-until-dates-the-reopening",
    ),
    pytest.param(
        "Flights were suspended until 2 November.",
        [("until 2 November", "2023-11-02", "date", "date:resumption")],
        id="suspended-until-dates-the-resumption",
    ),
    pytest.param(
        "The union wants a 9% rise this year.",
        [("9%", 9, "percent", "share:rise demanded")],
        id="demanded-share-is-its-own-quantity",
    ),
    pytest.param(
        "Drivers rejected a 4.5% pay offer on Monday.",
        [("4.5%", 4.5, "percent", "share:rise")],
        id="offer-is-the-rise-on-the-table",
    ),
    pytest.param(
        "Yes took 52% of the vote, with 14,712 islanders backing the plan.",
        [("52%", 52, "percent", "share:vote"), ("14,712 islanders", 14712, "votes", "votes")],
        id="people-backing-in-a-vote-are-votes",
    ),
    pytest.param(
        "About 200 volunteers backing the rescue effort arrived on Monday.",
        [("About 200 volunteers", 200, "people", "volunteer")],
        id="people-backing-outside-a-vote-are-people",
    ),
    pytest.param(
        "Yes won 14,712 votes and No 13,418.",
        [("14,712 votes", 14712, "votes", "votes"), ("13,418", 13418, "votes", "votes:no")],
        id="elided-count-belongs-to-the-name-before-it",
    ),
    pytest.param(
        "Buses will stop for 48 hours from Monday.",
        [("48 hours", 48, "hours", "duration:stoppage")],
        id="stop-for-hours-is-a-stoppage",
    ),
    pytest.param(
        "The brigade has served the town since 1979 and will not stop now.",
        [("since 1979", 1979, "year", "year:founding")],
        id="stop-is-no-event-of-a-year",
    ),
    pytest.param(
        "Hospitals in the region registered 40 deaths linked to the flood.",
        [("40 deaths", 40, "people", "deaths")],
        id="registered-deaths-are-a-count-not-a-reading",
    ),
    pytest.param(
        "Support for the levy has reached 41%, a poll found.",
        [("41%", 41, "percent", "share:support levy")],
        id="support-for-is-support",
    ),
    pytest.param(
        "Just over 41% of voters back the levy, the minister said.",
        [("Just over 41%", 41, "percent", "share:support levy")],
        id="voters-back-is-support",
    ),
    pytest.param(
        "Support for the Greens stands at 12%, down from 15%.",
        [
            ("12%", 12, "percent", "share:support green"),
            ("15%", 15, "percent", "share:support green"),
        ],
        id="support-for-ends-at-the-verb-and-down-from-is-the-same-share",
    ),
    pytest.param(
        "Members voted 87% in favour of strike action; 78% later backed the deal.",
        [
            ("87%", 87, "percent", "share:support stoppage"),
            ("78%", 78, "percent", "share:support agreement"),
        ],
        id="support-for-two-things-is-two-quantities",
    ),
    pytest.param(
        "About 40% of the civil works had been completed.",
        [("About 40%", 40, "percent", "share:completion")],
        id="works-completed-is-completion",
    ),
    pytest.param(
        "The share of the line already built stands at 60%, the mayor told reporters.",
        [("60%", 60, "percent", "share:completion")],
        id="share-built-is-completion-not-the-speaker",
    ),
    pytest.param(
        "Voters backed the plan by 52.3% to 47.7%.",
        [
            ("52.3%", 52.3, "percent", "share:plan"),
            ("47.7%", 47.7, "percent", "share:plan against"),
        ],
        id="by-x-to-y-second-is-the-other-side",
    ),
    pytest.param(
        "The November 9 deadline for the opening of the line is approaching.",
        [("November 9 deadline", "2023-11-09", "date", "date:opening")],
        id="deadline-for-an-event-dates-the-event",
    ),
    pytest.param(
        "$2 billion has been earmarked for the programme, the ministry said.",
        [("$2 billion", 2000000000, "currency", "money:amount")],
        id="earmarked-is-the-budget",
    ),
    pytest.param(
        "At least 5,000 people came out on Sunday to protest.",
        [("At least 5,000 people", 5000, "people", "crowd")],
        id="people-who-came-out-are-a-crowd",
    ),
    pytest.param(
        "Diplomats said 30 governments were taking part.",
        [("30 governments", 30, "countries", "countries")],
        id="governments-are-countries",
    ),
    pytest.param(
        "The brigade dates back to 1976, its chief said.",
        [("dates back to 1976", 1976, "year", "year:founding")],
        id="dates-back-to-is-a-founding-year",
    ),
    # an irregular past tense ends the noun phrase: the verb is not what is counted
    pytest.param(
        "Twenty-seven countries sent aid.",
        [("Twenty-seven countries", 27, "countries", "countries")],
        id="sent-aid-is-not-money",
    ),
    pytest.param(
        "Up to 90 boats sank in the storm.",
        [("Up to 90 boats", 90, "boats", "boat")],
        id="sank-is-not-the-unit",
    ),
    pytest.param(
        "About 40 trucks stood empty at the border.",
        [("About 40 trucks", 40, "trucks", "truck")],
        id="stood-empty-is-not-the-unit",
    ),
    # a verb right after a figure that counts no noun says what it counts
    pytest.param(
        "Thousands marched through the city on Sunday.",
        [("Thousands", 2000, "people", "crowd")],
        id="thousands-marched-is-a-crowd-not-through",
    ),
    pytest.param(
        "About 5,000 gathered outside parliament.",
        [("About 5,000", 5000, "people", "crowd")],
        id="gathered-outside-is-a-crowd-not-parliament",
    ),
    pytest.param(
        "Twelve were killed and 40 injured in the blast.",
        [("Twelve", 12, "people", "deaths"), ("40", 40, "people", "injured")],
        id="were-killed-and-injured-each-count-their-own",
    ),
    pytest.param(
        "On Sunday, over 50,000 people filled the streets of the capital.",
        [("over 50,000 people", 50000, "people", "crowd")],
        id="people-who-filled-the-streets-are-a-crowd",
    ),
    pytest.param(
        "The percentage of children vaccinated in the north fell to 71%.",
        [("71%", 71, "percent", "share:children")],
        id="percentage-of-children-before-the-figure",
    ),
    pytest.param(
        "Negotiators have until November 9 to settle their differences over the opening.",
        [("until November 9", "2023-11-09", "date", "deadline")],
        id="negotiators-deadline-is-not-the-opening-date",
    ),
    pytest.param("The meeting starts at 14:30 in room 4.", [], id="clock-time-and-room"),
    pytest.param("Forms are available at 3 Kirk Street.", [], id="street-address"),
    pytest.param("The number 14 bus was diverted.", [], id="bus-number"),
    pytest.param("The two sides will meet again.", [], id="the-two-sides"),
    pytest.param("Schools built in the 1990s were inspected.", [], id="decade"),
    pytest.param("It was the 3rd time this year.", [], id="ordinal"),
    pytest.param("Talks will resume on Monday.", [], id="weekday-alone"),
    pytest.param(
        "Four bodies were found in the 12-storey block, while 7 are still inside.",
        [("Four bodies", 4, "people", "bodies"), ("12-storey", 12, "storey", "storey")],
        id="bare-figure-after-a-hyphenated-modifier-counts-no-storeys",
    ),
    # a photo's caption with its credit dates the picture: no claim of the event's date
    pytest.param(
        "Volunteers clear the mud in Norbury after the flood hit the valley on October 12, 2023"
        " (AFP Photo)",
        [],
        id="a-caption-with-its-credit-makes-no-date-claim",
    ),
    pytest.param(
        "Volunteers clear the mud in Norbury after the flood hit the valley on October 12, 2023"
        " (Photo AFP)",
        [],
        id="a-caption-with-its-credit-after-the-word-makes-no-date-claim",
    ),
    pytest.param(
        "The flood hit the valley on October 12, 2023 (Reuters)",
        [("on October 12, 2023", "2023-10-12", "date", "date:flood")],
        id="an-agency-in-brackets-alone-is-no-caption",
    ),
    pytest.param(
        "The flood hit the valley on October 12, 2023, the agency said.",
        [("on October 12, 2023", "2023-10-12", "date", "date:flood")],
        id="the-same-date-in-the-text-is-the-flood-s",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_claims(text, expected):
    assert [brief(c) for c in claims_of(text)] == expected


# Two phrasings of one quantity: the claim reads the same family and scope from either, so
# both land in one subject.
SAME_QUANTITY = [
    pytest.param(
        "The share of homes in southern Vell damaged by the storm stands at 9.6%.",
        "Surveys suggest 9.6 per cent of homes in southern Vell were damaged.",
        id="share-of-homes-before-or-after-the-figure",
    ),
    pytest.param(
        "The share of homes in southern Vell damaged by the storm has reached 9.6 percent.",
        "Officials put the share of homes in southern Vell damaged by the storm at 9.6%.",
        id="share-phrase-with-reached-or-put-at",
    ),
    pytest.param(
        "The opening of the bridge has been pushed back to November 9.",
        "The opening of the bridge will take place on November 9.",
        id="postponed-opening-is-the-opening-date",
    ),
    pytest.param(
        "The opening of the bridge is expected to take place on November 9.",
        "The November 9 deadline for the opening of the bridge is approaching.",
        id="expected-opening-is-the-opening-date",
    ),
    pytest.param(
        "The council decided to delay the opening of the bridge until November 9.",
        "The opening of the bridge is set for November 9.",
        id="delayed-until-is-the-opening-date",
    ),
    pytest.param(
        "The mayor decided to hold off on the opening of the bridge until November 9.",
        "The opening of the bridge is set for November 9.",
        id="hold-off-until-is-the-opening-date",
    ),
    pytest.param(
        "The board has put off the opening of the museum until 12 March.",
        "The museum's opening will take place on 12 March.",
        id="put-off-until-is-the-opening-date",
    ),
    pytest.param(
        "About 13% of Vojvodina's population identify as Hungarian.",
        "The Hungarian share of Vojvodina's population is 13%.",
        id="part-named-after-the-whole-or-before-share",
    ),
    pytest.param(
        "Some 12 per cent of Lusatia's population belong to the Sorbian minority.",
        "The Sorbian share of Lusatia's population has reached 12 per cent.",
        id="belong-to-the-minority-or-the-minority-share",
    ),
    pytest.param(
        "About 24% of Estonia's population are Russians.",
        "Russians, who make up about 24% of Estonia's population, voted on Sunday.",
        id="population-are-russians-or-russians-who-make-up",
    ),
    pytest.param(
        "Officials set Feb. 15 as the target date for the final vote on the fuel tax.",
        "The final vote on the fuel tax will take place on Feb. 15.",
        id="target-date-for-the-final-vote-dates-the-vote",
    ),
    pytest.param(
        "Engineers have inspected more than half of the buildings in Tebrik.",
        "More than 50% of the buildings in Tebrik have been inspected.",
        id="half-of-took-the-of-its-whole-follows",
    ),
    pytest.param(
        "Members voted 87% in favour of strike action.",
        "Some 87% of members back the strike.",
        id="in-favour-of-is-support",
    ),
    pytest.param(
        "Some 50,000 people packed the streets of the capital.",
        "Some 50,000 protesters marched in the capital.",
        id="packed-the-streets-is-a-crowd",
    ),
]


@pytest.mark.parametrize("one, other", SAME_QUANTITY)
def test_two_phrasings_of_one_quantity_read_alike(one, other):
    (a,), (b,) = claims_of(one), claims_of(other)
    assert (a.terms[0], a.scope, a.value) == (b.terms[0], b.scope, b.value)


def test_as_of_is_the_date_nearest_the_figure():
    (c,) = [
        c
        for c in claims_of(
            "The toll from last Tuesday's quake stood at 57 on Monday.", date(2023, 10, 23)
        )
        if c.unit == "people"
    ]
    assert c.as_of == "2023-10-23"


def test_running_count_is_dated_by_the_report_not_the_event():
    (c,) = claims_of("More than 50 people were killed by Tuesday's earthquake.")
    assert c.as_of == PUB.isoformat()


def test_a_date_before_a_running_count_names_the_event():
    (c,) = claims_of("Riots in September left three protesters dead.")
    assert c.as_of == PUB.isoformat()


def test_sentence_date_dates_its_figures():
    (c,) = claims_of("On Saturday, 7,500 people marched through the city.")
    assert c.as_of == "2023-10-14"


def test_offsets_point_into_the_text():
    text = "Intro. Then close to 4,000 troops arrived."
    (c,) = claims_of(text)
    assert text[c.start : c.end] == c.text == "close to 4,000 troops"
    assert text[c.sentence_start : c.sentence_start + len(c.quote)] == c.quote
