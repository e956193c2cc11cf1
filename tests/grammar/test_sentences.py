"""The sentence splitter, one table: text in, sentences out (kfactcheck/sentences.py)."""

from __future__ import annotations

from itertools import pairwise

import pytest

from kfactcheck.grammar.sentences import split_sentences


def case(text, *sentences, id, xfail=None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, list(sentences), id=id, marks=marks)


CASES = [
    # ------------------------------------------------------------ plain
    case("One. Two! Three? Four", "One.", "Two!", "Three?", "Four", id="terminal-marks"),
    case("", id="empty"),
    case("   \n\n  ", id="only-white-space"),
    case("  Padded sentence.  ", "Padded sentence.", id="trimmed"),
    case(
        "It rose in 2008. 50,000 people left.",
        "It rose in 2008.",
        "50,000 people left.",
        id="digit-opens-sentence",
    ),
    case("Done.Next", "Done.Next", id="no-space-no-split"),
    case("Wait?! Yes.", "Wait?!", "Yes.", id="mark-run"),
    # ------------------------------------------------------------ abbreviations
    case(
        "The Oct. 31 deadline approaches. Talks go on.",
        "The Oct. 31 deadline approaches.",
        "Talks go on.",
        id="month-abbr-before-day",
    ),
    case(
        "Brigadier General Luca Piperni and Brig. Gen. Ana Marin spoke. They left.",
        "Brigadier General Luca Piperni and Brig. Gen. Ana Marin spoke.",
        "They left.",
        id="brig-gen",
    ),
    case(
        "U.S. officials met. They left.",
        "U.S. officials met.",
        "They left.",
        id="us-before-lower-case",
    ),
    case(
        "It was sent to the U.S. The talks failed.",
        "It was sent to the U.S.",
        "The talks failed.",
        id="us-ends-sentence-before-opener",
    ),
    case("The U.S. Senate voted.", "The U.S. Senate voted.", id="us-before-name"),
    case("The U.N. Security Council met.", "The U.N. Security Council met.", id="un-before-name"),
    case("He is No. 3 on the list.", "He is No. 3 on the list.", id="no-before-digit"),
    case(
        "Mr. Smith met Dr. Jones at St. Paul. Then they ate.",
        "Mr. Smith met Dr. Jones at St. Paul.",
        "Then they ate.",
        id="titles",
    ),
    case(
        "Mrs. Ivanek, Prof. Dunne and Sgt. Falk came.",
        "Mrs. Ivanek, Prof. Dunne and Sgt. Falk came.",
        id="more-titles",
    ),
    case("Due on Jan. 5, they said.", "Due on Jan. 5, they said.", id="jan-before-day"),
    case(
        "It ends in Jan. The talks go on.",
        "It ends in Jan.",
        "The talks go on.",
        id="jan-ends-sentence-before-opener",
    ),
    case("Troops, tanks, etc. were sent.", "Troops, tanks, etc. were sent.", id="etc-lower-case"),
    case(
        "Troops, tanks etc. The rest stayed.",
        "Troops, tanks etc.",
        "The rest stayed.",
        id="etc-before-opener",
    ),
    case("Some, e.g. the north, voted.", "Some, e.g. the north, voted.", id="eg"),
    case("At 5 p.m. The meeting ended.", "At 5 p.m.", "The meeting ended.", id="pm-before-opener"),
    case("At 5 p.m. Stoltenberg spoke.", "At 5 p.m. Stoltenberg spoke.", id="pm-before-name"),
    case(
        "Martin Luther King Jr. He spoke.",
        "Martin Luther King Jr.",
        "He spoke.",
        id="jr-before-opener",
    ),
    case(
        "J. R. R. Tolkien wrote it. It sold.",
        "J. R. R. Tolkien wrote it.",
        "It sold.",
        id="initials",
    ),
    case("George W. Bush spoke.", "George W. Bush spoke.", id="middle-initial"),
    case(
        "It was Plan B. The others failed.",
        "It was Plan B.",
        "The others failed.",
        id="letter-before-opener",
    ),
    case("Acme Inc. said so.", "Acme Inc. said so.", id="inc-before-lower"),
    case(
        "Press Office. Tel. 050 555 0148. Ends",
        "Press Office.",
        "Tel. 050 555 0148.",
        "Ends",
        id="tel-before-digits",
    ),
    # ------------------------------------------------------------ figures, URLs, emails
    case("It costs 1.8 million. Next.", "It costs 1.8 million.", "Next.", id="decimal"),
    case("Up 3.5% on the year.", "Up 3.5% on the year.", id="decimal-percent"),
    case(
        "See www.nato.int/kfor for more. Or mail press@nato.int today.",
        "See www.nato.int/kfor for more.",
        "Or mail press@nato.int today.",
        id="url-email",
    ),
    case(
        "Visit https://example.com/a.b?c=d. Then leave.",
        "Visit https://example.com/a.b?c=d.",
        "Then leave.",
        id="url-query",
    ),
    case("Version 3.2.1 shipped.", "Version 3.2.1 shipped.", id="version-number"),
    # ------------------------------------------------------------ quotes
    case(
        "“We now have a significant mission, a military presence in Kosovo close to 4,000 "
        "troops,” Jens Stoltenberg told a news conference after talks with Vucic.",
        "“We now have a significant mission, a military presence in Kosovo close to 4,000 "
        "troops,” Jens Stoltenberg told a news conference after talks with Vucic.",
        id="quote-comma-attribution-one-sentence",
    ),
    case('"We are ready." He said so.', '"We are ready."', "He said so.", id="quote-full-stop"),
    case("“We are ready.” He said so.", "“We are ready.”", "He said so.", id="curly-quote"),
    case('"Why?" he asked.', '"Why?" he asked.', id="question-then-lower-case"),
    case('"Now!" She ran.', '"Now!"', "She ran.", id="exclamation-then-capital"),
    case(
        "He said: “They told me ‘go.’” Then he left.",
        "He said: “They told me ‘go.’”",
        "Then he left.",
        id="nested-quotes-closing-run",
    ),
    case(
        "“If necessary, we will move forces. We are ready to do more.”",
        "“If necessary, we will move forces.",
        "We are ready to do more.”",
        id="two-sentences-in-one-quote",
    ),
    case(
        "It ended (finally.) Then calm.", "It ended (finally.)", "Then calm.", id="closing-bracket"
    ),
    case(
        "He left. “Why?” she asked.",
        "He left.",
        "“Why?” she asked.",
        id="opening-quote-starts-sentence",
    ),
    # ------------------------------------------------------------ ellipses
    case(
        "We are ready to act...if we have an increase of tensions.",
        "We are ready to act...if we have an increase of tensions.",
        id="ellipsis-glued",
    ),
    case(
        "We are ready to act... if needed.",
        "We are ready to act... if needed.",
        id="ellipsis-before-lower-case",
    ),
    case("We waited… Then they came.", "We waited…", "Then they came.", id="ellipsis-char"),
    case(
        "We waited... Then they came.",
        "We waited...",
        "Then they came.",
        id="ellipsis-before-capital",
    ),
    case(
        "the situation...With that amount of troops",
        "the situation...With that amount of troops",
        id="ellipsis-glued-capital",
    ),
    # ------------------------------------------------------------ lines: headlines, lists
    case(
        "NATO ready to send more troops\n\nNATO is ready to act.",
        "NATO ready to send more troops",
        "NATO is ready to act.",
        id="headline-blank-line",
    ),
    case(
        "1. Skip to content\n  2. Skip to main menu\n  3. Skip to more DW sites\n\nTitle",
        "1. Skip to content",
        "2. Skip to main menu",
        "3. Skip to more DW sites",
        "Title",
        id="list-items",
    ),
    case("- first item\n- second item", "- first item", "- second item", id="dash-items"),
    case(
        "Reuters | Updated: 20-09-2022 17:29 IST\nNATO ready to send more troops",
        "Reuters | Updated: 20-09-2022 17:29 IST",
        "NATO ready to send more troops",
        id="furniture-line",
    ),
    case(
        "Inspectors have counted so far\n38 wrecked homes. The count goes on.",
        "Inspectors have counted so far\n38 wrecked homes.",
        "The count goes on.",
        id="line-wrapped-before-a-figure",
    ),
    case(
        "The list runs\n1. Arrivals\n2) Departures",
        "The list runs",
        "1. Arrivals",
        "2) Departures",
        id="numbered-list-lines-still-split",
    ),
    case(
        "The council approved\n2.5 million for the bridge.",
        "The council approved\n2.5 million for the bridge.",
        id="decimal-figure-is-no-list-marker",
    ),
    case(
        "A line wrapped in the\nmiddle of a sentence.",
        "A line wrapped in the\nmiddle of a sentence.",
        id="wrapped-lower-case",
    ),
    case(
        "Troops came from Italy,\nAustria and Poland.",
        "Troops came from Italy,\nAustria and Poland.",
        id="wrapped-after-comma",
    ),
    case(
        "He told reporters:\n“We are ready.”",
        "He told reporters:\n“We are ready.”",
        id="wrapped-after-colon",
    ),
    case(
        "Stoltenberg stated in Pristina:\n\nWe are now reviewing it.",
        "Stoltenberg stated in Pristina:",
        "We are now reviewing it.",
        id="colon-then-blank-line",
    ),
    case(
        "First paragraph ends here.\nSecond paragraph.",
        "First paragraph ends here.",
        "Second paragraph.",
        id="paragraph-per-line",
    ),
    case(
        "Sunday, December 22, 2024\nHomeWorldEurope",
        "Sunday, December 22, 2024",
        "HomeWorldEurope",
        id="dateline-line",
    ),
    case("Windows\r\n\r\nline ends.", "Windows", "line ends.", id="crlf-blank-line"),
    case(
        "talks with NATO chief Jens\nStoltenberg in Brussels.",
        "talks with NATO chief Jens\nStoltenberg in Brussels.",
        id="wrapped-before-name",
        xfail="a line wrapped before a capitalised name reads as a new line",
    ),
    case(
        "Il sindaco arrivato da\nNorvale ha parlato.",
        "Il sindaco arrivato da\nNorvale ha parlato.",
        id="wrapped-after-preposition",
    ),
    case(
        "A fixed-width page wraps every line at about the\nsame width, in the middle of the\n"
        "Kessby valley, so its sentences go on.",
        "A fixed-width page wraps every line at about the\nsame width, in the middle of the\n"
        "Kessby valley, so its sentences go on.",
        id="wrapped-at-a-fixed-width",
    ),
    case(
        "Flood leaves twelve dead in the valley\nRescuers searched all night.",
        "Flood leaves twelve dead in the valley",
        "Rescuers searched all night.",
        id="headline-line-then-body",
    ),
    case(
        "It rose. 2. It fell.",
        "It rose.",
        "2. It fell.",
        id="inline-number-full-stop",
        xfail="a list number inside a line is read as a sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split_sentences(text: str, expected: list[str]) -> None:
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == expected


def test_offsets_within_a_range_of_the_text() -> None:
    text = "Header. First one. Second one. Footer."
    start, end = text.index("First"), text.index(" Footer")
    spans = split_sentences(text, start, end)
    assert [text[a:b] for a, b in spans] == ["First one.", "Second one."]
    assert all(start <= a < b <= end for a, b in spans)


def test_range_cut_mid_abbreviation_keeps_offsets_in_range() -> None:
    text = "It went to the U.S. and back."
    spans = split_sentences(text, 0, text.index(" and"))
    assert spans == [(0, len("It went to the U.S."))]


def test_spans_are_ordered_and_trimmed() -> None:
    text = "  One.\n\n Two?  Three!\n"
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["One.", "Two?", "Three!"]
    for (_, b0), (a1, _) in pairwise(spans):
        assert b0 <= a1
