"""Whose words is a span in: the outlet's own (narrator), a quoted speaker's (quoted), or a
headline's (headline)?

Why: "the legitimate president" inside Lavrov's quotation and "the legitimate government" in an
outlet's own sentence mean different things for framing. Voice follows the structure of the
sentence, read off the quote step's rows (``start, end, speaker, kind`` as in the quotes table;
offsets into ``articles.text``): the words of a speech act's content are the speaker's voice,
whether quoted (``direct``, ``partial``) or reported (``indirect``: ``X said (that) ...``,
``accused X of ...``, ``blasted the move as ...``, ``called for ...``, ``according to X, ...``);
every other word of the article is the narrator's. Two refinements:

- a reported statement's content ends before an adjunct of circumstance (``amid``, ``amidst``,
  ``against the backdrop of``; not ``despite``, which is usually part of the claim): the
  setting an outlet gives a report is its own commentary, not the source's ("According to the ministry, they spoke by
  telephone | amidst tensions created by Pompeo himself who was falsely telling ..."; Bell 1991,
  *The Language of News Media*, ch. 9, on the reporter's framing of attributed material; the rule
  is the quote step's, :func:`analysis.quotes.reported.circumstance_end`). A speech act inside that commentary keeps its own speaker. Conversely, a phrase that only
  specifies a noun of the content runs on past the comma where the quote step ends it
  ("called on allies to confront emerging threats, | including Russia's military interventions").
- headlines and subheads are a voice of their own (``headline``): they are written by an editor
  to a different genre's rules (van Dijk 1988, *News as Discourse*), so their words are counted
  neither as the narrator's nor as a source's.

``mention`` rows (marks around a title or a scare quote nobody utters) hold no speech act: their
words are the narrator's; so are those of reported content that is no speech act (verb classes
``belief``, ``evidence``, ``intention``, ``stance``: the reporter's account of a view, a poll's
finding or an endorsement), and the unmarked object of a speech act that names its topic (verb
class ``topic``: ``Putin discussed the situation in Caracas``, ``weighed in on the dispute``): the
outlet names what was talked about (``gold/voice_guidelines.md``: ``Commenting on the clashes``
is the outlet's word). One definition serves every step: frame hits, labels and hedges take
their voice from :class:`VoiceIndex`, and the words each voice has (the denominators of
``framing_profile``) come from :func:`voice_words` over the same index.
"""
from __future__ import annotations

import heapq
import re
from bisect import bisect_right

import numpy as np

from ..quotes.reported import circumstance_end
from ..quotes.summaries import speakers_words
from ..text import CLOSING_MARKS, COUNTED_WORD, quote_spans

#: The voices a span can have, in the order tables list them.
VOICES = ("narrator", "quoted", "headline")
# A specifying phrase right after a reported statement's content, to the end of its sentence.
_SPECIFYING = re.compile(r",\s+(?:including|notably|especially|in\s+particular)\s"
                         r"[^;:\"“”\n]*?(?=[.!?](?:\s|$)|[;:]|$)", re.IGNORECASE)


def quote_marks(text: str) -> list[tuple[int, int, str]]:
    """(start, end, inner) of the spans between matching quotation marks (marks included).

    Only closed pairs count (a quotation left open at a paragraph's end is no span here), which
    keeps one stray mark from swallowing the rest of an article.
    """
    return [(o, c + 1, text[o + 1:c]) for o, c in quote_spans(text)
            if c < len(text) and text[c] in CLOSING_MARKS]


def content_end(text: str, start: int, end: int) -> int:
    """Where the content of a reported statement text[start:end] ends: before an adjunct of
    circumstance (amid, amidst, against the backdrop of) that follows some content; else after a
    specifying phrase (", including ...") that follows ``end``; else at ``end``."""
    cut = circumstance_end(text, start, end)   # the quote step's rule (rows already end there)
    if cut < end:
        return cut
    more = _SPECIFYING.match(text, end)
    return more.end() if more else end


def speech_spans(quotes: list[dict] | None, text: str | None = None) -> list[tuple]:
    """(start, end, speaker, kind) of each speech act's content: the quote rows of a speech kind
    (a row without ``kind`` counts as speech); with ``text``, reported statements end at
    :func:`content_end`."""
    rows = []
    for q in quotes or ():
        kind = q.get("kind") or ""
        if not speakers_words(kind, q.get("verb_class") or ""):
            continue    # a belief, a poll's finding, an intention, a stance, a topic named
        start, end = q["start"], q["end"]
        if text is not None and kind == "indirect":
            end = content_end(text, start, end)
        rows.append((start, end, q.get("speaker") or "", kind))
    return rows


class VoiceIndex:
    """One article's speech acts (shortest first) and headings, asked for the voice of many spans.

    ``quotes``: the article's quote rows (dicts with start, end and optionally speaker, kind);
    None or [] means no quotation is known, so every body span is narrator. Quotes with a
    (start, end) in ``skip_spans`` are left out. ``text``: the article text (reported content
    then ends at :func:`content_end`); ``headings``: (start, end) of its subheads, which are
    ``headline`` voice.
    """

    def __init__(self, quotes: list[dict] | None, skip_spans=frozenset(), text: str | None = None,
                 headings=()):
        rows = [r for r in speech_spans(quotes, text)
                if 0 <= r[0] < r[1] and (r[0], r[1]) not in skip_spans]
        rows.sort(key=lambda r: r[1] - r[0])      # stable: ties keep the table's order
        self.quotes = rows
        self.headings = sorted((s, e) for s, e in headings if 0 <= s < e)
        # The answer only changes at quote boundaries: one sweep (a heap of the open quotes, by
        # rank = shortest first) gives the answer between each two boundaries, so a question is
        # a binary search, not a pass over every quote (linear in the quotes, not quadratic).
        self._bounds = sorted({r[0] for r in rows} | {r[1] for r in rows})
        opening: dict[int, list[int]] = {}
        for rank, r in enumerate(rows):
            opening.setdefault(r[0], []).append(rank)
        open_, self._answer = [], []
        for at in self._bounds:
            for rank in opening.get(at, ()):
                heapq.heappush(open_, rank)
            while open_ and rows[open_[0]][1] <= at:
                heapq.heappop(open_)
            self._answer.append(open_[0] if open_ else -1)

    def _heading(self, mid: float) -> bool:
        k = bisect_right(self.headings, (mid, float("inf"))) - 1
        return k >= 0 and self.headings[k][0] <= mid < self.headings[k][1]

    def of(self, start: int, end: int) -> tuple[str, str, str]:
        """(voice, speaker, quote_kind) of the span [start, end), decided by its middle
        character: ``headline`` in a subhead; ``quoted`` inside a speech act's content (when
        they nest, the shortest names the speaker); else ``narrator``."""
        mid = (start + end) / 2
        if self.headings and self._heading(mid):
            return "headline", "", ""
        k = bisect_right(self._bounds, mid) - 1
        if k < 0 or self._answer[k] < 0:
            return "narrator", "", ""
        _, _, speaker, kind = self.quotes[self._answer[k]]
        return "quoted", speaker, kind

    def word_counts(self, text: str) -> dict[str, int]:
        """How many words (``COUNTED_WORD``, as ``articles.n_words`` counts them) of the body
        ``text`` each voice has, each word given the voice of its middle, as :meth:`of` does."""
        # each word's middle, (start + end) / 2, from one flat list (an array of pairs cost more)
        mids = np.array([m.start() + m.end() for m in COUNTED_WORD.finditer(text)], dtype=float) / 2
        heading = np.zeros(len(mids), bool)
        for s, e in self.headings:
            heading |= (mids >= s) & (mids < e)
        k = np.searchsorted(np.array(self._bounds, dtype=float), mids, side="right") - 1
        answer = np.array(self._answer + [-1], dtype=int)   # k == -1 reads the appended -1
        quoted = ~heading & (answer[k] >= 0)
        return {"narrator": int((~heading & ~quoted).sum()), "quoted": int(quoted.sum()),
                "headline": int(heading.sum())}


def article_voice(quotes, text, paragraphs, voice_index: VoiceIndex | None = None) -> VoiceIndex:
    """The :class:`VoiceIndex` of one article: ``voice_index`` when the caller has made it (the
    pipeline makes one an article, for every step that asks), else one made here from its
    ``quotes`` and the subheads of its ``paragraphs``."""
    if voice_index is not None:
        return voice_index
    return VoiceIndex(quotes, text=text, headings=headings(paragraphs))


def headings(paragraphs) -> list[tuple[int, int]]:
    """(start, end) of the subhead paragraphs of one article (``paragraphs`` rows as dicts)."""
    return [(p["start"], p["end"]) for p in paragraphs or () if p.get("role") == "subhead"]


def voice_words(article: dict, voice: VoiceIndex) -> dict[str, int]:
    """Per-article step: the words of ONE article in each voice, the denominators of frame rates:
    narrator and quoted words of the body, headline words = the headline's and the subheads'.
    Every word of ``n_words`` is counted in exactly one of narrator, quoted and headline."""
    counts = voice.word_counts(article.get("text", "") or "")
    counts["headline"] += len(COUNTED_WORD.findall(article.get("headline", "") or ""))
    return counts
