"""The day of a page that shows none (or only its month), from the weekday it names for its
figures, in the window its story's dated reports allow (analyse/dating.weekday_in_window,
infer_dates; storytime.story_event_days). Invented stories, invented places: 14 March
2031 is a Friday."""

from __future__ import annotations

import pytest

from kfactcheck.pipeline import Settings, build_report


def _write(folder, pages: dict[str, tuple[str | None, str]]) -> None:
    for name, (day, body) in pages.items():
        head = f"---\ndate: {day}\n---\n" if day else ""
        (folder / f"{name}.md").write_text(f"{head}{body}\n", encoding="utf-8")


def _date_of(folder, name: str) -> str | None:
    report = build_report([str(folder)], Settings(use_index=False, use_specs=False))
    doc = next(d for d in report.documents if d.path.endswith(f"{name}.md"))
    return doc.date.isoformat() if doc.date else None


# A quake in the Lindau valley on Friday night 14 March 2031; its dated reports (Sunday and
# Monday) say it struck on Friday, but none names the day in full
_QUAKE = {
    "a": (
        "2031-03-16",
        "Séisme de Varnholm\n\nLe séisme qui a secoué vendredi soir la vallée de Lindau a "
        "fait 70 morts à Varnholm, selon le ministère de Tessburg.",
    ),
    "b": (
        "2031-03-17",
        "Séisme de Varnholm\n\nLe séisme qui a secoué vendredi soir la vallée de Lindau a "
        "fait 90 morts à Varnholm, selon le ministère de Tessburg.",
    ),
}

QUAKE = [
    pytest.param(
        "Séisme de Varnholm\n\nLe séisme qui a secoué, vendredi soir, la vallée de Lindau a "
        "fait 41 morts à Varnholm, selon un bilan du ministère de Tessburg arrêté samedi à "
        "19h00.",
        "2031-03-15",
        id="fr-bilan-arrete-samedi-after-the-friday-quake",
    ),
    pytest.param(
        " date 2031-03 Séisme de Varnholm\n\nLe bilan est passé à 41 morts à Varnholm, selon "
        "les données communiquées samedi matin par la préfecture de Tessburg.",
        "2031-03-15",
        id="fr-month-marker-communiques-samedi-matin",
    ),
    pytest.param(
        "Séisme de Varnholm\n\nLe séisme qui a secoué, vendredi soir, la vallée de Lindau a "
        "fait 41 morts à Varnholm, selon le ministère de Tessburg.",
        None,
        id="neg-only-the-quake-s-friday-named",
    ),
    pytest.param(
        "Séisme de Varnholm\n\nLe bilan est passé à 41 morts à Varnholm, selon le ministère "
        "de Tessburg.",
        None,
        id="neg-no-weekday",
    ),
]


@pytest.mark.parametrize(("body", "want"), QUAKE)
def test_the_event_s_weekday_bounds_a_page_s_named_day(tmp_path, body, want):
    _write(tmp_path, {**_QUAKE, "c": (None, body)})
    assert _date_of(tmp_path, "c") == want


def test_no_event_weekday_in_the_dated_reports_leaves_the_page_undated(tmp_path):
    plain = {
        k: (day, body.replace("Le séisme qui a secoué vendredi soir la vallée de Lindau", "Il"))
        for k, (day, body) in _QUAKE.items()
    }
    _write(tmp_path, {**plain, "c": (None, QUAKE[0].values[0])})
    assert _date_of(tmp_path, "c") is None


# A fire: 89 dead on Sunday 9 March, 115 on Monday 17 March; two Sundays lie between
def _fire(page: str) -> dict[str, tuple[str | None, str]]:
    return {
        "a": (
            "2031-03-09",
            "Norbury fire\n\nThe toll of the Norbury fire rose to 89 dead, police said.",
        ),
        "b": (
            "2031-03-17",
            "Norbury fire\n\nThe toll of the Norbury fire rose to 115 dead, police said.",
        ),
        "c": (None, f"Norbury fire\n\n{page}"),
    }


FIRE = [
    pytest.param(
        "The death toll of the Norbury fire has climbed to 96, police reported Sunday night.",
        "2031-03-09",
        id="en-sunday-night-just-past-the-lower-report",
    ),
    pytest.param(
        "The death toll of the Norbury fire has climbed to 112, police reported Sunday night.",
        "2031-03-16",
        id="en-sunday-night-just-below-the-higher-report",
    ),
    pytest.param(
        "The death toll of the Norbury fire has climbed to 102, police reported Sunday night.",
        None,
        id="neg-far-from-both-reports-two-sundays-fit",
    ),
]


@pytest.mark.parametrize(("body", "want"), FIRE)
def test_a_count_close_to_one_bound_takes_that_bound_s_week(tmp_path, body, want):
    _write(tmp_path, _fire(body))
    assert _date_of(tmp_path, "c") == want


# A figure repeated on Sunday 16 March by a dated page, first given late on Saturday
SHARED = [
    pytest.param(
        "Le dernier bilan fait état de 212 morts à Varnholm, a indiqué le ministère de "
        "Tessburg dans sa note tard dans la nuit de samedi.",
        "2031-03-15",
        id="fr-tard-samedi-beats-the-sunday-page-s-day",
    ),
    pytest.param(
        "El último balance da 212 muertos en Varnholm, informó el ministerio de Tessburg el "
        "sábado por la noche.",
        "2031-03-15",
        id="es-el-sabado-por-la-noche",
    ),
    pytest.param(
        "Le dernier bilan fait état de 212 morts à Varnholm, a indiqué le ministère de Tessburg.",
        "2031-03-16",
        id="neg-no-weekday-keeps-the-shared-day",
    ),
]


@pytest.mark.parametrize(("body", "want"), SHARED)
def test_a_named_weekday_beats_the_day_borrowed_from_a_shared_figure(tmp_path, body, want):
    _write(
        tmp_path,
        {
            "a": ("2031-03-14", "Varnholm\n\nLe bilan est de 90 morts à Varnholm, selon Tessburg."),
            "b": (
                "2031-03-16",
                "Varnholm\n\nLe bilan est de 212 morts à Varnholm, selon Tessburg.",
            ),
            "d": (
                "2031-03-18",
                "Varnholm\n\nLe bilan est de 300 morts à Varnholm, selon Tessburg.",
            ),
            "c": (None, f"Varnholm\n\n{body}"),
        },
    )
    assert _date_of(tmp_path, "c") == want


# A page with no date and no month that says when its figures were updated, without the
# year: read in the months its story's dated reports show (March and April 2031)
UPDATED = [
    pytest.param(
        "Ulla dejó 50 muertos en Tormenar, según el recuento oficial actualizado el 15 de marzo.",
        "2031-03-15",
        id="es-actualizado-el-in-a-month-of-the-story",
    ),
    pytest.param(
        "Ulla dejó 50 muertos en Tormenar, según el recuento oficial actualizado el 15 de mayo.",
        None,
        id="neg-a-month-no-dated-report-shows",
    ),
    pytest.param(
        "Ulla tocó tierra el 15 de marzo en Tormenar y dejó 50 muertos.",
        None,
        id="neg-a-day-with-no-update-word",
    ),
]


@pytest.mark.parametrize(("body", "want"), UPDATED)
def test_an_update_day_without_its_year_dates_the_page(tmp_path, body, want):
    _write(
        tmp_path,
        {
            "a": ("2031-03-14", "Tormenar\n\nUlla dejó 41 muertos en Tormenar, según Tessburg."),
            "b": ("2031-04-20", "Tormenar\n\nUlla dejó 90 muertos en Tormenar, según Tessburg."),
            "c": (None, f"Tormenar\n\n{body}"),
        },
    )
    assert _date_of(tmp_path, "c") == want


# Two dated reports of Saturday 15 March (a morning's and an evening's) and one of Monday
def _same_day(page: str) -> dict[str, tuple[str | None, str]]:
    return {
        "a": ("2031-03-15", "Varnholm\n\nLe bilan est de 632 morts à Varnholm, selon Tessburg."),
        "b": ("2031-03-15", "Varnholm\n\nLe bilan est de 1305 morts à Varnholm, selon Tessburg."),
        "d": ("2031-03-17", "Varnholm\n\nLe bilan est de 2497 morts à Varnholm, selon Tessburg."),
        "c": (None, f"Varnholm\n\n{page}"),
    }


SAME_DAY = [
    pytest.param(
        "Le bilan est passé à 820 morts à Varnholm, selon Tessburg.",
        "2031-03-15",
        id="a-count-between-two-reports-of-one-day-is-of-that-day",
    ),
    pytest.param(
        "Le bilan est passé à 2012 morts à Varnholm, selon Tessburg.",
        None,
        id="neg-between-reports-of-two-days",
    ),
    pytest.param(
        "Le bilan est passé à 3000 morts à Varnholm, selon Tessburg.",
        None,
        id="neg-above-every-report",
    ),
]


@pytest.mark.parametrize(("body", "want"), SAME_DAY)
def test_a_count_only_one_day_allows_dates_the_page(tmp_path, body, want):
    _write(tmp_path, _same_day(body))
    assert _date_of(tmp_path, "c") == want


def test_two_counts_bounds_meeting_on_a_day_do_not_date_the_page(tmp_path):
    """Deaths above Saturday's only report, injured below Saturday's only report: the
    window closes on Saturday, but no one count was bracketed that day."""
    _write(
        tmp_path,
        {
            "a": (
                "2031-03-15",
                "Varnholm\n\nLe bilan est de 600 morts et de 900 blessés à Varnholm, selon "
                "Tessburg.",
            ),
            "c": (
                None,
                "Varnholm\n\nLe bilan est de 700 morts et de 800 blessés à Varnholm, selon "
                "Tessburg.",
            ),
        },
    )
    assert _date_of(tmp_path, "c") is None


def test_a_weekday_before_a_lower_report_does_not_move_the_borrowed_day(tmp_path):
    """212 first reported on Sunday 16 March, 150 on Friday 14: a page of 212 that names
    Wednesday (the day its event struck) is not of Wednesday 12, before the 150."""
    _write(
        tmp_path,
        {
            "a": (
                "2031-03-14",
                "Varnholm\n\nLe bilan est de 150 morts à Varnholm, selon Tessburg.",
            ),
            "b": (
                "2031-03-16",
                "Varnholm\n\nLe bilan est de 212 morts à Varnholm, selon Tessburg.",
            ),
            "d": (
                "2031-03-18",
                "Varnholm\n\nLe bilan est de 300 morts à Varnholm, selon Tessburg.",
            ),
            "c": (
                None,
                "Varnholm\n\nLe bilan de la crue qui a englouti la vallée mercredi est de 212 "
                "morts à Varnholm, selon Tessburg.",
            ),
        },
    )
    assert _date_of(tmp_path, "c") == "2031-03-16"
