"""A label someone gives themself, set as a predicate or an apposition: ``Sanders, a
self-described democratic socialist.``, ``He is a self-proclaimed independent.``

Why: the label is the person's own words about themself (they described themself as one), a
speech act the reporter relays with the label as its content; PolNeAR codes it so (cue
"self-described", content the label). Only a label that closes its phrase counts (a comma, a
full stop, a semicolon, "and" or a "who" clause of the person's own follows): "the self-described
democratic socialist has vowed ..." makes the label the name of a subject, and "self-described
democratic socialist whom she accused" the object of someone else's act, where PolNeAR codes no
content. The speaker is the last
name or pronoun before the label (the name the apposition describes, the subject of "is"). PolNeAR
train: 5 speech-verb contents gained, none spurious; a quoted label is the quotation's
(``a self-described ''geeky kid''``: no row here).
"""
from __future__ import annotations

import re

from .article import refs_starting_in
from .attribution import Frame
from .coreference import Speaker, resolve
from .marks import MASK
from .verbs import verb_class

_LABEL = re.compile(r"(?<![\w'’-])(?:a|an|and)\s+self-(?P<verb>described|proclaimed|styled|professed)\s+"
                    r"(?P<label>[^\s,;:.!?\x00]+(?:\s+[^\s,;:.!?\x00]+){0,3}?)"
                    r"(?=\s*(?:[,;.!?]|\s+(?:and|who)\s|$))")
#: Words one of which a sentence holds when :func:`self_described_rows` finds a row there ("self"
#: of "self-described"): the quote step reads no other sentence with it.
SELF_DESCRIBED_CUE_WORDS = frozenset({"self"})
_LEMMAS = {"described": "describe", "proclaimed": "proclaim", "styled": "style", "professed": "profess"}
# a name, an actor or a pronoun; not a description inside the apposition ("a former mayor")
_PEOPLE = {"actor", "name", "pronoun", "metonym"}
_NOT_LABEL = {"who", "whom", "whose", "which", "that", "has", "have", "had", "is", "was", "will", "would"}


def self_described_rows(art, lo, hi, taken=()):
    """Rows (start, end, Frame) of self-given labels in the sentence [lo, hi), but for a span
    already in ``taken`` (a label inside a longer content stays a row of its own: a nested
    report)."""
    out = []
    for m in _LABEL.finditer(art.masked, lo, hi):
        s, e = m.span("label")
        words = art.masked[s:e].lower().split()
        if MASK in art.masked[s:e] or _NOT_LABEL & set(words) or (s, e) in taken:
            continue
        lemma = _LEMMAS[m.group("verb")]
        refs = [r for r in refs_starting_in(art, lo, m.start()) if r.end <= m.start()
                and not r.possessive and r.kind in _PEOPLE]
        ref = refs[-1] if refs else None
        speaker = resolve(art, ref) if ref is not None else Speaker()
        cls = verb_class(lemma, art.verbs) or verb_class("describe", art.verbs)
        out.append((s, e, Frame(speaker, lemma, cls, "", ref, m.start("verb") - 5)))
    return out
