"""Contents held by a noun: "her fear that ...", "Republicans' belief that ...", "there is no
evidence that ...", "the notion that ..."; with an owner, also "his decision not to ...", "their
effort to ...", "Trump's attacks on Cruz", "her support for the bill", "its concerns about ...".

Why: PolNeAR (after Pareti 2016) annotates a belief or evidence noun followed by its "that"
clause as an attribution: the noun is the cue, its possessor (if any) the source, the clause the
content. Speech nouns ("Trump's claim that", "claims by X that", "budget hawks' warnings
that": :mod:`.speech_nouns`) are reported speech: the class of the noun's verb in the
reporting-verb codebook (``claim`` -> distancing), a statement like the verb's; their owner is the
possessive or "by X" (resolved when the references hold it). The others' rows are kind
``indirect``, class ``belief`` or ``evidence`` (no statement), the noun's singular in ``verb``;
the speaker is the possessor as written ("Republicans"), the antecedent of a possessive pronoun
("her fear that": :mod:`.owner_pronouns`; unresolved, the speaker stays empty and
``speaker_mention`` keeps the pronoun), the subject of a light verb ("voiced concerns that":
:mod:`.light_owners`), or empty when none is given (:func:`noun_owner`; nothing invented).
The infinitive and object nouns (:func:`owned_contents`) need an owner (a possessive): "the
decision to ..." names no one, and most such nouns without one are no attribution ("an effort to
rebuild the bridge"; "attempts to" matched PolNeAR's contents 1 time in 10 on train: left out).
Infinitive nouns are class ``intention``, object nouns ``stance`` (attack, support, opposition,
criticism, endorsement) or ``belief`` (concerns, views, doubts); the object ends as a stance
verb's does (:func:`~analysis.quotes.content.object_span`), and before the predicate when the
noun phrase is a subject (:data:`~analysis.quotes.clauses.PREDICATE`). Call, promise, pledge
and vow hold their infinitive here, as speech acts (the last three also after "a" or "with").
Since 1 Dec 2026 (eighth session): up to four modifiers between owner and noun ("Trump's highly
personal, racially tinged attacks on"), a relative clause's verb inside the object is no
predicate ("support for research that could lead to ..."), and opposition, criticism, views or
concerns opening a sentence hold a content with no holder ("Opposition to the trade deals has
...": 9 of 12 such openings on PolNeAR train are contents; not "Support for ... has grown").
Where it fails: an owner phrase of more than three words keeps its last three; a past participle
after the object ("his support for the bill passed last year") is taken for the predicate.
Also: a noun whose "that" opens a relative clause with a verb not listed ("the
fear that haunts him") is taken as a content; a possessor of more than three words keeps its
last three.
"""
from __future__ import annotations

import re

from ..text import CLAUSE_TOKEN, PLAIN_WORD, word_alternation
from .article import refs_starting_in
from .attribution import Frame
from .clauses import CLAUSE_AFTER, PREDICATE, content_end, subject_clause_end
from .coreference import Speaker, resolve
from .marks import MASK, trim
from .content_objects import MASS_NOUN
from .light_owners import light_verb_owner
from .owner_pronouns import pronoun_owner
from .object_limits import (CAPITALS, FINITE_AFTER, GERUND, LIST_LAST_GERUND, NAME_LAST,
                            ONE_COMMA_LIST, ONE_GERUND_LIST, ITEM_WORD)
from .claim_nouns import CONTENT_NOUNS
from .verbs import verb_class
from .words import FINITE_AUX, POSSESSIVE_PRONOUNS, PREPOSITIONS, SUBORDINATORS

_BELIEF = ("fear|fears|hope|hopes|belief|beliefs|view|notion|idea|sense|concern|concerns|worry|"
           "worries|doubt|doubts|expectation|expectations|assumption|perception|impression|"
           "suspicion|suspicions|feeling|confidence|recognition|understanding|conviction|"
           "optimism|hopes")
# ("signs that", "indication that": 2 of 11 matched PolNeAR's contents on train; left out)
_EVIDENCE = "evidence|finding|findings|conclusion"
# Literal-led (text.word_alternation, the word-start look-behind after the first letter), as
# attitudes' per-sentence searches: this and _SPEECH_NOUN_THAT run on every sentence (PolNeAR:
# 0.32 -> 0.22 ms an article).
_WORD_START = r"[\w'’-]"   # what may not stand before the noun
#: Words one of which a sentence holds when :func:`noun_contents` finds a row there (its nouns):
#: the quote step reads no other sentence with it.
NOUN_THAT_CUE_WORDS = frozenset((_BELIEF + "|" + _EVIDENCE).split("|"))
_NOUN_THAT = re.compile(r"(?P<noun>" + word_alternation((_BELIEF + "|" + _EVIDENCE).split("|"),
                                                        _WORD_START) + r")"
                        r"\s+that\s+(?=[^\W\d_])")
_PRONOUN_ALTERNATION = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in POSSESSIVE_PRONOUNS)
# The possessor right before the noun (an adjective may stand between: "their smug assurances")
_POSSESSOR = re.compile(r"(?<![\w'’-])(?P<poss>(?:(?:[Tt]he|[A-Z][\w.-]*)\s+){0,2}"
                        r"(?:[\w.-]+['’]s|[\w.-]+s['’])|" + _PRONOUN_ALTERNATION +
                        r")\s+(?:[a-z]+\s+)?$")
_EVIDENCE_NOUNS = set(_EVIDENCE.split("|"))
# "that" opening a relative clause: a verb right after it ("the fear that drove him")
_RELATIVE = re.compile(r"(?:is|was|are|were|has|had|have|will|would|could|can|may|might|"
                       r"[a-z]+ed|drove|led|made|kept|brought|gave|took)\b")
_SINGULAR = {"fears": "fear", "hopes": "hope", "beliefs": "belief", "concerns": "concern",
             "worries": "worry", "doubts": "doubt", "expectations": "expectation",
             "suspicions": "suspicion", "signs": "sign", "indications": "indication",
             "findings": "finding"}


# --- the object of a stance or topic cue (also content.py's) ---------------------------------
# PolNeAR codes the object of a stance verb or noun as its content (Pareti 2016): a noun phrase
# the text gives right after the cue, whose prepositional phrases stay in and whose end is
# punctuation, a clause, a time phrase or a participle ("by saying").

_OBJECT_START = re.compile(r"\s+(?:(?:a|an|the|his|her|their|its|this|these|those|that)\s+|"
                           r"(?=[A-Z]))")
# Where an object noun phrase ends: punctuation, a clause, or a time phrase ("endorsed Cruz last
# week", "backed Gov. John Kasich of Ohio in the Republican primary, ..."); its prepositional
# phrases stay in (PolNeAR's contents keep them).
_OBJECT_STOP = re.compile(r"[,;:()\x00]|[.!?]\W*$|\s[—–]\s|\s--\s|\sby\s(?=[a-z]+ing\b)|"
                          r"\s(?:during|since|after|before|"
                          r"because|when|while|whereas|although|though|yesterday|today|tonight|"
                          r"(?:last|this|next)\s+(?:week|month|year|night|weekend|spring|summer|"
                          r"fall|winter)|among\s+other\s+things|(?:on|last|this|next)\s+(?:"
                          r"Monday|Tuesday|Wednesday|"
                          r"Thursday|Friday|Saturday|Sunday)|(?<!Super\s)(?<!Black\s)(?<!Good\s)"
                          r"(?<!Ash\s)(?<!Cyber\s)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                          r"Sunday)(?![\w'’]|\s+[A-Z]|\s+that\b)|until|in\s+(?:(?:early|late|mid-?)\s*)?(?:"
                          r"January|February|March|April|May|June|July|August|September|October|"
                          r"November|December|(?:19|20)\d\d)(?=[,.;:!?]|\s+(?:and|but|after|before|"
                          r"when|as|to|for|until)\b)|(?:in|at|during)\s+an?\s+(?:[\w-]+\s+){0,2}"
                          r"(?:interview|statement|speech|rally|news\s+conference|press\s+conference|"
                          r"town\s+hall)|(?:and|but)\s+(?:is|was|are|were|"
                          r"has|had|have|said|says|then|also|did|does|will|would)|"
                          # a clause of its own: "backed the levy and Ms. Ortiz opposed ..."
                          r"(?:and|but)\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:(?:[a-z]{3,}ed|said|says)\s+(?:the|a|an|his|"
                          r"her|their|its|this|that|it|him|them|to|[A-Z])|[a-z]{3,}s\s+to\s)|"
                          r"as\s+(?:well|"
                          r"he|she|they|it|part|a\s+way)|despite|by\s+(?:\d|almost|nearly|about|"
                          r"more\s+than|a\s+(?:wide|narrow|slim)))\b|"
                          # a second predicate: "defended his mother and refused to ...", "Sanders
                          # or slamming the DNC"
                          r"\s(?:and|but|or)\s+(?:also\s+)?[a-z]+(?:ed|ing)\s+(?=(?:to|the|a|an|his|"
                          r"her|their|its|him|them|it|himself|herself|themselves|[A-Z])\b)")


_PLURAL_NOUN = re.compile(r"(?!(?:this|thus|is|was|has|does|us|its|his|hers|yours|ours|theirs|"
                          r"always|perhaps|less|unless|across|towards|afterwards|sometimes)$)"
                          r"[a-z][a-z-]+[^s'’]s")
_THAT_AFTER_NOUN = re.compile(r"(?:\s+by\s+[^,;:()\x00]{2,50}?)?\s+that\s")
WORD_AFTER = re.compile(r"\s+(" + PLAIN_WORD.pattern + ")")


_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|but|so|to|in|on|at|for|with|from|by|of|as|that|"
                         r"who|when|after|before|during|because|last|this|next|again)\b)[a-z]")
# After a reference as object, where and when the act took place is no part of its content
# ("railed against the judge at a rally", "endorse Clinton in coming weeks", "lashed out at the
# nominee on Facebook", after a pronoun any "on": "opposed it on those grounds"); "over", "for",
# "of", a plain "in" and "on" after a noun may be the stance's own ("favored Sanders over
# Clinton", "endorsed Sanders in the primary", "applauds his message on trade": PolNeAR keeps
# those); not when a participle follows ("went after Trump at the debate refusing to ...": the
# phrase may be the participle's subject). PolNeAR train all-content +6.
_ADJUNCT_PP = re.compile(r"\s+(?:at|across|through|during|on(?=\s+[A-Z])|in\s+(?:coming|the\s+"
                         r"(?:last|past|coming|next)|recent))\s(?!(?:[^\s,;:.]+\s+){0,3}?[a-z]{3,}ing\s)")
_PRONOUN_ADJUNCT_PP = re.compile(r"\s+on\s(?!(?:[^\s,;:.]+\s+){0,3}?[a-z]{3,}ing\s)")
_PP_AFTER = re.compile(r"\s+(?:of|in|for|from|on|at|to|with|against|over)\s")


# A list the object opens: items after commas ("his parents, his siblings, his wife and his
# children"; "GOP voters, lawmakers, and thinkers"), closed by "and"/"or" and a last item. An item
# is at most three words, or five opening with a determiner or a capital (no parser: a longer
# item, or ", and" right after the object, is as often a new clause: "endorsed Cruz, and the
# bad blood ... prevented").
_LIST_ITEM = re.compile(r",\s+(?!(?:and|or|but|which|who|whom|whose|where|when|while|as|after|"
                        r"before|because|although|though|including|according|even|if|then|so|"
                        r"[a-z]+ing)\b)(?:(?:[A-Z]|(?:the|a|an|his|her|their|its|our|this|these|"
                        r"those)\s)(?:" + ITEM_WORD + r"\s+){0,4}|(?:" + ITEM_WORD +
                        r"\s+){0,2})(?!(?:and|or)\b)[^,;:()\x00\s]+(?=,)")
# the last item: ", and X" / ", X and Y"
_LIST_LAST = re.compile(r",\s+(?:" + ITEM_WORD + r"\s+){0,4}?(?:and|or)\s+(?![a-z]+ing\b)")
_FINITE_IN_ITEM = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says|do|does|"
                             r"did|can|could)\b")
_MAX_LAST_WORDS = 8


def _name_at(art, at):
    """A name starting at ``at`` or after capitalised words ("Florida Sen. Marco Rubio"), or None."""
    lead = CAPITALS.match(art.masked, at)
    ref = next(iter(refs_starting_in(art, at, lead.end() + 1)), None)
    return ref if ref is not None and ref.kind == "name" and not ref.possessive else None


def object_span(art, end, hi):
    """The object of a stance cue ("endorsed Cruz last week", "backed the former governor in
    2012"): a reference the text gives right after the cue, or a noun phrase up to a
    preposition, time word or stop, with the rest of a list it opens ("thanked his parents, his
    siblings and his staff"); (start, end) or None."""
    span = _object_head(art, end, hi)
    if span is None or art.masked[span[1]:span[1] + 1] != ",":
        return span
    masked, at = art.masked, span[1]
    while (item := _LIST_ITEM.match(masked, at, hi)) is not None:
        at = item.end()
    gerunds = GERUND.match(masked, span[0])
    last = _LIST_LAST.match(masked, at, hi) or gerunds and LIST_LAST_GERUND.match(masked, at, hi)
    if last is not None and at == span[1] and not (
            ONE_COMMA_LIST.match(masked, at, hi) or
            gerunds and ONE_GERUND_LIST.match(masked, at, hi) or
            NAME_LAST.match(masked, at, hi) and _name_at(art, last.end())):
        last = None   # "anyone in the race, and his spokesman", "X, a Minnesota radio and ..."
    if last is None:
        return span    # no list: "Cruz, who ...", "Cruz, his rival and ..." (an apposition)
    stop = _OBJECT_STOP.search(masked, last.end(), hi)
    e = stop.start() if stop else hi
    ref = _name_at(art, last.end())
    ref = ref if ref is not None and FINITE_AFTER.match(masked, ref.end, hi) else None
    if ref is not None and ref.end < e:
        e = ref.end   # "Christie, Kasich and Florida Sen. Marco Rubio have spent": the last name
    if _FINITE_IN_ITEM.search(masked, span[1], e) or MASK in masked[span[1]:e] or \
            len(masked[last.start():e].split()) > _MAX_LAST_WORDS + (4 if ref or gerunds else 0):
        return span    # "endorsed Cruz, Rubio and Bush were silent": a clause, no list
    return span[0], trim(art.text, span[0], e)[1]


# After a name, a plural noun the phrase ends on is its head ("sought Republican suggestions, ...",
# "rejected Saudi concerns about ..."); not a verb ("Trump indicates she") nor a time ("hours").
_PLURAL_ENDS_PHRASE = re.compile(r"(?<!hours)(?<!days)(?<!weeks)(?<!months)(?<!years)(?<!minutes)"
                                 r"(?<!times)\s*(?:[,;:.!?]|$|\s(?:of|in|for|from|on|at|to|with|"
                                 r"about|against|over|and|or)\b)")

_AND_AFTER = re.compile(r"\s+(?:and|or)\s+")
_ENDS_OBJECT = re.compile(r"\s*(?:[,;:.!?)]|$|\s[—–]|\s--)")

# A weekday the name run took in ("endorsed Cruz Wednesday"): a time phrase, no part of the object
_DAY_AT_END = re.compile(r"(?<=\w)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")


def _object_head(art, end, hi):
    """:func:`object_span` up to the first comma."""
    ref = next(iter(refs_starting_in(art, end, end + 3)), None)
    after = WORD_AFTER.match(art.masked, ref.end, hi) if ref is not None else None
    if after and (ref.text.lower() == "her" or ref.kind in ("description", "nominal") or ref.head in (
            "former", "latter") or ref.kind == "name" and _PLURAL_NOUN.fullmatch(after.group(1)) and
                  _PLURAL_ENDS_PHRASE.match(art.masked, after.end(), hi)) and \
            _NOUN_AFTER.match(art.masked, ref.end, hi) and after.group(1).lower() not in FINITE_AUX:
        ref = None   # "laid out her tax plan": a determiner; "the executive actions", "sought
        # Republican suggestions", "his former rival": the head's modifier (the noun phrase follows)
    if ref is not None and art.masked[end:ref.start].isspace() and not ref.possessive:
        second = _AND_AFTER.match(art.masked, ref.end, hi) if ref.kind != "pronoun" else None
        other = next((r for r in refs_starting_in(art, second.end(), second.end() + 1)
                      if not r.possessive), None) if second else None
        if other is not None and _ENDS_OBJECT.match(art.masked, other.end, hi):
            return ref.start, other.end   # "backing Kasich and Kentucky Sen. Rand Paul"
        if not _PP_AFTER.match(art.masked, ref.end, hi) or \
                _ADJUNCT_PP.match(art.masked, ref.end, hi) or \
                ref.kind == "pronoun" and _PRONOUN_ADJUNCT_PP.match(art.masked, ref.end, hi):
            day = _DAY_AT_END.search(art.masked, ref.start, ref.end)   # "endorsed Cruz Wednesday"
            return ref.start, day.start() if day else ref.end   # "backing Mr. Cruz have spent"
        stop = _OBJECT_STOP.search(art.masked, ref.end, hi)
        e = stop.start() if stop else hi
        return ref.start, e if len(CLAUSE_TOKEN.findall(art.masked, ref.end, e)) <= 12 else ref.end
    m = _OBJECT_START.match(art.masked, end, hi)
    w = WORD_AFTER.match(art.masked, m.end() - 1 if m else end, hi)
    if w is not None and w.group(1).lower() in CONTENT_NOUNS and \
            _THAT_AFTER_NOUN.match(art.masked, w.end(), hi):
        return None   # "cited reports (by X) that ...": the reports' content, not the holder's
    if m is None:
        w = WORD_AFTER.match(art.masked, end, hi)
        if w is None or w.group(1).lower() in PREPOSITIONS | SUBORDINATORS | {
                "that", "to", "it", "up", "down", "away", "off", "out", "back", "because", "if",
                "so", "them", "him", "her", "me", "us", "you", "more", "less"}:
            return None
        if w.group(1).lower() in ("how", "why", "what", "whether", "who", "where", "when"):
            return w.start(1), content_end(art, w.start(1), hi)   # "talked about how ..."
    stop = _OBJECT_STOP.search(art.masked, end + 1, hi)
    e = stop.start() if stop else hi
    tokens = CLAUSE_TOKEN.findall(art.masked, end, e)
    n, words = len(tokens), sum(1 for t in tokens if t[0].isalnum())
    if stop and stop.group() == "\x00" and (words < 4 or art.masked[:e].endswith(" as ")):
        return None   # 'denounced the "illegitimate" sanctions', 'a U.S.-driven "information
        # war"', 'X as "..."': an object that runs into a quotation is the quotation's row
    # one word, no determiner: a plural ("thanked supporters") or a MASS_NOUN ("opposes abortion")
    lone = n == 1 and (_PLURAL_NOUN.fullmatch(tokens[0]) or MASS_NOUN.fullmatch(tokens[0]))
    return (end + 1, e) if (1 if m or lone else 2) <= n <= 25 else None


def noun_contents(art, lo, hi, taken=()):
    """Contents of belief and evidence nouns with a "that" clause in the sentence [lo, hi):
    (start, end, Frame). ``taken``: spans of rows already made for the sentence (a cue inside
    one, or a content overlapping one, gives no row)."""
    out = []
    for m, s, e in that_clauses(art, lo, hi, _NOUN_THAT, taken, out):
        noun = m.group("noun")
        cls = "evidence" if noun in _EVIDENCE_NOUNS else "belief"
        owner = noun_owner(art, lo, m.start("noun"))
        out.append((s, e, Frame(owner, _SINGULAR.get(noun, noun), cls, "", None, m.start("noun"))))
    return out


# A sentence opening with a prepositional phrase: a content inside it ends at its comma.
_FRONTED_PHRASE = re.compile(r"\W*(?:Amid|Despite|After|Before|Given|Following|With|Against|"
                             r"Over|Beyond|Unlike|Like|Since|Because\s+of|In\s+spite\s+of)\s")


def that_clauses(art, lo, hi, pattern, taken, out):
    """The "that" clauses of the nouns ``pattern`` finds (group ``noun``; the match ends at the
    clause's start) in the sentence [lo, hi): (match, start, end), skipping a noun inside a span
    of ``taken``, a relative "that", a clause of fewer than three words and one overlapping
    ``taken`` or the rows in ``out`` (read as it grows), or a short one a quotation cuts. Inside a fronted phrase ("Amid fears
    that X, officials met") the clause ends at the phrase's comma."""
    masked = art.masked
    if "that " not in masked[lo:hi]:
        return
    for m in pattern.finditer(masked, lo, hi):
        start, s = m.start("noun"), m.end()
        if any(a <= start < b for a, b in taken) or relative_after(masked, s):
            continue
        e = subject_clause_end(masked, lo, start, s, content_end(art, s, hi))
        if _FRONTED_PHRASE.match(masked, lo) and "," not in masked[lo:start]:
            comma = masked.find(", ", s, e)
            e = comma if comma > 0 else e
        n = len(CLAUSE_TOKEN.findall(masked, s, e))
        if n < 3 or n < 6 and masked[e:e + 3].lstrip()[:1] == MASK or \
                any(a < e and s < b for a, b in list(taken) + [(a, b) for a, b, _ in out]):
            continue   # ("his claim that there have been “...”": the quotation's row)
        yield m, s, e


def relative_after(masked, at) -> bool:
    """Does the "that" ending at ``at`` open a relative clause (a verb right after it: "the fear
    that drove him")?"""
    return bool(_RELATIVE.match(masked, at))


def possessor_before(masked, lo, start) -> Speaker:
    """The owner of a noun at ``start`` as written ("Republicans' belief", "Mr. Trump's claim"),
    a possessive pronoun only as the mention; an empty Speaker when none."""
    p = _POSSESSOR.search(masked, max(lo, start - 60), start)
    return _holder(re.sub(r"['’]s?$", "", p.group("poss"))) if p else _holder("")


def noun_owner(art, lo, start) -> Speaker:
    """Who holds the noun at ``start``: a possessive pronoun's antecedent ("their belief that"),
    the possessor as written ("Mr. Trump's claim"), or a light verb's subject ("voiced concerns
    that", "made a promise that"); an empty Speaker when none."""
    ref = pronoun_owner(art, lo, start)
    owner = resolve(art, ref) if ref is not None else possessor_before(art.masked, lo, start)
    return owner or light_verb_owner(art, lo, start) or owner


# Nouns of intention with their infinitive ("his decision not to run", "her bid to unseat ...")
_TO_NOUNS = ("decision|decisions|refusal|plan|plans|effort|efforts|bid|push|"
             "desire|intention|intentions|determination|willingness|reluctance|commitment|"
             "readiness|eagerness|failure|strategy|campaign|drive|quest|ambition|ambitions|"
             "call|calls|promise|promises|pledge|pledges|vow|vows")   # (the last: speech acts)
_SPEECH_TO = {"call", "calls", "promise", "promises", "pledge", "pledges", "vow", "vows"}
# "his promise to build a wall", "Her vow to go after ...", also unowned after an article or
# "with" ("with promises to cut fees"): a commitment told by its infinitive, the speech act of
# the noun's verb (PolNeAR train: 12 of 16 new rows matched, speech recall +8; dev +1 of 1)
_SPEECH_TO_NOUNS = {"promise", "pledge", "vow"}
_BARE_NEXT = re.compile(r"to\s+(?:be|have|(?!(?:him|her|them|us|me|you|it)(?:self|selves)?\b)"
                        r"[a-z]+(?<!ed)(?<!ing)(?<!ly))\b")
_QUOTED_WORDS = re.compile(r"\s*" + MASK + "+(?=\\s+[a-z])")   # a quoted word the content runs on
_SPEECH_NOUN_AFTER = re.compile(r"\b(?:[Aa]n?|[Ww]ith)\s+(?:[a-z][\w-]*\s+){0,2}$")
# Nouns of stance or belief with the preposition of their object ("Trump's attacks on Cruz")
_OBJECT_NOUNS = {"support": "for", "backing": "for|of", "opposition": "to", "attacks": "on|against",
                 "attack": "on|against", "criticism": "of", "criticisms": "of",
                 "endorsement": "of", "endorsements": "of", "defense": "of", "defence": "of",
                 "rejection": "of", "condemnation": "of", "embrace": "of", "contempt": "for",
                 "disdain": "for", "admiration": "for", "hostility": "to|toward|towards",
                 "distrust": "of", "mistrust": "of", "skepticism": "of|about|toward|towards",
                 "scepticism": "of|about", "concern": "about|over", "concerns": "about|over",
                 "doubts": "about", "views": "on|of|about", "view": "on|of|about",
                 "thoughts": "on|about", "opinion": "of|on|about", "assessment": "of",
                 "call": "for", "calls": "for"}
# ("stance on", "position on": 2 of 15 new rows on PolNeAR train were contents; the object is the
# topic of the stance, not what is held: left out)
# Nouns that hold a stance or belief with no owner when they open the sentence ("Opposition to
# the trade deals has galvanized ...", "Views of the president remain polarized": the holder is
# unnamed); not support ("Support for the levy has grown" tells a level) nor attacks (acts).
# PolNeAR train: 9 of 12 such sentence openings are contents.
_UNOWNED = {"opposition", "criticism", "views", "concerns", "opinion", "skepticism", "distrust",
            "hostility"}
_OPENS_SENTENCE = re.compile(r"\W*(?:[Tt]he\s+)?(?:(?:main|growing|public|widespread|broad|"
                             r"deep|strong|fierce|bipartisan|political)\s+)?$")
_BELIEF_NOUNS = {"skepticism", "scepticism", "concern", "concerns", "doubts", "views", "view",
                 "thoughts", "opinion", "assessment"}
# A noun and what follows it: one search led by the nouns' letters (the owner is checked after)
#: Words one of which a sentence holds when :func:`owned_contents` finds a row there (its nouns,
#: lowercased): the quote step reads no other sentence with it.
OWNED_NOUN_CUE_WORDS = frozenset(_TO_NOUNS.split("|")) | frozenset(_OBJECT_NOUNS) | \
    frozenset(_UNOWNED)
_NOUN_HIT = re.compile(
    word_alternation(sorted(set(_TO_NOUNS.split("|")) | set(_OBJECT_NOUNS) |
                            {n.capitalize() for n in _UNOWNED}, key=len, reverse=True),
                     r"[\w'’-]") +
    r"\s+(?:(?:not\s+)?to\s+(?!(?:the|a|an|his|her|their|its|this|that|be\s+sure)\b)[a-z]|"
    r"(?P<prep>for|of|to|on|against|toward|towards|about|over)\s)")
_INTENTION_NOUNS = set(_TO_NOUNS.split("|"))
# The owner right before the noun (up to four modifiers may stand between: "his desperate
# efforts", "Trump's highly personal, racially tinged attacks"), no determiner or verb among them
_OWNED_BEFORE = re.compile(r"(?:(?<![\w'’-])(?P<pron>" + _PRONOUN_ALTERNATION +
                           r")|['’]s?)\s+(?:(?!(?:the|a|an|and|or|but|to|of|in|on|for|with|by|"
                           r"that|this|said|says|is|was|are|were|has|had|have|will|would|his|"
                           r"her|their|its|our|my|your)\s)"
                           # (a comma only after an adjective: not "the candidates' priorities,
                           # efforts to ...")
                           r"[a-z][\w-]*(?:(?<=al|ve|us|ic|ul|ss|ed|ng|nt|le|ry|ly),)?\s+){0,4}$")
# "Trump's" / "Mr. Trump's" / "the party's": the owner's words before the possessive
_OWNER = re.compile(r"(?:(?:[Tt]he|(?!(?:But|Yet|And|So|Or|Nor|Still|Then|Now)\s)"
                    r"[A-Z][\w.-]*)\s+){0,2}[\w.-]+$")   # not "But voters' views"
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)(?:\s+[a-z]+ly)?\s*$")
_INFINITIVE_END = re.compile(r",\s|\s+and\s+(?:is|was|are|were|has|had|have|then|said|says)\b")


def _holder(words: str) -> Speaker:
    """The owner as written (a possessive pronoun, left unresolved, is no name: the quote row
    keeps it as the mention only, :data:`~analysis.quotes.words.NOT_NAMES`)."""
    return Speaker(name=words, mention=words)


def owned_contents(art, lo, hi, taken=()):
    """Contents of intention and stance nouns with an owner in the sentence [lo, hi): "his
    decision not to run", "Trump's attacks on Cruz" -> (start, end, Frame). ``taken``: spans of
    rows already made (a cue inside one, or a content overlapping one, gives no row)."""
    masked = art.masked
    out = []
    for m in _NOUN_HIT.finditer(masked, lo, hi):
        start = m.start()
        noun = masked[start:masked.find(" ", start, m.end())].strip()
        owned = _OWNED_BEFORE.search(masked, max(lo, start - 60), start)
        light = light_verb_owner(art, lo, start) if owned is None and \
            noun.lower().removesuffix("s") in _SPEECH_TO else None   # ("made a call for")
        unowned = owned is None and light is None and (noun.lower() in _UNOWNED and m.group("prep") is not None and
                                     _OPENS_SENTENCE.fullmatch(masked, lo, start) is not None or
                                     noun.lower().removesuffix("s") in _SPEECH_TO_NOUNS and
                                     _SPEECH_NOUN_AFTER.search(masked, max(lo, start - 40), start) is not None)
        noun = noun.lower()
        if owned is None and light is None and not unowned or any(a <= start < b for a, b in taken):
            continue
        if m.group("prep") is None:   # "to" and a verb ("drive to “cross-sell”": no verb, no row)
            if noun not in _INTENTION_NOUNS:
                continue
            s = masked.rfind("not to ", start, m.end()) if "not to " in masked[start:m.end()] \
                else masked.rfind("to ", start, m.end())
            if noun.removesuffix("s") in _SPEECH_TO_NOUNS and not _BARE_NEXT.match(masked, s):
                continue   # (not "a promise to himself")
            e = content_end(art, s, hi)
            while noun.removesuffix("s") in _SPEECH_TO_NOUNS and (q := _QUOTED_WORDS.match(masked, e)):
                e = content_end(art, q.end(), hi)   # "his promise to be "neutral" in the talks"
            cut = _INFINITIVE_END.search(masked, s, e) or CLAUSE_AFTER.search(masked, s, e)
            e = cut.start() if cut else e
            cls, cue = "intention", noun if noun.endswith("ss") else noun.removesuffix("s")
            cls = "directive" if cue == "call" else verb_class(cue, art.verbs) if cue in _SPEECH_TO_NOUNS else cls
        else:
            if m.group("prep") not in _OBJECT_NOUNS.get(noun, "").split("|"):
                continue
            span = object_span(art, m.end("prep"), hi)
            if span is None:
                continue
            s, e = span
            cls = "belief" if noun in _BELIEF_NOUNS else "directive" if noun in ("call", "calls") else "stance"
            cue = noun.removesuffix("s") + " " + m.group("prep")
        verb = PREDICATE.search(masked, s, e)
        while verb and _RELATIVE_BEFORE.search(masked, max(s, verb.start() - 20), verb.start()):
            verb = PREDICATE.search(masked, verb.end(), e)   # "research that could lead to ..."
        e = verb.start() if verb else e
        if len(CLAUSE_TOKEN.findall(masked, s, e)) < (2 if cls == "intention" else 1) or \
                any(a < e and s < b for a, b in list(taken) + [(a, b) for a, b, _ in out]):
            continue
        if light is not None:
            out.append((s, e, Frame(light, cue, cls, "", None, start)))
            continue
        if unowned:
            holder = ""
        elif owned.group("pron"):
            holder = owned.group("pron")
        else:
            owner = _OWNER.search(masked, max(lo, owned.start() - 50), owned.start())
            holder = owner.group() if owner else ""
        out.append((s, e, Frame(_holder(holder), cue, cls, "", None, start)))
    return out


def owned_noun_at(masked, start, hi) -> bool:
    """Does an intention or stance noun owned by a name open the phrase at ``start`` ("Merkel's
    decision to open ...")? Such a phrase is that owner's content (:func:`owned_contents`), not a
    verb's object; "defended his decision to ..." (a pronoun: most often the subject's own) stays
    the verb's, but not a speech act's ("defended his call to raise ...": the noun's row)."""
    m = _NOUN_HIT.search(masked, start, min(hi, start + 40))
    owned = _OWNED_BEFORE.search(masked, start, m.start()) if m is not None else None
    return owned is not None and len(masked[start:m.start()].split()) <= 3 and \
        (not owned.group("pron") or m.group().split()[0].lower() in _SPEECH_TO)
