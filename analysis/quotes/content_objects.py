"""What a non-speech content cue takes after it, as :mod:`.content` reads it: the person someone
directs to act, the words or views someone offers, the request someone declines, a judgement
told by an adverb, more of something wanted, a pronoun alone as what someone knows, and what a
stance or topic object is called after "as" ("derided it as poll-tested caution"; 2 Dec 2026,
PolNeAR train all-content +4, dev -1: one gold there stops before "as", five of its neighbours
keep it).

Since 2 Dec 2026 (cont28) also a judgement told by "find", its object and an evaluative adjective
("I find his message chilling": :data:`JUDGED`; PolNeAR train all-content +4, dev 0).

Why a module of its own: :mod:`.content` holds the cue search and is at the size limit; these are
the word lists and patterns it tests at a cue's right edge (moved here on 2 Dec 2026, with the
shapes added that day: PolNeAR train all-content +19 with nominal.py's object extents).
"""
from __future__ import annotations

import re

# Whom someone directs to act, only with that person before "to" (as content.py's _ECM): "has
# encouraged other companies to share scores", "instructed the bureau to stop booking", "advising
# the senator to stick to the issues" (PolNeAR train +8 contents, the 12 new rows right by reading; "allow", "force",
# "require", "persuade" and "pressure" X to left out: there 1 in 4 or fewer is a gold content,
# most say what made something happen)
DIRECTED_CUES = {"encourage", "instruct", "advise", "authorize"}
RELATIVE_JUST_BEFORE = re.compile(r"\b(?:that|which)\s+(?:[a-z]+ly\s+|also\s+)?$")
# What "deem" judges opens like a noun phrase ("deemed him", "deemed the release")
DEEMED_OPENS = re.compile(r"(?:(?i:the|a|an|his|her|their|its|our|this|that|these|those|some|"
                          r"many|certain|him|them|it|me|us|themselves|himself|herself|itself)\b|[A-Z0-9$])")
# What an "offer" object must hold to be someone's words or view ("offered his condolences",
# "offered a more reserved response"): a noun of speech or thought
OFFERED_WORDS = re.compile(r"\b(?:assessments?|thoughts|prayers|congratulations|condolences|words|"
                           r"responses?|reply|answers?|explanations?|apolog(?:y|ies)|praise|"
                           r"critici[sz]ms?|critiques?|details|specifics|ideas|proposals?|vision|"
                           r"testimony|opinions?|views?|evaluations?|defen[cs]e|olive\s+branch|"
                           r"clues|glimpse|forecasts?|advice|suggestions?|comments?|remarks|"
                           r"messages?|assurances?|guidance|insights?|perspective|rebuttal|thanks|"
                           r"tributes?|warnings?|predictions?|arguments?|rationale|"
                           r"justifications?|rhetoric|reasons?)\b", re.IGNORECASE)
# What someone declines or refuses as an object is a request to speak ("declined comment",
# "declined an interview request", "refused requests to stop"; not "declined the nomination")
DECLINED = re.compile(r"(?:(?:an?|the|our|his|her|their|its|all|further|repeated|multiple|several|"
                      r"numerous|any)\s+)?(?:[\w-]+\s+){0,2}?(?:comment|interview|requests?|"
                      r"invitations?)\b", re.IGNORECASE)
# What someone knows or understands told by a pronoun alone, no clause after it ("Politicians know
# this and take advantage of it", "Both campaigns know it too", "The Democrats understood this in
# 2008"): the pronoun is the content (PolNeAR's span; train +4, reported_checks keeping a lone
# "this")
KNOWING = {"know", "understand", "realize", "recognize"}
PRO_OBJECT = re.compile(r"(this|it)(?=\s+(?:and|too|from|in|as|well|better|all|now|already|"
                        r"full\s+well)\b|\s*[,.;:!?—–]|\s+--|\s*$)", re.IGNORECASE)
# A judgement told by an adverb (besides content.py's "sees Y as Z"): "viewed him favorably", "see
# Trump negatively", "saw the remarks differently" (the object with the adverb, PolNeAR's span;
# train +4 contents, 6 rows)
SEEN_MANNER = re.compile(r"\s+(?P<obj>(?:[^\s,;:()\x00—–]+\s+){1,6}?)(?:un)?(?:favou?rably|"
                         r"positively|negatively|differently|warmly|skeptically|sceptically|"
                         r"suspiciously)\b")
# What someone wants or seeks as more of something ("wants more funding for teacher pay", "seeking
# more answers about ..."; object_span takes no "more"; not after a relative): PolNeAR train +3
MORE = re.compile(r"\s+(more|less|fewer)(?=\s+(?!than\b|and\b|or\b|of\b)[a-z])")
WHO_BEFORE = re.compile(r"\b(?:who|that|which)\s+$")
# What a stance or topic object is called or taken for, after "as" ("derided it as poll-tested
# caution", "mocking Rubio as a neophyte who ...", "cites them as evidence of ...", "defended Bernie
# Sanders as a mainstream candidate"): PolNeAR's content holds the "as" phrase, up to the next
# comma, dash or colon. Not a clause ("as he urges", "as the crowd cheered"), a fixed phrase ("as
# well", "as soon as") or the holder's own office ("opposed it as a candidate", "as senator").
AS_PREDICATE = re.compile(
    r"\s+as\s+(?=(?:an?|the|being|someone|something|evidence|proof|one|having|too|[“\"]|"
    r"[a-z]+-[a-z]+)\s|[“\"])(?!(?:an?|the)\s+(?:candidate|senator|president|"
    r"governor|mayor|secretary|member|delegate|superdelegate|nominee|congressman|congresswoman|"
    r"lawmaker|chairman|chairwoman|result|whole|group|matter|means|part)\b)(?!(?:the|an?)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:is|are|was|were|has|had|have|will|would|can|could|did|does|"
    r"[a-z]{2,}ed|[a-z]{2,}s)(?:\s+(?:the|a|an|to|that|it|him|her|them|on|in|up|out|[a-z]+ly)\b|"
    r"\s*[.,;:!?]|\s*$))"
    r"[^,;:()\x00—–]+?(?=\s*(?:[,;:()\x00—–]|\s-\s|--|[.!?]?\s*$))")
# A stance's object of one word with no determiner, besides a plural: a noun of an act or state
# ("opposes abortion", "support deportation", "is seeking re-election", "condemning violence");
# read by nominal.object_span. PolNeAR train all-content +7 (15 new rows, right by reading but a
# holder or two found as before: "The next stop ... was talking about terrorism").
MASS_NOUN = re.compile(r"[a-z][a-z-]{2,}(?:tion|sion|ment|ity|ism|ance|ence|ship|ness)")

# A judgement "find" tells by its object and an evaluative adjective ("I find his message
# chilling", "he found the area welcoming", "voters who may find Sanders compelling", "is finding
# them reluctant to open their wallets"): the object and what it is found to be (the content
# runs on to the clause's end, cut at a comma after the adjective). Closed list of adjectives:
# "found the posting" or "found 90 percent" judge nothing; nor "find it hard/difficult/easy to":
# what someone can do, most often the reporter's forecast ("Trump will find it difficult to
# repeat his attacks"). PolNeAR train all-content +4 (5 new rows, right by reading), dev 0.
_JUDGED_ADJECTIVES = (
    "chilling|troubling|disturbing|alarming|worrisome|worrying|frightening|scary|deplorable|"
    "offensive|objectionable|insulting|distasteful|abhorrent|repugnant|reprehensible|outrageous|"
    "disgusting|appalling|unacceptable|acceptable|appropriate|inappropriate|welcoming|compelling|"
    "convincing|unconvincing|persuasive|credible|believable|unbelievable|plausible|implausible|"
    "appealing|unappealing|attractive|refreshing|encouraging|inspiring|admirable|impressive|"
    "unimpressive|interesting|fascinating|amusing|ironic|odd|strange|curious|remarkable|"
    "surprising|shocking|ridiculous|absurd|laughable|hypocritical|irresponsible|dangerous|"
    "frustrating|disappointing|depressing|baffling|puzzling|perplexing|confusing|misleading|"
    "reluctant|unwilling|eager|useful|helpful|lacking|wanting|wrong|guilty|"
    "innocent|fit|unfit|qualified|unqualified|trustworthy|untrustworthy|dishonest|likable|"
    "unlikable|satisfying|unsatisfying|unfair|fair")
JUDGED = re.compile(
    r"(?:it|him|her|them|this|that|himself|herself|themselves|"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|"
    r"(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|such)\s+"
    r"(?:[\w'’-]+\s+){0,6}?[\w'’-]+)"
    r"\s+(?:(?:very|so|too|all\s+too|wholly|entirely|completely|deeply|particularly|quite|rather|"
    r"more|less|most|increasingly|equally|utterly|totally|somewhat|highly|pretty)\s+)?"
    r"(?:" + _JUDGED_ADJECTIVES + r")\b(?![\w'’-])")
