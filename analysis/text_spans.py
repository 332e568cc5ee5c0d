"""Find the sentence around a character offset, so every hit can be shown in its context."""
from __future__ import annotations

import numpy as np
import pandas as pd

from .sentences import sentence_spans


def sentence_span(text: str, sentences: pd.DataFrame | None, offset: int) -> tuple[int, int]:
    """(start, end) of the sentence holding ``offset``: from the corpus sentences of this article
    when given, else the corpus's own sentence splitter run on the line (paragraph) around it,
    for texts outside a corpus."""
    if sentences is not None and len(sentences):
        starts, ends = sentences["start"].to_numpy(), sentences["end"].to_numpy()
        i = int(np.searchsorted(starts, offset, side="right")) - 1   # sentences are in text order
        if i >= 0 and starts[i] <= offset < ends[i]:
            return int(starts[i]), int(ends[i])
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line_end = len(text) if line_end < 0 else line_end
    for start, end in sentence_spans(text[line_start:line_end]):
        if line_start + start <= offset < line_start + end:
            return line_start + start, line_start + end
    return line_start, line_end


def sentence_at(text: str, sentences: pd.DataFrame | None, offset: int) -> str:
    """The sentence of ``text`` holding ``offset`` (see :func:`sentence_span`)."""
    start, end = sentence_span(text, sentences, offset)
    return text[start:end].strip()
