"""Benchmark the export on texts made to be slow or to blow up the tables (issue 17): one article
per corpus, run as ``python -m analysis export`` in a fresh process.

    python -m benchmarks.bench_pathological                  # every case, best of 3
    python -m benchmarks.bench_pathological --repeat 1 --cases said us
    python -m benchmarks.bench_pathological --paragraphs-from /path/to/txt/folder

Cases: 250 KB of one word repeated with no sentence end (``said``), of ``According to``, of an
opening quotation mark before each word (``"a``), of an abbreviation Punkt must not split on
(``U.S.``), of ``The statement`` (references in one long sentence), of ``The statement said the
talks would go on.`` (6,000 sentences whose speaker is a document: its issuer is sought
backwards); and ordinary news paragraphs in one article of 1 MB and 8 MB. The paragraphs are three
sentences drawn at random from the seeds (or from the .txt files of ``--paragraphs-from``), so
no two repeat and the cleaner keeps them all. Targets: 250 KB cases and the 1 MB article within
5 s, the 8 MB article within 60 s and 1 GB; tables never many times the size of the text.

Columns: ``seconds`` (wall clock of the whole export, start-up included, fastest run), ``cpu s``
(user + system of the export process), ``articles stage`` (the reading and per-article steps,
from ``--timings``), ``peak MB`` and ``tables MB`` (the CSV files written).
"""
from __future__ import annotations

import argparse
import random
import re
import tempfile
from pathlib import Path

import pandas as pd

from analysis.paths import SEEDS
from analysis.pipeline import load_corpus
from .bench_export import run_export

KB = 1000
REPEATED = {"said": "said ", "according": "According to ", "quote_a": "\"a ", "us": "U.S. ",
            "statement": "The statement ",
            "statement_said": "The statement said the talks would go on. "}
ORDINARY = {"ordinary_1mb": 1_000 * KB, "ordinary_8mb": 8_000 * KB}
CASES = [*REPEATED, *ORDINARY]
DATELINE = "MOSCOW, May 5 (Xinhua) -- "


def _sentences(source: Path | None) -> list[str]:
    if source is None:
        return load_corpus(SEEDS).sentences["text"].tolist()
    found = []
    for path in sorted(Path(source).glob("*.txt")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            found += [s for s in re.split(r"(?<=[.!?])\s+", line.strip()) if len(s) > 40]
    return found


def page(case: str, source: Path | None = None) -> str:
    """The text of one case's article."""
    if case in REPEATED:
        word = REPEATED[case]
        return DATELINE + word * (250 * KB // len(word)) + "\n"
    rng, pool, parts, size = random.Random(17), _sentences(source), [], 0
    while size < ORDINARY[case]:
        paragraph = " ".join(rng.choice(pool) for _ in range(3))
        parts.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 2
    return DATELINE + "\n\n".join(parts) + "\n"


def measure(case: str, repeat: int, tmp: Path, source: Path | None) -> dict:
    corpus = tmp / case
    corpus.mkdir()
    text = page(case, source)
    (corpus / f"{case}.txt").write_text(text, encoding="utf-8")
    runs = [run_export(corpus, tmp / f"out_{case}", workers=1) for _ in range(max(1, repeat))]
    seconds, _, cpu, stages = min(runs, key=lambda r: r[0])
    written = sum(p.stat().st_size for p in (tmp / f"out_{case}").glob("*.csv"))
    return {"case": case, "text KB": len(text.encode("utf-8")) // KB,
            "seconds": round(seconds, 1), "cpu s": round(min(r[2] for r in runs), 1),
            "articles stage": round(stages["reading and per-article steps"], 1),
            "peak MB": int(max(r[1] for r in runs)), "tables MB": round(written / 1e6, 1)}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", nargs="+", choices=CASES, default=CASES)
    parser.add_argument("--repeat", type=int, default=3, help="runs per case (the fastest is shown)")
    parser.add_argument("--paragraphs-from", type=Path, default=None, metavar="DIR",
                        help="draw the ordinary paragraphs' sentences from DIR/*.txt")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-pathological-") as tmp:
        rows = [measure(case, args.repeat, Path(tmp), args.paragraphs_from) for case in args.cases]
    print(pd.DataFrame(rows).to_string(index=False))


if __name__ == "__main__":
    main()
