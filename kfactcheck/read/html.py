"""Main text and metadata of an HTML page, through trafilatura (htmldate finds the date).

The date comes from the page's metadata only (extensive_search off): htmldate's search of the
visible text would take body dates for the publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kfactcheck.errors import InputError

# Where an ISO date sits in the raw page, to quote the metadata value as date evidence.
_ATTR_VALUE = re.compile(r"""["'>]([^"'<>]{0,40})$""")
_DOCUMENT = re.compile(r"<(?:html|body|head)[\s>]", re.I)


@dataclass(slots=True)
class HtmlPage:
    text: str
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD from the page's metadata
    date_evidence: str | None = None
    sitename: str | None = None
    url: str | None = None


def extract(html: str) -> HtmlPage:
    """The page's main text and metadata; InputError when no article text is found."""
    import trafilatura  # heavy import: only HTML files pay for it

    params = {
        "with_metadata": True,
        "include_comments": False,
        "include_tables": True,
        "date_extraction_params": {"extensive_search": False, "original_date": True},
    }
    if not _DOCUMENT.search(html, 0, 4000):
        html = f"<html><body><article>{html}</article></body></html>"  # a fragment
    try:
        doc = trafilatura.bare_extraction(html, **params)
        if doc is None or not (doc.text or "").strip():
            doc = trafilatura.bare_extraction(html, favor_recall=True, **params)
    except Exception as e:  # trafilatura/lxml raise many kinds on broken markup
        raise InputError(f"HTML could not be parsed ({type(e).__name__}: {e})") from e
    if doc is None or not (doc.text or "").strip():
        raise InputError("no article text found in HTML")
    page = HtmlPage(
        text=doc.text.strip("\n"),
        title=(doc.title or None),
        date=(doc.date or None),
        sitename=(doc.sitename or None),
        url=(doc.url or None),
    )
    if page.date:
        page.date_evidence = date_evidence(html, page.date)
    return page


def date_evidence(html: str, iso: str) -> str:
    """The metadata value the date came from, verbatim ("2023-03-04T09:15:00Z")."""
    at = html.find(iso)
    if at < 0:
        return f"HTML metadata {iso}"
    head = _ATTR_VALUE.search(html, max(0, at - 40), at)
    start = head.start(1) if head else at
    end = at + len(iso)
    while end < len(html) and end - at < 40 and html[end] not in "\"'<>":
        end += 1
    return f"HTML metadata {html[start:end].strip()}"
