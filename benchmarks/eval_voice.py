"""Score the voice and speaker of framing hits (framing_hits.csv) against the hand-made voice gold.

    python -m benchmarks.eval_voice --tables DIR [--gold gold/voice_gold.csv] [--out DIR]

DIR holds an export of the seeds (``framing_hits.csv``, ``articles.csv``); without ``--tables``
the seeds are exported to a temporary folder first. Matching and measures are those of
:mod:`analysis.validate.voice` (notebook 06 shows the same scores for a study whose
``voice_gold`` covers it). Writes with ``--out``: ``voice_scores.csv`` (measure, value, n),
``voice_confusion.csv`` (gold voice x predicted voice, ``missed`` a column) and
``voice_disagreements.csv`` (every unit whose voice or speaker differs).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

from analysis import paths, study
from analysis.validate.voice import GoldError, load_gold, score

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent / "gold" / "voice_gold.csv"


def _export_seeds(out: Path) -> None:
    subprocess.run([sys.executable, "-m", "analysis", "export", "--out", str(out)],
                   cwd=HERE.parent, check=True, stdout=subprocess.DEVNULL)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=Path, help="an export of the seeds (default: export now)")
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--out", type=Path,
                        help="write the scores, confusion and disagreements here")
    args = parser.parse_args(argv)
    try:
        gold = load_gold(args.gold)
    except (OSError, GoldError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        tables = args.tables or Path(tmp)
        if args.tables is None:
            _export_seeds(tables)
        try:
            hits = pd.read_csv(tables / "framing_hits.csv", dtype=str, keep_default_na=False)
            articles = pd.read_csv(tables / "articles.csv", dtype=str, keep_default_na=False)
        except OSError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    with study.active(paths.SEEDS):   # the seeds' actor codebook names the gold's speakers
        result = score(gold, hits, articles)
    with pd.option_context("display.width", 200, "display.max_colwidth", 70,
                           "display.max_rows", 500):
        print(result["scores"].to_string(index=False, float_format="{:.3f}".format))
        print("\n" + result["confusion"].to_string())
        print("\n" + result["disagreements"].drop(columns=["sentence"]).to_string(index=False))
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        result["scores"].to_csv(args.out / "voice_scores.csv", index=False)
        result["confusion"].to_csv(args.out / "voice_confusion.csv")
        result["disagreements"].to_csv(args.out / "voice_disagreements.csv", index=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
