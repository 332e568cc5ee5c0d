"""Where a reported clause starts after its speech verb when no "that" follows the verb at once.

- A zero-"that" clause after a setting: a time adjunct ("said last week the plan ...", "has said
  for weeks he's ..."), a short prepositional setting before a subject pronoun ("said in a
  statement it would ..."), an aside set off by commas before a subject pronoun and its verb
  (``says, win or lose on Tuesday, he's staying``): :func:`zero_that_start`; a setting opened
  by in/on/at/during before an article-led subject and its present or auxiliary verb ("said in
  a statement the ceasefire remains ..."), also after an addressee ("told reporters at the
  Capitol the bill is dead"): :func:`past_setting`, :func:`past_addressee_setting`.
- A demonstrative subject ("said this is ...", not "said this week"): :data:`DEMONSTRATIVE_SUBJECT`;
  a fronted concession ("says despite X, she plans ..."): :data:`CONCESSIVE_START`.
- A "that" after an aside set off by commas or dashes or after a setting holding a title in
  marks (``said — on Twitter, as it happens — that``, ``said on NBC's "Meet the Press" on
  Sunday that``): :data:`ASIDE_OPENERS`, :data:`TITLE_ONLY`, used by :mod:`.reported`.
- A content that stands for a clause said before: an answer or a pro-form ("46 percent said yes",
  "half said so", "26 percent said the same", "Jeff Flake said he would"): :func:`pro_form`;
  before its source, a demonstrative standing for the sentence before ("That's according to
  exit polls.", "This is according to the filing"): :func:`pro_form_according`.
- What may stand before an "according to X," that still frames the whole clause after it
  (``But according to reports, ...``): :func:`opens_sentence`.
- A fronted "As X said," (``As the senator noted on Tuesday, ...``, ``But as Clyburn noted, ...``,
  ``..., and as Comey noted, ...``): the main clause after its comma is what was said
  (:func:`fronted_as`; Quirk et al. 1985, comment clauses).
- A relative clause whose gap is the reported clause's subject (``a plan which he said was
  unworkable``): the content starts at the relative word (:func:`relative_gap_start`).

Why: each is a common shape of wire and newspaper copy (AP, Reuters, NYT) that left the clause
unread when the words right after the verb were not its subject.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..text import CLAUSE_TOKEN
from .marks import MASK
from .clause_or_object import has_finite_verb
from .object_limits import bare_verb
from .objects import TIME_ADVERBS
from .reported_limits import finite_verb
from .words import DETERMINERS, FINITE_AUX, PREPOSITIONS, TIME_WORDS

# A demonstrative pronoun as the clause's subject ("said this is a rough patch", "say these were
# lies"), not a time phrase ("said this week"): it opens no clause otherwise (NOT_CLAUSE_START)
DEMONSTRATIVE_SUBJECT = re.compile(r"(?:[Tt]his|[Tt]hese|[Tt]hose)\s+(?:is|was|are|were|has|have|had|"
                                    r"will|would|could|can|may|might|must|should|does|did)\b")
# A negative subject and its verb ("said no decision had been made", "said no one was hurt",
# "said nothing was decided", "said none of the files were lost"): "no", "nothing" open no
# clause otherwise ("said no to the plan", "said nothing about it": NOT_CLAUSE_START)
NEGATIVE_SUBJECT = re.compile(r"(?:[Nn]o\s+one|[Nn]obody|[Nn]othing|[Nn]one\s+of(?:\s+[\w'’-]+){1,4}|"
                              r"[Nn]o(?!\s+to\b)(?:\s+[\w'’-]+){1,2})\s+(?:is|was|are|were|has|have|had|"
                              r"will|would|could|can|may|might|must|should|does|did|[a-z]+ed)\b")
# A concession fronted in the reported clause ("says despite being an alumna, she plans to root
# for Iowa", "said despite all that, Obama wasn't swayed"): its subject and verb after the comma
# (PolNeAR train: 2 of 2 such contents start at "despite"; "despite" otherwise opens a setting)
CONCESSIVE_START = re.compile(r"[Dd]espite\s+[^,;:.\x00]{3,80},\s+(?:(?:he|she|they|we|I|it)(?:['’]\w+)?\s|"
                              r"[A-Z][\w’'-]+\s+(?:is|was|are|were|has|had|have|will|would|can|could|"
                              r"isn['’]t|wasn['’]t|won['’]t|didn['’]t|doesn['’]t)\b)")
ASIDE_OPENERS = {",", "—", "–", "-"}
_NOT_ASIDE = {"and", "but", "or", "so", "yet", "adding", "saying", "that", "which", "who"}
# Quotations in a setting before "that" only as a title after a preposition or a possessive
TITLE_ONLY = re.compile(r"[^\x00]*?(?:\b(?:on|in)|['’]s)\s+\x00+(?:\s+(?:on|last|this)\s+\w+)?\s*")

_PUNCT_OR_MASK = re.compile(r"[,;:.]|" + MASK)
_SETTING_PREPS = {"in", "on", "during", "at"}
_EVENT_PREPS = {"after", "before"}
_SETTING_SUBJECTS = {"he", "she", "they", "it", "we"}   # ("he's", "it’ll": contracted too)
# More prepositions of a setting (as _EVENT_PREPS): "admitted under questioning he had not ...",
# "said through a spokesman it would ...", "said following the vote she ..."; only when a noun
# phrase with no verb or clause word stands before the pronoun and a verb follows it (not "to":
# "agreed to hold when they spoke", "wrote to her on Thursday say they ...")
_CLAUSE_PREPS = {"following", "under", "through", "via"}
# Words that end a setting: a clause of its own begins ("said after the vote when they ...")
_NOT_IN_SETTING = {"when", "while", "as", "and", "but", "or", "so", "which", "who", "that", "if",
                   "though", "although", "because", "since", "until", "whether", "where"}
# A time adjunct right after the verb ("said last week the plan", "said on Tuesday night it",
# "has said for weeks he's"): the zero-'that' clause starts after it
_TIME_ADJUNCT = re.compile(r"(?i:(?:(?:on|late|early|last|this|next|earlier|later)\s+)?(?:monday|tuesday|"
                           r"wednesday|thursday|friday|saturday|sunday|week|month|year|weekend)"
                           r"(?:\s+(?:night|morning|afternoon|evening))?|for\s+(?:days|weeks|months|"
                           r"years|decades))\b(?!\s*[,;:.]|['’])")


_ADVERBIAL_OPENERS = {"while", "as", "when", "after", "before", "because", "if", "since", "until",
                      "although", "though", "whereas", "once", "unless"}


def clause_of_time_between(words, k) -> bool:
    """Does an adverbial clause open between the addressee and ``words[k]`` ("told reporters
    while he left the chamber": his leaving is no content)?"""
    return any(w.group().lower() in _ADVERBIAL_OPENERS for w in words[1:k])


def past_time_adjunct(after, words, k):
    """(index in ``words`` after a time adjunct starting at ``k``, True) (:data:`_TIME_ADJUNCT`:
    "told Fox News last week she would run"), else (``k``, False)."""
    when = _TIME_ADJUNCT.match(after, words[k].start()) if k < len(words) else None
    j = next((j for j in range(k, len(words)) if words[j].start() >= when.end()), k) if when else k
    return j, j > k


# A fronted "as X said," clause: what it attributes is the main clause after its comma
_AS_BEFORE = re.compile(r"(?:^|[,;]\s+|\s|\()[Aa]s\s+[^,;\x00]{1,70}(?:,\s+(?:including|like|among\s+them)\s"
                        r"[^,;\x00]{1,50},\s+[^,;\x00]{0,30})?$")   # ("(As BuzzFeed reported, ...")
# (and an aside of examples in its subject: "As many tax experts, including Mr. Goldberg, have
# pointed out, ..."; PolNeAR dev +1)
_DISCOURSE = {"of", "course", "but", "and", "so", "yet", "still", "indeed", "however", "now", "then",
              "also", "just", "again"}
AS_COMMA = re.compile(r"[\w’'-]+(?:\s+[\w’'.-]+){0,3}?\s*,")
# ... and a longer setting between its verb and comma: where it was said ("As Kreutz points out in
# a column on Yahoo News,", "As one user pointed out with a telling side-by-side,") or to whom
# ("As Clinton told the New York Daily News,"): a preposition and a determiner or name (an
# addressee after "told"; not "hints at new actions", "continue to cross"), up to nine words with
# no clause word (not "As he spoke to reporters who ..."). PolNeAR train+dev: 4 new rows, all
# matched (speech contents found: train +1, dev +1; two others hold a quotation).
_AS_SETTING = re.compile(r"(?:(?:points?|pointed)\s+out|[\w’'-]+)\s+(?:(?:in|on|at|with|during|through|via|"
                         r"before)\s+(?=(?:a|an|the|his|her|their|its|this|last)\s|[A-Z])|(?<=told\s)|"
                         r"(?<=tells\s))(?:\s*(?!(?:who|which|that|when|while|as|and|but|or|if|"
                         r"because)\b)[\w’'.@-]+){1,9}?,")


# What may open a sentence before "according to X," that still frames the whole clause after it:
# a conjunction or discourse adverb ("But according to reports, ..."), or a lead-in ending in a
# colon ("It hasn't gone unnoticed: According to recent polls, ...")
_BEFORE_ACCORDING = re.compile(r"(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o|[Nn]ow|[Ss]till|[Hh]owever|[Mm]eanwhile|"
                               r"[Aa]lso|[Ii]ndeed|[Ii]nstead)\s*,?\s*)*|[^\x00]*:\s*")


def opens_sentence(masked, lo, at):
    """Does "according to" at ``at`` open the sentence starting at ``lo`` (see above)?"""
    return at - lo <= 2 or _BEFORE_ACCORDING.fullmatch(masked, lo, at) is not None


def bare(word):
    """A word match in lower case without a contraction ("he'll" -> "he")."""
    return re.split("['’]", word.group().lower())[0]


_GOES_ON = re.compile(r"continu|went\s+on|go(?:es)?\s+on|going\s+on")


def fronted_as(masked, lo, verb_at):
    """The comma match closing a fronted "As X said (on Tuesday)," that opens the sentence [lo,
    ...) (at most three words before "as": "Of course, as ..."), the verb at ``verb_at``; or None.
    What it attributes is the main clause after the comma (Quirk et al. 1985, comment clauses)."""
    m = _AS_BEFORE.search(masked[lo:verb_at])
    if m is None or _GOES_ON.match(masked, verb_at):
        return None   # ("As the talks continued, the minister said ...": a time, no comment clause)
    head = masked[lo:lo + m.start()]
    clause = max(head.rfind(","), head.rfind(";")) + 1   # "..., and as Comey noted, people ..."
    words = {w.lower() for w in CLAUSE_TOKEN.findall(head[clause:]) if w[0].isalnum()}
    if not words <= _DISCOURSE or clause and not words & {"and", "but", "so", "yet"}:
        return None   # ("The plan, as Lee noted, would ...": a comment inside the clause)
    comma = AS_COMMA.match(masked, verb_at)
    between = CLAUSE_TOKEN.findall(masked[verb_at:comma.end()])[1:-1] if comma else []
    if between and between[0].lower() in ("out", "just"):   # "As Menendez pointed out, ...",
        between = between[1:]   # "As the Post reported just today, ..." 
    if (comma is None or between and between[0].lower() not in PREPOSITIONS) and \
            (setting := _AS_SETTING.match(masked, verb_at)) is not None:
        comma, between = setting, []   # "As Kreutz points out in a column on Yahoo News, ..."
    if comma is None or between and between[0].lower() not in PREPOSITIONS | TIME_WORDS | TIME_ADVERBS:
        return None   # "As he said goodbye, ...": a temporal clause with an object
    return comma


# A noun phrase opened by an article, then a present or auxiliary verb: the subject of a clause
# after a setting ("said in a statement the report merits ...", "told reporters at the Capitol
# the bill is dead"); a past in -ed or an irregular past may be a contact relative clause of the
# setting's noun ("said in a statement the campaign released ...") and opens none
_ARTICLES = {"the", "a", "an"}
_WH_WORDS = {"how", "what", "why", "whom", "whose", "when", "where", "who", "which"}
_SUBJECT_NOUN_WORDS = 4


def _article_subject(words, j) -> bool:
    """Does an article-led subject start at ``words[j]`` and its verb follow within a few words
    (an auxiliary, or a lower-case -s verb after a noun)?"""
    if words[j].group().lower() not in _ARTICLES or words[j - 1].group().lower() in PREPOSITIONS:
        return False   # (not the agent of a participle: "in a statement released by the campaign")
    for i in range(j + 2, min(len(words), j + 2 + _SUBJECT_NOUN_WORDS)):
        low = words[i].group().lower()
        if low in _NOT_IN_SETTING or bare(words[i]) in _SETTING_SUBJECTS or \
                not words[i].group()[:1].isalpha():
            return False
        if low in FINITE_AUX or low.endswith(("n't", "n’t")):
            return True
        if low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3 and \
                words[i].group()[0].islower() and words[i - 1].group()[0].isalpha() and \
                words[i - 1].group().lower() not in DETERMINERS | PREPOSITIONS:
            return True
    return False


def past_setting(after, words, k):
    """The index in ``words`` where a clause starts after a short setting opened by the
    preposition ``words[k]`` ("said in a statement Thursday night they pulled ...", "said after
    the meeting he would ..."), else ``k``: the clause opens with a subject pronoun (not "said
    after he left", a clause of time: a word at least between the preposition and the pronoun)
    or, after "in/on/at/during" and a noun, with an article-led subject and its verb."""
    prep = words[k].group().lower()
    first = k + 1 if prep in _SETTING_PREPS else k + 2
    j = next((j for j in range(first, min(len(words), k + 9))
              if bare(words[j]) in _SETTING_SUBJECTS
              or prep in _SETTING_PREPS and j >= k + 2 and _article_subject(words, j)
              and not words[k + 1].group().endswith("ing")   # (a gerund's object: "agreed on creating a ...")
              and not {w.group().lower() for w in words[k + 1:j]} & _NOT_IN_SETTING), None)
    if j is not None and not _PUNCT_OR_MASK.search(after, words[k].start(), words[j].start()) \
            and (prep not in _CLAUSE_PREPS or
                 not has_finite_verb(words[k + 1:j]) and has_finite_verb(words[j:j + 3])
                 and not {w.group().lower() for w in words[k + 1:j]} & _NOT_IN_SETTING):
        return j
    return k


def past_addressee_setting(after, words, k):
    """(index where the clause starts, True) past a setting after an addressee ("told reporters
    at a news conference the bill is dead", "told The Star-Ledger of Newark she would"), else
    (``k``, False)."""
    if k + 1 < len(words) and words[k].group() == "of" and words[k + 1].group()[:1].isupper():
        k += 2   # (the addressee's place: "The Star-Ledger of Newark")
        return k, True
    if k < len(words) and words[k].group().lower() in _SETTING_PREPS:
        j = past_setting(after, words, k)
        if {w.group().lower() for w in words[k + 1:j]} & (_NOT_IN_SETTING | _WH_WORDS):
            return k, False   # ("telling donors in Denver how she plans ...": the wh-clause's)
        return j, j > k
    return k, False


def zero_that_start(after, words):
    """The index in ``words`` (CLAUSE_TOKEN matches of ``after``, the text after a speech verb)
    where a zero-"that" clause would start past the settings above; 0 when none comes first."""
    if len(words) > 3 and words[0].group() == ":" and words[1].group()[:1].isalpha() and \
            has_finite_verb(words[1:6]):
        return 1   # "Some voters say: It is time for a change": a colon, then the clause unquoted
    k = 0
    while k < min(len(words) - 1, 2) and words[k].group().lower() in TIME_ADVERBS:
        k += 1
    k, _ = past_time_adjunct(after, words, k)
    if k < len(words) and words[k].group().lower() in _SETTING_PREPS | _EVENT_PREPS | _CLAUSE_PREPS:
        k = past_setting(after, words, k)
    elif k == 0 and words and words[0].group() == ",":
        # "says, win or lose on Tuesday, he's staying": an aside holding no verb, set off by
        # commas, then a clause opened by a subject pronoun and its verb
        j = next((j for j in range(1, min(len(words), 15)) if words[j].group() in ",;:"
                  or words[j].group() == MASK), None)
        if j and j > 1 and words[j].group() == "," and j + 1 < len(words) and \
                words[1].group().lower() not in _NOT_ASIDE and \
                not finite_verb(words[1:j], loose=False) and \
                bare(words[j + 1]) in _SETTING_SUBJECTS | {"i"} and has_finite_verb(words[j + 1:j + 4]):
            k = j + 1
    return k


# An answer or a pro-form standing for a clause (Quirk et al. 1985, ch. 12, substitution): "said
# yes", "said so", "said the same", "was saying the opposite" (PolNeAR train: +1, none lost),
# "said he would (not)"; only where the sentence, a comma or a
# setting or a contrast follows ("said yes while 48 percent ...": +1 speech content on PolNeAR
# train, none lost; "said no to the war", "said so many ..." are no such content)
_PRO_FORM = re.compile(r"\s+(?:((?:yes|no|so|the\s+same|the\s+opposite))(?=\s*(?:[,;.!?]|$|\s+(?:in|on|at|last|this|after|"
                       r"before|when|while|whereas|compared|but|because|if)\b))|((?:he|she|they|it|we|I|you)\s+(?:would|"
                       r"will|did|does|do|could|can|had|has|have|was|were|is|are|might|should|must)"
                       r"(?:\s+not|n['’]t)?)(?=\s*(?:[;.!?]|$|,\s+(?!and\b|that\b))))")
_ANSWER_VERBS = {"say", "answer", "reply", "respond"}


def pro_form(masked, lemma, end, hi, start=None):
    """(start, end) of an answer or pro-form content right after a speech verb ``lemma`` ending
    at ``end`` (see :data:`_PRO_FORM`), within the clause ending at ``hi``; else None. ``start``:
    where a clause was already read to start (None: nowhere), which the pro-form must share."""
    m = _PRO_FORM.match(masked, end, hi) if lemma in _ANSWER_VERBS else None
    span = (m.span(1) if m.group(1) else m.span(2)) if m else None
    return span if span and start in (None, span[0]) else \
        free_relative(masked, end, hi, start) if lemma in _FREE_VERBS else None


# A free relative around the verb: "what Trump says his tax plan would do", "how experts say it
# would shape tax law" -- the question word stands for a gap in the clause after the verb, so the
# content starts at it (as PolNeAR codes it) and ends before a coordinated free relative ("and
# how ...") or the main clause's verb ("... has endured"). PolNeAR: dev +3 speech contents; train
# +1 and -1 (one gold content starts after the verb), 10 rows now start at the question word.
_FREE_BEFORE = re.compile(r"(?:^|[^\w’'-])(what|how)\s+(?:[A-Za-z][\w’'-]*\s+){1,3}$")
_FREE_VERBS = {"say", "claim", "argue", "contend", "insist", "allege", "suggest", "predict"}   # (not
# "asked what he thought ...": a belief's free relative is the question's content)
_FREE_END = re.compile(r",?\s+(?:and|or|but)\s+(?:how|what|why|where|when)\b|"
                       r"\s(?=(?:has|have|had|is|are|was|were|began|begins)\s)")


def free_relative(masked, end, hi, start):
    """(start, end) of the free relative around the speech verb ending at ``end`` whose clause
    was read to start at ``start`` right after it (see above), else None."""
    verb_at = masked.rfind(" ", 0, end) + 1
    m = _FREE_BEFORE.search(masked, max(0, verb_at - 40), verb_at)
    if m is None or start is None or masked[end:start].strip():
        return None
    for cut in _FREE_END.finditer(masked, start, hi):
        if has_finite_verb(list(CLAUSE_TOKEN.finditer(masked, start, cut.start()))):
            return m.start(1), cut.start()
    return m.start(1), hi



# "That's according to ...", "This is according to ...": the demonstrative is the content
_DEMONSTRATIVE_BEFORE = re.compile(r"\s*([Tt]hat|[Tt]his)(?:['’]s|\s+(?:is|was))\s+")


def pro_form_according(masked, lo, acc):
    """Rows (start, end, Frame) of a demonstrative subject that is all a sentence [lo, ...) says
    before "according to X" (``acc``: the sentence's :func:`.according.according_to` frames)."""
    m = _DEMONSTRATIVE_BEFORE.fullmatch(masked, lo, acc[0][0]) if acc else None
    # (no verb position: the content is all there is, not a clause after "according to X,")
    return [(m.start(1), m.end(1), replace(acc[0][2], verb_pos=-1))] if m else []


# A relative clause whose gap is the reported clause's subject ("a plan which he said was
# unworkable", "moves that critics say hurt workers", "Kelly, who he claims has been unfair"): the
# relative word stands for that subject, so the content starts at it, as PolNeAR codes it (its
# train: of 30 such rows, 24 gold contents start at the relative word, 6 after the verb). Not
# when the relative word is the speaker ("who said he ...", "which both oppose ..."), follows a
# preposition ("in which the group urged ..."), or the verb is the main clause's ("Voters who
# attended described ..."), nor "which he favors but says ..." (a second verb of the speaker's).
_GAP_RELATIVE = re.compile(r"(?<!\bin )(?<!\bof )(?<!\bby )(?<!\bon )(?<!\bat )(?<!\bfor )(?<!\bto )"
                           r"\b(?:which|that|who|whom)\s+((?:[\w’'\-]+(?:\.[\w’'\-]+)*\.?\s+){1,5})$")
_NOT_SUBJECT = {"has", "have", "had", "would", "will", "to", "both", "all", "each", "also", "now", "then"}
# A plural speaker's bare present before the gap's own bare verb: "laws that some say target
# Muslims", "programs, which they argue spur demand" (PolNeAR train: both gold contents)
_BARE_SAYS = {"say", "argue", "claim", "contend", "insist", "allege", "maintain"}


def bare_gap(form, word, masked=None, lo=0, verb_pos=0):
    """Is ``word`` a bare present verb right after the bare plural speech verb ``form``, the verb
    of a relative clause's gap ("that some say target Muslims")? Given ``masked``, only after a
    relative word before the verb at ``verb_pos`` (sentence from ``lo``)."""
    return form.lower() in _BARE_SAYS and bare_verb(word) and (
        masked is None or _GAP_RELATIVE.search(masked, max(lo, verb_pos - 60), verb_pos) is not None)


def relative_gap_start(masked, lo, start, verb_pos):
    """Where a content read from ``start``, right after the speech verb at ``verb_pos`` (one word
    in the sentence from ``lo``), starts when that verb is inside a relative clause whose gap is
    the content's subject: at the relative word (see :data:`_GAP_RELATIVE`); else ``start``."""
    verb = CLAUSE_TOKEN.match(masked, verb_pos) if lo <= verb_pos < start else None
    first = CLAUSE_TOKEN.match(masked, start)
    if verb is None or first is None or masked[verb.end():start].strip():
        return start
    word, said = first.group(), verb.group().lower()
    # the gap's verb: an auxiliary or past, or a present -s form after a present speech verb
    # ("which the campaign says includes", not "urged followers to")
    if not (finite_verb([first], loose=False) or re.fullmatch(r"[a-z]{3,}ed", word) or
            said.endswith("s") and re.fullmatch(r"[a-z]{2,}[^su]s", word) and not word.endswith("selves")
            or bare_gap(said, word)):
        return start
    m = _GAP_RELATIVE.search(masked, max(lo, verb_pos - 60), verb_pos)
    words = m.group(1).lower().split() if m else []
    if not words or words[0] in _NOT_SUBJECT or words[0].endswith("ly") or \
            any(w in ("and", "but", "or") or w.endswith("ed") for w in words):
        return start
    return m.start()
