"""Keep spans: page furniture and repeated paragraphs left out, the text never rewritten."""

from __future__ import annotations

import pytest
from conftest import READER

from kfactcheck.read import cleanup
from kfactcheck.read.corpus import read_document


def kept_lines(text: str) -> list[str]:
    lines = cleanup.split_lines(text)
    dropped = cleanup.furniture(text, lines)
    for i in cleanup.duplicates(text, lines, dropped):
        dropped[i] = "duplicate"
    return [text[s:e] for s, e, _ in (lines[i] for i in range(len(lines)) if i not in dropped)]


def test_split_lines_strips_and_marks_paragraph_blocks():
    text = "  Title  \n\nfirst\nsecond\n\n\n third "
    lines = cleanup.split_lines(text)
    assert [text[s:e] for s, e, _ in lines] == ["Title", "first", "second", "third"]
    assert [g for _, _, g in lines] == [True, True, False, True]


@pytest.mark.parametrize(
    ("furniture", "why"),
    [
        pytest.param(
            "1. Skip to content\n  2. Skip to main menu\n  3. Home",
            "navigation",
            id="numbered-nav-run",
        ),
        pytest.param("Give Feedback", "feedback", id="give-feedback"),
        pytest.param("Image: Maria Sol/Agency", "image-credit", id="image-credit"),
        pytest.param(
            "Representative Image Image Credit: Lakeside Wire",
            "representative-image",
            id="representative-image",
        ),
        pytest.param("RELATED ARTICLES", "related", id="related-articles"),
        pytest.param("Most Popular", "most-popular", id="most-popular"),
        pytest.param("Share", "share", id="share"),
        pytest.param("Advertisement", "advertisement", id="advertisement"),
        pytest.param("Read more", "read-more", id="read-more"),
        pytest.param(
            "We use cookies to give you the best experience on our website. By continuing "
            "to browse you agree to our use of cookies and our privacy policy, which you "
            "can read at any time from the link at the bottom of every page of this site.",
            "cookies",
            id="long-cookie-banner",
        ),
        pytest.param(
            "HomeNewsPoliticsVoters head to the polls", "breadcrumb-glued", id="glued-breadcrumb"
        ),
        pytest.param(
            "(This story has not been edited by Lakeside Wire staff and is auto-generated "
            "from a syndicated feed.)",
            "syndicated-note",
            id="syndicated-note",
        ),
        pytest.param("ab/cd (AFP, Reuters)", "agency-signoff", id="agency-signoff"),
        pytest.param(
            "(Reporting by Lena Park; Editing by Tom Berg)",
            "reporting-credits",
            id="reporting-credits",
        ),
        pytest.param("4 min read", "reading-time", id="reading-time"),
        pytest.param("© 2024 Northfield Herald", "copyright", id="copyright"),
    ],
)
def test_furniture_left_out_of_an_article(furniture, why):
    body = "Flood water rose 2 metres in the old town, the mayor said on Monday."
    text = f"Floods hit the old town\n\n{furniture}\n\n{body}\n"
    assert kept_lines(text) == ["Floods hit the old town", body]
    lines = cleanup.split_lines(text)
    found = cleanup.furniture(text, lines)
    assert why in found.values()


def test_caption_above_a_glued_credit_goes_with_it():
    text = (
        "Strikers march through the port\n\n"
        "Dock workers march past the harbour gates\n"
        "Union members walked out on MondayImage: Jane Roe/Agency\n\n"
        "About 1,200 dock workers walked out, the union said.\n"
    )
    assert kept_lines(text) == [
        "Strikers march through the port",
        "About 1,200 dock workers walked out, the union said.",
    ]


def test_a_sentence_above_a_credit_is_not_a_caption():
    text = "Voters queued for hours.\nImage: Jane Roe/Agency\n\nTurnout was 71 percent."
    assert kept_lines(text) == ["Voters queued for hours.", "Turnout was 71 percent."]


BODY_LINES = [
    "Flood water rose 2 metres in the old town, the mayor said on Monday.",
    "About 300 homes were evacuated overnight, officials said.",
]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Share prices fell 4% after the flood.", id="share-prices"),
        pytest.param(
            "Most popular among voters was the flood defence plan.", id="most-popular-sentence"
        ),
        pytest.param("Related charges were filed against 4 men.", id="related-sentence"),
        pytest.param("Homeowners in 12 streets were told to leave.", id="homeowners"),
        pytest.param("Advertising revenue fell by a third.", id="advertising-sentence"),
        pytest.param("The bakery sold 4,000 cookies at the festival.", id="cookies-sentence"),
    ],
)
def test_body_sentences_that_look_like_furniture_are_kept(line):
    text = "\n\n".join([*BODY_LINES, line])
    assert kept_lines(text) == [*BODY_LINES, line]


def test_repeated_headline_and_glued_lead_are_kept_once():
    headline = "Turnout reaches record high in Lakeland regional vote"
    lead = "Turnout in the Lakeland vote reached 71 percent, the electoral commission said."
    quote = '"This is a great day for our democracy," commission chair Ana Lopes told reporters.'
    more = "About 1.4 million people were registered to vote."
    text = f"{headline}\n\n{lead} {quote}\n\n\n{headline}\n\n{lead}\n\n{quote} {more}\n"
    assert kept_lines(text) == [headline, lead, f"{quote} {more}"]


def test_repeat_with_different_quotes_and_spaces_is_caught():
    a = "“We are ready,” the fire chief said of the 350 firefighters on duty."
    b = '"We are  ready," the fire chief said of the 350 firefighters on duty.'
    text = f"Wildfire spreads\n\n{a}\n\nCrews worked through the night, officials said.\n\n{b}\n"
    assert kept_lines(text) == [
        "Wildfire spreads",
        "Crews worked through the night, officials said.",
        b,
    ]


def test_short_repeated_lines_are_not_dropped():
    text = (
        "Flood\n\nUpdate\n\nThe river rose 2 metres on Monday.\n\nUpdate\n\nIt fell on Tuesday.\n"
    )
    assert kept_lines(text).count("Update") == 2


def test_unique_paragraphs_are_all_kept():
    text = "\n\n".join(f"Paragraph {i} says that {i * 7} homes were damaged." for i in range(30))
    assert len(kept_lines(text)) == 30


def test_keep_spans_merge_runs_and_respect_cuts():
    text = "date 2023-01-02 First line.\nSecond line.\n\nFurniture\nThird line."
    lines = cleanup.split_lines(text)
    spans = cleanup.keep_spans(lines, {2: "x"}, {0: text.index("First")})
    assert [text[a:b] for a, b in spans] == ["First line.\nSecond line.", "Third line."]


@pytest.mark.parametrize(
    ("name", "kept", "left_out"),
    [
        pytest.param(
            "flood_dw_style.txt",
            [
                "Floods leave thousands homeless",
                "about 4,200 people",
                "at least 11 people",
                "600 homes had been damaged",
            ],
            [
                "Skip to",
                "March 3, 2023",
                "Image:",
                "Rescuers carry",
                "Advertisement",
                "Share",
                "Read more",
                "ab/cd",
            ],
            id="flood",
        ),
        pytest.param(
            "election_syndicated.txt",
            ["71 percent", "1.4 million", "results expected by 8 p.m."],
            ["Lakeside Wire |", "Representative Image", "syndicated feed", "Give Feedback"],
            id="election",
        ),
        pytest.param(
            "strike_page_header.txt",
            ["Rail strike enters its third week", "12,000 rail workers", "2,000 trains"],
            ["Monday, March 4, 2024", "HomeEurope", "RELATED ARTICLES", "Most Popular"],
            id="strike",
        ),
        pytest.param(
            "quake_dateline.txt",
            ["magnitude 6.1", "27 people"],
            ["By Lena Park", "14 July 2022", "PORT VALE", "(Coastline Courier)", "Reporting by"],
            id="quake",
        ),
        pytest.param(
            "budget_staff.txt",
            ["840 million crowns", "6 percent"],
            ["Herald staff", "06:30 GMT", "min read", "©"],
            id="budget",
        ),
    ],
)
def test_fixture_articles_keep_only_their_body(name, kept, left_out):
    doc = read_document(READER / name)[0]
    body = doc.kept_text()
    for words in kept:
        assert words in body, words
    for words in left_out:
        assert words not in body, words
    assert doc.text == (READER / name).read_text(encoding="utf-8")  # nothing rewritten


def test_repeated_lead_counted_once_in_fixture():
    doc = read_document(READER / "election_syndicated.txt")[0]
    body = doc.kept_text()
    assert body.count("reached 71 percent") == 1
    assert body.count("This is a great day") == 1
    assert body.count("Turnout reaches record high") == 1
    assert doc.warnings == [
        "duplicate paragraph dropped: "
        '"Turnout in the Lakeland regional election reached 71 percent…"'
    ]


def test_spans_are_ordered_disjoint_and_inside_the_text():
    for path in sorted(READER.glob("*.txt")):
        doc = read_document(path)[0]
        last = 0
        for a, b in doc.keep:
            assert last <= a < b <= len(doc.text), path.name
            assert doc.text[a:b] == doc.text[a:b].strip(), path.name
            last = b
