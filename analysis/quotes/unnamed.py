"""A speech act whose subject no speaker rule names: the content is kept, the speaker left empty.

Why: a clause after a finite speech verb is reported speech whoever says it ("the brief order
gave no reasons and did not say how ...", "Several fact checkers, including The Washington Post,
have pointed out that ...", "State initially said it would take ..."); when the subject is a
long noun phrase, a lone capitalised noun or a thing no reference covers, the speaker rules of
:mod:`.attribution` find none and the content was lost. Nothing invented: the speaker stays
empty (as for an unnamed asker, :mod:`.asked`). Only where the clause is unmistakable (Quirk et
al. 1985, 15.3-15.7 on that-clauses; Pareti 2016 on reported content): after "that", or a
personal pronoun opening the clause with its finite verb ("said it would", "say they had"), or
an embedded question ("did not say how ...").
Not a verb used as a noun or a participle ("states that have been", "proposed legislation
that would": a relative "that"), a passive ("written by"), an infinitive or a participle (their
subject is elsewhere; but ", arguing that ...": a second predicate of the subject before), idioms
that report no one ("All told,", "time will tell"), a result clause ("so politically charged
that"), the writer and reader's "we can all agree that", or a belief (:mod:`.attitudes` reads those).
"""
from __future__ import annotations

import re

from ..text import CLAUSE_TOKEN
from .attribution import Frame
from .coreference import Speaker
from .words import FINITE_AUX

# "that" right before the content (the complementizer, not a relative: see _RELATIVE)
_THAT_BEFORE = re.compile(r"\bthat\s*$")
# a relative "that": its own auxiliary follows at once ("states that have been", "that would")
_RELATIVE = re.compile(r"\s*(?:" + "|".join(sorted(FINITE_AUX)) + r")\b")
# a personal pronoun subject and its finite verb opening the content ("it would", "they had",
# "he's"), the shape of a zero-that clause no noun can start
_PRONOUN_CLAUSE = re.compile(r"(?:he|she|they|it|we|I)(?:['’](?:s|d|ll|re|ve)\b|\s+(?:(?:"
                             + "|".join(sorted(FINITE_AUX)) + r")\b|[a-z]+(?:ed|s)\b))")
# an embedded question after a verb of telling ("did not say how the justices had voted"; not
# "if" or "when": "said if elected ...", "said when he announced ..." are conditions and times)
_QUESTION = re.compile(r"(?:whether|how|why)\b")
_QUESTION_VERBS = {"say", "tell", "explain", "ask", "disclose", "specify", "reveal", "indicate"}
# A verb or adjective whose infinitive's subject is its own (Quirk et al. 1985, 16.40): "refusing
# to concede that ...", "declined to say whether", "took pains to say" (not "not to suggest")
_CONTROL = re.compile(r"\b(?:refus|declin|continu|tri|sought|seek|want|began|begin|hesitat|decid|"
                      r"chose|rush|pains|went\s+on|go\s+on)[a-z]*\s+to\s+$")
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:[a-z]+ly\s+)?$")
_BY = re.compile(r"\s+by\b")   # "written by a comedy troupe, that ...": a passive participle
_IDIOM = re.compile(r"(?i)\ball\s+told\b|\btime\s+(?:will|would|alone\s+will)\s+tell\b")


def unnamed_frame(art, lo, hit, c_start, prev) -> Frame | None:
    """An empty-speaker frame for the speech verb ``hit`` (start, end, lemma, class, clausal,
    form) of the sentence from ``lo`` whose content starts at ``c_start`` (``prev``: the word
    before the verb, lower case), or None where the shapes above do not hold."""
    start, end, lemma, cls, clausal, form = hit
    masked = art.masked
    first = form.split()[0]
    # (a participle only as a second predicate after a comma, with "that": ", arguing that ...")
    participle = first.endswith("ing") and not (prev == "," and _THAT_BEFORE.search(masked, end, c_start))
    infinitive = prev == "to" and not (_CONTROL.search(masked, max(lo, start - 40), start)
                                       and _THAT_BEFORE.search(masked, end, c_start))
    if not clausal or cls in ("belief", "evidence") or participle or infinitive or \
            first[:1].isupper() and start == lo or \
            _PASSIVE_BEFORE.search(masked, max(lo, start - 30), start) or _BY.match(masked, end) or \
            _IDIOM.search(masked, max(lo, start - 10), end + 6):
        return None
    before = [w.lower() for w in CLAUSE_TOKEN.findall(masked, max(lo, start - 40), start)][-3:]
    if {"so", "such", "we"} & set(before):
        return None   # "so politically charged that ...": a result clause; "we can all agree that":
        # the writer and reader together, no one reported
    between = masked[end:c_start]
    if _THAT_BEFORE.search(between):
        if _RELATIVE.match(masked, c_start):
            return None
    elif between.strip() or not (_PRONOUN_CLAUSE.match(masked, c_start) or
                                 _QUESTION.match(masked, c_start) and lemma in _QUESTION_VERBS):
        return None
    return Frame(Speaker(), lemma, cls, "", None, start)
