"""Coreference: which actor a reference stands for (a name, "he", "the ministry", "the latter").

Why salience: a pronoun or description in news text almost always points to the subject of its
own sentence or to the latest speaker or subject a few sentences back (Lappin & Leass 1994 rank
antecedents the same way: subject before object, recent before old); candidates must agree in kind
(person/body), gender, role word and country with the codebook's record of the actor.

Pronouns (he/she/they/it) take the nearest earlier compatible antecedent: the subject of their own
sentence, then each earlier sentence's speakers and subjects (up to five back), subjects before
objects, possessors last ("she drew Trump's ire - he called her"). The names of a fronted phrase
come after the subject ("Since naming Weld as his running mate, Johnson has risen": Johnson). A
parenthetical or post-posed pronoun (", he said," / ", she said.") takes nothing from the words
between the last quotation or reporting verb and itself: they are what is reported ("Ms. Warren,
she said, ''exposes him''" is not Warren's). Descriptions (:mod:`.descriptions`) are antecedents
too: "a woman" or "the woman" of "she", "three economists" of "they", "the company" of "it"; an
indefinite person ("A reporter asked Sanders ... he said") is no "he"/"she", a singular body
description no "they". A definite description ("the billionaire") is the name given that role,
else the nearest compatible person, unless its noun is a newcomer's ("said the woman"). An earlier subject pronoun counts as the person it stands for (resolved on demand, at
most :data:`CHAIN_DEPTH` pronouns back): "Ms. Reyes took the stage. She thanked Ms. Banks. '...,'
she said" is Reyes. Compatible: he/she a person or a name of unknown type (:mod:`.names`) not
known to be of the other gender; it a body; they a body, a plural group ("Democrats") or anyone.
Gender comes from the codebook, an honorific (Mr., Ms, Congresswoman), a role noun next to the
name ("spokeswoman X", "X, a businessman,"), the given name ("Hillary Clinton": f;
``codebooks/given_names.csv``) and, once a he/she has been resolved to a name, from that pronoun.
A name nothing marks as a person (no title, honorific, role noun, given name or pronoun: "Art
Deco", "Islamic State", "Fed") is an antecedent of he/she only as its sentence's subject. When
nothing fits, the speaker stays empty, with no id; its mention keeps the pronoun ("he" said it:
no name is guessed).

Measured on PolNeAR train (wrong speakers of matched direct quotes, 1,149 before this module's
session-13 rules; a sample of 100 classified by hand): about half of the "wrong" he/she rows
were right (the benchmark's proxy judges a pronoun against the nearest earlier NAMED gold
Source, often another person); of the real errors, the largest causes were a surname linked to
the wrong namesake ("Mrs. Clinton" to Bill, "Trump" to Ivanka), a plural or a title joined to a
name ("Republicans Jolly", "Former Pennsylvania"), descriptions that were no mentions ("the
woman", "the Florida senator", "three economists"), parenthetical pronouns, fronted phrases,
and frames (not this module's: the wrong clause or verb).

Where it fails: a person whose given name is not in the list (or is unisex) has no gender until a
pronoun resolves to them, so "she" may still take the nearest such man; preferring a known gender
first was measured no better (PolNeAR train, given names in place: 18 rows fixed, 17 broken: the
subject usually wins); a fronted clause ("Asked about her vote as Clinton faced Trump, she
replied") offers its names before the subject; a wrongly resolved pronoun passes its error down
the chain and teaches its gender to the wrong person; plural descriptions ("farm groups",
"analysts") without a determiner are speakers but not antecedents of "they"; cataphora
("Before he spoke, Smith ...") is not resolved; the nearest-person fallback of a definite
description takes a wrong person when the one meant was named without the role long before;
an indefinite subject ("A reporter asked Sanders") still wins "they"-less sentences by being
first, and a subject in a passive or a quotation's speaker in the previous sentence is
preferred even where the object is meant ("Trump mocked Rubio because he lost").
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..codebooks import load_countries, load_given_names
from ..corpus.load import LONGEST_SENTENCE
from .descriptions import DESCRIPTION_PREFIX, NEWCOMER_NOUNS, described_entity
from .subjects import issuing_subject
from .article import FRONTED, record, refs_starting_in, sentence_no, verb_hits_in
from .marks import MASK
from .mentions import Ref
from .words import DOCUMENT_WORDS, PRONOUNS, UNNAMED_ROLES


@dataclass
class Speaker:
    """Who speaks: a display name, the codebook id ("" if not in the codebook), the words that
    named them in this sentence."""
    name: str = ""
    actor_id: str = ""
    mention: str = ""
    named: bool = False  # a personal name missing from the codebook ("John Smith")

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
        return Speaker(display_name(art, actor_id, mention), "", mention)
    return Speaker(display_name(art, actor_id, mention), actor_id, mention,
                   named=actor_id in art.entities)


def _entity_fits(ent, want):
    """Can a name the text gives be the antecedent of a pronoun (m, f: he, she; any: they; body:
    it) or of a person description? Gender only from honorifics; unknown type fits he/she."""
    if want in ("m", "f"):   # not "a reporter": an indefinite newcomer is rarely "he" later
        return ent.kind not in ("body", "place", "thing") and not ent.plural and \
            ent.gender != ("f" if want == "m" else "m") and not (
                ent.id.startswith(DESCRIPTION_PREFIX) and "definite" not in ent.roles)
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
        return ent is not None and _entity_fits(ent, want)
    if want in ("m", "f"):
        gender = rec["gender"] or load_given_names().get(rec["name"].split()[0], "")
        return rec["type"] == "person" and gender != ("f" if want == "m" else "m")
    if want == "person":
        return rec["type"] == "person"
    if want == "body":
        return rec["type"] != "person"
    return True


def candidates(art, lo, hi, chain=False, possessors=False):
    """Resolved actor references in [lo, hi): (position, actor_id, mention, oblique). With
    ``chain``, a subject pronoun not yet resolved is resolved here (so "She appeared to ... She
    said" follows the chain of pronouns back to its name), at most :data:`CHAIN_DEPTH` deep.
    With ``possessors``, a possessor counts too, as oblique ("she drew Trump's ire - he called
    her 'weak'": Trump, when no subject fits)."""
    out = []
    for r in refs_starting_in(art, lo, hi):
        if possessors and r.possessive and r.kind in ("actor", "name"):
            out.append((r.start, r.actor_id, r.text, True))
        if not r.possessive:
            if r.kind in ("actor", "metonym", "name"):
                out.append((r.start, r.actor_id, r.text, r.oblique))
                continue
            if r.kind == "description":   # "the senator": the name it stands for, else itself
                if r.start not in art.resolved and art.chain_depth < CHAIN_DEPTH:
                    art.chain_depth += 1
                    try:
                        resolve(art, r)
                    finally:
                        art.chain_depth -= 1
                sp = art.resolved.get(r.start)
                aid = sp.actor_id if sp is not None and sp.actor_id else r.actor_id
                out.append((r.start, aid, r.text, r.oblique))
                continue
            if chain and r.kind == "pronoun" and not r.oblique and r.start not in art.resolved \
                    and art.chain_depth < CHAIN_DEPTH:
                art.chain_depth += 1
                try:
                    resolve(art, r)
                finally:
                    art.chain_depth -= 1
            if r.start in art.resolved and art.resolved[r.start].actor_id:
                out.append((r.start, art.resolved[r.start].actor_id, r.text, r.oblique))
    return out


#: How many unresolved pronouns back a pronoun chain is followed (bounded: a text of thousands of
#: "he" stays linear and within Python's recursion limit).
CHAIN_DEPTH = 8

def _history_in(art, lo, hi):
    """Attributed speakers at [lo, hi) (within one sentence), in history order. The history is
    written sentence by sentence, so its sentence numbers never decrease: a bisect finds the
    sentence's entries instead of a pass over the whole history (linear, not quadratic)."""
    k = sentence_no(art, lo)
    by_sentence = lambda h: sentence_no(art, h[0])   # noqa: E731
    block = art.history[bisect_left(art.history, k, key=by_sentence):
                        bisect_right(art.history, k, key=by_sentence)]
    return [sp for pos, sp in block if lo <= pos < hi and (sp.actor_id or sp.named)]


def _antecedent(art, ref: Ref, accept, oblique_ok=False, unknown_ok=False) -> Speaker:
    """Most salient earlier actor satisfying ``accept``: this sentence's subject, then each earlier
    sentence's speakers and subjects (nearest sentence first, up to five back). Actors governed
    by a preposition are considered only when no subject fits (or ``oblique_ok``). With
    ``unknown_ok``, earlier speakers named but missing from the codebook count too."""
    k = sentence_no(art, ref.start)
    own_hi = _own_sentence_end(art, ref)
    for allow in ((True,) if oblique_ok else (False, True)):
        for j in range(k, max(-1, k - 6), -1):
            lo, hi = art.sentences[j]
            hi = min(hi, own_hi)
            cands = []
            if j < k:
                cands += [sp for sp in _history_in(art, lo, hi)]
            found = _subject_first(art, lo, hi,
                                   candidates(art, lo, hi, chain=ref.kind == "pronoun",
                                              possessors=ref.kind == "pronoun"))
            subject = next((aid for _, aid, _, obl in found if not obl), None)
            cands += [Speaker("", aid, men) for _, aid, men, obl in found
                      if (allow or not obl) and (aid == subject or not _unsure(art, aid))]
            for sp in cands:
                if sp.actor_id and accept(sp.actor_id):
                    return actor_speaker(art, sp.actor_id, sp.mention)
                if not sp.actor_id and sp.named and unknown_ok:
                    return sp
    return Speaker()


def _own_sentence_end(art, ref: Ref) -> int:
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


_COMMA_BEFORE = re.compile(r",\s*$")
_VERB_THEN_STOP = re.compile(r"\s+(?:also\s+|later\s+)?([a-z]+)\s*(?:[,.:;]|" + MASK + ")")


def _subject_first(art, lo, hi, found):
    """``found`` (candidates of one sentence) with the names of a fronted phrase after the rest
    ("Since announcing William Weld as his running mate, Johnson has risen": Johnson first)."""
    if not found or not FRONTED.match(art.masked, lo):
        return found
    comma = art.masked.find(",", lo, hi)
    if comma < 0:
        return found
    return [c for c in found if c[0] > comma] + [c for c in found if c[0] < comma]


def _unsure(art, actor_id) -> bool:
    """Is ``actor_id`` a name the text gives with nothing saying it is a person (no title,
    honorific, given name, role noun or earlier pronoun: "Art Deco", "Islamic State", "Fed")?
    Such a name is an antecedent of he/she only as its sentence's subject (PolNeAR train: 6
    fewer wrong speakers than allowing names of two words or more anywhere)."""
    ent = art.entities.get(actor_id) if record(art, actor_id) is None else None
    return ent is not None and ent.kind == "unknown"


PERSON_ROLES = {"spokesperson", "spokeswoman", "spokesman", "minister", "president", "envoy",
                "ambassador", "leader", "secretary", "diplomat", "official", "chancellor",
                "premier", "foreign minister", "prime minister", "representative", "counterpart",
                "adviser", "advisor", "chief"}


def _role_matches(art, aid, head, countries):
    rec = record(art, aid)
    if rec is None:
        return False
    if (rec["type"] == "person") != (head in PERSON_ROLES) and head != "counterpart":
        return False
    hay = " ".join([rec["name"], rec["affiliation"], rec["aliases"]]).lower()
    head = "spokes" if head.startswith("spokes") else head
    ok = re.search(r"\b" + re.escape(head) + (r"" if head == "spokes" else r"s?\b"), hay)
    if not ok and head in ("authorities", "officials", "leadership", "administration"):
        ok = rec["type"] == "government body"
    return bool(ok) and (not countries or rec["country"] in countries)


def resolve(art, ref: Ref) -> Speaker:
    """The speaker a reference stands for (codebook actor when possible)."""
    if ref.start in art.resolved:
        return art.resolved[ref.start]
    sp = Speaker()
    if ref.kind in ("actor", "metonym") or ref.kind == "name" and ref.actor_id:
        sp = actor_speaker(art, ref.actor_id, ref.text)
    elif ref.kind == "pronoun":
        want = PRONOUNS[ref.head]
        sp = _antecedent(art, ref, lambda aid: compatible(art, aid, want),
                         unknown_ok=want in ("m", "f"))
        if not sp:
            for pos, prev in reversed(art.history):
                if pos < ref.start and prev.actor_id and compatible(art, prev.actor_id, want):
                    sp = prev
                    break
        ent = art.entities.get(sp.actor_id) if sp else None
        if ent is not None and want in ("m", "f") and not ent.gender:
            ent.gender, ent.kind = want, "person"   # "Bette Midler ... she said": she later too
        # unresolved: the name stays empty (never guessed), the mention keeps the pronoun
        sp = Speaker(sp.name, sp.actor_id, ref.text) if sp else Speaker("", "", ref.text)
    elif ref.kind == "who":
        # refs ending at most 40 characters before: only those starting within the sentence
        # length limit before it can (a bisect, not a pass over every ref)
        before = [r for r in refs_starting_in(art, ref.start - 40 - LONGEST_SENTENCE, ref.start)
                  if r.end <= ref.start and r.kind not in ("who", "pronoun")
                  and ref.start - r.end <= 40]
        if before:
            sp = resolve(art, before[-1])
            # the relative clause's antecedent may be a description containing a name
            nominal = art.text[before[-1].start:ref.start].strip(" ,;")
            sp = Speaker(sp.name, sp.actor_id, nominal if len(nominal) < 80 else sp.mention)
    elif ref.kind == "nominal":
        sp = _resolve_nominal(art, ref)
    elif ref.kind == "description":
        sp = _resolve_description(art, ref)
    elif ref.kind == "plural" and ref.text.split()[0].lower() in load_countries():
        sp = _resolve_nominal(art, Ref(ref.start, ref.end, ref.text, "nominal",
                                       head=ref.text.split()[-1].lower()))
    else:  # an unknown name or "officials"
        aid = art.index.lookup(ref.text)
        sp = actor_speaker(art, aid, ref.text) if aid else \
            Speaker(ref.text, "", ref.text, named=ref.kind == "name")
    art.resolved[ref.start] = sp
    return sp


def _resolve_description(art, ref: Ref) -> Speaker:
    """"the Ohio governor": the name given that role (:func:`.descriptions.described_entity`),
    else, for a definite singular person, the nearest earlier person it can be, as for a
    pronoun of its gender ("Donald Trump ... the billionaire said"; not a newcomer noun: "said
    the woman" introduces her); else itself (no id)."""
    aid = described_entity(art, ref)
    if aid:
        return actor_speaker(art, aid, ref.text)
    ent = ref.entity
    if "definite" in ent.roles and ent.kind == "person" and ref.head not in NEWCOMER_NOUNS:
        want = ent.gender or "person"
        sp = _antecedent(art, ref, lambda a: not a.startswith(DESCRIPTION_PREFIX) and
                         compatible(art, a, want) and compatible(art, a, "person"))
        if sp:
            return Speaker(sp.name, sp.actor_id, ref.text)
    return actor_speaker(art, ref.actor_id, ref.text)


def _resolve_nominal(art, ref: Ref) -> Speaker:
    head = ref.head
    words = ref.text.lower().split()
    country_of = load_countries()
    countries = {country_of[w] for w in words if w in country_of}
    if head in ("latter", "former"):
        k = sentence_no(art, ref.start)
        for j in range(k, max(-1, k - 3), -1):
            lo, hi = art.sentences[j]
            cands = [(aid, men) for _, aid, men, obl in candidates(art, lo, min(hi, ref.start))
                     if not obl]
            if len(cands) >= 2:
                aid, men = cands[-1] if head == "latter" else cands[0]
                return Speaker(display_name(art, aid), aid, ref.text)
        return Speaker(ref.text, "", ref.text)
    if head in DOCUMENT_WORDS:
        subject = issuing_subject(art, ref)   # "X issued a statement saying": X
        issuer = _owner(art, ref) or (resolve(art, subject) if subject else None) or \
            _document_issuer(art, ref)
        return Speaker(issuer.name, issuer.actor_id, ref.text) if issuer else \
            Speaker(ref.text, "", ref.text)
    if words[0] in INDEFINITE:
        # "a senior State Department official": someone new, never an earlier person; an
        # unnamed official is coded by the body the description names, if any
        sp = _named_body_inside(art, ref)
    else:
        sp = _antecedent(art, ref, lambda aid: _role_matches(art, aid, head, countries),
                         oblique_ok=True)
        if not sp and head in PERSON_ROLES:
            # "the diplomat", "the Venezuelan leader": the latest person (of that country) mentioned
            sp = _antecedent(art, ref, lambda aid: compatible(art, aid, "person") and (
                not countries or (record(art, aid) or {}).get("country") in countries))
        if not sp:
            # "the ministry" after "the Russian Foreign Ministry", a name the codebook lacks: the
            # latest such name ending in the head noun
            sp = _antecedent(art, ref, lambda aid: record(art, aid) is None and
                             display_name(art, aid).lower().split()[-1:] == [head], oblique_ok=True)
    if sp:
        return Speaker(sp.name, sp.actor_id, ref.text)
    # no earlier actor fits: a description only one codebook actor's name carries ("the
    # opposition" -> Venezuelan opposition)
    head_re = re.compile(r"\b" + re.escape(head) + r"\b")
    hits = [r for r in art.index.rows if head_re.search(r["name"].lower())
            and (not countries or r["country"] in countries)]
    if len(hits) == 1:
        return Speaker(hits[0]["name"], hits[0]["id"], ref.text)
    if countries and head in UNNAMED_ROLES | {"government", "authorities", "administration"}:
        # "a senior Russian diplomat": an unnamed official is coded by their government
        gov = [r for r in art.index.rows if r["country"] in countries
               and r["type"] == "government body" and r["name"].lower().endswith("government")]
        if len(gov) == 1:
            return Speaker(gov[0]["name"], gov[0]["id"], ref.text)
    return Speaker(ref.text, "", ref.text)


INDEFINITE = {"a", "an", "one", "another"}
_POSSESSOR = re.compile(r"(?:the\s+)?([\w\s.\-]+?)['’]s\s")


def _owner(art, ref: Ref) -> Speaker:
    """The issuer a document description names ("the ministry's statement", "Lavrov's
    statement"): its possessor, resolved; else nobody."""
    m = _POSSESSOR.match(ref.text)
    if m is None:
        return Speaker()
    owned = [r for r in refs_starting_in(art, ref.start, ref.start + 1)
             if r.possessive and r.kind in ("actor", "metonym", "name")]
    if owned:
        return resolve(art, owned[0])
    words = m.group(1).lower().split()
    owner = Ref(ref.start, ref.start + m.end(1), ref.text[:m.end(1)], "nominal", head=words[-1])
    sp = _resolve_nominal(art, owner) if words[-1] not in DOCUMENT_WORDS else Speaker()
    return sp if sp.actor_id else Speaker()


def _named_body_inside(art, ref: Ref) -> Speaker:
    """The body a description names inside it ("a senior State Department official", "an EU
    diplomat"), else nobody (a person inside, "a Trump campaign official", codes nothing)."""
    for r in refs_starting_in(art, ref.start + 1, ref.end):
        if r.end <= ref.end and r.kind in ("actor", "metonym", "name") and r.actor_id and \
                compatible(art, r.actor_id, "body"):
            return actor_speaker(art, r.actor_id, r.text)
    return Speaker()


def _document_issuer(art, ref: Ref) -> Speaker:
    """Who issued "the statement": the actor named nearest to the latest earlier mention of a
    statement (or the same kind of document) within :data:`ISSUER_LOOK_BACK` sentences, else the
    latest speaker."""
    pattern = re.compile(r"(?<![\w])" + re.escape(ref.head) + r"s?(?![\w])", re.IGNORECASE)
    issuers: dict[int, list] = {}     # sentence -> its actors, found once however many mentions
    for m in _latest_first(pattern, art, ref.start, ISSUER_LOOK_BACK):
        k = sentence_no(art, m.start())
        if k not in issuers:
            lo, hi = art.sentences[k]
            issuers[k] = [(pos, aid, men) for pos, aid, men, _ in candidates(art, lo, hi)
                          if record(art, aid) is not None and record(art, aid)["type"] != "media"]
        if issuers[k]:
            _, aid, men = min((abs(pos - m.start()), aid, men) for pos, aid, men in issuers[k])
            return actor_speaker(art, aid, men)
    for pos, prev in reversed(art.history):
        if pos < ref.start:
            return prev
    return Speaker()


#: Sentences searched back for the document a "the statement" refers to. Bounded so that a text
#: of thousands of "the statement said" stays linear (issue 17: 250 KB of it took minutes); no
#: PolNeAR or seed row changes with the bound.
ISSUER_LOOK_BACK = 30


def _latest_first(pattern, art, end: int, back: int):
    """Matches of ``pattern`` before ``end``, latest first, found sentence by sentence going back
    ``back`` sentences at most (the caller usually stops at the first: no pass over the whole
    text for each question)."""
    k = sentence_no(art, end)
    for j in range(k, max(-1, k - back - 1), -1):
        lo = art.starts[j] if j else 0
        hi = min(end, art.starts[j + 1]) if j + 1 < len(art.starts) else end
        yield from reversed(list(pattern.finditer(art.masked, lo, hi)))


def is_medium(art, sp: Speaker, ref: Ref | None = None) -> bool:
    rec = record(art, sp.actor_id) if sp.actor_id else None
    if rec is not None and rec["type"] == "media":
        return True
    return ref is not None and ref.kind == "nominal" and ref.head in DOCUMENT_WORDS | {"agency"}
