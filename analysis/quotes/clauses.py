"""Where a reported content's clause starts and ends, without a parser: shared by the content
cues (:mod:`.content`), the hedged contents (:mod:`.hedged`) and reported speech (:mod:`.reported`:
", but <verb>").

Why here: both need the same two answers (where the reporter's words take over from the
reported ones; where the subject of a clause starts), and a rule written twice drifts.
"""
from __future__ import annotations

import re

from ..text import CLAUSE_TOKEN
from .clause_or_object import has_finite_verb
from .marks import MASK, trim

def _ends(contrasts: str) -> re.Pattern:
    """Where the reporter's words take over a content, ``contrasts`` among the conjunctions."""
    return re.compile(r";|:\s+(?=(?-i:A|An|The)\s)|\s[—–]\s|\s--\s|,\s+(?:however|but|" + contrasts + r"although|though|"
                      r"according|even\s+as|as\s+well)\b|,\s+(?:said|says|told|added)\b|"
                      + MASK, re.IGNORECASE)


# The content ends at the sentence end, or where the reporter's words take over. A colon before a
# capitalised "A"/"An"/"The" opens a new sentence of the reporter's ("eager to tap: A vast and growing
# list ..."; PolNeAR train +2 contents, 4 rows shortened, dev unchanged, 2 Dec 2026); a colon before
# a lower-case word is the speaker's own ("the choice was simple: voters must decide").
_CONTENT_END = _ends(r"while|whereas|")
# ... but a poll's or record's finding goes on past ", while" / ", whereas": the contrast is the
# rest of the finding ("found that 28 percent backed X, while 23 percent favored Y"; PolNeAR
# train: 7 of 7 such findings run on, 1 ends there)
_FINDING_END = _ends("")


# A dash that opens an aside closed by a second dash before a lower-case word ("the plan — from X
# to Y — is doomed", "unable to — or unwilling to — act") does not end the content; one before
# "and"/"but"/"which" opens the reporter's next clause. With "―" read as "—" (article.masked):
# PolNeAR train +2 contents (6894 -> 6896), speech contents and dev unchanged, 3 Dec 2026.
_DASHES = {"—", "–", "--"}
_ASIDE_OPENS = re.compile(r"\s(?:[—–]|--)\s(?=[a-z])(?!(?:and|but|so|yet|which|who)\b)")
_ASIDE_CLOSES = re.compile(r"\s(?:[—–]|--)\s(?=[a-z])(?!(?:and|but|or|so|yet|which|who)\b)")


def content_end(art, s, hi, finding=False):
    """Where a reported content starting at ``s`` ends: the sentence end ``hi``, or where the
    reporter's words take over (a semicolon, a dash not opening an aside, ", but", ", said", a
    quotation; for a ``finding`` of a poll or record not ", while")."""
    ends = _FINDING_END if finding else _CONTENT_END
    m = ends.search(art.masked, s, hi)
    while m and m[0].strip() in _DASHES and _ASIDE_OPENS.match(art.masked, m.start()) \
            and (pair := _ASIDE_CLOSES.search(art.masked, m.end(), hi)):
        m = ends.search(art.masked, pair.end(), hi)      # a dashed aside: the content goes on
    e = m.start() if m else hi
    s, e = trim(art.text, s, e)
    while e > s and art.text[e - 1] in ".!?,:":
        e -= 1
    return e


#: After a reported clause, the reporter's next one: a comma before a participle or a
#: connective ("The bill is expected to pass, potentially ...", "he knew X, and quit").
CLAUSE_AFTER = re.compile(r",\s+(?:[a-z]+ing|and|but|which|who|while|as|after|before|when|"
                          r"although|though|even|with|according|in|on|at|despite|because|"
                          r"where|so|yet|if)\b")

#: After a belief or finding framed inside its content (", they believe,"), where the clause it
#: interrupts ends: CLAUSE_AFTER's breaks and ", since/unless/until/whereas/or".
MID_FRAME_END = re.compile(CLAUSE_AFTER.pattern + r"|,\s+(?:since|unless|until|whereas|or)\b")


# Where the clause holding a verb starts: after these (a relative pronoun opens it).
_BOUNDARY = re.compile(r"(?P<cut>[,;:(]\s|\s[—–]\s|\s--\s|\b(?:that|while|but|and|because|as|if|"
                       r"when|although|though|whereas|since|after|before|until|so|or|yet|"
                       r"where|whether|than)\s)|(?P<rel>\b(?:who|which)\s)")
_MAX_SUBJECT_WORDS = 25
_NOT_SUBJECT = {"to", "of", "in", "on", "at", "for", "with", "by", "from", "it", "there", "what",
                "after", "before", "despite", "without", "upon"}   # "After spending months trying"


def subject_start(masked, lo, start):
    """Start of the subject of the verb phrase starting at ``start`` in the sentence from ``lo``:
    after the last clause boundary (comma, dash, "that", "and", "but", "while" ...; a relative
    "who"/"which" opens the clause); when the subject is set off by a closed apposition ("NP,
    which ..., seems"), before it. None when no short subject stands there."""
    cuts = list(_BOUNDARY.finditer(masked, lo, start))
    at = lo
    if cuts:
        last = cuts[-1]
        at = last.start() if last.group("rel") else last.end()
        if not masked[at:start].strip() and last.group().startswith(","):
            opening = [m for m in cuts[:-1] if m.group().startswith(",")]
            if not opening:
                return None
            before = [m for m in cuts if m.end() <= opening[-1].start()]
            at = (before[-1].start() if before[-1].group("rel") else before[-1].end()) \
                if before else lo
    while at < start and masked[at].isspace():
        at += 1
    words = CLAUSE_TOKEN.findall(masked, at, start)
    if not words or len(words) > _MAX_SUBJECT_WORDS or MASK in masked[at:start] or \
            words[0].lower() in _NOT_SUBJECT:
        return None
    return at


_WHO_AT_END = re.compile(r"(?<![\w'’-])who\s*$", re.IGNORECASE)
#: a restrictive "that"/"which" closing the words (no comma before it): :func:`antecedent_of_who`'s
#: ``relative`` for holders (holder_phrases.relative_that_holder)
THAT_AT_END = re.compile(r"(?<=[A-Za-z])\s+(?:that|which)\s*$")
#: a relative inside a content: a predicate after it is the relative clause's, no holder's
#: ("advocates for families of Americans who have been killed": content.py)
OWN_RELATIVE = re.compile(r"\b(?:who|whom|that|which)\s")
_NP_WORD = re.compile(r"[\w'’.-]+")
_NP_OPENERS = {"the", "a", "an", "those", "these", "many", "some", "most", "all", "other", "his",
               "her", "their", "its", "our", "few", "several", "both"}
_NP_STOPS = _NOT_SUBJECT | {"and", "or", "but", "among", "including", "like", "as", "than", "are",
                            "is", "was", "were", "be", "been", "has", "have", "had", "not", "who"}
# an indefinite pronoun is the whole phrase (the words before it are its clause's)
_PRONOUN_HEADS = {"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "no-one",
                  "nobody", "those"}


def antecedent_of_who(masked, lo, end, relative=_WHO_AT_END):
    """When the words before ``end`` close on a relative "who" ("idealists who", "the political
    novice who"), or another ``relative`` pattern, the noun phrase it stands for as (start, end);
    else None. The phrase is at most four words back to a determiner, stopping at a verb form
    (-ed, -ing), preposition or conjunction: "inspired idealists who" -> "idealists" (no parser;
    a longer head is cut)."""
    who = relative.search(masked, max(lo, end - 8), end)
    if who is None:
        return None
    words = list(_NP_WORD.finditer(masked, max(lo, who.start() - 60), who.start()))
    if words and masked[words[-1].end():who.start()].strip():
        return None   # "X, who": an apposition (frame_for_verb's) or punctuation
    if words and words[-1].group().lower() in _PRONOUN_HEADS:
        return words[-1].start(), words[-1].end()   # "This could involve someone who": someone
    start = None
    for w in reversed(words[-4:]):
        low = w.group().lower()
        if low in _NP_STOPS or low.endswith(("ed", "ing")) and start is not None or \
                start is not None and ", " in masked[w.end():start]:
            break   # a comma ends the phrase: "a break from the Bush years, centrists who"
        start = w.start()
        if low in _NP_OPENERS:
            break
    return (start, words[-1].end()) if start is not None else None


#: The predicate after a noun phrase in subject position ("Trump's attacks on Cruz grew sharper",
#: "the novice who wants to unseat her is reaping ..."): an auxiliary, a common past tense, or a
#: past form followed by its object or a preposition. Only after a phrase, never inside a clause.
PREDICATE = re.compile(r"\s(?:(?:is|are|was|were|has|have|had|will|would|could|can|may|might|"
                       r"should|must|did|does|do|never|also|still|remains?|remained|seems?|"
                       r"seemed|appears?|appeared|came|comes|drew|draws|grew|grows|got|gets|went|"
                       r"goes|made|makes|led|leads|became|becomes|won|wins|lost|left|fell|rose|"
                       r"began|took|gave|helped|sparked|prompted|caused|failed|fails)\b|"
                       r"[a-z]{3,}ed\s+(?:the|a|an|his|her|their|its|him|them|us|me|those|to|with|in|on|"
                       r"at|by|for|from|up|down|out|off|[A-Z])\b|[a-z]{3,}ed[.,;!?]?$)")


# ", but insists ...", ", but was referring to ...": a second predicate of the speaker (a verb
# with no subject of its own) is the reporter's; ", but beyond that, he ...", ", but not women"
# stay the speaker's contrast (as PolNeAR's annotators keep them)
_BUT = re.compile(r",\s+but\s+(?:also\s+|then\s+|later\s+|still\s+)?([a-z]+)\b")


def but_predicate(masked, a, b, verbs):
    """Start of the first ", but <verb>" in ``masked`` [a, b) (see :data:`_BUT`), else None."""
    for m in _BUT.finditer(masked, a, b):
        w = m.group(1)
        if w in ("was", "were", "is", "are") or w.endswith("ed") or w in verbs.forms:
            return m.start()
    return None


# "The minister's warning last week that prices would rise went unheeded", "Trump's assertion that
# more airstrikes are needed drew rebukes": a noun's "that" clause inside its sentence's subject
# ends where the sentence's own predicate comes, after the clause's own verb group (the clause's
# verb in -s, "Obama wants to ... is false", is too loose a guess: no cut there; nor a verb joined
# by "and": "was fair and would help").
# PolNeAR train: 1 speech content found (run on before), none lost.
_JOINED_BEFORE = re.compile(r"\b(?:and|or|but|nor)$")
_IS_THAT = re.compile(r"\b(?:is|was|are|were)\s+that\s*$")   # ("X's point was that": its own predicate)
_IN_VERB_GROUP = {"be", "been", "being", "not", "never", "also", "still", "have", "has", "had", "to",
                  "get", "got", "n't", "n’t"}


def subject_clause_end(masked, lo, noun_at, s, e):
    """Where the clause [s, e) after "that" of a noun at ``noun_at`` that opens the subject of the
    sentence from ``lo`` (a few words and no verb before it) gives way to the sentence's predicate (see above),
    else ``e``."""
    before = list(CLAUSE_TOKEN.finditer(masked, lo, noun_at))
    if _IS_THAT.search(masked, noun_at, s) or len(before) > 5 or has_finite_verb(before) or PREDICATE.search(masked, lo, noun_at):
        return e
    own = None   # (the end of the clause's own verb group: "are needed", "can be fully trusted")
    for m in PREDICATE.finditer(masked, s, e):
        between = [w.lower() for w in CLAUSE_TOKEN.findall(masked, own, m.start())] if own else []
        if between and not all(w in _IN_VERB_GROUP or w.endswith("ly") for w in between) and \
                not _JOINED_BEFORE.search(masked, max(s, m.start() - 5), m.start()):
            return trim(masked, s, m.start())[1]
        own = m.end()
    return e
