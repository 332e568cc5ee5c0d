"""The manifest read defensively (issue 17): every bad row gives one problem naming its line and
is not used; a manifest that is not a CSV text file is ignored with one problem; nothing is
resolved silently."""
import pytest

from analysis.corpus.manifest import read_manifest
from tests.helpers import WIRE, export_twice_and_audit, write_corpus

HEADER = "file,outlet,published,url,notes\n"


def corpus_with(tmp_path, manifest: bytes | None, files=("a.txt", "b.txt")):
    folder = write_corpus(tmp_path, dict.fromkeys(files, WIRE))
    if manifest is not None:
        (folder / "manifest.csv").write_bytes(manifest)
    return folder


def problems_of(tmp_path, manifest: bytes):
    rows, problems = read_manifest(corpus_with(tmp_path, manifest))
    return rows, [p["problem"] for p in problems]


@pytest.mark.parametrize("date", ["2019-13-45", "2019-02-30", "0000-01-01"])
def test_an_impossible_date_is_named_and_dropped(tmp_path, date):
    rows, problems = problems_of(tmp_path, f"{HEADER}a.txt,TASS,{date},,\n".encode())
    assert rows["a.txt"]["published"] == "" and rows["a.txt"]["outlet"] == "TASS"
    assert problems == [f"line 2: published '{date}' is not a YYYY-MM-DD date; ignored"]


def test_a_duplicate_row_is_reported_and_the_first_kept(tmp_path):
    rows, problems = problems_of(tmp_path, f"{HEADER}a.txt,TASS,,,\na.txt,RT,,,\n".encode())
    assert rows["a.txt"]["outlet"] == "TASS"
    assert problems == ["line 3: 'a.txt' is listed again (first on line 2); this row ignored"]


def test_rows_with_extra_or_missing_fields_are_reported_not_used(tmp_path):
    rows, problems = problems_of(tmp_path, f"{HEADER}a.txt,TASS,,,,extra\nb.txt,RT\n".encode())
    assert rows == {}
    assert problems == ["line 2: 6 fields, the header has 5; row ignored",
                        "line 3: 2 fields, the header has 5; row ignored"]


def test_an_unclosed_quote_does_not_swallow_the_next_row_into_an_outlet(tmp_path):
    text = f'{HEADER}a.txt,"TASS,,,\nb.txt,RT,,,\n'.encode()
    rows, problems = problems_of(tmp_path, text)
    assert "a.txt" not in rows and all("RT" not in r["outlet"] for r in rows.values())
    assert len(problems) == 1 and problems[0].startswith("line 2:")


def test_a_closed_quote_later_on_still_names_the_lines(tmp_path):
    text = f'{HEADER}a.txt,"TASS,,,\nb.txt",RT,,,\n'.encode()
    rows, problems = problems_of(tmp_path, text)
    assert rows == {} and problems[0].startswith("line 2: ") and "lines 2-3" in problems[0]


def test_an_oversized_cell_is_refused(tmp_path):
    rows, problems = problems_of(tmp_path, f"{HEADER}a.txt,{'x' * 200_000},,,\nb.txt,RT,,,\n".encode())
    assert list(rows) == ["b.txt"]
    assert problems == ["line 2: outlet has 200,000 characters; row ignored"]


@pytest.mark.parametrize("content, reason", [
    (bytes(range(256)) * 8, "binary"),
    (b"", "empty"),
    (b"name,source\nx,y\n", "header lacks"),
])
def test_a_manifest_that_is_not_a_manifest_is_ignored_with_one_problem(tmp_path, content, reason):
    rows, problems = problems_of(tmp_path, content)
    assert rows == {} and len(problems) == 1 and reason in problems[0]


def test_a_manifest_not_in_utf8_is_read_with_a_warning(tmp_path):
    rows, problems = problems_of(tmp_path, f"{HEADER}a.txt,Agência Brasil,,,\n".encode("cp1252"))
    assert rows["a.txt"]["outlet"] == "Agência Brasil"
    assert len(problems) == 1 and "not valid UTF-8" in problems[0]


def test_a_manifest_folder_is_ignored_with_one_problem(tmp_path):
    folder = corpus_with(tmp_path, None)
    (folder / "manifest.csv").mkdir()
    rows, problems = read_manifest(folder)
    assert rows == {} and [p["problem"] for p in problems] == ["not a regular file; manifest ignored"]


def test_a_broken_manifest_never_stops_the_export(tmp_path):
    folder = corpus_with(tmp_path, f'{HEADER}a.txt,TASS,2019-13-45,,\na.txt,RT,,,\nb.txt,"RT,,,\n'.encode())
    found = export_twice_and_audit(folder, tmp_path)
    assert list(found.articles["article_id"]) == ["a", "b"]
    assert list(found.articles["outlet"]) == ["TASS", "Xinhua"]
    assert sum(found.problems["file"] == "corpus/manifest.csv") == 3
