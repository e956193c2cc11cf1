"""A figure that names nothing after a source's verb of counting ("Police counted 7,500
and the organisers 30,000") counts what the claim before its sentence counted, when that
counts people (claims/lists.counted_by); the figure of the clause whose verb is left out
("and the organisers 30,000", ", die Veranstalter 30.000") counts the same, with its own
source (grammar/speakers.own_source, also after a comma). Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document

PAGE = date(2031, 3, 16)

# (lang, text, {figure: (family, source)})
CASES = [
    pytest.param(
        "en",
        "Thousands marched in Norbury on Saturday. Police counted 7,500 and the organisers 30,000.",
        {"7,500": ("crowd", "police"), "30,000": ("crowd", "the organisers")},
        id="en-and",
    ),
    pytest.param(
        "en",
        "Thousands marched in Norbury on Saturday. Police counted 7,500, the organisers 30,000.",
        {"7,500": ("crowd", "police"), "30,000": ("crowd", "the organisers")},
        id="en-comma",
    ),
    pytest.param(
        "fr",
        "Un millier de manifestants étaient attendus à Lorvy samedi. La police a compté 7 500 "
        "et les syndicats 30 000.",
        {"7 500": ("crowd", "la police"), "30 000": ("crowd", "les syndicats")},
        id="fr-a-compte-et",
    ),
    pytest.param(
        "de",
        "Erwartet wurden in Kessenau 5000 Demonstranten. Die Polizei zählte 7500, die "
        "Veranstalter 30.000.",
        {"7500": ("crowd", "polizei"), "30.000": ("crowd", "die Veranstalter")},
        id="de-zaehlte-komma",
    ),
    pytest.param(
        "es",
        "Se esperaban 5.000 manifestantes en Tormenar. La policía contó 7.500 y los "
        "organizadores 30.000.",
        {"7.500": ("crowd", "la policía"), "30.000": ("crowd", "los organizadores")},
        id="es-conto-y",
    ),
    pytest.param(
        "it",
        "Erano attese 5.000 persone a Vallerosa. La questura ne ha contate 7.500 e gli "
        "organizzatori 30.000.",
        {"7.500": ("people", "la questura"), "30.000": ("people", "gli organizzatori")},
        id="it-la-questura-ne-ha-contate",
    ),
    pytest.param(
        "fr",
        "Un millier de manifestants étaient attendus à Lorvy. La police en a compté 7 500 et "
        "les syndicats 30 000.",
        {"7 500": ("crowd", "la police"), "30 000": ("crowd", "les syndicats")},
        id="fr-en-a-compte",
    ),
    pytest.param(
        "en",
        "Rescuers in Norbury recovered 5 bodies on Friday. By Sunday they had counted 12.",
        {"12": ("bodies", None)},
        id="en-a-toll-counted-on",
    ),
    # a clause with its own verb of saying after "while": its subject is the figure's source
    pytest.param(
        "en",
        "Thousands marched in Norbury. Police say at least 7,500 marched while the organisers "
        "say 30,000.",
        {"at least 7,500": ("crowd", "police"), "30,000": ("crowd", "the organisers")},
        id="en-while-the-organisers-say",
    ),
    pytest.param(
        "fr",
        "Des milliers de personnes ont marché. La police a compté 7 500 manifestants à Lorvy, "
        "tandis que les syndicats ont compté 30 000.",
        {"7 500 manifestants": ("crowd", "la police"), "30 000": ("crowd", "les syndicats")},
        id="fr-tandis-que-les-syndicats-ont-compte",
    ),
    # each clause with its own subject and verb: the first clause's figure is its subject's
    pytest.param(
        "en",
        "Thousands marched in Norbury. Police counted 7,500 marchers and the organisers "
        "claimed 30,000.",
        {"7,500 marchers": ("crowd", "police"), "30,000": ("crowd", "the organisers")},
        id="en-police-counted-and-the-organisers-claimed",
    ),
    pytest.param(
        "fr",
        "Des milliers de personnes ont marché. La police a compté 7 500 manifestants et les "
        "syndicats ont revendiqué 30 000.",
        {"7 500 manifestants": ("crowd", "la police"), "30 000": ("crowd", "les syndicats")},
        id="fr-a-compte-et-ont-revendique",
    ),
    # neighbours: nothing counted before, or a noun of its own, or no verb of counting
    pytest.param(
        "en",
        "Police counted 7,500 and the organisers 30,000.",
        {},
        id="en-nothing-before-nothing-counted",
    ),
    pytest.param(
        "en",
        "Thousands marched in Norbury on Saturday. Police counted 12 cars on the bridge.",
        {"12 cars": ("car", "police")},
        id="en-a-noun-of-its-own",
    ),
    pytest.param(
        "en",
        "Thousands marched in Norbury on Saturday. Route 7 was closed.",
        {},
        id="en-no-verb-of-counting",
    ),
    pytest.param(
        "en",
        "The fund paid £3m to Norbury. Auditors counted 12.",
        {},
        id="en-the-claim-before-counts-no-people",
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), CASES)
def test_a_counted_figure_counts_what_was_counted_before(lang, text, want):
    doc = Document(id="d1", path="a.md", text=text, keep=[(0, len(text))], date=PAGE, lang=lang)
    second = text.find(". ") + 2 if ". " in text else 0  # the figures of the last sentence
    got = {
        c.text: (c.terms[0], c.speaker)
        for c in extract_claims(doc)
        if c.start >= second and c.unit not in ("date", "year")
    }
    assert got == want
