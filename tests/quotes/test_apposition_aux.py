"""A subject set off by an apposition before an auxiliary ("X, asked about ..., had said") and
after a conjunction that is also a preposition ("after X, pressed on ..., said") (attribution.py's
before_apposition).

Sentences written for these tests in the styles of a US newspaper (New York Times honorifics and
typewriter quotes), a wire story and a political website; the expected speakers are as a reader
takes them.
"""
from .helpers import indirect, speakers


def test_a_subject_after_after_with_an_apposition_and_had_said():
    # newspaper: typewriter marks, honorific, past perfect
    text = ("The dispute began Tuesday after Mr. Hallam, asked about the closing of the plant, "
            "had said, ''We have no plans to reopen it.''")
    assert speakers(text) == [("Hallam", "We have no plans to reopen it.")]


def test_a_subject_after_before_with_a_participle_apposition():
    # wire: "before" opening the clause of the speaker
    text = ('The vote was delayed before Senator Ruth Adair, speaking from the floor, said, '
            '"We are not finished with this bill."')
    assert speakers(text) == [("Ruth Adair", "We are not finished with this bill.")]


def test_an_apposition_before_has_and_a_reporting_verb_gives_the_subject():
    # political website: a spokesman's title set off, then "has denied" / "also declined"
    assert indirect("Tom Okonkwo, a spokesman for the governor, has denied that the "
                    "memo existed.") == [("the memo existed", "Tom Okonkwo", "deny")]
