"""Places known by their names and adjectives: pycountry's countries and regions in the
languages read, and the place a lower-case adjective is made from ("laziali" -> Lazio,
"parisienne" -> Paris). Where a figure is counted is places.py's.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

from kfactcheck.grammar.vocab import lang_vocab, vocab

# the words that join a place name's words: "Ciudad de México", "Figueira dos Vinhos"
_CONNECTORS = frozenset({"de", "del", "di", "della", "do", "dos", "da", "das", "du", "des"})


@cache
def iso_translations(domain: str, languages: tuple[str, ...]) -> tuple[Callable[[str], str], ...]:
    """pycountry's names in English (the first, as they are) and in each of `languages` it
    has a catalogue for: domain "iso3166-1" for countries, "iso3166-2" for their regions."""
    import gettext

    import pycountry

    out: list[Callable[[str], str]] = [lambda name: name]
    for lang in languages:
        try:
            out.append(gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang]).gettext)
        except OSError:
            continue
    return tuple(out)


@cache
def _country_names() -> frozenset[str]:
    """Country names, lower-cased, as pycountry writes them in English and the languages
    read ("méxico", "deutschland")."""
    import pycountry

    names = ("de", "fr", "es", "pt", "it", "nl", "hr")
    return frozenset(
        t(c.name).lower() for t in iso_translations("iso3166-1", names) for c in pycountry.countries
    )


def is_country(word: str) -> bool:
    """A country's name, also one that takes an article ("in der Türkei", "im Libanon"),
    unlike a noun of time ("in der Nacht")."""
    return word.lower().strip(".,;:") in _country_names()


# languages that write a place's adjective in lower case after its noun
_ADJECTIVE_AFTER = frozenset({"fr", "es", "pt", "it"})
# up to two lower-case words (a noun, "seul cortège") before the adjective, as one phrase
_NOUN_THEN = re.compile(r"([a-zà-ÿ]+)\s+(?:([a-zà-ÿ]+)\s+)?(?:([a-zà-ÿ]+)(?![\w’'-]))?")


def _adjective_after(text: str, code: str) -> str | None:
    """ "comuni laziali colpiti" -> 'in lazio': the place whose adjective follows the noun
    (place_adjective), in the languages that write it so; None otherwise."""
    if code not in _ADJECTIVE_AFTER or (m := _NOUN_THEN.match(text)) is None:
        return None
    for word in m.groups()[1:]:
        if word and (place := place_adjective(word)):
            return f"in {place}"
    return None


def place_adjective(word: str) -> str | None:
    """The place a lower-case adjective is made from ('laziali' -> 'lazio', 'parisienne'
    -> 'paris', 'marchigiane' -> 'marche'): a one-word region pycountry knows or a capital
    city (data/capitals.toml), whose name less its last vowel, of four letters or more, is
    followed by an adjective's ending (units.toml [scope] place_adjective_endings).
    Countries are left out: "les manifestants français" are a nationality more often than
    a part of a count."""
    low = _fold(word.lower())
    for ending in _adjective_endings():
        if low.endswith(ending) and (place := _adjective_stems().get(low[: -len(ending)])):
            return place
    return None


@cache
def _adjective_endings() -> tuple[str, ...]:
    endings = vocab().raw["scope"].get("place_adjective_endings", [])
    return tuple(sorted({_fold(e) for e in endings}, key=len, reverse=True))


@cache
def _adjective_stems() -> dict[str, str]:
    """A place's name less its last vowel -> the name, folded ('lazi' -> 'lazio')."""
    import pycountry

    from kfactcheck.data import load

    names: set[str] = set()
    translations = iso_translations("iso3166-2", ("fr", "es", "it", "pt"))
    for sub in pycountry.subdivisions:
        names.update(n.strip() for t in translations for n in t(sub.name).split(" / "))
    for capitals in load("capitals")["capitals"].values():
        names.update(capitals)
    countries = _country_names()
    # regions named by a compass word ("Centre", "Nord"): "la zona centrale" is no place
    areas = set(vocab().area_words).union(*(lang_vocab(c).areas for c in _ADJECTIVE_AFTER))
    stems: dict[str, str] = {}
    for name in sorted(names):
        low = _fold(name.lower())
        if not low.isalpha() or low in countries or low in areas:
            continue  # a name of several words, a country or a compass word
        stem = low[:-1] if low[-1] in "aeiou" else low
        if len(stem) >= 4:
            stems.setdefault(stem, low)
    return stems


def _fold(text: str) -> str:
    """Text without accents: 'parîs' -> 'paris'."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# a governing body right before a place's preposition: "die Regierung in Tripolis", "the
# government in Varn", "el Gobierno en Madrid" name where the body sits, not where a figure
# in the clause is counted
_SEAT = re.compile(
    r"(?i)\b(?:government|regierung|regionalregierung|gouvernement|gobierno|governo|regering"
    r"|vlada|parliament|parlament|parlement|parlamento|administration|verwaltung"
    r"|regionalverwaltung)\s+$"
)


def seat_of_body(back: str, at: int) -> bool:
    """Whether the place whose preposition starts at `at` in `back` is a body's seat."""
    return _SEAT.search(back, max(0, at - 40), at) is not None
