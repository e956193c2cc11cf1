"""A page that shows no day and names the weekday it reports from, with counts below every
dated report of its story, is bounded below by the story's event day when its documents
name one ("The floods of 11 March"): a report cannot predate its event
(analyse/storytime.story_event_days, analyse/dating.weekday_in_window). Invented pages."""

from __future__ import annotations

import pytest

from kfactcheck.pipeline import Settings, build_report


# An invented flood: the first dated report is Friday 14 March 2031 (41 dead); `event` is
# how the story's reports name the flood's day
def _story(folder, event: str) -> None:
    for k, (day, dead) in enumerate([("2031-03-14", 41), ("2031-03-15", 57), ("2031-03-16", 70)]):
        (folder / f"a{k}.md").write_text(
            f"---\ndate: {day}\n---\nVarnholm flood toll\n\nAt least {dead} people died in "
            f"the floods in Varnholm, the Varnholm police said. {event} hit the Lindau "
            "valley. Rescue teams from Tessburg searched the valley.\n",
            encoding="utf-8",
        )


CASES = [
    pytest.param(
        "The floods of 11 March",
        "At least 12 people died in the floods in Varnholm, the Varnholm police said on Wednesday.",
        "2031-03-12",
        id="en-on-wednesday-after-the-floods-of-11-march",
    ),
    pytest.param(
        "The floods of 11 March",
        "Al menos 12 personas murieron por las inundaciones en Varnholm, informó hoy "
        "miércoles la policía de Varnholm.",
        "2031-03-12",
        id="es-hoy-miercoles",
    ),
    pytest.param(
        "The floods of 11 March",
        "Au moins 12 personnes sont mortes dans les inondations de Varnholm, a indiqué ce "
        "mercredi la police de Varnholm.",
        "2031-03-12",
        id="fr-ce-mercredi",
    ),
    pytest.param(
        "The floods",
        "At least 12 people died in the floods in Varnholm, the Varnholm police said on Wednesday.",
        None,
        id="no-event-day-named-leaves-the-page-undated",
    ),
    pytest.param(
        "The floods of 4 March",
        "At least 12 people died in the floods in Varnholm, the Varnholm police said on Wednesday.",
        None,
        id="two-wednesdays-after-the-event-day-leave-it-undated",
    ),
]


@pytest.mark.parametrize(("event", "body", "want"), CASES)
def test_the_event_day_bounds_an_early_page(tmp_path, event, body, want):
    _story(tmp_path, event)
    (tmp_path / "c.md").write_text(
        f"Varnholm flood\n\n{body} Rescue teams from Tessburg searched the Lindau valley.\n",
        encoding="utf-8",
    )
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    doc = next(d for d in report.documents if d.path.endswith("c.md"))
    assert (doc.date.isoformat() if doc.date else None) == want, doc.warnings
