"""A figure given "the next day" after a day the page writes in full holds on the day after
it (analyse/nextday.next_days). Invented pages of 10 March 2031."""

from __future__ import annotations

import pytest

from kfactcheck.pipeline import Settings, build_report

CASES = [
    pytest.param(
        "On March 1, the mayor of Norbury said the list would shrink. But the next day, "
        "police said 385 people were still missing in Norbury.",
        "385",
        "2031-03-02",
        id="en-but-the-next-day",
    ),
    pytest.param(
        "Le 1er mars, le maire de Varnholm a promis une liste plus courte. Le lendemain, la "
        "police comptait 385 disparus à Varnholm.",
        "385",
        "2031-03-02",
        id="fr-le-lendemain",
    ),
    pytest.param(
        "El 1 de marzo, el alcalde de Tormenar prometió una lista menor. Al día siguiente, "
        "la policía contó 385 desaparecidos en Tormenar.",
        "385",
        "2031-03-02",
        id="es-al-dia-siguiente",
    ),
    pytest.param(
        "Am 1. März versprach der Bürgermeister von Kessenau eine kürzere Liste. Am "
        "nächsten Tag zählte die Polizei 385 Vermisste in Kessenau.",
        "385",
        "2031-03-02",
        id="de-am-naechsten-tag",
    ),
    pytest.param(
        "On March 12, the mayor of Norbury will publish a list. The next day, police "
        "said 385 people were missing in Norbury.",
        "385",
        "2031-03-10",
        id="neg-a-day-after-the-page-s-keeps-the-page-s-day",
    ),
    pytest.param(
        "The mayor of Norbury promised a shorter list. But the next day, police said 385 "
        "people were missing in Norbury.",
        "385",
        "2031-03-10",
        id="neg-no-day-written-before",
    ),
    pytest.param(
        "On March 1, the mayor of Norbury promised a shorter list. Police said 385 people "
        "were missing in Norbury.",
        "385",
        "2031-03-10",
        id="neg-no-next-day-words",
    ),
]


@pytest.mark.parametrize(("body", "figure", "as_of"), CASES)
def test_the_next_day_counts_from_the_day_before_it(tmp_path, body, figure, as_of):
    (tmp_path / "p.md").write_text(f"---\ndate: 2031-03-10\n---\nMissing\n\n{body}\n")
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    got = [c.as_of for c in report.claims if c.text.startswith(figure)]
    assert got == [as_of]
