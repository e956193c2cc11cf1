"""Whose a sum of money is and what it is: the money part of a claim's counted thing.

A sum's counted thing is "money:<what>[:<owner>]". WHAT it is comes from the word next to
the figure or the nearest one before it in its clause: pledged, collected, paid, spent,
a target, frozen (data/money.toml), else the older kinds of units.toml (cost, damage,
revenue, ...). WHOSE it is comes from the clause: a name after an owner title ("la famille
Morvan", "die Stadt Köln"), an institution ("le gouvernement", "der Bund"), a named
actor in the clause, or an agent after the figure ("promis par X", "von der Stadt"). A
total ("au total", "insgesamt") is nobody's; a clause that names nobody gives no owner.
So one donor's pledge never meets another's, nor the total, in a finding.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Container, Mapping
from functools import cache

from kfactcheck.claims.moneyestimate import cost_nearer
from kfactcheck.data import load
from kfactcheck.grammar.vocab import literal_trie

_NAME = re.compile(r"[^\W\d_](?:[^\W\d_]|[’'-])*")
_ELIDED = re.compile(r"^(?:[ldLDcCsSjJnNmMtT]|qu|Qu)[’']")  # "C'est" is no name
_CUT = re.compile(r"[.;:!?\n«»\"“”]|\d[\d.,\s]*\d|\d")
# words that make a figure a rate or a total of a list read elsewhere, not an owner
# the words that join the figures of a list ("150 et 90 millions")
_AND = frozenset({"", "et", "and", "und", "y", "e", "en", "i", "ou", "or", "oder", "o", "ili"})
_EACH = re.compile(
    r"(?i)\b(?:respectivement|respectively|respectivamente|rispettivamente"
    r"|respectievelijk)\b"
)
# the kinds whose owner makes another quantity: who gave, collected, paid or lost it
_OWNED = frozenset({"pledged", "collected", "paid", "spent", "target", "frozen", "funding"})
_OWNED |= {"damage", "sum", "pending", "released"}
_RATE_AFTER_EACH = re.compile(
    r"(?i)\b(?:each|every|chaque|jede[nrs]?|cada|ogni|elke|svake?)\s+(?:day|week|month|year|jour|"
    r"semaine|mois|an|année|tag|woche|monat|jahr|día|semana|mes|año|dia|mês|ano|giorno|"
    r"settimana|mese|anno|dag|maand|jaar|dan|tjedan|nedelj[ua]|mjesec|godin[ue])\b"
)
# a short aside between commas right after a sum, before the words that say what it is
_ASIDE = re.compile(r"\s*,\s*[^\W\d_][^,.;:!?()\d]{0,24},\s*(?=(?:de|d['’]|of|von|di|do|da)\b)")
_CONNECT = frozenset({"de", "du", "des", "of", "von", "der", "do", "da", "del", "di", "van"})


# articles between a preposition and its noun, in the languages read
_ARTICLES = frozenset(
    {"the", "a", "an", "le", "la", "les", "l", "un", "une", "der", "die", "das", "den", "dem"}
    | {"des", "ein", "eine", "einen", "el", "los", "las", "una", "o", "os", "as", "um", "uma"}
    | {"il", "lo", "gli", "i", "het", "een"}
)


@cache
def _data() -> dict:
    return load("money")


@cache
def _kinds(code: str) -> dict[str, str]:
    return {w: kind for kind, words in _data()["kinds"].get(code, {}).items() for w in words}


@cache
def _pending(code: str) -> dict[str, str]:
    """The words of _kinds(code) that say a sum is still owed."""
    return {w: k for w, k in _kinds(code).items() if k == "pending"}


@cache
def _phrases(table: str, code: str) -> tuple[str, ...]:
    d = _data()[table]
    return tuple(sorted((*d.get(code, ()), *d.get("all", ())), key=len, reverse=True))


@cache
def _flows() -> dict[str, str]:
    return {w: flow for flow, kinds in _data()["flows"].items() for w in kinds}


_FLOW = "amount"  # the key [flows] gives cost, funding and payment


def money_kind(what: str) -> str:
    """The kind a subject is keyed by: 'cost', 'funding' and 'paid' are one flow ('amount'),
    so a fund's total is one quantity whatever verb carries it."""
    return _flows().get(what, what)


@cache
def _owners() -> dict[str, str]:
    return {w: key for key, words in _data()["owners"].items() for w in words}


def money_what(before: str, after: str, code: str, nouns: Container[str] = ()) -> str | None:
    """The kind money.toml reads for a sum ('pledged', ...), or None: a word in the first few
    after it, else the nearest before it in its clause (None if a cost noun is nearer). A noun
    of `nouns` (units.toml's kinds) after it ends the search there ("a $40 million loan")."""
    kinds = _kinds(code)
    if not kinds:
        return None
    if aside := _ASIDE.match(after):
        after = after[aside.end() :]  # "25 millions, à peu près, de promesses": past it
    after_words = [w.lower() for w in _NAME.findall(_clause_after(after))[:4]]
    own_noun = False
    for i, w in enumerate(after_words):
        two = " ".join(after_words[i : i + 2])
        if two in kinds or w in kinds:
            return kinds.get(two) or kinds[w]
        if w in nouns and w not in _total_words(code):
            if i == 0 and not re.match(r"\s*(?:of|de|d['’]|di|do|da|del|van)\b", after):
                return None  # "the Bank's $40 million loan": the noun the sum names
            own_noun = True
            break  # "10 millions d'aide" after "va débloquer": the verb says what it is
    clause = _without_deducted(_clause_before(before, code)[0], code)
    words = [w.lower() for w in _NAME.findall(clause)]  # (read once for the three tests)
    if _last_kind(clause, _pending(code), words):
        return "pending"  # "aún tiene 318 millones pendientes de pago": not paid, owed
    if (found := _last_kind(clause, kinds, words)) and cost_nearer(clause, code, kinds):
        return None  # "raised its estimate to £4bn": a cost's estimate, not money collected
    if found is None and not own_noun and not _AND.isdisjoint(words):
        # "la famille X a promis 30 millions et la ville 20 millions": the verb of the
        # list's first clause
        head = before[: len(before) - len(clause)]
        m = list(_CUT.finditer(head))
        found = _last_kind(_clause_before(head[: m[-1].start()], code)[0], kinds) if m else None
    return found


@cache
def _deducted_re(code: str) -> re.Pattern | None:
    """'after the rebate', 'nach Abzug des Rabatts': a word of deducting, an article or two,
    then the word of what was deducted (group 1)."""
    words = _phrases("deducted", code)
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(
        rf"(?i)(?<!\w)(?:{alternation})\s+(?:(?:the|its|their|le|la|les|l['’]|der|die|dem|den|des"
        rf"|el|los|las|o|os|a|as|il|lo|gli|het|de)\s*)?([^\W\d_]+)"
    )


def _without_deducted(clause: str, code: str) -> str:
    pattern = _deducted_re(code)
    return pattern.sub(" ", clause) if pattern else clause


def money_total(before: str, after: str, code: str) -> bool:
    """Whether the sum's clause names it a total ("au total", "insgesamt")."""
    low = " " + (_clause_before(before, code)[0] + " " + _clause_after(after)).lower() + " "
    return any(f" {t} " in low or f" {t}," in low for t in _phrases("totals", code))


@cache
def _total_words(code: str) -> frozenset[str]:
    return frozenset(w for t in _phrases("totals", code) for w in t.split())


def _last_kind(clause: str, kinds: dict[str, str], words: list[str] | None = None) -> str | None:
    words = [w.lower() for w in _NAME.findall(clause)] if words is None else words
    for i in range(len(words) - 1, -1, -1):
        two = " ".join(words[i : i + 2])
        if two in kinds or _plain(words[i]) in kinds:
            return kinds.get(two) or kinds[_plain(words[i])]
    return None


def money_owner(before: str, after: str, code: str, what: str) -> str:
    """Whose the sum is, as a key ('morvan', 'government', 'ile-de-france'), or ''."""
    clause, at_start, skipped = _clause_before(before, code)
    tail = _clause_after(after)
    low = (clause + " " + tail).lower()
    if what not in _OWNED:
        # a project's cost or a firm's revenue is one quantity whoever is named near it
        # ("the council approved a budget of", "the line will cost")
        return ""
    if any(f" {t} " in f" {low} " or f" {t}," in low for t in _phrases("totals", code)):
        # "au total", "insgesamt": the total's, not a donor's, unless an agent names
        # whose total it is ("Vom Bund sollen insgesamt 16 Milliarden fließen")
        return _leading_agent(_unsourced(clause, code), code, what)
    givers = _given_by(after, code)
    if givers:
        return f"from {givers}"  # "9 millions auprès de 40 000 particuliers": a part
    if owner := _possessor_after(after, code):
        return owner  # "los 40 millones de Segurval": the insurer's
    kinds = _kinds(code)
    words = list(_NAME.finditer(tail))
    verb = next((m for m in words if _plain(m.group()) in kinds), None)
    if verb is not None:
        # "the £4bn or so the Union pays to us": the subject of the relative clause
        owner = _owner_in(tail[: verb.start()], code, what, False)
        if owner:
            return owner
    done = _subject_part(clause, code)
    for _agent, m in _agents(tail, clause[len(done) :], code):
        # "promis par l'industriel": the agent is named here, or by nobody
        owner = _owner_in(m.group(1), code, what, False, only_first=True)
        words = [w for w in _NAME.findall(m.group(1))[:3] if w.lower() not in _stop(code)]
        return owner or (_fold(words[0]) if words else "")
    if _EACH.search(clause + " " + tail):
        # "Morvan et Lestrade (qui ont promis respectivement 60 et 40 millions)": the
        # list's figures go with its names in order
        names = _owners_listed(_unsourced(clause, code), code)
        return names[skipped] if skipped < len(names) else ""
    owner = _owner_in(_subject_part(_unsourced(clause, code), code), code, what, at_start)
    if not owner and _each(low, code):
        return "each"  # "ont signé chacun un chèque de": one donor's sum, not the total
    if not owner and at_start is False and what in _GIVEN and _no_subject(clause, code):
        # "El Gobierno anuncia ayudas ... pero solo ha pagado 300 millones": a verb of
        # giving with no subject of its own has the sentence's subject
        owner = _owner_in(_subject_part(_unsourced(before, code), code), code, what, True)
    elif not owner and what in _GIVEN and code in _pro_drop():
        # "ya ha abonado la Generalitat 300 millones": the subject after its verb
        rest = clause[len(_subject_part(clause, code)) :]
        verb = _NAME.match(rest)
        owner = _owner_in(rest[verb.end() :], code, what, False, only_first=True) if verb else ""
    if not owner and what == "collected":
        # "11 millions collectés, selon la Fondation X": who tells what it collected is,
        # more often than not, who collected it
        owner = _source_owner(clause + " " + re.split(r"[.;:!?\n]", after[:160])[0], code)
    return owner


# the kinds a verb of giving names: its subject gives the sum
_GIVEN = frozenset({"pledged", "paid", "amount", "funding"})
_OF = re.compile(r"\s*(?:de|del|von|der|di|da|do|du)\s+(?=\w)")  # not "of": "£5m of Belcorp money"


def _possessor_after(after: str, code: str) -> str:
    """'segurval' for "los 40 millones de Segurval": a name (or an owner noun) right
    after the sum's "of", the sum being that owner's. Not a place ("de Valdora" after a
    sum is rare) nor an owner title alone ("de la ciudad")."""
    m = _OF.match(after)
    if m is None:
        return ""
    tokens = [(t.group(), t.start()) for t in _NAME.finditer(after[m.end() : m.end() + 60])]
    if not tokens or not _is_name(tokens[0][0], code) or tokens[0][0].lower() in _ARTICLES:
        return ""
    return _name_from(tokens, 0, code, after_title=False)


def _no_subject(clause: str, code: str) -> bool:
    """Whether the clause before a sum holds a verb of giving and no name or owner, in a
    language that leaves subjects out: "cuando hasta ahora han pagado" (its
    subject is the sentence's)."""
    if code not in _pro_drop():
        return False  # "we don't send": other languages write the subject
    kinds = _kinds(code)
    words = _NAME.findall(clause)
    at = next((i for i, w in enumerate(words) if _plain(w) in kinds), None)
    if at is None:
        return False
    owners = _owners()
    # nor after it: "ya ha abonado la Generalitat 300 millones" names its own payer
    return not any(_is_name(w, code) or w.lower() in owners for w in words)


@cache
def _pro_drop() -> frozenset[str]:
    """Languages that leave a verb's subject out (data/speakers.toml `pro_drop`)."""
    return frozenset(load("speakers").get("pro_drop", ()))


def _given_by(after: str, code: str) -> str:
    """'donateurs' for "2,1 millions d'euros auprès de 8.000 donateurs": whom a sum came
    from, when a phrase of giving follows it right away."""
    low = after.lower()
    for phrase in _phrases("given_by", code):
        m = _phrase_re(r"\s*{}\s*", phrase).match(low)
        if m:
            text = re.sub(r"^[\d.,\s]+", "", after[m.end() : m.end() + 80])
            text = re.split(r"[,;:!?()«»\"“”\d]|\.\s", text)[0]
            words: list[str] = []
            for w in _NAME.findall(text):
                low_w = _plain(w)
                if low_w in _ARTICLES and not words:
                    continue
                if low_w in _stop(code) or len(words) == 2:
                    break
                words.append(_fold(w))
            return " ".join(words)
    return ""


def _source_owner(text: str, code: str) -> str:
    for src in _phrases("sources", code):
        m = _phrase_re(r"(?i)(?<!\w){}\b([^,]*)", src).search(text)
        if m:
            owner = _owner_in(m.group(1), code, "collected", False)
            if owner:
                return owner
    return ""


def _each(low: str, code: str) -> bool:
    """Whether the clause says each donor gave the sum ("ont chacun versé"), not that it is
    paid each week ("each week", "jeden Monat" are rates, read elsewhere)."""
    low = _RATE_AFTER_EACH.sub(" ", f" {low} ")
    return any(f" {w} " in low for w in _phrases("each", code))


def _subject_part(clause: str, code: str) -> str:
    """The clause up to its first word of giving: the owner is its subject ("la famille X
    a promis"), never a recipient after the verb ("we send the EU")."""
    kinds = _kinds(code)
    for m in _NAME.finditer(clause):
        if _plain(m.group()) in kinds:
            return clause[: m.start()]
    return clause


def _leading_agent(clause: str, code: str, what: str) -> str:
    """The owner an agent phrase names anywhere in the clause ("vom Bund", "par l'État"),
    only when it names one (a title, an institution or a name)."""
    for agent in _phrases("agent_after", code):
        for m in _phrase_re(_AGENT, agent).finditer(clause):
            owner = _owner_in(m.group(1), code, what, False, only_first=True)
            if owner:
                return owner
    return ""


def _agents(tail: str, given: str, code: str):
    """Agent phrases naming who gave a sum: after the figure ("promis par X") or after
    the verb of giving before it ("les aides versées par le gouvernement, 900 millions")."""
    kinds = _kinds(code)
    verbs = [m for m in _NAME.finditer(given) if _plain(m.group()) in kinds]
    # before the figure, only after the word of giving nearest it: "ayudas recibidas por
    # los damnificados ... en el abono de 500 millones" is a payment, not what was received
    given = given[verbs[-1].start() :] if verbs else given
    for text in (tail, given):
        for agent in _phrases("agent_after", code):
            m = _phrase_re(_AGENT, agent).search(text)
            # only right after a word of giving: "promis par X", not "unaffected by"
            if m and any(_plain(w) in kinds for w in _NAME.findall(text[: m.start()])[-2:]):
                yield agent, m


def _unsourced(clause: str, code: str) -> str:
    """The clause without its source phrases ("selon X," says who counted, not whose)."""
    for src in _phrases("sources", code):
        clause = _phrase_re(r"(?i)(?<!\w){}\b[^,]*(?:,|$)", src).sub(" , ", clause)
    return clause


@cache
def _phrase_re(shape: str, phrase: str) -> re.Pattern:
    """`shape` with the phrase escaped for {}, compiled once: not rebuilt on every call."""
    return re.compile(shape.replace("{}", re.escape(phrase)))


_AGENT = r"(?i)(?:^|\s){}\s+(.*)"  # an agent phrase and what it names: "par X"
_POSSESSIVE_S = re.compile(r"[’']s$")


def _owner_in(text: str, code: str, what: str, first_word: bool, only_first: bool = False) -> str:
    titles = set(_phrases("titles", code))
    not_owner = set(_phrases("not_owner", code))
    if what == "damage":
        not_owner -= {"in", "im", "en", "dans", "em", "no", "na", "nel", "nella", "u"}
    tokens = [(m.group(), m.start()) for m in _NAME.finditer(text)]
    owners = _owners()
    names: list[str] = []
    titled: list[str] = []  # "le groupe X et la famille Y, qui a promis": the nearest
    for i, (tok, _) in enumerate(tokens):
        if only_first and i > 2:
            break
        low = _POSSESSIVE_S.sub("", tok.lower())  # "the Bank's loan"
        prev = [t.lower() for t, _ in tokens[max(0, i - 3) : i]]
        blocked = _blocked(prev, not_owner)
        if low in titles and not blocked:
            j = i + 2 if i + 2 < len(tokens) and tokens[i + 1][0] in _CONNECT else i + 1
            name = _name_from(tokens, j, code, after_title=True)
            if name:
                titled.append(name)  # "la famille Morvan", "die Stadt Köln"
                continue
            if tok[0].isupper() and low not in owners:
                titled.append(_fold(tok))  # "la Fondation du patrimoine"
                continue
        two = f"{low} {tokens[i + 1][0].lower()}" if i + 1 < len(tokens) else ""
        if two in owners and not blocked:
            titled.append(owners[two])  # "la administración autonómica", "city council"
            continue
        if low in owners and not blocked:
            titled.append(owners[low])  # "le gouvernement", "der Bund"
            continue
        if blocked or not _is_name(tok, code):
            continue
        if i == 0 and first_word and not _plainly_name(tokens, code):
            continue  # "Selon nos informations": a sentence's first word
        if what == "sum":
            continue  # a sum no word names: a titled owner only, not any name in its clause
        names.append(_name_from(tokens, i, code, after_title=False))
    if titled:
        return titled[-1]
    return names[0] if names else ""


def _owners_listed(text: str, code: str) -> list[str]:
    """The names of a clause in order ("Varenne et Morvan")."""
    tokens = [(m.group(), m.start()) for m in _NAME.finditer(text)]
    return [_fold(t) for t, _ in tokens if _is_name(t, code)]


def _plainly_name(tokens: list[tuple[str, int]], code: str) -> bool:
    """A sentence's first word is a name when it is written as one: an acronym, a
    hyphenated name, or the first of several capitalised words."""
    word = _ELIDED.sub("", tokens[0][0])
    if word.isupper() or "-" in word.strip("-"):
        return True
    return len(tokens) > 1 and _is_name(tokens[1][0], code)


def _blocked(prev: list[str], not_owner: set[str]) -> bool:
    """A name right after 'pour', 'selon', 'in' (one article between at most) is a
    beneficiary, a source or a place, not an owner."""
    if not prev:
        return False
    last = prev[-1]
    if last in not_owner or _plain(last) in not_owner:
        return True
    if len(prev) >= 2 and " ".join(prev[-2:]) in not_owner:
        return True
    articles = {"le", "la", "les", "l", "the", "der", "die", "das", "den", "dem", "el", "los"}
    articles |= {"las", "o", "a", "os", "as", "il", "lo", "gli", "de", "het"}
    return len(prev) >= 2 and last in articles and prev[-2] in not_owner


def _name_from(tokens: list[tuple[str, int]], i: int, code: str, after_title: bool) -> str:
    """The key of the name starting at token i: its last capitalised word, hyphens kept
    ("Luc Anselme de Valfrère" -> 'valfrere', "Île-de-France" -> 'ile-de-france')."""
    last = ""
    j = i
    while j < len(tokens):
        tok = tokens[j][0]
        if _is_name(tok, code) or (after_title and j == i and tok[:1].isupper()):
            last = tok
        elif not (last and tok.lower() in _CONNECT and j + 1 < len(tokens)):
            break  # "Luc Anselme de Valfrère": a name goes on over "de" to a name
        elif not _is_name(tokens[j + 1][0], code):
            break
        j += 1
    return _fold(last) if last else ""


def _is_name(tok: str, code: str) -> bool:
    word = _ELIDED.sub("", tok)
    if not word[:1].isupper() or len(word) < 2:
        return False
    if code == "de" and not (word.isupper() or "-" in word.strip("-")):
        return False  # every German noun is capitalised: only acronyms and compounds
    return word.lower() not in _stop(code)


@cache
def _stop(code: str) -> frozenset[str]:
    from kfactcheck.grammar.vocab import vocab

    raw = vocab().raw["languages"]
    words = set(raw.get(code, {}).get("stop", ())) | set(vocab().stop)
    from kfactcheck.claims.places import _time_words

    return frozenset(words | _time_words())


# the last call's (before, code, result): the kind, the owner and the total of one sum each
# ask for the clause of the same text
_clause_memo: list = [None, None, None]


def _clause_before(before: str, code: str) -> tuple[str, bool, int]:
    """The text of the figure's own clause before it: after the last sentence mark, figure
    or clause-opening conjunction; with how many figures of a list ("150 et 90 millions")
    it reaches back over, the list's clause being the figure's too."""
    memo = _clause_memo
    if memo[0] is before and memo[1] == code:
        return memo[2]
    found = _read_clause_before(before, code)
    memo[:] = [before, code, found]
    return found


@cache
def _breaks(code: str) -> re.Pattern:
    """One search for any clause break of `code`, a trie: most clauses hold none."""
    return re.compile(literal_trie(_phrases("clause_breaks", code)) or "(?!)")


def _read_clause_before(before: str, code: str) -> tuple[str, bool, int]:
    tail = before[-240:]
    marks = list(_CUT.finditer(tail))
    skipped = 0
    while marks:
        between = tail[marks[-1].end() :].strip(" ,")
        if not marks[-1].group()[0].isdigit() or between not in _AND:
            break
        marks.pop()  # "respectivement 200 et": this figure's clause is the list's
        skipped += 1
    clause = tail[marks[-1].end() :] if marks else tail
    low = clause.lower()
    if _breaks(code).search(low) is not None:  # (most clauses hold none of them)
        for brk in _phrases("clause_breaks", code):
            at = low.rfind(brk)
            if at >= 0:
                clause, low = clause[at + len(brk) :], low[at + len(brk) :]
    at_start = clause == before  # the clause is the sentence's start: its first word
    return clause, at_start, skipped


def _clause_after(after: str) -> str:
    """The figure's clause after it: up to a mark, or a conjunction that opens another
    clause ("a promis 40 millions et versé 10 millions": 'versé' is the next sum's)."""
    m = _CLAUSE_AFTER_END.search(after, 0, 80)  # (as on after[:80]: it ends there)
    return after[: m.start()] if m else after[:80]


_CLAUSE_AFTER_END = re.compile(
    r"[.;:!?()\n]|,\s|\s(?:et|and|und|y|e|en|i|ou|or|oder|o|ili)\s+(?![\d.,\s]*\d)"
)


def _plain(word: str) -> str:
    low = word.lower()  # (only a word with an apostrophe can start with an elided article)
    return _ELIDED.sub("", low) if "'" in low or "’" in low else low


def _fold(name: str) -> str:
    """A name as a key: lower-case, accents and elided articles off."""
    name = re.sub(r"[’']s?$", "", _ELIDED.sub("", name))  # "the Bank's" is the bank
    text = unicodedata.normalize("NFKD", name.strip("’'-"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


_BASES = ("net", "gross", "projected", "added", "current prices")


def money_parts(what: str) -> tuple[str, str, tuple[str, ...]]:
    """'pledged:morvan:net' -> ('pledged', 'morvan', ('net',)): a sum's kind, owner and
    the words that make it another quantity (basis, rate, deduction)."""
    kind, _, rest = what.partition(":")
    parts = rest.split(":") if rest else []
    extra = tuple(p for p in parts if p in _BASES or p.startswith(("per ", "after ", "for ")))
    owner = next((p for p in parts if p not in extra), "")
    return kind, owner, extra


def money_label(what: str) -> str:
    """'pledged:morvan:net' -> 'pledged (morvan), net' for a subject's label."""
    kind, owner, extra = money_parts(what)
    text = (kind or "amount") + (f" ({owner})" if owner else "")
    return ", ".join([text, *extra])


def join_sums(whats: Mapping[str, int] | set[str]) -> dict[str, str]:
    """A sum nothing names ('sum:morvan': "la famille X a, elle, 100 millions") is the
    quantity its owner's other sums are, when they are of one kind in the story ('pledged:
    morvan'); a sum of nobody's, the flow of the story's sums of nobody's when that is
    their one kind ("the offer would add £6.3m a year" where the deal "would cost £8.1m"),
    never a pledge or a frozen sum, which their own words name; else it stays a sum of
    its own. A flow no payer is named for is the story's main payer's: the one payer named
    for at least two of the flow's figures and twice as many as any other ("el Gobierno
    pagó 900 millones", "la cifra de 850 millones" in a story of the government's aid)
    when it is named for at least as many of them as name no payer.
    `whats` are one story's money keys (without 'money:'), with how many figures each
    has; the result maps those that join to their new key."""
    kinds: dict[tuple[str, tuple[str, ...]], set[str]] = {}
    for w in whats:
        kind, owner, extra = money_parts(w)
        # a step of a sum ("um 1,7 Milliarden") is no kind a bare sum is of
        if kind not in ("sum", "increase"):
            kinds.setdefault((owner, extra), set()).add(w)
    out: dict[str, str] = {}
    counts = whats if isinstance(whats, Mapping) else dict.fromkeys(whats, 1)
    for w in whats:
        kind, owner, extra = money_parts(w)
        found = kinds.get((owner, extra), set())
        flows = [k for k in found if money_parts(k)[0] == _FLOW]
        if owner and flows and 2 * counts[flows[0]] > sum(counts[k] for k in found):
            found = set(flows)  # most of the owner's figures are its flow, one its debt
        flow = len(found) == 1 and money_parts(next(iter(found)))[0] == _FLOW
        if kind == "sum" and len(found) == 1 and (owner or flow):
            out[w] = next(iter(found))
    payers: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for w, n in counts.items():
        kind, owner, extra = money_parts(out.get(w, w))
        if kind == _FLOW and owner and not owner.startswith("from "):
            payers[extra][owner] += n
    for extra, named in payers.items():
        (top, n), *rest = named.most_common(2)
        nobodys = [w for w in whats if money_parts(out.get(w, w)) == (_FLOW, "", extra)]
        # most of the flow's figures name that payer: not a project's cost of which one
        # grant names its giver
        if n >= 2 and n >= 2 * (rest[0][1] if rest else 0) and n >= sum(counts[w] for w in nobodys):
            for w in nobodys:
                out[w] = ":".join([_FLOW, top, *extra])
    return out
