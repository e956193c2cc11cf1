"""Which claims measure the same quantity: a subject key and label for every claim.

Without configuration the key is built from what is counted (a family of synonyms from
data/units.toml, or the counted noun itself) and, where the wording splits a place into
parts ("northern Kosovo") or names whose population/share/money it is, from that scope.
Subject specs (specs.py) take precedence for the claims they match.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from rapidfuzz import fuzz, process

from kfactcheck.analyse.specs import SubjectSpec
from kfactcheck.claims.money import join_sums, money_label
from kfactcheck.errors import UsageError
from kfactcheck.grammar.vocab import vocab
from kfactcheck.model import Claim

# Families whose "whose" is part of the quantity: Kosovo's population is not Serbia's.
_OWNED = ("population", "share:")
# Counts of people or things where one place's figure is part of the whole ("29 died in
# Tebrik itself", "In Barnsdale, 1,500 joined a solidarity rally"): a place splits them.
_PART_COUNTS = frozenset(
    {"deaths", "injured", "missing", "evacuated", "destroyed", "arrests", "crowd", "people"}
    | {"bodies", "identified", "rescued", "homeless", "households"}
)
_ALIAS_SCORE = 88  # rapidfuzz ratio above which two counted nouns are one spelling


def assign_subjects(
    claims: list[Claim],
    specs: Sequence[SubjectSpec] = (),
    stories: Mapping[str, str] | None = None,
) -> None:
    """Set subject and subject_label on every claim. `stories` maps document id to the
    story it tells (stories.detect_stories): the same quantity in two stories is two
    subjects."""
    stories = stories or {}
    free: list[Claim] = []
    for c in claims:
        spec = _matching_spec(c, specs)
        if spec is not None:
            c.subject, c.subject_label = spec.key, spec.label
        else:
            free.append(c)
    base = _merge_spellings({_base(c) for c in free})
    joined = _joined_sums(free, base, stories)
    parts: dict[tuple[str, str], list[tuple[Claim, str]]] = defaultdict(list)
    for c in free:
        if not c.terms or not c.terms[0]:
            # what the figure counts is unknown: a quantity of its own, never compared
            c.subject, c.subject_label = _slug(f"unknown-{c.document}-{c.start}"), "unknown"
            continue
        story = stories.get(c.document, "")
        b = base[_base(c)]
        if b == "money:sum" and (story, b) not in joined:
            # a sum nothing names, nobody's, that joins no kind of the story: unknown
            key = "-".join(x for x in (story, "unknown", c.document, str(c.start)) if x)
            c.subject, c.subject_label = _slug(key), "unknown"
            continue
        if (story, b) in joined:
            # the comparison splits a subject by counted thing: the sum takes its new one
            b = joined[(story, b)]
            c.terms = (b, *c.terms[1:])
        parts[(story, b)].append((c, *_split_scope(c, story)))
    groups: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    countries = _country_names()
    for (story, b), members in parts.items():
        # "215 deaths in Spain" is the national toll when the story names no other
        # country; a border story's "in Ardania" and "in Belmar" stay two quantities
        named = {part for _, part, _ in members if part in countries}
        contingent = b.partition(":")[0] == "troops"  # "Chile's 180 soldiers" stay apart
        whole = named if len(named) < 2 and not contingent else set()
        same = _merge_places({part for _, part, _ in members if part and part not in whole})
        if "capital" in same and (city := _story_capital(story, members, same)):
            same["capital"] = city  # "dans la capitale" of a story in France: Paris's count
        homes = {same.get(part, part) for _, part, home in members if home}
        others = set(same.values()) - homes
        listed = _listed_with_others(homes, members, same)
        if homes and not listed and (not others or not _sibling_places(homes, same)):
            whole |= {p for p, canon in same.items() if canon in homes}
        whole |= _country_parts_spanning(same)
        for c, part, _ in members:
            groups[(story, b, "" if part in whole else same.get(part, part))].append(c)
    # The story in a label tells a reader which story's figure it is: needless when the
    # corpus tells one story, and written out ("— Maren story"), not as a tag ("[Maren]").
    several = len(set(stories.values())) > 1
    for (story, b, scope), members in groups.items():
        key = _slug("-".join(x for x in (story, b, scope) if x))
        label = _label(b, scope, members)
        if story and several:
            label = f"{label} — {story} story"
        for c in members:
            c.subject, c.subject_label = key, label


def _joined_sums(
    claims: list[Claim], base: Mapping[str, str], stories: Mapping[str, str]
) -> dict[tuple[str, str], str]:
    """(story, 'money:sum:morvan') -> 'money:pledged:morvan' where the owner's other sums
    in the story are of one kind (claims/money.join_sums)."""
    whats: dict[str, Counter[str]] = defaultdict(Counter)
    for c in claims:
        if c.terms and c.terms[0].startswith("money:"):
            whats[stories.get(c.document, "")][base[_base(c)].removeprefix("money:")] += 1
    return {
        (story, f"money:{w}"): f"money:{to}"
        for story, ws in whats.items()
        for w, to in join_sums(ws).items()
    }


def _base(c: Claim) -> str:
    family = c.terms[0] if c.terms and c.terms[0] else c.unit
    if family.startswith("duration"):
        return f"{family}:{c.unit}"  # 48 hours and 11 days of one strike are two quantities
    known = ("deadline", "year:", "date:", "plan:", "share:", "money", "duration", "measure:")
    if c.unit in ("date", "year", "years", "percent", "currency") and not family.startswith(known):
        return f"{c.unit}:{family}"
    return family


def _split_scope(c: Claim, story: str = "") -> tuple[str, bool]:
    """The part of the scope that makes a different quantity, or '', and whether that part
    is the place the whole story is about (its "home": merged with the unscoped figures
    unless the story counts the same quantity in a sibling place too, see
    _sibling_places).

    A part of a place ("northern kosovo") always makes one; a place the figure is counted
    in ("in tebrik") does for counts that a place divides.
    """
    areas = vocab().area_words
    family = c.terms[0] if c.terms else ""
    home = ""
    for s in c.scope:
        first, _, rest = s.partition(" ")
        if first in areas or first == "event":
            return s, False  # "northern kosovo"; "event 1968": another, earlier event's count
        kind = family.partition(":")[0]
        part = kind in _PART_COUNTS  # "deaths:projected" too
        # "40 vecinos de Torralba": people named by their own noun, counted in one place
        part = part or (c.unit == "people" and kind not in vocab().families)
        if first == "in" and rest and part:
            if story and _is_story_place(rest, story):
                home = home or rest  # "in marlow tower", story marlow: its home
                continue
            return rest, False
    if home:
        return home, True
    if family.startswith(_OWNED) and c.scope:
        return c.scope[-1], False
    if family.partition(":")[0] == "troops":
        # "Chile's 180 soldiers": a national contingent, not the whole force ("NATO's 4,000
        # troops" is the force)
        return next((s for s in c.scope if s in _country_names()), ""), False
    return "", False


def _listed_with_others(
    homes: set[str], members: Sequence[tuple[Claim, str, bool]], same: Mapping[str, str]
) -> bool:
    """Whether one sentence counts the quantity in the story's home place and in another
    place too ("37 dead in Lindora, 7 in Vessa and 12 in Castro"): then the home is one
    place among its siblings, whatever its level, and its figures are its own; the figures
    with no place stay the story's total."""
    if not homes:
        return False
    places: dict[tuple[str, int], set[str]] = defaultdict(set)
    for c, part, _ in members:
        if part:
            places[(c.document, c.sentence_start)].add(same.get(part, part))
    return any(len(p) > 1 and p & homes for p in places.values())


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
    return bool(name) and f" {name} " in f" {words} "


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
    import gettext

    import pycountry

    out: dict[str, str] = {}
    translations = [lambda x: x]
    for lang in ("de", "fr", "es", "pt", "it", "nl", "hr"):
        try:
            tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            continue
        translations.append(tr.gettext)
    for c in pycountry.countries:
        for t in translations:
            for name in (c.name, getattr(c, "common_name", c.name)):
                out.setdefault(t(name).lower(), c.alpha_2)
    return out


@cache
def _place_levels() -> dict[str, frozenset[tuple[str, str]]]:
    """Place key -> its levels as (country code, parent code): a country is ("", ""), a
    state or region (country, ""), a province (country, its region's code). Keys as scopes
    write them: the name lower-cased, its parts before a comma or bracket, and the last
    word of a name of several ("castilla-la mancha" -> "mancha", as "in Castilla-La Mancha"
    reads), in the languages pycountry translates."""
    import gettext

    import pycountry

    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    translations = [lambda x: x]
    for lang in ("de", "fr", "es", "it", "nl", "hr"):
        try:
            tr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            continue
        translations.append(tr.gettext)
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
    import gettext

    import pycountry

    names: set[str] = set()
    for c in pycountry.countries:
        names.update(n.lower() for n in (c.name, getattr(c, "common_name", c.name)))
    for lang in ("de", "fr", "es", "pt", "it", "nl", "hr", "sr"):
        try:
            tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            continue
        names.update(tr.gettext(c.name).lower() for c in pycountry.countries)
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
        # a name that extends another ("belmar" -> "belmarina"), or a near spelling;
        # "austria" and "australia" are neither
        f = _fold(p)
        hit = next((c for c in canon if len(c) >= 5 and _extends(_fold(c), f)), None)
        hit = hit or next((c for c in canon if _part_of(c, p) or _initials_of(c, p)), None)
        if hit is None and (
            near := process.extractOne(f, canon, scorer=fuzz.ratio, processor=_fold)
        ):
            hit = near[0] if near[1] >= _PLACE_SCORE else None
        out[p] = hit or p
        if hit is None:
            canon.append(p)
    return out


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


_PLACE_SCORE = 90


def _merge_spellings(bases: Iterable[str]) -> dict[str, str]:
    """'licence-plates' and 'license-plates' are one counted thing (rapidfuzz)."""
    known = set(vocab().families)
    ordered = sorted(bases)
    out: dict[str, str] = {}
    canon: list[str] = []
    for b in ordered:
        if b in known or ":" in b:
            out[b] = b
            continue
        hit = process.extractOne(b, canon, scorer=fuzz.ratio, score_cutoff=_ALIAS_SCORE)
        if hit is None:
            canon.append(b)
            out[b] = b
        else:
            out[b] = hit[0]
    return out


def _label(base: str, scope: str, members: list[Claim]) -> str:
    fams = vocab().families
    kind, _, what = base.partition(":")
    if kind == "money":
        text = money_label(what)  # "pledged (morvan)", "damage", "revenue"...
    elif kind == "measure":
        scale, _, of = what.partition(":")
        text = f"{scale} of {of}" if of else scale  # "magnitude of earthquake"
    elif kind == "duration":
        of, _, unit = what.rpartition(":")
        text = f"{unit or 'time'} of {of}" if of else f"duration ({what})"  # "hours of strike"
    elif kind in fams and what == "not":
        text = f"not {fams[kind].label}"  # "20 remain unidentified"
    elif kind in fams and what == "part":
        text = f"{fams[kind].label}, part"  # "16 injured, of whom 12 seriously"
    elif kind in fams and what == "serious":
        text = f"{fams[kind].label}, seriously"  # "13 feriti gravi"
    elif kind in fams and what in ("added", "projected"):
        text = f"{fams[kind].label} {what}"  # "an additional 3,000 troops", "could exceed"
    elif kind in fams:
        text = fams[kind].label + (f" for {what}" if what else "")  # "votes for no"
    elif kind == "share" and what.startswith("support "):
        text = f"support for {what.removeprefix('support ')}"  # "support for levy"
    elif kind == "share":
        text = f"share of {what}"
    elif kind == "deadline":
        text = "deadline / effective date"
    elif kind == "year":
        text = f"year of {what}"
    elif kind == "date":
        text = f"date of {what}"
    elif kind == "plan":
        text = f"planned year of {what}"
    else:
        text = base.replace(":", " ")
    where = scope or _common_scope(members)
    if kind == "money" and text.endswith(")"):
        where = ""  # "pledged (morvan)" names whose it is already
    return f"{text} ({where})" if where else text


def _common_scope(members: list[Claim]) -> str:
    words = Counter(s for c in members for s in c.scope)
    return ", ".join(w for w, _ in words.most_common(2))


def _slug(text: str) -> str:
    """A key a user can type: accents folded ("España" -> "espana", not "espa-a"), other
    letters than ASCII kept when they have no ASCII base (Cyrillic, Greek)."""
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c)
    )
    return re.sub(r"[^\w]+|_", "-", folded).strip("-") or "subject"


# ----------------------------------------------------------------------------- specs


def _matching_spec(c: Claim, specs: Sequence[SubjectSpec]) -> SubjectSpec | None:
    words = scope = scope_words = None  # lower-cased once, when a spec first asks
    for spec in specs:
        if spec.unit and spec.unit != c.unit:
            continue
        if words is None:
            words = _claim_words(c).lower()
        if spec.aliases and not _mentions_any(words, spec.aliases):
            continue
        if scope is None:
            scope = " ".join(c.scope).lower()
            scope_words = scope + " " + c.quote.lower()
        if spec.exclude and _mentions_any(scope, spec.exclude):
            continue
        if spec.scope and not _mentions_any(scope_words, spec.scope):
            continue
        return spec
    return None


def _claim_words(c: Claim) -> str:
    return " ".join([*c.terms, c.text.lower()]).replace(":", " ")


def _mentions_any(low_text: str, phrases: Sequence[str]) -> bool:
    """Whether lower-cased text names one of the phrases as whole words, or nearly (one of
    more than five letters, misspelt)."""
    pattern, long_ones = _phrases(tuple(phrases))
    if pattern.search(low_text):
        return True
    return any(fuzz.partial_ratio(p, low_text, score_cutoff=92) for p in long_ones)


@cache
def _phrases(phrases: tuple[str, ...]) -> tuple[re.Pattern, list[str]]:
    low = [p.lower() for p in phrases]
    alternation = "|".join(re.escape(p) for p in low)
    return re.compile(rf"\b(?:{alternation})\b"), [p for p in low if len(p) > 5]


# ----------------------------------------------------------------------------- lookup


def match_subject(query: str, claims: Sequence[Claim]) -> str:
    """The subject key a user means by `query`: the key, else its key or label in any case,
    else the one key, or else label, holding it (a part, or its words in any order), else the
    closest by spelling. Several subjects holding it are an error naming them, as
    `search --subject` does; nothing close is an error naming the nearest."""
    labels: dict[str, str] = {}
    for c in claims:
        labels.setdefault(c.subject, c.subject_label)
    if not labels:
        raise UsageError("no subjects: the corpus has no claims")
    if query in labels:
        return query
    for found in _subjects_holding(query, labels):
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            more = ", ..." if len(found) > 8 else ""
            raise UsageError(f"subject {query!r} is ambiguous: {', '.join(found[:8])}{more}")
    choices = {k: f"{k} {v}" for k, v in labels.items()}
    best = process.extract(query, choices, scorer=fuzz.WRatio, limit=3)
    if best and best[0][1] >= 75 and (len(best) == 1 or best[0][1] > best[1][1]):
        return best[0][2]
    near = ", ".join(k for _, _, k in best) or ", ".join(sorted(labels)[:3])
    raise UsageError(f"no subject matches '{query}'; did you mean: {near}?")


_WORD = re.compile(r"\w+")


def _subjects_holding(query: str, labels: Mapping[str, str]) -> Iterable[list[str]]:
    """The keys matching `query`, tier by tier (the caller stops at the first non-empty):
    key or label equal in any case, then a key holding it, a label holding it, then a key
    or label holding its words in any order."""
    q = query.strip().casefold()
    folded = {k: (k.casefold(), (v or "").casefold()) for k, v in labels.items()}
    yield sorted(k for k, (key, label) in folded.items() if q in (key, label))
    if not q:
        return
    yield sorted(k for k, (key, _) in folded.items() if q in key)
    yield sorted(k for k, (_, label) in folded.items() if q in label)
    words = set(_WORD.findall(q))
    if words:
        yield sorted(
            k
            for k, (key, label) in folded.items()
            if words <= set(_WORD.findall(key)) | set(_WORD.findall(label))
        )
