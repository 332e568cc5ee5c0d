"""Quotations a crowd chants or shouts, named by a noun: 'the crowd reprised the chant "Lock her
up!"', 'roused the crowd to chants of "..."', 'walked in to chants of "Marco! Marco!"', 'drawing
jeers and "BERNIE!" chants', '"Call the roll," came shouts from the floor'.

Why: a chant is the crowd's words, not those of the speaker the sentence is about (PolNeAR gives
the crowd, or no source when the text names none); the verb rules read "chant" only as a verb
(:mod:`.verbs`), so the noun left the quotation to the sentence's subject ("Mr. Christie roused
the crowd to chants of ...": Christie) or to a junk word ("came", "Repeatedly"). The crowd is the
last group noun before the chant in its sentence; with none, the row keeps no speaker (or the
source an "according to" names for the account). PolNeAR train: 8 rows to the gold speaker (6
more read right: an unnamed crowd, "the crowd" where PolNeAR gives none), dev unchanged. The
verb "chant" right before the quotation takes the crowd named before it too ("Protesters marching
through the streets chanted", "about 50 protesters gathered ..., chanting"): train 2 rows to the
gold crowd, 1 more read right, 1 worse (a speaker's words resumed after the crowd's chant,
'... the crowd chanted "Build the wall!" - "and restore law and order"'); dev 2 to gold.
"""
from __future__ import annotations

import re

from .antecedents import Speaker
from .attribution import Frame, sentence_end
from .coreference import resolve
from .marks import MASK
from .mentions import Ref
from .verbs import verb_class

# a crowd-speech noun right before the opening mark ("chants of", "the caustic chant", "cries of",
# "signs of", "a chorus of"; not the verbs "cry", "chanting"), or right after the closing one
# ('"BERNIE!" chants')
_NOUN_BEFORE = re.compile(r"\b(?:chants?(?:\s+of)?|(?:cries|shouts|chorus|jeers|signs|banners)\s+of)"
                          r"\s*[,:]?\s*$")
# the verb right before it ("the crowd chanted", ", chanting"): the crowd named before it chants,
# not the subject the verb rules find ("the streets" of "marching through the streets chanted")
_VERB_BEFORE = re.compile(r"\bchant(?:s|ed|ing)\s*[,:]?\s*$")
_NOUN_AFTER = re.compile(r"[" + MASK + r"\s,]*(?:chants?|cries|shouts)\b")
# a post-posed shout with no reporter: '"...," came shouts from the crowd'
_CAME_FROM = re.compile(r"[" + MASK + r"\s,]*(?:came|rang\s+out)\s+(?:a\s+|the\s+)?(?:[a-z]+\s+)?"
                        r"(?:shouts?|cries|cry|chants?|calls?|yells?)\s+(?:of\s+\w+\s+)?from\s+"
                        r"(?P<np>(?:the|a|an|some|many)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)")
_CROWD = (r"crowds?|audiences?|supporters|protest[eo]rs|demonstrators|fans|delegates|students|"
          r"marchers|spectators|attendees|rallygoers|onlookers|hecklers|activists|workers|voters")
# the last group noun phrase before the chant: a determiner or quantity, up to two capitalised or
# hyphenated modifiers ("Trump supporters", "anti-war activists"); capitalised opening a sentence
_GROUP = re.compile(r"(?:\b(?i:the|a|an|some|many|several|dozens\s+of|hundreds\s+of|thousands\s+of|"
                    r"\d[\d,]*)\s+)?(?:(?:[A-Z][\w'’-]*|[a-z]+-[\w-]+)\s+){0,2}\b(?:" + _CROWD + r"|"
                    + "|".join(w[0].upper() + w[1:] for w in _CROWD.split("|")) + r")\b")


def chant_frame(art, lo, o, c) -> Frame | None:
    """The frame of the quotation between marks ``o`` and ``c`` (its sentence opening at ``lo``)
    when a crowd-speech noun names it: the group before the noun, else no speaker."""
    before = art.masked[max(lo, o - 24):o]
    if _VERB_BEFORE.search(before):   # "Protesters marching through the streets chanted "...""
        groups = [m for m in _GROUP.finditer(art.masked, lo, o) if MASK not in m.group()]
        return Frame(resolve(art, Ref(groups[-1].start(), groups[-1].end(), groups[-1].group(),
                                      "plural")), "chant", verb_class("chant", art.verbs)) \
            if groups else None   # (no crowd named: the verb rules' subject)
    if not (_NOUN_BEFORE.search(before) or _NOUN_AFTER.match(art.masked, c + 1)):
        came = _CAME_FROM.match(art.masked, c + 1)
        if came is None:
            return None
        s, e = came.span("np")
        return Frame(resolve(art, Ref(s, e, art.text[s:e], "plural")), "shout",
                     verb_class("shout", art.verbs))
    groups = [m for m in _GROUP.finditer(art.masked, lo, o) if MASK not in m.group()]
    cls = verb_class("chant", art.verbs)
    if not groups:   # no crowd named: nobody, unless "according to X" tells whose account it is
        return None if "ccording to" in art.masked[lo:sentence_end(art, c)] else \
            Frame(Speaker(), "chant", cls)
    s, e = groups[-1].span()
    return Frame(resolve(art, Ref(s, e, art.text[s:e], "plural")), "chant", cls)
