"""`kfactcheck search`: matching claims with their quotes, for people (rich) and scripts (JSON).

Every piece of article text goes through rich.text.Text, never markup, so a quote holding
"[bold]" prints as written.
"""

from __future__ import annotations

from rich.text import Text

from kfactcheck import __version__
from kfactcheck.export.common import HEADING_MARK, QUALIFIER_WORDS, format_as_of
from kfactcheck.index.store import SearchHit
from kfactcheck.views.layout import Line, print_lines


def _source(hit: SearchHit) -> str:
    parts = [hit.path, hit.date or "undated"]
    if hit.outlet:
        parts.append(hit.outlet)
    return " · ".join(parts)


def _value(hit: SearchHit) -> str:
    """ "close to, troops, as of 17 Aug 2022": in the words the other views use."""
    c = hit.claim
    bits = [QUALIFIER_WORDS.get(c.qualifier, c.qualifier), c.unit]
    if c.as_of:
        bits.append(f"as of {format_as_of(c.as_of)}")
    if c.subject:
        bits.append(f"subject {c.subject}")
    return ", ".join(bits)


def render_search(hits: list[SearchHit], console) -> None:
    """One block per matching claim: source line, claim words and kind, quote with matches."""
    if not hits:
        print_lines(console, [Line(Text("No claim matches."))])
        return
    lines: list[Line] = []
    for i, hit in enumerate(hits):
        if i:
            lines.append(Line(Text()))
        lines.append(Line(Text(_source(hit), style="dim")))
        line = Text(hit.claim.text, style="bold")
        line.append(f"  ({_value(hit)})", style="dim")
        lines.append(Line(line, 2))
        plain = hit.claim.quote or ""
        mark = HEADING_MARK.match(plain)
        skip = mark.end() if mark else 0  # a Markdown heading's "## " is not shown
        quote = Text(plain[skip:])
        for a, b in hit.marks:
            quote.stylize("bold reverse", max(0, a - skip), max(0, b - skip))
        if hit.claim.speaker:
            quote.append(f"  (speaker: {hit.claim.speaker})", style="italic")
        lines.append(Line(quote, 2))
    noun = "claim" if len(hits) == 1 else "claims"
    lines += [Line(Text()), Line(Text(f"{len(hits)} matching {noun}", style="dim"))]
    print_lines(console, lines)


def search_json(hits: list[SearchHit]) -> dict:
    """The JSON twin: claim fields named as in the JSON report (docs/contract.md), plus the hit's
    document, the matched spans of the quote and the rank score."""
    out = []
    for h in hits:
        c = h.claim
        out.append(
            {
                "row": h.row,
                "path": h.path,
                "title": h.title,
                "outlet": h.outlet,
                "date": h.date,
                "document": c.document,
                "subject": c.subject or None,
                "subject_label": c.subject_label or None,
                "value": c.value,
                "low": c.low,
                "high": c.high,
                "qualifier": c.qualifier,
                "unit": c.unit,
                "as_of": c.as_of,
                "text": c.text,
                "start": c.start,
                "end": c.end,
                "quote": c.quote,
                "speaker": c.speaker,
                "matches": [[a, b] for a, b in h.marks],
                "score": round(h.score, 6),
            }
        )
    return {"kfactcheck": __version__, "hits": out}
