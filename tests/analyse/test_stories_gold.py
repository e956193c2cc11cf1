"""The multi-story test corpus (tests/data/stories) and its gold annotation agree with each other.

The gold file is what the quality tests score the tool against, so a wrong anchor, an interval
that does not fit its qualifier, or a finding that names a file without a claim on its subject
would silently lower (or raise) every score. These tests read the corpus the way a careful
annotator would: raw bytes, HTML article element, JSON Lines records, cp1252 fallback.
"""

from __future__ import annotations

import html
import importlib.util
import json
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

import pytest
from conftest import TESTS

HERE = TESTS  # the tests folder: data/ and score.py
STORIES = HERE / "data" / "stories"
GOLD_PATH = HERE / "data" / "stories.gold.json"

_spec = importlib.util.spec_from_file_location("gold_scorer", HERE / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

QUALIFIERS = ("exact", "approx", "close_to", "more_than", "at_least", "less_than", "up_to", "range")
KINDS = ("discrepancy", "change", "agreement")
WINDOW_DAYS = 60  # docs/contract.md: about the same time = inside the comparison window
TOLERANCE = 0.08  # a figure this far off is a discrepancy even when the wording is loose


@dataclass(frozen=True)
class Doc:
    name: str  # the gold "file": basename, or "<file>.jsonl#<line>"
    path: Path
    story: str
    fmt: str
    raw: str  # decoded file (for a JSONL record: its line)
    body: str  # what the article says: HTML article element as text, record "text"
    encoding: str


def _decode(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252"), "cp1252"


def _html_text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", fragment))


def load_docs() -> dict[str, Doc]:
    docs: dict[str, Doc] = {}
    for path in sorted(p for p in STORIES.rglob("*") if p.is_file()):
        story = path.relative_to(STORIES).parts[0]
        raw, enc = _decode(path.read_bytes())
        fmt = path.suffix.lstrip(".")
        if fmt == "jsonl":
            for n, line in enumerate(raw.split("\n"), 1):
                if line.strip():
                    rec = json.loads(line)
                    name = f"{path.name}#{n}"
                    docs[name] = Doc(name, path, story, fmt, line, rec["text"], enc)
            continue
        body = raw
        if fmt == "html":
            m = re.search(r"<article\b.*?</article>", raw, re.S)
            body = _html_text(m.group(0)) if m else ""
        assert path.name not in docs, f"basename {path.name} is not unique"
        docs[path.name] = Doc(path.name, path, story, fmt, raw, body, enc)
    return docs


GOLD = json.loads(GOLD_PATH.read_text(encoding="utf-8"))
DOCS = load_docs()
ARTICLES = {a["file"]: a for a in GOLD["articles"]}
CUMULATIVE = {k for k, label in GOLD["subjects"].items() if "cumulative" in label}


def _claims():
    for a in GOLD["articles"]:
        for i, c in enumerate(a["claims"]):
            yield a, i, c


# ----------------------------------------------------------------------------- parsing helpers
_MONTH_NAMES = (
    "january february march april may june july august september october november december"
)
MONTHS = {m[:3]: i for i, m in enumerate(_MONTH_NAMES.split(), 1)}
WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
VAGUE = {
    "a dozen": 12,
    "dozens": 24,
    "hundreds": 200,
    "several hundred": 300,
    "thousands": 2000,
    "several thousand": 3000,
    "tens of thousands": 20000,
}
MULT = {"": 1, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
_NUMBER = re.compile(
    r"""^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?   # digits, thousands commas, decimals
        \s?(m|million|bn|billion)?$        # a multiplier written after the figure
    """,
    re.VERBOSE,
)
_DATE = re.compile(
    r"""^(?:([a-z]+)\.?\s(\d{1,2})     # March 15, Jan. 22
          |(\d{1,2})\s([a-z]+))        # 15 March
         (?:,?\s(\d{4}))?$             # an optional year
    """,
    re.VERBOSE,
)


def parse_number(text: str) -> float | None:
    s = text.lower().strip()
    if s in VAGUE:
        return VAGUE[s]
    if s in WORDS:
        return WORDS[s]
    m = _NUMBER.match(s)
    if not m:
        return None
    return float(m[1].replace(",", "") + (m[2] or "")) * MULT[m[3] or ""]


def parse_anchor(anchor: str, unit: str) -> float | tuple[float | None, float | None] | None:
    s = anchor.lower()
    s = re.sub(r"\s*(%|per ?cent|percent)$", "", s) if unit == "percent" else s
    s = re.sub(r"\s+(years?|hours?|days?|weeks?|months?)$", "", s)
    m = re.fullmatch(r"(.+?)(?: and | to |(?<=\d)[-–](?=\d))(.+)", s)
    if m:
        return parse_number(m[1]), parse_number(m[2])
    return parse_number(s)


def parse_date_anchor(anchor: str, published: date) -> date | None:
    """A day-month anchor: with its year, or the occurrence nearest the publication date."""
    m = _DATE.match(anchor.lower())
    if not m:
        return None
    month = MONTHS.get((m[1] or m[4])[:3])
    day = int(m[2] or m[3])
    if month is None:
        return None
    if m[5]:
        return date(int(m[5]), month, day)
    options = [date(published.year + dy, month, day) for dy in (-1, 0, 1)]
    return min(options, key=lambda d: abs((d - published).days))


def figure_positions(text: str, anchor: str) -> list[int]:
    """Where `anchor` stands as a whole figure: not inside a longer number or word."""
    low, a, out = text.lower(), anchor.lower(), []
    i = low.find(a)
    while i >= 0:
        j = i + len(a)
        # "50" in "16:50" or "10" in "21/10/2023" is part of another figure
        before = i > 0 and (low[i - 1].isalnum() or low[i - 1] in ".,:/")
        after = j < len(low) and (
            low[j].isalnum() or (low[j] in ".,:/" and low[j + 1 : j + 2].isdigit())
        )
        if not before and not after:
            out.append(i)
        i = low.find(a, i + 1)
    return out


def noise_hits(noise: str, text: str) -> bool:
    """score.py's test: the noise string as a whole token run inside a claim's text."""
    b = score.norm(noise)
    t = score.norm(text)
    return bool(re.search(r"(?<![\w.,])" + re.escape(b) + r"(?![\w])", t)) or t == b


def as_of_span(s: str) -> tuple[date, date]:
    parts = [int(p) for p in s.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        nxt = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return date(parts[0], parts[1], 1), nxt - timedelta(days=1)
    d = date(*parts)
    return d, d


def gap_days(a: str, b: str) -> int:
    (a0, a1), (b0, b1) = as_of_span(a), as_of_span(b)
    return max((b0 - a1).days, (a0 - b1).days, 0)


def interval(c: dict) -> tuple[float, float]:
    """The gold claim as a closed interval (dates as ordinals); strict bounds nudged inward."""
    if c["unit"] == "date":
        d = date.fromisoformat(c["value"]).toordinal()
        return d, d
    lo = -math.inf if c["low"] is None else float(c["low"])
    hi = math.inf if c["high"] is None else float(c["high"])
    eps = 1e-6 * max(1.0, abs(float(c["value"])))
    if c["qualifier"] == "more_than":
        lo += eps
    if c["qualifier"] == "less_than":
        hi -= eps
    return lo, hi


def conflict(a: dict, b: dict) -> bool:
    (alo, ahi), (blo, bhi) = interval(a), interval(b)
    if ahi < blo or bhi < alo:
        return True
    bounded = all(math.isfinite(x) for x in (alo, ahi, blo, bhi))
    if bounded and a["unit"] not in ("date", "year"):
        va, vb = float(a["value"]), float(b["value"])
        return abs(va - vb) >= TOLERANCE * max(abs(va), abs(vb))
    return False


def rises(earlier: dict, later: dict) -> bool:
    return interval(later)[0] >= interval(earlier)[0] and interval(later)[1] >= interval(earlier)[1]


def claims_on(subject: str, file: str) -> list[dict]:
    return [c for c in ARTICLES[file]["claims"] if c["subject"] == subject]


# ----------------------------------------------------------------------------- the corpus itself
def test_corpus_has_enough_articles_stories_and_formats():
    assert len(GOLD["articles"]) >= 24
    stories = {d.story for d in DOCS.values()}
    assert len(stories) >= 5, stories
    fmts = [d for d in DOCS.values()]
    md = [d for d in fmts if d.fmt == "md"]
    assert len(md) >= 3
    assert any(re.match(r"---\ndate: .+\ntitle: .+\noutlet: .+\n", d.raw) for d in md)
    pages = {d.path for d in fmts if d.fmt == "html"}
    assert len(pages) >= 3
    for p in pages:
        raw = p.read_text(encoding="utf-8")
        assert '<meta property="og:site_name"' in raw, p.name
        assert '<meta property="article:published_time"' in raw, p.name
        assert "<article" in raw and "<footer" in raw, p.name
    records = [d for d in fmts if d.fmt == "jsonl"]
    assert len(records) >= 2
    for d in records:
        assert set(json.loads(d.raw)) >= {"title", "date", "outlet", "url", "text"}, d.name


def test_one_file_is_cp1252_with_non_ascii_characters():
    legacy = [d for d in DOCS.values() if d.encoding == "cp1252"]
    assert legacy, "no file exercises the non-UTF-8 decoding path"
    assert any("€" in d.raw and "é" in d.raw for d in legacy)


def test_gold_covers_exactly_the_documents_in_the_corpus():
    assert sorted(ARTICLES) == sorted(DOCS)
    assert len(ARTICLES) == len(GOLD["articles"]), "an article is annotated twice"


def test_every_subject_is_labelled_and_used():
    used = {c["subject"] for _, _, c in _claims()}
    assert used == set(GOLD["subjects"])


# ----------------------------------------------------------------------------- per article
@pytest.mark.parametrize("art", [pytest.param(a, id=a["file"]) for a in GOLD["articles"]])
def test_publication_date_is_shown_in_the_document(art):
    doc = DOCS[art["file"]]
    published = date.fromisoformat(art["date"])
    assert art["date_evidence"] in doc.raw
    if doc.fmt == "jsonl":
        assert json.loads(doc.raw)["date"] == art["date"]
    if doc.fmt == "html":
        m = re.search(r'article:published_time" content="([\d-]{10})', doc.raw)
        assert m and m[1] == art["date"]
    if doc.raw.startswith("---\n"):
        assert f"date: {art['date']}" in doc.raw.split("\n---\n")[0]
    assert date(2020, 1, 1) < published < date(2026, 1, 1)


@pytest.mark.parametrize("art", [pytest.param(a, id=a["file"]) for a in GOLD["articles"]])
def test_claims_are_where_the_gold_says_and_read_right(art):
    doc = DOCS[art["file"]]
    published = date.fromisoformat(art["date"])
    assert art["claims"], "an article without claims"
    anchors = [c["anchor"].lower() for c in art["claims"]]
    assert len(set(anchors)) == len(anchors), "two claims of one file share an anchor"
    for c in art["claims"]:
        what = f"{c['anchor']!r}"
        assert c["subject"] in GOLD["subjects"], what
        assert c["qualifier"] in QUALIFIERS, what
        assert figure_positions(doc.body, c["anchor"]), f"{what} is not in the article text"
        for s in [c["as_of"], *c.get("as_of_accept", [])]:
            assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", s), what
            assert as_of_span(s)[0] <= published, f"{what}: as_of {s} after publication"
        if c["unit"] == "date":
            assert c["low"] is None and c["high"] is None, what
            assert parse_date_anchor(c["anchor"], published) == date.fromisoformat(c["value"]), what
            continue
        v, lo, hi, q = c["value"], c["low"], c["high"], c["qualifier"]
        assert isinstance(v, (int, float)), what
        assert score.interval_ok(c, c) and score.value_agrees(c, c), what
        expect = {
            "exact": lo == v == hi,
            "approx": lo is not None and hi is not None and lo < v < hi,
            "close_to": hi == v and lo is not None and lo < v,
            "more_than": lo == v and hi is None,
            "at_least": lo == v and hi is None,
            "less_than": hi == v and lo is None,
            "up_to": hi == v and lo is None,
            "range": lo is not None and hi is not None and lo < v < hi and v == (lo + hi) / 2,
        }[q]
        assert expect, f"{what}: low/high {lo}/{hi} do not fit {q} {v}"
        parsed = parse_anchor(c["anchor"], c["unit"])
        if q == "range":
            assert parsed == (lo, hi), what
        else:
            assert parsed is not None and math.isclose(parsed, v, rel_tol=1e-9), (what, parsed)


@pytest.mark.parametrize("art", [pytest.param(a, id=a["file"]) for a in GOLD["articles"]])
def test_noise_strings_occur_and_stay_clear_of_claims(art):
    doc = DOCS[art["file"]]
    for bad in art["noise"]:
        assert bad in doc.raw, f"noise {bad!r} is not in the file"
        for c in art["claims"]:
            assert not noise_hits(bad, c["anchor"]), f"noise {bad!r} inside {c['anchor']!r}"
            # a tool's claim text runs a little past the figure: keep noise out of that reach
            for i in figure_positions(doc.body, c["anchor"]):
                near = doc.body[max(0, i - 12) : i + len(c["anchor"]) + 12]
                assert not noise_hits(bad, near), f"noise {bad!r} next to {c['anchor']!r}"


# ----------------------------------------------------------------------------- findings
FINDINGS = GOLD["expected_findings"]


@pytest.mark.parametrize(
    "e",
    [pytest.param(e, id=f"{e['kind']}-{e['subject']}-{'+'.join(e['files'])}") for e in FINDINGS],
)
def test_expected_finding_is_backed_by_its_claims(e):
    assert e["kind"] in KINDS and e["subject"] in GOLD["subjects"] and e["why"]
    for f in e["files"]:
        assert claims_on(e["subject"], f), f"{f} has no claim on {e['subject']}"
    assert len(set(e["files"])) == len(e["files"])
    if e["kind"] == "discrepancy":
        cs = [c for f in e["files"] for c in claims_on(e["subject"], f)]
        assert any(
            conflict(a, b) and gap_days(a["as_of"], b["as_of"]) <= WINDOW_DAYS
            for a, b in combinations(cs, 2)
        ), "no two figures conflict inside the window"
        return
    assert len(e["files"]) >= 2
    first, last = claims_on(e["subject"], e["files"][0]), claims_on(e["subject"], e["files"][-1])
    if e["kind"] == "change":
        postponed = e["subject"] in CUMULATIVE or first[0]["unit"] == "date"
        assert any(
            conflict(a, b)
            and as_of_span(a["as_of"])[1] < as_of_span(b["as_of"])[0]
            and (postponed or gap_days(a["as_of"], b["as_of"]) > WINDOW_DAYS)
            for a in first
            for b in last
        ), "no move between the first and the last file"
    else:
        # every file agrees with another inside the window, and nothing there contradicts it
        for f, g in combinations(e["files"], 2):
            pairs = [
                (a, b)
                for a in claims_on(e["subject"], f)
                for b in claims_on(e["subject"], g)
                if gap_days(a["as_of"], b["as_of"]) <= WINDOW_DAYS
            ]
            assert pairs, f"{f} and {g} are not about the same time"
            for a, b in pairs:
                assert not conflict(a, b), f"{a['anchor']!r} vs {b['anchor']!r} do not agree"


def _declared_moves() -> set[tuple[str, object, object]]:
    moves = set()
    for e in FINDINGS:
        if e["kind"] == "change":
            for a in claims_on(e["subject"], e["files"][0]):
                for b in claims_on(e["subject"], e["files"][-1]):
                    moves.add((e["subject"], a["value"], b["value"]))
    return moves


def test_no_undeclared_conflict_inside_the_window():
    """Every pair of figures a correct tool would call a discrepancy is expected by the gold.

    Otherwise a correct tool scores a false alarm. Later, higher figures on cumulative subjects
    and moves the gold declares as a change (a postponed deadline) are not discrepancies.
    """
    disc = [e for e in FINDINGS if e["kind"] == "discrepancy"]
    moves = _declared_moves()
    every = [(a["file"], c) for a, _, c in _claims()]
    problems = []
    for (fa, a), (fb, b) in combinations(every, 2):
        if a["subject"] != b["subject"] or not conflict(a, b):
            continue
        if gap_days(a["as_of"], b["as_of"]) > WINDOW_DAYS:
            continue
        if as_of_span(b["as_of"])[0] < as_of_span(a["as_of"])[0]:
            (fa, a), (fb, b) = (fb, b), (fa, a)
        later = as_of_span(a["as_of"])[1] < as_of_span(b["as_of"])[0]
        if later and a["subject"] in CUMULATIVE and rises(a, b):
            continue
        if later and (a["subject"], a["value"], b["value"]) in moves:
            continue
        if any(e["subject"] == a["subject"] and set(e["files"]) <= {fa, fb} for e in disc):
            continue
        problems.append(f"{a['subject']}: {fa} {a['anchor']!r} vs {fb} {b['anchor']!r}")
    assert not problems, "\n".join(problems)


def test_must_not_flag_never_bans_an_expected_discrepancy():
    banned = set()
    for b in GOLD["must_not_flag"]:
        assert b["kind"] == "discrepancy" and b["why"]
        assert set(b["subjects"]) <= set(GOLD["subjects"])
        assert set(b["files"]) <= set(ARTICLES)
        for s in b["subjects"]:
            assert any(claims_on(s, f) for f in b["files"]), f"{s} has no claim in {b['files']}"
        banned |= set(b["subjects"])
    assert not banned & {e["subject"] for e in FINDINGS if e["kind"] == "discrepancy"}


# ----------------------------------------------------------------------------- through the scorer
def perfect_report() -> dict:
    """A report that states exactly the gold: what a flawless tool would write."""
    documents, claims, ids = [], [], {}
    for n, art in enumerate(GOLD["articles"]):
        doc = DOCS[art["file"]]
        path = doc.path.relative_to(HERE.parent).as_posix()
        path += "#" + art["file"].split("#")[1] if "#" in art["file"] else ""
        documents.append({"id": f"d{n}", "path": path, "date": art["date"]})
        for i, c in enumerate(art["claims"]):
            cid = f"c{len(claims)}"
            ids[(art["file"], i)] = cid
            claims.append(
                {
                    **{k: c[k] for k in ("value", "low", "high", "qualifier", "unit", "as_of")},
                    "id": cid,
                    "document": f"d{n}",
                    "subject": c["subject"],
                    "text": c["anchor"],
                }
            )
    findings = []
    for k, e in enumerate(FINDINGS):
        members = [
            ids[(f, i)]
            for f in e["files"]
            for i, c in enumerate(ARTICLES[f]["claims"])
            if c["subject"] == e["subject"]
        ]
        findings.append(
            {"id": f"f{k}", "kind": e["kind"], "subject": e["subject"], "claims": members}
        )
    return {"schema": 1, "documents": documents, "claims": claims, "findings": findings}


def test_a_report_that_states_the_gold_scores_perfectly():
    m = score.score(perfect_report(), GOLD)
    assert m["gold_claims"] == sum(len(a["claims"]) for a in GOLD["articles"])
    for name in ("claim_recall", "interval_ok", "as_of_ok", "grouping_f1", "finding_recall"):
        assert m[name] == 1.0, (name, m[name])
    assert m["false_alarms"] == 0 and m["noise_claims"] == 0


def test_syndicated_quote_paragraph_is_verbatim_in_three_outlets():
    """The one-origin agreement in the strike story rests on one paragraph copied word for word."""
    straighten = str.maketrans({"“": '"', "”": '"', "’": "'"})
    copies = {
        d.name: p.translate(straighten)
        for d in DOCS.values()
        for p in d.body.split("\n\n")
        if "not had a real pay rise since 2014" in p
    }
    assert len(copies) == 3, sorted(copies)
    assert len(set(copies.values())) == 1
    curly = [d for d in copies if "“" in DOCS[d].body]
    assert 0 < len(curly) < 3, "copies should differ in quote style only"
