"""Where a reporting verb reports nothing, and where its reported clause gives way to the
reporter's words: small shape tests that :mod:`.reported` asks before and after it reads a clause.

Why a module of its own: :mod:`.reported` finds clauses; these tests say what is *not* one
(a speech act named by a noun after an inverted verb; a verb form that is a noun or an
adjective, or "said nothing about", is :mod:`.speech_senses`') and where one stops (a colon or dash opening a quotation, a new clause of the speaker's own,
"..., he said, ..." after a bare connective). Each is a shape of news copy, measured on PolNeAR
train (Pareti 2016's guidelines: the content is the reported proposition, not the reporter's
frame around it) and tested on texts in several wire and newspaper styles.
"""
from __future__ import annotations

import re
from itertools import islice

from .article import refs_starting_in, verb_hits_in
from ..text import ALNUM_RUN, CLAUSE_TOKEN as _TOKEN
from .marks import MASK
from .words import (DETERMINERS, FINITE_AUX, IRREGULAR_PAST, MONTHS, POSSESSIVE_PRONOUNS, PREPOSITIONS,
                    WEEKDAYS)


# A colon or a dash right before a quotation that has a frame of its own ends a reported clause:
# 'asserted that France had lost its identity: "France is no longer France," he claimed' (the
# quotation is its own statement). Without such a frame the quotation is the clause's own
# continuation ('said he had two choices: "You either leave or you fight."') and stays in it.
_OPENS_QUOTATION = re.compile(r":\s*" + MASK + r"|\s(?:[—–]|--?)\s*" + MASK)
_MASK_RUN = re.compile(MASK + r"+")
_OWN_FRAME = re.compile(r"[ ,]*(?:[\w.’'-]+ +){0,5}")
_CLOSED_BY_COMMA = re.compile(r"[,!?][\W_]{0,3}$")   # ',"' ',’’' before the frame


def quotation_opens(art, start: int, end: int) -> int:
    """Where a colon or dash opening a quotation with its own frame ("..., he claimed") inside
    [start, end) ends the clause, or ``end``."""
    masked = art.masked
    m = _OPENS_QUOTATION.search(masked, start, end)
    if m is None or not masked[start:m.start()].strip():
        return end
    after = _MASK_RUN.match(masked, m.end() - 1).end()
    if not (_CLOSED_BY_COMMA.search(art.text, max(0, after - 4), after) or masked[after:after + 1] == ","):
        return end
    framed = any(_OWN_FRAME.fullmatch(masked, after, h[0])
                 for h in verb_hits_in(art, after, min(len(masked), after + 60)))
    return m.start() if framed else end


# "... hacked the computers and she accused Trump of ...", "... botched the review and
# Republicans accused the White House of ...": a conjunct whose subject is a pronoun or a name
# (capitalised words) and whose verb is a speech verb is the reporter's next sentence part, not
# the content
_AND_PRONOUN = re.compile(r"\s+(?i:and|but)\s+(?:((?i:he|she|they))|(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*)"
                          r"\s+(?:(?i:also|then|later|again|[a-z]+ly)\s+)?$")


def pronoun_conjunct(masked: str, start: int, verb_at: int) -> int | None:
    """Start of ", and she" / " and he (also)" right before the speech verb at ``verb_at``, inside
    the content that starts at ``start``."""
    m = _AND_PRONOUN.search(masked, max(start, verb_at - 30), verb_at)
    if m and m.group(1) is None:   # a name: not the second of two subjects ("because Congress
        # and President Obama agreed", "both he and Rubio promised": one subject, in the content)
        before = masked[max(start, m.start() - 30):m.start()].split()
        if before and masked[m.start():m.start() + 5].strip().lower() == "and" and (
                before[-1][:1].isupper() and before[-1].lower() not in MONTHS | WEEKDAYS
                or before[-1].lower() in _FIRST_CONJUNCTS):
            return None
    return m.start() if m else None


_FIRST_CONJUNCTS = {"he", "she", "they", "we", "i", "you", "it", "him", "her", "them", "us", "me"}


# "But, the former chief executive added, it is not the way to win.", "And yet, her aides say,
# Syria remains a priority": the words before the frame are a connective, not the content
_LEAD = re.compile(r"\s*(?:(?:but|and|yet|so|still|now|however|or|indeed|then|meanwhile|instead)"
                   r"\s*){1,2},\s*[^,;:\x00]{1,60}?,\s*", re.IGNORECASE)


def after_lead_frame(masked: str, lo: int, verb_at: int) -> int | None:
    """Where the content starts when the sentence from ``lo`` is a connective, a comma and a
    frame holding the verb at ``verb_at`` closed by a comma; else None."""
    m = _LEAD.match(masked, lo)
    if m is None or not lo < verb_at < m.end() or masked[m.end():m.end() + 1] == MASK:
        return None   # ('But, he said, "..."': the quotation is the statement, a row of its own)
    return m.end()


# What an inverted verb names when it is no speaker: "..., tweeted a warning.", "..., issued a
# statement." (the head of the noun phrase after the verb is the speech act's product)
SPEECH_PRODUCTS = {"warning", "warnings", "statement", "statements", "message", "messages",
                   "letter", "letters", "reply", "response", "apology", "note", "tweet", "tweets",
                   "post", "comment", "comments", "remark", "remarks", "question", "questions",
                   "speech", "video", "photo", "picture", "plea", "demand", "threat", "rebuke",
                   "retort", "rebuttal", "denial", "challenge", "praise", "approval", "support",
                   "thanks", "congratulations", "condolences", "link", "update", "version"}


# A quotation closed after its own comma ('he is "losing the war on terrorism," part of a
# lashing'): the mask hides that comma, so the tests for where a clause ends would not see it.
# Clauses show it after two words ('she is "moaning," like ...'), an object told by its speech
# act after one ('called himself the "king of debt," noting ...': objects.object_end); PolNeAR
# train speech-verb rows right 5470 -> 5477 of 6318 -> 6324, contents found 4187 -> 4190
_COMMA_IN_CLOSE = re.compile(r",(?:''|[”\"’»'])(?=\s)")


def shown_commas(art, start: int, end: int, min_words: int = 3) -> str:
    """``art.masked`` with the comma that ends a quotation in [start, end) shown in place of its
    closing mark (the same length, so offsets hold); ``art.masked`` itself when there is none."""
    masked = art.masked
    if masked.find(MASK, start, end) < 0:
        return masked
    spots = [m for m in _COMMA_IN_CLOSE.finditer(art.text, start, end) if masked[m.start()] == MASK
             and masked.find(MASK, m.end(), m.end() + 12) < 0   # (not a list: '"a loser," a "liar"')
             and len(ALNUM_RUN.findall(masked, start, m.start())) >= min_words]   # (a clause stays one)
    if not spots:
        return masked
    pieces, done = [], 0
    for m in spots:
        pieces += [masked[done:m.start() + 1], ",", " " * (m.end() - m.start() - 2)]
        done = m.end()
    return "".join(pieces) + masked[done:]


def past_closing(art, end: int) -> int:
    """``end`` moved past the closing mark it falls on (a clause cut at a shown comma keeps its
    quotation whole)."""
    text, masked = art.text, art.masked
    while end < len(text) and masked[end] == MASK and end and masked[end - 1] == MASK and \
            text[end] in "”\"’»'":
        end += 1
    return end


def finite_verb(tokens, loose: bool = True) -> bool:
    """Do these words (CLAUSE_TOKEN matches) hold a finite verb? An auxiliary, an irregular past
    or a negated form; with ``loose``, also a lower-case -ed or -s word after a word that is no
    determiner or preposition ("it obtained", "Trump intends", not "a prepared", "in remarks",
    "Philadelphia-based"). Stricter than :func:`~analysis.quotes.clause_or_object.has_finite_verb`, which reads a plural
    noun ("power centers") as a verb: these tests remove rows, so they must not over-read."""
    prev = ""
    for t in tokens:
        w = t.group()
        low = w.lower()
        if low in FINITE_AUX or low in IRREGULAR_PAST or low.endswith(("n't", "n’t")):
            return True
        if loose and prev and w[0].islower() and "-" not in w and \
                prev.lower() not in DETERMINERS | PREPOSITIONS and (
                    low.endswith("ed") and len(low) > 4 or
                    low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3):
            return True
        prev = w
    return False


# Verbs whose plain object is more often a thing kept or added than a statement ("maintains a
# large lead", "added 151,000 jobs"; PolNeAR train: 18 of 20 such rows were no attribution): a
# clause after them without "that" needs an auxiliary or irregular past ("maintained they were")
OBJECT_FIRST = {"maintain", "add"}

# "was first reported last week by The Post", "is widely credited": a passive reporting verb
# names no speaker before it (the one after "by" is often missing), so no clause is read there
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:first|also|widely|often|"
                      r"already|not|never|later|previously|[a-z]+ly)\s+)?$", re.IGNORECASE)


_BY = re.compile(r"\s+by\b")
# "she's expected to argue": after a contracted pronoun, a form only a passive takes ("he's
# vowed to" is "has vowed": an act)
_CONTRACTED_BE = re.compile(r"\b(?:he|she|it)['’]s\s+(?:[a-z]+ly\s+)?$|\bthey['’]re\s+(?:[a-z]+ly\s+)?$",
                            re.IGNORECASE)
_ONLY_PASSIVE = {"expected", "projected", "rumored", "rumoured", "supposed"}


def passive(masked: str, lo: int, start: int, end: int, form: str) -> bool:
    """Is the -ed verb form at [start, end) (sentence from ``lo``) a passive with no agent right
    after it ("was criticized by many investors for ..." names its speakers: no passive here)?
    The first word counts in a form of several ("when Texas was called for Cruz")."""
    first = form.lower().split()[0]
    return first.endswith("ed") and _BY.match(masked, end) is None and (
        _PASSIVE.search(masked, max(lo, start - 30), start) is not None or
        first in _ONLY_PASSIVE and _CONTRACTED_BE.search(masked, max(lo, start - 30), start) is not None)


# "Roffman, a securities analyst for the firm, recalled numerous calls with Trump.": before an
# inverted verb and its object, a name and its apposition are the subject, not a reported clause
_NAME_COMMA = re.compile(r"(?!(?:But|And|Yet|So|Still|Now|Then|Instead|However|Perhaps|Indeed|"
                         r"Meanwhile|Also|Rather|Again)\b)(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*,"
                         r"\s+[a-z]")


def named_apposition(masked: str, start: int, end: int) -> bool:
    """Is masked[start:end] a name, a comma and a description without a finite verb?"""
    return _NAME_COMMA.match(masked, start) is not None and masked.find(MASK, start, end) < 0 and \
        not finite_verb(_TOKEN.finditer(masked, start, end))


# "In a speech last July, he said:", "Before dropping out, Cruz responded with ...", "Over the long
# term, according to the budget office, ...": before a post-posed frame, a short phrase opened by
# a preposition, a subordinator or a participle and holding no finite verb is the frame's setting;
# the statement is elsewhere (after the colon, in the quotation, after the frame)
_SETTING_OPENERS = {"in", "on", "at", "during", "before", "after", "over", "about", "for", "since",
                    "from", "with", "without", "around", "by", "until", "when", "while", "once"}
_MAX_SETTING_WORDS = 8


def setting_only(masked: str, start: int, end: int) -> bool:
    """Is masked[start:end] only the setting of a frame (see above), no statement?"""
    tokens = list(islice(_TOKEN.finditer(masked, start, end), _MAX_SETTING_WORDS + 1))
    if not tokens or len(tokens) > _MAX_SETTING_WORDS or masked.find(MASK, start, end) >= 0:
        return False
    first = tokens[0].group()
    opens = first.lower() in _SETTING_OPENERS or first.endswith("ing") and first[:1].isupper()
    return opens and not finite_verb(tokens)


# "reported it obtained 72 emails that Carter sent", "tell Bharara, who would recognize that he
# ...", "told the story of the pickers - a labor issue that Sanders had raised": a "that" after
# words holding a clause of their own (a lower-case auxiliary, a subject pronoun, a relative) or
# a sentence break (a full stop, not an initial's: "told U.S. Secretary of State Mike Pompeo on
# Wednesday that"; a title's is one: "said Mr. Manafort envisioned an approach that") or lone
# dash is a relative pronoun inside the content, not the complementizer. An aside set off by a
# pair of commas or dashes does not count
# ("said on CNN, where he is a contributor, that ...", "alleging - again falsely - that ...")
_ASIDE = re.compile(r",[^,]*,|\s(?:[—–]|--?)\s.*?\s(?:[—–]|--?)\s")
_BREAK = re.compile(r";|(?<!\b[A-Z])\.|\s(?:[—–]|--?)\s")   # (not an initial's: "U.S.", "E.")
_OWN_CLAUSE = re.compile(r"\b(?:he|she|they|we|I|it|who|which|whom)\b|\b(?:" +
                         "|".join(sorted(FINITE_AUX)) + r")\b|n['’]t\b")


def words_outside_asides(text: str) -> int:
    """How many words ``text`` holds outside asides set off by a pair of commas or dashes
    ("emphatically - rebuking Mr. Trump eight times by name - that": one)."""
    return len(_TOKEN.findall(_ASIDE.sub(" ", text)))


def relative_that(after: str, words, k: int) -> bool:
    """Is the "that" at words[k] (CLAUSE_TOKEN matches in ``after``, the text after a speech
    verb) a relative pronoun (see above)?"""
    before = _ASIDE.sub(" ", after[:words[k].start()])
    return _BREAK.search(before) is not None or _OWN_CLAUSE.search(before) is not None


# "said that was a mistake", "rules that could limit ...", "gifts that totaled $2 million": a
# finite verb right after "that" makes it a subject (a pronoun, or a relative), no conjunction
_AMBIGUOUS_PAST = {"put", "let", "set", "hit", "cut", "cost", "read", "spread", "shut", "left", "thought"}
_OBJECT_NEXT = re.compile(r"\s+(?:(?:the|a|an|his|her|its|their)\b|\$|\d)")


# A spaced dash: it opens an aside the sentence may not close ("... to committee members - there
# are two from each district": the reporter's addition, :mod:`.objects`; a closed pair, "— as ...
# —", stays) or closes one
# (the horizontal bar "―" too: some outlets print it as their dash)
DASH = re.compile(r"\s[-—–―]{1,2}\s")


def second_predicate(art, after: str, words, k: int, end: int, form: str) -> bool:
    """Does a second predicate of the reporting verb's subject stand before the "that" (word
    ``k`` of ``after``, the text after the verb in ``form``, which ends at ``end``)? Then the
    "that" clause is that predicate's: a reporting verb within three words after "but" ("declined
    to comment on the talks, but insisted that", "agreed to a call, but only to tell X that"),
    two after ", and", or right after a bare "and" in the verb's own -s form ("denies any
    wrongdoing and points out that"; a past after a bare "and" may be a participle: "in a
    statement sent to reporters and posted online that"). Not in a dashed aside ("would argue
    — and she presumably believes — that")."""
    if DASH.search(after, 0, words[k].start()):
        return False
    for j in range(1, k - 1):
        conj = words[j].group()
        reach = 3 if conj == "but" else 2 if conj == "and" and \
            after[:words[j].start()].rstrip().endswith(",") else \
            1 if conj == "and" and form.endswith("s") and words[j + 1].group().endswith("s") else 0
        last = words[min(j + reach, k - 1)]
        if reach and verb_hits_in(art, end + words[j + 1].start(), end + last.end()):
            return True
    return False


def verb_after_that(after: str, words, k: int) -> bool:
    """Is the word after the "that" at words[k] (CLAUSE_TOKEN matches in ``after``) a finite verb:
    an auxiliary, an irregular past, or an -ed/-s form before its object?"""
    if k + 1 >= len(words):
        return False
    w = words[k + 1].group()
    low = w.lower()
    if not w[:1].islower():
        return False
    if low in FINITE_AUX or low in IRREGULAR_PAST - _AMBIGUOUS_PAST:
        return True
    return low.endswith(("ed", "es")) and len(low) > 4 and _OBJECT_NEXT.match(after, words[k + 1].end()) is not None


_OWNERS = frozenset(POSSESSIVE_PRONOUNS)   # "told his Democratic audience"
_ADDRESSEE_END = {"the", "a", "an"} | PREPOSITIONS | _OWNERS
_OPENS_CLAUSE = {"he", "she", "they", "we", "i", "it", "the", "a", "an", "his", "her", "their",
                 "its", "our", "this", "these", "those"}
_CONTRACTED = re.compile(r"['’]\w+$")


def addressee_end(words, k: int) -> int | None:
    """Where the clause after "told" starts, given the first guess words[k]: after a determiner or
    a preposition the capitalised words are still the addressee's ("told the AP her group ...",
    "told the New York Daily News, ..."): past them, when a pronoun or determiner opens the clause
    there; None when none does ("told reporters during Tuesday's call", "told a Senate panel")."""
    before = words[k - 1].group().lower()
    if before not in _ADDRESSEE_END or before in _OWNERS and not words[k].group()[:1].isupper():
        return k   # ("told her she ...": "her" is the addressee)
    j = k
    while j < len(words) and j <= k + 3 and words[j].group()[:1].isupper():
        j += 1
    opens = [i for i in (j, j + 1) if k < j and i < len(words) and
             _CONTRACTED.sub("", words[i].group().lower()) in _OPENS_CLAUSE]
    # one head noun after the capitals: "told his Republican colleagues the bill was dead"
    return opens[0] if opens and (opens[0] == j or words[j].group().isalpha() and
                                  words[j].group().islower() and words[k - 1].group().lower() in _OWNERS) else None


def subject_right_before(art, lo, start):
    """Does a subject reference end right before the verb at ``start`` (adverbs between)?"""
    refs = [r for r in refs_starting_in(art, lo, start) if r.end <= start and not r.possessive
            and not r.oblique]
    return bool(refs) and _ADVERBS_ONLY.fullmatch(art.masked, refs[-1].end, start) is not None


_ADVERBS_ONLY = re.compile(r"(?:\s+(?:also|again|later|then|now|still|repeatedly|publicly|"
                           r"previously|recently|has|have|had|once))*\s*")


# "Asked by a reporter whether ..., she said, "I read it once."", "Emphasizing the urgency, Trump
# said, "If we do not ..."", "In a statement Thursday, the spokesman said, "We have ..."": before a
# frame and a quotation that opens a sentence of its own (a capital letter), the lead-in is the
# reporter's setting and the quotation the whole statement. Not a lead-in the quotation continues
# ("If Clinton is elected, he said, "she might ..."", "That, the commission said, "would be ...""),
# nor a bare connective ("But, she added, "I think ...""). PolNeAR train: 37 rows dropped, all read
# as settings; 5 speech contents found in the lead-ins ("Asked whether ...": asked.py)
_CONNECTIVE = re.compile(r"[\s(]*(?:(?:but|and|yet|so|still|now|however|instead|meanwhile|indeed|also|then|"
                         r"of\s+course|that\s+said|at\s+the\s+same\s+time|in\s+other\s+words|after\s+all|"
                         r"in\s+fact|even\s+so|moreover|besides|again)\s*,?\s*)+", re.IGNORECASE)


def setting_before_quotation(art, lo: int, verb_at: int, first: int) -> bool:
    """Is the sentence from ``lo`` a lead-in of the reporter's before a frame (its first word at
    ``first``, its verb at ``verb_at``) and a quotation opening with a capital (see above)?"""
    at = art.masked.find(MASK, verb_at, verb_at + 60)
    letter = next((ch for ch in art.text[at:at + 4] if ch.isalnum()), "") if at >= 0 else ""
    return letter.isupper() and _CONNECTIVE.fullmatch(art.masked, lo, first) is None and \
        bool(_TOKEN.search(art.masked, lo, first))
