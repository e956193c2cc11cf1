"""The `docs` command's output: one row per document read (terminal table or JSON)."""

from __future__ import annotations

import posixpath

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from kfactcheck.model import Document
from kfactcheck.read.corpus import Corpus
from kfactcheck.views.layout import print_tidy

_FILE_WIDTH = 24  # doubled on a wide console
_OUTLET_WIDTH = 18
_STORY_WIDTH = 16
_WIDE = 120  # console columns for a column each for evidence and warnings
_TITLE_MIN = 20  # cells the title column keeps on a narrow console
_GAP = 3  # cells between two columns of the table


def words(doc: Document) -> int:
    """Words of article body (the kept spans), what claims are extracted from."""
    return sum(len(doc.text[a:b].split()) for a, b in doc.keep)


def documents_json(corpus: Corpus, stories: dict[str, str] | None = None) -> list[dict]:
    """The documents in the JSON report's shape (docs/contract.md), plus url, words, format
    and language, and the story each tells when `stories` (document id -> story) is given."""
    out = []
    for d in corpus.documents:
        row = {
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
            "lang": d.lang,
        }
        if stories is not None:
            row["story"] = stories.get(d.id, "")
        out.append(row)
    return out


def _common_folder(paths: list[str]) -> str:
    """The folder every path is under ("corpus/kosovo/"), or "" when they share none."""
    folders = {posixpath.dirname(p) for p in paths}
    if not paths or "" in folders:
        return ""
    common = posixpath.commonpath(list(folders)) if len(folders) > 1 else folders.pop()
    return f"{common.rstrip('/')}/" if common not in ("", "/") else ""


def render_documents(
    corpus: Corpus, console: Console, stories: dict[str, str] | None = None
) -> None:
    """A table of the documents: file, date and its evidence, story (when `stories` maps
    document ids to stories: a column on a wide console, under the title otherwise),
    outlet, title, words, warnings.

    The folder all files share is printed once above the table. Below _WIDE columns the
    evidence and the warnings go under the title, so no column is folded to a sliver; on a
    narrow console the word count, then the outlet, go there too, so that file names and
    dates stay whole while the title keeps _TITLE_MIN cells.
    """
    paths = [d.path for d in corpus.documents]  # a record's path names it: FILE#N
    folder = _common_folder(paths)
    names = [p[len(folder) :] for p in paths]
    width = console.width
    wide = width >= _WIDE
    table = Table(
        title=Text(folder) if folder else None,
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        expand=True,
        caption=_caption(corpus),
        caption_justify="left",
    )
    outlet_width = max(
        6, min(_OUTLET_WIDTH, max((len(d.outlet or "-") for d in corpus.documents), default=1))
    )
    # File names stay whole when they can; the flexible columns share the rest by ratio.
    file_width = min(_FILE_WIDTH * (2 if wide else 1), max(map(len, names), default=4))
    show_words = show_lang = show_outlet = True
    if not wide:
        # Cells left for the title: the console less the fixed columns and the 3 cells
        # between columns; the least useful column moves into the title's cell first.
        def room() -> int:
            fixed = [file_width, 10]
            fixed += [4] if show_lang else []
            fixed += [outlet_width] if show_outlet else []
            fixed += [5] if show_words else []
            return width - sum(fixed) - _GAP * len(fixed)

        if room() < _TITLE_MIN:
            show_words = False
        if room() < _TITLE_MIN:
            show_lang = False
        if room() < _TITLE_MIN:
            show_outlet = False
        if room() < _TITLE_MIN:  # only now may a file name fold
            file_width = max(8, file_width - (_TITLE_MIN - room()))
    table.add_column("File", overflow="fold", width=file_width)
    table.add_column("Date", no_wrap=True, min_width=10)
    if show_lang:
        table.add_column("Lang", no_wrap=True)
    if wide:
        table.add_column("Evidence", overflow="fold", ratio=2)
    if stories is not None and wide:
        story_width = max((len(s) for s in stories.values()), default=5)
        table.add_column("Story", overflow="fold", width=min(_STORY_WIDTH, max(5, story_width)))
    if show_outlet:
        table.add_column("Outlet", width=outlet_width)
    table.add_column("Title" if wide else _title_heading(show_outlet), ratio=3 if wide else 5)
    if show_words:
        table.add_column("Words", justify="right", no_wrap=True)
    if wide:
        table.add_column("Warnings", overflow="fold", ratio=3)
    for d, name in zip(corpus.documents, names, strict=True):
        day = d.date.isoformat() if d.date else "-"
        # Text, not markup: titles and evidence may hold "[...]".
        title = Text(d.title or "-")
        story = [stories.get(d.id) or "-"] if stories is not None else []
        if wide:
            cells = [name, day, d.lang or "-", d.date_evidence or "-", *story, d.outlet or "-"]
            warned = Text("\n".join(d.warnings) or "-")
            table.add_row(*map(Text, cells), title, Text(str(words(d))), warned)
            continue
        extra = [] if show_lang else [f"language {d.lang or '-'}"]
        extra += [] if show_outlet else [d.outlet or "no outlet"]
        extra += [] if show_words else [f"{words(d)} words"]
        if extra:
            title.append(f"\n{' · '.join(extra)}", style="dim")
        if story:
            title.append(f"\nstory: {story[0]}", style="dim")
        if d.date_evidence:
            title.append(f"\nfrom: {d.date_evidence}", style="dim")
        for w in d.warnings:
            title.append(f"\n! {w}", style="yellow")
        row = [Text(name), Text(day)]
        row += [Text(d.lang or "-")] if show_lang else []
        row += [Text(d.outlet or "-")] if show_outlet else []
        row += [title]
        row += [Text(str(words(d)))] if show_words else []
        table.add_row(*row)
    print_tidy(console, table)


def _title_heading(with_outlet: bool) -> str:
    return "Title, evidence, warnings" if with_outlet else "Title, outlet, evidence, warnings"


def _caption(corpus: Corpus) -> str:
    n, k = len(corpus.documents), len(corpus.errors)
    text = f"{n} document{'s' if n != 1 else ''}"
    if k:
        text += f", {k} file problem{'s' if k != 1 else ''} (listed above)"
    return text
