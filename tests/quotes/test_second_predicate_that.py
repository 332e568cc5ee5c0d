"""A "that" after a second predicate of the same subject is that predicate's clause, not the
first verb's (reported_limits.second_predicate): "declined to comment on the talks, but insisted
that ..." reports an insisting, and "denies any wrongdoing and points out that ..." a pointing out.
A verb inside a dashed aside is no second predicate: "would argue — and the senator presumably
believes — that ..." keeps the arguing.

Sentences written for these tests in the styles of Reuters, AP, The Guardian and The New York Times.
"""
from .helpers import extract


def _indirect(text):
    return [(r.quote, r.verb) for r in extract(text).itertuples() if r.kind == "indirect"]


def test_that_after_but_and_a_second_verb_is_that_verbs():
    # Reuters: a refusal, then the statement
    assert ("the port remained open for business", "insist") in _indirect(
        "A spokeswoman for the operator declined to comment on the talks, but insisted that the "
        "port remained open for business.")
    # AP: a bare "and" before a verb in the first one's -s form
    assert ("the same rules applied to its rivals", "point out") in _indirect(
        "The campaign denies any wrongdoing and points out that the same rules applied to its "
        "rivals.")
    # The Guardian: a purpose infinitive carries the speech act
    assert ("the vote would go ahead", "tell") in _indirect(
        "The chairman agreed to a meeting on Thursday, but only to tell the rebels that the vote "
        "would go ahead.")


def test_the_first_verb_keeps_its_that_otherwise():
    # New York Times: a verb in a dashed aside is no second predicate
    assert _indirect("Her allies would argue — and she presumably believes — that the plan "
                     "fits the mood of the country.")[0] == (
        "the plan fits the mood of the country", "argue")
    # AP: a past after a bare "and" may be a participle of the setting
    assert _indirect("The company confirmed in a statement sent to reporters and posted online "
                     "that its stores would close early.") == [
        ("its stores would close early", "confirm")]
    # Reuters: a setting with "and" but no verb
    assert _indirect("The minister said on Monday and again on Tuesday that the budget was "
                     "balanced.") == [("the budget was balanced", "say")]
