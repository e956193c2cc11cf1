"""A date that opens a period ("desde o sábado", "seit Samstag", "dal 26 aprile") is the
period's first day, not the day its count holds (claims/periodstart.py)."""

from __future__ import annotations

import pytest

from kfactcheck.pipeline import Settings, build_report

PAGE = "---\ndate: 2031-05-06\n---\nBrennvik\n\n{}\n"  # a Tuesday

CASES = [
    pytest.param(
        "Desde o último sábado (3), onze pessoas morreram nas cheias de Brennvik.",
        "onze pessoas",
        "2031-05-06",
        id="pt-desde-o-ultimo-sabado",
    ),
    pytest.param(
        "Since Saturday, 10 people have died in the Brennvik floods.",
        "10 people",
        "2031-05-06",
        id="en-since-saturday",
    ),
    pytest.param(
        "Depuis samedi, dix personnes sont mortes dans les inondations à Brennvik.",
        "dix personnes",
        "2031-05-06",
        id="fr-depuis-samedi",
    ),
    pytest.param(
        "Seit Samstag sind zehn Menschen bei dem Hochwasser in Brennvik gestorben.",
        "zehn Menschen",
        "2031-05-06",
        id="de-seit-samstag",
    ),
    pytest.param(
        "Desde el sábado han muerto diez personas por las inundaciones en Brennvik.",
        "diez personas",
        "2031-05-06",
        id="es-desde-el-sabado",
    ),
    pytest.param(
        "Dal 26 aprile l'alluvione ha colpito Brennvik: finora il conto è di sette morti.",
        "sette morti",
        "2031-05-06",
        id="it-dal-26-aprile",
    ),
    pytest.param(
        "No sábado (3), dez pessoas morreram nas enchentes de Brennvik.",
        "dez pessoas",
        "2031-05-03",
        id="neighbour-pt-no-sabado-dates-the-count",
    ),
    pytest.param(
        "Am Samstag starben zehn Menschen bei dem Hochwasser in Brennvik.",
        "zehn Menschen",
        "2031-05-03",
        id="neighbour-de-am-samstag-dates-the-count",
    ),
    pytest.param(
        "Il 26 aprile la piena ha colpito Brennvik: il bilancio era di nove morti.",
        "nove morti",
        "2031-04-26",
        id="neighbour-it-il-26-aprile-dates-the-count",
    ),
]


@pytest.mark.parametrize(("sentence", "figure", "want"), CASES)
def test_a_period_s_first_day_does_not_date_its_count(tmp_path, sentence, figure, want):
    (tmp_path / "a.md").write_text(PAGE.format(sentence), encoding="utf-8")
    report = build_report([str(tmp_path)], Settings(use_index=False, use_specs=False))
    got = [c.as_of for c in report.claims if c.text == figure]
    assert got == [want], [(c.text, c.as_of) for c in report.claims]
