"""Build large test corpora from the seeds' real paragraphs, page noise included.

Each synthetic page takes a seed page's chrome (menus, spam, tracking ids, captions), a random
headline, date stamp and dateline, and 6-12 body paragraphs drawn from all seeds and shuffled,
sometimes printed twice like Xinhua's page. Articles differ from one another, and the cleaner
meets the same mess it meets on the real pages. Deterministic for a given seed number.
"""
from __future__ import annotations

import random
from pathlib import Path

from analysis.pipeline import load_corpus
from analysis.paths import SEEDS

OUTLET_DATELINES = [("MOSCOW", "Xinhua"), ("WASHINGTON", "Xinhua"), ("TEHRAN", "defapress"),
                    ("CARACAS", "CGTN"), ("", "")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def _pools():
    corpus = load_corpus(SEEDS)
    body = corpus.paragraphs[corpus.paragraphs.role == "body"]["text"].tolist()
    removed = corpus.removed
    before = removed[removed.reason.isin(["navigation", "share widget", "section label"])]["text"].tolist()
    after = removed[removed.reason.isin(["navigation", "spam", "tracking id", "comments widget",
                                         "end marker"])]["text"].tolist()
    captions = removed[removed.reason == "caption"]["text"].tolist()
    return corpus.articles["headline"].tolist(), body, before, after, captions


def write_corpus(folder: Path, n: int, seed: int = 0) -> Path:
    """Write ``n`` synthetic pages into ``folder`` (created) and return it."""
    rng = random.Random(seed)
    headlines, body, before, after, captions = _pools()
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        day, month = rng.randint(1, 28), rng.choice(MONTHS)
        place, credit = rng.choice(OUTLET_DATELINES)
        paragraphs = rng.sample(body, rng.randint(6, min(12, len(body))))
        if place:
            paragraphs[0] = f"{place}, {month[:3]}. {day} ({credit}) -- {paragraphs[0]}"
        lines = rng.sample(before, min(3, len(before)))
        lines += [rng.choice(headlines), "", f"Published: {day} {month} 2019", ""]
        if credit and rng.random() < 0.5:
            lines += [f"Source: {credit} | 2019-01-01 10:00:00 | Editor: X", ""]
        if rng.random() < 0.5:
            lines += [rng.choice(captions), ""]
        for p in paragraphs:
            lines += [p, ""]
        if rng.random() < 0.2:          # a body printed twice
            for p in paragraphs:
                lines += [p, ""]
        lines += rng.sample(after, min(4, len(after)))
        (folder / f"synthetic_{i:06d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder
