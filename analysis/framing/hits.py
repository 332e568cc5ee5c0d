"""Framing-word hits: which frame words each outlet uses, and in whose voice.

Why: a frame word in an outlet's own sentence ("the legitimate government") is the outlet's
framing; the same word inside a quotation ("the legitimate president", says Lavrov) is the framing
of the source the outlet chose to quote (Entman 1993 on framing); a headline is its own voice
(:mod:`.voice`). Every hit therefore carries ``voice`` (narrator | quoted | headline) and the
quoted ``speaker``. Terms come from ``codebooks/frames.csv``; matching rules are those of
``termmatch`` (whole words, stems, longest match, no double counting), and each phrase counts
once: a frame word and its complement, both of one frame ("declared himself | the country's |
interim president", "recognized | Guaido as Venezuela's | interim president"), are one hit.

Headline hits: ``field`` is ``headline`` and ``start``/``end`` are offsets into
``articles.headline`` (``sentence`` is the headline); for every other hit ``field`` is ``text``
and the offsets point into ``articles.text`` as before.
"""
from __future__ import annotations

import re

import pandas as pd

from ..codebooks import cached_by_file, load_frames
from ..stats import clustered_ratios
from ..text import sentence_index
from .termmatch import TermMatcher
from .voice import VOICES, VoiceIndex, article_voice

# The agreed export columns first, then extras (matched text, kind of the enclosing quote, the
# articles column the offsets point into).
HIT_COLUMNS = ["article_id", "outlet", "frame", "term", "voice", "speaker", "sentence", "start",
               "end", "match", "quote_kind", "field"]
PROFILE_COLUMNS = ["outlet", "frame", "voice", "hits", "words", "per_1000", "ci_low", "ci_high",
                   "articles"]
# A frame word and its complement are one phrase: "declared himself | the country's | interim
# president" (after a reflexive), "recognized | him as Venezuela's | interim president" (an "as"
# complement): the gap holds at most an object (pronoun or name), "as", and determiners or
# possessives, within one sentence.
_NAME = r"[A-Z][\w\-]*"
_DETERMINER = r"(?:the|a|an|its|his|her|their|[\w\-]+['’]s)"
_REFLEXIVE_END = re.compile(r"(?:himself|herself|themselves|itself)$", re.IGNORECASE)
_AFTER_REFLEXIVE = re.compile(rf"[ ]+(?:as[ ]+)?(?:{_DETERMINER}[ ]+){{0,2}}")
_AS_COMPLEMENT = re.compile(rf"[ ]+(?:(?:him|her|them|it|{_NAME})[ ]+){{0,2}}as[ ]+"
                            rf"(?:{_DETERMINER}[ ]+){{0,2}}")


@cached_by_file
def frame_matcher(path="frames.csv") -> TermMatcher:
    """The frames codebook compiled into one matcher (rebuilt when the file changes)."""
    return TermMatcher(load_frames(path), payload_cols=["frame"])


def phrase_hits(text: str, found: list[tuple], voice=None) -> list[tuple]:
    """Matcher hits (term, match, start, end, frame) with each phrase counted once: a hit that is
    the complement of the hit of the same frame before it (after a reflexive, or after "as")
    joins it, unless ``voice`` (a :class:`VoiceIndex`) gives the two different voices. The
    joined hit's term is both terms joined by `` + ``; its match spans both."""
    out: list[tuple] = []
    for hit in found:
        term, _, start, end, frame = hit
        last = out[-1] if out else None
        if (last is not None and last[4] == frame
                and ((_REFLEXIVE_END.search(last[1]) and _AFTER_REFLEXIVE.fullmatch(text, last[3], start))
                     or _AS_COMPLEMENT.fullmatch(text, last[3], start))
                and (voice is None or voice.of(last[2], last[3]) == voice.of(start, end))):
            out[-1] = (f"{last[0]} + {term}", text[last[2]:end], last[2], end, frame)
        else:
            out.append(hit)
    return out


def frame_hit_rows(article: dict, sentences: list[dict], quotes: list[dict] | None = None,
                   codebook="frames.csv", paragraphs: list[dict] | None = None,
                   voice_index: VoiceIndex | None = None) -> list[tuple]:
    """Frame hits in ONE article (article_id, outlet, text, headline) as HIT_COLUMNS tuples.

    ``sentences``: the article's sentence rows (start, end); ``quotes``: its quote rows (start,
    end, speaker, kind); None means no quotation is known, so every body hit counts as narrator;
    ``paragraphs``: its paragraph rows (role, start, end), whose subheads are headline voice.
    Headline hits come first. ``voice_index``: see :func:`~analysis.framing.voice.article_voice`.
    """
    text, aid, outlet = article["text"], article["article_id"], article.get("outlet", "")
    headline = article.get("headline", "") or ""
    matcher = frame_matcher(str(codebook))
    rows = [(aid, outlet, frame, term, "headline", "", headline, start, end, match, "", "headline")
            for term, match, start, end, frame in phrase_hits(headline, matcher.find(headline))]
    found = matcher.find(text)
    if not found:       # no voice or sentence to look up
        return rows
    voice = article_voice(quotes, text, paragraphs, voice_index)
    where = sentence_index(text, sentences)
    for term, match, start, end, frame in phrase_hits(text, found, voice):
        said, speaker, kind = voice.of(start, end)
        rows.append((aid, outlet, frame, term, said, speaker, where.at(start), start, end, match,
                     kind, "text"))
    return rows


def framing_profile(hits: pd.DataFrame, words: pd.DataFrame,
                    frames: list[str] | None = None) -> pd.DataFrame:
    """framing_profile.csv: hits per 1,000 words for each outlet × frame × voice, with a 95%
    interval from a bootstrap over the outlet's articles (:func:`analysis.stats.clustered_ratios`).

    ``hits``: the framing_hits table (article_id, frame, voice); ``words``: one row per
    article and voice (article_id, outlet, voice, words: :func:`.voice.voice_words`), zeros
    included, so an article without a hit still counts its words. A rate divides an outlet's hits
    in one voice by its words in that voice (narrator hits by narrator words, quoted by quoted,
    headline by headline); ``articles`` is how many articles the outlet has. Every outlet ×
    frame × voice is listed (frames of the codebook and of the hits); ``per_1000`` and the
    interval are empty where the outlet has no word in that voice.
    """
    frames = sorted(set(load_frames()["frame"] if frames is None else frames)
                    | set(hits["frame"]))
    words = words[["article_id", "outlet", "voice", "words"]]
    if words.empty or not frames:
        return pd.DataFrame(columns=PROFILE_COLUMNS)
    counts = hits.groupby(["article_id", "frame", "voice"]).size().rename("hits").reset_index()
    grid = (words.merge(pd.DataFrame({"frame": frames}), how="cross")
            .merge(counts, how="left", on=["article_id", "frame", "voice"]).fillna({"hits": 0}))
    out = clustered_ratios(grid, by=["outlet", "frame", "voice"], cluster="article_id",
                           numerator="hits", denominator="words", scale=1000.0)
    out = out.rename(columns={"ratio": "per_1000", "clusters": "articles"})
    out[["hits", "words", "articles"]] = out[["hits", "words", "articles"]].astype(int)
    order = {v: i for i, v in enumerate(VOICES)}
    out = out.sort_values(["outlet", "frame", "voice"], key=lambda c: c.map(order)
                          if c.name == "voice" else c, ignore_index=True)
    return out[PROFILE_COLUMNS]
