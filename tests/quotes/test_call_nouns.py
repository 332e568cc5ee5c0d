"""A call held by a noun with an owner ("his call for unity", "the party's calls to delay the
vote") is a directive speech act, like the verb's; a noun after a possessive is no verb.

Texts written for these tests in wire (AP, Reuters), newspaper (Guardian, NYT) and broadcast
(BBC) styles.
"""
from .helpers import indirect


def test_an_owned_call_for_an_object_ends_before_the_predicate():
    rows = indirect("Mr. Haddad's call for a ceasefire in the north drew praise from aid groups.")
    assert [(q, v) for q, _, v in rows] == [("a ceasefire in the north", "call for")]


def test_an_owned_call_to_act():
    rows = indirect("The vote followed her repeated calls to reopen the border crossings.")
    assert [(q, v) for q, _, v in rows] == [("to reopen the border crossings", "call")]


def test_a_telephone_call_is_no_speech_act():
    assert indirect("She made a call to ABC on Friday evening.") == []
    assert indirect("His calls to the hotline went unanswered.") == []


def test_the_owner_of_the_call_is_its_speaker_not_the_subject_of_a_verb():
    # a possessive before a base or -s form makes it a noun: no "union calls for" verb frame
    assert indirect("The union's calls for higher pay were rejected by the board on Monday.") == [
        ("higher pay", "The union", "call for")]
