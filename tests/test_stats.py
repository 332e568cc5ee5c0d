"""The bootstrap intervals against a hand-computed bootstrap on a toy table."""
import itertools
import math

import numpy as np
import pandas as pd
import pytest

from analysis import stats


# Three articles of one outlet: (frame hits, words). The rate per 1,000 words over all three is
# 1000 * (2 + 0 + 6) / (400 + 600 + 1000) = 4.0.
TOY = [(2, 400), (0, 600), (6, 1000)]


def exact_percentiles(clusters, q, scale=1000):
    """Every one of the 3**3 equally likely resamples written out, then the quantiles of the ratio
    over them (the smallest value whose cumulative share reaches q): the bootstrap distribution
    itself, no random draws."""
    rates = sorted(scale * sum(clusters[i][0] for i in pick) / sum(clusters[i][1] for i in pick)
                   for pick in itertools.product(range(len(clusters)), repeat=len(clusters)))
    return np.percentile(rates, q, method="inverted_cdf")


def test_interval_matches_the_exact_bootstrap_distribution():
    low, high = stats.ratio_ci([h for h, _ in TOY], [w for _, w in TOY], scale=1000, n_boot=40_000)
    exact_low, exact_high = exact_percentiles(TOY, [2.5, 97.5])
    # By hand: the lowest resample rate is 0 (the middle article three times), the highest is 6.0
    # (the last article three times); each has probability 1/27 = 3.7% > 2.5%, so they are the
    # interval's ends.
    assert exact_low == pytest.approx(0.0, abs=1e-9)
    assert exact_high == pytest.approx(6.0, abs=1e-9)
    assert low == pytest.approx(exact_low, abs=0.3)
    assert high == pytest.approx(exact_high, abs=0.3)
    assert low < 4.0 < high


def test_same_seed_same_interval_and_one_article_gives_none():
    first = stats.ratio_ci([1, 3, 0, 5], [100, 200, 50, 300])
    assert first == stats.ratio_ci([1, 3, 0, 5], [100, 200, 50, 300])
    assert all(math.isnan(x) for x in stats.ratio_ci([4], [900]))
    assert all(math.isnan(x) for x in stats.ratio_ci([0, 0], [0, 0]))


def test_clustered_ratios_keeps_zero_articles_and_sums_rows_of_one_article():
    table = pd.DataFrame(
        [("A", "a1", 1, 200), ("A", "a1", 1, 200),    # one article in two rows: 2 hits, 400 words
         ("A", "a2", 0, 600), ("A", "a3", 6, 1000),
         ("B", "b1", 3, 300)],
        columns=["outlet", "article_id", "hits", "words"])
    out = stats.clustered_ratios(table, by=["outlet"], cluster="article_id",
                                 numerator="hits", denominator="words", scale=1000)
    a = out.set_index("outlet").loc["A"]
    assert (a.hits, a.words, a.clusters) == (8, 2000, 3)
    assert a.ratio == pytest.approx(4.0)
    assert 0 <= a.ci_low < 4.0 < a.ci_high <= 6.0
    b = out.set_index("outlet").loc["B"]
    assert b.ratio == pytest.approx(10.0) and math.isnan(b.ci_low)


def test_a_share_is_a_ratio_too():
    # Statements of one camp over all statements, per article: 1/2, 0/3, 3/3 → 4/8 = 0.5.
    low, high = stats.ratio_ci([1, 0, 3], [2, 3, 3], n_boot=40_000)
    exact_low, exact_high = exact_percentiles([(1, 2), (0, 3), (3, 3)], [2.5, 97.5], scale=1)
    # By hand: the lowest share is 0 (the second article three times), the highest 1.0 (the last
    # article three times), each with probability 1/27.
    assert (exact_low, exact_high) == (0.0, 1.0)
    assert low == pytest.approx(exact_low, abs=0.02)
    assert high == pytest.approx(exact_high, abs=0.02)


def test_interior_percentiles_of_five_articles():
    # 5**5 = 3,125 equally likely resamples, enumerated: here the interval's ends fall inside the
    # distribution, not at its extremes.
    clusters = [(1, 100), (0, 200), (3, 150), (2, 100), (0, 50)]
    exact_low, exact_high = exact_percentiles(clusters, [2.5, 97.5])
    every = sorted(1000 * sum(clusters[i][0] for i in p) / sum(clusters[i][1] for i in p)
                   for p in itertools.product(range(5), repeat=5))
    assert every[0] < exact_low < exact_high < every[-1]
    low, high = stats.ratio_ci([h for h, _ in clusters], [w for _, w in clusters],
                               scale=1000, n_boot=40_000)
    assert low == pytest.approx(exact_low, abs=0.5)
    assert high == pytest.approx(exact_high, abs=0.5)
