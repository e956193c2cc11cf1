"""Shared builders for the tests, which mirror the pipeline's stages (read/, grammar/,
claims/, analyse/, index/, export/, views/; what crosses stages sits here at the top).

Test modules import what they need from here by name (`from conftest import ROOT`): the
sub-folders have no conftest.py of their own, so this is the one module of that name.

- Paths: the repository, the test data, the two annotated corpora.
- `without_root_powers` / `AS_USER`: a command prefix under which file modes apply.
- Hand-built Reports for the renderer tests (exports and terminal views). The story is
  invented and deliberately not the Kosovo sample: a flood in a harbour city with a death
  toll that rises and is disputed, a school reopening date that moves, and a protest whose
  size police and organisers dispute. Offsets are computed from the text, so every claim's
  start/end/sentence_start point where a real pipeline would put them.
- Golden files: `assert_golden`.
"""

from __future__ import annotations

import difflib
import os
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from kfactcheck.model import Claim, Document, Finding, Report

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent  # the repository
DATA = TESTS / "data"
READER = DATA / "reader"  # the reader's sample files
KOSOVO = ROOT / "corpus" / "kosovo"  # the sample corpus; gold in DATA / "kosovo.gold.json"
STORIES = DATA / "stories"  # our invented stories; gold in DATA / "stories.gold.json"


def without_root_powers() -> list[str] | None:
    """A command prefix under which file modes apply: nothing for a normal user; for root,
    setpriv dropping the capabilities that read and write through modes; None if neither."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return []
    import shutil

    setpriv = shutil.which("setpriv")
    caps = "-dac_override,-dac_read_search"
    return [setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}", "--"] if setpriv else None


AS_USER = without_root_powers()

GENERATED = "2026-01-02T03:04:05Z"


def document(
    doc_id: str,
    path: str,
    sentences: list[str],
    *,
    title: str | None = None,
    outlet: str | None = None,
    published: date | None = None,
    date_evidence: str | None = None,
    warnings: list[str] | None = None,
    url: str | None = None,
) -> Document:
    text = "\n\n".join(sentences)
    return Document(
        id=doc_id,
        path=path,
        text=text,
        keep=[(0, len(text))],
        title=title,
        outlet=outlet,
        url=url,
        date=published,
        date_evidence=date_evidence,
        warnings=list(warnings or []),
    )


def claim(
    doc: Document,
    claim_id: str,
    quote: str,
    text: str,
    *,
    subject: str,
    label: str,
    value: float | str,
    unit: str,
    low: float | str | None = None,
    high: float | str | None = None,
    qualifier: str = "exact",
    as_of: str | None = None,
    speaker: str | None = None,
    scope: tuple[str, ...] = (),
) -> Claim:
    """A claim whose quote is a sentence of `doc` and whose text is inside the quote."""
    sentence_start = doc.text.index(quote)
    start = sentence_start + quote.index(text)
    if low is None and high is None and qualifier == "exact":
        low = high = value
    return Claim(
        document=doc.id,
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        unit=unit,
        as_of=as_of or (doc.date.isoformat() if doc.date else ""),
        text=text,
        start=start,
        end=start + len(text),
        quote=quote,
        speaker=speaker,
        scope=scope,
        subject=subject,
        subject_label=label,
        id=claim_id,
        sentence_start=sentence_start,
    )


DEATHS = ("flood-deaths", "People killed in the Harbor City floods")
SCHOOLS = ("school-reopening", "Date Harbor City schools reopen")
CROWD = ("march-crowd", "People at the Harbor City protest march")
BUDGET = ("rebuild-budget", "Harbor City reconstruction budget")
INSURED = ("insured-homes", "Share of flooded homes that were insured")

Q1 = "Fewer than 15 people died in the floods, Mayor Ana Ruiz said on Saturday."
Q2 = "Schools will reopen on 1 April, the city council said."
Q3 = "Only 3.5% of the flooded homes were insured, according to the council."
Q4 = "Police chief Tom Hale said around 30 people were killed when the river burst its banks."
Q5 = "The council confirmed that classes resume on 1 April."
Q6 = "- Police said 5,000 people attended Sunday's march to the town hall."
Q7 = "The death toll has risen to more than 40, the regional government said on Wednesday."
Q8 = "Reopening has been pushed back to 15 April because two schools are still flooded."
Q9 = (
    "“It was up to 20,000 – not 5,000 | the police *always* undercount,” "
    "organiser Lee-Ann O'Neil said."
)
Q10 = "The government set aside €2.5 million for rebuilding."


def sample_report() -> Report:
    d1 = document(
        "d1a2b3c",
        "news/wire-a.txt",
        ["Floods hit Harbor City", Q1, Q2, Q3],
        title="Floods hit Harbor City",
        outlet="Wire Agency",
        published=date(2024, 3, 2),
        date_evidence="Published: 2 March 2024",
    )
    d2 = document(
        "d4d5e6f",
        "news/daily-b.html",
        ["River bursts banks", Q4, Q5, Q6],
        title="River bursts its banks in Harbor City",
        outlet="Daily Bugle",
        published=date(2024, 3, 3),
        date_evidence='<meta property="article:published_time" content="2024-03-03">',
        url="https://bugle.example/river",
    )
    d3 = document(
        "d7a8b9c",
        "news/herald-c.md",
        ["Toll rises", Q7, Q8, Q9, Q10],
        title="Harbor City death toll rises",
        outlet=None,
        published=date(2024, 3, 20),
        date_evidence="20/03/2024",
        warnings=["date doubtful: day and month could be swapped"],
    )
    d4 = document(
        "d0e0f00",
        "news/notes.txt",
        ["Reporter's notes without figures."],
        warnings=["no publication date found"],
    )
    claims = [
        claim(d1, "c1", Q1, "Fewer than 15 people", subject=DEATHS[0], label=DEATHS[1],
              value=15, high=15, qualifier="less_than", unit="people", speaker="Ana Ruiz"),
        claim(d1, "c2", Q2, "1 April", subject=SCHOOLS[0], label=SCHOOLS[1],
              value="2024-04-01", unit="date"),
        claim(d1, "c3", Q3, "3.5%", subject=INSURED[0], label=INSURED[1],
              value=3.5, unit="percent", low=3.45, high=3.55),
        claim(d2, "c4", Q4, "around 30 people", subject=DEATHS[0], label=DEATHS[1],
              value=30, low=27, high=33, qualifier="approx", unit="people", speaker="Tom Hale"),
        claim(d2, "c5", Q5, "1 April", subject=SCHOOLS[0], label=SCHOOLS[1],
              value="2024-04-01", unit="date"),
        claim(d2, "c6", Q6, "5,000 people", subject=CROWD[0], label=CROWD[1],
              value=5000, low=4950, high=5050, qualifier="approx", unit="people",
              as_of="2024-03-03", speaker="police"),
        claim(d3, "c7", Q7, "more than 40", subject=DEATHS[0], label=DEATHS[1],
              value=40, low=40, qualifier="more_than", unit="people"),
        claim(d3, "c8", Q8, "15 April", subject=SCHOOLS[0], label=SCHOOLS[1],
              value="2024-04-15", unit="date"),
        claim(d3, "c9", Q9, "up to 20,000", subject=CROWD[0], label=CROWD[1],
              value=20000, high=20000, qualifier="up_to", unit="people",
              as_of="2024-03-03", speaker="Lee-Ann O'Neil"),
        claim(d3, "c10", Q10, "€2.5 million", subject=BUDGET[0], label=BUDGET[1],
              value=2_500_000, low=2_450_000, high=2_550_000, qualifier="approx",
              unit="currency"),
    ]  # fmt: skip
    findings = [
        Finding("f1", "discrepancy", DEATHS[0], ["c1", "c4"], "high",
                "fewer than 15 (Ana Ruiz, 2 Mar 2024) vs around 30 (Tom Hale, 3 Mar 2024): "
                "at least 80% apart within 1 day", {"days": 1, "ratio": 2.0}),
        Finding("f2", "change", DEATHS[0], ["c4", "c7"], "medium",
                "around 30 (3 Mar 2024) → more than 40 (20 Mar 2024): up by a third in 17 days",
                {"direction": "up", "days": 17}),
        Finding("f3", "agreement", SCHOOLS[0], ["c2", "c5"], "medium",
                "1 Apr 2024 in 2 independent documents"),
        Finding("f4", "change", SCHOOLS[0], ["c5", "c8"], "medium",
                "1 Apr 2024 → 15 Apr 2024: postponed by 14 days", {"direction": "later"}),
        Finding("f5", "discrepancy", CROWD[0], ["c6", "c9"], "high",
                "5,000 (police) vs up to 20,000 (Lee-Ann O'Neil) on 3 Mar 2024"),
    ]  # fmt: skip
    return Report(
        documents=[d3, d1, d4, d2],  # out of order on purpose: renderers sort
        claims=claims,
        findings=findings,
        settings={"window_days": 45, "tolerance": 0.05, "specs": []},
        errors=["news/broken.pdf: not a text file (binary content), skipped"],
    )


HOSTILE_TITLE = '<script>alert("title")</script> Breaking "news"'
HOSTILE_OUTLET = '"><img src=x onerror=alert(1)>'
HOSTILE_QUOTE = (
    "Officials </svg><script>alert('quote')</script> said 7 people "
    '"><img src=x onerror=alert(2)> were hurt [bold]x[/bold] :smile: | *a* =1+1'
)


def hostile_report() -> Report:
    """Article text that tries to break out of every context a renderer writes it into."""
    d1 = document(
        "dbad001",
        'news/<script>alert("path")</script>.html',
        [HOSTILE_TITLE, HOSTILE_QUOTE],
        title=HOSTILE_TITLE,
        outlet=HOSTILE_OUTLET,
        published=date(2024, 5, 1),
        date_evidence="<b>1 May</b>",
        warnings=["<script>alert('warning')</script>"],
    )
    d2 = document(
        "dbad002",
        "news/other.txt",
        ['Eleven people were hurt, =HYPERLINK("http://x") said @someone.'],
        title="Other",
        outlet="@Outlet",
        published=date(2024, 5, 2),
    )
    label = '</title><script>alert("label")</script>'
    c1 = claim(d1, "c1", HOSTILE_QUOTE, "7 people", subject='hurt"><svg onload=alert(3)>',
               label=label, value=7, unit="people",
               speaker='<img src=x onerror=alert("speaker")>')  # fmt: skip
    c2 = claim(d2, "c2", d2.text, "Eleven people", subject=c1.subject, label=label,
               value=11, unit="people", speaker="=cmd|' /C calc'!A0")  # fmt: skip
    f1 = Finding("f1", "discrepancy", c1.subject, ["c1", "c2"], "high",
                 '7 vs 11 <script>alert("summary")</script>')  # fmt: skip
    return Report(documents=[d1, d2], claims=[c1, c2], findings=[f1])


def big_report(n_claims: int = 10_000, n_findings: int = 2_000, n_subjects: int = 50) -> Report:
    """A synthetic report the size of a large corpus, for scale checks."""
    n_docs = max(1, n_claims // 20)
    docs = []
    for i in range(n_docs):
        sentences = [f"Officials said about {1000 + j} troops were there." for j in range(20)]
        docs.append(
            document(
                f"d{i:05d}",
                f"big/{i:05d}.txt",
                sentences,
                title=f"Article {i}",
                outlet=f"Outlet {i % 7}",
                published=date.fromordinal(date(2020, 1, 1).toordinal() + i % 900),
            )
        )
    claims = []
    for k in range(n_claims):
        doc = docs[k // 20]
        j = k % 20
        quote = f"Officials said about {1000 + j} troops were there."
        subject = f"subject-{k % n_subjects}"
        claims.append(
            claim(
                doc,
                f"c{k}",
                quote,
                f"about {1000 + j} troops",
                subject=subject,
                label=f"Subject {k % n_subjects}",
                value=1000 + j,
                low=900 + j,
                high=1100 + j,
                qualifier="approx",
                unit="troops",
            )
        )
    kinds = ("discrepancy", "change", "agreement")
    findings = []
    for i in range(n_findings):
        a, b = claims[i % n_claims], claims[(i + n_subjects) % n_claims]
        findings.append(
            Finding(f"f{i}", kinds[i % 3], a.subject, [a.id, b.id], "low", f"finding {i}")
        )
    return Report(documents=docs, claims=claims, findings=findings)


# ---------------------------------------------------------------- golden files

GOLDEN = TESTS / "golden"


def assert_golden(name: str, text: str) -> None:
    """Compare `text` with tests/golden/NAME; KFC_UPDATE_GOLDEN=1 rewrites the file instead.

    Files are compared byte for byte (read and written with newline="", so the CSV's CRLF
    and BOM are part of what is checked).
    """
    path = GOLDEN / name
    if os.environ.get("KFC_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        return
    assert path.exists(), f"{path} missing: run with KFC_UPDATE_GOLDEN=1 to create it"
    with open(path, encoding="utf-8", newline="") as fh:
        expected = fh.read()
    if text != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                text.splitlines(keepends=True),
                f"golden/{name}",
                "rendered",
            )
        )
        raise AssertionError(
            f"output differs from golden/{name} (KFC_UPDATE_GOLDEN=1 to accept):\n{diff}"
        )


# ---------------------------------------------------------------- parsing HTML output


class Page(HTMLParser):
    """Every element with its attributes and the text inside it, as a browser would parse it."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._stack: list[tuple[str, dict]] = []
        self.marks: list[str] = []
        self.titles: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.elements.append((tag, a))
        if tag not in ("meta", "br", "line", "circle", "polyline", "rect"):
            self._stack.append((tag, a))

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0] == tag:
                del self._stack[i:]
                break

    def handle_data(self, data):
        self.text.append(data)
        if self._stack and self._stack[-1][0] == "mark":
            self.marks.append(data)
        if self._stack and self._stack[-1][0] == "title":
            self.titles.append(data)

    def all(self, tag: str, **attrs: str) -> list[dict]:
        return [
            a
            for t, a in self.elements
            if t == tag and all(a.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]

    def has_class(self, tag: str, cls: str) -> list[dict]:
        return [a for t, a in self.elements if t == tag and cls in (a.get("class") or "").split()]

    @property
    def visible(self) -> str:
        return "".join(self.text)
