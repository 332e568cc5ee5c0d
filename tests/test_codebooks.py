"""Codebooks: an edited file is re-read (also by the export), except inside one export run
(one_version); the corpus codebooks load through the same cache."""
import os
import shutil

from analysis.codebooks import (CHROME_REASONS, abbreviations, cached_by_file,
                                one_version, outlets, page_chrome)
from analysis.paths import SEEDS
from analysis.pipeline import run


def _counting_loader():
    reads = []

    @cached_by_file
    def load(path):
        reads.append(path)
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    return load, reads


def _edit(path, text, tick):
    path.write_text(text, encoding="utf-8")
    os.utime(path, (tick, tick))     # a new modification time, however fast the test runs


def test_edited_codebook_is_read_again(tmp_path):
    load, reads = _counting_loader()
    book = tmp_path / "book.csv"
    _edit(book, "word\nold\n", 1_000_000)
    assert load(book) == "word\nold\n"
    assert load(book) == "word\nold\n" and len(reads) == 1          # cached
    _edit(book, "word\nnew\n", 2_000_000)
    assert load(book) == "word\nnew\n" and len(reads) == 2


def test_one_run_keeps_one_version_and_the_next_sees_the_edit(tmp_path):
    load, reads = _counting_loader()
    book = tmp_path / "book.csv"
    _edit(book, "word\nold\n", 1_000_000)
    with one_version():
        assert load(book) == "word\nold\n"
        _edit(book, "word\nnew\n", 2_000_000)
        assert load(book) == "word\nold\n"          # mid-run edits wait for the next run
    assert load(book) == "word\nnew\n"
    with one_version():
        assert load(book) == "word\nnew\n"
    assert len(reads) == 2


def test_corpus_codebooks_load_through_the_one_cache():
    assert set(page_chrome()["reason"]) <= set(CHROME_REASONS)
    assert set(outlets()["kind"]) == {"alias", "page_signature"}
    assert "u.s" in set(abbreviations()["abbreviation"])
    assert page_chrome() is page_chrome()                 # cached until the file changes


def test_an_actor_deleted_from_the_codebook_gets_no_mentions_in_the_next_export(tmp_path, monkeypatch):
    """Edit a copy of actors.csv in this running process: the next export must see the edit (the
    export once kept the first actor table it saw for the life of the process)."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)          # the study: its pages, study.toml and codebooks/
    books = seeds / "codebooks"
    before = run(seeds)["mentions"]
    assert (before["actor_id"] == "pompeo").sum() == 5
    actors = books / "actors.csv"
    kept = [line for line in actors.read_text(encoding="utf-8").splitlines(keepends=True)
            if not line.startswith("pompeo,")]
    _edit(actors, "".join(kept), 2_000_000_000)
    after = run(seeds)
    assert "pompeo" not in set(after["mentions"]["actor_id"])
    assert "pompeo" not in set(after["quotes"]["speaker_id"])
    assert len(after["mentions"]) == len(before) - 5
