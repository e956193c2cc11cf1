"""Where a figure is counted in its own clause, in every language but English's own noun
phrases: the place after its counted words or before it in its clause ("24 Tote in NRW",
"allein im Kreis X gab es 12 Tote", "48 vecinos de Torralba"), an area named later in the
sentence ("... tras las lluvias en la provincia de X"), the area of an office that speaks
for a place ("in ihrer Region"), and the keys places are written as ("Kreis Tebrik" ->
"tebrik"). English counts use it too for places before or after the figure. Places a
figure takes from outside its clause (the sentence before, the sentence's subject, a side
of a border, an earlier event's) are placeframe.py's; the capital as a clause's subject is
capital.py's.
"""

from __future__ import annotations

import re
from functools import cache

from kfactcheck.claims.capital import capital_subject
from kfactcheck.claims.cheaptests import lone_word_no_place, sentence_lacks
from kfactcheck.claims.placenames import (
    _CONNECTORS,
    _adjective_after,
    _country_names,
    is_country,
    seat_of_body,
)
from kfactcheck.grammar.speakerwords import _lexicon
from kfactcheck.grammar.vocab import LangVocab, lang_vocab, literal_trie, noun_concept, vocab

# a clause ends at these (not the dot of "16. Juli" or "13.30"); a place's phrase at these
CLAUSE_END = re.compile(r"[;!?]|\.(?<!\d\.)\s")  # (a mark first: a fast scan)
PLACE_END = re.compile(r"[.,;:!?()]|\d")
_CLAUSE_END, _PLACE_END = CLAUSE_END, PLACE_END


def clause_before(before: str, reach: int) -> tuple[str, re.Match[str] | None]:
    """The figure's clause before it: the text after the last clause mark (CLAUSE_END) of
    its last `reach` characters, with that mark (None when there is none in reach)."""
    start = max(0, len(before) - reach)
    cut = None
    for cut in CLAUSE_END.finditer(before, start):  # noqa: B007 - the loop keeps the last
        pass
    return before[cut.end() if cut else start :], cut


# "62 in the town of Belmar": right after the figure or its noun, the area is the count's
# (after a verb, "destroyed in the hamlet of X" is where the homes stood: extract.py)
KIND_OF_IN = re.compile(
    r"\s*()in\s+the\s+(?:hamlet|village|town|city|district|province|region)\s+of\s"
)
_NAME = re.compile(r"(?:[A-ZÀ-ÝŠŽČĆĐ][\w’'-]*\s*){1,3}")
_ARABIC_ARTICLE = re.compile(r"(?:al|el|as|ad|an|ar|at|az|ash)-(?=[A-Z])")  # "al-Kessa"
# a whole place name with its joining words: "Ciudad de México", "Figueira dos Vinhos"
_FULL_NAME = re.compile(
    r"[A-ZÀ-ÝŠŽČĆĐ][\w’'-]*(?:\s+(?:(?:de|del|di|della|do|dos|da|das|du|des)\s+)?"
    r"[A-ZÀ-ÝŠŽČĆĐ][\w’'-]*){0,3}"
)


# the bracket that closes a figure restating the noun before it: "des morts (694) ont..."
_SHUT = re.compile(r"\s*\)")


def place_scope(before: str, after: str, end: int, code: str) -> tuple[str, ...]:
    """Where a figure of language `code` is counted (see _scope); `end` is where its
    counted words end in `after`."""
    return _scope(before, after, end, lang_vocab(code))


def _scope(before: str, after: str, end: int, lv: LangVocab) -> tuple[str, ...]:
    """Where the figure is counted: a place after the counted words ("6 en Chiva", "24 Tote
    in NRW"), else the nearest one before it in the clause ("allein im Kreis Lindenau gab
    es 12 Tote"); two places joined make a combined figure, which has none."""
    from kfactcheck.claims import placelists as pl  # (it reads this module's own helpers)

    go_on = end
    if (shut := _SHUT.match(after, end)) and before.rstrip().endswith("("):
        go_on = shut.end()  # "les morts (694) ont été recensés à X": the clause goes on
    found = _place_after(after[go_on : go_on + 80], lv)
    if found and (there := pl.part_was_in(after[go_on : go_on + 120], lv)):
        found = there  # "7 de los fallecidos en Lorvia estaban en la comarca de X": X's
    if found:
        return (found,) if found != "+" else pl.joined_places(after[go_on : go_on + 120], lv)
    if pl.total_after(after, go_on):
        return ()  # "230 à Lorvy, sur 410 au total": the total is every place's
    if item := bare_item(before, after[end:], lv.code):
        return (item,)  # "decesos: en Norvale 58; Kessby 31; Arden 9 y Belmar 2"
    if _THEIR_AREA.match(after, end) and (owner := _owner_place(before, lv)):
        return (owner,)  # "die Feuerwehr von Kessenau meldete 14 Tote in ihrem Gebiet"
    back = clause_before(before, 160)[0]
    if (search := pl.searched_for(back)) is not None:
        back = back[search:]  # "atuam na Vila X para localizar seis pessoas": the search's
    places: list[str] = []
    last_end = -1
    for m in _PREP.finditer(back):
        place = _place_at(m, back, lv, False)
        if place and _LIST_ITEM.search(back, 0, m.start()):
            # "9 en la capital, 5 en el puerto": the place of the figure before; the list
            # has gone past the places before it too ("204 morti nei comuni lorviani, 46
            # nelle Marche, 365 feriti": none is the injured's)
            places = []
            continue
        if not place:
            continue
        if _ITEM_AFTER.match(back, _name_end(back, m.end())):
            # "A Borgo 37 vittime, ad Arvello 7, ... le vittime sono 48": a list of places'
            # own figures; what follows it is none of theirs
            places = []
            continue
        if places and _APPOSITION.fullmatch(back, last_end, m.start()):
            continue  # "em Serrana, na região de Lindora": says where the first is
        if _SAID.search(back, m.end()) or seat_of_body(back, m.start()):
            continue  # "officials in Madrid said 200 died", "the government in X": theirs
        if _THAT.match(back, _name_end(back, m.end())) and _SAID.search(back, 0, m.start()):
            continue  # "announced from headquarters in Lindora that 24 died": the speaker's
        places.append(place)
        name = _NAME.search(back, m.end(), m.end() + 60)
        last_end = name.end() if name else m.end()
    if capital_subject(back, last_end, lv):
        places.append("in capital")  # "..., siendo la capital la que registra 192"
    # the nearest place counts ("die Polizei in Lindenau meldet, dass im Land Ostmark
    # mehr als 30 ..."), unless it is one of two joined ones, a combined figure
    if places and whole_count(back, lv.code):
        return ()  # "In X starben 20, bundesweit waren es 45": every place together
    if places:
        return (places[-1],) if "+" not in places else pl.joined_places(back, lv)
    return _area_later(after[end : end + 240], lv)


# a list item whose place comes first, bare: "...: Norvale 58, Kessby 31", "; Kessby 31;",
# "Ardania (12) e Belmar (3)", "y Belmar 1." (the name after a list's separator or "and"),
# "..., la province de Kessby (103)", "et à Arvel (347)" (with its kind of area or "at"),
# "Les plus touchées sont Norvale avec 394 morts" (after a copula, "with" its figure)
_ITEM_NAME = re.compile(
    r"(?:(?P<sep>[,;:]|(?<!\w)(?:y|e|et|und|and|ed|i|u|en)(?!\w))"
    r"|(?P<open>^[.\-–—•*·\s]*|(?<!\w)(?:sont|son|são|sono|sind|are|were|zijn|is|est|es|é|è|ist)(?!\w)))\s*"
    r"(?:(?:à|au|a|ad|en|em|in|im|dans|na|no|nel|nella)\s+)?"
    r"(?:(?i:la|le|el|the|die|der|il|o)\s+)?"
    r"(?:(?P<area>[A-Za-zà-ÿ]+)\s*(?:(?:de|del|della|di|do|da|du|of|von)\s+(?:l['’])?|d['’]"
    r"|dell['’]|(?P<bare>(?<=[a-zà-ÿ])\s+)))?"
    r"(?P<name>[A-ZÀ-ÝŠŽČĆĐ][\w’'-]*(?:\s+(?:(?:de|del|di|della|do|dos|da|das|du|des)\s+)?"
    r"[A-ZÀ-ÝŠŽČĆĐ][\w’'-]*){0,3})(?:\s+(?P<kind>[a-z]+)(?=\s*[(:]))?"
    r"\s*(?P<close>\(|:|,?\s+(?:con|com|avec|mit|with|con\s+sus|com\s+os)\s+)?\s*$"
)  # ("Norvale, com 40, e Kessby, com 24": "with" its figure; "Norvale province: 40")
# what _ITEM_NAME's end needs, tested first on a short tail (most figures have none)
_ITEM_TAIL = re.compile(
    r"[A-ZÀ-ÝŠŽČĆĐ][\w’'-]*(?:\s+[a-z]+(?=\s*[(:]))?\s*(?:\(|:|,?\s+(?:con|com|avec|mit|with|con\s+sus|com\s+os)\s+)?"
    r"\s*$"
)
_HASHTAG_ITEM = re.compile(r"\s*#([A-ZÀ-ÝŠŽČĆĐ][\w’'-]*)")
# what ends such an item after its figure: a separator, "and", a closing bracket, the end
_ITEM_END = re.compile(r"\s*\)?\s*(?:[,;.]|(?:y|e|et|und|and|ed|i|u)\s|$)")


def bare_item(before: str, after: str, code: str) -> str | None:
    """The place of a list item written "Name figure" with no preposition ("...: Norvale
    58, Kessby 31"), when the figure ends the item; None otherwise. A name that is a
    counted noun, a month or a weekday is no place ("Muertos 12", "Mayo 5"). A name its
    kind of area names ("la province de Kessby (103)") or that opens the item with a
    bracket or "with" after a copula ("sont Norvale avec 394 morts") is one too; before a
    colon, only a name its kind of area names ("Province de Kessby : 103"), not "Bilan : 632"."""
    if tag := _HASHTAG_ITEM.match(after):
        # "fallecieron 94 #Norvale, 71 #Kessby": a post's place tags after the figures
        tokens, after = [tag.group(1)], after[tag.end() :]
        if not _ITEM_END.match(after):
            return None
    elif (
        _ITEM_TAIL.search(before[-24:])
        and not lone_word_no_place(before[-80:], code, _time_words())
        and (m := _ITEM_NAME.search(before[-80:]))
    ):
        bracket = m.group("close") == "(" and after.lstrip().startswith(")")
        if not (bracket or _ITEM_END.match(after)) or not _item_named(m):
            return None  # (a bracket ends its item: "in Kessby (10) gezählt")
        tokens = m.group("name").split()
    else:
        return None
    if noun_concept(tokens[0], code) is not None or tokens[0].lower() in _time_words():
        return None
    if tokens[0].lower() in lang_vocab(code).articles:
        return None  # "..., La 12": an article opening a sentence's words, not a name
    return item_key(tokens)


def item_key(words: list[str]) -> str | None:
    """The place key of a list item's name ("Provincia de Lindora" -> "in lindora": a
    kind of area's word and the preposition after it say no name); None when no name is
    left. Shared by the items of a sentence (bare_item) and of lines (lists.list_line)."""
    while words and (not _key(words[0]) or words[0].lower() in _CONNECTORS):
        words = words[1:]
    key = " ".join(k for t in words if (k := _key(t)))
    return f"in {key}" if len(key) > 1 else None


def _item_named(m: re.Match) -> bool:
    """Whether a match of _ITEM_NAME is a list item's place: a kind of area it names is one
    (not "Séisme d'Arvel"); with no separator before it (a sentence's first words, a
    copula), only a name "with" joins to its figure or its kind of area names ("Bilan (1200
    morts)" is no place); before a colon only one its kind of area names."""
    area, close = m.group("area"), (m.group("close") or "").strip()
    if area and not _is_admin(area):
        if m.group("bare") is None:
            return False  # "Séisme d'Arvel :"
        area = None  # "Pedro Arvel": a name's first word, not a kind of area ("Kreis Arvel")
    if kind := m.group("kind"):
        if not _is_admin(kind):
            return False  # "Norvale said:"
        area = area or kind  # "Norvale province: 40"
    if close == ":":
        return bool(area)
    return bool(m.group("sep") or area or close not in ("", "("))


def whole_count(before: str, code: str) -> bool:
    """Whether the figure's clause says it counts every place together after the last place
    it names ("In X starben 20 Menschen, bundesweit waren es 45", "in the capital 85 died,
    while nationwide the toll reached 1,250"): a total word (units.toml [scope]
    total_words) since the clause began, with no place named after it ("insgesamt starben
    in X 40" is X's)."""
    words = _total_word_in()  # most clauses hold no total word: told without the pattern
    if sentence_lacks(words, before) or words.search(before[-200:].lower()) is None:
        return False  # (in a sentence of many figures, by one scan of it for them all)
    clause, cut = clause_before(before, 200)
    found = None
    for found in _total_words().finditer(clause):  # noqa: B007 - the loop keeps the last
        pass
    if found is None:
        return False
    rest = clause[found.end() :]
    lv = lang_vocab(code)
    if any(_place_at(m, rest, lv, False) for m in _PREP.finditer(rest)):
        return False
    # the total word must stand apart from the place before it, past a comma, a figure or
    # an "and" ("in X 12 died, and in total 40"): "im Raum X auf insgesamt 18" is X's total
    head = clause[: found.start()]
    last = -1
    for m in _PREP.finditer(head):
        if _place_at(m, head, lv, False):
            last = m.end()
    if last < 0 and cut is not None:
        return True  # "In X, 300 died; in all, 1,300": a clause of its own
    return bool(_APART.search(head, max(0, last)))


# what sets a total word apart from the place before it
_APART = re.compile(
    r"[,;\d]|(?<!\w)(?:and|und|y|e|et|while|whereas|mientras|während|wohingegen|mentre|enquanto"
    r"|tandis|terwijl|en|i|a|dok|ed)(?!\w)"
)


@cache
def _total_word_list() -> tuple[str, ...]:
    return tuple(vocab().raw["scope"]["total_words"])


@cache
def _total_word_in() -> re.Pattern:
    """Any total word as a plain substring (`w in text` for each, in one scan)."""
    return re.compile(literal_trie(_total_word_list()))


@cache
def _total_words() -> re.Pattern:
    words = sorted(_total_word_list(), key=len, reverse=True)
    return re.compile(r"(?i)(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


def _area_later(text: str, lv: LangVocab) -> tuple[str, ...]:
    """A kind of area with its name later in the sentence, when the figure's clause names no
    place ("Al menos 23 personas murieron, ..., tras las lluvias en la provincia de
    Borvia"): where the event counted happened. Only an area said to be one ("provincia",
    "Kreis", "district"): a bare name later in the sentence is too often something else."""
    text = text[: m.start() if (m := _DIGIT.search(text)) else len(text)]  # the next figure's
    if not _admin_pattern().search(text):
        return ()  # most sentences name no kind of area: one pass in C before the loop
    for m in _PREP.finditer(text):
        if _SAID.search(text, 0, m.start()):
            break  # "..., said officials in the province of X": where the speaker is
        if m.group(1).lower() not in lv.places or not (place := _place_at(m, text, lv, False)):
            continue
        admin = _ADMIN_OF.match(text, m.end())
        area = admin.group() if admin else " ".join(text[m.end() :].split(None, 2)[:2])
        # the first place named decides: an area ("im Landkreis Lindenau" too), or a name
        # that may be a street or a building as well as a town, and then none
        return (place,) if place != "+" and _is_admin(area) else ()
    return ()


_DIGIT = re.compile(r"\d")


_PREP = re.compile(r"(?<!\w)([^\W\d_]+)\s+")
# "in ihrer Region", "in its district", "en su provincia": the area of whoever speaks
_THEIR_AREA = re.compile(
    r"(?i)\s*(?:in|im|en|em|dans|nella|nel|na|no|within)\s+(?:ihrer|ihrem|seiner|seinem|their|its"
    r"|su|sua|seu|leur|sa|son|loro|hun|zijn)\s+(\w+)"
)


def _owner_place(before: str, lv: LangVocab) -> str | None:
    """The first place the sentence names ("Die Polizei von Kessenau"), with "of" too when an
    office or a body stands before it ("el alcalde de X"; "el lamento de X" names a
    person)."""
    for m in _PREP.finditer(before):
        place = _place_at(m, before, lv, True)
        if not place or place == "+":
            continue
        if m.group(1).lower() in lv.places or _is_body(before[: m.start()], lv.code):
            return place
    return None


_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")


def _is_body(text: str, code: str) -> bool:
    """Whether `text` ends on a word for an office or a body that speaks for a place (the
    speakers' roles and groups: "Polizei", "alcalde", "Polizeipräsidium")."""
    m = _LAST_WORD.search(text[-40:])
    if m is None:
        return False
    word, lex = m.group(1).lower(), _lexicon(code)
    return word in lex.heads or word in lex.org_words or word.endswith(lex.group_suffixes)


# a reporting verb after a place: the place is the speaker's, not the count's
_SAID = re.compile(
    r"(?i)\b(?:said|says|told|reported|announced|confirmed|dijo|informó|afirmó|anunció|declaró"
    r"|disse|informou|anunciou|afirmou|declarou|revelou|adiantou|annonce|a indiqué"
    r"|erklärte|ha annunciato|ha comunicato"
    r"|ha detto|ha riferito|a déclaré|a annoncé|sagte|teilte|berichtete|meldete|zei|meldde"
    r"|rekao|izjavio|saopštio)\b"
)
_APPOSITION = re.compile(r"\s*,\s*")
# a place's own bare figure right after it, ending a list item: "ad Arvello 7, ..."
_ITEM_AFTER = re.compile(r"\s*(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d[\d.,]*)\s*[,;:]")
# what opens the reported speech after a speaker's place: "... in Lindora, that 24 died"
_THAT = re.compile(r"(?i)\s*,?\s*(?:that|que|dass|che|qu['’]|dat|da)\b")


def _name_end(text: str, at: int) -> int:
    """Where the place name a preposition opens at `at` ends ("la sede, em Oeiras, que")."""
    name = _NAME.search(text, at, at + 60)
    return name.end() if name else at


# a figure opening an item of a list, right before a place: "..., 9 en la capital, "
_LIST_ITEM = re.compile(
    r"(?:^|[,;])\s*(?:[^\W\d_]+\s+)?(?!(?:19|20)\d\d\b)(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+"
    r"|\d[\d.,]*)\s+(?:[^\W\d_]+\s+)?$"
)  # (not a year: "2021 starben in Lindenau 40 Menschen"; "80 000": a figure grouped by spaces)
_ACRONYM = re.compile(r"\s*\(([A-ZÀ-Ý]{2,6})\)")
_COPULAS = frozenset({"son", "sont", "são", "sono", "zijn", "sind", "su", "eran", "erano"})
# "en la provincia de Valdoria": up to two lower-case words, then the name after "de"
_ADMIN_OF = re.compile(
    r"(?:(?:la|le|l'|el|a|o|the|die|der|de|het)\s+)?(?:[a-zà-ÿ]+\s+){1,3}?"
    r"(?:(?:de|di|of|von|do|da|du|del|della|van)\s+(?:(?:la|el|los|las|the)\s+|l['’])?"
    r"|d['’]|dell['’])(?=[A-ZÀ-Ý])"
)  # (elided before a vowel: "la province d'Arvel", "la région de l'Arvel", "dell'Arvel")
# "to" (Spanish "al barrio de X", French "à la commune de X"): a place when an area follows
_TO = frozenset({"a", "al", "à", "au", "ao"})


def _is_admin(phrase: str) -> bool:
    """Whether a phrase ("el barrio de ") names a kind of area (units.toml [scope])."""
    return any(w in _admin_words() for w in phrase.lower().split())


# more names before the "and" of a list: "en Lorvia, Kessby y Arden", "in X, Y, Z and W"
_NAMES_AND = re.compile(
    r"(?:\s*,\s*[A-ZÀ-Ý][\w-]*(?:\s+[A-ZÀ-Ý][\w-]*){0,2}){1,5}\s*,?\s+"
    r"(?:und|and|y|e|et|ed|i|en)\s+[A-ZÀ-Ý]"
)
# a name's country in apposition: "Lorvia, España, ...", "Lorvia, Spain."
_COUNTRY_AFTER = re.compile(
    r"\s*,\s*([A-ZÀ-Ý][\w-]*(?:\s+[A-ZÀ-Ý][\w-]*){0,2})\s*(?:[,.;:)]|\s+[a-zà-ÿ]|$)"
)
_OF_NAME = re.compile(r"\s+(?:von|de|di|of|do|da|du|del)\s+[A-ZÀ-Ý][\w-]*\s*")
# a second place joined to the first: "in Ardania and Belmar", "en Valdora y Cuenca"
_AND_NAME = re.compile(
    r"(?:und|and|y|e|et|en|i|ed)\s+(?:(?:in|im|en|em|a|ad|dans|u|na|no|nos|nas|nel|nella|nelle|nei"
    r"|negli|au|aux|à)\s+)?[A-ZÀ-Ý]"
)


# the last of joined places with its own figure in brackets: " et à Arvel (347)"
_OWN_FIGURE = re.compile(
    r"\s*(?:,\s*|(?:und|and|y|e|et|en|i|ed)\s+)(?:[^\W\d_]{1,5}\s+)?"
    r"[A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*){0,2}\s*\(\s*\d"
)


def _place_after(text: str, lv: LangVocab) -> str | None:
    """A place right after the counted words ("48 vecinos de Torralba"), or one a
    preposition names later in the figure's segment ("30 de ellos se hallaron en
    Belmar")."""
    full = text = text.lstrip()
    seg = _PLACE_END.search(text)
    text = text[: seg.start() if seg else len(text)]
    copula = False
    # a few words on ("dos muertes por golpe de calor durante trabajos en X"); fewer
    # in German, whose capitalised nouns read as names ("aus Protest")
    reach = 5 if lv.code == "de" else 7
    for k, m in enumerate(_PREP.finditer(text)):
        if k > reach:
            break
        # "70 muertos son de la provincia de Belmar": "de" after a copula names a place
        found = _place_at(m, text, lv, k == 0 or copula)
        if found == "+" and _OWN_FIGURE.match(full, name_end := _name_end(full, m.end())):
            # "à Norvale et à Arvel (347)": the last place has a figure of its own, the
            # first is this figure's
            found = _place_at(m, full[:name_end], lv, k == 0 or copula)
        copula = k == 0 and m.group(1).lower() in _COPULAS
        if found and _JOINED.search(text, 0, m.start()) and _figure_at(full, m.end(), lv.code):
            return None  # "im Kreis X auf 17 und im Kreis Y auf drei": Y is the next item's
        if found and found != "+" and _NAMES_AND.match(full, _name_end(full, m.end())):
            return "+"  # "95 personas en Lorvia, Kessby y Arden": past the segment's comma
        if found:
            return found
    return None


# "and" or a comma right before a preposition: a place that opens the next item of a list
_JOINED = re.compile(r"(?:,|(?<!\w)(?:und|and|y|e|et|ed|i|u|en|sowie))\s*$")
# the figure of a list item after its place: "im Kreis Y auf sechs", "in Y 45", "en Y, 45"
_ITEM_FIGURE = re.compile(r"[^\W\d_][\w’'-]*(?:-[\w]+)*[\s,:]+(?:[^\W\d_]{2,4}\s+)?(\d|[^\W\d_]+)")


def _figure_at(text: str, at: int, code: str) -> bool:
    """Whether a figure follows the place name a preposition opens at `at` (after one short
    word: "auf", "con", "with"): the place is a list item's own, not the figure's before."""
    rest = _ARTICLE.sub("", text[at : at + 60], count=1)
    m = _ITEM_FIGURE.match(rest)
    while m is None and rest[:1].isupper() and len(parts := rest.split(None, 1)) > 1:
        rest = parts[1]  # a name of several words: "Ciudad Real 45"
        m = _ITEM_FIGURE.match(rest)
    if m is None:
        return False
    if m.group(1).isdigit():
        return True
    try:
        from text_to_num import text2num

        return text2num(m.group(1).lower(), code if code != "hbs" else "en") > 0
    except (ValueError, KeyError, TypeError):
        return False


_ARTICLE = re.compile(r"(?i)^(?:der|dem|den|die|el|la|los|las|le|les|l'|il|lo|o|a|os|as|the)\s+")


def _place_at(m: re.Match, text: str, lv: LangVocab, of: bool) -> str | None:
    """The place a preposition at `m` names: 'in NRW' -> 'in nrw', 'im Kreis Tebrik' ->
    'in tebrik', 'dans le nord' -> 'north'; with `of`, right after the counted words,
    also 'de Torralba' ("48 vecinos de Torralba")."""
    # "A Lorvy, ...": French capitals often drop the accent of "à"
    prep = "à" if m.group(1) == "A" and lv.code == "fr" else m.group(1).lower()
    rest = text[m.end() :]
    if prep in _TO and (admin := _ADMIN_OF.match(rest)) and _is_admin(admin.group()):
        pass  # "7 al barrio de la Ermita", "à la commune de X": "to" a named area is in it
    elif prep not in lv.places and not (of and prep in ("de", "di", "von")):
        return None
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
        # "en la provincia de Valdoria", "dans la région de Vallon": the name after "de"
        rest, first = rest[admin.end() :], rest[admin.end() :].split(None, 1)[0]
    if article_name := _ARABIC_ARTICLE.match(first):
        first = first[article_name.end() :]  # "à al-Kessa", "in el-Arden": the name after it
    name = _NAME.match(rest[rest.find(first) :] if first else "")
    if not name:
        # "nei comuni laziali", "dans le seul défilé lyonnais": a place's adjective
        return _adjective_after(rest[rest.find(first) :] if first else "", lv.code)
    if noun_concept(name.group().split()[0], lv.code) is not None:
        # "für Menschen mit ...": a counted noun names no place, unless a name joins it
        # ("en el Estado de Norvale": a state, though "estados" are counted too)
        joined = _FULL_NAME.match(rest, rest.find(first))
        if lv.code == "de" or not joined or len(joined.group().split()) < 3:
            return None
    tokens = name.group().split()
    if prep in ("de", "di", "von") and (tokens[0].isupper() or len(tokens[0]) < 3):
        return None  # "los muertos de la DANA": an event, not a place
    one_noun = len(tokens) < 2 and _key(tokens[0]) == tokens[0].lower().strip("’'.,")
    if lv.code == "de" and (article or prep == "im") and one_noun and not is_country(tokens[0]):
        # "im Verlauf", "in der Nacht": German nouns are capitalised ("im Lindenau-Kreis"
        # names its kind of area)
        return None
    following = rest[rest.find(first) + name.end() :]
    if (short := _ACRONYM.match(following)) and short.group(1)[0] != tokens[0][0]:
        return None  # "el Sistema Nacional de Alerta Temprana (SNAT)": part of a longer name
    if _AND_NAME.match(following) or _NAMES_AND.match(following):
        # "in NRW und Rheinland-Pfalz", "en Lorvia, Kessby y Arden": a combined figure
        return "+"
    if (land := _COUNTRY_AFTER.match(following)) and land.group(1).lower() in _country_names():
        # "las inundaciones en Lorvia, España, han dejado 95 muertos": the event's place
        # told with its country for readers anywhere, not a part of its toll
        return "+"
    # German capitalises nouns: after a bare "in" the first name is the place ("in
    # Kessenau Zahl der Verletzten"); after an article the last ("im Kreis Tebrik")
    bare_de = lv.code == "de" and not article and prep == "in"
    named = [t for t in tokens if _key(t)] or tokens  # "Kreis Tebrik": the name
    key = _key(named[0] if bare_de else named[-1])
    if lv.code != "de":
        # a name keeps all its words ("Marlow Tower", "São Lourenço", "Ciudad de
        # México"), so one place has one key and a story named after it knows it as its own
        full = _FULL_NAME.match(rest, rest.find(first)) if first else None
        whole = words = full.group().split() if full else tokens
        while words and not _key(words[0]):
            words = words[1:]  # "Provincia de Lindora": the kind of area says no name
        while words and words[0].lower() in _CONNECTORS:
            words = words[1:]
        if words is not whole and " ".join(words).lower() in _country_names():
            # "Estado de México" is a state of the country, not the country
            key = " ".join(w.lower() for w in whole)
        else:
            key = " ".join(k for t in words if (k := _key(t))) or key
    if _POSSESSIVE_END.sub("", tokens[0].lower()) in _time_words():
        return None  # "in Saturday's march", "In May": a time, not a place
    return f"in {key}" if len(key) > 1 else None


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
    area it is ("Rhein-Sieg-Kreis" -> "rhein-sieg"); subjects.py merges "bad-tebrik"
    with "tebrik" and "nordrhein-westfalen" with "nrw"."""
    admin = _admin_words()
    parts = [p for p in name.strip("’'.,").lower().split("-") if p and p not in admin]
    return "-".join(parts)


@cache
def _admin_pattern() -> re.Pattern:
    """Any word naming a kind of area, as a whole word in any case."""
    words = sorted(_admin_words(), key=len, reverse=True)
    return re.compile(r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


@cache
def _admin_words() -> frozenset[str]:
    """Words naming a kind of area ("Kreis", "provincia"): units.toml [scope]."""
    return frozenset(vocab().raw["scope"]["admin_words"])
