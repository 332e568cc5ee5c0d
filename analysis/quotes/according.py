"""Frames of "according to X": who a sentence's content is attributed to without a verb.

Why a module of its own: the phrase is a frame for quotations (:mod:`analysis.quotes.attribution`)
and for reported content without marks (:mod:`analysis.quotes.reported`,
:mod:`analysis.quotes.reported_frames`); where it ends (a stop that is no title's or
abbreviation's period, at most 200 characters on) and whom it names (the last person of the
codebook, else the first name or description) are one job.
"""
from __future__ import annotations

import re

from .article import TITLE_AT_END, record, refs_starting_in
from .coreference import resolve
from .frames import Frame
from .marks import MASK
from .mentions import Ref
from .words import POSSESSIVE_PRONOUNS
from .verbs import verb_class

ACCORDING = re.compile(r"(?<!\w)[Aa]ccording\s+to\s+")
# end of an "according to X" phrase (not the period of "U.S." or "F.A.A." inside the sentence)
_PHRASE_STOP = re.compile(r"(?:[,;]|(?<![A-Z])\.)(?:\s|$)|" + MASK + r"|$")
_PHRASE_MAX = 200


def according_to(art, lo, hi):
    """Frames of "according to X" in [lo, hi) (X: a reference, else the phrase): (start, end, Frame)."""
    # a plain search skips most sentences at C speed (bench_pathological quote_a: 5.4 -> 4.7 s CPU)
    if art.masked.find("ccording", lo, hi) < 0:
        return []
    return _phrase_frames(art, lo, hi, ACCORDING, over_titles=True)


# "in the words of a senior adviser, '...'"; "in Forbes' words, '...'", "in her own words:"
_WORDS_OF = re.compile(r"(?<!\w)[Ii]n\s+the\s+(?:very\s+)?words\s+of\s+")
_OWNERS_WORDS = re.compile(r"(?<![\w'’])[Ii]n\s+(?P<owner>[^,;:.\x00]{1,60}?)"
                           r"(?:['’]s?|(?<=\bhis)|(?<=\bher)|(?<=\btheir))\s+(?P<noun>(?:own\s+)?words)\s*[,:]")


def words_of(art, lo, hi):
    """Frames of "in the words of X" and "in X's words," in [lo, hi), as :func:`according_to`'s:
    the quotation they open is X's, not the words of the clause's subject ("Mrs. Clinton was, in
    the words of a senior adviser, "the torchbearer""; PolNeAR train: 2 rows to the gold speaker,
    none away). Only before a quotation (:func:`.attribution.sentence_frame`)."""
    if art.masked.find("words", lo, hi) < 0:
        return []
    from .nominal import possessor_before   # (here: nominal imports attribution, which imports this)
    out = _phrase_frames(art, lo, hi, _WORDS_OF)
    for m in _OWNERS_WORDS.finditer(art.masked, lo, hi):
        refs = [r for r in refs_starting_in(art, m.start("owner"), m.end("owner") + 3)
                if r.end <= m.end("owner") + 2]
        owner = resolve(art, refs[-1]) if refs else \
            possessor_before(art.masked, m.start("owner"), m.start("noun"))
        if owner.name and owner.name.lower() not in POSSESSIVE_PRONOUNS:   # ("in his words": unresolved)
            out.append((m.start(), m.end(), Frame(owner, "according to", verb_class(
                "according to", art.verbs), "", refs[-1] if refs else None, m.start())))
    return sorted(out, key=lambda f: f[0])


# A short quotation inside the phrase, its noun phrase running on in lower case after it: a
# title or term in marks ('according to her "clawback" plan,', "according to E. J. Fleming's
# ''The Fixers'' and other sources,"), no quotation of the source's words. PolNeAR train: 3
# contents found that the quotation had cut off (the phrase ended at its opening mark), none
# lost; speech precision 5605/6416 -> 5608/6419.
_TITLE_RUN = re.compile(MASK + r"{1,100}(?=\s+(?:[a-z]|and\b))")


def _phrase_frames(art, lo, hi, opening, over_titles=False):
    """Frames of the phrase after each match of ``opening`` in [lo, hi); with ``over_titles``,
    the phrase runs on past a title in marks (:data:`_TITLE_RUN`)."""
    out = []
    for m in opening.finditer(art.masked, lo, hi):
        # the phrase ends at a stop, at most 200 characters on (an unbounded search made a text of
        # 19,000 "According to " take 2.8 s: each match scanned to the end of its sentence)
        limit = min(hi, m.end() + _PHRASE_MAX)
        stop = _PHRASE_STOP.search(art.masked, m.end(), limit)
        while stop and art.masked[stop.start():stop.start() + 1] == "." and \
                TITLE_AT_END.search(art.masked, m.end(), stop.end()):
            stop = _PHRASE_STOP.search(art.masked, stop.end(), limit)   # "according to Ms. Epstein"
        if over_titles and stop and stop.group() == MASK and (run := _TITLE_RUN.match(art.masked, stop.start())):
            stop = _PHRASE_STOP.search(art.masked, run.end(), limit)
        p_end = stop.start() if stop else m.end()
        refs = [r for r in refs_starting_in(art, m.end(), p_end)
                if r.end <= p_end and not r.possessive]
        refs = refs or [Ref(m.end(), p_end, art.text[m.end():p_end], "plural")] * (0 < p_end - m.end() < 80)
        if not refs:
            continue
        people = [r for r in refs if r.kind == "actor" and record(art, r.actor_id) is not None
                  and record(art, r.actor_id)["type"] == "person"]
        ref = people[-1] if people else (
            [r for r in refs if r.kind in ("nominal", "actor", "name")] or refs)[0]
        out.append((m.start(), p_end, Frame(resolve(art, ref), "according to",
                                            verb_class("according to", art.verbs), "", ref,
                                            m.start())))
    return out
