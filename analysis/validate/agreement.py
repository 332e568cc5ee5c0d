"""Agreement between coders and between the tool and coders, per variable.

``python -m analysis agreement --key coding/quotes_sample.key.csv CODED.csv [CODED2.xlsx ...]
--out DIR`` writes ``DIR/agreement.csv`` (variable, pair, n, alpha, agreement, precision, recall,
f1) and ``DIR/disagreements.csv`` (every unit and variable on which someone disagrees).

- ``alpha``: Krippendorff's alpha for nominal data (Krippendorff 2004, *Content Analysis*, ch. 11),
  computed by the maintained ``krippendorff`` package; empty when it is undefined (fewer than two
  units, or one value only). The field's rule of thumb: alpha >= 0.8 reliable, >= 0.667 tentative.
- ``agreement``: the share of units with identical codes (n = units both coded).
- ``precision``/``recall``/``f1``: for yes/no variables, the tool's "yes" against the reference
  (a coder, or the coders' majority), weighted by the key's ``weight`` so a stratified sample
  stands for the whole table. Recall within a sample of the tool's own rows only counts what the
  tool found; the sentence sample (``sample --table sentences --for quotes``) estimates it for real.
- Pairs: ``coderA~coderB`` for each pair of coders (named by file), ``tool~<coder>``,
  ``tool~majority`` (the most frequent code of the coders; a tie is no majority).

``--gold FILE`` turns a coded quotes sample into a gold file for ``evaluate``.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

import krippendorff
import numpy as np
import pandas as pd

from .. import codebooks
from ..paths import resolve
from .sheets import Key, SheetError, read_cells, read_coded, read_key
from .units import NONE

COLUMNS = ["variable", "pair", "n", "alpha", "agreement", "precision", "recall", "f1"]
#: Bootstrap resamples for intervals (over units, fixed seed) and the interval's coverage.
RESAMPLES = 1000
LEVEL = 0.95


def verdict(value: float) -> str:
    """The field's rule of thumb for alpha (Krippendorff 2004, p. 241): reliable at 0.8 or more,
    tentative conclusions only at 0.667 or more, else not reliable."""
    if value != value:      # NaN
        return "undefined"
    return "reliable" if value >= 0.8 else "tentative" if value >= 0.667 else "not reliable"


def alpha(a, b) -> float:
    """Krippendorff's alpha (nominal) of two coders' codes ("" = not coded); NaN if undefined."""
    values = sorted({v for v in list(a) + list(b) if v})
    index = {v: i for i, v in enumerate(values)}
    data = np.array([[index.get(v, np.nan) for v in a], [index.get(v, np.nan) for v in b]],
                    dtype=float)
    if len(values) < 2 or np.sum(~np.isnan(data).any(axis=0)) < 2:
        return float("nan")
    try:
        return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))
    except (ValueError, ZeroDivisionError):
        return float("nan")


def majority(coded: dict[str, pd.DataFrame], variable: str) -> pd.Series:
    """The coders' most frequent code per unit ("" when nobody coded it or the top codes tie)."""
    frame = pd.concat([c[variable] for c in coded.values()], axis=1)
    out = []
    for row in frame.itertuples(index=False):
        counts = Counter(v for v in row if v).most_common(2)
        out.append("" if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1])
                   else counts[0][0])
    return pd.Series(out, index=frame.index)


def scores(a, b, weight, yes_no: bool) -> dict:
    """n, alpha, agreement and (yes/no variables) the precision/recall/f1 of ``a`` against ``b``."""
    a, b, w = np.asarray(a, dtype=object), np.asarray(b, dtype=object), np.asarray(weight, float)
    both = (a != "") & (b != "")
    out = {"n": int(both.sum()), "alpha": alpha(a, b),
           "agreement": float((a[both] == b[both]).mean()) if both.any() else float("nan"),
           "precision": float("nan"), "recall": float("nan"), "f1": float("nan")}
    if yes_no:
        hit = both & (a == "yes") & (b == "yes")
        said, truth = w[both & (a == "yes")].sum(), w[both & (b == "yes")].sum()
        p = w[hit].sum() / said if said else float("nan")
        r = w[hit].sum() / truth if truth else float("nan")
        out.update(precision=p, recall=r, f1=2 * p * r / (p + r) if p + r else float("nan"))
    return out


def _pairs(key: Key, coded: dict[str, pd.DataFrame], variable: str) -> list[tuple]:
    names = list(coded)
    pairs = [(f"{x}~{y}", coded[x][variable], coded[y][variable]) for x, y in combinations(names, 2)]
    tool = key.codes[variable]
    pairs += [(f"tool~{x}", tool, coded[x][variable]) for x in names]
    pairs.append(("tool~majority", tool, majority(coded, variable)))
    return pairs


def agreement_table(key: Key, coded: dict[str, pd.DataFrame], resamples: int = 0,
                    seed: int = 1) -> pd.DataFrame:
    """One row per variable and pair (:data:`COLUMNS`); with ``resamples``, a bootstrap over units
    adds ``<measure>_low``/``_high`` (the middle :data:`LEVEL` of the resampled values)."""
    rows = []
    rng = np.random.default_rng(seed)
    for var in key.variables:
        for pair, a, b in _pairs(key, coded, var.name):
            a, b, w = a.to_numpy(), b.to_numpy(), key.weight.to_numpy()
            row = {"variable": var.name, "pair": pair, **scores(a, b, w, var.yes_no)}
            if resamples:
                draws = [scores(a[i], b[i], w[i], var.yes_no)
                         for i in rng.integers(0, len(a), size=(resamples, len(a)))]
                for m in ("alpha", "agreement", "precision", "recall", "f1"):
                    vals = np.array([d[m] for d in draws], dtype=float)
                    vals = vals[~np.isnan(vals)]
                    lo, hi = (np.quantile(vals, [(1 - LEVEL) / 2, (1 + LEVEL) / 2])
                              if len(vals) else (np.nan, np.nan))
                    row[f"{m}_low"], row[f"{m}_high"] = float(lo), float(hi)
            rows.append(row)
    return pd.DataFrame(rows, columns=COLUMNS + [c for c in (rows[0] if rows else {}) if c not in COLUMNS])


def disagreements(key: Key, coded: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Every unit and variable where the tool and the coders do not all give the same code."""
    rows = []
    for var in key.variables:
        maj = majority(coded, var.name)
        for unit in key.codes.index:
            codes = {"tool": key.codes.at[unit, var.name],
                     **{name: c.at[unit, var.name] for name, c in coded.items()}}
            if len({v for v in codes.values() if v}) > 1:
                rows.append({"unit_id": unit, "variable": var.name, **codes,
                             "majority": maj.at[unit]})
    return pd.DataFrame(rows, columns=["unit_id", "variable", "tool", *coded, "majority"])


def to_gold(key: Key, coded: dict[str, pd.DataFrame], sheet: pd.DataFrame) -> pd.DataFrame:
    """A gold file for ``evaluate`` from a coded quotes sample: each unit the coders' majority
    calls a statement of kind direct/partial/indirect, with their speaker. Only the sampled
    quotations are in it: its recall and speaker accuracy mean something, its precision not."""
    if key.table != "quotes":
        raise SheetError([f"{key.path}: a gold file is made from a quotes sample, not {key.table}"])
    ids = dict(zip(codebooks.load_actors()["name"], codebooks.load_actors()["id"]))
    sheet = sheet.set_index("unit_id")
    votes = {v: majority(coded, v) for v in ("is_statement", "kind", "speaker")}
    rows = []
    for unit in key.codes.index:
        kind = votes["kind"][unit]
        if votes["is_statement"][unit] != "yes" or kind not in ("direct", "partial", "indirect"):
            continue
        speaker = "" if votes["speaker"][unit] in ("", NONE) else votes["speaker"][unit]
        rows.append({"article_id": sheet.at[unit, "article_id"], "quote": sheet.at[unit, "unit"],
                     "kind": kind, "speaker_id": ids.get(speaker, ""), "speaker": speaker,
                     "verb": "", "via": "", "note": f"coded sample {unit}"})
    return pd.DataFrame(rows, columns=["article_id", "quote", "kind", "speaker_id", "speaker",
                                       "verb", "via", "note"])


def study(key_path, coded_paths, resamples: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(agreement table, disagreements) of one key and its filled sheets."""
    key = read_key(resolve(key_path))
    coded = read_coded(key, [resolve(p) for p in coded_paths])
    return agreement_table(key, coded, resamples), disagreements(key, coded)


def add_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--key", required=True, help="the .key.csv written by sample")
    parser.add_argument("coded", nargs="+", help="filled sheets (CSV or XLSX), one per coder")
    parser.add_argument("--out", required=True, help="folder for agreement.csv, disagreements.csv")
    parser.add_argument("--gold", default=None, metavar="FILE",
                        help="also write the coders' majority as a gold file for evaluate")
    return parser


def run(args) -> int:
    try:
        key = read_key(resolve(args.key))
        paths = [resolve(p) for p in args.coded]
        coded = read_coded(key, paths)
        gold = to_gold(key, coded, read_cells(paths[0])) if args.gold else None
    except SheetError as err:
        for line in err.problems:
            print(f"error: {line}", file=sys.stderr)
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    table = agreement_table(key, coded)
    table.to_csv(out / "agreement.csv", index=False, lineterminator="\n")
    disagreements(key, coded).to_csv(out / "disagreements.csv", index=False, lineterminator="\n")
    print(f"{len(coded)} coder(s), {len(key.codes)} units → {out / 'agreement.csv'}")
    if gold is not None:
        target = Path(args.gold)
        target.parent.mkdir(parents=True, exist_ok=True)
        gold.to_csv(target, index=False, lineterminator="\n")
        print(f"{len(gold)} gold quotations → {target}")
    return 0
