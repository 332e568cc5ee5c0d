"""Shared facts: clusters of similar sentences across articles, and the fact codebook."""
import random
from collections import Counter
from itertools import combinations

import pandas as pd
import pytest

from analysis.codebooks import CodebookError, load_facts
from analysis.compare.facts import (FACT_COLUMNS, MAX_DF, MIN_SHARED, THRESHOLD, WINDOW, Links,
                                    fact_units, facts_by_outlet, link_units, shared_facts,
                                    star_groups)


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


def test_no_units_or_units_without_words_link_nothing():
    assert link_units([], []).group == []
    assert link_units([frozenset(), frozenset()], ["x", "y"], max_df=1.0).group == [-1, -1]
    few = frozenset("econom sanction".split())       # fewer than MIN_SHARED words
    assert link_units([few, few], ["x", "y"], max_df=1.0).group == [-1, -1]


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


# Sentences of five outlets about two stories, worded as wire copy, a broadsheet and a tabloid.
WRITTEN = [
    ("w1", "The central bank raised its main interest rate by half a point on Thursday to curb inflation."),
    ("w1", "Markets in Asia fell sharply after the decision was announced in the capital."),
    ("w1", "Flooding in the northern province forced thousands of families from their homes."),
    ("w2", "On Thursday the central bank lifted its key interest rate by half a point, aiming to curb inflation."),
    ("w2", "Rescue teams used boats to reach villages cut off by flooding in the northern province."),
    ("w3", "RATE SHOCK: central bank hikes interest rate half a point to fight inflation"),
    ("w3", "Thousands of families fled their homes as flooding hit the northern province, officials said."),
    ("w4", "Asian markets fell sharply after the central bank decision, traders said on Friday."),
    ("w4", "The governor said further increases of the interest rate could not be ruled out."),
    ("w5", "Officials said the flooding in the northern province had forced thousands from their homes."),
    ("w5", "The central bank raised its main interest rate by half a point on Thursday to curb inflation."),
    ("w5", "The central bank raised its main interest rate by half a point on Thursday to curb inflation."),
]


def brute_force_groups(words, articles, threshold=THRESHOLD, max_df=MAX_DF, min_shared=MIN_SHARED):
    """The definition of link_units' links, by comparing every pair of units: shared words held
    by at most max_df of all units, at least min_shared of them and threshold of the union,
    different articles; grouped by star_groups. Returns the groups as sorted lists of units."""
    df = Counter(w for ws in words for w in ws)
    limit = max(2, int(max_df * len(words)))
    links = []
    for i, j in combinations(range(len(words)), 2):
        shared = len({w for w in words[i] & words[j] if df[w] <= limit})
        jaccard = shared / max(1, len(words[i] | words[j]))
        if articles[i] != articles[j] and shared >= min_shared and jaccard >= threshold:
            links.append((i, j, jaccard))
    return groups_of(Links(star_groups(len(words), links, [False] * len(words)), 0, 0))


def groups_of(links):
    found = {}
    for unit, group in enumerate(links.group):
        if group != -1:
            found.setdefault(group, []).append(unit)
    return sorted(found.values())


@pytest.mark.parametrize("max_df", [MAX_DF, 1.0])
def test_links_on_written_sentences_are_those_of_comparing_all_pairs(max_df):
    units = fact_units((aid, text, 0, len(text)) for aid, text in WRITTEN)
    words, articles = [u[4] for u in units], [u[0] for u in units]
    expected = brute_force_groups(words, articles, max_df=max_df)
    assert groups_of(link_units(words, articles, max_df=max_df)) == expected
    texts = [[units[i][1] for i in group] for group in expected]
    assert any("Asian markets fell" in " ".join(group) for group in texts), texts
    if max_df == 1.0:     # with every word counted, the rate story's sentences link too
        assert any(sum("interest rate" in t for t in group) >= 4 for group in texts), texts


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_links_on_many_overlapping_sets_are_those_of_comparing_all_pairs(seed):
    """Sets drawn from a small vocabulary with a skewed frequency: many candidate pairs that
    share a few words, some that pass; the index (no crowded lists: max_postings above the
    number of sets) must find exactly the pairs the definition finds."""
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(60)]
    weights = [1 / (i + 1) for i in range(60)]
    words = [frozenset(rng.choices(vocabulary, weights, k=rng.randint(4, 12))) for _ in range(300)]
    words += [frozenset(list(w)[:-1]) for w in words[:40]]          # near-copies
    articles = [f"a{rng.randint(0, 60)}" for _ in words]
    links = link_units(words, articles, max_postings=10_000)
    assert groups_of(links) == brute_force_groups(words, articles)
    assert links.scored < len(words) * (len(words) - 1) / 2


def test_units_made_per_article_give_the_table_of_the_sentences(write_corpus):
    corpus = write_corpus({f"w{n}": (f"Outlet {n}", "2020-03-0" + str(n),
                                     " ".join(text for aid, text in WRITTEN if aid == f"w{n}"))
                           for n in range(1, 6)})
    whole = shared_facts(corpus.sentences, corpus.articles)
    units = [u for aid in corpus.articles["article_id"] for u in fact_units(
        corpus.sentences[corpus.sentences["article_id"] == aid][["article_id", "text", "start", "end"]]
        .itertuples(index=False, name=None))]
    assert shared_facts(None, corpus.articles, units=units).equals(whole)
    assert (whole["method"] == "cluster").any()


def test_a_chain_of_loose_links_is_no_one_fact_but_near_copies_are():
    # a-b-c-d-e: each like the next (Jaccard 0.4), the ends unalike: stars, not one component
    chain = [(0, 1, 0.4), (1, 2, 0.4), (2, 3, 0.4), (3, 4, 0.4)]
    groups = star_groups(5, chain, [False] * 5)
    assert -1 not in groups and len(set(groups)) >= 2
    # the most linked sentence is a centre and keeps both its neighbours
    assert groups[1] == groups[2] == groups[3] or groups[0] == groups[1] == groups[2]
    copies = [(0, 1, 0.8), (1, 2, 0.8), (2, 3, 0.8), (3, 4, 0.8)]    # one wire sentence, edited
    assert len(set(star_groups(5, copies, [False] * 5))) == 1
    assert star_groups(3, [], [False, True, False]) == [-1, 1, -1]   # one set in two articles


def test_sentences_that_share_only_a_name_and_title_report_no_common_fact(write_corpus):
    corpus = write_corpus({
        "a": ("Alpha", "2005-02-01", "Or so says Home Secretary Charles Clarke. Flooding in the "
              "northern province forced thousands of families from their homes on Monday."),
        "b": ("Beta", "2005-02-02", "Home Secretary Charles Clarke has said detainees will not be "
              "freed at present. Officials said flooding in the northern province had forced "
              "thousands of families from their homes."),
        "c": ("Gamma", "2005-02-02", "Sen. Ted Cruz (Tex.) spoke last. Sen. Ted Cruz (R-Tex.) "
              "attended."),
    })
    clusters = shared_facts(corpus.sentences, corpus.articles)
    clusters = clusters[clusters["method"] == "cluster"]
    assert clusters["fact_id"].nunique() == 1, clusters
    assert clusters["sentence"].str.contains("flooding", case=False).all()
