"""Story detection: documents that use the same names tell one story."""

from __future__ import annotations

import random

import pytest
from conftest import ROOT

from kfactcheck.analyse import stories
from kfactcheck.analyse.stories import detect_stories, document_names
from kfactcheck.model import Document
from kfactcheck.read.corpus import read_corpus


def doc(i: int, text: str, path: str | None = None) -> Document:
    return Document(id=f"d{i}", path=path or f"{i:03d}.txt", text=text, keep=[(0, len(text))])


QUAKE = (
    "Rescuers in Tebrik searched the rubble as the toll in Haldar province rose. "
    "Officials in Tebrik said the Haldar quake destroyed homes near Arzeni. "
)
FIRE = (
    "Crews near Ashcombe fought the Marten Lake fire overnight. Residents of Ashcombe "
    "and Pine Flats were told to leave as the Marten Lake blaze spread. "
)


def test_names_skip_sentence_starts_months_and_titles():
    d = doc(
        1,
        "The minister spoke. Police in Tebrik said on Monday that Tebrik and Arzeni "
        "were hit. In March, President Vance visited Tebrik.",
    )
    assert document_names(d)[:2] == ["Tebrik", "Arzeni"]
    assert "March" not in document_names(d) and "The" not in document_names(d)


def test_one_story_stays_one():
    docs = [doc(i, QUAKE) for i in range(5)]
    assert len(set(detect_stories(docs).values())) == 1


def test_two_stories_in_one_folder_are_kept_apart():
    docs = [doc(i, QUAKE if i % 2 else FIRE) for i in range(8)]
    stories = detect_stories(docs)
    assert stories["d1"] == stories["d3"] != stories["d0"] == stories["d2"]
    # each named by the name most of its documents use (Arzeni, Haldar and Tebrik are in
    # all: the alphabet's first, a label only, chosen after the stories are)
    assert {stories["d1"], stories["d0"]} == {"Arzeni", "Ashcombe"}


def test_sample_and_our_stories():
    kosovo = read_corpus([str(ROOT / "corpus" / "kosovo")]).documents
    assert set(detect_stories(kosovo).values()) == {"Kosovo"}
    ours = read_corpus([str(ROOT / "tests" / "data" / "stories")]).documents
    stories = detect_stories(ours)
    by_folder: dict[str, set[str]] = {}
    for d in ours:
        by_folder.setdefault(d.path.split("/")[-2], set()).add(stories[d.id])
    assert all(len(s) == 1 for s in by_folder.values()), by_folder  # no story split
    assert len({next(iter(s)) for s in by_folder.values()}) == 6  # no two stories merged


def test_a_flood_told_by_seven_outlets_is_one_story():
    """Seven invented reports of one flood (tests/data/flood): outlets, officials, rescuers
    and a headteacher differ from one report to the next; the town, the river and the
    quarter are shared. One story, so its toll, missing count and school date meet."""
    flood = read_corpus([str(ROOT / "tests" / "data" / "flood")]).documents
    assert len(flood) == 7
    assert set(detect_stories(flood).values()) == {"Corrandale"}


# Invented reports: (name, text). Each story's reports share its place and some people;
# the reports name others of their own, as real reports by different outlets do.
QUAKE_PRESIDENT = (
    "President Olsa Renk flew to Vasktal, where the Dornau quake hit. Renk met families in "
    "Vasktal and praised the Dornau rescue teams."
)
QUAKE_RESCUER = (
    "Rescue worker Ilko Mart pulled a girl from a house in Vasktal. Mart said the Dornau "
    "quake had flattened the old town of Vasktal."
)
QUAKE_MAYOR = (
    "Mayor Tilda Brun of Vasktal said the Dornau quake destroyed the market. Brun asked for "
    "tents for Vasktal."
)
DOCK_STRIKE = (
    "Dockers in Harlow walked out. The Harlow Dockers Guild said Guild leader Pia Sorn would "
    "meet Vessel Lines. Sorn said Vessel Lines had refused."
)
TRAM_PLAN = (
    "The Harlow tram line opened late. Lindqvist Rail said the Quayside Tramway would reach "
    "Millgate. Quayside Tramway engineer Ode Falk blamed Lindqvist Rail."
)

CASES = [
    pytest.param([QUAKE_PRESIDENT, QUAKE_RESCUER], 1, id="president-and-rescuer-one-quake"),
    pytest.param([QUAKE_PRESIDENT, QUAKE_RESCUER, QUAKE_MAYOR], 1, id="three-outlets-one-quake"),
    pytest.param([DOCK_STRIKE, TRAM_PLAN] * 3, 2, id="two-events-in-one-city-stay-apart"),
    pytest.param(
        [QUAKE_PRESIDENT, DOCK_STRIKE, QUAKE_RESCUER, DOCK_STRIKE, QUAKE_MAYOR, DOCK_STRIKE],
        2,
        id="quake-and-strike-apart",
    ),
    pytest.param([QUAKE_RESCUER], 1, id="one-document"),
]


@pytest.mark.parametrize(("texts", "want"), CASES)
def test_stories_of_invented_reports(texts, want):
    docs = [doc(i, t) for i, t in enumerate(texts)]
    assert len(set(detect_stories(docs).values())) == want


def test_one_story_forced():
    docs = [doc(i, QUAKE if i % 2 else FIRE) for i in range(6)]
    assert len(set(detect_stories(docs).values())) == 2
    forced = stories.one_story(docs)
    assert set(forced) == {d.id for d in docs} and len(set(forced.values())) == 1


def test_no_tie_is_broken_by_the_alphabet():
    """Two names used as often: the one the text names first leads (it used to be the
    alphabet's first, which split a story when two reports put their names in other
    orders)."""
    d = doc(1, "Floods hit the town of Zorvik. Rescuers from Abbeton reached Zorvik and Abbeton.")
    assert document_names(d)[:2] == ["Zorvik", "Abbeton"]


def test_work_is_linear_in_documents(monkeypatch):
    """Work is counted, not timed: each document and each story compares itself with at
    most CANDIDATES stories, found through names that vote for at most VOTERS stories.
    Random triples of 400 place names start thousands of stories."""
    rng = random.Random(7)
    places = [f"Place{chr(65 + i)}{chr(97 + j)}" for i in range(20) for j in range(20)]
    looked: list[int] = []
    real = stories._candidates
    monkeypatch.setattr(stories, "_candidates", lambda ns, index: _count(real(ns, index), looked))
    n = 8000
    docs = []
    for i in range(n):
        a, b, c = rng.sample(places, 3)
        text = f"Officials in {a} met envoys from {b} and {c}. Talks in {a} and {b} went on."
        docs.append(doc(i, text))
    found = len(set(detect_stories(docs).values()))
    assert found > 100  # many stories, long lists of them per name
    assert len(looked) <= 2 * n  # one look per document, one per story
    assert max(looked) <= stories.CANDIDATES


def _count(found: list[int], looked: list[int]) -> list[int]:
    looked.append(len(found))
    return found


# Two groups of documents as name counts (name -> documents using it), with the idf a
# corpus of 40 documents gives each name: whether they tell different events.
def _idf(df: int, total: int = 40) -> float:
    return stories.math.log((total + 1) / (df + 1)) + 1.0


APART = [
    pytest.param(
        # one flood: one group counts in the town of Orvano, the other names the region's
        # "Comuni"; both name the region, its governor, a second town
        ({"Valdora": 4, "Orvano": 4, "Ugo Brenta": 2, "Lugara": 1}, 5),
        ({"Valdora": 5, "Comuni": 4, "Ugo Brenta": 2, "Lugara": 2, "Orvano": 1}, 5),
        False,
        id="one-flood-two-groups-of-towns",
    ),
    pytest.param(
        # one fire: reports of the inquiry name its agency, all name the town and island
        ({"Kalani": 6, "Moku": 5, "Hawa": 4, "Ren Osei": 2}, 6),
        ({"Kalani": 3, "Moku": 2, "Federal Inquiry": 3, "Ren Osei": 1}, 3),
        False,
        id="inquiry-reports-of-one-fire",
    ),
    pytest.param(
        # two events in one city: only the city is shared
        ({"Harlow": 3, "Dockers Guild": 3, "Pia Sorn": 3, "Vessel Lines": 3}, 3),
        ({"Harlow": 3, "Lindqvist Rail": 3, "Quayside Tramway": 3, "Ode Falk": 3}, 3),
        True,
        id="strike-and-tram-in-one-city",
    ),
    pytest.param(
        # two events in one country: its name and its capital are shared, unevenly
        ({"Valmont": 8, "Sarre Union": 6, "Lisle": 4}, 8),
        ({"Lisle": 5, "Saint Aube": 5, "Fondation": 4, "Valmont": 2}, 5),
        True,
        id="strike-and-cathedral-fund-in-one-country",
    ),
]


@pytest.mark.parametrize(("a", "b", "want"), APART)
def test_apart_weighs_own_names_against_shared_ones(a, b, want):
    (ca, na), (cb, nb) = a, b
    ca, cb = stories.Counter(ca), stories.Counter(cb)
    df = ca + cb
    idf = {n: _idf(k) for n, k in df.items()}
    assert stories._apart(ca, na, cb, nb, idf) is want
    assert stories._apart(cb, nb, ca, na, idf) is want


NAME_CASES = [
    pytest.param(
        "Le scuole dei Comuni colpiti restano chiuse. A Orvano i comuni della bassa sono "
        "isolati, dice Ugo Brenta da Orvano.",
        "it",
        ["Ugo Brenta", "Orvano"],
        id="capitalised-common-noun-written-lower-too",
    ),
    pytest.param(
        "Crews from Harlow met at the docks. Write to press@harlow.example for the Harlow "
        "statement.",
        "en",
        ["Harlow"],
        id="a-name-in-an-address-is-still-a-name",
    ),
    pytest.param(
        "Die Polizei in Marbach zählte die Menschen. Die Menschen in Marbach blieben.",
        "de",
        ["Marbach", "Polizei", "Menschen"],
        id="german-nouns-kept-for-labels-to-sort-out",
    ),
]


@pytest.mark.parametrize(("text", "lang", "want"), NAME_CASES)
def test_document_names(text, lang, want):
    d = Document(id="d", path="d.txt", text=text, keep=[(0, len(text))], lang=lang)
    assert document_names(d) == want


def test_hyphenated_and_spaced_names_are_one_name():
    """'Valdora-Alta' and 'Valdora Alta' are one name; the label is spelt as first met."""
    a = "Rain fell on the hills of Valdora-Alta. Rescuers from Brenno reached the town of "
    b = "Floods hit the valley of Valdora Alta. The mayor, Tilda Brun, said that farms and "
    a += "Valdora-Alta by boat."
    b += "the villages of Valdora Alta need tents."
    docs = [doc(i, a if i % 2 else b) for i in range(4)]
    assert set(detect_stories(docs).values()) == {"Valdora Alta"}


# Invented: reports of one fire, three of them about the inquiry into it (its office named
# in each), and three of a strike elsewhere.
KALANI = [
    "The fire that razed Kalani on Moku killed 97 people, Governor Ren Osei said, as crews "
    "in Kalani searched homes across Hawa.",
    "On Moku, families from Kalani waited for news. Hawa officials said the Kalani fire "
    "was the deadliest in Hawa in a century.",
    "Crews from Hawa and Moku cleared roads into Kalani, where 2,200 buildings burned. "
    "Senator Ada Lume toured Kalani.",
    "Power lines near Kalani may have started the blaze, residents of Moku told reporters "
    "in Hawa. Kalani's harbour is closed.",
    "Ren Osei said 1,000 people from Kalani were still missing on Moku.",
    "Schools on Moku reopen; pupils from Kalani will study in Pukea, said Ren Osei.",
]
KALANI_INQUIRY = [
    "The Federal Inquiry Office opened a review of the Kalani fire on Moku; agents of the "
    "Federal Inquiry Office met Ren Osei.",
    "Agents of the Federal Inquiry Office collected DNA samples from families in Kalani to "
    "identify the dead.",
    "The Federal Inquiry Office said its agents in Kalani had identified 61 victims, with "
    "help from Moku police chief Joss Pell.",
]
HARLOW_STRIKE = [
    "Dockers in Harlow walked out. The Harlow Dockers Guild said Pia Sorn would meet Vessel Lines.",
    "The Harlow Dockers Guild rejected the offer from Vessel Lines, Pia Sorn said in Harlow.",
    "In Harlow, Vessel Lines told the Harlow Dockers Guild that Pia Sorn had walked away.",
]


@pytest.mark.parametrize("order", ["fire-first", "inquiry-first", "interleaved"])
def test_reports_of_an_inquiry_stay_in_their_story_in_any_order(order):
    """The inquiry's reports name its office in each and the burnt town in each: the town
    and the island they share outweigh the office's name, whichever report comes first
    (they were a story of their own when they came first)."""
    texts = {
        "fire-first": KALANI + KALANI_INQUIRY + HARLOW_STRIKE,
        "inquiry-first": KALANI_INQUIRY + KALANI + HARLOW_STRIKE,
        "interleaved": [
            t for ts in zip(KALANI, KALANI_INQUIRY, HARLOW_STRIKE, strict=False) for t in ts
        ]
        + KALANI[3:],
    }[order]
    docs = [doc(i, t) for i, t in enumerate(texts)]
    told = detect_stories(docs)
    fire = {told[d.id] for d in docs if d.text in KALANI + KALANI_INQUIRY}
    strike = {told[d.id] for d in docs if d.text in HARLOW_STRIKE}
    assert fire == {"Kalani"} and strike == {"Harlow"}
