"""The store's leading date marker (" date 2024-05-02 Headline ...") is the page's date
and never article text, whether or not front matter comes before it: no date claim, and
no figure of the headline dated or scoped by it. The pages here are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.read.corpus import read_document

_HEADLINE = (
    "Flood toll in Norvale climbs to 41\n\nAt least 41 people have died in Norvale, officials"
    " said.\n"
)


@pytest.mark.parametrize(
    "text, marker_kept",
    [
        pytest.param(f" date 2024-05-02 {_HEADLINE}", False, id="marker-first"),
        pytest.param(
            f"---\nurl: https://example.org/a\ndate: 2024-05-02\n---\n date 2024-05-02 {_HEADLINE}",
            False,
            id="marker-after-front-matter",
        ),
        pytest.param(
            f"---\nurl: https://example.org/a\n---\n date 2024-05-02 {_HEADLINE}",
            False,
            id="marker-after-front-matter-without-date",
        ),
        # negative neighbour: a body line that merely starts with the word is text
        pytest.param(
            f"---\nurl: https://example.org/a\ndate: 2024-05-02\n---\n{_HEADLINE}\n"
            " date 2024-05-01 was when the dam gave way.\n",
            True,
            id="later-line-is-body",
        ),
    ],
)
def test_marker_is_never_text(tmp_path: Path, text: str, marker_kept: bool) -> None:
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    [doc] = read_document(path)
    assert str(doc.date) == "2024-05-02"
    kept = doc.kept_text()
    assert ("date 2024-05-02" in kept) is False
    claims = extract_claims(doc)
    assert not any(c.unit == "date" and c.value == "2024-05-02" for c in claims)
    assert all(not any(s.startswith("event") for s in c.scope) for c in claims if c.unit != "date")
    assert ("2024-05-01" in kept) is marker_kept


_ARTICLE = "Le fleuve a débordé à Norvale, où 41 personnes sont mortes, selon la préfecture.\n\n"


@pytest.mark.parametrize(
    "tail, kept",
    [
        pytest.param(
            "Les plus lus\n\nClassement des 20 plus grands ports du monde en 20\n\n"
            "Norvale : 3 conseils pour partir\n",
            False,
            id="fr-most-read-titles-dropped",
        ),
        pytest.param(
            "Lo más leído\n\nLos 10 mejores hoteles de Kessby\n",
            False,
            id="es-most-read-titles-dropped",
        ),
        # negative neighbour: a long paragraph after the heading is the article again
        pytest.param(
            "Les plus lus\n\n" + "Les secours ont évacué 300 habitants de Kessby " * 6 + ".\n",
            True,
            id="long-paragraph-after-heading-kept",
        ),
    ],
)
def test_titles_under_a_most_read_heading_are_furniture(tmp_path: Path, tail: str, kept: bool):
    path = tmp_path / "a.md"
    path.write_text(_ARTICLE + tail, encoding="utf-8")
    [doc] = read_document(path)
    text = doc.kept_text()
    assert "41 personnes" in text
    assert ("300 habitants" in text) is kept
    assert "20 plus grands" not in text and "10 mejores" not in text
