"""One undated page's own figures are of one time, the page's: two figures of one quantity
that cannot both hold are a discrepancy of that article, worded "in one undated article",
while an earlier level it recalls, figures of days its sentences name apart, and figures of
two undated pages are never set against each other. Every page is invented."""

from __future__ import annotations

import pytest

from kfactcheck.pipeline import Settings, build_report

_HEAD = "---\nurl: https://example.org/{}\n---\n"

# (pages: name -> text with no date, what the discrepancy's figures must be, or None)
CASES = [
    pytest.param(
        {
            "a": "Blackmoor floods: 48 dead as river bursts its banks\n\n"
            "Heavy rain drove the Tarrow over its banks across Blackmoor county. The death "
            "toll has risen to 46, the county council said, and crews are still searching "
            "farms near Quellby."
        },
        {46, 48},
        id="en-headline-against-body",
    ),
    pytest.param(
        {
            "a": "Grève contre la réforme : la CGT revendique 3,2 millions de manifestants "
            "à travers la France ; la préfecture, elle, n'en dénombre que près de "
            "900 000."
        },
        {3_200_000, 900_000},
        id="fr-crowd-of-two-sources",
    ),
    pytest.param(
        {
            "a": "La riada de Ordena\n\nLa riada del río Seco ha dejado ya 57 fallecidos en "
            "la comarca de Ordena, según el alcalde. La cifra anterior, de 33 fallecidos, se "
            "corrigió por la tarde."
        },
        None,
        id="es-an-earlier-level-is-of-another-time",
    ),
    pytest.param(
        {
            "a": "Storm over Quellby\n\nThe county now counts 40 dead or more, the "
            "governor's office said. Initially, officials reported 12 deaths, but the toll "
            "climbed as crews reached the hill farms."
        },
        None,
        id="en-a-first-count-recalled-is-of-another-time",
    ),
    pytest.param(
        {
            "a": "Sturm über Quellby\n\nIm Kreis sind mindestens 40 Menschen gestorben. In "
            "den ersten Stunden nach dem Sturm meldete die Polizei 12 Tote."
        },
        None,
        id="de-the-first-hours-count-is-of-another-time",
    ),
    pytest.param(
        {
            "a": "Storm over Quellby\n\nOn Monday officials counted 37 dead in the county. "
            "By Wednesday the toll had reached 52, the governor's office said."
        },
        None,
        id="en-figures-of-two-named-days",
    ),
    pytest.param(
        {
            "a": "Storm over Quellby\n\nMonday's toll of 37 dead rose to 52 dead, the "
            "governor's office said."
        },
        None,
        id="en-a-day-named-before-the-first-figure-is-its-own",
    ),
    pytest.param(
        {
            "a": "Storm over Quellby\n\nOn Monday 12 dead were counted in Quellby, on "
            "Tuesday 29 dead, on Wednesday 37 dead and on Thursday 52 dead, the county said."
        },
        None,
        id="en-one-sentence-of-four-days",
    ),
    pytest.param(
        {
            "a": "Timeline: the Quellby storm\n\n14 March: officials count 12 dead in the "
            "county.\n\n15 March: the toll rises to 29 dead.\n\nOn 16 March, 52 dead are "
            "confirmed by the governor's office."
        },
        None,
        id="en-a-timeline-of-days-written-without-their-year",
    ),
    pytest.param(
        {
            "a": "Quellby flood toll\n\nThe number of dead from the flood that hit Quellby "
            "on 3 May has risen to 131, the county said.\n\nQuellby flood: 133 dead, "
            "according to the regional government."
        },
        {131, 133},
        id="en-a-date-inside-the-clause-names-the-event",
    ),
    pytest.param(
        {
            "a": "Crosstown line\n\nThe Crosstown tram line was first costed at 2.4 billion "
            "euros by the Brenmark council. The cost of the Crosstown tram line has since "
            "risen to 3.1 billion euros, the council said."
        },
        None,
        id="en-a-move-the-page-tells-is-no-discrepancy",
    ),
    pytest.param(
        {
            "a": "Quellby storm: 37 dead\n\nOfficials counted 37 dead in the county.",
            "b": "Quellby storm: 52 dead\n\nOfficials counted 52 dead in the county.",
        },
        None,
        id="two-undated-pages-are-never-compared",
    ),
    pytest.param(
        {"a": "Quellby storm: 37 dead\n\nThe county council counted 37 dead in the storm."},
        None,
        id="one-figure-twice-is-no-discrepancy",
    ),
]


# a story whose dated pages all lie in one month: a page with no date is held in that month
# (analyse/storytime.py story_month), which says nothing of the page's own day
_DATED = {
    "d1": "date: 2031-05-03\n",
    "d2": "date: 2031-05-05\n",
}
_STORY = (
    "Fire at the Harlow Mill in Norbury: the county said {} people had died in the blaze "
    "at the old mill on the Vell river."
)
MONTH = [
    pytest.param(
        "Harlow Mill fire in Norbury: police say 26 people died in the blaze at the old mill "
        "on the Vell river.\n\nVolunteers at the Norbury chapel put the dead at about 40.",
        {26, 40},
        id="two-figures-of-one-page-of-its-story-s-month",
    ),
    pytest.param(
        "Harlow Mill fire in Norbury: police now put the toll of the blaze at the old mill "
        "on the Vell river at 22 dead.\n\nAt the time, the county said that around 35 "
        "people had died in the blaze.",
        None,
        id="a-look-back-at-the-time-is-an-earlier-level",
    ),
]


@pytest.mark.parametrize(("text", "figures"), MONTH)
def test_page_held_in_its_story_month(tmp_path, text, figures):
    for name, when in _DATED.items():
        body = _STORY.format(12 if name == "d1" else 30)
        (tmp_path / f"{name}.md").write_text(f"---\n{when}---\n{body}\n", encoding="utf-8")
    (tmp_path / "u.md").write_text(_HEAD.format("u") + text + "\n", encoding="utf-8")
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    (page,) = [d for d in report.documents if d.path.endswith("u.md")]
    assert page.date is None and page.story_month == "2031-05"
    by_id = {c.id: c for c in report.claims}
    mine = [
        f
        for f in report.findings
        if f.kind == "discrepancy" and all(by_id[i].document == page.id for i in f.claims)
    ]
    if figures is None:
        assert mine == []
        return
    (f,) = mine
    assert {by_id[i].value for i in f.claims} == figures
    assert "in the same month" in f.summary


def _report(tmp_path, pages):
    for name, text in pages.items():
        (tmp_path / f"{name}.md").write_text(_HEAD.format(name) + text + "\n", encoding="utf-8")
    return build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))


@pytest.mark.parametrize(("pages", "figures"), CASES)
def test_undated_page_discrepancy(tmp_path, pages, figures):
    report = _report(tmp_path, pages)
    assert all(d.date is None for d in report.documents)
    by_id = {c.id: c for c in report.claims}
    found = [f for f in report.findings if f.kind == "discrepancy"]
    if figures is None:
        assert found == []
        return
    (f,) = found
    assert {by_id[i].value for i in f.claims} == figures
    assert "in one undated article" in f.summary
    assert "same day" not in f.summary  # it claims no day it does not know
    assert f.extra["undated"] == 1
    assert f.extra["days"] == 0
