"""Claims written by hand for the comparison's tests, and a run of find_findings over them:
one figure a claim, quoted as its document's report of it."""

from __future__ import annotations

from kfactcheck.analyse.compare import find_findings
from kfactcheck.export.wording import word_findings
from kfactcheck.model import Claim, Document


def claim(
    doc,
    value,
    as_of,
    qualifier="exact",
    family="deaths",
    text=None,
    *,
    low=None,
    high=None,
    speaker=None,
):
    text = text or str(value)
    return Claim(
        document=doc,
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        unit="currency" if family.startswith("money:") else "people",
        as_of=as_of,
        text=text,
        start=0,
        end=len(text),
        quote=f"{doc} reports {text}.",
        terms=(family,),
        subject="s",
        subject_label="s",
        speaker=speaker,
    )


def run(claims, docs=None):
    """Findings of `claims`, worded; each document one undated page unless `docs` says."""
    for i, c in enumerate(claims, 1):
        c.id = c.id or f"c{i}"
    if docs is None:
        docs = {}
        for c in claims:
            docs.setdefault(
                c.document,
                Document(id=c.document, path=f"{c.document}.txt", text=c.quote, date=None),
            )
        docs = list(docs.values())
    found = find_findings(claims, docs)
    word_findings(found, claims, docs)
    return found


def kinds(found):
    """kind -> the claim ids of each finding of that kind."""
    return {k: [f.claims for f in found if f.kind == k] for k in {f.kind for f in found}}
