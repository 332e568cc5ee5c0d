"""Benchmark the full export on synthetic corpora: articles/s, words/s and peak memory.

    python -m benchmarks.bench_export                 # 1,000 and 10,000 articles, 1 and 2 workers
    python -m benchmarks.bench_export --sizes 1000 --workers 1 2 --repeat 5

Each run is a separate ``python -m analysis export`` process; peak memory is the largest summed
resident memory of that process and its worker processes, sampled every 50 ms. Each configuration
runs ``--repeat`` times, the worker counts taking turns (so a slow spell of a shared machine hits
them alike); the table shows the fastest run of each, as timeit does, and the largest peak memory.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
import psutil

from .synthetic_corpus import write_corpus


def run_export(corpus: Path, out: Path, workers: int) -> tuple[float, float]:
    """Seconds and peak MB of one export run."""
    start = time.perf_counter()
    log = (out.parent / f"{out.name}.stderr").open("w+")   # a file, not a pipe: warnings can be many
    proc = subprocess.Popen([sys.executable, "-m", "analysis", "export", "--corpus", str(corpus),
                             "--out", str(out), "--workers", str(workers)],
                            stdout=subprocess.DEVNULL, stderr=log, text=True)
    parent, peak = psutil.Process(proc.pid), 0
    while proc.poll() is None:
        try:
            rss = parent.memory_info().rss + sum(c.memory_info().rss for c in parent.children(recursive=True))
            peak = max(peak, rss)
        except psutil.Error:
            pass
        time.sleep(0.05)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        log.seek(0)
        raise SystemExit(f"export failed on {corpus}: {log.read()[-2000:]}")
    return seconds, peak / 2**20


def main(argv=None) -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    args.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args.add_argument("--repeat", type=int, default=3, help="runs per configuration (fastest shown)")
    opts = args.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in opts.sizes:
            corpus = write_corpus(Path(tmp) / f"corpus_{size}", size)
            runs = {workers: [] for workers in opts.workers}
            for _ in range(max(1, opts.repeat)):
                for workers in opts.workers:
                    out = Path(tmp) / f"out_{size}_{workers}"
                    runs[workers].append(run_export(corpus, out, workers))
            for workers, measured in runs.items():
                seconds, peak = min(s for s, _ in measured), max(p for _, p in measured)
                articles = pd.read_csv(Path(tmp) / f"out_{size}_{workers}" / "articles.csv",
                                       usecols=["n_words"])
                rows.append({"articles": size, "workers": workers, "seconds": round(seconds, 1),
                             "articles/s": round(len(articles) / seconds, 1),
                             "words/s": int(articles.n_words.sum() / seconds),
                             "peak MB": int(peak)})
            print(pd.DataFrame(rows).to_string(index=False), end="\n\n", flush=True)
    table = pd.DataFrame(rows)
    for size in opts.sizes:
        one = table[(table.articles == size) & (table.workers == 1)]
        for workers in opts.workers[1:]:
            many = table[(table.articles == size) & (table.workers == workers)]
            if len(one) and len(many):
                print(f"speed-up at {size} articles, {workers} workers: "
                      f"{one.seconds.iloc[0] / many.seconds.iloc[0]:.2f}x")


if __name__ == "__main__":
    main()
