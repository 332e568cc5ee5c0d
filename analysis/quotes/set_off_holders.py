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
  reference no name after "on", "at" or "in" ("was on CNN backing" is no holder): that reference;
  else a common noun phrase right before it, a preposition's or verb's object ("gave $3 million to
  a group backing Bush", "ads attacking his rivals", "those supporting the plan"; 2 Dec 2026:
  PolNeAR train all-content +9, 22 new rows, all stances of their holder by reading).
- apposition: the sentence's first reference (its subject, :func:`~analysis.quotes.attribution.
  main_subject`), then one or two comma-closed asides of at most 110 characters each, then only
  adverbs and auxiliaries before the cue.
- coordination: a reference, "and", one to three capitalised words and an optional plural noun,
  then only adverbs and auxiliaries: the phrase as written (a description, no id).
Also (tried by content_holder before its other readings): the subject after "as"/"after"/"more
than" (CONJUNCTION_AT_END), a part of a group as written ("All of the GOP candidates",
part_of_holder), the clause subject of a participle after "by"/"in"/"after" (adverbial_holder)
and the subject before a purpose infinitive after going somewhere (PURPOSE: "went on ABC's This
Week to defend"). PolNeAR train: about +60 contents together (stance13's commits).
"""
from __future__ import annotations

import re

from .article import refs_starting_in
from .attribution import Frame, main_subject
from .coreference import Speaker, resolve
from .marks import MASK
from .words import FINITE_AUX, NOUN_BEFORE, PREPOSITIONS

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


# A common noun phrase no reference names right before a stance participle, as the object of a
# preposition or verb ("gave $3 million to a group backing Bush", "poured money into groups backing
# Cruz", "spent $800,000 on ads attacking his rivals", "outnumbered those supporting deportation"):
# the phrase holds the stance. Its head is "those", a body or an ad, or a plural noun in lower case
# (not a time or an amount: "spent years backing" is the subject's; not "his campaign railing
# against": the campaigner's); modifiers only after a determiner, none a past or auxiliary.
_NOUN_BEFORE_ING = re.compile(
    r"(?<![\w'’$-])(?P<np>(?:(?i:a|an|the|these|other|many|some|several|few|two|three|four|five|"
    r"\d[\d,]*)\s+(?:(?!(?:to|of|in|on|into|for|and|or|by|with|from|at|is|are|was|were|has|have|"
    r"had)\s)[a-z][\w'’-]*(?<!ed)\s+|(?:super\s+)?PACs?\s+){0,2}?)?(?P<head>those|group|PAC|"
    r"committee|coalition|organization|lobby|ad|ads|[a-z][a-z-]{2,}s))\s+$")
_NOT_HOLDER_HEADS = {"years", "months", "weeks", "days", "hours", "decades", "times", "minutes",
                     "dollars", "millions", "billions", "thousands", "hundreds", "was", "is", "has",
                     "this", "his", "its", "as", "us", "yes", "perhaps", "always", "sometimes",
                     "besides", "towards", "afterwards", "news", "means", "less", "unless"}
_BEFORE_HEAD = NOUN_BEFORE - PREPOSITIONS
# verbs in -s that take a gerund ("Trump avoids condemning": its subject holds the stance), and a
# capitalised word or subject pronoun right before a bare -s word (a verb or a modifier's noun)
_CATENATIVE = {"avoids", "keeps", "starts", "stops", "quits", "begins", "continues", "finishes",
               "risks", "means", "enjoys", "considers", "recommends", "suggests", "admits",
               "denies", "spends", "insists", "persists", "resists", "likes", "loves", "hates"}
_SUBJECT_BEFORE = re.compile(r"(?:[A-Z][\w.'’-]*|\b(?:he|she|it|they|who|which|that))\s+$")


def noun_before_participle(art, lo, start, fr):
    """The holder of a stance participle at ``start`` that a common noun phrase right before it
    gives, as written (a description, no id), when the holder found first (``fr``) is no
    reference right before the cue nor the same phrase with only capitalised words, determiners
    or quantifiers before it ("Outside groups", "Several superdelegates"); else None."""
    if fr is not None and fr.ref is not None and art.masked[fr.ref.end:start] == " ":
        return None
    m = _NOUN_BEFORE_ING.search(art.masked, max(lo, start - 60), start)
    if m is None or m.group("head") in _NOT_HOLDER_HEADS or m.group("head").endswith("ss"):
        return None
    np = " ".join(m.group("np").split())
    if " " not in np and np in _CATENATIVE:
        # "Trump avoids condemning", "she keeps attacking": a verb, its subject the holder
        ref = next((r for r in refs_starting_in(art, max(lo, m.start() - 60), m.start())
                    if art.masked[r.end:m.start()] == " " and not r.possessive), None)
        return Frame(resolve(art, ref), ref=ref) if ref is not None and ref.kind != "who" \
            else None
    if " " not in np and _SUBJECT_BEFORE.search(art.masked, max(lo, m.start() - 30), m.start()):
        return None   # "Republican ads backing", "she attacks": a modifier or a verb, unread
    if fr is not None and fr.ref is None and fr.speaker.name.endswith(np) and all(
            w[0].isupper() or w.lower() in _BEFORE_HEAD
            for w in fr.speaker.name[:-len(np)].split()):
        return None
    return Frame(Speaker(name=np, mention=np))


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


# --- subjects before a preposition-like word, and of a participle or a purpose infinitive ----

# "as", "after", "before", "since", "until" opening a clause whose subject holds the cue ("As
# Trump attacked Clinton, ...", "after the candidates unanimously opposed ..."), or a number's
# "more than" ("More than 13 million people cast a vote for"): the words are in PREPOSITIONS, but
# the reference after them is no preposition's object.
CONJUNCTION_AT_END = re.compile(r"(?:^|[\s,;(—–])(?:[Aa]s|[Aa]fter|[Bb]efore|[Ss]ince|[Uu]ntil|"
                                 r"(?:[Mm]ore|[Ff]ewer|[Ll]ess)\s+than)\s+$")

# A purpose infinitive after going or appearing somewhere ("Carson went on ABC's This Week to
# defend", "will come on the program to talk about", "visited NBC's Today to discuss"), or "went
# on to": the subject before holds the cue.
PURPOSE = re.compile(r"\s*(?:(?:will|would|also|then|later|quickly|again|has|have|had|[a-z]+ly)\s+)*"
                      r"(?:(?:went|goes|go|going|gone)\s+on\s+to|(?:went|goes|go|going|came|comes|"
                      r"come|coming|appeared|appears|appear|took\s+to|visited|visits|traveled|"
                      r"travelled|flew|returned|headed|sat\s+down|showed\s+up|show\s+up|stepped\s+"
                      r"forward|rushed|called\s+in|phoned\s+in)\b[^,;:()\x00]{0,60}?\s+to)\s*$")

# A participle after "by", "in", "after", "before", "while", "when", "without", "upon" ("started
# winning by denouncing the New Deal", "In rejecting a similar challenge, the commission ...",
# "After thanking the crowd, Sanders ..."): the clause's subject holds it. ("for"/"of" not: "attacked
# Clinton for supporting the war" -- Clinton supported it.)
_PREPOSITION_ING = re.compile(r"(?<![\w'’-])(?:[Bb]y|[Ii]n|[Aa]fter|[Bb]efore|[Ww]hile|[Ww]hen|"
                              r"[Ww]ithout|[Uu]pon)\s+(?:[a-z]+ly\s+)?$")
_OPENS_SENTENCE = re.compile(r"\s*(?:(?:And|But|Yet|So)\s+)?$")


def adverbial_holder(art, lo, start, hi=None):
    """The subject of the clause a participle after a preposition depends on, or None: the
    sentence's subject when the phrase comes after it, the reference right after the phrase's
    closing comma when it opens the sentence."""
    m = _PREPOSITION_ING.search(art.masked, max(lo, start - 20), start)
    if m is None:
        return None
    if _OPENS_SENTENCE.fullmatch(art.masked, lo, m.start()):
        hi = hi or len(art.masked)
        comma = art.masked.find(", ", start, hi)
        refs = [r for r in refs_starting_in(art, comma + 2, comma + 40) if not r.possessive] \
            if comma > 0 else []
        ref = refs[0] if refs and _SUBJECT_OPENS_AT.fullmatch(art.masked, comma + 2,
                                                              refs[0].start) else None
    else:
        ref = main_subject(art, lo, m.start())
        if ref is not None and (ref.start - lo > 40 or MASK in art.masked[ref.end:m.start()]):
            ref = None
    return Frame(resolve(art, ref), ref=ref) if ref is not None else None

_SUBJECT_OPENS_AT = re.compile(r"(?:(?:the|a|an)\s+)?")


# A part of a group as the subject ("All of the GOP candidates oppose", "some of her followers
# attacked", "both of whom opposed"): the quantifier, "of" and a short noun phrase with no
# preposition or verb in it, opening its clause. With the conjunctions above: PolNeAR train +21
# contents found (60 rows added, 33 match; 18 changed or dropped, 12 of them matched).
_PART_OF = re.compile(r"(?<![\w'’-])(?P<np>(?:[Aa]ll|[Bb]oth|[Mm]any|[Ss]ome|[Ss]everal|[Ee]ach|"
                      r"[Nn]one|[Ff]ew|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)\s+of\s+(?P<of>whom|them|us|"
                      r"(?:[Tt]he|his|her|their|its|these|those|our|[A-Z][\w.-]*['’]s?)\s+"
                      r"(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+))"
                      r"(?:\s+[a-z]+ly|\s+(?:also|still|now|do|did|would|will|could|not|n['’]t|are|"
                      r"were|have|has|had))*\s+$")
_PART_OF_OPENS = re.compile(r"(?:^|[,;:—–]|\b(?:and|but|as|after|when|while|because|if|that|though|"
                            r"although|since|with|even)|\s--)\s*$", re.IGNORECASE)


def part_of_holder(masked, lo, start):
    """The subject "All of the candidates" / "both of whom" right before a cue, as written, or None."""
    m = _PART_OF.search(masked, max(lo, start - 80), start)
    if m is None or not _PART_OF_OPENS.search(masked[lo:m.start()]):
        return None
    if any(w.lower() in PREPOSITIONS or w.lower() in FINITE_AUX or w.lower() in ("to", "that", "who")
           for w in m.group("of").split()[1:]):
        return None
    np = " ".join(m.group("np").split())
    return Frame(Speaker(name=np, mention=np))
