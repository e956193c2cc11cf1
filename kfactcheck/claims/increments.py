"""Whether a sum of money is a step of another sum rather than a level of its own.

"The costs rise by €1.7bn to €11bn", "die Kosten steigen um 1,7 Milliarden", "up to two
billion euros more", "weitere 500 Millionen": the first figure of each is an increase, a
quantity of its own ("money:increase"), never a level in the cost's change series. Read
with the cost, it makes a cost that "fell by 62%". A count's step ("rose by 12 to 57") is
dropped elsewhere (counted.changed_by); a sum's step is kept, as a claim about the increase.
Also whether "an additional" before a count of people is a step at all (also_added).
"""

from __future__ import annotations

import re

from kfactcheck.claims.counted import changed_by
from kfactcheck.model import Claim

# a preposition of difference right before the sum, in the languages where it has no other
# reading before a sum: "by €2bn", "um 2,4 Milliarden Franken" ("um die" and "um rund" are
# hedges and part of the figure's own words)
_BY_BEFORE = re.compile(r"(?i)(?<!\w)(?:by|um)\s+$")
# verbs of change before "en/em/di/de/met/za" in the languages that need the verb to read
# the preposition as one of difference ("un costo di 5 miliardi" is a level); German
# present and past forms "counted.changed_by" leaves out ("steigen um", "verteuert sich um")
_VERB_BY = re.compile(
    r"(?i)(?<!\w)(?:steig|stieg|wächst|wachsen|wuchs|verteuer|klettert|erhöh|aument|increment"
    r"|sub[ei]|salg|salit|cresc|augment|grimp|encareci|encarec|rincar|lievit|stijg|steeg)"
    r"[^\W\d]*(?:\s+sich)?\s+(?:um|en|em|di|de|met|za|of)\s+$"
)
# "two billion euros more (than planned)", "2.000 millones más", "500 millions de plus":
# after the sum, "more" says it is a difference whatever follows but another figure
_MORE_AFTER = re.compile(
    r"(?i)^\s*(?:mehr|more|más|de\s+plus|en\s+plus|supplémentaires?|in\s+più|a\s+mais|meer|extra"
    r"|adicionales|adicionais|aggiuntivi|zusätzlich)(?!\w)"
    r"(?![^\w.;]{0,12}\d)"
)
# "weitere 500 Millionen", "an additional $2bn", "otros 300 millones más" (with the above)
_ADDED_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:another|a\s+further|an\s+additional|an\s+extra|additional|extra|weitere[n]?"
    r"|zusätzliche[n]?|ulteriori|altri\s+\w*\s*|supplémentaires|adicionales)\s+$"
)


# a sum named an excess over another: "a £7bn overspend", "4 Milliarden Euro Mehrkosten",
# "£4bn over the previous estimate", "2 milliards de plus que prévu" (above)
_EXCESS_AFTER = re.compile(
    r"(?i)^\s*(?:(?:cost\s+)?(?:overspend|overrun|over-run|overshoot)s?|mehrkosten|surcoûts?"
    r"|sobrecostes?|sobrecustos?|extracosti"
    r"|(?:over|above)\s+(?:the\s+|its\s+)?(?:previous|earlier|original|initial|last|first"
    r"|prior|planned|budgeted)\b)"
)
# "an overspend of £7bn", "ein Mehrkosten von", "un surcoût de 2 milliards", "un sobrecoste de"
_EXCESS_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:overspend|overrun|over-run|overshoot|mehrkosten|surcoût|sobrecoste"
    r"|sobrecusto|extracosto|extracosti)s?\s+(?:of|von|de|d['’]|di)\s+(?:(?:about|around|some"
    r"|rund|etwa|environ|unos|circa)\s+)?$"
)


# Portuguese "mais 300 milhões" (French "mais" is "but")
_PT_MORE_BEFORE = re.compile(r"(?i)(?<!\w)mais\s+$")


def money_step(before: str, after: str, code: str = "en") -> bool:
    """Whether the sum between `before` and `after` (its sentence cut at the figure's own
    words) is an increase of another sum, in any language read."""
    tail = before[-48:]
    if _BY_BEFORE.search(tail) or _VERB_BY.search(tail) or changed_by(before):
        return True
    if _EXCESS_AFTER.match(after) or _EXCESS_BEFORE.search(tail):
        return True
    return bool(_MORE_AFTER.match(after))


def money_added(before: str, code: str = "en") -> bool:
    """Whether a word right before the sum adds it to another ("weitere 500 Millionen",
    "an additional $2bn"): an increase unless its own clause says whose or for what it is
    ("a further £2bn for flood defences" is that purpose's sum)."""
    tail = before[-28:]
    return bool(_ADDED_BEFORE.search(tail) or (code == "pt" and _PT_MORE_BEFORE.search(tail)))


# "an additional", "additional": also said of a count of another kind (not "another 12")
_ALSO = re.compile(r"(?i)\b(?:an\s+)?additional\s+$")
# "another", "a further": also, said of the missing or injured after a death toll ("a
# further 900 are missing"); before deaths they stay a step ("another 3 died in hospital")
_ALSO_BESIDES = re.compile(r"(?i)\b(?:another|a\s+further)\s+$")
_STEPPED = frozenset({"deaths", "bodies"})


def also_added(before: str, last: Claim | None, family: str | None) -> bool:
    """Whether "an additional" (or, before a count of other than deaths, "another", "a
    further") before a count means "also", not a step: the claim before it counted people
    of another kind than `family` (deaths, then injured or missing). Bodies found
    are the deaths counted in steps ("an additional 40 bodies"), not a kind of their own."""
    if last is None or not family or last.unit != "people" or family == "bodies":
        return False
    kind = family.partition(":")[0]
    if not _ALSO.search(before[-24:]) and (
        kind in _STEPPED or not _ALSO_BESIDES.search(before[-24:])
    ):
        return False
    return last.terms[0].partition(":")[0] != kind


# "dead and missing", "morts et disparus", "Tote und Vermisste": one figure for both
_AND_MISSING = re.compile(
    r"(?i)\s+(?:and|or|et|ou|und|oder|y|o|e|en)\s+(?:missing|disparus?|disparues?|vermisst\w*"
    r"|desaparecid[oa]s?|dispers[io]|vermist|nestal\w*)(?!\w)"
)


def joint_with_missing(after: str, end: int) -> bool:
    """Whether the dead a figure counts are joined to the missing in its counted words:
    the sum of two counts, neither the toll nor the missing."""
    return bool(end) and _AND_MISSING.match(after, end) is not None
