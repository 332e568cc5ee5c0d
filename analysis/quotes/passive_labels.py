"""A quotation that is the label a naming participle with no subject of its own gives: 'courses
derisively known as "rabbit patches"', 'Lazar, 44, known online as "Guccifer"', 'a formula
called the "chained CPI"', 'places that are otherwise labeled the "forgotten America"', 'the
book is described on its cover as a "riveting read"', 'what has been described as a "political
army"'.

Why: a passive or reduced-relative participle ("known as", "called", "labeled") names without
saying who names; the label is no one's words unless a "by" phrase says whose ('known by some
Republicans as a "hug"', 'labeled "top secret" by the department'). The scare-quote fallback of
:func:`.frames_beyond.quote_frame` gave the quotation to the clause's subject, which here is the
thing or person named ("Mizner Trail Golf Club", "Lazar") or a word before it ("otherwise").
Not this shape: a naming verb with its own subject ('what Mr. Hedge called "..."', 'which he
described as "..."', 'whom one insider described as "..."'), or with an object before the
quotation ('described the move as a "..."'): those keep their namer. Titles ("titled",
"entitled") are left out: a piece's title is its writer's words. PolNeAR train: 8 quotations
leave a wrong speaker for none (PolNeAR codes them with no source), 1 gets its "by" agent.
"""
from __future__ import annotations

import re

from .article import refs_starting_in
from .coreference import Speaker, resolve
from .frames import Frame
from .marks import MASK
from .mentions import Ref
from .subjects import bare_subject
from .words import NOT_NAMES

# the participle, what may stand between it and "as" or the quotation (adverbs, a short setting,
# a "by" agent: never an object), an optional determiner, and the quotation's opening
_AS_VERBS = r"known|described|labell?ed|marked|billed|branded|characterized|touted|termed"
_BARE_VERBS = r"called|labell?ed|dubbed|nicknamed|termed|branded"
_SETTING = r"(?:\s+(?:[a-z]+ly|here|online|there|widely|also|often|now|once|locally|sometimes|" \
           r"(?P<by>by\s+[^,;:\x00]{1,60}?)|(?:on|in|at|among|to)\s+(?:[\w'’.-]+\s+){0,2}?[\w'’.-]+))*?"
_LABEL = re.compile(r"(?<![\w-])(?:(?P<as>" + _AS_VERBS + r")" + _SETTING + r"\s+as|"
                    r"(?P<bare>" + _BARE_VERBS + r"))"
                    r"(?:\s+(?:the|a|an))?\s*$")
# "is", "are otherwise", "has been", "was recently": a passive's auxiliary right before
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:[a-z]+ly|also|otherwise|"
                        r"best|now|still|often|once)\s+)*$")
# a relative word whose clause has a subject of its own before the participle ("what Mr. Hedge
# called", "which he described as", "that Judge X called"): then the subject names
_RELATIVE = re.compile(r"\b(?:what|which|whom|who|that)\s+(?P<rest>[^,;:\x00]*)$")
_AUX_ONLY = re.compile(r"(?:(?:has|have|had|is|are|was|were|be|been|being|also|once|now|otherwise|"
                       r"often|[a-z]+ly)\s+)*$")
_WORD_BEFORE = re.compile(r"(?P<word>[\w'’-]+)\s+(?:(?:[a-z]+ly|otherwise|also|here|online)\s+)*$")
# a noun phrase opening the sentence: the participle after it is its verb
_OPENING_PHRASE = re.compile(r"[\s\n]*(?:[\w'’.-]+\s+){1,4}")
_VERB_AFTER = re.compile(r"[\s,]*(?:(?:[a-z]+ly|also|still|now)\s+)?(?:is|was|are|were|has|had|have|will|"
                         r"would|can|could|may|might|[a-z]{3,}(?:[^s']s|ed))\b")
# a quotation coordinated with the one before it ('known as "rabbit patches" or "goat farms"')
_CONNECTOR_AT_END = re.compile(r"(?:,?\s*\b(?:or|and)|,)\s*$")
_GERUND_BEFORE = re.compile(r"\b(?:about|of|over|for|against|at|after|from)\s+(?:being|getting)\s+"
                            r"(?:[a-z]+ly\s+)?$")
_BY_AFTER = re.compile(r"\s*,?\s*by\s+((?:[\w'’.-]+\s+){0,4}?[\w'’-]+)(?=\s*[,.;:)—]|\s*$)")
# always passive in a label: nobody "knows X as", "bills X as" a quotation in news copy
_ALWAYS_PASSIVE = {"known", "billed", "marked"}


def passive_label(art, lo, o, c) -> Frame | None:
    """The frame of the quotation opening at ``o`` (closing at ``c``, its sentence opening at
    ``lo``) when it is the label a subjectless naming participle gives: its "by" agent's, else no
    one's (``label``); None otherwise."""
    end = _mask_start(art.masked, lo, o)
    for _ in range(3):   # past quotations coordinated with this one
        m = _CONNECTOR_AT_END.search(art.masked, max(lo, end - 8), end)
        if m is None or m.start() <= lo or art.masked[m.start() - 1] != MASK:
            break
        end = _mask_start(art.masked, lo, m.start())
    m = _LABEL.search(art.masked, max(lo, end - 120), end)
    if m is None:
        return None
    verb = m.group("as") or m.group("bare")
    before = art.masked[lo:m.start()]
    if _GERUND_BEFORE.search(before):
        return None   # "spoke about being described as a "...": the topic of her own account
    rel = _RELATIVE.search(before)
    if rel is not None and not (_AUX_ONLY.fullmatch(rel.group("rest")) and _BE_BEFORE.search(before)):
        return None   # "what Mr. Hedge called", "who dubbed": the relative clause's subject names
    if not (_BE_BEFORE.search(before) or verb in _ALWAYS_PASSIVE or rel is not None):
        word = _WORD_BEFORE.search(before)
        # a reduced relative after a common noun ("a formula called the", "email chains
        # recently labeled"); not after a name, pronoun or comma ("Obama, in the speech,
        # called": that clause's subject names)
        if word is None or not word.group("word")[:1].islower() or \
                word.group("word").lower() in NOT_NAMES or _OPENING_PHRASE.fullmatch(before) \
                and not _VERB_AFTER.match(art.masked, c + 1):
            return None   # "The governor called "a disgrace" the vote": the subject names; not
            # 'The candidate labeled "..." continues to lead': the sentence's verb follows
    agent = None
    if m.group("by"):
        at = m.start("by") + 2
        agent = next((r for r in refs_starting_in(art, at, m.end("by")) if not r.possessive),
                     None) or bare_subject(art, at, m.end("by"))
    else:
        after = _BY_AFTER.match(art.masked, c + 1)
        if after is not None:   # 'labeled "top secret" by the department'
            agent = next((r for r in refs_starting_in(art, after.start(1), after.end(1))
                          if r.start == after.start(1) and not r.possessive), None) or \
                Ref(after.start(1), after.end(1), art.text[after.start(1):after.end(1)], "plural")
    return Frame(resolve(art, agent), ref=agent) if agent is not None else \
        Frame(Speaker(), label=True)


def _mask_start(masked, lo, i):
    """Start of the run of MASK characters ending right before ``i``."""
    while i > lo and masked[i - 1] == MASK:
        i -= 1
    return i

