"""What a figure counts, and where, in the languages other than English (fr, de, es, pt,
it, nl, Serbian/Croatian): the same families as English (data/units.toml), so that
"43 Tote", "43 morts" and "43 dead" share a subject.

In order: a known noun in the phrase after the figure ("62 fallecimientos", "362 verletzte
Personen"), looked up as written and by its stem; a known noun earlier in the clause ("el
número de víctimas podría rebasar los 60", "die Zahl der Opfer stieg auf 70") or
later in it ("sobe para 84 o número de mortos"); for people in general a cue of the clause
segment, after the figure first ("305 pessoas estão desaparecidas"); else the noun after
the figure as its own quantity, else nothing: the quantity stays unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kfactcheck.grammar.vocab import PEOPLE, LangVocab, lang_vocab, noun_concept, stem, vocab
from kfactcheck.model import Quantity

_TOKEN = re.compile(r"[^\W\d_](?:[\w’'-]*\w)?|\d[\d,.]*|[^\w\s]")
_WORD = re.compile(r"[^\W\d_](?:[\w’'-]*\w)?")
# "una decina di persone", "un centenar de personas": the word joining a vague figure to
# what it counts
_OF = frozenset({"de", "d", "di", "del", "der", "van", "od", "des", "dos", "das", "degli"})
# a clause ends at these; a figure's own segment also ends at the next figure
_CLAUSE_END = re.compile(r"[;!?]|(?<!\d)\.\s")  # not the dot of "16. Juli" or "13.30"
_SEGMENT_END = re.compile(r"[.;:!?()]|\d")
_PLACE_END = re.compile(r"[.,;:!?()]|\d")
# families a clause cue may give to a count of people, or to bodies ("se han identificado
# 195 cuerpos"), or to the dead ("31 mortos já foram identificados")
_CUE_OVER = {
    PEOPLE: None,  # any family of people
    "bodies": frozenset({"identified", "deaths", "missing"}),
    "deaths": frozenset({"identified"}),
    "population": None,  # "800 habitants ont été évacués"
}
# other counts of people take only what can happen to them, as in English ("45
# manifestanti arrestati"; "200 pompiers ont secouru 40 personnes" stays firefighters)
_HAPPENS = frozenset({"deaths", "injured", "arrests"})


@dataclass(frozen=True, slots=True)
class Counted:
    family: str | None  # a family of units.toml, or a noun's stem; None: unknown
    unit: str | None  # the family's unit, or the noun
    end: int  # where the counted words end in the text after the figure
    scope: tuple[str, ...]  # "in valencia", "north pfalz"
    # the clause names a count by a head word alone ("la cifra aumentó a 214", "die genaue
    # Zahl nannte sie mit 98.650"): it is the count the text spoke of last
    anaphor: bool = False


def read_counted(before: str, after: str, q: Quantity, code: str) -> Counted:
    """What the figure between `before` and `after` counts, in language `code`."""
    lv = lang_vocab(code)
    families = vocab().families
    tokens = list(_TOKEN.finditer(after, 0, min(len(after), 160)))
    i = 0
    if tokens and tokens[0].group().lower() in _OF and (q.spelled or q.text[-1:].isalpha()):
        # "une dizaine de blessés", "2,8 millions de personnes" (not "millones de Agroseguro")
        i = 1 if len(tokens) < 2 or code == "de" or not tokens[1].group()[:1].isupper() else 0
    if i < len(tokens) and tokens[i].group().lower() in lv.articles:
        nxt = tokens[i + 1].group() if i + 1 < len(tokens) else ""
        if noun_concept(nxt, code) not in (None,):
            i += 1  # "Tredici i feriti gravi", "son 140 las personas"
    if i < len(tokens) and tokens[i].group().lower() in _OTHER:
        i += 1  # "30.000 weitere Streikende": more of what the noun names
    words: list[re.Match] = []
    while i < len(tokens) and len(words) < 3:
        tok = tokens[i].group()
        if not _WORD.fullmatch(tok) or tok.lower() in lv.stop:
            break
        words.append(tokens[i])
        i += 1
    concepts = [noun_concept(w.group(), code) for w in words]
    family = next((c for c in concepts if c and c != PEOPLE), None)
    end = 0
    if family is not None:
        end = words[concepts.index(family)].end()
    elif PEOPLE in concepts:
        family, end = PEOPLE, words[concepts.index(PEOPLE)].end()
    scope = _scope(before, after, end, lv)
    if family is None and PEOPLE not in concepts:
        # nothing known right after the figure: a cue after it in its segment ("192 foram
        # resgatadas"), else a known noun in the clause ("la cifra de muertos ... los 100")
        family = _cue_ahead(after, lv)
        if family is None and (family := _clause_noun(before, after, code)):
            subset = _COPULA_WORD.match(after)
            if subset and subset.group(2).lower() not in lv.stop:
                # "del total de los muertos, 40 son mujeres": a part, by what it is
                family = f"{family}:{stem(subset.group(2).lower(), code)}"
    kind_of = families.get(family or "")
    other_people = (
        kind_of is not None
        and kind_of.unit == "people"
        and family not in _CUE_OVER
        and family not in ("deaths", "injured", "missing")
    )
    if family is None or family == PEOPLE or family in _CUE_OVER or other_people:
        cue = _segment_cue(before, after[end:], lv)  # not the counted words themselves
        allowed = _HAPPENS if other_people else _CUE_OVER.get(family or PEOPLE)
        kind = (cue or "").partition(":")[0]
        if cue and families[kind].unit == "people" and (allowed is None or kind in allowed):
            family = cue
    if family == PEOPLE:
        head = words[concepts.index(PEOPLE)].group().lower()
        generic = stem(head, code) in _generic_stems(code)
        return Counted("people" if generic else stem(head, code), "people", end, scope)
    if family is not None:
        kind = family.partition(":")[0]  # "identified:not": those not identified
        unit = families[kind].unit if kind in families else family
        return Counted(family, unit, end, scope)
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
        return Counted(stem(noun, code), noun, words[0].end(), scope)
    return Counted(None, None, 0, scope)


# The head nouns of a count's name: "la cifra de muertos", "o número de pessoas que
# morreram", "il bilancio delle vittime", "die Zahl der Streikenden", "le bilan"
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
    "o número de pessoas que morreram ... aumentou para 63" -> deaths; "lag die Zahl der
    Streikenden bei 35.000" -> the strikers (their own quantity); "la cifra aumentó de 206"
    -> (True, None), the count named before."""
    start = max(0, len(before) - 240)
    cut = None
    for cut in _CLAUSE_END.finditer(before, start):  # noqa: B007 - the loop keeps the last
        pass
    back = before[cut.end() if cut else start :]
    head = None
    for head in _HEAD.finditer(back):  # noqa: B007 - the last one is the figure's
        pass
    if head is None:
        # "Ils étaient 23.000 à Norvale", "Sie waren 400": they, the count named before
        return _THEY_WERE.search(back[-30:]) is not None, None
    of = _HEAD_OF.match(back, head.end())
    if of is None:
        return True, None
    lv = lang_vocab(code)
    rest = back[of.end() :]
    words = [w for w in _WORD.finditer(rest[:80]) if w.group().lower() not in lv.stop][:3]
    for w in words:
        fam = noun_concept(w.group(), code)
        if fam == PEOPLE:
            # "o número de pessoas que morreram": what happened to them says what it counts
            cue = _cue_ahead(rest[w.end() :], lv)
            kind = (cue or "").partition(":")[0]
            if cue and vocab().families[kind].unit == "people":
                return True, cue
            return True, "people"
        if fam:
            return True, fam
    if words and _is_noun(words[0].group(), code):
        return True, stem(words[0].group().lower(), code)
    return True, None


_OTHER = frozenset("weitere andere autres otros otras outros outras altri altre".split())


def _is_noun(word: str, code: str) -> bool:
    """A word that can be what a figure counts: in German a capitalised word, elsewhere any
    word of more than three letters not ending like a verb form."""
    if code == "de":
        return word[:1].isupper()
    low = word.lower()
    return len(low) > 3 and not low.endswith(("ron", "ram", "rono", "aron", "eron", "ndo"))


def _clause_noun(before: str, after: str, code: str) -> str | None:
    """A family named by a known noun in the figure's clause: the nearest one before it
    (sixteen words back), else one in its own segment after it."""
    start = max(0, len(before) - 200)
    cut = None
    for cut in _CLAUSE_END.finditer(before, start):  # noqa: B007 - the loop keeps the last
        pass
    back = before[cut.end() if cut else start :]
    lv = lang_vocab(code)
    words = _WORD.findall(back)[-20:]  # sixteen, and the words before them for _in_place
    for k in range(len(words) - 1, max(-1, len(words) - 17), -1):
        fam = noun_concept(words[k], code)
        if fam and fam != PEOPLE and not _in_place(words, k, lv) and not _name_word(words, k, code):
            return fam
    seg = _SEGMENT_END.search(after)
    words = _WORD.findall(after[: seg.start() if seg else 80][:80])[:6]
    for k, w in enumerate(words):
        fam = noun_concept(w, code)
        if fam and fam != PEOPLE and not _in_place(words, k, lv) and not _name_word(words, k, code):
            return fam
    return None


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


def _segment_cue(before: str, after: str, lv: LangVocab) -> str | None:
    """The family of a clause cue in the figure's own segment: after it first (Romance
    participles follow the noun: "192 foram resgatadas"), else the nearest before it."""
    ahead = _cue_ahead(after, lv)
    if ahead:
        return ahead
    best: tuple[int, str] | None = None
    back_start = max(0, len(before) - 100)
    cut = None
    for cut in _SEGMENT_END.finditer(before, back_start):  # noqa: B007 - keeps the last
        pass
    back = before[cut.end() if cut else back_start :].lower()
    for literal, fam, pattern in lv.cues:
        if literal not in back:
            continue
        for m in pattern.finditer(back):
            dist = len(back) - m.end()
            if best is None or dist < best[0]:
                best = (dist, fam)
    return best[1] if best else None


def _cue_ahead(after: str, lv: LangVocab) -> str | None:
    """The family of the first clause cue after the figure, before the next figure."""
    seg = _PLACE_END.search(after)  # the clause: "12 in codice rosso, si cercano i dispersi"
    ahead = after[: seg.start() if seg else 100][:100].lower()
    best: tuple[int, str] | None = None
    for literal, fam, pattern in lv.cues:
        m = pattern.search(ahead) if literal in ahead else None
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), fam)
    if best and _NEGATION.search(ahead, max(0, best[0] - 30), best[0]):
        # "20 permanecem sem identificação", "5 non sono state identificate": the others
        return f"{best[1]}:not"
    return best[1] if best else None


_NEGATION = re.compile(r"(?<!\w)(?:sem|sin|sans|ohne|senza|zonder|bez|non|not|no|nicht|não|ne)\s")


_NAME = re.compile(r"(?:[A-ZÀ-ÝŠŽČĆĐ][\w’'-]*\s*){1,3}")


def place_scope(before: str, after: str, end: int, code: str) -> tuple[str, ...]:
    """Where a figure of language `code` is counted (see _scope); `end` is where its
    counted words end in `after`."""
    return _scope(before, after, end, lang_vocab(code))


def _scope(before: str, after: str, end: int, lv: LangVocab) -> tuple[str, ...]:
    """Where the figure is counted: a place after the counted words ("6 en Chiva", "24 Tote
    in NRW"), else the nearest one before it in the clause ("allein im Kreis Lindenau gab
    es 12 Tote"); two places joined make a combined figure, which has none."""
    found = _place_after(after[end : end + 80], lv)
    if found:
        return (found,) if found != "+" else ()
    if _THEIR_AREA.match(after, end) and (owner := _owner_place(before, lv)):
        return (owner,)  # "die Polizei von Köln berichtete von 20 Toten in ihrer Region"
    start = max(0, len(before) - 160)
    cut = None
    for cut in _CLAUSE_END.finditer(before, start):  # noqa: B007 - the loop keeps the last
        pass
    back = before[cut.end() if cut else start :]
    places: list[str] = []
    last_end = -1
    for m in _PREP.finditer(back):
        place = _place_at(m, back, lv, False)
        if not place or _LIST_ITEM.search(back, 0, m.start()):
            continue  # "9 en la capital, 5 en el puerto": the place of the figure before
        if places and _APPOSITION.fullmatch(back, last_end, m.start()):
            continue  # "em Brumadinho, na região de Belo Horizonte": says where the first is
        if _SAID.search(back, m.end()):
            continue  # "officials in Madrid said 200 died": where the speaker is
        places.append(place)
        name = _NAME.search(back, m.end(), m.end() + 60)
        last_end = name.end() if name else m.end()
    # the nearest place counts ("die Polizei in Lindenau meldet, dass im Land Ostmark
    # mehr als 30 ..."), unless it is one of two joined ones, a combined figure
    return (places[-1],) if places and "+" not in places else ()


_PREP = re.compile(r"(?<!\w)([^\W\d_]+)\s+")
# "in ihrer Region", "in its district", "en su provincia": the area of whoever speaks
_THEIR_AREA = re.compile(
    r"(?i)\s*(?:in|im|en|em|dans|nella|nel|na|no|within)\s+(?:ihrer|ihrem|seiner|seinem|their|its"
    r"|su|sua|seu|leur|sa|son|loro|hun|zijn)\s+(\w+)"
)


def _owner_place(before: str, lv: LangVocab) -> str | None:
    """The first place the sentence names ("Die Polizei von Köln"), with "of" too."""
    for m in _PREP.finditer(before):
        place = _place_at(m, before, lv, True)
        if place and place != "+":
            return place
    return None


_COPULA_WORD = re.compile(
    r"\s+(son|sont|sind|sono|são|zijn|su|eran|étaient|waren|erano|eram)\s+([a-zà-ÿ]{4,})\b"
)
# a reporting verb after a place: the place is the speaker's, not the count's
_SAID = re.compile(
    r"(?i)\b(?:said|says|told|reported|announced|confirmed|dijo|informó|afirmó|disse|informou"
    r"|ha detto|ha riferito|a déclaré|a annoncé|sagte|teilte|berichtete|meldete|zei|meldde"
    r"|rekao|izjavio|saopštio)\b"
)
_APPOSITION = re.compile(r"\s*,\s*")
# a figure opening an item of a list, right before a place: "..., 13 en la capital, "
_LIST_ITEM = re.compile(
    r"(?:^|[,;])\s*(?:[^\W\d_]+\s+)?(?!(?:19|20)\d\d\b)\d[\d.,]*\s+(?:[^\W\d_]+\s+)?$"
)  # (not a year: "2021 starben in Lindenau 40 Menschen")
_ACRONYM = re.compile(r"\s*\(([A-ZÀ-Ý]{2,6})\)")
_COPULAS = frozenset({"son", "sont", "são", "sono", "zijn", "sind", "su", "eran", "erano"})
# "en la provincia de Valencia": up to two lower-case words, then the name after "de"
_ADMIN_OF = re.compile(
    r"(?:(?:la|le|l'|el|a|o|the|die|der|de|het)\s+)?(?:[a-zà-ÿ]+\s+){1,2}?"
    r"(?:de|di|of|von|do|da|du|del|della|van)\s+(?=[A-ZÀ-Ý])"
)
_OF_NAME = re.compile(r"\s+(?:von|de|di|of|do|da|du|del)\s+[A-ZÀ-Ý][\w-]*\s*")
# a second place joined to the first: "in Ardania and Belmar", "en Valencia y Cuenca"
_AND_NAME = re.compile(r"(?:und|and|y|e|et|en|i|ed)\s+(?:(?:in|im|en|em|a|dans|u|na)\s+)?[A-ZÀ-Ý]")


def _place_after(text: str, lv: LangVocab) -> str | None:
    """A place right after the counted words ("62 vecinos de Paiporta"), or one a
    preposition names later in the figure's segment ("30 de ellos se hallaron en
    Belmar")."""
    text = text.lstrip()
    seg = _PLACE_END.search(text)
    text = text[: seg.start() if seg else len(text)]
    copula = False
    for k, m in enumerate(_PREP.finditer(text)):
        if k > 5:
            break
        # "70 muertos son de la provincia de Belmar": "de" after a copula names a place
        found = _place_at(m, text, lv, k == 0 or copula)
        copula = k == 0 and m.group(1).lower() in _COPULAS
        if found:
            return found
    return None


def _place_at(m: re.Match, text: str, lv: LangVocab, of: bool) -> str | None:
    """The place a preposition at `m` names: 'in NRW' -> 'in nrw', 'im Kreis Ahrweiler' ->
    'in ahrweiler', 'dans le nord' -> 'north'; with `of`, right after the counted words,
    also 'de Paiporta' ("62 vecinos de Paiporta")."""
    prep = m.group(1).lower()
    if prep not in lv.places and not (of and prep in ("de", "di", "von")):
        return None
    rest = text[m.end() :]
    words = rest.split(None, 3)
    if not words:
        return None
    article = words[0].lower() in lv.articles or words[0].lower() in ("der", "dem", "l'")
    first = words[1] if article and len(words) > 1 else words[0]
    area = lv.areas.get(first.lower().strip(".,;:"))
    if area == "capital":
        return "in capital"  # "in the capital" is not the nationwide count
    if area:
        after_area = _OF_NAME.match(rest, rest.find(first) + len(first))
        if after_area and _AND_NAME.match(rest, after_area.end()):
            return "+"  # "im Süden von Ostmark und im Westen von ...": combined
        if after_area:  # "im Norden von Ostmark" -> "north ostmark"
            return f"{area} {_key(after_area.group().split()[-1])}"
        return area
    if (admin := _ADMIN_OF.match(rest)) and not first[:1].isupper():
        # "en la provincia de Valencia", "dans la région de Lyon": the name after "de"
        rest, first = rest[admin.end() :], rest[admin.end() :].split(None, 1)[0]
    name = _NAME.match(rest[rest.find(first) :] if first else "")
    if not name or noun_concept(name.group().split()[0], lv.code) is not None:
        return None  # "für Menschen mit ...": a counted noun names no place
    tokens = name.group().split()
    if prep in ("de", "di", "von") and (tokens[0].isupper() or len(tokens[0]) < 3):
        return None  # "los muertos de la DANA": an event, not a place
    one_noun = len(tokens) < 2 and _key(tokens[0]) == tokens[0].lower().strip("’'.,")
    if lv.code == "de" and (article or prep == "im") and one_noun:
        # "im Verlauf", "in der Nacht": German nouns are capitalised ("im Lindenau-Kreis"
        # names its kind of area)
        return None
    following = rest[rest.find(first) + name.end() :]
    if (short := _ACRONYM.match(following)) and short.group(1)[0] != tokens[0][0]:
        return None  # "el Sistema Nacional de Alerta Temprana (SNAT)": part of a longer name
    if _AND_NAME.match(following):
        return "+"  # "in NRW und Rheinland-Pfalz": a combined figure, no one place
    # German capitalises nouns: after a bare "in" the first name is the place ("in
    # Deutschland Zahl der Toten"); after an article the last ("im Kreis Ahrweiler")
    bare_de = lv.code == "de" and not article and prep == "in"
    named = [t for t in tokens if _key(t)] or tokens  # "Kreis Ahrweiler": the name
    key = _key(named[0] if bare_de else named[-1])
    if lv.code == "en":
        # English names keep all their words ("Grenfell Tower"), which lets a story named
        # after the place ("grenfell") recognise it as its own
        key = " ".join(k for t in tokens if (k := _key(t))) or key
    if _POSSESSIVE_END.sub("", tokens[0].lower()) in _time_words():
        return None  # "in Saturday's march", "In May": a time, not a place
    return f"in {key}" if len(key) > 1 else None


@cache
def _generic_stems(code: str) -> frozenset[str]:
    """The stems of the nouns for people as such ("personas", "Menschen"): units.toml."""
    from kfactcheck.grammar.vocab import vocab

    return frozenset(stem(w, code) for w in vocab().raw["languages"][code]["generic"])


@cache
def _time_words() -> frozenset[str]:
    """Month and weekday names in the languages the date grammar reads (dates.toml)."""
    from kfactcheck.grammar.dates import load_words

    words = load_words()
    names = [*words["months"], *words["weekdays"], *words["month_abbreviations"]]
    return frozenset(n.lower().rstrip(".") for n in names)


_POSSESSIVE_END = re.compile(r"[’']s?$")


def _key(name: str) -> str:
    """A place's key: the word lower-cased, without the parts that only say what kind of
    area it is ("Rhein-Sieg-Kreis" -> "rhein-sieg"); subjects.py merges "neuenahr-ahrweiler"
    with "ahrweiler" and "nordrhein-westfalen" with "nrw"."""
    admin = _admin_words()
    parts = [p for p in name.strip("’'.,").lower().split("-") if p and p not in admin]
    return "-".join(parts)


@cache
def _admin_words() -> frozenset[str]:
    """Words naming a kind of area ("Kreis", "provincia"): units.toml [scope]."""
    return frozenset(vocab().raw["scope"]["admin_words"])


# "Unter den Toten sind zwölf Bewohner", "Tra i feriti, due sono gravi", "Entre as vítimas,
# 12 foram identificadas": the clause opens on the count the figure is a part of
_AMONG = re.compile(
    r"(?i)(?:^|[,;:]\s*)(?:among|unter|entre|tra|fra|parmi|onder|među|od)\s+"
    r"(?:the|den|der|los|las|os|as|i|gli|le|les|de|ihnen)?\s*([^\W\d_]{3,})\b[^.;:]*$"
    # "Del total de los muertos, 40 son mujeres": of all of them, so many
    r"|(?:^|[.;:]\s*)(?:del\s+total\s+de|of\s+(?:all\s+)?|von\s+den|dei|degli"
    r"|delle|des|de)\s+(?:los|las|the|i|gli|le|les|os|as)?\s*([^\W\d_]{3,})\s*,[^.;:]*$"
)
# "ocho de las víctimas", "due dei feriti", "12 of the dead", "zwölf der Toten": a part
_PARTITIVE = re.compile(
    r"(?i)\s+(?:of\s+the|de\s+l[oa]s|dei|degli|delle|des|dos|das|der|van\s+de|od)\s+"
    r"([^\W\d_]{3,})\b"
)
_WHOLES = frozenset({"deaths", "injured", "missing", "evacuated", "people"})
# "ocho de las cuales", "eight of whom", "otto dei quali": some of those just named
_OF_THEM = re.compile(
    r"(?i)\s+(?:de\s+l[oa]s\s+cuales|of\s+(?:whom|which|them)|de\s+ell[oa]s|dei\s+quali"
    r"|delle\s+quali|di\s+loro|dos\s+quais|das\s+quais|deles|delas|d'entre\s+(?:eux|elles)"
    r"|davon|von\s+ihnen|van\s+wie|van\s+hen|od\s+njih)\b"
)
# "schwer verletzt", "feriti gravi", "heridos graves", "seriously injured": those hurt badly
_SEVERE = re.compile(
    r"(?i)\b(?:schwer\w*|lebensgefährlich\w*|grav[ei]s?|gravemente|grièvement|seriously"
    r"|critically|in\s+codice\s+rosso|em\s+estado\s+grave|en\s+estado\s+grave|ernstig)\b"
)


def subset_of(before: str, after: str, family: str, code: str) -> str | None:
    """The family with ':part' (or 'injured:serious') when the figure counts some of a
    count ("among the dead, 12 were residents"), else None. A part is never the whole:
    the caller keeps it for figures with no place of their own (a place makes its own
    part)."""
    start = max(0, len(before) - 120)
    cut = None
    for cut in _CLAUSE_END.finditer(before, start):  # noqa: B007 - the loop keeps the last
        pass
    clause = before[cut.end() if cut else start :]
    whole = None
    # past its start, _AMONG begins only at a stop or comma: without one, it is tried once
    among = _AMONG.search if any(c in clause for c in ",;:.") else _AMONG.match
    if (m := among(clause)) or (m := _PARTITIVE.match(after)):
        whole = noun_concept(m.group(1) or m.group(2), code)
    kind = family.partition(":")[0]
    if _OF_THEM.match(after) and kind in _WHOLES and ":" not in family:
        # "ocho de las cuales fallecieron por otras causas" ("71 deles identificados" counts
        # the identified: a kind of its own)
        return f"{kind}:part"
    seg = _SEGMENT_END.search(after)
    severe = _SEVERE.search(after[: seg.start() if seg else 60][:60])
    if whole is None and kind == "injured" and family == kind and severe:
        return "injured:serious"  # "Tredici i feriti gravi", "zwei Schwerverletzte"
    families = vocab().families
    if whole is None or whole not in families or families[whole].unit != "people":
        return None
    if kind == whole and ":" in family:
        return None  # "del total de los muertos, 40 son mujeres": already a part
    if whole == "injured" and severe:
        return "injured:serious"  # "tra i feriti, due sono in gravi condizioni"
    if kind in families and kind not in (whole, "people"):
        return None  # "among the dead, 31 have been identified": a count of its own kind
    # "unter den Toten sind zwölf Bewohner": a part named by its own noun, else a part
    return (
        f"{whole}:{kind}" if kind and kind not in families and kind != PEOPLE else f"{whole}:part"
    )


# "Dort starben 47 Menschen", "allí murieron 40": the place the sentence before named
# (English "there" is mostly existential: "there were 12 deaths")
_THERE = re.compile(r"(?i)(?<!\w)(?:dort|allí|ahí|allá|lì|là|lá|ali|daar|tamo|ondje)(?!\w)")


def place_there(before: str, earlier: str, code: str) -> tuple[str, ...]:
    """The place of a figure whose clause says "there" (`before` is the figure's sentence up
    to it, `earlier` the text before the sentence): the last place the sentence before
    names, if it names one and no joined pair."""
    if not _THERE.search(before[-80:]):
        return ()
    lv = lang_vocab(code)
    cut = None
    for cut in _CLAUSE_END.finditer(earlier, 0, max(0, len(earlier) - 2)):  # noqa: B007
        pass
    last = earlier[cut.end() if cut else 0 :]
    places = [p for m in _PREP.finditer(last) if (p := _place_at(m, last, lv, False))]
    return (places[-1],) if places and places[-1] != "+" else ()


# a sentence opening on its subject: "La provincia de Valdoria ha sido...", "Ostmark meldete"
_SUBJECT = re.compile(
    r"\s*(?:(?:[Ll]a|[Ee]l|[Ll]es?|[Dd]ie|[Dd]er|[Dd]as|[Tt]he|[Ii]l|[Ll]o|[Aa]|[Oo]|[Hh]et)\s+)?"
    r"(?:([A-Za-zà-ÿ]+)\s+(?:(?:de|of|di|von|do|da|du|del|della)\s+)?)?"
    r"([A-ZÀ-Ý][\w-]*(?:\s+[A-ZÀ-Ý][\w-]*){0,2})\s+(?=[a-zà-ÿ])"
)


def subject_place(before: str, code: str) -> tuple[str, ...]:
    """The place a sentence is about when it opens on it as its subject: a kind of area
    with its name ("La provincia de Valdoria ha sido la más golpeada, con 214 víctimas"),
    or a region or country pycountry knows ("Nordrhein-Westfalen meldete 43 Tote"). A
    dateline ("Koblenz (dpa) –") is where the report was written, not a subject."""
    m = _SUBJECT.match(before)
    if m is None:
        return ()
    kind, name = (m.group(1) or "").lower(), m.group(2)
    if kind and kind not in _admin_words():
        return ()
    if not kind and name.lower() not in _region_names():
        return ()
    key = _key(name.split()[-1])
    return (f"in {key}",) if len(key) > 1 else ()


@cache
def _region_names() -> frozenset[str]:
    """The names of countries' regions, provinces and states of several words, lower-cased,
    in the forms pycountry keeps ("Nordrhein-Westfalen", "Castilla-La Mancha"), and the
    countries' names."""
    import pycountry

    names = {n.strip().lower() for s in pycountry.subdivisions for n in s.name.split(" / ")}
    # a one-word region's name is too often a word ("Western", "Coast", "Como", "Centre")
    names = {n for n in names if " " in n or "-" in n}
    names |= {c.name.lower() for c in pycountry.countries}
    return frozenset(names)
