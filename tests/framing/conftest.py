"""The seed tables, written once per session by the export (the tables hand-off notebooks read)."""
import subprocess
import sys
from types import SimpleNamespace

import pandas as pd
import pytest

from analysis.paths import SEEDS


@pytest.fixture(scope="session")
def seed_tables(tmp_path_factory):
    out = tmp_path_factory.mktemp("framing_tables")
    subprocess.run([sys.executable, "-m", "analysis", "export", "--corpus", str(SEEDS),
                    "--out", str(out)], check=True, capture_output=True)
    return SimpleNamespace(**{
        name: pd.read_csv(out / f"{name}.csv", keep_default_na=False)
        for name in ("articles", "framing_hits", "actor_labels", "hedges", "distinctive_terms")})

