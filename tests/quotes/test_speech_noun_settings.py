"""A speech noun's "that" clause after a time or occasion ("his claim in March that ...") and a
noun's "that" clause inside its sentence's subject ("The warning that ... went unheeded")
(analysis/quotes/nominal.py, object_limits.NOUN_SETTING, clauses.subject_clause_end).

Sentences written for these tests in the styles of wire copy (AP, Reuters), a British paper and a
US paper; the expected spans are what a careful coder takes as the speaker's words.
"""
from .helpers import extract


def _rows(text):
    return [(r.quote, r.speaker, r.verb) for r in extract(text).itertuples() if r.kind == "indirect"]


def test_a_time_or_occasion_between_a_speech_noun_and_its_that():
    # AP: a weekday between the noun and "that" (and the subject's predicate after the clause)
    assert _rows("Gov. Dana Whitlow's assertion Monday that the bridge was safe drew criticism "
                 "from engineers.") == [("the bridge was safe", "Gov. Dana Whitlow", "assertion")]
    # US paper: "in <month>" and "yet"
    assert _rows("His claim in March that the mill would reopen was never tested.") == [
        ("the mill would reopen", "", "claim")]
    # "her" is the governor's: the promise is hers (owner_pronouns)
    assert _rows("The governor offered her firmest promise yet that she would veto the budget.") == [
        ("she would veto the budget", "The governor", "promise")]
    # Reuters: the occasion of the act
    assert ("the talks had failed", "", "claim") in _rows(
        "Reporters checked his claim in a radio interview that the talks had failed.")


def test_no_setting_read_where_none_stands():
    # Guardian: a noun and a relative "that" stay no content
    assert _rows("The claim last week that caused the most anger was about pensions.") == []


def test_a_nouns_clause_in_the_subject_ends_before_the_sentences_predicate():
    # Reuters: "went unheeded" is the reporter's, not the minister's warning
    assert _rows("The minister's warning last week that prices would rise went unheeded.") == [
        ("prices would rise", "The minister", "warning")]
    # AP: a passive verb group is the clause's own ("can be fully trusted")
    assert _rows("Mayor Tom Ridley's claim that the water can be fully trusted drew scorn from "
                 "residents.") == [("the water can be fully trusted", "Mayor Tom Ridley", "claim")]
    # US paper: a second verb joined by "and" is still the clause's
    assert _rows("Senator Ana Ruiz's claim that the plan was fair and would help families was "
                 "false.") == [("the plan was fair and would help families", "Senator Ana Ruiz", "claim")]
    # Guardian: a belief noun's clause ends the same way
    assert _rows("The idea that the league could expand abroad was dismissed by owners.") == [
        ("the league could expand abroad", "", "idea")]


def test_a_noun_after_its_verb_or_before_is_that_keeps_its_clause():
    # (after a verb the noun is an object: the clause runs to the end)
    assert ("articles about the plant were misleading and false", "Acme", "accusation") in _rows(
        "The university rebutted Acme's accusation that articles about the plant were misleading "
        "and false.")
    # ("X's argument was that ...": "was" is the noun's own predicate)
    assert _rows("Mr. Dole's argument on Sunday was that delegates should be free to switch.") == [
        ("delegates should be free to switch", "Mr. Dole", "argument")]
