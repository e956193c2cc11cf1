"""Speaker attribution: who said each sentence of a document, and one spelling per person.

`attribute(text, sentences)` gives, for every sentence span, the source its content is
attributed to: a person's name ("Jens Stoltenberg", titles stripped, a surname expanded to the
full name the document gives), an organisation ("NATO") or a group ("police", "organisers",
"the ministry"), or None when the sentence only reports facts.

`canonical_names(names)` maps every spelling of a name seen across a corpus ("Jens Soltenberg",
"Stoltenberg", "Vučić") to one full name.

Word lists live in data/speakers.toml (read by speakerwords.py); how people are named and
`canonical_names` are in speakernames.py, reading a source around a verb in speakerparse.py,
paragraphs and quoted spans in quotespans.py.
The work is linear in the document: a handful of compiled regexes scan the text once, and
only the few words around a reporting verb are tokenised and parsed in Python.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import cache, partial
from itertools import chain, pairwise
from operator import itemgetter

from kfactcheck.grammar.quotespans import _paragraph_starts, _quote_spans, _Span
from kfactcheck.grammar.speakernames import _Doc, canonical_names
from kfactcheck.grammar.speakerparse import _at_verb, _headline, _Parser, _person_of, _Source
from kfactcheck.grammar.speakerwords import _alt, _Lexicon, _lexicon

__all__ = ["attribute", "canonical_names", "own_source"]

# A colon ending a sentence or its line: "X told reporters:" introduces the next paragraph.
_INTRO_COLON = re.compile(r":[ \t]*(?:\n|$)")


def attribute(
    text: str,
    sentences: list[tuple[int, int]],
    wanted: Iterable[int] | None = None,
    lang: str = "en",
) -> list[str | None]:
    """The source of each sentence span (offsets into `text`), in the order given.

    A source is, by preference: a person's full name as the document gives it (titles
    stripped, "Piperni" expanded to "Luca Piperni", "Kosovo's prime minister" resolved to the
    one person the document calls Prime Minister); an organisation ("NATO", "Red Lantern
    Society"); a group, lowercase as written ("police", "organisers", "the ministry",
    "residents of the old town"); or an unnamed role kept as a phrase ("a witness", "the
    country's health minister"). None when the sentence reports no one's words.

    Reads "“...,” X said", "X said (that) ...", "X told reporters: ...", "according to X",
    "X's office said", "a spokesperson for X said", inverted "said X", a headline "X: ...",
    pronouns ("he stressed") meaning the last person named as source or subject in this or
    the previous paragraph, quotations over several sentences or paragraphs (a paragraph
    opening with an unattributed quotation continues the last person quoted or paraphrased),
    and a colon after a reporting verb introducing the next paragraph. A plain reporting verb
    (said, told) beats a weaker one (promised, reported) in the same sentence; otherwise the
    first source in the sentence wins: one source per sentence.

    With `wanted` (indices into `sentences`), only those sentences get their source (the
    others None), and only what they depend on is read: the same answers, found sooner.
    `lang` (a code of vocab.language_code) adds that language's verbs and words to English's:
    "a déclaré X", "ha detto X", "según X", "laut X", "Das teilte die Polizei mit".
    """
    out: list[str | None] = [None] * len(sentences)
    if not sentences:
        return out
    reading = _Reading(text, sentences, _lexicon(lang))
    if wanted is not None and reading.in_order:
        try:
            for si in wanted:
                out[si] = reading.speaker(si)
            return out
        except _ReadAll:
            out = [None] * len(sentences)
    return reading.all()


def own_source(sentence: str, start: int, end: int, lang: str = "en") -> str | None:
    """The source the figure at sentence[start:end] names in its own words, else None: the
    subject of a clause whose verb is left out ("police counted 7,500 and the organisers
    30,000", "et les organisateurs 30 000"), or a bracketed "according to" right after it
    ("40 000 (selon les syndicats)"). One source per sentence (attribute) would give such a
    figure the first clause's."""
    gapped, bracketed = _own_source_patterns(lang)
    # (a claim's words may hold the aside: "40 000 (selon les syndicats) manifestants")
    found = (
        bracketed.match(sentence, end)
        or ("(" in sentence[start:end] and bracketed.search(sentence, start, end))
        or (
            _may_end_in_head(sentence[max(0, start - 60) : start], lang)
            and gapped.search(sentence, max(0, start - 60), start)
        )
    )
    return " ".join(found.group(1).split()) if found else None


def first_source(sentence: str, start: int, lang: str = "en") -> str | None:
    """The subject of the sentence's first clause when a figure follows its verb of saying
    ("Police counted 7,500 marchers and the organisers claimed 30,000": police), its first
    letter in lower case as attribute reads it; else None. For a figure the sentence's
    source, read from a later clause, does not fit."""
    found = _own_source_patterns(lang, True)[0].search(sentence, 0, start)
    if not found:
        return None
    source = " ".join(found.group(1).split())
    return source[:1].lower() + source[1:]


# what joins a clause whose verb is left out to the one before it
_GAP_JOINS = (
    "and", "while", "whereas", "et", "tandis que", "y", "mientras que", "e", "enquanto",
    "mentre", "und", "während",
)  # fmt: skip


@cache
def _own_source_patterns(lang: str, first: bool = False) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(gapped subject before a figure, bracketed source after it) in language `lang`. The
    subject is a known group or role ("the organisers", "die Veranstalter"), so a list of
    parts ("12 in Norbury and 7 in Tessburg") names none."""
    lex = _lexicon(lang)
    heads = _alt(lex.groups | lex.roles)
    start = "|^\\s*" if first else ""
    # a comma joins such a clause too: "die Polizei zählte 7500, die Veranstalter 30.000"
    # or whose verb of saying is its own: "while the organisers counted 30,000", "tandis
    # que les syndicats ont compté 30 000" (at most one short word after it: "spoke of");
    # with `first`, the sentence's first clause ("Police counted 7,500 marchers and the
    # organisers claimed 30,000": the police's)
    gapped = re.compile(
        rf"(?i)(?:(?<![^\W\d_])(?:{_alt(_GAP_JOINS)})\s+|,\s+{start})((?:(?:{_alt(lex.determiners)})\s+)?"
        rf"(?:{heads}))(?:\s+(?:{_alt(lex.verbs)})(?:\s+(?:{_alt(_AFTER_VERB)}))?)?\s*,?\s*$"
    )
    bracketed = re.compile(rf"(?i)\s*\(\s*(?:{_alt(lex.source_phrases)})\s+([^()\d]{{1,60}}?)\s*\)")
    return gapped, bracketed


def _may_end_in_head(window: str, lang: str) -> bool:
    """Whether the gapped pattern of own_source may match in `window`: it ends in a group or
    role, or its verb of saying (and "of"), then white space, a comma or both. A window of
    ASCII (most) ending in none of their last words is told without trying the pattern at
    each of its characters."""
    if not window.isascii():
        return True
    tail = window.rstrip()
    if tail.endswith(","):
        tail = tail[:-1].rstrip()
    # the head follows white space, and its words single spaces: the window's last word
    # is the head's last word
    ends = _head_ends(lang)
    return "" in ends or (bool(tail) and tail.rsplit(None, 1)[-1].lower() in ends)


_AFTER_VERB = ("of", "de", "di", "von", "at", "about")  # as in the gapped pattern


@cache
def _head_ends(lang: str) -> frozenset[str]:
    """The last word of each group and role of `lang` that text of ASCII can hold, lower-cased
    (one with a letter outside ASCII matches none, case-blind, unless that letter matches
    one of ASCII: then "" stands for it, and the pattern is always tried)."""
    lex = _lexicon(lang)
    out = set(_AFTER_VERB)
    # the pattern may end in the head's verb of saying, or that verb's "of" ("while the
    # organisers counted 30,000", "spoke of 30,000"): their last words end a window too
    for head in lex.groups | lex.roles | set(lex.verbs):
        if head.isascii():
            last = head.lower().split()[-1:]
            # (a head ending in a comma would leave the window's stripped end: tried always)
            out.add(last[0] if last and not last[0].endswith(",") else "")
        elif any(
            re.fullmatch("(?i)" + re.escape(ch), chr(i))
            for ch in head
            if not ch.isascii()
            for i in range(128)
        ):
            out.add("")
    return frozenset(out)


class _ReadAll(Exception):
    """A sentence's source depends on more than the sentences near it: read them all."""


# Pronouns resolved through pronouns, at most: a longer chain is read in text order instead.
_MAX_CHAIN = 40


class _Reading:
    """One document's sentences, each read once and only when its source is asked for.

    What a sentence says (its reporting verb and source, whether it is mostly a quotation)
    depends on its own words; its pronoun on the sources of the sentences before it; its
    quotation's speaker on the other sentences the quotation runs through, and where that
    gives none, on the paragraphs before (`_carry_quotes`), which only `all` reads.
    """

    def __init__(self, text: str, sentences: list[tuple[int, int]], lex: _Lexicon) -> None:
        self.text, self.sentences, self.lex = text, sentences, lex
        self.paras = _paragraph_starts(text)
        self.spans = _quote_spans(text, self.paras)
        self.span_ends = [sp.end for sp in self.spans]
        self.doc = _Doc(text, lex)
        self.parser = _Parser(text, self.doc, lex)
        n = len(sentences)
        # clipped, leading white space skipped, and the paragraph: for the sentences read
        self._bounds: list[tuple[int, int] | None] = [None] * n
        self._para_of: list[int | None] = [None] * n
        ends = list(chain.from_iterable(sentences))
        if ends and ends == sorted(ends) and ends[0] >= 0 and ends[-1] <= len(text):
            # in text order, apart and inside the text, as the splitter gives them: nothing
            # to sort, and `speaker` may read them one by one
            self.order = self.rank = list(range(n))
            self.ranked = sentences
            self.in_order = True
        else:
            self.order = sorted(range(n), key=sentences.__getitem__)
            self.rank = [0] * n  # position of each sentence in text order
            for r, si in enumerate(self.order):
                self.rank[si] = r
            self.ranked = [sentences[si] for si in self.order]
            ordered = [self.bound(si) for si in self.order]
            # sentences that do not overlap: `speaker` needs that
            self.in_order = all(s <= e for s, e in ordered) and all(
                a[1] <= b[0] for a, b in pairwise(ordered)
            )
        self.read: dict[int, tuple[_Source | None, bool]] = {}  # source, colon after its verb
        self.inside: dict[int, _Span | None] = {}  # the quotation a sentence mostly is
        self.explicit: dict[int, tuple[str | None, str]] = {}  # speaker and its kind
        self.subjects: dict[int, _Source | None] = {}
        self.depth = 0
        # the stretch of text last scanned for verbs: start, end, the verbs' starts, the verbs
        self._verbs: tuple[int, int, list[int], list[re.Match[str]]] = (0, -1, [], [])

    # -- one sentence ----------------------------------------------------------------------
    def bound(self, si: int) -> tuple[int, int]:
        """A sentence's span clipped to the text, its leading white space skipped."""
        b = self._bounds[si]
        if b is None:
            s, e = self.sentences[si]
            s, e = max(0, s), min(e, len(self.text))
            while s < e and self.text[s].isspace():
                s += 1
            b = self._bounds[si] = (s, e)
        return b

    def para_of(self, si: int) -> int:
        """The paragraph a sentence starts in."""
        p = self._para_of[si]
        if p is None:
            p = self._para_of[si] = bisect.bisect_right(self.paras, self.bound(si)[0])
        return p

    def source(self, si: int) -> tuple[_Source | None, bool]:
        """The source a sentence's own words name, and whether a colon ends its verb's clause."""
        if si not in self.read:
            self.read[si] = self._read(si)
        return self.read[si]

    def _read(self, si: int) -> tuple[_Source | None, bool]:
        text, lex, spans, doc = self.text, self.lex, self.spans, self.doc
        s, e = self.bound(si)
        verbs = self.verbs_in(s, e)
        j = bisect.bisect_right(self.span_ends, s)
        self.inside[si] = None
        if not verbs and (j == len(spans) or spans[j].start >= e):
            # no reporting verb and no quotation: nothing to read but a headline's "Name:"
            name = _headline(text, s, e, doc, lex) if e - s < 160 else None
            return (_Source(name, "person") if name is not None else None), False
        # frame = the sentence outside quotation marks, in segments
        segs: list[tuple[int, int, bool]] = []
        cur, quoted, after_quote = s, 0, False
        best: tuple[int, _Span] | None = None
        while j < len(spans) and spans[j].start < e:
            sp = spans[j]
            if sp.start > cur:
                segs.append((cur, sp.start, after_quote))
            overlap = min(e, sp.end) - max(s, sp.start)
            quoted += overlap
            if best is None or overlap > best[0]:
                best = (overlap, sp)
            cur, after_quote = max(cur, sp.end), True
            j += 1
        if cur < e:
            segs.append((cur, e, after_quote))
        if best is not None and quoted * 2 >= e - s:
            self.inside[si] = best[1]
        opens_frame = bool(segs) and segs[0][0] == s

        # the first plain reporting verb with a source wins; a weaker one only if none has
        src, weak, colon = None, None, False
        g = 0  # verbs and segments both run in text order: one pointer each
        for vm in verbs:
            while g < len(segs) and segs[g][1] < vm.end():
                g += 1
            if g == len(segs) or vm.start() < segs[g][0]:  # inside a quotation
                continue
            found = _at_verb(text, vm, *segs[g], partial(self.subject, si), self.parser, lex)
            if found is None:
                continue
            if vm.group().lower() not in lex.weak_verbs:
                src = found
                colon = _INTRO_COLON.search(text, vm.end(), e) is not None
                break
            if weak is None:
                weak = found
        src = src or weak
        if src is None and opens_frame:
            name = _headline(text, s, e, doc, lex)
            src = _Source(name, "person") if name is not None else None
        return src, colon

    def verbs_in(self, s: int, e: int) -> list[re.Match[str]]:
        """The reporting verbs starting in text[s:e], as one scan of the whole text finds them.

        The scan starts and ends at characters no verb or phrase can hold (punctuation), so
        that none is cut or read past its end: "according\n\nTo" spans a sentence break.
        The stretch scanned is kept: in text without punctuation, every sentence (cut into
        pieces of a few thousand characters) lies in one stretch, which is scanned once.
        """
        a, b, starts, found = self._verbs
        if not (a <= s and e <= b):
            # a sentence ending in a character no verb holds (its full stop) ends the
            # stretch there: no verb runs past it, and the next sentence is not scanned
            b = self.lex.verb_chars.match(self.text, e - 1 if e > s else e).end()
            a, b = self._verb_stop(s), max(b, e)
            found = list(self.lex.verb_re.finditer(self.text, a, b))
            starts = [m.start() for m in found]
            self._verbs = (a, b, starts, found)
        return found[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, e)]

    def _verb_stop(self, s: int) -> int:
        """Where the run of characters a verb may hold that ends at s starts: after the last
        punctuation before s, searched back in widening windows (one pass of C each)."""
        width = 256
        while True:
            lo = max(0, s - width)
            m = self.lex.verb_stop.match(self.text, lo, s)
            if m is not None:
                return m.end()
            if lo == 0:
                return 0
            width *= 4

    def subject(self, si: int) -> _Source | None:
        """The person a sentence opens with as its subject ("Stoltenberg expressed ...");
        read only when a pronoun or a shared subject needs it."""
        if si not in self.subjects:
            if si not in self.inside:
                self.source(si)  # which quotation the sentence is in
            m = None
            if not self.inside[si]:
                m = self.lex.subject_re.match(self.text, self.bound(si)[0], self.sentences[si][1])
            self.subjects[si] = _person_of(m["run"], self.doc, self.lex) if m else None
        return self.subjects[si]

    def speaker_named(self, si: int) -> tuple[str | None, str]:
        """The source a sentence names, pronouns resolved, with its kind ("" for none)."""
        if si not in self.explicit:
            self.explicit[si] = self._speaker_named(si)
        return self.explicit[si]

    def _speaker_named(self, si: int) -> tuple[str | None, str]:
        src, _ = self.source(si)
        if src is None:
            return None, ""
        if src.kind == "pron":
            self.depth += 1
            try:
                if self.depth > _MAX_CHAIN:
                    raise _ReadAll
                speaker = self.antecedent(src.text, si)
            finally:
                self.depth -= 1
            kind = "person" if src.text in self.lex.pron_person else "group"
        else:
            speaker = self.doc.expand(src.text) if src.kind == "person" else src.text
            kind = src.kind
        return (speaker, kind) if speaker is not None else (None, "")

    def antecedent(self, pronoun: str, si: int) -> str | None:
        """The last person (he, she) or group (they, it) named as a source or subject in this
        paragraph or the one before."""
        para, last = self.para_of(si), self.rank[si] - 1
        for sj in (self.order[x] for x in range(last, max(-1, last - 12), -1)):  # a dozen back
            if self.para_of(sj) < para - 1:
                break
            speaker, kind = self.speaker_named(sj)
            if pronoun in self.lex.pron_person:
                if speaker is not None and kind == "person":
                    return speaker
                sub = self.subject(sj)
                if sub is not None:
                    return self.doc.expand(sub.text)
            elif speaker is not None and kind in ("org", "group"):
                return speaker
        return None

    # -- a sentence and what it depends on -------------------------------------------------
    def speaker(self, si: int) -> str | None:
        """The source of one sentence, reading only the sentences it depends on."""
        named, _ = self.speaker_named(si)
        if named is not None:
            return named
        quote = self.inside[si]
        if quote is None:
            return self.intro(self.para_of(si))
        for r in range(self.rank[si], -1, -1):  # back to the first sentence of the quotation
            if r == 0 or self.bound(self.order[r - 1])[1] <= quote.start:
                break
        while r < len(self.order) and self.bound(self.order[r])[0] < quote.end:
            named, _ = self.speaker_named(self.order[r])
            if named is not None:  # the first sentence of it that names one speaks for all
                return named or self.intro(self.para_of(si))
            r += 1
        raise _ReadAll  # a quotation with no speaker takes one from the paragraphs before

    def intro(self, para: int) -> str | None:
        """The speaker a colon announced in the paragraph before ("X told reporters:")."""
        if para == 0:
            return None
        # the last sentence before the paragraph: one that starts before it, unless its
        # leading white space runs past the paragraph's start
        r = bisect.bisect_left(self.ranked, self.paras[para - 1], key=itemgetter(0)) - 1
        while r >= 0 and self.para_of(self.order[r]) >= para:
            r -= 1
        while r >= 0 and self.para_of(self.order[r]) == para - 1:
            sj = self.order[r]
            r -= 1
            if _INTRO_COLON.search(self.text, *self.bound(sj)) is None:
                continue  # no colon ends a line of it: the sentence need not be read
            named, _ = self.speaker_named(sj)
            if named is not None and self.source(sj)[1]:
                return named
        return None

    # -- the whole document ----------------------------------------------------------------
    def all(self) -> list[str | None]:
        """The source of every sentence, in text order, quotations carried over paragraphs."""
        spans, intro = self.spans, {}
        paraphrased: dict[int, tuple[int, str]] = {}  # paragraph -> last person named as source
        explicit: list[str | None] = [None] * len(self.sentences)
        for si in self.order:
            speaker, kind = self.speaker_named(si)
            if speaker is None:
                continue
            explicit[si] = speaker
            s, e = self.bound(si)
            para = self.para_of(si)
            if kind == "person":
                paraphrased[para] = (s, speaker)
            if self.read[si][1]:
                intro[para + 1] = speaker
            for k in range(bisect.bisect_right(self.span_ends, s), len(spans)):
                if spans[k].start >= e:
                    break
                if spans[k].speaker is None:
                    spans[k].speaker = speaker
        _carry_quotes(self.text, spans, self.paras, intro, paraphrased)
        out: list[str | None] = [None] * len(self.sentences)
        for si in range(len(self.sentences)):
            para = self.para_of(si)
            if explicit[si] is not None:
                out[si] = explicit[si]
            elif (quote := self.inside[si]) is not None:
                out[si] = quote.speaker or intro.get(para)
            else:
                out[si] = intro.get(para)
        return out


def _carry_quotes(
    text: str,
    spans: list[_Span],
    paras: list[int],
    intro: dict[int, str],
    paraphrased: dict[int, tuple[int, str]],
) -> None:
    """Give speakers to quotations that have none of their own.

    A quotation left open at a paragraph's end goes on in the next paragraph's opening quote,
    and all its parts share a speaker. A paragraph that opens with a quotation nobody is named
    for takes the speaker a colon announced ("X said:"), else the last person quoted or
    paraphrased in the paragraph before (`paraphrased`: paragraph -> (offset, person)).
    """
    for k in range(len(spans) - 2, -1, -1):  # a quotation over paragraphs: later parts first
        a, b = spans[k], spans[k + 1]
        if a.unclosed and b.para == a.para + 1 and a.speaker is None:
            a.speaker = b.speaker
    last_by_para: dict[int, tuple[int, str]] = {}
    prev_para = -1
    for sp in spans:
        first_in_para, prev_para = sp.para != prev_para, sp.para
        if sp.speaker is None and sp.para in last_by_para:
            # one speaker per paragraph is the rule of news writing: '“A,” he said. “B.”'
            sp.speaker = last_by_para[sp.para][1]
        if sp.speaker is None and first_in_para:
            start = paras[sp.para - 1] if sp.para else 0
            if not text[start : sp.start].strip():  # the paragraph opens with the quotation
                before = max(
                    last_by_para.get(sp.para - 1, (-1, None)),
                    paraphrased.get(sp.para - 1, (-1, None)),
                    key=lambda x: x[0],
                )
                sp.speaker = intro.get(sp.para) or before[1]
        if sp.speaker is not None:
            last_by_para[sp.para] = (sp.start, sp.speaker)
