"""Hedges, distancing words and scare quotes, each with what it bears on.

Why: "reportedly called ...", "falsely telling ...", "claimed Pompeo" and the nation's "interim
president" in quotation marks are ways an outlet keeps a claim at arm's length or discredits it
without saying so. Markers come from ``codebooks/hedges.csv`` (misspellings are codebook rows with
the correct ``marker``, e.g. falsly → falsely). Targets:

- clause: from the marker to the end of its clause (next ; : or sentence end), at most 40 words.
- phrase: the next words up to punctuation or a function word, at most 5
  ("so-called | coup attempt | was defeated"), or the quotation right after the marker
  ('so-called | "rebalancing measures"').
- speech: a reporting word. Target = the that-clause after it; else the quotation before it in
  its sentence, at most 8 words away (", claimed Pompeo", "Arreaza was quoted by Tass as saying");
  else the rest of the clause.

Inside a quotation a target ends with the quotation. A marker whose rule finds no words takes
the rest of its clause; one with nothing after it in its
sentence has no target: ``target`` empty and ``target_start`` = ``target_end`` = -1.
- scare quotes: a span in quotation marks of at most ``max_words`` words that is not a whole
  sentence and that no speech act introduces (no quote row with a reporting verb covers it);
  the target is the quoted term itself.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from ..codebooks import cached_by_file, load_hedges, load_stopwords
from ..text import sentence_index, word_spans
from .termmatch import TermMatcher
from .voice import VoiceIndex, article_voice, headings, quote_marks

# The agreed export columns first, then extras.
HEDGE_COLUMNS = ["article_id", "outlet", "marker", "kind", "target", "sentence", "start", "end",
                 "voice", "speaker", "target_start", "target_end", "term"]
# Sentence ends come from the corpus sentences (which know "U.S." is no full stop), so inside a
# sentence a clause ends only at ; or : and a phrase at other punctuation.
_CLAUSE_END = re.compile(r"[;:]")
_PHRASE_END = re.compile(r"[,;:!?()\"“”]")
_THAT = re.compile(r"^\s+that\s+", re.IGNORECASE)
_TARGET_EDGE = " \n,;:.\"“”"


@cached_by_file
def hedge_matcher(path="hedges.csv") -> TermMatcher:
    """The hedges codebook compiled into one matcher (rebuilt when the file changes)."""
    return TermMatcher(load_hedges(path), payload_cols=["marker", "kind", "target"])


def _limit_words(text: str, start: int, end: int, n: int) -> int:
    """End offset after at most ``n`` words of text[start:end]."""
    spans = word_spans(text[start:end])
    return end if len(spans) <= n else start + spans[n - 1][1]


def _clause_after(text: str, start: int, s_end: int, n_words: int = 40) -> tuple[int, int]:
    stop = _CLAUSE_END.search(text, start, s_end)
    end = stop.start() if stop else s_end
    begin = start + len(text[start:end]) - len(text[start:end].lstrip())
    return begin, _limit_words(text, begin, end, n_words)


def _target(text: str, hit_start: int, hit_end: int, target: str, s_start: int, s_end: int,
            marks: list[tuple[int, int, str]]) -> tuple[int, int]:
    if target == "phrase":
        stop = _PHRASE_END.search(text, hit_end, s_end)
        end = stop.start() if stop else s_end
        begin = hit_end + len(text[hit_end:end]) - len(text[hit_end:end].lstrip())
        # A quotation right after the marker is its phrase ('the so-called "rebalancing
        # measures"'); the phrase rule would stop at the opening mark and find nothing.
        quoted = [(q_start, q_end) for q_start, q_end, _ in marks if q_start == begin]
        if quoted:
            return quoted[0][0] + 1, quoted[0][1] - 1
        # The phrase is the content words that follow: it ends before a function word
        # ("so-called | coup attempt | was defeated").
        stopwords = load_stopwords()
        words = word_spans(text[begin:end])
        for k, (ws, we) in enumerate(words[:5]):
            if k and text[begin + ws:begin + we].lower() in stopwords:
                return begin, begin + words[k - 1][1]
        return begin, _limit_words(text, begin, end, 5)
    if target == "speech":
        that = _THAT.match(text[hit_end:s_end])
        if that:
            return _clause_after(text, hit_end + that.end(), s_end)
        # else the quotation before it in its sentence, when the words between can only name its
        # speaker (", claimed Pompeo"; "the ministry was quoted as saying"): not a quotation a
        # clause away ('"...," Romney tweeted the day after a man claiming allegiance to ISIS')
        near = [(q_start, q_end) for q_start, q_end, _ in marks
                if s_start <= q_start and q_end <= hit_start and
                len(word_spans(text[q_end:hit_start])) <= _SPEAKER_WORDS]
        if near:
            q_start, q_end = near[-1]
            return q_start + 1, q_end - 1
    return _clause_after(text, hit_end, s_end)


#: Most words between a quotation and the reporting word after it that bears on it: a speaker
#: with title and verb ("the ministry's spokeswoman was quoted as saying").
_SPEAKER_WORDS = 8


def target_span(text: str, hit_start: int, hit_end: int, target: str, s_start: int, s_end: int,
                marks: list[tuple[int, int, str]]) -> tuple[int, int]:
    """(start, end) of what a marker bears on, by its codebook ``target``; when that rule finds
    no words (a phrase marker before punctuation), the rest of its clause; when there is none
    either (a marker ending its sentence), (-1, -1): no target, recorded as such."""
    for rule in (target, "clause"):
        start, end = _target(text, hit_start, hit_end, rule, s_start, s_end, marks)
        if text[start:end].strip(_TARGET_EDGE):
            return start, end
    return -1, -1


def hedge_rows(article: dict, sentences: list[dict], quotes: list[dict] | None = None,
               max_words: int = 4, codebook="hedges.csv",
               paragraphs: list[dict] | None = None,
               voice_index: VoiceIndex | None = None) -> list[tuple]:
    """Hedge markers and scare quotes in ONE article as HEDGE_COLUMNS tuples, with targets, voice
    and sentence. ``quotes``: the article's quote rows (start, end, speaker, kind, verb);
    ``paragraphs``: its paragraph rows, whose subheads are headline voice (:mod:`.voice`).
    ``voice_index``: see :func:`~analysis.framing.voice.article_voice`."""
    text, aid, outlet = article["text"], article["article_id"], article.get("outlet", "")
    subheads = headings(paragraphs)
    marks, where = quote_marks(text), sentence_index(text, sentences)
    hits, rows = hedge_matcher(codebook).find(text), []
    voice = article_voice(quotes, text, paragraphs, voice_index) if hits else None
    for term, match, start, end, marker, kind, target in hits:
        s_start, s_end = where.span(start)
        # inside a quotation, what a marker bears on ends with the quotation
        s_end = min([s_end] + [q_end - 1 for q_start, q_end, _ in marks if q_start < start < q_end])
        t_start, t_end = target_span(text, start, end, target, s_start, s_end, marks)
        said, speaker, _ = voice.of(start, end)
        aim = text[t_start:t_end].strip(_TARGET_EDGE) if t_start >= 0 else ""
        rows.append((aid, outlet, marker, kind, aim, where.at(start), start, end, said, speaker,
                     t_start, t_end, match))
    scares = _scare_quotes(text, where, quotes, max_words, marks)
    # Voice of a scare quote: the quotation around it, if any, not the quote the marks make.
    own = {(s, e) for _, _, s, e in scares} | {(s + 1, e - 1) for _, _, s, e in scares}
    outer = VoiceIndex(quotes, skip_spans=own, text=text, headings=subheads) if scares else None
    for quoted, inner, start, end in scares:
        said, speaker, _ = outer.of(start, end)
        rows.append((aid, outlet, quoted, "scare_quote", inner, where.at(start), start, end,
                     said, speaker, start + 1, end - 1, quoted))
    rows.sort(key=lambda r: r[6])
    return rows


def _scare_quotes(text: str, where, quotes: list[dict] | None, max_words: int,
                  marks: list[tuple[int, int, str]]) -> list[tuple[str, str, int, int]]:
    """Short quoted terms that no speech act introduces: (quoted text with its marks, inner text,
    start, end). A quote row with a non-empty ``verb`` covering the span marks it as reported
    speech (Padrino "describing ... as "very small"" is not a scare quote); without one every
    short quoted term that is not a whole sentence is a candidate."""
    spoken = sorted((q["start"], q["end"]) for q in quotes or () if (q.get("verb") or "").strip())
    # does a spoken quote cover the marks? the furthest end among those starting early enough
    spoken_starts = [qs for qs, _ in spoken]
    reach = list(accumulate((qe for _, qe in spoken), max))
    rows = []
    for m_start, m_end, inner in marks:
        inner = inner.strip().rstrip(",.;:")
        n = len(word_spans(inner))
        if not 0 < n <= max_words:
            continue
        s_start, s_end = where.span(m_start)
        if text[s_start:s_end].strip().strip("\"“”‘’.,") == inner:
            continue  # a whole sentence (headline quote, one-word answer), not a term
        # a quote row ends before the punctuation inside the marks ('"to get out," Pompeo said'
        # -> "to get out"): compare with the end of the marks' words, not the closing mark
        last = m_start + 1 + len(text[m_start + 1:m_end - 1].rstrip(" ,.;:!?'"))
        covering = bisect_right(spoken_starts, m_start + 1)
        if covering and reach[covering - 1] >= last:
            continue
        rows.append((text[m_start:m_end], inner, m_start, m_end))
    return rows
