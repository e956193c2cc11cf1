"""Publication dates from article headers: each form, the evidence words, and the doubts."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.read import cleanup, pubdate

BODY = "Rescue crews reached 14 villages on Friday, officials said."


def header_date(text: str) -> pubdate.HeaderDate | None:
    lines = cleanup.split_lines(text)
    return pubdate.find_header_date(text, lines, cleanup.furniture(text, lines))


# (text, expected date, expected evidence)
FORMS = [
    pytest.param(
        f" date 2022-08-17 {BODY}", date(2022, 8, 17), "date 2022-08-17", id="leading-marker"
    ),
    pytest.param(
        f"Floods cut off villages\n\nAugust 17, 2022\n\n{BODY}",
        date(2022, 8, 17),
        "August 17, 2022",
        id="month-day-year-line",
    ),
    pytest.param(
        f"Floods cut off villages\n\nLakeside Wire | Updated: 20-09-2022 17:29 IST | "
        f"Created: 20-09-2022 17:01 IST\n\n{BODY}",
        date(2022, 9, 20),
        "Updated: 20-09-2022 17:29 IST | Created: 20-09-2022 17:01 IST",
        id="pipe-header-updated-created",
    ),
    pytest.param(
        f"Sunday, December 22, 2024\nHomeWorldFloods cut off villages\n\n{BODY}",
        date(2024, 12, 22),
        "Sunday, December 22, 2024",
        id="page-header-weekday",
    ),
    pytest.param(
        f"Floods cut off villages\n\nPublished 2022-11-07T07:13:00Z\n\n{BODY}",
        date(2022, 11, 7),
        "Published 2022-11-07T07:13:00Z",
        id="iso-timestamp",
    ),
    pytest.param(
        f"Floods cut off villages\n\nValley Gazette staff\n\nSunday 12 January 2025 08:29 GMT"
        f"\n\n{BODY}",
        date(2025, 1, 12),
        "Sunday 12 January 2025 08:29 GMT",
        id="day-month-year-time-zone",
    ),
    pytest.param(
        f"Floods cut off villages\n\nBy Ana Lopes | 24 October 2020\n\n{BODY}",
        date(2020, 10, 24),
        "24 October 2020",
        id="byline-pipe-date",
    ),
    pytest.param(
        f"Floods cut off villages\n\nThe Eastern Ledger - 4 March 2025\n\n{BODY}",
        date(2025, 3, 4),
        "4 March 2025",
        id="outlet-spaced-dash-date",
    ),
    pytest.param(
        f"Floods cut off villages\n\nSept. 5, 2021, 10:15 a.m. ET\n\n{BODY}",
        date(2021, 9, 5),
        "Sept. 5, 2021, 10:15 a.m. ET",
        id="ap-month-time",
    ),
    pytest.param(
        f"Floods cut off villages\nPosted on 3rd March 2023\n{BODY}",
        date(2023, 3, 3),
        "Posted on 3rd March 2023",
        id="posted-on-ordinal",
    ),
    pytest.param(
        f"Floods cut off villages\nLast updated: 2023/03/04\n{BODY}",
        date(2023, 3, 4),
        "Last updated: 2023/03/04",
        id="updated-only-slashed-iso",
    ),
]


@pytest.mark.parametrize(("text", "day", "evidence"), FORMS)
def test_header_date_forms(text, day, evidence):
    hd = header_date(text)
    assert hd is not None
    assert (hd.date, hd.evidence) == (day, evidence)
    assert text[hd.start : hd.end] == evidence  # verbatim, with its offsets


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            f"Floods cut off villages\n\n{BODY} On August 17, 2022 the dam broke.", id="body-date"
        ),
        pytest.param(
            "Floods cut off villages\n\nThe dam broke on 17 August 2022 at night.",
            id="date-in-sentence",
        ),
        pytest.param(
            "Floods cut off villages\n\n" + "\n\n".join([BODY] * 12) + "\n\nAugust 17, 2022",
            id="date-line-after-header",
        ),
        pytest.param("Floods cut off villages\n\n31-02-2022\n\n" + BODY, id="impossible-date"),
    ],
)
def test_no_publication_date_from_the_body(text):
    assert header_date(text) is None


def test_publication_cue_wins_over_update():
    hd = header_date(
        "Floods cut off villages\nUpdated: 21-09-2022 09:00 IST | Created: 20-09-2022 17:01 IST\n"
        + BODY
    )
    assert hd.date == date(2022, 9, 20)
    assert any("different days" in w for w in hd.warnings)


def test_same_day_update_is_not_doubtful():
    hd = header_date(
        "Floods\n\nWire | Updated: 20-09-2022 17:29 IST | Created: 20-09-2022 17:01 IST\n" + BODY
    )
    assert hd.warnings == []
    assert hd.names and "Wire" in [
        f"Floods\n\nWire | Updated: 20-09-2022 17:29 IST | Created: 20-09-2022 17:01 IST\n{BODY}"[
            s:e
        ]
        for s, e in hd.names
    ]


def test_weekday_that_does_not_match_is_doubtful():
    hd = header_date(f"Monday, December 22, 2024\n\n{BODY}")
    assert hd.date == date(2024, 12, 22)
    assert hd.warnings == ["date doubtful: the header says Monday but 2024-12-22 is a Sunday"]


def test_second_header_date_line_is_doubtful():
    hd = header_date(f"Floods\nAugust 17, 2022\nPublished 2022-08-19T10:00:00Z\n\n{BODY}")
    assert hd.date == date(2022, 8, 17)
    assert hd.drop_lines == [1, 2]
    assert any("also Published 2022-08-19" in w for w in hd.warnings)


@pytest.mark.parametrize(
    ("value", "day", "warned"),
    [
        pytest.param("20-09-2022", date(2022, 9, 20), False, id="day-first-unambiguous"),
        pytest.param("05-01-2020", date(2020, 1, 5), False, id="dashes-read-day-first"),
        pytest.param("05/01/2020", date(2020, 1, 5), True, id="slashes-ambiguous"),
        pytest.param("05/01/2020 10:00 EST", date(2020, 5, 1), True, id="us-zone-month-first"),
        pytest.param("12/25/2020", date(2020, 12, 25), False, id="month-first-unambiguous"),
    ],
)
def test_numeric_date_order(value, day, warned):
    hd = header_date(f"Floods\n\n{value}\n\n{BODY}")
    assert hd.date == day
    assert any("ambiguous" in w for w in hd.warnings) is warned


@pytest.mark.parametrize(
    ("value", "day"),
    [
        pytest.param("2023-05-01", date(2023, 5, 1), id="iso-date"),
        pytest.param("2022-11-07T07:13:00Z", date(2022, 11, 7), id="iso-timestamp"),
        pytest.param("2022-11-07T23:13:00-05:00", date(2022, 11, 7), id="iso-offset"),
        pytest.param("August 17, 2022", date(2022, 8, 17), id="month-name"),
        pytest.param("Wed, 17 Aug 2022 10:00:00 +0000", date(2022, 8, 17), id="rfc-2822"),
        pytest.param("not a date", None, id="words"),
        pytest.param("2022-13-45", None, id="impossible"),
    ],
)
def test_parse_date_values(value, day):
    assert pubdate.parse_date(value) == day


def test_date_from_epoch_seconds_and_millis():
    assert pubdate.date_from_value(1633910400) == date(2021, 10, 11)
    assert pubdate.date_from_value(1633910400000) == date(2021, 10, 11)
    assert pubdate.date_from_value(True) is None


@pytest.mark.parametrize(
    ("pub", "body", "doubt"),
    [
        pytest.param(
            date(2024, 12, 22),
            "Talks were held in the capital on 20 November.",
            "on 20 November (32 days earlier)",
            id="stale-page-header",
        ),
        pytest.param(
            date(2024, 12, 22),
            "The minister spoke on 19 December in the capital.",
            None,
            id="recent-event",
        ),
        pytest.param(
            date(2022, 8, 17),
            "The rule was delayed until September 1 and takes effect on September 1.",
            None,
            id="future-deadline",
        ),
        pytest.param(
            date(2022, 8, 17),
            "A similar flood on August 2, 2019 killed 3 people.",
            None,
            id="dated-history",
        ),
        pytest.param(
            date(2023, 1, 10),
            "Shops reopened on December 20 after the storm.",
            "on December 20 (21 days earlier)",
            id="across-new-year",
        ),
        pytest.param(date(2023, 1, 10), "Crowds gathered on Wednesday.", None, id="weekday-only"),
    ],
)
def test_event_doubt(pub, body, doubt):
    got = pubdate.event_doubt(pub, body, [(0, len(body))])
    if doubt is None:
        assert got is None
    else:
        assert got is not None and got.endswith(doubt)
        assert got.startswith(f"date doubtful: the page header says {pub.isoformat()}")


def test_furniture_does_not_use_up_the_header_window():
    text = "Share\n" * 14 + "Floods cut off villages\n\nAugust 17, 2022\n\n" + BODY
    hd = header_date(text)
    assert hd is not None and hd.date == date(2022, 8, 17)


# Header dates in other languages: their cues (header.toml), month and weekday names
# (languages.toml), articles and clock words. (header line, date, evidence, doubtful?)
OTHER_LANGUAGES = [
    ("Publié le 6 avril 2023 à 10h", date(2023, 4, 6), None, False, "fr-publie-le"),
    ("Mis à jour le 7 avril 2023 à 12h05", date(2023, 4, 7), None, False, "fr-mis-a-jour"),
    ("Publié le 1er avril 2023", date(2023, 4, 1), None, False, "fr-premier"),
    ("Veröffentlicht am 14.07.2021", date(2021, 7, 14), None, False, "de-veroeffentlicht"),
    (
        "Veröffentlicht am 14. Juli 2021 um 10:15 Uhr",
        date(2021, 7, 14),
        None,
        False,
        "de-day-dot-month-uhr",
    ),
    ("Aktualisiert: 15.07.2021, 10:15 Uhr", date(2021, 7, 15), None, False, "de-aktualisiert"),
    ("Mittwoch, 14. Juli 2021", date(2021, 7, 14), None, False, "de-weekday"),
    ("Dienstag, 14. Juli 2021", date(2021, 7, 14), None, True, "de-weekday-wrong-doubtful"),
    ("Actualizado el 29 oct 2024", date(2024, 10, 29), None, False, "es-actualizado-abbr"),
    (
        "29 de octubre de 2024 - 10:30 CET",
        date(2024, 10, 29),
        "29 de octubre de 2024",
        False,
        "es-de-month-de-year",
    ),
    ("Publicado em 17/03/2019", date(2019, 3, 17), None, False, "pt-publicado-em"),
    ("Publicado em 17 de março de 2019 às 10h", date(2019, 3, 17), None, False, "pt-as-10h"),
    ("Pubblicato il 14 agosto 2018", date(2018, 8, 14), None, False, "it-pubblicato-il"),
    ("martedì 14 agosto 2018 alle 10:30", date(2018, 8, 14), None, False, "it-weekday-alle"),
    ("Bijgewerkt op 3 maart 2022", date(2022, 3, 3), None, False, "nl-bijgewerkt-op"),
    ("Stand: 15.07.2021 10:15 Uhr", date(2021, 7, 15), None, False, "de-stand"),
    ("Atualizado em 25/01/2019 às 10h30", date(2019, 1, 25), None, False, "pt-atualizado"),
    ("Ažurirano: 12.03.2023. u 10:15", date(2023, 3, 12), None, False, "hbs-dot-after-year"),
    ("12. ožujka 2023.", date(2023, 3, 12), None, False, "hbs-month-name"),
]


@pytest.mark.parametrize(
    ("line", "day", "evidence", "doubtful"),
    [pytest.param(*row[:4], id=row[4]) for row in OTHER_LANGUAGES],
)
def test_header_date_in_other_languages(line, day, evidence, doubtful):
    got = header_date(f"Crue: les villages coupés du monde\n\n{line}\n\n{BODY}")
    assert got is not None
    assert (got.date, got.evidence) == (day, evidence or line)
    assert any("doubtful" in w for w in got.warnings) == doubtful


@pytest.mark.parametrize(
    ("line", "day"),
    [
        pytest.param(
            "Publié le 6 avril 2023 à 10h, mis à jour le 7 avril 2023 à 12h05",
            date(2023, 4, 6),
            id="fr-comma",
        ),
        pytest.param(
            "Aktualisiert am 15.07.2021 | Veröffentlicht am 14.07.2021",
            date(2021, 7, 14),
            id="de-update-first",
        ),
        pytest.param(
            "Actualizado el 30 oct 2024 · Publicado el 29 oct 2024", date(2024, 10, 29), id="es"
        ),
    ],
)
def test_publication_wins_over_update_in_other_languages(line, day):
    got = header_date(f"Crue: les villages coupés du monde\n\n{line}\n\n{BODY}")
    assert got is not None and got.date == day


def test_update_alone_dates_the_page_in_other_languages():
    got = header_date(f"Crue\n\nMis à jour le 7 avril 2023 à 12h05\n\n{BODY}")
    assert got is not None and got.date == date(2023, 4, 7)


# A byline that carries the day after the author's name (and handle): the page's date.
BYLINES = [
    ("By Mira Oakes 3 March 2025", date(2025, 3, 3), "3 March 2025", "en-by-name-date"),
    (
        "Mira Oakes @miraoakes3 March 2025",
        date(2025, 3, 3),
        "3 March 2025",
        "en-handle-glued-to-day",
    ),
    (
        "Léa Morvan @leamorvan 12 septembre 2023",
        date(2023, 9, 12),
        "12 septembre 2023",
        "fr-handle-spaced",
    ),
    ("Jonas Keller 13.09.2023", date(2023, 9, 13), "13.09.2023", "de-name-numeric-date"),
    (
        "Por Lucía Prado 14 de febrero de 2023",
        date(2023, 2, 14),
        "14 de febrero de 2023",
        "es-por-name-date",
    ),
]


@pytest.mark.parametrize(
    ("line", "day", "evidence"),
    [pytest.param(*row[:3], id=row[3]) for row in BYLINES],
)
def test_byline_with_its_date(line, day, evidence):
    got = header_date(f"Floods cut off villages\n\n{line}\n\n{BODY}")
    assert got is not None
    assert (got.date, got.evidence) == (day, evidence)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Floods cut off 12 villages 3 March 2025", id="headline-with-figure"),
        pytest.param("The dam broke on Sunday night, 3 March 2025.", id="sentence"),
    ],
)
def test_no_byline_date_from_a_headline_or_sentence(line):
    assert header_date(f"Floods cut off villages\n\n{line}\n\n{BODY}") is None
