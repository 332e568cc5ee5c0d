"""CPU time of each per-article step, per article: where the articles stage spends its time.

    python -m benchmarks.bench_steps --corpus /work/corpora/synth_1000
    python -m benchmarks.bench_steps --corpus DIR --limit 400      # the first 400 files

``bench_export`` gives the seconds of each stage of the export; the articles stage is one stage
there ("reading and per-article steps") although it is most of an export's time. This runs the
same unit of work, :func:`analysis.steps.process_file`, over a corpus's files in this one process
(the corpus's study active, one codebook version, as the export's one worker) and adds up the
CPU time (``time.process_time``) of each step :mod:`analysis.steps` calls: reading and cleaning,
each table's step, each part of the article's index, and the CSV formatting of its rows. No
profiler: the figures are the steps' real cost (cProfile inflates Python loops several times).
The steps are timed by wrapping the names in :mod:`analysis.steps` (a step added there and not
named in :data:`STEPS` is counted in "other"). Issue 11: on the synthetic corpora the quote step
is over half of the stage.
"""
from __future__ import annotations

import argparse
import time
from functools import wraps

from analysis import steps, study, tables
from analysis.codebooks import one_version
from analysis.corpus.listing import corpus_sources

#: The names in :mod:`analysis.steps` that are timed: reading, the per-article steps, the index.
STEPS = ["read_article", "quote_rows", "mention_rows", "source_rows", "event_rows",
         "frame_hit_rows", "label_rows", "hedge_rows", "contested_term_rows", "article_voice",
         "article_doc", "article_terms", "fact_units", "voice_words"]


def _timed(func, seconds: dict, name: str):
    @wraps(func)
    def run(*args, **kwargs):
        start = time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            seconds[name] = seconds.get(name, 0.0) + time.process_time() - start
    return run


def step_seconds(corpus, limit: int | None = None) -> tuple[int, float, dict[str, float]]:
    """(files, CPU seconds of the whole stage, CPU seconds per step) over ``corpus``'s files."""
    seconds: dict[str, float] = {}
    originals = {name: getattr(steps, name) for name in STEPS if hasattr(steps, name)}
    csv_lines = tables.csv_lines
    try:
        for name, func in originals.items():
            setattr(steps, name, _timed(func, seconds, name))
        tables.csv_lines = _timed(csv_lines, seconds, "csv_lines")
        with study.active(corpus), one_version():
            _, _, jobs = corpus_sources(corpus, True)
            jobs = jobs[:limit]
            start = time.process_time()
            for job in jobs:
                steps.process_file(job)
            total = time.process_time() - start
    finally:
        for name, func in originals.items():
            setattr(steps, name, func)
        tables.csv_lines = csv_lines
    return len(jobs), total, seconds


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", required=True, help="a folder of articles")
    parser.add_argument("--limit", type=int, default=None, help="only the first N files")
    args = parser.parse_args(argv)
    n, total, seconds = step_seconds(args.corpus, args.limit)
    seconds["other"] = total - sum(seconds.values())
    print(f"{n} files, {total:.2f} s CPU, {1000 * total / max(n, 1):.2f} ms per file")
    print(f"{'step':<22}{'ms/file':>9}{'share':>8}")
    for name, s in sorted(seconds.items(), key=lambda kv: -kv[1]):
        print(f"{name:<22}{1000 * s / max(n, 1):>9.2f}{s / total if total else 0:>8.1%}")


if __name__ == "__main__":
    main()
