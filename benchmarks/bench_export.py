"""Benchmark the full export on synthetic corpora or real articles: articles/s, words/s, peak
memory, CPU time and the seconds of each stage.

    python -m benchmarks.bench_export                 # 1,000 and 10,000 articles, 1 and 2 workers
    python -m benchmarks.bench_export --sizes 1000 --workers 1 2 --repeat 5
    python -m benchmarks.bench_export --corpus DIR    # a folder of real articles (.txt)
    python -m benchmarks.bench_export --corpus DIR --half --dask \
        --spacy-python /work/venv-spacy/bin/python    # growth, a Dask cluster, spaCy's rate

Each run is a separate ``python -m analysis export`` process; peak memory is the largest summed
resident memory of that process and its worker processes (and of the Dask cluster's processes),
sampled every 50 ms. Each configuration runs ``--repeat`` times, the configurations taking turns
(so a slow spell of a shared machine hits them alike); the table shows the fastest run of each,
as timeit does, and the largest peak memory. ``cpu s`` is user + system time of the export and
its worker processes (what a shared machine does not inflate); the stage columns come from
``export --timings`` of the fastest run. Every configuration of a corpus must write the same
tables (byte for byte); the benchmark says so, or which tables differ.

``--half`` also exports every other file of each real corpus (growth: time for all / time for
half, at the largest worker count). ``--dask`` adds a configuration on a Dask ``LocalCluster`` of
as many single-threaded worker processes as the largest worker count, started here.
``--spacy-python`` names an interpreter with spaCy and en_core_web_sm (outside the package, which
never depends on spaCy): when it exists, ``spacy_rate.py`` measures spaCy's parse rate on every
``--spacy-every``-th file of each real corpus in the same run, one process.
"""
from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import psutil

from .synthetic_corpus import write_corpus


def run_export(corpus: Path, out: Path, workers: int, cluster=None) -> tuple[float, float, float, dict]:
    """Seconds, peak MB, CPU seconds and stage seconds of one export run (on ``workers``
    processes, or on the Dask ``cluster``)."""
    extra = [psutil.Process(p) for p in _cluster_pids(cluster)]
    extra_cpu = _cpu(extra)
    start, cpu = time.perf_counter(), os.times()
    log = (out.parent / f"{out.name}.stderr").open("w+")   # a file, not a pipe: warnings can be many
    timings = out.parent / f"{out.name}.timings.json"
    where = ["--scheduler", cluster.scheduler_address] if cluster else ["--workers", str(workers)]
    proc = subprocess.Popen([sys.executable, "-m", "analysis", "export", "--corpus", str(corpus),
                             "--out", str(out), *where, "--timings", str(timings)],
                            stdout=subprocess.DEVNULL, stderr=log, text=True)
    parent, peak = psutil.Process(proc.pid), 0
    while proc.poll() is None:
        try:
            rss = parent.memory_info().rss + sum(c.memory_info().rss for c in parent.children(recursive=True))
            rss += sum(p.memory_info().rss for p in extra)
            peak = max(peak, rss)
        except psutil.Error:
            pass
        time.sleep(0.05)
    seconds, after = time.perf_counter() - start, os.times()
    if proc.returncode != 0:
        log.seek(0)
        raise SystemExit(f"export failed on {corpus}: {log.read()[-2000:]}")
    cpu_seconds = (after.children_user - cpu.children_user) + (after.children_system - cpu.children_system)
    return seconds, peak / 2**20, cpu_seconds + _cpu(extra) - extra_cpu, json.loads(timings.read_text())


def _cluster_pids(cluster) -> list[int]:
    if cluster is None:
        return []
    me = psutil.Process()
    return [c.pid for c in me.children(recursive=True)]


def _cpu(processes) -> float:
    total = 0.0
    for p in processes:
        try:
            times = p.cpu_times()
            total += times.user + times.system
        except psutil.Error:
            pass
    return total


def measure(corpus: Path, label, configs, repeat: int, tmp: Path) -> tuple[list[dict], list[str]]:
    """Rows of the table for one corpus (the fastest of ``repeat`` runs per configuration) and the
    tables that differ between configurations (none expected)."""
    runs = {name: [] for name in configs}
    for _ in range(max(1, repeat)):
        for name, (workers, cluster) in configs.items():
            runs[name].append(run_export(corpus, tmp / f"out_{label}_{name}", workers, cluster))
    rows = []
    for name, measured in runs.items():
        seconds, _, _, stages = min(measured, key=lambda m: m[0])
        articles = pd.read_csv(tmp / f"out_{label}_{name}" / "articles.csv", usecols=["n_words"])
        rows.append({"articles": len(articles), "workers": name, "seconds": round(seconds, 1),
                     "cpu s": round(min(m[2] for m in measured), 1),
                     "articles/s": round(len(articles) / seconds, 1),
                     "words/s": int(articles.n_words.sum() / seconds),
                     "peak MB": int(max(m[1] for m in measured)),
                     **{stage: round(took, 2) for stage, took in stages.items()}})
    first, *others = [tmp / f"out_{label}_{name}" for name in configs]
    names = sorted(p.name for p in first.glob("*.csv"))
    differ = sorted({n for other in others for n in filecmp.cmpfiles(first, other, names, shallow=False)[1:][0]
                     + filecmp.cmpfiles(first, other, names, shallow=False)[2]})
    return rows, differ


def half_corpus(folder: Path, target: Path) -> Path:
    """Every other file of ``folder`` (sorted by name; its manifest too, if any) in ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    for f in sorted(folder.glob("*.txt"))[::2]:
        (target / f.name).symlink_to(f.resolve())
    if (folder / "manifest.csv").exists():
        shutil.copy(folder / "manifest.csv", target / "manifest.csv")
    return target


def spacy_rate(python: Path, folder: Path, every: int) -> dict | None:
    """spaCy's parse rate on every ``every``-th file of ``folder``, or None without spaCy."""
    if not python or not Path(python).exists():
        return None
    script = Path(__file__).with_name("spacy_rate.py")
    done = subprocess.run([str(python), str(script), str(folder), "--every", str(every)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        print(f"spaCy rate not measured: {done.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv=None) -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--sizes", type=int, nargs="+", default=None,
                      help="synthetic corpus sizes (default 1000 10000 without --corpus)")
    args.add_argument("--corpus", type=Path, nargs="+", default=[],
                      help="folders of real articles to export as they are")
    args.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args.add_argument("--repeat", type=int, default=3, help="runs per configuration (fastest shown)")
    args.add_argument("--half", action="store_true", help="also every other file of each --corpus")
    args.add_argument("--dask", action="store_true", help="also on a Dask LocalCluster started here")
    args.add_argument("--spacy-python", type=Path, default=None,
                      help="interpreter with spaCy + en_core_web_sm, for spaCy's parse rate")
    args.add_argument("--spacy-every", type=int, default=4, help="spaCy parses every Nth file")
    opts = args.parse_args(argv)
    sizes = opts.sizes if opts.sizes is not None else ([] if opts.corpus else [1000, 10000])
    rows, notes = [], []
    with tempfile.TemporaryDirectory() as tmp, _cluster(opts.dask, max(opts.workers)) as cluster:
        tmp = Path(tmp)
        configs = {str(w): (w, None) for w in opts.workers}
        if cluster is not None:
            configs[f"dask {max(opts.workers)}"] = (max(opts.workers), cluster)
        corpora = [(folder, folder.name) for folder in opts.corpus]
        if opts.half:
            corpora += [(half_corpus(folder, tmp / f"half_{folder.name}"), f"{folder.name} half")
                        for folder in opts.corpus]
        corpora += [(write_corpus(tmp / f"corpus_{size}", size), f"synthetic {size}") for size in sizes]
        for folder, label in corpora:
            measured, differ = measure(folder, label.replace(" ", "_"), configs, opts.repeat, tmp)
            rows += [{"corpus": label, **row} for row in measured]
            notes.append(f"{label}: tables of all configurations "
                         + (f"DIFFER: {', '.join(differ)}" if differ else "byte-identical"))
            print(pd.DataFrame(rows).to_string(index=False), end="\n\n", flush=True)
        rates = {folder.name: spacy_rate(opts.spacy_python, folder, opts.spacy_every)
                 for folder in opts.corpus} if opts.spacy_python else {}
    table = pd.DataFrame(rows)
    top = str(max(opts.workers))
    for label in table.corpus.unique():
        mine = table[table.corpus == label].set_index("workers")
        for name in [n for n in mine.index if n != "1"]:
            if "1" in mine.index:
                notes.append(f"speed-up on {label}, {name} workers: "
                             f"{mine.seconds['1'] / mine.seconds[name]:.2f}x")
    for folder in opts.corpus if opts.half else []:
        full = table[(table.corpus == folder.name) & (table.workers == top)].seconds
        half = table[(table.corpus == f"{folder.name} half") & (table.workers == top)].seconds
        notes.append(f"growth on {folder.name}, {top} workers: all / half = "
                     f"{full.iloc[0] / half.iloc[0]:.2f}")
    for name, rate in rates.items():
        if rate:
            best = table[(table.corpus == name) & (table.workers == top)]["articles/s"].iloc[0]
            notes.append(f"spaCy en_core_web_sm on {rate['articles']} files of {name}: "
                         f"{rate['articles/s']:.2f} articles/s (one process); export at {top} "
                         f"workers: {best} articles/s = {best / rate['articles/s']:.1f}x spaCy")
    print("\n".join(notes))


@contextmanager
def _cluster(wanted: bool, workers: int):
    """A Dask LocalCluster of ``workers`` single-threaded processes, or None."""
    if not wanted:
        yield None
        return
    from dask.distributed import LocalCluster
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        yield cluster


if __name__ == "__main__":
    main()
