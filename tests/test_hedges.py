"""Hedges, distancing words and scare quotes, with their targets."""
import pandas as pd
import pytest

from analysis.codebooks import CodebookError
from analysis.framing.hedges import hedge_table, hedges_article, load_hedges


def _hedges(text, quotes=None):
    art = pd.Series({"article_id": "x", "outlet": "O", "text": text})
    return hedges_article(art, pd.DataFrame(), quotes)


def test_reportedly_targets_the_rest_of_the_clause():
    out = _hedges("Guaido reportedly called on the military to rise; the army stayed.")
    assert out[["marker", "kind", "target"]].values.tolist() == [
        ["reportedly", "hedge", "called on the military to rise"]]


def test_misspelling_counts_as_its_word_through_the_codebook():
    out = _hedges("Pompeo was falsly telling U.S. media outlets that Maduro fled.")
    row = out.iloc[0]
    assert (row["marker"], row["term"], row["kind"]) == ("falsely", "falsly", "discrediting")
    assert row["target"] == "telling U.S. media outlets that Maduro fled"


def test_claims_target_the_that_clause_or_the_quote_before():
    out = _hedges('She rejected claims that the president was leaving. '
                  '"Russia is interfering," claimed Pompeo.')
    assert out.loc[out["kind"] == "distancing", "target"].tolist() == [
        "the president was leaving", "Russia is interfering"]


def test_scare_quote_only_without_a_speech_act():
    text = 'It recognized him as "interim president" and he was "very small," Lopez said.'
    no_table = _hedges(text)
    assert no_table.loc[no_table["kind"] == "scare_quote", "target"].tolist() == [
        "interim president", "very small"]
    said = pd.DataFrame({"article_id": ["x"], "start": [text.index('"very')],
                         "end": [text.index(',"') + 2], "speaker": ["Lopez"], "verb": ["said"]})
    with_table = _hedges(text, said)
    assert with_table.loc[with_table["kind"] == "scare_quote", "target"].tolist() == [
        "interim president"]


def test_whole_sentence_quotes_and_long_quotes_are_not_scare_quotes():
    out = _hedges('"Yes, agreed." He said "we will not accept any pressure from abroad."')
    assert (out["kind"] != "scare_quote").all()


def test_seed_hedges(corpus):
    out = hedge_table(corpus)
    tele = out[out["article_id"].str.startswith("004")]
    assert "falsely" in set(tele["marker"])
    xin = out[out["article_id"].str.startswith("000") & (out["marker"] == "reportedly")]
    assert xin["target"].str.startswith("called on the Venezuelan people").all() and len(xin)


def test_bad_hedge_kind_names_file_and_line(tmp_path):
    bad = tmp_path / "hedges.csv"
    bad.write_text("term,marker,kind,target,match,notes\nreportedly,reportedly,vague,clause,exact,\n",
                   encoding="utf-8")
    with pytest.raises(CodebookError, match=r"hedges\.csv:2: 'vague' in column 'kind'"):
        load_hedges(bad)


def test_phrase_target_stops_before_a_function_word():
    out = _hedges("Maduro said the so-called coup attempt was defeated.")
    assert out[["marker", "target"]].values.tolist() == [["so-called", "coup attempt"]]
