"""Which files a corpus folder yields (issue 17): every entry skipped is warned about, and file
names that differ only in case stay two articles."""
import os

import pytest

from analysis.corpus.listing import CorpusError, corpus_entries
from analysis.pipeline import load_corpus
from tests.helpers import WIRE, export_twice_and_audit, write_corpus


def test_subfolders_dangling_links_and_loops_are_warned_about(tmp_path):
    folder = write_corpus(tmp_path, {"story.txt": WIRE})
    (folder / "older").mkdir()
    os.symlink(folder / "gone.txt", folder / "dangling.txt")
    os.symlink(folder / "loop.txt", folder / "loop.txt")
    _, files, problems = corpus_entries(folder)
    assert [f.name for f, _ in files] == ["story.txt"]
    said = {p["file"]: p["problem"] for p in problems}
    assert set(said) == {"corpus/older", "corpus/dangling.txt", "corpus/loop.txt"}
    assert "subfolder" in said["corpus/older"] and "leads nowhere" in said["corpus/loop.txt"]
    found = export_twice_and_audit(folder, tmp_path)
    assert set(found.problems["file"]) >= set(said)


def test_names_differing_only_in_case_are_warned_about_and_kept_apart(tmp_path):
    folder = write_corpus(tmp_path, {"a.txt": WIRE, "a.TXT": WIRE.replace("Sunday", "Monday"),
                                     "b.txt": WIRE.replace("Sunday", "Friday")})
    _, files, problems = corpus_entries(folder)
    assert [article_id for _, article_id in files] == ["a.TXT", "a.txt", "b"]
    assert len(problems) == 1 and "differ only in case" in problems[0]["problem"]
    found = export_twice_and_audit(folder, tmp_path)
    assert list(found.articles["article_id"]) == ["a.TXT", "a.txt", "b"]
    assert found.articles["text"].str.contains("Monday").tolist() == [True, False, False]


def test_missing_and_empty_corpus(tmp_path):
    with pytest.raises(CorpusError, match="does not exist"):
        load_corpus(tmp_path / "nowhere")
    with pytest.raises(CorpusError, match=r"no article files \(\.txt, \.html, \.jsonl or \.csv\)"):
        load_corpus(tmp_path)
