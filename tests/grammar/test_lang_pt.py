"""Portuguese: digits, words, qualifiers, ranges and dates, on invented sentences."""

from __future__ import annotations

import pytest
from langcases import day, exact, fig, table_tests

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document

LANG = "pt"

FIGURES = [
    fig(
        "Vai passar de 13 para 15 mortos.",
        exact("13", 13),
        exact("15", 15),
        id="passar-de-para-two-levels",
    ),
    fig(
        "Morreram 12 bombeiros e um militar.",
        exact("12", 12),
        exact("um", 1),
        id="um-ends-a-list-of-figures",
    ),
    fig("Um homem morreu.", id="um-article-no-count"),
    # digits and separators
    fig("Chegaram 3.735 soldados.", exact("3.735", 3735), id="dot-groups"),
    fig("A taxa caiu para 6,3%.", exact("6,3%", 6.3, "percent"), id="decimal-comma-percent"),
    fig("Foram 338 086 doadores.", exact("338 086", 338086), id="space-groups"),
    fig("Uma queda de 12 por cento.", exact("12 por cento", 12, "percent"), id="por-cento"),
    # scale words and currency
    fig(
        "O acordo soma R$ 37 bilhões.",
        ("R$ 37 bilhões", 3.7e10, 3.65e10, 3.75e10, "approx", "currency:BRL"),
        id="reais-bilhoes",
    ),
    fig(
        "Foram liberados R$ 1,5 bilhão.",
        ("R$ 1,5 bilhão", 1.5e9, 1.45e9, 1.55e9, "approx", "currency:BRL"),
        id="reais-bilhao",
    ),
    fig(
        "A Vale pagou R$ 11 bi.",
        ("R$ 11 bi", 1.1e10, 1.05e10, 1.15e10, "approx", "currency:BRL"),
        id="bi-abbreviation",
    ),
    fig(
        "O fundo tem 54 bilhões de reais.",
        ("54 bilhões de reais", 5.4e10, 5.35e10, 5.45e10, "approx", "currency:BRL"),
        id="bilhoes-de-reais",
    ),
    fig("São 3 mil desabrigados.", ("3 mil", 3000, 2500, 3500, "approx"), id="mil-after-digits"),
    fig("Morreram mil 204 pessoas.", exact("mil 204", 1204), id="mil-then-digits"),
    fig("Dois milhões de litros.", exact("Dois milhões", 2e6), id="word-scale-exact"),
    fig("Um milhão de pessoas.", exact("Um milhão", 1e6), id="um-milhao"),
    fig("A obra custa 40 mi.", id="mi-needs-currency"),
    # words
    fig("Onze pessoas seguem desaparecidas.", exact("Onze", 11), id="word-onze"),
    fig("Vinte e sete vítimas.", exact("Vinte e sete", 27), id="word-e-compound"),
    fig("Duas crianças foram resgatadas.", exact("Duas", 2), id="word-duas"),
    fig("Um homem foi preso.", id="um-is-an-article"),
    # fractions
    fig("A metade das casas.", ("A metade", 50, 47.5, 52.5, "approx", "percent"), id="a-metade"),
    fig(
        "Dois terços dos votos.",
        ("Dois terços", 200 / 3, 190 / 3, 70.0, "approx", "percent"),
        id="dois-tercos",
    ),
    fig("Uma dezena de feridos.", ("Uma dezena", 10, 9.5, 10.5, "approx"), id="uma-dezena"),
    # qualifiers
    fig("Mais de 200 mortos.", ("Mais de 200", 200, 200, None, "more_than"), id="mais-de"),
    fig("Cerca de 300 famílias.", ("Cerca de 300", 300, 285, 315, "approx"), id="cerca-de-approx"),
    fig("Quase 100 desaparecidos.", ("Quase 100", 100, 90, 100, "close_to"), id="quase"),
    fig("Pelo menos 84 mortos.", ("Pelo menos 84", 84, 84, None, "at_least"), id="pelo-menos"),
    fig("Até 500 pessoas.", ("Até 500", 500, None, 500, "up_to"), id="ate"),
    fig("Menos de 20 casos.", ("Menos de 20", 20, None, 20, "less_than"), id="menos-de"),
    fig("Por volta de 60 bombeiros.", ("Por volta de 60", 60, 57, 63, "approx"), id="por-volta-de"),
    # ranges
    fig("Entre 80 e 100 mortos.", ("Entre 80 e 100", 90, 80, 100, "range"), id="entre-e"),
    # dates are not counts
    fig("Em 25 de janeiro morreram 270 pessoas.", exact("270", 270), id="day-de-month-skipped"),
    fig("A barragem 1 se rompeu.", id="label-barragem"),
    fig("O número subiu de 84 para 99.", exact("84", 84), exact("99", 99), id="change-de-para"),
    fig("De 80 a 100 mortos.", ("De 80 a 100", 90, 80, 100, "range"), id="range-de-a"),
    fig("Meio milhão de pessoas.", exact("Meio milhão", 5e5), id="meio-milhao"),
    fig(
        "O número ultrapassa 300.",
        ("ultrapassa 300", 300, 300, None, "more_than"),
        id="label-word-before-a-qualifier",
    ),
]

DATES = [
    day("Em 8 de maio de 2017 a ponte ruiu.", "2017-05-08", id="8-de-maio-de-2017"),
    day("No dia 3 de março a prefeitura informou.", "2023-03-03", id="3-de-marco"),
    day("De 3 a 5 de março a cidade festejou.", "2023-03-03", id="range-de-a"),
    day("Ontem foram encontrados 12 corpos.", "2023-04-11", id="ontem"),
    day("Anteontem a chuva parou.", "2023-04-10", id="anteontem"),
    day("Na segunda-feira foram contados 40 feridos.", "2023-04-10", id="weekday-segunda-feira"),
    day("Em fevereiro de 2021 o acordo foi assinado.", "2021-02", id="month-de-year"),
    day("Hoje as escolas reabrem.", "2023-04-12", id="hoje"),
    day("No sábado marcharam 5.000 pessoas.", "2023-04-08", id="weekday-sabado"),
    day("Em 1º de maio de 2022 houve protestos.", "2022-05-01", id="ordinal-primeiro"),
    day("A lista de 5 de fev. 2019 saiu.", "2019-02-05", id="month-abbreviation"),
]


ARTICLE = (
    "Sobe o número de mortos\n\n"
    "Segundo a Defesa Civil, pelo menos 85 pessoas morreram e cerca de 160 seguem desaparecidas. "
    "Mais de 1.200 bombeiros trabalham nas buscas, disse o governador na sexta-feira. "
    "O governo bloqueou R$ 7 bilhões da empresa.\n"
)

test_figures, test_dates, test_language_is_detected = table_tests(LANG, FIGURES, DATES, ARTICLE)


def test_article_claims_read_in_portuguese():
    doc = Document(id="p", path="p.md", text=ARTICLE, lang=LANG)
    claims = {c.value: c for c in extract_claims(doc)}
    assert claims[85].qualifier == "at_least"
    assert claims[160].qualifier == "approx"
    assert claims[1200].qualifier == "more_than"
    assert claims[7_000_000_000].unit == "currency"


BRACKETED_DAYS = [
    pytest.param(
        "A prefeitura confirmou neste domingo (19) a morte de 36 pessoas.",
        [36],
        id="day-after-weekday-before-the-count",
    ),
    pytest.param(
        "A ponte caiu na terça-feira (5) e 14 pessoas morreram.",
        [14],
        id="day-after-hyphenated-weekday",
    ),
    pytest.param(
        "O total de vítimas subiu para 117 nesta terça-feira (8).",
        [117],
        id="day-after-the-count",
    ),
]


@pytest.mark.parametrize(("sentence", "values"), BRACKETED_DAYS)
def test_day_in_brackets_after_a_weekday_is_not_a_figure(sentence, values):
    doc = Document(id="p", path="p.md", text=sentence, lang=LANG)
    assert [c.value for c in extract_claims(doc)] == values
