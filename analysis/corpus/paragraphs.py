"""An article's clean text, paragraphs and sentences: the kept lines joined into paragraphs
(a hard-wrapped line rejoins the one above it; a caption is a paragraph outside the text), each
paragraph split into sentences by Punkt.

Why a module of its own: every later table points into the text built here by offsets, and the
bounds set here (:data:`PUNKT_PIECE`, :data:`LONGEST_SENTENCE`) keep the per-sentence steps
linear in a text's length however the text is made.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..text import breaks_joined, sentence_tokenizer
from .lines import Line, wraps_into

if TYPE_CHECKING:
    from .load import ArticleTables


def paragraphs_and_sentences(article_id: str, kept: list[Line], out: ArticleTables) -> str:
    """Build the clean text; hard-wrapped lines (next starts lower-case) rejoin one paragraph."""
    blocks: list[tuple[str, str]] = []   # (role, text) in page order, captions included
    previous: Line | None = None
    for line in kept:
        if line.label == "caption":
            blocks.append(("caption", line.text))
        elif line.label in ("body", "subhead"):
            content = line.content
            wraps = (previous is not None and blocks and blocks[-1][0] == "body"
                     and line.label == "body" and wraps_into(previous, line))
            if wraps:
                blocks[-1] = ("body", f"{blocks[-1][1]} {content}")
            else:
                blocks.append((line.label, content))
            previous = line
    parts, offset, punkt = [], 0, sentence_tokenizer()
    for para_no, (role, block) in enumerate(blocks, start=1):
        if role == "caption":
            out.paragraphs.append({"article_id": article_id, "para_no": para_no, "role": role,
                                   "text": block, "start": -1, "end": -1})
            continue
        if parts:
            offset += 2
        start = offset
        parts.append(block)
        offset += len(block)
        out.paragraphs.append({"article_id": article_id, "para_no": para_no, "role": role,
                               "text": block, "start": start, "end": offset})
        spans = bounded_spans(block, breaks_joined(block, punkt_spans(punkt, block)))
        for sent_no, (a, b) in enumerate(spans, start=1):
            out.sentences.append({"article_id": article_id, "para_no": para_no, "sent_no": sent_no,
                                  "text": block[a:b], "start": start + a, "end": start + b})
    return "\n\n".join(parts)


#: A "sentence" longer than this (Punkt found no end in it: a flattened list or table, a page
#: of repeated words) is split at the last space before the limit. No sentence of the seeds or
#: of 924 PolNeAR articles is longer (their longest: 979 characters); the per-sentence steps
#: then stay linear in a text's length however the text is made.
LONGEST_SENTENCE = 1000


#: Punkt reads a paragraph longer than this in pieces cut at a space: NLTK gives each of its
#: regular-expression scans 5 s of wall-clock time, which one scan over a 1 MB paragraph of
#: abbreviations ("U.S. U.S. ...") exceeds, more or less often with the machine's load. A piece
#: takes Punkt well under 0.5 s; news paragraphs are far shorter (PolNeAR's longest: 2,573).
PUNKT_PIECE = 20_000


def punkt_spans(punkt, text: str):
    """Punkt's sentence spans of ``text``, read :data:`PUNKT_PIECE` characters at a time."""
    start = 0
    while len(text) - start > PUNKT_PIECE:
        cut = text.rfind(" ", start + 1, start + PUNKT_PIECE)
        cut = cut if cut > start else start + PUNKT_PIECE
        yield from ((start + a, start + b) for a, b in punkt.span_tokenize(text[start:cut]))
        start = cut
    yield from ((start + a, start + b) for a, b in punkt.span_tokenize(text[start:]))


def bounded_spans(text: str, spans):
    """Sentence spans of ``text``, those over :data:`LONGEST_SENTENCE` characters split at the
    last whitespace before the limit (or at the limit, when there is none)."""
    for a, b in spans:
        while b - a > LONGEST_SENTENCE:
            cut = text.rfind(" ", a + 1, a + LONGEST_SENTENCE + 1)
            cut = cut if cut > a else a + LONGEST_SENTENCE
            yield a, cut
            a = cut + (text[cut] == " ")
        if b > a:
            yield a, b
