"""Reported speech held by a noun: "Trump's claim that ...", "claims by intelligence agencies
that ...", "budget hawks' warnings that ...", "his insistence that ...".

Why: PolNeAR (after Pareti 2016) annotates a speech noun followed by its "that" clause as an
attribution: the noun is the cue, its owner (a possessive before it, or "by X" after it) the
source, the clause the content. The speech rules (:mod:`.reported`) take a clause only after a
verb, and the belief and evidence nouns (:mod:`.nominal`) are no speech. Rows are kind
``indirect`` with the noun's singular in ``verb`` and the class of its verb in the reporting-verb
codebook (``claim`` -> distancing, ``warning`` -> confrontational): a statement, like the verb's.
The owner is resolved when the references hold it ("by Mr. Trump" -> Donald Trump); a possessive
pronoun ("his claim that") is left unresolved (``speaker_mention`` keeps it); no owner, no speaker
(nothing invented).
Where it fails: a "that" opening a relative clause with a verb not listed ("the claim that
circulated online") is taken as a content; an owner of more than three words keeps its last three.
"""
from __future__ import annotations

import re

from .attribution import Frame
from .coreference import Speaker, resolve
from .article import refs_starting_in
from .nominal import possessor_before, that_clauses
from .verbs import verb_class

#: Speech nouns -> the lemma of their verb (its class in reporting_verbs.csv).
SPEECH_NOUNS = {"claim": "claim", "assertion": "assert", "allegation": "allege",
                "accusation": "accuse", "argument": "argue", "suggestion": "suggest",
                "warning": "warn", "insistence": "insist", "contention": "contend",
                "charge": "charge", "prediction": "predict", "promise": "promise",
                "pledge": "pledge", "complaint": "complain", "announcement": "announce",
                "declaration": "declare", "admission": "admit", "acknowledgment": "acknowledge",
                "acknowledgement": "acknowledge"}
_NOUN_THAT = re.compile(r"(?<![\w'’-])(?P<noun>" + "|".join(
    sorted({n + "s" for n in SPEECH_NOUNS if n != "insistence"} | set(SPEECH_NOUNS),
           key=len, reverse=True)) +
    r")(?:\s+by\s+(?P<by>[^,;:()\x00]{2,50}?))?\s+that\s+(?=[^\W\d_])")


def speech_noun_contents(art, lo, hi, taken=()):
    """Contents of speech nouns with a "that" clause in the sentence [lo, hi): (start, end,
    Frame). ``taken``: spans of rows already made for the sentence (a cue inside one, or a
    content overlapping one, gives no row)."""
    masked = art.masked
    out = []
    for m, s, e in that_clauses(art, lo, hi, _NOUN_THAT, taken, out):
        start = m.start("noun")
        noun = m.group("noun").lower()
        noun = noun[:-1] if noun not in SPEECH_NOUNS else noun
        lemma = SPEECH_NOUNS[noun]
        if m.group("by"):   # "claims by intelligence agencies that"
            ref = next(iter(refs_starting_in(art, m.start("by"), m.end("by"))), None)
            speaker = resolve(art, ref) if ref is not None and ref.end <= m.end("by") else \
                Speaker(name=m.group("by"), mention=m.group("by"))
        else:
            speaker = possessor_before(masked, lo, start)
        out.append((s, e, Frame(speaker, noun, verb_class(lemma, art.verbs), "", None, start)))
    return out
