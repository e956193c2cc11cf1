"""Figures of one article: one account, or a dispute the article reports.

Two different figures of one quantity in one article are one account ("from 17 in the
morning to 26 by nightfall") unless the article gives them to two sources: words between
them bring in a second source ("while the organisers said", "nach Firmenangaben"), a
source is named right after the later one ("806.000 pour les autorités"), the sentence
gives its figures to two sources ("selon la police et les syndicats"), or each is in its
own sentence with its own speaker.
A dispute an article reports in full, both sides given to their sources, is that article's
finding; other outlets repeating one side agree with it rather than join the dispute
(`ArticleDisputes`, mixed into `sweep.Sweep`).
"""

from __future__ import annotations

import math
import re
from functools import cache

from kfactcheck.analyse.kinds import NumberKind, Point, as_value
from kfactcheck.analyse.traits import said_planned, second_source
from kfactcheck.claims.disputed import given_to_two_sources
from kfactcheck.grammar.vocab import vocab
from kfactcheck.model import Claim, Document

_DIGIT = re.compile(r"\d")
_FEW = 8  # figures of each group tried for a pair of two sources' estimates
_SOURCE_AFTER = 12  # characters after the later figure where the source it is given to starts


class ArticleDisputes:
    """The sweep's reading of one article's figures (needs `docs`, `conflict`, `kind` and
    `discrepancy` from `sweep.Sweep`)."""

    docs: dict[str, Document]
    kind: NumberKind

    def _one_account(self, a, b, pa: Point, pb: Point) -> bool:
        """Both figures come from one article with no second source between them."""
        docs = {p.doc for p in a} | {p.doc for p in b}
        if len(docs) != 1:
            return False
        doc = self.docs.get(pa.doc)
        if doc is None:
            return False
        if _two_speakers(pa.claim, pb.claim):
            return False
        if pa.claim.sentence_start == pb.claim.sentence_start and given_to_two_sources(
            pa.claim.quote
        ):
            return False  # "between 1.27 and 2.5 million, say the ministry and the unions"
        if _plan_and_estimate(pa, pb):
            return False  # "5.3 billion, well above the 3.1 billion planned so far"
        lo = min(pa.claim.start, pb.claim.start)
        hi = max(pa.claim.end, pb.claim.end)
        contrast = list(vocab().contrast_re.finditer(doc.text, lo, hi))
        if contrast and not _parts_of_one_speaker(pa.claim, pb.claim, contrast, doc.text):
            return False
        # a source named right after the later figure is that figure's ("806,000 for the
        # authorities"), so it too sets it apart from the first
        named = second_source(doc.text, lo, min(hi + _SOURCE_AFTER + 40, len(doc.text)))
        return named is None or named.start() > hi + _SOURCE_AFTER

    def _days_update(self, pa: Point, pb: Point) -> bool:
        """One article's two figures of one day of a count of its day (a day's window: the
        missing, the sheltered), one given as the level before ("the previous bulletin
        had 131"): the day's update, which reports of the day tell as a same-day
        difference (of low severity), not as one account."""
        window = getattr(self, "window", None)
        earlier = ("earlier" in pa.claim.terms, "earlier" in pb.claim.terms)
        return window == 0 and pa.t == pb.t and earlier[0] != earlier[1]

    def _two_estimates(self, p: Point, q: Point) -> bool:
        """Two figures of one article that it gives to two sources, at least one of them
        an estimate ("up to", "about", "more than"; neither a range, both in digits): each source's
        estimate, so they dispute when their figures do, even where what their words allow
        would fit ("more than a million, say the authorities; more than two million, say
        the unions"; "bis zu 45.000, schätzt die Polizei; rund 50.000, sagen die
        Veranstalter"). A floor and a ceiling are not: they say where the figure lies."""
        if p is q or p.doc != q.doc:
            return False
        quals = (p.claim.qualifier, q.claim.qualifier)
        if "range" in quals or quals == ("exact", "exact"):
            return False
        if not (_DIGIT.search(p.claim.text) and _DIGIT.search(q.claim.text)):
            return False  # "thousands march" beside the police's 7,500: no figure to dispute
        if not p.bounded and not q.bounded and (p.hi == math.inf) != (q.hi == math.inf):
            return False  # "more than 200,000" and "up to 250,000": a range between them
        if p.claim.speaker and p.claim.speaker == q.claim.speaker:
            return False  # one speaker's two estimates: one account ("850, down from 1,000")
        if "earlier" in p.claim.terms or "earlier" in q.claim.terms:
            return False  # a level the article recalls ("down from estimates of 1,000")
        if not self.conflict(as_value(p), as_value(q)):
            return False
        return not self._one_account([p], [q], p, q)

    def _estimates_of(self, a: list[Point], b: list[Point]) -> tuple[Point, Point] | None:
        """A pair of `_two_estimates`, one figure of each group (the first few of each)."""
        for p in a[:_FEW]:
            for q in b[:_FEW]:
                if p.doc == q.doc and self._two_estimates(p, q):
                    return p, q
        return None

    def _sides(self, a, b, pa: Point, pb: Point) -> tuple[list[Point], list[Point]]:
        """The figures of each group that take a side in the estimates' dispute: those that
        contradict the other side's estimate ("at least 35,000" fits both "up to 45,000"
        and "about 50,000", and is left out)."""
        return (
            [p for p in a if p is pa or self.conflict(p, pb)],
            [q for q in b if q is pb or self.conflict(q, pa)],
        )

    def _in_articles(self, a: list[Point], b: list[Point], told: dict) -> bool:
        """Both sides of the dispute are in one or more articles, each giving them to two
        sources ("80,000 say the police, 400,000 say the unions"): the dispute is each of
        those articles' (`told`, one finding per article), and the other articles, which
        repeat one side, agree with that side rather than add to the dispute. False when no
        article reports both sides as two accounts, or when outlets on both sides give one
        side only: the dispute is between outlets then, one finding for all its reports."""
        docs = {p.doc for p in a} & {p.doc for p in b}
        sides, two = {}, False
        for doc in sorted(docs):
            mine_a = [p for p in a if p.doc == doc]
            mine_b = [p for p in b if p.doc == doc]
            pa, pb = _closest(mine_a, mine_b)
            if not self.conflict(pa, pb):
                pa, pb = _rep(mine_a), _rep(mine_b)
            if self.conflict(pa, pb):
                sides[doc] = (mine_a, mine_b)
                two = two or not self._one_account(mine_a, mine_b, pa, pb)
        if not two:
            return False
        # outlets on both sides that each give one side only: the reports make one dispute
        # between outlets, as when no article gives both sides
        if any(p.doc not in sides for p in a) and any(p.doc not in sides for p in b):
            return False
        # one article giving the two figures to two sources says they are: so are another's
        for doc, pair in sides.items():
            told.setdefault(doc, []).append(pair)
        return True

    def _article_dispute(self, pairs: list[tuple[list[Point], list[Point]]]) -> None:
        """One finding for the disputes one article reports, named by its widest pair."""
        a, b = max(pairs, key=lambda ab: self.kind.size(_rep(ab[0]), _rep(ab[1])))
        pa, pb = _closest(a, b)
        if not self.conflict(pa, pb):
            pa, pb = _rep(a), _rep(b)
        every = list({id(p): p for pair in pairs for side in pair for p in side}.values())
        low = [p for p in every if p.v <= pa.v]
        self.discrepancy(low, [p for p in every if p.v > pa.v], pa, pb)


def _plan_and_estimate(a: Point, b: Point) -> bool:
    """Two sums of one article, one of them given as the plan or the official budget so far
    and the other not, neither said to have moved: the article sets an estimate against
    the plan ("the audit office puts it at 5.3 billion, against the 3.1 billion planned"),
    two accounts of the cost. A sum raised to a new level ("increased to") is a change."""
    if a.claim.unit != "currency" or b.claim.unit != "currency" or a.moved or b.moved:
        return False
    return _planned(a.claim) != _planned(b.claim)


def _planned(c: Claim) -> bool:
    off = c.start - c.sentence_start
    return said_planned(c.quote, off, off + (c.end - c.start))


def _two_speakers(a: Claim, b: Claim) -> bool:
    """The two figures are given to two sources: each in its own sentence, and a named
    speaker for one that is not the other's ("the union spoke of 68,000 ... The company
    put the figure at 35,000"; "the league: four ... the medical service: five")."""
    if a.sentence_start == b.sentence_start or not (a.speaker or b.speaker):
        return False
    return a.speaker != b.speaker


def _parts_of_one_speaker(a: Claim, b: Claim, contrast: list[re.Match], text: str) -> bool:
    """One sentence gives both figures to one speaker and its contrast is a joining word
    right before the later figure ("according to the minister, 30 were found in cars,
    while 17 lay by the road"): two parts of one account side by side, not two sources.
    A source word between them ("while organisers put it at 40,000") or after the later
    one in its clause ("while 40,000 according to organisers") brings one in."""
    if a.sentence_start != b.sentence_start or a.speaker is None or a.speaker != b.speaker:
        return False
    joining = _joining()
    if any(m.group().lower() not in joining for m in contrast):
        return False
    between = text[contrast[-1].end() : max(a.start, b.start)]
    if len(between.split()) > 2:  # "enquanto outras 17", "mientras que otras 17" are parts
        return False
    # "..., while 25,000 according to the organisers": a source after the later figure
    end = max(a.end, b.end)
    tail = text[end : end + 120]
    cut = _CLAUSE_END.search(tail)
    if _source_phrase().search(tail, 0, cut.start() if cut else len(tail)):
        return False
    if cut is None or not cut.group().startswith(","):
        return True
    # "..., but 25,000, the organisers said": a source told after a comma (what the figure
    # counts comes before it: "while 17 residents died at home")
    told = _CLAUSE_END.search(tail, cut.end())
    return not any(
        m.group().lower() not in joining
        for m in vocab().contrast_re.finditer(tail, cut.end(), told.start() if told else len(tail))
    )


_CLAUSE_END = re.compile(r"[.;:!?]|,\s")


@cache
def _source_phrase() -> re.Pattern:
    """A phrase that brings in whose word a figure is ("according to", "selon", "laut",
    "según", "segundo", "secondo"), in every language read (speakers.toml source_phrases):
    not a noun such as "residents" or "police", which may be what the figure counts."""
    from kfactcheck.grammar.speakerwords import _alt, _lexicon

    langs = ("en", "fr", "de", "es", "pt", "it", "nl")
    phrases = {p for c in langs for p in _lexicon(c).source_phrases}
    return re.compile(rf"(?i)(?<!\w)(?:{_alt(phrases)})(?!\w)")


@cache
def _joining() -> frozenset[str]:
    return frozenset(w.lower() for w in vocab().raw["contrast"].get("joining", ()))


def _rep(g: list[Point]) -> Point:
    """A group's middle figure, preferring figures bounded on both sides."""
    bounded = [p for p in g if p.bounded]
    # a range ("between 0.9 and 2.1 million") fits both sides of a dispute it spans: it
    # stands for a group only when the group has no figure of its own
    pool = [p for p in bounded if p.claim.qualifier != "range"] or bounded or g
    ordered = sorted(pool, key=lambda p: (p.v, p.t))
    return ordered[len(ordered) // 2]


def _closest(a: list[Point], b: list[Point]) -> tuple[Point, Point]:
    """The two figures, one from each group, nearest in value (groups come sorted)."""
    pa = max(a, key=lambda p: (p.hi if p.hi != math.inf else p.lo, -p.t))
    pb = min(b, key=lambda p: (p.lo if p.lo != -math.inf else p.hi, p.t))
    return pa, pb
