"""A quotation named as someone's in the sentence after it: '"I would rather lose than lie." That
quote from Senator Tom Harris made headlines in 1998.' (issue 13, direct quotations).

Why a module of its own: :mod:`.frames_beyond` is at its size limit. The quotation must make a
whole sentence and the next sentence open with a determiner, a noun for words ("quote", "remark",
"line", "words", ...) and "from"/"by" X: X spoke them. PolNeAR train: 1 row to the gold
speaker, none away.
"""
from __future__ import annotations

import re

from .article import refs_starting_in, sentence_bounds, sentence_no
from .coreference import resolve
from .frames import Frame
from .marks import ONLY_MARKS

_REMARK_FROM = re.compile(r"\s*(?:That|This|The|Those|These)\s+(?:famous\s+|infamous\s+|memorable\s+)?"
                          r"(?:quote|quotation|remark|comment|line|words|quip|statement)\s*,?\s+"
                          r"(?:from|by)\s+")


def next_sentence(art, o, c) -> tuple[int, int] | None:
    """The bounds of the sentence after the quotation between ``o`` and ``c`` when that quotation
    makes a whole sentence (it opens its sentence and ends it), else None."""
    lo, _ = sentence_bounds(art, o)
    n = sentence_no(art, c) + 1
    if n >= len(art.sentences) or art.sentences[n - 1][1] > c + 2 or \
            not ONLY_MARKS.fullmatch(art.masked, lo, o + 1):
        return None
    return sentence_bounds(art, art.sentences[n][0])


def remark_next(art, o, c) -> Frame | None:
    """The frame 'That quote from X' gives the whole-sentence quotation between ``o`` and ``c``."""
    bounds = next_sentence(art, o, c)
    if bounds is None:
        return None
    n_lo, n_hi = bounds
    m = _REMARK_FROM.match(art.masked, n_lo, n_hi)
    if m is None or "\n\n" in art.text[c:n_lo]:
        return None
    refs = [r for r in refs_starting_in(art, m.end(), min(n_hi, m.end() + 80))
            if r.kind in ("actor", "name", "description", "nominal") and not r.possessive]
    if not refs or refs[0].start > m.end() + 60:
        return None
    return Frame(resolve(art, refs[0]), "", "", "", refs[0], m.start())
