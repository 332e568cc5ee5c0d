"""The command line as README.md documents it: ``python -m analysis export | evaluate | report``,
exit code 2 and one ``error:`` line for a corpus that cannot be read."""
import json
import subprocess
import sys

import pandas as pd
import pytest

from analysis.cli import main
from analysis.paths import REPO_ROOT
from analysis.pipeline import STAGES
from tests.helpers import WIRE, write_corpus


def run_cli(*args):
    """The real ``python -m analysis ARGS``, in a process of its own."""
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, text=True,
                          cwd=REPO_ROOT)


def main_in_process(capsys, *args) -> tuple[int, str, str]:
    """``python -m analysis ARGS`` in this process (what ``__main__`` calls): exit code, stdout,
    stderr. Spares a process start (~1 s) where the process itself is not what is tested."""
    try:
        code = main(list(args))
    except SystemExit as done:      # --help
        code = done.code
    out = capsys.readouterr()
    return code, out.out, out.err


def read(folder, name):
    return pd.read_csv(folder / f"{name}.csv", dtype=str, keep_default_na=False)


@pytest.mark.parametrize("make", ["missing", "no_txt", "only_bad"])
def test_cli_fatal_errors_exit_2_with_one_line(tmp_path, make, capsys):
    folder = tmp_path / "corpus"
    if make != "missing":
        folder.mkdir()
    if make == "only_bad":
        (folder / "empty.txt").write_text("", encoding="utf-8")
    if make == "missing":    # the real command line, once
        result = run_cli("export", "--corpus", str(folder), "--out", str(tmp_path / "out"))
        code, stderr = result.returncode, result.stderr
    else:
        code, _, stderr = main_in_process(capsys, "export", "--corpus", str(folder),
                                          "--out", str(tmp_path / "out"))
    assert code == 2
    errors = [l for l in stderr.splitlines() if l.startswith("error:")]
    assert len(errors) == 1 and str(folder) in errors[0]
    assert "Traceback" not in stderr


def test_cli_export_writes_corpus_tables_and_timings(tmp_path):
    result = run_cli("export", "--out", str(tmp_path / "out"), "--timings", str(tmp_path / "t.json"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("5 articles")
    assert "articles" not in result.stderr      # no progress bar when stderr is not a terminal
    out = tmp_path / "out"
    columns = {
        "articles": ["article_id", "outlet", "headline", "published", "dateline", "n_words", "text",
                     "source_file"],
        "paragraphs": ["article_id", "para_no", "role", "text"],
        "sentences": ["article_id", "para_no", "sent_no", "text", "start", "end"],
        "removed_lines": ["article_id", "line_no", "text", "reason"],
    }
    for name, expected in columns.items():
        assert list(read(out, name).columns[:len(expected)]) == expected
    assert set(read(out, "articles").published) == {"2019-05-06", "2019-05-02", "2019-05-05", "",
                                                    "2019-05-03"}
    timings = json.loads((tmp_path / "t.json").read_text())
    assert list(timings) == STAGES and all(t >= 0 for t in timings.values())


def test_no_timings_file_unless_asked(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    corpus = write_corpus(tmp_path, {"a.txt": WIRE})
    code, _, err = main_in_process(capsys, "export", "--corpus", str(corpus),
                                   "--out", str(tmp_path / "out"))
    assert code == 0, err
    assert (tmp_path / "out" / "articles.csv").exists()
    assert not list(tmp_path.glob("*.json")) and not (tmp_path / "out" / "timings.json").exists()


def test_bad_workers_value_is_one_line(tmp_path, capsys):
    code, _, err = main_in_process(capsys, "export", "--out", str(tmp_path), "--workers", "0")
    assert code == 2 and err.strip().startswith("error:")
    assert "Traceback" not in err


def test_unseen_outlet_folder_exports(tmp_path):
    corpus = tmp_path / "pages"
    corpus.mkdir()
    (corpus / "story.txt").write_text(
        "Menu\nLeaders Meet in Brasilia\nBRASILIA, June 3 (Agencia Brasil) -- The president said on "
        "Monday that \"talks will go on\" with Venezuela, according to a statement.\n", encoding="utf-8")
    result = run_cli("export", "--corpus", str(corpus), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    articles = read(tmp_path / "out", "articles")
    assert articles.loc[0, "outlet"] == "Agencia Brasil" and articles.loc[0, "dateline"] == "BRASILIA"
    assert "talks will go on" in read(tmp_path / "out", "quotes")["quote"].tolist()




@pytest.mark.parametrize("command", ["export", "evaluate", "report"])
def test_commands_keep_their_documented_flags(command, capsys):
    code, out, err = main_in_process(capsys, command, "--help")
    assert code == 0, err
    flags = {"export": ["--corpus", "--out", "--format", "--workers", "--scheduler", "--no-manifest"],
             "evaluate": ["--corpus", "--gold"],
             "report": ["--corpus", "--out", "--figures", "--tables", "--notebooks"]}[command]
    assert all(flag in out for flag in flags)


def test_a_ctrl_c_python_drops_in_a_finaliser_is_kept_and_raised_at_the_next_file(monkeypatch):
    from analysis import cli, tables
    monkeypatch.setattr(sys, "unraisablehook", cli.keep_interrupts)

    class Finalised:
        def __del__(self):
            raise KeyboardInterrupt   # as when Ctrl-C lands while Python finalises an object

    Finalised()   # dropped at once: Python hands the interrupt to the unraisable hook
    with pytest.raises(KeyboardInterrupt):
        tables.raise_kept_interrupt()
    tables.raise_kept_interrupt()   # raised once, not again


def test_an_export_leaves_the_other_commands_modules_unloaded():
    code = ("import sys; from analysis.cli import COMMANDS, parser; parser('export'); "
            "import analysis.pipeline; print(sorted(m for m, _ in COMMANDS.values() "
            "if 'analysis' + m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["[]"]
