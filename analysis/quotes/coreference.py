"""Coreference: which actor a reference stands for (a name, "he", "the ministry", "the latter").

Why salience: a pronoun or description in news text almost always points to the subject of its
own sentence or to the latest speaker or subject a few sentences back (Lappin & Leass 1994 rank
antecedents the same way: subject before object, recent before old); candidates must agree in kind
(person/body), gender, role word and country with the codebook's record of the actor.

Rules (agreement and the order of a sentence's referents are checked in :mod:`.antecedents`):

1. Pronouns (he/she/they/it) take the nearest earlier compatible antecedent: the subject of their
   own sentence, then each earlier sentence's speakers and subjects (up to five back), subjects
   before objects, possessors last ("she drew Trump's ire - he called her"), except a possessor
   opening its sentence, its topic, after the sentence's other non-oblique references ("Mrs.
   Schlafly's pronouncements drove her antagonists to distraction. ... She said": PolNeAR train
   +2 right speakers net, with lone possessives as name references), also after an opening
   word and comma ("Indeed, Pope Francis' message is ... He has challenged": session 16, 2 rows
   right, none worse; :data:`_TOPIC_OPENER`). A phrase governed
   by a preposition is no subject, except a clause's subject after "after/before/since/until"
   before a reporting verb or an -ed form ("hours after Gov. Lund vetoed it, ... he said": Lund;
   :func:`.mentions.find_refs` sets the flag, so attribution and coreference agree), and a
   subject pronoun ("on his mind as he called on": he, never a preposition's object).
2. Order inside a sentence: the names of a fronted phrase come after the subject ("Since naming
   Weld as his running mate, Johnson has risen": Johnson); the reporter of a post-posed
   attribution comes before what it reports ("The United States might have acted sooner, they
   argue.": they). A parenthetical or post-posed pronoun (", he said," / ", she said.") takes
   nothing from the words between the last quotation or reporting verb and itself ("Ms. Warren,
   she said, ''exposes him''" is not Warren's). A name in a fronted phrase of company or
   likeness is no antecedent of the pronoun its sentence goes on with, and comes after it
   ("Along with her husband, Milton Berg, a money manager, she has given": PolNeAR train 4 rows
   to the woman meant, which the proxy scored right already).
3. Two people joined by "and" as a sentence's subject are one plural referent of "they" ("Mr.
   Autor and Mr. Hanson emphasize ... they argue"): its speaker is both names, with no id; not
   the end of a list ("such as A, B and C"). A "who" right after such a pair, with a verb not
   in the singular, is the pair too ("Govs. Jeb Bush and Chris Christie, who say ...": the
   clause is both of theirs, and a "he" in the next paragraph is neither: PolNeAR train +1
   speaker right, session 30; :func:`_coordinated_who`).
4. Descriptions (:mod:`.descriptions`) are antecedents too: "a woman" or "the woman" of "she",
   "three economists" of "they", "the company" of "it"; an indefinite person ("A reporter asked
   Sanders ... he said") is no "he"/"she" unless it opens that sentence or the one before as its
   only person ("A reporter for AFP called it chaos. "...," he said": :func:`.antecedents.
   lone_newcomer`), a singular body description no "they". A definite
   description ("the billionaire") is the name given that role, else the nearest compatible
   person, unless its noun is a newcomer's ("said the woman").
5. Chains: an earlier subject pronoun counts as what it stands for, a name or a description
   (resolved on demand, at most :data:`CHAIN_DEPTH` pronouns back): "Ms. Reyes took the stage.
   She thanked Ms. Banks. '...,' she said" is Reyes; "Three economists ... They examined ...
   they argued" is the economists.
6. Compatible: he/she a person or a name of unknown type (:mod:`.names`) not known to be of the
   other gender, and not a name of demonyms only ("Mexican" of "Former Mexican presidents",
   "African American": :func:`.antecedents.demonyms_only`); it a body; they a body, a plural
   group ("Democrats", a coordination) or any codebook actor. Gender comes from the codebook,
   an honorific (Mr., Ms, Congresswoman), a role noun next to the name ("spokeswoman X", "X, a
   businessman,"), the given name ("Hillary Clinton": f; ``codebooks/given_names.csv``) and
   from a he/she resolved to the name, unless
   its sentence names another person already known to be of that gender ("Neera Tanden asked
   Eric Holder whether he had thoughts": Tanden learns nothing, so "She said" stays hers).
7. A name nothing marks as a person (no title, honorific, role noun, given name or pronoun: "Art
   Deco", "Islamic State", "Fed") is an antecedent of he/she only as its sentence's subject.
   When nothing fits, the speaker stays empty, with no id; its mention keeps the pronoun ("he"
   said it: no name is guessed). A name that modifies the noun after it in a phrase a
   determiner or possessive opens ("last night's Fox Business debate", "a Clinton aide") is no
   antecedent, unless it is a body ("the OAS envoy ... It said": the OAS). A name of unknown kind
   the text writes "the X" before punctuation or a verb ("the United States Pacific Command,",
   "the Scarborough Shoal, an atoll") is no he/she (:func:`.article.read_article`), a plural
   demonym ("Hispanics") neither.
8. An "it" after a document that opens its own or the previous sentence as subject ("A report
   by the National Audit Office ... criticised the scheme. It said:") is that document, spoken
   for as "the report" is (:func:`.antecedents.document_subject`).
9. A place and a party noun ("the Wisconsin Republican", "a Georgia Democrat") name nobody:
   the definite one is the name it was set beside, else the latest person before its sentence;
   an indefinite one is someone new with no id (:func:`.described_refs.party_article`; PolNeAR
   train: 43 rows changed, 20 now the person meant (12 Paul Ryan's), 23 anonymous party members
   no longer one speaker; none worse by reading).
10. A "who" after an indefinite predicate noun stands for the copula's subject, a name or
   description ("The mayor is a veteran politician who has pledged ...": the mayor, with "a
   veteran politician" as the mention; not a pronoun: :func:`predicate_subject`).

Where it fails (measured on PolNeAR train; the readings, session by session, and what was tried
and measured worse are in the README, "Coreference: what was measured"): a person whose given
name is not in the list (or is unisex) has no gender until a pronoun resolves to them, so "she"
may take the nearest such man; a wrongly resolved pronoun passes its error down the chain;
cataphora ("Before he spoke, Smith ...") is not resolved; a fronted clause offers its names
before the subject; plural descriptions without a determiner ("farm groups") are speakers but no
antecedents of "they"; a coordination used as a modifier ("most Trump and Sanders supporters") is
taken for a group; a subject in a passive or the previous quotation's speaker is preferred even
where the object is meant ("Trump mocked Rubio because he lost"); a document's issuer is guessed
as the nearest codebook person; "The X" names at a sentence start with a lower-case noun after
them ("The Sandy Hook families") stay possible persons.
"""
from __future__ import annotations

import re

from ..codebooks import load_countries
from ..corpus.paragraphs import LONGEST_SENTENCE
from . import described_refs
from .antecedents import (COMPANION, Speaker, actor_speaker, compatible, document_subject,
                        gendered_rival, coordinated_group, history_split, lone_newcomer, noun_modifier,
                        own_sentence_end, subject_first, unsure)
from .descriptions import DESCRIPTION_PREFIX
from .apposed import named_before_role
from .article import (FRONTED, is_place, phrase_head, record, refs_starting_in, sentence_bounds,
                      sentence_no)
from .mentions import Ref
from .words import DOCUMENT_WORDS, PRONOUNS


def candidates(art, lo, hi, chain=False, pronoun=False):
    """Resolved actor references in [lo, hi): (position, actor_id, mention, oblique). With
    ``chain``, a subject pronoun not yet resolved is resolved here (so "She appeared to ... She
    said" follows the chain of pronouns back to its name), at most :data:`CHAIN_DEPTH` deep.
    For a ``pronoun``, two people joined by "and" count as one group
    (:func:`.antecedents.coordinated_group`) and a possessor counts too, as oblique ("she drew
    Trump's ire - he called her 'weak'": Trump, when no subject fits)."""
    out = []
    refs = refs_starting_in(art, lo, hi)
    # the subject: the first reference no preposition governs, after a fronted phrase if any
    after = art.masked.find(",", lo, hi) if pronoun and FRONTED.match(art.masked, lo) else lo
    first = next((i for i, r in enumerate(refs) if not r.oblique and not r.possessive
                  and r.start >= after), -1)
    topic = []   # "Mrs. Schlafly's pronouncements drove ... She said": the opening possessor
    for i, r in enumerate(refs):
        if pronoun and i == 0 and r.possessive and r.kind in ("actor", "name") and \
                _TOPIC_OPENER.fullmatch(art.masked, lo, r.start):
            topic.append((r.start, r.actor_id, r.text, False))
            continue
        if pronoun and i == first and i + 1 < len(refs):
            group = coordinated_group(art, r, refs[i + 1], refs[i - 1] if i else None)
            if group:
                out.append((r.start, group, art.entities[group].name, False))
        if pronoun and r.possessive and r.kind in ("actor", "name"):
            out.append((r.start, r.actor_id, r.text, True))
        if not r.possessive:
            if r.kind == "name" and described_refs.party_article(art, r) is not None:
                sp = resolve(art, r)   # "the Wisconsin Republican": the person it describes
                out.append((r.start, sp.actor_id or r.actor_id, r.text, r.oblique))
                continue   # "a Georgia Republican" (no id): a "he" later is still theirs
            if r.kind in ("actor", "metonym", "name"):
                if not (pronoun and noun_modifier(art, r) and   # "the Fox Business debate"
                        not compatible(art, r.actor_id, "body")):   # "the OAS envoy ... It said"
                    out.append((r.start, r.actor_id, r.text, r.oblique))
                continue
            if r.kind == "description":   # "the senator": the name it stands for, else itself
                sp = _resolved_in_chain(art, r)
                aid = sp.actor_id if sp is not None and sp.actor_id else r.actor_id
                out.append((r.start, aid, r.text, r.oblique))
                continue
            sp = (_resolved_in_chain(art, r) if chain and r.kind == "pronoun" and not r.oblique
                  else art.resolved.get(r.start))
            if sp is not None and (sp.actor_id or sp.referent):
                out.append((r.start, sp.actor_id or sp.referent, r.text, r.oblique))
    return out + topic


#: What may stand before a topic possessor in its sentence: nothing, or one or two words and a
#: comma ("Indeed, Pope Francis' message is ... He has challenged": Francis). Where it fails: a
#: fronted clause of one or two words ("Asked, Smith's aide said") offers its possessor too.
_TOPIC_OPENER = re.compile(r"\s*(?:[A-Za-z]+(?:\s+[a-z]+)?,\s*)?")

#: How many unresolved pronouns back a pronoun chain is followed (bounded: a text of thousands of
#: "he" stays linear and within Python's recursion limit).
CHAIN_DEPTH = 8

def _resolved_in_chain(art, ref: Ref) -> Speaker | None:
    """What ``ref`` was resolved to, resolving it first when it was not yet and the chain of
    references being resolved is shorter than CHAIN_DEPTH (a pronoun whose antecedent is a pronoun
    ...)."""
    if ref.start not in art.resolved and art.chain_depth < CHAIN_DEPTH:
        art.chain_depth += 1
        try:
            resolve(art, ref)
        finally:
            art.chain_depth -= 1
    return art.resolved.get(ref.start)


def antecedent(art, ref: Ref, accept, oblique_ok=False, unknown_ok=False, newcomer="") -> Speaker:
    """Most salient earlier actor satisfying ``accept``: this sentence's subject, then each earlier
    sentence's speakers and subjects (nearest sentence first, up to five back). Actors governed
    by a preposition are considered only when no subject fits (or ``oblique_ok``). With
    ``unknown_ok``, earlier speakers named but missing from the codebook count too."""
    k = sentence_no(art, ref.start)
    own_hi = own_sentence_end(art, ref)
    for allow in ((True,) if oblique_ok else (False, True)):
        for j in range(k, max(-1, k - 6), -1):
            lo, hi = art.sentences[j]
            hi = min(hi, own_hi)
            cands, fronted = [], []
            if j < k:
                main, fronted = history_split(art, lo, hi)
                cands += main
            found = subject_first(art, lo, hi,
                                   candidates(art, lo, hi, chain=ref.kind == "pronoun",
                                              pronoun=ref.kind == "pronoun"))
            if j == k and COMPANION.match(art.masked, lo):   # "Along with her husband, X, she"
                cut = art.masked.rfind(",", lo, ref.start)
                found = [f for f in found if f[0] > cut]
            subject = next((aid for _, aid, _, obl in found if not obl), None)
            if newcomer and j >= k - 1 and lone_newcomer(art, lo, found, subject, newcomer):
                return actor_speaker(art, subject, next(m for _, a, m, _ in found if a == subject))
            cands += [Speaker("", aid, men) for _, aid, men, obl in found
                      if (allow or not obl) and (aid == subject or not unsure(art, aid))]
            for sp in cands + fronted:
                if newcomer and sp.actor_id.startswith(DESCRIPTION_PREFIX) and \
                        sp.mention.lower() in ("he", "she") and compatible(art, sp.actor_id, "person"):
                    return actor_speaker(art, sp.actor_id, sp.mention)   # a lone newcomer's he
                if sp.actor_id and accept(sp.actor_id):
                    return actor_speaker(art, sp.actor_id, sp.mention)
                if not sp.actor_id and sp.named and unknown_ok:
                    return sp
    return Speaker()


def resolve(art, ref: Ref) -> Speaker:
    """The speaker a reference stands for (codebook actor when possible)."""
    if ref.start in art.resolved:
        return art.resolved[ref.start]
    sp = Speaker()
    party = described_refs.party_article(art, ref)
    if party is not None:   # "the Wisconsin Republican": a description, no name
        sp = described_refs.resolve_party_member(art, ref, party)
    elif ref.kind in ("actor", "metonym") or ref.kind == "name" and ref.actor_id:
        sp = actor_speaker(art, ref.actor_id, ref.text)
    elif ref.kind == "pronoun":
        want = PRONOUNS[ref.head]
        doc = document_subject(art, ref) if ref.head == "it" else None
        sp = resolve(art, doc) if doc is not None else \
            antecedent(art, ref, lambda aid: compatible(art, aid, want),
                        unknown_ok=want in ("m", "f"), newcomer=want if want in ("m", "f") else "")
        if not sp:
            for pos, prev in reversed(art.history):
                if pos < ref.start and prev.actor_id and compatible(art, prev.actor_id, want):
                    sp = prev
                    break
        ent = art.entities.get(sp.actor_id) if sp else None
        if ent is not None and want in ("m", "f") and not ent.gender and \
                not gendered_rival(art, ref, want, sp.actor_id):
            ent.gender, ent.kind = want, "person"   # "Bette Midler ... she said": she later too
        # unresolved: the name stays empty (never guessed), the mention keeps the pronoun
        sp = Speaker(sp.name, sp.actor_id, ref.text, referent=sp.referent) if sp else \
            Speaker("", "", ref.text)
    elif ref.kind == "who":
        # refs ending at most 40 characters before: only those starting within the sentence
        # length limit before it can (a bisect, not a pass over every ref)
        before = [r for r in refs_starting_in(art, ref.start - 40 - LONGEST_SENTENCE, ref.start)
                  if r.end <= ref.start and r.kind not in ("who", "pronoun")
                  and ref.start - r.end <= 40]
        group = _coordinated_who(art, before, ref)
        if group:   # "Govs. Jeb Bush and Chris Christie, who say": both, no one "he" later
            sp = actor_speaker(art, group, art.text[before[-2].start:before[-1].end])
        elif before:
            last = before[-1]
            head = phrase_head(art, last)
            if head is not None and (last.oblique and is_place(art, last) or ref.text.lower() == "who"
                                     and (head.kind in ("name", "actor") or _NEW_ONE.match(head.text))):
                last = head   # "Ted Cruz of Texas, who", "A resident of Latakia, who": the head
                # (not a definite description: "X, the president of Y, who" is X, found below)
            if ref.text.lower() == "who" and (last.entity is None or last.entity.kind != "person"):
                # "Chi Onwurah, the Labour MP for Newcastle Central, who": the MP, no place
                last = named_before_role(art, sentence_bounds(art, last.start)[0], last) or last
            sp = resolve(art, last)
            # the relative clause's antecedent may be a description containing a name
            nominal = art.text[last.start:ref.start].strip(" ,;")
            short = len(nominal.split()) <= 5 and not _BREAK.search(nominal) and \
                not sp.actor_id and sp.name == last.text   # "a former East German spymaster"
            subject = predicate_subject(art, last) if short and ref.text.lower() == "who" else None
            sp = Speaker(subject.name, subject.actor_id, nominal, named=subject.named) if subject \
                else Speaker(nominal if short else sp.name, sp.actor_id,
                             nominal if len(nominal) < 80 else sp.mention)
    elif ref.kind == "nominal":
        sp = described_refs.resolve_nominal(art, ref)
    elif ref.kind == "description":
        sp = described_refs.resolve_description(art, ref)
    elif ref.kind == "plural" and ref.text.split()[0].lower() in load_countries():
        sp = described_refs.resolve_nominal(art, Ref(ref.start, ref.end, ref.text, "nominal",
                                       head=ref.text.split()[-1].lower()))
    else:  # an unknown name or "officials"
        aid = art.index.lookup(ref.text)
        sp = actor_speaker(art, aid, ref.text) if aid else \
            Speaker(ref.text, "", ref.text, named=ref.kind == "name")
    art.resolved[ref.start] = sp
    return sp


def _coordinated_who(art, before, ref) -> str:
    """The group of two people joined by "and" right before ", who" ("Govs. Jeb Bush and Chris
    Christie, who say the senator lacks experience"): the clause is theirs, not the second
    name's, and a "he" after it is neither; "" when the verb after "who" is singular ("Ash
    Carter and Eric Fanning, who was": Fanning) or the names are no such pair."""
    if len(before) < 2 or not re.fullmatch(r"\s*,\s*", art.masked[before[-1].end:ref.start]):
        return ""
    verb = re.match(r"\s+(?:(?:also|both|all|later|then|have|had)\s+)*([a-z]+)",
                    art.masked[ref.end:ref.end + 40])
    if verb is None or verb[1] in _SINGULAR_VERBS or re.fullmatch(r"[a-z]{2,}[^s]s", verb[1]):
        return ""
    return coordinated_group(art, before[-2], before[-1], before[-3] if len(before) > 2 else None)


# "The mayor is a veteran politician who ...": an indefinite noun phrase after a copula right
# after its subject is a predicate noun, and the "who" clause is the subject's (rule 10)
_COPULA_BEFORE = re.compile(r"\s(?:is|was|remains|remained|became|becomes)\s+(?:also\s+|still\s+|now\s+)?$")


def predicate_subject(art, nominal: Ref) -> Speaker | None:
    """The named subject whose predicate noun ``nominal`` is (an indefinite phrase right after
    "is"/"was" and its subject: "Smith is a lawyer who ..."), resolved; None when the phrase is
    no predicate noun or the subject names no one. Not a pronoun subject: "He was a desperate
    man who ..." would pass on any error of the pronoun's resolution (PolNeAR train: the one
    such row had "he" resolved to the wrong man), where the description is right as it stands."""
    if not _NEW_ONE.match(nominal.text):
        return None
    cop = _COPULA_BEFORE.search(art.masked, max(0, nominal.start - 24), nominal.start)
    if cop is None:
        return None
    lo = sentence_bounds(art, nominal.start)[0]
    subject = next((r for r in reversed(refs_starting_in(art, lo, cop.start()))
                    if not art.masked[r.end:cop.start()].strip() and r.kind in
                    ("name", "actor", "description") and not r.oblique), None)
    if subject is None:
        return None
    sp = resolve(art, subject)
    return sp if sp.name else None


_SINGULAR_VERBS = {"is", "was", "has", "does"}
_BREAK = re.compile(r"[,;:\n.!?]")
_NEW_ONE = re.compile(r"(?:an?|one)\s", re.IGNORECASE)


def is_medium(art, sp: Speaker, ref: Ref | None = None) -> bool:
    rec = record(art, sp.actor_id) if sp.actor_id else None
    if rec is not None and rec["type"] == "media":
        return True
    return ref is not None and ref.kind == "nominal" and ref.head in DOCUMENT_WORDS | {"agency"}
