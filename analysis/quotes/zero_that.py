"""Does a reported clause follow a speech verb that has no "that"? ("said the army was loyal",
"confirmed he was on the plane", "argued Trump's plan to print money would trigger inflation").

Why a module of its own: :mod:`.reported` finds where such a clause would start; whether the
words there are a clause or the verb's object is a separate test, and it differs by verb. Verbs
that hardly ever take an object noun phrase ("say", "think") open a clause at once; most others
need a finite verb soon after (Quirk et al. 1985, 16.31, on the zero "that" of content
clauses). Verbs whose plain object is common ("admitted refugees", "confirmed the nominee",
"noted the irony", "wrote an op-ed") need more: a subject pronoun and its verb ("confirmed he
was", "admitted they had"), or an auxiliary or irregular past after a noun phrase with no
relative word or comma before it ("stated his position was clear"). A long subject ("argued
Trump's proposal to pay down the debt by printing money would trigger ...") is read the same
strict way up to :data:`_LONG` words. Measured on PolNeAR train (see the commit messages).
"""
from __future__ import annotations

from .objects import has_finite_verb
from .reported_limits import OBJECT_FIRST, finite_verb

# Verbs that take a clause without "that" and hardly ever an object noun phrase
SURELY_CLAUSAL = {"say", "tell", "think", "believe", "fear", "feel", "hope", "expect", "worry",
                  "doubt", "show"}
# Verbs whose plain object is common: a clause after them needs the strict test below
OBJECT_OFTEN = {"admit", "confirm", "acknowledge", "state", "note", "point out", "reiterate",
                "stress", "emphasize", "predict", "declare", "assert", "write", "observe",
                "testify", "indicate", "remark", "explain"}
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
    if lemma in OBJECT_FIRST:   # ("maintained they were", not "maintains a large lead")
        return has_finite_verb(tokens[:7]) and finite_verb(tokens[:7], loose=False)
    first = tokens[0].group().lower() if tokens else ""
    if lemma in OBJECT_OFTEN:
        return (first in _SUBJECTS or first.endswith(_CONTRACTED) and first[:-2].rstrip("'’") in _SUBJECTS) \
            and has_finite_verb(tokens[:4]) or _strict_clause(tokens)
    return has_finite_verb(tokens[:7]) or _strict_clause(tokens)
