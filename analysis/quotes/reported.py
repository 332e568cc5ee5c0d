"""Reported speech without quotation marks: ``X said (that) ...``, ``..., X said.``, ``according
to X, ...``.

Why: much of what officials say reaches readers paraphrased; counting only quotations would miss
whose account a text relays (indirect speech, Pareti 2016). A clause counts when a clause-taking
reporting verb introduces it (with "that", or without after verbs that allow it: "said the army
was loyal"), or when the sentence ends in an attribution (", Interfax reported.").

Where the clause ends decides whether a reader (or PolNeAR's annotators, Pareti 2016) sees the
same statement: before a coordinated speech act ("... and said that ..."), the end of a fronted or
relative clause ("While X said ..., he ..."), a non-restrictive relative, an appended noun phrase or
an unpaired dash (the reporter's additions), an adjunct of circumstance ("amid ..."); concessions
("although ...", ", but that ...") stay, being the speaker's own hedges. A fronted "As X said,"
attributes the main clause after it; "safe to say", replies to requests for comment and
'X said, "..."' (the quotation is the content) give no reported clause. Speech acts told by their
object live in :mod:`analysis.quotes.objects`; frames the general attribution rules miss
(a subject closed off by an aside, ", said X, director of ...", questions with an unnamed
asker, a sentence-final "X told Y") in :mod:`analysis.quotes.reported_frames`.
"""
from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from ..text import CLAUSE_TOKEN
from .article import record, refs_starting_in, verb_hits_in
from .according import according_to
from .attribution import frame_for_verb, post_posed
from .coordinated_holders import evidence_holder, with_conjuncts
from .claim_nouns import claim_start
from .clauses import MID_FRAME_END, but_predicate
from .coreference import is_medium
from .marks import MASK, trim
from .object_limits import LONE_QUESTIONS, BARE_AND, EXAMPLES_DASH, bare_verb, joined_in_content, lone_object
from .clause_or_object import OBJECT_OFTEN, clause_follows, has_finite_verb
from .objects import (
    CONTENT_AFTER_OBJECT,
    DASH,
    OBJECT_CONTENT,
    PLAIN_OBJECT,
    TOPIC_AFTER,
    coordinated_predicate,
    n_words,
    names_given,
    object_content,
    object_end,
    same_form,
)
from .reported_ends import (CLAUSE_OPENERS, after_aside_end, comma_splice, dash_goes_on, gerund_subject, new_clauses,
                            reporter_comment,
                            infinitive_conjunct, setting_around_aside, speaker_predicate)
from .reported_fronted import fronted_rows, mid_according
from .missed_splits import missed_split
from .unnamed import unnamed_frame
from .reported_starts import (AS_COMMA, ASIDE_OPENERS, CONCESSIVE_START, DEMONSTRATIVE_SUBJECT, clause_of_time_between,
                              NEGATIVE_SUBJECT, TITLE_ONLY, bare, bare_gap, fronted_as,
                              opens_sentence, past_time_adjunct, pro_form, pro_form_according,
                              relative_gap_start, zero_that_start, past_addressee_setting)
from .reported_frames import (apposed_tail, aside_frame, asked_after_subject, asked_rows,
                              first_person_frame, inverted_tail, nesting_frame, quoted_tail,
                              reported_by, semicolon_tail, share_frame, told_rows, told_tail)
from .reported_limits import (addressee_end, after_lead_frame, finite_verb, named_apposition,
                              second_predicate, passive, past_closing, pronoun_conjunct, quotation_opens,
                              relative_that, verb_after_that, setting_before_quotation, setting_only, shown_commas,
                              subject_right_before,
                              words_outside_asides)
from .speech_senses import adjective_use, compound_noun, noun_use, says_nothing
from .words import (
    DETERMINERS,
    FINITE_AUX,
    NOT_CLAUSE_START,
    NOT_PARTICIPLE,
    PREPOSITIONS,
    PRONOUNS,
    QUANTITY_START,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    ZERO_THAT,
)

_PUNCT = re.compile(r"[,;:.]")
_PUNCT_OR_MASK = re.compile(r"[,;:.]|" + MASK)
_END_PUNCT_ONLY = re.compile(r"[\s.!?]*")
_CLOSED_OFF = re.compile(r"\s*(?:[,:;.]|" + MASK + r"|$)")

# "the pledged delegates", "his proposed ban", "something promising": a participle used as an
# adjective, no speech act
_ATTRIBUTIVE_BEFORE = {"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this",
                       "these", "those", "some", "no", "any", "something", "nothing", "anything"}
# "was asked whether", "when asked about", "been told that": the subject is the one addressed and
# the speaker is not in the clause (left out, not guessed)
_PASSIVE_BEFORE = {"was", "were", "been", "being", "is", "are", "be", "when", "if", "after", "once",
                   "while", "unless", "until", "get", "got", "gets"}
# "..., according to the SITE group, which monitors extremist statements.": a phrase describing
# the source ends the sentence, so the attribution is still post-posed
_DESCRIBES_SOURCE = re.compile(r",\s+(?:which|who|whose|a|an|where|(?!during\b|according\b)[a-z]+ing)\b"
                               r"[^,;:\x00]*[.!?]?\s*$")   # (or the reporter's ", taking a step ...")
# A conjunct with its own speech verb ends the content before it: "..., he said" (handled
# above), "... and said that ...", "..., and three-quarters said ...", "... and how experts say" (dev +1;
# not a belief: "the gap between what we expect from X and what we expect from Y is vast")
_COMMA_BEFORE = re.compile(r"(?:,|,?\s+(?:and|but))\s*$")
# (or "; 46 percent said", ", after half said so"; not ", and that polls show ...": a second clause
# of the first verb's; nor a fronted ", when ..." opening the content: "said that, when X said ...,")
_NEW_SUBJECT = re.compile(r"(?:,\s+(?:and|but|though|although|while|whereas|after|before|when|since|"
                          r"until|once)|;|\s(?:and|but|or)(?=\s+(?:how|what|why|where|whether)\s))\s+(?!that\s)"
                          r"(?:(?:[\w’'.\-%]+|\([^()\x00]{1,40}\))\s+){1,6}$")   # (an aside in brackets: one)
# The speaker inside a relative clause whose gap is the reported clause's subject: "a vote
# which she has repeatedly said was a mistake", "a letter that he said was drafted by the firm"
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|who|whom)\s+(?:[\w’'.\-]+\s+){1,4}$")
# ... but a free relative opening the clause is its subject, and the auxiliary its verb: "What
# Obama says and promises is now the baseline", "Everything Trump says is a lie" (no content)
_FREE_SUBJECT = re.compile(r"(?:^|[,;:]\s+|\b(?:[Bb]ut|[Aa]nd|[Bb]ecause|[Ss]o)\s+)(?:[Ww]hat(?:ever)?|"
                           r"[Ee]verything|[Aa]nything|[Nn]othing|[Aa]ll)\s+(?:[\w’'.-]+\s+){1,4}$")
# Forms that are never a noun before an auxiliary (unlike "stress is", "comments are")
_GAP_FORMS = {"said", "says", "say", "told", "thought", "wrote"}
_SAID_THEN_QUOTE = re.compile(r"[\w’'-]+(?:\s+[\w’'.-]+){0,3}?\s*[,:]\s*" + MASK)
# A reply to a request for comment: the request is the reporter's, no one's statement
_REQUEST = re.compile(r"\s+(?:to|on)\s+(?:(?:a|an|the|his|her|their|several|repeated|multiple|emailed)\s+)*"
                      r"(?:requests?|inquiry|inquiries|attempts?|calls|messages|emails)\b")
# A participle heading a compound noun: "pledged delegates" (no speech act)
_COMPOUND_NOUN = re.compile(r"\s+delegates?\b")
# (not "2,400" nor ", including": :data:`.object_limits.EXAMPLES`; a dash opening a closed aside: PolNeAR +2)
_CLAUSE_COMMA = re.compile(r",(?!\d{3})(?!\s+(?:including|especially|particularly)\s)|\s(?:--?|[—–―])\s(?=.*\s(?:--?|[—–―])\s)")
# Verbs whose "that" may follow a long addressee ("warned Maduro's defense minister and two other
# officials that ...")
_ADDRESSED = {"tell", "warn", "assure", "remind", "inform", "notify", "advise", "promise"}
# Words that open a clause after a named addressee ("told Pompeo the talks had failed")
_WHAT_BEFORE = re.compile(r"\bwhat\s+(?:[\w’'-]+\s+){1,5}$", re.IGNORECASE)
_DET_OPENERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our",
                "no"}   # ("told reporters no deal was reached": NEGATIVE_SUBJECT)
# A speech act inside a fronted or relative clause ("While Ramos said that ..., he ...", "when
# Rubio thanked Miami and said it was great to be home, a man yelled"): the main clause
# resumes at the next comma (Quirk et al. 1985, adverbial and relative clauses)
_SUBORDINATE = re.compile(r"(?:\b(?:[Ww]hile|[Ww]hen|[Aa]fter|[Aa]lthough|[Tt]hough|[Ss]ince|[Bb]ecause|"
                          r"[Bb]efore|[Oo]nce|[Uu]ntil|[Ww]hereas|[Ii]f|[Aa]s)\s+\w|,\s+(?:who|which)\b)"
                          r"[^,;:\x00]*$")
# Where a reported statement gives way to the outlet's setting of it: an adjunct of
# circumstance ("amid", "amidst", "against the backdrop of"; not "despite", usually part of the
# claim; Bell 1991, *The Language of News Media*, ch. 9). One definition: framing/voice.py uses it.
CIRCUMSTANCE = re.compile(r"[\s,]+(?:amid|amidst|against\s+the\s+backdrop\s+of)\s", re.IGNORECASE)


def circumstance_end(text: str, start: int, end: int) -> int:
    """End of a reported content text[start:end]: before an adjunct of circumstance that follows
    some content (see :data:`CIRCUMSTANCE`), else ``end``."""
    hit = CIRCUMSTANCE.search(text, start, end)
    return hit.start() if hit and text[start:hit.start()].strip() else end
REJECTING = {"dismiss", "reject", "deny", "refute", "rebut"}


def reported_clauses(art, lo, hi):
    """Reported clauses without marks in the sentence [lo, hi) of an
    :class:`~analysis.quotes.article.Article`: (start, end, Frame)."""
    out = []
    masked = art.masked
    acc = according_to(art, lo, hi)
    # each tail frame is a reporting verb of the sentence (or one right after a comma ending it):
    # most sentences hold none, and the five readings are skipped there (PolNeAR: 62%)
    post = (apposed_tail(art, lo, hi) or post_posed(art, lo, hi) or told_tail(art, lo, hi) or
            quoted_tail(art, lo, hi) or inverted_tail(art, lo, hi)) \
        if verb_hits_in(art, lo, hi + 2) else None
    for a, b, fr in acc:
        if b >= hi - 2 or _END_PUNCT_ONLY.fullmatch(masked[b:hi]) or _DESCRIBES_SOURCE.match(masked, b, hi):
            if post is None or post[1].verb == "according to":   # (not a mid-clause reading of it)
                post = (a - (1 if masked[a - 1:a] == " " else 0), fr)
            if masked[post[0] - 1:post[0]] == ",":
                post = (post[0] - 1, fr)
    # "..., Lavrov told his counterpart, according to the ministry": Lavrov speaks, the ministry
    # relays (gold/README.md)
    inner = post and post[1].verb == "according to" and (
        post_posed(art, lo, post[0]) or quoted_tail(art, lo, post[0]))
    if inner and inner[1].verb != "according to":
        post = (inner[0], replace(inner[1], via=inner[1].via or post[1].speaker.name))
    if post and post[0] >= hi - 1 and _SAID_THEN_QUOTE.match(masked, post[1].verb_pos) and (
            post[1].verb_pos - lo > hi - post[1].verb_pos or setting_before_quotation(
                art, lo, post[1].verb_pos, min(post[1].verb_pos, post[1].ref.start if post[1].ref else hi))):
        post = None   # 'Asked ..., Adelson said, "..."': the quotation is what was said (a long
        # lead-in is the reporter's; a short one, "But, she added, "..."", may open the words)
    post_lo = lo
    if post and post[0] >= hi - 1 and (comma := AS_COMMA.match(masked, post[1].verb_pos)):
        nxt = CLAUSE_TOKEN.findall(masked, comma.end(), min(hi, comma.end() + 30))
        first = min(post[1].verb_pos, post[1].ref.start if post[1].ref is not None else hi)
        opened = masked.rfind(",", lo, first)
        if nxt and nxt[0].endswith("ing") and nxt[0] not in NOT_PARTICIPLE and opened > lo and \
                not gerund_subject(masked, comma.end(), hi):   # ("..., he said, replacing her would be")
            post = (opened, post[1])   # "Sales were great, he said, wiping his face": his words end
    if post and post[0] >= hi - 1 and (comma := fronted_as(masked, lo, post[1].verb_pos)):
        post_lo = comma.end()   # "As Pollak observed, the victor was ..."
    elif post and post[0] >= hi - 1 and (lead := after_lead_frame(masked, lo, post[1].verb_pos)):
        post_lo = lead   # "But, the former chief executive added, it is not the way to win"
    clause_hi = post[0] if post else hi
    found, cut_short, done = False, False, lo
    for hit in verb_hits_in(art, lo, clause_hi):
        start, end, lemma, cls, clausal, form = hit
        after_quote = start in art.post_verbs   # '"...," he said they had never met': its clause too
        if start < done or lemma == "according to" or after_quote and not clausal or not (
                clausal or lemma in OBJECT_CONTENT or lemma in CONTENT_AFTER_OBJECT
                or lemma in TOPIC_AFTER or lemma in PLAIN_OBJECT):
            continue
        prev = CLAUSE_TOKEN.findall(masked, max(lo, start - 16), start)
        prev = prev[-1].lower() if prev else ""
        if form.endswith(("ed", "ing")) and (prev in _ATTRIBUTIVE_BEFORE or prev[:1].isdigit()
                                             or prev.endswith(("'s", "’s")) and prev[:-2] not in PRONOUNS) or \
                form.endswith("ed") and prev in PREPOSITIONS or \
                form in ("asked", "told") and prev in _PASSIVE_BEFORE or \
                form == "Asked" and prev in ("", "but", "and", "so", "yet", "later", "then", "still") \
                or form == "asked" and asked_after_subject(art, lo, start, object_end(art, end, hi), hi) \
                or noun_use(form, prev) or adjective_use(form, prev, masked, end) or \
                compound_noun(masked, lo, start, end, form, lemma) or \
                says_nothing(masked, end) or \
                form != "asked" and passive(masked, lo, start, end, form):
            continue
        if lemma in TOPIC_AFTER and _REQUEST.match(masked, end) or \
                lemma == "respond" and prev in ("not", "never") or \
                lemma == "pledge" and _COMPOUND_NOUN.match(masked, end):
            continue   # "did not respond to a request for comment" (or to anything: the
            # reporter's request), "pledged delegates"
        after = masked[end:clause_hi]
        words = list(islice(CLAUSE_TOKEN.finditer(after), 40))   # the tests below look at 20 at most
        # (besides the masked characters of a title: each is a token)
        c_start = None
        lowered = [w.group().lower() for w in words[:5]]
        claim = claim_start(lowered)
        if claim is not None and lemma not in REJECTING:
            continue  # "commented on reports that ...": the clause is the reports', not the speaker's
        if claim is not None:    # "rejected claims that ...": the speech act's content is the claims' NP
            c_start = end + words[claim].start()
        fronted = fronted_as(masked, lo, start)
        if fronted and clausal and masked[fronted.end():fronted.end() + 3].strip()[:1] not in MASK + ",":
            c_start = fronted.end()   # "As the senator said on Tuesday, the bill will not pass"
        # "said (on Friday) that", and after a longer adverbial ("says at a campaign stop in Toledo,
        # Ohio, that") or an aside set off by commas or dashes ("said, with the benefit of
        # hindsight, that", "said — on Twitter, as it happens — that"; "on NBC's "Meet the Press" that")
        adverbial = bool(lowered) and lowered[0] in PREPOSITIONS | TIME_WORDS | ASIDE_OPENERS
        # an infinitive's "that" is its object's ("vowed to repeal the amendment, a provision that
        # bars ...", "threatened to veto the bill that allows ..."), not the speech act's
        infinitive = lowered[:1] == ["to"] and lemma in OBJECT_CONTENT and len(words) > 1 and \
            bare_verb(words[1].group())
        long_setting = adverbial and lowered[0] != "to"   # (not "pledged to push for ... that")
        shown = [k for k, w in enumerate(words) if w.group() != MASK][:20 if long_setting else 13]
        for k, w in ((k, words[k]) for k in (shown if clausal and c_start is None and not infinitive else [])):
            if lowered[0] in ASIDE_OPENERS and k > 1 and words[k - 1].group() != lowered[0]:
                continue   # (an aside's "that" only right after the aside closes)
            if k > 13 and verb_hits_in(art, end + 1, end + w.start()) or w.group().lower() == "that" \
                    and second_predicate(art, after, words, k, end, form):
                break   # (a long setting holds no speech act of its own: "responded Friday,
                # saying ..., and that", "proposing to ..., siding with critics that"; nor is
                # the "that" after a second predicate this verb's)
            if w.group().lower() == "that" and (MASK not in after[:w.start()] or adverbial and
                                                TITLE_ONLY.fullmatch(after, 0, w.start())):
                # (an addressee may be long: "told delegates at the convention in Cleveland that")
                # (not a second "that" after "but"/"and": "telling outlets X fled but that Y": the
                # clause opened before it)
                if (k <= 5 or adverbial or lemma in _ADDRESSED or words_outside_asides(after[:w.start()]) <= 3) \
                        and not relative_that(after, words, k) \
                        and not (k and words[k - 1].group().lower() in ("but", "and", "or")):
                    c_start = end + w.end()
                    if verb_after_that(after, words, k):   # "said that was ...": its subject; "points
                        # out a bill that made ...": the object and its relative; "rules that could": none
                        c_start = end + w.start() if k == 0 else end + words[0].start() \
                            if (lemma in OBJECT_OFTEN or lemma in PLAIN_OBJECT) and \
                            lowered[0] not in PREPOSITIONS else None   # (not "a state with a history that")
                break
        if c_start is None and clausal and lowered and (
                lowered[0] in FINITE_AUX or bare_gap(form, words[0].group(), masked, lo, start)) and (
                _RELATIVE_BEFORE.search(masked, max(lo, start - 50), start)
                or form.split()[0].lower() in _GAP_FORMS or form.endswith("ed")) and \
                not _FREE_SUBJECT.search(masked[lo:start]):
            # "which critics said was discriminatory"; a verb right before an auxiliary has a
            # gap for its subject without a relative word too: "what she said is growing demand",
            # "a probe the agency said was ongoing" (Quirk et al. 1985, contact clauses)
            c_start = end + words[0].start()
        if c_start is None and clausal and (lemma in ZERO_THAT or lemma in OBJECT_OFTEN) and words \
                and claim is None:
            k = 0
            if lemma == "tell":  # an addressee first: "told him", "telling U.S. media outlets"
                k = 1
                while k < len(words) and k <= 3 and words[0].group()[:1].isupper() and \
                        words[k].group()[:1].isupper() and bare(words[k]) not in PRONOUNS:
                    k += 1   # "told Fox News the campaign ...": a named addressee, then the clause
                k, timed = past_time_adjunct(after, words, k)   # ("told Fox News last week she")
                if not timed:   # ("told The Star-Ledger of Newark she", "told CNN in an interview he")
                    k, timed = past_addressee_setting(after, words, k)
                if not (k < len(words) and words[0].group()[:1].isupper() and
                        bare(words[k]) in CLAUSE_OPENERS):   # ("told POLITICO he'll")
                    k, timed = 1, False
                    while k < len(words) and k <= 3 and not words[k].group()[:1].isupper() \
                            and bare(words[k]) not in PRONOUNS:   # ("told me he's had")
                        if k == 1 and (setting := past_addressee_setting(after, words, k))[1]:
                            k, timed = setting   # "told reporters at the Capitol the bill is dead"
                            break
                        if k in (1, 2) and words[k].group().lower() in _DET_OPENERS and \
                                words[k - 1].group().lower() not in ("and", "or") and \
                                has_finite_verb(words[k:k + 7]):   # (not "told him and his aides to")
                            break   # "told reporters the plan was dead", "told the court the case"
                        k += 1
                k = None if k >= len(words) or k > 3 and not timed or clause_of_time_between(words, k) \
                    else addressee_end(words, k)
            else:   # "says tonight he's closer", "said Monday the army": skip the adverb
                k = zero_that_start(after, words)
                if k == 1 and _WHAT_BEFORE.search(masked, max(lo, start - 40), start):
                    k = None   # "what his supporters have long said: He is ...": the free relative's
            if k is not None and k < len(words):
                w = words[k].group()
                gap = after[words[k - 1].end() if k else 0:words[k].start()]
                ok = (w.lower().replace("’", "'") not in NOT_CLAUSE_START - {"it's"}
                      or QUANTITY_START.match(after, words[k].start())
                      or DEMONSTRATIVE_SUBJECT.match(after, words[k].start())
                      or NEGATIVE_SUBJECT.match(after, words[k].start())
                      or CONCESSIVE_START.match(after, words[k].start())) \
                    and not _PUNCT_OR_MASK.search(gap) \
                    and w[0] not in MASK + "(—–-" and (k == 0 or w[:1].isupper()
                                                        or re.split("['’]", w.lower())[0] in PRONOUNS
                                                        or w.lower() in DETERMINERS)
                nxt = words[k + 1].group().lower() if k + 1 < len(words) else ""
                at = end + words[k].start()
                medium = [r for r in refs_starting_in(art, at, at + 1) if
                          r.kind in ("actor", "name") and (
                              (r.kind == "actor" and record(art, r.actor_id)["type"] == "media")
                              or _CLOSED_OFF.match(masked[r.end:r.end + 3]))]
                if medium and subject_right_before(art, lo, start):
                    medium = []   # "Smith said Trump, despite his wealth, is ...": the subject
                    # came before the verb, so the name after it opens the clause
                if ok and not medium and nxt not in ("when", "while", "as", "after") and \
                        clause_follows(lemma, form, words[k:]):
                    if not (k == 0 and _PUNCT.match(after.lstrip()[:1] or ".")):
                        c_start = end + words[k].start()
        c_end, by_object = clause_hi, False
        if short := pro_form(masked, lemma, end, clause_hi, c_start):   # "46 percent said yes"
            c_start, c_end = short
        if c_start is None and post is None:   # a post-posed attribution owns the whole clause
            c_start = object_content(masked, lemma, start, end, clause_hi)
            by_object = c_start is not None
            if c_start is not None:   # an object ends at a clause break or the next speech act
                c_end = object_end(art, c_start, clause_hi, form)
        if c_start is None or after_quote and not short and (by_object or c_start not in (
                end + words[0].start(), end + words[0].end()) or lowered[0] in PREPOSITIONS
                or lowered[0].endswith("ly") or not finite_verb(words[:7], loose=lowered[0] in SUBJECT_PRONOUNS)):
            continue   # (not '"...," he said outside the building', '..., he said 30 minutes into')
        split = missed_split(masked, c_start, c_end)   # a sentence break the splitter missed: a later
        c_end = split or c_end   # speech act may follow it (see "done" below)
        if not by_object:   # the clause ends where the reporter's own words take over
            # a speech act's own participle or conjunct ("..., describing the rebellion as ...",
            # "... and called on ...") stays in its content (gold/README.md: one statement)
            hits_in = verb_hits_in(art, c_start, c_end)
            speech_at = {h[0]: h[4] for h in hits_in}   # start -> takes a clause
            # a participle taking its own clause (", noting that ...", ", saying ...") is a
            # statement of its own; one told by its object (", describing X as ...") is not
            seen = shown_commas(art, c_start, c_end, 2)   # ('"a disgrace," part of ...')
            cut = reporter_comment(seen, masked, c_start, c_end, speech_at, cls == "evidence")
            c_end = cut.start() if cut else c_end
            but = but_predicate(seen, c_start, c_end, art.verbs)
            if but is not None:
                c_end, cut = but, True
            new = next(new_clauses(seen, c_start, c_end), None)   # ", and the ACLU has sued"
            if new is not None:
                c_end, cut = new.start(), new
            dashes = list(DASH.finditer(masked, c_start, c_end))
            if len(dashes) == 1 and dashes[0].start() > c_start and \
                    not EXAMPLES_DASH.match(masked, dashes[0].start()) and \
                    not dash_goes_on(masked, c_start, dashes[0].start()):   # (not "— like ...")
                c_end, cut = dashes[0].start(), dashes[0]
            if (opens := quotation_opens(art, c_start, c_end)) < c_end:
                c_end, cut = opens, True   # ': "France is no longer France," he claimed'
            # "Barkley, who said he votes democratic, said one candidate he likes ...", "... and
            # said that ..." (a verb taking its own clause), "..., and three-quarters said ..."
            nxt = []
            for h in hits_in:
                if h[0] >= c_end or h[5].endswith("ing") or joined_in_content(masked, c_start, h, form):
                    continue   # (not "said he'd sit Putin down and tell him ...": the content's)
                if h[3] == "belief" and cls not in ("belief", "evidence") and h[5].lower() != h[2] and \
                        BARE_AND.search(masked, max(c_start, h[0] - 6), h[0]) and \
                        has_finite_verb(list(CLAUSE_TOKEN.finditer(masked, c_start, h[0]))):
                    continue   # "said she did not condone violence and hoped that ...": the
                    # clause's own subject's second predicate (the nearest subject takes it; not
                    # a bare form: "claimed X and believe me, ...")
                m = _COMMA_BEFORE.search(masked, max(0, h[0] - 8), h[0])
                if m and (h[4] or m.group().strip() == "," or same_form(form, h[5])) or (m := _NEW_SUBJECT.search(seen, max(c_start, h[0] - 60), h[0])) and \
                        seen[c_start:m.start()].strip() and not (h[3] == "belief" and m.group()[:1] == " "):   # "... and called on", "..., after half said so"
                    nxt.append(m.start())
                elif h[3] not in ("belief", "evidence") and \
                        (conj := pronoun_conjunct(masked, c_start, h[0])) is not None:
                    nxt.append(conj)   # "... and she accused Trump of ..."
                elif (splice := comma_splice(seen, c_start, h[0], h[1], h[5])) is not None:
                    nxt.append(splice)   # "..., even some allies questioned ..."
            # (not a fronted "As X reported," itself: its content is the main clause after it)
            sub = None if fronted and c_start == fronted.end() else \
                _SUBORDINATE.search(masked, lo, start)
            comma = _CLAUSE_COMMA.search(seen, c_start, c_end) if sub else None
            comma = comma.start() if comma else -1
            # a fronted or relative clause: the main clause resumes after its comma
            if comma > c_start and seen[comma + 1:comma + 3].strip()[:1] != MASK:
                nxt.append(comma)
            cut_short = bool(cut or nxt)
            if nxt:
                c_end = min(nxt)
        second = coordinated_predicate(masked, c_start, c_end, form, not by_object)   # "... and defended"
        if not by_object:   # "said she admires him and highlighted ...", "to brag that ... and to rail"
            second = min(second, speaker_predicate(masked, c_start, c_end, form),
                         infinitive_conjunct(masked, start, c_start, c_end))
        if second < c_end:
            c_end, cut_short = second, True
        c_end = past_closing(art, c_end)   # (a cut at a comma shown inside a closing mark)
        s, e = trim(art.text, c_start, c_end)
        s2 = s
        while s2 < e and (masked[s2] in " ,;:" or art.text[s2].isspace()):
            s2 += 1
        lone_wh = masked[s2:e].strip(" .!?;").lower() in LONE_QUESTIONS
        # (a quotation inside counts as one word: 'said Russia was "not interfering."')
        if s2 >= e or masked[s2] == MASK or n_words((art.text if by_object else masked)[s:e]) + (
                not by_object and MASK in masked[s:e]) < (2 if by_object else 3) and \
                not ((by_object or lone_wh) and lone_object(masked[s2:e], lemma) and
                     not (lone_wh and masked[e:e + 1] == ":")) and not short and \
                not (MASK not in masked[s:e] and relative_gap_start(masked, lo, s2, start) < s2 == c_start):
            continue   # ("did not say when."; a relative's gap: "which it had said was unacceptable")
        e = e - 1 if art.text[e - 1] == ")" and "(" not in art.text[s:e] else e   # "(As X said, ...)"
        e = e - 1 if art.text[e - 1] in ".!?" and MASK not in masked[e - 1:e] else e
        fr = share_frame(art, hit, lo, frame_for_verb(art, hit, lo)) or aside_frame(art, hit, lo) \
            or (first_person_frame(art, lo, start, lemma, cls) if cls not in ("belief", "evidence")
                else None) or (None if by_object else unnamed_frame(art, lo, hit, s2, prev))
        if fr is None or after_quote and (fr.ref is None or fr.ref.start > start) or \
                post and post[0] < hi - 1 and nesting_frame(art, post[1]) and \
                fr.speaker.actor_id != post[1].speaker.actor_id:
            continue   # nested: "Lavrov told Pompeo that ..., the ministry said": the row of the
            # post-posed frame holds the whole clause (gold/README.md)
        fr = with_conjuncts(art, lo, start, fr) if cls == "belief" else \
            evidence_holder(art, lo, start, fr) if cls == "evidence" else fr   # "X and Y believe"
        if post and not fr.via and (is_medium(art, post[1].speaker, post[1].ref)
                                    or post[1].verb == "according to"):
            fr.via = post[1].speaker.name
        leading = [(a, b, f) for a, b, f in acc if opens_sentence(masked, lo, a) and b <= start]
        if leading:
            a, b, lead = leading[-1]
            subj_first = fr.ref is not None and len(CLAUSE_TOKEN.findall(
                masked[b:fr.ref.start].replace(MASK, " "))) <= 2
            if subj_first:  # "According to X, Y said that ...": X relays Y
                if not fr.via and lead.speaker.actor_id != fr.speaker.actor_id:
                    fr.via = lead.speaker.name
            else:  # the reported frame is buried in X's account: X's whole clause counts too
                ls, le = trim(art.text, b, hi)
                while ls < le and art.text[ls] in ",; ":
                    ls += 1
                le = le - 1 if le > ls and art.text[le - 1] in ".!?" else le
                out.append((ls, le, lead))
                if not fr.via:
                    fr.via = lead.speaker.name
        out.append((s2, e, fr))
        # (a mid-sentence aside owns the sentence over a belief: "What got ..., she said, was ... thought")
        found = found or fr.verb_class not in ("belief", "evidence") or post is None or post[0] < hi - 1
        clause_hi = min(clause_hi, hi)
        if by_object or cut_short or short or split:
            done = e   # a content ended early: a later speech act may follow (", adding that")
            continue
        break  # one reported clause per verb frame; nested frames stay inside it
    # a post-posed attribution owns the whole clause (mid-sentence: also over a belief, see above)
    if post is not None and not found:
        c_lo = post_lo
        lead = [(a, b, f) for a, b, f in acc if opens_sentence(masked, lo, a)]
        if lead:
            c_lo = lead[0][1]
        c_hi = post[0]
        if c_hi >= hi - 1 and post[1].verb_pos > c_lo + 2 and post[1].ref is not None:
            aside = masked.find(",", max(post[1].verb_pos, post[1].ref.end), hi)
            c_hi = after_aside_end(art, aside + 1, hi) if aside > 0 else c_hi
            mid = MID_FRAME_END.search(masked, aside + 1, c_hi) if aside > 0 and \
                post[1].verb_class in ("belief", "evidence") else None
            c_hi = mid.start() if mid else c_hi   # "X, they believe, will Y, since ...": a belief
            # keeps the clause it interrupts (a speaker's words run on)
            frame_at = masked.rfind(",", c_lo, min(post[1].verb_pos, post[1].ref.start))
            if aside > 0 and frame_at > c_lo:   # "..., he said, on condition of anonymity"
                c_lo, end = setting_around_aside(masked, c_lo, frame_at, aside + 1, hi)
                c_hi = c_hi if end is None else end
        s, e = trim(art.text, c_lo, c_hi)
        while s < e and art.text[s] in ",; ":
            s += 1
        if s < e and masked[s] != MASK and n_words(masked[s:e]) >= 3 and \
                all((s2, e2) != (s, e) for s2, e2, _ in out) and not setting_only(masked, s, e) and (
                    post[1].verb == "according to" or not named_apposition(masked, s, e)):
            out.append((s, e, post[1]))   # (not a subject: "Roffman, an analyst, recalled calls")
    elif not found:
        for a, b, fr in acc:
            if opens_sentence(masked, lo, a):
                s, e = trim(art.text, b, hi)
                while s < e and art.text[s] in ",; ":
                    s += 1
                e = e - 1 if e > s and art.text[e - 1] in ".!?" else e
                if s < e and masked[s] != MASK and n_words(masked[s:e]) >= 3:
                    out.append((s, e, fr))
    out += names_given(art, lo, hi, [(s, e) for s, e, _ in out])
    out += asked_rows(art, lo, hi, [(s, e) for s, e, _ in out]) + pro_form_according(masked, lo, acc) \
        + reported_by(art, lo, hi) + told_rows(art, lo, hi, [(s, e) for s, e, _ in out])
    out += fronted_rows(art, lo, hi, [(s, e) for s, e, _ in out])
    out += semicolon_tail(art, lo, hi, [(s, e) for s, e, _ in out])
    if not out and (post is None or post[0] < hi - 2):   # no row from the shapes above:
        # "Fundraising, according to the campaign, has surged"
        out = [(*m, f) for a, b, f in acc[:1] if not opens_sentence(masked, lo, a) and
               (m := mid_according(art, lo, hi, a, b))]
    return [(s, circumstance_end(masked, s, e), fr) for s, e, fr in out]
