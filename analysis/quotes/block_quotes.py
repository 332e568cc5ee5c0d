"""Block quotations: a paragraph ending in a reporting verb and a colon, then the words quoted as
paragraphs of their own without marks (``Hewitt writes:`` / new paragraph ``The movie mentions
neither ...``; ``Fox News reports:``; ``In a speech last July, he said:``).

Why: opinion pages, blogs and wire roundups set a long quotation off as a block, without
quotation marks (Chicago Manual of Style 13.9; AP sets block quotes in its own paragraphs too);
the verb before the colon reports the paragraphs after it, which have no frame of their own.
The block runs on over the next paragraphs while they hold no quotation mark and no reporting
verb (a new frame, or the reporter's "He writes in the column that ..." after the block) and
stops at the article's end; at most :data:`_MAX_PARAGRAPHS`. A paragraph opening with a
quotation mark is :mod:`.announced`'s. PolNeAR train: 8 blocks after a speech verb, 5 matching
gold contents (3 more where gold runs on past where this rule stops: bullets holding quotations, a
paragraph with a verb of its own); dev: 2 of 2.
"""
from __future__ import annotations

import re

from .article import verb_hits_in
from .attribution import frame_for_verb
from .marks import MASK

_MAX_PARAGRAPHS = 4
_MARKS = "\"“”‘’'«»„"   # (an opening mark left unpaired is no block either)
_BULLETS = "-–—•*·"     # a digest's items after "Morning reads:" are links, not one text
_COLON_END = re.compile(r"[ \t]*:\s*$")
_FRAME_TAIL = 40   # characters between the verb and the colon ("reports on its website:")
_NOT_SPEECH = {"belief", "evidence", "intention", "stance"}


def block_rows(art, lo, k):
    """The row (start, end, Frame) of a block quotation opening the paragraph ``k`` at ``lo``, as
    a one-item list; [] when the paragraph before does not announce one."""
    if not k or art.masked[lo:lo + 1] in (MASK, "", "(", "[", "<") or art.text[lo] in _MARKS + _BULLETS:
        return []
    p_lo, p_hi = art.paragraphs[k - 1]
    colon = art.masked.rfind(":", p_lo, p_hi)
    if colon < 0 or not _COLON_END.fullmatch(art.masked, colon, p_hi) or \
            MASK in art.masked[max(p_lo, colon - _FRAME_TAIL):colon]:
        return []
    hits = [h for h in verb_hits_in(art, max(p_lo, colon - _FRAME_TAIL), colon) if h[3] not in _NOT_SPEECH]
    if not hits or "." in art.masked[hits[-1][1]:colon]:
        return []
    frame = frame_for_verb(art, hits[-1], p_lo)
    if frame is None:
        return []
    end = art.paragraphs[k][1]
    for n_lo, n_hi in art.paragraphs[k + 1:k + _MAX_PARAGRAPHS]:
        if MASK in art.masked[n_lo:n_hi] or verb_hits_in(art, n_lo, n_hi):
            break
        end = n_hi
    while end > lo and art.text[end - 1].isspace():
        end -= 1
    end = end - 1 if end > lo and art.text[end - 1] in ".!?" else end   # (as other contents)
    return [(lo, end, frame)]
