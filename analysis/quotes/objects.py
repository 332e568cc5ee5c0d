"""Speech acts told by their object, not by a clause: ``called for dialogue``, ``urged allies to
...``, ``accused Washington of ...``, ``blasted the move as ...``, ``spoke about the economy``,
``asked whether ...``, ``called him a fascist``.

Why a module of its own: where such a content starts (at the object, after a preposition, at a
question word) and ends (at a clause break, a coordinated speech act) is one job, shared by the
reported-clause step (:mod:`analysis.quotes.reported`) and the naming shape "X called Y Z", which
is no codebook verb (a telephone call must not take quotations' speakers). The seed gold's
guidelines (gold/README.md, "Speech acts told by their object") fix where a content starts: at
the addressee or target (``urged the industry to ...``, ``accused the media of ...``), or the plain
object (``criticized the Paris agreement``), as PolNeAR codes it (Pareti 2016). Where a content
ends: at a clause break, past a list (``A, B and C``), before a second predicate of the speaker
in the same form (``... and defended Trump``, :func:`coordinated_predicate`, also used for clauses).
Whether the words after a verb with no "that" are its object or a reported clause ("confirmed the
nominee" / "confirmed he was on the plane") is the same question from the other side:
:func:`~analysis.quotes.clause_or_object.clause_follows`.
"""
from __future__ import annotations

import re

from ..text import CLAUSE_TOKEN, word_alternation
from .article import verb_hits_in
from .attribution import frame_for_verb
from .marks import MASK, trim
from .object_limits import (EXAMPLES, EXAMPLES_DASH, aside_resumes, bare_verb, topic_later, gerund_before, in_relative,
                            infinitive_before, joined_in_content, manner_end, new_speaker, bare_noun_object,
                            lone_question, purpose_infinitive, setting_clause, short_parenthesis,
                            threat_told)
from .missed_splits import sentence_break
from .clause_or_object import has_finite_verb
from .reported_limits import DASH, past_closing, shown_commas
from .set_off_addressees import aside_resumes_at, repeated_charges_end
from .words import (
    QUANTITY_START,
    DETERMINERS,
    FINITE_AUX,
    IRREGULAR_PAST,
    NOT_PARTICIPLE,
    CALLED_TO_NOUNS,
    PHONED_TO,
    PREPOSITIONS,
    PRONOUNS,
)

# Speech acts whose content is their object, not a clause: "called for steep new tariffs",
# "promised to cut taxes", "warned of a trade war" (the content runs from the verb) ...
OBJECT_CONTENT = {"call for", "demand", "propose", "promise", "vow", "pledge", "threaten",
                  "predict", "warn", "point to",
                  # "Trump called to ban Muslims ...", "while calling to erect a wall" (PolNeAR
                  # train: 3 contents, no row before; not "called to congratulate him": PHONED_TO)
                  "call to"}
# "warned of/against a trade war", not "warned officials" ("agreed to pay": 9 of 17 new rows
# matched PolNeAR train, left out)
_OBJECT_NEEDS_PREP = {"warn": ("of", "against", "about")}
# words that open no object of such a speech act (its passive participle's adjunct or agent)
_NO_OBJECT_START = {"that", "by", "on", "in", "at", "during", "after", "before", "since", "until",
                    "under", "from", "when", "while", "as"} | FINITE_AUX
_WH = ("whether", "if", "how", "why", "what", "who", "when", "which", "where")   # a question's content
_TOPIC_PREPS = ("about", "for")   # after an addressee: "asked Trump about ...", "asked the court for ..."
# ... or follows an addressee or target: "urged NATO allies to ...", "accused Washington of ...",
# "blasted the move as ...": the content starts at (to) or after (of, as, for) the first of these.
CONTENT_AFTER_OBJECT = {"urge": ("to",), "call on": ("to",), "ask": ("to",) + _WH[:8] + _TOPIC_PREPS,
                        "press": ("to", "for"), "appeal": ("to", "for"), "request": ("to",),
                        "order": ("to",), "accuse": ("of",), "charge": ("with", "of"),
                        "blast": ("as", "for"), "slam": ("as", "for"), "denounce": ("as", "for"),
                        "condemn": ("as", "for"), "criticize": ("as", "for"), "attack": ("as", "for"),
                        "describe": ("as",), "rebuke": ("for",), "dismiss": ("as",),
                        "reject": ("as",), "praise": ("as", "for"), "call out": ("for", "on"),
                        # "challenged Trump to a debate", "challenges Sanders on the Obama legacy"
                        # (not "challenging McCain for the seat", "has been challenging the coal
                        # industry over water pollution": electoral and legal challenges)
                        "challenge": ("to", "on", "about"), "remind": ("of", "about"),
                        # "told reporters to stay home", "warned voters not to ...": a directive
                        "tell": ("to", "how", "why", "whether", "what"), "warn": ("to",)}
# (the addressee of "tell" and "warn" is no part of the directive: PolNeAR's contents start at
# "to"; the addressee is short, so either start matches)
_TO_AFTER_ADDRESSEE = {"tell", "warn"}
_NOT_IN_ADDRESSEE = FINITE_AUX | {"who", "whom", "that", "which", "story", "stories", "tale", "with",
                                   "and", "but", "or"}
_WH_BEFORE_TO = set(_WH)
_NEGATION_BEFORE = re.compile(r"\b(?:not|never)\s+$", re.IGNORECASE)
# ... or by what comes right after it: a topic ("spoke about the economy", "commented on the
# case", "responded to the criticism", "asked for a recount") or a question ("asked whether ...",
# "explained how ..."): the content starts after the preposition, at the question word.
TOPIC_AFTER = {"speak": ("about", "of", "against"), "agree": ("with", "on"),
               "comment": ("on", "about"), "respond": ("to",), "reply": ("to",),
               "complain": ("about", "of"), "joke": ("about",),
               # "argued for a new name", "argued against intervention" (PolNeAR train: 4 of 5 new
               # rows matched; not "argued for years that ...", a duration: see _DURATION)
               "argue": ("for", "against"),
               "write": ("about", "of"), "tweet": ("about",), "boast": ("about", "of"),
               "brag": ("about",), "testify": ("about",), "lament": ("about",),
               "ask": ("about", "for") + _WH, "explain": _WH[:7], "question": _WH[:7],
               "describe": _WH[:7], "announce": _WH[:7], "tell": ("about",),
               # "did not say how the justices had voted" (not "said if elected", "said when asked")
               "say": ("whether", "how", "why", "what", "who")}
# ... or is the plain object when none of those follows: "criticized the Paris agreement",
# "praised his economic record", "mentioned raising the minimum wage" (PolNeAR annotates the
# object as the content; Pareti 2016). A pronoun alone ("praised him") is too short to count.
PLAIN_OBJECT = {"criticize", "praise", "tout", "mention", "blast", "slam", "describe", "question",
                "note", "report", "announce", "deny",
                # "touted his victories", "tweeted a photograph", "stressed bipartisan support",
                # "recalled Ali's generosity", "dismissed Obama's actions" (PolNeAR train: each
                # gained about twice the rows it added wrongly; "claimed a victory", "declared
                # war", "confirmed a judge", "explained his reasoning" did not and are left out)
                "tweet", "acknowledge", "recall", "repeat", "stress", "dismiss", "call out",
                # "reiterated his support for Trump": the twin of "repeat" (PolNeAR train: 5 of 7
                # new rows matched; "emphasized her ties to Obama" 7 of 10, but dev 2 of 3: left out)
                "reiterate"}
# A codebook form ending in its preposition ("made no mention of", "said little about"): the object is
# the content (PolNeAR train: 5 of 7 new rows matched; "did not respond to" 13 of 30: left out)
_FORM_ENDS_IN_TOPIC = re.compile(r"\s(?:about|of)$")
_NOT_AN_OBJECT = PREPOSITIONS | FINITE_AUX | {"that", "and", "or", "but", "so", "not", "him",
                                               "them", "it", "himself", "herself", "themselves"}
_CALL = re.compile(word_alternation(["call", "calls", "called", "calling"], r"[\w-]") + r"(?![\w-])")
_CALLED_OBJECT = {"him", "her", "them", "it", "himself", "herself", "themselves", "itself", "me",
                  "us", "you", "this", "that"}
_NOT_A_NAME_GIVEN = PREPOSITIONS | {"back", "off", "up", "out", "and", "or", "but", "again", "later",
                                    "after", "today", "yesterday", "tonight", "when", "while", "who",
                                    "which", "that", "was", "is", "were", "are", "has", "had",
                                    "said", "says"}
# Where and through whom a speech act told by its object was made: the reporter's setting, not
# its content ("denied the accusations through a spokeswoman", "touted his wins in his opening
# statement", "praised the plan in an interview published Sunday"; Bell 1991 on news frames)
SETTING = re.compile(r"\s+(?:in|at|on|during|through|via)\s+(?:a|an|the|his|her|their|its|one|other|"
                      r"several)\s+(?:[\w’'-]+\s+){0,3}?(?:interviews?|statements?|speech(?:es)?|"
                      r"rall(?:y|ies)|town\s+hall|remarks|debates?|(?:press|news)\s+conference|"
                      r"conference\s+call|letters?|tweets?|op-eds?|appearances?|forums?|hearings?|"
                      r"spokes(?:man|woman|person)|lawyers?|attorneys?|Facebook\s+page|"
                      r"website|podcast)\b")
_VERBAL = re.compile(r"\b(?:to|[a-z]{2,}ing|made|said|who|which|that)\b")
_NO_NAME_GIVEN = FINITE_AUX | IRREGULAR_PAST | {"shortly", "immediately", "personally", "directly",
                                                "repeatedly", "recently", "early", "late", "twice"}
_OBJECT_END = re.compile(r",(?!\d{3})|[;:—–(]|\s-\s")   # (not "$513,000")
_TIME_OF_CONTENT = re.compile(r"\b(?:until|till|by|before|after|through|from|since)$")   # the deadline asked for
_TIME_AT_END = re.compile(r"(?:(?:\s+on)?\s+(?:today|tonight|yesterday|(?:mon|tues|wednes|thurs|fri|"
                          r"satur|sun)day)(?:\s+(?:morning|afternoon|evening|night))?|"
                          r"(?:\s+(?:earlier|later|(?:in|over|during)\s+the))?\s+(?:last|this)\s+(?:week|month|year|morning|"
                          r"afternoon|evening|weekend|spring|summer|fall|winter)|\s+in\s+(?:19|20)\d\d|"
                          r"\s+(?:a|one|two|three|four|five|several|a\s+few)\s+(?:days|weeks?|months?|years?)"
                          r"\s+ago|\s+in\s+(?:recent|the\s+past|the\s+last)\s+(?:days|weeks|months|years)|"
                          r"\s+(?:in|on|since|last|this)\s+(?:January|February|March|April|May|June|July|"
                          r"August|September|October|November|December)(?:\s+\d+)?)\W*$",
                          re.IGNORECASE)
_AND_AT_END = re.compile(r"\s+(?:and|but|while)\s*$")
_INFINITIVE = re.compile(r"\bto\s+$")
_DURATION = re.compile(r"\s+(?:years|months|weeks|days|decades|hours|the\s+(?:first|second|third|last)\s)")
# "individuals who claim to represent ...", "a woman who claimed to be undecided": a claim told by
# its infinitive, the claimed state or act (PolNeAR train: 5 of 6 such new rows matched)
# (not "as wealthy as he claims to be to pay ...": an elided complement)
_CLAIMED_INFINITIVE = re.compile(r"\s+(to)\s+([a-z]+)\b(?!\s+to\b)")
# "suggested cutting the budget", "recommends raising the age": a gerund object is the proposal
# (not "suggested something", "proposed this morning")
_GERUND_OBJECT = {"suggest", "recommend", "propose"}
_GERUND = re.compile(r"\s+(?!(?:some|no|any|every)thing\b|morning\b|evening\b|during\b)([a-z]{2,}ing)\b")
# "to say about": its object was moved ("nothing bad to say about Sanders", "the last word to
# be said about the case"); the topic is the content (not "said about 300 people came")
_SAID_ABOUT = re.compile(r"\s+about\s+(?!(?:half|halfway|midway|once|twice|an?)\b)(?=[\w\x00])")
_TO_SAY = re.compile(r"\bto\s+(?:be\s+)?$")   # (not "things he said about X": PolNeAR takes the things)
_THEY_SAY = re.compile(r"\bthey\s+$", re.IGNORECASE)
_TOPIC_STOP = re.compile(r"[,:;.!?]\s*\x00?")
COORDINATED = re.compile(r"(?:\band|\bbut|,)\s+$")   # "... and said he was severing ties"
TIME_ADVERBS = {"today", "tonight", "yesterday", "monday", "tuesday", "wednesday", "thursday",
                 "friday", "saturday", "sunday", "earlier", "later", "again", "also", "now",
                 "repeatedly", "publicly", "privately", "recently", "previously", "then", "often"}
_NOT_CALLED_TO = PHONED_TO | CALLED_TO_NOUNS
_CALLED_PASSIVE = re.compile(r"(?:,|\b(?:get|gets|got|getting|be|been|being|is|are|was|were))\s*$")
_OBJECT_WORD = re.compile(r"[\w’'.\-]+|\x00+|[,;:.()]")   # a quotation (masked) is one word


def object_content(masked, lemma, start, end, hi):
    """Start of the content of a speech act told by its object (see :data:`OBJECT_CONTENT`,
    :data:`CONTENT_AFTER_OBJECT`), or None. The object may not cross punctuation."""
    if lemma == "say" and _TO_SAY.search(masked, max(0, start - 12), start) and \
            (about := _SAID_ABOUT.match(masked, end)):
        # "had nothing bad to say about Sanders", "what it says about America"; not "said about 300
        # came", "as they say about ..." (a saying), 'said about the plan, "..."' (the quotation)
        if QUANTITY_START.match(masked, about.end() - 6) or _THEY_SAY.search(masked, max(0, start - 5), start) \
                or (stop := _TOPIC_STOP.search(masked, about.end(), hi)) and stop.group()[-1] == MASK:
            return None
        return about.end()
    if _INFINITIVE.search(masked, max(0, start - 12), start) and not purpose_infinitive(masked, start):
        return None   # "to confirm their address", "need a majority to confirm"
    if _FORM_ENDS_IN_TOPIC.search(masked, max(start, end - 6), end):
        return _plain_object(masked, None, end, hi)   # "made no mention of", "said little about"
    if lemma == "claim" and (m := _CLAIMED_INFINITIVE.match(masked, end, hi)) and (m.group(2) in ("be", "have") or bare_verb(m.group(2))):
        return m.start(1)
    if lemma in _GERUND_OBJECT and (m := _GERUND.match(masked, end, hi)):
        return m.start(1)
    if lemma in OBJECT_CONTENT:
        m = _OBJECT_WORD.search(masked, end, hi)
        if m is None or not m.group()[0].isalnum() or m.group().lower() in _NO_OBJECT_START:
            return None   # ("the laws proposed during Nixon's term": a participle, no act)
        if lemma in _OBJECT_NEEDS_PREP and m.group().lower() not in _OBJECT_NEEDS_PREP[lemma]:
            return _after_object(masked, lemma, end, hi)   # "warned voters not to ..."
        if lemma == "threaten" and not threat_told(masked, end) or \
                lemma == "call to" and (not bare_verb(m.group()) or m.group().lower() in _NOT_CALLED_TO
                                        or _CALLED_PASSIVE.search(masked, max(0, start - 9), start) and
                                        (masked.startswith("called", start) or masked[start - 2:start] != ", ")):
            return None   # (not "members, called to ...", "get called to ...": a passive)
        if m.group().lower() in ("of", "against", "about"):
            m = _OBJECT_WORD.search(masked, m.end(), hi)
            return m.start() if m is not None and m.group()[0].isalnum() else None
        return m.start()
    m = _OBJECT_WORD.search(masked, manner_end(masked, end), hi)   # ("spoke favorably of")
    while m is not None and m.group().lower() in TIME_ADVERBS | {"out", "briefly", "openly"}:
        m = _OBJECT_WORD.search(masked, m.end(), hi)   # "spoke out about", "spoke briefly of"
    if m is not None and (m.group().lower() in TOPIC_AFTER.get(lemma, ()) or lone_question(masked, lemma, m)):
        if m.group().lower() in _WH:
            return m.start()
        nxt = _OBJECT_WORD.search(masked, m.end(), hi)
        return nxt.start() if nxt is not None and nxt.group()[0] not in ",;:.()" and \
            not DASH.match(masked, m.end()) and not _DURATION.match(masked, m.end()) else None
        # (not "agree on — opposition", "asked for years")
    if m is not None and (later := topic_later(masked, lemma, m.start(), hi)) is not None:
        return later   # "spoke to CNN about the subject", "spoke at the White House on Tuesday about"
    return _after_object(masked, lemma, end, hi)


def _after_object(masked, lemma, end, hi):
    """Start of a content after an addressee or target (:data:`CONTENT_AFTER_OBJECT`), the plain
    object's when no preposition of the verb follows, or None."""
    preps = CONTENT_AFTER_OBJECT.get(lemma)
    if not preps:
        return _plain_object(masked, lemma, end, hi)
    found, first, skip, aside, k = {}, None, end, end, -1
    for m in _OBJECT_WORD.finditer(masked, end, hi):
        w = m.group()
        if m.start() < aside or w in (",", "—", "–", "-") and first is not None and \
                (aside := aside_resumes_at(masked, m.start(), hi, preps) or end) > end:
            continue   # "asked Kasich, who trails in delegates, to lay out ..."
        k += 1
        if m.start() < skip or w == "(" and (skip := short_parenthesis(masked, m.start())) > m.start():
            continue   # "called on Gov. Rick Snyder (R) to resign"
        if k > 10 or not w[0].isalnum() and w not in ".'’-" and w[0] != MASK:
            break
        first = first or (None if w.lower() in TIME_ADVERBS else m)
        if k and w.lower() in preps:
            found.setdefault(w.lower(), m)
    m = min(found.values(), key=lambda f: f.start(), default=None)   # the first one decides
    # ("asked him whether to run": "whether"; "praised X for his work as mayor": "for")
    if m is None:
        return _plain_object(masked, lemma, end, hi)
    between = {w.lower() for w in CLAUSE_TOKEN.findall(masked, end, m.start())}
    if lemma in _TO_AFTER_ADDRESSEE and between & _NOT_IN_ADDRESSEE:
        return None   # (not "tells voters who wonder why ...", "told the FBI with what she told")
    if m.group().lower() in _WH:
        return m.start()
    nxt = _OBJECT_WORD.search(masked, m.end(), hi)
    if nxt is None or nxt.group()[0] in ",;:.()" + MASK or any(
            masked[f.end():f.end() + 2].strip()[:1] == MASK for f in found.values()):
        return None   # "accused Russia of "intervening"": the quotation carries it
    if lemma in _TO_AFTER_ADDRESSEE:   # "told reporters || to stay home", "warned voters || not to"
        if not bare_verb(nxt.group()) or between & _WH_BEFORE_TO:
            return None   # (not "told the story to the crowd", "telling them when to join": no
            # question word of "tell" before "to")
        neg = _NEGATION_BEFORE.search(masked, max(end, m.start() - 7), m.start())
        return neg.start() if neg else m.start()
    if lemma == "ask" and m.group().lower() in _TOPIC_PREPS or lemma == "remind":
        return nxt.start()   # "asked Trump about [his remarks]", "reminded voters of the stakes":
        # the topic, not the addressee
    # the addressee or target is part of what was said: "urged the industry to do more",
    # "accused the media of bias" (PolNeAR, Pareti 2016; gold/README.md)
    return first.start() if first is not None and first.group()[0].isalnum() else None


def _plain_object(masked, lemma, end, hi):
    """Start of the plain object of a :data:`PLAIN_OBJECT` verb ending at ``end`` (``lemma``
    None: a codebook form ending in its preposition), or None."""
    if lemma is not None and lemma not in PLAIN_OBJECT:
        return None
    m = _OBJECT_WORD.search(masked, end, hi)
    while m is not None and m.group().lower() in TIME_ADVERBS:
        m = _OBJECT_WORD.search(masked, m.end(), hi)
    if m is None or not m.group()[0].isalnum() or m.group().lower() in _NOT_AN_OBJECT:
        return None
    return m.start()


def _called(masked, at, hi):
    """Start of "called him a fascist", "calls North Carolina her home state" (the object and the
    name given it, as PolNeAR annotates) after the verb ending at ``at``, or None: "called him on
    Friday", "called it off", "called Lavrov to discuss", "a group called Friends of ..."."""
    m = _OBJECT_WORD.search(masked, at, hi)
    if m is None:
        return None
    words = list(_OBJECT_WORD.finditer(masked, m.start(), min(hi, m.start() + 80)))[:8]
    k = 1 if words and words[0].group().lower() in _CALLED_OBJECT else 0
    if not k and len(words) > 2 and words[0].group().lower() in ("the", "his", "her", "their"):
        k = 2    # "called the move a coup", "called the White House ..."
    elif not k and bare_noun_object(words):
        return m.start()   # "called climate change a hoax" (see bare_noun_object)
    while k < len(words) and k < 6 and words[k].group()[:1].isupper():
        k += 1   # a name: "North Carolina", "Mr. Trump"
    if not k or k >= len(words):
        return None
    nxt = words[k].group()
    if not nxt[0].isalnum() or nxt.lower() in _NOT_A_NAME_GIVEN:   # (a quotation has its row)
        return None
    if nxt[0].isdigit() or nxt[0].isupper() or nxt.lower() in _NO_NAME_GIVEN:
        return None   # "a group called Ginbot 7", "a band called Sophistafunk got the crowd ...",
        # "called Sanders shortly after": a name run on, a verb or an adverb, no name given
    return m.start()


_LIST_STOP = re.compile(r"[;:.()—–]|\s-\s|$")
_LIST_BREAK = {"which", "who", "whom", "whose", "where", "when", "including", "while", "but",
               "he", "she", "they", "it", "we", "i"}


class _Stop:   # (the end of a list, read like a match; ``final``: the object ends there)
    def __init__(self, at, final=False):
        self.at, self.final = at, final

    def end(self):
        return self.at


def _list_end(masked, comma, hi):
    """The end of a list that goes on past the comma at ``comma`` ("A, B and C", "A, B, or C"):
    short conjuncts up to the first opened by (or holding) "and" / "or"; a list of gerunds ("of
    covering up, delaying and withholding facts ...") keeps its -ing conjuncts, the last of them
    up to 20 words; a list of verb phrases after an infinitive ("to play by the rules, make the
    payment and build good will") keeps its conjuncts up to 20 words each. Else None. (A comma after the list closes it: "from Giles,
    Millis and Harold Doley, a banker ...".)"""
    stop = _LIST_STOP.search(masked, comma, hi)
    stop_at = stop.start() if stop else hi
    texts = masked[comma + 1:stop_at].split(",")
    parts = [p.split() for p in texts]
    last = next((k for k, p in enumerate(parts) if p[:1] in (["and"], ["or"]) or
                 {"and", "or"} & set(p[1:])), None)
    if last is None:
        return None
    parts = [p[1:] if p[:1] in (["and"], ["or"]) else p for p in parts[:last + 1]]
    gerunds = gerund_before(masked, comma)
    if infinitive_before(masked, comma) and all(
            0 < len(p) <= 20 and (bare_verb(p[0]) or p[0] == "to" and len(p) > 1 and bare_verb(p[1]))
            for p in parts):   # verb phrases after an infinitive: "to play by the rules, make the
        # payment on Tuesday and build good will" (their own clauses and quotations inside)
        return _Stop(comma + 1 + len(",".join(texts[:last + 1])), final=True) \
            if last < len(texts) - 1 else _Stop(stop_at)
    if MASK in masked[comma:stop_at] or any(
            not p or len(p) > (20 if gerunds and k == len(texts) - 1 else 10) or
            p[0].lower() in _LIST_BREAK or
            p[0].endswith("ing") and p[0] not in NOT_PARTICIPLE and not gerunds or
            {w.lower() for w in p} & (FINITE_AUX | IRREGULAR_PAST) or
            any(w.endswith("ed") and len(w) > 4 and w[0].islower()
                for w in p[1:3])   # ", and Emanuel released"
            for k, p in enumerate(parts)):   # (not ", and the union has sued")
        return None
    if last < len(texts) - 1:
        return _Stop(comma + 1 + len(",".join(texts[:last + 1])), final=True)
    return _Stop(stop_at)


def object_end(art, start, hi, form=""):
    """End of an object content from ``start``: the first comma (not one before "including",
    "especially": :data:`.object_limits.EXAMPLES`), semicolon, colon, parenthesis or
    dash, past a pair of dashes ("specifics — including the cost — of their plans"), or a
    coordinated speech act ("blasted the move as a coup and said ..."; not a conjunct of the
    object's own gerund or infinitive, :func:`.object_limits.joined_in_content`, given the speech
    verb's ``form``), less a trailing "and"; a comma inside a closing mark too ('called himself
    the "king of debt," noting ...')."""
    masked, pos, end = shown_commas(art, start, hi, 1), start, hi
    while (stop := _OBJECT_END.search(masked, pos, hi)) is not None:
        pair = DASH.search(masked, stop.end(), hi) if stop.group().strip() in "—–-" else None
        if stop.group() == "," and EXAMPLES.match(masked, stop.start()) or \
                pair is None and EXAMPLES_DASH.match(masked, stop.start()):
            pair = _Stop(stop.end())   # "accused China of hacking ..., including the theft of ..."
        elif stop.group() == "," and (resume := aside_resumes_at(masked, stop.start(), hi)) is not None:
            pair = _Stop(resume)   # "asked Holt, the moderator, to fact check ..."
        elif stop.group() == "," and (listed := repeated_charges_end(masked, start, stop.start(), hi)):
            pair = _Stop(listed, final=True)   # "of ignoring ..., of misrepresenting ... and of ..."
        elif stop.group() == ",":   # a list runs on: "Jake Tapper, Dana Bash and Wolf Blitzer"
            pair = _list_end(masked, stop.start(), hi)
            if pair is None and (resume := aside_resumes(masked, stop.start(), hi, start)) is not None \
                    and not SETTING.match(masked, resume):
                pair = _Stop(resume)   # "praised Bush, who quit on Saturday, as a man who ..."
        elif stop.group() == "(" and short_parenthesis(masked, stop.start()) > stop.start():
            pair = _Stop(short_parenthesis(masked, stop.start()))   # "Gov. Rick Snyder (R)"
        if pair is None:
            end = stop.start()
            break
        if getattr(pair, "final", False):
            end = pair.end()
            break
        pos = pair.end()
    end = sentence_break(masked, start, end)
    relative = in_relative(masked, start)   # "Republicans who have praised his bid warned ..."
    hits = [h for h in verb_hits_in(art, start, end) if not joined_in_content(masked, start, h, form)]
    end = min([end] + [h[0] for h in hits if COORDINATED.search(masked, max(0, h[0] - 6), h[0]) or
                       relative and not h[5].endswith("ing") and not _INFINITIVE.search(masked, max(0, h[0] - 4), h[0])] +
              [new_speaker(masked, start, h[0]) or end for h in hits if not h[5].endswith("ing")])
    end = setting_clause(masked, start, end, lambda at: _VERBAL.search(masked, start, at))
    cut = _AND_AT_END.search(masked, start, end)
    end = cut.start() if cut else end
    when = _TIME_AT_END.search(masked, start, end)   # "criticized Washington on Tuesday"
    end = when.start() if when and when.start() > start and not _TIME_OF_CONTENT.search(
        masked, max(start, when.start() - 8), when.start()) else end   # (not "to wait until Friday")
    where = SETTING.search(masked, start, end)   # "denied the charges through his lawyer"
    if where is None or where.start() <= start or _VERBAL.search(masked, start, where.start()):
        return past_closing(art, end)   # ("accused X of grabbing her at a press conference")
    return where.start()


# "... and defended Trump", "..., and has championed an agenda": a second predicate of the
# speaker's, coordinated with the speech verb in the same form (Quirk et al. 1985 on
# coordination of like constituents), ends the content; PolNeAR's annotators end it there.
AND_PREDICATE = re.compile(r",?\s+(?:and|but)\s+(?:(?:also|then|later|immediately|even|quickly|still|"
                            r"now|to\s+date)\s+)?(has\s+|have\s+)?(?:(?:also|since|already|repeatedly|"
                            r"long|never|not|only|now)\s+)?([a-z][\w-]+)\s+([\w’'-]+)")
# After a content with no verb of its own ("claimed self-defense and was acquitted", "claimed
# momentum but would be able to ...", "asked leaders to disavow him and has repeatedly called
# ..."), an auxiliary with no subject is the speaker's second predicate. Not after a clause
# ("said the meeting was private and does not constitute ...": its subject's), nor after a
# relative ("officials who get a vote but are not bound"). PolNeAR train: 9 rows changed, all read right
_AUX_AFTER = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "did", "does"}
_RELATIVE = re.compile(r"(?i)\b(?:who|which|that|whom|whose)\b")
# "Clinton opposes", "Mrs. Clinton remains": a name and a present verb, a clause has_finite_verb misses
_NAME_THEN_VERB = re.compile(r"\b[A-Z][\w.’'-]*\s+[a-z]{2,}(?<![su]s)s\b")
_SPEECH_PAST = IRREGULAR_PAST | {"said", "told"}


def same_form(form, verb, perfect=False):
    """Is ``verb`` in the form of the speech verb ``form`` (both past, both -ing)? After
    "has"/"have" any past participle coordinates ("insists X, and has led")."""
    form, verb = (form.lower().split() or [""])[0], (verb.lower().split() or [""])[0]
    if perfect or form.endswith("ed") or form in _SPEECH_PAST:
        return verb in _SPEECH_PAST or verb.endswith("ed") and len(verb) > 4 and not verb.endswith("eed")
    return form.endswith("ing") and verb.endswith("ing") and verb not in NOT_PARTICIPLE


def coordinated_predicate(masked, start, end, form, clause=True):
    """Where the content masked[start:end] of a speech verb in ``form`` gives way to a second
    predicate of its speaker in the same form ("said X and suspected Y", "proposing X and taunting
    Y"), or ``end``. ``clause``: the content may be a clause of its own (not an object)."""
    for m in AND_PREDICATE.finditer(masked, start, end):
        verb, nxt = m.group(2), m.group(3)
        like = same_form(form, verb, perfect=bool(m.group(1)))
        noun_next = not m.group(1) and nxt[:1].islower() and nxt.endswith("s") and not nxt.endswith("ss") and \
            nxt not in DETERMINERS | set(PRONOUNS) | {"this", "his", "its", "us", "as", "was", "is", "has"}
        # (not "and armed groups"; in a clause of its own, "said she was tired and wanted ...",
        # the verb may be the clause's: only a perfect after a comma counts there)
        own_clause = has_finite_verb(list(CLAUSE_TOKEN.finditer(masked, start, m.start()))) if clause \
            else _RELATIVE.search(masked, start, m.start())   # (an object's own relative clause)
        after = CLAUSE_TOKEN.match(masked, m.end() + 1) if m.end() < end else None
        noun_phrase = after is not None and after.group().lower() in FINITE_AUX   # "and unsettled
        # weather could last": an adjective and the noun of a subject, not a predicate
        if like and not noun_next and not noun_phrase and (
                not own_clause or m.group(1) and m.group().startswith(",")):
            return m.start()
        if (m.group(1) or verb in _AUX_AFTER) and not own_clause and \
                not _RELATIVE.search(masked, start, m.start()) and \
                not _NAME_THEN_VERB.search(masked, start, m.start()):
            return m.start()
    return end



def names_given(art, lo, hi, taken):
    """Rows of "X called Y Z" in the sentence [lo, hi) outside the spans ``taken``. "Call" is no
    verb of the codebook: a telephone call ("Pompeo called Lavrov to discuss ...") must not take
    quotations' speakers; only the naming shape counts here."""
    out = []
    for m in _CALL.finditer(art.masked, lo, hi):
        c_start = _called(art.masked, m.end(), hi)
        if c_start is None or any(s <= c_start < e for s, e in taken):
            continue
        s, e = trim(art.text, c_start, object_end(art, c_start, hi))
        e = e - 1 if e > s and art.text[e - 1] in ".!?" else e
        fr = frame_for_verb(art, (m.start(), m.end(), "call", "confrontational", False, m.group()), lo)
        if fr is not None and n_words(art.text[s:e]) >= 2:
            out.append((s, e, fr))
    return out


def n_words(text: str) -> int:
    return sum(1 for w in CLAUSE_TOKEN.findall(text.replace(MASK, " ")) if w[0].isalnum())
