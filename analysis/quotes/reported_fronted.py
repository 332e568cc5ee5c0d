"""Reported clauses whose speech act stands before the main clause or inside it as an adverb,
where the verb has no subject of its own for :mod:`.attribution` to find:

- a fronted passive "as" clause: ``As reported by Reuters, the talks collapsed.``, ``As first
  reported by the Guardian, ...``: the main clause after the comma is what was reported, and
  the "by" phrase says by whom;
- a fronted participle: ``Noting that turnout fell, the mayor said ...``, ``While saying he
  respects her, Sanders continued ...``, ``After warning that prices would rise, the bank ...``:
  the participle's clause is a statement of the main clause's subject (Quirk et al. 1985, 15.58
  on the implied subject of a fronted participle);
- a fronted adverbial gerund of any speech verb with its object, topic or clause: ``After
  blasting the report for ..., Beck doubled down``, ``In describing the plan as ..., the critics
  ...``, ``One month after announcing his support for X, Rubio ...``: its words up to the comma,
  the main clause's subject as speaker, also after "despite" and after a setting that opens the
  sentence ("Sunday, on CNN's ..., while commenting on ...") (PolNeAR train: speech contents
  +10, one row added without gold; not "without ...": an act not done);
- a question a causative verb leaves to its object: ``..., leaving some to question whether
  ...``, ``leading investigators to question whether ...``, ``has caused many to wonder if ...``:
  the "whether"/"if" clause, the object as speaker (PolNeAR train: speech contents +2, all
  contents +4, no row added without gold);
- the sentence adverb ``reportedly`` (``The FBI is reportedly planning to ...``, ``Reportedly,
  he made ...``) and the passives ``X is said to ...``, ``X were reported to ...``, ``it was
  reported that ...``: the clause is reported speech from a source the text does not name; the
  speaker stays empty (never guessed) and the verb is "report" or "say";
- "according to X" set off by commas inside a clause that runs on through it (``Fundraising,
  according to the campaign, has surged``; :func:`mid_according`), when no other shape gave the
  sentence a row: the whole sentence (PolNeAR train: 8 of 9 new rows matched).

Why: each is a common wire and newspaper shape (AP, Reuters, BBC) and each left the clause
unattributed, its verb having no subject before it. Rows are added only where no other rule
already gave one.
"""
from __future__ import annotations

import re
from itertools import islice

from ..text import CLAUSE_TOKEN
from .antecedents import Speaker
from .article import refs_starting_in, verb_hits_in
from .attribution import Frame
from .coreference import resolve
from .marks import MASK, trim
from .objects import CONTENT_AFTER_OBJECT, OBJECT_CONTENT, PLAIN_OBJECT, TOPIC_AFTER
from .reported_limits import finite_verb
from .subjects import bare_subject
from .verbs import verb_class

_DISCOURSE = r"(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o|[Aa]lso|[Ii]ndeed|[Mm]eanwhile|[Nn]ow)\s*,?\s+)?"
_REPORTING = (r"(?P<verb>reported|noted|stated|announced|revealed|disclosed|confirmed|"
              r"described|documented|detailed)")
# "As (first|previously|was) reported by X, ..." opening the sentence
_AS_BY = re.compile(_DISCOURSE + r"[Aa]s\s+(?:(?:was|has\s+been|first|previously|originally|"
                    r"earlier|widely|already|exclusively)\s+){0,2}" + _REPORTING +
                    r"\s+(?:\w+\s+)?by\s+(?P<by>[^,;\x00]{2,80}?)\s*,\s+")
_LEMMA = {"reported": "report", "noted": "note", "stated": "state", "announced": "announce",
          "revealed": "reveal", "disclosed": "disclose", "confirmed": "confirm",
          "described": "describe", "documented": "document", "detailed": "detail"}
# A fronted participle of a speech verb taking a clause: "Noting (that) ...", "While saying ..."
# (also after "In addition to" and a perfect "Having": "Having announced that he would not ...,
# the judge ...", "In addition to stating that ...", "Since announcing in October that ...";
# PolNeAR train: 3 contents found, no row added without gold)
_PARTICIPLE = re.compile(_DISCOURSE + r"(?:(?:[Ww]hile|[Aa]fter|[Bb]efore|[Ii]n(?:\s+addition\s+to)?|[Bb]y|"
                         r"[Ss]ince|[Hh]aving)\s+)?"
                         r"(?P<verb>[Nn]oting|[Ss]aying|[Aa]rguing|[Ii]nsisting|[Ww]arning|[Dd]eclaring|"
                         r"[Pp]romising|[Aa]cknowledging|[Cc]laiming|[Ss]uggesting|[Ss]tressing|"
                         r"[Aa]sserting|[Cc]omplaining|[Pp]redicting|[Aa]dmitting|[Cc]onceding|"
                         r"[Ss]tating|[Aa]nnouncing|(?<=[Hh]aving\s)(?:said|announced|stated|declared|noted|"
                         r"argued|insisted|warned|acknowledged|claimed|admitted|conceded))"
                         r"\s+(?:(?:on|last|this|in)\s+\w+\s+)?(?:that\s+)?")
_PARTICIPLE_LEMMA = {"noting": "note", "saying": "say", "arguing": "argue", "insisting": "insist",
                     "warning": "warn", "declaring": "declare", "promising": "promise",
                     "acknowledging": "acknowledge", "claiming": "claim", "suggesting": "suggest",
                     "stressing": "stress", "asserting": "assert", "complaining": "complain",
                     "predicting": "predict", "admitting": "admit", "conceding": "concede",
                     "stating": "state", "announcing": "announce"}
_PARTICIPLE_LEMMA.update({"said": "say", "announced": "announce", "stated": "state", "declared": "declare",
                          "noted": "note", "argued": "argue", "insisted": "insist", "warned": "warn",
                          "acknowledged": "acknowledge", "claimed": "claim", "admitted": "admit",
                          "conceded": "concede"})
# A source left unnamed: "reportedly", "is said to", "were reported to" inside the clause
_REPORTEDLY = re.compile(r"\b[Rr]eportedly\b|\b(?:is|are|was|were|been)\s+(?:widely\s+|also\s+|long\s+)?"
                         r"(?P<v>said|reported)\s+to\s+(?=[a-z])")
# "It was reported that ...", "it's been widely reported that ...": the clause after "that"
_IT_REPORTED = re.compile(r"\b[Ii]t(?:['’]s|\s+(?:is|was|has|had|have))\s+(?:been\s+)?(?:(?:widely|previously|"
                          r"also|long|first|often)\s+)?(?P<v>reported|said|announced|claimed|noted|argued|"
                          r"suggested|stated|confirmed)\s+that\s+")
_IT_LEMMA = {"reported": "report", "said": "say", "announced": "announce", "claimed": "claim",
             "noted": "note", "argued": "argue", "suggested": "suggest", "stated": "state",
             "confirmed": "confirm"}
# Where a clause with "reportedly" gives way to the reporter: a semicolon, a non-restrictive
# relative or contrast, a new clause or a subordinate clause with its own subject
_REPORTEDLY_END = re.compile(r"[;)]|\s+https?:|,\s+(?:which|who|while|whereas|but|and|according)\b|"
                             r",\s+(?:even\s+)?(?:as|because|after|before|when|since)\b|"
                             r"\s+(?:even\s+)?(?:as|while|because|after|before|when|since)\s+(?:it|he|she|"
                             r"they|the|a|an|his|her|their|its)\b")
_CLAUSE_OPEN = re.compile(r"[,;:(]|\s[—–]\s")
_RELATIVE = re.compile(r"\s*(?:who|which|that)\b")


def _free(taken, s, e):
    return all(e <= a or s >= b for a, b in taken)


def _end_of(art, s, hi):
    """End of a content starting at ``s`` running to the sentence end ``hi``."""
    s2, e = trim(art.text, s, hi)
    while e > s2 and art.text[e - 1] in " .!?":
        e -= 1
    return s2, e


def _subject_after(art, comma, hi):
    """The main clause's subject right after the comma closing a fronted phrase, or None."""
    refs = [r for r in refs_starting_in(art, comma + 1, min(hi, comma + 4))
            if not r.possessive and not r.oblique]
    return refs[0] if refs else None


def fronted_rows(art, lo, hi, taken):
    """Rows (start, end, Frame) of the three shapes above in the sentence [lo, hi), outside the
    spans ``taken`` already reported there."""
    masked, out = art.masked, []
    if (m := _AS_BY.match(masked, lo, hi)) is not None:
        s, e = _end_of(art, m.end(), hi)
        refs = [r for r in refs_starting_in(art, m.start("by"), m.end("by")) if not r.possessive]
        if refs and MASK not in masked[s:s + 1] and len(CLAUSE_TOKEN.findall(masked, s, e)) >= 3 \
                and _free(taken, s, e):
            lemma = _LEMMA[m.group("verb")]
            out.append((s, e, Frame(resolve(art, refs[0]), lemma, verb_class(lemma, art.verbs), "",
                                    refs[0], m.start("verb"))))
    if (m := _PARTICIPLE.match(masked, lo, hi)) is not None and (m.group().rstrip().endswith(
            " that") or finite_verb(islice(CLAUSE_TOKEN.finditer(
                masked, m.end(), max(m.end(), masked.find(",", m.end(), hi))), 8))):
        comma = masked.find(",", m.end(), hi)
        while comma > 0 and _subject_after(art, comma, hi) is None:
            comma = masked.find(",", comma + 1, hi)
        if comma > 0:
            ref = _subject_after(art, comma, hi)
            s, e = trim(art.text, m.end(), comma)
            if MASK not in masked[s:e] and len(CLAUSE_TOKEN.findall(masked, s, e)) >= 3 and \
                    _free(taken, s, e):
                lemma = _PARTICIPLE_LEMMA[m.group("verb").lower()]
                out.append((s, e, Frame(resolve(art, ref), lemma, verb_class(lemma, art.verbs), "",
                                        ref, m.start("verb"))))
    if masked.find("ing ", lo, min(hi, lo + 160)) >= 0 and \
            (m := _GERUND.match(masked, lo, hi) or _gerund_after_setting(art, lo, hi)) is not None:
        out += _gerund_row(art, m, hi, taken + [(a, b) for a, b, _ in out])
    if (ask := _TO_ASK.search(masked, lo, hi)) is not None and \
            (m := _LED_TO_ASK.search(masked, max(lo, ask.start() - 60), ask.end())) is not None:
        out += _led_to_ask_row(art, m, hi, taken + [(a, b) for a, b, _ in out])
    # (plain searches first skip most sentences at C speed)
    it_said = masked.find("ed that ", lo, hi) >= 0 or masked.find("said that ", lo, hi) >= 0
    unnamed = masked.find("eportedly", lo, hi) >= 0 or masked.find("d to ", lo, hi) >= 0
    if it_said and (m := _IT_REPORTED.search(masked, lo, hi)) is not None:
        cut = _REPORTEDLY_END.search(masked, m.end(), hi)
        s, e = _end_of(art, m.end(), cut.start() if cut else hi)
        lemma = _IT_LEMMA[m.group("v")]
        if MASK not in masked[s:e] and len(CLAUSE_TOKEN.findall(masked, s, e)) >= 3 and \
                _free(taken, s, e):
            out.append((s, e, Frame(Speaker(), lemma, verb_class(lemma, art.verbs), "", None,
                                    m.start("v"))))
    elif unnamed and (r := _REPORTEDLY.search(masked, lo, hi)) is not None:
        opens = [m.end() for m in _CLAUSE_OPEN.finditer(masked, lo, r.start())]
        start = opens[-1] if opens else lo
        if masked[start:r.start()].strip() == "":        # "Reportedly, he made ..."
            start = r.end() + 1 if masked[r.end():r.end() + 1] == "," else r.end()
        cut = _REPORTEDLY_END.search(masked, r.end(), hi)
        end = cut.start() if cut else hi
        if _RELATIVE.match(masked, start):   # ", who reportedly has been ..., ": the relative only
            comma = masked.find(",", r.end(), end)
            end = comma if comma > 0 else end
        s, e = _end_of(art, start, end)
        if MASK not in masked[s:e] and len(CLAUSE_TOKEN.findall(masked, s, e)) >= 3 and \
                _free(taken + [(a, b) for a, b, _ in out], s, e):
            lemma = "say" if r.group("v") == "said" else "report"
            out.append((s, e, Frame(Speaker(), lemma, verb_class(lemma, art.verbs), "", None,
                                    r.start())))
    return out


# A fronted adverbial gerund of any speech verb, its object or clause up to the comma closing
# it: "After blasting the report for ..., Beck doubled down", "In describing the plan as ...,
# the journalists miss", "One month after announcing his support for X, Rubio still ..."
_GERUND = re.compile(_DISCOURSE + r"(?i:(?:(?:just|only|even|shortly|soon|long)\s+)?(?:(?:(?:one|two|three|several|a|"
                     r"the|\d+)\s+|(?:in|within)\s+the\s+(?:[\w-]+\s+){0,2})?(?:days?|weeks?|months?|years?|hours?)\s+)?"
                     r"(?:after|before|since|while|when|in|by|upon|despite|in\s+addition\s+to))\s+(?:[a-z]+ly\s+)?(?=[a-z]+ing\b)")


def _gerund_after_setting(art, lo, hi):
    """The :data:`_GERUND` match after a setting that opens the sentence ("Sunday, on CNN's
    "State of the Union," while commenting on ..."): the text before it holds no verb; or None."""
    masked, end = art.masked, min(hi, lo + 120)
    for mark in (", ", MASK + " "):   # (the comma of a title in marks is masked)
        at = masked.find(mark, lo, end)
        while at >= 0:
            if masked.startswith(_SETTING_PREPOSITIONS, at + 2) and (m := _GERUND.match(masked, at + 2, hi)):
                return None if verb_hits_in(art, lo, at) or finite_verb(CLAUSE_TOKEN.finditer(masked, lo, at)) \
                    else m
            at = masked.find(mark, at + 1, end)
    return None


def _gerund_row(art, m, hi, taken):
    """[(start, end, Frame)] of the fronted gerund matched by :data:`_GERUND`, or []."""
    masked = art.masked
    hits = [h for h in verb_hits_in(art, m.end(), m.end() + 1) if h[0] == m.end()]
    if not hits or hits[0][3] in ("belief", "evidence"):
        return []
    start, end, lemma, _, clausal, _ = hits[0]
    prep = _PREPOSITION.match(masked, end)
    if prep and prep.group(1) in TOPIC_AFTER.get(lemma, ()):   # "while commenting on ...": the topic
        end = prep.end()
    elif not (clausal or lemma in OBJECT_CONTENT or lemma in PLAIN_OBJECT or lemma in CONTENT_AFTER_OBJECT):
        return []
    comma = masked.find(",", end, hi)
    ref = _subject_after(art, comma, hi) or _titled_subject(art, comma, hi) if comma > 0 else None
    if ref is None:
        return []
    that = _ADDRESSEE_THAT.match(masked, end, comma) if clausal else None   # ("telling reporters that")
    c = that.end() if that else end
    s, e = trim(art.text, c, comma)
    if MASK in masked[s:e] or not _free(taken, s, e):
        return []
    return [(s, e, Frame(resolve(art, ref), lemma, verb_class(lemma, art.verbs), "", ref, start))]


_ADDRESSEE_THAT = re.compile(r"(?:\s+[\w’'.-]+){0,4}?\s+that(?=\s)")
_SETTING_PREPOSITIONS = ("after ", "before ", "since ", "while ", "when ", "in ", "by ", "upon ", "despite ")
_PREPOSITION = re.compile(r"\s+(on|about|of|to|with|against|for)(?=\s)")
_TITLE_WORDS = re.compile(r"\s+(?:[A-Z][\w.]*\s+){1,3}")


def _titled_subject(art, comma, hi):
    """The main clause's subject after a title ("..., Governor Mary Fallin said"), or None."""
    t = _TITLE_WORDS.match(art.masked, comma + 1, hi)
    refs = [r for r in refs_starting_in(art, comma + 2, t.end() + 1) if r.start <= t.end()] if t else []
    return refs[0] if refs and not refs[0].possessive and not refs[0].oblique else None


# A question left to others by a causative verb: "..., leaving some to question whether ...",
# "leading law enforcement authorities to question whether ...", "has caused many to wonder if
# ...": the infinitive's subject is the causative verb's object (Quirk et al. 1985, 16.52)
_LED_TO_ASK = re.compile(r"\b(?:lead|leads|leading|led|leave|leaves|leaving|left|prompt|prompts|prompting|"
                         r"prompted|cause|causes|causing|caused)\s+(?P<who>(?:[\w’'-]+\s+){1,4}?)to\s+"
                         r"(?P<verb>question|wonder|ask)\s+(?=(?:whether|if)\s)")
_TO_ASK = re.compile(r"to (?:question|wonder|ask) (?:whether|if) ")   # (found first, at C speed)
_QUESTION_END = re.compile(r"\s*(?:;|\(|\s[—–]\s|\s--\s)")


def _led_to_ask_row(art, m, hi, taken):
    """[(start, end, Frame)] of the question a causative verb leaves to its object, or []."""
    who = bare_subject(art, m.start("who"), m.end("who") - 1)
    if who is None or who.end != m.end("who") - 1:
        return []
    cut = _QUESTION_END.search(art.masked, m.end(), hi)
    s, e = _end_of(art, m.end(), cut.start() if cut else hi)
    if MASK in art.masked[s:e] or len(CLAUSE_TOKEN.findall(art.masked, s, e)) < 3 or not _free(taken, s, e):
        return []
    lemma = m.group("verb")
    return [(s, e, Frame(resolve(art, who), lemma, verb_class(lemma, art.verbs), "", who, m.start("verb")))]


# What may follow a mid-sentence "according to X," when the sentence's clause runs on through it:
# its verb ("has surged"), its subject (a capital, a determiner, a number, a pronoun) or a
# conjunction opening more of X's account ("although ..."); not a relative, a participle or a
# noun describing X ("director of ...": the phrase had not ended)
_RUNS_ON = re.compile(r"\s+(?:[A-Z0-9$]|(?:the|a|an|his|her|their|its|this|these|those|some|many|most|"
                      r"he|she|they|it|we|there|is|are|was|were|has|have|had|will|would|could|can|"
                      r"may|might|should|must|remains?|remained|although|though|but)\b)")


def mid_according(art, lo, hi, a, b):
    """The content of "according to X" set off by commas inside the sentence [lo, hi) (the phrase
    from ``a`` to ``b``): the whole sentence, aside included, when its clause runs on through the
    phrase ("Fundraising, according to the campaign, has surged", "About 10 p.m., according to a
    timeline, the contractors left"; PolNeAR codes the two pieces around it); else None."""
    masked = art.masked
    if masked[max(lo, a - 2):a] != ", " or masked[b:b + 1] != "," or "(" in masked[a:b] or \
            ")" in masked[a:b] or not _RUNS_ON.match(masked, b + 1):
        return None
    s, e = trim(art.text, lo, hi)
    e = e - 1 if e > s and art.text[e - 1] in ".!?" else e
    if s >= e or masked[s] == MASK or len(CLAUSE_TOKEN.findall(masked, s, a)) < 1 or \
            len(CLAUSE_TOKEN.findall(masked, b, e)) < 3:
        return None
    return s, e
