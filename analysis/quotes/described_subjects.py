"""Described subjects no reference covers, kept as descriptions (``Ref`` of kind ``plural``, no
id; split from :mod:`.subjects`, which reads plain noun phrases).

A described subject right before a reporting verb: ``as the heckler yelled``, ``But the
columnist suggested``, ``"...?" a Democratic aide in the room wondered``
(:func:`described_subject`), a description opening the sentence as the subject of a
participle (:func:`opening_description`, :func:`participle_subject`; also after a name's
possessive: "Ryan's campaign shrugged off the remarks, telling reporters"), a name right
before a participle (:func:`adjacent_name`).

Why: the reference finder knows names, pronouns and role nouns from a list ("the ministry", "a
spokesman"); a description with another head noun ("the heckler", "the columnist", "a Democratic
aide") is no reference, so the last reference before the verb was taken, often the object of an
earlier clause ("Cruz said as the heckler yelled" gave Cruz) or a noun inside a prepositional
phrase ("the room"). The shape says who acts: a determiner, up to three words and a lower-case
head, standing right before the verb (adverbs between allowed), opening its clause (after a
comma, a conjunction or nothing), optionally followed by a short prepositional phrase ("in the
room", "of the group"). Measured on PolNeAR train: see issue 13 notes.
"""
from __future__ import annotations

import re

from .article import refs_starting_in, verb_hits_in
from .mentions import Ref
from .subjects import ADVERB_OR_NEGATION, DETERMINER
from .verbs import ADVERBS
from .words import FINITE_AUX, PREPOSITIONS

_TOKEN = re.compile(r"[A-Za-z][\w'’\-]*|\S")
# what may stand before a subject that opens its clause
_CLAUSE_OPENERS = {"as", "while", "when", "and", "but", "after", "before", "because", "until",
                   "since", "then", "so", "yet", "where", "though", "although", "whereas",
                   "once", "later", "earlier", "meanwhile", "still", "now", "instead"}
_BOUNDARY_MARKS = {",", ";", ":", "(", "—", "–", "\x00"}
_NOT_HEADS = PREPOSITIONS | DETERMINER | FINITE_AUX | {
    "who", "which", "that", "this", "it", "day", "week", "month", "year", "time", "night",
    "morning", "afternoon", "evening", "weekend", "moment", "end", "same", "other", "others",
    "first", "last", "next"}
_PHRASE_PREPOSITIONS = {"in", "at", "from", "of", "for", "on", "with", "near", "inside", "outside"}
_LOOK_BACK = 120   # characters: a determiner, three words, a short phrase and an adverb


def _noun_phrase(toks, k):
    """(index of the determiner, k) when tokens [det..k] are a determiner, up to three words and
    the lower-case head toks[k]; else None."""
    head = toks[k].group()
    if not head[:1].islower() or head in _NOT_HEADS or head in _CLAUSE_OPENERS or \
            head.endswith(("ly", "ed", "ing")):
        return None
    for d in range(k - 1, max(k - 5, -1), -1):
        w = toks[d].group()
        if w.lower() in DETERMINER or _POSSESSIVE_NAME.fullmatch(w):   # "Ryan's campaign"
            return d
        if not w[:1].isalpha() or w.lower() in PREPOSITIONS or w.lower() in _CLAUSE_OPENERS or \
                w in FINITE_AUX:
            return None
    return None


def _opens_clause(toks, d):
    if d == 0:
        return True
    w = toks[d - 1].group()
    return w in _BOUNDARY_MARKS or w.lower() in _CLAUSE_OPENERS


def described_subject(art, lo, start) -> Ref | None:
    """The description ending right before the verb at ``start`` (its clause opening at or after
    ``lo``) that is the verb's subject, as an unresolved reference; None when the words before the
    verb are no such description."""
    base = max(lo, start - _LOOK_BACK)
    toks = list(_TOKEN.finditer(art.masked, base, start))
    k = len(toks) - 1
    while k >= 0 and (toks[k].group().lower() in ADVERB_OR_NEGATION or toks[k].group().endswith(
            "ly") and toks[k].group()[:1].islower()):
        k -= 1   # "his staff don’t know" (the 57 saved pages: the contraction was the head)
    if k < 1:
        return None
    d = _noun_phrase(toks, k)
    if d is None:
        return None
    end = toks[k].end()
    if d >= 2 and toks[d - 1].group() in _PHRASE_PREPOSITIONS:   # "an aide in the room"
        d1 = _noun_phrase(toks, d - 2)
        if d1 is None or not _opens_clause(toks, d1):
            return None
        d, end = d1, toks[d - 2].end()   # the description without its phrase
    elif not _opens_clause(toks, d):
        return None
    s = toks[d].start()
    if base > lo and d == 0:
        return None   # the look-back cut the clause: not known to open it
    return Ref(s, end, art.text[s:end], "plural")


def opening_description(art, lo, start) -> Ref | None:
    """The description opening the sentence [lo, start) ("The campaign of Gov. Paul Reed
    shrugged off the remarks, telling reporters", "Her campaign quickly sent an email to
    supporters stating"): a determiner, up to three words and a lower-case head, ended by a
    preposition, an adverb, a past form or a reporting verb; the subject of a participle that no
    reference covers. None otherwise."""
    toks = list(_TOKEN.finditer(art.masked, lo, min(start, lo + _LOOK_BACK)))
    d0 = _opening_determiner(toks) if len(toks) >= 3 else None
    if d0 is None:
        return None
    verbs = {h[0] for h in verb_hits_in(art, lo, start)}
    for k in range(d0 + 1, min(len(toks) - 1, d0 + 5)):
        nxt = toks[k + 1].group()
        low = nxt.lower()
        if low in PREPOSITIONS or low in ADVERBS or low.endswith(("ly", "ed")) or \
                toks[k + 1].start() in verbs or nxt in _BOUNDARY_MARKS:
            if _noun_phrase(toks, k) != d0:
                return None
            s = toks[0].start()   # "Hillary Clinton's right-hand woman": the whole name too
            return Ref(s, toks[k].end(), art.text[s:toks[k].end()], "plural")
    return None


# a name's possessive standing as a determiner ("Ryan's campaign", "Schilling's son")
_POSSESSIVE_NAME = re.compile(r"[A-Z][\w.\-]*(?:['’]s|s['’])")


def _opening_determiner(toks):
    """Index of the determiner opening a description at the sentence start: "The", "His", or a
    name's possessive after the rest of the name ("New Hampshire Sen. Kelly Ayotte's"); None."""
    if toks[0].group().lower() in DETERMINER:
        return 0
    for j, t in enumerate(toks[:6]):
        w = t.group()
        if _POSSESSIVE_NAME.fullmatch(w):
            return j
        if not (w[:1].isupper() or w == "."):
            return None
    return None


_AFTER_NOUN = re.compile(r"(?<![\w.'’\-])[a-z][\w\-]*\s+$")
_AUX = {"is", "are", "was", "were", "be", "been", "being", "am"}


def participle_subject(art, lo, start) -> Ref | None:
    """The subject of a participle that follows a common noun ("an email to supporters stating",
    "The ad then cuts to footage of Trump saying"): the description opening the sentence, not the
    noun before it. None when a name or pronoun (absolute "with Senator X telling"), an auxiliary
    ("is claiming") or an adverb stands right before the participle."""
    m = _AFTER_NOUN.search(art.masked, max(lo, start - 40), start)
    if m is None:
        return None
    word = m.group().split()[0]
    if word in _AUX or word in ADVERBS or word.endswith("ly"):
        return None
    return opening_description(art, lo, start)


_ADVERBS_BETWEEN = re.compile(r"(?:\s+(?:[a-z]+ly|also|still|then|now|again|once))*\s+")


def adjacent_name(art, lo, start) -> Ref | None:
    """A name or pronoun right before a participle (adverbs between): its subject, also after
    "with" in the absolute "with Trump reportedly yelling"; not after another preposition."""
    refs = [r for r in refs_starting_in(art, max(lo, start - 80), start) if r.end <= start
            and r.kind in ("actor", "name", "pronoun") and not r.possessive]
    if not refs or not _ADVERBS_BETWEEN.fullmatch(art.masked, refs[-1].end, start) or \
            refs[-1].oblique and not _WITH.search(art.masked, max(lo, refs[-1].start - 40),
                                                 refs[-1].start):
        return None   # "a letter to Lynch asking", "a message on Twitter reading": not them
    return refs[-1]


_WITH = re.compile(r"(?<![\w'’])with\s+(?:[A-Z][\w.'’\-]*\s+)*$")
