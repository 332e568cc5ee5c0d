"""Shared fixtures: the real seed corpus, loaded once per test session.

The seeds are the first study: while the tests run it is the active one, so a step called on a
sentence the test writes about this story (Lavrov, Guaidó, Maduro) reads the seeds' codebooks
(actors with their camps, frames, labels, key events), as the export of the seeds does. Tests of
another study or of a bare folder activate theirs (``study.active``).
"""
import pytest

from analysis import study, tables
from analysis.pipeline import load_corpus
from analysis.paths import SEEDS


@pytest.fixture(autouse=True)
def seeds_study():
    """Each test starts with the seeds active (``tables.load`` of another corpus in one test
    activates that corpus' study and must not leak into the next)."""
    with study.active(SEEDS):
        yield


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
