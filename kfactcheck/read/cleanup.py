"""Which parts of an article are body: page furniture and repeated paragraphs are left out.

Nothing is rewritten: the result is a list of (start, end) spans of the text (Document.keep),
so every offset found later still points into the text as read. Furniture patterns live in
kfactcheck/data/furniture.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from kfactcheck.data import load, load_file


class Line(NamedTuple):
    """A non-blank line of a text, without its surrounding spaces."""

    start: int
    end: int
    gap: bool  # a blank line (or the start of the text) comes before: a new paragraph block


@dataclass(frozen=True, slots=True)
class FurnitureRule:
    name: str
    pattern: str
    case_sensitive: bool
    caption: bool
    needles: tuple[str, ...]  # a scanning rule: one of these occurs in the lower-cased line
    tail: bool  # a heading of other articles' titles: the short lines after it are those
    examples: tuple[str, ...]
    not_examples: tuple[str, ...]

    def compile(self) -> re.Pattern[str]:
        return re.compile(self.pattern, 0 if self.case_sensitive else re.I)


@dataclass(frozen=True, slots=True)
class _Compiled:
    ci: re.Pattern[str]  # case-insensitive rules (for lower-cased lines), a group per rule
    cs: re.Pattern[str]  # case-sensitive rules
    names: dict[str, FurnitureRule]  # group name -> rule
    scan: tuple[tuple[FurnitureRule, re.Pattern[str]], ...]  # rules with needles


# Furniture is short: the rules see lines up to _SHORT_LINE characters (longer ones only
# when they start with one of _LONG_STARTS), scanning rules with needles any line up to
# _LONG_LINE.
_SHORT_LINE = 160
_LONG_STARTS = "(![©"  # long credits, notes, Markdown images and links still get all rules
_LONG_LINE = 900
_TITLE_LINE = 200  # another article's title or teaser under a "Most read" heading
_NUMBERED_ITEM = re.compile(r"\d{1,2}\.\s+\S.{0,50}")  # "4. Home" next to "1. Skip to content"
_CAPTION_END = re.compile(r"""[.!?:;"”’')\]]\Z""")  # a caption has no sentence end
_MIN_DUP = 20  # shorter lines or sentences are not compared (subheads, "Reuters")
_FIND_LIMIT = 100_000  # above this many characters, duplicates are found by set look-ups
_SENTENCE = re.compile(r"""[^.!?]*[.!?]+["')\]]*|[^.!?]+\Z""")  # on folded text
_FOLDS = (
    *((q, '"') for q in "“”„‟«»"),
    *((q, "'") for q in "‘’‚‛"),
    ("–", "-"), ("—", "-"), ("\u00a0", " "),
)  # fmt: skip


def load_furniture_rules(path: str | None = None) -> list[FurnitureRule]:
    """The furniture rules of the package's data file (or of `path`)."""
    data = load("furniture") if path is None else load_file(path, "furniture")
    return [
        FurnitureRule(
            name=r["name"],
            pattern=r["pattern"],
            case_sensitive=bool(r.get("case_sensitive", False)),
            caption=bool(r.get("caption", False)),
            needles=tuple(r.get("needles", ())),
            tail=bool(r.get("tail", False)),
            examples=tuple(r.get("examples", ())),
            not_examples=tuple(r.get("not", ())),
        )
        for r in data["line"]
    ]


@lru_cache(maxsize=1)
def _compiled() -> _Compiled:
    rules = load_furniture_rules()
    names = {f"r{i}": r for i, r in enumerate(rules)}

    def join(sensitive: bool) -> str:
        parts = [
            f"(?P<{g}>{r.pattern})"
            for g, r in names.items()
            if r.case_sensitive == sensitive and not r.needles
        ]
        return "|".join(parts) or "(?!)"

    scan = tuple((r, r.compile()) for r in rules if r.needles)
    # Case-insensitive rules run on the lower-cased line: cheaper than re.I.
    return _Compiled(re.compile(join(False)), re.compile(join(True)), names, scan)


def split_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Non-blank lines of text[start:end], stripped, with their offsets in `text`."""
    end = len(text) if end is None else end
    lines: list[Line] = []
    pos = start
    gap = True
    for raw in text[start:end].split("\n"):
        stripped = raw.strip()
        if stripped:
            s = pos + raw.index(stripped[0])
            lines.append(Line(s, s + len(stripped), gap))
            gap = False
        else:
            gap = True
        pos += len(raw) + 1
    return lines


def furniture(text: str, lines: list[Line]) -> dict[int, str]:
    """Line index -> name of the furniture rule that matched, for every furniture line."""
    comp = _compiled()
    found: dict[int, str] = {}
    for i, (s, e, _gap) in enumerate(lines):
        n = e - s
        if n > _LONG_LINE:
            continue
        rule = None
        low = text[s:e].lower()
        if n <= _SHORT_LINE or text[s] in _LONG_STARTS:
            m = comp.ci.fullmatch(low) or comp.cs.fullmatch(text, s, e)
            if m is not None:
                rule = comp.names[m.lastgroup or ""]
        if rule is None:
            rule = _scan(comp, low, text, s, e)
            if rule is None:
                continue
        found[i] = rule.name
        if rule.caption and i > 0 and not lines[i].gap and i - 1 not in found:
            ps, pe, _ = lines[i - 1]
            if pe - ps < 400 and not _CAPTION_END.search(text, ps, pe):
                found[i - 1] = "caption"
        if rule.name == "skip-link":
            _numbered_run(text, lines, i, found)
        if rule.tail:
            _titles_after(lines, i, found)
    return found


def _titles_after(lines: list[Line], i: int, found: dict[int, str]) -> None:
    """The lines after a "Most read" heading are other articles' titles and teasers
    ("Classement des 20 milliardaires ... en 20"), up to the first line long enough to
    be a paragraph of the article."""
    for j in range(i + 1, len(lines)):
        if lines[j].end - lines[j].start > _TITLE_LINE:
            return
        found.setdefault(j, "titles")


def _scan(comp: _Compiled, low: str, text: str, s: int, e: int) -> FurnitureRule | None:
    """The first scanning rule whose needle occurs in `low` and whose pattern matches."""
    for rule, pattern in comp.scan:
        for needle in rule.needles:  # plain loops: a generator per line costs more
            if needle in low:
                if pattern.fullmatch(text, s, e):
                    return rule
                break
    return None


def _numbered_run(text: str, lines: list[Line], i: int, found: dict[int, str]) -> None:
    """Numbered navigation items next to a "Skip to content" item are navigation too."""
    for step in (-1, 1):
        j = i + step
        # stay inside the paragraph block: no blank line between item j and its neighbour
        while 0 <= j < len(lines) and not lines[max(j, j - step)].gap:
            if j not in found:
                if not _NUMBERED_ITEM.fullmatch(text, lines[j].start, lines[j].end):
                    break
                found[j] = "navigation"
            j += step


def fold(s: str) -> str:
    """Text folded for comparison: quotes and dashes unified, lower case, single spaces."""
    return " ".join(_fold_chars(s).split())


def _fold_chars(s: str) -> str:
    if not s.isascii():  # str.replace runs at memchr speed; re.sub and translate do not
        for old, new in _FOLDS:
            if old in s:
                s = s.replace(old, new)
    return s.lower()


def duplicates(text: str, lines: list[Line], dropped: set[int] | dict[int, str]) -> list[int]:
    """Indices of lines that repeat other kept lines, in document order.

    The later copy of a repeated paragraph is kept (pages put teasers and repeated leads
    above the article proper): a line is a repeat when it occurs in a line after it, or
    when every sentence of it does, which catches a lead and a quote glued into one
    paragraph at the top and split into two further down. Lines are compared folded
    (quotes, dashes, case and spaces), so a copy with other quote marks is still a copy.
    """
    todo = [i for i, (s, e, _) in enumerate(lines) if i not in dropped and e - s >= _MIN_DUP]
    if len(todo) < 2:
        return []
    # Fold all candidate lines in one pass (no line holds a newline): C-level work only.
    joined = "\n".join(text[lines[i].start : lines[i].end] for i in todo)
    folded = _fold_chars(joined)
    if "  " in folded or "\t" in folded:
        folded = "\n".join(" ".join(p.split()) for p in folded.split("\n"))
    pieces = folded.split("\n")
    ends, at = [], 0
    for piece in pieces:
        at += len(piece) + 1
        ends.append(at)  # where the folded text after this line starts
    if len(folded) > _FIND_LIMIT:
        return _duplicates_by_set(todo, pieces)
    dups: list[int] = []
    for k in range(len(todo) - 1, -1, -1):
        line, after = pieces[k], ends[k]
        if folded.find(line, after) >= 0:
            dups.append(todo[k])
        elif folded.find(line[:_MIN_DUP], after) >= 0:  # its opening recurs: look closer
            sents = [x.strip() for x in _SENTENCE.findall(line)]
            long_sents = [x for x in sents if len(x) >= _MIN_DUP]
            if (
                long_sents
                and sum(len(x) for x in long_sents) >= 0.8 * len(line)
                and all(folded.find(x, after) >= 0 for x in long_sents)
            ):
                dups.append(todo[k])
    dups.reverse()
    return dups


def _duplicates_by_set(todo: list[int], pieces: list[str]) -> list[int]:
    """duplicates() for long texts: set look-ups instead of searches, linear in the length.

    Exact sentences only (the search above also finds a sentence inside a longer one).
    """
    seen_lines: set[str] = set()
    seen_sents: set[str] = set()
    dups: list[int] = []
    for k in range(len(todo) - 1, -1, -1):
        line = pieces[k]
        if line in seen_lines:
            dups.append(todo[k])
            continue
        long_sents = [x for x in (y.strip() for y in _SENTENCE.findall(line)) if len(x) >= _MIN_DUP]
        if (
            long_sents
            and sum(len(x) for x in long_sents) >= 0.8 * len(line)
            and all(x in seen_sents for x in long_sents)
        ):
            dups.append(todo[k])
            continue
        seen_lines.add(line)
        seen_sents.update(long_sents)
    dups.reverse()
    return dups


def keep_spans(
    lines: list[Line], dropped: set[int] | dict[int, str], cuts: dict[int, int]
) -> list[tuple[int, int]]:
    """Spans of the kept lines, consecutive kept lines merged into one span.

    `cuts` maps a line index to the offset where its kept part starts (a date marker or a
    dateline before it is left out).
    """
    spans: list[tuple[int, int]] = []
    joinable = False
    for i, (s, e, _gap) in enumerate(lines):
        if i in dropped:
            joinable = False
            continue
        cut = cuts.get(i)
        if cut is not None:
            s = cut
            if s >= e:
                joinable = False
                continue
            joinable = False
        if joinable:
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
        joinable = True
    return spans
