"""The language a document is written in: a two-letter code (en fr de es pt it nl hr sr bs).

A manifest or front matter `lang` (or `language`) wins; otherwise the kept text decides:

- English first, with three substring counts (" the ", " and ", " of ") on the first
  4,000 characters, which settle almost every English article in microseconds, so that a
  corpus of English articles never loads a model;
- anything else goes to py3langid (a naive Bayes model over byte n-grams, bundled with the
  package, no download), restricted to the candidate languages, on the first 1,000
  characters of the kept text. Its model loads once per process on first use (about 0.6 s);
  a document then costs about 0.3 ms.

py3langid rather than lingua-language-detector: both were right on all 60 development
excerpts; py3langid is twice as fast per document (0.28 vs 0.63 ms on 1,000 characters) and
a 5 MB pure-Python wheel; its larger load cost is paid only by processes that meet a
document the English test does not settle.

`None` is returned for text too short to judge (under 40 letters).
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["CANDIDATES", "detect", "normalise"]

# the languages the number and date grammars read (grammar/numlang.py), and English
CANDIDATES = ("en", "fr", "de", "es", "pt", "it", "nl", "hr", "sr", "bs")
_SAMPLE = 1_000  # characters given to the model: the lead decides
_ENGLISH_SAMPLE = 4_000
_LETTERS = re.compile(r"[^\W\d_]")
_CODE = re.compile(r"[A-Za-z]{2,3}")


def normalise(value: str | None) -> str | None:
    """A `lang` field as a two-letter code ("fr-FR" -> "fr", "Deutsch" -> None)."""
    if not value:
        return None
    base = value.strip().replace("_", "-").split("-")[0].lower()
    return base if _CODE.fullmatch(base) else None


def _english(sample: str) -> bool:
    counts = sample.count(" the ") + sample.count(" and ") + sample.count(" of ")
    return counts >= 12


def detect(text: str) -> str | None:
    """The language of `text` (ideally the document's kept text), or None if too short."""
    head = text[:_ENGLISH_SAMPLE]
    if _english(head) or _english(head.lower()):
        return "en"
    sample = text[:_SAMPLE]
    if len(_LETTERS.findall(sample)) < 40:
        return None
    lang, _score = _identifier().classify(sample)
    return lang


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE)
    ident.set_languages(list(CANDIDATES))
    return ident
