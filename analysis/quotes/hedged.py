"""Content the writer hedges without naming whose view it is: "Mr. Trump seemed to overstay his
welcome", "The vote is expected to be close", "The union is widely regarded as liberal", "It
appears that ...", "It is unclear whether ...".

Why: PolNeAR (Newell et al. 2018, after Pareti 2016) annotates these as attributions with a cue
and no source: the claim is someone's perception or expectation, left unnamed. They are rows of
kind ``indirect`` with an empty speaker (nothing invented), the cue in ``verb`` and the class
``evidence`` (an appearance: seem, appear, look like, sound like) or ``belief`` (an expectation
or judgement: expected, seen as, known as, unclear); neither is a statement
(:data:`analysis.codebooks.NOT_SPEECH_CLASSES`).

Shapes (no parser; one regex search per sentence):
- raising: ``SUBJECT (aux/adverbs) seem(s|ed) to / appear(s|ed) to / seems ADJ / appears ADJ
  (an adjective by its ending or a short list: "appeared paralyzed", "appears weak") / looks like``
  and the passives ``SUBJECT is (widely) expected to / seen as / regarded as / viewed as /
  considered / known as / projected to``: the content is the whole clause, from the start of
  its subject (after the last clause boundary: comma, dash, ``that``, ``and``, ``but``, ``while``
  ...; a relative ``who``/``which`` opens it) to the clause's end
  (:func:`~analysis.quotes.clauses.content_end`). A subject that is itself a relative clause's
  noun phrase set off by commas ("Hizbollah, which has lost ..., seems") starts before the
  apposition.
- impersonal: ``It seems/appears/seemed (that|like|as if) ...`` and ``It is unclear / unknown
  whether|if|how|why ...`` ("not clear" matched PolNeAR's contents 2 times in 11 on train: left
  out): the content is what follows the cue.
- passive speech acts with no agent in the clause (``SUBJECT is accused of / was declared the
  winner / has been criticized for|as / was challenged over|on / was questioned about``): the same
  subject-to-end content, PolNeAR's span for them, but a speech row (the verb's lemma and codebook
  class) with an empty speaker; a passive's agent ("by news organizations") ends it. PolNeAR
  train: 13 of 18 new rows matched (speech recall +13); "charged with" (2 of 4) left out.
- names given by no one named, with no copula (``the string of contests known as Super Tuesday``,
  ``The program, known as the Renewable Fuel Standard``: after a comma or dash the name alone),
  and ``it is/became clear (that) ...`` (1 Dec 2026; PolNeAR train +19 and +6 rows, most
  matching).
- 1 Dec 2026, evening (PolNeAR train all-content +28 with content.py's mid-frame beliefs): a
  negated or contracted copula ("is not expected to", "isn't expected to"), a second predicate
  ("but is not expected to meet X": the infinitive alone), "it" as an infinitive's subject, a
  relative "that" as subject (belief cues), a clause inside an opening subordinate clause; an
  appearance keeps a participle after it (not a speech verb's); "seen/viewed/regarded as" as a
  participle with no copula ("a state seen as critical") or with its agent ("seen by some as");
  "is considered" + an adjective.
Where it fails: a subject after a fronted phrase with no comma ("In 2000 it looked as if") is
cut at the phrase; a raising verb in a speaker's reported words is left to the speech row.
"""
from __future__ import annotations

import re

from ..text import CLAUSE_TOKEN
from .attribution import Frame
from .clauses import CLAUSE_AFTER, PREDICATE, content_end, subject_start
from .coreference import Speaker
from .content import SUBORDINATE_OPENS
from .marks import trim

_AUX = r"(?:(?:also|still|now|then|really|just|not|never|only|even|already|certainly|clearly|" \
       r"generally|widely|largely|broadly|increasingly|initially|once|long|n['’]t|has|have|had|" \
       r"nonetheless|nevertheless|often|usually|typically|traditionally|" \
       r"been|being|be|is|are|was|were|'s|’s|'re|’re|will|would|could|may|might|must|should|" \
       r"do|does|did)\s+)*"
# "to" + a verb (not "to the crowd", "to him")
_TO_VERB = r"to\s+(?!(?:the|a|an|his|her|him|them|me|us|their|its|our|my|this|that|these|those|" \
           r"some|many|most|all|be\s+sure)\b)[a-z]"
# after "seems": a word that is no adjective or adverb of the hedge ("seems to", "seemed in")
_NOT_ADJECTIVE = r"(?:to|in|on|at|for|with|from|by|of|about|like|as|and|or|but|that|the|a|an|his|" \
                 r"her|their|its|this|so|more|less|most|very)\b"
# after "appears" (which also means "shows up": "appeared on Fox News"): an adjective only
_ADJECTIVE = r"(?:[a-z]+(?:ed|ous|ive|ful|less|able|ible|ent|ant)|weak|strong|ready|likely|" \
             r"unlikely|close|closer|uneasy|poised|set|sure|certain|open|nervous|calm|happy|" \
             r"unhappy|intent|content|eager|willing|keen|reluctant|unsure)\b"
# a degree adverb before the adjective ("appears somewhat uneasy", "sounded more presidential",
# "seemed so stark"; 2 Dec 2026, with "sounded" + adjective and the end below: PolNeAR train
# all-content +5, dev unchanged)
_DEGREE = r"(?:so|more|less|very|far|too|somewhat|rather|quite|increasingly|a\s+bit)\s+"
# An appearance told by an adjective after "appear"/"sound" ends with it ("Washington appears
# weak", "He sounded subdued in his speech"), unless the adjective takes a complement ("appeared
# ready to abandon him", "more presidential than any other"): PolNeAR's span ("seems" + adjective
# keeps its clause: "seemed rattled by attacks ...", "seems fixated on China")
_ADJECTIVE_AFTER = re.compile(r"\s+(?:" + _DEGREE + r")?" + _ADJECTIVE)
_COMPLEMENT = re.compile(r"\s*,|\s+(?:to|that|about|of|with|for|than|enough|as|on|at|by|from)\b")
_BE = r"(?:is|are|was|were|be|been|being|'s|’s|'re|’re|isn['’]t|aren['’]t|wasn['’]t|" \
      r"weren['’]t)\s+" + _AUX
# the cue of a raising shape, with what follows it: a group per class
_RAISING = re.compile(
    r"(?<![\w'’-])(?P<evidence>(?:seem|seems|seemed|appear|appears|appeared)(?=\s+(?:" + _TO_VERB +
    r"|like\s|as\s+(?:if|though)\s))|"
    r"(?:seem|seems|seemed)(?=\s+(?!" + _NOT_ADJECTIVE + r")[a-z]+\b|\s+" + _DEGREE + _ADJECTIVE + r")|"
    r"(?:appear|appears|appeared|sound|sounds|sounded)(?=\s+(?:" + _DEGREE + r")?" + _ADJECTIVE + r")|"
    r"(?:look|looks|looked|sound|sounds|sounded)(?=\s+(?:like|as\s+if|as\s+though)\s))|"
    r"(?<=\s)(?P<belief>(?:expected|projected)(?=\s+" + _TO_VERB + r")|"
    r"(?:seen|viewed|regarded|perceived|known|considered)(?=\s+as\s)|"
    r"(?:seen|viewed|regarded|perceived)(?=\s+by\s+(?:[\w'’.-]+\s+){1,4}?as\s)|"
    r"known(?=\s+(?:for\s|" + _TO_VERB + r"))|considered(?=\s+(?:a|an|the|one)\s|"
    r"\s+(?:(?:too|very|more|most|less|highly|relatively|largely)\s+)?" + _ADJECTIVE + r")|"
    r"(?:thought|believed|rumored|rumoured|presumed)(?=\s+" + _TO_VERB + r"))|"
    r"(?<=\s)(?P<speech>accused(?=\s+of\s+[\w$])|declared(?=\s+(?:the\s+)?(?:winner|victor)\b)|"
    r"critici[sz]ed(?=\s+(?:for|as)\s)|challenged(?=\s+(?:over|on)\s)|questioned(?=\s+about\s))")
#: Words one of which a sentence holds when :func:`hedged_clauses` finds a row there (every shape's
#: cue is a whole word: the raising verbs, participles and passives above, "known"/"referred" as,
#: the impersonal shapes' verbs and adjectives): the quote step reads no other sentence with it.
HEDGE_CUE_WORDS = frozenset(
    "seem seems seemed appear appears appeared look looks looked sound sounds sounded expected "
    "projected seen viewed regarded perceived known considered thought believed rumored rumoured "
    "presumed accused declared criticized criticised challenged questioned referred unclear "
    "unknown uncertain clear obvious evident apparent".split())
# a passive's agent ("by news organizations"; not a margin: "by the narrowest of margins", "by 9 points")
_AGENT = re.compile(r"\s+by\s+(?!(?:[\w-]+\s+){0,3}?(?:margins?|points?|votes?|percent|landslide)\b|\d)")
# An appearance keeps the participle after it ("seemed to overstay his welcome, revealing a
# tendency to ...": PolNeAR's span); an expectation ends before it
_PARTICIPLE_AFTER = re.compile(r",\s+([a-z]+ing)\b")
_CONJUNCTION_BEFORE = re.compile(r"(?<![\w'’-])(?:and|but)\s+$")
_SPACES = re.compile(r"\s*")
_SECOND_RELATIVE = re.compile(r"\s+(?:and|but)\s+(?:who|which|that)\s")
_THAT_BEFORE = re.compile(r"(?<=[a-z] )that\s+$")
_CONJUNCTION = re.compile(r"(?:(?:And|But|Yet|So|Still)\s+)?")
_BE_BEFORE = re.compile(_BE + r"$")
_AUX_BEFORE = re.compile(_AUX + r"$")
_IMPERSONAL = re.compile(
    r"(?<![\w'’-])[Ii]t(?:\s+(?:now|also|still|would|may|might|could|did\s+not|does\s+not))*\s+"
    r"(?:(?P<evidence>seems|seemed|appears|appeared|looks|looked|sounds|sounded)"
    r"(?:,\s*(?:though|however),)?\s+(?:that\s+|like\s+|as\s+(?:if|though)\s+)?|"
    r"(?:is|was|'s|’s|remains|remained)\s+(?P<belief>(?:still\s+|also\s+)?(?:unclear|unknown|uncertain))\s+(?:whether|if)?\s*|"
    # "it is clear that ...", "it became clear Trump was ..." (what is plain to an unnamed eye;
    # "not clear" is left out: PolNeAR's contents after it matched 2 times in 11)
    r"(?:is|was|'s|’s|became|has\s+become|had\s+become)\s+(?:(?:now|also|increasingly|"
    r"resoundingly|abundantly|quickly|already)\s+)?(?P<clear>clear|obvious|evident|apparent)"
    r"\s+(?:that\s+|(?<=came\sclear\s)(?!(?:to|in|on|at|from|by|with|for|after|when)\b)))")
# A name given by no one named, with no copula ("the string of contests known as Super Tuesday",
# "The program, known as the Renewable Fuel Standard"): the noun phrase and the name, or the
# name alone after a comma or dash (PolNeAR train: 18 such contents, none found before)
# a participle standing with no copula before it (a copula makes it the hedged predicate's job)
_NO_COPULA_BEFORE = r"(?<![\w'’-])(?<!is\s)(?<!was\s)(?<!are\s)(?<!were\s)(?<!be\s)"
_KNOWN_AS = re.compile(_NO_COPULA_BEFORE +
                       r"(?:(?:now|also|better|widely|popularly|commonly|formally|simply)\s+)?"
                       r"(?:known|referred\s+to)\s+as\s+(?=(?:the\s+)?[A-Z])")
_NAME = re.compile(r"(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+(?:(?:of|and|for|the|de|&)\s+)?"
                   r"[A-Z][\w.'’&-]*)*")
# A view held by no one named, as a participle with no copula ("a state seen as critical for the
# movement", "Low oil prices, seen as a boon for drivers, have ..."): the noun phrase and the
# view, or the view alone after a comma or dash, up to the next punctuation
_SEEN_AS = re.compile(_NO_COPULA_BEFORE + r"(?<!been\s)"
                      r"(?<!being\s)(?<!has\s)(?<!have\s)(?<!had\s)(?<!not\s)(?<!never\s)(?<!['’]s\s)"
                      r"(?<!['’]re\s)"
                      r"(?:(?:widely|often|largely|generally|long|increasingly|also)\s+)?"
                      r"(?P<cue>seen|viewed|regarded|perceived)\s+as\s+(?!(?:if|though|well|soon|"
                      r"much|many|far|long|a\s+result|part)\b)")
# An expectation or repute held by no one named, as a participle with no copula before its
# infinitive or "for" ("a presidential year expected to produce record turnout", "a developer known
# to be bullish on golf", "a think tank known for conspiracy theories"; not "a ruling expected in
# May"): the noun phrase and the participle's phrase, up to the next punctuation
# or the sentence's own predicate. PolNeAR train all-content +7, dev unchanged (2 Dec 2026; 15 new
# rows, right by reading)
_KNOWN_TO = re.compile(_NO_COPULA_BEFORE + r"(?<!and\s)(?<!or\s)(?<!but\s)(?<!been\s)(?<!being\s)"
                       r"(?<!not\s)(?<!widely\s)(?<!long\s)(?<!well\s)(?<!also\s)(?<!once\s)(?<!best\s)"
                       r"(?<!['’]s\s)(?<!['’]re\s)"
                       r"(?:(?:widely|long|well|also|once|not|best)\s+)?(?P<cue>known|expected)\s+"
                       r"(?:to\s+(?!(?:the|a|an|his|her|him|them|me|us|its|their)\b)[a-z]|for\s)")
# the noun phrase of the nearest determiner ("in hopes of a breakthrough in a state known for")
_NEAREST_HEAD = re.compile(r"(?<![\w'’-])(?:the|a|an|this|these|those|The|An?)\s+(?:(?!(?:the|a|an|"
                           r"The|An?)\s)(?!--)[^\s,;:()\x00—–]+\s+){0,6}?$")
_VIEW_END = re.compile(r"\s*(?:[,;:()\x00—–]|\s-\s|--)")
_SENTENCE_STOP = re.compile(r"[a-z]{2}\.$")
_SET_OFF_BEFORE = re.compile(r"(?:[,—–]|--)\s*$")
_NAMED_HEAD = re.compile(r"(?<![\w'’-])(?:the|a|an|this|these|those|The|An?)\s+"
                         r"(?:(?!--)[^\s,;:()\x00—–]+\s+){0,6}?$")
_OPENED_BEFORE = re.compile(r"(?:^|\b)(?:[Aa]s|[Ww]hen|[Ii]f|[Aa]fter|[Bb]efore|[Oo]nce|[Uu]ntil|"
                            r"[Bb]ecause|[Ss]ince|[Ww]hile)\s+$")
# Where a hedged clause also ends: a colon, an adverb before a participle (", potentially
# teeing up"), a pronoun opening the main clause after it ("if X is seen as Y, it doesn't ..."),
# a spaced dash, an aside ("..., particularly after ...", "..., a dance that ...") or a clause of
# time or cause with its own subject ("seemed to be of two minds Tuesday night when he spoke";
# not a phrase: "is expected to come before the deadline")
_HEDGE_END = re.compile(r":\s|,\s+[a-z]+ly\s+[a-z]+ing\b|,\s+(?:it|he|she|they|we|I)\s|"
                        r"\s(?:-|--|—|–)\s|,\s+(?:particularly|especially|largely|partly)\s|"
                        r",\s+an?\s+[a-z]+\s+that\s|\s(?:after|when|before|because|while|since|"
                        r"until)\s+(?=(?:he|she|they|it|we|I|[A-Z])\b)")


def hedged_clauses(art, lo, hi, taken=()):
    """Hedged contents with no source in the sentence [lo, hi): (start, end, Frame) with an empty
    speaker. ``taken``: spans of rows already made for the sentence (a cue inside one, or a
    content overlapping one, gives no row)."""
    masked = art.masked
    out = []
    taken = list(taken)
    for m in _IMPERSONAL.finditer(masked, lo, hi):
        cls = "evidence" if m.group("evidence") else "belief"
        cue = " ".join((m.group("evidence") or m.group("belief") or m.group("clear")).split())
        s = m.end()
        e = content_end(art, s, hi)
        cut = CLAUSE_AFTER.search(masked, s, e)
        e = cut.start() if cut else e
        if _OPENED_BEFORE.search(masked, max(lo, m.start() - 12), m.start()):
            comma = masked.find(", ", s, e)   # "As it became clear that X, the crowd ...": X
            e = comma if comma > 0 else e
        _add(out, taken, masked, s, e, cue, cls, m.start())
    for m in _KNOWN_AS.finditer(masked, lo, hi):
        name = _NAME.match(masked, m.end(), hi)
        e = name.end() - bool(_SENTENCE_STOP.search(masked, m.end(), name.end()))
        e = trim(art.text, m.end(), e)[1]   # ("Super Tuesday." ends its sentence; "U.S." no)
        set_off = _SET_OFF_BEFORE.search(masked, max(lo, m.start() - 4), m.start())
        head = None if set_off else _NAMED_HEAD.search(masked, max(lo, m.start() - 60), m.start())
        s = head.start() if head else m.end()
        _add(out, taken, masked, s, e, "known as", "belief", m.start())
    for m in _SEEN_AS.finditer(masked, lo, hi):
        end = _VIEW_END.search(masked, m.end(), hi)
        e = content_end(art, m.end(), end.start() if end else hi)
        set_off = _SET_OFF_BEFORE.search(masked, max(lo, m.start() - 4), m.start())
        head = None if set_off else _NAMED_HEAD.search(masked, max(lo, m.start() - 60), m.start())
        if set_off or head:   # (no row for "... who they were seen as": no noun phrase)
            _add(out, taken, masked, head.start() if head else m.end(), e, m.group("cue"),
                 "belief", m.start())
    for m in _KNOWN_TO.finditer(masked, lo, hi):
        head = _NEAREST_HEAD.search(masked, max(lo, m.start() - 60), m.start())
        if head is None:
            continue
        end = _VIEW_END.search(masked, m.end(), hi)
        e = content_end(art, m.end(), end.start() if end else hi)
        verb = PREDICATE.search(masked, m.end(), e)   # "A developer known to be bullish on golf
        e = trim(art.text, head.start(), verb.start())[1] if verb else e   # is ...": the subject
        _add(out, taken, masked, head.start(), e, m.group("cue"), "belief", m.start())
    for m in _RAISING.finditer(masked, lo, hi):
        cls = next(c for c in ("evidence", "belief", "speech") if m.group(c))
        cue = m.group(cls)
        start = m.start()
        if any(s <= start < e for s, e, _ in out) or any(a <= start < b for a, b in taken):
            continue
        pre = masked[max(lo, start - 60):start]
        gap = (_AUX_BEFORE if cls == "evidence" else _BE_BEFORE).search(pre)
        if gap is None or cls != "evidence" and not gap.group().strip():
            continue
        subj_end = start - len(gap.group())
        s = subject_start(masked, lo, subj_end)
        if (s is None or not masked[s:subj_end].strip()) and cls == "belief" and \
                _CONJUNCTION_BEFORE.search(masked, max(lo, subj_end - 5), subj_end):
            s = subj_end = _SPACES.match(masked, m.end()).end()   # "... but is not expected to
            # meet X": a second predicate, its subject before the first; the infinitive alone
        elif (s is None or not masked[s:subj_end].strip()) and cls == "belief" and \
                (rel := _THAT_BEFORE.search(masked, max(lo, subj_end - 6), subj_end)):
            s = rel.start()   # "a race that is widely expected to grow": the relative, as "who"
        elif s is None or not masked[s:subj_end].strip():
            continue
        s = _CONJUNCTION.match(masked, s, subj_end).end()   # "But online betting was thought"
        opener = SUBORDINATE_OPENS.match(masked, lo)
        s = max(s, opener.end()) if opener and opener.end() <= subj_end else s   # "While X is"
        whose = masked.rfind(" whose ", s, subj_end)   # "... a president whose government was
        s = whose + 1 if whose >= 0 else s                # criticized for": the relative's clause
        subject = masked[s:subj_end].split() or ["to"]
        if subject[-1].lower() in ("what", "whatever") or \
                subject[0].lower() in ("it", "there") and len(subject) == 1 and \
                not (cls == "belief" and masked.startswith("to ", m.end() + 1)):
            continue   # "it seemed", "it is expected": the impersonal shapes; "what is known as"
            # (but "it was not expected to be close": "it" is the subject of the infinitive)
        e = content_end(art, m.end(), hi)
        if subject[0].lower() in ("who", "which", "that"):   # "X, which is seen as ..., came"
            comma = masked.find(", ", m.end(), e)
            e = comma if comma > 0 else e
            second = _SECOND_RELATIVE.search(masked, m.end(), e)   # "who are expected to ...
            e = second.start() if second else e                    # and who maintain ..."
        if cls != "speech" and SUBORDINATE_OPENS.match(masked, lo) and \
                "," not in masked[lo:start]:
            comma = masked.find(", ", m.end(), e)   # "While the topic is not expected to
            e = comma if comma > 0 else e            # surface, China has ...": the clause
        ends = [c.start() for c in CLAUSE_AFTER.finditer(masked, m.end(), e)]
        hedge_end = [h.start() for h in _HEDGE_END.finditer(masked, m.end(), e)][:1]
        cut = min(ends[:1] + hedge_end, default=e)
        e_long = min([c for c in ends if not _PARTICIPLE_AFTER.match(masked, c)][:1] + hedge_end,
                     default=e)
        participle = _PARTICIPLE_AFTER.match(masked, cut)
        e = e_long if cls == "evidence" and participle and \
            participle.group(1) not in art.verbs.forms and \
            not any(a < e_long and cut < b for a, b in taken) else cut
        # "..., teeing up ...", "...: He earned", "..., it doesn't" (", telling reporters": speech)
        adjective = _ADJECTIVE_AFTER.match(masked, m.end()) \
            if cls == "evidence" and not cue.startswith("seem") else None
        if adjective and not _COMPLEMENT.match(masked, adjective.end()):
            e = min(e, adjective.end())   # "He sounded subdued in his brief speech": the look alone
        if cls == "speech":   # "Roof is accused of ...": the act's lemma and class; the agent
            # ("was declared the winner ... by news organizations") is no content
            agent = _AGENT.search(masked, m.end(), e)
            e = agent.start() if agent else e
            cue, cls, _ = art.verbs.forms.get(cue, (cue, "", False))   # the verb codebook's
        _add(out, taken, masked, s, e, cue, cls, start)
    return out


def _add(out, taken, masked, s, e, cue, cls, at):
    """Append the row [s, e) unless it is too short or overlaps a row already made."""
    if len(CLAUSE_TOKEN.findall(masked, s, e)) < 2 or \
            any(a < e and s < b for a, b in taken):
        return
    out.append((s, e, Frame(Speaker(), cue.lower(), cls, "", None, at)))
    taken.append((s, e))
