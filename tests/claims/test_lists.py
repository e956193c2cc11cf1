"""Lists of figures by place, in every language: a total and then its breakdown, each item
counting what the list counts in its OWN place (a part of the total, never the total),
whatever the item's shape ("Norvale 63", "63 en Norvale", "Ardania (12)", "à Norvale,
23 000"). Every sentence and place here is invented."""

from __future__ import annotations

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document


def _claims(lang: str, text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    doc = Document(id="d", path="d.txt", text=text, keep=[(0, len(text))], lang=lang)
    found = [c for c in extract_claims(doc, lang=lang) if c.unit not in ("date", "year")]
    return {
        c.text.split()[0]: (c.terms[0], tuple(s for s in c.scope if s.startswith("in ")))
        for c in found
    }


# (language, sentence, {figure: (family, place or None)}): each item is its place's part
LISTS = [
    pytest.param(
        "es",
        "En el resto de las provincias el balance de decesos no cambia: en Norvale 58; Kessby 31;"
        " Arden 9 y Belmar 2.",
        {
            "58": ("deaths", "norvale"),
            "31": ("deaths", "kessby"),
            "9": ("deaths", "arden"),
            "2": ("deaths", "belmar"),
        },
        id="es-place-first-semicolons",
    ),
    pytest.param(
        "es",
        "Hubo 110 decesos: Norvale 63, Kessby 38, Arden 7 y Belmar 2. Ayer hubo 30 heridos.",
        {
            "110": ("deaths", None),
            "63": ("deaths", "norvale"),
            "2": ("deaths", "belmar"),
            "30": ("injured", None),
        },
        id="es-place-first-after-colon-then-other-figure",
    ),
    pytest.param(
        "es",
        "Se registran 110 decesos: 63 en Norvale, 38 en Kessby, 7 en Arden y 2 en Belmar.",
        {
            "110": ("deaths", None),
            "63": ("deaths", "norvale"),
            "38": ("deaths", "kessby"),
            "2": ("deaths", "belmar"),
        },
        id="es-figure-first",
    ),
    pytest.param(
        "es",
        "Hay 180 decesos confirmados en la Ciudad de Arlanda, 11 en el Estado de Norvale y 4 en"
        " Kessby.",
        {
            "180": ("deaths", "ciudad de arlanda"),
            "11": ("deaths", "norvale"),
            "4": ("deaths", "kessby"),
        },
        id="es-state-of-is-a-place",
    ),
    pytest.param(
        "pt",
        "Morreram 15 pessoas: Ardania (12) e Belmar (3).",
        {"15": ("deaths", None), "12": ("deaths", "ardania"), "3": ("deaths", "belmar")},
        id="pt-place-with-figure-in-brackets",
    ),
    pytest.param(
        "pt",
        "Há 64 mortos: Norvale, com 40, e Kessby, com 24.",
        {"64": ("deaths", None), "40": ("deaths", "norvale"), "24": ("deaths", "kessby")},
        id="pt-place-with-its-figure",
    ),
    pytest.param(
        "fr",
        "Le bilan est de 120 morts, dont 80 à Norvale. La préfecture recense aussi 40 blessés.",
        {"80": ("deaths", "norvale"), "40": ("injured", None)},
        id="fr-later-figure-keeps-no-place",
    ),
    pytest.param(
        "pt",
        "Morreram 15 pessoas, das quais 12 em Ardania e 3 em Belmar.",
        {"15": ("deaths", None), "12": ("deaths", "ardania"), "3": ("deaths", "belmar")},
        id="pt-das-quais",
    ),
    pytest.param(
        "fr",
        "Les syndicats ont compté 31 000 manifestants : à Norvale, 23 000 ; à Kessby, 8 000.",
        {"31": ("crowd", None), "23": ("crowd", "norvale"), "8": ("crowd", "kessby")},
        id="fr-place-comma-figure",
    ),
    pytest.param(
        "fr",
        "On compte 31 000 manifestants, dont 23 000 à Norvale et 8 000 à Kessby.",
        {"31": ("crowd", None), "23": ("crowd", "norvale"), "8": ("crowd", "kessby")},
        id="fr-dont",
    ),
    pytest.param(
        "it",
        "Le vittime sono 50, di cui 40 ad Arden e 10 a Belmar.",
        {"40": ("deaths", "arden"), "10": ("deaths", "belmar")},
        id="it-di-cui",
    ),
    pytest.param(
        "it",
        "Il bilancio è di 50 morti: Arden 40, Belmar 10.",
        {"50": ("deaths", None), "40": ("deaths", "arden"), "10": ("deaths", "belmar")},
        id="it-place-first",
    ),
    pytest.param(
        "es",
        "Según su cuenta, fallecieron 88 #Arlanda, 52 #Norvale y 3 #Belmar.",
        {"88": ("deaths", "arlanda"), "52": ("deaths", "norvale"), "3": ("deaths", "belmar")},
        id="es-hashtag-places",
    ),
    pytest.param(
        "de",
        "Bisher gab es 40 Tote. Den Behörden zufolge wuchs die Zahl im Kreis Norvale auf 24 und"
        " im Kessby-Kreis auf sechs.",
        {"24": ("deaths", "norvale"), "sechs": ("deaths", "kessby")},
        id="de-next-item-place-is-not-this-ones",
    ),
    pytest.param(
        "de",
        "Es starben 30 Menschen in Norvale und 12 in Kessby.",
        {"30": ("deaths", "norvale"), "12": ("deaths", "kessby")},
        id="de-figure-first",
    ),
    pytest.param(
        "es",
        "Hubo 63 muertos en Norvale, en Kessby 38 y en Arden 7.",
        {"63": ("deaths", "norvale"), "38": ("deaths", "kessby"), "7": ("deaths", "arden")},
        id="es-figure-first-then-place-first",
    ),
    pytest.param(
        "de",
        "Insgesamt 9000 Streikende: Norvale 6000, Kessby 3000.",
        {"9000": ("crowd", None), "6000": ("crowd", "norvale"), "3000": ("crowd", "kessby")},
        id="de-strikers-place-first",
    ),
    pytest.param(
        "de",
        "Es streikten 9000 Beschäftigte, davon 6000 in Norvale und 3000 in Kessby.",
        {"9000": ("crowd", None), "6000": ("crowd", "norvale"), "3000": ("crowd", "kessby")},
        id="de-davon",
    ),
    pytest.param(
        "en",
        "The storm killed 50 people: Norvale 40, Kessby 10. Another 30 were injured.",
        {"50": ("deaths", None), "40": ("deaths", "norvale"), "10": ("deaths", "kessby")},
        id="en-place-first",
    ),
    pytest.param(
        "en",
        "Yes won 14,712 votes and No 13,418.",
        {"13,418": ("votes:no", None)},
        id="en-a-party-is-no-place",
    ),
    pytest.param(
        "en",
        "The storm killed 50 people, 40 in Norvale and 10 in Kessby.",
        {"50": ("deaths", None), "40": ("deaths", "norvale"), "10": ("deaths", "kessby")},
        id="en-figure-first",
    ),
    # "of which" after a smaller figure of another thing: a part of the count before it
    pytest.param(
        "fr",
        "D'après la préfecture, 300 000 manifestants ont défilé, alors que les syndicats"
        " annonçaient « plus d'un million » d'opposants répartis dans plus de 120 cortèges en"
        " Valdorie, dont environ 250 000 à Lorvy.",
        {"300": ("crowd", None), "environ": ("crowd", "lorvy")},
        id="fr-dont-after-the-marches-is-a-part-of-the-marchers",
    ),
    pytest.param(
        "de",
        "Mehr als 300.000 Menschen demonstrierten in 150 Städten, davon 90.000 in Lindenau.",
        {"90.000": ("crowd", "lindenau")},
        id="de-davon-a-part-no-larger-than-its-whole",
    ),
    pytest.param(
        "es",
        "Más de 300.000 manifestantes marcharon en 150 ciudades, de los cuales 90.000 en Lorvia.",
        {"90.000": ("crowd", "lorvia")},
        id="es-de-los-cuales",
    ),
    # a figure with no noun of its own after "and" and a part of a count: another part
    pytest.param(
        "pt",
        "Sabe-se que 12 dos mortos foram encontrados em viaturas e três estavam no rio.",
        {"três": ("deaths:part", None)},
        id="pt-and-another-part",
    ),
    pytest.param(
        "pt",
        "Dos 50 mortos, 12 foram encontrados em viaturas e 30 morreram no mato.",
        {"50": ("deaths", None), "30": ("deaths:part", None)},
        id="pt-the-whole-then-two-parts",
    ),
    pytest.param(
        "es",
        "Hay 40 muertos y 12 heridos.",
        {"40": ("deaths", None), "12": ("injured", None)},
        id="es-its-own-noun-is-no-part",
    ),
    # a figure after a total word that ends a list of parts is the whole, not a part
    pytest.param(
        "es",
        "De los fallecidos, 12 estaban en coches y 3 en la carretera; en total, 40.",
        {"3": ("deaths:part carreter", None), "40": ("deaths", None)},
        id="es-en-total-after-parts-is-the-whole",
    ),
    pytest.param(
        "it",
        "Dei morti, 12 erano in auto e 3 sulla strada; in totale, 40.",
        {"40": ("deaths", None)},
        id="it-in-totale-after-parts-is-the-whole",
    ),
    pytest.param(
        "fr",
        "Parmi les morts, 12 étaient dans des voitures et 3 sur la route, au total 40.",
        {"40": ("deaths", None)},
        id="fr-au-total-after-parts-of-the-dead-is-the-whole",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LISTS)
def test_list_items_take_their_own_place(lang: str, text: str, expected: dict) -> None:
    found = _claims(lang, text)
    for figure, (family, place) in expected.items():
        assert figure in found, (figure, found)
        got_family, got_places = found[figure]
        assert got_family == family, (figure, found[figure])
        assert got_places == ((f"in {place}",) if place else ()), (figure, found[figure])


# (language, sentence, figure, family): the counted noun of strikes, deaths and workers
NOUNS = [
    pytest.param(
        "de",
        "Am Montag legten 4000 Mitarbeitende die Arbeit nieder.",
        "4000",
        "crowd",
        id="de-mitarbeitende-strike",
    ),
    pytest.param("fr", "La grève a réuni 3 000 grévistes.", "3", "crowd", id="fr-grevistes"),
    pytest.param(
        "es", "Por el centro marcharon 2000 huelguistas.", "2000", "crowd", id="es-huelguistas"
    ),
    pytest.param("it", "Hanno aderito 5000 scioperanti.", "5000", "crowd", id="it-scioperanti"),
    pytest.param("pt", "Foram registados 12 óbitos e 30 feridos.", "12", "deaths", id="pt-obitos"),
    pytest.param(
        "pt", "Há 64 vítimas mortais confirmadas.", "64", "deaths", id="pt-vitimas-mortais"
    ),
    pytest.param("es", "Se confirmaron 40 decesos en la región.", "40", "deaths", id="es-decesos"),
    pytest.param(
        "en", "Outside the plant, 3,000 strikers gathered.", "3,000", "crowd", id="en-strikers"
    ),
]


@pytest.mark.parametrize(("lang", "text", "figure", "family"), NOUNS)
def test_counted_nouns(lang: str, text: str, figure: str, family: str) -> None:
    found = _claims(lang, text)
    assert figure in found, (figure, found)
    assert found[figure][0] == family, (figure, found[figure])
