"""Weighted log-odds (Monroe et al. 2008) and G², checked against arithmetic done by hand."""
import math
import pandas as pd
import pytest

from analysis.codebooks import CodebookError, load_stopwords
from analysis.framing.keyness import (article_terms, article_tokens, distinctive_terms, g_squared,
                                      log_odds_dirichlet, reuse_spans, term_counts)


def test_log_odds_informative_prior_by_hand():
    # i: a=3, b=1 (n_i=4); j: a=1, b=3 (n_j=4); prior = pooled counts a_a=4, a_b=4, a0=8.
    # delta_a = log((3+4)/(4+8-3-4)) - log((1+4)/(4+8-1-4)) = log(7/5) - log(5/7)
    # var_a   = 1/(3+4) + 1/(1+4) = 1/7 + 1/5
    i = pd.Series({"a": 3, "b": 1})
    j = pd.Series({"a": 1, "b": 3})
    prior = pd.Series({"a": 4, "b": 4})
    out = log_odds_dirichlet(i, j, prior)
    delta = math.log(7 / 5) - math.log(5 / 7)
    assert out.loc["a", "log_odds"] == pytest.approx(delta)
    assert out.loc["a", "z"] == pytest.approx(delta / math.sqrt(1 / 7 + 1 / 5))
    assert out.loc["b", "log_odds"] == pytest.approx(-delta)  # symmetric example


def test_log_odds_uninformative_prior_by_hand():
    # i: x=2, y=0, w=2 (n_i=4); j: x=0, y=3, w=1 (n_j=4); a_w = 1 for all, a0 = 3.
    # delta_x = log((2+1)/(4+3-2-1)) - log((0+1)/(4+3-0-1)) = log(3/4) - log(1/6) = log(4.5)
    # var_x = 1/(2+1) + 1/(0+1) = 4/3
    # delta_y = log((0+1)/(4+3-0-1)) - log((3+1)/(4+3-3-1)) = log(1/6) - log(4/3) = log(1/8)
    i = pd.Series({"x": 2, "y": 0, "w": 2})
    j = pd.Series({"x": 0, "y": 3, "w": 1})
    out = log_odds_dirichlet(i, j, 1.0)
    assert out.loc["x", "log_odds"] == pytest.approx(math.log(4.5))
    assert out.loc["x", "z"] == pytest.approx(math.log(4.5) / math.sqrt(4 / 3))
    assert out.loc["y", "log_odds"] == pytest.approx(math.log(1 / 8))


def test_g_squared_by_hand():
    # x: 2 of 4 words in i, 0 of 4 in j. E_i = 4*2/8 = 1, E_j = 1.
    # G2 = 2 * (2*ln(2/1) + 0) = 4 ln 2, positive (overused in i); y mirrors it, negative.
    i = pd.Series({"x": 2, "y": 2})
    j = pd.Series({"x": 0, "y": 4})
    g2 = g_squared(i, j)
    assert g2["x"] == pytest.approx(4 * math.log(2))
    # y: i has 2 of 4, j 4 of 4; E_i = 4*6/8 = 3, E_j = 3.
    # G2 = 2 * (2 ln(2/3) + 4 ln(4/3)), signed negative (relatively rarer in i)
    assert g2["y"] == pytest.approx(-2 * (2 * math.log(2 / 3) + 4 * math.log(4 / 3)))


def _mini_articles():
    return pd.DataFrame({"article_id": ["p1", "q1"], "outlet": ["P", "Q"],
                         "text": ["Coup, coup! The junta.", "Junta dialogue the"]})


def test_distinctive_terms_one_outlet_against_the_rest_by_hand():
    # Stopword "the" removed. P: coup 2, junta 1 (n=3); Q: junta 1, dialogue 1 (n=2).
    # Prior = pooled counts: coup 2, junta 2, dialogue 1; a0 = 5.
    # P, coup: delta = log((2+2)/(3+5-2-2)) - log((0+2)/(2+5-0-2)) = log(1) - log(2/5) = log(2.5)
    #          var = 1/4 + 1/2
    out = distinctive_terms(_mini_articles(), stopwords={"the"}, min_count=3)
    row = out[(out["outlet"] == "P") & (out["term"] == "coup")].iloc[0]
    assert (row["count"], row["count_rest"]) == (2, 0)
    assert row["log_odds"] == pytest.approx(math.log(2.5))
    assert row["z"] == pytest.approx(math.log(2.5) / math.sqrt(0.75))
    assert bool(row["low_count"])  # 2 occurrences < min_count 3
    assert out[out["outlet"] == "P"]["term"].iloc[0] == "coup"  # sorted by z


def test_excluded_spans_are_not_counted():
    exclude = pd.DataFrame({"article_id": ["p1"], "start": [0], "end": [11]})  # "Coup, coup!"
    counts = term_counts(_mini_articles(), exclude=exclude, stopwords={"the"})
    assert "coup" not in counts.index or counts.loc["coup"].sum() == 0


def test_a_word_starting_inside_an_excluded_span_is_not_counted():
    text = ("Coup plotters met the junta.\n\nThe junta denied a coup, and the coup failed.\n\n"
            "Coup plotters met the junta.")
    articles = pd.DataFrame({"article_id": ["p1", "p2"], "outlet": ["P", "P"],
                             "text": [text, text]})
    # p1 loses "Coup" (0-4, starting inside 0-2), "denied" (40) and "coup" (49), which start
    # inside 35-50; "junta" (34) starts before it and stays
    exclude = pd.DataFrame({"article_id": ["p1", "p1"], "start": [35, 0], "end": [50, 2]})
    counts = term_counts(articles, exclude=exclude, stopwords={"the", "a", "and"})["P"]
    assert (counts["coup"], counts["junta"], counts["denied"], counts["failed"]) == (6, 6, 1, 2)
    assert article_tokens("Russia’s U.S. 3rd x coup", {"the"}) == ["russia", "coup"]


def test_reuse_spans_lists_both_sides():
    reuse = pd.DataFrame({"article_a": ["a"], "article_b": ["b"], "start_a": [1], "end_a": [9],
                          "start_b": [5], "end_b": [13]})
    spans = reuse_spans(reuse)
    assert spans.values.tolist() == [["a", 1, 9], ["b", 5, 13]]
    reuse["first"] = ["a"]
    assert reuse_spans(reuse, keep_first=True).values.tolist() == [["b", 5, 13]]
    reuse["first"] = [""]
    assert len(reuse_spans(reuse, keep_first=True)) == 2


def test_seed_outlets_each_get_rows(seed_tables):
    out = seed_tables.distinctive_terms
    assert set(out["outlet"]) == set(seed_tables.articles["outlet"])
    tele = out[out["outlet"] == "teleSUR"].set_index("term")
    assert tele.loc["falsly", "count"] == 1 and tele.loc["falsly", "count_rest"] == 0
    assert "the" not in set(out["term"])


def test_malformed_stopword_row_names_file_and_line(tmp_path):
    bad = tmp_path / "stopwords.csv"
    bad.write_text("# comment\nword\nthe\nof,extra\n", encoding="utf-8")
    with pytest.raises(CodebookError, match=r"stopwords\.csv:4: expected 1 cells"):
        load_stopwords(bad)


def test_shipped_stopwords_are_lower_case_function_words():
    words = load_stopwords()
    assert {"the", "of", "tuesday", "may"} <= words
    assert not {"coup", "legitimate", "sanctions"} & words


def test_terms_counted_per_article_give_the_same_table():
    """The workers send each article's counted words with their offsets; leaving shared passages
    out afterwards must count exactly the words of the text outside them."""
    articles = pd.DataFrame({"article_id": ["p1", "p2", "q1"], "outlet": ["P", "P", "Q"], "text": [
        "Coup plotters met the junta. The junta denied a coup, and Russia’s envoy left.",
        "BERLIN (dpa) - Junta leaders met the envoy; the coup plotters stayed away.",
        "The junta’s dialogue with the envoy resumed on Monday, officials said."]})
    exclude = pd.DataFrame({"article_id": ["p1", "q1"], "start": [29, 0], "end": [48, 19]})
    terms = [article_terms(text, frozenset({"the", "a", "and", "with", "on"})) for text in articles["text"]]
    assert terms[0].words[:4] == ["coup", "plotters", "met", "junta"]
    stop = frozenset({"the", "a", "and", "with", "on"})
    given = distinctive_terms(articles, exclude=exclude, stopwords=stop, terms=terms)
    assert given.equals(distinctive_terms(articles, exclude=exclude, stopwords=stop))
    counts = term_counts(articles, exclude=exclude, stopwords=stop, terms=terms)
    # p1 loses "The junta denied" (29-48 starts "The", "junta", "denied"); q1 loses "The junta's dialogue"
    assert counts.loc["junta", "P"] == 2 and "denied" not in counts.index
    assert "dialogue" not in counts.index or counts.loc["dialogue", "Q"] == 0
    assert counts.loc["envoy", "Q"] == 1 and counts.loc["resumed", "Q"] == 1


def test_counted_words_of_an_article_with_possessives_digits_and_paragraphs():
    """article_terms reads the words the term matcher keyed (exact mode) for the whole text: the
    counted forms and offsets are those of reading each paragraph alone."""
    text = "The Senate’s vote, 52-48, came after 3am.\n\nMcConnell's aides said G7 talks stalled."
    stop = frozenset({"the", "after", "said"})
    terms = article_terms(text, stop)
    # numbers and words holding a digit ("3am", "G7") are not counted
    assert terms.words == ["senate", "vote", "came", "mcconnell", "aides", "talks", "stalled"]
    assert [text[s:s + 4] for s in terms.starts] == ["Sena", "vote", "came", "McCo", "aide",
                                                     "talk", "stal"]


def test_a_long_s_after_the_apostrophe_is_counted_as_written():
    # the exact key's case-blind possessive drops "'ſ" (long s); counting never did
    terms = article_terms("Das Haus'ſ Dach blieb stehen.", frozenset())
    assert terms.words == ["das", "haus'ſ", "dach", "blieb", "stehen"]
