"""People affected by a disaster, in every language read: one concept (the family
`affected`), apart from those out of their homes, those in shelters and a bare count of
people; places affected keep their own noun. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.claims.test_counted_lang import claims

# (lang, sentence, figure, family the figure counts)
CASES = [
    ("en", "About 14,000 people were affected by the floods.", "About 14,000", "affected"),
    ("en", "The storm damaged 300 homes and affected 2,000 people.", "2,000", "affected"),
    ("fr", "Au total, 3400 personnes ont été touchées par la crue.", "3400", "affected"),
    ("de", "Rund 30.000 Menschen sind von dem Hochwasser betroffen.", "30.000", "affected"),
    ("es", "Unas 45.000 personas resultaron afectadas por las lluvias.", "45.000", "affected"),
    ("pt", "Ao todo, 23.400 pessoas foram afetadas pelas enchentes.", "23.400", "affected"),
    ("pt", "Calcula-se que 31,2 mil pessoas tenham sido impactadas.", "31,2 mil", "affected"),
    ("pt", "Já a população afetada pela tempestade soma 215.300 pessoas.", "215.300", "affected"),
    ("pt", "Vinte cidades tiveram danos, afetando 215,3 mil pessoas.", "215,3 mil", "affected"),
    ("it", "Circa 8.000 persone sono state colpite dall'alluvione.", "Circa 8.000", "affected"),
    # the other quantities of the same sentence shape keep their own families
    ("pt", "Há 6,1 mil desabrigadas e 4.085 desalojadas.", "6,1 mil", "homeless"),
    ("pt", "Há 6,1 mil desabrigadas e 4.085 desalojadas.", "4.085", "evacuated"),
    # places affected: the noun counted, not people
    ("pt", "Segundo o governo, 87 municípios foram afetados pela cheia.", "87", "municípi"),
]


@pytest.mark.parametrize(
    ("lang", "text", "figure", "family"),
    CASES,
    ids=[f"{lang}-{fig}-{fam}" for lang, _, fig, fam in CASES],
)
def test_affected_is_its_own_count(lang, text, figure, family):
    found = [c for c in claims(text, lang) if figure in c.text]
    assert found, f"no claim for {figure!r}"
    assert found[0].terms[0] == family
