"""A reporting frame (who speaks, through which verb, relayed by whom) and the two questions
every frame rule asks of a clause: its last (or first) subject reference and its main subject.

Why apart from :mod:`.attribution`: the frame rules there, in :mod:`.frames_beyond`,
:mod:`.announced` and :mod:`.unlisted` all build on these; attribution.py had grown past the
size of one job (moved unchanged).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .article import FRONTED as _FRONTED, is_place, phrase_head, refs_starting_in
from .coreference import Speaker, compatible, resolve
from .fronted_clauses import first_comma
from .mentions import Ref
from .subjects import named_holder

@dataclass
class Frame:
    """A reporting frame: who speaks, through which verb (and its class), relayed by whom."""
    speaker: Speaker
    verb: str = ""
    verb_class: str = ""
    via: str = ""
    ref: Ref | None = None
    verb_pos: int = -1
    # a scare quote's holder read off its clause's subject (no frame of its own): a reported
    # content around the quotation may give the speaker instead (rows.held_by_content)
    held: bool = False
    # a label a naming participle with no subject gives ('known as "rabbit patches"': no one's
    # words, :mod:`.passive_labels`): a quotation with no speaker, not a mention, unless a title
    label: bool = False


def ref_at(art, lo, hi, *, last=True, subject=True):
    """The last (or first) reference within [lo, hi); with ``subject``, not one governed by a
    preposition."""
    refs = [r for r in refs_starting_in(art, lo, hi) if r.end <= hi and not r.possessive
            and not (subject and r.oblique and r.kind != "who")]
    if not refs:
        return None
    if last and subject and len(refs) > 1 and phrase_head(art, refs[-1]) is refs[-2] \
            and compatible(art, refs[-2].actor_id, "person") \
            and not compatible(art, refs[-1].actor_id, "person"):
        return refs[-2]   # "Robert Gordon of Northwestern University suggested": the person
    return refs[-1] if last else refs[0]


def main_subject(art, lo, before):
    """The sentence subject: the first non-oblique reference of the sentence that is no place;
    after a fronted phrase ("Speaking in Salem, New Hampshire, Trump ...", "After the debate,
    ..."), the first one past its first comma not followed by a comma (the phrase's words are)."""
    refs = [r for r in refs_starting_in(art, lo, before) if r.end <= before and not r.possessive
            and not (r.oblique and r.kind != "who") and not is_place(art, r)
            and not (r.text in ("It", "it") and _DUMMY_IT.match(art.masked, r.end))]
    if refs and _FRONTED.match(art.masked, lo):   # ("Alongside BLM calls for action, even X said")
        inside = [r for r in refs if art.masked[r.end:r.end + 1] != "," or   # (", who ...": a
                  _WHO_AFTER.match(art.masked, r.end)]   # subject's relative clause; train: 1 row)
        comma = first_comma(art, lo, before)   # (one closing a quotation too)
        past = [r for r in inside if r.start > comma >= 0]
        # "In June, after Clinton fell ill, Axelrod emailed her": a second fronted clause's
        # subject is no main subject (PolNeAR train: 1 row)
        past = [r for r in past if not _SUBORDINATE_SUBJECT.match(
            art.masked, max(lo, art.masked.rfind(",", lo, r.start)), r.start)] or past
        return (past or inside or refs)[0]
    return named_holder(art, refs) or (refs[0] if refs else None)


_WHO_AFTER = re.compile(r",\s+who\s")
_SUBORDINATE_SUBJECT = re.compile(r",\s+(?:after|before|when|while|since|because|although|though|"
                                  r"if|until|once)\s+(?:the\s+|a\s+|an\s+)?$")
_DUMMY_IT = re.compile(r"\s+(?:is|was|'s|’s|has\s+been|seems|seemed)\b")  # "It was a potent punch"


_OPENS_WITH_SUBJECT = re.compile(r"\W*(?:[A-Z]|(?:he|she|they|we|I)\b)")
_CLAUSE_COMMA = re.compile(r"[,;:]\s|\x00")


def shared_subject(art, lo, link):
    """'She greeted 2,000 supporters in Houston and told them that ...': a reporting verb right
    after "and" with no subject of its own shares the subject opening the clause before it, not
    that clause's object; only where the sentence opens with that subject (no fronted phrase)
    and no comma stands between (PolNeAR train: 2 rows to the gold speaker, none away)."""
    if _FRONTED.match(art.masked, lo) or _CLAUSE_COMMA.search(art.masked, lo, link) or \
            not _OPENS_WITH_SUBJECT.match(art.masked, lo):
        return None
    ref = main_subject(art, lo, link)
    return ref if ref is not None and ref.start - lo < 40 else None


# a sentence opened by a subordinate clause ("When X shouted, "...," Y joked", "But even as X
# claimed that "...," Y said": the subordinator in lower case after But/And/Yet/even; PolNeAR
# train: 2 rows to the gold speaker, none away)
_OPENS_SUBORDINATE = re.compile(r"\W*(?:(?:But|And|Yet)\s+(?:even\s+)?(?=[a-z])|Even\s+(?=[a-z]))?"
                                r"(?i:(When|As|While|After|Before|If|Because|Although|Though|Since|"
                                r"Until|Once|Whenever))\s")
_SET_OFF = re.compile(r",|\s[-—–]+\s|[—–]")


def in_subordinate(masked, lo, verb, o) -> bool:
    """Do the reporting verb at ``verb`` and the quotation opening at ``o`` both stand in the
    subordinate clause that opens the sentence at ``lo`` (no comma or dash before the verb, none
    between it and the quotation but the comma or colon right before the mark)? Then the
    quotation is that clause's, and a verb after it the main clause's ("After Scalia said that
    ... "less advanced schools," Trump said:" is Scalia's; PolNeAR train: 4 rows to the gold
    speaker, 1 away, a later "she" then taking the new speaker)."""
    between = masked[verb:o].rstrip()
    between = between[:-1] if between.endswith((",", ":")) else between
    return bool(_OPENS_SUBORDINATE.match(masked, lo, verb)) and \
        not _SET_OFF.search(masked, lo, verb) and not _SET_OFF.search(between)


def before_main_clause(masked, lo, verb, o) -> bool:
    """Does the reporting verb at ``verb`` stand in the subordinate clause opening the sentence
    at ``lo`` ("As Blumenthal spoke, ...", "While Sullivan proclaims ...,") with the main clause
    opening after that clause's comma and going on with words of its own before the quotation at
    ``o`` ("..., the NRA was going into overdrive, whipping lawmakers against "...""))? Then the
    verb frames nothing there; "When asked, he said "..."" keeps its frame (a verb of its own after
    the comma), and an "as" clause is no such clause: "As Ruth Marcus puts it, Obama is ... "..."",
    "As X explained, ..." attribute the main clause (PolNeAR train: with "as" 2 rows away from
    the gold speaker; without, 1 row to it, none away: "After X asked about it ..., the Graysons
    became "agitated" ..., according to a source")."""
    opens = _OPENS_SUBORDINATE.match(masked, lo, verb)
    if not opens or opens.group(1).lower() == "as" or _SET_OFF.search(masked, lo, verb):
        return False   # ("As Ruth Marcus puts it, Obama is ... "...": an "as" clause attributes)
    close = _CLAUSE_CLOSE.search(masked, verb, o)
    return close is not None and len(_WORD.findall(masked, close.end(), o)) >= 4


_CLAUSE_CLOSE = re.compile(r",\s+(?=[A-Za-z])")   # the comma closing the clause, words after it
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


_SMALL_CLAUSE_VERB = re.compile(r"\s+(?!(?:by|and|or|to|in|on|at|for|with|from|of|about|over)\b)[a-z]+\b")


def means_subject(art, lo, start):
    """The subject of the clause a "by <verb>ing" phrase ending at ``start`` is the means of:
    the sentence's subject, unless a name after it opens a clause of its own ("she watches
    Sanders thrill audiences by exhorting them": Sanders's means; PolNeAR train: 3 rows to the
    gold speaker with this check, none away)."""
    ref = main_subject(art, lo, start)
    if ref is None or any(_SMALL_CLAUSE_VERB.match(art.masked, r.end) for r in
                          refs_starting_in(art, ref.end, start) if r.kind in ("name", "actor")):
        return None
    return ref


_WORD = re.compile(r"[\w'’-]*")
_SINGULAR_END = re.compile(r"(?:[^s]|ss)$")   # a bare subject that is one person ("Another")
_DEFINITE = re.compile(r"(?:the|The|this|This|that|That)\s|\S+['’]s?\s|(?:his|her|their|His|Her|Their)\s")
# between a reporting verb and the subject pronoun opening its reported clause: an addressee
# ("told reporters", "told NPR's Jim Dale"), adverbs, "that"; no clause break
_INTO_REPORT = re.compile(r"\s+(?:[^\s,;:.!?\x00]+\s+){0,5}?(?:that\s+)?$|\s*$")


def pronoun_in_report(art, outer, inner) -> bool:
    """"The president told reporter Jim Dale that he believes he "can still win"", "Another said
    he hoped with his "whole heart"": a quotation framed by a verb whose subject is a he/she
    opening the reported clause of an earlier verb of the same sentence is relayed by that
    verb's speaker, a person (the pronoun is that speaker: Lappin & Leass's subject before
    object; and PolNeAR gives a nested quotation to the outer speaker). Without it the pronoun
    went to the addressee or to an earlier person when the subject was a description. Asked by
    :func:`.attribution.pre_frame` of its last two verbs. PolNeAR train: 3 rows to the gold
    speaker (and 1 "X's campaign manager said he ..." read right, proxy wrong), 18 the same
    person under a fuller mention; dev unchanged."""
    ref, out = inner.ref, outer.ref
    if ref is None or out is None or ref.kind != "pronoun" or ref.head not in ("he", "she") or \
            outer.verb_pos < 0 or out.start > outer.verb_pos or not outer.speaker.name:
        return False
    if out.kind == "name":   # a person the text names ("Worcester, Massachusetts," is none)
        person = out.entity is not None and out.entity.kind == "person" and \
            out.entity.gender in ("", "m" if ref.head == "he" else "f")
    elif out.kind == "actor":
        person = compatible(art, out.actor_id, "m" if ref.head == "he" else "f")
    elif out.kind == "pronoun":
        person = out.head == ref.head
    else:   # a description ("The president", "Another")
        person = out.kind in ("description", "nominal") or \
            out.kind == "plural" and _SINGULAR_END.search(out.text) is not None
    end = _WORD.match(art.masked, outer.verb_pos).end()   # ("believes, he said, that": no report)
    gap = art.masked[end:ref.start]
    if not person or ref.start <= end or len(gap) > 60 or _INTO_REPORT.fullmatch(gap) is None:
        return False
    if out.kind in ("name", "actor", "pronoun") or outer.speaker.actor_id and \
            outer.speaker.actor_id == inner.speaker.actor_id:
        return True
    # a description: someone new ("Another", "A woman") nothing before can be; a definite one
    # ("The Florida senator told reporters he") keeps the pronoun's person, unless that person is
    # named in the clause as addressee or owner ("told Jim Dale that he", "Sanders's campaign
    # manager said he expects the senator to")
    if not outer.speaker.actor_id and not _DEFINITE.match(out.text):
        return True
    last = inner.speaker.name.rsplit(" ", 1)[-1]
    return bool(inner.speaker.actor_id) and (
        len(last) > 2 and re.search(r"\b" + re.escape(last) + r"['’]", out.text) is not None or
        any(r.kind != "pronoun" and r is not out and
            resolve(art, r).actor_id == inner.speaker.actor_id
            for r in refs_starting_in(art, out.end, ref.start)))


# a pre frame's verb (and its short object) set off right before the quotation: "telling her, "
_INTRODUCES = re.compile(r"[a-z]+(?:\s+[\w'’]+){0,3}?\s*[,:]\s*$")
# after a post frame's verb: a content of its own ("replied to him that", "replied: "..."")
_OWN_CONTENT = re.compile(r"[a-z]*(?:\s+(?:to\s+)?(?:him|her|them|me|us))?\s+(?:that\s+(?!day|night|week|month|year|morning|evening|afternoon)|\x00)")


def introduced_before(art, pre, post, o) -> bool:
    """Whether the verb before a quotation frames it rather than the clause after it: "X emailed
    her, telling her, "..." She replied to him that it was an "honor."": the post frame's verb
    has content of its own (a that-clause or a quotation right after it), and the pre frame's
    verb opens the quotation (only a short object and a comma or colon between). PolNeAR train:
    2 rows."""
    return _INTRODUCES.match(art.masked, pre.verb_pos, o) is not None and \
        _OWN_CONTENT.match(art.masked, post.verb_pos) is not None
