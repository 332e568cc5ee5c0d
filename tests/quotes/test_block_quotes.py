"""Block quotations without marks after "X writes:" (analysis/quotes/block_quotes.py).

Texts written for these tests in the styles of an opinion blog, a US newspaper (Washington
Post) and a wire roundup (Reuters); the expected span is the block, as a careful coder takes the
words the verb before the colon reports.
"""
from .helpers import extract


def _rows(text):
    return [(r.quote, r.speaker, r.verb) for r in extract(text).itertuples()
            if r.kind == "indirect"]


def test_a_paragraph_after_a_verb_and_a_colon_is_the_speakers_block():
    # opinion blog: the block ends where the reporter's next frame starts
    assert _rows("Columnist Hugh Hewitt writes:\n\nThe film names neither the president nor "
                 "his envoy, and no case is made against them.\n\nHe writes in the column that "
                 "the film is fair.") == [
        ("The film names neither the president nor his envoy, and no case is made against them",
         "Hugh Hewitt", "write"),
        ("the film is fair", "Hugh Hewitt", "write")]


def test_a_block_runs_on_over_paragraphs_with_no_frame_or_quotation():
    # Washington Post: a speech quoted as two paragraphs, to the article's end
    assert _rows("In a speech last July, Governor Ann Price said:\n\nLet no one be mistaken. "
                 "This plan is a disaster.\n\nIt cannot be ignored or repaired.") == [
        ("Let no one be mistaken. This plan is a disaster.\n\nIt cannot be ignored or repaired",
         "Ann Price", "say")]


def test_no_block_after_a_colon_without_a_speech_verb_or_before_a_quotation():
    # Reuters roundup: a list announced by a colon is the reporter's
    assert _rows("The key dates are as follows:\n\nThe vote takes place on Tuesday.") == []
    # a digest's bulleted items (a live blog's "Morning reads:")
    assert [r for r in _rows("Morning reads:\n\n-Voters in the state are staying home, a new "
                             "survey finds.") if r[2] == "read"] == []
    # a quotation after the colon is a direct quote (analysis/quotes/announced.py)
    assert [r.kind for r in extract('The ministry stated:\n\n"The talks have failed."')
            .itertuples()] == ["direct"]
