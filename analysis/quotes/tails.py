"""Where a post-posed attribution ("..., X said.", "..., X noted, ...") begins and ends, for
:func:`.attribution.post_posed` and :func:`.attribution.attribution_in`.

- A title in marks in the attribution's setting is no word of it (``..., he said on MSNBC's
  "Morning Joe."``): :func:`setting_without_titles`.
- A phrase the reporter appends after a dash ends the tail (``..., the CBO reported on Tuesday --
  a development that ...``): :func:`tail_end`.
- A short speech aside may follow a later comma, not only the first (``During roll calls, states
  are called alphabetically, he noted, so ...``), unless a quotation follows it (then the
  quotation is what was said) in a sentence not opened by a quotation it interrupts: :func:`asides`.

Why apart: :mod:`.attribution` holds the frames of quotations too and is at its size limit;
these are the shapes of news copy's post-posed attribution (Bell 1991, ch. 9).
"""
from __future__ import annotations

import re

from .marks import MASK

_TITLE_IN_SETTING = re.compile(r"(?<=\bon\s|\bin\s|['’]s\s)" + MASK + "+")
_DASH_APPENDED = re.compile(r"\s(?:--?|—|–)\s+(?:a|an|the|one|which|who)\b")
# (and the base form after a plural subject: ", they say,", ", analysts say,"; not "to say")
_ASIDE_VERB = re.compile(r"\b(?:said|says|(?<!\bto\s)say|told|tells|wrote|writes|(?:add|not|argu|explain|"
                         r"insist|warn|recall|contend|suggest)(?:ed|es|s)|acknowledged|conceded|cautioned)\b")


def setting_without_titles(text: str) -> str:
    """``text`` (masked, after a reporting verb) without the titles in marks of its setting."""
    return _TITLE_IN_SETTING.sub("", text)


def tail_end(sentence: str, last_comma: int) -> int:
    """Where the tail opened at ``last_comma`` of the masked ``sentence`` ends: before a dash
    phrase the reporter appends, else the sentence end."""
    dash = _DASH_APPENDED.search(sentence, last_comma)
    return dash.start() if dash else len(sentence)


def asides(sentence: str, pattern):
    """The ", ... ," matches of ``pattern`` in the masked ``sentence`` holding no quotation: the
    first, then later ones only when a short speech aside (two to eight words, fourteen in a
    sentence opened by the quotation it interrupts; a finite speech verb after its subject; no
    quotation next but the interrupted one's rest); none once no speech verb follows."""
    first = True
    # a sentence opening with a quotation the aside interrupts: the quotation after it continues
    # it ('"If there had not been that intervention" by the United States, NATO and others,
    # Clinton said, "we would have seen a genocide."')
    opens_quoted = sentence.lstrip()[:1] == MASK
    for comma in re.finditer(",", sentence):
        mid = pattern.match(sentence, comma.start()) if comma.start() else None
        if mid is None or MASK in mid.group(1):
            continue
        if not first and _ASIDE_VERB.search(sentence, mid.start()) is None:
            return
        aside = mid.group(1)
        if first or 1 < len(aside.split()) <= (14 if opens_quoted else 8) and \
                _ASIDE_VERB.search(aside) and \
                not _ASIDE_VERB.match(aside) and (opens_quoted or
                                                  sentence[mid.end():mid.end() + 2].strip()[:1] != MASK):
            yield mid
        first = False


# An addressee in lower case after "told" at a tail ("..., the president told his advisers as he
# worked on the speech", "told reporters on Friday"): a short noun phrase, then an adverbial
_TOLD_NP = re.compile(r"\s+(?:(?:his|her|their|its|the|a|an|our|my|your|some|several)\s+)?"
                      r"(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*(?=\s+(?:as|while|when|after|before|"
                      r"during|on|in|at|last|this|yesterday|today|earlier|later)\b)")


def told_addressee_end(masked: str, at: int) -> int:
    """End of a lower-case addressee right after "told" ending at ``at`` (:data:`_TOLD_NP`), else
    ``at``."""
    m = _TOLD_NP.match(masked, at)
    return m.end() if m else at
