"""Codebook caching: an edited file is re-read, except inside one export run (one_version)."""
import os

from analysis.codebooks import cached_by_file, one_version


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
