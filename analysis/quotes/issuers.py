"""The issuer of a document the same clause says was issued: ``Black Lives Matter issued a
statement saying ...``, ``His office put out a statement calling ...``, ``The museum released a
report this month charging ...``.

Why: a document description ("a statement", "a report", "an open letter") speaks for whoever
issued it. :mod:`.coreference` looks for the issuer among earlier mentions of such a document,
then falls back on the latest speaker; but where the clause itself says who issued it (the
subject of "issued", "released", "put out", "published", "sent", "posted", "signed"), that
subject is the issuer, and a speaker from an earlier paragraph is wrong (PolNeAR train: 18
quotations after "X issued a statement saying" took an earlier speaker). The subject is the
first name, pronoun or description of the clause that no preposition governs, else a plain
noun phrase right before the verb (``both men issued``, :func:`.subjects.bare_subject`).
"""
from __future__ import annotations

import re

from .article import refs_starting_in, sentence_bounds
from .mentions import Ref
from .subjects import bare_subject

# an issuing verb, then up to three words (determiner, adjectives) before the document's head;
# searched only in the 60 characters before the document (no pass over the sentence)
_ISSUED = re.compile(r"(?<![\w'’-])(?:issu|releas|publish|post|sign|circulat|distribut|unveil)"
                     r"(?:es|ed|e|s|ing)?\s+(?:out\s+)?|(?<![\w'’-])(?:put|puts|putting)\s+out\s+|"
                     r"(?<![\w'’-])(?:sent|sends?|sending)\s+(?:out\s+)?")
_ISSUED_TAIL = re.compile(r"(?:[\w'’-]+\s+){0,3}$")
_CLAUSE_BREAK = re.compile(r"[,;:\x00]")
_LOOK_BACK = 60


def issuing_subject(art, ref: Ref) -> Ref | None:
    """The subject of the issuing verb right before the document description ``ref`` ("X
    issued a statement"), or None when no issuing verb governs it in its clause."""
    lo, _ = sentence_bounds(art, ref.start)
    base = max(lo, ref.start - _LOOK_BACK)
    verb = None
    for m in _ISSUED.finditer(art.masked, base, ref.start):
        if _ISSUED_TAIL.fullmatch(art.masked, m.end(), ref.start):
            verb = m
            break
    if verb is None or art.masked[verb.start() - 1:verb.start()] == "-":
        return None
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(art.masked, lo, verb.start())]
    clause = breaks[-1] if breaks else lo
    if breaks and not art.masked[clause:verb.start()].strip():
        clause = lo   # "X's spokesman, Tom Hale, released": the subject before the apposition
    refs = [r for r in refs_starting_in(art, clause, verb.start()) if r.end <= verb.start()
            and not r.oblique and not r.possessive and r.kind != "who"]
    if refs and clause == lo and refs[-1].kind in ("name", "actor") and \
            art.masked[refs[-1].end:verb.start()].strip() == ",":
        return refs[-1]   # the name the apposition gives
    if refs:
        return refs[0]
    return bare_subject(art, clause, verb.start())
