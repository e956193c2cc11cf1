"""A total split by day ("34 buried: 17 on Thursday and 16 today") gives figures of one
day's increment, kind "<family>:one day", never the running total of that day; a figure
dated by a day that splits nothing keeps its family. Every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.analyse.compare import find_findings
from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Claim, Document


def doc(text: str, lang: str, did: str = "d1", day: date = date(2024, 5, 3)) -> Document:
    d = Document(id=did, path=f"{did}.txt", text=text, keep=[(0, len(text))], lang=lang)
    d.date = day  # a Friday
    return d


def claims(text: str, lang: str) -> list[Claim]:
    return [c for c in extract_claims(doc(text, lang), lang=lang) if c.unit not in ("date", "year")]


SPLIT = [
    (
        "en",
        "Officials said 40 victims were buried in Marlow (3 on Wednesday, 20 on Thursday "
        "and 17 today).",
        ["20", "17"],
    ),
    (
        "pt",
        "Segundo a prefeitura, 41 vítimas foram sepultadas em Vilarinho (duas na quarta, "
        "20 na quinta e 19 hoje).",
        ["20", "19"],
    ),
    (
        "fr",
        "Au total, 45 victimes ont été inhumées à Mirelle (22 jeudi et 21 vendredi).",
        ["22", "21"],
    ),
    (
        "es",
        "Un total de 45 víctimas fueron sepultadas en Tarvia (22 el jueves y 21 hoy).",
        ["22", "21"],
    ),
    (
        "it",
        "Sono 45 le vittime sepolte a Brenzola (22 giovedì e 21 oggi).",
        ["22", "21"],
    ),
    (
        "de",
        "Insgesamt wurden 45 Opfer in Lindholm beigesetzt (22 Opfer am Donnerstag und 21 heute).",
        ["22", "21"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "days"), SPLIT, ids=[f"{c[0]}-{c[2][0]}" for c in SPLIT])
def test_split_by_day_is_one_day(lang: str, text: str, days: list[str]) -> None:
    got = {c.text.split()[0]: c.terms[0] for c in claims(text, lang)}
    for figure in days:
        assert got[figure].endswith(":one day"), got
    total = claims(text, lang)[0]  # the figure the bracket splits keeps its family
    assert total.value > 40 - 1 and not total.terms[0].endswith(":one day"), got


KEPT = [
    # a total dated by its day: the level that day, no split
    ("en", "The toll in Marlow rose to 40 on Thursday and to 47 today."),
    ("pt", "O total de mortos em Vilarinho chegou a 40 na quinta e a 47 hoje."),
    # the bracket's figures add up to more than the figure before it: no split of it
    ("en", "Officials said 20 victims were buried in Marlow (30 on Thursday and 17 today)."),
    # one day only: "(from 17 on Thursday)" is an earlier level, not a split
    ("en", "The toll in Marlow rose to 40 (from 17 on Thursday)."),
]


@pytest.mark.parametrize(("lang", "text"), KEPT, ids=[f"{c[0]}-{i}" for i, c in enumerate(KEPT)])
def test_no_split_keeps_family(lang: str, text: str) -> None:
    assert not any(c.terms[0].endswith(":one day") for c in claims(text, lang))


def _report(texts: list[tuple[str, date]], lang: str) -> list:
    docs = [doc(t, lang, f"d{i}", day) for i, (t, day) in enumerate(texts)]
    cs = [c for d in docs for c in extract_claims(d, lang=lang) if c.unit not in ("date", "year")]
    for i, c in enumerate(cs):
        c.id = f"c{i + 1}"
        c.subject = c.terms[0] if c.terms else ""
    return find_findings(cs, docs)


COMPARED = [
    (
        "pt-split-vs-total",
        "pt",
        [
            (
                "Segundo a prefeitura, 41 vítimas foram sepultadas em Vilarinho (duas na "
                "quarta, 20 na quinta e 19 hoje).",
                date(2024, 5, 3),
            ),
            ("A prefeitura diz que 41 vítimas foram sepultadas em Vilarinho.", date(2024, 5, 3)),
        ],
    ),
    (
        "en-two-days-increments",
        "en",
        [
            (
                "Officials said 40 victims were buried in Marlow (3 on Wednesday, 20 on "
                "Thursday and 17 today).",
                date(2024, 5, 3),
            ),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "texts"), [c[1:] for c in COMPARED], ids=[c[0] for c in COMPARED])
def test_increments_never_meet_the_total(lang: str, texts) -> None:
    found = _report(texts, lang)
    assert not [f for f in found if f.kind == "discrepancy"], found
    # another day's increment is no level the count moved from
    assert not [f for f in found if f.kind == "change"], found
