"""Last checks on the reported contents of one sentence: what a reader would call no content, or
a content cut at the wrong word.

Why a module of its own: :mod:`.reported`, :mod:`.content`, :mod:`.hedged` and :mod:`.nominal`
each find contents by their own shapes; these checks hold for all of them and look only at the
span found and the words around it (no new search of the sentence). Each shape was read on the
spurious rows of PolNeAR train (Pareti 2016's guidelines: the content is the reported
proposition, not the speaker or the time of the act) and is tested on texts written in several
wire and newspaper styles (tests/quotes/test_reported_checks.py).

- An inverted frame whose "content" is its speaker: ``..., said the company's chief executive,
  John Smith.`` read as "said (that) the company's chief executive ..." — a noun phrase with no
  finite verb outside a relative clause, right after ", said".
- A content stopped right before a quotation that continues its clause: ``said Rubio was
  "liberal on military spending"`` cut after "was" (a content never ends in an article, a
  preposition or an auxiliary); the quotation is taken into the content.
- A content ending inside a quotation that runs on past the sentence runs on to its end.
- A content running on into a second speech act joined without a comma ends before it; the
  second act is a row of its own (:mod:`.second_acts`).
- A content running on past its own frame set as an aside into the reporter's setting:
  ``Clinton won the primary, the agency declared on Thursday, two days after the vote``.
- The reporter's setting after a content: ``, even as ...``, ``following the ...``; the same
  speaker's next act after a conjunction of time, ``... before claiming that ...`` (a row of its
  own).
- A frame word that is no verb: a participle after an article, a possessive or a degree adverb
  (``the most telling promise``) or an adverb in -ly after one (``a politically charged visit``),
  an -s form after a number (``0.1 percentage points to``),
  ``adds to the drama``; after the content, a noun or participle (``the Badger state``,
  ``precincts reporting``), a predicate of its own (``is bleak and seldom told``) or a free
  relative (``what it says about America``).
- A content stopped at an aside inside its subject (``said the annual talks, which began a decade
  ago, remained ...``, ``asked whether the minister, Anna Berg, could ...``): after a verb taking
  a clause, a content with no finite verb runs on past the aside to its predicate.
- A content stopped right before its examples (``blamed several factors, including budget cuts
  ...``): it runs on through them to the clause's end.
- A "content" before its verb that is the verb's subject with an apposition (``The minister, a
  former general, explained the decision``) or only a fronted subordinate clause (``But even
  after the growth cooled, the borrowing continued``); "helps explain" (accounts for).
- An "according to X," inside its sentence after a lone fronted subordinate clause, or after a
  clause cut at its subordinator: its content is the clause after the source.
- A content that is only a time, ``which the department first proposed last July``, or a pointer
  to words given after it, ``tweeting the following:``.
- Where a content's edges meet the words around it (a quotation it leads into, a reporter's
  lead-in before a colon, a named addressee): :mod:`.content_edges`.
"""
from __future__ import annotations

import re
from itertools import islice

from ..text import CLAUSE_TOKEN
from .marks import MASK, trim
from .clause_or_object import has_finite_verb
from .content_edges import OPEN_ENDINGS, after_lead_in, before_its_quotation, past_addressee
from .reported_ends import bare_predicate
from .reported_limits import SPEECH_PRODUCTS, finite_verb
from .reported_starts import relative_gap_start
from .second_acts import second_speech_act
from .speech_senses import no_speech_act
from .words import FINITE_AUX, PREPOSITIONS

# ", said" / ", says" / ", added" ... right before the content: the verb follows a comma (or a
# quotation closed off by one), so its subject comes after it
_INVERTED_BEFORE = re.compile(r"(?:,|" + MASK + r")\s*$")
# Verbs whose content is a clause, never a noun phrase ("Smith, an adviser, criticized the plan"
# has one: not these)
_CLAUSE_ONLY = {"say", "add"}
# A speaker's noun phrase up to its apposition or relative: "the company's chief executive",
# "lobbyist and GOP strategist Charlie Black" (a longer head, or one with "to", is a clause)
_MAX_SPEAKER_WORDS = 7
_SUBJECT_PRONOUNS = {"i", "we", "you", "he", "she", "it", "they", "there"}
_RELATIVE = {"who", "whom", "whose", "which", "that", "where"}
# a quotation right after a content ending in an open word (content_edges.OPEN_ENDINGS)
_QUOTATION_NEXT = re.compile(r"[ \t]*" + MASK)
_MAX_QUOTATION = 400   # characters: a quotation continuing a clause is a phrase, not a speech
_WORD = re.compile(r"[^\W\d_]+")
_NOUN_BEFORE = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
                "our", "my", "your", "percentage"}
# an amount of time before "ago" / "later" ("a few days later", "ten days ago")
_AMOUNTS = {"a", "few", "several", "couple", "of", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "just", "only", "hours", "hour", "minutes", "weeks"}
_POINTER_END = re.compile(r"\b(?:in the following (?:way|words|terms)|as follows)$")
_POINTERS = {"the following", "as follows", "the following statement", "the following message"}
# before an adjective, not a verb: an article, a possessive or a degree adverb ("those calling
# for" and "that suggested" are verbs: left out)
_ATTRIBUTIVE = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "most", "more",
                "less", "least", "very", "so", "too", "quite", "rather", "increasingly",
                "particularly", "especially"}
_DETERMINER_ONLY = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your"}
# a verb and the word after it that make another verb: no speech act
_OTHER_SENSE = {("add", "to"), ("help", "explain"), ("helps", "explain"), ("helped", "explain"),
                ("helping", "explain")}   # (also the word before: "helps explain" accounts for)
_COPULA = {"is", "are", "was", "were", "be", "been", "being"}
# counted things: a -s form after these is a plural noun; after a frame set as an aside, the
# reporter's time ("two days after the vote")
_COUNTED = {"percentage", "hours", "days", "weeks", "months", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "several", "many", "dozens", "hundreds",
            "thousands"}
# The reporter's setting after a content, like :data:`.reported.CIRCUMSTANCE` ("amid"): "even as"
# and "following the" ("called for a ban following the shooting in San Bernardino")
_SETTING = re.compile(r",?\s+(?:even\s+as(?!\s+(?:a|an|the)\s)|following\s+the)\s")
# A content that stops at an aside inside its subject: a comma right after it; the predicate
# after the aside starts with an auxiliary or a past ("could", "remained", "had", "would")
# (any aside: a relative, an apposition, a participle or adjective phrase, "while troublesome",
# "however messy"; not ", and ..." / ", but ...", a clause of its own)
_ASIDE_OPENS = re.compile(r",\s+(?!(?:and|but)\b)[\w\x00]")
# an aside opened by a subordinator closes at its first comma ("the email scandal, while
# troublesome, was dealt with"; not "..., while liberal groups, including unions, reported")
_SUBORDINATE_ASIDE = re.compile(r",\s+(?:while|whereas|although|though|if|when|because|since|as)\b", re.I)
_COMMA = re.compile(r",(?!\d{3})")
# ... or by a pair of dashes
_DASH_OPENS = re.compile(r"\s(?:[—–]|--?)\s+(?=\S)")
_DASH_CLOSES = re.compile(r"\s(?:[—–]|--?)\s+")
_SUBORDINATORS = {"that", "whether", "if"}
_MAX_ASIDE = 160   # characters from the content's end to the predicate
_PAST_PREDICATES = {"remained", "said", "told", "had", "was", "were", "became", "made", "took",
                    "gave", "got", "went", "came", "left", "found", "saw", "knew", "thought"}
# Before a fronted subordinate clause that is all a "content" holds
_LEADING = {"but", "and", "yet", "so", "still", "even", "just"}
_SUBORDINATE_OPENERS = {"although", "though", "after", "before", "when", "while", "because",
                        "since", "unless", "until", "once", "whereas"}
_MAX_SUBORDINATE = 14   # words
_MAX_HEAD = 4   # words of the subject before its apposition's comma ("Another superdelegate, ...")
_TIMES = {"today", "tonight", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
          "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december", "last", "next", "this",
          "week", "weeks", "month", "months", "year", "years", "day", "days", "ago", "earlier",
          "later", "early", "late", "night", "morning", "afternoon", "evening", "on", "in",
          "again", "recently", "previously", "then", "now"}


def _speaker_as_content(art, lo, s, fr, e) -> bool:
    """Is [s, e) the subject of an inverted frame (", said X ...")?"""
    if fr.verb not in _CLAUSE_ONLY or fr.verb_pos < lo or \
            not _INVERTED_BEFORE.search(art.masked, lo, fr.verb_pos):
        return False
    if len(CLAUSE_TOKEN.findall(art.masked, fr.verb_pos, s)) != 1:
        return False   # (the content must follow the verb word)
    head = []
    for tok in islice(CLAUSE_TOKEN.finditer(art.masked, s, e), _MAX_SPEAKER_WORDS + 1):
        if tok.group().lower() in _RELATIVE and "," in art.masked[tok.start():e]:
            return False   # ("said the aide who succeeded him, Paul Manafort, should be ...")
        if tok.group().lower() in _RELATIVE or tok.group() == ",":
            break
        head.append(tok)
    words = [t.group().lower() for t in head]
    return 0 < len(head) <= _MAX_SPEAKER_WORDS and "to" not in words and \
        words[0] not in _SUBJECT_PRONOUNS and not words[0].endswith("ing") and words[0] != "despite" and \
        MASK not in art.masked[s:e] and not finite_verb(head) and not has_finite_verb(head)


def _continued_by_quotation(art, s, e, hi) -> int:
    """The end of the quotation right after [s, e) when the content ends in a word that needs
    what follows (see :data:`.content_edges.OPEN_ENDINGS`), else ``e``."""
    words = CLAUSE_TOKEN.findall(art.masked, max(s, e - 20), e)
    if not words or words[-1].lower() not in OPEN_ENDINGS:
        return e
    m = _QUOTATION_NEXT.match(art.masked, e)
    if m is None:
        return e
    end = m.end()
    limit = min(hi, end + _MAX_QUOTATION)
    while end < limit and art.masked[end] == MASK:
        end += 1
    return end if end < limit or end == hi else e


def _through_open_quotation(art, e) -> int:
    """The end of the quotation a content ends inside of when that quotation runs on past the
    sentence (the splitter cut it at a stop between the marks: 'said he would "carpet-bomb them
    into oblivion. I don't know ..."'), within its paragraph; else ``e``. PolNeAR train: 17
    speech-verb contents found, none lost."""
    masked, text = art.masked, art.text
    if not 0 < e < len(masked) or masked[e - 1] != MASK or masked[e] != MASK:
        return e
    end = e
    while end < len(masked) and masked[end] == MASK and text[end] != "\n" and \
            text[end] not in "“«":   # (not into the next quotation: ...”“...)
        end += 1
    return end


def _not_a_verb(art, lo, e, fr) -> bool:
    """Is the frame word no verb? After the content [.., e), a noun or a participle is no
    post-posed attribution ("... win big in the Badger state.", "... with 100 percent of
    precincts reporting."), nor is a predicate of its own ("..., is bleak and seldom told.") or
    a free relative ("..., more for what it says about America"). Anywhere, a participle after
    an article, a possessive or a degree adverb is an adjective ("the most telling promise", "a
    more promising path"); an -s form after a number is a plural noun ("by 0.1 percentage
    points to 4.2 percent"); "adds to" is no speech act."""
    form = _WORD.match(art.masked, fr.verb_pos) if fr.verb_pos >= 0 else None
    if form is None or fr.verb == "according to":
        return False
    before = CLAUSE_TOKEN.findall(art.masked, max(lo, fr.verb_pos - 20), fr.verb_pos)
    prev = before[-1].lower() if before else ""
    word = form.group().lower()
    if word.endswith(("ing", "ed")) and word != fr.verb and prev in _ATTRIBUTIVE:
        return True
    if word.endswith("ed") and prev.endswith("ly") and len(before) > 1 and \
            before[-2].lower() in _DETERMINER_ONLY:
        return True   # "a politically charged visit" (not "and recently pointed to")
    if word.endswith("s") and (prev[:1].isdigit() or prev in _COUNTED):
        return True   # "rose 0.1 percentage points to 4.2 percent", "three reports"
    nxt = CLAUSE_TOKEN.findall(art.masked, form.end(), form.end() + 12)
    if (fr.verb, nxt[0].lower() if nxt else "") in _OTHER_SENSE or (prev, fr.verb) in _OTHER_SENSE:
        return True   # "adds to the drama", "which helps explain why ..."
    if fr.verb_pos < e:
        return False
    tail = {w.lower() for w in CLAUSE_TOKEN.findall(art.masked, e, fr.verb_pos)}
    # (not a relative clause in the subject: "a manager who was at the meeting said")
    own_predicate = bool(tail & _COPULA) and not tail & _RELATIVE
    return word.endswith("ing") or prev in _NOUN_BEFORE or prev[:1].isdigit() or own_predicate \
        or "what" in tail


def _aside_then_setting(art, s, e, fr) -> int:
    """Where a content holding its own frame as an aside (", the agency declared on Thursday,")
    ends: at the aside, when the clause before it is complete (has a finite verb) and what
    follows it is the reporter's setting (a number or a time: ", two days after ...", ", hours
    before ..."); else ``e``. (After a preposition the words are often the speaker's: ", he
    said, by the upcoming calendar".)"""
    if not s < fr.verb_pos < e or fr.verb == "according to":
        return e
    first = min(fr.verb_pos, fr.ref.start) if fr.ref is not None else fr.verb_pos
    opened = art.masked.rfind(",", s, first)
    closed = art.masked.find(",", fr.verb_pos, e)
    if opened < 0 or closed < 0 or \
            not finite_verb(list(CLAUSE_TOKEN.finditer(art.masked, s, opened))):
        return e
    nxt = CLAUSE_TOKEN.findall(art.masked, closed + 1, min(e, closed + 30))
    word = nxt[0].lower() if nxt else ""
    if word in _COUNTED or word[:1].isdigit() or word in _TIMES - {"on", "in", "this", "now"}:
        return trim(art.text, s, opened)[1]
    return e


def _takes_clause(art, s, fr) -> bool:
    """Is the content at ``s`` a clause: after a verb the codebook marks as taking one, or
    opened by "whether" / "if" ("asked whether ...")? (Not an object: "backed Mr. Trump, Susana
    Martinez of New Mexico, appeared ...", where the aside names the subject.)"""
    first = CLAUSE_TOKEN.match(art.masked, s)
    if first is not None and first.group().lower() in ("whether", "if"):
        return True
    form = art.verbs.regex.match(art.masked, fr.verb_pos) if fr.verb_pos >= 0 else None
    entry = art.verbs.forms.get(" ".join(form.group().lower().split())) if form else None
    return entry is not None and entry[2]


def _past_subject_aside(art, s, e, hi, fr) -> int:
    """Where a content that is only the subject of its clause ends, when the clause goes on past
    an aside set off by commas: ``said the annual talks, which started a decade ago, remained
    ...``, ``asked whether the defense minister, Ursula von der Leyen, could reach ...``, ``Any
    interpretation of his actions, said Michael Kofman, an expert ..., would read this as ...``,
    ``says the email scandal, while troublesome, was dealt with ...`` (the content runs to the
    clause's next comma or the sentence's end); else ``e``. Any aside since 1 Dec 2026 (was: a
    relative, a capitalised or determined apposition): PolNeAR train +2 speech contents, +1 belief,
    none lost; an aside between dashes: +1 speech content, none lost."""
    dash = _DASH_OPENS.match(art.masked, e, hi)
    if not (_ASIDE_OPENS.match(art.masked, e, hi) or dash) or not _takes_clause(art, s, fr):
        return e
    words = list(CLAUSE_TOKEN.finditer(art.masked, s, e))
    opener = max((i for i, w in enumerate(words) if w.group().lower() in _SUBORDINATORS), default=-1)
    words = words[opener + 1:]   # (the last clause: "asked whether he was concerned that Donald Trump")
    if not words or len(words) > _MAX_SPEAKER_WORDS + 3 or finite_verb(words, loose=False) or \
            words[0].group().lower() in PREPOSITIONS:   # ("pledged to Clinton, even those ...": no subject)
        return e
    if dash:   # ("suggest moderate Republicans — nearly a third of the base — are being ignored")
        close = _DASH_CLOSES.search(art.masked, dash.end(), min(hi, e + _MAX_ASIDE))
        resumes = [close.end()] if close else []
    else:
        resumes = [m.end() + (art.masked[m.end():m.end() + 1] == " ") for m in islice(
            _COMMA.finditer(art.masked, e + 1, min(hi, e + _MAX_ASIDE)),
            1 if _SUBORDINATE_ASIDE.match(art.masked, e) else 3)]
    for at in resumes:
        nxt = CLAUSE_TOKEN.match(art.masked, at)
        word = nxt.group() if nxt else ""
        if word in FINITE_AUX or word in _PAST_PREDICATES or word[-2:] == "ed" and word.islower() \
                and len(word) > 4:
            end = _COMMA.search(art.masked, nxt.end(), hi)
            end = trim(art.text, s, end.start() if end else hi)[1]
            return end - 1 if art.text[end - 1] in ".!?" and art.masked[end - 1] != MASK else end
    return e


# A content stopped right before ", including ...", ", especially ..." (a stance's or cue's noun
# phrase: "blamed several factors, including budget cuts ...", "wants a vast expansion of the
# government, including single-payer health insurance"): the examples narrow the noun before them
# and are the holder's too, as after a speech verb (:data:`.object_limits.EXAMPLES`); they run to
# the next semicolon, colon, dash, parenthesis or the sentence's end. Not a time clause after
# "particularly" ("..., particularly after the court agreed ..."), nor people named after a thing
# (below). PolNeAR train: +3 speech contents, +14 other contents, none lost.
_EXAMPLES_AFTER = re.compile(r",\s+(?:including|especially|particularly)\s+"
                             r"(?!(?:after|before|when|while|if|since|because|as|during|once|until)\b)")
_NAMED = re.compile(r"[A-Z][\w.’'-]*\s+[A-Z]")   # ("Gov. Jack Markell", "John Kasich"; not "Republican-backed laws")
_EXAMPLES_STOP = re.compile(r"[;:(]|\s(?:[—–]|--?)\s")


def _through_examples(art, s, e, hi) -> int:
    """The end of a content [s, e) run on through the examples right after it (see above)."""
    m = _EXAMPLES_AFTER.match(art.masked, e, hi)
    if m is None:
        return e
    last = CLAUSE_TOKEN.findall(art.masked, max(s, e - 30), e)[-1:] or [""]
    if _NAMED.match(art.masked, m.end()) and (
            not last[0].endswith("s") or last[0].lower() in SPEECH_PRODUCTS):
        return e   # people named after a thing ("endorsed her bid, including Gov. Jack Markell",
        # "fired back at Trump's comments, including Rep. Clay"): examples of the holders
    stop = _EXAMPLES_STOP.search(art.masked, e, hi)
    end = trim(art.text, s, stop.start() if stop else hi)[1]
    return end - 1 if art.text[end - 1] in ".!?" and art.masked[end - 1] != MASK else end


def _subject_before_its_verb(art, s, e, fr) -> bool:
    """Is [s, e), before its frame's verb, no reported clause but the verb's own subject or a
    clause of the reporter's? A noun phrase with an apposition (``The minister, a former general,
    explained the decision to reporters``: read as ", explained ..."), or a lone fronted
    subordinate clause (``Although his work has been popular, ... those about whom he has
    written``, ``But even after the growth cooled, the borrowing continued``)."""
    if fr.verb_pos < e or fr.verb == "according to":
        return False
    words = list(CLAUSE_TOKEN.finditer(art.masked, s, e))
    lowered = [w.group().lower() for w in words]
    while lowered and lowered[0] in _LEADING:
        lowered.pop(0)
    if MASK in art.masked[s:e] or not lowered:
        return False
    if lowered[0] in _SUBORDINATE_OPENERS and "," not in lowered and len(lowered) <= _MAX_SUBORDINATE:
        return True   # (longer, a main clause may follow without a comma: "After X took ... he made")
    return "," in lowered[1:_MAX_HEAD + 1] and not finite_verb(words) and not has_finite_verb(words) \
        and (lowered[0] in _NOUN_BEFORE or words[0].group()[:1].isupper())


def _according_to_scope(art, s, e, hi, fr):
    """The content of an "according to X," set inside its sentence when what comes before it
    cannot be the claim: a lone fronted subordinate clause, not a phrase ("Since last November,
    according to ..., forces have killed" keeps it) (``While most were marked confidential,
    according to an official, two were upgraded ...``) or a clause cut at its subordinator (``He
    crossed the border after, according to him, the network censured ...``): the clause after the
    source's comma, to the sentence's end; else (s, e)."""
    if fr.verb != "according to" or fr.verb_pos <= s:
        return s, e
    inside = fr.verb_pos < e   # ("While ..., according to X, two were ...": the frame inside)
    words = [w.lower() for w in CLAUSE_TOKEN.findall(art.masked, s, min(e, fr.verb_pos))]
    while words and words[0] in _LEADING:
        words.pop(0)
    if words and words[-1] == ",":
        words.pop()
    clause = finite_verb(list(CLAUSE_TOKEN.finditer(art.masked, s, min(e, fr.verb_pos))))
    if not words or not (words[0] in _SUBORDINATE_OPENERS and "," not in words and clause
                         or not inside and words[-1] in _SUBORDINATE_OPENERS | {"that", "as", "if"}):
        return s, e
    source_end = fr.ref.end if fr.ref is not None and fr.ref.start > fr.verb_pos else fr.verb_pos
    comma = art.masked.find(",", source_end, min(hi, source_end + 80))
    if comma < 0:
        return s, e
    s2, e2 = trim(art.text, comma + 1, e if inside else hi)
    e2 = e2 - 1 if e2 > s2 and art.text[e2 - 1] in ".!?" and art.masked[e2 - 1] != MASK else e2
    return (s2, e2) if len(CLAUSE_TOKEN.findall(art.masked, s2, e2)) >= 3 else (s, e)


def _no_proposition(art, s, e) -> bool:
    """Is [s, e) only a time ("last July", "a few days later") or a pointer to words given elsewhere ("the
    following")?"""
    first = next((w.group().lower() for w in CLAUSE_TOKEN.finditer(art.text, s, e)
                  if w.group()[0].isalnum()), None)
    if first is not None and first not in _TIMES and first not in _AMOUNTS and \
            not first.isdigit() and "follow" not in art.text[s:e].lower():
        return False   # (most contents: a first word of no time, and no pointer's "follow")
    words = [w.lower() for w in CLAUSE_TOKEN.findall(art.text, s, e) if w[0].isalnum()]
    times = all(w in _TIMES or w.isdigit() for w in words) or \
        all(w in _TIMES or w in _AMOUNTS or w.isdigit() for w in words) and words[-1] in ("ago", "later", "earlier")
    joined = " ".join(words)
    times = times and words != ["this"]   # "this" alone is a pronoun ("know this"), no time
    return bool(words) and (times or joined in _POINTERS or _POINTER_END.search(joined) is not None)


# A second relative clause joined to the one whose gap a content fills: the reporter's own
_SECOND_RELATIVE = re.compile(r",?\s+(?:and|but)\s+(?:who|which|whose)\s")


def checked_contents(art, lo, hi, rows):
    """The reported rows (start, end, Frame) of the sentence [lo, hi) after the checks above:
    rows that are no content dropped, contents stopped before their quotation extended, a
    content running into a second speaker's act ended there (that act is a row of its own)."""
    out = []
    for s, e, fr in rows:
        if _speaker_as_content(art, lo, s, fr, e) or _no_proposition(art, s, e) or \
                _not_a_verb(art, lo, e, fr) or _subject_before_its_verb(art, s, e, fr) or \
                no_speech_act(art, lo, s, e, fr):
            continue
        s, e = _according_to_scope(art, s, e, hi, fr)
        s = past_addressee(art, after_lead_in(art, s, e, fr), e, fr)
        if fr.verb_pos < s and art.masked[s:s + 1].islower() and fr.verb != "according to" and \
                (gap := relative_gap_start(art.masked, lo, s, fr.verb_pos)) < s and \
                len(list(islice((w for w in CLAUSE_TOKEN.findall(art.text, s, e) if w[0].isalnum()), 3))) > 2:
            # (a gap's verb is lower case; "which it had said || was unacceptable": PolNeAR leaves
            # the frame out of so short a content)
            if (second := _SECOND_RELATIVE.search(art.masked, s, e)):
                e = second.start()   # "who officials say is tied to X || and who claimed credit"
            s = gap
        e = _past_subject_aside(art, s, _aside_then_setting(art, s, e, fr), hi, fr)
        e = _through_examples(art, s, e, hi)
        e, second = second_speech_act(art, s, e, fr)
        if (setting := _SETTING.search(art.masked, s + 15, e)) is not None:
            e = trim(art.text, s, setting.start())[1]
        if fr.verb_pos < s and fr.verb != "according to":
            e = bare_predicate(art.masked, s, e, hi, _takes_clause(art, s, fr))
        if (e := before_its_quotation(art, s, e)) is None:
            continue
        out.append((s, _through_open_quotation(art, _continued_by_quotation(art, s, e, hi)), fr))
        if second is not None and all(row[0] != second[0] for row in rows):
            out.append(second)
    return out
