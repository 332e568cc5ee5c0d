"""Every fatal problem of issue 17 (point 7) is one ``error:`` line and exit code 2, never a
traceback; ``--out`` is relative to the current folder.

The command line runs in this process (``cli.main``, what ``python -m analysis`` calls): an
exception it let through would fail the test as a traceback would; tests/test_cli.py runs the
real ``python -m analysis`` (a process costs ~1 s of start-up per test)."""
import os
from typing import NamedTuple

import pytest

from analysis.cli import main
from analysis.paths import REPO_ROOT
from tests.helpers import WIRE, write_corpus


class Result(NamedTuple):
    returncode: int
    stderr: str


@pytest.fixture
def run_cli(capsys, monkeypatch):
    """``python -m analysis export ARGS`` in the folder ``cwd``: (exit code, stderr)."""
    def run(*args, cwd=REPO_ROOT):
        monkeypatch.chdir(cwd)
        code = main(["export", *args])
        return Result(code, capsys.readouterr().err)
    return run


@pytest.fixture
def folder(tmp_path):
    return write_corpus(tmp_path, {"a.txt": WIRE})


def assert_one_error(result, *words):
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    errors = [l for l in result.stderr.splitlines() if l.startswith("error:")]
    assert len(errors) == 1 and all(w in errors[0] for w in words), result.stderr


def test_an_output_path_that_is_a_file(tmp_path, folder, run_cli):
    (tmp_path / "taken").write_text("x", encoding="utf-8")
    assert_one_error(run_cli("--corpus", str(folder), "--out", str(tmp_path / "taken")),
                     "is a file")


def test_an_output_folder_that_cannot_be_made(tmp_path, folder, run_cli):
    (tmp_path / "taken").write_text("x", encoding="utf-8")
    assert_one_error(run_cli("--corpus", str(folder), "--out", str(tmp_path / "taken" / "tables")),
                     "cannot write tables")


@pytest.mark.skipif(os.geteuid() == 0, reason="permissions do not bind root")
def test_an_unwritable_output_folder_and_an_unreadable_corpus(tmp_path, folder, run_cli):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    assert_one_error(run_cli("--corpus", str(folder), "--out", str(locked / "tables")),
                     "cannot write tables")
    folder.chmod(0o000)
    try:
        assert_one_error(run_cli("--corpus", str(folder), "--out", str(tmp_path / "t")),
                         "cannot be read")
    finally:
        folder.chmod(0o700)


def test_an_unreachable_scheduler(tmp_path, folder, run_cli):
    assert_one_error(run_cli("--corpus", str(folder), "--out", str(tmp_path / "t"),
                             "--scheduler", "nowhere://scheduler"), "Dask scheduler")
    assert not (tmp_path / "t").exists()


def test_a_relative_out_is_taken_from_the_current_folder(tmp_path, folder, run_cli):
    result = run_cli("--corpus", str(folder), "--out", "my_tables", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "my_tables" / "articles.csv").exists()
    assert not (REPO_ROOT / "my_tables").exists()


def test_a_file_that_cannot_be_written_mid_run(tmp_path, folder, run_cli):
    (tmp_path / "taken").write_text("x", encoding="utf-8")
    assert_one_error(run_cli("--corpus", str(folder), "--out", str(tmp_path / "t"),
                             "--timings", str(tmp_path / "taken" / "timings.json")), "timings.json")
