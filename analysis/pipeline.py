"""Every analysis step in order, over a whole corpus: the one loop over articles.

Why one place: the export runs the per-article steps on one process, on N processes or on a Dask
cluster, then the corpus-wide steps on the tables they made; the notebooks and tests get their
tables from the same code (:func:`run`, :func:`analyse_article`), so there is one way to compute
each table. Articles come back in file order and every step is deterministic, so 1 worker, N
workers and Dask write the same bytes.

Flow: a worker reads and cleans one file and runs each per-article step on it (:mod:`analysis.steps`), sending
its rows back as CSV lines, with the article's index for the corpus-wide steps (its encoded words
for reuse, its counted words for keyness, its fact-bearing sentences for shared facts); the
exporting process appends the rows to the tables in batches and keeps the indexes. The corpus-wide
steps then only merge indexes (issue 12: on PolNeAR they went from ~16 s of CPU on this process
to ~2.5 s); with a pool or a Dask cluster, shared facts (the largest merge) runs on one of its
workers while this one finds reuse, profiles the outlets and scores keyness.
"""
from __future__ import annotations

import io
import multiprocessing
import pickle
import signal
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, closing, nullcontext
from functools import partial
from itertools import islice
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from . import study, tables
from .progress import STAGES, Clock, progress_bar
from .codebooks import one_version
from .compare.facts import shared_facts
from .compare.profile import PROFILE_QUOTE_COLUMNS, outlet_profile
from .compare.reuse import find_reuse
from .compare.reuse_kinds import reuse_kinds
from .corpus.listing import corpus_sources
from .corpus.load import PROBLEM_COLUMNS, Corpus
from .framing.hits import framing_profile
from .framing.keyness import distinctive_terms, reuse_spans
from .framing.voice import VOICES
from .paths import TABLES, resolve
from .quotes.summaries import camp_shares, statements
from .steps import (CORPUS_COLUMNS, CORPUS_TABLES, STREAMED, ArticleIndex,
                    FileResult, process_file)

BATCH = 250   # articles whose rows are appended to the files together
#: Seconds one file may take to read and analyse before it is given up with a problem row (every
#: step is linear in a text's length: an 8 MB article takes well under a minute).
FILE_TIMEOUT = 300


class FatalError(Exception):
    """The run cannot go on (a worker died, the scheduler is unreachable): one line, exit 2."""


def process_files(jobs: list[tuple], study_folder: str | None = None) -> list[FileResult]:
    """process_file over a few jobs with one version of each codebook: a Dask task. Pinning the
    codebooks spares a file check per codebook use (~117 per article), which made a Dask worker
    spend 23% more CPU than a pool process (PolNeAR, 200 articles: 3.0 s against 2.44 s); 32
    files a task also spare the scheduler most round trips. (No per-file time limit: Dask runs
    tasks on threads, where a timer cannot interrupt them.)

    ``study_folder``: the exporting process' active study. It travels with the task because a
    Dask worker was started before the export chose its study, in an environment of its own
    (forked pool processes inherit it)."""
    with study.active(study_folder), one_version():
        return [_sent_file(job) for job in jobs]


def _sent_file(job: tuple, steps: bool = True, timeout: float | None = None) -> FileResult:
    """process_file on a pool process or a Dask worker, its article's fact units packed in one
    pickled block (:class:`_Opaque`): the exporting process only hands them on to shared facts,
    so it neither unpickles them as results come nor pickles them again for the facts job
    (~50,000 tuples and word sets on PolNeAR: 0.27 s + 0.07 s of its CPU, the first while the
    workers need both cores, the second before shared facts can start)."""
    result = process_file(job, steps, timeout)
    if result.index is None:
        return result
    return result._replace(index=result.index._replace(units=_Opaque(result.index.units)))


# --- the loop over articles ----------------------------------------------------------------------

def _jobs(corpus_dir, manifest: bool) -> tuple[Path, list[dict], list[tuple]]:
    """One job per article: a page's file, or an export's row (:func:`corpus_sources`)."""
    return corpus_sources(corpus_dir, manifest)


def _batches(items, size):
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _quiet_worker():
    """Workers leave Ctrl-C to the exporting process (no traceback from each of them)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _pool(workers: int, scheduler: str | None):
    """A pool for the corpus-wide steps: a :class:`_Cluster` for a Dask scheduler, ``workers``
    forked processes (:class:`_Processes`), or a context holding None (one worker)."""
    if scheduler:
        return _Cluster(scheduler)
    if workers > 1:
        return _Processes(workers)
    return nullcontext(None)


DEAD_WORKER = "a worker process died (killed, or out of memory?); no tables were written"


class _Processes:
    """Forked processes with the one pool method the corpus-wide steps use (``apply_async``).

    A ProcessPoolExecutor, so a worker that dies ends the run with one line instead of a hang
    (multiprocessing.Pool would wait for its task forever). Its workers are forked at once, while
    the exporting process is small: forked after the article stage, each would count the
    articles' indexes again (10,000 synthetic articles, 2 workers: 2.3 GB peak against 1.5 GB)."""

    def __init__(self, workers: int):
        self.executor = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                            initializer=_quiet_worker)
        try:
            with tables.ctrl_c_held():   # forking
                self.executor.submit(int).result()
        except BrokenProcessPool:        # a worker killed as soon as it was forked
            self.executor.shutdown(wait=True, cancel_futures=True)
            raise FatalError(DEAD_WORKER) from None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.executor.shutdown(wait=True, cancel_futures=True)

    def apply_async(self, func, args):
        try:
            return _Waiting(self.executor.submit(_in_study, _study_folder(), func, _Opaque(args)))
        except BrokenProcessPool:
            raise FatalError(DEAD_WORKER) from None


class _Cluster:
    """A Dask client with the two pool methods the export uses (``imap`` in order, and
    ``apply_async``), so a cluster also takes the corpus-wide merge off this process."""

    def __init__(self, scheduler: str):
        from dask.distributed import Client
        try:
            self.client = Client(scheduler, timeout=10)
        except Exception as err:
            raise FatalError(f"cannot reach the Dask scheduler '{scheduler}' "
                             f"({type(err).__name__}: {' '.join(str(err).split())[:200]})") from None

    def __enter__(self):
        self.paused = self.client.run(_pause_profiler)
        return self

    def __exit__(self, *exc):
        try:
            self.client.run(_resume_profiler, self.paused)
        finally:
            self.client.close()

    def imap(self, jobs):
        folder = _study_folder()
        running = []        # the next batch is submitted before this one is gathered, so the
        # workers never wait for us; tasks of 32 files, as the pool's chunks (see _pause_profiler)
        for batch in _batches(_batches(jobs, 32), 8):
            submitted = self.client.map(process_files, batch, study_folder=folder, pure=False)
            for results in self.client.gather(running):
                yield from results
            running = submitted
        for results in self.client.gather(running):
            yield from results

    def apply_async(self, func, args):
        return _Waiting(self.client.submit(_in_study, _study_folder(), func, _Opaque(args),
                                           pure=False))


_PROFILER = ("profile", "profile-cycle")


def _pause_profiler(dask_worker=None) -> list[str]:
    """Stop a Dask worker's statistical profiler for the export; the names of the callbacks stopped.

    Every 10 ms it walks the task thread's stack while holding the interpreter lock, which the
    task then waits for. Together with tasks of 32 files (:meth:`_Cluster.imap`), measured on
    PolNeAR's 924 articles on a 2-worker LocalCluster, quiet 2-core machine, warm cluster: 13.5-13.9 s
    -> 12.4-12.7 s (-9%; 1 worker 21.4 s, the process pool 11.6 s)."""
    stopped = []
    for name in _PROFILER:
        callback = dask_worker.periodic_callbacks.get(name)
        if callback is not None and callback.is_running():
            callback.stop()
            stopped.append(name)
    return stopped


def _resume_profiler(paused: dict, dask_worker=None) -> None:
    """Restart the profiler callbacks :func:`_pause_profiler` stopped on this worker."""
    for name in paused.get(dask_worker.address, []):
        dask_worker.periodic_callbacks[name].start()


def _study_folder() -> str | None:
    folder = study.active_folder()
    return str(folder) if folder else None


class _Opaque:
    """A value (a task's arguments, an article's fact units) as one pickled block that Dask and
    this process neither look into nor rebuild. Dask
    walks every list, tuple and dict given to ``submit`` for futures (for shared facts' units,
    a list of tuples per sentence, ~200,000 calls on the exporting process, ~0.4 s of a PolNeAR
    export), and its scheduler unpickles the task and pickles it again on its way to a worker.
    The process pool gets the same block: pickled here, before this process turns to reuse,
    rather than on the pool's feeder thread while reuse runs (the two took turns holding the
    interpreter lock: reuse 0.42-0.47 s -> 0.35-0.36 s, PolNeAR, 2 workers, 3 runs each)."""
    __slots__ = ("payload",)

    def __init__(self, value):
        self.payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)

    @property
    def value(self):
        return pickle.loads(self.payload)


def _in_study(folder: str | None, func, packed: _Opaque):
    """``func(*args)`` with the study ``folder`` active: on a Dask worker (see process_files) or
    a pool process (where it is already active: forked)."""
    with study.active(folder):
        return func(*packed.value)


class _Waiting(NamedTuple):
    future: object

    def get(self):
        try:
            return self.future.result()
        except BrokenProcessPool:
            raise FatalError(DEAD_WORKER) from None


def _results(jobs, cluster=None, workers: int = 1, read_only: bool = False,
             timeout: float | None = FILE_TIMEOUT):
    """process_file over jobs, in job order: on a Dask ``cluster``, on ``workers`` processes, or
    here (``read_only``: the corpus stage alone).

    The processes are a ProcessPoolExecutor: a worker that dies (killed, out of memory) breaks
    it, and the run ends with FatalError (multiprocessing.Pool would wait for its file forever,
    and its terminate() can hang on a queue lock the dead worker held). Left early (Ctrl-C), the
    pool is shut down after the workers' current files: no worker outlives the run."""
    if cluster is not None and not read_only:
        yield from cluster.imap(jobs)
    elif workers > 1 and not read_only:
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_quiet_worker)
        try:
            with tables.ctrl_c_held():   # map forks the workers
                results = pool.map(partial(_sent_file, timeout=timeout), jobs,
                                   chunksize=32)   # fewer, larger messages
            yield from results
        except BrokenProcessPool:
            raise FatalError(DEAD_WORKER) from None
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    else:
        yield from map(partial(process_file, steps=not read_only, timeout=timeout), jobs)


def _checked(results):
    """Each result, after raising a Ctrl-C that Python kept rather than lost in a ``__del__``
    (:func:`tables.raise_kept_interrupt`), so an interrupted export never looks finished."""
    for result in results:
        tables.raise_kept_interrupt()
        yield result


def export(corpus_dir="seeds", out_dir=TABLES, formats=("csv",), manifest=True, workers: int = 1,
           scheduler: str | None = None, on_problem=None, timings=None, csv_safe: bool = False,
           file_timeout: float | None = FILE_TIMEOUT, study_dir=None):
    """Write every table for ``corpus_dir`` into ``out_dir``; returns (articles count, written paths).

    The study (codebooks, study.toml) is the corpus folder's own, or ``study_dir``'s when given.

    ``on_problem(text)`` is called for each per-file problem as soon as it is found. ``timings``
    (a path) receives the seconds of each stage as JSON. ``csv_safe`` prefixes formula-like text
    cells with ``'`` (:func:`tables.make_csv_safe`). The tables are written beside ``out_dir``
    and moved in when all are done (:class:`tables.Output`); a failure or Ctrl-C leaves
    ``out_dir`` as it was.
    """
    clock, found, index = Clock(), [], []
    study_dir = corpus_dir if study_dir is None else study_dir
    with study.active(study_dir), tables.Output(resolve(out_dir)) as output, ExitStack() as stack:
        folder, problems, jobs = _jobs(corpus_dir, manifest)
        problems += [{"file": f, "problem": p} for f, p in study.read(study_dir).problems]
        out = output.folder
        out.start(STREAMED)

        def note(rows):
            if rows:
                out.append("problems", tables.csv_lines([tuple(r[c] for c in PROBLEM_COLUMNS)
                                                         for r in rows]))
                found.extend(rows)
                for row in rows if on_problem else ():
                    on_problem(f"{row['file']}: {row['problem']}")

        note(problems)
        stack.enter_context(one_version())   # one codebook version per run, workers included
        with progress_bar(len(jobs), "articles") as bar, clock.stage(STAGES[0]):
            cluster = stack.enter_context(_Cluster(scheduler)) if scheduler else None
            pool = cluster or stack.enter_context(_pool(workers, None))   # forked while small
            results = stack.enter_context(closing(_results(jobs, cluster, workers,
                                                           timeout=file_timeout)))
            for batch in _batches(_checked(results), BATCH):
                text = {name: [] for name in STREAMED}
                for result in batch:
                    note(result.problems)
                    if result.index:
                        index.append(result.index)
                    for name, lines in result.csv.items():
                        text[name].append(lines)
                with clock.stage("writing"):
                    for name, parts in text.items():
                        out.append(name, "".join(parts))
                bar.update(len(batch))
        clock.seconds[STAGES[0]] -= clock.seconds["writing"]
        if index:   # one index per row of the articles table, in its order
            corpus_steps(out, index, pool, clock)
        else:   # no article: empty corpus-wide tables, never an earlier run's
            for name, columns in CORPUS_TABLES.items():
                out.write(name, pd.DataFrame(columns=columns), columns)
        tables.raise_kept_interrupt()
        out.stamp(folder)
        written = output.commit(formats, csv_safe)
    if timings:
        clock.write(timings)
    return len(index), written


# --- the corpus-wide steps -----------------------------------------------------------------------

def corpus_steps(out: tables.Folder, index: list[ArticleIndex], pool=None,
                 clock: Clock | None = None) -> None:
    """Reuse, shared facts, outlet profiles and camp shares, distinctive terms and the framing
    profile, from the articles' indexes (one per row of the articles table ``out`` holds, in its
    order) and the articles and quotes columns they read back; each table is written as soon as
    it is made. With ``pool`` (processes or a Dask cluster), shared facts (the slowest merge)
    run on one of its workers, started before the tables are read back, while this one finds
    reuse, profiles the outlets and scores keyness (which leaves reuse's shared passages out)."""
    clock = clock or Clock()
    outlets = pd.DataFrame({"article_id": [article.article_id for article in index],
                            "outlet": [article.outlet for article in index]})
    units = [article.units for article in index]
    with progress_bar(5, "corpus-wide steps") as bar:
        if pool is None:
            facts, seconds = _facts(outlets, units)
            bar.update()
        else:
            facts_job = pool.apply_async(_facts, (outlets, units))
        del units
        articles = out.read("articles")
        quotes = out.read("quotes", PROFILE_QUOTE_COLUMNS)
        with clock.stage("reuse"):
            reuse = find_reuse(articles[["article_id", "text", "published"]],
                               docs=[article.doc for article in index])
            reuse["kind"] = reuse_kinds(reuse, quotes)
        with clock.stage("writing"):
            out.write("reuse", reuse, CORPUS_TABLES["reuse"])
        bar.update()
        with clock.stage("profiles"):
            said = statements(quotes)     # made once for both tables
            profile = outlet_profile(articles, quotes, said)
            shares = camp_shares(quotes, articles=articles, said=said)
        with clock.stage("writing"):
            out.write("outlet_profile", profile, CORPUS_TABLES["outlet_profile"])
            out.write("camp_shares", shares, CORPUS_TABLES["camp_shares"])
        bar.update()
        with clock.stage("keyness"):
            terms = distinctive_terms(articles, exclude=reuse_spans(reuse), min_count=3,
                                      terms=[article.terms for article in index])
        with clock.stage("writing"):
            out.write("distinctive_terms", terms, CORPUS_TABLES["distinctive_terms"])
        bar.update()
        with clock.stage("profiles"):
            rates = framing_profile(out.read("framing_hits", ["article_id", "frame", "voice"]),
                                    _voice_words(index))
        with clock.stage("writing"):
            out.write("framing_profile", rates, CORPUS_TABLES["framing_profile"])
        bar.update()
        if pool is not None:
            facts, seconds = facts_job.get()
        clock.seconds["shared facts"] += seconds     # measured where it ran
        with clock.stage("writing"):
            out.write("shared_facts", facts, CORPUS_TABLES["shared_facts"])
        bar.update()


def _voice_words(index: list[ArticleIndex]) -> pd.DataFrame:
    """One row per article and voice: (article_id, outlet, voice, words), from the indexes."""
    return pd.DataFrame([(article.article_id, article.outlet, voice, article.voice_words[voice])
                         for article in index for voice in VOICES],
                        columns=["article_id", "outlet", "voice", "words"])


def _facts(outlets: pd.DataFrame, units: list) -> tuple[pd.DataFrame, float]:
    """The shared-facts table and the seconds it took (on a pool process or a Dask worker).
    ``units``: each article's fact units, as a list or packed (:func:`_sent_file`)."""
    start = time.perf_counter()
    units = [unit for part in units for unit in (part.value if isinstance(part, _Opaque) else part)]
    return shared_facts(None, outlets, units=units), time.perf_counter() - start


# --- for notebooks and tests ---------------------------------------------------------------------

def run(corpus_dir="seeds", manifest: bool = True, workers: int = 1,
        study_dir=None) -> dict[str, pd.DataFrame]:
    """Every table of ``corpus_dir`` (a folder, or one .txt file) as DataFrames keyed by name:
    the export into a temporary folder, read back, so there is no second way to make a table."""
    with tempfile.TemporaryDirectory(prefix="analysis-") as tmp:
        export(corpus_dir, Path(tmp), manifest=manifest, workers=workers, study_dir=study_dir)
        found = tables.read(tmp)
        return {name: getattr(found, name) for name in tables.TABLE_NAMES}


def analyse_article(page: str | Path) -> dict[str, pd.DataFrame]:
    """Every table for one page, given as a path to a .txt file (its folder's study) or as the
    page's text (read with the active study's codebooks, if any)."""
    if isinstance(page, Path) or (isinstance(page, str) and "\n" not in page and page.endswith(".txt")
                                  and Path(page).exists()):
        return run(Path(page))
    with tempfile.TemporaryDirectory(prefix="analysis-page-") as tmp:
        path = Path(tmp) / "article.txt"
        path.write_text(page, encoding="utf-8")
        return run(path, manifest=False, study_dir=study.active_folder() or tmp)


def load_corpus(corpus_dir="seeds", manifest: bool = True) -> Corpus:
    """The corpus stage alone, in memory: articles, paragraphs, sentences, removed lines and
    problems, typed as the tables are (for the corpus audit, tests and the synthetic corpus)."""
    _, problems, jobs = _jobs(corpus_dir, manifest)
    results = list(_results(jobs, read_only=True))
    problems += [p for result in results for p in result.problems]
    frames = {name: tables.read_table(io.StringIO(tables.csv_lines([columns]) + "".join(
        r.csv.get(name, "") for r in results)), columns) for name, columns in CORPUS_COLUMNS.items()}
    frames["problems"] = pd.DataFrame(problems, columns=PROBLEM_COLUMNS)
    return Corpus(articles=frames["articles"], paragraphs=frames["paragraphs"],
                  sentences=frames["sentences"], removed=frames["removed_lines"],
                  problems=frames["problems"])
