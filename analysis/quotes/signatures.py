"""Speakers named after a quotation on a line of their own: a signature after a dash ('"..."
― Martha Aguilar', '"..." - Clinton.') and the credit line of a pull quote or an expert round-up
('"..."' / new paragraph 'Dean Baker, Center for Economic and Policy Research.').

Why apart from :mod:`.frames_beyond`, which tries them first: both read only the words after
the closing mark, and frames_beyond.py had grown past the size of one job (the signature moved
unchanged; the credit line added in helper session 17).
"""
from __future__ import annotations

import re

from .article import verb_hits_in
from .coreference import resolve
from .frames import Frame, ref_at

# the dash of a signature: a long dash, or a hyphen set off by a space ('" - Clinton.')
_SIGNATURE = re.compile(r"[ \t]*[―—–][ \t]*|[ \t]+-[ \t]*|[ \t]*\n\s*[-―—–][ \t]*")
_SIGNATURE_END = re.compile(r"(?:[ \t]*\([^()\n\x00]{1,30}\))?[ \t.]*(?:\n|$)|[.,][ \t]")   # "(D-Ore.)"


def signed(art, c):
    """A quotation signed after a dash: '"..." ― Martha Aguilar' at its paragraph's end,
    '"..." - Clinton. Clinton tends to ...' (the name alone, then the reporter's next sentence),
    or a paragraph of its own after the quotation's ('- Bernie Sanders.', '-President Obama,
    tweeting after ...'). Tried before the sentence's frame: a signature is unambiguous."""
    m = _SIGNATURE.match(art.masked, c + 1)
    if m is None or c + 1 >= len(art.text):
        return None
    ref = ref_at(art, m.end(), m.end() + 80, last=False)
    if ref is None or ref.start != m.end() or not _SIGNATURE_END.match(art.masked, ref.end):
        return None
    return Frame(resolve(art, ref), ref=ref)


# after a quotation closing its paragraph: the next paragraph opens ("..."\n\nDean Baker, ...")
_NEXT_PARAGRAPH = re.compile(r"['’”\"»]*[ \t]*\n\s*")
# the rest of a credit line: an affiliation or description, then its end ("Dean Baker, Center for
# Economic and Policy Research."; "Josh Bivens, Economic Policy Institute"); a name alone may be
# the heading of the next speaker's quotation in a round-up, so the affiliation is required
_CREDIT_REST = re.compile(r",[ \t]*(?:[A-Z]|(?:a|an|the)\s)[^\n,;:!?\x00]{0,80}"
                          r"[ \t.'’”\"»]*(?:\n|$)")


def credit_line(art, c):
    """A quotation closing its paragraph, then a paragraph that is only a name and its
    affiliation ('"..."' / new paragraph 'Dean Baker, Center for Economic and Policy Research.'):
    the credit line of a pull quote or an expert round-up names the speaker as a signature does
    (PolNeAR train: 2 rows to the gold speaker, none away)."""
    m = _NEXT_PARAGRAPH.match(art.text, c) if c < len(art.text) else None
    if m is None:
        return None
    ref = ref_at(art, m.end(), m.end() + 60, last=False, subject=False)
    if ref is None or ref.start != m.end() or ref.kind not in ("name", "actor") or \
            ref.possessive or not _CREDIT_REST.match(art.masked, ref.end):
        return None
    end = art.text.find("\n", ref.end)
    if verb_hits_in(art, ref.end, len(art.text) if end < 0 else end):
        return None
    return Frame(resolve(art, ref), ref=ref)
