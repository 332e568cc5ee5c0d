"""An addressee or target set off by an aside before the content's preposition: "asked Kasich,
who trails in delegates, to lay out his path", "urging him, both personally and publicly, to bow
out", "accused Rafael Cruz, who was born in Cuba, of associating with ...".

Why a module of its own: :func:`.objects._after_object` reads an addressee up to its first
punctuation, so the comma of the aside hid the "to" / "of" that opens the content, and
:func:`.objects.object_end` ended the content at that comma. Both ask here whether a comma opens
such an aside: a short stretch with no clause break, closed by a comma right before "to" and a
bare verb or "of" and a gerund (the shape of a non-restrictive apposition or relative inside the
object; Quirk et al. 1985, 17.65). PolNeAR speech contents found: train +2, dev +2; 1 new row
unmatched (a charge PolNeAR took as the quotation inside it).
"""
from __future__ import annotations

import re

from .marks import MASK
from .object_limits import bare_verb

_ASIDE = re.compile(r",\s+([^,;:.!?" + MASK + r"—–()\"“”]{2,110}?),\s+(to|of)\s+(?:not\s+)?([a-z][\w-]*)")


# ... or by a pair of dashes before a question word: "asked the campaigns of the remaining
# candidates - Trump, Cruz and Kasich - why they did not respond" (PolNeAR train +1)
_DASHED = re.compile(r"\s*(?:[—–]|--?(?=\s))\s*[^—–;:.!?" + MASK + r"()\"“”]{2,110}?\s*(?:[—–]|\s--?)\s+"
                     r"(?=(?:why|whether|how|what|who|when|where|if)\s)")


def aside_resumes_at(masked: str, comma: int, hi: int, preps=("to", "of")) -> int | None:
    """Where the content resumes (at its "to" / "of") after an aside opened by the comma at
    ``comma``, or None: "to" needs a bare verb after it, "of" a gerund (not "to the", "of the");
    after a pair of dashes, at a question word the verb takes (:data:`_DASHED`)."""
    if masked[comma] != ",":
        d = _DASHED.match(masked, comma, hi)
        word = masked[d.end():d.end() + 8].split()[0] if d else ""
        return d.end() if d and word in preps else None
    m = _ASIDE.match(masked, comma, hi)
    if m is None or m.group(2) not in preps or len(m.group(1).split()) > 16:
        return None
    word = m.group(3)
    if m.group(2) == "to" and not bare_verb(word) or m.group(2) == "of" and not word.endswith("ing"):
        return None
    return m.start(2)


# The same preposition and a gerund again after a comma: "accused the reporter of ignoring the
# evidence, of misrepresenting documents and of withholding access" -- one list of charges (the
# repeated preposition marks the conjuncts; Quirk et al. 1985, 13.37). PolNeAR train: +1 content (the row was too short).
_CHARGE = r"(of|about|for)\s+(?:not\s+)?[a-z]{3,}ing\b"
_FIRST_CHARGE = re.compile(r"\b" + _CHARGE)
_STOP = re.compile(r"[,;:.()—–" + MASK + r"]|\s-\s")


def repeated_charges_end(masked: str, start: int, comma: int, hi: int) -> int | None:
    """The end of a list of charges that goes on at ``comma`` (see above), or None."""
    first = None
    for first in _FIRST_CHARGE.finditer(masked, start, comma):
        pass
    if first is None:
        return None
    prep, pos, closed = first.group(1), comma, False
    conjunct = re.compile(r",\s+(?:(and|or)\s+)?" + prep + r"\s+(?:not\s+)?[a-z]{3,}ing\b")
    inner = re.compile(r"\s(?:and|or)\s+" + prep + r"\s+(?:not\s+)?[a-z]{3,}ing\b")
    while not closed and (m := conjunct.match(masked, pos, hi)) is not None:
        stop = _STOP.search(masked, m.end(), hi)
        end = stop.start() if stop else hi
        closed = bool(m.group(1) or inner.search(masked, m.end(), end))
        pos = end
    return pos if closed else None
