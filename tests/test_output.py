"""Atomic, locked output (issue 17): a run's tables appear all at once or not at all, never mixed
with another run's; a second run into the same folder stops; Ctrl-C and a killed worker leave the
folder as it was, with no worker traceback. Parquet keeps ids as text; --csv-safe defuses
formulas."""
import os
import signal
import subprocess
import sys
import time

import pandas as pd
import pyarrow.parquet as pq
import pytest

from analysis import tables
from analysis.paths import REPO_ROOT
from analysis.pipeline import export
from tests.helpers import WIRE, export_twice_and_audit, write_corpus as corpus


def snapshot(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_a_later_run_replaces_every_table_of_an_earlier_one(tmp_path):
    out = tmp_path / "tables"
    export(corpus(tmp_path, {"a.txt": WIRE, "b.txt": WIRE.replace("Sunday", "Monday")}), out,
           formats=("csv", "parquet"))
    (out / "notes.md").write_text("mine", encoding="utf-8")   # not a table: left alone
    export(corpus(tmp_path, {"c.txt": WIRE}, "other"), out)   # CSV only, another corpus
    assert not list(out.glob("*.parquet"))                      # no earlier run's Parquet left
    found = tables.read(out)
    assert found.articles["article_id"].tolist() == ["c"]
    assert (out / "notes.md").read_text(encoding="utf-8") == "mine"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith((".part", ".lock"))]


def test_a_run_that_reads_nothing_leaves_no_earlier_corpus_wide_table(tmp_path):
    out = tmp_path / "tables"
    export(corpus(tmp_path, {"a.txt": WIRE, "b.txt": WIRE}), out)
    assert len(tables.read(out).outlet_profile)
    export(corpus(tmp_path, {"empty.txt": ""}, "empty"), out)
    found = tables.read(out)
    assert found.articles.empty and found.outlet_profile.empty and found.distinctive_terms.empty
    assert list(found.outlet_profile.columns)[:3] == ["outlet", "articles", "words"]


def test_a_second_run_into_a_locked_folder_stops_with_one_line(tmp_path):
    out = tmp_path / "tables"
    folder = corpus(tmp_path, {"a.txt": WIRE})
    with tables.Output(out):    # a run in progress holds the lock
        done = subprocess.run([sys.executable, "-m", "analysis", "export", "--corpus", str(folder),
                               "--out", str(out)], capture_output=True, text=True, cwd=REPO_ROOT)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"error: another export is writing into '{out}' (lock .tables.lock); wait for it to finish"]
    assert not out.exists()
    export(folder, out)          # the lock is gone with the run that held it
    assert tables.read(out).articles["article_id"].tolist() == ["a"]


def _slow_corpus(tmp_path, n=400):
    pages = {f"p{i:04d}.txt": WIRE.replace("Sunday", f"day {i}") * 3 for i in range(n)}
    return corpus(tmp_path, pages, "slow")


def _finish(process):
    """stderr of an export, waited for (killed, with its workers, if it hangs)."""
    try:
        return process.communicate(timeout=120)[1]
    except subprocess.TimeoutExpired:
        for child in _children(process.pid):
            os.kill(child, signal.SIGKILL)
        process.kill()
        raise


def _start(folder, out, *args):
    return subprocess.Popen([sys.executable, "-m", "analysis", "export", "--corpus", str(folder),
                             "--out", str(out), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=REPO_ROOT)


def _wait_for_part(out, process, table="articles"):
    """Until the export's temporary folder holds ``table`` (or the export has ended)."""
    for _ in range(1200):
        if list(out.parent.glob(f".{out.name}.*.part/{table}.csv")) or process.poll() is not None:
            return
        time.sleep(0.05)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_ctrl_c_leaves_the_earlier_tables_untouched_and_no_traceback(tmp_path, workers):
    out = tmp_path / "tables"
    export(corpus(tmp_path, {"a.txt": WIRE}), out)
    before = snapshot(out)
    process = _start(_slow_corpus(tmp_path), out, "--workers", workers)
    _wait_for_part(out, process)
    # (an export that ended before the Ctrl-C was sent, e.g. the test starved on a loaded
    # machine, says so here instead of as a lost Ctrl-C: exit 0 below)
    assert process.poll() is None, "the export ended before the Ctrl-C was sent"
    process.send_signal(signal.SIGINT)
    if workers == "2":
        for child in _children(process.pid):   # Ctrl-C in a terminal reaches the workers too
            os.kill(child, signal.SIGINT)
    stderr = _finish(process)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr and stderr.strip().splitlines()[-1] == "interrupted"
    assert snapshot(out) == before
    assert not list(tmp_path.glob(".tables.*.part"))


def _children(pid):
    """The child processes of ``pid`` (Linux /proc); a thread that ends while we look is skipped."""
    found = []
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as handle:
                found += [int(c) for c in handle.read().split()]
        except FileNotFoundError:
            continue
    return found


def _ended_by_a_dead_worker(process, out):
    """The export ends with exit 2, one error line and no tables, no temporary folder."""
    stderr = _finish(process)
    assert process.returncode == 2, stderr
    assert "Traceback" not in stderr
    assert [l for l in stderr.splitlines() if l.startswith("error:")] == [
        "error: a worker process died (killed, or out of memory?); no tables were written"]
    assert not out.exists() and not list(out.parent.glob(f".{out.name}.*.part"))


def test_a_killed_worker_ends_the_run_with_one_line_and_no_tables(tmp_path):
    out = tmp_path / "tables"
    process = _start(_slow_corpus(tmp_path), out, "--workers", "2")
    _wait_for_part(out, process)
    for _ in range(100):
        children = _children(process.pid)
        if children:
            break
        time.sleep(0.05)
    os.kill(children[0], signal.SIGKILL)
    _ended_by_a_dead_worker(process, out)


def _forked_first(pid, n):
    """The ``n`` children of ``pid`` forked first: the pool the corpus-wide steps use is forked
    (all its workers) before the articles' pool."""
    for _ in range(600):
        children = sorted(_children(pid))
        if len(children) >= n:
            return children[:n]
        time.sleep(0.05)
    raise AssertionError("the export forked no workers")


def test_a_worker_killed_during_the_corpus_wide_steps_ends_the_run_with_one_line(tmp_path):
    out = tmp_path / "tables"
    process = _start(_slow_corpus(tmp_path, n=150), out, "--workers", "2")
    corpus_pool = _forked_first(process.pid, 2)
    for pid in corpus_pool:           # stopped: shared facts cannot finish before they are killed
        os.kill(pid, signal.SIGSTOP)
    _wait_for_part(out, process, "distinctive_terms")   # written after shared facts were sent
    assert process.poll() is None
    for pid in corpus_pool:
        os.kill(pid, signal.SIGKILL)
    _ended_by_a_dead_worker(process, out)


def test_parquet_keeps_ids_as_text_with_an_explicit_schema(tmp_path):
    folder = corpus(tmp_path, {"001.txt": WIRE, "NA.txt": WIRE.replace("Sunday", "Monday")})
    export_twice_and_audit(folder, tmp_path, formats=("csv", "parquet"))
    out = tmp_path / "run_1"
    articles = pq.read_table(out / "articles.parquet")
    assert str(articles.schema.field("article_id").type) == "string"
    assert articles.column("article_id").to_pylist() == ["001", "NA"]
    assert str(articles.schema.field("n_words").type) == "int64"
    sentences = pq.read_table(out / "sentences.parquet").to_pandas()
    assert sentences.equals(tables.read(out).sentences)


def test_csv_safe_prefixes_formula_like_text_cells_only(tmp_path):
    page = WIRE + "\n=HYPERLINK(\"http://example.com\",\"click\") said the leaflet on Monday.\n" \
        "@everyone +1 -2 said the post.\n"
    folder = corpus(tmp_path, {"a.txt": page})
    plain, safe = tmp_path / "plain", tmp_path / "safe"
    export(folder, plain)
    export(folder, safe, csv_safe=True)
    for name in ("articles", "sentences", "paragraphs", "removed_lines"):
        before = pd.read_csv(plain / f"{name}.csv", dtype=str, keep_default_na=False)
        after = pd.read_csv(safe / f"{name}.csv", dtype=str, keep_default_na=False)
        for column in before.columns:
            for b, a in zip(before[column], after[column]):
                risky = tables.column_type(column) == "str" and b.startswith(("=", "+", "-", "@"))
                assert a == ("'" + b if risky else b)
    sentences = pd.read_csv(safe / "sentences.csv", dtype=str, keep_default_na=False)["text"]
    assert any(s.startswith("'=HYPERLINK") for s in sentences)
    removed = pd.read_csv(safe / "removed_lines.csv", dtype=str, keep_default_na=False)["text"]
    assert any(s.startswith("'@everyone") for s in removed)
    paragraphs = pd.read_csv(safe / "paragraphs.csv", keep_default_na=False)
    assert paragraphs["start"].dtype.kind == "i"    # numbers (-1 for captions) never prefixed
