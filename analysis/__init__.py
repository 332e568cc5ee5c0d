"""How news outlets cover one story: the helper package behind the notebooks.

One subpackage per stage, in the order data flows (see the README's layout table):
``corpus`` (pages → articles, paragraphs, sentences, removed lines), ``quotes`` (who says what),
``framing`` (frames, voice, labels, hedges, contested names, keyness), ``compare`` (mentions, sources, events,
reuse, shared facts, outlet profiles), ``plots`` (the figure style and each notebook's figures).
``pipeline`` runs every step over a corpus; ``tables`` writes and loads the tables notebooks read.
"""

import sys as _sys


def _import_nltk_without_scipy() -> None:
    """Import NLTK without the scipy.stats it pulls in (``nltk`` → ``nltk.collocations`` →
    ``nltk.metrics.association``, for Fisher's exact test, which we never use): scipy.stats alone
    cost ~0.7 s of CPU at every start, 6% of a 1,000-article export, ~20% of exporting the seeds
    (benchmarks/bench_export.py, issue 11). NLTK's Fisher test still works: it imports scipy.stats
    when it is first called. Here, because this module runs before any of ours imports NLTK."""
    if "nltk" in _sys.modules or "scipy.stats" in _sys.modules:
        return
    _sys.modules["scipy.stats"] = None   # `from scipy.stats import ...` raises ImportError
    try:
        from nltk.metrics import association
    except ImportError:                  # no NLTK: the modules that need it will say so
        return
    finally:
        del _sys.modules["scipy.stats"]

    def fisher_exact(*args, **kwargs):
        from scipy.stats import fisher_exact
        return fisher_exact(*args, **kwargs)
    association.fisher_exact = fisher_exact


_import_nltk_without_scipy()
