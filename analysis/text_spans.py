"""Find the sentence around a character offset, so every hit can be shown in its context."""
from __future__ import annotations

from bisect import bisect_right

import pandas as pd

from .sentences import sentence_spans


class SentenceIndex:
    """One article's sentence bounds as plain lists, for many offset lookups.

    Why: per-article steps look up the sentence of every hit; reading a DataFrame for each lookup
    costs far more than the search itself. ``sentences`` may be the article's sentence rows as a
    DataFrame, a list of dicts (start, end) or None (then sentences are split from the line).
    """

    def __init__(self, text: str, sentences=None):
        self.text = text
        if isinstance(sentences, SentenceIndex):
            self.starts, self.ends = sentences.starts, sentences.ends
        elif sentences is None or not len(sentences):
            self.starts, self.ends = [], []
        elif isinstance(sentences, pd.DataFrame):
            self.starts = [int(x) for x in sentences["start"].tolist()]
            self.ends = [int(x) for x in sentences["end"].tolist()]
        else:
            self.starts = [int(s["start"]) for s in sentences]
            self.ends = [int(s["end"]) for s in sentences]

    def span(self, offset: int) -> tuple[int, int]:
        """(start, end) of the sentence holding ``offset`` (see :func:`sentence_span`)."""
        i = bisect_right(self.starts, offset) - 1     # sentences are in text order
        if i >= 0 and self.starts[i] <= offset < self.ends[i]:
            return self.starts[i], self.ends[i]
        text = self.text
        line_start = text.rfind("\n", 0, offset) + 1
        line_end = text.find("\n", offset)
        line_end = len(text) if line_end < 0 else line_end
        for start, end in sentence_spans(text[line_start:line_end]):
            if line_start + start <= offset < line_start + end:
                return line_start + start, line_start + end
        return line_start, line_end

    def at(self, offset: int) -> str:
        """The sentence holding ``offset``, stripped."""
        start, end = self.span(offset)
        return self.text[start:end].strip()


def sentence_index(text: str, sentences) -> SentenceIndex:
    """``sentences`` as a :class:`SentenceIndex` of ``text`` (returned as is when it is one)."""
    if isinstance(sentences, SentenceIndex) and sentences.text is text:
        return sentences
    return SentenceIndex(text, sentences)


def sentence_span(text: str, sentences: pd.DataFrame | None, offset: int) -> tuple[int, int]:
    """(start, end) of the sentence holding ``offset``: from the corpus sentences of this article
    when given, else the corpus's own sentence splitter run on the line (paragraph) around it,
    for texts outside a corpus."""
    return sentence_index(text, sentences).span(offset)


def sentence_at(text: str, sentences: pd.DataFrame | None, offset: int) -> str:
    """The sentence of ``text`` holding ``offset`` (see :func:`sentence_span`)."""
    return sentence_index(text, sentences).at(offset)
