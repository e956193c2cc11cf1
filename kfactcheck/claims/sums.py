"""Sums read from their neighbours: what a sum is a part of, and sums that name no money.

A sum's purpose ("€2bn for the federal roads", "die Maßnahmen der Kreise in Höhe von")
makes a part of a flow its own quantity; a deduction before it ("after the rebate") a
basis; "£21.4bn, or £412m a week" restates the sum before. A scaled figure that names no
currency ("los 7.000 millones que") is a sum on a page that speaks of money, unless a
counted noun follows it. The words are data/money.toml's; claims/money.py reads kinds
and owners.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache, lru_cache

from kfactcheck.claims.money import (
    _ARTICLES,
    _CONNECT,
    _CUT,
    _ELIDED,
    _NAME,
    _deducted_re,
    _fold,
    _kinds,
    _phrase_re,
    _phrases,
    _plain,
    _stop,
)
from kfactcheck.claims.projectparts import project_part
from kfactcheck.model import Claim


def money_deducted(before: str, code: str) -> str:
    """'after rebate' for a sum after a deduction named before it in its sentence ("after
    the rebate has been subtracted, what is left comes to £15.2bn"), else ''. A basis of
    its own: the sum before the rebate and the rebate itself are other quantities."""
    pattern = _deducted_re(code)
    if pattern is None:
        return ""
    text = _CUT.split(before[-160:])[-1] if code else before
    kinds = _kinds(code)
    for m in pattern.finditer(text):
        kind = kinds.get(_plain(m.group(1)))
        if kind is not None:
            return f"after {kind}"
    return ""


# the money a page speaks of: a currency sign, code or word anywhere in it
_CURRENCY_IN_TEXT = re.compile(
    r"[€£$¥₹]|\b(?:EUR|GBP|USD|BRL|CHF|euros?|Euro|dollars?|dólares|dollari|pounds?|"
    r"libras?|sterling|reais|real|francs?|Franken|franchi|dinara?|kuna)\b"
)
_SCALED = re.compile(r"[^\W\d_]")
_OF = frozenset({"de", "d", "of", "di", "do", "da", "del", "des", "van"})
_OF_LANGS = frozenset({"fr", "es", "pt", "it"})  # "3 millions DE personnes"


def bare_sum(figure: str, value: float, after: str, code: str, page: str) -> bool:
    """Whether a scaled figure that names no currency is a sum of money: "los 4.800, 4.300
    o 3.950 millones que el Gobierno", "die übrigen 19 Milliarden werden", "430
    millions, à peu près, de promesses de dons" on a page that speaks of money. It names
    millions or more with a scale word, and no noun follows it (a word of its clause's
    grammar, a word of giving or paying, a name, or punctuation), where "3 millions de
    personnes" counts people."""
    if value < 1_000_000 or not _SCALED.search(figure) or noun_follows(after, code):
        return False
    return _speaks_of_money(page)


@lru_cache(maxsize=8)
def _speaks_of_money(page: str) -> bool:
    """Whether a page names a currency anywhere: searched once per page, not per figure."""
    return _CURRENCY_IN_TEXT.search(page) is not None


def noun_follows(after: str, code: str) -> bool:
    """Whether a noun right after a figure says what it counts ("3 millions de personnes",
    "2 Millionen Menschen"), not a word of the clause's grammar, a word of giving or
    paying, a name ("52 millones de Segurval") or a mark ("850 millions, ...")."""
    m = re.match(r"\s*(\S)", after)
    words = _NAME.findall(after[:40])
    if m is None or not m.group(1).isalnum() or not words:
        return False
    of = words[0].lower() in _OF or _ELIDED.match(words[0]) is not None
    if code in _OF_LANGS and not of:
        return False  # "2.371 millones después de": the counted noun needs "de" there
    word = words[1] if words[0].lower() in _OF and len(words) > 1 else words[0]
    low = _plain(word)
    named = word[:1].isupper() and (code != "de" or words[0].lower() in _OF)
    grammar = low in _stop(code) and word[:1].islower()
    return not (named or grammar or _money_noun(low, code, _money_words(code)))


@cache
def _money_words(code: str) -> frozenset[str]:
    """units.toml's words for kinds of money in language `code` ("ayudas", "funding")."""
    from kfactcheck.grammar.vocab import lang_vocab, vocab

    return frozenset((vocab() if code == "en" else lang_vocab(code)).money)


_INFINITIVE = re.compile(r"(?:er|ir|re|ar|are|ere|ire)$")


# "the station alone", "allein der Bahnhof", "la gare à elle seule", "solo la estación": the
# sum of one part of a project, not the whole's (group 1 or 2 is the part's noun)
_ALONE = re.compile(
    r"(?i)(?<!\w)(?:([^\W\d_]{3,})\s+(?:alone|allein|à\s+(?:lui|elle)\s+seule?)"
    r"|(?:allein|solo|sólo)\s+(?:der|die|das|el|la|lo)\s+([^\W\d_]{3,}))\b"
)


def money_purpose(before: str, after: str, code: str, nouns: Container[str] = ()) -> str:
    """What a sum is for, as a key ('sanierung landes-infrastruktur'), or '': a
    purpose right after it ("€2bn for the federal roads") or the noun naming it right
    before ("die Hilfsprogramme der Gemeinden in Höhe von 19 Milliarden"). A noun that
    names money as such ("a fund of", "la somme de") or a kind ("un don de") is none."""
    tail = before.rstrip()
    alone = _ALONE.search(re.split(r"[,;:.!?()«»\"“”\d]", tail)[-1])
    if alone:
        return _fold(alone.group(1) or alone.group(2))  # "the station alone": a part's sum
    if part := project_part(re.split(r"[;:.!?()«»\"“”]", tail)[-1]):
        return part  # "the first phase ... could reach £80bn": that phase's, not the whole's
    for of in _phrases("named_by", code):
        if tail.lower().endswith(" " + of):
            head = re.split(r"[,;:.!?()«»\"“”\d]", tail[: len(tail) - len(of)])[-1]
            # "a budget of €2.4bn for the line": the whole project's, not a part
            return " ".join(_named_by(head, code, nouns))
    low = after.lower()
    for prep in _phrases("purpose", code):
        m = _phrase_re(r"\s*{}\s+", prep).match(low)
        if m:
            return " ".join(_purpose_words(after[m.end() :], code, nouns))
    return ""


def _purpose_words(text: str, code: str, nouns: Container[str]) -> list[str]:
    """'die Sanierung der Landes-Infrastruktur wie ...' -> its content words."""
    tokens = _NAME.findall(re.split(r"[,;:.!?()«»\"“”\d]", text[:80])[0])
    if tokens and _INFINITIVE.search(tokens[0]) and tokens[0].islower() and code != "en":
        return []  # "pour contribuer à la restauration": a purpose clause, not a part
    while tokens and _plain(tokens[0]) in _ARTICLES:
        tokens = tokens[1:]
    words: list[str] = []
    for tok in tokens:
        low = _plain(tok)
        if low in _CONNECT and words:
            continue
        if low in _stop(code) or len(words) == 3 or (code == "de" and tok.islower()):
            break  # German nouns are capitalised: "... Bundesstraßen übernimmt"
        words.append(_fold(tok))
    if not words or _money_noun(words[0], code, nouns):
        return []
    return words


def _named_by(head: str, code: str, nouns: Container[str]) -> list[str]:
    """'Danach sollen die Hilfsprogramme der Gemeinden' -> the noun phrase at its end."""
    words: list[str] = []
    for tok in reversed(_NAME.findall(head)[-6:]):
        low = _plain(tok)
        if low in _CONNECT and words:
            continue
        if low in _stop(code) or len(words) == 3:
            break
        words.insert(0, _fold(tok))
    if not words or any(_money_noun(w, code, nouns) for w in words):
        return []  # "the rebuilding budget of": the sum's own name
    if code != "de" and any(t[:1].isupper() for t in _NAME.findall(head)[-len(words) :]):
        return []  # a name before "de" is an owner or a place, read elsewhere
    return words


def _money_noun(word: str, code: str, nouns: Container[str]) -> bool:
    """A word that names money as such or a kind of it; in German also as a compound's
    last part ("Wiederaufbaufonds")."""
    known = set(_phrases("neutral", code)) | set(_kinds(code))
    if word in known or word in nouns:
        return True
    if code == "de":
        return any(word.endswith(k) for k in known | set(nouns) if len(k) > 3)
    return False


def names_thing(after: str, code: str) -> bool:
    """Whether a noun right after a sum names what it pays for ("a £1.2bn bridge"), rather
    than a word of the clause's grammar or a mark ("That's £23.1bn, or")."""
    m = re.match(r"\s*([^\W\d_][\w’'-]*)", after)
    if m is None:
        return False
    return _plain(m.group(1)) not in _stop(code)  # "the €2.4bn Crosstown line" too


def restated(earlier: str, family: str) -> str:
    """The family of a sum that restates the one before as another measure ("£17.8bn of
    gross contributions, or £342m a week"): the earlier sum's kind, owner and basis with
    its own rate. Anything else keeps its own family."""
    if not (earlier.startswith("money:") and family.startswith("money:")):
        return family
    keep = [p for p in earlier.split(":") if not p.startswith("per ")]
    return ":".join(keep + [p for p in family.split(":") if p.startswith("per ")])


def restated_across(
    text: str, sentences: list[tuple[int, int]], claims: list[Claim], owners: list[int]
) -> None:
    """ "£14.6bn in 2019. That is £280.8m a week": a sentence that opens by restating the
    last figure of the sentence before holds when that figure held."""
    for k in range(1, len(claims)):
        c, i = claims[k], owners[k]
        prev = claims[k - 1]
        if owners[k - 1] != i - 1 or not prev.as_of:
            continue
        if RESTATES_START.fullmatch(text, sentences[i][0], c.start):
            c.as_of = prev.as_of
            c.terms = (restated(prev.terms[0], c.terms[0]), *c.terms[1:])


# Words that restate the figure before as another measure of the same thing: ", or £342m a
# week", "i.e. 6%"; and a sentence that opens so: "That is €41.2 million a month".
RESTATES = re.compile(
    r"\s*,?\s*(?:or|i\.\s?e\.|that\s+is|oder|ou|o|soit|cioè|ossia|es\s+decir|ou\s+seja)"
    r"\s+(?:about\s+|around\s+|roughly\s+|some\s+)?",
    re.I,
)
RESTATES_START = re.compile(
    r"\s*(?:that|this)(?:\s+is|'s|’s|\s+was|\s+equals|\s+works\s+out\s+at|\s+comes\s+to)"
    r"\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?",
    re.I,
)
