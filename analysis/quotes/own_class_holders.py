"""Holders of beliefs, findings and intentions in shapes the general subject check of
:mod:`.content_holders` turns down: after a subordinator ("as the Trump team sought to"), with an
adverb or control verb between ("again decided", "is struggling to understand"), a title's stop in
a postmodifier ("A spokesman for Mr. Clinton declined"), the subject of a second predicate after a
comma, a holder set off after its content by ", as" ("..., as some liberals hope, ..."), a name
modifying a plural noun ("many World Bank watchers expect") and the bare subject of a clause opened
after the reference found ("at a time when Republican voters see").

Why a module of its own: these apply to three classes only (not stances or topics) and were half
of content_holders; moved out on 2 Dec 2026 (no behaviour change).
"""
from __future__ import annotations

import re

from .article import refs_starting_in, second_predicate
from .attribution import Frame, main_subject
from .coreference import Speaker, resolve
from .holder_phrases import (BETWEEN, HOLDER_OPENS, POSTMODIFIER, PREPOSITION_AT_END,
                             noun_phrase_holder)
from .marks import MASK
from .verbs import NOT_SUBJECT_END
from .words import FINITE_AUX

# Classes whose holders these shapes also find (stance and topic rows keep content_holders' rules).
OWN_CLASSES = ("belief", "evidence", "intention")
# More between a subject and its cue: an adverb of time or manner ("Mr. Obama again decided to")
# and a verb whose subject also holds the infinitive's content ("is struggling to understand",
# "need to realize", "began to see", "has reason to know").
_MORE_BETWEEN = re.compile(
    r"\b(?:again|ever|instead|soon|together|jointly|(?:need|needs|needed|begin|begins|began|"
    r"beginning|start|starts|started|starting|struggle|struggles|struggled|struggling|wait|"
    r"waits|waited|waiting|choose|chooses|chose|chosen|came|come|comes|coming|have|has|had|"
    r"ha[sd]\s+(?:good\s+|every\s+|no\s+)?reason|fail|fails|failed|learn|learns|learned|"
    r"prepare|prepares|prepared|preparing|expect|expects|expected|want|wants|wanted|hope|"
    r"hopes|hoped|hoping|tr(?:y|ies|ied|ying)|going|got|get|gets|getting|helped|help|helps)"
    r"\s+(?:not\s+)?to)\b", re.IGNORECASE)
_NAME_THEN_PLURAL = re.compile(r"\s+([a-z]{3,}s)\s+")
_NOT_PLURAL_NOUNS = {"sometimes", "perhaps", "always", "nevertheless", "nonetheless", "thus",
                     "afterwards", "besides", "regardless", "towards", "does", "has", "was", "is"}
_DETERMINER_BEFORE = re.compile(r"\b(?:many|most|some|few|several|all|both|other|these|those|"
                                r"the|\d[\d,]*)\s+$", re.IGNORECASE)
_CLAUSE_LINKS = re.compile(r",\s+(?:but|and|yet)\s")
_SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i"}
# A title's stop inside a postmodifier ("A spokesman for Mr. Clinton declined")
_ABBREVIATION_STOP = re.compile(r"(?<![\w.])([A-Z][a-z]{0,3})\.(?=\s)")


_AS_HOLDER = re.compile(r",\s+as\s+(?P<np>(?:[\w.'’-]+\s+){0,5}?[\w.'’-]+)(?=\s*$)")


def as_holder(art, lo, start):
    """The holder set off after its content by ", as" ("..., as some liberals hope, ...", "...,
    as Trump expects."), as a Frame, or None."""
    gap = BETWEEN.search(art.masked, max(lo, start - 60), start)
    m = _AS_HOLDER.search(art.masked, max(lo, start - 80), gap.start() if gap else start)
    if m is None or not HOLDER_OPENS.match(m.group("np")) or \
            m.group("np").split()[-1].lower() in NOT_SUBJECT_END:
        return None
    ref = next((r for r in refs_starting_in(art, m.start("np"), m.end("np"))
                if r.start == m.start("np") and r.end == m.end("np")), None)
    if ref is not None:
        return Frame(resolve(art, ref), ref=ref)
    name = " ".join(m.group("np").split())
    return Frame(Speaker(name=name, mention=name))


def name_then_plural(art, lo, start, fr):
    """The noun phrase a name modifies before the cue ("many World Bank watchers expect",
    "Clinton aides want"), as a description, or None."""
    masked = art.masked
    plural = _NAME_THEN_PLURAL.fullmatch(masked, fr.ref.end, start)
    if plural is None or plural.group(1) in _NOT_PLURAL_NOUNS:
        return None
    det = _DETERMINER_BEFORE.search(masked, max(lo, fr.ref.start - 12), fr.ref.start)
    name = " ".join(masked[det.start() if det else fr.ref.start:plural.end(1)].split())
    return Frame(Speaker(name=name, mention=name))


_OPENERS = ("when", "as", "because", "while", "if", "after", "before", "since", "until", "where",
            "that")
_OPENS_CLAUSE = re.compile(r"\b(?:" + "|".join(_OPENERS) + r")\s")


def clause_subject_after(art, lo, start, fr):
    """The bare noun phrase subject of a clause opened after the reference found ("It came at a
    time when Republican voters see ..."), or None."""
    gap = art.masked[fr.ref.end:start]
    opener = list(_OPENS_CLAUSE.finditer(gap))
    np = noun_phrase_holder(art.masked, lo, start) if opener else None
    words = np.speaker.name.split() if np is not None else []
    if not words or words[0].lower() in _OPENERS or len(words) > 6 or \
            any(w.lower() in FINITE_AUX or w.endswith(".") and len(w) > 4 for w in words):
        return None   # (a clause, not a noun phrase: "a trio of governors has emboldened")
    at = art.masked.rfind(np.speaker.name, fr.ref.end, start)
    return np if at >= fr.ref.end + opener[-1].end() else None


def own_shapes_hold(art, lo, start, fr):
    """Does the subject ``fr`` found for a belief, finding or intention cue hold its content in a
    shape content_holders' general check turns down: after a subordinator ("as the team sought to"),
    with an adverb or control verb between ("again decided", "is struggling to understand"), a
    postmodifier holding a title's stop ("A spokesman for Mr. Clinton declined"), or as the
    subject of a second predicate after a comma ("X, 75, backed Y, but now plans to")?"""
    masked = art.masked
    gap = _ABBREVIATION_STOP.sub(r"\1", _MORE_BETWEEN.sub(" ", masked[fr.ref.end:start]))
    if MASK in gap:
        return False
    if BETWEEN.match(gap) or POSTMODIFIER.match(gap) and not PREPOSITION_AT_END.search(
            masked, max(lo, fr.ref.start - 12), fr.ref.start):
        return True
    second = second_predicate(art, lo, start)
    if second is None or fr.ref.possessive or masked[start:start + 12].split()[0].endswith("ing"):
        return False   # (a participle's subject is frame_for_verb's to find)
    links = _CLAUSE_LINKS.findall(masked, fr.ref.end, start)
    pronoun = any(r.text.lower() in _SUBJECT_PRONOUNS
                  for r in refs_starting_in(art, fr.ref.end, start))
    # one link only, and no pronoun subject of its own after the name ("Along with her husband,
    # X, she gave ..., but plans": she; "A judge ordered ..., but lawyers said ..., and asked")
    return len(links) == 1 and not pronoun and main_subject(art, second, start) == fr.ref
