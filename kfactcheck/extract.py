"""Document -> Claims: figures and dates with what they count, whose, when, and who said so.

Per sentence of the kept text: the number grammar (numbers.py) gives figures with their
intervals, the date grammar (dates.py) gives dates, years and the sentence's own time;
this module decides which of them state something about the world, what each counts
(its noun phrase, or the noun it links back to), the scope words that later separate
subjects ("northern Kosovo" is not "Kosovo"), and when the figure held (as_of).
"""

from __future__ import annotations

import re
from datetime import date

from kfactcheck.model import Claim, Document, Quantity
from kfactcheck.vocab import singular, vocab

# Bumped whenever extraction output changes, so the index re-extracts (and only then).
EXTRACTOR_VERSION = "1"

_WORD = re.compile(r"[^\W\d_](?:[\w’'-]*\w)?")
# A token: a word, a figure, or one punctuation mark (what ends a noun phrase).
_TOKEN = re.compile(r"[^\W\d_](?:[\w’'-]*\w)?|\d[\d,.]*|[^\w\s]")
_POSSESSIVE = re.compile(r"[’']s\b")
_HYPHEN_UNIT = re.compile(r"-([a-z]{3,})\b(?!-)")
_SHORT_TIME = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months night nights "
    "time times".split()
)
_DURATION_NOUNS = frozenset({"year", "years", "decade", "decades"})
_PREDICATES = frozenset(
    "dead killed injured wounded missing hurt arrested detained evacuated displaced".split()
)
# A "the" before a small figure is a reference back to people already named ("the two
# sides", "the three"): it states nothing new about the world.
_ANAPHOR_MAX = 4


def extract_claims(doc: Document) -> list[Claim]:
    """Every claim in the kept text of `doc`, in text order."""
    from kfactcheck.sentences import split_sentences
    from kfactcheck.speakers import attribute

    spans = doc.keep or [(0, len(doc.text))]
    sentences: list[tuple[int, int]] = []
    for a, b in spans:
        sentences.extend(split_sentences(doc.text, a, b))
    if not sentences:
        return []
    speakers = attribute(doc.text, sentences)
    claims: list[Claim] = []
    for (a, b), speaker in zip(sentences, speakers, strict=True):
        claims.extend(_sentence_claims(doc, a, b, speaker))
    return claims


def _sentence_claims(doc: Document, a: int, b: int, speaker: str | None) -> list[Claim]:
    from kfactcheck.dates import find_dates
    from kfactcheck.numbers import find_quantities

    sentence = doc.text[a:b]
    if not any(ch.isdigit() for ch in sentence) and not _MAY_HOLD_WORDS.search(sentence):
        return []
    ref = doc.date
    dates = find_dates(sentence, ref)
    # a duration the date grammar reads as a start ("over the past 23 years" -> 1999)
    # stays a figure: the words state 23 years, not a date
    spans = [d for d in dates if not (d.kind == "relative" and d.role == "since")]
    quantities = [q for q in find_quantities(sentence) if not _inside_any(q, spans)]
    published = ref.isoformat() if ref else ""
    sentence_time = _sentence_time(dates, ref)
    out: list[Claim] = []
    dating = []  # dates that say when figures held, not claims of their own
    for d in dates:
        claim = _date_claim(doc, sentence, a, d, speaker, published, quantities, sentence_time)
        if claim is not None:
            out.append(claim)
        else:
            dating.append(d)
    previous: Claim | None = None
    for q in quantities:
        # "up from £2.1bn when the plans were published in 2021": an earlier figure is
        # dated by the date after it, even one that is a claim of its own
        pool = dates if _EARLIER.search(sentence, max(0, q.start - 24), q.start) else dating
        held = _sentence_time(pool, ref, q, quantities) or published
        claim = _figure_claim(doc, sentence, a, q, speaker, held, previous)
        if claim is not None and claim.terms[0] in _CUMULATIVE:
            # "killed by Tuesday's earthquake": the day names the quake; a running count
            # holds when it is reported
            plain = [d for d in dating if not _POSSESSIVE.match(sentence, d.end)]
            claim.as_of = _sentence_time(plain, ref, q, quantities) or published
        if claim is not None:
            out.append(claim)
            previous = claim
    out.sort(key=lambda c: c.start)
    return out


# Spelled-out figures and vague quantities have no digit; this cheap prefilter lets a
# sentence without any through only when it might hold one.
_MAY_HOLD_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|"
    r"dozens|decade|decades|score|half|third|quarter|couple|several|few|"
    # dates without digits: "the start of September", "last month"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|"
    r"june|july|august|september|october|november|december|month|year|week)\b",
    re.IGNORECASE,
)


def _inside_any(q: Quantity, dates) -> bool:
    return any(q.start < d.end and d.start < q.end for d in dates)


def _sentence_time(dates, ref: date | None, near: Quantity | None = None, figures=()) -> str | None:
    """When the sentence says its figures held ("in 1999 NATO sent...", "last month"):
    the date nearest to the figure `near` (the first one when no figure is given) with no
    other figure between them ("risen to €2.75bn, up from the €2.4bn approved in March":
    March dates the €2.4bn only)."""
    best: tuple[int, str] | None = None
    for d in dates:
        if d.role != "event" or d.kind not in ("date", "month", "year", "weekday", "relative"):
            continue
        if d.cue == "of":
            continue  # "the earthquake of 17 October killed 64": names the event only
        if ref is not None and d.value > ref.isoformat():
            continue  # a future event does not date a figure already stated
        if near is None:
            return d.value
        lo, hi = (d.end, near.start) if d.end <= near.start else (near.end, d.start)
        if any(f is not near and lo <= f.start and f.end <= hi for f in figures):
            continue
        dist = hi - lo
        if best is None or dist < best[0]:
            best = (dist, d.value)
    return best[1] if best else None


# ----------------------------------------------------------------------------- figures


def _figure_claim(
    doc: Document,
    sentence: str,
    base: int,
    q: Quantity,
    speaker,
    as_of: str,
    previous: Claim | None = None,
) -> Claim | None:
    v = vocab()
    after = sentence[q.end :]
    before = sentence[: q.start]
    if _names_something(before, after, q):
        return None
    head, modifiers, phrase_end, scope = _noun_phrase(after, q)
    unit: str | None = q.unit
    family: str | None = None
    measure = _measure_before(before)
    if measure:
        # "a magnitude 6.3 quake", "measured 6.3": the figure is a reading on a scale, of
        # the event named after it or nearest to it
        what = vocab().events.get((head or "").lower()) or _nearest_event(sentence, q)
        head, unit = None, measure
        family = f"measure:{measure}" + (f":{what}" if what else "")

    if family is not None:
        pass
    elif unit == "percent":
        family, scope = _share_terms(before, after, scope)
    elif unit == "currency":
        family = _money_family(before, after)
    elif unit == "years":
        family = "duration:" + _topic_word(before, after)
    elif head:
        low = head.lower()
        if low in ("time", "times"):
            return None  # "three times", "the 3rd time"
        if low in _SHORT_TIME or singular(low) in _SHORT_TIME:
            unit = low if low.endswith("s") else low + "s"
            family = "duration:" + _topic_word(before, after)
        elif low in _DURATION_NOUNS:
            unit, family = "years", "duration:" + _topic_word(before, after)
        else:
            family, unit = _family_of(low, modifiers, head, before, after)
    else:
        family, unit = _link_back(before) or (None, None)
        if family is None:
            verb = _verb_family(before[-30:], len(before[-30:])) if before else None
            if verb is not None:
                family, unit = verb, v.families[verb].unit
            elif previous is not None and previous.unit not in ("date", "year", "percent"):
                # "Yes won 14,712 votes and No 13,418": the second figure counts the same
                family, unit = previous.terms[0], previous.unit
                scope = previous.scope
            else:
                return None  # a figure that counts nothing named: not a claim

    if _is_anaphor(before, q, family):
        return None
    end = q.end + phrase_end if head and unit not in ("percent", "currency") else q.end
    text = sentence[q.start : end]
    scope_all = tuple(
        dict.fromkeys(
            w for w in (_plain(x) for x in scope + _possessor_scope(before) + _leading(before)) if w
        )
    )
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
        speaker=speaker,
        terms=(family or "", *[m.lower() for m in modifiers]),
        scope=scope_all,
        sentence_start=base,
    )


_EARLIER = re.compile(
    r"\b(?:up|down) from\b|\bcompared with\b|\bagainst\b"
    r"|\bfrom\b\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}$"
)
_CUMULATIVE = frozenset({"deaths", "injured", "arrests", "burned", "destroyed", "missing"})
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december today yesterday".split()
)


def _plain(scope: str) -> str:
    """A scope word without possessive; '' for time words ('Saturday's' is no place)."""
    word = _POSSESSIVE.sub("", scope)
    return "" if word in _TIME_WORDS else word


_ADDRESS = re.compile(r"\s+((?:[A-Z][\w’'-]*\.?[ \t]*){2,4})")


def _names_something(before: str, after: str, q: Quantity) -> bool:
    """'the number 14 bus', 'Route 66', '3 Kirk Street': the figure is part of a name."""
    v = vocab()
    if q.spelled or q.unit:
        return False
    prev = _WORD.findall(before[-20:])
    if prev and prev[-1].lower() in v.label_before and not before.rstrip().endswith(","):
        return True
    m = _ADDRESS.match(after)
    names = m.group(1).split() if m else []
    return any(w.rstrip(".").lower() in v.street_words for w in names[1:])


def _num(x: float | None) -> float | int | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else round(x, 6)


def _noun_phrase(after: str, q: Quantity) -> tuple[str | None, list[str], int, tuple[str, ...]]:
    """The noun phrase a figure counts: (head, modifiers, end offset in `after`, scope)."""
    v = vocab()
    words: list[re.Match] = []
    pos = 0
    tokens = list(_TOKEN.finditer(after, 0, min(len(after), 160)))
    i = 0
    hyphen = _HYPHEN_UNIT.match(after)
    if hyphen:
        # "11.5-kilometre line", "a 48-hour strike": the unit is glued to the figure
        unit_word = hyphen.group(1)
        return unit_word, [], hyphen.end(), ()
    # "dozens of criminals", "a third of voters": skip the "of" (and a determiner)
    if tokens and tokens[0].group().lower() == "of" and (q.spelled or q.unit == "percent"):
        i = 1
        while i < len(tokens) and tokens[i].group().lower() in ("the", "its", "their", "all"):
            i += 1
    stop_at = i
    while i < len(tokens) and len(words) < 4:
        tok = tokens[i].group()
        low = tok.lower()
        if not _WORD.fullmatch(tok) or low in v.stop:
            break
        if words and (low in _PREDICATES or (low.endswith("ing") and len(low) > 5)):
            break
        if words and low.endswith("ed") and low not in v.noun_family and low not in v.people:
            break
        words.append(tokens[i])
        i += 1
        if _POSSESSIVE.search(tok):
            break
    stop_at = i
    if not words:
        return None, [], 0, ()
    # the head is the last word that is a noun we know, else the last word
    head_i = len(words) - 1
    for j in range(len(words) - 1, -1, -1):
        low = words[j].group().lower()
        if low in v.noun_family or low in v.people or singular(low) in v.people:
            head_i = j
            break
    head = words[head_i].group()
    pos = words[head_i].end()
    modifiers = [w.group() for w in words[:head_i]]
    two = " ".join(w.group().lower() for w in words[max(0, head_i - 1) : head_i + 1])
    if two in v.noun_family:
        head = two
    scope = _trailing_scope(tokens[stop_at : stop_at + 8])
    scope += tuple(m.lower() for m in modifiers if m[:1].isupper() and not _POSSESSIVE.search(m))
    return head, modifiers, pos, scope


def _trailing_scope(tokens) -> tuple[str, ...]:
    """'living in northern Kosovo' -> ('northern kosovo',): where the counted things are."""
    v = vocab()
    words = [t.group() for t in tokens]
    for k, w in enumerate(words[:2]):
        if k == 1 and not words[0].lower().endswith(("ing", "ed")):
            break  # "struck the province of ...": the place is not where the count is
        if w.lower() not in ("in", "of", "across", "throughout", "from"):
            continue
        rest = words[k + 1 : k + 4]
        if rest and rest[0].lower() == "the":
            rest = rest[1:]
        if not rest:
            break
        if rest[0].lower() in v.area_words and len(rest) > 1 and rest[1][:1].isupper():
            return (f"{rest[0].lower()} {rest[1].lower()}",)
        if rest[0][:1].isupper() and _plain(rest[0].lower()):
            # "died in Tebrik itself": counted in one place ("in " marks it as a place)
            return (
                (f"in {_POSSESSIVE.sub('', rest[0].lower())}",)
                if w.lower() == "in"
                else (rest[0].lower(),)
            )
        break
    return ()


_MEASURES = (
    "magnitude",
    "category",
    "level",
    "grade",
    "force",
    "scale",
    "measured",
    "registered",
    "rated",
    "rating",
    "index",
)


def _measure_before(before: str) -> str | None:
    words = _WORD.findall(before[-24:])
    if not words:
        return None
    w = words[-1].lower()
    if w in _MEASURES:
        return "magnitude" if w in ("measured", "registered") else w
    return None


_LEADING_PLACE = re.compile(r"^\W*In\s+(?:the\s+)?([A-Z][\w-]+),")


def _leading(before: str) -> tuple[str, ...]:
    """'In Barnsdale, about 1,500 people joined...': the sentence is framed in a place."""
    m = _LEADING_PLACE.match(before)
    return (f"in {m.group(1).lower()}",) if m and _plain(m.group(1).lower()) else ()


def _possessor_scope(before: str) -> tuple[str, ...]:
    """ "Kosovo's 1.8 million population" -> ('kosovo',)."""
    m = re.search(r"((?:[A-Z][\w-]*\s+)?[A-Z][\w-]*)[’']s?\s+(?:[\w-]+\s+){0,2}$", before)
    if not m:
        return ()
    v = vocab()
    name = m.group(1).split()
    if len(name) == 2 and name[0].lower() in v.area_words:
        return (" ".join(n.lower() for n in name),)
    return (name[-1].lower(),)


def _family_of(low: str, modifiers: list[str], head: str, before: str, after: str):
    v = vocab()
    fam = v.noun_family.get(low) or v.noun_family.get(singular(low))
    if fam and fam in v.families:
        family = v.families[fam]
        if fam in ("area", "homes"):
            cue = _verb_family(before[-40:] + " " + after[:80], len(before[-40:]))
            if cue in ("burned", "destroyed"):
                # homes a fire burned are homes destroyed; hectares destroyed are burned
                return ("destroyed" if fam == "homes" else "burned"), family.unit
        if family.unit == "people" and fam not in ("deaths", "injured", "missing"):
            cue = _verb_family(before[-40:] + " " + after[:80], len(before[-40:]))
            if cue and cue != fam and cue in ("deaths", "injured", "arrests"):
                return cue, "people"
        return fam, family.unit
    is_person = low in v.people or singular(low) in v.people or _demonym(head)
    if is_person:
        # "3,000 residents ... the fire": only what can happen to people decides
        cue = _verb_family(before[-40:] + " " + after[:80], len(before[-40:]), unit="people")
        return (cue or singular(low)), "people"
    return singular(low), low


def _demonym(head: str) -> bool:
    """'Serbs', 'Albanians', 'Kurds': a capitalised plural counts people."""
    return head[:1].isupper() and head.endswith("s") and head[1:].islower() and len(head) > 3


def _verb_family(window: str, at: int | None = None, unit: str | None = None) -> str | None:
    """The family a clause cue gives ("were killed" -> deaths): the cue nearest `at`
    (the figure's place in `window`), a cue just before the figure counting double."""
    low = window.lower()
    at = len(low) // 2 if at is None else at
    best: tuple[int, str] | None = None
    families = vocab().families
    for cue, fam in vocab().verb_family.items():
        if unit is not None and families[fam].unit != unit:
            continue
        for m in re.finditer(r"\b" + re.escape(cue) + r"\b", low):
            dist = at - m.end() if m.end() <= at else 2 * (m.start() - at)
            if best is None or dist < best[0]:
                best = (dist, fam)
    return best[1] if best else None


def _link_back(before: str) -> tuple[str, str] | None:
    """'the death toll rose to 37' -> ('deaths', 'people'): the noun a bare figure completes.

    The linking words ("rose to", "stood at", "of") must end the text before the figure;
    then the counted thing is a known noun just before them, else a clause cue ("the
    number of people killed ... rose to 37"), else a known noun further back, else the
    noun just before them.
    """
    v = vocab()
    tail = before.rstrip().lower()
    for link in v.link_back:
        if not (tail.endswith(" " + link) or tail == link):
            continue
        stem = tail[: len(tail) - len(link)].rstrip()
        words = _WORD.findall(stem)[-8:]
        if link == "of" and words and words[-1] not in v.stop and len(words[-1]) > 3:
            # "a majority of 1,294", "a death toll of 37": the noun before "of" is counted
            fam = v.noun_family.get(words[-1]) or v.noun_family.get(singular(words[-1]))
            if fam:
                return fam, v.families[fam].unit
            if not words[-1].endswith(("ed", "ing", "ly")):
                return singular(words[-1]), singular(words[-1])
        for n in (2, 1):
            if len(words) >= n:
                phrase = " ".join(words[-n:])
                fam = v.noun_family.get(phrase) or v.noun_family.get(singular(phrase))
                if fam:
                    return fam, v.families[fam].unit
        cue = _verb_family(" ".join(words))
        if cue:
            return cue, v.families[cue].unit
        for w in reversed(words[:-1]):
            fam = v.noun_family.get(w) or v.noun_family.get(singular(w))
            if fam:
                return fam, v.families[fam].unit
        noun = words[-1] if words else ""
        if len(noun) > 3 and noun not in v.stop and not noun.endswith(("ed", "ing", "ly", "s")):
            # "a majority of 1,294": the figure completes a noun we have no family for
            return noun, noun
        return None
    return None


_RELATIVE = re.compile(r",\s*(?:which|who|that|where|when)\b[^,]*,")
_OF_PHRASE = re.compile(r"\s*of\s+(?:the|its|their|all|a|an)?\s*([^,.;:()]{0,60})")


def _share_terms(before: str, after: str, scope: tuple[str, ...]):
    """What a percentage is a share of: 'Serbs make up 5% of ...' -> 'share:serb'.

    In order: the subject of a share verb ("civil works, which began in 2021, are 26%
    complete"), the noun phrase after "of" ("40% of the civil works"), the noun after the
    figure ("a 4.5% pay offer"), the noun it completes ("a turnout of 68.9%").
    """
    v = vocab()
    low_before = _RELATIVE.sub("", before).lower().rstrip()
    who = None
    for verb in v.share_verbs:
        if low_before.endswith(" " + verb):
            words = _WORD.findall(low_before[: len(low_before) - len(verb)])
            if words and words[-1] not in v.stop and words[-1] not in ("which", "who", "it"):
                who = words[-1]
            break
    if who is None:
        m = _OF_PHRASE.match(after)
        if m:
            words = []
            for w in _WORD.findall(m.group(1)):
                if w.lower() in v.stop:
                    break
                if not _POSSESSIVE.search(w):
                    words.append(w.lower())
            who = words[-1] if words else None
    if who is None:
        words = []
        for w in _WORD.findall(after[:40]):
            if w.lower() in v.stop or len(words) == 2:
                break
            words.append(w.lower())
        who = words[-1] if words else None
    if who is None:
        back = _link_back(before)
        who = back[0] if back else None
    if who is None:
        tail = [w.lower() for w in _WORD.findall(before)[-4:] if w.lower() not in v.stop]
        who = tail[-1] if tail else "share"
    who = vocab().events.get(who, singular(who))  # "the referendum" and "the vote": one
    of_scope = _trailing_scope(list(_TOKEN.finditer(after[:80])))
    poss = re.search(r"\bof\s+(?:the\s+)?([A-Z][\w-]*)[’']s", after[:60])
    extra = (poss.group(1).lower(),) if poss else ()
    return f"share:{who}", tuple(dict.fromkeys(scope + of_scope + extra))


def _money_family(before: str, after: str) -> str:
    """'a €2.4 billion budget' -> 'money:cost': the money word right after the figure,
    else the nearest one before it in the clause."""
    kinds = vocab().money
    after_words = [w.lower() for w in _WORD.findall(after[:40])][:3]
    for w in after_words:
        if w in kinds:
            return f"money:{kinds[w]}"
    before_words = [w.lower() for w in _WORD.findall(before[-80:])]
    for i in range(len(before_words) - 1, -1, -1):
        two = " ".join(before_words[i : i + 2])
        for w in (two, before_words[i]):
            if w in kinds:
                return f"money:{kinds[w]}"
    # "the £2.1bn runway", "a £1.2bn bridge": a sum that names a project is its cost
    return "money:cost"


def _topic_word(before: str, after: str) -> str:
    """What a duration is measured from: 'a decade after a guerrilla revolt' -> 'revolt',
    'walk out for 48 hours' -> 'strike' (an event named nearby wins)."""
    v = vocab()
    window = before[-60:] + " " + after[:30]
    at = len(before[-60:])
    near = min(_EVENT.finditer(window), key=lambda m: abs(m.start() - at), default=None)
    if near is not None:
        return v.events[near.group().lower()]
    after_words = [w.lower() for w in _WORD.findall(after[:80])]
    if after_words and after_words[0] in ("after", "since", "before", "of", "ago"):
        for w in after_words[1:6]:
            if len(w) > 3 and w not in v.stop and w not in _DURATION_NOUNS:
                return w
    for w in reversed([w.lower() for w in _WORD.findall(before)]):
        if len(w) > 4 and w not in v.stop:
            return w
    return "time"


def _is_anaphor(before: str, q: Quantity, family: str | None) -> bool:
    if q.value > _ANAPHOR_MAX or q.qualifier != "exact":
        return False
    prev = _WORD.findall(before[-12:])
    if not prev or prev[-1].lower() != "the":
        return False
    known = vocab().families
    return family is None or family not in known


# ----------------------------------------------------------------------------- dates


def _date_claim(doc, sentence, base, d, speaker, published, quantities, sentence_time):
    """Deadlines, dated and planned events, and the years of past events."""
    if _DATELINE.match(sentence, d.end):
        return None  # "KIRKHAVEN, April 24 (NPA) -": when the story was filed
    if d.kind == "year" and d.text.rstrip().endswith("0s"):
        return None  # "in the 1990s": a decade, no date to check
    # a deadline's own cue ("until", "beginning") binds tighter than an event word nearby
    event = _event_word(sentence, d, reach=25 if d.role == "deadline" else 50)
    future = bool(published) and d.value[:4] >= published[:4] and d.role in ("schedule", "deadline")
    upcoming = bool(published) and d.value > published and d.role in ("schedule", "event")
    if d.kind in ("date", "month") and d.role == "deadline":
        unit, value, family = "date", d.value, "deadline"
    elif d.kind in ("date", "month") and event:
        unit, value, family = "date", d.value, "date:" + event
    elif d.kind in ("date", "month") and upcoming:
        # "will go ahead on June 10", "expected to take place on Aug. 14": a date set for
        # what the story is waiting for, read like a deadline
        unit, value, family = "date", d.value, "deadline"
    elif d.kind == "year" and future and (event or d.role == "deadline"):
        # "due to open in 2027", "opening slips to 2028": a plan, which can move
        unit, value, family = "year", int(d.value[:4]), "plan:" + (event or "plan")
    elif d.kind == "year" and d.role in ("since", "event"):
        if not event and d.role != "since":
            return None  # a year with no event named only dates its sentence
        unit, value = "year", int(d.value[:4])
        # "active since 1999": what a thing has been since is when it was founded
        family = "year:" + (event or ("founding" if d.role == "since" else "event"))
    else:
        return None
    if unit == "date" and len(value) == 7:
        value += "-01"
    moved = _MOVED.search(sentence) is not None
    start, end = d.start, d.end
    low = high = value if unit == "year" else None
    return Claim(
        document=doc.id,
        value=value,
        low=low,
        high=high,
        qualifier=d.qualifier,
        unit=unit,
        as_of=published or d.value,
        text=sentence[start:end],
        start=base + start,
        end=base + end,
        quote=sentence,
        speaker=speaker,
        terms=(family, "moved") if moved else (family,),
        scope=(),
        sentence_start=base,
    )


def _nearest_event(sentence: str, q: Quantity) -> str | None:
    return _event_word(sentence, q)


def _event_word(sentence: str, d, reach: int = 50) -> str | None:
    """The event a date or year dates: the event word nearest to it, within `reach`
    characters (a word further off belongs to another clause)."""
    low = sentence.lower()
    best: tuple[int, str] | None = None
    for m in _EVENT.finditer(low):
        if m.start() < d.end and d.start < m.end():
            continue  # "the start of September" names a day, not an event
        dist = m.start() - d.end if m.start() >= d.end else d.start - m.end()
        if dist > reach:
            continue
        if best is None or dist < best[0]:
            best = (dist, vocab().events[m.group()])
    return best[1] if best else None


def _words_regex(words) -> re.Pattern:
    alts = sorted(words, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in alts) + r")\b", re.IGNORECASE)


_EVENT = _words_regex(vocab().events)
_DATELINE = re.compile(r"\s*\([^)]{2,40}\)\s*[-–—]")
_MOVED = _words_regex(vocab().moved)
