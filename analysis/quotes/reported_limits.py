"""Where a reporting verb reports nothing, and where its reported clause gives way to the
reporter's words: small shape tests that :mod:`.reported` asks before and after it reads a clause.

Why a module of its own: :mod:`.reported` finds clauses; these tests say what is *not* one
(a speech noun, "said nothing about", a speech act named by a noun after an inverted verb) and
where one stops (a colon or dash opening a quotation, a new clause of the speaker's own,
"..., he said, ..." after a bare connective). Each is a shape of news copy, measured on PolNeAR
train (Pareti 2016's guidelines: the content is the reported proposition, not the reporter's
frame around it) and tested on texts in several wire and newspaper styles.
"""
from __future__ import annotations

import re

from .article import verb_hits_in
from .marks import MASK

# "his claims", "many promises he made", "the reports": a speech verb's -s form after a
# determiner or quantifier is a plural noun, no speech act ("This says" is a verb: left out)
_NOUN_BEFORE = {"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "these",
                "those", "some", "no", "any", "many", "several", "few", "numerous", "such",
                "other", "repeated", "empty", "broken", "past", "earlier", "previous", "new"}


def noun_use(form: str, prev: str) -> bool:
    """Is the verb form ``form`` after the word ``prev`` (lower case) a plural noun?"""
    low = form.lower()
    return low.endswith("s") and not low.endswith("ss") and " " not in low and \
        (prev in _NOUN_BEFORE or prev.endswith(("'s", "’s")))


# "said nothing about monetary policy", "has said little on the subject", "said almost nothing.":
# a speech act denied by its object, no content ("said much of the rise was ..." is a clause)
_SAYS_NOTHING = re.compile(r"\s+(?:(?:almost|next\s+to|very|relatively|so)\s+)?"
                           r"(?:nothing|little|anything)(?:\s+(?:about|of|on|regarding|else|"
                           r"more|further|publicly|to)\b|\s*[,.;:!?]|\s*$)", re.IGNORECASE)


def says_nothing(masked: str, end: int) -> bool:
    """Does the verb ending at ``end`` take "nothing" / "little" / "anything" as its object?"""
    return _SAYS_NOTHING.match(masked, end) is not None


# A colon or a dash right before a quotation that has a frame of its own ends a reported clause:
# 'asserted that France had lost its identity: "France is no longer France," he claimed' (the
# quotation is its own statement). Without such a frame the quotation is the clause's own
# continuation ('said he had two choices: "You either leave or you fight."') and stays in it.
_OPENS_QUOTATION = re.compile(r":\s*" + MASK + r"|\s(?:[—–]|--?)\s*" + MASK)
_MASK_RUN = re.compile(MASK + r"+")
_OWN_FRAME = re.compile(r"[ ,]*(?:[\w.’'-]+ +){0,5}")
_CLOSED_BY_COMMA = re.compile(r"[,!?][\W_]{0,3}$")   # ',"' ',’’' before the frame


def quotation_opens(art, start: int, end: int) -> int:
    """Where a colon or dash opening a quotation with its own frame ("..., he claimed") inside
    [start, end) ends the clause, or ``end``."""
    masked = art.masked
    m = _OPENS_QUOTATION.search(masked, start, end)
    if m is None or not masked[start:m.start()].strip():
        return end
    after = _MASK_RUN.match(masked, m.end() - 1).end()
    if not (_CLOSED_BY_COMMA.search(art.text, max(0, after - 4), after) or masked[after:after + 1] == ","):
        return end
    framed = any(_OWN_FRAME.fullmatch(masked, after, h[0])
                 for h in verb_hits_in(art, after, min(len(masked), after + 60)))
    return m.start() if framed else end


# "... hacked the computers and she accused Trump of ...": a conjunct whose subject is a
# pronoun and whose verb is a speech verb is the reporter's next sentence part, not the content
_AND_PRONOUN = re.compile(r"\s+(?:and|but)\s+(?:he|she|they)\s+(?:(?:also|then|later|again|"
                          r"[a-z]+ly)\s+)?$", re.IGNORECASE)


def pronoun_conjunct(masked: str, verb_at: int) -> int | None:
    """Start of ", and she" / " and he (also)" right before the speech verb at ``verb_at``."""
    m = _AND_PRONOUN.search(masked, max(0, verb_at - 24), verb_at)
    return m.start() if m else None


# "But, the former chief executive added, it is not the way to win.", "And yet, her aides say,
# Syria remains a priority": the words before the frame are a connective, not the content
_LEAD = re.compile(r"\s*(?:(?:but|and|yet|so|still|now|however|or|indeed|then|meanwhile|instead)"
                   r"\s*){1,2},\s*[^,;:\x00]{1,60}?,\s*", re.IGNORECASE)


def after_lead_frame(masked: str, lo: int, verb_at: int) -> int | None:
    """Where the content starts when the sentence from ``lo`` is a connective, a comma and a
    frame holding the verb at ``verb_at`` closed by a comma; else None."""
    m = _LEAD.match(masked, lo)
    if m is None or not lo < verb_at < m.end() or masked[m.end():m.end() + 1] == MASK:
        return None   # ('But, he said, "..."': the quotation is the statement, a row of its own)
    return m.end()


# What an inverted verb names when it is no speaker: "..., tweeted a warning.", "..., issued a
# statement." (the head of the noun phrase after the verb is the speech act's product)
SPEECH_PRODUCTS = {"warning", "warnings", "statement", "statements", "message", "messages",
                   "letter", "letters", "reply", "response", "apology", "note", "tweet", "tweets",
                   "post", "comment", "comments", "remark", "remarks", "question", "questions",
                   "speech", "video", "photo", "picture", "plea", "demand", "threat", "rebuke",
                   "retort", "rebuttal", "denial", "challenge", "praise", "approval", "support",
                   "thanks", "congratulations", "condolences", "link", "update", "version"}
