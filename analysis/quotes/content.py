"""Reported content that is not speech: beliefs (``X thinks ...``, ``Economists believe ...``),
evidence (``a poll found that ...``, ``records show ...``) and intentions (``X wants to ...``,
``X declined to comment``).

Why: attribution is source + cue + content (Pareti 2016; the PolNeAR guidelines), and much of
what news relays is what someone thinks, fears, knows or plans, or what a poll shows, not what
they said. These rows are kind ``indirect`` with the cue in ``verb`` and its class (``belief``,
``evidence``, ``intention``) in ``verb_class``, so summaries can tell them from speech. Cues are a
codebook (``codebooks/content_cues.csv``, :func:`analysis.codebooks.load_content_cues`). A row
needs a source the text gives (:mod:`.content_holders`): the subject right before the cue (its
subject finding is :func:`~analysis.quotes.attribution.frame_for_verb`, that of speech verbs),
with nothing but adverbs, auxiliaries or a closed apposition between. Passives ("is expected
to") and nouns ("his plans to": :mod:`.nominal`'s) have no such subject and give no row here. Speech verbs are
:mod:`.reported`'s; a sentence span it already reports is left to it.

Shapes added on 1 Dec 2026 (issue 13; PolNeAR train all-content matches 6243 -> 6321 with
:mod:`.content_holders`' and :mod:`.hedged`'s, speech rows unchanged): a time or aside between a
cue and its "that" ("found in 2014 that", "decided, after so many months, that"); "want/expect X
to ..." (the person and the infinitive); "X sees/views/regards Y as Z" read as its own shape, up
to the next comma or dash ("saw the death ... as a sign of disarray, with Gorka noting"); a
belief about a noun phrase before its holder ("a step they believe could unify the party", "what
scientists think is necessary"); a frame told after its content behind ", as" ("..., as some
liberals hope, ...") or set off by dashes ("— that won't happen, they believe —"); what someone
seeks, deems or offers ("sought Trump's endorsement", "deemed the release a reasonable trade-off",
"offered his condolences": only with a noun of words or views); "have known ... that".
2 Dec 2026 (cont28): "identify themselves as X" read as "X sees Y as Z" (only oneself as object:
PolNeAR train all-content +2), and "find" + object + evaluative adjective (content_objects.JUDGED).
"""
from __future__ import annotations

import re

from ..text import CLAUSE_TOKEN
from .attribution import Frame
from .nominal import object_span, owned_noun_at
from .clauses import CLAUSE_AFTER, MID_FRAME_END, OWN_RELATIVE, PREDICATE, content_end
from .content_holders import ADJUNCT_BEFORE_THAT, content_holder
from .cue_table import ADVERB_BEFORE_LAST, CueTable, cue_table
from .holder_phrases import relative_that_holder
from .content_objects import (AS_PREDICATE, DECLINED, DEEMED_OPENS, DIRECTED_CUES, JUDGED, KNOWING, MORE,
                              OFFERED_WORDS, PRO_OBJECT, RELATIVE_JUST_BEFORE, SEEN_MANNER,
                              WHO_BEFORE)
from .set_off_holders import participle_holder
from .marks import trim
from .reported_frames import source_phrase
from .speech_senses import compound_noun
from .words import DETERMINERS, PREPOSITIONS, PRONOUNS


# (also negated: "is not expected to", "isn't expected to": hedged.py's, with no holder)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|'s|’s|widely|generally|isn['’]t|"
                      r"aren['’]t|wasn['’]t|weren['’]t)\s+(?:not\s+)?$", re.IGNORECASE)
# Words after "that"-less cues that open a clause: a pronoun, determiner or name.
_SUBJECT_PRONOUNS = set(PRONOUNS) | {"i", "we", "you", "there", "this", "that", "these", "those",
                                     "most", "many", "some", "few", "all", "nobody", "no", "none",
                                     "everyone", "everybody", "people", "voters", "americans"}
# A question word opens an embedded question after a cue of knowing ("knows how to use it",
# "don't know which survey firm fielded it", "wondered why ...")
_WH = {"how", "what", "why", "whether", "which", "who", "where"}
# A stance or belief noun after "expressed" / "offered" ("expressed strong support for X", "an
# interest in X"): the noun's object is the content (light_stances.py)
_LIGHT_OBJECT = re.compile(r"(?:(?:a|an|his|her|their|its|some|new|strong|deep|serious|specific|"
                           r"little|no|any|particular|great|growing|full|public)\s+){0,3}"
                           r"(?:support|backing|endorsement|opposition|attacks?|criticism|"
                           r"concerns?|interest)\s+(?:for|of|to|on|against|about|over|in|"
                           r"behind)\s")
# "worried about", "figured out", "recognized Guaido as president" (an act, no clause)
_ZERO_THAT_NEVER = {"worry", "figure", "learn", "agree", "recognize"}
# ... but "learned" takes a clause with no "that" when a subject and a finite auxiliary open it
# ("learned he had been bumped", "learned her father had begun"; not "learned a lot about"):
# PolNeAR train, 4 of 4 such clauses are gold contents.
_LEARNED_CLAUSE = re.compile(r"(?:he|she|they|it|we|I|you|his|her|their|its|the|a|[A-Z][\w'’.-]*)"
                             r"(?:\s+[\w'’-]+){0,4}?\s+(?:had|has|was|were|would|is|are|will|could|"
                             r"did|had\s+not|was\s+not)\b")
# ... and all of them an embedded question ("learned how they operate", "to worry whether she
# could lose", "recognize what is at stake"): PolNeAR train all-content +1 (4 rows, right)
_WH_CLAUSE = re.compile(r"(?:how|why|what|whether|where|when|who)\s")
_SKIP_BEFORE_CLAUSE = re.compile(r"\s*(?:,\s*)?(?:(?:now|also|still|too|privately|publicly|"
                                 r"strongly|firmly|clearly|already)\s+)*", re.IGNORECASE)
_FINITE = {"is", "are", "was", "were", "will", "would", "can", "could", "has", "have", "had",
           "should", "may", "might", "must", "does", "did", "won't", "can't"}
_THAT = re.compile(r"that\b\s*", re.IGNORECASE)
_CONTRACTED = re.compile(r"(?:it|he|she|that|there|we|they|you|i)['’](?:s|re|m|ve|ll|d)",
                         re.IGNORECASE)
# (a time phrase may stand before "to": "declined for years to reveal", "decided Monday not to")
_TO_VERB = re.compile(r"\s*(?:,\s*)?(?:(?:for\s+(?:years|months|weeks|days)|again|repeatedly|"
                      r"(?:on\s+)?[A-Z][a-z]+day|today|yesterday)\s+)?(?P<to>(?:not\s+)?to)\s+"
                      r"(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|our\b|my\b|this\b|that\b|"
                      r"be\s+sure\b)[a-z]", re.IGNORECASE)
# Someone wanted or expected to act: "want Germany to do more", "expect the president to leverage
# ...", "doesn't want the attacks to stick", "pushed Democrats to moderate their stance" (the
# content is that person and the infinitive). A noun
# phrase of up to six words, no punctuation, clause word or finite verb, then "to" and a verb.
_ECM_CUES = {"want", "expect", "push"}
_ECM = re.compile(r"\s+(?P<np>(?:(?!(?:to|that|it|this|there|so|not|and|or|but|if|in|on|at|for|"
                  r"with|from|by|of|as|is|are|was|were|has|have|had|will|would|said|says|be)\b)"
                  r"[\w$'’.-]+\s+){1,6}?)to\s+(?![a-z]+ly\b|the\b|a\b|an\b|his\b|her\b|their\b|its\b|"
                  r"our\b|my\b|this\b|that\b|be\s+sure\b)[a-z]")
# Not the start of what a poll or record shows ("showed up", "found in", "shows how": a question)
_NOT_EVIDENCE_OBJECT = set(PREPOSITIONS) | {"up", "off", "out", "it", "itself", "to", "and", "or",
                                            "but", "as", "is", "was", "are", "were"}
_OBJECT_WORD = re.compile(r"\s+([^\W_][\w'’-]*)")
_NOUN_BEFORE = re.compile(r"(?<![\w'’-])(?:[Aa]|[Aa]n|[Tt]he|[Aa]ny|[Ee]very|[Ee]ach|[Nn]o|[Aa]nother)\s+$")
_QUANTIFIER_BEFORE = re.compile(r"(?<![\w'’-])(?:many|few|several|some|all|such|other|two|three)\s+$",
                                re.IGNORECASE)
_POSSESSIVE_BEFORE = re.compile(r"(?:\b(?:his|her|their|its|our|my|your)|['’]s?)\s+$",
                                re.IGNORECASE)
_INFINITIVE_END = re.compile(r",?\s+nor\b|\s+for\s+(?:this|the)\s+(?:article|story|report)\b|"
                             r",\s+(?:or|and|which|who|where|when|after|before|both|so|"
                             r"then|saying|telling|adding|citing|as|because|but|though|although|instead|"
                             r"even|despite|not\s+[a-z]+ing\b|(?:did|does|do|would|could|wo)(?:n['’]t)?\b|"
                             r"[a-z]+ing\b)|"
                             r"\s+and\s+(?:is|was|are|were|has|had|have|then|said|says)\b|"
                             # a clause with its own subject ("to speak as she left the breakfast",
                             # "not to enter the race and she performed well", "in an effort to")
                             r"\s+(?:even\s+)?(?:as|while|when|after|before|because|since|until|"
                             r"and|but)\s+"
                             r"(?:he|she|they|we|I|it)\s+(?!to\b)[a-z]|\s+because\b|"
                             r"\s+in\s+(?:an\s+effort|part\s+because)\b|"
                             # a past tense after "and" is the subject's next act ("pushed HP to
                             # enlist advisers and commissioned a team"), no infinitive
                             r"\s+and\s+(?:also\s+)?[a-z]{3,}ed\s+(?:an?|the|his|her|their|its)\s")
# A sentence opening with a subordinate clause: a content inside it ends at its comma.
_SUBORDINATORS = ["if", "while", "as", "when", "because", "although", "though", "since", "after",
                  "before", "unless", "once", "until", "whether", r"even\s+if", r"even\s+though"]
# ... also after a conjunction opening the sentence ("And after the court refused to ..., X said")
SUBORDINATE_OPENS = re.compile(r"\s*(?:(?:And|But|Yet|So)\s+(?:" + "|".join(_SUBORDINATORS) + ")|"
                                + "|".join(w[0].upper() + w[1:] for w in _SUBORDINATORS) + r")\s")
# A question opens with Do/Did/Does ("Do you think": not the emphatic "Trump did support")
_QUESTION_START = re.compile(r"\W*(?:do|does|did)\s+[^,;:\x00]{1,40}$", re.IGNORECASE)


# "look to" reports an aim only before a verb in lower case ("looked to cut", not "look to Congress",
# "look to you", "looks to be": an appearance). PolNeAR train: 13 of 30 such "look to" hold a gold
# content (the others read as aims too, mostly inside another's speech).
_LOOK_TO_VERB = re.compile(r"to\s+(?!be\b|you\b|him\b|her\b|them\b|us\b|me\b|it\b|this\b)[a-z]")


# "looking to" and "hope(s) for" hold an aim only after an auxiliary, a subject pronoun, a
# relative or a name, or set off by a comma ("is looking to", "who hopes for", ", hoping for");
# "those looking to", "their best hope for" are modifiers and nouns.
_NOUN_LIKE_LOOK_HOPE = {"looking", "looking for", "hope for", "hopes for", "hoping for"}
# ... and "looking for" an aim only after a form of "be" ("voters are looking for an alternative":
# PolNeAR train 6 of 18 such are gold contents, the others inside another's words)
_BE_BEFORE = re.compile(r"(?:\b(?:is|are|was|were|be|been|am)|['’](?:s|re|m))\s+"
                        r"(?:(?:also|still|now|not|just|[a-z]+ly)\s+)*$")
_LOOK_HOPE_BEFORE = re.compile(r"(?:\b(?:is|are|was|were|be|been|am|will|would|can|could|should|"
                               r"might|may|must|do|does|did|to|who|that|which|i|we|you|they|he|"
                               r"she|it)|['’](?:s|re|m|ll|d)|n['’]t|,|[A-Z][\w.'’-]*)\s+"
                               r"(?:(?:also|still|now|just|only|not|clearly|already|instead|"
                               r"really|[a-z]+ly)\s+)*$")


def _content_start(masked, end, hi, shape, cue):
    """Start of the content after a cue ending at ``end``, or None."""
    if shape == "infinitive":
        m = _TO_VERB.match(masked, end, hi) if cue not in DIRECTED_CUES else None
        if m and cue == "look" and not _LOOK_TO_VERB.match(masked, m.end("to") - 2):
            return None
        if m is None and (cue in _ECM_CUES or cue in DIRECTED_CUES):
            m = _ECM.match(masked, end, hi)   # "expect Mr. Kim to be reappointed"
            return m.start("np") if m else None
        return m.start("to") if m else None
    pos = _SKIP_BEFORE_CLAUSE.match(masked, end, hi).end()
    m = _THAT.match(masked, pos, hi)
    if m is None and (adjunct := ADJUNCT_BEFORE_THAT.match(masked, pos, hi) or
                      ADJUNCT_BEFORE_THAT.match(masked, end, hi)):
        m = _THAT.match(masked, adjunct.end(), hi)   # "found in 2014 that", "decided, after
        pos = adjunct.end()                          # so many months, that"
    nxt = CLAUSE_TOKEN.match(masked, m.end()) if m and m.end() < hi else None
    if m and nxt and nxt.group().lower() in _FINITE | {"'s", "’s"}:
        return pos    # "I think that is his intent": "that" is the content's subject
    if m:
        nxt = CLAUSE_TOKEN.match(masked, m.end()) if m.end() < hi else None
        if nxt and nxt.group() == "," and masked[m.start() + 4:m.start() + 5] == ",":
            return pos   # "found that, on average, ...": the aside stays in the content
        return m.end() if nxt and nxt.group()[0].isalnum() else None
    if cue in _ZERO_THAT_NEVER and not (cue == "learn" and _LEARNED_CLAUSE.match(masked, pos, hi) or
                                        _WH_CLAUSE.match(masked, pos, hi)) \
            or pos != end + (1 if masked[end:end + 1] == " " else 0):
        return None
    if _SO_ALONE.match(masked, pos, hi):
        return pos   # "I think so.", "Cruz apparently thinks so": the pro-form is the content
    toks = CLAUSE_TOKEN.findall(masked, pos, min(hi, pos + 80))
    if not toks or len(toks) < (2 if _CONTRACTED.fullmatch(toks[0]) else 3) or \
            not toks[0][0].isalnum():
        return None    # two words only after a pronoun's contraction: "I think it's good."
    first = toks[0].lower().replace("’", "'").split("'")[0]
    if first in _FINITE:
        return None   # "that lawmakers believe is necessary": the clause's subject is before
    opens = first in _SUBJECT_PRONOUNS or first in DETERMINERS - PREPOSITIONS or first in _WH \
        or toks[0][0].isupper() and first not in PREPOSITIONS
    # or any other word, when an auxiliary follows soon: "believe meaningful debt relief is ..."
    finite = any(t.lower() in _FINITE for t in toks[1:7])
    return pos if (opens or finite and first not in PREPOSITIONS) and \
        first not in ("to", "so", "not", "it's") else None


_SPACES = re.compile(r"\s*")
_SO_ALONE = re.compile(r"so(?=\s*(?:[.,;!?)\x00—–]|$))")
# "X sees/views/regards Y as Z" (the only belief these verbs report): the object, a few words with
# no punctuation, then "as" and its complement up to the next comma, dash or parenthesis ("saw the
# death ... as a sign of disarray, with Gorka noting": the speech row after is not the belief's)
_SEEN_AS_CUES = ("see", "view", "regard", "identify")   # (identify: only oneself, _SELF_OBJECT)
_SELF_OBJECT = re.compile(r"(?:themselves|himself|herself|itself|myself|ourselves)\s")
_SEEN_AS = re.compile(r"\s+(?P<obj>(?:[^\s,;:()\x00—–]+\s+){1,20}?)as\s+(?!if\b|though\b|well\b|"
                      r"soon\b|long\b|much\b|many\b|far\b|of\b)[^,;:()\x00—–]+?"
                      r"(?=\s*(?:[,;:()\x00—–]|\s-\s|--|[.!?]?\s*$))")
_NOT_IN_OBJECT = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|that|but)\b|"
                            r"^(?:to|in|on|at|for|with|from|by|of|fit|it\s+that)\b")
_THAT_OR_WH = re.compile(r"\b(?:that|how|what|why|whether|where|who|which|when)\s")


# ", they believe, ..." / ", Clinton allies believe." / "..., his team believes —": a belief told
# after its content (the content is the sentence around it).
_AFTER_CUE_CLOSES = re.compile(r"\s*(?:[,—–]|--|[.!?]?\s*$)")


_AS_OPENS = re.compile(r"\s*as\s")
_TOLD_AFTER_OPENER = re.compile(r"(?:If|When|Although|Though|While|Because|Since)\s+(?=[^,]*,\s*as\s)")
# A relative opening the clause just before a frame set inside it (", which, his advisers believe,")
_RELATIVE_OPENS = re.compile(r"(?<![\w'’-])(which|who)\s*,\s*$")
_RELATIVE_BEFORE = re.compile(r",\s+(?:which|who)\s+(?:\S+\s+){0,2}$")


def _told_after(art, lo, hi, fr, end):
    """The content of a belief or finding told after it (", they believe.", ", the reports
    show."), or None: the sentence before the comma that opens the frame (before the holder's
    reference, or the last comma when a poll holds it), or the sentence around a frame set off
    by commas."""
    at = fr.ref.start if fr.ref is not None else art.masked.rfind(",", lo, end) + 1
    before = art.masked[lo:at].rstrip()
    as_before = before.endswith(", as")   # ", as X hopes,": the content ends before "as"
    set_off_as = as_before or _AS_OPENS.match(art.masked, at, end) is not None
    before = before[:-2].rstrip() if as_before else before
    m = _AFTER_CUE_CLOSES.match(art.masked, end, hi)
    if not before.endswith(",") or m is None:
        return None
    s0 = _SPACES.match(art.masked, lo, hi).end()
    # the clause after a dash ("He won't quit — that won't happen, they believe —") or after the
    # subordinator opening the sentence ("If the increases boost spending, as some hope, ...")
    dash = max(before.rfind(" — "), before.rfind(" -- "), before.rfind(" – ")) \
        if m.group().strip() in ("—", "–", "--") else -1   # (a frame set off by dashes)
    opener = _TOLD_AFTER_OPENER.match(art.masked, s0, hi)
    s0 = lo + dash + 3 + (dash >= 0 and before[dash + 1] == "-") if dash >= 0 else \
        opener.end() if opener else s0
    s0 = _SPACES.match(art.masked, s0, hi).end()
    c_end = hi if m.group().strip() == "," and not set_off_as else lo + len(before) - 1
    if c_end != hi:
        return s0, trim(art.text, s0, c_end)[1]
    # a frame inside its content ("Such efforts, they believe, will render X moot, since ...";
    # "..., which, his advisers believe, would lead to ..."): the clause it interrupts, from a
    # relative just before the frame to the clause break after it
    rel = _RELATIVE_OPENS.search(art.masked, max(s0, at - 20), at)
    s0 = rel.start(1) if rel else s0
    c_end = content_end(art, s0, hi)
    cut = MID_FRAME_END.search(art.masked, m.end(), c_end)
    return s0, trim(art.text, s0, cut.start())[1] if cut else c_end


# A belief about a noun phrase before its holder, whose clause lacks its subject ("a step they
# believe could help unify the party", "what scientists think is necessary", "a defeat Obama
# believes to be the worst of his career"): the content runs from the noun phrase's first word.
_GAPPED_CLAUSE = re.compile(r"\s+(?:(?:still|also|now|never|probably)\s+)?(?:is|are|was|were|will|"
                            r"would|could|can|should|may|might|must|has|have|had|isn['’]t|"
                            r"wasn['’]t|won['’]t|wouldn['’]t|to\s+be)\s")
_HEAD_OPENS = re.compile(r"(?<![\w'’-])(?:what|that|the|a|an)\s+(?:(?!(?:what|that|the|a|an)\s)"
                         r"[^\s,;:()\x00]+\s+){0,5}$", re.IGNORECASE)


def _gapped_head(art, lo, start, end, fr):
    """Where a belief about a noun phrase set before its holder starts, or None."""
    masked = art.masked
    gap = _GAPPED_CLAUSE.match(masked, end)
    if gap is None or masked.startswith("that ", gap.end()):
        return None   # "What we do know is that ...": the content follows "that"
    at = fr.ref.start if fr.ref is not None else masked.rfind(fr.speaker.mention, lo, start)
    head = _HEAD_OPENS.search(masked, max(lo, at - 60), at) if at > lo else None
    if head is None or PREDICATE.search(masked, head.start() - 1, at):
        return None
    return head.start()


def _before_later_row(art, c_start, c_end, taken, cue_at):
    """A content running into a row made later in its sentence ("court filings revealed that he
    sought damages, alleging that ...": the speech row of "alleging") ends at the clause break
    (", alleging", ", who", ...) before that row, or before its own frame when that is told inside
    it ("X was insured for $35 million, records show, and experts say ..."); unchanged when no
    break stands between."""
    later = [a for a, b in taken if c_start < a < c_end]
    if not later:
        return c_end
    cuts = list(CLAUSE_AFTER.finditer(art.masked, c_start, min(later)))
    if not cuts:
        return c_end
    at = cuts[-1].start()
    if c_start < cue_at < at:
        at = art.masked.rfind(",", c_start, cue_at)
        if at < 0:
            return c_end
    return trim(art.text, c_start, at)[1]


def content_clauses(art, lo, hi, taken=(), cues: CueTable | None = None, words=None):
    """Reported contents of non-speech cues in the sentence [lo, hi) of an
    :class:`~analysis.quotes.article.Article`: (start, end, Frame). ``taken``: (start, end) spans
    of rows already made for this sentence; a cue inside one, or a content overlapping one, gives
    no row (speech rules come first). ``cues``: the cue table (default: the codebook,
    :func:`.cue_table.cue_table`; pass it once per article, not per sentence). ``words``: the
    sentence's :func:`~analysis.quotes.rows.sentence_words`, when known: with none of the
    table's words (64% of PolNeAR's sentences) the cue search is skipped."""
    table = cues or cue_table()
    masked = art.masked
    out = source_phrase(art, lo, hi, taken)
    if words is not None and table.words is not None and table.words.isdisjoint(words):
        return out
    taken = list(taken) + [(s, e) for s, e, _ in out]
    for m in table.regex.finditer(masked, lo, hi):
        form = " ".join(m.group().lower().split())
        if form not in table.object and form not in table.clause and form not in table.infinitive:
            form = ADVERB_BEFORE_LAST.sub("", form)   # "talked glowingly about"
        start, end = m.start(), m.end()
        if not m.group()[0].islower() or \
                _POSSESSIVE_BEFORE.search(masked, max(lo, start - 8), start):
            continue   # "Her plan to ...", "the party's plans to", "Thrift Savings Plan to"
        if _NOUN_BEFORE.search(masked, max(lo, start - 12), start) or \
                form.endswith("s") and _QUANTIFIER_BEFORE.search(masked, max(lo, start - 10), start):
            continue   # "any attempt to", "the push for", "many plans to": nouns
        if any(a <= start < b for a, b in taken) or not form.split()[0].endswith("ing") and \
                _PASSIVE.search(masked, max(lo, start - 16), start):
            continue
        if _QUESTION_START.match(masked, lo, start):
            continue   # "Do you think ...?": a question, no belief held
        if form in _NOUN_LIKE_LOOK_HOPE and not _LOOK_HOPE_BEFORE.search(masked, max(lo, start - 30),
                                                                       start) or \
                form == "looking for" and not _BE_BEFORE.search(masked, max(lo, start - 30), start):
            continue   # "their best hope for", "for those looking to": nouns and modifiers
        for shape, forms in (("infinitive", table.infinitive), ("clause", table.clause),
                             ("object", table.object)):
            if form not in forms:
                continue
            cue, cls = forms[form]
            if compound_noun(masked, lo, start, end, form, cue):
                break   # "there is a new focus on ...", "a fundraising campaign for": nouns
            span = object_span(art, end, hi) if shape == "object" and cue != "find" else None
            if shape == "object" and cue == "find":   # "I find his message chilling" (JUDGED)
                judged = JUDGED.match(masked, _SPACES.match(masked, end).end(), hi)
                if judged is None:
                    continue
                c_e = content_end(art, judged.start(), hi)
                comma = masked.find(",", judged.end(), c_e)
                span = (judged.start(), comma if comma > 0 else c_e)
            if span is None and shape == "object" and cue in ("want", "seek") and \
                    (more := MORE.match(masked, end, hi)) and \
                    not WHO_BEFORE.search(masked, max(lo, start - 8), start):   # "wants more
                # funding for ..." (not in a relative clause: "companies who want more freedom")
                rest = object_span(art, more.end(), hi)
                span = (more.start(1), rest[1]) if rest else None
            if span and cls in ("stance", "topic") and cue not in _SEEN_AS_CUES and \
                    (called := AS_PREDICATE.match(masked, span[1], hi)):
                span = (span[0], trim(art.text, span[0], called.end())[1])   # "derided it as X"
            if shape == "object" and cue in _SEEN_AS_CUES:
                seen = _SEEN_AS.match(masked, end, hi) or \
                    SEEN_MANNER.match(masked, end, hi)   # "view Mrs. Clinton as more prepared",
                # "viewed him favorably"
                span = (seen.start("obj"), trim(art.text, seen.start("obj"), seen.end())[1]) \
                    if seen and not _NOT_IN_OBJECT.search(seen.group("obj")) and (
                        cue != "identify" or _SELF_OBJECT.fullmatch(seen.group("obj"))) else None
                if span is None:
                    continue   # "saw the rally" is no belief
            elif span and owned_noun_at(masked, span[0], span[1]):
                break   # "assailed Merkel's decision to open ...": the noun's row (nominal)
            elif span and cue in ("express", "offer") and _LIGHT_OBJECT.match(masked, span[0]):
                break   # "expressed an interest in X": X is the content (light_stances)
            if span and cue == "offer" and not OFFERED_WORDS.search(masked, span[0], span[1]) or \
                    span and cue in ("decline", "refuse") and not DECLINED.match(masked, span[0]):
                continue   # "offered a discount": no words offered; "declined the nomination"
            c_start = span[0] if span else None if shape == "object" else \
                _content_start(masked, end, hi, shape, cue)
            if c_start is not None and form.endswith(" known") and \
                    not _THAT_OR_WH.search(masked, end, c_start + 10):
                continue   # "has known him for years": an acquaintance, no belief
            if c_start is None and shape != "clause":
                continue
            fr = content_holder(art, lo, start, (start, end, cue, cls, True, form))
            if fr is None or cue in DIRECTED_CUES and (
                    fr.speaker.mention.lower() in ("it", "this", "that") or
                    RELATIVE_JUST_BEFORE.search(masked, max(lo, start - 12), start)):
                if fr is None and shape == "clause" and form in table.object:
                    continue   # "I found it odd": no finding's source, maybe a judgement
                break   # "It could encourage X to stay": an event, no one's aim; "the project
                # that encourages X to ...": the holder is the relative's noun
            if c_start is None and cls == "evidence" and fr.ref is None:
                w = _OBJECT_WORD.match(masked, end, hi)   # "Photos showed mourners", "found 90 ..."
                c_start = w.start(1) if w and w.group(1).lower() not in _NOT_EVIDENCE_OBJECT \
                    else None
            if c_start is None and shape == "clause" and cls == "belief" and \
                    cue not in _ZERO_THAT_NEVER:
                c_start = _gapped_head(art, lo, start, end, fr)   # "a step they believe could"
            if c_start is None:
                after = _told_after(art, lo, hi, fr, end) if cls in ("belief", "evidence") \
                    else None
                if after is None:
                    continue
                c_start, c_end = after
            else:
                # a stance or topic object is a noun phrase (object_span); "how ..." runs on
                c_end = span[1] if span and (cls in ("stance", "topic", "intention") or
                                             cue in _SEEN_AS_CUES or cue == "find") else \
                    content_end(art, c_start, hi, finding=cls == "evidence")
                if span and cue == "deem" and not DEEMED_OPENS.match(masked, span[0]):
                    continue   # "measures deemed insufficient by": a participle, no holder's view
                if span and cue == "seek" and form.endswith("ing") and \
                        not masked[lo:start].rstrip().endswith(","):
                    verb = PREDICATE.search(masked, c_start, c_end)   # "Republicans seeking the
                    c_end = trim(art.text, c_start, verb.start())[1] if verb else c_end   # presidency have"

            pro = PRO_OBJECT.match(masked, c_start, hi) if cue in KNOWING else None
            if shape == "clause" and _SO_ALONE.match(masked, c_start, hi):
                c_end = c_start + 2   # "thinks so, too": the pro-form alone
            elif shape == "clause" and pro:
                c_end = pro.end(1)   # "Politicians know this and take advantage of it"
            if shape == "infinitive":   # "declined to comment and is not ...", "to run, and ..."
                cut = _INFINITIVE_END.search(masked, c_start, c_end)
                c_end = trim(art.text, c_start, cut.start())[1] if cut else c_end
            if SUBORDINATE_OPENS.match(masked, lo) and "," not in masked[lo:start]:
                comma = masked.find(", ", c_start, c_end)   # "If we thought X, we would ..."
                c_end = comma if comma > 0 else c_end
            if (fr.ref.kind == "who" if fr.ref else " who " in masked[max(lo, start - 25):start]
                    or relative_that_holder(masked, lo, start) is not None) \
                    or _RELATIVE_BEFORE.search(masked, max(lo, start - 40), start) or \
                    participle_holder(art, lo, start, (start, end, cue, cls, True, form), fr) \
                    and masked[lo:fr.ref.start].rstrip()[-1:] in ("", ",") or \
                    cls in ("stance", "intention") and form.endswith("ing") and (
                        fr.ref is None and shape == "object" or cue in DIRECTED_CUES):
                # "Militias backing X seized", "Republicans seeking the presidency have released
                # ...", "groups encouraging X to run are hailing ..."
                comma = -1 if shape == "object" and form.endswith("ing") \
                    else masked.find(",", c_start, c_end)   # (a participle's object holds a
                c_end = comma if comma > 0 else c_end   # comma only in a list: "groups backing
                # X, Y and Z have spent"); "X, who thinks ..., said"
                verb = PREDICATE.search(masked, c_start, c_end) if shape != "clause" else None
                if verb and OWN_RELATIVE.search(masked, c_start, verb.start() + 1):
                    verb = None   # "advocates for families of Americans who have been killed"
                c_end = verb.start() if verb else c_end   # "the novice who wants to run is ..."
            c_end = _before_later_row(art, c_start, c_end, taken, start)
            if len(CLAUSE_TOKEN.findall(masked, c_start, c_end)) < (
                    1 if span or _SO_ALONE.fullmatch(masked, c_start, c_end) or pro else 2) or \
                    any(a < c_end and c_start < b for a, b in taken):
                break
            out.append((c_start, c_end, Frame(fr.speaker, cue, cls, fr.via, fr.ref, start)))
            taken = list(taken) + [(c_start, c_end)]
            break
    return out
