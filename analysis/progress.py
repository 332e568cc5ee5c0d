"""How an export reports its progress: a bar per stage on a terminal, and seconds per stage.

Why apart from the pipeline: the stages are named once here, for the progress bars, for
``export --timings FILE`` and for the benchmark that reads that file.
"""
from __future__ import annotations

import json
import sys
import time
from contextlib import contextmanager
from pathlib import Path

STAGES = ["reading and per-article steps", "reuse", "shared facts", "keyness", "profiles", "writing"]


def progress_bar(total: int, desc: str):
    """A tqdm bar on stderr, shown only when stderr is a terminal."""
    from tqdm import tqdm
    return tqdm(total=total, desc=desc, unit="", disable=not sys.stderr.isatty(), leave=False)


class Clock:
    """Seconds spent per stage (``--timings``); stages on other processes report their own."""

    def __init__(self):
        self.seconds = dict.fromkeys(STAGES, 0.0)

    @contextmanager
    def stage(self, name: str):
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] += time.perf_counter() - start

    def write(self, path) -> None:
        """The seconds of each stage as JSON, rounded to milliseconds."""
        Path(path).write_text(json.dumps({k: round(v, 3) for k, v in self.seconds.items()},
                                         indent=1) + "\n", encoding="utf-8")
