"""What a figure counts, beyond its noun: one concept across languages and word forms, a
noun counted by another figure is not borrowed by a figure of another size, parts of a count
named by what they are, and what a poll's share measures (the stance, its negation, the
population polled). Every sentence here is invented (invented places and people too)."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.analyse.subjects import assign_subjects
from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Claim, Document


def claims(text: str, lang: str, doc_id: str = "d1") -> list[Claim]:
    doc = Document(
        id=doc_id,
        path=f"{doc_id}.txt",
        text=text,
        keep=[(0, len(text))],
        date=date(2024, 5, 3),
        lang=lang,
    )
    return [c for c in extract_claims(doc, lang=lang) if c.unit not in ("date", "year")]


def family(text: str, lang: str, figure: str) -> str:
    found = [c for c in claims(text, lang) if figure in c.text]
    assert found, f"no claim {figure!r} in {[c.text for c in claims(text, lang)]}"
    return found[0].terms[0]


# (lang, sentence, figure, family)
FAMILIES = [
    pytest.param(
        "fr",
        "Au total, 12 400 donneurs ont répondu à l'appel.",
        "12 400",
        "donors",
        id="fr-donneurs-are-donors",
    ),
    pytest.param(
        "fr",
        "La fondation compte 9 000 donateurs.",
        "9 000",
        "donors",
        id="fr-donateurs-are-donors",
    ),
    pytest.param(
        "en", "More than 12,000 donors answered the appeal.", "12,000", "donors", id="en-donors"
    ),
]


@pytest.mark.parametrize(("lang", "text", "figure", "expected"), FAMILIES)
def test_counted_family(lang, text, figure, expected):
    assert family(text, lang, figure) == expected


def test_a_noun_another_figure_counts_is_not_borrowed_by_a_thousandfold_one():
    text = "Le trésorier résume : « on a 4 000 donneurs, on a 90 millions, environ, en promesses »."
    found = {c.text: c.terms[0] for c in claims(text, "fr")}
    assert found.get("4 000 donneurs") == "donors"
    assert all(f != "donors" for t, f in found.items() if t.startswith("90")), found


def test_a_part_of_a_count_still_takes_its_noun():
    text = "Del balance oficial, que da 80 muertos, 71 de ellos eran vecinos de Valdería."
    assert family(text, "es", "71").startswith("deaths")


def test_donors_in_two_languages_share_a_subject():
    found = claims("Au total, 12 400 donneurs ont répondu.", "fr", "a")
    found += claims("In all, 12,350 donors answered the appeal.", "en", "b")
    assign_subjects(found)
    assert len({c.subject for c in found}) == 1, [(c.text, c.subject) for c in found]


# A part of a count is named by what its predicate says of it (invented sentences)
PARTS = [
    pytest.param(
        "es",
        "Del total de las víctimas, 50 eran de nacionalidad portuguesa.",
        "50",
        "deaths:part nacional portugues",
        id="es-nationality",
    ),
    pytest.param(
        "es",
        "Más de 60 de los fallecidos tenían más de 75 años.",
        "Más",
        "deaths:part años",
        id="es-age",
    ),
    pytest.param(
        "de",
        "Bei der Flut starben 90 Menschen. Unter den Toten sind 14 Kinder.",
        "14",
        "deaths:part children",
        id="de-children",
    ),
    pytest.param(
        "en",
        "The flood killed 90 people. Among the dead, 12 were children.",
        "12",
        "deaths:part children",
        id="en-children",
    ),
]


@pytest.mark.parametrize(("lang", "text", "figure", "expected"), PARTS)
def test_a_part_is_named_by_its_predicate(lang, text, figure, expected):
    assert family(text, lang, figure) == expected


@pytest.mark.parametrize(
    ("lang", "text", "one", "other"),
    [
        pytest.param(
            "es",
            "Entre los fallecidos, 70 tenían nacionalidad francesa y otros 12 eran de "
            "otros países.",
            "70",
            "12",
            id="es-two-nationalities",
        ),
        pytest.param(
            "es",
            "Murieron 90 personas. Más de 40 de las víctimas tenían más de 80 años y 9 de ellas "
            "murieron por otras causas.",
            "Más",
            "9",
            id="es-age-and-cause",
        ),
    ],
)
def test_two_kinds_of_part_are_two_quantities(lang, text, one, other):
    found = claims(text, lang)
    assign_subjects(found)
    a = next(c for c in found if c.text.startswith(one))
    b = next(c for c in found if c.text.startswith(other))
    assert a.subject != b.subject, [(c.text, c.terms[0]) for c in found]


# What a poll's share measures: the stance, its negation, the population polled
STANCES = [
    pytest.param(
        "en",
        "A poll found 48% of adults believe the mayor's promise.",
        "48%",
        "share:believe mayor",
        id="en-believe-whose",
    ),
    pytest.param(
        "en",
        "In Norvale the bypass plan was believed by 44 per cent of those asked and "
        "disbelieved by 41 per cent.",
        "44",
        "share:believe",
        id="en-passive-believed",
    ),
    pytest.param(
        "en",
        "In Norvale the bypass plan was believed by 44 per cent of those asked and "
        "disbelieved by 41 per cent.",
        "41",
        "share:believe not",
        id="en-passive-disbelieved",
    ),
    pytest.param(
        "en",
        "Only 31% believed it to be untrue, while 19% were undecided.",
        "31%",
        "share:believe not",
        id="en-believed-false",
    ),
    pytest.param(
        "en",
        "Only 31% believed it to be untrue, while 19% were undecided.",
        "19%",
        "share:unsure",
        id="en-unsure",
    ),
    pytest.param(
        "en",
        "Some 38% do not believe the figures.",
        "38%",
        "share:believe not",
        id="en-do-not-believe",
    ),
    pytest.param(
        "fr",
        "Selon le sondage, 52 % des électeurs croient cette promesse.",
        "52",
        "share:believe",
        id="fr-croient",
    ),
    pytest.param(
        "fr",
        "Selon le sondage, 40 % ne croient pas cette promesse.",
        "40",
        "share:believe not",
        id="fr-ne-croient-pas",
    ),
    pytest.param(
        "de",
        "Laut Umfrage glauben 45 Prozent der Befragten nicht an das Versprechen.",
        "45",
        "share:believe not",
        id="de-glauben-nicht",
    ),
    pytest.param(
        "es",
        "Según la encuesta, el 35% no cree la promesa del alcalde.",
        "35%",
        "share:believe not",
        id="es-no-cree",
    ),
    pytest.param(
        "pt",
        "Segundo a pesquisa, 58% acreditam na promessa.",
        "58%",
        "share:believe",
        id="pt-acreditam",
    ),
    pytest.param(
        "it", "Secondo il sondaggio, il 27% è indeciso.", "27%", "share:unsure", id="it-indeciso"
    ),
]


@pytest.mark.parametrize(("lang", "text", "figure", "expected"), STANCES)
def test_a_poll_share_measures_a_stance(lang, text, figure, expected):
    assert family(text, lang, figure) == expected


def test_the_population_polled_is_part_of_the_share():
    text = (
        "In the survey 58% of Green voters and 49% of Union voters said they believed the "
        "pledge, against 30% of Liberal voters."
    )
    found = claims(text, "en")
    assign_subjects(found)
    shares = [c for c in found if c.unit == "percent"]
    assert len(shares) == 3 and all(c.terms[0] == "share:believe" for c in shares), [
        (c.text, c.terms[0]) for c in shares
    ]
    assert len({c.subject for c in shares}) == 3, [(c.text, c.subject) for c in shares]


# A clause opening on "among these" counts some of what the sentence before counted; a list
# item with no place after one with a place is a part, not the whole
AMONG = [
    pytest.param(
        "es",
        "La tormenta dejó 95 muertos en la comarca. Entre estos se encuentran 40 vecinos de "
        "Torralba y 12 de la capital.",
        {"40 vecinos": ("deaths", "in torralba"), "12": ("deaths", "in capital")},
        id="es-entre-estos",
    ),
    pytest.param(
        "fr",
        "La crue a fait 60 morts. Parmi eux, 14 habitants de Brelac.",
        {"14 habitants": ("deaths", "in brelac")},
        id="fr-parmi-eux",
    ),
    pytest.param(
        "es",
        "Murieron 80 personas. Entre ellos hay 9 turistas.",
        {"9 turistas": ("deaths:turist", None)},
        id="es-entre-ellos-without-place",
    ),
    pytest.param(
        "es",
        "Han muerto 95 personas. Entre estos figuran 40 residentes en Torralba, 11 en la "
        "capital, 7 aún sin nombre, 6 en Almedina.",
        {"7": ("deaths:part", None), "6": ("deaths", "in almedina")},
        id="es-list-item-without-its-place-is-a-part",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), AMONG)
def test_among_these_and_list_items(lang, text, expected):
    found = claims(text, lang)
    for figure, (fam, place) in expected.items():
        hit = [c for c in found if c.text.startswith(figure)]
        assert hit, (figure, [c.text for c in found])
        assert hit[0].terms[0] == fam, (figure, hit[0].terms[0], hit[0].scope)
        if place:
            assert place in hit[0].scope, (figure, hit[0].scope)


@pytest.mark.parametrize(
    ("lang", "text", "figure", "expected"),
    [
        pytest.param(
            "pt",
            "Os hospitais da região tratam 40 feridos, seis deles em estado grave.",
            "40",
            "injured",
            id="pt-whole-is-not-the-serious-part",
        ),
        pytest.param(
            "pt",
            "Os hospitais da região tratam 40 feridos, seis deles em estado grave.",
            "seis",
            "injured:serious",
            id="pt-of-them-serious",
        ),
        pytest.param(
            "es",
            "Hay 25 heridos, tres de ellos graves.",
            "25",
            "injured",
            id="es-whole-is-not-the-serious-part",
        ),
        pytest.param(
            "es",
            "Hay 25 heridos, tres de ellos graves.",
            "tres",
            "injured:serious",
            id="es-of-them-serious",
        ),
    ],
)
def test_hurt_badly_is_the_part_not_the_whole(lang, text, figure, expected):
    assert family(text, lang, figure) == expected
