"""Score extracted quotations against a hand-annotated gold standard.

Why text matching and not offsets: the gold (``gold/quotes_gold.csv``) names each quotation by its
words, so it survives changes to cleaning that shift offsets. A predicted and a gold quotation of
the same article *match* when, after normalisation (case, accents, quotation marks and other
punctuation dropped, whitespace collapsed), the words they share in order (difflib's matching
blocks over word lists) cover at least half of the LONGER of the two (:data:`MIN_OVERLAP`). Pairs are
matched one-to-one, best overlap first. Quotations in marks (direct + partial) and reported speech
without marks (indirect) are matched in separate pools, so a long indirect clause cannot "find" a
one-word scare quote inside it.

Measures: span precision and recall of quotations in marks; speaker accuracy (same ``speaker_id``)
on matched gold quotations, and span+speaker (share of ALL gold quotations found with the right
speaker); the same recall/precision/speaker measures for indirect statements.
"""
from __future__ import annotations

import argparse
import sys
from difflib import SequenceMatcher

import pandas as pd

from ..text import fold
from ..codebooks import CodebookError, read_codebook
from ..paths import REPO_ROOT, resolve
from .summaries import speakers_words

GOLD_FILE = REPO_ROOT / "gold" / "quotes_gold.csv"
MIN_OVERLAP = 0.5
QUOTED = {"direct", "partial"}
KINDS = {"direct", "partial", "indirect"}


def normalise(text: str) -> list[str]:
    """Words of ``text`` for matching: lower-case, no accents, no punctuation or quote marks."""
    out, word = [], []
    for ch in fold(str(text)).lower():
        if ch.isalnum():
            word.append(ch)
        elif word:
            out.append("".join(word))
            word = []
    if word:
        out.append("".join(word))
    return out


def overlap(a: str, b: str) -> float:
    """Share of the longer quotation covered by words shared in order with the other (0..1)."""
    wa, wb = normalise(a), normalise(b)
    if not wa or not wb:
        return 0.0
    matched = sum(block.size for block in
                  SequenceMatcher(None, wa, wb, autojunk=False).get_matching_blocks())
    return matched / max(len(wa), len(wb))


def load_gold(path=GOLD_FILE) -> pd.DataFrame:
    """The gold table, checked: article_id, quote, kind (direct|partial|indirect), speaker_id."""
    path = resolve(path)
    if not path.exists():
        raise CodebookError(f"{path}: gold file not found")
    gold = read_codebook(path, required=["article_id", "quote", "kind", "speaker_id"],
                         nonempty=["article_id", "quote", "kind"], choices={"kind": KINDS})
    return gold


def _match(pred: pd.DataFrame, gold: pd.DataFrame) -> list[tuple[int, int, float]]:
    """One-to-one (gold index, pred index, overlap) pairs, best overlap first, per article."""
    pairs = []
    for art, g in gold.groupby("article_id"):
        p = pred[pred["article_id"] == art]
        for gi, gq in g["quote"].items():
            for pi, pq in p["quote"].items():
                score = overlap(gq, pq)
                if score >= MIN_OVERLAP:
                    pairs.append((score, gi, pi))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g, used_p, out = set(), set(), []
    for score, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi, score))
    return out


def _pool(pred, gold):
    matches = _match(pred, gold)
    rows = []
    for gi, pi, score in matches:
        g, p = gold.loc[gi], pred.loc[pi]
        rows.append({"article_id": g["article_id"], "gold_quote": g["quote"],
                     "pred_quote": p["quote"], "gold_kind": g["kind"], "pred_kind": p["kind"],
                     "gold_speaker_id": g["speaker_id"], "pred_speaker_id": p["speaker_id"],
                     "pred_speaker": p.get("speaker", ""), "overlap": round(score, 3),
                     "speaker_ok": g["speaker_id"] == p["speaker_id"]})
    matched = pd.DataFrame(rows, columns=["article_id", "gold_quote", "pred_quote", "gold_kind",
                                          "pred_kind", "gold_speaker_id", "pred_speaker_id",
                                          "pred_speaker", "overlap", "speaker_ok"])
    fn = gold.drop(index=[gi for gi, _, _ in matches])
    fp = pred.drop(index=[pi for _, pi, _ in matches])
    n_g, n_p, n_m = len(gold), len(pred), len(matched)
    n_ok = int(matched["speaker_ok"].sum()) if n_m else 0
    stats = {"gold": n_g, "predicted": n_p, "matched": n_m,
             "precision": n_m / n_p if n_p else 0.0, "recall": n_m / n_g if n_g else 0.0,
             "speaker_accuracy": n_ok / n_m if n_m else 0.0,
             "span_and_speaker": n_ok / n_g if n_g else 0.0}
    return stats, matched, fn, fp


def evaluate(pred: pd.DataFrame, gold: pd.DataFrame) -> dict:
    """Compare a quotes table (the export's, or :func:`predict`) with the gold table.

    Returns a dict: ``quoted`` and ``indirect`` (dicts of counts, precision, recall,
    speaker_accuracy, span_and_speaker), ``kind_accuracy`` (direct vs partial on matched quoted
    spans), and DataFrames ``matches``, ``false_negatives``, ``false_positives``,
    ``wrong_speakers`` (both pools, with a ``pool`` column).

    The gold annotates speech acts with their reported words (``gold/README.md``: a narrated act
    such as ``voiced support`` is not annotated), so rows that hold no speaker's words (a belief,
    a stance, a topic the outlet names: :func:`analysis.quotes.summaries.speakers_words`) are no
    predictions here.
    """
    if "verb_class" in pred.columns:
        pred = pred[pd.Series([speakers_words(k, c) for k, c in
                               zip(pred["kind"], pred["verb_class"].fillna(""))],
                              index=pred.index, dtype=bool)]
    pred = pred.reset_index(drop=True).copy()
    gold = gold.reset_index(drop=True).copy()
    for df in (pred, gold):
        df["speaker_id"] = df["speaker_id"].fillna("").astype(str)
    out, parts = {}, {"matches": [], "false_negatives": [], "false_positives": []}
    for pool, kinds in (("quoted", QUOTED), ("indirect", {"indirect"})):
        stats, matched, fn, fp = _pool(pred[pred["kind"].isin(kinds)],
                                       gold[gold["kind"].isin(kinds)])
        out[pool] = stats
        for name, df in (("matches", matched), ("false_negatives", fn),
                         ("false_positives", fp)):
            parts[name].append(df.assign(pool=pool))
    for name, dfs in parts.items():
        out[name] = pd.concat(dfs, ignore_index=True)
    m = out["matches"]
    out["wrong_speakers"] = m[~m["speaker_ok"].astype(bool)].reset_index(drop=True)
    q = m[m["pool"] == "quoted"]
    out["kind_accuracy"] = float((q["gold_kind"] == q["pred_kind"]).mean()) if len(q) else 0.0
    return out


def summary(result: dict) -> pd.DataFrame:
    """The headline numbers of :func:`evaluate` as a small table (one row per pool)."""
    return pd.DataFrame({pool: result[pool] for pool in ("quoted", "indirect")}).T


def add_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The ``evaluate`` options (--corpus, --gold), for the package's command line."""
    parser.add_argument("--corpus", default="seeds", help="folder of raw pages (default: seeds)")
    parser.add_argument("--gold", default=None,
                        help="gold CSV (default: the study's quote_gold in study.toml)")
    return parser


def predict(corpus_dir) -> pd.DataFrame:
    """The quote table of a corpus folder, as the export makes it (sorted by article_id, start)."""
    from ..pipeline import run
    pred = run(resolve(corpus_dir))["quotes"]
    return pred.sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)


def run(args) -> int:
    """Extract quotes from ``args.corpus``, score them against ``args.gold`` (default: the gold
    its study.toml names), print the result."""
    from .. import study
    gold_path = args.gold or study.read(args.corpus).quote_gold
    if gold_path is None:
        print(f"error: no gold file: give --gold, or name one as quote_gold in "
              f"{study.folder_of(args.corpus) / study.STUDY_FILE}", file=sys.stderr)
        return 2
    args.gold = str(gold_path)
    try:
        gold = load_gold(args.gold)
    except CodebookError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    pred = predict(args.corpus)
    result = evaluate(pred, gold)
    with pd.option_context("display.width", 160, "display.max_colwidth", 60,
                           "display.max_rows", 200):
        print("Quote attribution against", args.gold)
        print(summary(result).round(3).to_string())
        print(f"\ndirect/partial kind agreement on matched spans: {result['kind_accuracy']:.3f}")
        for name, cols in (("false_negatives", ["pool", "article_id", "kind", "speaker_id",
                                                 "quote"]),
                           ("false_positives", ["pool", "article_id", "kind", "speaker_id",
                                                 "quote"]),
                           ("wrong_speakers", ["pool", "article_id", "gold_speaker_id",
                                                "pred_speaker_id", "gold_quote"])):
            df = result[name]
            print(f"\n{name.replace('_', ' ')}: {len(df)}")
            if len(df):
                print(df[cols].to_string(index=False))
    return 0


def main(argv=None) -> int:
    """``python -m analysis evaluate [--corpus DIR] [--gold FILE]``: print the scores and misses."""
    parser = add_arguments(argparse.ArgumentParser(
        prog="python -m analysis evaluate",
        description="Score quote attribution against the gold file."))
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
