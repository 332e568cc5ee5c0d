"""Stances told with a light verb and a stance noun: "voiced support for X", "threw her support
behind X", "unleashed withering attacks against X", "signaled their support for X", and "in favor
of" / "in support of" after "voted", "came out", "spoke out", "argued".

Why: the stance is the noun's ("support", "attack", "opposition", "endorsement", "criticism") and
its holder the light verb's subject; the stance verbs of the cue codebook (content.py) and the
owned nouns of :mod:`.nominal` ("her support for") miss these (PolNeAR codes the object after the
preposition as the content, Pareti 2016). Rows are kind ``indirect``, class ``stance``, ``verb``
the noun and its preposition as nominal's rows name them ("support for", "attack on", "criticism
of", "opposition to", "endorsement of", "in favor of"); the holder is found as for every content
cue (:func:`~analysis.quotes.content_holders.content_holder`), the object as a stance verb's
(:func:`~analysis.quotes.nominal.object_span`). Not read: support received ("won the backing of",
"drew support from": the holder is after the noun) and support withheld ("withheld support from").
PolNeAR train: +13 contents (19 rows, 13 match; all 19 right by reading but one object cut short).
"""
from __future__ import annotations

import re

from ..text import CLAUSE_TOKEN
from .attribution import Frame
from .content_holders import content_holder
from .nominal import object_span

_LIGHT = (r"(?:voic|signal|express|offer|pledg|declar|launch|unleash|level|mount|renew|deliver|"
          r"escalat|intensif)\w*|gave|give|gives|giving|threw|throw|throws|throwing|thrown|lent|"
          r"lend|lends|lending|(?:drum|drummed|drumming|drums|rally|rallied|rallies|rallying|"
          r"step|stepped|stepping|steps)\s+up|rally|rallied|rallies|rallying")
_MODIFIER = (r"(?:a|an|the|his|her|their|its|our|some|new|fresh|another|more|full|strong|vocal|"
             r"public|early|tacit|qualified|unqualified|harsh|sharp|withering|blistering|scathing|"
             r"personal|direct|fierce|pointed|repeated|renewed|stinging|bitter|broad|"
             r"[a-z]+ly|[a-z]+-[a-z]+)")
# noun -> (verb as nominal's rows name it, prepositions that open its object)
_NOUNS = {"support": ("support for", ("for", "behind", "to", "of")),
          "backing": ("support for", ("for", "to", "of", "behind")),
          "endorsement": ("endorsement of", ("of", "for", "to")),
          "opposition": ("opposition to", ("to",)),
          "attack": ("attack on", ("on", "against")), "attacks": ("attack on", ("on", "against")),
          "criticism": ("criticism of", ("of",)),
          "broadside": ("attack on", ("on", "against")),
          "broadsides": ("attack on", ("on", "against"))}
_LIGHT_NOUN = re.compile(r"(?<![\w'’-])(?P<cue>(?:" + _LIGHT + r")\s+(?:" + _MODIFIER +
                         r"\s+){0,3}(?P<noun>" + "|".join(_NOUNS) + r"))\s+(?P<prep>for|of|to|"
                         r"behind|against|on)\s+")
_IN_FAVOR = re.compile(r"(?<![\w'’-])(?P<cue>(?:vot|argu|testif|campaign)\w*|(?:came|come|comes|"
                       r"coming|spoke|speak|speaks|speaking)\s+out)\s+(?P<noun>in\s+(?:favou?r|"
                       r"support))\s+of\s+")


def light_stance_contents(art, lo, hi, taken=()):
    """Stance rows of light-verb phrases in the sentence [lo, hi): (start, end, Frame).
    ``taken``: spans of rows already made (a cue inside one, or an object overlapping one, gives
    no row)."""
    out = []
    masked = art.masked
    hits = [(m, _NOUNS[m.group("noun")]) for m in _LIGHT_NOUN.finditer(masked, lo, hi)
            if m.group("prep") in _NOUNS[m.group("noun")][1]]
    hits += [(m, (" ".join(m.group("noun").replace("favour", "favor").split()) + " of", ()))
             for m in _IN_FAVOR.finditer(masked, lo, hi)]
    for m, (verb, _) in sorted(hits, key=lambda h: h[0].start()):
        start = m.start()
        if any(a <= start < b for a, b in taken) or not masked[start].islower():
            continue
        span = object_span(art, m.end() - 1, hi)
        if span is None or len(CLAUSE_TOKEN.findall(masked, *span)) < 1 or \
                any(a < span[1] and span[0] < b for a, b in taken):
            continue
        form = " ".join(m.group("cue").split())
        fr = content_holder(art, lo, start, (start, m.end("cue"), verb, "stance", True, form))
        if fr is None:
            continue
        out.append((span[0], span[1], Frame(fr.speaker, verb, "stance", fr.via, fr.ref, start)))
        taken = list(taken) + [span]
    return out
