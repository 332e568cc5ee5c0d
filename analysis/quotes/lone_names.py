"""A lone surname opening a sentence before an apposition: ``Obama, speaking in Ohio, said``.

Why: the name finder does not take one capitalised word at a sentence start as a name (every
sentence starts with a capital: ``However``, ``Democrats``, ``Monday``); when the codebook does
not know it, the subject of ``X, <apposition>, said`` was lost. The shape itself says it is the
subject: one capitalised word, a comma, then a participle, relative or description (the same
test as :func:`analysis.quotes.attribution.before_apposition`) and no other reference in the
clause. Connectives and time words that open sentences are no names.
"""
from __future__ import annotations

import re

from .mentions import Ref
from .words import SENTENCE_ADVERBS

_LONE = re.compile(r"\s*([A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?),\s+(?:a|an|the|who|whose|one|its|his|"
                   r"her|their|former|[a-z]+ing|[a-z]+ed)\b")
_NOT_NAMES = SENTENCE_ADVERBS | {
    "yesterday", "today", "tonight", "later", "earlier", "then", "now", "also", "asked", "but",
    "and", "so", "yet", "first", "second",
    "third", "last", "next", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "here", "there", "this", "that", "these",
    "those",
}


def lone_surname(art, lo, start) -> Ref | None:
    """The lone capitalised word opening the clause [lo, start) before a comma and an
    apposition, as a name reference; None for connectives and time words."""
    m = _LONE.match(art.masked, lo, start)
    if m is None or m.group(1).lower() in _NOT_NAMES or m.group(1).endswith("ly") or \
            not art.masked[m.end():start].rstrip().endswith(","):
        return None
    return Ref(m.start(1), m.end(1), m.group(1), "name")
