"""A day a figure is compared with, in a phrase set off before the figure's clause ("Comme
le 7 mars, 30 000 personnes ont défilé"), dates none of the sentence's figures: they hold
at the sentence's own time (claims/opening.set_off, with compared()). A comparison that is
a clause's predicate, or one whose day is told by a clause after it ("smaller than on 12
March, when police counted 30,000"), keeps its figures on that day. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document

PAGE = date(2031, 3, 16)  # a Sunday

CASES = [
    pytest.param(
        "Comme le 7 mars, 30 000 personnes ont défilé à Lorvy.",
        "fr",
        {"30 000": "2031-03-16"},
        id="fr-comme-le-opens",
    ),
    pytest.param(
        "Comme déjà le 7 mars, la CGT a compté 30 000 manifestants à Lorvy.",
        "fr",
        {"30 000": "2031-03-16"},
        id="fr-comme-deja-le",
    ),
    pytest.param(
        "Like on 7 March, 30,000 people marched in Norbury.",
        "en",
        {"30,000": "2031-03-16"},
        id="en-like-on-opens",
    ),
    pytest.param(
        "In Norbury, as on 7 March, 30,000 people marched.",
        "en",
        {"30,000": "2031-03-16"},
        id="en-as-on-between-commas",
    ),
    pytest.param(
        "Wie schon am 7. März demonstrierten 30.000 Menschen in Kessenau.",
        "de",
        {"30.000": "2031-03-16"},
        id="de-wie-schon-am",
    ),
    pytest.param(
        "Wie am 7. März, so zogen auch am Samstag 30.000 Menschen durch Kessenau.",
        "de",
        {"30.000": "2031-03-15"},
        id="de-wie-am-comma-own-day",
    ),
    pytest.param(
        "Como el 7 de marzo, 30.000 personas marcharon en Tormenar.",
        "es",
        {"30.000": "2031-03-16"},
        id="es-como-el",
    ),
    pytest.param(
        "Al igual que el 7 de marzo, 30.000 personas marcharon en Tormenar.",
        "es",
        {"30.000": "2031-03-16"},
        id="es-al-igual-que-el",
    ),
    pytest.param(
        "Tal como no dia 7 de março, 30 mil pessoas marcharam em Serrinha.",
        "pt",
        {"30 mil": "2031-03-16"},
        id="pt-tal-como-no-dia",
    ),
    pytest.param(
        "Come già il 7 marzo, 30.000 persone hanno sfilato a Vallerosa.",
        "it",
        {"30.000": "2031-03-16"},
        id="it-come-gia-il",
    ),
    pytest.param(
        "Like last Saturday, 30,000 people marched in Norbury.",
        "en",
        {"30,000": "2031-03-16"},
        id="en-like-last-saturday",
    ),
    pytest.param(
        "Comme samedi dernier, 30 000 personnes ont défilé à Lorvy.",
        "fr",
        {"30 000": "2031-03-16"},
        id="fr-comme-samedi-dernier",
    ),
    pytest.param(
        "Como el sábado pasado, 30.000 personas marcharon en Tormenar.",
        "es",
        {"30.000": "2031-03-16"},
        id="es-como-el-sabado-pasado",
    ),
    # neighbours that must keep the compared day, or a day of their own
    pytest.param(
        "As late as last Saturday, 30 people were missing in Norbury.",
        "en",
        {"30": "2031-03-15"},
        id="en-as-late-as-last-saturday",
    ),
    pytest.param(
        "Moins que samedi dernier, où 30 000 personnes avaient défilé.",
        "fr",
        {"30 000": "2031-03-15"},
        id="fr-a-clause-of-samedi-dernier-keeps-it",
    ),
    pytest.param(
        "The Norbury march was smaller than on 12 March, when police counted 30,000 marchers.",
        "en",
        {"30,000": "2031-03-12"},
        id="en-a-clause-of-the-day-after-it-keeps-it",
    ),
    pytest.param(
        "C'est moins que le 7 mars, au premier jour du mouvement, où le syndicat de Kessby avait "
        "revendiqué 30 000 manifestants.",
        "fr",
        {"30 000": "2031-03-07"},
        id="fr-a-predicate-comparison-keeps-its-day",
    ),
    pytest.param(
        "As late as 7 March, 30 people were missing in Norbury.",
        "en",
        {"30": "2031-03-07"},
        id="en-as-late-as-dates-it",
    ),
    pytest.param(
        "In Kessenau starben 12 Menschen, wie am 7. März bekannt wurde.",
        "de",
        {"12": "2031-03-07"},
        id="de-wie-am-bekannt-wurde-is-no-comparison",
    ),
    pytest.param(
        "Come il 7 marzo scorso, anche sabato 30.000 persone hanno sfilato a Vallerosa.",
        "it",
        {"30.000": "2031-03-15"},
        id="it-a-day-of-its-own-after-it",
    ),
]


@pytest.mark.parametrize(("sentence", "lang", "want"), CASES)
def test_a_compared_day_set_off_dates_no_figure(sentence, lang, want):
    doc = Document(
        id="d1", path="a.md", text=sentence, keep=[(0, len(sentence))], date=PAGE, lang=lang
    )
    got = {c.text: c.as_of for c in extract_claims(doc) if c.unit not in ("date", "year")}
    for figure, held in want.items():
        assert [a for t, a in got.items() if figure in t] == [held], got
