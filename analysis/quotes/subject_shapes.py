"""Words before a verb that only look like its subject (for :func:`.subjects.bare_subject`).

Why: the bare-subject rule takes the last words before a verb when no reference covers them,
and its clause bound is a comma, a preposition or a stop word; inside a number, a date or a
proportion those bounds cut a piece out of the phrase ("In 2013, Syrian hackers" gave "2013,
Syrian hackers", "over 30,000 immigrants expected" gave "000 immigrants", "About four out of 10
voters said" gave "10 voters", "the Nov. 13 terrorist attacks" gave "13 terrorist"), and a time
adverbial ("in January", "weeks of uncertainty") is no one who speaks. Nothing invented: such a
row keeps no speaker rather than a fragment (the proportion rule, :mod:`.reported_frames`, names
"About four out of 10 voters" where the verb follows it).
"""
from __future__ import annotations

import re

from .words import MONTHS

# a count or a date right before a phrase that opens with a number: "four out of 10 voters",
# "9 in 10 Republicans", "Nov. 13 terrorist", "October 28 CNBC debate"
_COUNTED_BEFORE = re.compile(r"(?:\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                             r"(?:in|of|out\s+of)|\b(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.|"
                             r"\b(?:January|February|March|April|May|June|July|August|September|"
                             r"October|November|December))\s+$")
_TIME_BEFORE = re.compile(r"\b(?:in|since|until|by|last|next|this|early|late|before|after|"
                          r"during)\s+$")
_TIME_PLURALS = {"weeks", "months", "years", "days", "hours", "decades"}
# no one, or no noun: "much of the establishment is hostile", "None of them is pushing", "this
# only explains", "has been live reporting"
_NOT_HEADS = {"much", "none", "nothing", "little", "only", "live", "just", "even", "ever"}


def not_a_subject(masked: str, s: int, at: int, words: list[str]) -> bool:
    """True when the phrase ``words`` (its noun phrase starting at ``s``; its own words at
    ``at``) is a piece of a number or word, a count inside a proportion or date, a month after
    its preposition ("in January", unless a noun phrase it modifies opens the subject: "A
    Bloomberg poll in June"), a span of time ("weeks") or a lone quantifier or adverb ("much",
    "None", "only")."""
    if s and (masked[s - 1].isalnum() or masked[s - 1] in ",." and masked[s - 2:s - 1].isdigit()):
        return True   # "30,|000 immigrants": the clause bound cut a number
    if words[0][0].isdigit() and _COUNTED_BEFORE.search(masked, max(0, s - 24), s):
        return True
    last = words[-1].lower()
    if len(words) == 1 and last in _NOT_HEADS:
        return True
    return last in _TIME_PLURALS or s == at and len(words) == 1 and last in MONTHS and \
        _TIME_BEFORE.search(masked, max(0, s - 8), s) is not None
