"""Cache what is built from a codebook file, but re-read it as soon as the file changes.

Why: matchers and patterns built from frames.csv, hedges.csv, labels.csv and stopwords.csv are
reused for every article, yet a researcher who edits a codebook and re-runs a notebook cell must
see the edit without restarting the kernel. The cache key is (resolved path, modification time).
Inside :func:`one_version` (what an export runs in) each codebook is looked at once: the run uses
one version of every codebook throughout, and skips a file check per use (many per article).
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from functools import lru_cache, wraps
from pathlib import Path

from .paths import CODEBOOKS


def resolve_codebook(path) -> Path:
    """A codebook path as given if it exists or is absolute, else inside analysis/codebooks/."""
    p = Path(path)
    return p if p.is_absolute() or p.exists() else CODEBOOKS / p


_RUN = {"id": 0, "active": False}   # the current one_version() block, if any


@contextmanager
def one_version():
    """Within this block every codebook is read (or taken from the cache) once and then kept, even
    if its file changes: a long export never mixes two versions of a codebook. Processes forked
    inside the block keep to it too."""
    was_active = _RUN["active"]
    _RUN.update(id=_RUN["id"] + 1, active=True)
    try:
        yield
    finally:
        _RUN.update(id=_RUN["id"] + 1, active=was_active)


def cached_by_file(func):
    """Decorator for ``func(path)``: one cached result per file version."""
    default = func.__defaults__[0] if func.__defaults__ else None

    @lru_cache(maxsize=16)
    def load(resolved: str, mtime: float):
        return func(resolved)

    resolved_paths: dict = {}   # path as given → resolved str; a stat per call is all that remains
    kept: dict = {}             # resolved str → (one_version block id, result)

    @wraps(func)
    def wrapper(path=default):
        resolved = resolved_paths.get(path)
        if resolved is None:
            resolved = resolved_paths[path] = str(resolve_codebook(path))
        if _RUN["active"]:
            run, result = kept.get(resolved, (None, None))
            if run == _RUN["id"]:
                return result
        try:
            mtime = os.stat(resolved).st_mtime
        except OSError:
            mtime = 0.0
        result = load(resolved, mtime)
        if _RUN["active"]:
            kept[resolved] = (_RUN["id"], result)
        return result

    wrapper.cache_clear = load.cache_clear
    return wrapper
