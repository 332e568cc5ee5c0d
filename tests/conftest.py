"""Shared fixtures: the real seed corpus, loaded once per test session."""
import pytest

from analysis import tables
from analysis.pipeline import load_corpus
from analysis.paths import SEEDS


@pytest.fixture(scope="session")
def corpus():
    return load_corpus(SEEDS)


@pytest.fixture(scope="session")
def corpus_from_pages():
    """The seeds without the manifest: only what the pages themselves say."""
    return load_corpus(SEEDS, manifest=False)


@pytest.fixture(scope="session")
def seed_tables(tmp_path_factory):
    """The seed tables as the notebooks read them (the export's), made once per session."""
    return tables.load("seeds", tables_dir=tmp_path_factory.mktemp("seed_tables"))
