"""A speaker after a quotation set off with a long description: where the role before the name
ends and where the description after it does, for :func:`.attribution.post_frame` and
:func:`.unlisted.unlisted_after`.

Why: news copy names a speaker after the quotation with a role before the name and a description
between commas before the verb (AP Stylebook, "said"; Bell 1991 on news actors' labels):
``"...," Texas delegate Bill Eastland, wearing a cowboy hat and "Ted Cruz" campaign pins, said``;
``"...," Howard Dean, the former governor of Vermont, proclaimed``. A quotation inside that
description (a slogan on a pin, a nickname) belongs to it, not to the frame, and the verb after
it may be one no table holds.
"""
from __future__ import annotations

import re

from ..codebooks import load_role_nouns
from .article import refs_starting_in
from .marks import MASK

# "the economist ", "nuclear experts " before a name
_LEAD_ROLE = re.compile(r"(?:(?:the|a|an)\s+)?(?!(?:the|a|an)\s)(?:[a-z][\w-]*\s+){1,2}(?=[A-Z])")
# "Texas delegate ", "GOP pollster ", "Fox News host ": capitalised modifiers, then a role noun
_TITLED_ROLE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,3}([a-z][\w-]*)\s+(?=[A-Z])")
# a description set off by commas: ", the former governor of Vermont, " / ", a Sanders aide, "
DESCRIPTION = re.compile(r",\s+(?:a|an|the|who|whose|one|its|his|her|their|former|[a-z][\w-]*)\b"
                         r"[^,;:!?\x00\n]{0,100},\s+")
_NESTED_WORDS = 5    # a slogan or a nickname, not a statement


def lead_end(masked: str, lo: int) -> int:
    """Where a role phrase opening the text at ``lo`` ends ("the economist ", "Texas delegate ":
    capitalised modifiers count only before a role noun of the codebook); -1 when none does."""
    m = _LEAD_ROLE.match(masked, lo)
    if m is not None:
        return m.end()
    m = _TITLED_ROLE.match(masked, lo)
    return m.end() if m is not None and m.group(1) in load_role_nouns() else -1


def past_nested(art, name_end: int, seg_hi: int, hi: int) -> int:
    """``seg_hi`` (a quotation's opening mark, or ``hi``) moved past the short quotations inside
    the description opened by the comma after the name ending at ``name_end``: up to the next
    quotation that follows the description's close, or ``hi``."""
    masked = art.masked
    while seg_hi < hi and masked[seg_hi] == MASK and masked.count(",", name_end, seg_hi) == 1 \
            and masked[name_end:seg_hi].lstrip()[:1] == ",":
        close = seg_hi
        while close < hi and masked[close] == MASK:
            close += 1
        if len(art.text[seg_hi:close].split()) > _NESTED_WORDS:
            break
        nxt = masked.find(MASK, close, hi)
        seg_hi = nxt if nxt >= 0 else hi
    return seg_hi


# ", managing director of Precision Cybertechnologies and ", ", the Labour MP for " before a
# firm's or place's name: a role and its of/at/for phrase, no comma inside
_ROLE_OF = re.compile(r",\s+(?:(?:the|a|an)\s+(?:[\w.'’-]+\s+){1,3}|(?:[a-z][\w-]*\s+){1,3})"
                      r"(?:of|at|for|with)\s+[^,;:\x00\n]*")


def named_before_role(art, lo: int, ref):
    """The person a description names when ``ref`` (a firm or body) is only the object of its
    role ("Dr Ronald Walcott, managing director of Precision Cybertechnologies and Digital
    Solutions, a cyber security firm, said": Walcott, not the firm); None otherwise.

    Why: the firm ending the first apposition was taken as the subject of "said" (the 57 saved
    pages: 7 rows of one doctor under the firm's name)."""
    comma = art.masked.rfind(",", lo, ref.start)
    if comma < 0 or not _ROLE_OF.fullmatch(art.masked, comma, ref.start):
        return None
    end = lo + len(art.masked[lo:comma].rstrip())
    named = [r for r in refs_starting_in(art, lo, end) if r.end == end and
             r.kind != "who" and not r.possessive]
    return named[-1] if named else None
