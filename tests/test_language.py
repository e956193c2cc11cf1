"""A document's language: detection, what wins over it, and where it is shown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kfactcheck.read import language
from kfactcheck.read.corpus import read_corpus
from kfactcheck.read.language import detect, normalise

# invented news leads, one per language the grammars read
LEADS = [
    pytest.param(
        "The death toll from the floods rose to 37 on Thursday, and the authorities said that "
        "hundreds of the residents of the valley were still missing after the storm of the week.",
        "en",
        id="en",
    ),
    pytest.param(
        "Le bilan des inondations s'est alourdi jeudi à 37 morts, selon la préfecture, qui "
        "précise que des centaines d'habitants de la vallée sont toujours portés disparus.",
        "fr",
        id="fr",
    ),
    pytest.param(
        "Die Zahl der Hochwasseropfer ist am Donnerstag auf 37 gestiegen, teilte die "
        "Polizei mit. Hunderte Bewohner des Tals werden noch vermisst.",
        "de",
        id="de",
    ),
    pytest.param(
        "La cifra de muertos por las inundaciones ascendió el jueves a 37, según las "
        "autoridades, que aseguran que cientos de vecinos del valle siguen desaparecidos.",
        "es",
        id="es",
    ),
    pytest.param(
        "O número de mortos nas enchentes subiu para 37 nesta quinta-feira, segundo a Defesa "
        "Civil, que diz que centenas de moradores do vale continuam desaparecidos.",
        "pt",
        id="pt",
    ),
    pytest.param(
        "Il conto delle vittime della piena è arrivato giovedì a 37 morti, secondo la "
        "prefettura, che precisa che centinaia di abitanti della valle sono ancora dispersi.",
        "it",
        id="it",
    ),
    pytest.param(
        "Het dodental na de overstromingen is donderdag gestegen tot 37, meldt de politie. "
        "Honderden inwoners van het dal worden nog altijd vermist.",
        "nl",
        id="nl",
    ),
    pytest.param(
        "Broj poginulih u poplavama porastao je u četvrtak na 37, saopćila je policija. "
        "Stotine stanovnika doline još uvijek se vode kao nestali.",
        "hr",
        id="hr",
    ),
]


@pytest.mark.parametrize(("text", "lang"), LEADS)
def test_detect(text, lang):
    got = detect(text)
    assert got == lang or (lang == "hr" and got in ("hr", "bs", "sr"))


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("fr", "fr"),
        ("fr-FR", "fr"),
        ("pt_BR", "pt"),
        (" DE ", "de"),
        ("sr-Latn", "sr"),
        ("Deutsch", None),
        ("", None),
        (None, None),
    ],
)
def test_normalise(value, code):
    assert normalise(value) == code


def test_too_short_to_tell():
    assert detect("43 morts.") is None


def test_english_never_loads_the_model(monkeypatch):
    def boom():
        raise AssertionError("the model was loaded for an English text")

    monkeypatch.setattr(language, "_identifier", boom)
    assert detect(LEADS[0].values[0] * 3) == "en"


def test_front_matter_lang_wins(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\nlang: de\n---\nThe death toll from the floods rose to 43 on Thursday, and the "
        "authorities said that hundreds of the residents of the valley were missing.\n",
        encoding="utf-8",
    )
    (doc,) = read_corpus([tmp_path / "a.md"]).documents
    assert doc.lang == "de"


def test_manifest_lang_wins(tmp_path):
    (tmp_path / "a.txt").write_text(LEADS[1].values[0] + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(LEADS[1].values[0] + " Encore.\n", encoding="utf-8")
    (tmp_path / "kfactcheck.toml").write_text('["a.txt"]\nlang = "fr-CA"\n', encoding="utf-8")
    docs = {d.path.rsplit("/", 1)[-1]: d for d in read_corpus([tmp_path]).documents}
    assert docs["a.txt"].lang == "fr"
    assert docs["b.txt"].lang == "fr"  # detected


def test_language_in_the_json_report(tmp_path):
    from typer.testing import CliRunner

    from kfactcheck.cli import app

    (tmp_path / "a.txt").write_text(LEADS[2].values[0] + "\n", encoding="utf-8")
    out = tmp_path / "r.json"
    result = CliRunner().invoke(app, ["report", str(tmp_path), "--no-index", "-o", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert [d["lang"] for d in report["documents"]] == ["de"]


@pytest.mark.parametrize("lang", ["fr", "de", "es", "pt", "it", "nl", "hr"])
def test_the_prefilter_drops_no_claim_in_other_languages(monkeypatch, lang):
    """A language's prefilter (numlang.may_hold) turns away no sentence holding a claim."""
    import importlib
    from datetime import date

    from kfactcheck.claims import extract
    from kfactcheck.model import Document

    name = "sh" if lang == "hr" else lang
    # the language's own table of cases, wherever pytest was pointed
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parent / "grammar"))
    cases = importlib.import_module(f"test_lang_{name}")
    sentences = [p.values[0] for p in cases.FIGURES + cases.DATES]
    text = cases.ARTICLE + "\n\n" + "\n\n".join(sentences)
    doc = Document(id="x", path="x.txt", text=text, date=date(2023, 4, 12), lang=lang)
    fast = extract.extract_claims(doc)
    monkeypatch.setattr(extract, "_may_hold", lambda sentence, lang=None: True)
    slow = extract.extract_claims(doc)
    assert fast == slow
    assert len(fast) > 20
