"""One figure of a sentence -> its Claim, or None when it states nothing about the world.

extract.py walks documents and sentences; this module decides, for one figure, what it
counts (its noun phrase, the noun it links back to, a part of another count), whose it is
(scope), when it held, and whether it is a claim at all ("the two sides", "24-storey").
"""

from __future__ import annotations

import re
from functools import cache

from kfactcheck import data
from kfactcheck.claims.bounds import named_bound
from kfactcheck.claims.buildings import building_state
from kfactcheck.claims.cheaptests import reading
from kfactcheck.claims.codes import in_name, name_number, service_number
from kfactcheck.claims.condition import with_condition
from kfactcheck.claims.counted import (
    DURATION_NOUNS,
    SHORT_TIME,
    changed_by,
    counts_noun,
    family_of,
    has_apostrophe,
    leading,
    link_back,
    money_family,
    names_something,
    noun_phrase,
    plain,
    possessor_scope,
    verb_after,
    verb_family,
)
from kfactcheck.claims.counted_lang import read_counted
from kfactcheck.claims.dated import event_near
from kfactcheck.claims.durations import is_age, topic_word
from kfactcheck.claims.elided import elided_count
from kfactcheck.claims.increments import also_added, joint_with_missing, money_added, money_step
from kfactcheck.claims.lists import (
    among_these,
    counted_by,
    label_place,
    list_item,
    list_line,
    part_after_part,
)
from kfactcheck.claims.measures import measure_before, quake_reading
from kfactcheck.claims.nationscope import TOLLS as _TOLLS
from kfactcheck.claims.nationscope import clause_country, held_area
from kfactcheck.claims.nocount import no_count, reading_or_anaphor
from kfactcheck.claims.parts import (
    OF_THEM,
    next_part,
    other_kind,
    part_name,
    partitive,
    past_total,
    subset_of,
)
from kfactcheck.claims.placeframe import (
    capital_before,
    place_there,
    side_of,
    subject_place,
    subject_place_en,
    toll_in,
)
from kfactcheck.claims.placelists import total_after
from kfactcheck.claims.places import KIND_OF_IN, bare_item, place_scope, whole_count
from kfactcheck.claims.population import POPULATION, lives_there, titled_population
from kfactcheck.claims.prefilter import may_hold
from kfactcheck.claims.severity import SERIOUS, serious_state, severe_noun
from kfactcheck.claims.shares import TO_SHARE, share_terms
from kfactcheck.claims.sums import bare_sum, noun_follows
from kfactcheck.claims.townref import prefecture_place, town_meant
from kfactcheck.claims.whoparts import who_of
from kfactcheck.grammar import numlang
from kfactcheck.grammar.vocab import (
    expected_after,
    noun_concept,
    projected,
    rate_of,
    singular,
    trie_pattern,
    vocab,
)
from kfactcheck.model import Claim, Document, Quantity


def figure_claim(
    doc: Document,
    sentence: str,
    base: int,
    q: Quantity,
    as_of: str,
    previous: Claim | None = None,
    code: str = "en",
    last: Claim | None = None,
    earlier: list[Claim] | None = None,
) -> Claim | None:
    v = vocab()
    reading(sentence)  # the rules' cheap tests may scan it once for all its figures
    after = sentence[q.end :]
    before = sentence[: q.start]
    if names_something(before, after, q) or no_count(before, after, q, code):
        return None  # "il y a 40 jours", "One, two, three, four dead," he counted
    if service_number(before, after, q, code):
        return None  # "i medici del 112", "call 911": a service, not a count
    # "die Kosten steigen um 1,7 Milliarden": a sum's step is a quantity of its own
    step = q.unit == "currency" and money_step(before, after, code)
    q = named_bound(before, q)  # "their upper estimate: £17bn": at most (bounds.py)
    if not step and changed_by(before) and (q.unit != "percent" or TO_SHARE.match(after)):
        return None  # "rose by 12 to 57": the difference of two levels, not a level
    added = q.unit != "percent" and bool(_ADDED_BEFORE.search(before[-24:]) or _MORE.match(after))
    if q.unit == "percent" and sentence[q.start : q.end].lower().endswith(" of"):
        after = " of" + after  # "half of the homes in Tebrik": the figure took the "of"
    skipped = False  # whether the counted words are those of a later figure
    after = _past_aside(after, 0)  # "40 000 (selon les syndicats) manifestants"
    second = _to_figure().match(after) if _FROM_WORD.search(before[-8:]) else None
    if second is not None and _word_follows(after, second.end(), code):
        # "cut from 9,000 to 6,500 officers": the old level counts what the new one does
        after, skipped = " " * second.end() + after[second.end() :], True
        after = _past_aside(after, second.end())  # "entre 12 (X) et 40 (Y) marcheurs"
    elif code == "en" and (whole := _OF_THE_FIGURE.match(after)):
        # "3 of the 12 soldiers died": a part of what the whole counts (parts.part_of_next
        # gives it the whole's family), when that is a noun of people or of a count
        past = " " * whole.end() + after[whole.end() :]
        noun = noun_phrase(past, q)[0]
        if noun and counts_noun(noun.lower()):
            after, skipped = past, True
    head, modifiers, phrase_end, scope = noun_phrase(after, q)
    if not head and q.unit is None and after[:1] == "-" and after[1:2].isalpha():
        return None  # "the 3-square-mile zone": a measure of a thing, counting nothing
    unit: str | None = q.unit
    family: str | None = None
    measure = measure_before(before, after if code != "en" else "")
    if measure is None and 2 <= q.value < 10 and q.unit is None:
        measure = quake_reading(before, after, q.text)  # "the 7.8 quake", "sismo de 7,4"
    if measure and head and counts_noun(head.lower()):
        measure = None  # "hospitals registered 40 deaths": a count, not a reading
    if measure:
        # "a magnitude 6.3 quake", "measured 6.3": the figure is a reading on a scale, of
        # the event named after it or nearest to it
        what = vocab().events.get((head or "").lower()) or event_near(sentence, q)
        head, unit = None, measure
        family = f"measure:{measure}" + (f":{what}" if what else "")
    item = None if family or head else list_line(before, after, doc.text, base, last, code, q)
    if item is not None:
        family, unit, scope = item  # ". Province de Norvale : 694" under "victimes dans :"

    if family is None and unit is None and bare_sum(q.text, q.value, after, code, doc.text):
        if name_number(before, q):
            return None  # "das Bahnprojekt Nordkreuz 21": a name's number, no sum
        unit, family = "currency", "money"  # "the remaining 28 billion are shared": a sum
    if family is None and code != "en" and unit not in ("percent", "currency", "years"):
        # other languages: the counted noun by its stem and the same families as English,
        # or an unknown quantity ("" family), which is never compared
        name = _NAME_AFTER.match(after) if code in _LOWER_DEMONYMS else None
        if name and before.strip() and noun_concept(name.group(1), code) is None:
            return None  # "il Movimento 5 Stelle": a figure in a name, not a count
        got = read_counted(before, after, q, code)
        family, unit, phrase_end, scope = got.family or "", got.unit, got.end, got.scope
        if got.end and unit != "people" and family not in v.families and in_name(before, q):
            return None  # "bei Nordkreuz 21 Aufträge von ...": a name's number, no count
        if family == "duration" and is_age(before, after[got.end :], code):
            return None  # "une femme de 45 ans": someone's age, no claim
        if got.anaphor and previous is None and last and last.unit not in _NOT_NAMED:
            family, unit = last.terms[0], last.unit  # "la cifra aumentó a 57"
        elif not got.family and not got.end and previous is None:
            # "la police a compté 7 500 et les syndicats 30 000": what was counted before
            family, unit = counted_by(before, last, code) or (family, unit)
            if not family:  # "Sale a 23, e ... 60 i morti", "Gli altri 37 sono ..."
                family, unit = elided_count(before, after, code, last) or (family, unit)
        if not scope and not whole_count(before, code):  # "Dort starben 47 Menschen": where
            # the sentence before was
            scope = place_there(before, doc.text[max(0, base - 300) : base], code)
            scope = scope or subject_place(before, code)  # "La provincia de X ha sido..."
        head, modifiers = ("" if not got.end else after[: got.end].strip()), []
        if unit == "people" and previous is None:  # "Entre ellos ... 18 vecinos de X"
            family = among_these(before, doc.text[max(0, base - 300) : base], family, scope, code)
        people_before = previous is not None and previous.unit == "people"
        if family == "people" and people_before and previous.terms[0] != "people":
            # "llega a 80 en Ardania, 76 personas en la provincia de Belmar": the list
            # goes on counting what its first figure counts
            family = previous.terms[0]
        if family.partition(":")[0] in _TOLLS and (held := held_area(before, after[got.end :])):
            scope = (
                *held,
                *scope,
            )  # a part one side holds ("zonas bajo control del ejército"): its own
        placed = any(s.startswith("in ") for s in scope)
        between = sentence[previous.end - base : q.start] if previous is not None else ""
        if people_before and unit == "people" and (whole := next_part(previous, family, between)):
            family = whole  # "40 são mulheres e 30 homens": the second is a part too
        if placed and family == "injured" and severe_noun(after, got.end, code):
            family = SERIOUS  # "40 heridos graves en Valdería": hurt badly wherever counted
        elif family and _OF_WHICH.search(before[-24:]) and not placed:
            # "i feriti sono 9, di cui 4 gravissimi": some of them, badly hurt
            serious = subset_of("", after, family, code) == "injured:serious"
            own_kind = previous is not None and other_kind(previous.terms[0], family)
            # "58 manifestants, dont 17 placés en garde à vue": held, a count of its own kind
            family = "injured:serious" if serious else family if own_kind else family + ":part"
        elif family and not placed and not past_total(previous, between):
            # "unter den Toten sind neun Bewohner": a part (a place makes its own part)
            family = subset_of(before, after, family, code) or family
        elif family and partitive(after) and not past_total(previous, between):
            # "ao menos 6 das vítimas são crianças": a part in its place, when it says who
            sub = subset_of(before, after, family, code)
            family = sub if sub and who_of(sub) else family
        if not got.end and not placed and previous is not None:  # "12 dos mortos ... e três"
            family = part_after_part(previous, family, between)
        listed = previous is not None and previous.unit not in _NOT_COUNTS  # (not a reading:)
        if not family and listed and not previous.terms[0].startswith("measure"):
            # "40 vecinos de Torralba, 9 en la capital": a list goes on counting the same
            of_which = _OF_WHICH.search(before[-24:]) is not None
            family, unit = list_item(previous, q, scope, earlier if of_which else None, between)
            if family and not placed and OF_THEM.match(after):
                # "a Lorvia si cercano 14 persone, 3 delle quali bambini": some of them
                family = subset_of("", after, family, code) or family
        if family == "money" and q.unit is None and noun_follows(after, code):
            family, unit = "", None  # "2 millions d'euros et 3 millions de visiteurs"
        if not family and q.qualifier == "exact" and not q.spelled:
            # a bare figure that counts nothing named is a code, a label or a number to
            # call more often than a count; a hedged one ("mehr als 50") stays, unknown
            return None
    if family is not None and unit == "currency" and family.partition(":")[0] == "money":
        # "un don de 150 millions", a list's "et 100 millions": its own clause says what
        # the sum is and whose
        family = _sum_family(before, after, code, step)
        if q.unit != "currency" and name_number(before, q):
            return None  # "die Kosten für Nordkreuz 21": a name's number, no sum
        if q.unit != "currency" and q.value < 1000:
            family = ""  # "les quatre plates-formes" after a sum: a count of what, unknown
    elif family is not None:
        pass
    elif (
        unit == "percent"
        and previous
        and previous.unit == "percent"
        and _EARLIER_LEVEL.search(before[-30:])
        and not _OF_NAMED.match(after)
    ):
        # "30% back the party, down from 38%": the earlier level of the same share
        family, scope = previous.terms[0], previous.scope
    elif unit == "percent":
        family, scope = share_terms(before, after, scope, code)
    elif unit == "currency":
        family = _sum_family(before, after, code, step)
    elif unit == "years":
        family = "duration:" + topic_word(before, after)
    elif head:
        low = head.lower()
        if low in ("time", "times"):
            return None  # "three times", "the 3rd time"
        if low in SHORT_TIME or singular(low) in SHORT_TIME:
            unit = low if low.endswith("s") else low + "s"
            family = "duration:" + topic_word(before, after)
        elif low in DURATION_NOUNS:
            unit, family = "years", "duration:" + topic_word(before, after)
        else:
            family, unit = family_of(low, modifiers, head, before, after, after[phrase_end:])
            if family not in v.families and not counts_noun(low) and in_name(before, q):
                return None  # "the Apollo 11 crew": a name's number, no count
            if (
                family in ("crowd", "people", singular(low))
                and low in _RESIDENTS
                and has_apostrophe(before, max(0, len(before) - 40))
                and _OWNER_POSSESSIVE.search(before[-40:])
            ):
                # "50,000 of Belmar's 400,000 people came out": who live
                # there, unless something happened to them ("the town's 4,000 residents
                # were evacuated")
                family = "population"
    elif (pred := _COPULA_NOUN.match(after) or _OF_THE.match(after)) and counts_noun(
        pred.group(1).lower()
    ):  # "some 6,200 are infantry", "35 of the deaths were recorded": that noun is counted
        family, unit = family_of(pred.group(1).lower(), [], pred.group(1), before, after)
    elif (those := _OF_THOSE.match(after)) and (did := verb_after(after[those.end() - 1 :])):
        # "four of those who drowned were pupils", "twelve of those rescued": a part of the
        # count the verb names, named by what its predicate says
        family = f"{did}:{part_name(after[those.end() - 1 :], code)}"
        unit = v.families[did].unit
    else:
        back = link_back(before)
        if back is None and q.number_start > q.start:
            back = link_back(sentence[: q.number_start])  # "the toll could exceed 100"
        family, unit = back or (None, None)
        if family in _FIGURE_NOUNS and previous is None and last and last.unit not in _NOT_NAMED:
            # "by now that number sits north of 35": the count the text spoke of last, not a
            # quantity called "number"
            family, unit = last.terms[0], last.unit
        if family is None:
            # a cue before the figure counts only in its own clause ("the burnt-out block,
            # while 7 have been found" is no count of homes destroyed)
            clause = _CLAUSE_CUT.split(before[-30:])[-1]
            verb = verb_after(after) or (verb_family(clause, len(clause)) if clause else None)
            if verb == "affected" and previous is not None and previous.unit != "people":
                verb = None  # "1,900 homes burned and 2,600 are affected": homes, as before
            if verb is not None:
                family, unit = verb, v.families[verb].unit
            elif previous is not None and previous.unit not in ("date", "year", "percent"):
                # "Yes won 14,712 votes and No 13,418": the second figure counts the same
                # thing, for the party named right before it (another quantity)
                family, unit = previous.terms[0], previous.unit
                # an expectation is the previous figure's own ("mit 25.000 gerechnet - am Ende
                # waren es 200.000"): this one is one when its own clause says so (below)
                family = family.removesuffix(":projected")
                scope = previous.scope
                owner = _OWNER_BEFORE.search(before, max(0, len(before) - _OWNER_REACH))
                placed = family.partition(":")[0] in _CUMULATIVE_OR_PLACED
                if owner and family and not (placed and bare_item(before, after, code)):
                    # (a toll's list item "Norvale 40, Kessby 10" names a place instead)
                    family = f"{family}:{owner.group(1).lower()}"
            elif previous is None and (by := counted_by(before, last, code)):
                family, unit = by  # "Police counted 7,500 and the organisers 30,000"
            elif titled_population(before, code):
                family, unit = POPULATION, "people"  # "Arden, population 7,200": residents
            else:
                return None  # a figure that counts nothing named: not a claim

    if code == "en" and family in _TOLLS and (held := held_area(before, after[phrase_end:])):
        scope = (*held, *scope)  # "1,200 deaths in rebel-held areas": that part's toll
    if code == "en" and family and unit == "people" and not any(x.startswith("in ") for x in scope):
        family = subset_of(before, after, family, code) or family  # "among the dead, 12 were"
    if family == "deaths" and joint_with_missing(after, phrase_end):
        family = "deaths+missing"  # "some 400 dead or missing": the two counts summed
    counts = family and unit not in _NOT_COUNTS and unit != "currency"
    # "could exceed 100": an expectation, not a count (a sum a plan "would cost" is the
    # plan's cost, and stays one)
    if (
        counts
        and not family.startswith(("duration", "measure", "money"))
        and not family.endswith(":projected")  # (lists.counted_by: "rechnete mit 30.000")
        and (
            projected(before, code)
            # the qualifier's own words too: "superará los 100"
            or (q.number_start > q.start and projected(sentence[: q.number_start], code))
            or expected_after(after[phrase_end:], code)
        )
        and not _FROM_LEVEL.search(before[-12:])
    ):
        family += ":projected"
    elif family.startswith("money") and projected(before, code, forecast_only=True):
        family += ":projected"  # "is forecast to climb to about €3bn by then"
    if family and unit not in _NOT_COUNTS and (rate := rate_of(before, after)):
        family += f":per {rate}"  # "£350m a week" is not "£18bn" a year
    if family and unit == "homes":
        family = building_state(before, after, phrase_end, family, code)  # "damaged", "affected"
    if family and unit == "people":
        family = serious_state(after, phrase_end, family, code)  # "dans un état grave"
        family = lives_there(before, family, code)  # "a town of 13,000 people"
        # "18 people remain in hospital", "200 rescued overnight": not the whole count
        family = with_condition(before, after, phrase_end, family, code)
    if reading_or_anaphor(before, after, q, family, unit):
        return None  # "up to 1,800 degrees", "300 millimetri", "the two": not a count
    if not added and unit not in ("percent", "currency") and phrase_end:
        # "tres muertos más", "12 morts supplémentaires", "12 morti in più": a step of the
        # count after its noun, whatever its size (none is a level)
        added = _MORE_AFTER.match(after, phrase_end) is not None
    if added and previous is not None and previous.terms[0] != family:
        added = False  # "412 dead, with another 2,300 people injured": a level of another
    elif added and previous is None and family in CUMULATIVE and _WITH_ANOTHER.search(before):
        added = False  # "..., with another 2,300 injured" after a figure's clause
    elif added and previous is None and also_added(before, last, family):
        added = False  # "43 died. ... an additional 900 were injured": "also", not a step
    if added and unit != "currency":
        if family is None or family in CUMULATIVE:
            return None  # "another 12 bodies were found": a step in the running toll
        family += ":added"  # "an additional 3,000 troops": reinforcements, not the force
    end = q.end + phrase_end if head and unit not in ("percent", "currency") else q.end
    end = q.end if skipped else end
    text = sentence[q.start : end]
    owner = possessor_scope(before)
    whole = False
    if code == "en" and family and family.partition(":")[0] in _CUMULATIVE_OR_PLACED:
        # "120 in Belmar", "in the capital, 45 died": a place before or after the figure
        # in its clause, as the other languages read it; the figure's own place wins over
        # one a list's first figure gave it
        rest = after[phrase_end if head else 0 :]
        verb_in = _VERB_IN.match(rest) or KIND_OF_IN.match(rest)
        if verb_in is None and family.partition(":")[0] in _HARMED:
            verb_in = _VERB_IN_AREA.match(rest)  # "120 people died in the province of X"
        own = place_scope("", rest[verb_in.end(1) :], 0, "en") if verb_in else ()
        if not own and (item := bare_item(before, rest, "en")):
            own = (item,)  # "killed 50 people: Norvale 40, Kessby 10"
        # "..., while nationwide the toll reached 1,250", "In X, 40 died, 90 in all"
        whole = whole_count(before, code)
        if not whole and total_after(rest, 0):
            whole, scope = True, tuple(x for x in scope if not x.startswith("in "))
        if not own and not whole and (toll := toll_in(before)):
            own = (toll,)  # "The death toll in the province of X rose to 120"
        if not own and not whole:
            own = subject_place_en(before)  # "Norvale province recorded 1,452 deaths"
        if not own and not whole and capital_before(sentence, q.start):
            own = ("in capital",)  # "in the capital, 45 died"
        if own == ("in capital",) and family.partition(":")[0] not in CUMULATIVE:
            own = ()  # "50,000 marched in the capital": where the march was, not a part
        if own:
            scope = tuple(x for x in scope if not x.startswith("in ")) + own
        reach = max(0, len(before) - 80)
        toll_of = has_apostrophe(before, reach) and _TOLL_OF.search(before, reach)
        if toll_of and not whole and not any(x.startswith("in ") for x in scope):
            scope += (f"in {toll_of.group(1).lower()}",)  # "Belmar's death toll rose to"
    labelled = None
    if family and not item and not any(x.startswith("in ") for x in scope):
        labelled = label_place(before, doc.text, base, last, code)
    if labelled is not None:
        scope = (*scope, labelled)  # ". Province de Kessby : 347 morts": Kessby's
    frame = leading(before) if not whole else ()  # "In X, 20 died; nationwide, 45"
    if family and not any(x.startswith("in ") for x in scope + frame):
        frame += side_of(before, after)  # "on the Belmari side of the border, 310 died"
    if family and not any(x.startswith("in ") for x in scope + frame):
        # "... the town of Marlow. The city reported 13 deaths": Marlow's
        frame += town_meant(before, doc.text[max(0, base - 400) : base], code)
        frame = frame or prefecture_place(before)  # "selon la préfecture du Varnois, 3 000"
    if (
        family
        and family.partition(":")[0] in _TOLLS
        and not any(x.startswith("in ") for x in scope + frame)
        and not whole
        and not whole_count(before, code)
    ):
        # "in Belmar, the toll is 400", "Belmari officials put the toll at 400": Belmar's
        frame += clause_country(before, after[phrase_end if head else 0 :], code)
    scope_all = tuple(dict.fromkeys(w for w in (plain(x) for x in scope + owner + frame) if w))
    return Claim(
        document=doc.id,
        value=_num(q.value),
        low=_num(q.low),
        high=_num(q.high),
        qualifier=q.qualifier,
        unit=unit or "items",
        as_of=as_of,
        text=text,
        start=base + q.start,
        end=base + end,
        quote=sentence,
        terms=(family or "", *[m.lower() for m in modifiers]),
        scope=scope_all,
        sentence_start=base,
    )


def _sum_family(before: str, after: str, code: str, step: bool) -> str:
    """A sum's family: "money:increase" for a step of another sum (claims/increments.py),
    else what money_family reads."""
    if step or money_step(before, after, code):
        return "money:increase"
    family = money_family(before, after, code)
    if money_added(before, code) and family.count(":") == 1:
        return "money:increase"  # "weitere 500 Millionen", nobody's and for nothing named
    return family


# "another 12 bodies", "12 more deaths", "an additional 3,000 troops": added to a count
_ADDED_BEFORE = re.compile(  # "mais cinco", "weitere 400" ("outros quatro" are others)
    r"\b(?:another|a\s+further|an\s+additional|an\s+extra|mais|weitere)\s+$", re.I
)
# "of which 12", "di cui 12", "de los cuales 140": a part of the count just named
_OF_WHICH = re.compile(
    r"(?i)\b(?:of\s+(?:which|whom)|di\s+cui|de\s+l[oa]s\s+cuales|dont|davon|d[oa]s\s+quais"
    r"|waarvan|od\s+kojih)\s+(?:\w+\s+)?$"
)
# languages that write nationalities in lower case: a capitalised word right after a figure
# there is a name ("5 Stelle"), not what it counts ("12 serbios")
_LOWER_DEMONYMS = frozenset({"fr", "es", "pt", "it"})
_NAME_AFTER = re.compile(r"\s+([A-ZÀ-Ý][a-zà-ÿ]+)\b")
_COPULA_NOUN = re.compile(r"\s+(?:are|were)\s+([a-z]+)\b")
_OF_THOSE = re.compile(r"(?i)\s+of\s+(?:those|them)\s+(?:who\s+)?")
_OF_THE = re.compile(r"\s+of\s+(?:the|these|those)\s+([a-z]+)\b(?!\s+of\b)")
_RESIDENTS = frozenset({"people", "residents", "inhabitants", "citizens"})
_OWNER_POSSESSIVE = re.compile(
    r"(?:\b[A-Z][\w-]*|\b(?:city|country|nation|region|province|state|town|island))[’']s\s+$"
)
_WITH_ANOTHER = re.compile(r"\bwith\s+another\s+$", re.IGNORECASE)
_MORE_AFTER = re.compile(
    r"(?i)\s+(?:más|de\s+plus|supplémentaires?|a\s+mais|in\s+più|more|weitere)"
    r"(?!\s+(?:de|than|que|di|als|do|da|of)\b)(?!\w)"
)
_MORE = re.compile(r"\s+(?:more\b(?!\s+than)|weitere\b)", re.I)

# "... and No 13,418", "..., Jones 9,000": a capitalised name right before a figure that
# repeats an earlier count.
_OWNER_BEFORE = re.compile(r"(?:\band|,)\s+([A-Z][\w’'-]*)\s+$")
_OWNER_REACH = 200  # it ends the text before the figure: searched from there, not the start

_EARLIER_WORDS = r"(?:up|down)\s+from|compared\s+with|against"
_EARLIER_LEVEL = re.compile(rf"\b(?:{_EARLIER_WORDS})\s+$")
# "compared with 29% of Green voters": a share of another named group, no earlier level
_OF_NAMED = re.compile(r"\s*of\s+(?:the\s+)?[A-Z]")
EARLIER = re.compile(rf"\b(?:{_EARLIER_WORDS})\b|\bfrom\b\s+(?:an?\s+|the\s+)?(?:\w+\s+){{0,2}}$")

# "of the 12" after a figure: the whole it is a part of (not a year: "5 of the 1999 treaty")
_OF_THE_FIGURE = re.compile(
    r"(?i)\s+of\s+(?:the|these|those|its|their)\s+(?!(?:1[89]|20)\d\d\b)\d[\d,.]*"
    r"(?:\s+(?:million|billion)\b)?"
)
# a bracketed aside right after a figure, before what it counts: "40,000 (organisers'
# figures) marchers", "5.000 (según la policía) personas"
# (or the closing quote of a quoted figure: '"anywhere from 30 to 45" casualties')
_ASIDE = re.compile(r"\s*\([^()\n]{1,80}\)|[\"”»’](?=\s+[a-zà-ÿ])")


def _past_aside(after: str, at: int) -> str:
    """`after` with a bracketed aside at `at` blanked (offsets kept), so that the counted
    words after it are read as the figure's own."""
    aside = _ASIDE.match(after, at)
    if aside is None:
        return after
    return after[:at] + " " * (aside.end() - at) + after[aside.end() :]


_NEXT_WORD = re.compile(r"\s*(?:\([^()\n]{1,80}\)\s*)?([^\W\d_][\w’'-]*)")


def _word_follows(after: str, at: int, code: str) -> bool:
    """Whether a word that may be counted follows the second figure of "from A to B" (at
    `at` in `after`): not a comma ("from 1,100 to 1,000, two weeks after") nor a word of
    another figure ("1,000 two weeks"), whose noun is that figure's."""
    word = _NEXT_WORD.match(after, at)
    return word is not None and not may_hold(word.group(1), code)


# "from 9,000 to 6,500 officers", "von 9000 auf 6500 Polizisten", "de 9 000 à 6 500"
_FROM_WORD = re.compile(r"(?i)\b(?:from|de|von|da|van|od|desde|dai|dal|entre|between)\s+$")


@cache
def _to_figure() -> re.Pattern:
    """The "to 6,500 (million)" after "from 9,000": its scale words are those the number
    grammar reads, in English (numbers.toml) and every other language (languages.toml)."""
    scales = set(data.load("numbers")["scales"])
    for key in numlang.languages():
        scales |= set(numlang.table(key)["numbers"]["scales"])
    return re.compile(
        r"(?i)\s*(?:to|a|à|auf|bis|para|naar|do|al|fino\s+a|et|and|y|e)\s+(?:about\s+|around\s+)?"
        rf"\d[\d.,\s]*(?:(?:{trie_pattern(w.lower() for w in scales)})\b)?"
    )


# "is expected to rise from 58": the figure after "from" is the level now, not expected
_FROM_LEVEL = re.compile(r"\bfrom\s+$")
_CLAUSE_CUT = re.compile(r"[,;:()]")
MODIFIER = re.compile(r"\w-[^\W\d_]+$")  # "24-storey": describes a thing, counts nothing
# "120 in Belmar", "80 people were killed in Belmar": a place right after the figure's
# words or its verb (not one a noun after them has: "took part in Saturday's march in X")
_VERB_IN = re.compile(
    r"\s*(?:(?:were|was|have|has|had|been|are|is|reportedly)\s+){0,3}(?:[a-z]+(?:ed|en)\s+)?"
    r"()in\s+(?!the\s+(?:hamlet|village|town|city|district|province|region)\b)"
)
# after a verb, an area "of" a name is where people died, a part of the toll ("120 people died
# in the province of X"), though homes "destroyed in the hamlet of X" stood there (_VERB_IN)
_VERB_IN_AREA = re.compile(
    r"\s*(?:(?:were|was|have|has|had|been|are|is|reportedly)\s+){0,3}(?:[a-z]+(?:ed|en)\s+)?()in\s"
)
_HARMED = frozenset({"deaths", "injured", "missing"})
# "Belmar's death toll rose to 120": the toll of a place
_TOLL_OF = re.compile(r"\b([A-Z][\w-]+)[’']s\s+(?:[a-z]+\s+)?(?:toll|count|tally)\b[^,;:.]*$")
# counts that a place after them splits, besides running counts; not a crowd, whose place
# is where it gathered ("11,000 gathered in Liberty Square" is the day's crowd)
_PLACED = frozenset({"evacuated", "people", "households", "homeless", "rescued"})
_NOT_COUNTS = frozenset({"date", "year", "years", "percent"})
_NOT_NAMED = _NOT_COUNTS | {"currency", "items"}  # what "la cifra" never names
_FIGURE_NOUNS = frozenset(vocab().raw["phrase"]["figure_nouns"])  # "the figure", "that number"

CUMULATIVE = vocab().running_counts  # counted as a total so far (data/units.toml)
_CUMULATIVE_OR_PLACED = CUMULATIVE | _PLACED


def _num(x: float | None) -> float | int | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else round(x, 6)
