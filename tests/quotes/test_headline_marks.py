"""Marks around a credited headline or markup are kind mention
(analysis/quotes/headline_marks.py). Texts written for these tests: a newsletter round-up in the
style of a city tip sheet, a book notice (NYT), a tweet embed left in copied text."""
from .helpers import extract


def _kinds(text):
    return [(r.kind, r.quote) for r in extract(text).itertuples()]


def test_a_headline_credited_to_its_writer_is_a_mention_and_its_excerpt_a_quotation():
    rows = _kinds('—"Museum to close at the end of December," by Times\' Ben Sisario: "The '
                  'museum, a landmark for 40 years, will close."')
    assert rows == [("mention", "Museum to close at the end of December"),
                    ("direct", "The museum, a landmark for 40 years, will close.")]
    rows = _kinds('SHORT READS: —"Sketch artist gets a gallery show," by the New York Post\'s '
                  'Amy Spencer http://nyp.st/1l7lvhq.')
    assert rows == [("mention", "Sketch artist gets a gallery show")]


def test_a_quotation_followed_by_by_and_an_agent_is_left_alone():
    # AP: a passive agent after a partial quotation ("was "rocked" by Mr. Christie")
    rows = _kinds('The Union Leader said the senator had been "rocked" by Mr. Christie.')
    assert ("partial", "rocked") in rows


def test_marks_paired_across_markup_hold_no_statement():
    # a tweet embed left in copied text: the marks pair across the markup, with a speaker near
    rows = _kinds('The senator thanked her in a post, writing ">I owe my seat to the governor. '
                  'Without her support I would not be here." He did not say more.')
    assert ("mention", ">I owe my seat to the governor. Without her support I would not be "
                       "here.") in rows
    rows = _kinds('Mr. Rubio posted a photo, he said, "<tweet/>. The stands were full."')
    assert rows == [("mention", "<tweet/>. The stands were full.")]
