"""Decoding and line numbering (issue 17): every encoding detected or refused with a reason;
lines counted as an editor counts them."""
import pytest

from analysis.corpus.read import UnreadableFile, decode_bytes, split_lines
from analysis.pipeline import run
from tests.helpers import WIRE, export_twice_and_audit, write_corpus


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-16-le", "utf-16-be",
                                      "utf-32-le", "utf-32-be", "utf-8-sig"])
def test_wide_and_marked_encodings_decode_to_the_same_text(encoding):
    decoded = decode_bytes(WIRE.encode(encoding))
    assert decoded.text == WIRE
    # no byte-order mark: said so, since the encoding was inferred
    assert bool(decoded.warnings) == (encoding[-3:] in ("-le", "-be"))


def test_utf32_is_not_read_as_utf16_full_of_nuls():
    decoded = decode_bytes(WIRE.encode("utf-32"))
    assert "\x00" not in decoded.text and decoded.encoding.startswith("utf-32")


@pytest.mark.parametrize("data, reason", [
    (WIRE.encode("utf-16")[:-1], "truncated"),        # a BOM and an odd number of bytes
    (WIRE.encode("utf-32")[:-2], "truncated"),
    (bytes(range(256)) * 4, "binary"),
])
def test_undecodable_bytes_are_refused_with_a_reason(data, reason):
    with pytest.raises(UnreadableFile, match=reason):
        decode_bytes(data)


def test_a_truncated_utf16_file_costs_only_itself(tmp_path):
    corpus = write_corpus(tmp_path, {"a_good.txt": WIRE})
    (corpus / "b_cut.txt").write_bytes(WIRE.encode("utf-16")[:-1])
    (corpus / "c_wide.txt").write_bytes(WIRE.replace("Sunday", "Monday").encode("utf-32"))
    found = export_twice_and_audit(corpus, tmp_path)
    assert list(found.articles["article_id"]) == ["a_good", "c_wide"]
    problems = dict(zip(found.problems["file"], found.problems["problem"]))
    assert "truncated" in problems["corpus/b_cut.txt"]


def test_lines_end_only_where_an_editor_ends_them():
    assert split_lines("a\r\nb\rc\nd") == ["a", "b", "c", "d"]
    assert split_lines("a\fb\x0bc\x85d\u2028e\u2029f\x1cg\n") == ["a\fb\x0bc\x85d\u2028e\u2029f\x1cg"]
    assert split_lines("") == [] and split_lines("a\n\n") == ["a", ""]


def test_line_numbers_match_the_editor_and_no_word_is_split(tmp_path):
    page = ("Home\r\nMOSCOW, May 5 (Xinhua) -- The talks with Rus\u2028sia went on, Lavrov "
            "said on Sunday in the capital.\r\rShare on Facebook\fTwitter\r\n")
    path = tmp_path / "page.txt"
    path.write_bytes(page.encode("utf-8"))
    found = run(path, manifest=False)
    removed = dict(zip(found["removed_lines"]["text"], found["removed_lines"]["line_no"]))
    assert removed["Home"] == 1
    assert removed["Share on Facebook Twitter"] == 4   # \r\n, \r, \r: line 4; \f is a space
    assert "Rus sia" in found["articles"]["text"].iloc[0]
    export_twice_and_audit(path, tmp_path, manifest=False)
