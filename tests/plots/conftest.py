"""The seed tables as the notebooks read them, exported once per test session."""
import matplotlib.pyplot as plt
import pytest

from analysis import tables


@pytest.fixture(scope="session")
def seed_tables(tmp_path_factory):
    return tables.load("seeds", tables_dir=tmp_path_factory.mktemp("seed_tables"))


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")
