"""Sentence breaks the splitter missed inside a reported clause or an object content: where it
must end.

Why: scraped copy loses full stops (a paragraph break flattened, "... regional centers The
S.E.C. said it would ..."), and a period after an abbreviation is not taken as a break ("attacks
in the U.S. He says"); the content then runs on into the next sentence and its own speech act.
The speech act after the break then gets its own row. PolNeAR dev: +1 speech content (the one
after a missing stop before "The <Name> said"); train: found unchanged, precision not down.
"""
from __future__ import annotations

import re

from .words import PREPOSITIONS

# a period, then a capitalised word that opens sentences but never follows a title ("Mr. He")
_AFTER_PERIOD = re.compile(r"\.\s+(?=(?:He|She|They|It|We|I|The|This|That|These|Those|But|And|"
                           r"His|Her|Their|Its|Our|There)\s)")
# no period: a lower-case word, then "The" and a capitalised name whose speech verb follows
# ("centers The S.E.C. said"); not after a preposition ("a spokesman with The Times said")
_NO_PERIOD = re.compile(r"\b([a-z]+)\s+(?=The\s+(?:[A-Z][\w.’'-]*\s+){1,4}(?:said|says|announced|reported)\b)")


def missed_split(masked: str, start: int, end: int) -> int | None:
    """The end of a reported clause masked[start:end] at a missed sentence break, or None."""
    cut = _AFTER_PERIOD.search(masked, start, end)
    if cut:
        return cut.start() + 1
    for m in _NO_PERIOD.finditer(masked, start, end):
        if m.group(1) not in PREPOSITIONS:
            return m.end(1)
    return None


# In an object content (objects.object_end): an abbreviation's period that also ends the sentence
# ("... from entering the U.S. While Clinton has condemned ..."): the content ends after the
# period when a capitalised clause opener follows (PolNeAR train: 1 row, and the next sentence's
# own row back). Its openers are not _AFTER_PERIOD's; one list would change rows of both.
_SENTENCE_BREAK = re.compile(r"(?<=[A-Z])\.\s+(?=(?:While|But|And|The|He|She|It|They|We|This|That|"
                             r"However|Meanwhile|Although|When|If|His|Her|Their|Its)\s)")


def sentence_break(masked: str, start: int, end: int) -> int:
    """``end``, or the end of an abbreviation's period in [start, end) that closes a sentence."""
    m = _SENTENCE_BREAK.search(masked, start, end)
    return m.start() + 1 if m else end
