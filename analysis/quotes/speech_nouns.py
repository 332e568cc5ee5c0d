"""Speech held by a noun with a "that" clause: "Trump's claim that ...", "claims by intelligence
agencies that ...", "budget hawks' warnings that ...", "made a promise that ...".

Why: PolNeAR (after Pareti 2016) annotates a speech noun and its clause as reported speech; the
row's class is that of the noun's verb in the reporting-verb codebook (``claim`` -> distancing).
Its owner is "by X" or, else, :func:`~analysis.quotes.nominal.noun_owner` (a possessive, a
possessive pronoun's antecedent, a light verb's subject); empty when none is written.
Moved out of :mod:`.nominal` (past the size limit) with no change in output.
"""
from __future__ import annotations

import re

from ..text import word_alternation
from .article import refs_starting_in
from .attribution import Frame
from .coreference import Speaker, resolve
from .nominal import _WORD_START, noun_owner, that_clauses
from .object_limits import NOUN_SETTING
from .verbs import verb_class

#: Speech nouns -> the lemma of their verb (its class in reporting_verbs.csv).
SPEECH_NOUNS = {"claim": "claim", "assertion": "assert", "allegation": "allege",
                "accusation": "accuse", "argument": "argue", "suggestion": "suggest",
                "warning": "warn", "insistence": "insist", "contention": "contend",
                "charge": "charge", "prediction": "predict", "promise": "promise",
                "pledge": "pledge", "complaint": "complain", "announcement": "announce",
                "declaration": "declare", "admission": "admit", "acknowledgment": "acknowledge",
                "acknowledgement": "acknowledge"}
#: Words one of which a sentence holds when :func:`speech_noun_contents` finds a row there (its
#: nouns and their plurals): the quote step reads no other sentence with it.
SPEECH_NOUN_CUE_WORDS = frozenset({n + "s" for n in SPEECH_NOUNS if n != "insistence"} |
                                  set(SPEECH_NOUNS))
_SPEECH_NOUN_THAT = re.compile(r"(?P<noun>" + word_alternation(
    sorted(SPEECH_NOUN_CUE_WORDS, key=len, reverse=True), _WORD_START) +
    r")(?:\s+by\s+(?P<by>[^,;:()\x00]{2,50}?))?(?:\s+" + NOUN_SETTING + r")?\s+that\s+(?=[^\W\d_])")


def speech_noun_contents(art, lo, hi, taken=()):
    """Contents of speech nouns with a "that" clause in the sentence [lo, hi): (start, end,
    Frame). ``taken``: spans of rows already made for the sentence (a cue inside one, or a
    content overlapping one, gives no row)."""
    out = []
    for m, s, e in that_clauses(art, lo, hi, _SPEECH_NOUN_THAT, taken, out):
        start = m.start("noun")
        noun = m.group("noun").lower()
        noun = noun[:-1] if noun not in SPEECH_NOUNS else noun
        lemma = SPEECH_NOUNS[noun]
        if m.group("by"):   # "claims by intelligence agencies that"
            ref = next(iter(refs_starting_in(art, m.start("by"), m.end("by"))), None)
            speaker = resolve(art, ref) if ref is not None and ref.end <= m.end("by") else \
                Speaker(name=m.group("by"), mention=m.group("by"))
        else:
            speaker = noun_owner(art, lo, start)
        out.append((s, e, Frame(speaker, noun, verb_class(lemma, art.verbs), "", None, start)))
    return out
