"""Subjects no reference covers: a description before the verb ("Analysts said", "Farm groups
warned", "Some economists argue") or after an inverted one ("..., says a senior official").

They come back as unresolved descriptions (``Ref`` of kind ``plural``): the row keeps the words
as ``speaker`` and its ``speaker_id`` stays empty, never guessed. Fails on subjects longer than
four words and on nouns the stop lists do not know to be verbs.
"""
from __future__ import annotations

import re

from .marks import MASK
from .mentions import Ref
from .verbs import ADVERBS
from .words import FINITE_AUX, PREPOSITIONS, SUBORDINATORS

NP_STOP = PREPOSITIONS | SUBORDINATORS | {"that", "it", "he", "she", "they", "we", "i", "you",
                                            "there", "this", "is", "was", "are", "were", "be",
                                            "been", "not", "has", "have", "had", "also",
                                            "would", "could", "should", "will", "can", "may",
                                            "might", "must", "do", "does", "did", "having",
                                            "don't", "don’t", "doesn't", "doesn’t", "didn't",
                                            "didn’t",
                                            "without", "worth", "needless", "it's", "who"}
_QUANTIFIERS = {"the", "a", "an", "some", "many", "most", "several", "other", "few", "two",
                "three", "four", "both", "all", "more", "top", "senior", "local", "state"}
_ONLY_WORDS = re.compile(r"[\w\s'’]*")   # words ("don't") and spaces only
_SUBJECT_WORD = re.compile(r"[A-Za-z][\w'’\-]*")
_NEGATED = {"don't", "don’t", "doesn't", "doesn’t", "didn't", "didn’t", "do", "does", "did", "not"}
_ING = re.compile(r"[a-z]+ing\b")
_PROGRESSIVE = {"is", "are", "was", "were", "been", "has", "have", "had"}
_PRONOUN_QUANTIFIERS = {"few", "many", "most", "some", "both", "others"}

def bare_subject(art, lo, start):
    """A subject no reference covers ("Analysts said", "Farm groups warned", "Some economists
    argue"): the noun phrase right before the verb, up to four words, as an unresolved
    description (speaker_id stays empty)."""
    pre = art.masked[lo:start]
    toks = list(_SUBJECT_WORD.finditer(pre))
    if not toks:
        return None
    k = len(toks)
    skip = ADVERBS | _NEGATED | (_PROGRESSIVE if _ING.match(art.masked, start) else set())
    while k and toks[k - 1].group().lower() in skip:   # "were screaming", not "was announced"
        k -= 1
    if not k or not _ONLY_WORDS.fullmatch(pre[toks[k - 1].end():]):
        return None
    words = []
    j = k
    while j and len(words) < 4:
        w = toks[j - 1]
        low = w.group().lower()
        if low in NP_STOP or (words and pre[w.end():toks[j].start()].strip()):
            break
        words.insert(0, w)
        j -= 1
        if low in _QUANTIFIERS:
            break
    lone = len(words) == 1 and words[0].group().lower() in _PRONOUN_QUANTIFIERS   # "few believe"
    if not words or not lone and words[-1].group().lower() in _QUANTIFIERS or \
            words[-1].group().endswith("ly"):
        return None
    s, e = lo + words[0].start(), lo + words[-1].end()
    if MASK in art.masked[s:e]:
        return None
    return Ref(s, e, art.text[s:e], "plural")


_NP_AFTER = re.compile(r"\s+((?:(?:an?|the|one|two|three|some|several|other|another)\s+)?"
                       r"(?:[\w’'.\-]+\s+){0,3}?(?:[a-z0-9][\w\-]*|[A-Z]{2,}))(?=\s*(?:[,.;:(]|$|"
                       r"\s(?:in|at|of|for|to|with|from|on|who|familiar|close|[a-z]+ing)\b))")


def bare_subject_after(art, end, hi):
    """The subject of an inverted verb that no reference covers ("..., said one GOP source in
    the room", "..., says a senior official"): up to five words after the verb, ending in a
    noun before a comma, the sentence end or a preposition."""
    m = _NP_AFTER.match(art.masked, end, hi)
    if not m or MASK in m.group(1):
        return None
    words = m.group(1).lower().split()
    # a finite verb inside makes it a clause ("..., insisted the movement would continue")
    if words[-1] in NP_STOP or words[0] in NP_STOP - {"a", "an", "the"} or \
            not FINITE_AUX.isdisjoint(words):
        return None
    return Ref(m.start(1), m.end(1), art.text[m.start(1):m.end(1)], "plural")


