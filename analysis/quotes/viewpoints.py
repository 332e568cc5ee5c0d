"""Reported content framed by a phrase with no verb: whose view a clause is ("In Mr. Cruz's
view, the deal is a surrender", "In the eyes of many voters, ...") and what polls show when the
poll is named after the clause ("Mr. Trump leads in the latest Quinnipiac poll", "where he has
been ahead in the polls").

Why: PolNeAR (Newell et al. 2018, after Pareti 2016) annotates these as attributions whose cue
is the phrase: the content is a view or finding of the phrase's person or poll, not the
reporter's. The fronted "In a CBS poll, ..." and "According to ..." are
:func:`~analysis.quotes.reported_frames.source_phrase`'s; this module adds the shapes it leaves.

Shapes (no parser; a prefix test and one word search per sentence before any regex):
- viewpoint: ``In NP's view|opinion|eyes|mind|estimation, CONTENT``, ``In the view|eyes|
  opinion of NP, CONTENT`` and ``To NP, CONTENT`` ("To Ms. Gil, skateboarding represents ...";
  "To the extent ...", "To date" name no one; "To win the White House, ..." is a purpose: the
  NP opens with a capital or a determiner): class ``belief``, the speaker the reference resolved (else the words
  as written, for a quantified group: "many voters"). "For X, ..." is left out: on PolNeAR train
  2 in 3 such sentences say what is at stake for X ("For Obama, it was a day of celebration"),
  not what X thinks.
- a poll after its clause: ``CLAUSE in (the|a|recent|...)* poll(s)|survey(s)|polling|average(s)
  (of|by|released ... up to 7 words)? (,|;|.|dash)`` when the clause tells a standing ("leads",
  "trails", "ahead", "percent", "fell to", "second"): the content is the clause from its subject
  (after the last clause boundary; a relative "who" clause gives no row) to "in"; class
  ``evidence``, the poll as speaker (a description, no id). The sample of a poll ("42 percent of
  Republicans surveyed in the poll") is no finding.
Where it fails: a subject holding "and" ("Trump and Cruz lead in the polls") starts at the second
conjunct; a clause cut by dashes ("running fifth -- a close fifth -- in the average") starts
late.
"""
from __future__ import annotations

import re

from ..text import CLAUSE_TOKEN
from .article import is_place, refs_starting_in
from .attribution import Frame
from .clauses import content_end, subject_start
from .coreference import Speaker, resolve
from .marks import MASK

_FRONTED = re.compile(
    r"(?:(?:But|And|Yet|So)\s+)?(?:"
    r"In\s+(?P<poss>[^,;:()\x00]{2,50}?)['’]s?\s+(?:own\s+)?(?P<n1>view|opinion|eyes|mind|estimation)|"
    r"In\s+the\s+(?P<n2>view|eyes|opinion|estimation)\s+of\s+(?P<of>[^,;:()\x00]{2,60}?)|"
    r"To\s+(?=[A-Z]|(?:the|many|most|some|his|her|their|these|those|its|our|other|both|all)\s)"
    r"(?P<to>[^,;:()\x00]{2,60}?)),\s+(?!who\b|which\b)")
# "To the extent she talks ...", "To date", "To be sure", "To that end": no one's view
_NOT_TO_HOLDER = re.compile(r"\b(?:he|she|they|we|it|you|I|extent|date|be|end|point|that|this)\b")
# A group of people with no reference: "In the eyes of many voters"
_GROUP = re.compile(r"(?:many|most|some|all|other|these|those|both|few)\b", re.IGNORECASE)

_POLL_NOUN = r"(?:polls?|polling|surveys?|averages?|power\s+rankings)"
_POSTED_POLL = re.compile(
    r"\s+in\s+(?P<np>(?:(?:the|a|an|this|that|its|their|his|her|our|most|many|several|all|both|"
    r"every|each|one|another|some|recent|early|new|national|state|statewide|exit|public|"
    r"opinion|latest|just|about|virtually|nearly|almost|[A-Z][\w./&’'-]*|\d+-state|"
    r"hypothetical)\s+){0,9}" + _POLL_NOUN +
    r"(?:\s+(?:of|from|by|in|for|released|conducted|taken|published|out)\b"
    r"(?:\s+(?!(?:to|that|is|was|are|were|has|have|had|will|would|in\s+order)\b)[^\s,;:()\x00]+){1,7})?)"
    # (or a second predicate, a time or a race after it: "in national polls and held", "in the
    # polls ahead of the primary")
    r"\s*(?=[,;]|[.!?]?\s*$|\s[—–]\s|\s--\s|\s(?:and|but|ahead\s+of|among|this\s+(?:week|"
    r"month|year)|last\s+(?:week|month))\s)")
# A standing in a race, the thing a poll reports
_STANDING = re.compile(r"\b(?:lead|leads|led|leading|trail\w*|ahead|behind|tied|even|percent|"
                       r"points?|margin|first|second|third|fourth|fifth|sixth|single\s+digits?|"
                       r"double\s+digits?|rose|ris\w+|climb\w*|surg\w*|slipp\w*|slid|fell|"
                       r"fallen|drop\w*|gain\w*|sagg?\w*|advantage|edge|favorab\w*|approval|"
                       r"beat\w*|top\w*|mired|stuck|neck\s+and\s+neck|dead\s+heat|close|closer|"
                       r"support)\b|%", re.IGNORECASE)
_RESPONDENTS = re.compile(r"\b(?:surveyed|polled|interviewed|questioned|asked|sampled)$")
_RELATIVE = re.compile(r"(?:who|which|that)\b", re.IGNORECASE)
# The poll nouns' letters, a case-sensitive pre-check (most sentences hold none; an IGNORECASE
# search of each sentence cost 3% of the quote step on PolNeAR's 924 articles, this one about 1%)
_STEMS = re.compile(r"oll|urvey|verage|anking")
_POLL_WORD = re.compile(r"(?:[Pp]oll(?:s|ing)?|[Ss]urveys?|[Aa]verages?|[Rr]ankings)\b")
_IN = re.compile(r"\s+in\s+")
_SPACES = re.compile(r"\s*")


def viewpoint_rows(art, lo, hi, taken=()):
    """Contents framed by a viewpoint phrase or a poll named after them in the sentence [lo, hi)
    of an :class:`~analysis.quotes.article.Article`: [(start, end, Frame)], at most one of
    each shape. ``taken``: spans of rows already made for the sentence (no row overlaps one)."""
    masked = art.masked
    out = []
    s0 = _SPACES.match(masked, lo, hi).end()
    if masked.startswith(("In ", "To ", "But ", "And ", "Yet ", "So "), s0):
        row = _fronted(art, s0, hi, taken)
        out += [row] if row else []
    if _STEMS.search(masked, lo, hi):
        row = _posted_poll(art, lo, hi, list(taken) + [(s, e) for s, e, _ in out])
        out += [row] if row else []
    return out


def _holder(art, a, b, possessive=False):
    """(Speaker, ref) of the holder phrase [a, b): the last reference ending at ``b`` (resolved;
    with its "'s" when ``possessive``), or a quantified group as written; None when neither (or a
    place) stands there."""
    refs = [r for r in refs_starting_in(art, a, b)
            if r.end in (b, b + 2) and r.possessive == possessive]
    words = " ".join(art.text[a:b].split())
    if refs:
        ref = refs[-1]
        if is_place(art, ref) or ref.kind == "pronoun" and ref.head not in (
                "him", "her", "them", "us", "me"):
            return None
        sp = resolve(art, ref)
        return (sp if sp else Speaker(name=words, mention=words)), ref
    if _GROUP.match(words) and len(words.split()) <= 8:
        return Speaker(name=words, mention=words), None
    return None


def _fronted(art, s0, hi, taken):
    m = _FRONTED.match(art.masked, s0, hi)
    if m is None:
        return None
    part = "poss" if m.group("poss") else "of" if m.group("of") else "to"
    a, b = m.start(part), m.end(part)
    cue = "to" if part == "to" else "in the " + (m.group("n1") or m.group("n2")) + " of"
    if part == "to" and _NOT_TO_HOLDER.search(art.masked, a, b):
        return None
    holder = _holder(art, a, b, bool(m.group("poss")))
    if holder is None:
        return None
    return _row(art, m.end(), content_end(art, m.end(), hi), holder[0], holder[1], cue,
                "belief", m.start(), taken)


def _posted_matches(masked, lo, hi):
    """The "in ... poll" phrases of [lo, hi): from each poll noun, the last "in" within 100
    characters before it, matched there (an anchored match, no scan of the sentence)."""
    for w in _POLL_WORD.finditer(masked, lo, hi):
        ins = list(_IN.finditer(masked, max(lo, w.start() - 100), w.start()))
        m = _POSTED_POLL.match(masked, ins[-1].start(), hi) if ins else None
        if m is not None:
            yield m


def _posted_poll(art, lo, hi, taken):
    masked = art.masked
    for m in _posted_matches(masked, lo, hi):
        if _RESPONDENTS.search(masked, max(lo, m.start() - 12), m.start()):
            continue   # "42 percent of the Republicans surveyed in the CBS poll": its sample
        s = subject_start(masked, lo, m.start())
        if s is None or _RELATIVE.match(masked, s):
            continue   # "Cruz, who leads in polls out of Iowa, ...": a relative clause
        # "leads Cruz by 9 points, 42%-32.7%, in the ... average": the clause before the comma
        while s is not None and s > lo and len(masked[s:m.start()].split()) < 4 and \
                masked[:s].rstrip()[-1:] in (",", "-"):
            s = subject_start(masked, lo, len(masked[:s].rstrip().rstrip(",-")))
        if s is None or not _STANDING.search(masked, s, m.start()):
            continue
        np = " ".join(m.group("np").split()).rstrip(".!?")
        return _row(art, s, m.start(), Speaker(name=np, mention=np), None, "in", "evidence",
                    m.start() + 1, taken)
    return None


def _row(art, s, e, speaker, ref, cue, cls, at, taken):
    while s < e and art.text[s] in "-–—,;: ":
        s += 1
    while e > s and art.text[e - 1] in ".!?,;: ":
        e -= 1
    if MASK in art.masked[s:e] or len(CLAUSE_TOKEN.findall(art.masked, s, e)) < 3 or \
            any(a < e and s < b for a, b in taken):
        return None
    return s, e, Frame(speaker, cue, cls, "", ref, at)
