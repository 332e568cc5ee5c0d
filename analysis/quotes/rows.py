"""The quote step: one article in, its quote rows out (quotations and reported speech, with
speakers, verbs and intermediaries).

One row per quotation: ``direct`` (a sentence or clause in quotation marks), ``partial`` (a
fragment in marks inside the reporter's sentence, also a scare quote whose holder the sentence
names), ``indirect`` (reported speech without marks: a clause, or the object of a speech act such
as "called for dialogue") and ``mention`` (marks that hold no statement: a title, slogan, handle or
id, a scare quote nobody is said to utter; :func:`~analysis.quotes.marks.not_statement`). The
pieces: marks (:func:`analysis.text.quote_spans`, :mod:`.marks`), names the text gives
(:mod:`.names`), references (:mod:`.mentions`), speakers (:mod:`.coreference`), frames
(:mod:`.attribution` in the sentence, :mod:`.unlisted` for verbs no table holds,
:mod:`.frames_beyond` across sentences), reported speech (:mod:`.reported`).
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..text import CLOSING_MARKS, CUE_LETTERS
from .article import read_article, sentence_bounds
from .attitudes import (ATTITUDE_CUE_WORDS, NOUN_IS_THAT_CUE_WORDS, attitude_contents,
                        noun_is_that_contents)
from .attribution import make_row
from .block_quotes import block_rows
from .content import content_clauses
from .cue_table import cue_table
from .frames_beyond import quote_frame
from .hedged import HEDGE_CUE_WORDS, hedged_clauses
from .light_stances import (LIGHT_STANCE_CUE_WORDS, PASSIVE_STANCE_CUE_WORDS,
                            RECEIVED_SUPPORT_CUE_WORDS, RELATIVE_STANCE_CUE_WORDS,
                            light_stance_contents, passive_stance_contents,
                            received_support_contents, relative_stance_contents)
from .headline_marks import headline_or_markup
from .marks import not_statement, quote_kind, trim
from .mentions import ActorIndex, actor_index
from .nominal import NOUN_THAT_CUE_WORDS, OWNED_NOUN_CUE_WORDS, noun_contents, owned_contents
from .speech_nouns import SPEECH_NOUN_CUE_WORDS, speech_noun_contents
from .reported import reported_clauses
from .reported_checks import checked_contents
from .self_described import SELF_DESCRIBED_CUE_WORDS, self_described_rows
from .transcript_turns import continued_turn, transcript_paragraphs, turn_frame, unmarked_turns
from .verbs import VerbTable, verb_table
from .viewpoints import viewpoint_rows

QUOTE_COLUMNS = ["article_id", "outlet", "quote", "kind", "speaker", "speaker_id",
                 "speaker_mention", "affiliation", "camp", "verb", "verb_class", "via", "sentence",
                 "start", "end", "statement_id"]
_COLON_AT_END = re.compile(r":\s*$")
# a common-noun label ("rabbit patches", "the forgotten America"), not a name ("the Watchmen",
# "Guccifer"): kept as a quotation with no speaker when a passive participle gives it
_COMMON_LABEL = re.compile(r"\s*(?:(?:the|a|an)\s+)?+[a-z]")   # (?+: "the" never the first letter)
# What a quotation continued from the previous paragraph takes from the attributed later part.
_STRAIGHT_AND_CURLY = {'"', "“"}
_SPEAKER_COLUMNS = ("speaker", "speaker_id", "speaker_mention", "affiliation", "camp", "verb",
                    "verb_class", "via")

# The content passes after the reported clauses and cue contents, in the order they claim a
# sentence's spans (block quotations come between the two groups), each with the words one of
# which a sentence must hold for the pass to find a row there (None: it reads every sentence).
# Most sentences hold none of a pass's cue words, and a set test skips them, where the pass's own
# searches read the whole sentence (bench_steps, PolNeAR's first 300 files: quote_rows 12.46 ->
# 11.22 ms an article; the gated passes ran on 2-13% of the sentences).
_CONTENT_PASSES = ((attitude_contents, ATTITUDE_CUE_WORDS), (viewpoint_rows, None),
                   (hedged_clauses, HEDGE_CUE_WORDS), (noun_contents, NOUN_THAT_CUE_WORDS),
                   (speech_noun_contents, SPEECH_NOUN_CUE_WORDS),
                   (noun_is_that_contents, NOUN_IS_THAT_CUE_WORDS),
                   (owned_contents, OWNED_NOUN_CUE_WORDS),
                   (self_described_rows, SELF_DESCRIBED_CUE_WORDS))
_STANCE_PASSES = ((light_stance_contents, LIGHT_STANCE_CUE_WORDS),
                  (passive_stance_contents, PASSIVE_STANCE_CUE_WORDS),
                  (received_support_contents, RECEIVED_SUPPORT_CUE_WORDS),
                  (relative_stance_contents, RELATIVE_STANCE_CUE_WORDS))
# every pass's cue words: a sentence's own (most often none) are what each pass's test reads
_PASS_CUE_WORDS = frozenset().union(*(words for _, words in _CONTENT_PASSES + _STANCE_PASSES
                                      if words is not None))


def sentence_words(masked: str, lo: int, hi: int) -> set[str]:
    """The words of the sentence [lo, hi) of the masked text as runs of the letters a-z, after
    lowercasing: what the content passes' cue words (a-z only) are looked up in, built once a
    sentence. A cue a pass finds is a whole run here: its patterns let no letter stand right
    before or after it. (A run of all letters, accented ones too, cost 40% more.)"""
    return set(CUE_LETTERS.findall(masked[lo:hi].lower()))


def _passes(art, lo, hi, cue_words_held, rows, passes) -> list:
    """The rows ``passes`` find in the sentence [lo, hi), each pass in turn given the spans of
    ``rows`` and of the rows found before it; a pass is not run on a sentence whose
    ``cue_words_held`` (its words among :data:`_PASS_CUE_WORDS`) hold none of its cue words."""
    spans, out = [(s, e) for s, e, _ in rows], []
    for find, cue_words in passes:
        if cue_words is None or not cue_words.isdisjoint(cue_words_held):
            found = find(art, lo, hi, list(spans))
            spans += [(s, e) for s, e, _ in found]
            out += found
    return out


def quote_rows(article: dict, sentences=None, actors: ActorIndex | None = None,
               verbs: VerbTable | None = None) -> list[tuple]:
    """The quote rows of ONE article (an ``articles`` row: text, article_id, outlet) as tuples in
    :data:`QUOTE_COLUMNS` order, sorted by start, end.

    ``sentences``: that article's sentence rows (start, end offsets into the text: dicts or a
    DataFrame); None splits the text here. ``actors``/``verbs``: the actor matcher and verb
    table (default: the codebooks, :func:`~analysis.quotes.mentions.actor_index` and
    :func:`~analysis.quotes.verbs.verb_table`).
    """
    text = str(article.get("text", "") or "")
    article_id = str(article.get("article_id", ""))
    outlet = str(article.get("outlet", ""))
    if not text.strip():
        return []
    art = read_article(text, sentences, actor_index(actors), verbs or verb_table())
    rows, chain = [], []
    cues = cue_table()
    last_frame = None
    q_iter = iter(art.quotes)
    pending = next(q_iter, None)
    para_no = {p_lo: k for k, (p_lo, _) in enumerate(art.paragraphs)}
    para_lo = [p_lo for p_lo, _ in art.paragraphs]
    labelled = transcript_paragraphs(text, art.paragraphs)
    turns = {}   # paragraph start -> its transcript turn (frame, start of its words) or None
    for lo_raw, hi in art.sentences:
        lo, _ = sentence_bounds(art, lo_raw)
        held = []   # rows of quotations with no frame of their own (or a scare quote's holder)
        believed = []   # partial quotations framed by a verb of belief ("he hopes")
        while pending is not None and pending[0] < hi:
            o, c = pending
            s, e = trim(text, o + 1, c)
            k = bisect_right(para_lo, o) - 1
            p_lo = para_lo[k] if k >= 0 else -1
            if p_lo not in turns:
                turns[p_lo] = turn_frame(art, p_lo) if p_lo in labelled else \
                    continued_turn(text, para_lo, k, turns) if labelled and o == p_lo else None
            turn = turns[p_lo]
            if turn is not None and o == p_lo:
                s = max(s, turn[1])
            if s < e:
                frame = turn[0] if turn is not None else quote_frame(art, o, c, last_frame)
                kind = quote_kind(text[s:e], text[o + 1:c],
                                  bool(_COLON_AT_END.search(text[max(0, o - 3):o])))
                rows.append(make_row(art, frame, s, e, kind, article_id, outlet))
                if not_statement(rows[-1]["quote"],
                                 rows[-1]["speaker"] or rows[-1]["speaker_mention"], rows[-1]["verb"],
                                 text[max(0, o - 40):o + 1], text[c:c + 30]) and not (
                        frame is not None and frame.label and _COMMON_LABEL.match(rows[-1]["quote"])) or \
                        headline_or_markup(rows[-1]["quote"], text[c:c + 80]):
                    rows[-1]["kind"] = "mention"
                    if frame is not None:   # ('On "This Week," Carson admitted that ...': the
                        art.post_verbs.discard(frame.verb_pos)   # verb reports its own clause)
                if (frame is None or frame.held) and rows[-1]["kind"] != "mention":
                    held.append(rows[-1])
                elif rows[-1]["kind"] == "partial" and rows[-1]["verb_class"] == "belief":
                    believed.append(rows[-1])
                unclosed = c >= len(text) or text[c] not in CLOSING_MARKS
                borrowed = turn is None and (frame is None or frame is last_frame)
                chain.append((len(rows) - 1, o, unclosed and borrowed))
                if frame is not None and frame.speaker:
                    art.history.append((o, frame.speaker))
                    last_frame = frame
            pending = next(q_iter, None)
        reported = reported_clauses(art, lo, hi)
        words = sentence_words(art.masked, lo, hi)
        reported += content_clauses(art, lo, hi, [(s, e) for s, e, _ in reported], cues, words)
        cue_words_held = _PASS_CUE_WORDS.intersection(words)
        reported += _passes(art, lo, hi, cue_words_held, reported, _CONTENT_PASSES)
        if lo in para_no:
            reported += block_rows(art, lo, para_no[lo])
        reported += _passes(art, lo, hi, cue_words_held, reported, _STANCE_PASSES)
        contents = checked_contents(art, lo, hi, reported)
        for s, e, fr in contents:
            rows.append(make_row(art, fr, s, e, "indirect", article_id, outlet))
            if fr.speaker:
                art.history.append((s, fr.speaker))
        if held and contents:
            held_by_content(held, rows[-len(contents):])
        if believed and contents:
            said_by_reporter(believed, rows[-len(contents):])
    for s, e, fr in unmarked_turns(art, labelled) if labelled or ":" in text else ():
        rows.append(make_row(art, fr, s, e, "indirect", article_id, outlet))
    # A quotation left open at a paragraph's end continues in the next paragraph's quotation; when
    # only that later part carries the attribution, the speaker comes from there. Not when the
    # next paragraph opens with the other kind of double mark: an excerpt left open in straight
    # marks is followed by a curly quotation of its own ('"At the briefing, reporters asked X ...'
    # / '“I won't comment,” X said."'), no part of it (PolNeAR train: 6 rows no longer X's).
    para_starts = {lo for lo, _ in art.paragraphs}
    for (i, o, open_unframed), (j, o_next, _) in reversed(list(zip(chain, chain[1:]))):
        if open_unframed and o_next in para_starts and rows[j]["speaker"] and \
                {text[o], text[o_next]} != _STRAIGHT_AND_CURLY:
            for col in _SPEAKER_COLUMNS:
                rows[i][col] = rows[j][col]
    rows.sort(key=lambda r: (r["start"], r["end"]))
    for row, statement in zip(rows, statement_ids(rows, text, article_id)):
        row["statement_id"] = statement
    return [tuple(r[c] for c in QUOTE_COLUMNS) for r in rows]


def held_by_content(held: list[dict], contents: list[dict]) -> None:
    """A quotation with no frame of its own inside a reported content of its sentence is the
    words of that content's speaker ("Critics, many of them Catholics, argue that Francis is a
    "political pope"", "McConnell says that ..., but instead Obama is giving them "lectures"",
    "About four in 10 said they were "angry""): not of the subject of its own clause, which the
    scare-quote rule reads. Contents with no speaker named (an unresolved "his") and intentions
    give nothing."""
    for row in held:
        around = [c for c in contents if c["start"] < row["start"] and c["end"] >= row["end"]
                  and c["speaker"] and c["verb_class"] != "intention"]
        if around:
            for col in _SPEAKER_COLUMNS:
                row[col] = around[-1][col]


_SUBJECT_PRONOUNS = {"he", "she", "they", "it"}
_DESCRIPTION_START = re.compile(r"(?:the|a|an|this|that|one)\s", re.IGNORECASE)


def said_by_reporter(believed: list[dict], contents: list[dict]) -> None:
    """A partial quotation framed by a verb of belief inside what someone says is that
    reporter's words, not the believer's ("Mulgrew said he hopes the day sends a message that
    "communities are standing up"", "Brazile said she is glad Clinton appeared to be feeling
    better and looks forward to "seeing her back"": Brazile, not Clinton): a belief is no act of
    speech, so its quoted words come from the utterance reported around it. Not when a pronoun
    believes under a description's report ("The Texas senator told reporters he feels good and
    "..."": the same person, and the pronoun's resolution is the surer one)."""
    for row in believed:
        around = [c for c in contents if c["start"] < row["start"] and c["end"] >= row["end"]
                  and c["speaker"] and c["verb_class"] not in ("belief", "intention")]
        if around and str(row["speaker_mention"]).lower() in _SUBJECT_PRONOUNS and \
                _DESCRIPTION_START.match(str(around[-1]["speaker_mention"])):
            continue
        if around:
            for col in _SPEAKER_COLUMNS:
                row[col] = around[-1][col]


# --- one statement, one unit (issue 14) ----------------------------------------------------------

_DOUBLE_MARKS = re.compile(r"[«„“”\"»]|''|``")   # typewriter pairs ('' ``) count as one mark
_SENTENCE_END = re.compile(r"[.!?]\W*\s")
_WORDS_IN_A_FRAME = 40    # speaker, title, apposition and verb between the parts of a split quote
_WORDS_IN_ONE_SENTENCE = 15    # between two fragments quoted under one verb


def _speaker_key(row: dict) -> str:
    return row["speaker_id"] or row["speaker"]


def _one_speech_act(text: str, a: dict, b: dict) -> bool:
    """Do the quotations ``a`` and ``b`` (b after a, same speaker) continue one speech act?

    Three shapes of news copy (AP Stylebook, "quotations in the news"): a quotation split by its
    frame, ``"...," X said. "..."`` (the first part ends in a comma and only the frame, in one
    paragraph, stands between the parts); fragments quoted under one reporting verb in one
    sentence (``called him "a leech" and "a brat"``); and a quotation running over paragraphs, whose paragraph ends without a closing
    mark and whose next paragraph opens with one. On PolNeAR train+dev, of the row pairs that
    share an id 0.88 share one gold attribution, and 0.84 of the pairs in one attribution share
    an id (rows matched to one gold content; issue 14). A quotation closed, framed, and followed
    by a new paragraph's quotation is left as two statements: joining those cost more than gained.
    """
    gap = text[a["end"]:b["start"]]
    if "\n" in gap:
        return bool(_DOUBLE_MARKS.fullmatch(gap.strip()))
    marks = len(_DOUBLE_MARKS.findall(gap))
    if gap.lstrip(" \"”»“’'").startswith(",") and marks == 2:
        return len(gap.split()) <= _WORDS_IN_A_FRAME
    return (marks == 2 and len(gap.split()) <= _WORDS_IN_ONE_SENTENCE and a["verb"] != ""
            and a["verb"] == b["verb"] and not _SENTENCE_END.search(gap))


def statement_ids(rows: list[dict], text: str, article_id: str) -> list[str]:
    """One id per row (rows sorted by start): ``<article_id>:s<n>``, n counting statements in
    text order; "" for a ``mention`` (marks that hold no statement).

    Rows of one speaker are one statement when their spans overlap (a partial quote inside the
    reported clause that carries it) or when :func:`_one_speech_act` joins two consecutive
    quotations. Rows of different speakers never share a statement (reported speech nested in
    another's report stays two statements), nor do rows with no speaker found.
    """
    parent = list(range(len(rows)))

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    live = [i for i, r in enumerate(rows) if r["kind"] != "mention" and _speaker_key(r)]
    marked = [i for i in live if rows[i]["kind"] in ("direct", "partial")]
    pairs = []
    for n, i in enumerate(live):      # overlapping spans (rows are sorted by start)
        for j in live[n + 1:]:
            if rows[j]["start"] >= rows[i]["end"]:
                break
            pairs.append((i, j))
    pairs += [(i, j) for i, j in zip(marked, marked[1:])
              if _one_speech_act(text, rows[i], rows[j])]
    for i, j in pairs:
        if _speaker_key(rows[i]) == _speaker_key(rows[j]):
            parent[root(j)] = root(i)
    numbers: dict[int, int] = {}
    ids = []
    for i, row in enumerate(rows):
        if row["kind"] == "mention":
            ids.append("")
            continue
        n = numbers.setdefault(root(i), len(numbers) + 1)
        ids.append(f"{article_id}:s{n}")
    return ids
