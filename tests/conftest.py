"""Shared fixtures: the real seed corpus, loaded once per test session."""
import pytest

from analysis.pipeline import load_corpus
from analysis.paths import SEEDS


@pytest.fixture(scope="session")
def corpus():
    return load_corpus(SEEDS)


@pytest.fixture(scope="session")
def corpus_from_pages():
    """The seeds without the manifest: only what the pages themselves say."""
    return load_corpus(SEEDS, manifest=False)
