"""Reading a source around a reporting verb: the words before and after it tokenised and
parsed into a person, organisation, group, role or pronoun ("said NATO chief Jens
Stoltenberg", "according to the ministry", "X's office said"), and a headline's "Name:"."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from kfactcheck.grammar.speakernames import _Doc, _split_name
from kfactcheck.grammar.speakerwords import _Lexicon

# ---------------------------------------------------------------------------------- sources


class _Tok(NamedTuple):
    kind: str  # A abbreviation, W word, P possessive, N figure, X mark, B boundary
    text: str
    low: str
    start: int
    end: int
    cap: bool  # a capitalised word or an abbreviation


_BOUNDARY = _Tok("B", "", "", -1, -1, False)


@dataclass(frozen=True, slots=True)
class _Source:
    text: str
    kind: str  # person | org | group | role | pron


def _tokens(text: str, a: int, b: int, lex: _Lexicon) -> list[_Tok]:
    out = []
    # (tuple.__new__ with the fields in order builds what _Tok(...) builds, without the
    # Python-level __new__ a NamedTuple calls: tens of tokens around every verb read)
    new = tuple.__new__
    for m in lex.token_re.finditer(text, a, b):
        kind, w = m.lastgroup or "X", m.group()
        if kind == "E":  # "l'" of "l'archevêché": a lowercase function word
            out.append(new(_Tok, ("W", w, w.lower(), m.start(), m.end(), False)))
            continue
        cap = kind == "A" or w[0].isupper()
        out.append(new(_Tok, (kind, w, w.lower(), m.start(), m.end(), cap)))
    return out


class _Parser:
    """Reads the noun phrase that is a reporting verb's subject (or inverted subject)."""

    def __init__(self, text: str, doc: _Doc, lex: _Lexicon) -> None:
        self.text, self.doc, self.lex = text, doc, lex

    # -- noun phrases --------------------------------------------------------------------
    def _np_start(self, toks: list[_Tok], i: int) -> int:
        """First token of the noun phrase ending at toks[i], read leftwards."""
        lex, j = self.lex, i
        while j > 0 and i - j < 8:
            p = toks[j - 1]
            if p.kind in "AP" or p.cap or p.text == "-":
                j -= 1
            elif p.kind == "W":
                if p.low in lex.determiners:
                    return j - 1
                prior = toks[j - 2] if j > 1 else _BOUNDARY
                if p.low in lex.particles and (prior.cap or prior.low in lex.particles):
                    j -= 1
                elif p.low in lex.function_words or p.low in lex.verbs or p.low in lex.between:
                    break
                else:
                    j -= 1
            else:
                break
        return j

    def _np_end(self, toks: list[_Tok], i: int) -> int:
        """One past the last token of the noun phrase starting at toks[i], read rightwards."""
        lex, j = self.lex, i
        while j < len(toks) and j - i < 8:
            t = toks[j]
            if (
                (lex.nouns_capitalised or lex.adjectives_follow)
                and j > i
                and toks[j - 1].cap
                and t.kind == "W"
                and not t.cap
                and t.low not in lex.particles
                and t.low not in lex.complements
            ):
                break  # "nach Angaben der Polizei starben", "del Centro X hecho público"
            if (
                t.kind in "AP"
                or t.cap
                or t.text == "-"
                or (t.kind == "N" and j + 1 < len(toks) and toks[j + 1].text == "-")  # 52-year-old
            ) or (
                t.kind == "W"
                and (
                    (j == i and t.low in lex.determiners)
                    or (t.low in lex.particles and j > i and toks[j - 1].cap)
                    or not (t.low in lex.function_words or t.low in lex.verbs)
                )
            ):
                j += 1
            else:
                break
        return j

    def _interpret(self, np: list[_Tok]) -> _Source | None:
        """What a noun phrase names: a person, an organisation, a group or a role."""
        if not np:
            return None
        lex = self.lex
        if lex.nouns_capitalised:  # "Polizei Lindau", "Bericht der Zeitung": nouns, no name
            d = 1 if np[0].low in lex.determiners else 0
            while d < len(np) - 1 and not np[d].cap:
                d += 1  # "das dortige Innenministerium": past the adjectives
            if d < len(np) and (
                np[d].low in lex.groups
                or (lex.group_suffixes and np[d].low.endswith(lex.group_suffixes))
            ):
                one = len(np) == d + 1  # "der Polizei" -> "polizei", as "police"
                return _Source(np[d].low if one else self._phrase(np), "group")
            if d + 2 < len(np) and np[d].low in lex.proxies and np[d + 1].low in lex.complements:
                return self._interpret(np[d + 2 :] if np[d + 2].cap else np[d + 1 :])
        k = len(np)
        while k > 0 and (np[k - 1].cap or (np[k - 1].low in lex.particles and k > 1)):
            k -= 1
        if k < len(np):  # ends in a capitalised run: a name, an organisation or a bare title
            nm = _split_name([t.text for t in np[k:]], lex)
            if nm is None:
                return None
            if not nm.tokens:
                return self._role(np, [t.text for t in np[:k]] + list(nm.mods))
            tokens = nm.tokens
            if nm.loose and len(tokens) > 1:
                # "In Brussels Stoltenberg said": the longest end of the run the document
                # knows as a person, else the last word alone
                tails = [tokens[t:] for t in range(len(tokens))]
                known = [t for t in tails if " ".join(t) in self.doc.count]
                tokens = known[0] if known else tokens[-1:]
                nm = _split_name(list(tokens), lex) or nm
            name = " ".join(tokens)
            if len(tokens) == 1 and name.lower() in lex.groups:  # "Police said"
                return _Source(name.lower(), "group")
            if nm.org:
                return _Source(name, "org")
            if len(tokens) == 1 and name.lower() in lex.roles:  # "Spokesperson X" cut to role
                return self._role(np, [])
            if len(tokens) == 1 and lex.nouns_capitalised and not self.doc.known(name):
                return None  # "laut Bericht": a noun, unless the text names someone so
            return _Source(name, "person")
        head = self.head(np)
        poss = max((i for i, t in enumerate(np) if t.kind == "P"), default=-1)
        if head in lex.proxies:
            if poss > 0:  # "Varga's office said" speaks for Varga
                return self._interpret(np[:poss])
            for t in np[:-1]:  # "a police spokesperson", "the NATO spokesperson"
                if t.low in lex.groups:
                    return _Source(t.low, "group")
                if t.cap and t.low not in lex.not_names:
                    return self._interpret([t])
            if head in lex.roles:
                return self._role(np, [])
            return _Source(self._phrase(np), "group") if head in lex.groups else None
        if head in lex.roles:
            return self._role(np, [])
        if head in lex.groups:
            return _Source(self._phrase(np), "group")
        return None

    def _role(self, np: list[_Tok], mods: list[str]) -> _Source:
        words = [t.text for t in np if t.kind in "WA" and t.low not in self.lex.determiners]
        title_from = len(words)
        while title_from > 0 and (
            words[title_from - 1].lower().rstrip(".") in self.lex.title_words
            or words[title_from - 1].lower() in self.lex.roles
        ):
            title_from -= 1
        name = self.doc.resolve_role(words[title_from:], mods + words[:title_from])
        return _Source(name, "person") if name else _Source(self._phrase(np), "role")

    def _phrase(self, np: list[_Tok]) -> str:
        s = self.text[np[0].start : np[-1].end]
        first = np[0].low
        if np[0].kind == "W" and (first in self.lex.determiners or first in self.lex.groups):
            s = s[0].lower() + s[1:]  # "The ministry said" -> "the ministry"
        return s

    def left(self, toks: list[_Tok], i: int, verb_is_participle: bool = False) -> _Source | None:
        """The subject whose noun phrase ends at toks[i]."""
        lex = self.lex
        t = toks[i]
        if t.kind == "W" and (t.low in lex.pron_person or t.low in lex.pron_group):
            return _Source(t.low, "pron")
        if t.kind not in "WA" or t.low in lex.function_words:
            return None  # "declined to say"
        j = self._np_start(toks, i)
        before = toks[j - 1] if j > 0 else _BOUNDARY
        if before.low == "with" and verb_is_participle:
            pass  # "..., with the bloc's top diplomat Josep Borrell stating that ..."
        elif before.kind == "W" and before.low in lex.complements and j > 1:
            # "a spokesperson for the ministry said", "officials in the capital said"
            o = j - 2
            if toks[o].kind not in "WA":
                return None
            oj = self._np_start(toks, o)
            outer = toks[oj : o + 1]
            head = outer[-1].low
            if head in lex.proxies:
                return self._interpret(toks[j : i + 1])
            if head in lex.groups:
                return _Source(self._phrase(toks[oj : i + 1]), "group")
            if head in lex.roles:
                inner = [x.text for x in toks[j : i + 1] if x.kind in "WA"]
                role = self._role(outer, inner)
                if role.kind == "role" and (held := self._holder(toks[j : i + 1])):
                    return held  # "la ministre des Sports Anne Morel a déclaré"
                if role.kind == "role":
                    return _Source(self._phrase(toks[oj : i + 1]), "role")
                return role
            return None
        elif (
            before.kind == "W"
            and before.low in lex.function_words
            and before.low not in lex.clause_openers
        ):
            return None  # the object of a preposition is no subject
        np = toks[j : i + 1]
        src = self._interpret(np)
        if before.low == "and" and j > 1 and toks[j - 2].cap and src and src.kind == "person":
            first = self.left(toks, j - 2)  # "Lajčak and Escobar said": the first named
            if first is not None and first.kind == "person":
                return first
        return src

    def skip_adverbs(self, toks: list[_Tok], i: int) -> int:
        """Past adverbs and days between a verb and its inverted subject: "riferisce invece
        il capo", "affirme mercredi le maire", "informó el martes la policía"."""
        lex = self.lex
        while i < len(toks):
            low = toks[i].low
            if low in lex.between or low in lex.weekdays:
                i += 1
            elif (
                (low in lex.determiners or low in lex.function_words)
                and i + 1 < len(toks)
                and toks[i + 1].low in lex.weekdays
            ):
                i += 2
            else:
                break
        return i

    def head(self, np: list[_Tok]) -> str:
        """A noun phrase's head: its last word, or where adjectives follow the noun ("las
        autoridades locales") its first role, group or proxy word."""
        if self.lex.adjectives_follow:
            return next((t.low for t in np if t.low in self.lex.heads), np[-1].low)
        return np[-1].low

    def right(self, toks: list[_Tok], i: int) -> _Source | None:
        """The source named after an inverted verb or 'according to', from toks[i]."""
        lex = self.lex
        i = self.skip_adverbs(toks, i)
        if i >= len(toks):
            return None
        t = toks[i]
        if t.kind == "W" and (t.low in lex.pron_person or t.low in lex.pron_group):
            return _Source(t.low, "pron")
        j = self._np_end(toks, i)
        if j == i:
            return None
        np = toks[i:j]
        nxt = toks[j] if j < len(toks) else _BOUNDARY
        src, end = None, j
        if nxt.kind == "W" and nxt.low in lex.complements and j + 1 < len(toks):
            head = self.head(np)
            k = self._np_end(toks, j + 1)
            if head in lex.proxies and k > j + 1:
                src, end = self._interpret(toks[j + 1 : k]), k
                if src is not None or head not in lex.roles:
                    return src or self._apposition(toks, k)
            if head in lex.roles and k > j + 1:
                inner = [x.text for x in toks[j + 1 : k] if x.kind in "WA"]
                src, end = self._role(np, inner), k
                if src.kind == "person":
                    return src
                if held := self._holder(toks[j + 1 : k]):
                    return held  # "a déclaré la ministre des Sports Anne Morel"
                while end + 1 < len(toks) and toks[end].low in lex.complements:
                    more = self._np_end(toks, end + 1)  # "il capo dei soccorsi della regione"
                    if more == end + 1:
                        break
                    end = more
                src = _Source(self._phrase(toks[i:end]), "role")
        if src is None:
            src = self._interpret(np)
        if src is None or src.kind == "role":
            # "el portavoz de la policía, Juan Pérez,": the name in apposition, if one
            return self._apposition(toks, end) or src
        return src

    def _holder(self, toks: list[_Tok]) -> _Source | None:
        """The person after an office's domain, where adjectives follow nouns: "(ministre de)
        la Culture Paul Girard", "(ministra de) Hacienda Elena Ruiz": three capitalised
        words or more, the first the domain, the rest a person's name."""
        if not self.lex.adjectives_follow:
            return None
        words = [t for t in toks if not (t.kind == "W" and t.low in self.lex.determiners)]
        if len(words) < 3 or not all(t.cap and t.kind == "W" for t in words):
            return None
        src = self._interpret(words[1:])
        return src if src is not None and src.kind == "person" else None

    def _apposition(self, toks: list[_Tok], k: int) -> _Source | None:
        """A person named right after a comma at toks[k], closed by a comma, a stop or the
        end: the name a role is given in apposition."""
        lex = self.lex
        for _ in range(2):  # "della Protezione civile, X": an adjective left after the phrase
            if k < len(toks) and toks[k].kind == "W" and not toks[k].cap:
                if toks[k].low in lex.function_words or toks[k].low in lex.verbs:
                    return None
                k += 1
        if k >= len(toks) or toks[k].text != ",":
            return None
        j = k + 1
        while j < len(toks) and (
            toks[j].cap or toks[j].kind == "P" or (toks[j].low in lex.particles and j > k + 1)
        ):
            j += 1
        if j == k + 1 or (j < len(toks) and toks[j].text not in ",.;)"):
            return None
        src = self._interpret(toks[k + 1 : j])
        return src if src is not None and src.kind == "person" else None


def _headline(text: str, s: int, e: int, doc: _Doc, lex: _Lexicon) -> str | None:
    """The speaker of a headline "Stoltenberg: NATO ready to ...": a surname the story gives in
    full, or a full name it names again."""
    if e - s > 160 or text.find(":", s, e) < 0:
        return None
    m = lex.headline_re.match(text, s, e)
    src = _person_of(m["run"], doc, lex) if m else None
    if src is None or (" " in src.text and doc.count[src.text] < 2):
        return None
    return src.text


def _person_of(run: str, doc: _Doc, lex: _Lexicon) -> _Source | None:
    """A capitalised run as a person, if it plausibly is one: two or more name words, or a
    surname the document gives in full."""
    words = run.split()
    if len(words) == 1 and (words[0].lower() in lex.not_names or not doc.known(words[0])):
        return None  # "The ministry ...", "Serbia still ...": no one the story names in full
    nm = _split_name(words, lex)
    if nm is None or not nm.tokens or nm.org:
        return None
    name = " ".join(nm.tokens)
    if len(nm.tokens) >= 2 or doc.known(name):
        return _Source(name, "person")
    return None


def _at_verb(
    text: str,
    vm: re.Match[str],
    a: int,
    b: int,
    after_quote: bool,
    subject: Callable[[], _Source | None],
    parser: _Parser,
    lex: _Lexicon,
) -> _Source | None:
    """The source of the reporting verb matched by `vm` inside frame segment [a, b)."""
    verb = vm.group().lower()
    if "-" in verb:  # "poursuit-il", "a-t-elle estimé": the pronoun is the subject
        for part in re.split(r"[-\s]", verb):
            if part in lex.pron_person or part in lex.pron_group:
                return _Source(part, "pron")
    if verb in lex.source_postpositions:  # "dem Minister zufolge"
        left = _tokens(text, max(a, vm.start() - 80), vm.start(), lex)
        return parser.left(left, len(left) - 1) if left else None
    if " ".join(verb.split()) in lex.source_phrases:  # "according to X", "selon X"
        toks = _tokens(text, vm.end(), min(b, vm.end() + 120), lex)
        i = 0  # "según informaron hoy las autoridades": the verb and its adverbs skipped
        while i < len(toks) and toks[i].low in lex.verbs:
            i = parser.skip_adverbs(toks, i + 1)
        return parser.right(toks, i)
    participle = verb in lex.participles
    lo = max(a, vm.start() - 150)
    left = _tokens(text, lo, vm.start(), lex)
    if lo == a:
        left.insert(0, _BOUNDARY)
    i = len(left) - 1
    while i >= 0 and left[i].kind == "W" and left[i].low in lex.between:
        i -= 1
    if i >= 1 and left[i].low in lex.weekdays:
        # "X on Tuesday said", "wie die Polizei am Montag mitteilte": the day is no subject
        i -= 1
        if left[i].kind == "W" and (
            left[i].low in lex.function_words or left[i].low in lex.determiners
        ):
            i -= 1
        while i >= 0 and left[i].kind == "W" and left[i].low in lex.between:
            i -= 1
    if i < 0 or left[i].kind == "B" or left[i].text == ",":
        if i >= 0 and left[i].text == ",":
            if participle:
                return subject()  # ", stressing that ..." speaks for the sentence's subject
            # an aside between subject and verb: "Vance, commander of the TPF, said"
            for k in range(i - 1, max(-1, i - 20), -1):
                if left[k].kind == "B" or left[k].text in ";:":
                    break
                if left[k].text == ",":
                    src = parser.left(left, k - 1) if k >= 1 else None
                    if src is not None and src.kind == "role":
                        # "the mayor, Carla Reyes, said": the name in apposition, if one
                        named = parser.left(left, i - 1)
                        if named is not None and named.kind == "person":
                            return named
                    if src is not None:
                        return src
                    break
        # inverted: "“...,” said Mara Vance" / "..., said the ministry"
        if participle:
            return None
        after = _tokens(text, vm.end(), min(b, vm.end() + 120), lex)
        src = parser.right(after, 0)
        if src is None and lex.pro_drop:
            # "“...”, ha spiegato." / "Dijo que ...": no subject written, the last one named
            k = parser.skip_adverbs(after, 0)
            if k == len(after) or after[k].text in ".:;" or after[k].low in lex.clause_openers:
                return _Source(next(iter(sorted(lex.pron_person))), "pron")
        return src
    if left[i].low in lex.inverting and not participle:
        # verb second: "Das teilte die Polizei mit", "So sagte der Minister"
        return parser.right(_tokens(text, vm.end(), min(b, vm.end() + 120), lex), 0)
    if left[i].text == ")":  # "the mission (KFOR) said"
        k = i
        while k >= 0 and left[k].text != "(":
            k -= 1
        i = k - 1
        if i < 0:
            return None
    if left[i].low in ("and", "but"):
        return subject()  # "X called for calm and said ..."
    if participle and left[i].kind not in "WA":
        return None
    return parser.left(left, i, participle)
