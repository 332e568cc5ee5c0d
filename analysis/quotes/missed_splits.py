"""Sentence breaks the splitter missed inside a reported clause: where the clause must end.

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
