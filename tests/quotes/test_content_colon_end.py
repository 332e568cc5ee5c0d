"""A content ends at a colon that opens a new sentence of the reporter's ("A ...", "An ...",
"The ...") (analysis/quotes/clauses.py). Texts written for these tests."""
from .helpers import extract


def _rows(text):
    return [(r.speaker, r.verb, r.quote) for r in extract(text).itertuples()]


def test_a_colon_before_a_new_sentence_ends_the_content():
    rows = _rows("Party leaders are eager to win back one group: A new survey of suburban women "
                 "shows the senator trailing.")   # newspaper analysis
    assert ("Party leaders", "eager", "to win back one group") in rows
    assert ("A new survey of suburban women", "show", "the senator trailing") in rows


def test_a_colon_inside_the_speaker_s_own_words_stays():
    rows = _rows("The governor said the choice was simple: voters must decide by March.")  # wire
    assert rows == [("The governor", "say", "the choice was simple: voters must decide by March")]



def test_a_lower_case_the_after_the_colon_is_still_the_speaker_s():
    # newspaper analysis: what the colon opens in lower case goes on the attitude's content
    rows = _rows("Party leaders are eager to win back one group: the suburban women who left in "
                 "2018.")
    assert rows == [("Party leaders", "eager",
                     "to win back one group: the suburban women who left in 2018")]
