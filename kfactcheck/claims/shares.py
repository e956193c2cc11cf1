"""What a percentage is a share of: "Serbs make up 5% of the population" -> share:serb,
"support for the levy has reached 41%" -> share:support levy, "backed the plan by 52.3% to
47.7%" (a result's two sides), and the scope of the whole it is a part of.

Plain functions over a sentence split at the figure (`before`, `after`); the vocabularies
are data (data/units.toml, loaded by vocab.py).
"""

from __future__ import annotations

import re
from functools import cache

from kfactcheck.claims.counted import (
    _CHANGE_VERBS,
    _TOKEN,
    POSSESSIVE,
    WORD,
    _trailing_scope,
    last_match,
    link_back,
    plain,
)
from kfactcheck.grammar.vocab import cue_pattern, singular, vocab

# "shares fell 3.4%", "wages rose by 4.5%": the verb before a rate names no subject
_CHANGED_END = re.compile(rf"\b{_CHANGE_VERBS}(?:\s+by)?(?:\s+a\s+further|\s+another)?\s+$", re.I)

_RELATIVE = re.compile(r",\s*(?:which|who|that|where|when)\b[^,]*,")

_PER_CENT = re.compile(r"\s*\b(?:per\s*cent|percent)\b", re.IGNORECASE)
_OF_PHRASE = re.compile(r"\s*of\s+(?:the|its|their|all|a|an)?\s*([^,.;:()]{0,60})")


def share_terms(before: str, after: str, scope: tuple[str, ...], code: str = "en"):
    """What a percentage is a share of: 'Serbs make up 5% of ...' -> 'share:serb'.

    In order: the subject of a share verb ("civil works, which began in 2021, are 26%
    complete"), the noun phrase after "of" ("40% of the civil works"), the noun after the
    figure ("a 4.5% pay offer"), the noun it completes ("a turnout of 68.9%").
    """
    v = vocab()
    if "cent" in before:
        before = _PER_CENT.sub("%", before)  # "52.3 per cent to": the unit is not the subject
    low_before = _RELATIVE.sub("", before).lower().rstrip()
    # "backed the plan by 52.3% to 47.7%": a result's two sides, not support for one
    # ("support rose by 5% to 41%" is a change, and the 5% no claim: extract.py)
    second = _BY_TO.search(low_before) and not _CHANGED_SHARE.search(low_before)
    result = second or (low_before.endswith(" by") and TO_SHARE.match(after))
    who = None if result else (stance_of(before, after, code) or _share_of_what(low_before, after))
    phrase_scope: tuple[str, ...] = ()
    if who is None and (named := _share_phrase(before)):
        who, phrase_scope = named
        who = _part_before_share(before) or who
    for verb in () if who else v.share_verbs:
        if low_before.endswith(" " + verb):
            words = WORD.findall(low_before[: len(low_before) - len(verb)])
            if len(words) > 1 and words[-1] in ("which", "who") and verb not in _COPULAS:
                # "Serbs, who make up 5% of ...": the relative's antecedent is the part; not
                # so "a population which is 90% Albanian"
                words.pop()
            if verb in _COPULAS and (part := _PART_NEXT.match(after)) and plain(part[1].lower()):
                break  # "the population is 90% ethnic Albanian": the part comes after
            if words and words[-1] not in v.stop and words[-1] != "it":
                who = words[-1]
            break
    if who is None:
        m = _OF_PHRASE.match(after)
        if m:
            who = _whole_and_part(after, m)
    if who is None:
        words = []
        for w in WORD.findall(_CLAUSE_END.split(after[:40], 1)[0]):
            if w.lower() in v.stop or w.lower() == "of" or len(words) == 2:
                break
            words.append(w.lower())
        who = words[-1] if words else None
    if who is None:
        back = link_back(before)
        who = back[0] if back else None
    if who is None:
        # "wages rose by 4.5%": what rose, not the verb
        changed = _CHANGED_END.search(before, max(0, len(before) - 40))
        kept = before[: changed.start()] if changed else before
        tail = [w.lower() for w in WORD.findall(kept)[-4:] if w.lower() not in v.stop]
        who = tail[-1] if tail else "share"
    # "the referendum" and "the vote" are one; so are "offer" and "rise"
    who = v.events.get(who) or v.share_synonyms.get(who) or singular(who)
    if v.demand_re.search(before[-30:].lower()):
        who += " demanded"  # "wants a 9% rise": one side's demand, not the rise offered
    elif second:
        who += " against"  # "won by 52.3% to 47.7%": the second figure is the other side's
    of_scope = _trailing_scope(list(_TOKEN.finditer(after[:80])))
    poss = re.search(r"\bof\s+(?:the\s+)?([A-Z][\w-]*)[’']s", after[:60])
    extra = (poss.group(1).lower(),) if poss else ()
    return f"share:{who}", tuple(dict.fromkeys(scope + phrase_scope + of_scope + extra))


# "the share of homes in the north ... stands at 9.6%": the phrase before the figure names
# what it is a share of, and where, as "9.6% of homes in the north" does after it
_SHARE_OF = re.compile(
    r"\b(?:share|proportion|percentage|fraction|portion)\s+of\s+(?:the\s+|all\s+)?",
    re.IGNORECASE,
)


def _share_phrase(before: str) -> tuple[str, tuple[str, ...]] | None:
    """(what, scope) from a "share of X in Y" phrase in the figure's clause, if one."""
    v = vocab()
    start = max(0, len(before) - 200)
    clause_end = last_match(_CLAUSE_END, before, start)
    found = last_match(_SHARE_OF, before, clause_end.end() if clause_end else start)
    if found is None:
        return None
    tokens = list(_TOKEN.finditer(before, found.end(), min(len(before), found.end() + 120)))
    words: list[str] = []
    owner: tuple[str, ...] = ()
    used = 0
    for t in tokens[:5]:
        w = t.group().lower()
        if POSSESSIVE.search(w) and not words and not owner:
            owner = (plain(w),)  # "the share of Lusatia's population": whose population
            used += 1
            continue
        if w in v.stop or not w[0].isalpha() or POSSESSIVE.search(w):
            break
        if words and w.endswith("ed"):
            break  # "the share of children vaccinated in ...": a participle ends the noun
        words.append(w)
        used += 1
    if not words:
        return None
    return singular(words[-1]), owner + _trailing_scope(tokens[used : used + 8])


# "the Sorbian share of ...": a proper adjective before "share" names the part measured
_PART_BEFORE = re.compile(r"\b([A-Z][\w-]+)\s+(?:share|proportion|percentage)\s+of\b[^,;:.!?()]*$")


def _part_before_share(before: str) -> str | None:
    m = _PART_BEFORE.search(before, max(0, len(before) - 200))
    if m is None or m.group(1).lower() in vocab().stop:
        return None  # "The share of ..." at the start of a sentence
    return m.group(1).lower()


# "12% of Lusatia's population are Sorbs", "... belong to the Sorbian minority": the part
# the share measures, named after the whole it is a part of
_PART_AFTER = re.compile(
    r"\s*(?:are|were|is|was|belongs?\s+to|belonged\s+to|identify\s+as|identified\s+as)\s+"
    r"(?:the\s+|an?\s+)?(?:ethnic\s+)?([A-Z][\w-]+)"
)


def _whole_and_part(after: str, of_phrase: re.Match) -> str | None:
    """What "40% of <noun phrase> <predicate>" is a share of: the part the predicate names
    ("... are Sorbs"), else the head noun of the phrase ("40% of registered voters")."""
    v = vocab()
    words: list[str] = []
    end = of_phrase.start(1)
    for t in WORD.finditer(of_phrase.group(1)):
        w = t.group().lower()
        if words and (w.endswith("ed") or w in v.share_predicates):
            break  # "40% of nurses joined the strike": the verb is not what is counted
        if w in v.stop:
            break
        end = of_phrase.start(1) + t.end()
        if not POSSESSIVE.search(w):
            words.append(w)
    if words and (part := _PART_AFTER.match(after, end)):
        return part.group(1).lower()
    return words[-1] if words else None


_COPULAS = frozenset({"is", "are", "was", "were"})
_PART_NEXT = re.compile(r"\s+(?:ethnic\s+)?([A-Z][a-z]+)")
_CHANGED_SHARE = re.compile(rf"\b{_CHANGE_VERBS}\s+by\b")
TO_SHARE = re.compile(r"\s+to\s+[\d.,]+\s*(?:%|per\s*cent|percent)")
_BY_TO = re.compile(r"\bby\s+[\d.,]+\s*(?:%|per\s*cent|percent)\s+to$")
_CLAUSE_END = re.compile(r"[,;:.!?()\"“”]")
# What the clause says a share measures, whatever noun it is attached to: "support for
# the levy has reached 41%" and "41% of voters back the levy" measure support; "60% of the
# works have been completed" and "the share of the line already built stands at 60%"
# measure completion.
_SUPPORT = re.compile(
    r"\b(?:support\s+for|in\s+favou?r\s+of|(?:back|backs|backed|support|supports|supported"
    r"|favou?r|favou?rs|favou?red)(?=\s+(?:the|a|an|this|its|their)\b))"
    r"\s+(?:(?:the|a|an|this|its|their)\s+)?"
)
_COMPLETION = re.compile(r"\b(?:completed|complete|built|finished)\b")


@cache
def _link_verbs() -> frozenset[str]:
    return frozenset(phrase.split()[0] for phrase in vocab().link_back)


def _share_of_what(low_before: str, after: str) -> str | None:
    clause = _CLAUSE_END.split(low_before)[-1] + " % " + _CLAUSE_END.split(after.lower()[:80])[0]
    if support := _SUPPORT.search(clause):
        # support for what: "87% in favour of strike action" and "78% backed the deal"
        # are two ballots, not one figure that fell
        v = vocab()
        words = []
        for w in WORD.findall(clause[support.end() :].split(" % ", 1)[0])[:3]:
            if w in v.stop or w in _link_verbs():
                break  # "support for the Greens stands at": the verb ends what is backed
            words.append(w)
        what = next((v.events[w] for w in words if w in v.events), None)
        what = what or (singular(words[-1]) if words else None)
        return f"support {v.share_synonyms.get(what, what)}" if what else "support"
    if _COMPLETION.search(clause):
        return "completion"
    return None


@cache
def _stances(code: str) -> tuple[tuple[tuple[str, re.Pattern], ...], re.Pattern | None]:
    """((stance, its phrases as one pattern), ...) and the falsity words, of one language
    (data/units.toml [stances], [falsity])."""
    raw = vocab().raw
    found = []
    for name, spec in raw.get("stances", {}).items():
        phrases = sorted(spec.get(code, ()), key=len, reverse=True)
        if phrases:
            alt = "|".join(cue_pattern(p.lower()).pattern for p in phrases)
            found.append((name, re.compile(f"(?:{alt})")))
    false = raw.get("falsity", {}).get(code, ())
    alt = "|".join(cue_pattern(p.lower()).pattern for p in false)
    return tuple(found), (re.compile(f"(?:{alt})") if alt else None)


# a poll's clause: up to a stop or a dash ("... believed the pledge – and 17% of ...")
_POLL_CLAUSE_END = re.compile(r"[.;:!?]|\s[–—-]\s")
# "is believed by 58 per cent", "est cru par 40 %": the stance before the figure, passive
_BY = re.compile(r"\s+(?:by|par|von|por|pelo|pela|da|dal|dalla|door|od)\s+$")
# "believed the pledge compared with 29% of Green voters": the figure shares the stance of
# the clause it is coordinated with
_COORDINATED = re.compile(
    r"(?i)\b(?:compared\s+(?:with|to)|against|versus|while|whereas|and|but|contre|et|tandis"
    r"\s+que|gegenüber|und|während|frente\s+a|y|mientras|contra|e|enquanto|contro|mentre"
    r"|tegenover|en|terwijl|i|dok|a)\s+(?:only\s+|just\s+|some\s+)?$"
)
# "believe the Chancellor's claim": whose claim a stance is about
_WHOSE = re.compile(r"(?i)\s+(?:the\s+)?([^\W\d_][\w-]+)[’']s\s")


def stance_of(before: str, after: str, code: str = "en") -> str | None:
    """The stance a poll's share measures, from its clause: the first stance after the
    figure ("68% of rural voters believed the pledge"), else one right before it in the
    passive ("believed by 58 per cent"), else the stance of the clause it is coordinated
    with ("believed it, compared with 29% of Green voters"). 'believe not' when negated
    ("do not believe", "disbelieved", "believed it to be untrue"); with the owner of the
    thing believed ("believe the Chancellor's claim" -> 'believe chancellor').

    >>> stance_of("", "% believed it to be untrue, while 14% were undecided.")
    'believe not'
    """
    stances, falsity = _stances(code)
    if not stances:
        return None
    tail = before[-160:]
    low_tail = tail.lower()
    best: tuple[int, int, str] | None = None
    if passive := _BY.search(low_tail):
        # "the pledge is believed by 58 per cent": the stance ends right before "by"
        for name, pattern in stances:
            for m in pattern.finditer(low_tail, max(0, passive.start() - 40)):
                if m.end() == passive.start():
                    best = (m.start(), m.end(), name)
        if best is not None:
            return _negated(best, low_tail, tail, falsity)
    low_after = after[:160].lower()
    cut = _POLL_CLAUSE_END.search(low_after)
    clause = low_after[: cut.start() if cut else len(low_after)]
    for name, pattern in stances:
        for m in pattern.finditer(clause):
            if _BY.match(clause[m.end() :][:8] + " "):
                continue  # "... and disbelieved by 26%": the next figure's stance
            if best is None or (m.start(), -m.end()) < (best[0], -best[1]):
                best = (m.start(), m.end(), name)
            break
    if best is not None:
        return _negated(best, clause, after, falsity)
    for name, pattern in stances if code in _VERB_SECOND else ():
        m = last_match(pattern, low_tail, max(0, len(low_tail) - 30))
        if m and not low_tail[m.end() :].strip():
            # "laut Umfrage glauben 45 Prozent ... nicht": the verb before its subject
            return _negated((m.start(), m.end(), name), low_tail + low_after, tail + after, falsity)
    if not _COORDINATED.search(tail):
        return None
    start = max((m.end() for m in _SENTENCE_PART_END.finditer(low_tail)), default=0)
    for name, pattern in stances:
        for m in pattern.finditer(low_tail, start):
            if best is None or m.start() > best[0]:
                best = (m.start(), m.end(), name)
    return _negated(best, low_tail, tail, falsity) if best else None


_SENTENCE_PART_END = re.compile(r"[.;:!?]")
# languages whose verb may come before its subject after an opening phrase ("laut Umfrage
# glauben 45 Prozent"); elsewhere a verb before a share has another subject ("they believe
# 40% of the funds were wasted")
_VERB_SECOND = frozenset({"de", "nl"})


def _negated(best, text: str, original: str, falsity) -> str:
    """The stance `best` (start, end, name) found in `text`: negated by a falsity word
    after it, with the owner of what is believed."""
    _, end, name = best
    if name == "believe" and falsity is not None and falsity.search(text, end, end + 40):
        name = "believe not"  # "41% believed it to be untrue"
    whose = _WHOSE.match(original, end)
    if whose and whose.group(1).lower() not in vocab().stop:
        name += f" {whose.group(1).lower()}"
    return name
