"""Where a reported content's edges meet the words around it: a quotation the content's own last
words introduce, a lead-in of the reporter's before a colon, a named addressee before "that".

Why a module of its own: :mod:`.reported_checks` runs the last checks on every sentence's
contents and was at its size limit; these three look only at the span found, its frame and the
characters next to it. Each shape was read on the spurious speech-verb rows of PolNeAR train
(helper session 28, reported-speech precision) and is tested on sentences written in several
wire and newspaper styles (tests/quotes/test_reported_checks.py).

- A content running up to a quotation its own last words introduce stops before the participle
  phrase (``described the move as a "breach of trust," adding: "..."``, ``calling for higher
  wages and carrying banners reading, "..."``); after a preposition set off by a comma
  (``responded to the reporter with, "..."``) it is none: the quotation is what was said.
- A lead-in of the reporter's closed by a colon before what a post-posed source supports
  (``... has not driven banks away: London remained the hub, according to one survey.``, ``A
  reminder: ..., as the agency has noted.``): the content starts after the colon.
- A named addressee with an apposition before "that" (``told Sen. Maria Lopez, the chairwoman
  of the committee, that ...``): the content starts after "that".
"""
from __future__ import annotations

import re

from ..text import CLAUSE_TOKEN
from .marks import MASK, trim
from .reported_limits import finite_verb

# words that need what follows them: a content never ends in one (also read by
# :mod:`.reported_checks`, which takes a quotation right after them into the content)
OPEN_ENDINGS = {"the", "a", "an", "to", "of", "was", "were", "is", "are", "be", "being", "been",
                "as", "for", "that", "his", "her", "their", "its", "our", "my", "your", "by",
                "with", "from", "at", "on", "in", "into", "than", "this", "these", "those"}

# A content that runs up to a quotation its own words introduce: a speech participle (", saying",
# "by saying", "with one of her ads asking", "carrying signs reading") or a preposition or
# determiner set off by a comma or colon ("responds to the aide with, "...""). The quotation is
# what was said (a row of its own).
_PARTICIPLE_LEAD = re.compile(
    r"(?:,\s*|\s+)(?:and\s+)?(?:(?:by|with|carrying|holding)(?:\s+[\w’'-]+){0,4}?\s+)?"
    r"(?:saying|writing|adding|telling|noting|stating|asking|tweeting|declaring|reading)\s*$",
    re.IGNORECASE)
_AND_PARTICIPLE = re.compile(r"\s+and\s+[a-z]+ing\b")
_QUOTATION_AFTER = re.compile(r"[ \t]*([,:]?)[ \t]*" + MASK)


def before_its_quotation(art, s, e) -> int | None:
    """Where a content [s, e) followed by a quotation ends when its last words lead into that
    quotation (see above): before the participle phrase, or None (no content of its own) after a
    preposition or determiner. PolNeAR train: 11 rows, 1 speech content found, 1 spurious row
    gone."""
    masked = art.masked
    after = _QUOTATION_AFTER.match(masked, e)
    if after is None:
        return e
    if (m := _PARTICIPLE_LEAD.search(masked, max(s, e - 60), e)) is not None:
        cut = _AND_PARTICIPLE.search(masked, s, m.start() + 1)
        cut = cut.start() if cut else m.start()
        return trim(art.text, s, cut)[1] if len(CLAUSE_TOKEN.findall(masked, s, cut)) > 1 else None
    words = CLAUSE_TOKEN.findall(masked, max(s, e - 20), e)
    return None if after.group(1) and words and words[-1].lower() in OPEN_ENDINGS else e


# A lead-in of the reporter's closed by a colon before the claim a post-posed source supports
# ("At the same time, the tax has not driven banks away: London remained the financial capital,
# according to one index.", "A reminder: ..., as the agency has noted.", "The result: ..., a
# study found."): the claim starts after the colon (not a colon before a quotation). Not after
# ", he said.": a speaker's paraphrase may hold its own colon ("The choice is simple: ...").
_LEAD_IN_COLON = re.compile(r":[ \t]+(?=[A-Z0-9])")
_AS_FRAME = re.compile(r"[\s,(—–-]*as\b", re.IGNORECASE)


def after_lead_in(art, s, e, fr) -> int:
    """Where a content [s, e) before its source starts when a colon closes a lead-in (see
    above). PolNeAR train: 8 rows, 1 speech content found, none lost."""
    if fr.verb_pos < e or ":" not in art.masked[s:e] or not (
            fr.verb == "according to" or fr.verb_class == "evidence" or
            _AS_FRAME.match(art.masked, e, fr.verb_pos)):
        return s
    colons = [m for m in _LEAD_IN_COLON.finditer(art.masked, s, e)]
    if not colons or len(CLAUSE_TOKEN.findall(art.masked, colons[-1].end(), e)) < 3:
        return s
    return colons[-1].end()


# A named addressee with an apposition before "that": "told Sen. Chuck Grassley, chairman of the
# Judiciary Committee, that he'll ...", "assured Ms. Lopez, the committee chairwoman, that ...":
# the clause starts after "that" (the addressee is no part of what was said).
_ADDRESSEE_VERBS = {"tell", "assure", "inform", "remind", "warn", "notify", "convince", "persuade",
                    "advise", "promise"}
_NAMED_APPOSED = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*,\s+"
                            r"([^," + MASK + r"]{2,100}?),\s+that\s+")


def past_addressee(art, s, e, fr) -> int:
    """Where a content [s, e) starts when it opens with a named addressee and its apposition
    (see above). PolNeAR train: 1 speech content found, none lost."""
    if fr.verb not in _ADDRESSEE_VERBS or fr.verb_pos > s or not art.masked[s:s + 1].isupper():
        return s
    m = _NAMED_APPOSED.match(art.masked, s, e)
    if m is None or finite_verb(list(CLAUSE_TOKEN.finditer(m.group(1)))):
        return s
    return m.end()
