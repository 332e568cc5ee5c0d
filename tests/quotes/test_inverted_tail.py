"""A sentence ending in an inverted attribution whose speaker the general rules do not read: a
role after a possessive with the name in apposition, a long title, a relative after the speaker.

Texts written for these tests in wire (AP, Reuters), newspaper (NYT, Guardian) and broadcast
(BBC) styles.
"""
from .helpers import indirect


def test_a_role_with_its_name_in_apposition():
    assert indirect("The mill is hanging on, but it is under intense pressure from imports, said "
                    "the company's chief executive, John J. Ferriola.") == [
        ("The mill is hanging on, but it is under intense pressure from imports",
         "John J. Ferriola", "say")]


def test_a_long_title_before_the_name():
    rows = indirect("The firm lobbied on behalf of the hotel group on gaming and taxes, said "
                    "lobbyist and party strategist Charlie Black, a former business partner.")
    assert rows == [("The firm lobbied on behalf of the hotel group on gaming and taxes",
                     "Charlie Black", "say")]


def test_a_relative_after_the_speaker():
    rows = indirect("The minister warned the envoy not to move on the disputed reef, said an "
                    "official who was briefed on the meeting.")
    assert rows == [("The minister warned the envoy not to move on the disputed reef",
                     "an official", "say")]


def test_a_subject_with_an_apposition_is_no_inverted_speaker():
    # the verb's subject came before it: no clause before the comma
    rows = indirect("The party's former chairman, Tom Reilly, said the aide who replaced him, "
                    "Paul Marsh, should be fired.")
    assert [(q, s) for q, s, _ in rows] == [
        ("the aide who replaced him, Paul Marsh, should be fired", "Tom Reilly")]
    rows = indirect("Ms. Berg, who has led the party since 2015, warned against the forces of hate.")
    assert [(q, s) for q, s, _ in rows] == [("the forces of hate", "Berg")]
