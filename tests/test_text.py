"""The text layer: grouped alternations and the sentence index (moved from test_per_article.py)."""
import re

from analysis.text import SentenceIndex, alternation, sentence_span


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
