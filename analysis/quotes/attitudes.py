"""Attitudes told by an adjective or a stance noun after a copula: "Cruz has been acutely aware
that ...", "EU member states are concerned about ...", "Her advisers are not convinced that ...",
"Ted Cruz was also critical of Obama's stance", "Mrs. Clinton has been a dogged defender of the
Affordable Care Act", "Barney Frank, a fierce critic of Mr. Sanders, ...".

Why: a feeling, certainty or stance held by a named person is reported content as much as
"X fears that ..." (Pareti 2016; PolNeAR annotates the adjective or noun as cue, the subject as
source, the "that" clause or the prepositional object as content). :mod:`.content`'s codebook
forms need the copula right before the adjective ("is worried"); news copy puts adverbs and
auxiliaries between ("has been acutely aware", "were also not satisfied with") and uses other
copulas (remain, grow, become, feel; "seems" and "appears" are hedges: :mod:`.hedged`).
Class ``belief`` (cognition, feeling) or ``stance`` (critical of, supportive of, opposed to, and
the nouns supporter, advocate, defender, champion, critic, opponent, proponent, backer, admirer,
fan of/for); the adjective or the noun's singular is the ``verb``.

Shapes (no parser; two literal-led regex searches per sentence):
- ADJECTIVE + "that" + clause, or + its own preposition (about, of, with, in, at, by, over, to,
  for) + object, after a copula with up to three adverbs ("is", "'re" after a pronoun, "has
  been", "remained", "grew increasingly"); "to be aware of" has no holder.
- (a|an|the|one of the|no) + up to five modifiers + NOUN + of|for + object, after a copula
  ("was an early backer of") or the comma of an apposition (", a longtime supporter of").
The holder is the subject before the copula or comma, found as for a content cue
(:func:`~analysis.quotes.content_holders.content_holder`: a reference, a noun phrase, "I"/"we"). The
content runs to where the reporter's words take over (:func:`~analysis.quotes.clauses.content_end`);
an object also ends at a comma, a spaced hyphen, "but" or a second predicate ("furious at the
company and want ...").
2 Dec 2026: opinions held or withheld ("are split on", "remain divided over", "was upbeat
about", "far more leery about"), feelings caused ("were angered by", "unimpressed by"), leanings
("is intent on" + gerund, "inclined to", "aligned with"); "on" and "toward" as the adjective's
preposition. PolNeAR train all-content 6700 -> 6734 (55 new rows; read: ~45 right, the rest a
wrong holder or a cut object); "open to", "favorable to", "clear about" and "loyal to" (the
seeds' "troops remained loyal to the government": a fact told, no view) left out.
2 Dec 2026 (cont27): a verb after a relative pronoun or a pronoun subject inside the object is the
relative clause's, no predicate ("critical of the man who is leading", "unhappy with the way he was
being treated"): PolNeAR train all-content +5, the 9 changed rows right by reading but one.
2 Dec 2026 (cont28): a plural stance noun with no article after a copula ("were supporters of
Sanders"; not after an inverted copula) and an object ending before "than" ("more interested in
his legacy than in ..."): PolNeAR train all-content +2, the 4 changed rows right by reading.
Where it fails: an adjective with no copula ("Republicans, concerned about ..., have",
"lawmakers nervous about") gives no row; an object with a parenthetical comma ("the things he
has tried, unsuccessfully, to block") is cut at the comma.
"""
from __future__ import annotations

import re

from ..text import CLAUSE_TOKEN, word_alternation
from .attribution import Frame
from .clauses import OWN_RELATIVE, PREDICATE, content_end
from .content import SUBORDINATE_OPENS
from .content_holders import content_holder
from .article import is_place, refs_starting_in
from .coreference import resolve
from .marks import MASK
from .nominal import possessor_before, that_clauses
from .speech_nouns import SPEECH_NOUNS
from .verbs import verb_class

# adjective -> (class, the words that may follow it: "that" and its prepositions)
_ADJECTIVES = {
    "aware": "that of", "unaware": "that of", "confident": "that in about of",
    "convinced": "that of", "concerned": "that about over by", "worried": "that about over by",
    "skeptical": "that of about", "sceptical": "that of about", "wary": "of",
    "hopeful": "that about of", "optimistic": "that about", "pessimistic": "that about",
    "afraid": "that of", "fearful": "that of", "nervous": "that about", "anxious": "that about",
    "certain": "that of", "sure": "that of", "doubtful": "that about", "unsure": "of about",
    "uncertain": "about", "adamant": "that about", "mindful": "that of",
    "angry": "that about at with over", "upset": "that about with over by",
    "frustrated": "that with by about over", "furious": "that about at with over",
    "happy": "that about with", "unhappy": "that about with", "pleased": "that with by about",
    "displeased": "with by", "disappointed": "that with in by", "satisfied": "that with",
    "dissatisfied": "with", "interested": "in", "uninterested": "in", "comfortable": "with",
    "enamored": "of with", "proud": "that of", "ashamed": "that of", "embarrassed": "that by",
    "excited": "that about by", "enthusiastic": "about", "thrilled": "that with by about",
    "alarmed": "that by at", "troubled": "that by", "disturbed": "that by", "outraged": "that by at over",
    "dismayed": "that by at", "uneasy": "about with", "uncomfortable": "with about",
    "grateful": "that for", "disgusted": "that by with", "irritated": "that by with",
    "critical": "of", "supportive": "of", "opposed": "to", "dismissive": "of",
    "sympathetic": "to", "hostile": "to", "sick": "of", "tired": "of",
    "willing": "to", "unwilling": "to", "eager": "to",   # (intention; after a copula: content.py)
    # 2 Dec 2026: opinions held or withheld, feelings caused, leanings ("Republicans are split on
    # the bill", "was upbeat about", "were far more leery about", "is intent on winning")
    "divided": "on over about", "split": "on over", "undecided": "about on", "ambivalent": "about",
    "upbeat": "about", "bullish": "about on", "bearish": "about on", "passionate": "about",
    "serious": "about", "vocal": "about", "upfront": "about", "open": "about", "shy": "about",
    "vague": "about on", "cagey": "about on", "unapologetic": "about", "cynical": "about",
    "tepid": "about on", "sensitive": "about", "defensive": "about over", "complacent": "about",
    "apprehensive": "about", "insistent": "that on", "leery": "of about", "suspicious": "of about",
    "mistrustful": "of", "distrustful": "of", "conscious": "of that", "appreciative": "of",
    "persuaded": "that of", "unconvinced": "that by", "hungry": "for", "thankful": "for that",
    "impressed": "by with", "unimpressed": "by with", "angered": "by", "annoyed": "by with at",
    "irked": "by", "intrigued": "by", "encouraged": "by", "heartened": "by", "bored": "with by",
    "rattled": "by about", "puzzled": "by about", "confused": "by about", "untroubled": "by",
    "distressed": "by about", "horrified": "by at", "shocked": "that by at", "stunned": "by",
    "surprised": "that by at", "relieved": "that by", "delighted": "that by with",
    "scared": "that of by", "frightened": "by of", "terrified": "that of by",
    "miffed": "about over at by", "incensed": "by at over", "livid": "about at over",
    "indignant": "about at over", "disgruntled": "about with", "infatuated": "with",
    "aligned": "with", "partial": "to",
    "receptive": "to", "resistant": "to", "intent": "on", "bent": "on", "inclined": "to",
}
_INTENTION = {"willing", "unwilling", "eager", "intent", "bent", "inclined"}
_STANCE = {"critical", "supportive", "opposed", "dismissive", "sympathetic", "hostile", "aligned",
           "partial", "receptive", "resistant"}
# Literal-led (text.word_alternation, the word-start look-behind after the first letter): this
# search and the two below run on every sentence (PolNeAR: 0.56 -> 0.37 ms an article).
_WORD_START = r"[\w'’-]"   # what may not stand before the word
_ADJECTIVE = re.compile(r"(?P<adj>" + word_alternation(sorted(_ADJECTIVES, key=len, reverse=True),
                                                       _WORD_START)
                        + r")(?:\s+(?P<link>that|about|of|with|in|at|by|over|to|for|on|toward))\s+(?=[^\W\d_])")
# The copula before the adjective, with up to three adverbs ("has been acutely", "were also not",
# "are growing increasingly", "’re"); anchored at the adjective.
_ADVERB = (r"(?:not|n['’]t|also|still|very|so|too|all\s+too|more|less|most|much|quite|rather|"
           r"increasingly|now|already|equally|just|even|far|pretty|no\s+less|[a-z]{3,}ly|well|"
           r"none\s+too|deeply|openly|(?<=just\s)as)")
_COPULA = re.compile(r"(?:(?<![\w'’-])(?:is|are|was|were|am|be|been|being|remains?|remained|"
                     r"remaining|feels?|felt|grows?|grew|grown|growing|becomes?|became|"
                     r"becoming|stays?|stayed)(?:n['’]t)?"   # "aren't interested in"
                     r"|(?<=[A-Za-z])['’](?:s|re|m))"
                     r"(?:\s+" + _ADVERB + r"){0,3}\s+$", re.IGNORECASE)
_OBJECT_END = re.compile(r",\s|\s-\s|\s+but\s|\s+than\s|\s+and\s+(?:want|wants|wanted|is|are|was|were|has|"
                         r"have|had|[a-z]{3,}ed)\b")   # ("a more ardent critic of X than Y": Y no content)
# an object that is a clause of its own: "about what Trump is stirring up", "of overextending"
_CLAUSE_OBJECT = re.compile(r"(?:what|how|why|whether|who|which|where|when|[a-z]+ing)\b")
_TO_BE = re.compile(r"\bto\s+$")
# a pronoun's "'s" is "is" ("he's aware"); a name's may be a possessive ("Trump's happy talk")
_CONTRACTED = re.compile(r"(?:^|\W)(?:he|she|it|that|who|there|what|i|we|they|you)$", re.IGNORECASE)


# Stance nouns with their object: "is a fervent supporter of", ", a longtime critic of"
_ROLES = ("supporter", "advocate", "defender", "champion", "critic", "opponent", "proponent",
          "backer", "admirer", "fan")
_ROLE = re.compile(r"(?P<adj>" + word_alternation([n + "s?" for n in _ROLES], _WORD_START) +
                   r")\s+(?P<link>of|for)\s+(?=[^\W\d_])")
# before the noun: a copula (or the comma of an apposition), an article and up to three
# modifiers ("has been a dogged", "were among the earliest and most enthusiastic")
# (also a plural with no article after a copula: "were supporters of Sanders")
_ROLE_BEFORE = re.compile(r"(?:(?<![\w'’-])(?:is|are|was|were|been|remains?|remained|became|"
                          r"becomes?|emerged\s+as)(?:\s+" + _ADVERB + r")?\s+(?:among\s+)?"
                          r"(?:(?P<det>a|an|the|one\s+of\s+the|no)\s+)?|"
                          r"(?<=[^\W\d_]),\s+(?P<det2>a|an|the|one\s+of\s+the|no)\s+)"
                          r"(?:(?:[A-Za-z][a-z-]+|and)\s+){0,5}$")
#: Words one of which a sentence holds when :func:`attitude_contents` finds a row there (each
#: shape's adjective or noun is a whole word): the quote step reads no other sentence with it.
ATTITUDE_CUE_WORDS = frozenset(_ADJECTIVES) | frozenset(_ROLES) | {n + "s" for n in _ROLES}
_ROLE_NOT_MODIFIER = {"of", "for", "in", "to", "with", "by", "who", "which", "that", "said", "says"}


def _no_subject(masked, lo, cop):
    """True when the copula has no subject of its own: "to be aware of", a name's "'s"."""
    word = cop.group().lower()
    if word.startswith("be ") and _TO_BE.search(masked, max(lo, cop.start() - 4), cop.start()):
        return True
    return word.startswith(("'", "’")) and not _CONTRACTED.search(
        masked, max(lo, cop.start() - 6), cop.start())


# An adjective phrase set off after its holder: "Republicans, concerned about ..., have", "Trump
# -- angry at how Fox News has treated him -- stood"
_SET_OFF = re.compile(r"(?:,|\s--|\s[—–])\s+(?:" + _ADVERB + r"\s+){0,2}$")


def _set_off_holder(art, lo, at):
    """The holder of an adjective phrase set off by a comma or dash at ``at``: the name or noun
    phrase the text gives right before the comma (not a place), or None."""
    m = _SET_OFF.search(art.masked, max(lo, at - 40), at)
    if m is None:
        return None
    ref = next((r for r in reversed(refs_starting_in(art, lo, m.start()))
                if r.end == m.start() and not r.possessive), None)
    if ref is None or is_place(art, ref) or ref.kind == "pronoun":
        return None
    return Frame(resolve(art, ref), ref=ref)


def _noun_before(art, lo, at):
    """The holder of an adjective phrase right after a noun ("lawmakers nervous about ...",
    "corporations willing to ...", "state officials angry about ..."): a reference that is no
    pronoun, possessive or place ending right before ``at``, or None. PolNeAR train: 9 of ~20
    such phrases outside quotations hold a gold content."""
    ref = next((r for r in reversed(refs_starting_in(art, lo, at))
                if art.masked[r.end:at] == " " and not r.possessive), None)
    if ref is None or ref.kind in ("pronoun", "who", "description") or is_place(art, ref) or \
            ref.text.endswith("ly"):
        return None   # "Deeply divided about ..., leaders found": an adverb opening the sentence
    return Frame(resolve(art, ref), ref=ref)


# The subject of a relative clause with no "that" inside an object ("proud of the things he has
# tried to block", "unhappy with the way he was treated"): the verb after it is the clause's, no
# predicate of the sentence (PolNeAR's object runs on; train all-content +5)
_PRONOUN_SUBJECT_AT_END = re.compile(r"(?<!\sthan)\s(?:he|she|they|we|I|you)(?:['’](?:s|ve|d|re))?$")


def _add(art, lo, hi, m, adj, link, cls, fr, taken, out):
    """Append the row of the adjective or noun match ``m`` held by ``fr`` to ``out`` unless its
    content is too short, holds a quotation or overlaps a row already made."""
    infinitive = adj in _INTENTION and link == "to"   # "willing to ...": the infinitive, "to" and all
    masked, s = art.masked, m.start("link") if infinitive else m.end()
    e = content_end(art, s, hi)
    if SUBORDINATE_OPENS.match(masked, lo) and "," not in masked[lo:m.start()]:
        e = masked.find(", ", s, e) if ", " in masked[s:e] else e   # "Though X was willing to
        # ..., he": the subordinate clause ends at its comma
    if link != "that" and not infinitive:   # an object ends before a predicate ("of Bob left")
        verb = None if _CLAUSE_OBJECT.match(masked, s) else PREDICATE.search(masked, s, e)
        if verb and (OWN_RELATIVE.search(masked, s, verb.start() + 1) or
                     _PRONOUN_SUBJECT_AT_END.search(masked, s, verb.start())):
            verb = None   # "critical of the man who is leading", "proud of the things he has tried"
        cuts = [_OBJECT_END.search(masked, s, e), verb]
        e = min([content_end(art, s, c.start()) for c in cuts if c] or [e])
    if MASK in masked[s:e] or len(CLAUSE_TOKEN.findall(masked, s, e)) < (2 if link == "that" else 1) \
            or any(a < e and s < b for a, b in list(taken) + [(a, b) for a, b, _ in out]):
        return
    out.append((s, e, Frame(fr.speaker, adj, cls, fr.via, fr.ref, m.start())))


def attitude_contents(art, lo, hi, taken=()):
    """Contents of attitude adjectives in the sentence [lo, hi) of an
    :class:`~analysis.quotes.article.Article`: [(start, end, Frame)]. ``taken``: spans of rows
    already made for the sentence (no row overlaps one)."""
    masked, out = art.masked, []
    found = [(m, _COPULA) for m in _ADJECTIVE.finditer(masked, lo, hi)
             if m.group("link").lower() in _ADJECTIVES[m.group("adj").lower()].split()]
    found += [(m, _ROLE_BEFORE) for m in _ROLE.finditer(masked, lo, hi)]
    for m, before in found:
        adj, link = m.group("adj").lower(), m.group("link").lower()
        cop = before.search(masked, max(lo, m.start() - 70), m.start())
        if cop is None and before is _COPULA:
            fr = _set_off_holder(art, lo, m.start()) or _noun_before(art, lo, m.start())
            if fr is not None:
                _add(art, lo, hi, m, adj, link, "stance" if adj in _STANCE else "intention"
                     if adj in _INTENTION else "belief", fr, taken, out)
            continue
        if cop is None or _no_subject(masked, lo, cop) or before is _ROLE_BEFORE and (
                set(masked[cop.start():m.start()].lower().split()) & _ROLE_NOT_MODIFIER or
                not (cop.group("det") or cop.group("det2") or adj.endswith("s"))):
            continue
        role = before is _ROLE_BEFORE
        adj = adj[:-1] if role and adj.endswith("s") else adj
        cls = "stance" if adj in _STANCE or role else "intention" if adj in _INTENTION else "belief"
        fr = content_holder(art, lo, cop.start(), (cop.start(), m.end("adj"), adj, cls, True, adj))
        if fr is not None and role and not (cop.group("det") or cop.group("det2")) and \
                (fr.ref is None or fr.ref.kind != "pronoun") and fr.speaker.mention.islower() and \
                " " not in fr.speaker.mention:
            continue   # "Leading the effort to bring in money are backers of X": inverted, no holder
        if fr is not None and (fr.speaker.name or fr.speaker.mention):
            _add(art, lo, hi, m, adj, link, cls, fr, taken, out)
    return out


# Nouns whose content a copula gives: "Rubio's response was that ...", "The idea is that ...",
# "Her fundamental argument on Sunday was that ...", "A common refrain is that ..." (the
# narrator's "The problem is that" or "The lesson is that" are left out: no one holds them).
_BELIEF_NOUNS = ("idea|view|belief|assumption|hope|fear|concern|worry|theory|conclusion|bet|"
                 "suspicion|expectation|position|thinking|feeling|calculation|hunch|thesis|"
                 "premise|proposition|logic|reasoning|rationale|case|contention|sense")
# speech nouns not in speech_nouns.SPEECH_NOUNS, with their verb (for the reporting-verb class)
_SAID_NOUNS = {"response": "respond", "answer": "answer", "explanation": "explain",
               "refrain": "repeat", "message": "say", "line": "say", "point": "note",
               "pitch": "argue", "defense": "argue", "defence": "argue", "criticism": "criticize"}
# nouns that hold a view even with no owner ("The idea is that", "A common refrain is that")
_HELD_UNOWNED = set("idea view belief assumption hope fear concern worry theory expectation "
                    "suspicion refrain hunch bet calculation conclusion thinking premise".split())
#: Words one of which a sentence holds when :func:`noun_is_that_contents` finds a row there (its
#: nouns): the quote step reads no other sentence with it.
NOUN_IS_THAT_CUE_WORDS = frozenset(_BELIEF_NOUNS.split("|")) | frozenset(_SAID_NOUNS) | \
    frozenset(SPEECH_NOUNS)
_NOUN_IS_THAT = re.compile(
    r"(?P<noun>" + word_alternation(sorted(NOUN_IS_THAT_CUE_WORDS, key=len, reverse=True),
                                    _WORD_START) +
    r")(?:\s+(?!(?:is|was|that|which|who)\b)[^\s,;:()\x00]+){0,6}?\s+(?:is|was|has\s+been|"
    r"had\s+been|remains|remained|seems\s+to\s+be)\s+(?:simply\s+|still\s+|now\s+)?"
    r"that\s+(?=[^\W\d_])")


def noun_is_that_contents(art, lo, hi, taken=()):
    """Contents a copula gives to a noun of belief or speech in the sentence [lo, hi): (start,
    end, Frame), the owner as written (:func:`~analysis.quotes.nominal.possessor_before`; only
    nouns of :data:`_HELD_UNOWNED` go without one), class ``belief`` or the class of the noun's
    reporting verb."""
    out = []
    for m, s, e in that_clauses(art, lo, hi, _NOUN_IS_THAT, taken, out):
        noun = m.group("noun").lower()
        owner = possessor_before(art.masked, lo, m.start("noun"))
        if not (owner.name or owner.mention) and noun not in _HELD_UNOWNED:
            continue   # "The point is that ...", "The case is that": the narrator's, often
        said = _SAID_NOUNS.get(noun) or SPEECH_NOUNS.get(noun)
        cls = verb_class(said, art.verbs) if said else "belief"
        out.append((s, e, Frame(owner, noun, cls or "belief", "", None, m.start("noun"))))
    return out
