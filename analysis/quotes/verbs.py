"""Reporting verbs: the matcher built from ``codebooks/reporting_verbs.csv`` and the verb hits of
one article.

Why a codebook of forms with a class each: the verb a reporter picks ("said" vs "claimed" vs
"admitted") frames the quoted speaker (Bergler 1992; Caldas-Coulthard 1994 on verbs of saying);
researchers extend the list without touching code. The loader is :func:`analysis.codebooks.load_verbs`.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..codebooks import cached_by_file, load_verbs
from ..text import literal_trie
from ..text import CLAUSE_TOKEN
from .words import DETERMINERS, PREPOSITIONS, SUBORDINATORS


_INSIDE_CALL_FOR = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                    "today", "yesterday", "again", "also", "repeatedly", "publicly", "previously")
_TITLE_CASE = {"said", "says", "told", "tells", "wrote", "writes", "added", "adds", "warned", "warns",
               "insists", "argues", "admits", "blasts", "slams", "urges", "vows", "denies"}


@dataclass(frozen=True)
class VerbTable:
    """Reporting-verb forms -> (lemma, class, takes a clause), with one compiled matcher."""
    forms: dict
    regex: re.Pattern


@cached_by_file
def verb_table(path="reporting_verbs.csv") -> VerbTable:
    """The reporting-verb codebook as forms and one matcher (rebuilt when the file changes)."""
    book = load_verbs(path)
    forms = {f: (v, c, bool(k)) for f, v, c, k in book[["form", "verb", "class", "clause"]]
             .itertuples(index=False, name=None)}
    # a headline's title case ("Christie Says He Would Issue A Quarantine"): finite forms of the
    # plainest verbs only (PolNeAR train: 2 rows gained, none wrong)
    forms.update({f.title(): forms[f] for f in _TITLE_CASE if f in forms})
    # "called Friday for releasing the videos", "calls again for": a day or adverb inside "call for"
    forms.update({f"{f.split()[0]} {w} for": v for f, v in list(forms.items())
                  if v[0] == "call for" and f.endswith(" for") for w in _INSIDE_CALL_FOR})
    # a trie (text.literal_trie), not "(?<![\w-])(?:" + the forms longest first + ")": same
    # matches; word_alternation had saved 0.65 s of ~25 s CPU of the PolNeAR export (the plain
    # form tries every form at every position), the trie saves 0.2 ms more per article.
    return VerbTable(forms, re.compile(literal_trie(forms, r"\s+", r"[\w-]") + r"(?![\w-])"))


def verb_class(lemma: str, verbs: VerbTable | None = None) -> str:
    """The class of a reporting-verb lemma ("claim" -> "distancing"); "" if not listed."""
    verbs = verbs or verb_table()
    for lem, cls, _ in verbs.forms.values():
        if lem == lemma:
            return cls
    return ""


ADVERBS = {"also", "again", "still", "now", "repeatedly", "then", "often", "later", "earlier",
           "further", "once", "meanwhile", "separately", "publicly", "reportedly", "previously",
           "recently", "today", "yesterday", "has", "have", "had", "not", "yet", "already",
           "never", "just", "even", "only"}   # ("Officials even said"; not "both": "Both want ...")
AUX_BEFORE_BASE = {"i", "we", "you", "they", "will", "would", "can", "could", "may", "might",
                   "must", "should", "shall", "did", "do", "does", "not", "to", "also", "who",
                   "and", "often", "repeatedly", "then", "still", "never", "always",
                   # "keeps its finances secret but says": a second predicate after "but"
                   "but",
                   # "Democrats don't think", "few believe", "most believe" (quantifier subjects)
                   "don't", "don’t", "doesn't", "doesn’t", "didn't", "didn’t", "won't", "won’t",
                   "wouldn't", "wouldn’t", "few", "many", "most", "some", "others", "both",
                   "all", "nobody", "everyone", "anyone", "somebody", "someone", "people"}
_MODALS = {"will", "would", "can", "could", "may", "might", "must", "should", "shall", "did", "do",
           "does", "not", "never"}   # (not "to": "the only pollster to correctly predict")
_FOCUS = {"only", "just", "even", "ever", "also", "still", "not", "never", "simply", "merely"}
# A possessive before a base or -s form makes it a noun; not a subject fused with "is"/"has"
_POSSESSIVE = re.compile(r"\w['’]s$|s['’]$")
# An owner before "thinking" makes it the noun ("people familiar with his thinking say"); other
# -ing forms after one may be a gerund with its speaker ("Trump's calling Clinton a bigot")
_GERUND_OWNER = re.compile(r"(?:(?<![\w'’])(?:his|her|their|its|my|our|your)|(\w+['’]s|\w+s['’]))\s+$",
                           re.IGNORECASE)
_CONTRACTED_IS = {"he's", "he’s", "she's", "she’s", "it's", "it’s", "that's", "that’s", "who's",
                  "who’s", "there's", "there’s", "what's", "what’s", "let's", "let’s"}
# What "shows" or "found" something without saying it (evidence, class ``evidence``).
_EVIDENCE_BEFORE = re.compile(r"\b(?:polls?|polling|surveys?|stud(?:y|ies)|data|records?|research|"
                              r"numbers|figures|results|analys[ie]s|documents|filings|estimates|"
                              r"statistics|tallies|counts|findings)\b[^.;\x00]{0,40}?"
                              r"(?:\s(?:have|has|had|also|clearly|consistently))*\s*$",
                              re.IGNORECASE)


# A proportion of respondents right before a verb: "Six in 10 say", "42% say", "51 percent said"
_PROPORTION_END = re.compile(r"(?:\b(?:in|out\s+of)\s+(?:\d+|ten|five|four|three)|\d%|\bpercent|\bper\s+cent)\s+$")
# "safe to say", "too soon to say", "suffice it to say": the writer's hedge, no one speaks
_IDIOM_BEFORE = re.compile(r"(?:\bwithout|\bworth|\b[Hh]aving|\b[Nn]eedless\s+to|\b(?:[Ss]afe|[Ff]air|soon|"
                           r"early|[Hh]ard|[Dd]ifficult|[Ii]mpossible|[Ss]uffice(?:\s+it)?)\s+to)\s+$")
_REST_BEFORE = re.compile(r"\b[Rr]est\s+$")
_THE_LEAST = re.compile(r"\s+the\s+least\s*(?:[,.;:)!?—–-]|$)")
# "states" as the plural noun: after a region, a number or a quantifier
_STATES_NOUN = re.compile(r"(?i)(?:\b(?:western|southern|northern|eastern|midwestern|swing|battleground|"
                          r"belt|gulf|border|red|blue|key|early|primary|caucus|member|other|several|"
                          r"many|some|those|these|all|both|united|most|few|two|three|four|five|six|"
                          r"seven|eight|nine|ten)|\d)\s+$")
# "federal and state rules", "local, state and federal officials": "state" joined to another
# modifier before a noun is no verb ("review the law and state his view", "and state that": verbs)
_JOINED_BEFORE = re.compile(r"(?:\b(?:and|or)|,)\s+$")
_NOUN_AFTER_STATE = re.compile(r"\s+(?!(?:that|the|a|an|his|her|their|its|our|this|these|those|what|how|"
                               r"why|whether|it|they|he|she|we)\b)[a-z]")
# A medium's name ending in "News" or "Press" ("CBS News", "The Associated Press") before a verb
_MEDIUM_NAME_END = re.compile(r"[A-Z][\w&-]*[ \t]+(?:News|Press)\s+$")
# "went on" speaks only before a pause: '"...," she went on.', 'he went on: "..."'
_PAUSE_AFTER = re.compile(r"\s*(?:[,.;:!?\x00—–]|$)")
# '"...," says X': a quotation (masked) and a comma right before the verb.
_AFTER_QUOTATION = re.compile("\x00[,]?\\s*$")
# "The ad claims "...": a document's -s form right before a colon or a quotation that ends the
# sentence is its verb ("the ad claims" is no compound noun there)
_DOCUMENT_SUBJECT = re.compile(r"(?<![\w'’])(?:the|a|an|this|that|its|his|her|their)\s+[a-z]+\s+$", re.I)
# '"...," a voice-over in the ad states.': an -s form ending a clause that a quotation (and its
# comma) opens is the attribution's verb, with no participle between ('"...," making air quotes.')
# (PolNeAR train: 2 rows to the gold speaker)
_STOP_NEXT = re.compile(r"\s*(?:[.!?](?:\s|$)|$)")
_QUOTE_COMMA_BEFORE = re.compile("\x00,?\\s+(?![^\x00,;:.!?]*ing\\b)[^\x00,;:.!?]{1,70}$")
_QUOTED_NEXT = re.compile("\\s*(?::|\x00+\\s*(?:[.!?]|\n|$))")


# Words that cannot end a subject noun phrase before a verb ("the say", "to say", "his says").
NOT_SUBJECT_END = DETERMINERS | PREPOSITIONS | SUBORDINATORS | {
    "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "not", "this",
    "what", "whatever", "how", "why", "final", "last", "first", "no", "yes", "let", "lets",
    "always", "never", "as", "so", "more", "less", "much", "its", "it's", "his", "hers"}


# Lemmas whose -s form is as often a plural noun ("swing states", "news reports"): after a noun
# they count only after a subject reference.
NOUN_LIKE = {"state", "report", "note", "post", "comment", "answer", "reply", "claim", "charge",
             "tweet", "quote", "demand", "promise", "pledge", "vow", "question", "request", "order",
             "appeal", "call", "press", "doubt", "fear", "worry", "estimate", "signal", "counter",
             "remark", "respond", "read", "attack", "blast", "slam", "joke", "shout", "indicate",
             "write", "continue", "recall", "agree", "concede", "feel", "hope", "expect", "hint",
             "threaten", "reject", "dismiss", "speak", "describe", "mention", "announce",
             "point to"}   # ("from 12 percentage points to 8")


# -s forms that are never nouns (unlike "notes", "claims", "reports"): a verb after any subject.
NEVER_NOUN = {"says", "tells", "adds", "argues", "insists", "explains", "warns", "writes",
              "recalls", "contends", "acknowledges", "admits", "asserts", "predicts", "urges"}


# Base forms of verbs that are never nouns: after a plural subject with a postmodifier ("People
# briefed on the situation say", "some who advocate free speech argue") the word before is no
# plural, yet the form is the finite verb.
BASE_NEVER_NOUN = {f[:-2] if f.endswith("es") and f[:-2].endswith(("sh", "ss")) else f[:-1]
                   for f in NEVER_NOUN}
# Between a subject and its verb: a closed parenthetical (", for instance,", ", however,",
# "— and some Republicans —") and adverbs ("Clinton defenders today argue")
# (a longer comma aside when a word that opens asides starts it: "Fields, along with Washington
# Post reporter Ben Terris, say", "Democratic economists, like their Republican counterparts, say",
# "Executives for Mondelez, which generated $30 billion last year, say")
_ASIDE_BEFORE = re.compile(r"(?:\s*,[^,;:.\x00]{1,30},|\s+[—–][^—–\x00]{1,40}[—–]|"
                           r"\s*,\s+(?:along\s+with|together\s+with|as\s+well\s+as|like|unlike|"
                           r"including|which|who|whose)\s[^,;:.\x00]{1,90},|"
                           r"\s+--?\s[^\x00—–]{1,80}?\s--?)\s*$")   # (or typed " - ... - ")


def subject_side(masked: str, at: int) -> int:
    """Where the subject before a verb at ``at`` ends: before closed asides and adverbs, in
    either order ("officials, in fact, even insist")."""
    end = at
    while True:
        m = _ASIDE_BEFORE.search(masked, max(0, end - 130), end)
        end = m.start() if m else end
        cut = masked.rfind(" ", max(0, end - 18), end - 1)
        word = masked[cut + 1:end].strip()
        if cut < 0 or word.lower() not in ADVERBS - {"has", "have", "had", "not"} and not (
                _LY.fullmatch(word) and masked[max(0, cut - 3):cut] != " to"):
            return end   # ("many backers privately say"; not "to correctly predict")
        end = cut


def find_verb_hits(masked: str, refs: list, verbs: VerbTable) -> list[tuple]:
    """Reporting-verb occurrences in ``masked`` (quotations masked), without the nouns that look
    like them ("a statement", "the report", "press briefing", "member states", "dismissed
    claims"): (start, end, lemma, class, takes a clause, form) in text order. ``refs``: the
    article's references (:func:`analysis.quotes.mentions.find_refs`), whose ends mark subjects."""
    hits = []
    ref_ends = sorted({r.end for r in refs if r.kind != "who"})
    for m in verbs.regex.finditer(masked):
        form = " ".join(m.group().split())
        lemma, cls, clausal = verbs.forms[form]
        first = form.split()[0].lower()
        finite_past = first.endswith(("ed", "ing")) or first in (
            "said", "told", "shot", "wrote", "thought", "spoke", "spoken", "hit", "read", "written",
            "put")
        if lemma == "according to":
            finite_past = True
        elif form == "thinking":   # "familiar with Cruz's thinking said": the noun (not "he's")
            owner = _GERUND_OWNER.search(masked, max(0, m.start() - 24), m.start())
            if owner and (owner.group(1) or "").lower() not in _CONTRACTED_IS:
                continue
        if cls == "evidence":   # "polls show", "the survey found": only after such a word
            if not _EVIDENCE_BEFORE.search(masked, max(0, m.start() - 60), m.start()):
                continue
            finite_past = True
        if not finite_past:
            # a base or -s form is a verb only after a subject or an auxiliary
            prev = CLAUSE_TOKEN.findall(masked, max(0, m.start() - 60), m.start())
            prev_word = prev[-1].lower() if prev else ""
            if _POSSESSIVE.search(prev_word) and prev_word not in _CONTRACTED_IS:
                continue   # "Trump's call for", "the party's claims": a noun after a possessive
            if first in BASE_NEVER_NOUN and prev_word not in AUX_BEFORE_BASE:
                # "Cement makers, for instance, argue", "People briefed on the situation say"
                side = subject_side(masked, m.start())
                prev = CLAUSE_TOKEN.findall(masked, max(0, side - 60), side)
                prev_word = prev[-1].lower() if prev else ""
                if prev and prev[-1][0].isalpha() and prev_word not in NOT_SUBJECT_END \
                        and prev_word not in ("i", "we", "you", "they") \
                        and not prev_word.endswith(("ly", "n't", "n’t")):
                    prev_word = "others"   # a subject's last word: read as a plural subject
            near = ref_ends[bisect_left(ref_ends, m.start() - 25):bisect_right(ref_ends, m.start())]
            subj_end = any(all(w.lower() in ADVERBS or first.endswith("s") and _LY.fullmatch(w)
                               for w in masked[e:m.start()].split())
                           for e in near)
            inverted = _AFTER_QUOTATION.search(masked, max(0, m.start() - 4), m.start())
            # "The campaign says", "Civil rights activists say": after a noun (a plural one for
            # the base form), not after a determiner, preposition or adjective-like word
            after_noun = prev and prev[-1][0].isalpha() and prev_word not in NOT_SUBJECT_END \
                and lemma not in NOUN_LIKE \
                and (first.endswith("s") or prev_word.endswith("s") or prev[-1][0].isupper()) \
                or _PROPORTION_END.search(masked, max(0, m.start() - 16), m.start())   # "6 in 10 say"
            # "Chris Cox, who runs the NRA's lobbying arm, says": an -s form of a verb that is
            # never a noun, right after the comma that closes an apposition
            closes = masked[max(0, m.start() - 2):m.start()].rstrip()[-1:] in ",)" and (
                first in NEVER_NOUN or first in BASE_NEVER_NOUN and _THAT_CLAUSE.match(masked, m.end()))
            # (and its base form before "that": "His critics, many of them conservative Catholics,
            # argue that ...", an aside longer than _ASIDE_BEFORE reads; PolNeAR train: 1 row)
            # ("Fox News reports", "The Associated Press says": a name ending in a determiner-like
            # word, right before the verb, is its subject; "news reports" stays a noun)
            named = subj_end and prev_word in ("news", "press") and \
                _MEDIUM_NAME_END.search(masked, max(0, m.start() - 24), m.start()) is not None
            # "Patient advocacy groups note that ...": a base form after a plural noun, then
            # "that", is the plural subject's verb (a noun after a plural noun would be odd)
            after_noun = after_noun or lemma in NOUN_LIKE and " " not in form and \
                not form.endswith("s") and _PLURAL_NOUN.fullmatch(prev_word) is not None and \
                _THAT_CLAUSE.match(masked, m.end()) is not None
            # "Some say they ...": "some" as a pronoun subject before a verb never a noun
            some = prev_word == "some" and first in BASE_NEVER_NOUN and (
                len(prev) < 2 or prev[-2].lower() in _BEFORE_PRONOUN_SUBJECT
                or prev[-2][-1] in ".!?")   # (at a sentence's start: "... supporters. Some say")
            # "would only say", "did not even mention": an adverb between an auxiliary and the base
            aux = prev_word in AUX_BEFORE_BASE or len(prev) > 1 and prev[-2].lower() in _MODALS and (
                prev_word in _FOCUS or _LY.fullmatch(prev_word) is not None)
            quoted = first.endswith("s") and _QUOTED_NEXT.match(masked, m.end()) is not None and \
                _DOCUMENT_SUBJECT.search(masked, max(0, m.start() - 30), m.start()) is not None \
                or first.endswith("s") and _STOP_NEXT.match(masked, m.end()) is not None and \
                _QUOTE_COMMA_BEFORE.search(masked, max(0, m.start() - 80), m.start()) is not None
            # "..., say some Democrats, who ...", "..., argue critics.": a base form after the
            # comma closing a fronted content, its plural subject after it (PolNeAR train +2
            # speech contents, no new row unmatched)
            inverted = inverted or first in BASE_NEVER_NOUN and " " not in form and \
                masked[max(0, m.start() - 2):m.start()] == ", " and _PLURAL_SPEAKER_NEXT.match(masked, m.end())
            if not inverted and not closes and not some and not quoted and (
                    prev_word in DETERMINERS and not named or not (
                    aux or subj_end or after_noun)):
                continue
        if lemma == "go on" and not _PAUSE_AFTER.match(masked, m.end()):
            continue  # '"...," she went on.' / "went on, adding": not "goes on recess", "went on TV"
        if form == "states" and _STATES_NOUN.search(masked, max(0, m.start() - 24), m.start()):
            continue  # "Western states that ...", "Rust Belt states", "10 states he won"
        if form == "state" and _JOINED_BEFORE.search(masked, max(0, m.start() - 6), m.start()) \
                and _NOUN_AFTER_STATE.match(masked, m.end()):
            continue
        if lemma == "hope" and _FOR_NEXT.match(masked, m.end()) or \
                lemma == "remind" and _LIKENESS_NEXT.match(masked, m.end()):
            continue  # "who hopes for a miracle": content.py's "hope for"; "reminds me of": a likeness
        if _IDIOM_BEFORE.search(masked, max(0, m.start() - 20), m.start()) or \
                form == "say" and _THE_LEAST.match(masked, m.end()) or \
                form == "assured" and _REST_BEFORE.search(masked, max(0, m.start() - 6), m.start()):
            continue  # "goes without saying", "worth noting", "having said that", "needless to say",
            # "to say the least", "rest assured that" (an imperative: nobody's words)
        if hits and masked[hits[-1][1]:m.start()].isspace() and \
                not first.endswith("ing"):
            continue  # "dismissed claims that": the second one is a noun
        hits.append((m.start(), m.end(), lemma, cls, clausal, form))
    return hits


_FOR_NEXT = re.compile(r"\s+for\b")
_PLURAL_SPEAKER_NEXT = re.compile(r"\s+(?:(?:some|many|most|several|other|both|the|their|two|three|"
                                  r"four|five)\s+)?(?:[A-Za-z][\w’'-]*\s+){0,2}?[A-Za-z][\w-]*[^\Wsu]s"
                                  r"(?=\s*[,.;]|\s+(?:like|such\s+as|including|who)\b)")
_LIKENESS_NEXT = re.compile(r"\s+(?:me|us|him|her|them|many|one|some|people|everyone)\s+of\b")
_PLURAL_NOUN = re.compile(r"[a-z][a-z\-]*[^sui'’s]s")   # "groups", "analysts" (not "press", "bus", "its")
_THAT_CLAUSE = re.compile(r"\s+that\s+(?!is\b|was\b|are\b|were\b|has\b|have\b|had\b|will\b|would\b)")
_BEFORE_PRONOUN_SUBJECT = {",", ";", ":", "and", "but", "while", "though", "although", "yet", "still",
                           "so", "even", "now", "because", "since", "if"}


# "O'Malley frequently notes": an adverb between a subject and the -s form of its verb (not a noun
# in -ly: "the family", "a rally"; not before a base form: "did the governor really believe")
_LY = re.compile(r"(?!(?:fami|ra|a|assemb|supp|rep|monopo|anoma|bul|tal|fol|bel|jel|hol)ly\b)[a-z]{3,}ly")

