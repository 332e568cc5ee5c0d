"""Uncertainty for rates and shares: a bootstrap over articles.

Words, hits and statements are not independent draws: they come in articles, and an outlet's
articles differ more from each other than its sentences do. So every interval here resamples whole
articles (the cluster bootstrap; Davison & Hinkley 1997, sect. 3.8; Field & Welsh 2007) and reads
the 2.5th and 97.5th percentiles of the re-computed ratio (the percentile interval; Efron &
Tibshirani 1993, ch. 13). A rate (hits per 1,000 words) and a share (a camp's statements of all
statements) are both ratios of sums over articles, so one function serves both.

The generator is seeded: a rerun gives the same intervals, byte for byte.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

#: Resamples per interval; 2,000 keeps the percentile's Monte Carlo error near 0.5% of its value.
N_BOOT = 2000
#: Fixed seed, so tables and figures are identical on re-run.
SEED = 20190430
#: Coverage of every interval.
LEVEL = 0.95


def ratio_ci(numerators, denominators, *, scale: float = 1.0, n_boot: int = N_BOOT,
             level: float = LEVEL, seed: int = SEED) -> tuple[float, float]:
    """Percentile interval of ``scale * sum(numerators) / sum(denominators)`` when whole clusters
    (one entry per article) are resampled with replacement.

    Returns (nan, nan) with fewer than two clusters (one article says nothing about how articles
    vary) or when no cluster has a denominator. Resamples whose denominator sums to zero are left
    out (the ratio is undefined there).
    """
    num = np.asarray(numerators, dtype=float)
    den = np.asarray(denominators, dtype=float)
    if num.shape != den.shape or num.ndim != 1:
        raise ValueError("numerators and denominators need one value per cluster each")
    if len(num) < 2 or den.sum() <= 0:
        return (float("nan"), float("nan"))
    draws = np.random.default_rng(seed).integers(0, len(num), size=(n_boot, len(num)))
    totals = den[draws].sum(axis=1)
    kept = totals > 0
    ratios = scale * num[draws].sum(axis=1)[kept] / totals[kept]
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(ratios, [tail, 100 - tail])
    return (float(low), float(high))


def clustered_ratios(table: pd.DataFrame, *, by: list[str], cluster: str, numerator: str,
                     denominator: str, scale: float = 1.0, n_boot: int = N_BOOT,
                     seed: int = SEED) -> pd.DataFrame:
    """One row per group of ``by``: the summed numerator and denominator, the number of clusters,
    the ratio (times ``scale``) and its interval (``ci_low``, ``ci_high``).

    ``table`` holds one row per group and cluster, *including clusters where the numerator is
    zero* (an article of the outlet that never uses a frame still counts its words): leaving
    them out would inflate every rate. Rows of one cluster within a group are summed first.
    """
    columns = [*by, numerator, denominator, "clusters", "ratio", "ci_low", "ci_high"]
    if table.empty:
        return pd.DataFrame(columns=columns)
    per_cluster = table.groupby([*by, cluster], sort=True, dropna=False)[[numerator, denominator]].sum()
    rows = []
    for key, group in per_cluster.groupby(level=list(range(len(by))), sort=True, dropna=False):
        key = key if isinstance(key, tuple) else (key,)
        num, den = group[numerator].to_numpy(), group[denominator].to_numpy()
        ratio = scale * num.sum() / den.sum() if den.sum() > 0 else float("nan")
        low, high = ratio_ci(num, den, scale=scale, n_boot=n_boot, seed=seed)
        rows.append((*key, num.sum(), den.sum(), len(group), ratio, low, high))
    return pd.DataFrame(rows, columns=columns)
