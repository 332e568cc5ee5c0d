"""Per-article steps fed plain rows (as the export does) give the same tables as fed DataFrames."""
import re

import pandas as pd
import pytest

from analysis.quotes.mentions import actor_index, find_mentions, load_actors
from analysis.text import alternation
from analysis.compare.events import article_events
from analysis.framing.hits import frame_hits_article
from analysis.framing.hedges import hedges_article
from analysis.framing.labels import labels_article
from analysis.per_article import iter_articles, rows_frame
from analysis.quotes.rows import QUOTE_COLUMNS, quote_rows
from analysis.compare.sources import article_sources
from analysis.text import SentenceIndex, sentence_span


def test_rows_frame_is_the_same_table_as_pandas_builds():
    rows = [("a1", "Xinhua", "légitime", 3, 9), ("a1", "Xinhua", "coup", 12, 16)]
    cols = ["article_id", "outlet", "term", "start", "end"]
    pd.testing.assert_frame_equal(rows_frame(rows, cols), pd.DataFrame(rows, columns=cols))


@pytest.mark.parametrize("rows", [[], [("a", None, 1)], [("a", "b", 1.5)], [("a", 2, 1)]])
def test_rows_frame_falls_back_for_missing_or_mixed_values(rows):
    cols = ["x", "y", "z"]
    pd.testing.assert_frame_equal(rows_frame(rows, cols), pd.DataFrame(rows, columns=cols))


def test_grouped_alternation_matches_like_the_plain_one():
    words = sorted(["said", "says", "stated", "claimed", "claims", "told", "tweeted", "s"],
                   key=len, reverse=True)
    pats = [re.escape(w) for w in words]
    text = "He said; she says. They claimed, stated and told: s tweeted claims"
    plain = re.compile(r"\b(?:" + "|".join(pats) + r")\b")
    grouped = re.compile(r"\b(?:" + alternation(pats) + r")\b")
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert alternation([r"[Aa]b", "c"]) == r"[Aa]b|c"     # no literal first character: plain


def test_sentence_index_reads_dicts_and_frames_alike(corpus):
    sents = corpus.sentences[corpus.sentences["article_id"] == corpus.articles["article_id"][0]]
    text = corpus.articles["text"][0]
    records = sents.to_dict("records")
    for off in (0, int(sents["start"].iloc[2]) + 3, len(text) - 1):
        assert SentenceIndex(text, records).span(off) == sentence_span(text, sents, off)


def test_steps_give_the_same_tables_from_plain_rows(corpus):
    actors = load_actors()
    persons = set(actors.loc[actors["type"] == "person", "id"])
    for art, sents in iter_articles(corpus):
        records = sents.to_dict("records")
        found = quote_rows(art, records)
        quotes = pd.DataFrame(found, columns=QUOTE_COLUMNS)
        rows = [dict(zip(QUOTE_COLUMNS, q)) for q in found]
        voice, rows = (quotes, rows) if found else (None, None)
        mentions = find_mentions(art["text"], actors)
        people = [m for m in actor_index(actors).find_rows(art["text"]) if m[0] in persons]
        pairs = [
            (frame_hits_article(art, sents, voice), frame_hits_article(art, records, rows)),
            (hedges_article(art, sents, voice), hedges_article(art, records, rows)),
            (labels_article(art, sents, mentions[mentions["actor_id"].isin(persons)], voice, actors),
             labels_article(art, records, people, rows, actors)),
            (article_events(art, sents), article_events(art, records)),
            (article_sources(art, sents), article_sources(art, records)),
        ]
        for from_frames, from_rows in pairs:
            pd.testing.assert_frame_equal(from_frames, from_rows)
