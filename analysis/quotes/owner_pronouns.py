"""The owner of a noun for someone's words or views written as a possessive pronoun ("his claim
that ...", "their belief that ..."): a pronoun reference, resolved as "he"/"she"/"they" would
be (:func:`~analysis.quotes.coreference.resolve`), so the row has the speaker the pronoun
stands for; unresolved, the speaker stays empty and the mention keeps the pronoun.

Before, such a row kept "his" as its mention only, so "The senator repeated his claim that the
vote was rigged" had no speaker, and the row counted for no one in the speaker tables."""
from __future__ import annotations

import re

from .mentions import Ref

_OWNER_PRONOUN = re.compile(r"(?<![\w'’-])(?P<pron>[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w-]*\s+)?$")
_HEADS = {"his": "he", "her": "her", "their": "they"}


def pronoun_owner(art, lo, at) -> Ref | None:
    """The possessive pronoun right before the noun at ``at`` (one modifier between allowed,
    not before ``lo``) as a pronoun reference; None when the owner is no pronoun."""
    m = _OWNER_PRONOUN.search(art.masked, max(lo, at - 30), at)
    if m is None:
        return None
    s, e = m.span("pron")
    return Ref(s, e, art.text[s:e], "pronoun", head=_HEADS[m.group("pron").lower()])
