"""Is a quotation inside a subordinate clause that opens its sentence or follows ", and"?

Why: the comma a quotation closes there ends the subordinate clause, and the words after it are
the main clause, no attribution of the quotation ('While Smith called the plan "a disaster,"
Jones said it would work': Smith's words, not Jones's; 'and as Trump went on about "how the
system is rigged," Melanie said yes': Trump's). A clause that ended before the quotation ("When
asked, "We will fight," Smith vowed") holds no quotation. Used by :func:`.attribution.post_frame`
and :func:`.unlisted.unlisted_after`; :func:`first_comma` (where a fronted clause ends, a comma
inside a quotation's closing marks counted) by :func:`.frames.main_subject` and
:func:`.antecedents.fronted_end`.
"""
from __future__ import annotations

import re

from .article import sentence_bounds
from .marks import MASK

#: a subordinator opening a clause (at the sentence start, or after a comma and "and"/"but")
_SUBORDINATOR = re.compile(r"\s*(?:(and|but)\s+)?(?:while|whereas|although|though|when|whenever|if|"
                           r"because|as|even\s+as|even\s+though|even\s+if)\s", re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[,;]")
_CLAUSE_BREAK = re.compile(r"[,;:]")


def inside_fronted_clause(art, close) -> bool:
    """Does the quotation closed at ``close`` stand inside such a clause, after some words of it
    (no clause mark outside quotations between the subordinator and the opening mark)?"""
    o = close
    while o > 0 and art.masked[o - 1] == MASK:
        o -= 1
    lo, _ = sentence_bounds(art, o)
    starts = [lo] + [m.end() for m in _CLAUSE_MARK.finditer(art.masked, lo, o)]
    m = _SUBORDINATOR.match(art.masked, starts[-1], o)
    if m is None or starts[-1] > lo and not m.group(1):
        return False   # ("..., while the March states "...," Mook wrote.": the tail frames it)
    between = art.masked[m.end():o]
    return between.strip() != "" and not _CLAUSE_BREAK.search(between)


_COMMA = re.compile(r",([\"”'’]{1,2}(?=\s))?")


def first_comma(art, lo, hi) -> int:
    """The first comma of [lo, hi) outside quotations, or one closing a quotation ('When X
    called it "a disaster," Y laughed': the clause ends inside the closing mark); -1 if none."""
    for m in _COMMA.finditer(art.text, lo, hi):
        if art.masked[m.start()] != MASK or m.group(1):
            return m.start()
    return -1
