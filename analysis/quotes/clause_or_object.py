"""Does a clause or an object follow a verb with no "that"? ("confirmed he was on the plane" /
"confirmed the nominee"; "maintains the lead is safe" / "maintains a large lead").

Why a module of its own: the question is asked wherever a content may start or end without a
mark: by the reported-clause step (:mod:`analysis.quotes.reported`), the object contents of
:mod:`analysis.quotes.objects`, the frames and the content ends. :func:`has_finite_verb` reads
whether a few words hold a finite verb; :func:`clause_follows` decides for a speech verb.
"""
from __future__ import annotations

import re

from ..text import CLAUSE_TOKEN
from .reported_limits import OBJECT_FIRST, finite_verb
from .words import DETERMINERS, FINITE_AUX, IRREGULAR_PAST, NOUN_BEFORE, PREPOSITIONS, SENTENCE_SUBJECTS


# A subject fused with its auxiliary: "claims he's worth", "says they're leaving", "I'm"
_SUBJECT_CONTRACTED = re.compile(r"(?:i|he|she|it|we|you|they|there|that|who)['’](?:s|re|ve|ll|d|m)")


def has_finite_verb(tokens) -> bool:
    """Do these words (a clause's first ones) hold a finite verb? Without one, what follows a verb
    that may also take an object is its object ("maintains a large lead", "claimed residency in
    Ireland"), not a reported clause ("maintains the lead is safe")."""
    words = [t.group() for t in tokens]
    for i, w in enumerate(words):
        low = w.lower()
        if low in FINITE_AUX or low in IRREGULAR_PAST or low.endswith(("ed", "n't", "n’t")) or \
                _SUBJECT_CONTRACTED.fullmatch(low) or \
                i and low.endswith("s") and not low.endswith("ss") and w[0].islower() and \
                low not in _NEVER_VERBS and (words[i - 1] in SENTENCE_SUBJECTS or   # ("This means")
                                             words[i - 1].lower() not in NOUN_BEFORE and not words[i - 1][0].isupper()
                                             and not words[i - 1].lower().endswith("est")):   # ("closest advisers")
            return True
    return False


# Words in -s that are never a verb ("her record as president", "told us", "its")
_NEVER_VERBS = {"as", "us", "its", "his", "this", "thus", "plus", "yes", "perhaps", "always",
                "whereas", "towards", "besides", "sometimes", "news"}


# Does a reported clause follow a speech verb that has no "that"? ("said the army was loyal",
# "confirmed he was on the plane", "argued Trump's plan to print money would trigger inflation").
# Verbs that hardly ever take an object noun phrase ("say", "think") open a clause at once; most
# others need a finite verb soon after (Quirk et al. 1985, 16.31, on the zero "that" of content
# clauses). Verbs whose plain object is common ("admitted refugees", "confirmed the nominee",
# "noted the irony", "wrote an op-ed") need more: a subject pronoun and its verb ("confirmed he
# was", "admitted they had"), or an auxiliary or irregular past after a noun phrase with no
# relative word or comma before it ("stated his position was clear"). A long subject ("argued
# Trump's proposal to pay down the debt by printing money would trigger ...") is read the same
# strict way up to _LONG words. PolNeAR train: speech-verb misses 1957 -> 1938 with the -ly and
# dash-aside rules of verbs.py, precision unchanged.

# Verbs that take a clause without "that" and hardly ever an object noun phrase
SURELY_CLAUSAL = {"say", "tell", "think", "believe", "fear", "feel", "hope", "expect", "worry",
                  "doubt", "show"}
# Verbs whose plain object is common: a clause after them needs the strict test below
OBJECT_OFTEN = {"admit", "confirm", "acknowledge", "state", "note", "point out", "reiterate",
                "stress", "emphasize", "predict", "declare", "assert", "write", "observe",
                "testify", "indicate", "remark", "explain",
                # "made (it) clear they would not back him": its object is common too ("made clear
                # his aim to ..."), so the same strict test
                "make clear",
                # "brags he has held 100 town halls" (not "boasts a 45-point lead", "boasted an
                # eclectic collection of supporters": its object is common; PolNeAR train +1, and +1
                # with "that's" opening the clause below; no new row unmatched)
                "brag", "boast"}
_SUBJECTS = {"he", "she", "they", "we", "i", "it", "there", "you"}
_OBJECTS = {"him", "her", "them", "us", "me", "himself", "herself", "themselves", "itself",
            "ourselves", "myself"}
_CONTRACTED = ("'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m")
# What ends a subject noun phrase before its verb could come: a comma, a relative word ("admitted
# refugees who have been vetted": the verb is the relative clause's)
_SUBJECT_STOPS = {",", ";", ":", "(", ")", "who", "which", "that", "whom", "whose", "where",
                  "when", "if", "because", "while", "as", "and", "or", "but", "before", "after",
                  "since", "until", "unless", "than", "whether", "how", "why", "what", "whoever",
                  "whomever", "whatever"}
_LONG = 13
# Base forms read far more often as a noun or adjective ("state laws", "state fairs")
_NOUN_FORMS = {"state"}


def _strict_clause(tokens) -> bool:
    """Do these tokens (after the verb) start with a subject whose finite verb is an auxiliary,
    an irregular past or a negation, reached before any comma or relative word?"""
    if tokens and tokens[0].group().lower() in _OBJECTS:
        return False   # "declared himself the interim president and he was ..."
    for i, t in enumerate(tokens[:_LONG]):
        low = t.group().lower()
        nxt = tokens[i + 1].group() if i + 1 < len(tokens) else ""
        if low in _SUBJECT_STOPS and not (low == "and" and 0 < i < 6 and nxt.islower()
                                          and nxt not in _SUBJECTS):
            return False   # ("state and local authorities - and not ... - are": a short "and")
        if i and finite_verb([t], loose=False):
            return True
    return False


def clause_follows(lemma: str, form: str, tokens) -> bool:
    """Do ``tokens`` (CLAUSE_TOKEN matches right where the clause would start) open a reported
    clause after the speech verb ``lemma`` in ``form`` without "that"?"""
    if form.lower() in _NOUN_FORMS:
        return False
    if lemma in SURELY_CLAUSAL:
        return True
    first = tokens[0].group().lower() if tokens else ""
    if first == "it" and len(tokens) > 1 and tokens[1].group().lower() in PREPOSITIONS:
        return False   # "reported it to the F.B.I., and removed it": an object, no clause's subject
    if lemma in OBJECT_FIRST:   # ("maintained they were", not "maintains a large lead", "maintain
        # the enthusiasm of followers who were ...": a thing kept; but "adding the U.S. must"; a
        # nominative pronoun is no object: "adding he intended to", PolNeAR train +1, none lost)
        return not (lemma == "maintain" and first in DETERMINERS) and has_finite_verb(tokens[:7]) and \
            finite_verb(tokens[:7], loose=False) or first in _SUBJECTS - {"it", "there", "you"} and \
            finite_verb(tokens[:2])
    if lemma in OBJECT_OFTEN:
        return (first in _SUBJECTS or first.endswith(_CONTRACTED) and first[:-2].rstrip("'’") in _SUBJECTS
                or first in ("that's", "that’s")) \
            and has_finite_verb(tokens[:4]) or _strict_clause(tokens)
    return has_finite_verb(tokens[:7]) or _strict_clause(tokens)


def subject_resumes(masked: str, lo: int, frame_at: int, described_at: int, hi: int) -> bool:
    """Is [lo, frame_at), before a mid-sentence ", said X, <description>," (the description from
    ``described_at``), a subject whose predicate follows the description ("And Trump, said Ms.
    Lee, who worked for him, doesn't forgive")? No verb of its own, and a finite verb right after
    the description's closing comma; then the content is the whole sentence, not the words before
    the frame. PolNeAR train: 2 rows widened to their sentence, both right by reading; the scorer
    matches neither (gold splits subject and predicate around the frame): speech recall unchanged,
    precision 5604/6415 -> 5605/6416."""
    if has_finite_verb(list(CLAUSE_TOKEN.finditer(masked, lo, frame_at))):
        return False
    close = masked.find(",", described_at, hi)
    nxt = CLAUSE_TOKEN.search(masked, close + 1, hi) if close >= 0 else None
    return nxt is not None and nxt.group()[:1].islower() and finite_verb([nxt], loose=False)
