"""What a figure counts when it says so only by pointing back: an item of a list ("40
vecinos de Torralba, 9 en la capital" counts what the list's first figure counts), a list
written one place a line under a lead that says what is counted ("Deaths by county:" /
"- Norvale: 12"), and a
clause opening on "among these" ("Entre ellos hay 18 vecinos de Valdemora": those
are some of the dead the sentence before counted), in every language read; and the one
person named before "and" in "left a police officer and three attackers dead".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from kfactcheck.claims.counted_lang import _CLAUSE_END, cue_ahead, read_counted
from kfactcheck.claims.parts import AMONG_THESE, WORD, past_total
from kfactcheck.claims.placenames import _country_names
from kfactcheck.claims.places import _total_words, item_key
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


def among_these(before: str, earlier: str, family: str, scope: tuple[str, ...], code: str) -> str:
    """The family of people a clause opening on "among these" counts: the count of people
    the sentence before names (its last family noun: "de 95 muertos"), as a part named by
    the people's own noun unless a place makes the part ("18 vecinos de Valdemora" are the
    deaths in Torralba). `family` unchanged otherwise."""
    families = vocab().families
    kind = family.partition(":")[0]
    if (kind in families and kind != "population") or not AMONG_THESE.match(before):
        return family  # "entre ellos, 12 muertos": its own noun says what it counts
    cut = None
    for cut in _CLAUSE_END.finditer(earlier, 0, max(0, len(earlier) - 2)):  # noqa: B007
        pass
    last = earlier[cut.end() if cut else 0 :]
    found = [noun_concept(w, code) for w in reversed(WORD.findall(last))]
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


def counted_by(before: str, last: Claim | None, code: str) -> tuple[str, str] | None:
    """(family, unit) of a figure that names nothing after a source's verb of counting in
    its own clause ("Police counted 7,500 and the organisers 30,000", "zählte die Polizei
    7500"): what the claim before its sentence (`last`) counts, when that is a count of
    people (a crowd, a toll); else None."""
    if last is None or last.unit != "people" or not last.terms or not last.terms[0]:
        return None
    clause = _CLAUSE_END.split(before[-80:])[-1]
    if _counting_verb(code).search(clause) or _speaking_of(code, False).search(clause):
        return last.terms[0].partition(":")[0], last.unit  # what was counted, not how
    if _speaking_of(code, True).search(clause):
        # "gerechnet wurde mit 30.000": the same quantity, expected
        return last.terms[0].partition(":")[0] + ":projected", last.unit
    return None


@cache
def _speaking_of(code: str, expecting: bool) -> re.Pattern[str]:
    """A source's verb of speaking of a figure (or of expecting one), at most five words,
    and its preposition right before the figure (units.toml [speaking_of]): "die
    Veranstalter sprechen sogar von", "gerechnet wurde im Vorfeld mit"."""
    table = vocab().raw["speaking_of"]
    entries = (table["expecting"] if expecting else table).get(code, ())
    alts = []
    for entry in entries if isinstance(entries, list) else ():
        *verb, prep = entry.split()
        words = [re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in verb]
        between = r"(?:\s+[^\W\d]+){0,5}\s+"  # "sprechen sogar von"
        alts.append(r"\s+".join(words) + between + re.escape(prep))
    if not alts:
        return re.compile(r"(?!)")
    return re.compile(rf"(?i)(?<!\w)(?:{'|'.join(alts)})\s+$")


@cache
def _counting_verb(code: str) -> re.Pattern[str]:
    """A verb of counting (units.toml [counting_verbs]) and at most four words after it
    (its source: "zählte die Polizei"), right before a figure."""
    words = vocab().raw["counting_verbs"].get(code, ())
    alt = "|".join(re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in words)
    return re.compile(rf"(?i)(?<!\w)(?:{alt})(?!\w)(?:\s+[^\W\d]+){{0,4}}\s*$")


# A list line "Label : figure", one item a line, a bullet or not: ". Province de Norvale :
# 694", "- Región Kessby: 12", "• Arden: 4" (a label that starts with a letter and has no
# figure of its own; the figure ends the line)
_LIST_LINE = re.compile(
    r"\s*(?:[-–—•·*.▪►]+\s*|\d{1,2}[.)]\s+)?([^\W\d_][^\d:–—\n]{0,60}?)\s*(?::|\s[–—])\s*$"
)
_ITEM_MARKS = (":", "–", "—")  # what ends a list line's label: "Norvale: 12", "Norvale – 12"
_LINE_END = re.compile(r"\s*[.;,]?\s*$")
_BULLETS = " \t\n\r.-–—•·*▪►"
_ELIDED = re.compile(r"^(?:[dl]|dell|dall|nell|sull)[’'](?=\w)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s")
_LEAD_REACH = 400  # characters back to a list's lead line


def list_line(
    before: str,
    after: str,
    text: str,
    base: int,
    last: Claim | None,
    code: str,
    q: Quantity | None = None,
) -> tuple[str, str, tuple[str, ...]] | None:
    """(family, unit, scope) of a figure that ends a list line "Label : figure" (`before`
    and `after`: the sentence around it, `text[:base]` the document before the sentence):

    - a label that names what is counted ("Muertos: 45", "Injured: 120") counts that;
    - a place's label counts what the list counts there: what the item before counted
      (`last`, itself a list line), else what the lead line before the list says it
      counts ("victimes recensées dans 4 provinces :", "Deaths by county:"), its last
      noun of a count. A lead that names no count gives none: "Classement :" / "- Lorvy:
      3" may be anything.

    None when the figure is not on such a line."""
    if not _LINE_END.match(after) or (read := _line_label(before)) is None:
        return None
    label, nl = read
    first = noun_concept(_ELIDED.sub("", label[0]), code)
    families = vocab().families
    if first is not None and first != PEOPLE and first in families and len(label) <= 3:
        return first, families[first].unit, ()  # "Muertos: 45": a count named by its label
    if first in (None, PEOPLE) and q is not None and code != "en" and len(label) <= _PEOPLE_LABEL:
        # "Abrigados em Lorvia: 3.450", "Personas evacuadas: 12", "Atingidos: 9.120": the
        # label is what the figure counts, read as the words after a figure are
        got = read_counted("", " " + " ".join(label), q, code)
        if got.family and got.family != PEOPLE and got.family in families:
            return got.family, families[got.family].unit, got.scope
        # a label of one participle, "Afetados: 67.860": the clause cue it is
        cue = cue_ahead(" " + label[0], lang_vocab(code)) if len(label) == 1 else None
        if cue is not None and cue in families and families[cue].unit == "people":
            return cue, "people", ()
    if not _place_label(label, code) or (place := _label_place(label)) is None:
        return None
    if _next_item(last, before, text, base, nl):
        family = last.terms[0] if last.terms else ""
        return (family, last.unit, (place,)) if family else None
    lead = _lead(text[: base + nl] if nl >= 0 else text, base + nl if nl >= 0 else base)
    if lead is None:
        return None
    found = _count_named(lead, code)
    return (found, families[found].unit, (place,)) if found else None


def label_place(before: str, text: str, base: int, last: Claim | None, code: str) -> str | None:
    """The place a list line's label names when the figure after it has its own noun
    (". Province de Kessby : 347 morts" counts Kessby's dead): "in kessby", else None.
    Only in a list: under a lead line that ends in a colon, or right after another item
    (a kicker, "Actualización: 45 muertos", names no place)."""
    if (read := _line_label(before)) is None:
        return None
    label, nl = read
    if (
        not _next_item(last, before, text, base, nl)
        and _lead(text, base + nl if nl >= 0 else base) is None
    ):
        return None
    if noun_concept(_ELIDED.sub("", label[0]), code) is not None:
        return None  # "Muertos: 45 personas": the label names the count, not a place
    return _label_place(label) if _place_label(label, code) else None


def _next_item(last: Claim | None, before: str, text: str, base: int, nl: int) -> bool:
    """Whether the list line that `before` ends (its line break at `nl`, -1 when the line
    opens before the sentence) comes right after the item `last`: nothing but blank lines
    and bullets between them, and across a blank line the same bullet ("- Kessby: 12"
    after "- Norvale: 40"; a line "Lorvy Weekly: 24" of the page's footer after a blank
    line is not an item of that list)."""
    if last is None or not _on_list_line(last) or text[last.end : base].strip(_BULLETS):
        return False
    start = base + nl + 1 if nl >= 0 else text.rfind("\n", 0, base) + 1
    if not _BLANK_LINE.search(text, last.end, max(last.end, start)):
        return True
    line = before[nl + 1 :] if nl >= 0 else text[start:base] + before
    return _mark(text[text.rfind("\n", 0, last.start) + 1 : last.start]) == _mark(line)


_PEOPLE_LABEL = 4  # words of a label "Pessoas em abrigos" read as what its figure counts
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_MARK = re.compile(r"\s*(?:([-–—•·*.▪►]+)|\d{1,2}([.)]))?")


def _mark(line: str) -> str:
    """The bullet a list line opens on ("-", "•", "1." read as "#."), "" for none."""
    m = _MARK.match(line)
    return m.group(1) or (f"#{m.group(2)}" if m.group(2) else "")


def _common_word(word: str, code: str) -> bool:
    """Whether a one-word label is a common word of the language and no country's name
    (wordfreq's Zipf scale: "Comments" 4.9, "Classifica" 4.6; "Kessby" unknown)."""
    from wordfreq import zipf_frequency  # 0.2 s to import: only a list line needs it

    low = word.lower()
    return zipf_frequency(low, code, wordlist="small") >= _COMMON_ZIPF and (
        low not in _country_names()
    )


_COMMON_ZIPF = 4.5


def _on_list_line(claim: Claim) -> bool:
    """Whether `claim` is the figure of a list line (the item before another)."""
    before = claim.quote[: claim.start - claim.sentence_start]
    return _LIST_LINE.match(before, before.rfind("\n") + 1) is not None


def _label_place(label: list[str]) -> str | None:
    """The place key of a list line's label: "Province d'Al Norvale" -> "in al norvale"
    (the kind of area and the preposition left out, an elided article kept as a word)."""
    return item_key([_ELIDED.sub("", w) for w in label])


def _line_label(before: str) -> tuple[list[str], int] | None:
    """The label's words of a list line "Label : figure" whose figure follows `before`,
    and where the line starts in `before` less one (-1 for its first line); None when
    `before` ends no such line."""
    if not before[-4:].rstrip().endswith(_ITEM_MARKS):
        return None
    nl = before.rfind("\n")  # (a lead and its first item may be one sentence)
    line = _LIST_LINE.match(before, nl + 1)
    return (line.group(1).split(), nl) if line is not None else None


def _place_label(label: list[str], code: str) -> bool:
    """Whether a list line's label may be a place's: a name ("Comments: 0", "Classifica:
    3" are a page's own labels, common words of the language)."""
    return any(w[:1].isupper() for w in label) and not (
        len(label) == 1 and _common_word(label[0], code)
    )


def _lead(text: str, base: int) -> str | None:
    """The lead sentence of a list whose first item starts at `base`: the line before it,
    ending in a colon, with nothing but blank lines and bullets between; its last sentence."""
    window = text[max(0, base - _LEAD_REACH) : base].rstrip(_BULLETS)
    if not window.endswith(":"):
        return None
    lead = window[window.rfind("\n") + 1 :]
    cut = None
    for cut in _SENTENCE_END.finditer(lead):  # noqa: B007 - the loop keeps the last
        pass
    return lead[cut.end() :] if cut else lead


def _count_named(lead: str, code: str) -> str | None:
    """The family of the last noun of a count in `lead` ("victimes", "deaths"), not a
    person's noun alone; else "people" when it names people; else None."""
    families = vocab().families
    people, other = False, None
    for word in reversed(WORD.findall(lead)):
        fam = noun_concept(_ELIDED.sub("", word), code)
        if fam == PEOPLE:
            people = True
        elif fam is None or fam not in families or fam in _AREAS:
            continue
        elif families[fam].unit == "people":
            return fam  # "victimes dans 9 provinces du pays": the victims, not the country
        elif families[fam].unit not in _NOT_COUNTED:
            other = other or fam
    return other or ("people" if people and "people" in families else None)


_NOT_COUNTED = frozenset({"date", "year", "years", "percent"})
_AREAS = frozenset({"countries", "area"})  # the list's places, not what it counts


@cache
def _date_name() -> re.Pattern[str]:
    """A street or district word right before a day (units.toml [noise] date_name_before)."""
    words = "|".join(
        map(re.escape, sorted(vocab().raw["noise"]["date_name_before"], key=len)[::-1])
    )
    return re.compile(
        rf"(?i)(?<!\w)(?:{words})\.?\s+(?:(?:de\s+la|del?|du|dei|della|do|da|des|der)\s+)?$"
    )


def named_by_date(sentence: str, at: int) -> bool:
    """Whether the date starting at `at` names a street or district ("colonia 20 de
    Noviembre", "Avenida 5 de Mayo", "rue du 4 Septembre")."""
    lo = max(0, at - 30)
    tail = sentence[lo:at]
    if tail.isascii() and not tail.rstrip().lower().endswith(_date_name_ends()):
        return False  # most dates: told without trying the pattern at each character
    return _date_name().search(sentence, lo, at) is not None


_DATE_NAME_JOINS = ("la", "de", "del", "du", "dei", "della", "do", "da", "des", "der")


@cache
def _date_name_ends() -> tuple[str, ...]:
    """What a match of _date_name() ends on, past its white space, in ASCII text: a street
    word (with its dot) or a joining word's last ("de la", "du")."""
    words = [w.lower() for w in vocab().raw["noise"]["date_name_before"] if w.isascii()]
    return (*words, *(w + "." for w in words), *_DATE_NAME_JOINS)


# the first day of a span of days: "du 11 au 12 octobre", "del 11 al 12 de octubre",
# "vom 11. auf den 12. Oktober", "from 11 to 12 October", "tra l'11 e il 12 ottobre"
_DAY_TO = re.compile(
    r"(?i)\.?\s*(?:au|à|al|a|to|till|until|-|–|bis(?:\s+zum)?|auf\s+den|zum|e\s+il|e\s+l['’]"
    r"|e|y\s+el|y|and|et\s+le|et|en|tot|do|i)\s*"
)


def day_before_date(sentence: str, q: Quantity, dates: list) -> bool:
    """Whether the plain figure `q` is the first day of a span whose last day is a date
    of `dates` ("dans la nuit du 11 au 12 octobre": no count of 11)."""
    if not dates or q.qualifier != "exact" or q.unit is not None or q.spelled:
        return False
    if not (q.value == int(q.value) and 1 <= q.value <= 31):
        return False
    # only the dates right after the figure can be that last day: the words between are a
    # connective and white space, so a date past ten other characters is none (and neither
    # is any later one); the dates in order of start, once a sentence (a sentence of a
    # thousand dates is read once, not once per figure)
    ordered, starts = _by_start(dates)
    for d in ordered[bisect_left(starts, q.end) :]:
        if _DAY_TO.fullmatch(sentence, q.end, d.start) is not None:
            return True
        if len("".join(sentence[q.end : d.start].split())) > _CONNECTIVE_MAX:
            return False
    return False


_CONNECTIVE_MAX = 12  # letters of the longest connective _DAY_TO allows ("bis zum", ".")
_ordered: list = [None, None]  # the dates list last asked about, and its order


def _by_start(dates: list) -> tuple[list, list[int]]:
    if _ordered[0] is not dates:
        ordered = sorted(dates, key=lambda d: d.start)
        _ordered[:] = [dates, (ordered, [d.start for d in ordered])]
    return _ordered[1]
