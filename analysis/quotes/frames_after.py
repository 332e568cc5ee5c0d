"""Attributions right after a quotation that :func:`.attribution.post_frame` leaves: a comma left
out before an inverted or described attribution (``"..." said Nick Moran, a campaign
spokesman.``, ``"..." the Post's senior editor Steven Ginsberg responded.``, ``"...No. -H" Reed
tweeted, quoting ...``), and a subject longer than its word limit because a name is followed by
its organisation (``"...," Jeffrey Lewis of the James Martin Center for Nonproliferation Studies
wrote in December.``, ``"...," experts David Albright and Sara Kell of the Institute for Science
and International Security wrote``).

Why apart: post_frame reads at most nine words before the verb (else the words are the
reporter's own clause, not a frame), and without a comma it takes only a whole "X said" clause
that ends the sentence. These shapes are frames all the same (AP Stylebook, "said": the
attribution follows the quotation; an organisation after "of" belongs to the name before it);
on PolNeAR train they left 9 quotations without a speaker. Only capitalised words (and "of",
"the", "for", "and", "'s") may stand in the organisation, so a clause of the reporter's ("Lewis of
course wrote ...") is not read as one.
"""
from __future__ import annotations

import re

from .article import refs_starting_in, sentence_bounds, verb_hits_in
from .attribution import Frame, attribution_in, sentence_end
from .coreference import resolve
from .marks import MASK

_LEADING = re.compile(r"[\s'’”\"»]*")
# what may follow the comma that closes an inverted attribution: a description of the speaker
# ("a campaign spokesman", "who ...") or a participle of the reporter's (", quoting ...")
_CLOSES = re.compile(r",\s*(?:a|an|the|who|whose|one|its|his|her|their|former|[a-z]+ing)\b")
# the possessive owner and role before a name ("the Post's senior politics editor ")
_OWNER = re.compile(r"(?:the\s+)?(?:[A-Z][\w.]*\s+){0,3}[A-Z][\w.]*[’']s(?:\s+[a-z][\w-]*){1,5}\s+")
# "A and B of the Institute for Science and International Security ": the organisation after
# a name (capitalised words and a few function words only)
_ORG_WORD = r"(?:[A-Z][\w.&’'-]*|of|the|for|and|on|in)"
_OF_ORG = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+" + _ORG_WORD + r")*"
                     r"\s+(?=[a-z])")
_AND = re.compile(r"\s+and\s+")
_LEAD_ROLE = re.compile(r"(?:[a-z][\w-]*\s+){1,2}(?=[A-Z])")   # "nuclear experts "


def after_frame(art, c) -> Frame | None:
    """The frame right after the closing mark ``c`` in one of the shapes above, or None."""
    if c + 1 >= len(art.text):
        return None
    _, hi = sentence_bounds(art, c)
    hi = sentence_end(art, hi - 1) if hi > c else hi
    if hi <= c + 1 and c + 2 < len(art.text):   # the splitter ended the sentence at the mark
        _, hi = sentence_bounds(art, c + 2)
    rest = _LEADING.match(art.masked, c + 1).end()
    if rest >= hi or MASK in art.masked[rest:hi]:
        return None
    inner_end = art.text[max(0, c - 6):c].rstrip("'’”\"» ")[-1:]
    if art.masked[rest - 1:rest] != " " or art.masked[c + 1:rest].strip("'’”\"» "):
        return None
    if inner_end == ",":
        return _long_subject(art, rest, hi)
    if inner_end in "!?.:…":
        return None   # post_frame's
    return _unpunctuated(art, rest, hi)


def _unpunctuated(art, rest, hi):
    """'"..." said Nick Moran, a spokesman.' / '"..." the Post's editor X responded.'"""
    owner = _OWNER.match(art.masked, rest)
    starts = (rest, owner.end()) if owner else (rest,)
    inverted = bool(verb_hits_in(art, rest, rest + 1))
    if not inverted and not any(r.start in starts and not r.possessive
                                for r in refs_starting_in(art, rest, starts[-1] + 1)):
        return None
    close = _CLOSES.search(art.masked, rest, hi)
    fr = attribution_in(art, rest, close.start() if close else hi)
    if fr is not None and owner and fr.ref is not None and fr.ref.start < owner.end():
        return None
    return fr


def _long_subject(art, rest, hi):
    """'"...," Jeffrey Lewis of the James Martin Center ... wrote in December.'"""
    lead = _LEAD_ROLE.match(art.masked, rest)
    at = lead.end() if lead else rest
    refs = [r for r in refs_starting_in(art, at, min(hi, at + 200)) if not r.possessive]
    if not refs or refs[0].start != at or refs[0].kind not in ("name", "actor"):
        return None
    first, end = refs[0], refs[0].end
    more = [r for r in refs[1:] if _AND.fullmatch(art.masked, end, r.start)]
    if more and more[0].kind in ("name", "actor"):
        end = more[0].end   # "David Albright and Sara Kell"
    org = _OF_ORG.match(art.masked, end, hi)
    if org is None:
        return None
    hits = verb_hits_in(art, org.end(), org.end() + 1)
    if not hits:
        return None
    start, _, lemma, cls, _, _ = hits[0]
    return Frame(resolve(art, first), lemma, cls, "", first, start)
