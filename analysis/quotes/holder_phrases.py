"""The words that may stand between a holder and its cue, and a holder no reference names: the
noun phrase opening the clause before a belief, finding or stance cue ("Many conservatives fear",
"Both of his GOP senators strongly supported"), and the noun phrase before a restrictive "that"
or "which" opening the cue's clause ("groups that oppose the rule": relative_that_holder).

Why a module of its own: :mod:`.content_holders` (who holds a content) and
:mod:`.own_class_holders` (the shapes of beliefs, findings and intentions only) both read them;
moved out of content_holders on 2 Dec 2026 (no behaviour change).
"""
from __future__ import annotations

import re

from .attribution import Frame
from .clauses import THAT_AT_END, antecedent_of_who, subject_start
from .coreference import Speaker
from .verbs import NOT_SUBJECT_END
from .words import DETERMINERS, FINITE_AUX, IRREGULAR_PAST, PREPOSITIONS, SENTENCE_ADVERBS

# Between a subject and its cue: adverbs, auxiliaries and negation only ("does not believe",
# "has long feared", "still hopes", "also wants").
BETWEEN = re.compile(r"(?:\s*\b(?:also|still|now|long|often|never|always|really|clearly|just|"
                      r"reportedly|privately|publicly|firmly|genuinely|truly|apparently|"
                      r"increasingly|already|once|consistently|repeatedly|even|only|has|have|had|"
                      r"previously|first|later|earlier|then|yet|[a-z]{3,}ly|"
                      r"(?:used|tended|tends|tend|continues|continued|continue)\s+to|"
                      r"(?:does|do|did|wo|would|could|ca|should|has|have|had|is|are|was|"
                      r"were)n[’']t|cannot|does|do|did|not|will|well|both|all|each|"
                      r"(?:quick|slow|eager|ready|careful|happy|able|unable|the\s+first)\s+to|"
                      r"(?:(?:slightly|much|far|more|less|most|least)\s+)*(?:un)?likely\s+to|"
                      r"would|may|might|could|can|must|should|is|are|was|were|been|being|"
                      r"seem(?:s|ed)?\s+to|appear(?:s|ed)?\s+to)\b|\s*['’](?:s|re|ve|d|ll)\b)*\s*$",
                      re.IGNORECASE)

# "officials on and off the island believe": a short prepositional phrase after the subject
POSTMODIFIER = re.compile(r"\s*(?:of|in|on|at|from|for|with|among|across|inside|within|outside|"
                           r"around|close\s+to)\b(?:[^,;.:()\x00]|(?:(?<=Mr)|(?<=Ms)|(?<=Mrs)|"
                           r"(?<=Dr)|(?<=Sen)|(?<=Rep)|(?<=Gov)|(?<=Jr)|(?<=\b[A-Z]))\.){0,50}$",
                           re.IGNORECASE)

PREPOSITION_AT_END = re.compile(r"\b(?:" + "|".join(sorted(PREPOSITIONS)) + r")\s+$",
                                 re.IGNORECASE)

HOLDER_OPENS = re.compile(r"(?:[A-Z]|(?:the|many|most|some|few|all|both|several|other|these|"
                           r"those|his|her|their|its|our|\d)\b)")

_HOLDER_WORDS = 10

# not a holder's first word: a clause ("it", "which") or a question ("Do you think")
_NOT_HOLDER_START = {"it", "this", "that", "there", "which", "who", "what", "do", "does", "did",
                     "is", "are", "was", "were", "will", "would", "can", "could", "should", "has",
                     "have", "had", "why", "how", "when", "where", "if"}


def noun_phrase_holder(masked, lo, start):
    """The subject of a cue no reference names ("Both of his GOP senators strongly supported",
    "Many conservatives fear"): the clause's first words before the cue (after adverbs and
    auxiliaries), when they open like a noun phrase and end on no function word; after a relative
    "who", the noun phrase before it ("idealists who wanted ..."); or None."""
    gap = BETWEEN.search(masked, max(lo, start - 60), start)
    end = gap.start() if gap else start
    at = subject_start(masked, lo, end)
    np = antecedent_of_who(masked, lo, end)
    at, end = np if np else (at, end)
    words = masked[at:end].split() if at is not None else None
    if words and words[0].endswith(",") and words[0][:-1].lower() in SENTENCE_ADVERBS:
        # "However, don't think that": the adverb is no holder; "Still, many voters fear": the
        # words after it are
        at = masked.find(words[1], at + len(words[0])) if len(words) > 1 else at
        words = words[1:]
    if words and words[-1].endswith(","):   # a participle after a comma ("West Virginia used to
        # be Democratic, supporting"): the clause's subject, not a preposition's object ("since
        # the 1950s,") nor the state after a town ("in Pasadena, Calif.,")
        before = masked[max(lo, at - 16):at]
        words = [] if _PREPOSITION_BEFORE.search(before) or len(words) == 1 and \
            _TOWN_BEFORE.search(before) else _clause_subject(words)
    if not words or len(words) > _HOLDER_WORDS or not (np or HOLDER_OPENS.match(masked, at)) or \
            words[-1].lower() in NOT_SUBJECT_END or words[-1].lower().endswith(("ly", "ed")) or \
            words[0].lower() in _NOT_HOLDER_START:
        return None
    name = " ".join(words)
    return Frame(Speaker(name=name, mention=name))

_PREPOSITION_BEFORE = re.compile(r"\b(?:since|in|on|at|of|for|from|by|with|after|before|during|"
                                 r"until)\s+$")

_TOWN_BEFORE = re.compile(r"[A-Z][\w.]*,\s+$")


def _clause_subject(words):
    """The words of a clause up to its verb or first comma, at most four ("the Vermont senator
    is sticking to ...," -> "the Vermont senator"; "Schilling's son, Grant," -> "Schilling's son");
    none when no verb or comma ends them there ("since the 1950s,")."""
    for k, word in enumerate(words[:5]):
        low = word.lower()
        if word.endswith(","):
            return [w.rstrip(",") for w in words[:k + 1]] if k < 4 else []
        if k and (low in FINITE_AUX or low.endswith("ed") or low in IRREGULAR_PAST):
            return words[:k]
    return []


# Pronouns and conjunction-like words that never stand before a relative "that" ("so that",
# "now that", "such that", "given that"): no antecedent.
_NOT_ANTECEDENT = {"so", "now", "such", "given", "except", "provided", "assuming", "it", "this",
                   "that", "those", "these", "he", "she", "they", "we", "i", "you", "one", "all",
                   "fact", "idea", "way", "time", "year", "day", "extent", "point",
                   # amounts and measures "support" or "favor" in the sense of sustaining:
                   # "levels that will not support news gathering", "dollars that support schools"
                   "levels", "level", "dollars", "funds", "money", "revenue", "programs", "program",
                   "history", "data", "rates", "prices", "taxes", "conditions", "factors"}


def relative_that_holder(masked, lo, start):
    """The noun phrase before a restrictive "that" or "which" that opens the cue's clause, with
    only adverbs and auxiliaries between ("progressive organizations that have endorsed him", "a
    group that opposes the mine", "companies which want to expand"), as written (a description,
    no id), or None: a verb right after "that" makes it the relative, no complementizer.
    PolNeAR train: see content_holders' docstring."""
    w0 = max(lo, start - 60)
    at = max(masked.rfind(" that ", w0, start), masked.rfind(" which ", w0, start))
    if at < 0:
        return None   # (a string search first: most cues have no relative before them)
    end = masked.find(" ", at + 1) + 1
    gap = masked[end:start]
    if gap.strip() and (not gap.islower() or not BETWEEN.fullmatch(gap)):
        return None   # "no surprise that Kelly would seek": "Kelly" is the clause's subject
    np = antecedent_of_who(masked, lo, end, THAT_AT_END)
    if np is None:
        return None
    words = masked[np[0]:np[1]].split()
    cut = max((k for k, w in enumerate(words) if w.lower() in PREPOSITIONS), default=-1)
    words = words[cut + 1:]   # "$9.4 million into ads that": the ads
    if not words or words[-1].lower() in _NOT_ANTECEDENT or words[-1].endswith(("ing", "ed")) \
            or len(words) == 1 and words[0].lower() in DETERMINERS:
        return None   # "prosecutors investigating that attack": a determiner "that"
    name = " ".join(words)
    return Frame(Speaker(name=name, mention=name))
