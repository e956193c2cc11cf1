"""Sentence splitter: one compiled regex scan over the text, linear in its length.

    >>> text = 'Brig. Gen. Luca Piperni spoke. "We are ready." He left.'
    >>> [text[a:b] for a, b in split_sentences(text)]
    ['Brig. Gen. Luca Piperni spoke.', '"We are ready."', 'He left.']

A boundary candidate is a run of terminal punctuation (. ! ? …) with its closing quotes
and brackets, followed by white space, or a line break. Each candidate is then judged
from the token before it and the character after it:

- "." after a title ("Mr.", "Dr.", "Brig. Gen.", "St.") never ends a sentence.
- "." after another abbreviation ("U.S.", "No.", "Oct.", "etc.", "a.m.") or a single
  initial ("J.") ends one only before a usual sentence opener ("The", "He", "But"...) and
  never before a digit ("No. 3", "Oct. 31"), nor before another initial ("J. R. R.").
- A list marker at the start of a line ("1. Skip to content", "a. First point") does not
  end a sentence.
- Otherwise terminal punctuation ends a sentence unless a lower-case letter or a comma
  and the like follows ("ready to act... if", '"Why?" he asked'). Punctuation without
  white space after it never does ("1.8 million", "example.com", "act...if").
- A "sentence" longer than MAX_SENTENCE characters (a pasted table, a line of digits, text
  with no punctuation) is cut at white space into pieces of at most that length, so that
  everything done per sentence stays linear in the length of the text. News sentences are
  a few hundred characters; the longest in our corpora is 760.
- A live page's entry stamp ("ore 14.05, 3 maggio", "14:32 —", "Update 08.00 Uhr:",
  grammar/stamps.py) at a sentence's start is a sentence of its own, also after a full
  stop before a lower-case stamp ("... evacuati. ore 14.05, 3 maggio Il conto ...");
  a clock time inside a sentence ("at 14:30 the police said") breaks nothing.
- A blank line always ends a sentence (headlines, list items, page furniture). A single
  line break does too, unless the next line starts in lower case or the line ends with
  a comma, colon, semicolon, hyphen or dash, or the next line starts with a figure after a
  line ending in a lower-case word (text wrapped mid-sentence), or the line ends in a
  preposition, article or conjunction, or it and the line before are long lines (45
  characters or more) that both break mid-sentence (text hard-wrapped at a fixed width:
  "...del centro\\nItalia, comunicato"). Known gap: a short
  hard-wrapped line that ends before a capitalised name ("...said Jens\\nStoltenberg")
  is split.

Word lists live in data/numbers.toml, table [sentences].
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from kfactcheck.grammar.numbers import NUMBER_WORDS
from kfactcheck.grammar.stamps import bare_times, entry_stamp, may_open_stamp, stamp_openers

__all__ = ["split_sentences"]

_S = NUMBER_WORDS["sentences"]
_TITLES = frozenset(_S["titles"])
_ABBREVIATIONS = frozenset(_S["abbreviations"])
_OPENERS = frozenset(_S["openers"])

_CLOSERS = "\"'”’»)]}"
_OPENING = "\"'“‘«([{"

_LEAD = re.compile(r"\s*")
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")  # U.S, a.m, e.g
_NO_BREAK_AFTER_LINE = ",;:-–—(&/"
_LIST_MARK = re.compile(r"\d+[.)](?!\d)")  # "1." or "2)" opening a list item, not "1.5"
MAX_SENTENCE = 2000
_MARKER_WORDS = [*"abcdefghij", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]
# list markers in every case: "a.", "A.", "IV.", "Iv." (no lower-casing of each token)
_MARKERS = frozenset(
    "".join(c.upper() if bit else c for c, bit in zip(m, bits, strict=True))
    for m in _MARKER_WORDS
    for bits in itertools.product((0, 1), repeat=len(m))
)

# The last three letters of every title, abbreviation and list marker that has three or more:
# a word ending in three letters not among these is none of them, so its "." ends a sentence.
_SPECIAL_ENDINGS = frozenset(w[-3:] for w in _TITLES | _ABBREVIATIONS | _MARKERS if len(w) >= 3)

_CANDIDATE_BODY = r"""
    (?:
        (?<=\n) \s*+                  # a line break with the blank lines after it
      | (?<![.!?…].)                  # the first mark of a run only: linear on "....."
        [.!?…]*+                      # the rest of the run: "?!", "..."
        [\"'”’»)\]}]*+                # closing quotes and brackets: ready."
        (?=\s|\Z)                     # and white space (or the end) after it
    )
    (?=\s*+(?P<gap>)                   # where the next sentence starts (if any)
       [\s\"'“‘«(\[{]*+(?P<next>\S{1,40})|)  # the next word, opening quotes skipped
    """
# The usual full stop, told by the pattern: after three lower-case letters that end no
# title, abbreviation or list marker, white space, then a capital ("...said. The"). It
# ends its sentence; the splitter's loop only asks whether the word after it opens a stamp.
_USUAL_STOP = (
    r"(?<=[a-z]{3}\.)(?<!(?:"
    + "|".join(sorted(e for e in _SPECIAL_ENDINGS if re.fullmatch("[a-z]{3}", e)))
    + r")\.)(?=\s++(?P<ugap>)(?P<usual>[A-Z]\S{0,39}))"
)
# (a sentence can end at the first character: a class, which re skips ahead to in C)
_CANDIDATE = re.compile(r"[.!?…\n](?:" + _USUAL_STOP + "|" + _CANDIDATE_BODY + ")", re.VERBOSE)
# the same with the usual stop never told (for the tests): every stop read by the loop
_CANDIDATE_PLAIN = re.compile(
    r"[.!?…\n](?:(?!)(?P<ugap>)(?P<usual>)|" + _CANDIDATE_BODY + ")", re.VERBOSE
)
_UGAP, _USUAL, _GAP, _NEXT = (_CANDIDATE.groupindex[k] for k in ("ugap", "usual", "gap", "next"))


def _starts_line(text: str, pos: int) -> bool:
    """Whether the token ending at pos (not after white space) starts its line; the splitter
    asks only of a token that could be a list marker ("1.", "a.")."""
    head = text[max(0, pos - 30) : pos]
    raw = head.rsplit(None, 1)[-1]
    before = head[: len(head) - len(raw)]
    lines = before.rsplit("\n", 1)
    if len(lines) == 2:
        return not lines[1].strip()
    # no line break in the window: a line start only at the start of the text
    return pos == len(head) and not before.strip()


def _ends_after_dot(text: str, pos: int, nxt: str) -> bool:
    """Whether the "." at pos ends a sentence, with nxt (no lower-case letter, comma or
    closer first) the word after it."""
    if pos >= 3 and (tail := text[pos - 3 : pos]).isalpha() and tail not in _SPECIAL_ENDINGS:
        return True  # most full stops: after a word that is no title, abbreviation or marker
    head = text[pos - 30 if pos > 30 else 0 : pos]
    if not head or head[-1].isspace():
        return True
    token = head.rsplit(None, 1)[-1].lstrip(_OPENING)
    if not token:
        return True
    if ((token.isdigit() and len(token) <= 3) or token in _MARKERS) and _starts_line(text, pos):
        return False  # a list marker: "1. Skip to content", "a. First point"
    word = token.rstrip(".")
    if len(word) <= 2 and word.isdigit() and nxt.rstrip(".,;:)").lower() in _months():
        return False  # "am 16. Juli", "(Freitag, 3. März)": a German or Dutch day of month
    if word in _TITLES:
        return False  # Mr. Smith, Brig. Gen. Piperni
    initial = len(word) == 1 and word.isupper()
    # (an initialism has a dot inside: the pattern runs only then)
    if word in _ABBREVIATIONS or initial or ("." in word and _INITIALISM.fullmatch(word)):
        if nxt[0].isdigit():
            return False  # No. 3, Oct. 31
        if len(nxt) == 2 and nxt[1] == "." and nxt[0].isupper():
            return False  # J. R. R. Tolkien
        return nxt.rstrip(".,;:!?\"'”’") in _OPENERS
    return True


# a line ending in a word no sentence ends with (a preposition, an article, a conjunction):
# the text was wrapped at a fixed width, whatever the next line starts with
_WRAPPED = re.compile(
    r"(?<![^\W\d_])(?:the|an?|of|to|in|at|by|for|from|with|and|or|da|de|di|do|du|del|della"
    r"|delle|dei|degli|dos|das|des|der|die|den|dem|von|vom|zum|zur|und|et|y|e|ed|en|em|no|na"
    r"|nel|nella|al|ai|au|aux|le|la|les|il|lo|gli|el|los|las|per|para|por|con|com|mit|zu)$"
)


def _wrapped_width(text: str, pos: int) -> bool:
    """Whether the line ending at pos and the one before it are both long lines with no
    stop at their ends (a text hard-wrapped at a fixed width, not a headline)."""
    start = text.rfind("\n", max(0, pos - 200), pos)
    if start < 0 or pos - start < 45:
        return False
    prev = text.rfind("\n", max(0, start - 200), start)
    line = text[prev + 1 : start].rstrip()
    if start - prev < 45 or not line or not (line[-1].islower() or line[-1] == ","):
        return False
    # the break before this line was itself mid-sentence: the line goes on in lower case, or
    # the one before ended in a word no sentence ends with (not a headline over a standfirst)
    first = text[start + 1 : pos].lstrip()[:1]
    return first.islower() or line[-1] == "," or bool(_WRAPPED.search(line))


def _line_breaks(text: str, pos: int, run: str, nxt: str | None) -> bool:
    if run.count("\n") > 1:
        return True  # a blank line
    head = text[pos - 40 if pos > 40 else 0 : pos].rstrip()
    if not head or not nxt:
        return True
    if nxt[0].islower():
        return False  # a line wrapped mid-sentence
    if nxt[0].isdigit() and head[-1].islower() and not _LIST_MARK.match(nxt):
        return False  # "identified so far\n42 dead": a figure wrapped from its verb
    if head[-1].islower() and (_WRAPPED.search(head) or _wrapped_width(text, pos)):
        return False  # "...proveniente da\nBorgaro": a hard-wrapped line, mid-sentence
    return head[-1] not in _NO_BREAK_AFTER_LINE


def _trim(text: str, a: int, b: int) -> tuple[int, int] | None:
    """text[a:b] without the white space around it, or None if nothing else is left."""
    rest = text[a:b].lstrip()
    if not rest:
        return None
    a = b - len(rest)
    return a, a + len(rest.rstrip())


def _add(out: list[tuple[int, int]], text: str, a: int, b: int) -> None:
    """Append text[a:b] trimmed, in pieces of at most MAX_SENTENCE characters."""
    while b - a > MAX_SENTENCE:
        cut = a + MAX_SENTENCE
        space = max(text.rfind(" ", a + MAX_SENTENCE // 2, cut), text.rfind("\n", a, cut))
        cut = space if space > a else cut  # no white space: a hard cut
        if (span := _trim(text, a, cut)) is not None:
            out.append(span)
        a = cut
    if (span := _trim(text, a, b)) is not None:
        out.append(span)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets into `text` of each sentence within text[start:end], with
    surrounding white space trimmed, in order."""
    end = len(text) if end is None else min(end, len(text))
    out: list[tuple[int, int]] = []
    last = start
    begin = -1  # where the text after `last` starts, white space skipped, when known
    lead = _LEAD.match(text, start, end).end()  # (no copy of the text: this runs per span)
    if lead < end and (stamp := _stamp_at(text, lead, end)):
        out.append((stamp.start, stamp.end))  # the text opens with an entry stamp
        last = stamp.end
    stamp_words = _STAMP_WORDS or _stamp_words()
    # (the usual cases inline: this runs for every full stop of every article)
    for m in _CANDIDATE.finditer(text, start, end):
        at = m.start()
        if at == last and text[at] == "\n":
            continue  # the line ends a sentence already ended
        usual = m.group(_USUAL)
        if usual is not None:  # "...said. The" (_USUAL_STOP): a sentence ends at the stop
            if at >= last and usual not in stamp_words:  # (and no stamp follows it)
                cut = at + 1
                if cut - last > MAX_SENTENCE:
                    _add(out, text, last, cut)
                elif last < begin < cut:
                    out.append((begin, cut))  # (a full stop ends it: nothing to trim)
                elif span := _trim(text, last, cut):
                    out.append(span)
                last, begin = cut, m.start(_UGAP)
                continue
            run, nxt, gap = ".", usual, m.start(_UGAP)  # read as any other stop
        else:
            run, nxt = m.group(0, _NEXT)
            gap = m.start(_GAP)
        if at < last:
            continue  # inside an entry stamp already cut off ("9.15 a.m. BST")
        if run[0] == "\n":
            cut = at
            if not _line_breaks(text, cut, run, nxt) and not (
                nxt and (nxt[0].isdigit() or nxt in stamp_words) and _stamp_at(text, gap, end)
            ):
                continue
        elif not nxt:
            cut = at + len(run)  # the end of the text
        else:
            first = nxt[0]
            if (first.islower() or first in ",;:" or first in _CLOSERS) and not (
                nxt in stamp_words and _stamp_at(text, gap, end)
            ):
                continue  # 'ready to act... if', '"Why?" he asked'; not "... ore 14.05, 3"
            if (
                run == "."
                # (_ends_after_dot's first test inline: most full stops end a word)
                and not (
                    at >= 3
                    and (tail := text[at - 3 : at]).isalpha()
                    and tail not in _SPECIAL_ENDINGS
                )
                and not _ends_after_dot(text, at, nxt)
            ):
                continue
            cut = at + len(run)  # "?", "!", "...", 'ready."', or a full stop that ends one
        if cut - last > MAX_SENTENCE:
            _add(out, text, last, cut)
        elif last < begin < cut and not text[cut - 1].isspace():
            out.append((begin, cut))  # nothing to trim: no copy of the sentence made
        elif span := _trim(text, last, cut):
            out.append(span)
        last = cut
        begin = gap
        if (
            nxt
            and (nxt[0].isdigit() or nxt in stamp_words)
            and (stamp := _stamp_at(text, begin, end))
        ):
            # a live page's entry stamp is a sentence of its own ("... evacuati. ore 14.05,
            # 3 maggio Il conto ..."): the entry's first sentence starts after it
            out.append((stamp.start, stamp.end))
            last, begin = stamp.end, -1
    _add(out, text, last, end)
    return out


_STAMP_WORDS: frozenset[str] = frozenset()


def _stamp_words() -> frozenset[str]:
    """stamp_openers(), kept in a global the splitter's loop reads without a call."""
    global _STAMP_WORDS
    _STAMP_WORDS = stamp_openers()
    return _STAMP_WORDS


def _stamp_at(text: str, pos: int, end: int):
    """The entry stamp (grammar/stamps.py) starting at pos, when the word there may open
    one; None otherwise."""
    word = text[pos : pos + 20].split(None, 1)
    if not word or not may_open_stamp(word[0]):
        return None
    if word[0][0].isdigit() and not _CLOCK.search(text, pos, pos + 40):
        return None  # "2.300 Tote", "1. Punkt": no clock time near: the pattern need not run
    found = entry_stamp(text, pos, end)
    if found is None and _BARE.match(text, pos) and (pos == 0 or text[pos - 1] == "\n"):
        # a bare time opening a line ("23.30 Sale il bilancio"): a stamp when the page's
        # lines open with such times (asked only here: most texts never reach this)
        bare = _bare_pages.get(id(text))
        if bare is None or bare[0] is not text:
            bare = _bare_pages[id(text)] = (text, bare_times(text))
            if len(_bare_pages) > 8:
                _bare_pages.pop(next(iter(_bare_pages)))
        if bare[1]:
            found = entry_stamp(text, pos, end, bare=True)
    return found


_BARE = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d[ \t]+[^\W\d_]")
# texts asked whether their lines open with bare times: id -> (text, answer), a few kept
_bare_pages: dict[int, tuple[str, bool]] = {}


# a clock time ("14:32", "09.39", "10h45", "14 Uhr"), looked for before the stamp pattern
_CLOCK = re.compile(r"\d[:.h][0-5]\d(?!\d)|\d\s*(?:h|uhr)", re.I)


@cache
def _months() -> frozenset[str]:
    """Month names in every language read (data/dates.toml, data/languages.toml)."""
    from kfactcheck.data import calendar_names

    return frozenset(calendar_names("months"))
