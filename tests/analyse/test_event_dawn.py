"""A page that shows no day, in a story whose dated reports are all later than its event,
and that tells its event happened "at dawn" / "early this morning" ("avvenuto all'alba",
"ha sacudido esta madrugada", "que ocorreu nesta madrugada"): the page is of the event's
day, which the story's other pages name (analyse/storytime.story_event_days,
event_relative_days). A day long before the story is a past event a page recalls, not
the story's; "sabato 1 e domenica 2 febbraio" gives the first day the month of the second.
Invented pages."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.pipeline import Settings, build_report
from kfactcheck.read.textdate import Partial, text_day


# An invented shipwreck of Sunday 2 February 2031; its dated reports are of 12-13 March
def _story(folder, event: str) -> None:
    for k, (day, dead) in enumerate([("2031-03-12", 71), ("2031-03-13", 72)]):
        (folder / f"a{k}.md").write_text(
            f"---\ndate: {day}\n---\nVarnholm shipwreck\n\n{event} The toll rose to {dead}, "
            "the Varnholm prefecture said. Divers from Tessburg searched the bay.\n",
            encoding="utf-8",
        )


_IT = "Il numero dei morti del naufragio di domenica 2 febbraio davanti a Varnholm è salito."
_ES = "El número de muertos del naufragio del pasado 2 de febrero en Varnholm subió."
_OLD = "The shipwreck of 17 August 2019, which killed 30, was recalled in Varnholm."

CASES = [
    pytest.param(
        _IT,
        "Sono 40 le vittime del naufragio avvenuto all'alba davanti a Varnholm.",
        "2031-02-02",
        id="it-avvenuto-all-alba",
    ),
    pytest.param(
        _ES,
        "Un naufragio ha sacudido esta madrugada la costa de Varnholm y dejó 40 muertos.",
        "2031-02-02",
        id="es-esta-madrugada",
    ),
    pytest.param(
        _ES,
        "O naufrágio que ocorreu nesta madrugada na costa de Varnholm deixou 40 mortos.",
        "2031-02-02",
        id="pt-nesta-madrugada",
    ),
    pytest.param(
        _IT,
        "At least 40 people died in the shipwreck that occurred this morning off Varnholm.",
        "2031-02-02",
        id="en-occurred-this-morning",
    ),
    pytest.param(
        _IT,
        "Sono 40 le vittime del naufragio avvenuto all'alba di sabato davanti a Varnholm.",
        None,
        id="it-all-alba-di-sabato-is-no-today",
    ),
    pytest.param(
        _OLD,
        "At least 40 people died in the shipwreck that occurred this morning off Varnholm.",
        None,
        id="en-a-past-event-years-before-is-not-the-storys",
    ),
]


@pytest.mark.parametrize(("event", "body", "want"), CASES)
def test_a_page_of_the_events_dawn_is_of_its_day(tmp_path, event, body, want):
    _story(tmp_path, event)
    (tmp_path / "c.md").write_text(
        f"Varnholm shipwreck\n\n{body} Divers from Tessburg searched the bay.\n",
        encoding="utf-8",
    )
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    doc = next(d for d in report.documents if d.path.endswith("c.md"))
    assert (doc.date.isoformat() if doc.date else None) == want, doc.warnings


BETWEEN = [
    pytest.param("la notte tra sabato 1 e domenica 2 febbraio", id="it-tra-e"),
    pytest.param("the night between Saturday 1 and Sunday 2 February", id="en-between-and"),
    pytest.param("la nuit entre le samedi 1er et le dimanche 2 février", id="fr-entre-et-le"),
    pytest.param("la noche entre el sábado 1 y el domingo 2 de febrero", id="es-entre-y-el"),
    pytest.param("na noite entre sábado 1 e domingo 2 de fevereiro", id="pt-entre-e"),
    pytest.param("in der Nacht von Samstag, 1., auf Sonntag, 2. Februar", id="de-von-auf"),
]


@pytest.mark.parametrize("phrase", BETWEEN)
def test_a_day_before_and_takes_the_month_after_the_second(phrase):
    # read in March (a later page): Saturday 1 is 1 February, not Saturday 1 March
    got = text_day(f"Varnholm. Il naufragio: {phrase}.", [], Partial("2031-03", "t"))
    assert got is not None and got[0] == date(2031, 2, 1)


def test_a_page_naming_only_an_earlier_months_days_is_not_dated_in_the_later(tmp_path):
    _story(tmp_path, _IT)
    (tmp_path / "c.md").write_text(
        "Varnholm shipwreck\n\nSono 70 i morti del naufragio avvenuto a Varnholm la notte "
        "tra sabato 1 e domenica 2 febbraio. Divers from Tessburg searched the bay.\n",
        encoding="utf-8",
    )
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    doc = next(d for d in report.documents if d.path.endswith("c.md"))
    assert doc.date is None, doc.warnings


def test_the_event_day_a_dated_page_names_by_its_weekday_dates_a_page_of_its_dawn(tmp_path):
    # Monday 3 February 2031: "registrados este lunes" names the quakes' day in a page of it
    (tmp_path / "a.md").write_text(
        "---\ndate: 2031-02-03\n---\nSismo en Varnholm\n\nMás de 400 personas han muerto por "
        "los sismos registrados este lunes en Varnholm, informaron las autoridades. Los "
        "rescatistas de Tessburg buscan sobrevivientes.\n",
        encoding="utf-8",
    )
    (tmp_path / "c.md").write_text(
        "Sismo en Varnholm\n\nUn terremoto ha sacudido esta madrugada Varnholm y dejó 120 "
        "muertos, según las autoridades. Los rescatistas de Tessburg buscan sobrevivientes.\n",
        encoding="utf-8",
    )
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    doc = next(d for d in report.documents if d.path.endswith("c.md"))
    assert (doc.date.isoformat() if doc.date else None) == "2031-02-03", doc.warnings
