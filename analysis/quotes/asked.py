"""A question put to someone: '"Blumenthal was asked, "Would you have told her?"' - the one who
is asked does not speak the quotation; the asker does, when the text names them ("Sanders was
asked by host Bill Maher, ..., "Now, you famously said ..."").

Why apart: :func:`.attribution.frame_for_verb` gives a passive no speaker at all, and the
fallbacks after it (the scare-quote holder, the sentence's subject) then took the one asked. A
frame with the agent of "by", or with nobody (never guessed), stops them. Used by
:func:`.frames_beyond.quote_frame` for quotations only; reported speech is left as it is.
"""
from __future__ import annotations

import re

from .antecedents import Speaker
from .article import refs_starting_in, verb_hits_in
from .attribution import Frame
from .coreference import resolve
from .subjects import titled_name

_QUESTION_VERBS = {"ask", "question", "press"}
_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:(?:first|also|then|[a-z]+ly)\s+)?$")
_INTRODUCES = re.compile(r"[,:]\s*$")   # the question follows: "was asked, "..."" / "...:"
_OTHER_CLAUSE = re.compile(r"^\s*to\b|\b(?:and|but|while|because|that)\b|[;.]")
_PHRASE = 120   # characters at most between the verb and the quotation
# "by host Bill Maher", "by a reporter", "by the moderator": the agent, after at most two words
_BY = re.compile(r"\s+by\s+(?:(?:the|a|an|[a-z][\w-]*)\s+){0,2}")


def asked_frame(art, lo, o) -> Frame | None:
    """The frame of a quotation that a passive question verb before it in [lo, o) introduces
    ("X was asked, "..."", "X was pressed by Y: "...""): the agent after "by", else a frame with
    no speaker; None when no such verb is the last reporting verb before the quotation, or when
    a comma or colon does not introduce the quotation right after its phrase."""
    hits = [h for h in verb_hits_in(art, lo, o) if h[1] <= o]
    if not hits or hits[-1][2] not in _QUESTION_VERBS or not hits[-1][5].endswith("ed") or \
            not _PASSIVE.search(art.masked, max(lo, hits[-1][0] - 20), hits[-1][0]):
        return None
    start, end, lemma, cls = hits[-1][:4]
    between = art.masked[end:o]
    if len(between) > _PHRASE or not _INTRODUCES.search(between) or _OTHER_CLAUSE.search(between):
        return None   # "they are asked to rank their choices, and the group is "..."": no question
    agents = [r for r in refs_starting_in(art, end, min(o, end + 40)) if not r.possessive
              and _BY.fullmatch(art.masked, end, r.start)][:1]
    if agents:   # "by CNN anchor Jake Tapper": the anchor, not the network
        agent = titled_name(art, agents[0])
        return Frame(resolve(art, agent), lemma, cls, "", agent, start)
    return Frame(Speaker(), lemma, cls, "", None, start)
