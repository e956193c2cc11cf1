"""The country a toll is counted in when no place stands next to its figure: a country
named with a place word elsewhere in the figure's clause ("in Belmar, the toll is at
least 400"; "jenseits des Flusses kamen in Peru 70 Menschen um"), else the nationality
of the office that gives it ("the Chilean health minister put the toll at 300", "las
autoridades peruanas confirmaron 120 muertos", "auf polnischem Gebiet"). A combined
count ("in Chile and Peru", "in both countries", "en ambos países") is no one country's.
Places next to the figure are places.py's; a clause's subject or a side, placeframe.py's.
"""

from __future__ import annotations

import re
from functools import cache

from kfactcheck.claims.placenames import _fold, iso_translations
from kfactcheck.claims.places import CLAUSE_END as _CLAUSE_END
from kfactcheck.claims.places import clause_before, whole_count

# a place word, an article, then a capitalised name of up to three words
_IN_COUNTRY = re.compile(
    r"(?<![\w-])(?:in|im|en|em|no|na|nel|nella|dans|au|aux|auf|a)\s+"
    r"(?:(?:der|dem|den|the|la|el|le|les|il|lo|o|a)\s+|l['’])?"
    r"([A-ZÀ-ÝŠŽČ][\w'’-]+(?:\s+[A-ZÀ-ÝŠŽČ][\w'’-]+){0,2})"
)
# a second country joined to the first: the combined count
_JOINED = re.compile(
    r"\s*(?:,|and|und|y|e|et|i|ou|or|oder|o)\s+(?:(?:in|im|en|em|no|na|nel|nella|dans|au)\s+)?"
    r"(?:(?:der|dem|den|the|la|el|le|les|il|lo|o|a)\s+)?([A-ZÀ-ÝŠŽČ][\w'’-]+)"
)
# "both countries", "the two countries": a count of both together
_BOTH = re.compile(
    r"(?i:both\s+countries|two\s+countries|beiden\s+l[äa]nder|zwei\s+l[äa]nder"
    r"|ambos\s+pa[íi]ses|dos\s+pa[íi]ses|entrambi\s+i\s+paesi|due\s+paesi|deux\s+pays)"
)
# a sentence ends at a stop, also after a figure ("... magnitude 7,2. More"), but not the
# stop of a day's ordinal ("am 6. Februar")
_SENTENCE_END = re.compile(r"[;!?]\s|\.(?<!(?<![\d.,])\d\.)(?<!(?<![\d.,])\d\d\.)\s")
# a figure of two digits or more (not the day of "am 6. Februar")
_FIGURE = re.compile(r"\d[\d.,]*\d")
# "in the country" after a country was named: that country
_THE_COUNTRY = re.compile(
    r"(?i:(?<!\w)(?:in\s+the\s+country|im\s+land|en\s+el\s+pa[íi]s|nel\s+paese"
    r"|dans\s+le\s+pays|no\s+pa[íi]s)(?!\w))"
)
# a sentence that opens with its place, perhaps after "only"
_LEADING = re.compile(r"\s*(?:(?i:allein|nur|only|solo|sólo|soltanto|seulement|apenas)\s+)?")
# an office or a land that speaks for or is a country: its adjective names the country
_OFFICE = re.compile(
    r"(?i:officials?|authorities|government|minist(?:er|ry)|president|agency|territory|soil"
    r"|behörden?|regierung|\w*minister(?:ium)?|präsident|\w*behörde|gebiet|staatsgebiet"
    r"|autoridades|gobierno|governo|ministr[oa]|minist[eé]rio|ministerio|presidente"
    r"|territorio|território|autorit[àé]s?|gouvernement|ministre|minist[eè]re|territoire"
    r"|président)$"
)
# up to three words (a verb), "and", then another figure and up to three words
_VERB_AND = re.compile(
    r"(?:\s+[^\W\d_]+){0,3}\s+(?:and|und|y|e|et)\s+\d[\d.,]*(?:\s+[^\W\d_]+){0,3}(?=\s+"
    r"(?:in|im|en|em|no|na|nel|nella|dans|au)\s)"
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def clause_country(before: str, after: str, code: str) -> tuple[str, ...]:
    """('in <country>',) for a toll whose clause names one country but not next to it,
    or whose clause's office is one country's; () when it names none, several, or a
    combined count. `after` is the sentence after the figure's counted words."""
    head, _ = clause_before(before, 220)
    whole = head
    last = None
    for last in _FIGURE.finditer(head):  # noqa: B007 - the loop keeps the last
        pass
    head = head[last.end() :] if last else head  # an earlier figure's place is its own
    end = _CLAUSE_END.search(after)
    tail = after[: end.start() if end else 160][:160]
    if joined := _VERB_AND.match(tail):
        # "90 drowned and 300 were evacuated in X": a place ending two short clauses
        # joined by "and" is both figures'
        tail = tail[joined.end() :]
    digit = re.search(r"\d", tail)
    tail = tail[: digit.start()] if digit else tail  # a later figure's place is its own
    if _BOTH.search(head) or _BOTH.search(tail):
        return ()
    found: set[str] = set()
    for text in (head, tail):
        for m in _IN_COUNTRY.finditer(text):
            name = _country_in(m.group(1), code)
            if name is None:
                continue
            joined = _JOINED.match(text, m.end())
            if joined and _country_in(joined.group(1), code):
                return ()  # "in Chile and Peru": the combined count
            found.add(name)
    if len(found) == 1:
        return (f"in {found.pop()}",)
    if found:
        return ()
    # (a bounded window: a sentence of a thousand figures is not searched a thousand times)
    near = before[-_REACH:]
    if _THE_COUNTRY.search(tail) or _THE_COUNTRY.search(head):
        named = [n for m in _IN_COUNTRY.finditer(near) if (n := _country_in(m.group(1), code))]
        if named:
            return (f"in {named[-1]}",)  # "..., and 500 are hurt in the country": the last
    lead = _LEADING.match(before)
    if lead and len(before) < _REACH and _IN_COUNTRY.match(before, lead.end()):
        named = {n for m in _IN_COUNTRY.finditer(before) if (n := _country_in(m.group(1), code))}
        if len(named) == 1:
            # "Allein in X starben 900; 4.000 wurden verletzt": the sentence is set in X
            return (f"in {named.pop()}",)
    return _office_country(whole + " " + tail, code)


_REACH = 300  # characters before a figure searched for the country its sentence names


def _country_in(name: str, code: str) -> str | None:
    """The country a capitalised name of up to three words is, or starts with."""
    words = name.split()
    names = _codes(code)
    for n in range(len(words), 0, -1):
        if (low := " ".join(words[:n]).lower()) in names:
            return low
    return None


def _office_country(text: str, code: str) -> tuple[str, ...]:
    """The one country whose adjective stands within two words of an office word."""
    words = [m.group() for m in _WORD.finditer(text)]
    found = set()
    for i, w in enumerate(words):
        if len(w) < 5 or not _OFFICE.match(w):
            continue
        for near in words[max(0, i - 3) : i] + words[i + 1 : i + 3]:
            if (country := demonym_country(near.lower(), code)) is not None:
                found.add(country)
    return (f"in {found.pop()}",) if len(found) == 1 else ()


# how adjectives of nationality end in the languages read ("syrian", "türkischen",
# "sirias", "turco", "syrienne", "marocain", "português")
_NATIONALITY_ENDINGS = (
    *("ish", "ian", "ians", "an", "ans", "ese", "i", "ic"),
    *("isch", "ische", "ischen", "ischem", "ischer", "isches"),
    *("o", "a", "os", "as", "e", "es", "ien", "ienne", "iens", "iennes"),
    *("ais", "aise", "aises", "ain", "aine", "ains", "aines", "ês", "esa", "eses", "esas"),
    *("esi", "ini", "ina", "ino", "ine"),
)


@cache
def demonym_country(word: str, code: str) -> str | None:
    """The country an adjective of nationality is made from ("syrian", "syrischen",
    "sirias" -> Syria; "turcas" -> Turquía): the country name sharing its longest start
    with it, of four letters or more and at most three short of the whole name."""
    if len(word) < 5 or word in _codes(code) or not word.endswith(_NATIONALITY_ENDINGS):
        return None  # "a indiqué le ministère" is no Indian ministry
    low = _norm(word)
    best, size = None, 0
    for name, norm in _names(code):
        n = _common(low, norm)
        if n >= 4 and n >= len(norm) - 3 and n > size and len(low) > n:
            best, size = name, n
    return best


@cache
def _codes(code: str) -> dict[str, str]:
    """Country name, lower-cased -> ISO code: pycountry's names and common names in English
    and in language `code`, and GeoNames' English names ("Turkey", "Syria")."""
    import pycountry

    from kfactcheck.analyse.placekeys import _english_countries

    out: dict[str, str] = {}
    english = _english_countries()
    for t in iso_translations("iso3166-1", (code,) if code != "en" else ()):
        for c in pycountry.countries:
            for name in (c.name, getattr(c, "common_name", c.name)):
                out.setdefault(t(name).lower(), c.alpha_2)
            if known := english.get(c.alpha_2):
                out.setdefault(known["name"].lower(), c.alpha_2)
    return out


@cache
def _names(code: str) -> tuple[tuple[str, str], ...]:
    """Country names of one word, the language's own first, with their folded forms."""
    names = list(_codes(code))
    return tuple((n, _norm(n)) for n in reversed(names) if n.isalpha())


def _norm(text: str) -> str:
    """Folded, with "qu" written "c" ("turquía" and "turcas" share "turc")."""
    return _fold(text.lower()).replace("qu", "c")


def _common(a: str, b: str) -> int:
    """How many letters a and b share from their start."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


# who holds an area of a country at war, and the words that say it holds it: "rebel-held
# towns", "Orte unter Kontrolle der Regierung", "zonas bajo control del gobierno", "aree
# controllate dai ribelli". (Not "state-controlled media": a state is no side.)
_GOVERNMENT = r"government|regime|regierung|regime|gobierno|r[ée]gimen?|governo|gouvernement"
_OPPOSITION = (
    r"opposition|rebels?|insurgents?|rebellen|aufständischen|oposici[óo]n|rebeldes?"
    r"|opposizione|ribelli|rebelles?|oposiç[ãa]o|insurg[ée]s"
)
_HOLDS = (
    r"held|controlled|control|kontrolliert\w*|gehalten\w*|kontrolle|controlad[oa]s?|controllat[oe]"
    r"|controllo|contr[ôo]l[ée]e?s?|tenue?s?|controle"
)
_HELD = re.compile(
    rf"(?i:(?<![\w-])(?P<a>{_GOVERNMENT}|{_OPPOSITION})(?:-|\s+)(?:\w+\s+)?(?:{_HOLDS})(?!\w)"
    rf"|(?<![\w-])(?:{_HOLDS})\s+(?:\w+\s+){{0,2}}(?P<b>{_GOVERNMENT}|{_OPPOSITION})(?!\w))"
)
_SIDE_OF = re.compile(rf"(?i:{_OPPOSITION})$")
# a figure and its noun joined to this one ("40 muertos y 90 heridos en ..."): the
# place after the second is both figures'
_AND_FIGURE = re.compile(r"\s*(?:,|and|und|y|e|et)\s+[\d][\d.,]*\s+[^\W\d_]+")


def held_area(before: str, after: str) -> tuple[str, ...]:
    """('in government-held areas',) or ('in opposition-held areas',) for a toll counted
    in the part of a country one side holds, said right after the figure (past a second
    figure it is joined to) or in its clause before it; () otherwise."""
    if not _HOLD_WORD.search(before[-160:]) and not _HOLD_WORD.search(after[:160]):
        return ()  # most figures: no word of holding near, found without the patterns
    end = _CLAUSE_END.search(after)
    tail = after[: end.start() if end else 160][:160]
    if joined := _AND_FIGURE.match(tail):
        tail = tail[joined.end() :]
    digit = re.search(r"\d", tail)
    tail = tail[: digit.start()] if digit else tail
    head, _ = clause_before(before, 160)
    last = None
    for last in re.finditer(r"\d", head):  # noqa: B007 - the loop keeps the last
        pass
    head = head[last.end() :] if last else head
    found = _HELD.search(tail)
    if found is None:
        for found in _HELD.finditer(head):  # noqa: B007 - the nearest before the figure
            pass
    if found is None:
        return ()
    side = found.group("a") or found.group("b")
    return ("in opposition-held areas" if _SIDE_OF.match(side) else "in government-held areas",)


_HOLD_WORD = re.compile(r"(?i:held|control|kontroll|gehalten|tenu)")


# tolls a country's office reports for its own land (figure.py reads them too)
TOLLS = frozenset({"deaths", "injured", "missing", "homeless", "evacuated", "destroyed", "bodies"})


def country_carried(claim, before: str, earlier: str, code: str) -> None:
    """ "At least 900 died in Chile. More than 4,000 were hurt.": a toll that opens a
    sentence naming no place is counted in the one country the sentence right before it
    names with a figure. `earlier` is the text before the figure's sentence."""
    if claim.terms[0].partition(":")[0] not in TOLLS:
        return
    if any(s.startswith(("in ", "event ")) for s in claim.scope) or "\n" in earlier[-3:]:
        return
    cut = None
    for cut in _SENTENCE_END.finditer(earlier, 0, max(0, len(earlier) - 2)):  # noqa: B007
        pass
    text = earlier[cut.end() if cut else 0 :]
    if "\n" in text.rstrip():
        text = text[text.rstrip().rfind("\n") + 1 :]  # its paragraph begins it
    elif cut is None and len(earlier) >= 300:
        return  # the sentence before is not all in reach
    if not _FIGURE.search(text) or _BOTH.search(text):
        return
    named = set()
    for m in _IN_COUNTRY.finditer(text):
        if (name := _country_in(m.group(1), code)) is None:
            continue
        joined = _JOINED.match(text, m.end())
        if joined and _country_in(joined.group(1), code):
            return  # "in Chile and Peru": the combined count
        named.add(name)
    if len(named) != 1:
        return
    near = before[-_REACH:]
    if _IN_COUNTRY.search(near) or _BOTH.search(near) or _THE_COUNTRY.search(near):
        return
    if not whole_count(before, code):
        claim.scope = (*claim.scope, f"in {named.pop()}")
