"""Pages that show no day, dated from their story (analyse/dating.py): the running figures
they share with dated reports, and a day they name with its weekday."""

from __future__ import annotations

import re
from datetime import date

import pytest

from kfactcheck.analyse.dating import date_from_story
from kfactcheck.analyse.subjects import assign_subjects
from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document
from kfactcheck.pipeline import Settings, build_report

# Invented reports of one invented flood: 41 dead on Friday 14 March 2031, 57 on Saturday
DAY1 = (
    "---\ndate: 2031-03-14\n---\n"
    "Floods in Varnholm kill 41\n\n"
    "The death toll from the floods in Varnholm rose to 41 on Friday, the Varnholm police "
    "said. Rescue teams from Tessburg searched the Lindau valley.\n"
)
DAY2 = (
    "---\ndate: 2031-03-15\n---\n"
    "Varnholm flood toll reaches 57\n\n"
    "The death toll from the floods in Varnholm rose to 57, the Varnholm police said. "
    "Rescue teams from Tessburg searched the Lindau valley.\n"
)

# ... 70 on Sunday 16 March, still 70 (the final toll) on 20 April
LATER = [
    (
        "---\ndate: 2031-03-16\n---\n"
        "Varnholm flood toll reaches 70\n\n"
        "The death toll from the floods in Varnholm rose to 70, the Varnholm police said. "
        "Rescue teams from Tessburg searched the Lindau valley.\n"
    ),
    (
        "---\ndate: 2031-04-20\n---\n"
        "Varnholm rebuilds\n\n"
        "The floods in Varnholm killed 70 people, the Varnholm police said. Rescue teams "
        "from Tessburg left the Lindau valley.\n"
    ),
]


def _story(folder) -> None:
    for name, text in zip("abde", [DAY1, DAY2, *LATER], strict=True):
        (folder / f"{name}.md").write_text(text, encoding="utf-8")


def _page(head: str, body: str) -> str:
    return f"{head}{body} Rescue teams from Tessburg searched the Lindau valley.\n"


CASES = [
    pytest.param(
        _page("", "Varnholm toll\n\nThe death toll from the floods in Varnholm rose to 57."),
        "2031-03-15",
        {"57": "2031-03-15"},
        id="undated-page-takes-the-first-report-of-its-figure",
    ),
    pytest.param(
        _page(
            " date 2031-03\n",
            "Varnholm toll\n\nThe death toll from the floods in Varnholm rose to 57, up from 41.",
        ),
        "2031-03-15",
        {"57": "2031-03-15", "41": "2031-03-14"},
        id="month-only-page-its-top-figure-dates-it-a-lower-one-keeps-its-day",
    ),
    pytest.param(
        _page(
            " date 2031-09\n",
            "Varnholm, six months on\n\nThe floods in Varnholm killed 57 people, the "
            "Varnholm police said.",
        ),
        None,
        {"57": "2031-03-15"},
        id="retrospective-page-keeps-the-past-event-time",
    ),
    pytest.param(
        _page(
            "---\ndate: 2031-03-20\n---\n",
            "Varnholm toll\n\nThe death toll from the floods in Varnholm stands at 41.",
        ),
        "2031-03-20",
        {"41": "2031-03-20"},
        id="a-date-the-page-shows-is-never-changed",
    ),
    pytest.param(
        # no day, but between the 57 of 15 March and the 70 of 16 March: of March
        # (dating.window_months), though the story's dated pages run into April
        _page("", "Varnholm toll\n\nThe death toll from the floods in Varnholm rose to 63."),
        None,
        {"63": "2031-03"},
        id="a-figure-no-dated-report-gives-dates-no-day-its-counts-give-a-month",
    ),
    pytest.param(
        _page("", "Varnholm toll\n\nThe death toll from the floods in Varnholm rose to 100."),
        None,
        {"100": ""},
        id="a-figure-far-past-every-dated-report-dates-nothing",
    ),
    pytest.param(
        _page("", "Varnholm toll\n\nThe death toll from the floods in Varnholm stands at 70."),
        None,
        {"70": ""},
        id="a-final-toll-repeated-for-weeks-dates-nothing",
    ),
    pytest.param(
        _page(
            "",
            "Varnholm aid\n\nThe Varnholm council pledged 5 million euros to the flood "
            "victims, the mayor said (Friday, 14/03).",
        ),
        "2031-03-14",
        {"5 million": "2031-03-14"},
        id="a-weekday-with-day-and-month-read-in-the-story-s-months",
    ),
    pytest.param(
        _page(
            "",
            "Varnholm toll\n\nThe death toll from the floods in Varnholm rose to 57. The "
            "Varnholm council pledged 5 million euros on Friday.",
        ),
        "2031-03-15",
        {"57": "2031-03-15", "5 million": "2031-03-14"},
        id="a-weekday-read-against-the-inferred-date",
    ),
    pytest.param(
        _page(
            "",
            "Varnholm toll\n\nThe death toll from the floods in Varnholm rose to 63 today, Sunday.",
        ),
        "2031-03-16",
        {"63": "2031-03-16"},
        id="today-s-weekday-between-a-lower-and-a-higher-dated-count",
    ),
    pytest.param(
        _page(
            "",
            "Varnholm toll\n\nThe death toll from the floods in Varnholm rose this Tuesday to 74.",
        ),
        "2031-04-22",
        {"74": "2031-04-22"},
        id="this-weekday-in-the-week-after-a-close-lower-count",
    ),
    pytest.param(
        _page(
            "", "Varnholm toll\n\nThe death toll from the floods in Varnholm rose to 95 on Tuesday."
        ),
        None,
        {"95": ""},
        id="a-count-far-past-the-last-dated-one-may-be-weeks-on",
    ),
    pytest.param(
        _page(
            "",
            "Varnholm toll\n\nThe death toll from the floods in Varnholm rose to 63. On "
            "Friday the police still spoke of 41 dead.",
        ),
        None,
        {"63": "2031-03"},  # no day; between the 57 and the 70, of March
        id="a-weekday-of-a-recalled-lower-count-does-not-date-the-page",
    ),
    pytest.param(
        _page(
            "",
            "Varnholm toll\n\nThe floods began early on Friday. The death toll from the "
            "floods in Varnholm rose to 63.",
        ),
        None,
        {"63": "2031-03"},  # no day; between the 57 and the 70, of March
        id="a-weekday-of-the-event-alone-does-not-date-the-page",
    ),
    pytest.param(
        _page(
            " date 2031-03 ",
            "Varnholm toll\n\nThe death toll from the floods in Varnholm rose to 75. The "
            "police had put the toll at 70.",
        ),
        None,
        {"70": "2031-03-16"},
        id="an-earlier-level-holds-on-its-first-report-in-the-month-shown",
    ),
    pytest.param(
        _page(
            "",
            "Varnholm toll\n\nOn 15 March, the Varnholm police put the death toll at 60.",
        ),
        None,
        {"60": "2031-03-15"},
        id="a-day-without-its-year-is-read-in-the-story-s-year",
    ),
    pytest.param(
        _page("", "Varnholm toll\n\nThe death toll from the floods in Varnholm stood at 60."),
        None,
        {"60": "2031-03"},  # no day; between the 57 and the 70, of March
        id="no-day-written-the-story-s-year-dates-nothing",
    ),
]


@pytest.mark.parametrize(("page", "date", "as_of"), CASES)
def test_story_dates_the_page(tmp_path, page, date, as_of):
    _story(tmp_path)
    (tmp_path / "c.md").write_text(page, encoding="utf-8")
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    doc = next(d for d in report.documents if d.path.endswith("c.md"))
    assert (doc.date.isoformat() if doc.date else None) == date
    if date and "date:" not in page:
        assert any(w.startswith(f"date inferred: {date}") for w in doc.warnings)
    got = {c.text: c.as_of for c in report.claims if c.document == doc.id}
    for figure, held in as_of.items():
        assert [a for t, a in got.items() if figure in t] == [held], got


def test_pledges_do_not_date_a_page(tmp_path):
    """A pledge holds for years: sharing it says nothing of when a page was written."""
    pledge = "The Varnholm council pledged 5 million euros to the flood victims."
    (tmp_path / "a.md").write_text(DAY1.replace("Rescue", pledge + " Rescue"), "utf-8")
    (tmp_path / "b.md").write_text(_page("", "Varnholm aid\n\n" + pledge), "utf-8")
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    doc = next(d for d in report.documents if d.path.endswith("b.md"))
    assert doc.date is None


def test_the_same_corpus_gives_the_same_dates(tmp_path):
    _story(tmp_path)
    (tmp_path / "c.md").write_text(
        _page("", "Varnholm toll\n\nThe death toll from the floods in Varnholm rose to 57."),
        encoding="utf-8",
    )
    runs = [
        build_report([str(tmp_path)], Settings(use_index=False, use_specs=False)) for _ in range(2)
    ]
    assert [(c.text, c.as_of) for c in runs[0].claims] == [
        (c.text, c.as_of) for c in runs[1].claims
    ]


MARCH = (
    "---\ndate: 2031-05-12\n---\n"
    "Tessburg march draws 80,000\n\n"
    "Organisers said 80,000 people marched through Tessburg against the Lindau dam on "
    "Sunday, while the Tessburg police counted 30,000.\n"
)


@pytest.mark.parametrize(
    ("page", "date"),
    [
        pytest.param(
            "Tessburg protest\n\nAbout 80,000 people marched through Tessburg against the "
            "Lindau dam, organisers said.\n",
            "2031-05-11",
            id="a-crowd-count-dates-a-page-that-repeats-it",
        ),
        pytest.param(
            "Tessburg protest\n\nAbout 95,000 people marched through Tessburg against the "
            "Lindau dam, organisers said.\n",
            None,
            id="another-crowd-count-dates-nothing",
        ),
    ],
)
def test_crowd_counts_date_a_page(tmp_path, page, date):
    (tmp_path / "a.md").write_text(MARCH, encoding="utf-8")
    (tmp_path / "b.md").write_text(page, encoding="utf-8")
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    doc = next(d for d in report.documents if d.path.endswith("b.md"))
    assert (doc.date.isoformat() if doc.date else None) == date


def test_a_failing_second_extraction_keeps_the_first_claims():
    texts = [DAY1, DAY2, *LATER, "Varnholm toll\n\nThe death toll in Varnholm rose to 57."]
    docs = [Document(id=f"d{i}", path=f"{i}.md", text=t, lang="en") for i, t in enumerate(texts)]
    for doc in docs:
        if m := re.match(r"---\ndate: (\S+)", doc.text):
            doc.date = date.fromisoformat(m[1])
    claims = [c for d in docs for c in extract_claims(d)]
    stories = {d.id: "Varnholm" for d in docs}
    assign_subjects(claims, (), stories)

    def broken(doc):
        raise RuntimeError("extractor bug")

    got = date_from_story(docs, claims, stories, broken, lambda cs: None)
    assert docs[-1].date == date(2031, 3, 15)  # dated from the story
    assert sorted(c.text for c in got) == sorted(c.text for c in claims)


# A page of Monday 12 May 2031 on a march: its crowd counts hold on the march's day
MARCH_DAY = [
    pytest.param(
        "Organisers said 80,000 people marched through Tessburg. For some four hours on "
        "Sunday, long columns of cyclists filled the ring road of the old town.",
        {"80,000": "2031-05-11"},
        id="a-count-without-a-date-takes-the-one-past-day-the-page-names",
    ),
    pytest.param(
        "Organisers said 80,000 people marched through Tessburg. For some four hours on "
        "Sunday, long columns of cyclists filled the ring road. Police arrested 12 people "
        "on Saturday.",
        {"80,000": "2031-05-12"},
        id="two-past-days-named-leave-the-page-s-day",
    ),
    pytest.param(
        "Organisers said 80,000 people marched through Tessburg, police said.",
        {"80,000": "2031-05-12"},
        id="no-past-day-named-leaves-the-page-s-day",
    ),
    pytest.param(
        "For some four hours on Sunday, long columns of cyclists filled the ring road of Tessburg. "
        '"Today 80,000 people are at our march," a steward told reporters.',
        {"80,000": "2031-05-11"},
        id="today-in-a-quote-is-the-march-s-day-too",
    ),
    pytest.param(
        "For some four hours on Sunday, long columns of cyclists filled the ring road of Tessburg. "
        "In March, police counted 7,500 marchers; the organisers now say 30,000.",
        {"30,000": "2031-05-12"},
        id="a-count-whose-sentence-names-a-time-is-not-the-march-s",
    ),
    pytest.param(
        "For some four hours on Sunday, long columns of cyclists filled the ring road of Tessburg. "
        "In March, police counted 7,500 marchers and the organisers 30,000.",
        {"30,000": "2031-03"},
        id="a-coordinated-count-takes-its-sentence-s-opening-time",
    ),
    # a crowd count the page gives on its own day written out: the march is of that day
    pytest.param(
        "Police counted 80,000 marchers in Tessburg this Monday 12 May. The mayor said "
        "yesterday evening that 14 people were hurt. Organisers said 95,000 people marched.",
        {"80,000": "2031-05-12", "95,000": "2031-05-12"},
        id="en-the-page-s-day-written-out-keeps-its-march",
    ),
    pytest.param(
        "La police a compté 80 000 manifestants à Tessburg ce lundi 12 mai. La préfecture "
        "dénombrait hier soir 14 blessés. Les organisateurs revendiquent 95 000 personnes.",
        {"80 000": "2031-05-12", "95 000": "2031-05-12"},
        id="fr-ce-lundi-12-mai-keeps-its-march",
    ),
    pytest.param(
        "A polícia contou 80 mil manifestantes em Tessburg nesta segunda-feira, 12 de maio. "
        "Ontem à noite, a prefeitura contava 14 feridos. Os organizadores falam em 95 mil "
        "pessoas.",
        {"95 mil": "2031-05-12"},
        id="pt-segunda-feira-12-de-maio-keeps-its-march",
    ),
    pytest.param(
        "The march drew 80,000 people through Tessburg on Monday. The mayor said yesterday "
        "evening that 14 people were hurt. Organisers said 95,000 people marched.",
        {"80,000": "2031-05-12", "95,000": "2031-05-12"},
        id="en-the-page-s-own-weekday-keeps-its-march",
    ),
]


@pytest.mark.parametrize(("body", "as_of"), MARCH_DAY)
def test_a_march_count_holds_on_the_march_day(tmp_path, body, as_of):
    (tmp_path / "a.md").write_text(
        f"---\ndate: 2031-05-12\n---\nTessburg march\n\n{body}\n", encoding="utf-8"
    )
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    got = {c.text: c.as_of for c in report.claims}
    for figure, held in as_of.items():
        assert [a for t, a in got.items() if figure in t] == [held], got


# Dated reports of March-April 2031 and of another year: the page names 15 March; its 60
# lies between the 57 and the 70 of March 2031, which places it in that month, no day
YEARS = [
    pytest.param("2033-03-20", "2031-03", id="both-runs-hold-march-no-year-told"),
    pytest.param("2033-09-20", "2031-03-15", id="only-one-run-holds-march"),
]


@pytest.mark.parametrize(("other", "want"), YEARS)
def test_a_story_of_years_places_a_yearless_day_in_one_run(tmp_path, other, want):
    _story(tmp_path)
    (tmp_path / "e.md").write_text(LATER[1].replace("2031-04-20", other), encoding="utf-8")
    page = _page("", "Varnholm toll\n\nOn 15 March, the Varnholm police put the toll at 60.")
    (tmp_path / "c.md").write_text(page, encoding="utf-8")
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    doc = next(d for d in report.documents if d.path.endswith("c.md"))
    got = [c.as_of for c in report.claims if c.document == doc.id and "60" in c.text]
    assert got == [want]


def test_the_closest_count_bounding_a_day_tells_how_far(tmp_path):
    """Dated on 20 April: 70 dead and 200 injured. A page of 74 dead (close) and 900
    injured (far) 'this Tuesday' is of the week after: the close count tells."""
    _story(tmp_path)
    injured = " The Varnholm hospital treated 200 injured people."
    (tmp_path / "e.md").write_text(LATER[1].replace("police said.", "police said." + injured))
    page = _page(
        "",
        "Varnholm toll\n\nThe Varnholm hospital treated 900 injured people. The death toll "
        "from the floods in Varnholm rose this Tuesday to 74.",
    )
    (tmp_path / "c.md").write_text(page, encoding="utf-8")
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    doc = next(d for d in report.documents if d.path.endswith("c.md"))
    assert doc.date == date(2031, 4, 22)


# A page dated Saturday 10 May 2031 (its outlet's time zone) about a march of Sunday 11 May
NEXT_DAY = [
    pytest.param(
        "Cyclists fill the ring road of Tessburg on May 11, 2031. Some 80,000 people marched "
        "around the old town on Sunday, the organisers claimed. Police put the crowd at 20,000.",
        {"80,000": "2031-05-11", "20,000": "2031-05-11"},
        id="the-day-named-in-full-is-the-march-s",
    ),
    pytest.param(
        "A rally is set for May 11, 2031 in Tessburg. Police say 20,000 marched there in the rain.",
        {"20,000": "2031-05-10"},
        id="no-count-of-that-weekday-leaves-the-page-s-day",
    ),
]


@pytest.mark.parametrize(("body", "as_of"), NEXT_DAY)
def test_a_page_dated_the_day_before_its_march(tmp_path, body, as_of):
    (tmp_path / "a.md").write_text(
        f"---\ndate: 2031-05-10\n---\nTessburg march\n\n{body}\n", encoding="utf-8"
    )
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    got = {c.text: c.as_of for c in report.claims}
    for figure, held in as_of.items():
        assert [a for t, a in got.items() if figure in t] == [held], got


# A page that shows only a month, long after the story's dated reports (March-April 2031)
RETRO = [
    pytest.param(
        " date 2033-06 ", "The floods in Varnholm killed 75 people.", "2031-04", id="two-years-on"
    ),
    pytest.param(
        " date 2031-06 ",
        "The floods in Varnholm killed 75 people.",
        "2031-06",
        id="within-the-story-s-run-the-page-s-month",
    ),
    pytest.param(
        " date 2033-06 ",
        "In May 2033, the council of Varnholm counted 75 dead.",
        "2033-05",
        id="a-count-with-its-own-date-keeps-it",
    ),
]


@pytest.mark.parametrize(("head", "body", "as_of"), RETRO)
def test_a_retrospective_s_toll_is_the_event_s(tmp_path, head, body, as_of):
    _story(tmp_path)
    (tmp_path / "c.md").write_text(_page(head, f"Varnholm\n\n{body}"), encoding="utf-8")
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    doc = next(d for d in report.documents if d.path.endswith("c.md"))
    assert [c.as_of for c in report.claims if c.document == doc.id and "75" in c.text] == [as_of]


# A page with no date, no month and no figure a dated report shares, in a story of one month
STORY_MONTH = [
    pytest.param(
        "The death toll from the floods in Varnholm rose to 63.",
        [DAY1, DAY2, LATER[0]],
        ("63", "2031-03", "month of its story's dated documents"),
        id="a-story-of-one-month-gives-the-page-its-month",
    ),
    pytest.param(
        "The death toll from the floods in Varnholm rose to 63.",
        [DAY1, DAY2, *LATER],
        ("63", "2031-03", "month of its counts"),
        id="a-story-of-two-months-counts-between-two-reports-of-march",
    ),
    pytest.param(
        "The death toll from the floods in Varnholm rose to 75.",
        [DAY1, DAY2, *LATER],
        ("75", "", None),
        id="a-story-of-two-months-a-count-past-the-last-report-gives-none",
    ),
    pytest.param(
        "The death toll from the floods in Varnholm rose to 70.",
        [DAY1, DAY2, *LATER],
        ("70", "", None),
        id="a-story-of-two-months-a-count-held-from-march-to-april-gives-none",
    ),
    pytest.param(
        "On Wednesday 12 March 2031, the death toll from the floods in Varnholm stood at 63.",
        [DAY1, DAY2, LATER[0]],
        ("63", "2031-03-12", None),
        id="a-day-its-sentence-gives-is-kept",
    ),
]


@pytest.mark.parametrize(("body", "story", "want"), STORY_MONTH)
def test_a_story_of_one_month_gives_an_undated_page_its_month(tmp_path, body, story, want):
    figure, as_of, warning = want
    for name, text in zip("abde", story, strict=False):
        (tmp_path / f"{name}.md").write_text(text, encoding="utf-8")
    (tmp_path / "c.md").write_text(_page("", f"Varnholm\n\n{body}"), encoding="utf-8")
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    doc = next(d for d in report.documents if d.path.endswith("c.md"))
    assert [c.as_of for c in report.claims if c.document == doc.id and figure in c.text] == [as_of]
    held = [w for w in doc.warnings if w.startswith("figures held in")]
    assert held == ([f"figures held in {as_of}, the {warning}"] if warning else []), held


# A toll first reported on one day and replaced five days later was that day's: an undated
# page that gives it is of its first report; one replaced only after six days dates nothing
HELD = {
    "en": ("The flood death toll in Varnholm rose to {n}, police there said.", "57"),
    "fr": ("Le bilan des inondations à Varnholm s'élève à {n} morts, selon la police.", "57"),
    "de": ("In Varnholm stieg die Zahl der Flutopfer auf {n}.", "57"),
    "es": ("En Varnholm, los muertos por las riadas subieron a {n}.", "57"),
    "pt": ("O número de mortos nas enchentes em Varnholm subiu para {n}.", "57"),
    "it": ("A Varnholm il conto dei morti per la piena sale a {n}.", "57"),
}


@pytest.mark.parametrize(
    ("lang", "gap", "want"),
    [
        pytest.param(lang, gap, want, id=f"{lang}-replaced-after-{gap}-days")
        for lang in HELD
        for gap, want in ((5, "2031-03-10"), (6, None))
    ],
)
def test_a_figure_held_five_days_dates_a_page(tmp_path, lang, gap, want):
    sentence, figure = HELD[lang]
    for name, day, n in (("a", 10, 57), ("b", 10 + gap, 70)):
        (tmp_path / f"{name}.md").write_text(
            f"---\ndate: 2031-03-{day:02d}\nlanguage: {lang}\n---\nVarnholm\n\n"
            + sentence.format(n=n)
            + "\n",
            encoding="utf-8",
        )
    (tmp_path / "c.md").write_text(
        f"---\nlanguage: {lang}\n---\nVarnholm\n\n" + sentence.format(n=57) + "\n",
        encoding="utf-8",
    )
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    doc = next(d for d in report.documents if d.path.endswith("c.md"))
    assert (doc.date.isoformat() if doc.date else None) == want, doc.warnings
    got = [c.as_of for c in report.claims if c.document == doc.id and c.text.startswith(figure)]
    assert got == [want or "2031-03"], got  # else the month of its story


# A page dated from a count it shares (first reported on Tuesday 7 January 2031) was
# written that day or later: its "Wednesday" is not the Wednesday before, and its counts
# (the shared one and one its Wednesday's sentence gives) hold on the day of that first
# report. (lang, the count, the weekday's sentence)
SHARED_DAY = {
    "en": (
        "The unions counted {n} marchers across Ardania.",
        "The government stood firm on Wednesday, when the police counted {p} marchers.",
    ),
    "fr": (
        "Les syndicats ont compté {n} manifestants dans toute l'Ardanie.",
        "Le ministère tient bon mercredi, quand la police a compté {p} manifestants.",
    ),
    "de": (
        "Die Gewerkschaften zählten {n} Demonstranten in ganz Ardanien.",
        "Die Regierung blieb am Mittwoch hart, als die Polizei {p} Demonstranten zählte.",
    ),
    "es": (
        "Los sindicatos contaron {n} manifestantes en toda Ardania.",
        "El Gobierno se mantuvo firme el miércoles, cuando la policía contó {p} manifestantes.",
    ),
    "pt": (
        "Os sindicatos contaram {n} manifestantes em toda a Ardânia.",
        "O governo manteve-se firme na quarta-feira, quando a polícia contou {p} manifestantes.",
    ),
    "it": (
        "I sindacati hanno contato {n} manifestanti in tutta l'Ardania.",
        "Il governo è rimasto fermo mercoledì, quando la polizia ha contato {p} manifestanti.",
    ),
}
_GROUPED = {
    "en": "900,000",
    "fr": "900 000",
    "de": "900.000",
    "es": "900.000",
    "pt": "900.000",
    "it": "900.000",
}


@pytest.mark.parametrize("lang", list(SHARED_DAY))
def test_a_page_dated_from_a_shared_count_keeps_that_day(tmp_path, lang):
    count, weekday = SHARED_DAY[lang]
    n = _GROUPED[lang]
    for name, day, figure in (("a", "2031-01-07", n), ("b", "2031-01-10", n.replace("9", "7"))):
        (tmp_path / f"{name}.md").write_text(
            f"---\ndate: {day}\nlanguage: {lang}\n---\nArdania\n\n{count.format(n=figure)}\n",
            encoding="utf-8",
        )
    (tmp_path / "c.md").write_text(
        f"---\nlanguage: {lang}\n---\nArdania\n\n{weekday.format(p=n.replace('9', '4'))} "
        f"{count.format(n=n)}\n",
        encoding="utf-8",
    )
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    doc = next(d for d in report.documents if d.path.endswith("c.md"))
    assert doc.date == date(2031, 1, 7), doc.warnings
    got = {c.text[:7]: c.as_of for c in report.claims if c.document == doc.id}
    assert got == {n: "2031-01-07", n.replace("9", "4"): "2031-01-07"}, got


# A page that tells its event's day relative to its own ("the quake that struck
# yesterday") is of the day after its story's event day (3 March 2031, named by a dated
# page). (lang, the dated page naming the event, the page's sentence, a sentence without
# the verb of the event's start)
EVENT_YESTERDAY = {
    "en": (
        "The earthquake of 3 March 2031 in Ardania killed 40 people.",
        "The earthquake that struck yesterday in Ardania killed 41 people.",
        "Yesterday the earthquake in Ardania killed 41 people.",
    ),
    "es": (
        "El terremoto del 3 de marzo de 2031 en Ardania dejó 40 muertos.",
        "El terremoto ocurrido ayer en Ardania dejó 41 muertos.",
        "Ayer el terremoto en Ardania dejó 41 muertos.",
    ),
    "pt": (
        "O terremoto de 3 de março de 2031 na Ardânia deixou 40 mortos.",
        "O incêndio que começou ontem na Ardânia deixou 41 mortos.",
        "Ontem o terremoto na Ardânia deixou 41 mortos.",
    ),
    "fr": (
        "Le séisme du 3 mars 2031 en Ardanie a fait 40 morts.",
        "L'incendie qui a éclaté hier en Ardanie a fait 41 morts.",
        "Hier, le séisme en Ardanie a fait 41 morts.",
    ),
    "it": (
        "Il terremoto del 3 marzo 2031 in Ardania ha causato 40 morti.",
        "L'incendio scoppiato ieri in Ardania ha causato 41 morti.",
        "Ieri il terremoto in Ardania ha causato 41 morti.",
    ),
}


@pytest.mark.parametrize(
    ("lang", "onset", "want"),
    [
        pytest.param(lang, onset, want, id=f"{lang}-{'onset' if onset else 'no-onset'}")
        for lang in EVENT_YESTERDAY
        for onset, want in ((True, "2031-03-04"), (False, None))
    ],
)
def test_an_event_of_yesterday_dates_the_page_the_day_after(tmp_path, lang, onset, want):
    named, page, plain = EVENT_YESTERDAY[lang]
    (tmp_path / "a.md").write_text(
        f"---\ndate: 2031-03-05\nlanguage: {lang}\n---\nArdania\n\n{named}\n", encoding="utf-8"
    )
    (tmp_path / "c.md").write_text(
        f"---\nlanguage: {lang}\n---\n date 2031-03\nArdania\n\n{page if onset else plain}\n",
        encoding="utf-8",
    )
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    doc = next(d for d in report.documents if d.path.endswith("c.md"))
    assert (doc.date.isoformat() if doc.date else None) == want, doc.warnings


@pytest.mark.xfail(
    strict=True,
    reason="German puts the verb of the start after the day: only one before it is read",
)
def test_a_german_event_of_yesterday_dates_the_page(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\ndate: 2031-03-05\nlanguage: de\n---\nArdanien\n\n"
        "Der Brand vom 3. März 2031 in Ardanien tötete 40 Menschen.\n",
        encoding="utf-8",
    )
    (tmp_path / "c.md").write_text(
        "---\nlanguage: de\n---\n date 2031-03\nArdanien\n\n"
        "Der Brand war gestern in Ardanien ausgebrochen und tötete 41 Menschen.\n",
        encoding="utf-8",
    )
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    doc = next(d for d in report.documents if d.path.endswith("c.md"))
    assert doc.date == date(2031, 3, 4), doc.warnings
