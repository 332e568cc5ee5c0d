"""Shared facts: clusters of similar sentences across articles, and the fact codebook."""
import pandas as pd
import pytest

from analysis.codebooks import CodebookError, load_facts
from analysis.compare.facts import FACT_COLUMNS, WINDOW, facts_by_outlet, link_units, shared_facts


def coded(sentence):
    """fact_ids the codebook finds in one sentence, through the shared-facts step."""
    sentences = pd.DataFrame({"article_id": ["a"], "para_no": [0], "sent_no": [0],
                              "text": [sentence], "start": [0], "end": [len(sentence)]})
    facts = shared_facts(sentences, pd.DataFrame({"article_id": ["a"], "outlet": ["Alpha"]}))
    return list(facts.loc[facts["method"] == "codebook", "fact_id"])


def test_codebook_terms_all_groups_must_match():
    assert coded("Trump and Putin discussed Venezuela in a phone call.") == ["trump_putin_call"]
    assert "trump_putin_call" not in coded("Trump praised Putin at the summit, again and again.")
    assert "guaido_recognition" in coded("The EU recognized Guaidó as interim president.")


def test_codebook_errors_name_file_and_line(tmp_path):
    bad = tmp_path / "events.csv"
    bad.write_text("fact_id,label,terms,date\nx,,a;b,\n", encoding="utf-8")
    with pytest.raises(CodebookError, match=r"events.csv:2: column 'label' is empty"):
        load_facts(str(bad))


def test_links_only_across_articles():
    a = frozenset("econom sanction diplomat isol govern support".split())
    b = frozenset("econom sanction diplomat isol govern opposit".split())
    c = frozenset("footbal match rain weather score goal".split())
    links = link_units([a, b, c, a], ["x", "y", "z", "x"], max_df=1.0)
    assert links.group[0] == links.group[1] == links.group[3] != -1 and links.group[2] == -1
    assert link_units([a, a], ["x", "x"], max_df=1.0).group == [-1, -1]    # same article: no fact
    same = link_units([a, a], ["x", "y"], max_df=1.0).group
    assert same[0] == same[1] != -1                 # one sentence in two articles


def test_repeated_sentences_do_not_produce_all_pairs():
    base = "econom sanction diplomat isol govern support venezuel presid".split()
    # one sentence reprinted by 1,000 articles, and 1,000 copies that each add one word
    words = [frozenset(base)] * 1000 + [frozenset(base + [f"w{i}"]) for i in range(1000)]
    articles = [f"a{i}" for i in range(1000)] + [f"b{i}" for i in range(1000)]
    links = link_units(words, articles, max_df=1.0)
    assert links.distinct == 1001
    assert len(set(links.group)) == 1 and links.group[0] != -1      # all one fact
    assert links.scored <= 1001 * 2 * WINDOW          # neighbours only: not 1001 * 1000 / 2
    assert links.scored < 1001 * 1000 / 2 / 20


def test_clusters_on_written_articles(write_corpus):
    corpus = write_corpus({
        "a": ("Alpha", "2019-05-02", "The United States has been pursuing a policy of economic "
              "sanctions and diplomatic isolation against the government. Football fans watched "
              "the cup final in the rain on Sunday evening."),
        "b": ("Beta", "2019-05-03", "The U.S. has been pursuing a policy of economic sanctions and "
              "diplomatic isolation against the Venezuelan government. Farmers expect a good "
              "harvest this autumn after the long summer."),
    })
    facts = shared_facts(corpus.sentences, corpus.articles)
    assert list(facts.columns) == FACT_COLUMNS
    clusters = facts[facts["method"] == "cluster"]
    assert set(clusters["article_id"]) == {"a", "b"} and clusters["fact_id"].nunique() == 1
    assert clusters["label"].iloc[0] == "US sanctions on Venezuela"   # named by the codebook
    matrix = facts_by_outlet(facts, corpus.articles)
    assert list(matrix.columns) == ["Alpha", "Beta"]
    assert matrix.loc[("C01", "US sanctions on Venezuela", "cluster")].tolist() == [1, 1]


def test_seeds(corpus):
    matrix = facts_by_outlet(shared_facts(corpus.sentences, corpus.articles), corpus.articles)
    present = (matrix > 0)
    codebook = present.xs("codebook", level="method").droplevel("label")
    assert codebook.loc["trump_putin_call"].tolist() == [False, True, False, False]   # defapress only
    assert codebook.loc["russian_personnel", "CGTN"]
    assert codebook.loc["montevideo", "Xinhua"]
    assert codebook.loc["guaido_recognition"].sum() >= 3
    clusters = present.xs("cluster", level="method").droplevel("fact_id")
    sanctions = clusters.loc["US sanctions on Venezuela"]
    assert sanctions["Xinhua"] and sanctions["CGTN"]
