"""`kfactcheck search`: matching claims with their quotes, for people (rich) and scripts (JSON).

Every piece of article text goes through rich.text.Text, never markup, so a quote holding
"[bold]" prints as written.
"""

from __future__ import annotations

from kfactcheck.index.store import SearchHit


def _source(hit: SearchHit) -> str:
    parts = [hit.path, hit.date or "undated"]
    if hit.outlet:
        parts.append(hit.outlet)
    return " · ".join(parts)


def _value(hit: SearchHit) -> str:
    c = hit.claim
    bits = [c.qualifier, c.unit]
    if c.as_of:
        bits.append(f"as of {c.as_of}")
    if c.subject:
        bits.append(f"subject {c.subject}")
    return ", ".join(bits)


def _indented(text, console, indent: int = 2) -> None:
    """Print wrapped under an indent, without the padding rich adds to wrapped lines."""
    from rich.text import Text

    for line in text.wrap(console, max(20, console.width - indent)):
        line.rstrip()
        console.print(Text(" " * indent) + line, soft_wrap=True)


def render_search(hits: list[SearchHit], console) -> None:
    """One block per matching claim: source line, claim words and kind, quote with matches."""
    from rich.text import Text

    if not hits:
        console.print(Text("No claim matches."))
        return
    for i, hit in enumerate(hits):
        if i:
            console.print()
        console.print(Text(_source(hit), style="dim"))
        line = Text(hit.claim.text, style="bold")
        line.append(f"  ({_value(hit)})", style="dim")
        _indented(line, console)
        quote = Text(hit.claim.quote)
        for a, b in hit.marks:
            quote.stylize("bold reverse", a, b)
        if hit.claim.speaker:
            quote.append(f"  (speaker: {hit.claim.speaker})", style="italic")
        _indented(quote, console)
    noun = "claim" if len(hits) == 1 else "claims"
    console.print()
    console.print(Text(f"{len(hits)} matching {noun}", style="dim"))


def search_json(hits: list[SearchHit]) -> dict:
    """The JSON twin: claim fields named as in the JSON report (docs/contract.md), plus the hit's
    document, the matched spans of the quote and the rank score."""
    from kfactcheck import __version__

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
