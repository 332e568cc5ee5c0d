"""Words before a verb that only look like its subject (for :func:`.subjects.bare_subject`), or not.

Why: the bare-subject rule takes the last words before a verb when no reference covers them,
and its clause bound is a comma, a preposition or a stop word; inside a number, a date or a
proportion those bounds cut a piece out of the phrase ("In 2013, Syrian hackers" gave "2013,
Syrian hackers", "over 30,000 immigrants expected" gave "000 immigrants", "About four out of 10
voters said" gave "10 voters", "the Nov. 13 terrorist attacks" gave "13 terrorist"), and a time
adverbial ("in January", "weeks of uncertainty") is no one who speaks. Nothing invented: such a
row keeps no speaker rather than a fragment (the proportion rule, :mod:`.reported_frames`, names
"About four out of 10 voters" where the verb follows it). Likewise the name or description
after "close to" or "familiar with" ("people close to the vice president said" gave "the vice
president"): the whole phrase is the source (:func:`informed_source`, :func:`informed_after`;
PolNeAR train: 11 rows, 4 of them quotations, none read worse; with "People ..." opening a
sentence and the phrase ended before "don't", "did not", adverbs: 9 rows more, all read better).
And the reverse: a reference
governed by a preposition that a subject "that"/"which" follows is the verb's subject
(:func:`relative_antecedent`; PolNeAR train 6 rows, dev 3: 7 read better, 1 worse, 1 as wrong).
And a role noun's "to" phrase says whom its holder serves ("Aides to the governor said",
"Advisers to Mr. Hale said": the aides speak, not the governor; :func:`serves_to`,
:func:`breaks_phrase`; PolNeAR train 4 rows, dev 1, all read better).
"""
from __future__ import annotations

import re

from ..codebooks import abbreviations, load_role_nouns
from .article import refs_starting_in, verb_hits_in
from .mentions import Ref
from .verbs import _LY
from .words import MONTHS

# a count or a date right before a phrase that opens with a number: "four out of 10 voters",
# "9 in 10 Republicans", "Nov. 13 terrorist", "October 28 CNBC debate"
_COUNTED_BEFORE = re.compile(r"(?:\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                             r"(?:in|of|out\s+of)|\b(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.|"
                             r"\b(?:January|February|March|April|May|June|July|August|September|"
                             r"October|November|December))\s+$")
_TIME_BEFORE = re.compile(r"\b(?:in|since|until|by|last|next|this|early|late|before|after|"
                          r"during)\s+$")
_TIME_PLURALS = {"weeks", "months", "years", "days", "hours", "decades"}
# no one, or no noun: "much of the establishment is hostile", "None of them is pushing", "this
# only explains", "has been live reporting"
_NOT_HEADS = {"much", "none", "nothing", "little", "only", "live", "just", "even", "ever"}


def not_a_subject(masked: str, s: int, at: int, words: list[str]) -> bool:
    """True when the phrase ``words`` (its noun phrase starting at ``s``; its own words at
    ``at``) is a piece of a number or word, a count inside a proportion or date, a month after
    its preposition ("in January", unless a noun phrase it modifies opens the subject: "A
    Bloomberg poll in June"), a span of time ("weeks") or a lone quantifier or adverb ("much",
    "None", "only")."""
    if s and (masked[s - 1].isalnum() or masked[s - 1] in ",." and masked[s - 2:s - 1].isdigit()):
        return True   # "30,|000 immigrants": the clause bound cut a number
    if words[0][0].isdigit() and _COUNTED_BEFORE.search(masked, max(0, s - 24), s):
        return True
    last = words[-1].lower()
    if len(words) == 1 and last in _NOT_HEADS:
        return True
    return last in _TIME_PLURALS or s == at and len(words) == 1 and last in MONTHS and \
        _TIME_BEFORE.search(masked, max(0, s - 8), s) is not None


# "people familiar with the talks", "a source close to him", "officials briefed on the plan": the
# phrase after the cue names what the source knows, not who speaks
_INFORMED = re.compile(r"\s+(?:familiar\s+with|close\s+to|briefed\s+on|knowledgeable\s+about|"
                       r"with\s+(?:direct\s+|first-hand\s+)?knowledge\s+of)\s+")
_OBJECT_END = re.compile(r"[^,;:()\x00]{1,80}?(?=(?:\s+(?:[a-z]+ly|also|have|has|had))*\s*$)")
# the words between the phrase and its verb ("... the White House don't expect", "did not say")
_AUX_TAIL = re.compile(r"(?:\s+(?:" + _LY.pattern + r"|also|have|has|had|do|does|did|not|never|"
                       r"don['’]t|doesn['’]t|didn['’]t))+\s*$")   # (not "the family")
_NP_BEFORE = re.compile(r"(?<![\w’'.-])((?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|"
                        r"[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Ff]our|[Ff]ive|\d+)\s+)?"
                        r"(?:(?!(?i:and|but|or|yet|so|that|said|says|say|told)\b)[\w’'.-]+\s+){0,3}?"
                        r"(?i:people|person|sources?|officials?|aides?|"   # ("People ..." too)
                        r"advisers?|advisors?|Democrats?|Republicans?|members?|allies|ally|"
                        r"insiders?|operatives?|strategists?|executives?|lawmakers?|diplomats?|"
                        r"donors?|friends?|associates?|staffers?|confidants?))$")


def informed_source(art, lo: int, start: int):
    """The whole phrase "<source> familiar with / close to <what>" right before the verb at
    ``start`` ("One Democrat familiar with the talks said", "people close to the vice president
    said"), as a description with no id; None without that shape. Why: the name or description
    after "close to" is no speaker (it was taken as one: "the vice president"), and a possessive
    after "familiar with" left no subject at all ("a source familiar with Cruz's thinking")."""
    window = max(lo, start - 160)
    near = art.masked[window:start]
    if "familiar" not in near and "close to" not in near and "briefed" not in near and \
            "knowledge" not in near:
        return None   # (a plain search first: this runs for most verbs' subjects)
    cues = list(_INFORMED.finditer(art.masked, window, start))
    if not cues:
        return None
    cue = cues[-1]
    obj = _OBJECT_END.fullmatch(art.masked, cue.end(), start)
    np = _NP_BEFORE.search(art.masked, max(lo, cue.start() - 60), cue.start())
    if obj is None or np is None or "\n" in art.masked[np.start(1):start] or \
            obj.group().rstrip().endswith(("'s", "’s")) or verb_hits_in(art, cue.end(), start):
        return None   # "familiar with Cruz's | thinking said": the verb is a noun of the object
    tail = _AUX_TAIL.search(obj.group())
    s, e = np.start(1), cue.end() + len(obj.group()[:tail.start() if tail else None].rstrip())
    return Ref(s, e, art.text[s:e], "plural")


def informed_after(masked: str, end: int) -> int:
    """Where an inverted subject ending at ``end`` ends when "familiar with ..." or "close to
    ..." follows it or ends in its adjective ("..., said one Democrat familiar | with the
    meeting."): the clause's end."""
    cue = _INFORMED.match(masked, end) or _INFORMED.match(masked, max(0, masked.rfind(" ", 0, end)))
    stop = _AFTER_END.search(masked, cue.end()) if cue else None
    return stop.start() if stop and stop.start() - cue.end() <= 80 else end


_AFTER_END = re.compile(r"\s*(?:[,.;:()\x00]|$)")


# "that" or "which" as the subject of the verb right after it ("the group that has declared")
_SUBJECT_RELATIVE = re.compile(r",?\s+(?:that|which)\s+(?:(?:has|have|had|also|now|first|once)\s+)?"
                               r"(?:[a-z]+ly\s+)?$")   # (an adverb too: "which has strongly denied")


def relative_antecedent(art, lo: int, start: int, cls: str = ""):
    """"war on the organization that has declared a "caliphate"": the reference right before a
    subject "that"/"which" is the verb's subject, though a preposition governs it (the last
    non-oblique one, "the United States", was taken); not for a verb of evidence ``cls``
    ("polls by Quinnipiac University that showed": the polls)."""
    m = _SUBJECT_RELATIVE.search(art.masked, max(lo, start - 24), start)
    if m is None or cls == "evidence":
        return None
    refs = [r for r in refs_starting_in(art, max(lo, m.start() - 80), m.start())
            if r.end == m.start() and not r.possessive and r.kind != "who"]
    return refs[0] if refs else None   # the longest: "polls by Quinnipiac University"


# "I said", "I then told", "I laughed and said" right before the verb
_WRITER_I = re.compile(r"(?<![\w'’.-])I\s+(?:[a-z]+ly\s+|then\s+|also\s+)?(?:[a-z]+ed\s+and\s+)?$")


def writer_subject(masked, lo, start) -> int:
    """Is the verb at ``start`` the writer's own, "I" right before it ('"Your Honor," I said,
    "..."', "I laughed and said, "...""; a quotation's "I" is masked)? Its speaker is "I": no
    name, the mention kept, as PolNeAR's Source is (train: 5 direct rows more right, none
    wrong; dev 1). Where the "I" is, else -1."""
    m = _WRITER_I.search(masked, max(lo, start - 40), start)
    return m.start() if m else -1


def serves_to(toks, j) -> bool:
    """Is ``toks[j - 1]`` a "to" after a role noun ("Aides to", "an adviser to"): a phrase saying
    whom the subject serves, part of the subject's noun phrase (``toks``: word matches)?"""
    if toks[j - 1].group().lower() != "to":
        return False
    low = toks[j - 2].group().lower()
    return low in load_role_nouns() or low.endswith("s") and low[:-1] in load_role_nouns()


def breaks_phrase(pre, toks, j) -> bool:
    """Does anything but spaces stand between the words ``toks[j - 1]`` and ``toks[j]`` of
    ``pre``, other than the period of an abbreviated title (the abbreviations codebook: "Mr.",
    "Sen.") right after "to", "of" or "for" ("Advisers to Mr. Hale")? Not at a clause's start
    ("Mr. Hale was referring"), where the name alone was always the subject's."""
    w = toks[j - 1]
    gap = pre[w.end():toks[j].start()]
    return bool(gap.strip()) and not (
        gap == ". " and j >= 2 and toks[j - 2].group() in ("to", "of", "for") and
        w.group().lower() in set(abbreviations()["abbreviation"]))


# "The groups who wrote to her on Thursday say": a determiner's noun phrase opening the sentence,
# then a subject relative clause (its first word a verb: no pronoun or determiner, which would make
# "that" a complement's opener) running to the reporting verb without a break
_HEAD_OF_RELATIVE = re.compile(
    r"\s*(?P<np>(?:[Tt]he|Some|Many|Several|Most|Two|Three|Four|Five)\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"[a-z][\w-]*)\s+(?:who|that)\s+(?!(?:he|she|they|it|we|I|you|the|a|an|his|her|their|its|"
    r"this|is|was|are|were)\b)[a-z][^,;:()\x00]{2,80}?\s+(?:[a-z]+ly\s+)?$")


_STOP = re.compile(r"[.!?]\s+(?=[A-Z])")
_FRONTED_CLAUSE = re.compile(r"\s*(?:While|When|As|After|Before|Although|Though|Since|If|Because)\s")


def relative_head(art, lo: int, start: int):
    """The subject of "The groups who wrote to her on Thursday say they are "..."": the noun
    phrase the relative clause hangs on, not a name or pronoun inside that clause ("her", "the
    senator"). PolNeAR train: 1 row."""
    if art.masked.find(" who", lo, start) < 0 and art.masked.find(" that", lo, start) < 0:
        return None
    m = _HEAD_OF_RELATIVE.match(art.masked, lo, start)
    comma = art.masked.rfind(",", lo, start)
    if m is None and comma > lo:   # "While X did, the groups who ... say" (a stop the sentence
        stops = [s.end() for s in _STOP.finditer(art.masked, lo, comma)]   # splitter missed too)
        if _FRONTED_CLAUSE.match(art.masked, stops[-1] if stops else lo):
            m = _HEAD_OF_RELATIVE.match(art.masked, comma + 1, start)
    return Ref(m.start("np"), m.end("np"), art.text[m.start("np"):m.end("np")], "plural") \
        if m else None
