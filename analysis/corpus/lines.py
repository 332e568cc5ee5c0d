"""One line of a page and how it reads: the :class:`Line` record (its text, the label it gets,
the prefix cut off it), the key under which two lines are the same text, and the shape tests
every cleaning rule shares: prose, a short sentence, a title-cased line, a hard wrap.

Why a module of its own: the line-alone labels (:mod:`.line_labels`), the page-level marks
(:mod:`.page_marks`) and the sorting of a page (:mod:`.clean`) share these tests, so each is
written once; the datelines (:mod:`.datelines`) and the paragraphs (:mod:`.paragraphs`) read
the same record.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ..text import LETTER_WORD

_BULLET_CHARS = "•·▪►■●◦*"
BULLET = re.compile(rf"^[{_BULLET_CHARS}]\s*")
_TERMINAL_CHARS = ".!?\"”’'):…"
TERMINAL = re.compile(rf"[{_TERMINAL_CHARS}]\s*$")


@dataclass
class Line:
    """One raw line of a page and what became of it."""
    line_no: int
    raw: str
    text: str
    label: str = ""        # "" until decided; then body, subhead, headline, or a removal reason
    prefix: str = ""       # part cut from the line's start (dateline, glued headline)
    prefix_reason: str = ""
    dateline: dict | None = None   # place, date, credit of a dateline cut from this line
    paragraph: str = ""            # the whole paragraph when the page hard-wraps it over lines

    @cached_property
    def bare(self) -> str:
        return BULLET.sub("", self.text) if self.text[:1] in _BULLET_CHARS else self.text

    @cached_property
    def words(self) -> list[str]:
        return LETTER_WORD.findall(self.bare)

    @cached_property
    def key(self) -> str:
        """:func:`dedupe_key` of the line, made once for the duplicate and pull-quote marks."""
        return dedupe_key(self.text)

    @property
    def content(self) -> str:
        """What stays in the body of a body line once a prefix is cut."""
        return self.text[len(self.prefix):].strip() if self.prefix else self.text


_QUOTE_MARKS = re.compile(r"[\"“”„‘’'`´]")
_NON_WORD_RUNS = re.compile(r"\W+")


def dedupe_key(text: str) -> str:
    """Two lines with this key are the same text, whatever their quotes, case and spacing."""
    text = _QUOTE_MARKS.sub("", BULLET.sub("", text).casefold())
    return _NON_WORD_RUNS.sub(" ", text).strip()


def is_prose(line: Line) -> bool:
    """Eight words or more that end like a sentence, or fifteen words or more.

    A line's own words are counted once (``line.words``: a leading bullet holds no word
    character, so stripping it changes no count); a wrapped paragraph is counted whole."""
    text = line.paragraph or line.text
    n = len(LETTER_WORD.findall(text)) if line.paragraph else len(line.words)
    return n >= 8 and (bool(TERMINAL.search(text)) or n >= 15)


def wraps_into(previous: Line, line: Line) -> bool:
    """A hard-wrapped paragraph: no blank line between, no sentence end, next starts lower-case."""
    return (line.line_no == previous.line_no + 1 and not TERMINAL.search(previous.text)
            and line.text[:1].islower())


def join_wrapped(lines: list[Line]) -> None:
    """Give each line of a hard-wrapped paragraph the paragraph's full text, to judge it whole."""
    groups: list[list[Line]] = []
    for line in lines:
        if groups and not line.label and not groups[-1][-1].label and wraps_into(groups[-1][-1], line):
            groups[-1].append(line)
        else:
            groups.append([line])
    for group in groups:
        if len(group) > 1:
            for line in group:
                line.paragraph = " ".join(l.text for l in group)


_SENTENCE_START = re.compile(r"[\"“‘']?[A-Z]")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?$")


def _closed_like_sentence(line: Line) -> bool:
    """A line no chrome rule claimed that opens and closes like a sentence."""
    return (not line.label and bool(_SENTENCE_START.match(line.text))
            and bool(_SENTENCE_END.search(line.text)))


def short_sentence(line: Line) -> bool:
    """A sentence too short to count as prose alone, not claimed by any chrome rule."""
    return len(line.words) >= 3 and not title_cased(line) and _closed_like_sentence(line)


def fragment_sentence(line: Line) -> bool:
    """A verbless fragment a lede may open with ("YouTube and Google.", "Twitter and ... ?"): a
    short line closed like a sentence, with a lower-case word in it (a menu item or a headline
    has none, or no full stop). Only lines right above the first paragraph are read so."""
    return (len(line.words) <= 6 and any(w.islower() for w in line.words)
            and _closed_like_sentence(line))


def title_cased(line: Line) -> bool:
    """'Russia Vs U.S.': every word longer than three letters starts with a capital."""
    long_words = [w for w in line.words if len(w) > 3]
    return bool(long_words) and all(w[0].isupper() for w in long_words)
