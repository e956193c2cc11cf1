"""Counts whose noun is left out, in the languages other than English: what the figure
counts is said elsewhere in the sentence or in the one before.

- a rise with the noun after a later figure: "Sale a 23, e domani potrebbero diventare 60
  i morti" (the 23 counts what the 60 does, without the "could");
- the rest of a count just split: "11 sono in ospedale. Gli altri 37 sono a casa"
  (those others, a part of the count before);
- Italian "In 2.400 dormono nelle palestre": "in" before a figure and a verb is "as
  many as N people".

Each reads only a few characters around the figure and runs only for a figure nothing
else has given a noun to.
"""

from __future__ import annotations

import re

from kfactcheck.claims.counted_lang import cue_ahead
from kfactcheck.grammar.vocab import PEOPLE, lang_vocab, noun_concept, vocab
from kfactcheck.model import Claim

# a verb of rising and its "to" opening the clause, the figure then a comma
_RISE = re.compile(
    r"(?i)(?:^|[.:;!?]\s+)\W*(?:sale|salgono|sube|suben|sobe|sobem|steigt|steigen|monte"
    r"|montent|grimpe|stijgt)\s+(?:a|auf|para|à|tot|naar)\s+$"
)
# a later figure, an article perhaps, and the noun it counts
_LATER = re.compile(
    r"\d[\d.,]*\s+(?:(?:le|i|gli|la|il|los|las|el|os|as|o|a|die|les|de)\s+)?([^\W\d_]+)"
)
# "le altre", "los otros", "os restantes", "die übrigen": the others, right before
_OTHERS = re.compile(
    r"(?i)(?<!\w)(?:(?:le|gli|i)\s+altr[ei]|(?:los|las)\s+(?:otr[oa]s|restantes)"
    r"|(?:os|as)\s+(?:outr[oa]s|restantes)|les\s+autres|die\s+(?:anderen|übrigen|restlichen)"
    r"|de\s+(?:andere|overige))\s+$"
)
# Italian "in 2.400 hanno ...", "in 300 sono ...": as many as that, people
_IN_MANY = re.compile(r"(?:^|[.:;,!?]\s*)\s*[Ii]n\s+$")
_VERB_NEXT = re.compile(
    r"\s+(?:hanno|sono|erano|avevano|restano|rimangono|si\s+(?:sono|trovano))\b", re.I
)


def elided_count(before: str, after: str, code: str, last: Claim | None) -> tuple[str, str] | None:
    """(family, unit) for a figure with no counted noun of its own in language `code`,
    read from the sentence around it or the claim before; None when nothing says."""
    if after[:1] == "," and _RISE.search(before[-40:]):
        for m in _LATER.finditer(after, 0, min(len(after), 120)):
            fam = noun_concept(m.group(1), code)
            if fam and fam != PEOPLE and vocab().families[fam].unit == "people":
                return fam, "people"
        return None
    if last is not None and last.unit == "people" and _OTHERS.search(before[-24:]):
        return f"{last.terms[0].partition(':')[0]}:other", "people"
    if code == "it" and _IN_MANY.search(before[-6:]) and _VERB_NEXT.match(after):
        fam = cue_ahead(after, lang_vocab(code))
        if fam and vocab().families[fam.partition(":")[0]].unit == "people":
            return fam, "people"
        return PEOPLE, "people"
    return None
