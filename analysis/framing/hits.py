"""Framing-word hits: which frame words each outlet uses, and in whose voice.

Why: a frame word in an outlet's own sentence ("the legitimate government") is the outlet's
framing; the same word inside a quotation ("the legitimate president", says Lavrov) is the framing
of the source the outlet chose to quote (Entman 1993 on framing; the voice split follows quote
attribution). Every hit therefore carries ``voice`` (narrator | quoted) and the quoted
``speaker``. Terms come from ``codebooks/frames.csv``; matching rules are those of
``termmatch`` (whole words, stems, longest match, no double counting).
"""
from __future__ import annotations

import pandas as pd

from ..codebooks import cached_by_file, load_frames
from ..text import sentence_index
from .termmatch import TermMatcher
from .voice import VoiceIndex

# The agreed export columns first, then extras (matched text, kind of the enclosing quote).
HIT_COLUMNS = ["article_id", "outlet", "frame", "term", "voice", "speaker", "sentence", "start",
               "end", "match", "quote_kind"]


@cached_by_file
def frame_matcher(path="frames.csv") -> TermMatcher:
    """The frames codebook compiled into one matcher (rebuilt when the file changes)."""
    return TermMatcher(load_frames(path), payload_cols=["frame"])


def frame_hit_rows(article: dict, sentences: list[dict], quotes: list[dict] | None = None,
                   codebook="frames.csv") -> list[tuple]:
    """Frame hits in ONE article (article_id, outlet, text) as HIT_COLUMNS tuples.

    ``sentences``: the article's sentence rows (start, end); ``quotes``: its quote rows (start,
    end, speaker, kind); None means no quotation is known, so every hit counts as narrator.
    """
    text, aid, outlet = article["text"], article["article_id"], article.get("outlet", "")
    voice, where = VoiceIndex(quotes), sentence_index(text, sentences)
    rows = []
    for term, match, start, end, frame in frame_matcher(str(codebook)).find(text):
        said, speaker, kind = voice.of(start, end)
        rows.append((aid, outlet, frame, term, said, speaker, where.at(start), start, end, match,
                     kind))
    return rows


def frame_profile(hits: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Hits per 1,000 words for each outlet × frame × voice (outlet words = sum of n_words).

    Long format (outlet, frame, voice, hits, words, per_1000) so it plots and tabulates alike;
    frames an outlet never uses appear with 0 so outlets compare on the same rows.
    """
    words = articles.groupby("outlet")["n_words"].sum()
    frames = sorted(set(load_frames()["frame"]) | set(hits["frame"]))
    index = pd.MultiIndex.from_product([sorted(words.index), frames, ["narrator", "quoted"]],
                                       names=["outlet", "frame", "voice"])
    counts = hits.groupby(["outlet", "frame", "voice"]).size().reindex(index, fill_value=0)
    out = counts.rename("hits").reset_index()
    out["words"] = out["outlet"].map(words).astype(int)
    out["per_1000"] = (1000 * out["hits"] / out["words"].where(out["words"] > 0)).fillna(0.0)
    return out
