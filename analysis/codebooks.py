"""Load the CSV codebooks researchers edit, failing with one clear line per malformed row."""
from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from .paths import CODEBOOKS


class CodebookError(ValueError):
    """A codebook file that cannot be used; the message names file, line and problem."""


def read_codebook(path, required: list[str], nonempty: list[str] | None = None,
                  choices: dict[str, set[str]] | None = None) -> pd.DataFrame:
    """Read a codebook CSV, checking columns, cell counts, empty and out-of-vocabulary cells.

    Lines starting with ``#`` are comments. Returns the rows as strings, with a ``line`` column
    holding the file line each row came from, so later checks can report it too.
    """
    path = Path(path)
    if not path.is_absolute() and not path.exists():
        path = CODEBOOKS / path
    if not path.exists():
        raise CodebookError(f"{path}: codebook file not found")
    nonempty = nonempty or []
    choices = choices or {}
    rows, header, header_line = [], None, 0
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [(no, text) for no, text in enumerate(handle.read().splitlines(), start=1)
                 if text.strip() and not text.lstrip().startswith("#")]
    for (no, text), cells in zip(lines, csv.reader(text for _, text in lines)):
        if header is None:
            header, header_line = [c.strip() for c in cells], no
            missing = [c for c in required if c not in header]
            if missing:
                raise CodebookError(f"{path}:{no}: header lacks column(s) {', '.join(missing)}")
            continue
        if len(cells) != len(header):
            raise CodebookError(
                f"{path}:{no}: expected {len(header)} cells ({','.join(header)}), found {len(cells)}")
        row = dict(zip(header, (c.strip() for c in cells)))
        for col in nonempty:
            if not row[col]:
                raise CodebookError(f"{path}:{no}: column '{col}' is empty")
        for col, allowed in choices.items():
            if row[col] not in allowed:
                raise CodebookError(
                    f"{path}:{no}: '{row[col]}' in column '{col}' is not one of {sorted(allowed)}")
        row["line"] = no
        rows.append(row)
    if header is None:
        raise CodebookError(f"{path}: codebook is empty")
    return pd.DataFrame(rows, columns=header + ["line"])
