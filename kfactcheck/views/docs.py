"""The `docs` command's output: one row per document read (terminal table or JSON)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from kfactcheck.corpus import Corpus
from kfactcheck.model import Document


def words(doc: Document) -> int:
    """Words of article body (the kept spans), what claims are extracted from."""
    return sum(len(doc.text[a:b].split()) for a, b in doc.keep)


def _shown_path(doc: Document) -> str:
    _, _, n = doc.id.partition("#")
    return f"{doc.path}#{n}" if n else doc.path


def documents_json(corpus: Corpus) -> list[dict]:
    """The documents in the JSON report's shape (CONTRACT.md), plus url, words and format."""
    return [
        {
            "id": d.id,
            "path": d.path,
            "title": d.title,
            "outlet": d.outlet,
            "date": d.date.isoformat() if d.date else None,
            "date_evidence": d.date_evidence,
            "warnings": list(d.warnings),
            "url": d.url,
            "words": words(d),
            "format": d.format,
        }
        for d in corpus.documents
    ]


def render_documents(corpus: Corpus, console: Console) -> None:
    """A table of the documents: file, date and its evidence, outlet, title, words, warnings."""
    table = Table(
        title=None,
        show_lines=False,
        expand=True,
        caption=_caption(corpus),
        caption_justify="left",
    )
    paths = [_shown_path(d) for d in corpus.documents]
    # Flexible columns share the width by ratio, so file names are not folded to slivers.
    table.add_column("File", overflow="fold", ratio=3)
    table.add_column("Date", no_wrap=True)
    table.add_column("Evidence", overflow="fold", ratio=2)
    table.add_column("Outlet", overflow="fold", ratio=2)
    table.add_column("Title", overflow="fold", ratio=3)
    table.add_column("Words", justify="right", no_wrap=True)
    table.add_column("Warnings", overflow="fold", ratio=4)
    for d, path in zip(corpus.documents, paths, strict=True):
        cells = (
            path,
            d.date.isoformat() if d.date else "-",
            d.date_evidence or "-",
            d.outlet or "-",
            d.title or "-",
            str(words(d)),
            "\n".join(d.warnings) or "-",
        )
        # Text, not markup: titles and evidence may hold "[...]".
        table.add_row(*(Text(c) for c in cells))
    console.print(table)


def _caption(corpus: Corpus) -> str:
    n, k = len(corpus.documents), len(corpus.errors)
    text = f"{n} document{'s' if n != 1 else ''}"
    if k:
        text += f", {k} problem{'s' if k != 1 else ''} (see messages above)"
    return text
