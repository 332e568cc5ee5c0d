"""Reported clauses after a speech verb in shapes the rules used to miss: a demonstrative subject,
a time adjunct or a short setting before a zero-"that" clause, a "that" after an aside or a
title, a contracted pronoun after an addressee, a comma aside before the clause, "some" and
plural subjects before base forms, manner adverbs before the verb, fronted "as" clauses and
participles, "reportedly", post-posed attributions with a title or a dash phrase after them.

Texts written for these tests in wire (AP, Reuters, Xinhua), broadcast (BBC) and newspaper
(Guardian, NYT) styles.
"""
from .helpers import indirect


def contents(text):
    return [(q, v) for q, _, v in indirect(text)]


def test_a_demonstrative_subject_opens_the_clause_a_time_phrase_does_not():
    assert indirect("Opposition leaders said this was the worst flooding in a generation.") == [
        ("this was the worst flooding in a generation", "Opposition leaders", "say")]
    assert contents("The ministry said this week the border would reopen on Monday.") == [
        ("the border would reopen on Monday", "say")]


def test_a_time_adjunct_or_setting_before_a_zero_that_clause():
    assert contents("The central bank said on Thursday night it would hold rates steady.") == [
        ("it would hold rates steady", "say")]
    assert indirect("Mr. Ortega has said for months he will not seek a fourth term.") == [
        ("he will not seek a fourth term", "Ortega", "say")]
    assert contents("Xinhua said in a commentary it's time for both sides to show restraint.") == [
        ("it's time for both sides to show restraint", "say")]


def test_that_after_an_aside_or_a_title_in_the_setting():
    assert contents("The finance minister said — in a rare interview, as it happened — that the "
                    "budget would be cut.") == [("the budget would be cut", "say")]
    assert contents('The senator said on CBS\'s "Face the Nation" on Sunday that the bill was '
                    'dead.') == [("the bill was dead", "say")]
    # a "that" further on, after a quotation that is no title, is a relative pronoun
    assert not [q for q, _ in contents('He vowed to "fight on" to the 12 states that have not '
                                       'yet voted.') if q.startswith("have")]


def test_a_contracted_pronoun_after_an_addressee():
    assert indirect("The coach told Reuters he'd step down at the end of the season.") == [
        ("he'd step down at the end of the season", "The coach", "tell")]
    assert contents("The actress told me she's never felt safer in the city.") == [
        ("she's never felt safer in the city", "tell")]


def test_a_comma_aside_before_a_pronoun_clause():
    assert contents("The prime minister said, win or lose on Thursday, he'll remain party "
                    "leader.") == [("he'll remain party leader", "say")]
    # an aside holding a verb is the clause itself ("is that ...")
    rows = contents("The good news for the mayor, aides said, is that as the incumbent, he's "
                    "guaranteed a debate slot.")
    assert ("he's guaranteed a debate slot", "say") not in rows


def test_quantifier_and_plural_subjects_and_manner_adverbs():
    assert contents("Some say the reforms came too late for the miners.") == [
        ("the reforms came too late for the miners", "say")]
    assert indirect("Rights groups note that the law was passed without a public debate.") == [
        ("the law was passed without a public debate", "Rights groups", "note")]
    assert indirect("Many diplomats privately say the talks are doomed.") == [
        ("the talks are doomed", "Many diplomats", "say")]


def test_fronted_as_clauses_and_participles():
    assert contents("As reported by the Guardian, the ministry had been warned twice about the "
                    "flaw.") == [("the ministry had been warned twice about the flaw", "report")]
    assert contents("But as the governor noted, the state cannot borrow its way out of the "
                    "crisis.") == [("the state cannot borrow its way out of the crisis", "note")]
    rows = indirect("Noting that exports fell for a third month, the minister said the outlook "
                    "was uncertain.")
    assert ("exports fell for a third month", "the minister", "note") in rows
    assert indirect("While insisting he had done nothing wrong, the mayor apologised to "
                    "residents.") == [("he had done nothing wrong", "the mayor", "insist")]
    assert indirect("Saying goodbye to his staff, the minister left the building.") == []


def test_reportedly_marks_its_clause_with_no_speaker():
    assert indirect("The striker is reportedly in talks with two Saudi clubs.") == [
        ("The striker is reportedly in talks with two Saudi clubs", "", "report")]
    assert contents("In Havana, the former leader reportedly lived in comfort, even as shortages "
                    "spread.") == [("the former leader reportedly lived in comfort", "report")]


def test_post_posed_attribution_with_a_title_or_a_dash_phrase_after_it():
    rows = contents('Turnout was the highest in decades, she said on Sky News\'s "Sophy Ridge on '
                    'Sunday."')
    assert ("Turnout was the highest in decades", "say") in rows
    assert indirect("Inflation will ease next year, the IMF said on Tuesday -- a forecast that "
                    "surprised markets.") == [("Inflation will ease next year", "IMF", "say")]


def test_an_unnamed_source_in_a_passive():
    assert indirect("The deal was not disclosed, though it was widely reported that the club paid "
                    "$90 million.") == [("the club paid $90 million", "", "report")]
    assert contents("The two leaders were reported to have clashed over trade at the summit.") == [
        ("The two leaders were reported to have clashed over trade at the summit", "report")]
    assert contents("The envoy is said to be furious about the leak.") == [
        ("The envoy is said to be furious about the leak", "say")]


def test_a_question_after_asked_and_a_setting():
    assert indirect("Asked on BBC Radio 4 whether she would resign, the minister said she had "
                    "the full support of colleagues.")[0] == (
        "whether she would resign", "", "ask")
    assert ("why the talks had stalled", "ask") in contents(
        "Asked during Tuesday's briefing why the talks had stalled, the spokesman declined to "
        "comment.")


def test_a_speech_aside_after_a_later_comma():
    rows = indirect("In the northern provinces, turnout was the lowest in a decade, the commission "
                    "noted, and officials blamed the weather.")
    assert [(s, v) for _, s, v in rows] == [("the commission", "note")]
    # an aside followed by a quotation: the quotation is what was said, no reported clause
    assert indirect('The mayor, who was on the shortlist, told Reuters, "I like him best."') == []
    assert contents("(As the Financial Times first reported, the bank had been warned twice.)") == [
        ("the bank had been warned twice", "report")]
