"""The object of a stance or topic cue ("endorsed Cruz last week", "backed the former governor
in 2012", "talked about how ..."): where it starts and ends, without a parser.

Why: PolNeAR codes the object of a stance verb or noun as its content (Pareti 2016); it is a
noun phrase the text gives right after the cue, whose prepositional phrases stay in and whose
end is punctuation, a clause, a time phrase or a participle ("by saying"). Used by
:mod:`.content` (verbs) and :mod:`.nominal` (nouns: "her support for the bill").
"""
from __future__ import annotations

import re

from ..text import CLAUSE_TOKEN, PLAIN_WORD
from .article import refs_starting_in
from .clauses import content_end
from .reported import CONTENT_NOUNS
from .words import PREPOSITIONS, SUBORDINATORS

_OBJECT_START = re.compile(r"\s+(?:(?:a|an|the|his|her|their|its|this|these|those|that)\s+|"
                           r"(?=[A-Z]))")
# Where an object noun phrase ends: punctuation, a clause, or a time phrase ("endorsed Cruz last
# week", "backed Gov. John Kasich of Ohio in the Republican primary, ..."); its prepositional
# phrases stay in (PolNeAR's contents keep them).
_OBJECT_STOP = re.compile(r"[,;:()\x00]|[.!?]\W*$|\s[—–]\s|\s--\s|\sby\s(?=[a-z]+ing\b)|"
                          r"\s(?:during|since|after|before|"
                          r"because|when|while|whereas|although|though|yesterday|today|tonight|"
                          r"(?:last|this|next)\s+(?:week|month|year|night|weekend|spring|summer|"
                          r"fall|winter)|among\s+other\s+things|(?:on|last|this|next)\s+(?:"
                          r"Monday|Tuesday|Wednesday|"
                          r"Thursday|Friday|Saturday|Sunday)|(?:and|but)\s+(?:is|was|are|were|"
                          r"has|had|have|said|says|then|also|did|does|will|would)|as\s+(?:well|"
                          r"he|she|they|it|part|a\s+way))\b")


_THAT_AFTER_NOUN = re.compile(r"(?:\s+by\s+[^,;:()\x00]{2,50}?)?\s+that\s")
WORD_AFTER = re.compile(r"\s+(" + PLAIN_WORD.pattern + ")")


_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|but|to|in|on|at|for|with|from|by|of|as|that|"
                         r"who|when|after|before|during|because|last|this|next|again)\b)[a-z]")
_PP_AFTER = re.compile(r"\s+(?:of|in|for|from|on|at|to|with|against|over)\s")


def object_span(art, end, hi):
    """The object of a stance cue ("endorsed Cruz last week", "backed the former governor in
    2012"): a reference the text gives right after the cue, or a noun phrase up to a
    preposition, time word or stop; (start, end) or None."""
    ref = next(iter(refs_starting_in(art, end, end + 3)), None)
    if ref is not None and ref.text.lower() == "her" and _NOUN_AFTER.match(art.masked, ref.end, hi):
        ref = None   # "laid out her tax plan": a determiner, the noun phrase follows
    if ref is not None and art.masked[end:ref.start].isspace() and not ref.possessive:
        if not _PP_AFTER.match(art.masked, ref.end, hi):
            return ref.start, ref.end   # "backing Mr. Cruz have spent": the name alone
        stop = _OBJECT_STOP.search(art.masked, ref.end, hi)
        e = stop.start() if stop else hi
        return ref.start, e if len(CLAUSE_TOKEN.findall(art.masked, ref.end, e)) <= 12 else ref.end
    m = _OBJECT_START.match(art.masked, end, hi)
    w = WORD_AFTER.match(art.masked, m.end() - 1 if m else end, hi)
    if w is not None and w.group(1).lower() in CONTENT_NOUNS and \
            _THAT_AFTER_NOUN.match(art.masked, w.end(), hi):
        return None   # "cited reports (by X) that ...": the reports' content, not the holder's
    if m is None:
        w = WORD_AFTER.match(art.masked, end, hi)
        if w is None or w.group(1).lower() in PREPOSITIONS | SUBORDINATORS | {
                "that", "to", "it", "up", "down", "away", "off", "out", "back", "because", "if",
                "so", "them", "him", "her", "me", "us", "you", "more", "less"}:
            return None
        if w.group(1).lower() in ("how", "why", "what", "whether", "who", "where", "when"):
            return w.start(1), content_end(art, w.start(1), hi)   # "talked about how ..."
    stop = _OBJECT_STOP.search(art.masked, end + 1, hi)
    e = stop.start() if stop else hi
    n = len(CLAUSE_TOKEN.findall(art.masked, end, e))
    if stop and stop.group() == "\x00" and (m and n < 2 or art.masked[:e].endswith(" as ")):
        return None   # 'denounced the "illegitimate" sanctions', 'X as "..."': the quotation's
    return (end + 1, e) if (1 if m else 2) <= n <= 25 else None
