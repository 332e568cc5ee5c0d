"""Per-article steps fed plain rows (as the export does) give the same tables as fed DataFrames."""
import re

import pandas as pd
import pytest

from analysis.quotes.mentions import load_actors
from analysis.text import alternation
from analysis.per_article import iter_articles, rows_frame
from analysis.quotes.attribution import extract_article_quote_rows, extract_article_quotes
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
    for art, sents in iter_articles(corpus):
        records = sents.to_dict("records")
        quotes = extract_article_quotes(art, sents, actors)
        quote_rows = extract_article_quote_rows(art, records, actors)
        assert [r["start"] for r in quote_rows] == quotes["start"].tolist()
        pairs = [
        ]
        for from_frames, from_rows in pairs:
            pd.testing.assert_frame_equal(from_frames, from_rows)
