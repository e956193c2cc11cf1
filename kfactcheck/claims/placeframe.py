"""Where a figure is counted when its own clause does not say: the place the sentence
before names ("dort", "allí"), the place a sentence opens on as its subject ("La provincia
de X ha sido...", "Localidades como X reportan..."), a side of a border ("on the Belmari
side"), and the earlier event of the figure before it (same_event); and an English toll's
place named before its figure ("the death toll in X rose to 120": toll_in). The clause's
own place in the other languages is places.py's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from kfactcheck.claims.capital import capital_subject
from kfactcheck.claims.nationscope import country_carried
from kfactcheck.claims.placenames import _adjective_after
from kfactcheck.claims.places import (
    _PREP,
    _SAID,
    CLAUSE_END,
    _admin_words,
    _is_body,
    _key,
    _name_end,
    _place_at,
    _time_words,
    _total_words,
    clause_before,
)
from kfactcheck.grammar.speakerwords import _alt, _lexicon
from kfactcheck.grammar.vocab import lang_vocab, literal_trie, noun_concept, vocab
from kfactcheck.model import Claim

_CLAUSE_END = CLAUSE_END

# "Dort starben 47 Menschen", "allí murieron 40": the place the sentence before named, in
# the page's own language ("ali" is Portuguese "there" but Croatian "but", and a name:
# "Ali Yilmaz sagte"; English "there" is mostly existential: "there were 12 deaths")
_THERE_WORDS = {
    "de": "dort(?:ig(?:e|en|er|es|em))?",  # "das dortige Krisenzentrum": of there
    "es": "allí|ahí|allá",
    "it": "lì|là",
    "fr": "là",
    "pt": "lá|ali(?!(?-i:\\s+[A-ZÀ-Ý]))",  # not "Ali Costa disse": a name
    "nl": "daar",
    "hbs": "tamo|ondje",
}
# "ce jour-là" is a time
_THERE = {
    code: re.compile(rf"(?i)(?<![\w-])(?:{words})(?!\w)") for code, words in _THERE_WORDS.items()
}


def place_there(before: str, earlier: str, code: str) -> tuple[str, ...]:
    """The place of a figure whose clause says "there" (`before` is the figure's sentence up
    to it, `earlier` the text before the sentence): the last place the sentence before
    names, if it names one and no joined pair."""
    there = _THERE.get(code)
    if there is None or not there.search(before[-80:]):
        return ()
    lv = lang_vocab(code)
    cut = None
    for cut in _CLAUSE_END.finditer(earlier, 0, max(0, len(earlier) - 2)):  # noqa: B007
        pass
    last = earlier[cut.end() if cut else 0 :]
    places = [p for m in _PREP.finditer(last) if (p := _place_at(m, last, lv, False))]
    if places:
        return (places[-1],) if places[-1] != "+" else ()
    named = _named_object(last, code)
    return (named,) if named else ()


# a capitalised name in a sentence's words, with the word before it; outside German a
# name keeps its later capitalised words and joining words ("San Telmo", "Cruz Roja")
_OBJECT = re.compile(
    r"(?<![.!?:“\"‘(\n\s])\s+(?:([^\W\d_]+)['’\s]\s*)?"
    r"([A-ZÀ-ÝŠŽČĆĐ][^\W\d_]+(?:-[A-ZÀ-Ýa-zà-ÿ][^\W\d_]*)*)"
    r"((?:\s+(?:(?:de|del|di|della|do|dos|da|das|du|des)\s+)?[A-ZÀ-ÝŠŽČĆĐ][^\W\d_]+)*)"
    r"(?=[\s,.;:!?)]|$)"
)


def _named_object(sentence: str, code: str) -> str | None:
    """The place a sentence names without a preposition, as the thing its verb acts on
    ("Am schwersten traf die Flut das Lindtal", "La riada llegó a Borvia"): its last
    capitalised name that is not its first word, a counted noun, a month or weekday, a
    speaker ("dijo el alcalde Pérez", "según Reuters"), or an institution: a common word
    after an article ("según el Gobierno", "la Policía"; in German, where every noun is
    capitalised, also a name with no article: "die Feuerwehr", "Laschet"). A figure
    "there" is that place's, not the whole count's."""
    from kfactcheck.claims.names import COMMON_ZIPF, common_noun

    found, lv = None, lang_vocab(code)
    for m in _OBJECT.finditer(sentence):
        word, name = (m.group(1) or "").lower(), m.group(2)
        german = code == "de" and word in ("das", "dem", "des")  # (lang_vocab: der, die, den)
        article = word in lv.articles or german
        if code == "de":
            if not article or common_noun(name, code):
                continue
        elif article and _zipf(name.lower(), code) >= COMMON_ZIPF:
            continue  # "el Gobierno", "la Préfecture": a body, not a place
        if noun_concept(name, code) is not None or name.lower() in _time_words():
            continue
        if _body_name().search(f"{name}{m.group(3)}".lower().replace("-", " ")):
            continue  # "los equipos de Cruz Roja": a body, not a place
        if name.lower() in lv.articles:
            continue
        at = m.start() if article else m.start(2)  # before "the", after "de": its owner
        head = sentence[max(0, m.start() - 40) : m.start(2)].lower()
        if _SAID.search(sentence, max(0, at - 30), at) or _is_body(sentence[:at], code):
            continue  # "dijo el alcalde Pérez": a person who speaks
        if _source_before(code).search(head):
            continue  # "según (el) Gobierno", "selon Dupont": whose word it is
        found = name if code == "de" else name + m.group(3)
    key = " ".join(k for t in found.split() if (k := _key(t))) if found else ""
    return f"in {key}" if len(key) > 1 else None


@cache
def _source_before(code: str) -> re.Pattern[str]:
    """A source phrase and at most one word before the end of a lower-cased window
    ("según el", "selon"): whose word the name after it is."""
    return re.compile(rf"(?<!\w)(?:{_alt(_lexicon(code).source_phrases)})\s+(?:\w+\s+)?$")


def _zipf(word: str, code: str) -> float:
    """How common `word` is in language `code` (wordfreq's Zipf scale; 0 unknown)."""
    from wordfreq import zipf_frequency  # 0.2 s to import: only a figure "there" needs it

    return zipf_frequency(word, code, wordlist="small")


# a sentence opening on its subject: "La provincia de Valdoria ha sido...", "Ostmark meldete"
_SUBJECT = re.compile(
    r"\s*(?:(?:[Ll]a|[Ee]l|[Ll]es?|[Dd]ie|[Dd]er|[Dd]as|[Tt]he|[Ii]l|[Ll]o|[Aa]|[Oo]|[Hh]et)\s+)?"
    r"(?:([A-Za-zà-ÿ]+)\s+(?:(?:de|of|di|von|do|da|du|del|della)\s+|d['’]|dell['’])?)?"
    r"([A-ZÀ-Ý][\w-]*(?:\s+[A-ZÀ-Ý][\w-]*){0,2})\s+(?=[a-zà-ÿ])"
)


# a short phrase that opens a sentence before its subject: "Par régions, ", "Por provincias, "
_LEAD = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*,")
# a sentence opening on an article and a lower-case noun: "La manifestation parisienne ..."
_ARTICLE_NOUN = re.compile(
    r"\s*(?:[Ll]a|[Ll]es?|[Ll]'|[Ee]l|[Ll]os|[Ll]as|[Ii]l?|[Gg]li|[Ll]o|[Oo]s?|[Aa]s?)\s*(?=[a-zà-ÿ])"
)
# "Localidades como Borvia, ...", "Towns such as Borvia": the name after a word for towns
_LIKE = re.compile(
    r"\s*(?i:(?:des|les|los|las|the|die|i|le|os|as|de)\s+)?([^\W\d_]+)\s+(?:como|such\s+as|like|wie|etwa|comme|tels?\s+que|telles?\s+que|come"
    r"|quali|zoals|poput|kao\s+što)\s+([A-ZÀ-Ý][\w-]*(?:\s+[A-ZÀ-Ý][\w-]*){0,2})\b"
)
# "Borvia, a 12 kilómetros de Lorvia, ...": a name set at a distance from another is a place
_AT_DISTANCE = re.compile(
    r"\s*([A-ZÀ-Ý][\w-]*(?:\s+[A-ZÀ-Ý][\w-]*){0,2}),\s+(?:[^\W\d_]+\s+){0,2}"
    r"\d[\d.,]*\s*(?:km|kilómetros|kilometres|kilometers|kilometer|kilomètres|chilometri"
    r"|quilômetros|quilómetros|kilometara|miles|millas)\b"
)


def subject_place(before: str, code: str) -> tuple[str, ...]:
    """The place a sentence is about when it opens on it as its subject: a kind of area
    with its name ("La provincia de Valdoria ha resultado la más castigada, con 173 víctimas"),
    a region or country pycountry knows ("Nordrhein-Westfalen meldete 43 Tote"), towns
    named as examples ("Localidades como Borvia reportan 25 muertes") or a name set at a
    distance from another ("Borvia, a 12 km de Lorvia, registra 20 muertos"), or a noun
    with a place's adjective ("La marche lorvienne a réuni..."). A dateline
    ("Lindau (dpa) –") is where the report was written, not a subject."""
    like = _LIKE.match(before)
    if like and like.group(1).lower() in _settlement_words():
        key = _key(like.group(2).split()[-1])
        return (f"in {key}",) if len(key) > 1 else ()
    if (far := _AT_DISTANCE.match(before)) and noun_concept(far.group(1), code) is None:
        key = _key(far.group(1).split()[-1])
        return (f"in {key}",) if len(key) > 1 else ()
    if (opening := _ARTICLE_NOUN.match(before)) and (
        place := _adjective_after(before[opening.end() :], code)
    ):
        return (place,)  # "La marche lyonnaise a rassemblé 35 000 personnes"
    m = _SUBJECT.match(before)
    found = _subject_of(m)
    if found is None and (lead := _LEAD.match(before)):
        # "Par régions, la province de X a enregistré 1452 décès": the clause's subject
        # after a phrase that opens the sentence, when a kind of area names it
        m = _SUBJECT.match(before, lead.end())
        found = _subject_of(m) if m is not None and m.group(1) else None
    if found and m is not None and _TURN.search(before, m.end()):
        # "La provincia de X fue la más afectada, pero el total nacional llegó a 300": the
        # figure's clause turns from the place to another subject
        return ()
    return (found,) if found else ()


# an English clause opening on a kind of area and its name: "Norvale province recorded",
# "The province of Norvale has recorded" (after a short phrase: "By region, ...")
_SUBJECT_EN = re.compile(
    r"\s*(?:[A-Za-z]+(?:\s+[a-z]+){0,2},\s*)?(?:[Tt]he\s+(?P<kind2>[a-z]+)\s+of\s+"
    r"(?P<name2>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})|(?!The\s)(?P<name>[A-Z][\w-]*"
    r"(?:\s+[A-Z][\w-]*){0,2})\s+(?P<kind>[a-z]+))\s+(?=[a-z])"
)


def subject_place_en(before: str) -> tuple[str, ...]:
    """The place an English clause opens on as its subject, a kind of area with its name
    ("Norvale province recorded 1,452 deaths", "The province of Norvale has recorded"), when
    the figure's clause does not turn to another subject ("..., but the national toll")."""
    m = _SUBJECT_EN.match(before)
    if m is None or _TURN.search(before, m.end()):
        return ()
    kind, name = m.group("kind") or m.group("kind2"), m.group("name") or m.group("name2")
    if kind not in _admin_words():
        return ()
    key = " ".join(k for t in name.split() if (k := _key(t)))
    return (f"in {key.lower()}",) if len(key) > 1 else ()


# a turn to another clause's subject: "..., pero el total llegó a 300", "but", "mais"
_TURN = re.compile(
    r"(?i)(?:[,;]\s*|\s)(?:but|pero|mais|doch|aber|mas|ma|while|whereas|mientras|tandis|während"
    r"|mentre|enquanto|however|sin\s+embargo|cependant|jedoch|tuttavia|no\s+entanto)\s"
)


def _subject_of(m: re.Match | None) -> str | None:
    """The place a match of _SUBJECT names: a kind of area and its name, or a region or
    country pycountry knows."""
    if m is None:
        return None
    kind, name = (m.group(1) or "").lower(), m.group(2)
    if kind and kind not in _admin_words():
        return None
    if not kind and name.lower() not in _region_names():
        return None
    key = _key(name.split()[-1])
    return f"in {key}" if len(key) > 1 else None


@cache
def _body_name() -> re.Pattern[str]:
    """A body's head or name in a lower-cased name ("cruz roja", "bombeiros"): units.toml
    [scope] body_words."""
    words = vocab().raw["scope"]["body_words"]
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)")


@cache
def _settlement_words() -> frozenset[str]:
    """Words for several towns ("Localidades", "Orte"): units.toml [scope]."""
    return frozenset(vocab().raw["scope"]["settlement_words"])


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


# "on the Belmari side of the border", "auf der belmarischen Seite", "du côté belmarien",
# "del lado belmarí": one side's count, keyed by the side's name or adjective (subjects.py
# merges "belmari" with "belmar")
_SIDE = re.compile(
    r"(?<!\w)(?:(?i:on\s+the)\s+([A-Z][\w-]+)\s+side"
    r"|(?i:auf\s+(?:der\s+)?)([^\W\d_]+?)(?:en|e)?\s+Seite"
    r"|(?i:du\s+côté|del\s+lado|do\s+lado|dal\s+lato|sul\s+versante)\s+([^\W\d_]{4,}))"
    r"(?!\w)"
)


_SIDE_WORDS = ("side", "Seite", "côté", "lado", "lato", "versante")


def side_of(before: str, after: str) -> tuple[str, ...]:
    """The side a figure is counted on, said in its clause before it or in its segment
    after it ("on the Belmari side of the border, 310 died"; "310 died on the Belmari
    side"), or ()."""
    near = before[-200:], after[:120]
    if not any(map(near[0].__contains__, _SIDE_WORDS)) and not any(
        map(near[1].__contains__, _SIDE_WORDS)
    ):
        return ()  # most clauses: a test in C before the patterns
    cut = None
    for cut in _CLAUSE_END.finditer(before, max(0, len(before) - 200)):  # noqa: B007
        pass
    seg = _CLAUSE_END.search(after)
    texts = (after[: seg.start() if seg else 120][:120], before[cut.end() if cut else 0 :])
    for text in texts:
        if (m := _SIDE.search(text)) is not None:
            name = next(g for g in m.groups() if g)
            if name.lower() not in ("other", "ander", "anderen", "autre", "otro", "outro", "altro"):
                return (f"in {_key(name)}",)
    return ()


def same_event(claim: Claim, previous: Claim, sentence: str, base: int, dates) -> None:
    """ "in 1995, two million marched according to the unions and one million according to
    the police": a figure of the same thing right after an earlier event's, in its clause
    with no date between, is that event's too."""
    event = next((s for s in previous.scope if s.startswith("event ")), None)
    if event is None or claim.terms[:1] != previous.terms[:1] or event in claim.scope:
        return
    start, end = previous.end - base, claim.start - base
    if end - start > 120 or CLAUSE_END.search(sentence, start, end):
        return
    if any(start <= d.start < end for d in dates):
        return
    claim.scope = (*[s for s in claim.scope if not s.startswith("event ")], event)
    claim.as_of = previous.as_of


def count_frame(claim: Claim, sentence: str, q, dates, last, opens: bool, page, code: str) -> None:
    """The places and events a running count takes from outside its clause: the place of
    the count it is an earlier level of, when it opens its sentence (earlier_place; `last`
    is the claim before the sentence), the day of an event its sentence names (event_day)
    and several events counted together (several_events). `page` is the document's text,
    where the sentence starts in it, and the page's day ("" when it has none)."""
    text, at, published = page
    if opens and "earlier" in claim.terms:
        earlier_place(claim, last, sentence[: q.start], text[max(0, at - _REACH) : at], code)
    elif opens:
        # "900 died in Chile. More than 4,000 were hurt.": Chile's
        country_carried(claim, sentence[: q.start], text[max(0, at - _REACH) : at], code)
    event_day(claim, sentence, q.start, q.end, dates)
    if (
        published
        and len(claim.as_of) > 4
        and f"event {claim.as_of}" in claim.scope
        and claim.as_of < published
    ):
        # "Subió a 214 el recuento de víctimas mortales por el temblor del 12 de septiembre":
        # the day after the figure is its event's, not the day the count held (a past
        # event named by its year, "the 1957 quake, which killed 12,000", keeps its year:
        # dated.past_event)
        claim.as_of = published
    several_events(claim, sentence[: q.start], code)


def several_events(claim: Claim, before: str, code: str) -> None:
    """ "Los dos terremotos de este mes han dejado más de 270 víctimas mortales", "both
    quakes killed 40": a count its clause gives to several events together is none of
    them alone (scope "event several")."""
    if any(s.startswith("event ") for s in claim.scope):
        return
    clause = clause_before(before, 160)[0]
    if _event_stem().search(clause.lower()) is None:
        return  # most clauses name no event: a substring test before the pattern
    for m in _several_events().finditer(clause):
        word, noun = m.group(1).lower(), m.group(2).lower()
        if noun in _event_singulars() and not noun.endswith("en"):
            continue  # "a magnitude 6.3 earthquake": one event (German "Beben" is both)
        if word.isdigit():
            decimal = m.start() > 0 and clause[m.start() - 1] in ".,"  # "6.3 earthquake"
            many = int(word) > 1 and not decimal
        else:
            many = word in _BOTH or _number(word, code) > 1
        if many:
            claim.scope = (*claim.scope, "event several")
            return


_BOTH = frozenset({"both", "ambos", "ambas", "beide", "beiden", "entrambi", "entrambe"})


def _number(word: str, code: str) -> int:
    from text_to_num import text2num  # (as places.py: only a clause with events needs it)

    try:
        return text2num(word, code if code != "hbs" else "en")
    except (ValueError, KeyError, TypeError):
        return 0


@cache
def _event_stem() -> re.Pattern:
    """Any event noun's stem as a plain substring of lower-cased text: every match of
    _several_events holds one."""
    nouns = vocab().raw["scope"].get("event_nouns", [])
    return re.compile(literal_trie({(n[:-1] if n[-1] in "oe" else n).lower() for n in nouns}))


@cache
def _several_events() -> re.Pattern:
    """A word and an event noun in a plural form after it ("tres terremotos", "two quakes",
    "beiden Beben", "i due terremoti")."""
    nouns = sorted(vocab().raw["scope"].get("event_nouns", []), key=len, reverse=True)
    # a plural: the noun with -s/-es/-n, Italian's -o/-e to -i, or the same word
    stems = [re.escape(n[:-1]) + r"[oei]" if n[-1] in "oe" else re.escape(n) for n in nouns]
    plural = "|".join(f"(?:{s})(?:s|es|n|i)?" for s in stems)
    return re.compile(r"(?i)(?<!\w)([^\W_]+)\s+(" + plural + r")(?!\w)")


@cache
def _event_singulars() -> frozenset[str]:
    return frozenset(n.lower() for n in vocab().raw["scope"].get("event_nouns", []))


def earlier_place(claim: Claim, last: Claim | None, before: str, earlier: str, code: str) -> None:
    """ "In Lindenau kletterte die Zahl der Toten auf 47. ... Bisher war die Zahl mit 28
    beziffert worden.": an earlier level whose clause names no place is the earlier level of
    the count the sentence before gave, of the same thing, and takes its place; with no such
    count, of the one place the sentence right before names without a figure ("In Lindenau
    ist der Kreis X Schwerpunkt. Am Donnerstag hatte die Landrätin erst von 57 Toten
    gesprochen."). Not when its clause counts every place together ("bundesweit waren es
    30"), nor when that sentence names several places (a list of places' counts after their
    total). `earlier` is the text before the figure's sentence."""
    if "earlier" not in claim.terms or any(s.startswith("in ") for s in claim.scope):
        return
    if _total_words().search(before[-200:]):
        return
    lv = lang_vocab(code)
    if last is not None and last.terms[:1] == claim.terms[:1]:
        places = tuple(s for s in last.scope if s.startswith("in "))
        if not places or "earlier" in last.terms:
            return  # the count before has no place: nor has its earlier level
        text = last.quote
    else:
        cut = None
        for cut in _CLAUSE_END.finditer(earlier, 0, max(0, len(earlier) - 2)):  # noqa: B007
            pass
        start = cut.end() if cut else 0
        if (cut is None and len(earlier) >= _REACH) or _DIGIT.search(earlier, start):
            return  # the sentence before is not all in reach, or gives a figure of its own
        text = earlier[start:]
        places = ()
    named = {p for m in _PREP.finditer(text) if (p := _place_at(m, text, lv, False))}
    if len(named) != 1 or "+" in named:
        return  # "... 90: 62 in X, 20 in Y and 8 in Z": a list's, not one place's
    claim.scope = (*claim.scope, *(places or tuple(named)))


_DIGIT = re.compile(r"\d")
_REACH = 300  # characters of the text before a sentence that extract.py passes


def event_day(claim: Claim, sentence: str, start: int, end: int, dates) -> None:
    """ "tres fallecidos del temblor del sábado pasado", "the quake of 3 September, which
    killed 57", "after Saturday's tremor two died": a running count of an event the
    sentence names with its day (an event noun, units.toml [scope] event_nouns, and a day
    right after it, or a day right before it) is that day's event's: scope "event DAY".
    subjects.py keeps the day most of a story's figures name as the story's own event.
    `start`, `end`: the figure's words in `sentence`."""
    if any(s.startswith("event ") for s in claim.scope):
        return  # an earlier year's event already
    days = [d for d in dates if len(d.value) == 10 and d.value[4] == "-"]
    if not days or not (nouns := list(_event_nouns().finditer(sentence))):
        return  # most sentences: no day, or no event named
    best: tuple[int, str] | None = None
    for noun in nouns:
        for d in days:
            before_day = 0 <= noun.start() - d.end <= 3  # "Saturday's tremor"
            if not (0 <= d.start - noun.end() <= 30 or before_day):
                continue  # the day is not the event's
            lo, hi = min(noun.start(), d.start), max(noun.end(), d.end)
            if hi <= start:
                gap = start - hi  # "el terremoto del 3 de septiembre, que dejó 57"
            elif lo >= end:
                gap = lo - end  # "tres fallecidos del temblor del sábado"
            else:
                continue
            between = (hi, start) if hi <= start else (end, lo)
            if gap > _EVENT_REACH or _CLAUSE_STOP.search(sentence, *between):
                continue  # too far, or in another clause of the sentence
            if best is None or gap < best[0]:
                best = (gap, d.value)
    if best is not None:
        claim.scope = (*claim.scope, f"event {best[1]}")


_EVENT_REACH = 80
# a sentence's break between an event and a figure: ";", a full stop
_CLAUSE_STOP = re.compile(r"[;!?]|\.\s")


@cache
def _event_nouns() -> re.Pattern:
    words = sorted(vocab().raw["scope"].get("event_nouns", []), key=len, reverse=True)
    return re.compile(r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


# an English count's noun and "in" before its figure: "the death toll in X rose to 120"
_TOLL_IN = re.compile(
    r"(?i)(?<!\w)(?:toll|tally|count|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|victims"
    r"|injured|missing))\s+(?=in\s)"
)


def toll_in(before: str) -> str | None:
    """The place an English count names before its figure, in its clause ("The death toll in
    the province of Norvale rose to 120", "the number of dead in Norvale stood at 40"), or
    None; not a speaker's ("the toll in Norvale, officials in Arvel said, ...")."""
    if "in " not in before[-160:]:
        return None  # most clauses
    clause = clause_before(before, 160)[0]
    found = None
    for found in _TOLL_IN.finditer(clause):  # noqa: B007 - the loop keeps the last
        pass
    if found is None or (m := _PREP.match(clause, found.end())) is None:
        return None
    place = _place_at(m, clause, lang_vocab("en"), False)
    if not place or place == "+" or _SAID.search(clause, m.end()):
        return None
    rest = clause[_name_end(clause, m.end()) :]
    if any(_place_at(p, rest, lang_vocab("en"), False) for p in _PREP.finditer(rest)):
        return None  # another place nearer the figure
    return place


# "in the capital" before a figure (data/capitals.toml says which city that is)
_CAPITAL_BEFORE = re.compile(r"(?i)\bin\s+the\s+capital\b[^.;:]*$")
_CAPITAL = re.compile(r"(?i)\bin\s+the\s+capital\b")  # the pattern's words alone
_WORD_CHARS, _capitals = re.compile(r"\w\w"), [None, []]  # (the last sentence, its spans)


def capital_before(sentence: str, end: int) -> bool:
    """Whether an English figure's clause is the capital's: _CAPITAL_BEFORE.search(
    sentence[:end]), an "in the capital" of the sentence (found once, not searched for
    before each figure) after the last stop the pattern cannot cross, or the capital as the
    clause's subject ("..., with the capital recording 45 deaths": capital_subject)."""
    if "capital" not in sentence:
        return False  # most sentences
    start = max(sentence.rfind(c, 0, end) for c in ".;:") + 1
    if end and _WORD_CHARS.match(sentence, end - 1):  # glued to a word: cut, as the pattern is
        found = bool(_CAPITAL_BEFORE.search(sentence[:end], start))
    else:
        if _capitals[0] is not sentence:
            _capitals[:] = [sentence, [m.span() for m in _CAPITAL.finditer(sentence)]]
        k = bisect_left(spans := _capitals[1], (start, -1))
        found = k < len(spans) and spans[k][1] <= end
    return found or capital_subject(clause_before(sentence[:end], 160)[0], 0, "en")
