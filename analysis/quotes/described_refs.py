"""Described references: which actor a description ("the Ohio governor"), a role or body noun
("the ministry", "the diplomat", "the latter") or a document ("the statement", "Lavrov's
statement") stands for. Split out of :mod:`.coreference` (session 16, behaviour unchanged), which
resolves names and pronouns and whose antecedent search (:func:`.coreference.antecedent`) these
rules reuse; :mod:`.coreference`'s docstring states the rules (4, 8) and where they fail.

Where it fails: a definite description whose person was named without the role long before
takes the nearest compatible person; a document's issuer guessed by :func:`_document_issuer` is
the actor named nearest to an earlier mention of the document ("A letter ... from the staff
association": the nearest codebook person). Tried in session 16 and left out: a definite
description taking the latest earlier description with its head noun and no other modifier
("an employee of X ... the employee said"): PolNeAR train 16 rows changed, about 7 better
("the judge" no longer the defence lawyer), 4 worse ("the candidate" became another person's
"one candidate", "the president" a judge), the rest wrong either way.
"""
from __future__ import annotations

import re

from ..codebooks import load_countries, load_role_nouns
from . import coreference as _coref
from .antecedents import Speaker, actor_speaker, compatible, display_name
from .descriptions import DESCRIPTION_PREFIX, NEWCOMER_NOUNS, described_entity, party_clash
from .subjects import employer_end, issuing_subject
from .article import record, refs_starting_in, sentence_no
from .mentions import Ref
from .words import DOCUMENT_WORDS, MONTHS, UNNAMED_ROLES, WEEKDAYS

PERSON_ROLES = {"spokesperson", "spokeswoman", "spokesman", "minister", "president", "envoy",
                "ambassador", "leader", "secretary", "diplomat", "official", "chancellor",
                "premier", "foreign minister", "prime minister", "representative", "counterpart",
                "adviser", "advisor", "chief"}


def _role_matches(art, aid, head, countries, qualifiers=()):
    rec = record(art, aid)
    if rec is None:
        return False
    if (rec["type"] == "person") != (head in PERSON_ROLES) and head != "counterpart":
        return False
    hay = " ".join([rec["name"], rec["affiliation"], rec["aliases"]]).lower()
    if head not in PERSON_ROLES and not all(q in hay for q in qualifiers):
        return False   # "the external affairs ministry" is no Russian Foreign Ministry
    head = "spokes" if head.startswith("spokes") else head
    ok = re.search(r"\b" + re.escape(head) + (r"" if head == "spokes" else r"s?\b"), hay)
    if not ok and head in ("authorities", "officials", "leadership", "administration"):
        ok = rec["type"] == "government body"
    return bool(ok) and (not countries or rec["country"] in countries)



def resolve_description(art, ref: Ref) -> Speaker:
    """"the Ohio governor": the name given that role (:func:`.descriptions.described_entity`),
    else, for a definite singular person, the nearest earlier person it can be, as for a
    pronoun of its gender ("Donald Trump ... the billionaire said"; not a newcomer noun: "said
    the woman" introduces her); else itself (no id)."""
    aid = described_entity(art, ref)
    if aid:
        return actor_speaker(art, aid, ref.text)
    ent = ref.entity
    end = -1 if "definite" in ent.roles or ent.kind != "person" else employer_end(art, ref.end)
    if end > 0:   # "a professor at Yale University": the whole phrase, no id
        return Speaker(art.text[ref.start:end], "", ref.text, referent=ref.actor_id)
    if "definite" in ent.roles and ent.kind == "person" and ref.head not in NEWCOMER_NOUNS:
        want = ent.gender or "person"
        sp = _coref.antecedent(art, ref, lambda a: not a.startswith(DESCRIPTION_PREFIX) and
                         compatible(art, a, want) and compatible(art, a, "person") and
                         not party_clash(art, a, ref.text))
        if sp:
            return Speaker(sp.name, sp.actor_id, ref.text)
    return actor_speaker(art, ref.actor_id, ref.text)


# a document description that names its issuer before its head ("the Heritage Foundation
# website", "a Pentagon readout", "the IMF report"): the description speaks as written, not the
# latest speaker (PolNeAR train 11 rows, dev 2: all read better; scorer counts unchanged)
_INNER_CAPITAL = re.compile(r"\s([A-Z][a-z]*)")
_DATE_WORDS = MONTHS | WEEKDAYS | {m[:3] for m in MONTHS} | {"sept"}


def _names_issuer(text: str) -> bool:
    return any(w.lower() not in _DATE_WORDS for w in _INNER_CAPITAL.findall(text.rsplit(None, 1)[0]))


def resolve_nominal(art, ref: Ref) -> Speaker:
    head = ref.head
    words = ref.text.lower().split()
    country_of = load_countries()
    countries = {country_of[w] for w in words if w in country_of} or _owner_country(art, ref)
    if head in ("latter", "former"):
        k = sentence_no(art, ref.start)
        for j in range(k, max(-1, k - 3), -1):
            lo, hi = art.sentences[j]
            cands = [(aid, men) for _, aid, men, obl
                     in _coref.candidates(art, lo, min(hi, ref.start)) if not obl]
            if len(cands) >= 2:
                aid, men = cands[-1] if head == "latter" else cands[0]
                return actor_speaker(art, aid, ref.text)   # a description: no id written
        return Speaker(ref.text, "", ref.text)
    if head in DOCUMENT_WORDS:
        subject = issuing_subject(art, ref)   # "X issued a statement saying": X
        issuer = _owner(art, ref) or (None if _names_issuer(ref.text) else (
            _issuer_after(art, ref) or (_coref.resolve(art, subject) if subject else None)
            or _document_issuer(art, ref)))
        return Speaker(issuer.name, issuer.actor_id, ref.text) if issuer else \
            Speaker(ref.text, "", ref.text)
    if words[0] in INDEFINITE:
        # "a senior State Department official": someone new, never an earlier person; an
        # unnamed official is coded by the body the description names, if any
        sp = _named_body_inside(art, ref)
        end = -1 if sp else employer_end(art, ref.end)
        if end > 0:   # "a spokesman for Tesco": the whole phrase, no id
            return Speaker(art.text[ref.start:end], "", ref.text)
    else:
        # a body's qualified name ("the external affairs ministry") is only one that has it
        qualifiers = [w for w in words[:-1] if w not in _DETERMINERS and w not in country_of
                      and not w.endswith(("'s", "’s"))]
        sp = _coref.antecedent(art, ref, lambda aid: _role_matches(art, aid, head, countries,
                                                                    qualifiers), oblique_ok=True)
        if not sp and head in PERSON_ROLES:
            # "the diplomat", "the Venezuelan leader": the latest person (of that country) mentioned,
            # not one the text or codebook knows in another role ("President Maduro ... the
            # country's defence minister")
            sp = _coref.antecedent(art, ref, lambda aid: compatible(art, aid, "person") and
                not _newcomer(art, aid, head) and (
                not countries or (record(art, aid) or {}).get("country") in countries)
                and _may_hold(art, aid, head) and not party_clash(art, aid, ref.text))
        if not sp:
            # "the ministry" after "the Russian Foreign Ministry", a name the codebook lacks: the
            # latest such name ending in the head noun
            sp = _coref.antecedent(art, ref, lambda aid: record(art, aid) is None and
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


def _newcomer(art, aid, head) -> bool:
    """Is ``aid`` an indefinite description with another head ("a former State Department
    staffer")? Someone the text introduced, not who a later "the official" is ("another GOP
    official ... the second official" is). PolNeAR train: 2 rows to the right speaker, none away."""
    ent = art.entities.get(aid) if aid.startswith(DESCRIPTION_PREFIX) else None
    return ent is not None and "definite" not in ent.roles and \
        ent.name.lower().split()[-1] != head


_DETERMINERS = {"the", "a", "an", "this", "that", "its", "his", "her", "their"}
_GENERIC_ROLES = {"diplomat", "leader", "official", "chief", "representative", "counterpart"}


def _may_hold(art, aid, head) -> bool:
    """Can the person ``aid`` be "the <head>": the text gave them no role noun, or gave them this
    one ("President Rafael Morales ... the embattled president"; not "... the country's defence
    minister"); a codebook person, when their affiliation names it."""
    if head in _GENERIC_ROLES:
        return True   # a minister is a diplomat, a president a leader
    ent, rec = art.entities.get(aid), record(art, aid)
    known = set(ent.roles if ent else ()) & (PERSON_ROLES | set(load_role_nouns()))
    if rec is not None:
        known |= {w for w in re.findall(r"[a-z]+", rec["affiliation"].lower()) if w in PERSON_ROLES}
    return not known or head in known or head.split()[-1] in known


_OF = re.compile(r" of (?:the )?")
_TITLE_WORDS = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}")


def _owner_country(art, ref: Ref) -> set[str]:
    """"the government of President Nicolas Maduro", "the ministry of Venezuela": the country of
    the codebook actor named right after "of" (empty when none is)."""
    m = _OF.match(art.masked, ref.end)
    owner = refs_starting_in(art, m.end(), m.end() + 40) if m else []
    titled = owner and _TITLE_WORDS.fullmatch(art.masked, m.end(), owner[0].start)   # "President"
    rec = record(art, owner[0].actor_id) if titled and owner[0].kind in ("actor", "metonym") else None
    return {rec["country"]} if rec is not None and rec["country"] else set()


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
        return _coref.resolve(art, owned[0])
    words = m.group(1).lower().split()
    owner = Ref(ref.start, ref.start + m.end(1), ref.text[:m.end(1)], "nominal", head=words[-1])
    sp = resolve_nominal(art, owner) if words[-1] not in DOCUMENT_WORDS else Speaker()
    return sp if sp.actor_id else Speaker()


# "a statement from the ministry", "a letter signed by 40 senators", "an email sent by his aide"
_ISSUER_AFTER = re.compile(r"\s+(?:(?:issued|released|sent|signed|put\s+out|posted|published)\s+)?"
                           r"(?:from|by)\s+")
_DETERMINER_NEXT = re.compile(r"(?:the|its|his|her|their)\s+")


def _issuer_after(art, ref: Ref) -> Speaker:
    """The issuer a document description names after its head ("a statement from the ministry
    said"): the reference right after "from"/"by", resolved; else nobody (the nearest earlier
    speaker would be a guess: "..., officials said. ... a statement from the ministry said")."""
    m = _ISSUER_AFTER.match(art.masked, ref.end)
    if m is None:
        return Speaker()
    det = _DETERMINER_NEXT.match(art.masked, m.end())   # ("by the White House": a name after "the")
    after = [r for r in refs_starting_in(art, m.end(), (det.end() if det else m.end()) + 1)
             if not r.possessive]
    return _coref.resolve(art, after[0]) if after else Speaker()


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
            issuers[k] = [(pos, aid, men) for pos, aid, men, _ in _coref.candidates(art, lo, hi)
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


#: Singular party nouns that end a place-and-party description ("the Wisconsin Republican").
PARTY_NOUNS = {"Republican", "Democrat"}
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:the|a|an|another|one)\s+)$", re.IGNORECASE)


def party_article(art, ref: Ref) -> str:
    """For a name the text builds from a place and a party noun ("The Wisconsin Republican", "a
    Georgia Republican", "the Iowa Democrat"), its article, lower case ("the", "a", ... or ""
    when none); None for any other reference. Why: no person is named "<Place> Republican":
    :mod:`.names` takes the capitalised run for a name, so every such mention became one person
    of that name (PolNeAR train: "Wisconsin Republican" spoke 12 rows, "he" included, where the
    text meant Paul Ryan; anonymous "a New Hampshire Republican" insiders were one speaker)."""
    ent = ref.entity
    words = ent.name.split() if ref.kind == "name" and ent is not None else []
    if len(words) < 2 or words[-1] not in PARTY_NOUNS or not all(w[:1].isupper() for w in words):
        return None
    head = ref.text.split()[0].lower()
    if head in ("the", "a", "an", "another", "one"):
        return head
    m = _ARTICLE_BEFORE.search(art.masked, max(0, ref.start - 12), ref.start)
    return m.group(0).split()[0].lower() if m else ""


def resolve_party_member(art, ref: Ref, article: str) -> Speaker:
    """"the Wisconsin Republican": the latest earlier person it can be, as for a definite
    description (:func:`resolve_description`: "House Speaker Dan Mercer said ... The Ohio
    Republican told reporters": Mercer), else the name as the text gives it; "a Georgia
    Republican", "another ...": someone new, never an earlier person, with no id (two
    anonymous party members are not one speaker). Where it fails: the latest person may be of
    the other party or state (the text's party of each person is not checked); "the Texas
    Republican" named long before loses to a nearer person."""
    if article == "the":
        # its own sentence offers only the name it is set beside ("Jeff Sessions, the Alabama
        # Republican"), not a fronted phrase's ("In the letter - addressed to X - the Utah
        # Republican asks": not X)
        before = [r for r in refs_starting_in(art, max(0, ref.start - 80), ref.start)
                  if r.end <= ref.start and r.kind in ("actor", "name")]
        if before and _APPOSED.fullmatch(art.masked, before[-1].end, ref.start):
            return _with_mention(_coref.resolve(art, before[-1]), ref.text)
        given = _given_before(art, ref)   # "Tom Quill, the Kansas Republican, ... the Kansas
        if given:                          # Republican said": the name it was set beside
            return _with_mention(given, ref.text)
        lo = art.sentences[sentence_no(art, ref.start)][0]
        sp = _coref.antecedent(art, Ref(lo, lo, ref.text, ref.kind, entity=ref.entity),
                               lambda a: not a.startswith(DESCRIPTION_PREFIX) and
                               compatible(art, a, "person") and not _party_entity(art, a))
        if sp:
            return Speaker(sp.name, sp.actor_id, ref.text)
    if article in ("the", ""):   # nobody before: the words, as one speaker of the article
        return actor_speaker(art, ref.actor_id, ref.text)
    start = ref.start
    if article and not ref.text.lower().startswith(article):
        start = art.masked.rfind(article, max(0, start - 12), start)
        start = start if start >= 0 else ref.start
    words = art.text[start:ref.end]
    return Speaker(words, "", ref.text)


def _party_entity(art, aid) -> bool:
    ent = art.entities.get(aid)
    words = ent.name.split() if ent is not None else []
    return len(words) >= 2 and words[-1] in PARTY_NOUNS


_APPOSED = re.compile(r"\s*,\s*(?:the\s+)?")


def _with_mention(sp: Speaker, mention: str) -> Speaker:
    return Speaker(sp.name, sp.actor_id, mention, named=sp.named, referent=sp.referent)


def _given_before(art, ref: Ref) -> Speaker:
    """The person an earlier apposition gave this place-and-party description to (the latest),
    else nobody; earlier mentions are resolved first, so one description keeps one person."""
    for r in reversed(refs_starting_in(art, max(0, ref.start - _GIVEN_LOOK_BACK), ref.start)):
        if r.kind == "name" and r.actor_id == ref.actor_id and r.end <= ref.start:
            before = [b for b in refs_starting_in(art, max(0, r.start - 80), r.start)
                      if b.end <= r.start and b.kind in ("actor", "name")]
            if before and _APPOSED.fullmatch(art.masked, before[-1].end, r.start):
                return _coref.resolve(art, before[-1])
    return Speaker()


#: Characters searched back for the apposition that named a description (bounded: linear on a
#: text of thousands of such descriptions).
_GIVEN_LOOK_BACK = 20000
