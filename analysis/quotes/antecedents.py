"""Antecedents: which referents a pronoun may take (agreement), and in what order a sentence
offers them (used by :mod:`.coreference`, whose docstring states the rules and where they fail).

Agreement: kind (person/body), number and gender from the codebook record, else from what the
text says of a name (:mod:`.names`, :mod:`.descriptions`). Order within a sentence: the subject
first, a fronted phrase's names last, the reporter of a post-posed attribution before what it
reports; two people joined by "and" as the subject make one plural referent of "they". No
he/she: a name of demonyms or their plurals ("Mexican", "Hispanics"), a name the article writes
"the X," (``art.not_persons``). An "it" takes a document that opens its sentence as subject
(:func:`document_subject`).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..codebooks import load_countries, load_given_names
from .article import FRONTED, record, refs_starting_in, sentence_no, verb_hits_in
from .descriptions import DESCRIPTION_PREFIX
from .fronted_clauses import first_comma
from .marks import MASK
from .mentions import Ref
from .names import Entity
from .words import DOCUMENT_WORDS, PREPOSITIONS


@dataclass
class Speaker:
    """Who speaks: a display name, the codebook id ("" if not in the codebook), the words that
    named them in this sentence."""
    name: str = ""
    actor_id: str = ""
    mention: str = ""
    named: bool = False  # a personal name missing from the codebook ("John Smith")
    referent: str = ""   # a description's or group's id: who "they" stands for, with no id written

    def __bool__(self):   # an unresolved pronoun is a speaker with no name: "he" said it
        return bool(self.name or self.mention)


def display_name(art, actor_id, default=""):
    """The fullest name of a codebook actor or of a name the article gives."""
    if actor_id in art.index.names:
        return art.index.names[actor_id]
    ent = art.entities.get(actor_id)
    return ent.name if ent is not None else default


def actor_speaker(art, actor_id, mention):
    if actor_id.startswith(DESCRIPTION_PREFIX):   # "a woman": her own words, no id
        return Speaker(display_name(art, actor_id, mention), "", mention, referent=actor_id)
    return Speaker(display_name(art, actor_id, mention), actor_id, mention,
                   named=actor_id in art.entities)


def demonyms_only(name: str) -> bool:
    """Is ``name`` made of demonyms only ("Mexican" of "Former Mexican presidents", "African
    American"), or their plurals ("Hispanics", "Mexicans": a group, never one "he")? An
    adjective or group the name finder took for a name: nobody a he/she stands for."""
    countries = load_countries()
    return all(w.lower() in countries or w in _CONTINENT_ADJECTIVES or w[-1:] == "s" and (
        w[:-1].lower() in countries or w[:-1] in _CONTINENT_ADJECTIVES) for w in name.split())


_CONTINENT_ADJECTIVES = {"African", "Latin", "Asian", "Arab", "Hispanic", "Native"}


def entity_fits(ent, want):
    """Can a name the text gives be the antecedent of a pronoun (m, f: he, she; any: they; body:
    it) or of a person description? Gender only from honorifics; unknown type fits he/she."""
    if want in ("m", "f"):   # not "a reporter": an indefinite newcomer is rarely "he" later
        return ent.kind not in ("body", "place", "thing") and not ent.plural and \
            ent.gender != ("f" if want == "m" else "m") and not (
                ent.id.startswith(DESCRIPTION_PREFIX) and "definite" not in ent.roles) and \
            not demonyms_only(ent.name)
    if want == "person":
        return ent.kind == "person" or ent.kind == "unknown" and " " in ent.name
    if want == "body":
        return ent.kind == "body" and not ent.plural
    # they: a plural, or a body the text names ("the campaign" alone is no "they")
    return ent.plural or ent.kind == "body" and not ent.id.startswith(DESCRIPTION_PREFIX)


def compatible(art, actor_id, want):
    """Can ``actor_id`` be a ``want`` ("m", "f", "person", "body", ...): by its codebook record,
    else by what the text says of the name."""
    rec = record(art, actor_id)
    if rec is None:
        ent = art.entities.get(actor_id)
        return ent is not None and entity_fits(ent, want) and not (
            want in ("m", "f") and actor_id in art.not_persons)   # "the Scarborough Shoal"
    if want in ("m", "f"):
        gender = rec["gender"] or load_given_names().get(rec["name"].split()[0], "")
        return rec["type"] == "person" and gender != ("f" if want == "m" else "m")
    if want == "person":
        return rec["type"] == "person"
    if want == "body":
        return rec["type"] != "person"
    return True


_AND = re.compile(r"\s+and\s+|\s*,\s*(?:along|together)\s+with\s+")   # "A, along with B,"
_LIST_BEFORE = re.compile(r"\s*,\s*(?:[a-z]+\s+){0,2}")   # "A, (and) B and C"


def coordinated_group(art, a: Ref, b: Ref, before: Ref | None) -> str:
    """The id of the group two people joined by "and" (or ", along with") make as a sentence's
    subject ("Mr. Autor and Mr. Hanson argue", "Sen. Rubio and Sen. Cruz", "Ms. Epstein, along
    with Judge Posner, wrote ... In it, they conclude"), a plural person referent of "they" (Lee
    et al. 2013 treat a coordinated noun phrase as one plural mention), registered as an entity
    with no id written; "" when they are no such pair: not the end of a longer list ("victims
    such as Walter Scott, Eric Garner and Tamir Rice")."""
    if a.possessive or b.possessive or a.kind not in ("actor", "name") or \
            before is not None and _LIST_BEFORE.fullmatch(art.masked, before.end, a.start) or \
            b.kind not in ("actor", "name") or not _AND.fullmatch(art.masked, a.end, b.start) \
            or not (compatible(art, a.actor_id, "person") and
                    compatible(art, b.actor_id, "person")):
        return ""
    gid = DESCRIPTION_PREFIX + "group:" + str(a.start)
    if gid not in art.entities:
        names = display_name(art, a.actor_id, a.text) + " and " + display_name(art, b.actor_id,
                                                                             b.text)
        art.entities[gid] = Entity(names, gid, "person", plural=True, roles={"definite"})
    return gid


def fronted_end(art, lo, hi) -> int:
    """Where a sentence's fronted phrase or clause ends (its first comma outside quotations:
    "When Maddow pointed out ..., Clinton seized"); ``lo`` when it opens with none."""
    if not FRONTED.match(art.masked, lo, hi):
        return lo
    comma = first_comma(art, lo, hi)   # (also one closing a quotation: 'called it "...," Kent')
    return comma if comma >= 0 else lo


def history_split(art, lo, hi):
    """Attributed speakers at [lo, hi) (one sentence), in history order, in two lists: the
    speakers of the main clause, and those quoted inside a fronted clause ("When Maddow pointed
    out that Sanders calls it "Medicare for all," Clinton seized upon the reference. "...," she
    said": she is Clinton, the subject, not Maddow; PolNeAR train 3 rows so by reading, dev 2),
    which rank after the sentence's subject and other references. The history is written sentence by
    sentence, so a bisect finds the sentence's entries (linear, not quadratic)."""
    end = fronted_end(art, lo, hi)
    k = sentence_no(art, lo)
    by_sentence = lambda h: sentence_no(art, h[0])   # noqa: E731
    block = art.history[bisect_left(art.history, k, key=by_sentence):
                        bisect_right(art.history, k, key=by_sentence)]
    block = [(pos, sp) for pos, sp in block if lo <= pos < hi and (sp.actor_id or sp.named)]
    return [sp for pos, sp in block if pos >= end], [sp for pos, sp in block if pos < end]


def own_sentence_end(art, ref: Ref) -> int:
    """Where the pronoun's own sentence stops offering antecedents: at the pronoun, or, for a
    parenthetical or post-posed "..., he said," / "..., she said." after a comma, at the last
    quotation or reporting verb before it (the words between are what is reported, not who
    reports it: "Ms. Warren, she said, ''exposes him''" is Clinton's; "Cost estimates, he added,
    were ..."; "Mook acknowledged ... an outcome, he said, ..." is Mook's); the sentence start
    when neither precedes."""
    if ref.kind != "pronoun" or not _COMMA_BEFORE.search(art.masked, max(0, ref.start - 4),
                                                         ref.start):
        return ref.start
    m = _VERB_THEN_STOP.match(art.masked, ref.end)
    if m is None or not verb_hits_in(art, m.start(1), m.start(1) + 1):
        return ref.start
    lo = art.sentences[sentence_no(art, ref.start)][0]
    verbs = verb_hits_in(art, lo, ref.start)
    return max(art.masked.rfind(MASK, lo, ref.start), verbs[-1][0] if verbs else lo, lo)


def reports_before(art, pos, oblique) -> bool:
    """Is the reference at ``pos`` the subject of a post-posed reporting verb (", they argue.",
    ", Ms. Reyes said,")?"""
    if oblique or not _COMMA_BEFORE.search(art.masked, max(0, pos - 4), pos):
        return False
    ref = next((r for r in refs_starting_in(art, pos, pos + 1)), None)
    m = _VERB_THEN_STOP.match(art.masked, ref.end) if ref is not None else None
    return m is not None and bool(verb_hits_in(art, m.start(1), m.start(1) + 1))


_COMMA_BEFORE = re.compile(r",\s*$")
_VERB_THEN_STOP = re.compile(r"\s+(?:also\s+|later\s+)?([a-z]+)\s*(?:[,.:;]|" + MASK + ")")


#: A fronted phrase of company or likeness: its names are no antecedent of the pronoun its
#: sentence goes on with, and come after the subject ("Along with her husband, Milton Berg, a
#: money manager, she has given": she is not Milton Berg; "Like Sanders on the stage, he")
COMPANION = re.compile(r"\s*(?:Along\s+with|Together\s+with|Like|Unlike|Besides)\s")
_SUBJECT_AFTER = re.compile(r",\s+(?:he|she|they|it|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)\s+[a-z]")


def _phrase_end(art, lo, hi) -> int:
    """Where a fronted companion phrase ends: at the comma before the clause's subject and verb."""
    m = _SUBJECT_AFTER.search(art.masked, lo, hi)
    return m.start() if m else lo


def subject_first(art, lo, hi, found):
    """``found`` (candidates of one sentence) with the names of a fronted phrase after the rest
    ("Since announcing William Weld as his running mate, Johnson has risen": Johnson first), and
    the reporter of a post-posed attribution before what it reports ("The United States might
    have acted sooner, they argue.": they, not the United States)."""
    if not found:
        return found
    reporter = next((c for c in found if c[0] > lo and reports_before(art, c[0], c[3])), None)
    if reporter is not None:
        return [c for c in found if c[0] >= reporter[0]] + [c for c in found if c[0] < reporter[0]]
    if COMPANION.match(art.masked, lo):   # "Along with her husband, Milton Berg, ..., she": she
        inside = [c for c in found if c[0] < _phrase_end(art, lo, hi)]
        return [c for c in found if c not in inside] + inside
    comma = fronted_end(art, lo, hi)
    if comma == lo:
        return found
    return [c for c in found if c[0] > comma] + [c for c in found if c[0] < comma]


def unsure(art, actor_id) -> bool:
    """Is ``actor_id`` a name the text gives with nothing saying it is a person (no title,
    honorific, given name, role noun or earlier pronoun: "Art Deco", "Islamic State", "Fed")?
    Such a name is an antecedent of he/she only as its sentence's subject (PolNeAR train: 6
    fewer wrong speakers than allowing names of two words or more anywhere)."""
    ent = art.entities.get(actor_id) if record(art, actor_id) is None else None
    return ent is not None and ent.kind == "unknown"


def gendered_rival(art, ref: Ref, want: str, chosen: str) -> bool:
    """Does the pronoun's sentence, before it, name another person known to be ``want`` ("Neera
    Tanden asked Eric Holder whether he had thoughts")? Then the pronoun teaches its gender to
    nobody: it may be that person's."""
    lo = art.sentences[sentence_no(art, ref.start)][0]
    return any(r.actor_id and r.actor_id != chosen and r.kind in ("actor", "name") and
               known_gender(art, r.actor_id) == want for r in refs_starting_in(art, lo, ref.start))


def known_gender(art, actor_id) -> str:
    rec = record(art, actor_id)
    if rec is not None:
        return rec["gender"] if rec["type"] == "person" else ""
    ent = art.entities.get(actor_id)
    return ent.gender if ent is not None else ""


_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|The|A|An)|[’']s)\s+$")
_DETERMINER_FIRST = re.compile(r"(?:the|a|an|The|A|An)\s")   # "The Beijing Daily" as named
_LOWER_WORD_AFTER = re.compile(r"\s+([a-z][a-z-]+)\b")
_NOT_NOUNS = {"and", "or", "but", "who", "whom", "whose", "which", "that", "has", "had", "have",
              "is", "was", "were", "are", "will", "would", "could", "can", "may", "might",
              "should", "did", "does", "do", "also", "then", "now", "himself", "herself"}


def noun_modifier(art, ref: Ref) -> bool:
    """Is the name at ``ref`` a modifier of the noun after it, inside a phrase a determiner or a
    possessive opens ("last night's Fox Business debate", "a Clinton aide", "the Trump
    campaign", "The Beijing Daily editorial")? Such a name is no antecedent of a pronoun (the
    phrase's head noun is). A verb, an -ed form or a function word after it leaves it a name."""
    if ref.kind not in ("actor", "name") or not (_DETERMINER_BEFORE.search(
            art.masked, max(0, ref.start - 8), ref.start) or _DETERMINER_FIRST.match(ref.text)):
        return False
    m = _LOWER_WORD_AFTER.match(art.masked, ref.end)
    return m is not None and m.group(1) not in _NOT_NOUNS and m.group(1) not in PREPOSITIONS \
        and not verb_hits_in(art, m.start(1), m.start(1) + 1) and not m.group(1).endswith("ed")


def document_subject(art, ref: Ref) -> Ref | None:
    """The document an "it" stands for: the subject of its own sentence before it, else of the
    sentence before, when that subject is a document opening its sentence ("A report by the
    National Audit Office ... criticised the scheme. It said: ..."; "The post showed ... It
    says:"). The pronoun then speaks for whoever "the report" does (:func:`.coreference.resolve`:
    its owner or issuer, else its own words), never for a body the sentence named as an object
    ("fined the company")."""
    k = sentence_no(art, ref.start)
    for j, hi in ((k, ref.start), (k - 1, None)):
        if j < 0:
            return None
        lo, end = art.sentences[j]
        first = next((r for r in refs_starting_in(art, lo, hi or end)
                      if not r.oblique and not r.possessive and r is not ref), None)
        if first is not None:
            return first if first.kind == "nominal" and first.head in DOCUMENT_WORDS and \
                _OPENS.fullmatch(art.masked, lo, first.start) else None
    return None


#: What may stand before a sentence's subject: nothing, or a quotation it reports ("''...,'' the
#: report says."); not "Trump's campaign ... putting out a statement" (the campaign is the subject).
_OPENS = re.compile(r"[\s,.;:!?" + MASK + "]*")


_ASKS = re.compile(r"\b(?:ask(?:s|ed)?|question(?:s|ed)|press(?:es|ed)|wonder(?:s|ed))\b")


def lone_newcomer(art, lo, found, subject, want) -> bool:
    """Is ``subject`` an indefinite person ("A reporter for the agency called it chaos.") who is
    the only person of its sentence, of no other gender than ``want``? Then the he/she of that
    sentence or the next is that person, no one named further back (PolNeAR train: 6 rows, all
    right by reading: "A 29-year-old Berlin woman ... "...!" she wrote"; 4 of them against the
    benchmark's proxy, which takes the nearest named Source)."""
    ent = art.entities.get(subject) if subject else None
    if ent is None or not subject.startswith(DESCRIPTION_PREFIX) or "definite" in ent.roles or \
            ent.kind != "person" or ent.plural or ent.gender == ("f" if want == "m" else "m"):
        return False
    at = next(pos for pos, aid, _, _ in found if aid == subject)
    if art.masked[lo:at].strip(" \n\"'“‘") or _ASKS.search(art.masked, at, at + 120):
        return False   # not its subject; "A reporter asked about ...": the answer is another's
    return not any(aid != subject and not obl and compatible(art, aid, want)
                   for _, aid, _, obl in found)
