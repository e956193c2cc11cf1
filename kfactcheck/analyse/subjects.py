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
from datetime import date
from functools import cache

from rapidfuzz import fuzz, process

from kfactcheck.analyse.placekeys import (
    _country_names,
    _country_parts_spanning,
    _is_story_place,
    _merge_places,
    _sibling_places,
    _story_capital,
    country_id,
)
from kfactcheck.analyse.placewhole import home_below_total, listed_with_others, places_of_whole
from kfactcheck.analyse.specs import SubjectSpec
from kfactcheck.claims.money import join_sums, money_label
from kfactcheck.claims.whoparts import who_part
from kfactcheck.errors import UsageError
from kfactcheck.grammar.vocab import vocab
from kfactcheck.model import Claim

# Families whose "whose" is part of the quantity: Kosovo's population is not Serbia's.
_OWNED = ("population", "share:")
# Counts of people or things where one place's figure is part of the whole ("29 died in
# Tebrik itself", "In Barnsdale, 1,500 joined a solidarity rally"): a place splits them.
_PART_COUNTS = frozenset(
    {"deaths", "injured", "missing", "evacuated", "destroyed", "arrests", "custody", "crowd"}
    | {"people"}
    | {"bodies", "identified", "rescued", "homeless", "households", "affected"}
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
    _people_of_one_kind(free, stories)
    base = _merge_spellings({_base(c) for c in free})
    joined = _joined_sums(free, base, stories)
    parts: dict[tuple[str, str], list[tuple[Claim, str]]] = defaultdict(list)
    years = _story_years(free, stories)
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
        parts[(story, b)].append((c, *_split_scope(c, story, years.get(story))))
    groups: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    countries = _country_names()
    for (story, b), members in parts.items():
        members = _other_events(_undated_of_event(_placed_restatements(members)))
        # "215 deaths in Spain" is the national toll when the story names no other
        # country; a border story's "in Ardania" and "in Belmar" stay two quantities
        named = {part for _, part, _ in members if part in countries}
        contingent = b.partition(":")[0] == "troops"  # "Chile's 180 soldiers" stay apart
        one = len({country_id(part) or part for part in named}) < 2  # "spain", "españa": one
        whole = named if one and not contingent else set()
        same = _merge_places({part for _, part, _ in members if part and part not in whole})
        if "capital" in same and (city := _story_capital(story, members, same)):
            same["capital"] = city  # "dans la capitale" of a story in France: Paris's count
        homes = {same.get(part, part) for _, part, home in members if home}
        if b.partition(":")[0] in _ONE_DAY and not homes:
            same, homes = _gathering_home(members, same)
        others = set(same.values()) - homes
        listed = listed_with_others(homes, members, same)
        part_of_total = home_below_total(homes, members, same)
        if (
            homes
            and not listed
            and not part_of_total
            and (not others or not _sibling_places(homes, same))
        ):
            whole |= {p for p, canon in same.items() if canon in homes}
        whole |= _country_parts_spanning(same)
        if b.partition(":")[0] in _PART_COUNTS:
            whole |= places_of_whole(members, same, whole)
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


# the kinds of people a story's bare "people" can stand for: those who gather of their own
# accord ("1,4 million de personnes" at a march are its marchers). Not a role a story counts
# beside the public (700 firefighters beside 2,000 people who fled), nor a toll (a story of
# its dead, whose bare "people" may be a part of it or survivors).
_PEOPLE_MAY_BE = frozenset({"crowd"})
# those who serve at the scene ("300 Einsatzkräfte" at a march, firefighters at a fire):
# counted beside the public, so they leave the public's kind the story's one kind
_ON_DUTY = frozenset({"firefighters"})


def _people_of_one_kind(claims: list[Claim], stories: Mapping[str, str]) -> None:
    """A story that counts one kind of people only, a crowd ("manifestants", "marchers"):
    its bare counts of "people" ("1,4 million de personnes", "90.000 personnes à Lorvy")
    are of that kind. Not where it counts two kinds or more (marchers and employees),
    where "people" may be any of them, nor a kind _PEOPLE_MAY_BE leaves out. A kind whose
    largest figure is under a tenth of a bare count ("zwei Privatpersonen" who registered
    a march of 90,000) cannot be what that count counts, and leaves it to the others."""
    kinds: dict[str, dict[str, float]] = defaultdict(dict)
    for c in claims:
        if c.unit == "people" and c.terms and c.terms[0]:
            kind = c.terms[0].partition(":")[0]
            if kind not in _ON_DUTY | {"people"} and not any(
                s.startswith("event ") for s in c.scope
            ):
                seen = kinds[stories.get(c.document, "")]
                seen[kind] = max(seen.get(kind, 0.0), c.value)
    for c in claims:
        if c.unit == "people" and c.terms and c.terms[0] in ("people", "people:projected"):
            sizes = kinds.get(stories.get(c.document, ""), {})
            one = {k for k, top in sizes.items() if top * _SAME_ORDER >= c.value}
            if len(one) == 1 and one <= _PEOPLE_MAY_BE:
                # (an expectation of people, "mit 20.000 Menschen gerechnet", of that kind too)
                what = c.terms[0].replace("people", next(iter(one)), 1)
                c.terms = (what, *c.terms[1:])


_SAME_ORDER = 10  # how much smaller than a bare count another kind's figures may be


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
    return who_part(_placed_part(family, c.scope))  # "deaths:part niñ" and "deaths:crianc"


def _placed_part(family: str, scope: tuple[str, ...]) -> str:
    """A part named by the place its figure is counted in is that place's count:
    "7,200 in all, including 5,400 in Ardania" ('deaths:part ardania', scope 'in ardania')
    is the toll in Ardania, which the scope keys (its base is 'deaths')."""
    whole, sep, part = family.partition(":part ")
    if not sep or len(part) < 4 or " " in part:
        return family
    placed = any(s.startswith("in ") and s[3:].startswith(part) for s in scope)
    return whole if placed else family


def _placed_restatements(
    members: list[tuple[Claim, str, bool]],
) -> list[tuple[Claim, str, bool]]:
    """A figure with no place that a page gives again, of the same value and day, in one
    place ("Koblenz (ots) - 110 Menschen kamen ums Leben. ... Im Kreis Lindenau hat die
    Flut 110 Todesopfer gefordert") is that place's figure too: one page does not give one
    number for two quantities."""
    placed: dict[tuple[str, str, object], set[tuple[str, bool]]] = defaultdict(set)
    for c, part, home in members:
        if part and f"in {part}" in c.scope:  # a place it is counted in, not a part's area
            placed[(c.document, c.as_of, c.value)].add((part, home))
    if not placed:
        return members  # most quantities: no place at all
    out = []
    for c, part, home in members:
        where = placed.get((c.document, c.as_of, c.value), set()) if not part else set()
        if len(where) == 1 and not any(s.startswith("event ") for s in c.scope):
            part, home = next(iter(where))
        out.append((c, part, home))
    return out


_EVENT_DAY = re.compile(r"event (\d{4}-\d\d-\d\d)$")


def _other_events(members: list[tuple[Claim, str, bool]]) -> list[tuple[Claim, str, bool]]:
    """Figures of an event named with its day (claims/placeframe.event_day): the day most of
    the quantity's figures name (three or more, twice any other) is the story's own event,
    whose figures keep their places;
    a figure of another day's event ("the aftershock of Saturday killed four") is that
    event's, and a place splits it as it splits the story's own."""
    days: dict[int, str] = {}
    for c, _, _ in members:
        day = next((m.group(1) for s in c.scope if (m := _EVENT_DAY.match(s))), None)
        if day:
            days[id(c)] = day
    if not days:
        return members  # most quantities: no event named with its day
    counts = Counter(days.values())
    main, most = counts.most_common(1)[0]
    out = []
    for c, part, home in members:
        day = days.get(id(c))
        # another event only against a clear main one, and a day or more from it (a
        # weekday resolved from another page's date may land a day off)
        other = day and most >= 3 and counts[day] * 2 <= most and _days_apart(day, main) > 1
        if other:
            if not part or part.startswith("event "):  # (its event came before its home)
                part = next((s[3:] for s in c.scope if s.startswith("in ")), "")
            where = f" in {part}" if part else ""
            part, home = f"event {day}{where}", False  # that event's count there
        elif day and part == f"event {day}":
            part = ""  # the story's own event: its figures with no place are its total
        out.append((c, part, home))
    return out


def _days_apart(a: str, b: str) -> int:
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:  # a day no calendar has: apart from any other
        return 1 << 30


def _undated_of_event(members: list[tuple[Claim, str, bool]]) -> list[tuple[Claim, str, bool]]:
    """A figure that holds on no day its page says, right before a figure of the same
    thing in its sentence that is another event's ("entre 0,8 million (selon la préfecture) et
    2,1 millions (selon les organisateurs) lors du défilé du 9 mars 2012"), is that event's too."""
    events = [(c, part) for c, part, _ in members if part.startswith("event ")]
    if not events:
        return members  # most quantities: no other event
    out = []
    for c, part, home in members:
        if not part and not c.as_of:
            after = {
                p
                for e, p in events
                if e.document == c.document
                and e.sentence_start == c.sentence_start
                and 0 < e.start - c.end < 120
            }
            part = after.pop() if len(after) == 1 else part
        out.append((c, part, home))
    return out


def _story_years(claims: Iterable[Claim], stories: Mapping[str, str]) -> dict[str, int]:
    """Story -> the year most of its figures hold in (not those of another event it names)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for c in claims:
        if c.as_of[:4].isdigit() and not any(s.startswith("event ") for s in c.scope):
            counts[stories.get(c.document, "")][int(c.as_of[:4])] += 1
    return {story: years.most_common(1)[0][0] for story, years in counts.items()}


# counts of one day's gathering: one of another year is another event's ("the 2019 march")
_ONE_DAY = frozenset({"crowd"})


def _split_scope(c: Claim, story: str = "", year: int | None = None) -> tuple[str, bool]:
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
    held = int(c.as_of[:4]) if c.as_of[:4].isdigit() else None
    recalled = any(s.startswith("event ") for s in c.scope)  # its own "event" wins
    one_day = family.partition(":")[0] in _ONE_DAY and not recalled
    if one_day and year and held and abs(held - year) >= 2:
        # a page of another year in the story, or a march it recalls with its date: that
        # year's gathering, not one of the story's
        return f"event {held}", False
    for s in c.scope:
        first, _, rest = s.partition(" ")
        if first == "event" and year and rest == str(year):
            continue  # a retrospective page's "in 2021 the flood killed 134": the story's own
        if first in areas or first == "event":
            return s, False  # "northern kosovo"; "event 1968": another, earlier event's count
        kind = family.partition(":")[0]
        part = kind in _PART_COUNTS  # "deaths:projected" too
        # "40 vecinos de Torralba": people named by their own noun, counted in one place
        part = part or (c.unit == "people" and kind not in vocab().families)
        if first == "in" and rest and part:
            if "+" in rest and story and any(_is_story_place(k, story) for k in rest.split("+")):
                continue  # "in Lorvia and Kessby" in Lorvia's story: the whole, as unplaced
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


# "im Zentrum", "in the city centre": where a town's march is, not another place
_TOWN_CENTRE = frozenset(
    {"zentrum", "innenstadt", "stadtzentrum", "centre", "centre-ville", "city centre"}
    | {"downtown", "centro", "centro storico", "centro histórico", "binnenstad", "centrum"}
)


def _gathering_home(
    members: Sequence[tuple[Claim, str, bool]], same: dict[str, str]
) -> tuple[dict[str, str], set[str]]:
    """The place a crowd story with no place in its name gathers in, and the places that are
    within that gathering: a crowd is counted again and again, so the place whose figures
    (two or more) are the very figures other reports give with no place ("250.000" here,
    "250.000 in Lorvy" there) is where the story's crowd is; then a place only ever given
    the figure a report gives that home too ("more than 100,000 in Lorvy ... more than
    100,000 in Lorvy's old town") is a part of that one gathering. A national strike's
    "in Lorvy" (its figures apart from the nation's) stays Lorvy's own count."""
    # (a figure with no place of its own counts as bare, though it took one from its page:
    # _placed_restatements); "up to 250,000" echoes "250,000"
    bare = {c.value for c, part, _ in members if not part or f"in {part}" not in c.scope}
    echoes: Counter[str] = Counter()
    for c, part, _ in members:
        if part and f"in {part}" in c.scope and c.value in bare:
            echoes[same.get(part, part)] += 1
    top = echoes.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return same, set()
    home = top[0][0]
    at_home = {(c.document, c.value) for c, part, _ in members if same.get(part) == home}
    given: dict[str, list[bool]] = defaultdict(list)
    for c, part, _ in members:
        canon = same.get(part, part)
        if part and canon != home:
            given[canon].append((c.document, c.value) in at_home)
    within = {p for p, hits in given.items() if all(hits) or p in _TOWN_CENTRE}
    return {k: home if v in within else v for k, v in same.items()}, {home}


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
    elif kind in fams and what == "damaged":
        text = f"{fams[kind].label}, damaged"  # "2,200 damaged or destroyed"
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
    # (the day of the story's own event says nothing a reader needs: _other_events)
    words = Counter(s for c in members for s in c.scope if not _EVENT_DAY.match(s))
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
