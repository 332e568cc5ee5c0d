"""Voice: narrator vs quoted from a quote table, or from quotation marks as a fallback."""
import pandas as pd

from analysis.framing.voice import assign_voice, quote_mark_spans


def test_quote_mark_spans_pairs_straight_and_curly_marks():
    text = 'He said "one two" and “three” but it’s not a quote.'
    spans = quote_mark_spans(text)
    assert spans["inner"].tolist() == ["one two", "three"]


def test_a_stray_mark_does_not_run_into_the_next_paragraph():
    assert quote_mark_spans('A "stray mark\n\nnext "quoted" here').iloc[0]["inner"] == "quoted"


def test_shortest_enclosing_quote_names_the_speaker():
    spans = pd.DataFrame({"article_id": ["a", "a", "b"], "start": [12, 40, 12], "end": [18, 45, 18]})
    quotes = pd.DataFrame({"article_id": ["a", "a"], "start": [0, 10], "end": [30, 20],
                           "speaker": ["Ministry", "Lavrov"], "kind": ["indirect", "partial"]})
    out = assign_voice(spans, quotes)
    assert out["voice"].tolist() == ["quoted", "narrator", "narrator"]
    assert out["speaker"].tolist() == ["Lavrov", "", ""]
    assert out["quote_kind"].tolist() == ["partial", "", ""]


def test_no_quote_table_means_narrator():
    spans = pd.DataFrame({"article_id": ["a"], "start": [1], "end": [3]})
    assert assign_voice(spans, None)["voice"].tolist() == ["narrator"]
