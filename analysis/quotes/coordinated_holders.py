"""Holders joined by "and": "Mr. Rubio and his advisers believe ...", "Senator Smith and Governor
Jones endorsed Clinton", "Clinton, Sanders and O'Malley want to ...": every conjunct holds the
content, not the last one.

Why: the holder finders (:func:`~analysis.quotes.content_holders.content_holder`) take the
reference or noun phrase right before the cue, so a coordinated subject kept its last conjunct
("Mr. Rubio and his advisers" gave "his advisers"): reading ~140 new belief and stance rows on
PolNeAR train, about one in eight had a wrong holder, mostly so. The conjuncts are the short noun
phrases from the clause's start (the sentence's, or after a semicolon, colon, dash, parenthesis or
subordinator) to the holder, split at commas and the last "and"; each opens like a noun phrase
and holds no verb. A fronted phrase before a comma ("On Monday, Smith and Jones ...") is no
conjunct. The holder's name joins each conjunct's resolved name, or its words as written; it has
no id (a group is no codebook actor). Speech verbs' subjects are not changed here.
Also (:func:`evidence_holder`) the poll or record whose noun phrase holds the reference the
subject finder took for a finding's holder ("A CNN/ORC poll of South Carolina released on Tuesday
showed" gave "South Carolina released"; "A survey of those 18 to 35 years old shows", "35 years
old"): the whole phrase (:func:`~analysis.quotes.evidence.evidence_subject`). And
(:func:`restrictive_who`) the noun phrase before a restrictive "who" ("with activists who raised
concerns") where the relative's resolution reached further back.
"""
from __future__ import annotations

import re

from .antecedents import Speaker
from .article import refs_starting_in
from .clauses import PREDICATE, antecedent_of_who
from .coreference import resolve
from .evidence import evidence_subject
from .frames import Frame
from .holder_phrases import BETWEEN
from .marks import MASK
from .words import FINITE_AUX, PREPOSITIONS

_AND_AT_END = re.compile(r",?\s+(?:and|&)\s+$")
# where the clause holding the conjuncts opens: after a semicolon, colon, dash or parenthesis, or
# after a subordinator
_OPENS = re.compile(r"(?:[;:(]|\s[—–]\s|\s--\s|\b(?:as|while|because|although|though|since|if|"
                    r"when|whether|that|but|after|before|where|and|or|so|yet)\s)", re.IGNORECASE)
_STARTS_NP = re.compile(r"(?:[A-Z]|(?:the|his|her|their|its|our|my|many|some|most|several|"
                        r"other|top|senior|fellow)\s)")
_NOT_IN_NP = {"who", "which", "that", "whom", "whose", "said", "says", "not", "it", "him", "them",
              "us", "me", "i", "we", "he", "she", "they", "you"}   # "I trust him ..., and I"
_MAX_WORDS = 6
# a verb and its object inside a conjunct ("Trump wants the votes and ..."): no noun phrase
_VERB_OBJECT = re.compile(r"\b(?!(?:of|in|on|at|for|from|with|by|about|to|like|and|or|than|over|"
                          r"under|into|across|among|between|against|including)\b)[a-z]+\s+(?:the|a|an|"
                          r"his|her|their|its|this|these|those)\b")


def _conjunct(item: str) -> bool:
    """Does ``item`` read as a short noun phrase (no verb, no clause)?"""
    words = item.split()
    return 0 < len(words) <= _MAX_WORDS and bool(_STARTS_NP.match(item)) and \
        words[0].lower() not in PREPOSITIONS and \
        not any(w.lower() in FINITE_AUX or w.lower() in _NOT_IN_NP or
                len(w) > 4 and w.endswith("ed") for w in words[1:]) and \
        words[0].lower() not in FINITE_AUX and PREDICATE.search(" " + item) is None and \
        _VERB_OBJECT.search(item) is None


def _name(art, lo: int, item: str) -> str:
    """A conjunct's resolved name when one reference spans it, else its words."""
    hi = lo + len(item)
    ref = next((r for r in refs_starting_in(art, lo, lo + 1) if r.start == lo and r.end == hi
                and r.kind in ("actor", "name") and not r.possessive), None)
    return (resolve(art, ref).name or item) if ref is not None else item


def with_conjuncts(art, lo: int, start: int, fr: Frame | None) -> Frame | None:
    """``fr`` (the holder of a cue at ``start`` in the sentence from ``lo``) with the conjuncts
    joined to it by "and" before it, or ``fr`` unchanged."""
    if fr is None or not fr.speaker.mention:
        return fr
    masked = art.masked
    at = fr.ref.start if fr.ref is not None and lo <= fr.ref.start < start else \
        masked.rfind(fr.speaker.mention, lo, start)
    if at <= lo:
        return fr
    conj = _AND_AT_END.search(masked, max(lo, at - 8), at)
    if conj is None:
        return fr
    comma = masked[conj.start()] == ","   # ", and": a list of three or more, else a new clause
    opens = list(_OPENS.finditer(masked, lo, conj.start()))
    cs = opens[-1].end() if opens else lo
    head = masked[cs:conj.start()]
    if MASK in head:
        return fr
    lead = len(head) - len(head.lstrip(" \"“'‘"))
    head = re.sub(r"^(?:Both|both)\s+", "", head[lead:])
    cs = conj.start() - len(head)
    items = [(cs + m.start(), m.group()) for m in re.finditer(r"[^,]+", head)]
    items = [(p + len(t) - len(t.lstrip()), t.strip()) for p, t in items]
    if not items or comma and len(items) < 2:
        return fr
    if not all(_conjunct(t) for _, t in items):
        items = items[-1:]   # "On Monday, Smith and Jones": the last item only
        if not _conjunct(items[0][1]) or comma or len(head.split(",")) > 2:
            return fr
    names = [_name(art, p, t) for p, t in items] + [fr.speaker.name or fr.speaker.mention]
    mention = art.text[items[0][0]:at] + fr.speaker.mention
    joined = ", ".join(names[:-1]) + " and " + names[-1] if len(set(names)) == len(names) else \
        mention   # two names resolved to one person: the words as written
    return Frame(Speaker(joined, "", mention), fr.verb, fr.verb_class, fr.via, fr.ref, fr.verb_pos)


def evidence_holder(art, lo: int, start: int, fr: Frame | None) -> Frame | None:
    """``fr`` (the holder of a finding's cue at ``start``), or the evidence noun phrase before the
    cue when that phrase holds ``fr``'s reference or stands after it (closer to the cue)."""
    if fr is None or fr.ref is None:
        return fr
    ev = evidence_subject(art, lo, start)
    at = art.masked.rfind(ev.speaker.mention, lo, start) if ev is not None else -1
    if at < 0 or not (fr.ref.start >= at or fr.ref.end <= at) or \
            _NOT_EVIDENCE_PHRASE.search(ev.speaker.mention):
        return fr
    name = _LEADING_LINK.sub("", ev.speaker.mention)
    return Frame(Speaker(name, "", name), fr.verb, fr.verb_class, fr.via, None, fr.verb_pos)


_LEADING_LINK = re.compile(r"^(?:But|And|Yet|So|Still|Now)\s+")
# a phrase opening with a preposition ("Despite polls showing") or holding a verb of its own
# ("The Fox News results arrive just one day after a CNN/ORC poll") names no finding's source
_NOT_EVIDENCE_PHRASE = re.compile(r"^(?:Despite|With|After|Before|Amid|Given|Without|Since)\b|"
                                  r"\s(?:arrive|arrives|arrived|come|comes|came|after|before)\s|"
                                  r"\sto$")


# a mention that runs over a clause or sentence break: no antecedent of "who"
# ... or a common noun phrase is a preposition's object ("raised $413,000 from people who
# identified themselves as teachers": the people, not the campaign; not "from Nevada who")
_OBJECT_OF = re.compile(r"\b(?:from|with|among|for|by)\s+$")
_CLAUSE_IN_MENTION = re.compile(r"(?<=[a-z]{3})[.!?]\s|\n|\b(?:is|are|was|were|has|have|had)\b|"
                                r"\b[a-z]{3,}(?:ed|ing)\s+(?:the|a|an|with|among|those|to)\b|"
                                r",\s+(?!(?:a|an|the)\s)[a-z]")


def restrictive_who(art, lo, fr):
    """``fr``, or for a restrictive "who" right after a common noun ("with activists who raised
    concerns", "Trump supporters who want"), that noun phrase as written: the reference the
    relative's resolution found further back is no antecedent when its words run over a clause
    (it gave "Sanders traded the microphone with activists"; PolNeAR train: 9 holders
    corrected, none made worse by reading; also when the noun phrase is a preposition's object,
    "raised money from people who identified ...": 2 more holders right, none worse)."""
    if fr is None or fr.ref is None or fr.ref.kind != "who" or fr.ref.start - 2 < lo or \
            art.masked[fr.ref.start - 1] != " " or not art.masked[fr.ref.start - 2].isalpha():
        return fr
    np = antecedent_of_who(art.masked, lo, fr.ref.end)
    if np is None or not art.masked[np[1] - 1].islower() or \
            not (_CLAUSE_IN_MENTION.search(fr.speaker.mention) or
                 art.masked[np[0]].islower() and _OBJECT_OF.search(art.masked, max(lo, np[0] - 8),
                                                                    np[0])):
        return fr   # ("William Oberndorf, a California investor who": the name)
    return _as_written(art, np, fr)


def unresolved_who(art, lo, start, fr):
    """For a restrictive "who" right before the cue at ``start`` (adverbs and auxiliaries
    between) that the references leave without antecedent ("Among those who want ...", "a
    gunman who expressed sympathy for"), the noun phrase it follows as written
    (:func:`~analysis.quotes.clauses.antecedent_of_who`), as a Frame; else None. PolNeAR train:
    all-content +3 (with clauses.PREDICATE's "-ed those"), dev +1; the 5 new rows right by
    reading (a "who" farther back gave ~20 rows, half wrong: left out)."""
    if fr is None or fr.ref is None or fr.ref.kind != "who" or fr.speaker.name or \
            fr.speaker.mention or not BETWEEN.fullmatch(art.masked, fr.ref.end, start):
        return None
    np = antecedent_of_who(art.masked, lo, fr.ref.end)
    if np is None:
        return None
    return _as_written(art, np, fr)


def _as_written(art, np, fr):
    """``fr`` with the noun phrase ``np`` (start, end) as its holder, as written, no id."""
    words = " ".join(art.text[np[0]:np[1]].split())
    return Frame(Speaker(words, "", words), fr.verb, fr.verb_class, fr.via, fr.ref, fr.verb_pos)
