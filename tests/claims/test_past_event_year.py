"""A past event named by its year inside its noun phrase ("A similar storm in 2019 killed
12 people", "Ein ähnlicher Sturm 2019 tötete 12 Menschen") keeps that year for its count
(claims/dated.past_event, with grammar/datescan reading "in 2019 killed" and "Sturm 2019
tötete" as years), or by its full date set off by a relative clause ("the earthquake of 17
August 2011, which killed 1,700"); a count with a nearer date of its own keeps that date,
and counts and ranges stay counts. Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document

PAGE = date(2031, 3, 16)

CASES = [
    pytest.param(
        "A similar storm in 2019 killed 12 people in Norbury.",
        "en",
        {"12": ("2019", "deaths")},
        id="en-a-storm-in-2019-killed",
    ),
    pytest.param(
        "Une tempête semblable en 2019 avait fait 12 morts à Lorvy.",
        "fr",
        {"12": ("2019", "deaths")},
        id="fr-une-tempete-en-2019",
    ),
    pytest.param(
        "Ein ähnlicher Sturm 2019 tötete 12 Menschen in Kessenau.",
        "de",
        {"12": ("2019", "deaths")},
        id="de-ein-sturm-2019-toetete",
    ),
    pytest.param(
        "Una tormenta similar en 2019 mató a 12 personas en Tormenar.",
        "es",
        {"12": ("2019", "deaths")},
        id="es-una-tormenta-en-2019-mato",
    ),
    pytest.param(
        "Uma tempestade semelhante em 2019 matou 12 pessoas em Serrinha.",
        "pt",
        {"12": ("2019", "deaths")},
        id="pt-em-2019-matou",
    ),
    pytest.param(
        "Una tempesta simile nel 2019 uccise 12 persone a Vallerosa.",
        "it",
        {"12": ("2019", "deaths")},
        id="it-nel-2019-uccise",
    ),
    pytest.param(
        "A similar storm in March 2019 killed 12 people in Norbury.",
        "en",
        {"12": ("2019-03", "deaths")},
        id="en-a-storm-in-a-month-of-2019",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a month or day with its year also tells the story's own event in a "
            "retrospective ('the dam burst on 4 May 2019 and left 90 dead'): only a year marks "
            "another event",
        ),
    ),
    # a past event's full date set off by a relative clause that tells its toll
    pytest.param(
        "Norbury still remembers the earthquake of 17 August 2011, which killed 1,700 people.",
        "en",
        {"1,700": ("2011-08-17", "deaths")},
        id="en-the-quake-of-a-day-which-killed",
    ),
    pytest.param(
        "Tormenar aún recuerda el terremoto del 9 de marzo de 2011, que causó 1.300 muertos.",
        "es",
        {"1.300": ("2011-03-09", "deaths")},
        id="es-del-dia-que-causo",
    ),
    pytest.param(
        "Lorvy se souvient du séisme du 17 août 2011, qui avait fait 1 700 morts.",
        "fr",
        {"1 700": ("2011-08-17", "deaths")},
        id="fr-du-jour-qui-avait-fait",
    ),
    pytest.param(
        "Vallerosa ricorda il terremoto del 17 agosto 2011, che causò 1.700 morti.",
        "it",
        {"1.700": ("2011-08-17", "deaths")},
        id="it-del-giorno-che-causo",
    ),
    pytest.param(
        "The dam in Norbury burst on 4 May 2019 and left 90 people dead.",
        "en",
        {"90": ("2031-03-16", "deaths")},
        id="en-a-retrospective-of-its-own-event-keeps-the-page-day",
    ),
    # neighbours: a nearer date of the figure's own, a count, a range, a verb's day
    pytest.param(
        "Storms killed 12 people in Norbury in 2019 and 30 this year.",
        "en",
        {"12": ("2019", "deaths"), "30": ("2031", "deaths")},
        id="en-a-nearer-date-of-its-own",
    ),
    pytest.param(
        "Between 2000 and 2500 people marched in Norbury.",
        "en",
        {"2000 and 2500": ("2031-03-16", "crowd")},
        id="en-a-range-of-counts-stays-a-range",
    ),
    pytest.param(
        "Kessenau meldete 2000 Tote.",
        "de",
        {"2000": ("2031-03-16", "deaths")},
        id="de-a-verb-then-a-count-stays-a-count",
    ),
    pytest.param(
        "Der Sturm tötete 12 Menschen in Kessenau.",
        "de",
        {"12": ("2031-03-16", "deaths")},
        id="de-toetete-names-deaths",
    ),
    pytest.param(
        "A storm in Norbury killed 12 people on Friday.",
        "en",
        {"12": ("2031-03-14", "deaths")},
        id="en-its-own-day",
    ),
]


@pytest.mark.parametrize(("sentence", "lang", "want"), CASES)
def test_a_past_event_named_by_its_year_keeps_it(sentence, lang, want):
    doc = Document(
        id="d1", path="a.md", text=sentence, keep=[(0, len(sentence))], date=PAGE, lang=lang
    )
    got = {c.text: (c.as_of, c.terms[0]) for c in extract_claims(doc) if c.unit == "people"}
    for figure, held in want.items():
        assert [a for t, a in got.items() if figure in t] == [held], got
