"""Document -> Claims: figures and dates with what they count, whose, when, and who said so.

Per sentence of the kept text: the number grammar (numbers.py) gives figures with their
intervals, the date grammar (dates.py) gives dates, years and the sentence's own time;
this module decides which of them state something about the world, what each counts
(its noun phrase, or the noun it links back to), the scope words that later separate
subjects ("northern Kosovo" is not "Kosovo"), and when the figure held (as_of).
"""

from __future__ import annotations

from datetime import date

from kfactcheck.claims.asides import figure_asides, outside_aside
from kfactcheck.claims.counted import (
    POSSESSIVE,
)
from kfactcheck.claims.dated import EVENT_CLAUSE as _EVENT_CLAUSE
from kfactcheck.claims.dated import (
    after_event,
    date_claim,
    date_index,
    dates_count_before,
    event_clauses,
    figure_gaps,
    overlapping,
    past_event,
    sentence_time,
    undated_time,
    with_relative_year,
    written_after,
)
from kfactcheck.claims.dayheads import heading_days
from kfactcheck.claims.disputed import two_sources
from kfactcheck.claims.entries import date_entries, entry_days
from kfactcheck.claims.figure import CUMULATIVE, EARLIER, MODIFIER, figure_claim
from kfactcheck.claims.lists import count_coordinated, day_before_date, named_by_date
from kfactcheck.claims.monthrel import month_relatives
from kfactcheck.claims.opening import figure_time, names_event
from kfactcheck.claims.otherevents import other_event, previous_event
from kfactcheck.claims.parts import part_of_next
from kfactcheck.claims.perday import days_of_whole
from kfactcheck.claims.placeframe import (
    count_frame,
    same_event,
)
from kfactcheck.claims.prefilter import held as _held
from kfactcheck.claims.prefilter import may_hold as _may_hold
from kfactcheck.claims.reported import carry_report_day
from kfactcheck.claims.sums import RESTATES, restated, restated_across
from kfactcheck.claims.updated import hold_latest, updated_from
from kfactcheck.claims.wholes import whole_of_parts
from kfactcheck.claims.whoparts import who_parts
from kfactcheck.grammar.dates import (
    bracketed_day,
    find_dates,
    may_have_calendar_date,
)
from kfactcheck.grammar.earlier import mark_earlier
from kfactcheck.grammar.numbers import find_quantities
from kfactcheck.grammar.sentences import split_sentences
from kfactcheck.grammar.separators import decimal_comma
from kfactcheck.grammar.speakers import attribute, first_source, own_source
from kfactcheck.grammar.vocab import (
    language_code,
)
from kfactcheck.model import Claim, Document
from kfactcheck.read.language import detect

_LAST_REACH = 600  # characters back to the count a "la cifra" / "die Zahl" names
# EXTRACTOR_VERSION (bump it when extraction output changes) is in claims/__init__.py, so
# that the index's version key is read without importing the grammar.


def extract_claims(doc: Document, lang: str | None = None) -> list[Claim]:
    """Every claim in the kept text of `doc`, in text order. Counted nouns are read in
    `lang` (ISO 639-1), else the document's language, else the one its words suggest.

    Figures whose separator reads two ways ("3.735") in a document that does not show its
    convention are read with a decimal point, and `doc` gets a warning naming them; so do
    dates that its publication date would put before year 1 or after 9999.
    """
    spans = doc.keep or [(0, len(doc.text))]
    sentences: list[tuple[int, int]] = []
    for a, b in spans:
        sentences.extend(split_sentences(doc.text, a, b))
    claims: list[Claim] = []
    owners: list[int] = []  # the sentence each claim comes from
    comma = decimal_comma(doc.text, doc.lang)
    ambiguous: list[str] = []
    beyond: list[str] = []  # dates past the calendar's ends
    text = doc.text
    # the language counted nouns are read in: the one given, the document's, else detected
    # (a Document built by hand, not read from a file, may carry none)
    start = spans[0][0]
    code = language_code(lang or doc.lang or detect(text[start : start + 3000]) or "en")
    # a document with no date: the month its marker or URL shows, if any, says when
    month_shown = "" if doc.date else undated_time(doc)
    near = "" if doc.date or month_shown else (written_after(doc) or doc.story_month)
    update = updated_from(doc, sentences)  # a later day the page tells of, and where
    # most sentences have no digit, figure word or month, and are not read further
    passed = list(_held(text, sentences, doc.lang, _may_hold))
    for i in passed:
        a, b = sentences[i]
        last = claims[-1] if claims and a - claims[-1].end < _LAST_REACH else None
        # a sentence that tells of the day of an update is read from that day
        read_from = update[0] if update and any(a <= at < b for at in update[1]) else None
        found = _sentence_claims(
            doc, a, b, comma, ambiguous, beyond, code, month_shown, near, last, read_from
        )
        if found:
            claims.extend(found)
            owners.extend([i] * len(found))
    if ambiguous:
        shown = ", ".join(dict.fromkeys(ambiguous[:3]))
        # nothing in the document shows its convention: say which reading was taken
        warning = f"separator reads two ways: {shown} read with a decimal point, not thousands"
        if warning not in doc.warnings:
            doc.warnings.append(warning)
    if beyond:
        shown = ", ".join(f"“{w}”" for w in dict.fromkeys(beyond[:3]))
        warning = (
            f"dates not read: {shown} from the publication date "
            f"{doc.date.isoformat() if doc.date else '?'} fall outside years 1 to 9999"
        )
        if warning not in doc.warnings:
            doc.warnings.append(warning)
    if update and doc.date:
        hold_latest(claims, doc.date, update[0])  # "61 dead" in the headline of "this Sunday"
    # (an entry stamp holds a clock time's digits: only sentences the prefilter passed)
    if claims and (days := entry_days(text, sentences, doc.date, month_shown or near, passed)):
        date_entries(claims, owners, days, doc.date, month_shown)  # a live page's entries
    if claims and (days := heading_days(text, sentences, doc.date, month_shown or near)):
        date_entries(claims, owners, days, doc.date, month_shown)  # "Samedi 8 décembre"
    restated_across(doc.text, sentences, claims, owners)
    carry_report_day(claims, owners, sentences, text, doc.date)  # "dans un communiqué"
    if claims:
        # who speaks is read only once there is a claim to give a speaker to, and only for
        # the sentences with claims and those they reach back to (pronouns, quotations)
        speakers = attribute(doc.text, sentences, wanted=set(owners), lang=code)
        owns = [
            # a figure whose own clause names a source ("and the organisers 30,000") is theirs
            own_source(c.quote, c.start - c.sentence_start, c.end - c.sentence_start, code)
            for c in claims
        ]
        # the sources a sentence's figures name in their own clauses, by sentence
        named: dict[int, set[str]] = {}
        for own, i in zip(owns, owners, strict=True):
            if own is not None:
                named.setdefault(i, set()).add(own)
        for own, claim, i in zip(owns, claims, owners, strict=True):
            claim.speaker = own or speakers[i]
            if own is None and speakers[i] is not None and speakers[i] in named.get(i, ()):
                # the sentence's source is another clause's own ("Police counted 7,500 and
                # the organisers claimed 30,000"): this figure's is its first clause's
                at = claim.sentence_start
                first = first_source(claim.quote, claim.start - at, code)
                claim.speaker = first or claim.speaker
    return claims


def _sentence_claims(
    doc: Document,
    a: int,
    b: int,
    comma: bool | None = None,
    ambiguous: list[str] | None = None,
    beyond: list[str] | None = None,
    code: str = "en",
    shown: str = "",
    near: str = "",
    last: Claim | None = None,
    read_from: date | None = None,
) -> list[Claim]:
    """The claims of doc.text[a:b], a sentence that passed the prefilter; `shown` is the month
    or year an undated document shows (dated.undated_time), `near` the month of the latest
    day it writes in full when it shows none (dated.written_after); `read_from` the day its
    dates are read against, when not doc.date (a page updated after it: claims/updated.py)."""
    when = shown or near  # what places a day written without its year
    sentence = doc.text[a:b]
    quantities = find_quantities(sentence, decimal_comma=comma, lang=doc.lang)
    quantities = two_sources(sentence, quantities)  # "entre X et Y, selon A et B"
    if not quantities and not may_have_calendar_date(sentence, doc.lang):
        # No figure, so dates count only as claims of their own, and only a day, month or
        # year is one (date_claim): without a month name or four digits there is none.
        return []
    ref = read_from or doc.date
    dates = find_dates(sentence, ref, doc.lang, beyond)
    if ref is None and quantities:
        dates = month_relatives(sentence, shown, doc.lang, dates)  # "last year": any day
    dates = with_relative_year(dates)
    # a duration the date grammar reads as a start ("over the past 23 years" -> 1999)
    # stays a figure: the words state 23 years, not a date
    spans = [d for d in dates if not (d.kind == "relative" and d.role == "since")]
    if dates:
        # "la colonia 16 de Septiembre", "rue du 4 Septembre": a street named by a date
        # keeps its figure from being read, but is no date of anything
        dates = [d for d in dates if not named_by_date(sentence, d.start)]
    if quantities:
        inside = overlapping(quantities, spans) if spans else [False] * len(quantities)
        quantities = [
            q
            for q, within in zip(quantities, inside, strict=True)
            if not within
            and not bracketed_day(sentence, q.start, q.end, doc.lang)
            and not day_before_date(sentence, q, spans)
        ]
    published = ref.isoformat() if ref else ""
    out: list[Claim] = []
    dating = []  # dates that say when figures held, not claims of their own
    for d in dates:
        claim = date_claim(doc, sentence, a, d, published)
        if claim is not None:
            if not published:
                claim.as_of = sentence_time([d], None, shown=when) or shown
            out.append(claim)
        else:
            dating.append(d)
    if not quantities:
        # a sentence of dates alone (a dateline, "set October 4 as the target date"): what
        # follows reads figures only
        out.sort(key=lambda c: c.start)
        return out
    previous: Claim | None = None
    # where the sentence's "where" clauses are, found once: not searched again between each
    # figure and each date after it (a sentence of a thousand figures and dates)
    clauses = event_clauses(sentence)
    asides = figure_asides(sentence, quantities)  # "(contre 27 000 le 4 mars)"
    # (one figure has no other beside it: figure_gaps would give (None, None))
    gaps = figure_gaps(quantities) if len(quantities) > 1 else [(None, None)]
    indexes = {id(dates): date_index(dates), id(dating): date_index(dating)}
    named = any(names_event(sentence, d) for d in dates)  # a date of an event: rare
    for q, gap in zip(quantities, gaps, strict=True):
        # "up from £2.1bn when the plans were published in 2021": an earlier figure is
        # dated by the date after it, even one that is a claim of its own
        pool = dates if EARLIER.search(sentence, max(0, q.start - 24), q.start) else dating
        # a date in a clause after the figure that tells of a place's event ("58 died in
        # Torralba, where the dam broke on Friday (25)") does not date the figure
        index = indexes[id(pool)]
        if clauses:
            pool = [
                d
                for d in pool
                if d.start < q.end or not any(q.end <= a and b <= d.start for a, b in clauses)
            ]
            index = None
        if asides:  # a date in an aside of another figure's dates only the aside
            pool = [d for d in pool if not outside_aside(d, q, asides)]
            index = None
        held = figure_time(sentence, pool, ref, q, quantities, when, gap, index, shown, named)
        claim = figure_claim(
            doc, sentence, a, q, held, previous, code, last if not out else None, out
        )
        if claim is not None and claim.terms[0] in CUMULATIVE:
            # A running count holds when it is reported, or on the day said after it ("rose
            # to 37 on Wednesday"); a date before it names the event ("incidents in
            # September that left three dead", "killed by Tuesday's earthquake"), and so does
            # a date in a clause that tells of the event ("58 died at the mine, where the dam
            # broke on Friday (25)").
            after = [
                d
                for d in dating
                if (
                    d.start >= q.end
                    and not POSSESSIVE.match(sentence, d.end)
                    and not _EVENT_CLAUSE.search(sentence, q.end, d.start)
                    and not after_event(sentence, q.end, d.start)
                )
                or dates_count_before(sentence, d, q)
            ]
            if asides:
                after = [d for d in after if not outside_aside(d, q, asides)]
            claim.as_of = figure_time(
                sentence, after, ref, q, quantities, when, gap, None, shown, named
            )
            mark_earlier(claim, sentence, q, dates, published)  # "hatte noch von 14 gesprochen"
            count_coordinated(claim, sentence, a, q)
            past_event(claim, dates, q, ref)
            other_event(claim, sentence, dates, q.start, q.end, ref, when)  # "in a 2018 fire"
            previous_event(claim, sentence, q.start, q.end)  # "at the previous march"
            opens = not out and previous is None  # "Bisher waren es 30" opens its sentence
            count_frame(claim, sentence, q, dates, last, opens, (doc.text, a, published), code)
        elif claim is not None and claim.terms[0] in ("crowd", "evacuated") and ref is not None:
            held_year = claim.as_of[:4]
            if held_year.isdigit() and int(held_year) <= ref.year - 2:
                claim.scope = (*claim.scope, f"event {held_year}")  # "a rally in 1989"
        if (
            claim is not None
            and previous is not None
            and previous.as_of
            and RESTATES.fullmatch(sentence, previous.end - a, q.start)
        ):
            claim.as_of = previous.as_of  # "£17.8bn last year, or £342m a week"
            claim.terms = (restated(previous.terms[0], claim.terms[0]), *claim.terms[1:])
        if claim is not None and previous is not None:
            same_event(claim, previous, sentence, a, dates)
            part_of_next(previous, claim, sentence, a, q.start)  # "cinco dos seis bombeiros"
        if claim is not None:
            out.append(claim)
            # no antecedent: "the 30-storey block, where 9 were found" counts no storeys
            previous = None if MODIFIER.search(claim.text) else claim
            if q.ambiguous and ambiguous is not None:
                ambiguous.append(q.text)
    out.sort(key=lambda c: c.start)
    if len(out) > 2:
        whole_of_parts(out, sentence, a)  # "82,500 out of their homes, 13,300 in shelters and"
        days_of_whole(out, sentence, a, dates)  # "34 buried (17 on Thursday, 16 today)"
    who_parts(out, sentence, a)  # "41 mulheres e 29 homens entre os mortos"
    return out
