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
_POSSESSIVE = re.compile(r"[’']s$")
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
# Words of an event that a bare year dates: "independence ... in 2008", "founded in 1987".
_EVENT_WORDS = (
    "independence",
    "founded",
    "established",
    "created",
    "formed",
    "launched",
    "began",
    "started",
    "opened",
    "built",
    "completed",
    "signed",
    "elected",
    "born",
    "died",
    "annexed",
    "invaded",
    "bombed",
    "war",
    "ceasefire",
    "agreement",
    "treaty",
    "referendum",
    "election",
    "deployed",
    "introduced",
    "adopted",
    "abolished",
    "merged",
    "acquired",
    "collapsed",
    "declared",
    "won",
    "lost",
    "joined",
    "left",
    "active",
    "operating",
    "inaugurated",
)


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
    for q in quantities:
        claim = _figure_claim(doc, sentence, a, q, speaker, sentence_time or published)
        if claim is not None:
            out.append(claim)
    for d in dates:
        claim = _date_claim(doc, sentence, a, d, speaker, published, quantities, sentence_time)
        if claim is not None:
            out.append(claim)
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


def _sentence_time(dates, ref: date | None) -> str | None:
    """When the sentence says its figures held ("in 1999 NATO sent...", "last month")."""
    for d in dates:
        if d.role != "event" or d.kind not in ("date", "month", "year", "weekday", "relative"):
            continue
        if ref is not None and d.value > ref.isoformat():
            continue  # a future event does not date a figure already stated
        return d.value
    return None


# ----------------------------------------------------------------------------- figures


def _figure_claim(
    doc: Document, sentence: str, base: int, q: Quantity, speaker, as_of: str
) -> Claim | None:
    v = vocab()
    after = sentence[q.end :]
    before = sentence[: q.start]
    head, modifiers, phrase_end, scope = _noun_phrase(after, q)
    unit: str | None = q.unit
    family: str | None = None

    if unit == "percent":
        family, scope = _share_terms(before, after, scope)
    elif unit == "currency":
        family = _money_family(before, after)
    elif unit == "years":
        family = "duration:" + _topic_word(before, after)
    elif head:
        low = head.lower()
        if low in _SHORT_TIME or singular(low) in _SHORT_TIME:
            return None
        if low in _DURATION_NOUNS:
            unit, family = "years", "duration:" + _topic_word(before, after)
        else:
            family, unit = _family_of(low, modifiers, head, before, after)
    else:
        family, unit = _link_back(before) or (None, None)
        if family is None:
            verb = _verb_family(before[-30:]) if before else None
            if verb is None:
                return None  # a figure that counts nothing named: not a claim
            family, unit = verb, v.families[verb].unit

    if _is_anaphor(before, q, family):
        return None
    end = q.end + phrase_end if head and unit not in ("percent", "currency") else q.end
    text = sentence[q.start : end]
    scope_all = tuple(dict.fromkeys(scope + _possessor_scope(before)))
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
    for k, w in enumerate(words):
        if w.lower() not in ("in", "of", "across", "throughout", "from"):
            continue
        rest = words[k + 1 : k + 4]
        if rest and rest[0].lower() == "the":
            rest = rest[1:]
        if not rest:
            break
        if rest[0].lower() in v.area_words and len(rest) > 1 and rest[1][:1].isupper():
            return (f"{rest[0].lower()} {rest[1].lower()}",)
        if rest[0][:1].isupper():
            return (rest[0].lower(),)
        break
    return ()


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
        if family.unit == "people" and fam not in ("deaths", "injured", "missing"):
            cue = _verb_family(before[-40:] + " " + after[:50])
            if cue and cue != fam and cue in ("deaths", "injured", "arrests"):
                return cue, "people"
        return fam, family.unit
    is_person = low in v.people or singular(low) in v.people or _demonym(head)
    if is_person:
        cue = _verb_family(before[-40:] + " " + after[:50])
        return (cue or singular(low)), "people"
    return singular(low), low


def _demonym(head: str) -> bool:
    """'Serbs', 'Albanians', 'Kurds': a capitalised plural counts people."""
    return head[:1].isupper() and head.endswith("s") and head[1:].islower() and len(head) > 3


def _verb_family(window: str) -> str | None:
    low = window.lower()
    best: tuple[int, str] | None = None
    for cue, fam in vocab().verb_family.items():
        for m in re.finditer(r"\b" + re.escape(cue) + r"\b", low):
            if best is None or m.start() < best[0]:
                best = (m.start(), fam)
            break
    return best[1] if best else None


def _link_back(before: str) -> tuple[str, str] | None:
    """'the death toll rose to 37' -> ('deaths', 'people'): the noun a bare figure completes."""
    v = vocab()
    tail = before.rstrip().lower()
    for link in v.link_back:
        if tail.endswith(" " + link) or tail == link:
            stem = tail[: len(tail) - len(link)].rstrip()
            words = _WORD.findall(stem)[-3:]
            for n in (2, 1):
                if len(words) >= n:
                    phrase = " ".join(words[-n:])
                    fam = v.noun_family.get(phrase) or v.noun_family.get(singular(phrase))
                    if fam:
                        return fam, v.families[fam].unit
            return None
    return None


def _share_terms(before: str, after: str, scope: tuple[str, ...]):
    """What a percentage is a share of: 'Serbs make up 5% of ...' -> 'share:serbs'."""
    v = vocab()
    low_before = before.lower().rstrip()
    who = None
    for verb in v.share_verbs:
        if low_before.endswith(" " + verb):
            words = _WORD.findall(before[: len(low_before) - len(verb)])
            if words:
                who = words[-1].lower()
            break
    if who is None or who in v.stop or who in ("which", "who", "that", "it"):
        words = [w.lower() for w in _WORD.findall(after[:60])]
        words = [w for w in words if w not in v.stop and w != "of"][:2]
        if not words:
            back = _link_back(before)
            who = back[0] if back else None
            if who is None:
                tail = [w.lower() for w in _WORD.findall(before)[-4:] if w.lower() not in v.stop]
                who = tail[-1] if tail else "share"
        else:
            who = " ".join(words)
    of_scope = _trailing_scope(list(_TOKEN.finditer(after[:80])))
    poss = re.search(r"\bof\s+(?:the\s+)?([A-Z][\w-]*)[’']s", after[:60])
    extra = (poss.group(1).lower(),) if poss else ()
    return f"share:{who}", tuple(dict.fromkeys(scope + of_scope + extra))


def _money_family(before: str, after: str) -> str:
    v = vocab()
    for text in (before[-60:], after[:60]):
        for w in reversed(_WORD.findall(text.lower())):
            fam = v.noun_family.get(w)
            if fam == "money":
                return f"money:{singular(w)}"
    return "money"


def _topic_word(before: str, after: str) -> str:
    """What a duration is measured from: 'a decade after a guerrilla revolt' -> 'revolt'."""
    v = vocab()
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
    """Deadlines and effective dates, event years and start years ('since 1999')."""
    if d.role == "deadline" and d.kind in ("date", "month"):
        unit, value, family = "date", d.value, "deadline"
        if d.kind == "month":
            value = d.value + "-01"
    elif d.kind == "year" and d.role in ("since", "event"):
        dates_figures = d.role == "event" and quantities and d.value == sentence_time
        if dates_figures and not _event_word(sentence, d):
            return None  # the year only dates the figures in its sentence

        unit, value = "year", int(d.value[:4])
        family = "since:" if d.role == "since" else "year:"
        family += _event_word(sentence, d) or "event"
    else:
        return None
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
        terms=(family,),
        scope=(),
        sentence_start=base,
    )


def _event_word(sentence: str, d) -> str | None:
    low = sentence.lower()
    best: tuple[int, str] | None = None
    for w in _EVENT_WORDS:
        for m in re.finditer(r"\b" + w + r"\b", low):
            dist = abs(m.start() - d.start)
            if best is None or dist < best[0]:
                best = (dist, w)
    if best is None:
        return None
    word = best[1]
    # "declared independence", "won independence": the noun names the event
    return "independence" if word in ("declared", "won") and "independence" in low else word
