"""A speech or belief noun that is the object of a light verb ("made a promise that", "issued a
warning that", "voiced concerns that", "sounded a call for"): the verb's subject holds it."""
from tests.quotes.helpers import indirect


def test_made_a_promise_is_the_subject_s_promise():
    # AP
    assert indirect("The mayor made a promise that the pool would reopen.") == [
        ("the pool would reopen", "The mayor", "promise")]


def test_issued_a_warning_and_repeated_accusations():
    # Reuters
    assert indirect("The central bank issued a warning that inflation would stay high.") == [
        ("inflation would stay high", "The central bank", "warning")]
    # US paper: a verb of repeating hands the accusation to its subject too
    assert indirect("Christie repeated accusations that Rubio recites the same talking points.") == [
        ("Rubio recites the same talking points", "Christie", "accusation")]


def test_voiced_concerns_are_the_subject_s_belief():
    # Guardian
    assert indirect("Critics have voiced concerns that the plan is too costly.") == [
        ("the plan is too costly", "Critics", "concern")]


def test_sounded_a_call_for_is_the_subject_s_call():
    # wire copy: with no owner before it, "a call for" only reports a statement after a light verb
    assert indirect("Councillor Amy Lind sounded a call for an end to the parking charges.") == [
        ("an end to the parking charges", "Amy Lind", "call for")]


def test_a_noun_with_no_light_verb_keeps_no_owner():
    # "a warning that" after a verb that is no light verb: the owner stays unknown
    assert indirect("Residents ignored a warning that the river would flood.") == [
        ("the river would flood", "", "warning")]
