"""Speakers of quotations (issue 13, direct quotations, sixth session): a frame after a quotation
that introduces the next one, ... Texts written for these tests in wire, newspaper and
email-dump styles."""
from .helpers import speakers


def test_politico_email_reply_keeps_the_frame_before_the_quotation():
    text = ('The aide sent the clipping at noon. Porter responds to Mills with, "Why now? That '
            'was on my way to Paris?" Mills then writes back, "You look great in the picture."')
    assert speakers(text) == [("Porter", "Why now? That was on my way to Paris?"),
                              ("Mills", "You look great in the picture.")]


def test_ap_question_split_by_its_own_frame_keeps_it():
    text = 'The minister paused. "Why now?" Lena Ortiz asked, "after ten years of silence?"'
    assert [s for s, _ in speakers(text)] == ["Lena Ortiz", "Lena Ortiz"]


def test_reuters_exclamation_then_the_next_speakers_reply():
    text = ('At the rally, Governor Tom Reyes shouted, "We will not back down!" His rival Ana '
            'Bell answered, "Then you will lose."')
    assert speakers(text) == [("Tom Reyes", "We will not back down!"),
                              ("Ana Bell", "Then you will lose.")]


def test_wire_absolute_with_clause_names_a_body():
    text = ('Unions are among the governor\'s keenest backers, with the National Nurses Union '
            'calling him "the champion working families need."')
    assert speakers(text) == [("National Nurses Union", "the champion working families need.")]


def test_newspaper_absolute_with_clause_names_a_description():
    text = ('Her rivals tried to tie Lund to the mayor, with one of their ads asking, "Is Karen '
            'Lund independent enough to sit on the court?"')
    assert speakers(text)[0][0] == "one of their ads"


def test_absolute_with_clause_beats_the_object_before_it():
    text = ('The campaign denied the account, with Mr. Oakes taking to Twitter to call Ms. Field '
            '"totally delusional" for the claim.')
    assert speakers(text)[0][0] == "Oakes"


def test_a_with_clause_of_time_leaves_the_frame_alone():
    text = 'The hall went quiet, with time running out, as Mayor Dan Kurtz said, "We are not done."'
    assert speakers(text) == [("Dan Kurtz", "We are not done.")]
