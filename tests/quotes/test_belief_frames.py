"""A belief framed inside its content and hedged expectations that are negated or have no subject
of their own (issue 13, all reported content; 1 Dec 2026, evening).

Texts written for these tests in wire, newspaper and broadcast styles; expected spans are what a
reader would say.
"""
from .helpers import extract, one


def _rows(text, verb):
    out = extract(text)
    return [(r.quote, r.speaker) for r in out[(out["kind"] == "indirect") &
                                            (out["verb"] == verb)].itertuples()]


def test_a_frame_inside_its_content_keeps_the_clause_it_interrupts():
    # newspaper: the clause runs to its own end, not into the one after ", since"
    text = ("Those ads, the campaign believes, will blunt the governor's attacks, since voters "
            "rarely watch the debates.")
    assert _rows(text, "believe") == [("Those ads, the campaign believes, will blunt the "
                                       "governor's attacks", "the campaign")]
    # wire: a relative opens the clause the frame interrupts
    text = ("The bank cut its key rate on Tuesday, which, analysts think, could lift the "
            "housing market next year.")
    assert _rows(text, "think") == [("which, analysts think, could lift the housing market next "
                                     "year", "analysts")]
    # broadcast: ", and" ends it
    text = "Her lead, her aides believe, is safe, and she plans to campaign in Ohio."
    assert _rows(text, "believe") == [("Her lead, her aides believe, is safe", "her aides")]


def test_a_negated_expectation_has_no_holder_named():
    row = one("The final vote is not expected to take place until March.", "The final vote")
    assert (row.speaker, row.verb, row.quote) == (
        "", "expected", "The final vote is not expected to take place until March")
    row = one("The mayor, who faces a recall, isn't expected to attend the ceremony.", "The mayor")
    assert (row.speaker, row.verb) == ("", "expected")
    assert row.quote.endswith("isn't expected to attend the ceremony")


def test_an_expectation_of_a_second_predicate_or_of_it():
    # the subject is the first predicate's: the infinitive alone
    text = "The minister will travel to Brussels but is not expected to meet the commission."
    assert _rows(text, "expected") == [("to meet the commission", "")]
    # "it" is the infinitive's subject here, not an impersonal "it is expected that"
    text = "But it was not expected to be a close race."
    assert _rows(text, "expected") == [("it was not expected to be a close race", "")]
    # an opening subordinate clause ends at its comma
    text = "While the issue is expected to come up at the summit, neither side has a plan."
    assert _rows(text, "expected") == [("the issue is expected to come up at the summit", "")]


def test_an_appearance_keeps_its_participle_but_not_a_speech_act():
    text = "The senator seemed to lose his patience, waving off the next question."
    assert _rows(text, "seemed") == [("The senator seemed to lose his patience, waving off the "
                                      "next question", "")]
    text = "The mayor seemed unmoved by the protest, telling reporters that nothing would change."
    assert _rows(text, "seemed") == [("The mayor seemed unmoved by the protest", "")]
    # an expectation still ends before it
    text = "The plant is expected to close in May, putting 300 people out of work."
    assert _rows(text, "expected") == [("The plant is expected to close in May", "")]


def test_a_view_held_by_no_one_named_as_a_participle_or_with_an_agent():
    # wire: after a comma, the view alone
    text = "Cheaper loans, seen as a lifeline for small firms, have not reached the north."
    assert _rows(text, "seen") == [("a lifeline for small firms", "")]
    # newspaper: the noun phrase and the view
    text = "The party is spending heavily in Ohio, a state viewed as vital to its hopes."
    assert _rows(text, "viewed") == [("a state viewed as vital to its hopes", "")]
    # an agent between the passive and "as"
    text = "The reshuffle was seen by many as a rebuke to the finance minister."
    assert _rows(text, "seen") == [("The reshuffle was seen by many as a rebuke to the finance "
                                    "minister", "")]
    # no view: a perfect tense, "as many"
    assert _rows("She has seen as many storms as anyone in the town.", "seen") == []
    assert _rows("I have never seen as much money spent on one race.", "seen") == []


def test_a_judgement_considered_an_adjective_by_no_one_named():
    text = "The two detainees are considered too dangerous to release."
    assert [q for q, _ in _rows(text, "considered")] == [
        "The two detainees are considered too dangerous to release"]
    text = "Radio ads, which cost little, are nonetheless considered an effective way to reach farmers."
    assert [q for q, _ in _rows(text, "considered")] == [
        "Radio ads, which cost little, are nonetheless considered an effective way to reach "
        "farmers"]
    # an act of thinking about, no judgement
    assert _rows("The board is considered for the award each year.", "considered") == []


def test_a_collection_of_records_shows():
    row = one("Another batch of memos released on Friday showed deep rifts inside the agency.",
              "deep rifts")
    assert (row.speaker, row.verb) == ("Another batch of memos released on Friday", "show")
    # a preposition of place still hides the noun ("voters in the survey")
    assert _rows("Voters in the latest survey showed little interest in the race.", "show") == []


def test_an_expectation_in_a_relative_clause():
    # a relative "that" is the subject, as "who" and "which" are
    text = "The panel picked a site that is widely expected to draw protests next spring."
    assert _rows(text, "expected") == [("that is widely expected to draw protests next spring", "")]
    # a second relative clause after "and who" is no part of it
    text = ("It courts retirees, who are expected to make up a third of the vote and who favor "
            "the incumbent.")
    assert _rows(text, "expected") == [("who are expected to make up a third of the vote", "")]
