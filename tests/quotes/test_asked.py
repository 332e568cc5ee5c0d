"""A question put to someone (issue 13, direct quotations): the one asked does not speak the
quoted question; the asker does when named after "by", else nobody. Texts written for these
tests in AP, BBC, Politico and NYT styles."""
from .helpers import speakers


def test_ap_passive_question_has_no_speaker_named():
    text = ('Blumenthal was asked, "If you had known she had a personal server, would you have '
            'told her?" He answered, "I have no idea."')
    assert speakers(text) == [("", "If you had known she had a personal server, would you have "
                                   "told her?"),
                              ("Blumenthal", "I have no idea.")]


def test_politico_agent_after_by_asks():
    text = ('Senator Ana Ruiz was asked by host Bill Maher, who backs her, "Now, you said you '
            'were tired of hearing about the emails. Has the story moved?"')
    assert speakers(text)[0][0] == "Bill Maher"


def test_bbc_pressed_by_reporters():
    text = ('The minister was pressed by reporters outside Downing Street: "Will you resign?" '
            'She walked on without a word.')
    assert speakers(text)[0][0] == "reporters"


def test_nyt_asked_then_said_is_the_answer():
    # the answer after "Asked ..." or "who was asked" is the one asked (Trump is in the codebook)
    text = "Asked about the wall on Monday, Mr. Trump said, ''We will build it.''"
    assert speakers(text) == [("Donald Trump", "We will build it.")]
    text = "Mr. Trump, who was asked about the wall on Monday, said: ''We will build it.''"
    assert speakers(text) == [("Donald Trump", "We will build it.")]
