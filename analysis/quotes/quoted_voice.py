"""Whose voice a quotation with no frame of its own continues: the latest speaker of the article
(its history), unless that speaker is reported in a subordinate clause after a quotation of the
same sentence. Then the quotation's speaker goes on ('"And I'm not being paid!" LeVell declared,
a point he likes to make after an appearance during which callers asked how much he was paid.
"I make my own money."': LeVell, not the callers; '"...," Clinton said shortly after she called
Sanders to congratulate him. "What are we going to do?"': Clinton). A report in a main clause
keeps the turn ('"We will win," Smith said, but Jones argued that the polls were wrong. "The
numbers do not lie."': Jones). Used by :mod:`.frames_beyond` (its continuation rules).
"""
from __future__ import annotations

import re

from .article import sentence_no
from .marks import MASK

#: a subordinate clause's opening word between the quotation and the later report
_SUBORDINATE = re.compile(r"\b(?:after|before|when|while|which|who|whom|whose|where|because|"
                          r"since|until|as)\b")


def latest_voice(art):
    """(position, speaker) of the voice a frameless quotation continues (see the module)."""
    at, speaker = art.history[-1]
    if art.masked[at] == MASK:   # a quotation's own speaker (its entry is at its opening mark)
        return at, speaker
    k = sentence_no(art, at)
    lo = art.sentences[max(0, k - 1)][0]   # (a quotation ending in "!" or "?" may end a sentence)
    for q_at, q_speaker in reversed(art.history[:-1]):
        if q_at < lo or q_at > at:
            break
        if art.masked[q_at] == MASK:
            between = art.masked[q_at:at]
            if q_speaker and "\n" not in between and not _STOP.search(between) and \
                    _SUBORDINATE.search(between):
                return q_at, q_speaker
            break
    return at, speaker


_STOP = re.compile(r"[.!?;]\s")   # a full stop outside the quotation: another sentence
