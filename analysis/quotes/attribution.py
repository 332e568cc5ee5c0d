"""Attribution: the reporting frame around a quotation, and so its speaker, verb and intermediary.

Why these frames: news attribution is formulaic (``"...," X said``, ``X said: "..."``, ``"...,"
said X``, ``according to X``, ``X was quoted by Y as saying``); a rule per construction, never per
article, is explainable to a researcher and runs without model downloads (cf. the rule-based
attribution of Pareti 2016 and Krestel et al. 2008). Speakers come from :mod:`.coreference`.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..text import CLAUSE_TOKEN
from .article import record, refs_starting_in, sentence_bounds, verb_hits_in
from .coreference import Speaker, is_medium, resolve
from .marks import MASK
from .mentions import Ref
from .verbs import verb_class
from .words import SUBORDINATORS

_ACCORDING = re.compile(r"(?<!\w)[Aa]ccording\s+to\s+")
_QUOTED_AS = re.compile(r"(?<!\w)quoted\s+(?:(?P<obj>.{1,120}?)\s+)?as\s+"
                        r"(?:saying|telling|stating|writing|adding|claiming|warning|insisting)\b")


# Small tests made inside the per-quotation and per-sentence loops, compiled once here.
_AS_AT_END = re.compile(r"\bas\s+$")               # "quoted ... as "
_BY = re.compile(r"by\b")
_COMMA_AT_END = re.compile(r",\s*$")
_COMMA_SEMI_AT_END = re.compile(r"[,;]\s*$")
_STOP_OR_MASK = re.compile(r"[.;]|" + MASK)
_PHRASE_STOP = re.compile(r"[,;.]\s|" + MASK + r"|$")   # end of an "according to X" phrase
_LEADING_PUNCT = re.compile(r"\s*([,;:—–-]?)\s*")
_NEW_CLAUSE = re.compile(r"(?:;|,\s*(?:while|whereas|but|although|though|and|or)\b)\s*")
_THAT = re.compile(r"\s*that\b")
_ALNUM = re.compile(r"[^\W_]")

@dataclass
class Frame:
    """A reporting frame: who speaks, through which verb (and its class), relayed by whom."""
    speaker: Speaker
    verb: str = ""
    verb_class: str = ""
    via: str = ""
    ref: Ref | None = None
    verb_pos: int = -1


def ref_at(art, lo, hi, *, last=True, subject=True):
    """The last (or first) reference within [lo, hi); with ``subject``, not one governed by a
    preposition."""
    refs = [r for r in refs_starting_in(art, lo, hi) if r.end <= hi and not r.possessive
            and not (subject and r.oblique and r.kind != "who")]
    if not refs:
        return None
    return refs[-1] if last else refs[0]


def main_subject(art, lo, before):
    """The sentence subject: the first non-oblique reference of the sentence."""
    return ref_at(art, lo, before, last=False)


def _via_from(art, lo, hi):
    """A medium named in [lo, hi) ("told the news agency TASS", "by Tass news agency")."""
    for r in refs_starting_in(art, lo, hi):
        if r.kind == "actor":
            rec = record(art, r.actor_id)
            if rec is not None and rec["type"] == "media":
                return rec["name"]
    return ""


def frame_for_verb(art, hit, lo) -> Frame | None:
    """Speaker of a reporting verb: the subject before it (or after it, in "said X")."""
    start, end, lemma, cls, clausal, form = hit
    pre = art.masked[lo:start]
    # "X was quoted (by Y) as saying" / "Y quoted X as saying"
    ing = form.split()[0].endswith("ing")
    if lemma == "quote":  # "quoted (by Y | X) as saying": decided at "as saying"
        later = [h for h in verb_hits_in(art, end, end + 141) if
                 h[5].split()[0].endswith("ing") and _AS_AT_END.search(art.masked[end:h[0]])]
        if later and MASK not in art.masked[end:later[0][0]]:
            return frame_for_verb(art, later[0], lo)
    if ing and _AS_AT_END.search(pre):
        q = list(_QUOTED_AS.finditer(art.masked, lo, end))
        if q:
            m = q[-1]
            if m.group("obj") and not _BY.match(m.group("obj")):
                obj_refs = [r for r in refs_starting_in(art, m.start("obj"), m.end("obj"))
                            if r.end <= m.end("obj") and not r.possessive]
                named = [r for r in obj_refs if r.kind in ("actor", "name")]
                ref = (named or obj_refs or [None])[0]
                via_ref = ref_at(art, lo, m.start())
                via = resolve(art, via_ref).name if via_ref else ""
            else:
                ref = ref_at(art, lo, m.start())
                via = _via_from(art, m.start(), m.end()) or ""
                if not via and m.group("obj"):
                    via_ref = ref_at(art, m.start("obj"), m.end("obj"), subject=False)
                    via = resolve(art, via_ref).name if via_ref else ""
            if ref:
                return Frame(resolve(art, ref), "quote", verb_class("quote", art.verbs), via,
                             ref, m.start())
    # "retorted saying that": the finite verb is the frame
    earlier = [h for h in verb_hits_in(art, lo, start) if h[1] <= start
               and art.masked[h[1]:start].isspace()]
    if ing and earlier:
        return frame_for_verb(art, earlier[-1], lo)
    if ing and _COMMA_AT_END.search(pre):
        ref = main_subject(art, lo, start)  # ", adding that ...", ", urging ..."
    else:
        ref = ref_at(art, lo, start)
        # "said Maria Zakharova", "claimed Pompeo": subject after the verb
        if ref is None or _COMMA_SEMI_AT_END.search(art.masked[lo:start]) and \
                art.masked[lo:start].strip().endswith(MASK + ","):
            after = ref_at(art, end, min(end + 80, sentence_bounds(art, start)[1]), last=False,
                            subject=False)
            if after is not None and not _STOP_OR_MASK.search(art.masked[end:after.start]) \
                    and len(CLAUSE_TOKEN.findall(art.masked[end:after.start])) <= 3:
                ref = after
    if ref is None:
        return None
    via = ""
    if lemma in ("tell", "say"):
        via = _via_from(art, end, min(end + 40, sentence_bounds(art, start)[1]))
    sp = resolve(art, ref)
    return Frame(sp, lemma, cls, via, ref, start)


def according_to(art, lo, hi):
    """Frames of "according to X" inside [lo, hi): (phrase start, phrase end, Frame)."""
    out = []
    # a plain search skips most sentences at C speed (bench_pathological quote_a: 5.4 -> 4.7 s CPU)
    if art.masked.find("ccording", lo, hi) < 0:
        return out
    for m in _ACCORDING.finditer(art.masked, lo, hi):
        stop = _PHRASE_STOP.search(art.masked[m.end():hi])
        p_end = m.end() + (stop.start() if stop else 0)
        refs = [r for r in refs_starting_in(art, m.end(), p_end)
                if r.end <= p_end and not r.possessive]
        if not refs:
            continue
        people = [r for r in refs if r.kind == "actor" and record(art, r.actor_id) is not None
                  and record(art, r.actor_id)["type"] == "person"]
        ref = people[-1] if people else (
            [r for r in refs if r.kind in ("nominal", "actor", "name")] or refs)[0]
        out.append((m.start(), p_end, Frame(resolve(art, ref), "according to",
                                            verb_class("according to", art.verbs), "", ref,
                                            m.start())))
    return out


def _post_frame(art, close, hi) -> Frame | None:
    """Attribution right after a quotation: ``"...," X said`` / ``"...," said X`` / ``"..." the
    statement read``. The quotation must be closed off by a comma (or stand at the end)."""
    after = art.masked[close + 1:hi]
    inner_end = art.text[max(0, close - 1)]
    m = _LEADING_PUNCT.match(after)
    if not (m.group(1) or inner_end in ",!?.:"):
        return None
    rest_lo = close + 1 + m.end()
    nxt = art.masked.find(MASK, rest_lo, hi)
    seg_hi = nxt if nxt >= 0 else hi
    words = CLAUSE_TOKEN.findall(art.masked[rest_lo:seg_hi])
    if not words or words[0].lower() in SUBORDINATORS - {"as"}:
        return None
    for hit in verb_hits_in(art, rest_lo, seg_hi):
        if len(CLAUSE_TOKEN.findall(art.masked[rest_lo:hit[0]])) <= 9:
            fr = frame_for_verb(art, hit, rest_lo)
            if fr and (fr.ref is None or fr.ref.start >= rest_lo):
                art.post_verbs.add(hit[0])
                return fr
            return None
    return None


def _pre_frame(art, lo, open_) -> Frame | None:
    """Nearest reporting verb before the quotation in its sentence, with its subject."""
    hits = [h for h in verb_hits_in(art, lo, open_) if h[1] <= open_]
    if hits:
        # a new clause with its own subject between verb and quotation ("X criticized Y, while
        # the latter called it "...""): the verb does not frame the quotation
        for m in _NEW_CLAUSE.finditer(art.masked[hits[-1][1]:open_]):
            at = hits[-1][1] + m.end()
            if any(r.start == at or (r.start > at and len(CLAUSE_TOKEN.findall(art.masked[at:r.start]))
                                     <= 1 and not _THAT.match(art.masked, at))
                   for r in refs_starting_in(art, at, open_) if not r.oblique):
                return None
    for hit in reversed(hits):
        fr = frame_for_verb(art, hit, lo)
        if fr is not None:
            return fr
        return None
    return None


def _combine(pre: Frame | None, post: Frame | None, art) -> Frame | None:
    if post and pre and is_medium(art, post.speaker, post.ref):
        return Frame(pre.speaker, pre.verb, pre.verb_class, post.speaker.name
                     if not (post.ref and post.ref.kind == "nominal") else
                     (post.speaker.name + " " + post.ref.head).strip(), pre.ref, pre.verb_pos)
    return post or pre


def make_row(art, frame: Frame | None, s, e, kind, article_id, outlet) -> dict:
    """One quote row (keys: the quote table's columns) for the span [s, e) and its frame."""
    sp = frame.speaker if frame else Speaker()
    rec = record(art, sp.actor_id) if sp.actor_id else None
    # only the sentences from the one holding s to the last starting before e (sorted, disjoint)
    near = art.sentences[max(bisect_right(art.starts, s) - 1, 0):bisect_left(art.starts, e)]
    sents = [(a, b) for a, b in near if a < e and s < b] or [sentence_bounds(art, s)]
    return {"article_id": article_id, "outlet": outlet, "quote": art.text[s:e], "kind": kind,
            "speaker": sp.name, "speaker_id": sp.actor_id, "speaker_mention": sp.mention,
            "affiliation": rec["affiliation"] if rec is not None else "",
            "camp": rec["camp"] if rec is not None else "",
            "verb": frame.verb if frame else "", "verb_class": frame.verb_class if frame else "",
            "via": frame.via if frame else "",
            "sentence": art.text[sents[0][0]:sents[-1][1]].strip(), "start": s, "end": e}


def quote_frame(art, o, c, last_frame):
    """The frame of the quotation between marks ``o`` and ``c``: a verb before it, one after it
    (a medium after a speaker relays), "according to X", else the previous speaker (a quotation
    standing alone) or the subject whose view a scare quote reports."""
    lo, _ = sentence_bounds(art, o)
    _, hi = sentence_bounds(art, min(c, len(art.text) - 1))
    pre = _pre_frame(art, lo, o)
    post = _post_frame(art, c, hi) if c < len(art.text) else None
    frame = _combine(pre, post, art)
    acc = [f for a, b, f in according_to(art, lo, o)]
    if frame is None and acc:
        frame = acc[-1]
    elif frame is not None and acc and not frame.via and acc[-1].speaker.actor_id != \
            frame.speaker.actor_id:
        frame.via = acc[-1].speaker.name
    if frame is None:
        outside = art.masked[lo:hi].replace(MASK, "")
        if not CLAUSE_TOKEN.search(outside.replace("\n", " ")) or not _ALNUM.search(outside):
            return last_frame  # a quotation standing alone continues the previous speaker
        # scare quotes: whose view the clause (else the sentence) reports
        cut = max(art.masked.rfind(ch, lo, o) for ch in ",;")
        ref = (main_subject(art, cut + 1, o) if cut > lo else None) or main_subject(art, lo, o)
        if ref is not None:
            frame = Frame(resolve(art, ref), ref=ref)
    return frame
