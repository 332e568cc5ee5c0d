"""The content-cue codebook (``codebooks/content_cues.csv``) as :mod:`.content` reads it: each
form with its cue lemma and class per content shape, one compiled matcher for all forms, and the
words one of which a sentence must hold for the matcher to find a cue in it.

Why a module of its own: turning the codebook into a matcher is one job (rebuilt when the file
changes), reading the clause after a cue another (:mod:`.content`, which was at the size limit).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..codebooks import cached_by_file, load_content_cues
from ..text import CUE_LETTERS, word_alternation
from .words import FINITE_AUX, PREPOSITIONS


@dataclass(frozen=True)
class CueTable:
    """Content-cue forms -> (cue lemma, class) per content shape, with one compiled matcher and
    the words one of which a sentence holds when the matcher finds a cue there."""
    clause: dict
    infinitive: dict
    object: dict
    regex: re.Pattern
    words: frozenset | None


# An adverb between a verb and its particle ("talked glowingly about", "focused intensively on",
# "campaigned hard against", "thinks often about"): the same cue (PolNeAR train: 13 of 37 such
# cues hold a gold content we had missed; the rest mostly sit inside another's speech).
_PARTICLES = {"about", "for", "on", "against", "with", "of"}
_ADVERB = r"(?:[a-z]+ly|more|much|less|hard|a\s+lot|at\s+length|often|little|instead|again)"
#: the adverb inside a matched form, dropped to give the codebook form back
ADVERB_BEFORE_LAST = re.compile(r"\s+" + _ADVERB + r"(?=\s+\S+$)")


def _form_pattern(form):
    """A cue form as a pattern: its words apart by white space, and for a verb with its particle
    ("talk about") an adverb allowed before the particle."""
    words = form.split()
    if len(words) > 1 and words[-1] in _PARTICLES and words[0] not in ("is", "are", "was", "were",
                                                                       "been", "be", "remains",
                                                                       "remained"):
        return r"\s+".join(map(re.escape, words[:-1])) + r"(?:\s+" + _ADVERB + r")?\s+" + \
            re.escape(words[-1])
    return r"\s+".join(map(re.escape, words))


@cached_by_file
def cue_table(path="content_cues.csv") -> CueTable:
    """The content-cue codebook as forms and one matcher (rebuilt when the file changes)."""
    book = load_content_cues(path)
    shapes = {"clause": {}, "infinitive": {}, "object": {}}
    for form, cue, cls, shape in book[["form", "cue", "class", "content"]].itertuples(
            index=False, name=None):
        shapes[shape][form.lower()] = (cue, cls)
    forms = set(shapes["clause"]) | set(shapes["infinitive"]) | set(shapes["object"])
    pats = sorted((_form_pattern(f) for f in forms), key=len, reverse=True)
    return CueTable(shapes["clause"], shapes["infinitive"], shapes["object"],
                    re.compile(word_alternation(pats, r"[\w-]") + r"(?![\w-])"),
                    _cue_words(forms))


_NO_CUE_WORDS = FINITE_AUX | PREPOSITIONS | {"be", "been", "being", "am"}


def _cue_words(forms) -> frozenset | None:
    """The word of each form a sentence is tested for (:func:`.content.content_clauses`' ``words``): its
    first run of letters a-z that is no auxiliary or preposition ("worried" of "are worried"),
    else its longest. Every run of a form's letters is a whole run of a sentence it is found in
    (no letter may stand right before or after a form, and a form's words are apart). None (no
    sentence skipped) when a form has no letter a-z: a study's codebook may hold such cues."""
    words = set()
    for form in forms:
        runs = CUE_LETTERS.findall(form)
        if not runs:
            return None
        words.add(next((w for w in runs if w not in _NO_CUE_WORDS), max(runs, key=len)))
    return frozenset(words)
