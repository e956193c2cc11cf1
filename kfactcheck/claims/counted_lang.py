"""What a figure counts in the languages other than English (fr, de, es, pt, it, nl,
Serbian/Croatian): the same families as English (data/units.toml), so that "43 Tote",
"43 morts" and "43 dead" share a subject. The parts of a count ("unter den Toten ...") are
claims/parts.py; where it is counted, claims/places.py.

In order: a known noun in the phrase after the figure ("62 fallecimientos", "362 verletzte
Personen"), looked up as written and by its stem; a known noun earlier in the clause ("el
número de víctimas podría rebasar los 60", "die Zahl der Opfer stieg auf 70") or
later in it ("sobe para 37 o número de mortos"); for people in general a cue of the clause
segment, after the figure first ("61 pessoas estão desaparecidas"); else the noun after
the figure as its own quantity, else nothing: the quantity stays unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kfactcheck.claims.actionof import action_of
from kfactcheck.claims.nounroles import (
    NEGATION,
    STATUS_NOUNS,
    SUBSET_WHOLES,
    after_auxiliary,
    home_left,
    left_home,
    negated,
    participle,
    subgroup,
)
from kfactcheck.claims.parts import (
    AMONG_THESE,
    AND_WORDS,
    OF_THEM,
    WHOLES,
    WORD,
    generic_stems,
    group_families,
)
from kfactcheck.claims.places import CLAUSE_END, PLACE_END, clause_before, place_scope
from kfactcheck.claims.severity import severe_word
from kfactcheck.claims.sourcewords import apposed_people, by_source
from kfactcheck.data import load as data_load
from kfactcheck.grammar.vocab import (
    PEOPLE,
    LangVocab,
    kind_key,
    lang_vocab,
    noun_concept,
    stem,
    vocab,
)
from kfactcheck.model import Quantity

_TOKEN = re.compile(r"[^\W\d_](?:[\w’'-]*\w)?|\d[\d,.]*|[^\w\s]")
# "una decina di persone", "un centenar de personas": the word joining a vague figure to
# what it counts
_OF = frozenset({"de", "d", "di", "del", "der", "van", "od", "des", "dos", "das", "degli"})
# a clause ends at these; a figure's own segment also ends at the next figure
_CLAUSE_END = CLAUSE_END  # not the dot of "16. Juli" or "13.30"
_SEGMENT_END = re.compile(r"[.;:!?()]|\d")
_PLACE_END = PLACE_END
# families a clause cue may give to a count of people, or to bodies ("se han identificado
# 88 cuerpos"), or to the dead ("31 mortos já foram identificados")
_CUE_OVER = {
    PEOPLE: None,  # any family of people
    "bodies": frozenset({"identified", "deaths", "missing"}),
    "deaths": frozenset({"identified"}),
    "population": None,  # "800 habitants ont été évacués"
}
# other counts of people take only what can happen to them, as in English ("45
# manifestanti arrestati"; "200 pompiers ont secouru 40 personnes" stays firefighters)
_HAPPENS = frozenset({"deaths", "injured", "arrests", "custody"})


# "73 e 71 anni", "73 y 71 años", "73 und 71 Jahren": a figure, 'and', a figure and its noun
_AND_FIGURE = re.compile(r"\s*(?:e|y|et|und|en|i|ou|o)\s+\d+\s+([^\W\d_]+)")


@dataclass(frozen=True, slots=True)
class Counted:
    family: str | None  # a family of units.toml, or a noun's stem; None: unknown
    unit: str | None  # the family's unit, or the noun
    end: int  # where the counted words end in the text after the figure
    scope: tuple[str, ...]  # "in valdora", "north pfalz"
    # the clause names a count by a head word alone ("la cifra aumentó a 57", "die genaue
    # Zahl nannte er mit 4.310"): it is the count the text spoke of last
    anaphor: bool = False


def read_counted(before: str, after: str, q: Quantity, code: str) -> Counted:
    """What the figure between `before` and `after` counts, in language `code`."""
    lv = lang_vocab(code)
    families = vocab().families
    if (pair := _AND_FIGURE.match(after)) and noun_concept(pair.group(1), code) == "duration":
        # "marito e moglie di 83 e 79 anni": the second figure's noun covers both (ages)
        return Counted("duration", families["duration"].unit, 0, ())
    tokens = list(_TOKEN.finditer(after, 0, min(len(after), 160)))
    i = 0
    if tokens and tokens[0].group().lower() in _OF and (q.spelled or q.text[-1:].isalpha()):
        # "une dizaine de blessés", "4,6 millions de personnes" (not "millones de Segurval")
        i = 1 if len(tokens) < 2 or code == "de" or not tokens[1].group()[:1].isupper() else 0
    if i < len(tokens) and tokens[i].group().lower() in lv.articles:
        nxt = tokens[i + 1].group() if i + 1 < len(tokens) else ""
        if noun_concept(nxt, code) not in (None,):
            i += 1  # "Nove i feriti gravi", "son 85 las personas"
    if i < len(tokens) and tokens[i].group().lower() in _OTHER:
        i += 1  # "4.500 weitere Streikende": more of what the noun names
    words: list[re.Match] = []
    while i < len(tokens) and len(words) < 3:
        tok = tokens[i].group()
        if not WORD.fullmatch(tok) or tok.lower() in lv.stop or severe_word(tok, code):
            break  # ("dont 1.404 grièvement": how badly, not what is counted)
        if not words and _head_of_people(after, tokens[i], code):
            break  # "a 9 il conto delle vittime": the toll, what follows names it
        if not words and by_source(tok.lower(), tokens[i + 1 : i + 3], code):
            break  # "unos 7.000 facilitados por los bomberos": the source, not the noun
        words.append(tokens[i])
        i += 1
    concepts = [_concept(w.group(), code) for w in words]
    family = next((c for c in concepts if c and c != PEOPLE), None)
    if (
        family is not None
        and PEOPLE in concepts[: concepts.index(family)]
        and families[family].unit != "people"
    ):
        family = None  # "5.200 persone fuori casa": people, not the homes they are out of
    end = 0
    if family is not None:
        end = words[concepts.index(family)].end()
        family, end = _named_part(family, words, concepts, end, code)
    elif PEOPLE in concepts:
        family, end = PEOPLE, words[concepts.index(PEOPLE)].end()
    scope = place_scope(before, after, end, code)
    if family is None and PEOPLE not in concepts:
        # nothing known right after the figure: a cue after it in its segment ("192 foram
        # resgatadas"), else a known noun in the clause ("la cifra de muertos ... los 100")
        family = cue_ahead(after, lv)
        if family is None and (family := _clause_noun(before, after, code, q.value)):
            subset = _COPULA_WORD.match(after)
            word = subset.group(2).lower() if subset else ""
            if subset and word not in lv.stop and not participle(word, code):
                # "del total de los muertos, 40 son mujeres": a part, by what it is
                family = f"{family}:{kind_key(subset.group(2), code)}"
        if family is None and (named := pointed_part(before, after, code)):
            return Counted(named, "people", 0, scope)  # "Desses, 11 são menores"
    kind_of = families.get(family or "")
    other_people = (
        kind_of is not None
        and (kind_of.unit == "people" or family in group_families())  # troops count soldiers
        and family not in _CUE_OVER
        and family not in STATUS_NOUNS  # "80 sopravvissuti" next to "43 morti" stay survivors
    )
    if family is None or family == PEOPLE or family in _CUE_OVER or other_people:
        # a figure that names its own counted words ("4mila gli sfollati"), not a part
        # "dos quais" / "dos seis" of a count before it, has no cue before its comma
        own = end > 0 and bool(tokens) and tokens[0].group().lower() not in _PARTITIVE
        cue = _segment_cue(before, after[end:], lv, own)  # not the counted words themselves
        if cue is None and family == PEOPLE and left_home(after[end:], code):
            cue = "evacuated"  # "18.700 le famiglie che hanno lasciato la propria casa"
        allowed = _HAPPENS if other_people else _CUE_OVER.get(family or PEOPLE)
        kind = (cue or "").partition(":")[0]
        if cue and families[kind].unit == "people" and (allowed is None or kind in allowed):
            # "três bombeiros ficaram feridos": the injured, those of one group of them
            family = f"{cue}:part {family}" if other_people and family in group_families() else cue
            if family == cue and PEOPLE in concepts and kind in SUBSET_WHOLES:
                # "tres turistas perdieron la vida": the dead of one group, a part
                head = words[concepts.index(PEOPLE)].group().lower()
                family = f"{cue}:part {kind_key(head, code)}" if subgroup(head, code) else cue
            if ":part " in family and _OTHERS_FIRST.match(before):
                family += ":other"  # "Outros três bombeiros ficaram feridos": not those
    if family == PEOPLE:
        # "Norvale-Mitarbeiter": the joined name's last part
        head = words[concepts.index(PEOPLE)].group().lower().rstrip("-").rpartition("-")[2]
        generic = stem(head, code) in generic_stems(code)
        if generic and (named := _named_by_head(before, code) or action_of(before, code)):
            return Counted(named, "people", end, scope)  # "le nombre de décès ... à 2122 personnes"
        return Counted("people" if generic else kind_key(head, code), "people", end, scope)
    # a family read from the clause, not from the words after the figure, gives way to an
    # unknown noun right after it (_own_noun)
    clause_only = not any(concepts) and words and _is_noun(words[0].group(), code)
    if clause_only and _TO_FIRST.match(before):
        clause_only = False  # "A 53 subió la cifra de fallecidos": a verb, then the count
    if family is not None and not (clause_only and _own_noun(words, after, q, lv)):
        kind = family.partition(":")[0]  # "identified:not": those not identified
        unit = families[kind].unit if kind in families else family
        return Counted(family, unit, end, scope)
    if not words and (apposed := apposed_people(before, code)):
        return Counted(apposed, "people", 0, scope)  # "miles de vecinos, unos 90.000 según"
    if not words or not _is_noun(words[0].group(), code):
        found, fam = clause_head(before, code)
        if fam:
            kind = fam.partition(":")[0]
            return Counted(fam, families[kind].unit if kind in families else fam, 0, scope)
        if found:
            return Counted(None, None, 0, scope, anaphor=True)
    if words and _is_noun(words[0].group(), code):
        # a noun we have no family for ("35 auto", "400 unità"): its own quantity
        noun = words[0].group().lower()
        return Counted(kind_key(noun, code), noun, words[0].end(), scope)
    return Counted(None, None, 0, scope)


def _head_of_people(after: str, tok: re.Match, code: str) -> bool:
    """Whether a word after a figure is the head of a count of people named after it ("E'
    arrivato a 9 il conto delle vittime", "sube a 9 el balance de fallecidos"): not a sum
    ('bilancio' is also a budget), a count the words after 'of' name."""
    if _HEAD.fullmatch(tok.group()) is None or (of := _HEAD_OF.match(after, tok.end())) is None:
        return False
    lv = lang_vocab(code)
    nxt = WORD.match(after, of.end())
    if nxt is not None and nxt.group().lower() in lv.articles:  # "de los muertos"
        nxt = WORD.match(after, nxt.end() + 1)
    family = noun_concept(nxt.group(), code) if nxt is not None else None
    return family is not None and (family == PEOPLE or vocab().families[family].unit == "people")


@cache
def _and_article(code: str) -> re.Pattern[str]:
    """'and' then an article: a clause of another subject begins ("e i feriti", "y las
    tareas de rescate"); the words of 'and' are parts.AND_WORDS, the articles units.toml's."""
    ands = "|".join(map(re.escape, sorted(AND_WORDS.get(code, ()))))
    arts = "|".join(map(re.escape, sorted(lang_vocab(code).articles)))
    if not ands or not arts:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?<!\w)(?:{ands})\s+(?:{arts})\s")


@cache
def _relative(code: str) -> re.Pattern[str]:
    """A relative pronoun opening the clause after a comma (data/units.toml [relatives])."""
    words = vocab().raw["relatives"].get(code, ()) or ["\x00"]
    return re.compile(r"(?i)\s*(?:" + "|".join(map(re.escape, words)) + r")\s")


def _concept(word: str, code: str) -> str | None:
    """noun_concept, or that of a joined name's last part: "Norvale-Mitarbeiter" are employees,
    "Norvale-Demonstranten" demonstrators."""
    found = noun_concept(word, code)
    if found is None and "-" in word.strip("-"):
        found = noun_concept(word.rstrip("-").rpartition("-")[2], code)
    return found


def _named_part(
    family: str, words: list[re.Match], concepts: list[str | None], end: int, code: str
) -> tuple[str, int]:
    """ "30 feridos civis", "120 verletzte Zivilisten": the hurt or dead of one group of
    people, named by the noun after the family's, are a part of the count (people as such,
    "362 verletzte Personen", name none)."""
    k = concepts.index(family) + 1
    if family not in WHOLES or family == PEOPLE or k >= len(words) or concepts[k] != PEOPLE:
        return family, end
    low = words[k].group().lower()
    if stem(low, code) in generic_stems(code):
        return family, end
    return f"{family}:part {kind_key(low, code)}", words[k].end()


def _own_noun(words: list[re.Match], after: str, q: Quantity, lv: LangVocab) -> bool:
    """A noun we have no family for right after a count ("i tre recapiti per le richieste
    di persone disperse", "400 chili di aiuti per gli sfollati") is what it counts, not
    the family a cue further on in the clause names. Not a sum or a share, not "de" ("siete
    de la provincia"), and not when a cue follows within three words ("71 deles
    identificados", "17 permanecem sem identificação": a pronoun or a verb before it)."""
    first = _TOKEN.search(after)
    if (
        not words
        or q.unit in ("currency", "percent")
        or q.value >= 1_000_000  # "80 millions versés": a sum with no currency sign
        or first is None
        or first.group().lower() in _OF
        or words[0].group().lower().endswith(_VERB_ENDINGS)
        or OF_THEM.match(after)  # "três deles em estado grave": some of those named
    ):
        return False
    stop = 0
    for _, m in zip(range(4), _TOKEN.finditer(after), strict=False):
        stop = m.end()
    # a noun of an action is no cue of its clause: "2 000 rassemblements" count gatherings,
    # not those who gathered ("80.000 Demonstrierende" are people)
    start = words[0].end() if words[0].group().lower().endswith(_ACTION_NOUN) else 0
    if participle(words[0].group().lower(), lv.code):
        # "19 ensuite placées en garde à vue": what was done to them, whose cue may end
        # further on than three words ("29 necessitado de recorrer" names none: its own
        # word stays)
        stop, start = len(after), 0
    # things are affected as people are ("87 municípios foram afetados"): that cue leaves
    # an unknown noun its own count; so does a building's fate ("vier Brücken eingestürzt":
    # bridges, not homes)
    cue = cue_ahead(after[start:stop], lv)
    kind = vocab().families.get((cue or "").partition(":")[0])
    return cue in (None, "affected") or (kind is not None and kind.unit == "homes")


# a sentence that opens on "to" and its figure, then the verb and the count's name: "A 53
# subió la cifra de fallecidos", "À 53 s'élève le bilan", "Auf 53 stieg die Zahl der Toten"
_TO_FIRST = re.compile(r"(?i)\W*(?:a|à|auf|para|hasta|fino\s+a|op|na)\s+$")

# endings of nouns of an action or event: "rassemblements", "manifestaciones", "Kundgebungen"
_ACTION_NOUN = ("ments", "tions", "ciones", "mientos", "ções", "mentos", "zioni", "menti", "ungen")

# endings of the verb forms that follow a count as its predicate ("26 tenían", "40 sono",
# "12 avaient"), beyond those _is_noun knows
_VERB_ENDINGS = ("ían", "ian", "aban", "avan", "avano", "evano", "ono", "aient", "ait", "iam")


# The head nouns of a count's name: "la cifra de muertos", "o número de pessoas que
# ficaram feridas", "il bilancio delle vittime", "die Zahl der Streikenden", "le bilan"
_HEAD = re.compile(
    r"(?i)(?<!\w)(?:cifra|número|numero|nombre|chiffre|bilan|balance|balanço|bilancio"
    r"|saldo|conteggio|zahl|gesamtzahl|bilanz|aantal|tol|broj)(?!\w)"
)
_THEY_WERE = re.compile(
    r"(?i)(?<!\w)(?:(?:ils|elles)\s+(?:étaient|sont|seront|seraient|ont\s+été)"
    r"|(?:sie|es)\s+(?:waren|sind)|er\s+waren|eran|fueron|erano|furono|eram|foram)\s+$"
)
_HEAD_OF = re.compile(r"\s+(?:de|do|da|dos|das|des|du|der|di|del|dei|delle|degli|van|od)\s+")


def clause_head(before: str, code: str) -> tuple[bool, str | None]:
    """(whether the figure's clause names a count by a head noun, the family it names):
    "o número de pessoas que ficaram feridas ... subiu para 41" -> injured; "die Zahl der
    Streikenden lag bei 4.200" -> the strikers (their own quantity); "la cifra aumentó de 131"
    -> (True, None), the count named before."""
    back = _ASIDES.sub(_blank, clause_before(before, 240)[0])  # not "(bilan actualisé)"
    head = None
    for head in _HEAD.finditer(back):  # noqa: B007 - the last one is the figure's
        pass
    if head is None:
        # "Ils étaient 6.500 à Norvale", "Sie waren 400": they, the count named before
        return _THEY_WERE.search(back[-30:]) is not None, None
    of = _HEAD_OF.match(back, head.end())
    if of is None:
        return True, None
    lv = lang_vocab(code)
    rest = back[of.end() :]
    words = [w for w in WORD.finditer(rest[:80]) if w.group().lower() not in lv.stop][:3]
    for w in words:
        fam = noun_concept(w.group(), code)
        if fam == PEOPLE:
            # "o total de moradores que ficaram feridos": what happened to them says what it counts
            cue = cue_ahead(rest[w.end() :], lv)
            kind = (cue or "").partition(":")[0]
            if cue and vocab().families[kind].unit == "people":
                return True, cue
            return True, "people"
        if fam:
            return True, fam
    if words and _is_noun(words[0].group(), code):
        return True, stem(words[0].group().lower(), code)
    return True, None


# a bracketed aside closed before the figure: its words name no count of the clause
_ASIDES = re.compile(r"\([^()]*\)")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _named_by_head(before: str, code: str) -> str | None:
    """The family of people the clause's head noun names, when a figure counts people as
    such ("le nombre de décès ... est monté à 1987 personnes", "la cifra de muertos llegó
    a 27 personas"): the count it completes, not people in general."""
    if not _HEAD.search(before[-240:]):
        return None  # most figures: no head noun before them
    fam = clause_head(before, code)[1]
    kind = (fam or "").partition(":")[0]
    families = vocab().families
    return (
        fam if kind in families and kind != "people" and families[kind].unit == "people" else None
    )


# a sentence that opens on "others" counts people other than those counted before it
_OTHERS_FIRST = re.compile(r"(?i)\s*(?:outros|outras|otros|otras|altri|altre|andere)\s+$")
_OTHER = frozenset("weitere andere autres otros otras outros outras altri altre".split())


def _is_noun(word: str, code: str) -> bool:
    """A word that can be what a figure counts: in German a capitalised word, elsewhere any
    word of more than three letters not ending like a verb form."""
    if code == "de":
        return word[:1].isupper()
    low = word.lower()
    return len(low) > 3 and not low.endswith(("ron", "ram", "rono", "aron", "eron", "ndo"))


def _clause_noun(before: str, after: str, code: str, value: float = 0) -> str | None:
    """A family named by a known noun in the figure's clause: the nearest one before it
    (sixteen words back), else one in its own segment after it."""
    back = clause_before(before, 200)[0]
    lv = lang_vocab(code)
    found = list(WORD.finditer(back))[-20:]  # sixteen, and the words before them for _in_place
    words = [m.group() for m in found]
    for k in range(len(words) - 1, max(-1, len(words) - 17), -1):
        if after_auxiliary(words, k):
            continue
        fam = noun_concept(words[k], code)
        if fam == "homes" and (fam := home_left(words, k)) is None:
            continue  # "fora de casa", "la loro casa": where people are, or were
        if fam and _SOURCE_BEFORE.search(back, 0, found[k].start()):
            continue  # "secondo alcuni superstiti, 180": who told the figure, not what it counts
        if fam and fam != PEOPLE and not _in_place(words, k, lv) and not _name_word(words, k, code):
            if k and NEGATION.fullmatch(words[k - 1].lower() + " "):
                fam = negated(fam)  # "el número de vecinos no localizados"
            at = found[k].start()
            other = _COUNTED_BY_FIGURE.search(back, max(0, at - 24), at)
            if other and value >= 1000 * max(1, int(re.sub(r"\D", "", other.group()) or 0)):
                # "80 000 donateurs, soit 310 millions": the noun another figure counts, a
                # thousandfold smaller one (a part of it, "de 64 muertos, 51", is smaller)
                return None
            return fam
    seg = _SEGMENT_END.search(after, 0, 80)  # one character: bounded, the same cut
    words = WORD.findall(after[: seg.start() if seg else 80][:80])[:6]
    for k, w in enumerate(words):
        if after_auxiliary(words, k):
            continue
        fam = noun_concept(w, code)
        if fam == "homes" and (fam := home_left(words, k)) is None:
            continue
        if fam and fam != PEOPLE and not _in_place(words, k, lv) and not _name_word(words, k, code):
            return fam
    return None


# a source word and up to three words before a noun ("according to some survivors", "secondo un
# paio di superstiti", "laut den Überlebenden"): the noun says who told, data/money.toml [sources]
_SOURCE_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:"
    + "|".join(
        re.escape(w) for w in sorted(data_load("money")["sources"]["all"], key=len, reverse=True)
    )
    + r")\s+(?:[^\W\d_]+\s+){0,3}$"
)

# a figure right before a noun: the noun is what that figure counts ("350 000 donneurs")
_COUNTED_BY_FIGURE = re.compile(r"\d[\d\s.,\u00a0\u202f]*\s+$")


# "en todo el país", "dans tout le pays", "im ganzen Land": words between a place's
# preposition and its noun
# (and "à travers le pays", "a lo largo del país")
_WHOLE = frozenset("todo toda tout toute tutto tutta ganzen travers través lo largo".split())
# Italian and Portuguese place prepositions joined to their article: "nei paesi laziali"
_PLACE_JOINED = frozenset({"nei", "negli", "nelle", "nello", "nos", "nas", "dans", "im"})


def _name_word(words: list[str], k: int, code: str) -> bool:
    """words[k] capitalised inside its clause where common nouns are not: a name or title
    ("secretário de Estado", "entre République et Nation"), not what a figure counts."""
    return code != "de" and k > 0 and words[k][:1].isupper()


def _in_place(words: list[str], k: int, lv: LangVocab) -> bool:
    """Whether words[k] is the noun of a place phrase ("en el Estado de Norte", "no
    distrito de Serra", "dans tout le pays"): a place, not what a figure counts."""
    for j in range(k - 1, max(-1, k - 4), -1):
        low = words[j].lower()
        if low in lv.places or low in _PLACE_JOINED:
            return True
        if low not in lv.articles and low not in _WHOLE:
            return False
    return False


_PARTITIVE = _OF | {"dei", "delle", "of"}


# a conjunction right before the figure ("12 morti e 31 ...")
_AND_LAST = re.compile(r"(?i)\s(?:e|ed|y|et|und|and|en|i)\s+$")


def _segment_cue(before: str, after: str, lv: LangVocab, own: bool = False) -> str | None:
    """The family of a clause cue in the figure's own segment: after it first (Romance
    participles follow the noun: "192 foram resgatadas"), else the nearest before it."""
    ahead = cue_ahead(after, lv)
    if ahead:
        return ahead
    best: tuple[int, str] | None = None
    back_start = max(0, len(before) - 100)
    cut = None
    for cut in _SEGMENT_END.finditer(before, back_start):  # noqa: B007 - keeps the last
        pass
    back = before[cut.end() if cut else back_start :].lower()
    if own and cut is not None and cut.group().isdigit() and (comma := back.rfind(",")) >= 0:
        # "Sono 9 le vittime, 3mila gli sfollati": the words up to the comma are the
        # figure before's own ("le vittime"), not a cue of this one
        back = back[comma + 1 :]
    elif own and cut is not None and cut.group().isdigit() and _AND_LAST.search(back):
        # "12 morti e 31 salvati": the words before "e" are the figure before's own
        back = ""
    for literal, fam, pattern in lv.cues:
        if literal not in back:
            continue
        for m in pattern.finditer(back):
            dist = len(back) - m.end()
            if best is None or dist < best[0]:
                # "el número de vecinos no localizados subió a 47": those not located
                no = NEGATION.search(back, max(0, m.start() - 16), m.start())
                best = (dist, negated(fam) if no else fam)
    return best[1] if best else None


def cue_ahead(after: str, lv: LangVocab) -> str | None:
    """The family of the first clause cue after the figure, before the next figure."""
    seg = _PLACE_END.search(after)  # the clause: "7 in codice rosso, mentre si cercano i dispersi"
    if seg and seg.group() == "," and (rel := _relative(lv.code).match(after, seg.end())):
        seg = _PLACE_END.search(after, rel.end())  # ", die sich am Ausstand beteiligten"
    ahead = after[: seg.start() if seg else 100][:100].lower()
    if other := _and_article(lv.code).search(ahead):
        ahead = ahead[: other.start()]  # "85 e i feriti sono decine": the next clause's
    best: tuple[int, str] | None = None
    for literal, fam, pattern in lv.cues:
        m = pattern.search(ahead) if literal in ahead else None
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), fam)
    if best and NEGATION.search(ahead, max(0, best[0] - 30), best[0]):
        # "17 permanecem sem identificação", "5 non sono state identificate": the others
        return negated(best[1])
    return best[1] if best else None


def pointed_part(before: str, after: str, code: str) -> str | None:
    """The people noun after a copula ("11 são menores") when the clause opens on a
    pronoun for a count before it ("Desses,", "De estos,"): the part's own noun, which
    lists.among_these joins to the count the sentence before names."""
    subset = _COPULA_WORD.match(after)
    if subset is None or not AMONG_THESE.match(before):
        return None
    word = subset.group(2).lower()
    return stem(word, code) if noun_concept(word, code) == PEOPLE else None


_COPULA_WORD = re.compile(
    r"\s+(son|sont|sind|sono|são|zijn|su|eran|étaient|waren|erano|eram)\s+([a-zà-ÿ]{4,})\b"
)
