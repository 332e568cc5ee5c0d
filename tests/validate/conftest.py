"""A quotes sample of the seeds, written once per session, and helpers to fill it like a coder."""
import pandas as pd
import pytest

from analysis import tables
from analysis.cli import main


@pytest.fixture
def seed_tables_env(seed_tables, monkeypatch):
    """Commands run in this process read the session's seed tables (no second export)."""
    monkeypatch.setenv(tables.TABLES_ENV, str(seed_tables.tables_dir))
    return seed_tables


@pytest.fixture
def quotes_sample(seed_tables_env, tmp_path):
    """`python -m analysis sample` of 30 seed quotes, stratified by outlet: the sheet prefix."""
    out = tmp_path / "coding" / "quotes_sample"
    assert main(["sample", "--corpus", "seeds", "--table", "quotes", "--n", "30", "--seed", "1",
                 "--stratify", "outlet", "--out", str(out)]) == 0
    return out


def read_csv(path):
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def fill_from_key(prefix, coder, change=None):
    """A coder's sheet filled by script: the tool's codes from the key, ``change(unit_no,
    variable, code)`` giving another code where the coder disagrees. Returns the file."""
    sheet = read_csv(f"{prefix}.csv")
    key = read_csv(f"{prefix}.key.csv").set_index("unit_id")
    for col in [c for c in sheet.columns if c.startswith("code_")]:
        var = col[len("code_"):]
        sheet[col] = [change(i, var, key.at[u, var]) if change else key.at[u, var]
                      for i, u in enumerate(sheet["unit_id"])]
    path = prefix.with_name(f"{prefix.name}.{coder}.csv")
    sheet.to_csv(path, index=False)
    return path
