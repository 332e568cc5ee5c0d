"""Contents held by a noun: "her fear that ...", "Republicans' belief that ...", "there is no
evidence that ...", "the notion that ..."; with an owner, also "his decision not to ...", "their
effort to ...", "Trump's attacks on Cruz", "her support for the bill", "its concerns about ...".

Why: PolNeAR (after Pareti 2016) annotates a belief or evidence noun followed by its "that"
clause as an attribution: the noun is the cue, its possessor (if any) the source, the clause the
content. Speech nouns ("the claim that", "his argument that") are reported speech
(:data:`analysis.quotes.reported.CONTENT_NOUNS`) and left to those rules. Rows are kind
``indirect``, class ``belief`` or ``evidence`` (no statement), the noun's singular in ``verb``;
the speaker is the possessor as written ("Republicans"), or empty when none is given; a
possessive pronoun ("her fear that") is not resolved here, so the speaker stays empty and
``speaker_mention`` keeps the pronoun (nothing invented).
The infinitive and object nouns (:func:`owned_contents`) need an owner (a possessive): "the
decision to ..." names no one, and most such nouns without one are no attribution ("an effort to
rebuild the bridge"; "attempts to" matched PolNeAR's contents 1 time in 10 on train: left out).
Infinitive nouns are class ``intention``, object nouns ``stance`` (attack, support, opposition,
criticism, endorsement) or ``belief`` (concerns, views, doubts); the object ends as a stance
verb's does (:func:`~analysis.quotes.content.object_span`), and before the predicate when the
noun phrase is a subject (:data:`~analysis.quotes.clauses.PREDICATE`). Speech nouns (praise,
promise, pledge, call) are left to the speech rules.
Where it fails: an owner phrase of more than three words keeps its last three; a past participle
after the object ("his support for the bill passed last year") is taken for the predicate.
Also: a noun whose "that" opens a relative clause with a verb not listed ("the
fear that haunts him") is taken as a content; a possessor of more than three words keeps its
last three.
"""
from __future__ import annotations

import re

from ..text import CLAUSE_TOKEN, word_alternation
from .attribution import Frame
from .clauses import CLAUSE_AFTER, PREDICATE, content_end
from .object_span import object_span
from .coreference import Speaker
from .marks import MASK

_BELIEF = ("fear|fears|hope|hopes|belief|beliefs|view|notion|idea|sense|concern|concerns|worry|"
           "worries|doubt|doubts|expectation|expectations|assumption|perception|impression|"
           "suspicion|suspicions|feeling|confidence|recognition|understanding|conviction|"
           "optimism|hopes")
# ("signs that", "indication that": 2 of 11 matched PolNeAR's contents on train; left out)
_EVIDENCE = "evidence|finding|findings|conclusion"
_NOUN_THAT = re.compile(r"(?<![\w'’-])(?P<noun>" + _BELIEF + "|" + _EVIDENCE + r")"
                        r"\s+that\s+(?=[^\W\d_])")
#: Possessive determiners: an owner the rules leave unresolved (:func:`_holder`).
_POSSESSIVE_PRONOUNS = ("his", "her", "their", "its", "our", "my", "your")
_PRONOUN_ALTERNATION = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _POSSESSIVE_PRONOUNS)
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


def noun_contents(art, lo, hi, taken=()):
    """Contents of belief and evidence nouns with a "that" clause in the sentence [lo, hi):
    (start, end, Frame). ``taken``: spans of rows already made for the sentence (a cue inside
    one, or a content overlapping one, gives no row)."""
    out = []
    for m, s, e in that_clauses(art, lo, hi, _NOUN_THAT, taken, out):
        noun = m.group("noun")
        cls = "evidence" if noun in _EVIDENCE_NOUNS else "belief"
        out.append((s, e, Frame(possessor_before(art.masked, lo, m.start("noun")),
                                _SINGULAR.get(noun, noun), cls, "", None, m.start("noun"))))
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
        e = content_end(art, s, hi)
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


# Nouns of intention with their infinitive ("his decision not to run", "her bid to unseat ...")
_TO_NOUNS = ("decision|decisions|refusal|plan|plans|effort|efforts|bid|push|"
             "desire|intention|intentions|determination|willingness|reluctance|commitment|"
             "readiness|eagerness|failure|strategy|campaign|drive|quest|ambition|ambitions")
# Nouns of stance or belief with the preposition of their object ("Trump's attacks on Cruz")
_OBJECT_NOUNS = {"support": "for", "backing": "for|of", "opposition": "to", "attacks": "on|against",
                 "attack": "on|against", "criticism": "of", "criticisms": "of",
                 "endorsement": "of", "endorsements": "of", "defense": "of", "defence": "of",
                 "rejection": "of", "condemnation": "of", "embrace": "of", "contempt": "for",
                 "disdain": "for", "admiration": "for", "hostility": "to|toward|towards",
                 "distrust": "of", "mistrust": "of", "skepticism": "of|about|toward|towards",
                 "scepticism": "of|about", "concern": "about|over", "concerns": "about|over",
                 "doubts": "about", "views": "on|of|about", "view": "on|of|about",
                 "thoughts": "on|about", "opinion": "of|on|about", "assessment": "of"}
_BELIEF_NOUNS = {"skepticism", "scepticism", "concern", "concerns", "doubts", "views", "view",
                 "thoughts", "opinion", "assessment"}
# A noun and what follows it: one search led by the nouns' letters (the owner is checked after)
_NOUN_HIT = re.compile(
    word_alternation(sorted(set(_TO_NOUNS.split("|")) | set(_OBJECT_NOUNS), key=len, reverse=True),
                     r"[\w'’-]") +
    r"\s+(?:(?:not\s+)?to\s+(?!(?:the|a|an|his|her|their|its|this|that|be\s+sure)\b)[a-z]|"
    r"(?P<prep>for|of|to|on|against|toward|towards|about|over)\s)")
_INTENTION_NOUNS = set(_TO_NOUNS.split("|"))
# The owner right before the noun (an adjective may stand between: "his desperate efforts")
_OWNED_BEFORE = re.compile(r"(?:(?<![\w'’-])(?P<pron>" + _PRONOUN_ALTERNATION +
                           r")|['’]s?)\s+(?:[a-z]+\s+)?$")
# "Trump's" / "Mr. Trump's" / "the party's": the owner's words before the possessive
_OWNER = re.compile(r"(?:(?:[Tt]he|[A-Z][\w.-]*)\s+){0,2}[\w.-]+$")
_INFINITIVE_END = re.compile(r",\s|\s+and\s+(?:is|was|are|were|has|had|have|then|said|says)\b")


def _holder(words: str) -> Speaker:
    """The owner as written; a possessive pronoun only as the mention (left unresolved)."""
    if words.lower() in _POSSESSIVE_PRONOUNS:
        return Speaker(mention=words)
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
        owned = _OWNED_BEFORE.search(masked, max(lo, start - 30), start)
        if owned is None or any(a <= start < b for a, b in taken):
            continue
        if m.group("prep") is None:   # "to" and a verb ("drive to “cross-sell”": no verb, no row)
            if noun not in _INTENTION_NOUNS:
                continue
            s = masked.rfind("not to ", start, m.end()) if "not to " in masked[start:m.end()] \
                else masked.rfind("to ", start, m.end())
            e = content_end(art, s, hi)
            cut = _INFINITIVE_END.search(masked, s, e) or CLAUSE_AFTER.search(masked, s, e)
            e = cut.start() if cut else e
            cls, cue = "intention", noun.removesuffix("s")
        else:
            if m.group("prep") not in _OBJECT_NOUNS.get(noun, "").split("|"):
                continue
            span = object_span(art, m.end("prep"), hi)
            if span is None:
                continue
            s, e = span
            cls = "belief" if noun in _BELIEF_NOUNS else "stance"
            cue = noun.removesuffix("s") + " " + m.group("prep")
        verb = PREDICATE.search(masked, s, e)
        e = verb.start() if verb else e
        if len(CLAUSE_TOKEN.findall(masked, s, e)) < (2 if cls == "intention" else 1) or \
                any(a < e and s < b for a, b in list(taken) + [(a, b) for a, b, _ in out]):
            continue
        if owned.group("pron"):
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
    the verb's."""
    m = _NOUN_HIT.search(masked, start, min(hi, start + 40))
    owned = _OWNED_BEFORE.search(masked, start, m.start()) if m is not None else None
    return owned is not None and not owned.group("pron") and \
        len(masked[start:m.start()].split()) <= 3
