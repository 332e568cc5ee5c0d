"""Cache what is built from a codebook file, but re-read it as soon as the file changes.

Why: matchers and patterns built from frames.csv, hedges.csv, labels.csv and stopwords.csv are
reused for every article, yet a researcher who edits a codebook and re-runs a notebook cell must
see the edit without restarting the kernel. The cache key is (resolved path, modification time).
"""
from __future__ import annotations

import os
from functools import lru_cache, wraps
from pathlib import Path

from .paths import CODEBOOKS


def resolve_codebook(path) -> Path:
    """A codebook path as given if it exists or is absolute, else inside analysis/codebooks/."""
    p = Path(path)
    return p if p.is_absolute() or p.exists() else CODEBOOKS / p


def cached_by_file(func):
    """Decorator for ``func(path)``: one cached result per file version."""
    default = func.__defaults__[0] if func.__defaults__ else None

    @lru_cache(maxsize=16)
    def load(resolved: str, mtime: float):
        return func(resolved)

    resolved_paths: dict = {}   # path as given → resolved str; a stat per call is all that remains

    @wraps(func)
    def wrapper(path=default):
        resolved = resolved_paths.get(path)
        if resolved is None:
            resolved = resolved_paths[path] = str(resolve_codebook(path))
        try:
            mtime = os.stat(resolved).st_mtime
        except OSError:
            mtime = 0.0
        return load(resolved, mtime)

    wrapper.cache_clear = load.cache_clear
    return wrapper
