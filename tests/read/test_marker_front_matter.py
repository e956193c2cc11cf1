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
