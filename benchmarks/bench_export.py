"""Benchmark the full export on synthetic corpora or real articles: articles/s, words/s, peak
memory, CPU time and the seconds of each stage.

    python -m benchmarks.bench_export                 # 1,000 and 10,000 articles, 1 and 2 workers
    python -m benchmarks.bench_export --sizes 1000 --workers 1 2 --repeat 5
    python -m benchmarks.bench_export --corpus DIR    # a folder of real articles (.txt)

Each run is a separate ``python -m analysis export`` process; peak memory is the largest summed
resident memory of that process and its worker processes, sampled every 50 ms. Each configuration
runs ``--repeat`` times, the worker counts taking turns (so a slow spell of a shared machine hits
them alike); the table shows the fastest run of each, as timeit does, and the largest peak memory.
``cpu s`` is user + system time of the export and its worker processes (what a shared machine
does not inflate); the stage columns come from ``export --timings`` of the fastest run.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
import psutil

from .synthetic_corpus import write_corpus


def run_export(corpus: Path, out: Path, workers: int) -> tuple[float, float, float, dict]:
    """Seconds, peak MB, CPU seconds and stage seconds of one export run."""
    start, cpu = time.perf_counter(), os.times()
    log = (out.parent / f"{out.name}.stderr").open("w+")   # a file, not a pipe: warnings can be many
    timings = out.parent / f"{out.name}.timings.json"
    proc = subprocess.Popen([sys.executable, "-m", "analysis", "export", "--corpus", str(corpus),
                             "--out", str(out), "--workers", str(workers), "--timings", str(timings)],
                            stdout=subprocess.DEVNULL, stderr=log, text=True)
    parent, peak = psutil.Process(proc.pid), 0
    while proc.poll() is None:
        try:
            rss = parent.memory_info().rss + sum(c.memory_info().rss for c in parent.children(recursive=True))
            peak = max(peak, rss)
        except psutil.Error:
            pass
        time.sleep(0.05)
    seconds, after = time.perf_counter() - start, os.times()
    if proc.returncode != 0:
        log.seek(0)
        raise SystemExit(f"export failed on {corpus}: {log.read()[-2000:]}")
    cpu_seconds = (after.children_user - cpu.children_user) + (after.children_system - cpu.children_system)
    return seconds, peak / 2**20, cpu_seconds, json.loads(timings.read_text())


def measure(corpus: Path, label, workers_list, repeat: int, tmp: Path) -> list[dict]:
    """Rows of the table for one corpus: the fastest of ``repeat`` runs per worker count."""
    runs = {workers: [] for workers in workers_list}
    for _ in range(max(1, repeat)):
        for workers in workers_list:
            runs[workers].append(run_export(corpus, tmp / f"out_{label}_{workers}", workers))
    rows = []
    for workers, measured in runs.items():
        seconds, _, _, stages = min(measured, key=lambda m: m[0])
        articles = pd.read_csv(tmp / f"out_{label}_{workers}" / "articles.csv", usecols=["n_words"])
        rows.append({"articles": len(articles), "workers": workers, "seconds": round(seconds, 1),
                     "cpu s": round(min(m[2] for m in measured), 1),
                     "articles/s": round(len(articles) / seconds, 1),
                     "words/s": int(articles.n_words.sum() / seconds),
                     "peak MB": int(max(m[1] for m in measured)),
                     **{stage: round(took, 2) for stage, took in stages.items()}})
    return rows


def main(argv=None) -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--sizes", type=int, nargs="+", default=None,
                      help="synthetic corpus sizes (default 1000 10000 without --corpus)")
    args.add_argument("--corpus", type=Path, nargs="+", default=[],
                      help="folders of real articles to export as they are")
    args.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args.add_argument("--repeat", type=int, default=3, help="runs per configuration (fastest shown)")
    opts = args.parse_args(argv)
    sizes = opts.sizes if opts.sizes is not None else ([] if opts.corpus else [1000, 10000])
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpora = [(folder, folder.name) for folder in opts.corpus]
        corpora += [(write_corpus(tmp / f"corpus_{size}", size), f"synthetic {size}") for size in sizes]
        for folder, label in corpora:
            rows += [{"corpus": label, **row} for row in
                     measure(folder, label.replace(" ", "_"), opts.workers, opts.repeat, tmp)]
            print(pd.DataFrame(rows).to_string(index=False), end="\n\n", flush=True)
    table = pd.DataFrame(rows)
    for label in table.corpus.unique():
        one = table[(table.corpus == label) & (table.workers == 1)]
        for workers in opts.workers[1:]:
            many = table[(table.corpus == label) & (table.workers == workers)]
            if len(one) and len(many):
                print(f"speed-up on {label}, {workers} workers: "
                      f"{one.seconds.iloc[0] / many.seconds.iloc[0]:.2f}x")


if __name__ == "__main__":
    main()
