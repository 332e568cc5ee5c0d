"""The corpus' ``manifest.csv``: each file's outlet, publication date and address as the
researcher noted them when collecting.

Why a module of its own: the manifest is the one input written by hand, so it is read
defensively, and each row it cannot use is one problem naming its line. :mod:`.listing` gives
each article its row; :mod:`.article_meta` lets the row win over what the page says.
"""
from __future__ import annotations

import csv
import io
import re
from datetime import date
from pathlib import Path

from .read import UnreadableFile, decode_bytes

MANIFEST_COLUMNS = ["file", "outlet", "published", "url", "notes"]


#: A manifest cell longer than this is not a name, a date or an address: the row is refused.
MAX_MANIFEST_CELL = 2000


def read_manifest(folder: Path) -> tuple[dict[str, dict], list[dict]]:
    """Rows of ``manifest.csv`` keyed by file name, and problems found in it (none if absent).

    Read defensively: a manifest that is not a file, not text or not CSV is ignored with one
    problem; a row with the wrong number of fields, a quoted cell running over lines (an
    unclosed quote), an oversized cell, an invalid date or a file listed twice gives one problem
    naming its line, and the row (or the cell) is not used. Nothing is resolved silently.
    """
    path = folder / "manifest.csv"
    name = f"{folder.name}/manifest.csv"
    try:
        if not path.exists() and not path.is_symlink():
            return {}, []
        if not path.is_file():
            return {}, [{"file": name, "problem": "not a regular file; manifest ignored"}]
        decoded = decode_bytes(path.read_bytes())
    except (UnreadableFile, OSError) as err:
        return {}, [{"file": name, "problem": f"{getattr(err, 'strerror', None) or err}; "
                     "manifest ignored"}]
    problems = [{"file": name, "problem": f"{w}; check the manifest's outlets"} for w in decoded.warnings]
    rows = _manifest_rows(decoded.text, name, problems)
    present = {p.name for p in folder.iterdir()}
    problems += [{"file": name, "problem": f"lists '{f}', which is not in the folder"}
                 for f in rows if f.partition("#")[0] not in present]
    return rows, problems


def _manifest_rows(text: str, name: str, problems: list[dict]) -> dict[str, dict]:
    lines = io.StringIO(text, newline="")
    reader = csv.reader(lines)
    rows, first_line = {}, {}
    limit = csv.field_size_limit(max(len(text) + 1, csv.field_size_limit()))   # a huge cell is
    try:                                        # one row's problem, not the end of the manifest
        header = next(reader, None)
        if header is None:
            problems.append({"file": name, "problem": "empty; manifest ignored"})
            return {}
        header = [h.strip() for h in header]
        missing = [c for c in MANIFEST_COLUMNS if c not in header]
        if missing:
            problems.append({"file": name, "problem": f"header lacks {', '.join(missing)}; manifest ignored"})
            return {}
        line_no = reader.line_num + 1
        for cells in reader:
            row_line, line_no = line_no, reader.line_num + 1
            if not any(c.strip() for c in cells):
                continue
            where = f"line {row_line}"
            if line_no - row_line > 1 or any("\n" in c or "\r" in c for c in cells):
                problems.append({"file": name, "problem": f"{where}: a quoted cell runs over "
                                 f"lines {row_line}-{line_no - 1} (an unclosed quote?); row ignored"})
                continue
            if len(cells) != len(header):
                problems.append({"file": name, "problem": f"{where}: {len(cells)} fields, the "
                                 f"header has {len(header)}; row ignored"})
                continue
            row = {k: cells[header.index(k)].strip() for k in MANIFEST_COLUMNS}
            long = [k for k, v in row.items() if len(v) > MAX_MANIFEST_CELL]
            if long:
                problems.append({"file": name, "problem": f"{where}: {long[0]} has "
                                 f"{len(row[long[0]]):,} characters; row ignored"})
                continue
            if not row["file"]:
                problems.append({"file": name, "problem": f"{where}: no file name; row ignored"})
                continue
            if row["file"] in rows:
                problems.append({"file": name, "problem": f"{where}: '{row['file']}' is listed "
                                 f"again (first on line {first_line[row['file']]}); this row ignored"})
                continue
            if row["published"] and not _valid_date(row["published"]):
                problems.append({"file": name, "problem": f"{where}: published "
                                 f"'{row['published']}' is not a YYYY-MM-DD date; ignored"})
                row["published"] = ""
            rows[row["file"]], first_line[row["file"]] = row, row_line
    except csv.Error as err:
        problems.append({"file": name, "problem": f"line {reader.line_num}: not readable as CSV "
                         f"({err}); this row and the rest ignored"})
    finally:
        csv.field_size_limit(limit)
    return rows


def _valid_date(text: str) -> bool:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True
