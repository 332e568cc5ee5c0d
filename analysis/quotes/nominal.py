"""Contents held by a noun: "her fear that ...", "Republicans' belief that ...", "there is no
evidence that ...", "the notion that ...".

Why: PolNeAR (after Pareti 2016) annotates a belief or evidence noun followed by its "that"
clause as an attribution: the noun is the cue, its possessor (if any) the source, the clause the
content. Speech nouns ("the claim that", "his argument that") are reported speech
(:data:`analysis.quotes.reported.CONTENT_NOUNS`) and left to those rules. Rows are kind
``indirect``, class ``belief`` or ``evidence`` (no statement), the noun's singular in ``verb``;
the speaker is the possessor as written ("her", "Republicans"), or empty when none is given
(nothing invented; a pronoun is not resolved here).
Where it fails: a noun whose "that" opens a relative clause with a verb not listed ("the
fear that haunts him") is taken as a content; a possessor of more than three words keeps its
last three.
"""
from __future__ import annotations

import re

from ..text import CLAUSE_TOKEN
from .attribution import Frame
from .clauses import content_end
from .coreference import Speaker

_BELIEF = ("fear|fears|hope|hopes|belief|beliefs|view|notion|idea|sense|concern|concerns|worry|"
           "worries|doubt|doubts|expectation|expectations|assumption|perception|impression|"
           "suspicion|suspicions|feeling|confidence|recognition|understanding|conviction|"
           "optimism|hopes")
# ("signs that", "indication that": 2 of 11 matched PolNeAR's contents on train; left out)
_EVIDENCE = "evidence|finding|findings|conclusion"
_NOUN_THAT = re.compile(r"(?<![\w'’-])(?P<noun>" + _BELIEF + "|" + _EVIDENCE + r")"
                        r"\s+that\s+(?=[^\W\d_])")
# The possessor right before the noun (an adjective may stand between: "their smug assurances")
_POSSESSOR = re.compile(r"(?<![\w'’-])(?P<poss>(?:(?:[Tt]he|[A-Z][\w.-]*)\s+){0,2}"
                        r"(?:[\w.-]+['’]s|[\w.-]+s['’])|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|"
                        r"[Yy]our)\s+(?:[a-z]+\s+)?$")
_EVIDENCE_NOUNS = set(_EVIDENCE.split("|"))
# "that" opening a relative clause: a verb right after it ("the fear that drove him")
_RELATIVE = re.compile(r"(?:is|was|are|were|has|had|have|will|would|could|can|may|might|"
                       r"[a-z]+ed|drove|led|made|kept|brought|gave|took)\b")
_SINGULAR = {"fears": "fear", "hopes": "hope", "beliefs": "belief", "concerns": "concern",
             "worries": "worry", "doubts": "doubt", "expectations": "expectation",
             "suspicions": "suspicion", "signs": "sign", "indications": "indication",
             "findings": "finding"}


def noun_contents(art, lo, hi, taken=()):
    """Contents of belief and evidence nouns with a "that" clause in the sentence [lo, hi):
    (start, end, Frame). ``taken``: spans of rows already made for the sentence (a cue inside
    one, or a content overlapping one, gives no row)."""
    masked = art.masked
    if "that " not in masked[lo:hi]:
        return []
    out = []
    for m in _NOUN_THAT.finditer(masked, lo, hi):
        start, s = m.start("noun"), m.end()
        if any(a <= start < b for a, b in taken) or _RELATIVE.match(masked, s):
            continue
        e = content_end(art, s, hi)
        if len(CLAUSE_TOKEN.findall(masked, s, e)) < 3 or \
                any(a < e and s < b for a, b in list(taken) + [(a, b) for a, b, _ in out]):
            continue
        p = _POSSESSOR.search(masked, max(lo, start - 60), start)
        poss = p.group("poss") if p else ""
        holder = re.sub(r"['’]s?$", "", poss)
        noun = m.group("noun")
        cls = "evidence" if noun in _EVIDENCE_NOUNS else "belief"
        out.append((s, e, Frame(Speaker(name=holder, mention=holder), _SINGULAR.get(noun, noun),
                                cls, "", None, start)))
    return out
