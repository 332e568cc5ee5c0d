"""The owner of a speech noun that is the object of a light verb or a verb of repeating ("The
mayor made a promise that ...", "issued a warning that ...", "repeated accusations that ...",
"made an unprompted call for ..."): the verb's subject is who promises, warns or accuses.

Light verbs carry little meaning of their own and hand the act to their object noun (Jespersen
1942, VI 6.8; Quirk et al. 1985, 10.48, eventive objects), so "X made a promise that p" reports
X promising p. Before, such a row had no speaker (or, for "a call for", no row at all).

Where it fails: a subject the frame rules cannot find (a long fronted clause) leaves the owner
empty, as before; "offered" and "delivered" may have an addressee or recipient first ("offered
voters a promise that"): then the noun is not right after the verb and no owner is taken.
"""
from __future__ import annotations

import re

from .attribution import frame_for_verb
from .coreference import Speaker

_LIGHT_STEMS = ("made|make|makes|making|issued|issue|issues|issuing|repeated|repeat|repeats|repeating|"
                "renewed|renew|renews|renewing|reiterated|reiterate|reiterates|reiterating|"
                "voiced|voice|voices|voicing|expressed|express|expresses|expressing|"
                "offered|offer|offers|offering|delivered|deliver|delivers|delivering|"
                "echoed|echo|echoes|echoing|leveled|levelled|level|levels|leveling|levelling|"
                "lodged|lodge|lodges|lodging|sounded|sound|sounds|sounding")
# The verb, then at most an article or possessive and two modifiers before the noun
_LIGHT_BEFORE = re.compile(r"(?<![\w'’-])(?P<verb>" + _LIGHT_STEMS + r")\s+"
                           r"(?:(?:a|an|the|his|her|their|its|this|these)\s+)?"
                           r"(?:(?!(?:to|of|for|that|and|or|but|with|by)\s)[a-z][\w-]*,?\s+){0,2}$")


def light_verb_owner(art, lo, at) -> Speaker | None:
    """The subject of a light verb right before the speech noun at ``at`` (not before ``lo``,
    the sentence's start), resolved; None when no such verb or no named subject."""
    m = _LIGHT_BEFORE.search(art.masked, max(lo, at - 60), at)
    if m is None:
        return None
    form = m.group("verb")
    frame = frame_for_verb(art, (m.start("verb"), m.end("verb"), "make", "", False, form), lo)
    if frame is None or not frame.speaker:
        return None
    return frame.speaker
