"""The parts of a count of people, in every language read: a figure that counts some of a
count ("among the dead, 12 were residents", "seis dos quais bombeiros", a list after "entre
os quais"), those hurt badly, a group ("30 feridos civis"), the dead found in one kind of
place or dead of one cause. What a figure counts as a whole is claims/counted_lang.py.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kfactcheck.claims.places import _total_words, clause_before
from kfactcheck.claims.severity import severe_pattern
from kfactcheck.grammar.vocab import PEOPLE, kind_key, lang_vocab, noun_concept, stem, vocab

if TYPE_CHECKING:
    from kfactcheck.model import Claim

# a word: letters, with inner apostrophes and hyphens ("l’abri", "Emilia-Romagna")
WORD = re.compile(r"[^\W\d_](?:[\w’'-]*\w)?")


@cache
def generic_stems(code: str) -> frozenset[str]:
    """The stems of the nouns for people as such ("personas", "Menschen"): units.toml."""
    return frozenset(stem(w, code) for w in vocab().raw["languages"][code]["generic"])


# "Unter den Toten sind neun Urlauber", "Tra i feriti, tre sono gravi", "Entre as vítimas,
# 12 foram identificadas": the clause opens on the count the figure is a part of
# (after a total word or a verb of being at most: "Insgesamt sind unter den Toten 12 Kinder",
# "In all there were among the dead 12 children")
_AMONG_LEAD = (
    r"(?:(?:insgesamt|sind|waren|ist|war|befinden|befanden|sich|auch|there|are|were|is|was"
    r"|also|overall|altogether|in\s+all|au\s+total|en\s+total|no\s+total|ao\s+todo|in\s+tutto"
    r"|in\s+totale|figurent|figuraient|hay|había|habían|estão|estavam|há|havia|ci\s+sono"
    r"|c['’]erano|sono|erano|zijn|er|in\s+totaal|ukupno)\s+){0,3}"
)
_AMONG = re.compile(
    r"(?i)(?:^|[,;:]\s*)" + _AMONG_LEAD + r"(?:among|unter|entre|tra|fra|parmi|onder|među|od)\s+"
    r"(?:the|den|der|los|las|os|as|i|gli|le|les|de|ihnen)?\s*([^\W\d_]{3,})\b[^.;:]*$"
    # "Del total de los muertos, 40 son mujeres": of all of them, so many
    r"|(?:^|[.;:]\s*)(?:del\s+total\s+de|of\s+(?:all\s+)?|von\s+den|dei|degli"
    r"|delle|des|de)\s+(?:los|las|the|i|gli|le|les|os|as)?\s*([^\W\d_]{3,})\s*,[^.;:]*$"
)
# "ocho de las víctimas", "due dei feriti", "12 of the dead", "zwölf der Toten": a part
_OF_THE_WORDS = r"(?:of\s+the|de\s+l[oa]s|dei|degli|delle|des|dos|das|der|van\s+de|od)"
_PARTITIVE = re.compile(r"(?i)\s+" + _OF_THE_WORDS + r"\s+([^\W\d_]{3,})\b")
# "12 children among the dead", "12 Kinder unter den Toten": a part, its noun before "among"
_AMONG_AFTER = re.compile(
    r"(?i)(?P<own>\s+(?:[^\W\d_]+\s+){1,2}?)(?:among|unter|entre|tra|fra|parmi|onder|među)\s+"
    r"(?:the|den|der|los|las|os|as|i|gli|le|les|de)\s+(?P<whole>[^\W\d_]{3,})\b"
)


def partitive(after: str) -> bool:
    """Whether the words after a figure make it some of a count ("6 das vítimas")."""
    return _PARTITIVE.match(after) is not None


# "five of the six firefighters", "cinco dos seis bombeiros": a bare figure (one word) and
# the words that make it a part of the count the next figure names (part_of_next reads
# the span from the first figure's start to the second's)
PART_OF_NEXT = re.compile(r"(?i)[^\W_]+\s+" + _OF_THE_WORDS + r"\s+")
WHOLES = frozenset({"deaths", "injured", "missing", "evacuated", "people"})
# a clause opening on "among these" or a pronoun for a count before it (lists.among_these)
AMONG_THESE = re.compile(
    r"(?i)^\W*(?:entre\s+(?:estos|estas|ellos|ellas|eles|elas|estes)|among\s+(?:them|these|those)"
    r"|parmi\s+(?:eux|elles|ceux-ci|celles-ci)|darunter|unter\s+ihnen|tra\s+(?:questi|queste|loro)"
    r"|fra\s+(?:questi|queste|loro)|onder\s+(?:hen|deze)|među\s+njima)\b"
    # "Desses, 11 são menores", "Desse total, 40 são mulheres": some of those, by a pronoun
    r"|^\W*(?:d[eo]ss[ea]s|d[eo]st[ea]s|deles|delas|de\s+(?:estos|estas|ellos|ellas|esos|esas)"
    r"|(?:desse|deste|do|del|de\s+ese|de\s+este|sur\s+ce|of\s+th(?:is|at|e))\s+total"
    r"|of\s+(?:them|these|those)|parmi\s+(?:ceux-ci|celles-ci)|von\s+(?:ihnen|diesen)"
    r"|di\s+(?:questi|queste|loro)|daarvan|van\s+hen)\s*,"
)

# "ocho de las cuales", "eight of whom", "otto dei quali": some of those just named (the
# comparison reads a figure so worded as one whose noun is borrowed: analyse/kinds.py)
OF_THEM = re.compile(
    r"(?i)\s+(?:de\s+l[oa]s\s+cuales|of\s+(?:whom|which|them)|de\s+ell[oa]s|dei\s+quali"
    r"|delle\s+quali|di\s+loro|dos\s+quais|das\s+quais|deles|delas|d'entre\s+(?:eux|elles)"
    r"|davon|von\s+ihnen|van\s+wie|van\s+hen|od\s+njih)\b"
)


# a figure's own words end at a stop, a figure or a word after its noun that opens a part
# of it ("140 blessés dont neuf graves": the serious are the nine, not the 140; "40 of
# them critically" opens on its own part)
_OWN_WORDS_END = re.compile(
    r"(?i)[.,;:!?()]|\d|(?<=\w)\s+(?:dont|of\s+(?:whom|which|them)|including|among\s+them|davon"
    r"|darunter|di\s+cui|tra\s+cui|de\s+l[oa]s\s+cuales|incluid[oa]s|d[oa]s\s+quais"
    r"|entre\s+(?:ell[oa]s|os\s+quais|as\s+quais|eles|elas)|parmi\s+(?:eux|elles|lesquel)"
    r"|waarvan|waaronder|od\s+kojih)\b"
)


def other_kind(whole: str, family: str) -> bool:
    """Whether `family`, read for a figure after "of which" that follows a count of `whole`,
    is a kind of its own rather than a part of that count: a family of people that is not
    the whole's ("610 interpellations, dont 402 gardes à vue" counts those held)."""
    families = vocab().families
    kind = family.partition(":")[0]
    return (
        kind != whole.partition(":")[0]
        and kind in families
        and kind not in ("people", "crowd")
        and families[kind].unit == "people"
    )


# the part before's own predicate (a few words), then "and": "50 são mulheres e 40 homens"
_AND_ONLY = re.compile(r"(?i)(?:\s+[^\W\d_]+){0,3}\s*,?\s*(?:and|et|und|y|e|ed|en|i)\s+")


def next_part(previous: Claim, family: str, between: str) -> str | None:
    """The part a figure of people named by its own noun ("30 homens") is when "and" alone
    joins it to a part of a count before it ("40 são mulheres e 30 homens", "among the dead
    were 12 women and 9 men"): that count's part, named by its noun; else None."""
    if ":" in family or not family or not _AND_ONLY.fullmatch(between):
        return None
    whole, colon, rest = previous.terms[0].partition(":")
    families = vocab().families
    if not colon or rest.split(" ", 1)[0] in ("serious", "projected", "added", "not"):
        return None
    if whole not in families or families[whole].unit != "people" or family in families:
        return None
    return f"{whole}:part {family}"


def subset_of(before: str, after: str, family: str, code: str) -> str | None:
    """The family with ':part' (or 'injured:serious') when the figure counts some of a
    count ("among the dead, 12 were residents"), else None. A part is never the whole:
    the caller keeps it for figures with no place of their own (a place makes its own
    part)."""
    if family.partition(":")[0] in _FOUND_WHOLES and (where := _found_in(after, code)):
        return f"{family}:found {where}"  # "8 dos mortos foram encontrados em casas"
    if family == "deaths" and (cause := _died_of(after, code)):
        return f"deaths:of {cause}"  # "3 idosos morreram por intoxicação"
    clause = clause_before(before, 120)[0]
    whole = None
    # past its start, _AMONG begins only at a stop or comma: without one, it is tried once
    among = _AMONG.search if any(map(clause.__contains__, ",;:.")) else _AMONG.match
    if (m := among(clause)) or (m := _PARTITIVE.match(after)) or (m := _AMONG_AFTER.match(after)):
        named = m["whole"] if m.re is _AMONG_AFTER else m.group(1) or m.group(2)
        whole = noun_concept(named, code)
    kind = family.partition(":")[0]
    if (
        m is not None
        and m.re is _AMONG
        and m.group(1)  # "among", not "De hecho, de la cifra..."
        and whole in (PEOPLE, None)
        and family in _HAPPENED  # "Entre ellos hay 9 turistas": already the toll's part
        and m.group(1).lower() not in _THEM
        and not OF_THEM.match(after)  # "sete deles em estado grave": of the count
    ):
        # "Entre os socorristas, 10 feridos", "among the residents, 30 were hurt": the hurt
        # or dead of one group of people, named by its noun
        noun = m.group(1).lower()
        if whole == PEOPLE or code == "en" or len(noun) > 4:
            return f"{family}:part {kind_key(noun, code)}"
    if whole is None and (listed := _listed_among(clause, code)):
        # "90 feridos, entre os quais 70 civis, 12 bombeiros": each a part of the count
        # before the list, named by its own noun ("70 civis" took that count's cue)
        whole, m = listed
        if kind in group_families() and kind != whole:
            return f"{whole}:part {kind}"
        if kind not in (whole, PEOPLE) and noun_concept(_first_word(after), code) != PEOPLE:
            return None  # "90 injured, including 2 in Norvale": not a part named by who
        if other_kind(whole, family):
            return None  # "incluidos cinco niños, y 90 personas siguen desaparecidas"
        return f"{whole}:{part_name(after, code)}"
    # the figure's own words: "41 feridos, três deles em estado grave" is not 41 hurt badly
    severe = None  # (read only for the injured: what else is hurt badly)
    if "injured" in (kind, whole):
        seg = _OWN_WORDS_END.search(after, 0, 60)  # bounded: only 60 characters are read
        severe = severe_pattern(code).search(after[: seg.start() if seg else 60][:60])
    if (them := OF_THEM.match(after)) and kind in WHOLES and ":" not in family:
        # "seis de las cuales fallecieron de otras causas" ("44 deles identificados" counts
        # the identified: a kind of its own); "três deles em estado grave": hurt badly
        if kind == "injured" and severe:
            return "injured:serious"
        return f"{kind}:{part_name(after[them.end() :], code)}"
    if whole is None and kind == "injured" and family == kind and severe:
        return "injured:serious"  # "Nove i feriti gravi", "zwei Schwerverletzte"
    families = vocab().families
    if whole is None or whole not in families or families[whole].unit != "people":
        return None
    if kind == whole and ":" in family:
        return None  # "del total de los muertos, 40 son mujeres": already a part
    if whole == "injured" and severe:
        return "injured:serious"  # "tra i feriti, quattro sono in gravi condizioni"
    if kind in group_families() and kind != whole:
        return f"{whole}:part {kind}"  # "unter den Verletzten sind 13 Feuerwehrleute"
    if kind in families and kind not in (whole, "people"):
        return None  # "among the dead, 31 have been identified": a count of its own kind
    # "unter den Toten sind neun Urlauber": a part named by its own noun, else by what
    # its predicate says of it
    if kind and kind not in families and kind != PEOPLE:
        return f"{whole}:{kind}"
    rest = after[m.end() :] if m.re is _PARTITIVE else after
    if m.re is _AMONG_AFTER:
        rest = m["own"]  # "12 children among the dead": its own noun only
    return f"{whole}:{part_name(rest, code)}"


@cache
def group_families() -> frozenset[str]:
    """Families that name who people are (troops, firefighters): data/units.toml [groups]."""
    return frozenset(vocab().raw["groups"]["families"])


@cache
def _among_whom(code: str) -> re.Pattern[str] | None:
    """'entre os quais', 'darunter', 'including' (data/units.toml [among_whom]), opening a
    list that runs on to the figure: figures, their nouns, commas and 'and'."""
    words = sorted(vocab().raw["among_whom"].get(code, ()), key=len, reverse=True)
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?i)(?<!\w)(?:{alternation})\s+((?:[^.;:()]|\.(?=\d))*)$")


@cache
def _ascii_among(code: str) -> tuple[str, ...]:
    """The words of _among_whom(code) written in ASCII, lower-cased."""
    return tuple(w.lower() for w in vocab().raw["among_whom"].get(code, ()) if w.isascii())


def _listed_among(clause: str, code: str) -> tuple[str, re.Match[str]] | None:
    """(the family of the count an "among them" list belongs to, the list's match): the
    count named by the last known noun before the list ("90 feridos, entre os quais"), or
    by a cue of its verb ("35 saíram feridos, entre os quais")."""
    pattern = _among_whom(code)
    if clause.isascii() and not any(map(clause.lower().__contains__, _ascii_among(code))):
        return None  # most clauses: none of the words, told without trying the pattern at
        # each of their characters (a word not all ASCII matches no ASCII text)
    m = pattern.search(clause) if pattern else None
    if m is None or any(len(WORD.findall(x)) > 4 for x in _FIGURES.split(m.group(1))):
        return None  # "dont 45 000 à Norvale, alors que les organisateurs annonçaient": no list
    head = clause[: m.start()]
    families = vocab().families
    for w in reversed(WORD.findall(head)[-6:]):
        fam = noun_concept(w, code)
        if fam in families and families[fam].unit == "people" and fam not in group_families():
            return fam, m
    low = head[-60:].lower()
    best: tuple[int, str] | None = None
    if code == "en":
        # "police arrested 45 people, including": the verb of the families' `verbs`
        for fam, family in families.items():
            for verb in family.verbs if family.unit == "people" else ():
                for found in re.finditer(rf"(?<!\w){re.escape(verb)}(?!\w)", low):
                    if best is None or found.end() > best[0]:
                        best = (found.end(), fam)
        return (best[1], m) if best else None
    for literal, fam, cue in lang_vocab(code).cues:
        for found in cue.finditer(low) if literal in low else ():
            if families[fam].unit == "people" and (best is None or found.end() > best[0]):
                best = (found.end(), fam)
    return (best[1], m) if best else None


_FIGURES = re.compile(r"\d[\d\s.,\u00a0\u202f]*")


def _first_word(after: str) -> str:
    m = WORD.search(after[:40])
    return m.group() if m else ""


def part_name(rest: str, code: str) -> str:
    """What a part of a count is, from its predicate: 'part' and the stems of the first two
    content words after its verb ("70 eran de nacionalidad lorviana" -> 'part nacional
    lorvian', "otros 9 tenían 4 nacionalidades distintas" -> 'part nacional distint'),
    so that victims aged over 70 and victims of another nationality are two quantities.
    Just 'part' when the predicate names nothing."""
    if code == "en":
        stop, ands, generic = vocab().stop, AND_WORDS["en"], frozenset({"people", "person"})
    else:
        stop, ands = lang_vocab(code).stop, AND_WORDS.get(code, frozenset())
        generic = generic_stems(code)
    seg = _PART_END.search(rest)
    words: list[str] = []
    found = WORD.findall(rest[: seg.start() if seg else 100][:100])
    if (who := _copula_who(found, code)) is not None:
        return f"part {who}"  # "6 of the dead found near Kessby were pupils"
    if found and found[0].lower() not in stop and noun_concept(found[0], code) is None:
        found = found[1:]  # the predicate's verb ("tenían", "fallecieron"; "eran" is a stop)
    for w in found:
        low = w.lower()
        if low in ands:
            break  # "190 eran españoles y otros 26 ...": the next part
        if low in stop or len(low) < 3 or stem(low, code) in generic:
            continue  # "6 personnes sont en réanimation": people as such name no part
        fam = noun_concept(w, code)
        # "cinco dos quais bombeiros" and "12 Feuerwehrleute" name one part: its family
        words.append(fam if fam in group_families() else kind_key(low, code))
        if len(words) == 2:
            break
    return " ".join(["part", *words])


_COPULA_WORDS = frozenset(
    "were are was is sont étaient était sind waren war son eran era são eram era sono erano"
    " era zijn waren".split()
)


def _copula_who(words: list[str], code: str) -> str | None:
    """The people noun a copula names the part with, past other words of the predicate
    ("found near the old mill were pupils" -> 'pupils'), else None."""
    for i, w in enumerate(words[:-1]):
        if i and w.lower() in _COPULA_WORDS:
            nxt = words[i + 1]
            if noun_concept(nxt, code) == PEOPLE:
                return stem(nxt.lower(), code)
            return None
    return None


# a part's predicate ends at a stop or a bracket; a comma too ("131 son hombres, 85 ...")
_PART_END = re.compile(r"[.,;:!?()]")
# "and" between two parts of a count
AND_WORDS = {
    "en": frozenset({"and", "while", "whereas"}),
    "fr": frozenset({"et", "tandis"}),
    "de": frozenset({"und", "während"}),
    "es": frozenset({"y", "e", "mientras"}),
    "pt": frozenset({"e", "enquanto"}),
    "it": frozenset({"e", "ed", "mentre"}),
    "nl": frozenset({"en", "terwijl"}),
    "hbs": frozenset({"i", "a", "dok"}),
}


# "among them": the count just named, no group of its own
_THEM = frozenset(
    "them these those eux elles ceux ihnen diesen ellos ellas estos eles elas".split()
)
_THEM |= frozenset("estes loro questi hen njih njima".split())
_THEM |= frozenset("whom which quais cuales quali cui lesquels lesquelles denen wie kojima".split())
# what happens to people: a group among whom it happened is a part of its count
_HAPPENED = frozenset({"deaths", "injured", "missing", "evacuated", "rescued"})
_FOUND_WHOLES = frozenset({"deaths"})  # ("the bodies of 40 were found in a truck": often all)


@cache
def _found_pattern(code: str) -> re.Pattern[str] | None:
    """A participle of finding, then a preposition of place (data/units.toml [found_in])
    and, past an article, the place's first word (group 1)."""
    table = vocab().raw["found_in"].get(code)
    if not table:
        return None
    found = "|".join(re.escape(w).replace(r"\*", r"\w*") for w in table["found"])
    at = "|".join(re.escape(w) for w in sorted(table["at"], key=len, reverse=True))
    arts = r"(?:(?:the|their|le|la|les|l'|leurs|der|die|den|dem|el|los|las|sus|o|a|os|as|suas"
    arts += r"|seus|il|lo|i|gli|le|loro|de|het|hun)\s+)*"
    return re.compile(rf"(?i)(?<!\w)(?:{found})\s+(?:{at})\s+{arts}([^\W\d_]{{3,}})")


def _found_in(after: str, code: str) -> str:
    """'cas' for " dos mortos foram encontrados em casas abandonadas": the stem of the place the
    figure's own clause says they were found in, or ''."""
    pattern = _found_pattern(code)
    seg = _PART_END.search(after, 0, 120)
    m = pattern.search(after[: seg.start() if seg else 120][:120]) if pattern else None
    return stem(m.group(1).lower(), code) if m else ""


@cache
def _died_of_table(code: str) -> tuple[re.Pattern[str], frozenset[str]] | None:
    """A verb of dying, a word bringing in its cause, an article, and the cause's first
    word in lower case (group 1), with the stems of the disaster words (data/units.toml
    [died_of])."""
    table = vocab().raw["died_of"].get(code)
    if not table:
        return None
    died = "|".join(re.escape(w) for w in sorted(table["died"], key=len, reverse=True))
    of = "|".join(re.escape(w) for w in sorted(table["of"], key=len, reverse=True))
    arts = r"(?:(?:the|their|its|le|la|les|l'|leurs|der|die|den|dem|el|los|las|sus|o|a|os|as"
    arts += r"|suas|seus|il|lo|i|gli|le|loro|het|hun)\s+)*"
    # (the cause word stands apart from "de": "morreram desde sábado" names no cause "sde";
    # only an elided "d'" runs into it)
    of += r")(?:(?<=['’])|(?!\w)"
    pattern = rf"(?<!\w)(?i:{died})\s+(?i:{of})\s*(?i:{arts})([a-zà-ÿ][^\W\d_]{{2,}})"
    events = frozenset(stem(w, code) for w in table["event"])
    return re.compile(pattern), events


def _died_of(after: str, code: str) -> str:
    """'intoxic' for " idosos morreram por intoxicação com gás": the stem of the cause the
    figure's own clause says they died of, or '' (none, a name, or the disaster itself)."""
    table = _died_of_table(code)
    seg = _PART_END.search(after, 0, 120)
    m = table[0].search(after[: seg.start() if seg else 120][:120]) if table else None
    if m is None or (cause := stem(m.group(1).lower(), code)) in table[1]:
        return ""
    return cause


def part_of_next(first: Claim, second: Claim, sentence: str, a: int, end: int) -> None:
    """A figure before "of the" and another figure ("cinco dos seis bombeiros") counts a
    part of the count the second names (the second stays that count), not the same count
    nor one of its own: the first takes the second's family with ':part'."""
    start = first.start - a
    if (
        start >= 0
        and second.unit not in ("date", "year", "years", "percent")
        and second.terms
        and second.terms[0]
        and isinstance(first.value, float | int)
        and isinstance(second.value, float | int)
        and first.value < second.value
        and PART_OF_NEXT.fullmatch(sentence, start, end)
    ):
        first.terms = (second.terms[0] + ":part", *first.terms[1:])
        first.unit = second.unit


def past_total(previous: Claim | None, between: str) -> bool:
    """Whether a total word stands between the figure before (`previous`, of the same
    sentence) and this one (`between`: the words between them): "Parmi les morts, 12 ...
    et 3 sur la route, au total 40": the 40 is the whole, not one more of the dead the
    sentence opened on. Not a total word before the sentence's first figure ("Insgesamt
    sind unter den Toten 12 Kinder": a part)."""
    return previous is not None and len(between) <= 200 and bool(_total_words().search(between))
