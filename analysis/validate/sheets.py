"""Reading filled coding sheets (CSV or XLSX) and the key, and checking them against each other.

Why strict: a sheet that lost a row, had a column renamed in Excel, or holds a typo for a code
would silently change the reliability figures. Every problem becomes one line naming the file
(and row, counted as a spreadsheet shows it: the header is row 1); all files are checked before
anything is computed, so a coder fixes every problem at once.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .sample import FORMULA_START
from .units import TABLES, Variable, variables


class SheetError(ValueError):
    """Filled sheets that cannot be used: ``problems`` holds one line per problem."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class Key:
    """The tool's codes of one sample: ``codes`` indexed by unit_id, one column per variable."""
    path: Path
    table: str
    variables: list[Variable]
    codes: pd.DataFrame
    weight: pd.Series


def _unescape(value: str) -> str:
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_START) else value


def read_cells(path) -> pd.DataFrame:
    """A CSV or XLSX sheet as text cells ("" for empty), header from the first row. Raises
    SheetError for a missing, empty or unreadable file."""
    path = Path(path)
    if not path.exists():
        raise SheetError([f"{path}: file not found"])
    if path.stat().st_size == 0:
        raise SheetError([f"{path}: the file is empty"])
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            from openpyxl import load_workbook
            book = load_workbook(path, read_only=True, data_only=True)
            ws = book["coding"] if "coding" in book.sheetnames else book.worksheets[0]
            rows = [["" if v is None else str(v) for v in row] for row in ws.iter_rows(values_only=True)]
            book.close()
            rows = [r for r in rows if any(c.strip() for c in r)]
            if not rows:
                raise SheetError([f"{path}: the file is empty"])
            width = len(rows[0])
            frame = pd.DataFrame([(r + [""] * width)[:width] for r in rows[1:]], columns=rows[0])
        else:
            frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except SheetError:
        raise
    except pd.errors.EmptyDataError:
        raise SheetError([f"{path}: the file is empty"]) from None
    except (ValueError, KeyError, OSError, UnicodeDecodeError) as err:
        raise SheetError([f"{path}: cannot be read as a coding sheet ({err})"]) from None
    frame.columns = [str(c).strip() for c in frame.columns]
    return frame.map(lambda v: _unescape(str(v).strip()))


def read_key(path) -> Key:
    """The key written by ``sample``; its unit_ids name the table (``quotes-17``)."""
    path = Path(path)
    cells = read_cells(path)
    if "unit_id" not in cells.columns or cells.empty:
        raise SheetError([f"{path}: not a key file (needs unit_id and one row per unit)"])
    table = cells["unit_id"].iat[0].rsplit("-", 1)[0]
    if table not in TABLES:
        raise SheetError([f"{path}: unit_id '{cells['unit_id'].iat[0]}' names no known table"])
    wanted = variables(table)
    missing = [v.name for v in wanted if v.name not in cells.columns]
    if missing:
        raise SheetError([f"{path}: key lacks column(s) {', '.join(missing)}"])
    weight = pd.to_numeric(cells["weight"]) if "weight" in cells.columns else pd.Series(1.0, index=cells.index)
    codes = cells.set_index("unit_id")[[v.name for v in wanted]]
    return Key(path, table, wanted, codes, pd.Series(weight.to_numpy(), index=codes.index))


def check(path, cells: pd.DataFrame, key: Key) -> list[str]:
    """One line per problem of a filled sheet against its key (empty list: usable)."""
    problems = []
    if "unit_id" not in cells.columns:
        return [f"{path}: column 'unit_id' is missing (columns: {', '.join(cells.columns)})"]
    extra = [c for c in cells.columns if c.startswith("code_")
             and c[5:] not in [v.name for v in key.variables]]
    for var in key.variables:
        if f"code_{var.name}" not in cells.columns:
            hint = f"; found {', '.join(repr(c) for c in extra)}" if extra else ""
            problems.append(f"{path}: column 'code_{var.name}' is missing (renamed?{hint})")
    if cells.empty:
        problems.append(f"{path}: the sheet has no rows")
    seen: dict[str, int] = {}
    for row, unit in enumerate(cells["unit_id"], start=2):
        if unit in seen:
            problems.append(f"{path}: row {row}: unit_id '{unit}' appears twice (first on row {seen[unit]})")
            continue
        seen[unit] = row
        if unit not in key.codes.index:
            problems.append(f"{path}: row {row}: unit_id '{unit}' is not in the key {key.path.name}")
    lost = [u for u in key.codes.index if u not in seen]
    if lost:
        shown = ", ".join(lost[:5]) + (", ..." if len(lost) > 5 else "")
        problems.append(f"{path}: {len(lost)} unit(s) of the key are missing (rows deleted?): {shown}")
    for var in key.variables:
        col = f"code_{var.name}"
        if var.codes is None or col not in cells.columns:
            continue
        for row, value in enumerate(cells[col], start=2):
            if value and value not in var.codes:
                problems.append(f"{path}: row {row}, {col}: '{value}' is not one of "
                                f"{', '.join(var.codes)}")
    return problems


def coder_name(path, key: Key) -> str:
    """A coder's name from the file: ``quotes_sample.anna.csv`` (beside ``quotes_sample.key.csv``)
    → ``anna``; any other file → its name without the extension."""
    stem = Path(path).stem
    prefix = key.path.name[:-len(".key.csv")] + "."
    return stem[len(prefix):] if stem.startswith(prefix) and len(stem) > len(prefix) else stem


def read_coded(key: Key, paths) -> dict[str, pd.DataFrame]:
    """Every filled sheet checked, as {coder: codes indexed by unit_id, one column per variable,
    "" where the coder left a cell empty}. Raises SheetError with every problem of every file."""
    problems, coded = [], {}
    for path in paths:
        try:
            cells = read_cells(path)
        except SheetError as err:
            problems += err.problems
            continue
        found = check(path, cells, key)
        if found:
            problems += found
            continue
        name = coder_name(path, key)
        if name in coded or name == "tool":
            problems.append(f"{path}: coder name '{name}' is used twice; rename the file")
            continue
        frame = cells.set_index("unit_id")[[f"code_{v.name}" for v in key.variables]]
        coded[name] = frame.rename(columns=lambda c: c[5:]).reindex(key.codes.index)
    if problems:
        raise SheetError(problems)
    return coded


def find_samples(folder) -> list[tuple[Path, list[Path]]]:
    """Every sample in a coding folder: (``<name>.key.csv``, the filled sheets beside it named
    ``<name>.<coder>.csv`` or ``.xlsx``), sorted by name; the blank sheets are left out."""
    folder = Path(folder)
    found = []
    for key in sorted(folder.glob("*.key.csv")) if folder.is_dir() else []:
        name = key.name[:-len(".key.csv")]
        coded = sorted(p for p in folder.glob(f"{name}.*")
                       if p.suffix.lower() in (".csv", ".xlsx") and p != key
                       and p.name.count(".") == name.count(".") + 2)
        found.append((key, coded))
    return found
