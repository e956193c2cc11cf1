"""What a figure counts when it says so only by pointing back: an item of a list ("40
vecinos de Torralba, 9 en la capital" counts what the list's first figure counts) and a
clause opening on "among these" ("Entre ellos hay 18 vecinos de Valdemora": those
are some of the dead the sentence before counted), in every language read; and the one
person named before "and" in "left a police officer and three attackers dead".
"""

from __future__ import annotations

import re

from kfactcheck.claims.counted_lang import _CLAUSE_END, _WORD
from kfactcheck.claims.parts import past_total
from kfactcheck.claims.places import _total_words
from kfactcheck.grammar.vocab import PEOPLE, lang_vocab, noun_concept, vocab
from kfactcheck.model import Claim, Quantity

_CLAUSE_BREAK = re.compile(r"\s[-–—]\s|;")


def list_item(
    previous: Claim,
    q: Quantity,
    scope: tuple[str, ...],
    wholes: list[Claim] | None = None,
    between: str = "",
) -> tuple[str, str | None]:
    """(family, unit) of a figure that names nothing, in a list after `previous`: the
    same, unless it is a thousandfold larger ("9 000 donateurs pour 12 millions" is
    another thing); a part when the item before had a place and this one has none that
    could be read ("47 en Torralba, 5 en el barrio alto": not the whole toll). After
    "of which" (`wholes`: the sentence's figures before it), a figure larger than the
    item before is a part of the last count before that can hold it ("un million
    d'opposants dans 150 cortèges, dont 90 000 à Lorvy"). After a total word (`between`:
    the words since the item before) it is the whole, not a part ("12 en coches y 3 en la
    carretera; en total, 40")."""
    top = previous.high if isinstance(previous.high, (int, float)) else previous.value
    if wholes is not None and isinstance(top, (int, float)) and q.value > top:
        if (whole := _whole_of(q, wholes)) is None:
            return "", None
        previous = whole
    elif q.value >= 1000 * max(previous.value or 1, 1):
        return "", None
    family = previous.terms[0]
    if family.endswith(":projected") and _CLAUSE_BREAK.search(between):
        # "mit 25.000 gerechnet - am Ende waren es 200.000": the outcome after the
        # expectation is the count; its own clause would say if it were expected too
        family = family.removesuffix(":projected")
    if ":" in family and past_total(previous, between):
        return family.partition(":")[0], previous.unit
    placed = any(s.startswith("in ") for s in previous.scope)
    own = any(s.startswith("in ") for s in scope)
    if placed and not own and ":" not in family:
        return f"{family}:part", previous.unit
    if own and family.endswith(":part"):
        family = family.removesuffix(":part")  # "8 al barrio alto, 6 en Chiva": Chiva's
    return family, previous.unit


def part_after_part(previous: Claim | None, family: str, between: str) -> str:
    """The family of a figure with no noun of its own that the clause gives the family of
    the count the figure before is a part of, joined to it by "and" ("12 dos mortos
    estavam dentro de viaturas e três junto ao rio"): another part
    of that count, not the count. Not past a total word ("neun Bewohner, insgesamt 40").
    `between`: the words between the two figures. `family` unchanged otherwise."""
    if previous is None or not family or ":" in family or len(between) > 80:
        return family
    whole, _, kind = previous.terms[0].partition(":")
    if whole != family or not kind or not _AND.search(between):
        return family
    if _CLAUSE_END.search(between) or _total_words().search(between):
        return family
    return f"{family}:part"


_AND = re.compile(r"(?i)(?<!\w)(?:e|y|und|et|and|ed|i|en|sowie)\s+$")


def _whole_of(q: Quantity, earlier: list[Claim]) -> Claim | None:
    """The last of `earlier` that counts people or troops and is at least `q`'s value and
    less than a thousandfold larger."""
    for claim in reversed(earlier):
        value = claim.high if isinstance(claim.high, (int, float)) else claim.value
        if not isinstance(value, (int, float)) or claim.unit not in ("people", "troops"):
            continue
        if q.value <= value < 1000 * q.value and claim.terms[0]:
            return claim
    return None


# "Entre ellos hay 18 vecinos", "among them were 12 children", "darunter sind
# zwölf Bewohner": the people counted are some of those the sentence before counted
_AMONG_THESE = re.compile(
    r"(?i)^\W*(?:entre\s+(?:estos|estas|ellos|ellas|eles|elas|estes)|among\s+(?:them|these|those)"
    r"|parmi\s+(?:eux|elles|ceux-ci|celles-ci)|darunter|unter\s+ihnen|tra\s+(?:questi|queste|loro)"
    r"|fra\s+(?:questi|queste|loro)|onder\s+(?:hen|deze)|među\s+njima)\b"
)


def among_these(before: str, earlier: str, family: str, scope: tuple[str, ...], code: str) -> str:
    """The family of people a clause opening on "among these" counts: the count of people
    the sentence before names (its last family noun: "de 95 muertos"), as a part named by
    the people's own noun unless a place makes the part ("18 vecinos de Valdemora" are the
    deaths in Torralba). `family` unchanged otherwise."""
    families = vocab().families
    kind = family.partition(":")[0]
    if (kind in families and kind != "population") or not _AMONG_THESE.match(before):
        return family  # "entre ellos, 12 muertos": its own noun says what it counts
    cut = None
    for cut in _CLAUSE_END.finditer(earlier, 0, max(0, len(earlier) - 2)):  # noqa: B007
        pass
    last = earlier[cut.end() if cut else 0 :]
    found = [noun_concept(w, code) for w in reversed(_WORD.findall(last))]
    low = last.lower()
    cues = (
        []
        if code == "en"
        else [f for lit, f, p in lang_vocab(code).cues if lit in low and p.search(low)]
    )
    for fam in [*found, *cues]:  # a noun ("de 95 muertos"), else a cue ("murieron 80")
        if fam and fam != PEOPLE and fam in families and families[fam].unit == "people":
            if any(s.startswith("in ") for s in scope) or not family or family == "people":
                return fam
            return f"{fam}:{family}"  # "among them were 12 children": deaths:child
    return family


# "left a police officer and three attackers dead": one more counted before the figure
# (words, not figures: "a couple aged 73 and 71" counts no one more)
_ONE_AND = re.compile(r"\b(?:an?|one)\s+(?:[^\W\d][\w’'-]*\s+){1,3}and\s+$", re.IGNORECASE)


def count_coordinated(claim: Claim, sentence: str, base: int, q: Quantity) -> None:
    """Add the one person named before "and" to an exact count of the dead or injured."""
    m = _ONE_AND.search(sentence, max(0, q.start - 60), q.start)
    if m is None or claim.qualifier != "exact" or not isinstance(claim.value, int):
        return
    claim.value = claim.low = claim.high = claim.value + 1
    claim.text = sentence[m.start() : claim.end - base]
    claim.start = base + m.start()
