"""Quotation marks in one article: masking the quoted text, trimming and classifying quotations.

Why mask: the attribution rules read the reporter's words around a quotation; replacing every
quoted character by :data:`MASK` (same length, so offsets hold) keeps names and verbs inside the
quotation from being taken for its frame. The pairing of marks is :func:`analysis.text.quote_spans`.
"""
from __future__ import annotations

MASK = "\x00"  # stands in for every character of a quotation (marks included) in frame analysis
QUOTE_CHARS = "\"“”‘’«»„`"


def mask(text: str, quotes: list[tuple[int, int]]) -> str:
    """``text`` with every character of every quotation (marks included) replaced by
    :data:`MASK`, except line breaks (paragraphs stay visible). Built from whole pieces, not
    character by character."""
    pieces, done = [], 0
    for o, c in quotes:
        lo, hi = max(o, done), min(c + 1, len(text))
        if lo >= hi:
            continue
        pieces.append(text[done:lo])
        pieces.append("\n".join(MASK * len(line) for line in text[lo:hi].split("\n")))
        done = hi
    pieces.append(text[done:])
    return "".join(pieces)


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    """[s, e) without the spaces and quotation marks at its ends (and trailing , ; : dashes); an
    apostrophe counts as a mark only where it is half of a typewriter pair ('' ``)."""
    while s < e and (text[s].isspace() or text[s] in QUOTE_CHARS or
                     text[s] == "'" and text[s - 1:s] == "'"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-" + QUOTE_CHARS or
                     text[e - 1] == "'" and text[e:e + 1] == "'"):
        e -= 1
    return s, e


def quote_kind(quote: str, raw_inner: str = "", after_colon: bool = False) -> str:
    """direct: a sentence in marks (capitalised, and long, or set off by its own punctuation or a
    colon); partial: a fragment, a scare quote or a name in marks."""
    words = quote.split()
    if not words or not (quote[0].isupper() or quote[0].isdigit()):
        return "partial"
    set_off = raw_inner.rstrip().rstrip("'")[-1:] in (".", "!", "?", ",") or after_colon
    return "direct" if len(words) >= 4 or set_off else "partial"
