"""Holders of a non-speech content cue that :func:`~analysis.quotes.content_holders.content_holder`'s
first readings miss: the noun phrase right before a stance participle ("an outside group backing
Senator Marco Rubio", "Syrian hackers backing President Assad"), a subject set off from its cue
by one or two appositions ("Morton Blackwell, the conservative icon who founded the Leadership
Institute in 1979, has endorsed", "Marvin Teske, 53, a security guard, is backing"), and two
names joined before a plural noun or the cue ("The Sanders and Clinton campaigns declined to
comment", "Trump and Cruz oppose").

Why: PolNeAR (after Pareti 2016) annotates these as attributions with that noun phrase as
source; the reference finder stops at the nearest name ("Leadership Institute", "The Sanders")
or reads the phrase before a participle as the object of a preposition ("to an outside group"),
so no holder was found and no row made (on PolNeAR train "backing"/"supporting" after a noun
were 27 gold contents missed, 12 found).

Shapes (no parser; tried only after the other readings found no holder; one anchored match each):
- participle: a stance cue ending in -ing right after a reference, one space between, the
  reference no name after "on", "at" or "in" ("was on CNN backing" is no holder): that reference.
- apposition: the sentence's first reference (its subject, :func:`~analysis.quotes.attribution.
  main_subject`), then one or two comma-closed asides of at most 110 characters each, then only
  adverbs and auxiliaries before the cue.
- coordination: a reference, "and", one to three capitalised words and an optional plural noun,
  then only adverbs and auxiliaries: the phrase as written (a description, no id).
"""
from __future__ import annotations

import re

from .attribution import Frame, main_subject
from .coreference import Speaker, resolve

_LOCATIVE_BEFORE = re.compile(r"\b(?:on|at|in)\s+$", re.IGNORECASE)
_ASIDES = re.compile(r"(?:,\s[^,;:()\x00]{1,110}){1,2},\s*$")
_AND_NAMES = re.compile(r"\s+(?:and|&)\s+(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*(?:\s+[a-z]+s)?\s*")
_SUBJECT_OPENS = re.compile(r"\s*(?:(?:And|But|Yet|Meanwhile|Still),?\s+)?")


def participle_holder(art, lo, start, hit, fr):
    """The reference right before a stance participle ("a group backing Bush"), or None."""
    if hit[3] != "stance" or not hit[5].split()[0].endswith("ing") or fr is None or \
            fr.ref is None or art.masked[fr.ref.end:start] != " ":
        return None
    if fr.ref.kind == "name" and _LOCATIVE_BEFORE.search(art.masked, max(lo, fr.ref.start - 5),
                                                         fr.ref.start):
        return None
    return fr


def set_off_holder(art, lo, start, at):
    """The sentence's subject set off from the cue by asides, or two names joined by "and";
    ``at``: where the adverbs and auxiliaries before the cue start. A Frame or None."""
    ref = main_subject(art, lo, at)
    if ref is None or ref.end >= at or ref.start != _SUBJECT_OPENS.match(art.masked, lo).end():
        return None
    if _ASIDES.fullmatch(art.masked, ref.end, at):
        return Frame(resolve(art, ref), ref=ref)
    m = _AND_NAMES.fullmatch(art.masked, ref.end, at)
    if m is None:
        return None
    words = " ".join(art.masked[ref.start:m.end()].split())
    return Frame(Speaker(name=words, mention=words))
