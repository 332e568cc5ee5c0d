"""The writer's own quoted words: "I said", "I laughed and said" before a quotation give the
speaker "I" (no name; the mention kept), as a first-person column or memoir reads; "and I quote"
relays someone else's words. Texts written for these tests in memoir and op-ed styles."""
from .helpers import one


def test_i_said_around_a_split_quotation_memoir():
    text = ("The judge turned to me at last. \u201cYour Honor,\u201d I said, \u201cI would like "
            "to explain what I did and why.\u201d")
    row = one(text, "I would like to explain")
    assert (row.speaker, row.speaker_mention, row.verb) == ("", "I", "say")


def test_i_laughed_and_said_is_the_writers_not_the_earlier_subject_oped():
    text = ('When my father brought up the election, I laughed and said, "Nobody votes for '
            'a slogan."')
    row = one(text, "Nobody votes")
    assert (row.speaker, row.speaker_mention) == ("", "I")


def test_and_i_quote_keeps_the_quoted_speaker_oped():
    text = 'No wonder Senator Tom Reyes said, and I quote, "We love long speeches."'
    assert one(text, "We love long").speaker == "Tom Reyes"
