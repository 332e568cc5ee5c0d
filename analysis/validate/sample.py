"""Coding sheets: a reproducible sample of a table's rows, written for coders and, apart, the key.

``python -m analysis sample --corpus DIR --table quotes --n 100 --seed 1 --stratify outlet
--out coding/quotes_sample`` writes ``quotes_sample.csv`` and ``.xlsx`` (the sheet: unit_id,
article_id, outlet, context, unit, then an empty ``code_<variable>`` per variable) and
``quotes_sample.key.csv`` (unit_id, the tool's code per variable, then ``weight``), kept apart so
coders code blind. ``--table sentences --for quotes`` samples sentences stratified by whether the
tool found a statement in them, half from each stratum, so recall can be estimated; ``weight``
(stratum size / units drawn from it) makes the estimates stand for the whole table
(Horvitz-Thompson). The same seed always draws the same units.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from .. import tables
from .units import TABLES, contexts, tool_codes, variables

SHEET_COLUMNS = ["unit_id", "article_id", "outlet", "context", "unit"]
#: Characters that make a spreadsheet read a cell as a formula (CSV injection): prefixed with '.
FORMULA_START = ("=", "+", "-", "@")


class SampleError(ValueError):
    """A sample that cannot be drawn; the message is one line for a person."""


def escape_cell(value: str) -> str:
    """A text cell a spreadsheet shows as text, never runs: ``'`` before = + - @ at the start."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_START) else value


def allocate(sizes: dict, n: int, equal: bool = False) -> dict:
    """Units to draw per stratum: proportional to its size (largest remainder, at least one per
    stratum when n allows), or ``equal`` shares; never more than a stratum holds."""
    sizes = {k: v for k, v in sizes.items() if v > 0}
    n = min(n, sum(sizes.values()))
    total = sum(sizes.values())
    if equal:
        share = {k: n / len(sizes) for k in sizes}
    else:
        share = {k: n * v / total for k, v in sizes.items()}
    quota = {k: min(sizes[k], int(share[k])) for k in sizes}
    if n >= len(sizes):
        quota = {k: max(q, 1) for k, q in quota.items()}
    order = sorted(sizes, key=lambda k: (-(share[k] - int(share[k])), str(k)))
    while sum(quota.values()) < n:        # hand out what is left, largest remainder first
        for k in order:
            if sum(quota.values()) < n and quota[k] < sizes[k]:
                quota[k] += 1
    while sum(quota.values()) > n:        # the "at least one" rule overshot: take from the largest
        k = max(quota, key=lambda k: (quota[k], str(k)))
        quota[k] -= 1
    return quota


def _units(t, table: str, for_table: str | None) -> tuple[pd.DataFrame, pd.DataFrame, str | None]:
    """(rows with unit_id and outlet, tool codes, column that must be a stratum)."""
    if table not in TABLES:
        raise SampleError(f"--table '{table}' is not one of {', '.join(TABLES)}")
    if table == "sentences" and for_table != "quotes":
        raise SampleError("--table sentences needs --for quotes (the recall sample)")
    rows = getattr(t, table, None)
    if rows is None:
        raise SampleError(f"the export has no table '{table}' (this version does not make it)")
    if rows.empty:
        raise SampleError(f"table '{table}' has no rows for this corpus: nothing to sample")
    rows = rows.reset_index(drop=True)
    if "outlet" not in rows.columns:
        rows = rows.merge(t.articles[["article_id", "outlet"]], on="article_id", how="left")
    rows.insert(0, "unit_id", [f"{table}-{i}" for i in range(len(rows))])
    codes = tool_codes(table, rows, t.quotes)
    return rows, codes, (variables(table)[0].name if table == "sentences" else None)


def draw(t, table: str, n: int, seed: int = 1, stratify: str | None = None,
         for_table: str | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(sheet, key) of ``n`` units of ``table`` drawn with ``seed``; see the module docstring."""
    rows, codes, found = _units(t, table, for_table)
    if n < 1:
        raise SampleError("--n must be 1 or more")
    if stratify and stratify not in rows.columns:
        raise SampleError(f"--stratify '{stratify}' is not a column of table '{table}'")
    strata = pd.Series("", index=rows.index)
    if stratify:
        strata = strata + rows[stratify].astype(str)
    if found:
        strata = strata + "|" + codes[found]
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(rows))
    quota = allocate(strata.value_counts().to_dict(), n, equal=bool(found) and not stratify)
    taken, weight = [], {}
    for stratum, k in quota.items():
        members = [i for i in order if strata.iat[i] == stratum][:k]
        taken += members
        weight.update({i: (strata == stratum).sum() / k for i in members})
    chosen_set = set(taken)
    taken = [i for i in order if i in chosen_set]      # the sheet in random order, not by article
    chosen = rows.iloc[taken]
    unit, context = contexts(chosen, t.articles, t.sentences)
    sheet = chosen[["unit_id", "article_id", "outlet"]].assign(context=context, unit=unit)
    for var in variables(table):
        sheet[f"code_{var.name}"] = ""
    key = pd.concat([chosen[["unit_id"]], codes.iloc[taken]], axis=1)
    key["weight"] = [float(weight[i]) for i in taken]
    return sheet.reset_index(drop=True), key.reset_index(drop=True)


def write_xlsx(sheet: pd.DataFrame, table: str, path: Path) -> Path:
    """The sheet as an Excel/LibreOffice workbook: drop-down lists of the allowed codes (a
    ``codes`` sheet holds them, so long lists fit), the context column wide and wrapped."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation
    book = Workbook()
    ws = book.active
    ws.title = "coding"
    codes = book.create_sheet("codes")
    ws.append(list(sheet.columns))
    for values in sheet.itertuples(index=False):
        ws.append([str(v) for v in values])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in ws.iter_rows(min_row=2):            # text stays text, even "=..." (never a formula)
        for cell in row:
            cell.data_type = "s"
    widths = {"unit_id": 16, "article_id": 22, "outlet": 12, "context": 80, "unit": 40}
    for i, name in enumerate(sheet.columns, start=1):
        letter = ws.cell(row=1, column=i).column_letter
        ws.column_dimensions[letter].width = widths.get(name, 18)
        if name in ("context", "unit"):
            for cell in ws[letter][1:]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    last = max(len(sheet) + 1, 2)
    for j, var in enumerate(variables(table), start=1):
        allowed = var.allowed()
        if not allowed:
            continue
        col = codes.cell(row=1, column=j, value=var.name).column_letter
        for r, code in enumerate(allowed, start=2):
            codes.cell(row=r, column=j, value=code).data_type = "s"
        rule = DataValidation(type="list", formula1=f"codes!${col}$2:${col}${len(allowed) + 1}",
                              allow_blank=True, showErrorMessage=var.codes is not None,
                              error=f"Not a code of {var.name}", errorTitle="Unknown code")
        target = ws.cell(row=1, column=list(sheet.columns).index(f"code_{var.name}") + 1)
        rule.add(f"{target.column_letter}2:{target.column_letter}{last}")
        ws.add_data_validation(rule)
    ws.freeze_panes = "A2"
    book.save(path)
    return path


def write(sheet: pd.DataFrame, key: pd.DataFrame, table: str, out) -> list[Path]:
    """Write ``out``.csv, ``out``.xlsx and ``out``.key.csv; returns their paths."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    paths = [out.with_name(out.name + s) for s in (".csv", ".xlsx", ".key.csv")]
    sheet.map(escape_cell).to_csv(paths[0], index=False, lineterminator="\n")
    write_xlsx(sheet, table, paths[1])
    key.to_csv(paths[2], index=False, lineterminator="\n")
    return paths


def add_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--corpus", default="seeds", help="folder of .txt pages (default: seeds/)")
    parser.add_argument("--table", required=True, help=f"one of {', '.join(TABLES)}")
    parser.add_argument("--n", type=int, default=100, help="units to draw (default: 100)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default: 1)")
    parser.add_argument("--stratify", default=None, help="column to stratify by, e.g. outlet")
    parser.add_argument("--for", dest="for_table", default=None,
                        help="with --table sentences: the table whose recall to estimate (quotes)")
    parser.add_argument("--out", required=True, help="path prefix, e.g. coding/quotes_sample")
    return parser


def run(args) -> int:
    try:
        sheet, key = draw(tables.load(args.corpus), args.table, args.n, args.seed,
                          args.stratify, args.for_table)
    except SampleError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    written = write(sheet, key, args.table, args.out)
    print(f"{len(sheet)} units of {args.table} → " + ", ".join(str(p) for p in written))
    return 0
