"""Pronouns in and around a quotation's frame (issue 13, session 27): "according to her
lawyers" is the lawyers' word, not the woman's. Texts written for these tests in AP, Washington
Post and Guardian styles."""
from .helpers import extract, speakers


def test_according_to_her_lawyers_is_the_lawyers():
    text = ('Jane Porter sued the developer in 2012. The suit put Porter "through years of '
            'misery," according to her lawyers in a court filing.')
    row = extract(text).query("kind != 'indirect'").iloc[0]
    assert (row.speaker, row.speaker_mention) == ("her lawyers", "her lawyers")


def test_according_to_her_spokeswoman_opening_the_sentence():
    text = ('Maria Lopez left the meeting early. According to her attorney, the deal was '
            '"dead on arrival."')
    assert speakers(text) == [("her attorney", "dead on arrival.")]


def test_according_to_her_alone_is_still_the_woman():
    text = ('Anna Berg, the mayor, spoke to reporters on Monday. The budget was "a fair '
            'compromise," according to her.')
    assert speakers(text) == [("Anna Berg", "a fair compromise")]


def test_according_to_her_with_a_time_after_is_still_the_woman():
    text = ('Anna Berg, the mayor, spoke on Monday. The budget was "a fair compromise," '
            'according to her on Tuesday.')
    assert speakers(text)[0][0] == "Anna Berg"
